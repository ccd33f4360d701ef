//! The questionnaire's answers: the file `tasukete intake --answers FILE` reads and the
//! app keeps until the user clears them. Every field but `variant` is optional: a
//! skipped question is simply absent. Ids are checked against `data/intake/`; numbers
//! against what a body can be (a temperature of 80 °C is an error, not a fever).

use super::vocabulary;
use super::Variant;
use crate::profile::error::{invalid, Error, Result};
use crate::profile::model::{InsuranceKind, PregnancyStatus, Sex};
use serde::{Deserialize, Serialize};

/// A body site, optionally with its side: `"knee"` or `{"site": "knee", "side": "left"}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum SiteAnswer {
    /// Just the site.
    Site(String),
    /// The site and its side (`left`, `right`, `both`).
    Sided {
        /// A `site` id.
        site: String,
        /// A `side` id.
        side: Option<String>,
    },
}

impl SiteAnswer {
    /// The site id.
    pub fn site(&self) -> &str {
        match self {
            SiteAnswer::Site(s) | SiteAnswer::Sided { site: s, .. } => s,
        }
    }

    /// The side id, if given.
    pub fn side(&self) -> Option<&str> {
        match self {
            SiteAnswer::Site(_) => None,
            SiteAnswer::Sided { side, .. } => side.as_deref(),
        }
    }
}

/// Everything the questionnaire asks; field names are the answers file's (README).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Answers {
    /// Which questionnaire: adult, child, injury, dental, pregnancy.
    pub variant: Variant,
    /// Age in years (0–120).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub age_years: Option<u32>,
    /// Age in months, for a child under 3 (0–35), instead of `age_years`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub age_months: Option<u32>,
    /// male, female, other.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sex: Option<Sex>,
    /// A child's weight in kg (0.5–300, one decimal).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub weight_kg: Option<f64>,
    /// The main complaints: `symptom` ids.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub complaints: Vec<String>,
    /// `dental-problem` ids.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub dental_problem: Vec<String>,
    /// `tooth` ids (upper-right ...).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tooth: Vec<String>,
    /// How the injury happened: `injury-how` ids.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub injury_how: Vec<String>,
    /// Where it happened: an `injury-place` id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub injury_place: Option<String>,
    /// Week of pregnancy (1–45).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pregnancy_weeks: Option<u32>,
    /// `pregnancy-symptom` ids.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub pregnancy_symptoms: Vec<String>,
    /// Where it hurts or is injured: `site` ids, with a `side` where it matters.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub pain_site: Vec<SiteAnswer>,
    /// Since how many days (0 = today, 1 = yesterday; up to 365).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub onset_days_ago: Option<u32>,
    /// Since how many hours, when less than a day (1–23), instead of `onset_days_ago`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub onset_hours_ago: Option<u32>,
    /// How bad, 0 (none) to 10 (worst).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pain_score: Option<u32>,
    /// Body temperature in °C (34.0–43.0, one decimal).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub temperature_c: Option<f64>,
    /// Other symptoms: `symptom` ids.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub other_symptoms: Vec<String>,
    /// A child's drinking: a `drinking` id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub drinking: Option<String>,
    /// A child's urine: a `urine` id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub urine: Option<String>,
    /// A child's vaccinations: a `vaccinations` id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vaccinations: Option<String>,
    /// Drug allergies: `drug-allergen` ids, or the user's own words.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub allergies_drug: Vec<String>,
    /// Food allergies: `food-allergen` ids, or own words.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub allergies_food: Vec<String>,
    /// Other allergies (latex ...): `other-allergen` ids, or own words.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub allergies_other: Vec<String>,
    /// True: "no known allergies", stated, not a blank.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub no_known_allergies: Option<bool>,
    /// Medicines taken: `medicine` ids, or own words (a generic name and dose).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub medicines: Vec<String>,
    /// True: takes no medicines.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub no_medicines: Option<bool>,
    /// Ongoing or past illness: `condition` ids, or own words.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub conditions: Vec<String>,
    /// True: no ongoing or past illness.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub no_conditions: Option<bool>,
    /// yes, no, unsure.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pregnant: Option<PregnancyStatus>,
    /// travel, none, japanese.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub insurance: Option<InsuranceKind>,
}

/// The longest free-text entry, in characters.
pub const MAX_TEXT: usize = 200;

impl Answers {
    /// Empty answers for `variant`.
    pub fn new(variant: Variant) -> Answers {
        serde_json::from_value(serde_json::json!({ "variant": variant })).expect("a variant alone is valid")
    }

    /// Reads and checks an answers file's text; `source` names it in errors.
    pub fn from_json(text: &str, source: &str) -> Result<Answers> {
        let answers: Answers = serde_json::from_str(text).map_err(|e| {
            invalid(
                source,
                format!("not a valid answers file: {e} (fields: see `tasukete intake --list` and the README)"),
            )
        })?;
        answers.validate()?;
        Ok(answers)
    }

    /// Checks every id against its list, every number against its range, and that no
    /// answer contradicts another. The first problem is returned, named by field.
    pub fn validate(&self) -> Result<()> {
        ids("complaints", "symptom", &self.complaints)?;
        ids("other_symptoms", "symptom", &self.other_symptoms)?;
        ids("dental_problem", "dental-problem", &self.dental_problem)?;
        ids("tooth", "tooth", &self.tooth)?;
        ids("injury_how", "injury-how", &self.injury_how)?;
        ids("pregnancy_symptoms", "pregnancy-symptom", &self.pregnancy_symptoms)?;
        for (field, list, v) in [
            ("injury_place", "injury-place", &self.injury_place),
            ("drinking", "drinking", &self.drinking),
            ("urine", "urine", &self.urine),
            ("vaccinations", "vaccinations", &self.vaccinations),
        ] {
            if let Some(v) = v {
                id(field, list, v)?;
            }
        }
        for (i, s) in self.pain_site.iter().enumerate() {
            let field = format!("pain_site[{i}]");
            id(&format!("{field}.site"), "site", s.site())?;
            if let Some(side) = s.side() {
                id(&format!("{field}.side"), "side", side)?;
            }
        }
        range("age_years", self.age_years, 0, 120)?;
        range("age_months", self.age_months, 0, 35)?;
        range("pregnancy_weeks", self.pregnancy_weeks, 1, 45)?;
        range("onset_days_ago", self.onset_days_ago, 0, 365)?;
        range("onset_hours_ago", self.onset_hours_ago, 1, 23)?;
        range("pain_score", self.pain_score, 0, 10)?;
        if let Some(t) = self.temperature_c {
            if !(34.0..=43.0).contains(&t) {
                return Err(invalid(
                    "temperature_c",
                    format!(
                        "{t} °C is not a body temperature; give the thermometer's reading in °C, from 34.0 to 43.0"
                    ),
                ));
            }
        }
        if let Some(w) = self.weight_kg {
            if !(0.5..=300.0).contains(&w) {
                return Err(invalid("weight_kg", format!("{w} kg is not a weight; give kilograms from 0.5 to 300")));
            }
        }
        both("age_years", self.age_years.is_some(), "age_months", self.age_months.is_some())?;
        both("onset_days_ago", self.onset_days_ago.is_some(), "onset_hours_ago", self.onset_hours_ago.is_some())?;
        for (field, v) in [
            ("allergies_drug", &self.allergies_drug),
            ("allergies_food", &self.allergies_food),
            ("allergies_other", &self.allergies_other),
            ("medicines", &self.medicines),
            ("conditions", &self.conditions),
        ] {
            texts(field, v)?;
        }
        let allergies = [&self.allergies_drug, &self.allergies_food, &self.allergies_other];
        if self.no_known_allergies == Some(true) {
            if let Some(listed) = allergies.iter().flat_map(|v| v.iter()).next() {
                return Err(invalid("no_known_allergies", format!("is true, but an allergy is listed ({listed})")));
            }
        }
        none_but_listed("no_medicines", self.no_medicines, &self.medicines)?;
        none_but_listed("no_conditions", self.no_conditions, &self.conditions)?;
        Ok(())
    }
}

fn id(field: &str, list: &str, value: &str) -> Result<()> {
    if vocabulary::find(list, value).is_some() {
        return Ok(());
    }
    Err(invalid(field, format!("unknown {list} id '{value}'; known ids: {}", vocabulary::ids_of(list))))
}

fn ids(field: &str, list: &str, values: &[String]) -> Result<()> {
    for (i, v) in values.iter().enumerate() {
        id(&format!("{field}[{i}]"), list, v)?;
    }
    if let Some(dup) = values.iter().enumerate().find_map(|(i, v)| values[..i].contains(v).then_some(v)) {
        return Err(invalid(field, format!("'{dup}' is listed twice")));
    }
    Ok(())
}

fn range(field: &str, value: Option<u32>, lo: u32, hi: u32) -> Result<()> {
    match value {
        Some(v) if !(lo..=hi).contains(&v) => Err(invalid(field, format!("{v} is out of range; give {lo} to {hi}"))),
        _ => Ok(()),
    }
}

fn both(a: &str, has_a: bool, b: &str, has_b: bool) -> Result<()> {
    if has_a && has_b {
        return Err(invalid(a, format!("give {a} or {b}, not both")));
    }
    Ok(())
}

/// Checks free text: not blank, not too long, no control characters.
pub fn text(field: &str, s: &str) -> Result<()> {
    if s.trim().is_empty() {
        return Err(invalid(field, "is empty"));
    }
    if s.chars().count() > MAX_TEXT {
        return Err(invalid(field, format!("is longer than {MAX_TEXT} characters")));
    }
    if s.chars().any(char::is_control) {
        return Err(invalid(field, "contains a control character (a line break or tab)"));
    }
    Ok(())
}

fn texts(field: &str, values: &[String]) -> Result<()> {
    values.iter().enumerate().try_for_each(|(i, v)| text(&format!("{field}[{i}]"), v))
}

fn none_but_listed(field: &str, none: Option<bool>, listed: &[String]) -> Result<()> {
    match (none, listed.first()) {
        (Some(true), Some(first)) => Err(invalid(field, format!("is true, but {first} is listed"))),
        _ => Ok(()),
    }
}

impl From<serde_json::Error> for Error {
    fn from(e: serde_json::Error) -> Self {
        invalid("answers", e.to_string())
    }
}

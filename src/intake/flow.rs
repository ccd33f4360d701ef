//! The questionnaire as the app asks it: one question a screen, each with its choices
//! rendered in the user's language (and Japanese), and what the answers file stores for
//! each choice. The UI only shows these and merges the chosen `value` into the answers.

use super::summary::{onset_days, onset_hours, profile_value, score};
use super::vocabulary::{self, TopicSpec};
use super::words::{render, word, Bi, BiArgs};
use super::{Answers, Variant};
use crate::l10n::Lang;
use crate::profile::error::Result;
use crate::profile::model::{Profile, Sex};
use chrono::NaiveDate;
use serde::Serialize;
use serde_json::{json, Value};

/// One choice: a button.
#[derive(Debug, Clone, Serialize)]
pub struct Choice {
    /// Its id (a vocabulary id, a number, an onset preset).
    pub id: String,
    /// In the user's language.
    pub label: String,
    /// In Japanese.
    pub ja: String,
    /// The Japanese in hiragana.
    pub ja_reading: String,
    /// A body site with a left and a right.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub lateral: bool,
    /// What the answers file stores for it: the id, a number, or (onset) an object of
    /// fields to set.
    pub value: Value,
}

impl Choice {
    fn new(id: &str, b: Bi, value: Value) -> Choice {
        Choice { id: id.to_string(), label: b.text, ja: b.ja, ja_reading: b.ja_reading, lateral: false, value }
    }
}

/// The choices of one allergy group (medicines, food, other).
#[derive(Debug, Clone, Serialize)]
pub struct ChoiceGroup {
    /// The answers field (`allergies_drug` ...).
    pub field: String,
    /// The group's name.
    pub label: String,
    /// Its words.
    pub choices: Vec<Choice>,
}

/// One screen of the questionnaire.
#[derive(Debug, Clone, Serialize)]
pub struct Question {
    /// The topic id.
    pub topic: String,
    /// How it is answered: `multi`, `single`, `sites`, `onset`, `score`, `temperature`,
    /// `weight`, `weeks`, `age`, `allergies`, `entries`.
    pub kind: String,
    /// The question's title.
    pub label: Bi,
    /// The answers field it fills (`complaints`, `temperature_c` ...); for `age` the
    /// years field (months go to `age_months`); `onset` choices set their own fields.
    pub field: String,
    /// Its choices, for the kinds that have them.
    pub choices: Vec<Choice>,
    /// For `allergies`: one group per kind of allergen.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub groups: Vec<ChoiceGroup>,
    /// For `sites`: left, right, both.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub sides: Vec<Choice>,
    /// The field of an explicit "none" answer (`no_known_allergies` ...).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub none_field: Option<String>,
    /// For numbers: smallest, largest, step.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub range: Option<(f64, f64, f64)>,
    /// The profile already answers it: the UI skips it and the summary uses this value.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub from_profile: Option<Bi>,
}

/// The questions of a variant.
#[derive(Debug, Clone, Serialize)]
pub struct Flow {
    /// Which questionnaire.
    pub variant: Variant,
    /// Its name.
    pub variant_label: Bi,
    /// The screens, in order.
    pub questions: Vec<Question>,
}

/// The answers field of a topic.
pub(crate) fn field_of(topic: &str) -> String {
    match topic {
        "temperature" => "temperature_c".into(),
        "weight" => "weight_kg".into(),
        "age" => "age_years".into(),
        "onset" => "onset_days_ago".into(),
        "allergies" => "allergies_drug".into(),
        other => other.replace('-', "_"),
    }
}

/// The label of an onset preset (`hours-3`, `today`, `days-2`) and the fields it sets.
pub(crate) fn onset_choice(lang: Lang, id: &str) -> Result<Choice> {
    let (label, value) = match id.split_once('-') {
        Some(("hours", n)) => {
            let n: u32 = n.parse().expect("vocabulary.csv onset ids are hours-N or days-N");
            (onset_hours(lang, n)?, json!({ "onset_hours_ago": n, "onset_days_ago": null }))
        }
        Some(("days", n)) => {
            let n: u32 = n.parse().expect("vocabulary.csv onset ids are hours-N or days-N");
            (onset_days(lang, n)?, json!({ "onset_days_ago": n, "onset_hours_ago": null }))
        }
        _ => {
            let n = if id == "today" { 0 } else { 1 };
            (onset_days(lang, n)?, json!({ "onset_days_ago": n, "onset_hours_ago": null }))
        }
    };
    Ok(Choice::new(id, label, value))
}

/// The words of a list as choices (the onset presets rendered from their numbers).
pub(crate) fn choices(lang: Lang, list: &str) -> Result<Vec<Choice>> {
    vocabulary::list(list)
        .map(|w| {
            if list == "onset" {
                return onset_choice(lang, &w.id);
            }
            let mut c = Choice::new(&w.id, word(lang, list, &w.id)?, Value::String(w.id.clone()));
            c.lateral = w.lateral;
            Ok(c)
        })
        .collect()
}

/// 0 to 10.
pub(crate) fn score_choices(lang: Lang) -> Result<Vec<Choice>> {
    (0..=10).map(|n| Ok(Choice::new(&n.to_string(), score(lang, n)?, json!(n)))).collect()
}

fn question(lang: Lang, t: &TopicSpec, profile: Option<&Profile>, today: NaiveDate) -> Result<Question> {
    let mut q = Question {
        topic: t.id.clone(),
        kind: t.kind.clone(),
        label: render(lang, &format!("label-{}", t.id), &BiArgs::new())?,
        field: field_of(&t.id),
        choices: Vec::new(),
        groups: Vec::new(),
        sides: Vec::new(),
        none_field: None,
        range: None,
        from_profile: profile.map(|p| profile_value(lang, t, p, today)).transpose()?.flatten(),
    };
    if let Some(list) = &t.list {
        q.choices = choices(lang, list)?;
    }
    match t.kind.as_str() {
        "onset" => q.choices = choices(lang, "onset")?,
        "score" => q.choices = score_choices(lang)?,
        "sites" => q.sides = choices(lang, "side")?,
        "temperature" => q.range = Some((34.0, 43.0, 0.1)),
        "weight" => q.range = Some((0.5, 300.0, 0.1)),
        "weeks" => q.range = Some((1.0, 45.0, 1.0)),
        "age" => q.range = Some((0.0, 120.0, 1.0)),
        "allergies" => {
            q.none_field = Some("no_known_allergies".into());
            for (field, group, list) in [
                ("allergies_drug", "drug", "drug-allergen"),
                ("allergies_food", "food", "food-allergen"),
                ("allergies_other", "other", "other-allergen"),
            ] {
                q.groups.push(ChoiceGroup {
                    field: field.into(),
                    label: word(lang, "allergy-group", group)?.text,
                    choices: choices(lang, list)?,
                });
            }
        }
        "entries" => q.none_field = Some(format!("no_{}", q.field)),
        _ => {}
    }
    Ok(q)
}

/// The screens of the answers' variant in `lang`, given what is answered so far: topics
/// the profile holds carry `from_profile`; topics that do not apply are left out.
pub fn flow(answers: &Answers, profile: Option<&Profile>, lang: Lang, today: NaiveDate) -> Result<Flow> {
    let variant = answers.variant;
    Ok(Flow {
        variant,
        variant_label: render(lang, &format!("variant-{}", variant.id()), &BiArgs::new())?,
        questions: variant
            .topics()
            .filter(|t| applies(t, answers, profile))
            .map(|t| question(lang, t, profile, today))
            .collect::<Result<_>>()?,
    })
}

/// Whether a topic applies to this patient: a man is not asked about pregnancy.
pub(crate) fn applies(t: &TopicSpec, answers: &Answers, profile: Option<&Profile>) -> bool {
    let sex = answers.sex.or(profile.and_then(|p| p.patient.sex));
    !(t.id == "pregnant" && sex == Some(Sex::Male))
}

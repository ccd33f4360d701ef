//! The medical profile: what a visitor wants every clinic to know, named after the
//! sections of the International Patient Summary (IPS: `allergies_intolerances`,
//! `medication_summary`, `problem_list`, `history_of_procedures`, `medical_devices`,
//! pregnancy) so that it can later be exported as one. Coded entries use the ids of
//! `data/intake/vocabulary.csv` (`{"id": "penicillin"}`); anything else is kept in the
//! user's own words (`{"text": "..."}`) and shown as typed.

use crate::intake::answers::text;
use crate::intake::vocabulary;
use crate::l10n::Lang;
use crate::profile::error::{invalid, Result};
use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

/// male, female, other.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Sex {
    /// 男性.
    Male,
    /// 女性.
    Female,
    /// その他.
    Other,
}

/// Whether the patient is (or may be) pregnant.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum PregnancyStatus {
    /// 妊娠している.
    Yes,
    /// 妊娠していない.
    No,
    /// 妊娠している可能性がある.
    Unsure,
}

/// How the visit will be paid.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum InsuranceKind {
    /// Travel insurance, no Japanese health insurance.
    Travel,
    /// No insurance: the full cost.
    None,
    /// Japanese health insurance.
    Japanese,
}

macro_rules! id_of {
    ($t:ty { $($v:ident => $s:literal),* }) => {
        impl $t {
            /// The vocabulary id (`data/intake/vocabulary.csv`).
            pub fn id(self) -> &'static str {
                match self { $(Self::$v => $s),* }
            }
        }
    };
}
id_of!(Sex { Male => "male", Female => "female", Other => "other" });
id_of!(PregnancyStatus { Yes => "yes", No => "no", Unsure => "unsure" });
id_of!(InsuranceKind { Travel => "travel", None => "none", Japanese => "japanese" });

/// A coded entry or the user's own words.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Term {
    /// An id of the entry's vocabulary list, shown in Japanese by the app.
    Id(String),
    /// Free text, shown as typed.
    Text(String),
}

/// A list section with an explicit "none" (never a blank that staff must guess about).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Section<T> {
    /// True: the user said there is nothing ("no known allergies").
    #[serde(default)]
    pub none: bool,
    /// The entries, in the user's order.
    #[serde(default = "Vec::new")]
    pub entries: Vec<T>,
}

impl<T> Default for Section<T> {
    fn default() -> Self {
        Section { none: false, entries: Vec::new() }
    }
}

impl<T> Section<T> {
    /// Whether the user answered it (entries, or an explicit none).
    pub fn answered(&self) -> bool {
        self.none || !self.entries.is_empty()
    }
}

/// ABO group and Rh factor.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BloodGroup {
    /// A, B, O or AB.
    pub abo: String,
    /// `+` or `-`, if known.
    #[serde(default)]
    pub rh: Option<String>,
}

/// Who the patient is.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Patient {
    /// Name in Latin letters, as in the passport.
    #[serde(default)]
    pub name: Option<String>,
    /// The name in katakana, if the user wants staff to read it.
    #[serde(default)]
    pub name_katakana: Option<String>,
    /// Date of birth (YYYY-MM-DD), or …
    #[serde(default)]
    pub birth_date: Option<NaiveDate>,
    /// … the age in years, for a user who prefers not to give the date.
    #[serde(default)]
    pub age_years: Option<u32>,
    /// Sex.
    #[serde(default)]
    pub sex: Option<Sex>,
    /// Blood group, if known.
    #[serde(default)]
    pub blood_group: Option<BloodGroup>,
    /// Nationality, in the user's words.
    #[serde(default)]
    pub nationality: Option<String>,
    /// The language the patient speaks (one of the app's).
    #[serde(default)]
    pub language: Option<Lang>,
}

/// An allergy or intolerance.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Allergy {
    /// drug, food or other.
    pub category: AllergyCategory,
    /// What: an id of `drug-allergen` / `food-allergen` / `other-allergen`, or text.
    pub substance: Term,
    /// What happened: a `reaction` id, or text.
    #[serde(default)]
    pub reaction: Option<Term>,
}

/// The kind of allergen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum AllergyCategory {
    /// Medicines.
    Drug,
    /// Food.
    Food,
    /// Latex, stings, metal ...
    Other,
}

impl AllergyCategory {
    /// The vocabulary list of its substances.
    pub fn list(self) -> &'static str {
        match self {
            AllergyCategory::Drug => "drug-allergen",
            AllergyCategory::Food => "food-allergen",
            AllergyCategory::Other => "other-allergen",
        }
    }

    /// Its id in the `allergy-group` list.
    pub fn id(self) -> &'static str {
        match self {
            AllergyCategory::Drug => "drug",
            AllergyCategory::Food => "food",
            AllergyCategory::Other => "other",
        }
    }

    /// All three, in the order staff read them.
    pub const ALL: [AllergyCategory; 3] = [AllergyCategory::Drug, AllergyCategory::Food, AllergyCategory::Other];
}

/// A medicine taken now.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Medication {
    /// A `medicine` id, or the generic name as the user writes it.
    pub medicine: Term,
    /// Dose and how often, in the user's words.
    #[serde(default)]
    pub dose: Option<String>,
}

/// An ongoing or past illness.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Problem {
    /// A `condition` id, or text.
    pub condition: Term,
}

/// A past operation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Procedure {
    /// What, in the user's words.
    pub procedure: String,
    /// When, if known.
    #[serde(default)]
    pub year: Option<i32>,
}

/// An implant or metal in the body.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Device {
    /// A `device` id, or text.
    pub device: Term,
}

/// Pregnancy and breastfeeding.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Pregnancy {
    /// Pregnant, not, or unsure.
    #[serde(default)]
    pub status: Option<PregnancyStatus>,
    /// Week of pregnancy (1–45), when pregnant.
    #[serde(default)]
    pub weeks: Option<u32>,
    /// Breastfeeding now.
    #[serde(default)]
    pub breastfeeding: Option<bool>,
}

/// How the visit is paid.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Insurance {
    /// Travel insurance, none, or Japanese health insurance.
    #[serde(default)]
    pub kind: Option<InsuranceKind>,
    /// The insurance company.
    #[serde(default)]
    pub insurer: Option<String>,
    /// The policy number.
    #[serde(default)]
    pub policy_number: Option<String>,
    /// The insurer's 24-hour assistance number.
    #[serde(default)]
    pub assistance_phone: Option<String>,
}

/// Whom to call.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Contact {
    /// Their name.
    pub name: String,
    /// Who they are to the patient (in the user's words).
    #[serde(default)]
    pub relationship: Option<String>,
    /// Their phone number, with the country code.
    pub phone: String,
}

/// The whole profile.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Profile {
    /// Name, date of birth, sex, blood group, nationality, language.
    #[serde(default)]
    pub patient: Patient,
    /// IPS "Allergies and Intolerances".
    #[serde(default)]
    pub allergies_intolerances: Section<Allergy>,
    /// IPS "Medication Summary".
    #[serde(default)]
    pub medication_summary: Section<Medication>,
    /// IPS "Problem List" (and past illness).
    #[serde(default)]
    pub problem_list: Section<Problem>,
    /// IPS "History of Procedures".
    #[serde(default)]
    pub history_of_procedures: Section<Procedure>,
    /// IPS "Medical Devices": implants and metal (asked before an MRI).
    #[serde(default)]
    pub medical_devices: Section<Device>,
    /// IPS "History of Pregnancy" (current status), and breastfeeding.
    #[serde(default)]
    pub pregnancy: Pregnancy,
    /// Travel insurance or none.
    #[serde(default)]
    pub insurance: Insurance,
    /// Whom to call.
    #[serde(default)]
    pub emergency_contact: Option<Contact>,
}

/// The most entries a list section may hold.
pub const MAX_ENTRIES: usize = 100;

fn term(field: &str, list: &str, t: &Term) -> Result<()> {
    match t {
        Term::Id(id) if vocabulary::find(list, id).is_none() => {
            Err(invalid(field, format!("unknown {list} id '{id}'; known ids: {}", vocabulary::ids_of(list))))
        }
        Term::Id(_) => Ok(()),
        Term::Text(s) => text(field, s),
    }
}

fn opt_text(field: &str, s: &Option<String>) -> Result<()> {
    s.as_deref().map_or(Ok(()), |s| text(field, s))
}

fn phone(field: &str, s: &str) -> Result<()> {
    let digits = s.chars().filter(char::is_ascii_digit).count();
    if !(3..=20).contains(&digits) || !s.chars().all(|c| c.is_ascii_digit() || " +-()#*".contains(c)) {
        return Err(invalid(field, format!("'{s}' is not a phone number (digits, spaces, + - ( ) only)")));
    }
    Ok(())
}

fn section<T>(name: &str, s: &Section<T>, each: impl Fn(&str, &T) -> Result<()>) -> Result<()> {
    if s.none && !s.entries.is_empty() {
        return Err(invalid(format!("{name}.none"), format!("says none, but {} entries are listed", s.entries.len())));
    }
    if s.entries.len() > MAX_ENTRIES {
        return Err(invalid(format!("{name}.entries"), format!("more than {MAX_ENTRIES} entries")));
    }
    s.entries.iter().enumerate().try_for_each(|(i, e)| each(&format!("{name}.entries[{i}]"), e))
}

impl Profile {
    /// Checks every field; `today` bounds the date of birth. The first problem is
    /// returned, named by its path (`allergies_intolerances.entries[0].substance`).
    pub fn validate(&self, today: NaiveDate) -> Result<()> {
        let p = &self.patient;
        opt_text("patient.name", &p.name)?;
        if let Some(k) = &p.name_katakana {
            text("patient.name_katakana", k)?;
            if !k.chars().all(|c| matches!(c, 'ァ'..='ヺ' | 'ー' | '・' | '　' | ' ')) {
                return Err(invalid("patient.name_katakana", format!("'{k}' is not written in katakana")));
            }
        }
        if let Some(d) = p.birth_date {
            if d > today || today.year() - d.year() > 120 {
                return Err(invalid("patient.birth_date", format!("{d} is not a date of birth of a living person")));
            }
        }
        if let Some(a) = p.age_years {
            if a > 120 {
                return Err(invalid("patient.age_years", format!("{a} is out of range; give 0 to 120")));
            }
            if p.birth_date.is_some() {
                return Err(invalid("patient.age_years", "give birth_date or age_years, not both"));
            }
        }
        if let Some(b) = &p.blood_group {
            if !["A", "B", "O", "AB"].contains(&b.abo.as_str()) {
                return Err(invalid("patient.blood_group.abo", format!("'{}' is not A, B, O or AB", b.abo)));
            }
            if let Some(rh) = &b.rh {
                if rh != "+" && rh != "-" {
                    return Err(invalid("patient.blood_group.rh", format!("'{rh}' is not + or -")));
                }
            }
        }
        opt_text("patient.nationality", &p.nationality)?;
        section("allergies_intolerances", &self.allergies_intolerances, |f, a| {
            term(&format!("{f}.substance"), a.category.list(), &a.substance)?;
            a.reaction.as_ref().map_or(Ok(()), |r| term(&format!("{f}.reaction"), "reaction", r))
        })?;
        section("medication_summary", &self.medication_summary, |f, m| {
            term(&format!("{f}.medicine"), "medicine", &m.medicine)?;
            opt_text(&format!("{f}.dose"), &m.dose)
        })?;
        section("problem_list", &self.problem_list, |f, c| term(&format!("{f}.condition"), "condition", &c.condition))?;
        section("history_of_procedures", &self.history_of_procedures, |f, s| {
            text(&format!("{f}.procedure"), &s.procedure)?;
            match s.year {
                Some(y) if y < 1900 || y > today.year() => {
                    Err(invalid(format!("{f}.year"), format!("{y} is not a past year")))
                }
                _ => Ok(()),
            }
        })?;
        section("medical_devices", &self.medical_devices, |f, d| term(&format!("{f}.device"), "device", &d.device))?;
        let preg = &self.pregnancy;
        if let Some(w) = preg.weeks {
            if !(1..=45).contains(&w) {
                return Err(invalid("pregnancy.weeks", format!("{w} is out of range; give 1 to 45")));
            }
            if preg.status != Some(PregnancyStatus::Yes) {
                return Err(invalid("pregnancy.weeks", "is given, but status is not \"yes\""));
            }
        }
        let ins = &self.insurance;
        opt_text("insurance.insurer", &ins.insurer)?;
        opt_text("insurance.policy_number", &ins.policy_number)?;
        if let Some(ph) = &ins.assistance_phone {
            phone("insurance.assistance_phone", ph)?;
        }
        if let Some(c) = &self.emergency_contact {
            text("emergency_contact.name", &c.name)?;
            opt_text("emergency_contact.relationship", &c.relationship)?;
            phone("emergency_contact.phone", &c.phone)?;
        }
        Ok(())
    }

    /// The age in whole years on `today`, from the date of birth or the age given.
    pub fn age_on(&self, today: NaiveDate) -> Option<u32> {
        match self.patient.birth_date {
            Some(d) => today.years_since(d),
            None => self.patient.age_years,
        }
    }
}

//! "My medical information" for staff: every section in Japanese with the user's
//! language beside it, allergies first (the order a Japanese nurse reads), drug and
//! condition names in Japanese where the app knows them, the user's own words otherwise.
//! A section the user never filled says so (未記入); "none" is stated, never blank.

use super::error::Result;
use super::model::{AllergyCategory, Profile};
use crate::intake::summary::{
    age_years, profile_allergies_items, profile_conditions, profile_medicines, profile_pregnancy, term,
};
use crate::intake::words::{render, render_in, word, Bi, BiArgs};
use crate::l10n::{self, Lang};
use chrono::{Datelike, NaiveDate};
use serde::Serialize;

/// The Fluent resource of this screen.
pub const RESOURCE: &str = "profile";

/// Message `id` of `profile.ftl` in `lang` and Japanese.
pub fn render_profile_value(lang: Lang, id: &str, args: &BiArgs) -> Result<Bi> {
    render_in(RESOURCE, lang, id, args)
}

fn p(lang: Lang, id: &str) -> Result<Bi> {
    render_profile_value(lang, id, &BiArgs::new())
}

/// One line: an optional label and its value.
#[derive(Debug, Clone, Serialize)]
pub struct ViewItem {
    /// E.g. 「保険会社」.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub label: Option<Bi>,
    /// The value.
    pub value: Bi,
}

/// One section.
#[derive(Debug, Clone, Serialize)]
pub struct ViewSection {
    /// Stable id: `allergies`, `medication`, `problems`, `procedures`, `devices`,
    /// `pregnancy`, `insurance`, `contact`.
    pub id: &'static str,
    /// Its title.
    pub label: Bi,
    /// Its lines; never empty.
    pub items: Vec<ViewItem>,
}

/// The whole screen.
#[derive(Debug, Clone, Serialize)]
pub struct ProfileView {
    /// The user's language.
    pub lang: Lang,
    /// 「私の医療情報」 / "My medical information".
    pub title: Bi,
    /// Who wrote it and how.
    pub note: Bi,
    /// Name, birth date and age, sex, blood type, nationality, language.
    pub patient: Vec<ViewItem>,
    /// The sections, allergies first.
    pub sections: Vec<ViewSection>,
    /// True when nothing has been filled in.
    pub empty: bool,
    /// Whether a fluent speaker reviewed the user's language (none has).
    pub reviewed: bool,
}

fn item(label: Option<Bi>, value: Bi) -> ViewItem {
    ViewItem { label, value }
}

fn labelled(lang: Lang, field: &str, value: Bi) -> Result<ViewItem> {
    Ok(item(Some(p(lang, field)?), value))
}

fn not_recorded(lang: Lang) -> Result<Vec<ViewItem>> {
    Ok(vec![item(None, p(lang, "value-not-recorded")?)])
}

/// The language the patient speaks: its own name for the user, its Japanese name for staff.
fn language_item(spoken: Lang) -> Bi {
    let own = l10n::supported().into_iter().find(|i| i.lang == spoken).map(|i| i.name).unwrap_or_default();
    match crate::emergency::language_in_japanese(spoken) {
        Some((ja, reading, _)) => Bi { text: own, ja: ja.into(), ja_reading: reading.into(), fallback: false },
        None => Bi::typed(&own),
    }
}

fn date(lang: Lang, d: NaiveDate) -> Result<Bi> {
    render_profile_value(
        lang,
        "value-date",
        &BiArgs::new()
            .plain("year", &d.year().to_string())
            .plain("month", &format!("{:02}", d.month()))
            .plain("day", &format!("{:02}", d.day())),
    )
    .map(|mut b| {
        // Japanese dates are written without leading zeros: 1990年4月1日.
        b.ja = format!("{}年{}月{}日", d.year(), d.month(), d.day());
        b.ja_reading = b.ja.clone();
        b
    })
}

fn patient(lang: Lang, profile: &Profile, today: NaiveDate) -> Result<Vec<ViewItem>> {
    let pt = &profile.patient;
    let mut items = Vec::new();
    if let Some(n) = &pt.name {
        items.push(labelled(lang, "field-name", Bi::typed(n))?);
    }
    if let Some(k) = &pt.name_katakana {
        items.push(labelled(lang, "field-name-katakana", Bi::typed(k))?);
    }
    match (pt.birth_date, profile.age_on(today)) {
        (Some(d), Some(age)) => {
            let v = render_profile_value(
                lang,
                "value-date-age",
                &BiArgs::new().bi("date", &date(lang, d)?).bi("age", &age_years(lang, age)?),
            )?;
            items.push(labelled(lang, "field-birth-date", v)?);
        }
        (None, Some(age)) => items.push(labelled(lang, "field-age", age_years(lang, age)?)?),
        _ => {}
    }
    if let Some(s) = pt.sex {
        items.push(labelled(lang, "field-sex", word(lang, "sex", s.id())?)?);
    }
    if let Some(b) = &pt.blood_group {
        let rh = b.rh.as_deref().map(|r| format!("Rh{}", if r == "-" { "−" } else { "+" })).unwrap_or_default();
        let mut v = render_profile_value(lang, "value-blood", &BiArgs::new().plain("abo", &b.abo).plain("rh", &rh))?;
        for s in [&mut v.text, &mut v.ja, &mut v.ja_reading] {
            *s = s.trim().to_string();
        }
        items.push(labelled(lang, "field-blood", v)?);
    }
    if let Some(n) = &pt.nationality {
        items.push(labelled(lang, "field-nationality", Bi::typed(n))?);
    }
    if let Some(l) = pt.language {
        items.push(labelled(lang, "field-language", language_item(l))?);
    }
    Ok(items)
}

fn allergies(lang: Lang, profile: &Profile) -> Result<Vec<ViewItem>> {
    let s = &profile.allergies_intolerances;
    if s.none {
        return Ok(vec![item(None, render(lang, "value-no-allergies", &BiArgs::new())?)]);
    }
    if s.entries.is_empty() {
        return not_recorded(lang);
    }
    let mut items = Vec::new();
    for category in AllergyCategory::ALL {
        for value in profile_allergies_items(lang, profile, category)? {
            items.push(item(Some(word(lang, "allergy-group", category.id())?), value));
        }
    }
    Ok(items)
}

fn one_or_not_recorded(lang: Lang, v: Option<Bi>) -> Result<Vec<ViewItem>> {
    match v {
        Some(v) => Ok(vec![item(None, v)]),
        None => not_recorded(lang),
    }
}

/// Renders `profile` for staff in `lang` and Japanese; `today` gives the age.
pub fn view(profile: &Profile, lang: Lang, today: NaiveDate) -> Result<ProfileView> {
    let mut sections = Vec::new();
    let mut push = |id: &'static str, label: &str, items: Vec<ViewItem>| -> Result<()> {
        sections.push(ViewSection { id, label: p(lang, label)?, items });
        Ok(())
    };
    push("allergies", "section-allergies", allergies(lang, profile)?)?;
    push("medication", "section-medication", one_or_not_recorded(lang, profile_medicines(lang, profile)?)?)?;
    push("problems", "section-problems", one_or_not_recorded(lang, profile_conditions(lang, profile)?)?)?;
    let procs = &profile.history_of_procedures;
    let procedures = if procs.none {
        vec![item(None, p(lang, "value-none-procedures")?)]
    } else if procs.entries.is_empty() {
        not_recorded(lang)?
    } else {
        procs
            .entries
            .iter()
            .map(|e| {
                let what = Bi::typed(&e.procedure);
                Ok(item(
                    None,
                    match e.year {
                        Some(y) => render_profile_value(
                            lang,
                            "value-procedure-year",
                            &BiArgs::new().bi("procedure", &what).plain("year", &y.to_string()),
                        )?,
                        None => what,
                    },
                ))
            })
            .collect::<Result<_>>()?
    };
    push("procedures", "section-procedures", procedures)?;
    let devs = &profile.medical_devices;
    let devices = if devs.none {
        vec![item(None, p(lang, "value-none-devices")?)]
    } else if devs.entries.is_empty() {
        not_recorded(lang)?
    } else {
        devs.entries.iter().map(|d| Ok(item(None, term(lang, "device", &d.device)?))).collect::<Result<_>>()?
    };
    push("devices", "section-devices", devices)?;
    let mut pregnancy: Vec<ViewItem> = profile_pregnancy(lang, profile)?.into_iter().map(|v| item(None, v)).collect();
    if let Some(b) = profile.pregnancy.breastfeeding {
        pregnancy.push(item(None, p(lang, if b { "value-breastfeeding-yes" } else { "value-breastfeeding-no" })?));
    }
    if pregnancy.is_empty() {
        pregnancy = not_recorded(lang)?;
    }
    push("pregnancy", "section-pregnancy", pregnancy)?;
    let ins = &profile.insurance;
    let mut insurance: Vec<ViewItem> =
        ins.kind.map(|k| word(lang, "insurance", k.id())).transpose()?.into_iter().map(|v| item(None, v)).collect();
    for (field, v) in [
        ("field-insurer", &ins.insurer),
        ("field-policy", &ins.policy_number),
        ("field-assistance", &ins.assistance_phone),
    ] {
        if let Some(v) = v {
            insurance.push(labelled(lang, field, Bi::typed(v))?);
        }
    }
    if insurance.is_empty() {
        insurance = not_recorded(lang)?;
    }
    push("insurance", "section-insurance", insurance)?;
    let contact = match &profile.emergency_contact {
        Some(c) => vec![item(
            None,
            match &c.relationship {
                Some(r) => render_profile_value(
                    lang,
                    "value-contact",
                    &BiArgs::new().plain("name", &c.name).plain("relationship", r).plain("phone", &c.phone),
                )?,
                None => Bi::typed(&format!("{} {}", c.name, c.phone)),
            },
        )],
        None => not_recorded(lang)?,
    };
    push("contact", "section-contact", contact)?;
    Ok(ProfileView {
        lang,
        title: p(lang, "profile-title")?,
        note: p(lang, "profile-note")?,
        patient: patient(lang, profile, today)?,
        sections,
        empty: *profile == Profile::default(),
        reviewed: l10n::is_reviewed(lang),
    })
}

/// Every message id of `profile.ftl` the view uses.
pub fn message_ids() -> std::collections::BTreeSet<String> {
    [
        "profile-title",
        "profile-note",
        "section-patient",
        "section-allergies",
        "section-medication",
        "section-problems",
        "section-procedures",
        "section-devices",
        "section-pregnancy",
        "section-insurance",
        "section-contact",
        "field-name",
        "field-name-katakana",
        "field-birth-date",
        "field-age",
        "field-sex",
        "field-blood",
        "field-nationality",
        "field-language",
        "field-reaction",
        "field-dose",
        "field-year",
        "field-weeks",
        "field-breastfeeding",
        "field-insurer",
        "field-policy",
        "field-assistance",
        "field-relationship",
        "field-phone",
        "value-not-recorded",
        "value-none-procedures",
        "value-none-devices",
        "value-breastfeeding-yes",
        "value-breastfeeding-no",
        "value-date",
        "value-date-age",
        "value-procedure-year",
        "value-medicine-dose",
        "value-contact",
        "value-blood",
    ]
    .map(String::from)
    .into()
}

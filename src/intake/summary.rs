//! The Japanese summary laid out like a 問診票: one line per topic of the variant,
//! `label：value`, in the order of `topics.csv`, with the user's language beside each.
//! A topic nobody answered says 未回答 ("not answered"), never a blank; what the medical
//! profile holds fills the topics it covers.

use super::answers::Answers;
use super::vocabulary::{self, TopicSpec};
use super::words::{join, join_groups, render, word, word_or_typed, Bi, BiArgs};
use super::Variant;
use crate::l10n::ja_numbers::Counter;
use crate::l10n::{self, Lang};
use crate::profile::error::Result;
use crate::profile::model::{AllergyCategory, Profile, Term};
use chrono::NaiveDate;
use serde::Serialize;

/// One line of the summary.
#[derive(Debug, Clone, Serialize)]
pub struct SummaryLine {
    /// The topic id, e.g. `onset`.
    pub topic: String,
    /// Whether it was answered (by the answers or by the profile).
    pub answered: bool,
    /// Whether the value comes from the medical profile.
    pub from_profile: bool,
    /// The label: 「いつから」 / "Since when".
    pub label: Bi,
    /// The value: 「3日前から」 / "Since 3 days ago".
    pub value: Bi,
    /// The whole line: 「いつから：3日前から」.
    pub line: Bi,
}

/// The summary: `summary_ja` and `summary` are the lines' Japanese and user-language
/// text, in the same order (the CLI contract); `lines` has each line in full.
#[derive(Debug, Clone, Serialize)]
pub struct Summary {
    /// Which questionnaire.
    pub variant: Variant,
    /// The user's language.
    pub lang: Lang,
    /// 「問診票」 / "Medical questionnaire".
    pub title: Bi,
    /// The variant's name.
    pub variant_label: Bi,
    /// Who wrote this and how (for staff).
    pub note: Bi,
    /// The Japanese lines, 「label：value」.
    pub summary_ja: Vec<String>,
    /// The same lines in the user's language.
    pub summary: Vec<String>,
    /// Topics of the variant that nobody answered.
    pub missing: Vec<String>,
    /// Every line with its parts and reading.
    pub lines: Vec<SummaryLine>,
    /// Whether a fluent speaker reviewed the user's language (none has).
    pub reviewed: bool,
}

/// "Since 3 days ago" / 「3日前から」: 0 is today, 1 yesterday.
pub(crate) fn onset_days(lang: Lang, days: u32) -> Result<Bi> {
    match days {
        0 => render(lang, "value-onset-today", &BiArgs::new()),
        1 => render(lang, "value-onset-yesterday", &BiArgs::new()),
        n => render(lang, "value-onset-days", &BiArgs::new().count("days", n, Counter::Days)),
    }
}

/// "Since 3 hours ago" / 「3時間前から」.
pub(crate) fn onset_hours(lang: Lang, hours: u32) -> Result<Bi> {
    render(lang, "value-onset-hours", &BiArgs::new().count("hours", hours, Counter::Hours))
}

/// A pain score: "7 of 10" / 「7」.
pub(crate) fn score(lang: Lang, n: u32) -> Result<Bi> {
    render(lang, "value-score", &BiArgs::new().count("score", n, Counter::Plain))
}

/// An age in years: 「30歳」 (さんじゅっさい).
pub(crate) fn age_years(lang: Lang, years: u32) -> Result<Bi> {
    render(lang, "value-age-years", &BiArgs::new().count("years", years, Counter::Age))
}

fn words_of(lang: Lang, list: &str, ids: &[String]) -> Result<Bi> {
    let items = ids.iter().map(|id| word_or_typed(lang, list, id)).collect::<Result<Vec<_>>>()?;
    join(lang, &items)
}

/// A profile entry: its word when coded, the user's words otherwise.
pub(crate) fn term(lang: Lang, list: &str, t: &Term) -> Result<Bi> {
    match t {
        Term::Id(id) => word(lang, list, id),
        Term::Text(s) => Ok(Bi::typed(s)),
    }
}

fn group(lang: Lang, category: AllergyCategory, items: &[Bi]) -> Result<Bi> {
    let g = word(lang, "allergy-group", category.id())?;
    render(lang, "value-group", &BiArgs::new().bi("group", &g).bi("items", &join(lang, items)?))
}

/// The profile's allergies of one category, each with its reaction:
/// 「ペニシリン系抗菌薬（じんましん）」.
pub(crate) fn profile_allergies_items(lang: Lang, profile: &Profile, category: AllergyCategory) -> Result<Vec<Bi>> {
    let mut items = Vec::new();
    for a in profile.allergies_intolerances.entries.iter().filter(|a| a.category == category) {
        let substance = term(lang, category.list(), &a.substance)?;
        items.push(match &a.reaction {
            Some(r) => render(
                lang,
                "value-allergy-reaction",
                &BiArgs::new().bi("substance", &substance).bi("reaction", &term(lang, "reaction", r)?),
            )?,
            None => substance,
        });
    }
    Ok(items)
}

/// The profile's allergies: 「薬：ペニシリン系抗菌薬（じんましん） ／ 食べ物：えび・かに」,
/// or 「アレルギーはありません」; `None` when the profile does not say.
pub(crate) fn profile_allergies(lang: Lang, profile: &Profile) -> Result<Option<Bi>> {
    if profile.allergies_intolerances.none {
        return render(lang, "value-no-allergies", &BiArgs::new()).map(Some);
    }
    let mut groups = Vec::new();
    for category in AllergyCategory::ALL {
        let items = profile_allergies_items(lang, profile, category)?;
        if !items.is_empty() {
            groups.push(group(lang, category, &items)?);
        }
    }
    if groups.is_empty() {
        return Ok(None);
    }
    join_groups(lang, &groups).map(Some)
}

/// A list section: its explicit "none" message, its entries joined, or `None` when the
/// user never filled it.
fn section_value<T>(
    lang: Lang,
    s: &crate::profile::model::Section<T>,
    none_id: &str,
    each: impl Fn(&T) -> Result<Bi>,
) -> Result<Option<Bi>> {
    if s.none {
        return render(lang, none_id, &BiArgs::new()).map(Some);
    }
    if s.entries.is_empty() {
        return Ok(None);
    }
    let items = s.entries.iter().map(each).collect::<Result<Vec<_>>>()?;
    join(lang, &items).map(Some)
}

/// The profile's medicines, with their doses, or 「服用中の薬はありません」.
pub(crate) fn profile_medicines(lang: Lang, profile: &Profile) -> Result<Option<Bi>> {
    section_value(lang, &profile.medication_summary, "value-no-medicines", |m| {
        let name = term(lang, "medicine", &m.medicine)?;
        match &m.dose {
            Some(d) => crate::profile::view::render_profile_value(
                lang,
                "value-medicine-dose",
                &BiArgs::new().bi("medicine", &name).plain("dose", d),
            ),
            None => Ok(name),
        }
    })
}

/// The profile's conditions, or 「持病・既往歴はありません」.
pub(crate) fn profile_conditions(lang: Lang, profile: &Profile) -> Result<Option<Bi>> {
    section_value(lang, &profile.problem_list, "value-no-conditions", |c| term(lang, "condition", &c.condition))
}

/// The profile's pregnancy status, with the week when known.
pub(crate) fn profile_pregnancy(lang: Lang, profile: &Profile) -> Result<Option<Bi>> {
    let Some(status) = profile.pregnancy.status else { return Ok(None) };
    let mut items = vec![word(lang, "pregnant", status.id())?];
    if let Some(w) = profile.pregnancy.weeks {
        items.push(render(lang, "value-pregnancy-weeks", &BiArgs::new().count("weeks", w, Counter::PregnancyWeek))?);
    }
    join(lang, &items).map(Some)
}

/// The value of `topic` from the answers alone.
fn answered_value(lang: Lang, t: &TopicSpec, a: &Answers) -> Result<Option<Bi>> {
    let some = |b: Result<Bi>| b.map(Some);
    let list = t.list.as_deref().unwrap_or("");
    let many = |ids: &[String]| if ids.is_empty() { Ok(None) } else { some(words_of(lang, list, ids)) };
    let one = |id: &Option<String>| id.as_ref().map(|id| word(lang, list, id)).transpose();
    match t.id.as_str() {
        "age" => match (a.age_years, a.age_months) {
            (Some(y), _) => some(age_years(lang, y)),
            (None, Some(m)) => {
                some(render(lang, "value-age-months", &BiArgs::new().count("months", m, Counter::Months)))
            }
            _ => Ok(None),
        },
        "sex" => a.sex.map(|s| word(lang, "sex", s.id())).transpose(),
        "weight" => a.weight_kg.map(|w| render(lang, "value-weight", &BiArgs::new().decimal("kg", w))).transpose(),
        "complaints" => many(&a.complaints),
        "dental-problem" => many(&a.dental_problem),
        "tooth" => many(&a.tooth),
        "injury-how" => many(&a.injury_how),
        "pregnancy-symptoms" => many(&a.pregnancy_symptoms),
        "other-symptoms" => many(&a.other_symptoms),
        "injury-place" => one(&a.injury_place),
        "drinking" => one(&a.drinking),
        "urine" => one(&a.urine),
        "vaccinations" => one(&a.vaccinations),
        "pregnancy-weeks" => a
            .pregnancy_weeks
            .map(|w| render(lang, "value-pregnancy-weeks", &BiArgs::new().count("weeks", w, Counter::PregnancyWeek)))
            .transpose(),
        "pain-site" => {
            if a.pain_site.is_empty() {
                return Ok(None);
            }
            let mut items = Vec::new();
            for s in &a.pain_site {
                let site = word(lang, "site", s.site())?;
                items.push(match s.side() {
                    Some(side) => render(
                        lang,
                        "value-site-side",
                        &BiArgs::new().bi("site", &site).bi("side", &word(lang, "side", side)?),
                    )?,
                    None => site,
                });
            }
            some(join(lang, &items))
        }
        "onset" => match (a.onset_days_ago, a.onset_hours_ago) {
            (Some(d), _) => some(onset_days(lang, d)),
            (None, Some(h)) => some(onset_hours(lang, h)),
            _ => Ok(None),
        },
        "pain-score" => a.pain_score.map(|s| score(lang, s)).transpose(),
        "temperature" => {
            a.temperature_c.map(|c| render(lang, "value-temperature", &BiArgs::new().decimal("temp", c))).transpose()
        }
        "allergies" => {
            if a.no_known_allergies == Some(true) {
                return some(render(lang, "value-no-allergies", &BiArgs::new()));
            }
            let mut groups = Vec::new();
            for (category, ids) in [
                (AllergyCategory::Drug, &a.allergies_drug),
                (AllergyCategory::Food, &a.allergies_food),
                (AllergyCategory::Other, &a.allergies_other),
            ] {
                if !ids.is_empty() {
                    let items =
                        ids.iter().map(|s| word_or_typed(lang, category.list(), s)).collect::<Result<Vec<_>>>()?;
                    groups.push(group(lang, category, &items)?);
                }
            }
            if groups.is_empty() {
                Ok(None)
            } else {
                some(join_groups(lang, &groups))
            }
        }
        "medicines" if a.no_medicines == Some(true) => some(render(lang, "value-no-medicines", &BiArgs::new())),
        "medicines" => many(&a.medicines),
        "conditions" if a.no_conditions == Some(true) => some(render(lang, "value-no-conditions", &BiArgs::new())),
        "conditions" => many(&a.conditions),
        "pregnant" => a.pregnant.map(|p| word(lang, "pregnant", p.id())).transpose(),
        "insurance" => a.insurance.map(|i| word(lang, "insurance", i.id())).transpose(),
        other => unreachable!("topics.csv has a topic '{other}' that the summary does not know"),
    }
}

/// The value of `topic` from the medical profile, if it holds it.
pub(crate) fn profile_value(lang: Lang, t: &TopicSpec, p: &Profile, today: NaiveDate) -> Result<Option<Bi>> {
    match t.profile.as_deref() {
        Some("age") => p.age_on(today).map(|y| age_years(lang, y)).transpose(),
        Some("sex") => p.patient.sex.map(|s| word(lang, "sex", s.id())).transpose(),
        Some("allergies") => profile_allergies(lang, p),
        Some("medicines") => profile_medicines(lang, p),
        Some("conditions") => profile_conditions(lang, p),
        Some("pregnancy") => profile_pregnancy(lang, p),
        Some("insurance") => p.insurance.kind.map(|k| word(lang, "insurance", k.id())).transpose(),
        _ => Ok(None),
    }
}

/// Renders the summary of `answers` (checked first) in `lang` and Japanese; `profile`
/// fills the topics it holds; `today` turns a date of birth into an age.
pub fn summary(answers: &Answers, profile: Option<&Profile>, lang: Lang, today: NaiveDate) -> Result<Summary> {
    answers.validate()?;
    let variant_topics: Vec<&TopicSpec> = answers.variant.topics().collect();
    let mut lines = Vec::new();
    let mut missing = Vec::new();
    for t in vocabulary::topics() {
        let in_variant = variant_topics.iter().any(|v| v.id == t.id) && super::flow::applies(t, answers, profile);
        let from_answers = answered_value(lang, t, answers)?;
        // A topic of another variant is shown only if it was answered: nothing said is lost.
        if !in_variant && from_answers.is_none() {
            continue;
        }
        let from_profile = match (&from_answers, profile) {
            (None, Some(p)) => profile_value(lang, t, p, today)?,
            _ => None,
        };
        let answered = from_answers.is_some() || from_profile.is_some();
        if !answered {
            missing.push(t.id.clone());
        }
        let value = match from_answers.clone().or(from_profile.clone()) {
            Some(v) => v,
            None => render(lang, "value-not-answered", &BiArgs::new())?,
        };
        let label = render(lang, &format!("label-{}", t.id), &BiArgs::new())?;
        let line = render(lang, "summary-line", &BiArgs::new().bi("label", &label).bi("value", &value))?;
        lines.push(SummaryLine {
            topic: t.id.clone(),
            answered,
            from_profile: from_answers.is_none() && from_profile.is_some(),
            label,
            value,
            line,
        });
    }
    Ok(Summary {
        variant: answers.variant,
        lang,
        title: render(lang, "summary-title", &BiArgs::new())?,
        variant_label: render(lang, &format!("variant-{}", answers.variant.id()), &BiArgs::new())?,
        note: render(lang, "summary-note", &BiArgs::new())?,
        summary_ja: lines.iter().map(|l| l.line.ja.clone()).collect(),
        summary: lines.iter().map(|l| l.line.text.clone()).collect(),
        missing,
        lines,
        reviewed: l10n::is_reviewed(lang),
    })
}

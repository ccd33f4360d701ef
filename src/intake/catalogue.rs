//! `tasukete intake --list`: the variants, their topics and every answer vocabulary.

use super::flow::{choices, Choice};
use super::staff::{self, StaffQuestion};
use super::vocabulary;
use super::words::{render, Bi, BiArgs};
use super::VARIANTS;
use crate::l10n::Lang;
use crate::profile::error::Result;
use serde::Serialize;
use std::collections::BTreeMap;

/// A questionnaire variant.
#[derive(Debug, Clone, Serialize)]
pub struct VariantInfo {
    /// `adult`, `child`, `injury`, `dental` or `pregnancy`.
    pub id: &'static str,
    /// Its name.
    pub label: Bi,
    /// The topics it asks, in order.
    pub topics: Vec<String>,
}

/// A topic.
#[derive(Debug, Clone, Serialize)]
pub struct TopicInfo {
    /// Its id.
    pub id: String,
    /// How it is answered.
    pub kind: String,
    /// Its label.
    pub label: Bi,
    /// The vocabulary of its choices.
    pub list: Option<String>,
    /// The variants that ask it.
    pub variants: Vec<String>,
    /// The profile section that answers it.
    pub profile: Option<String>,
}

/// Everything the questionnaire can ask and answer, in one language.
#[derive(Debug, Clone, Serialize)]
pub struct Catalogue {
    /// The user's language.
    pub lang: Lang,
    /// The variants.
    pub variants: Vec<VariantInfo>,
    /// The topics, in order.
    pub topics: Vec<TopicInfo>,
    /// Every answer list: list name -> its words.
    pub vocabularies: BTreeMap<String, Vec<Choice>>,
    /// The questions of staff mode.
    pub staff: Vec<StaffQuestion>,
}

/// The catalogue in `lang`.
pub fn catalogue(lang: Lang) -> Result<Catalogue> {
    let variants = VARIANTS
        .iter()
        .map(|&id| {
            Ok(VariantInfo {
                id,
                label: render(lang, &format!("variant-{id}"), &BiArgs::new())?,
                topics: vocabulary::topics()
                    .iter()
                    .filter(|t| t.variants.iter().any(|v| v == id))
                    .map(|t| t.id.clone())
                    .collect(),
            })
        })
        .collect::<Result<_>>()?;
    let topics = vocabulary::topics()
        .iter()
        .map(|t| {
            Ok(TopicInfo {
                id: t.id.clone(),
                kind: t.kind.clone(),
                label: render(lang, &format!("label-{}", t.id), &BiArgs::new())?,
                list: t.list.clone(),
                variants: t.variants.clone(),
                profile: t.profile.clone(),
            })
        })
        .collect::<Result<_>>()?;
    let vocabularies =
        vocabulary::list_names().into_iter().map(|l| Ok((l.to_string(), choices(lang, l)?))).collect::<Result<_>>()?;
    Ok(Catalogue { lang, variants, topics, vocabularies, staff: staff::questions(lang)? })
}

//! The "Phrase cards" screen: bilingual cards shown full-screen to staff, their search,
//! and the words the pickers of argument cards offer (body parts, medicines).

use crate::bounds;
use crate::error::{lang, AppResult};
use serde::Serialize;
use std::collections::BTreeMap;
use tasukete::cards::{self, search, Category, RenderedCard};
use tasukete::vocabulary::{self, Label, Term};

/// The most cards a search returns.
const SEARCH_LIMIT: usize = 30;

/// Every card in `lang`, with its Japanese side, in catalogue order.
#[tauri::command]
pub fn card_catalogue(lang: String) -> AppResult<Vec<RenderedCard>> {
    Ok(cards::catalogue(self::lang(&lang)?))
}

/// The card categories, named in `lang`.
#[tauri::command]
pub fn card_categories(lang: String) -> AppResult<Vec<Category>> {
    Ok(cards::categories(self::lang(&lang)?)?)
}

/// One card, its placeholders filled from `args`; without `args`, as the catalogue shows
/// it (an argument card with its blanks, to be filled in).
#[tauri::command]
pub fn card(id: String, lang: String, args: Option<BTreeMap<String, String>>) -> AppResult<RenderedCard> {
    bounds::id("id", &id)?;
    let lang = self::lang(&lang)?;
    Ok(match args {
        Some(args) => {
            bounds::entries("args", args.len())?;
            for (name, value) in &args {
                bounds::id("argument name", name)?;
                // The core checks the value (length, control characters, range) per kind.
                bounds::text(&format!("argument '{name}'"), value, bounds::MAX_TEXT_CHARS)?;
            }
            cards::render(&id, lang, &args)?
        }
        None => cards::blank(&id, lang)?,
    })
}

/// The cards answering what the user typed, best first (with blanks for arguments).
#[tauri::command]
pub fn card_search(lang: String, query: String, limit: Option<f64>) -> AppResult<Vec<RenderedCard>> {
    let limit = bounds::whole("limit", limit, SEARCH_LIMIT, 1, SEARCH_LIMIT)?;
    bounds::text("query", &query, bounds::MAX_QUERY_CHARS)?;
    Ok(search::search_cards(self::lang(&lang)?, &query, limit))
}

/// What the pickers of argument cards offer, named in the user's language and Japanese.
#[derive(Debug, Serialize)]
pub struct Vocabulary {
    /// Body parts in display order, each with its group.
    pub body_parts: Vec<Term>,
    /// The groups body parts are shown in.
    pub body_part_groups: Vec<Label>,
    /// Right, left, both.
    pub sides: Vec<Label>,
    /// Common medicines by their international name.
    pub medicines: Vec<Term>,
}

/// The body parts, sides and medicines the app knows, in `lang`.
#[tauri::command]
pub fn card_vocabulary(lang: String) -> AppResult<Vocabulary> {
    let lang = self::lang(&lang)?;
    Ok(Vocabulary {
        body_parts: vocabulary::body_parts(lang)?,
        body_part_groups: vocabulary::body_part_groups(lang)?,
        sides: vocabulary::sides(lang)?,
        medicines: vocabulary::medicines(lang)?,
    })
}

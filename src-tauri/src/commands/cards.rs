//! The "Phrase cards" screen: bilingual cards shown full-screen to staff.

use crate::error::{lang, AppResult};
use std::collections::BTreeMap;
use tasukete::cards::{self, Category, RenderedCard};

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

/// One card, its placeholders filled from `args`.
#[tauri::command]
pub fn card(id: String, lang: String, args: Option<BTreeMap<String, String>>) -> AppResult<RenderedCard> {
    Ok(cards::render(&id, self::lang(&lang)?, &args.unwrap_or_default())?)
}

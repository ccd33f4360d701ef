//! The "Phrase cards" screen: bilingual cards shown full-screen to staff.

use crate::core_api::content;
use crate::error::AppResult;
use serde_json::Value;
use std::collections::BTreeMap;

/// Every card in `lang`, with its Japanese side.
#[tauri::command]
pub fn card_catalogue(lang: String) -> AppResult<Value> {
    Ok(content::cards(&lang)?)
}

/// One card, its placeholders filled from `args`.
#[tauri::command]
pub fn card(id: String, lang: String, args: Option<BTreeMap<String, String>>) -> AppResult<Value> {
    Ok(content::card(&id, &lang, &args.unwrap_or_default())?)
}

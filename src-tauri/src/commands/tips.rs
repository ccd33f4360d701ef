//! The "Payment & insurance" screen.

use crate::core_api::content;
use crate::error::AppResult;
use serde_json::Value;

/// Payment and insurance tips in `lang`.
#[tauri::command]
pub fn payment_tips(lang: String) -> AppResult<Value> {
    Ok(content::payment_tips(&lang)?)
}

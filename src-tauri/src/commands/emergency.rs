//! The "Emergency" screen: numbers and the 119 script. Compiled into the core, so they
//! work without the dataset.

use crate::core_api::content;
use crate::error::AppResult;
use serde_json::Value;

/// Emergency numbers in `lang`, with the prefecture's own (#7119 ...) when known.
#[tauri::command]
pub fn emergency_numbers(lang: String, pref: Option<u8>) -> AppResult<Value> {
    Ok(content::numbers(&lang, pref)?)
}

/// What the 119 dispatcher asks, filled in with the user's address when known.
#[tauri::command]
pub fn call_script(lang: String, address_ja: Option<String>) -> AppResult<Value> {
    Ok(content::call_script_119(&lang, address_ja.as_deref())?)
}

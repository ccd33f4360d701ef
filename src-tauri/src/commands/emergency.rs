//! The "Emergency" screen: numbers and the 119 script. Compiled into the core, so they
//! work without the dataset.

use crate::error::{lang, AppResult};
use tasukete::emergency::{self, NumberEntry, ScriptLine, Situation, WhatChoice};

/// Emergency numbers in `lang`, with the prefecture's own (#7119 ...) when `pref` is known.
#[tauri::command]
pub fn emergency_numbers(lang: String, pref: Option<u8>) -> AppResult<Vec<NumberEntry>> {
    Ok(emergency::numbers(self::lang(&lang)?, pref)?)
}

/// What the 119 dispatcher asks, each line in Japanese (with reading and romaji) and in
/// `lang`, filled in with what the user has told the app.
#[tauri::command]
pub fn call_script(lang: String, situation: Option<Situation>) -> AppResult<Vec<ScriptLine>> {
    Ok(emergency::call_script_119(self::lang(&lang)?, &situation.unwrap_or_default())?)
}

/// The "what happened" choices for the script.
#[tauri::command]
pub fn what_choices(lang: String) -> AppResult<Vec<WhatChoice>> {
    Ok(emergency::what_choices(self::lang(&lang)?)?)
}

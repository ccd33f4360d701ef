//! The "Emergency" screen: numbers and the 119 script. Compiled into the core, so they
//! work without the dataset.

use crate::bounds;
use crate::error::{lang, AppError, AppResult};
use serde_json::Value;
use tasukete::emergency::{self, NumberEntry, ScriptLine, Situation, WhatChoice};

/// Emergency numbers in `lang`, with the prefecture's own (#7119 ...) when `pref` is known.
#[tauri::command]
pub fn emergency_numbers(lang: String, pref: Option<f64>) -> AppResult<Vec<NumberEntry>> {
    let lang = self::lang(&lang)?;
    // Prefecture codes are 1 (北海道) to 47 (沖縄県).
    let pref = pref.map(|p| bounds::whole("pref", Some(p), 0, 1, 47).map(|p| p as u8)).transpose()?;
    Ok(emergency::numbers(lang, pref)?)
}

/// What the 119 dispatcher asks, each line in Japanese (with reading and romaji) and in
/// `lang`, filled in with what the user has told the app.
#[tauri::command]
pub fn call_script(lang: String, situation: Option<Value>) -> AppResult<Vec<ScriptLine>> {
    let lang = self::lang(&lang)?;
    Ok(emergency::call_script_119(lang, &checked_situation(situation)?)?)
}

/// The webview's situation, checked: known fields only, free text bounded, a real age.
pub fn checked_situation(situation: Option<Value>) -> AppResult<Situation> {
    let situation: Situation = match situation {
        Some(v) if !v.is_null() => bounds::document("situation", v)?,
        _ => Situation::default(),
    };
    for (field, v) in [
        ("situation.address", &situation.address),
        ("situation.landmark", &situation.landmark),
        ("situation.place", &situation.place),
        ("situation.name", &situation.name),
        ("situation.callback", &situation.callback),
    ] {
        if let Some(v) = v {
            bounds::text(field, v, bounds::MAX_TEXT_CHARS)?;
        }
    }
    if situation.age.is_some_and(|a| a > 130) {
        return Err(AppError::InvalidArgument("situation.age must be from 0 to 130 years".into()));
    }
    Ok(situation)
}

/// The "what happened" choices for the script.
#[tauri::command]
pub fn what_choices(lang: String) -> AppResult<Vec<WhatChoice>> {
    Ok(emergency::what_choices(self::lang(&lang)?)?)
}

//! "I am near Shinjuku": stations and places by name, in any of the app's languages.

use crate::error::{AppError, AppResult};
use crate::state::GuideState;
use serde_json::Value;
use tauri::State;

/// Places whose names start with or contain `query`, best first.
#[tauri::command]
pub fn places(query: String, k: Option<usize>, guide: State<'_, GuideState>) -> AppResult<Vec<Value>> {
    let query = query.trim();
    if query.is_empty() {
        return Err(AppError::InvalidArgument("type part of a station or place name".into()));
    }
    let k = k.unwrap_or(10).clamp(1, 50);
    guide.with(|g| {
        g.places(query, k)?.into_iter().map(|p| serde_json::to_value(p).map_err(|e| AppError::Internal(e.to_string()))).collect()
    })
}

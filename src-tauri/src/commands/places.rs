//! "I am near Shinjuku": stations and places by name, in any of the app's languages.

use crate::error::{AppError, AppResult};
use crate::state::GuideState;
use tasukete::places::Place;
use tauri::State;

/// Places whose names start with or contain `query`, best first.
#[tauri::command]
pub fn places(query: String, k: Option<usize>, guide: State<'_, GuideState>) -> AppResult<Vec<Place>> {
    let query = query.trim();
    if query.is_empty() {
        return Err(AppError::InvalidArgument("type part of a station or place name".into()));
    }
    let k = k.unwrap_or(10).clamp(1, 50);
    guide.with(|g| Ok(g.places(query, k)?))
}

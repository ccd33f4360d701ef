//! "I am near Shinjuku": stations and places by name, in any of the app's languages.

use crate::error::{AppError, AppResult};
use crate::state::GuideState;
use tasukete::places::Place;
use tauri::State;

/// The most places one call returns.
pub const MAX_PLACES: usize = 50;

/// Places whose names start with or contain `query`, best first.
#[tauri::command]
pub fn places(query: String, k: Option<f64>, guide: State<'_, GuideState>) -> AppResult<Vec<Place>> {
    let k = crate::bounds::whole("k", k, 10, 1, MAX_PLACES)?;
    let query = crate::bounds::text("query", &query, crate::bounds::MAX_QUERY_CHARS)?.trim();
    if query.is_empty() {
        return Err(AppError::InvalidArgument("type part of a station or place name".into()));
    }
    guide.with(|g| Ok(g.places(query, k)?))
}

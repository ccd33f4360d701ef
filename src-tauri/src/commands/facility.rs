//! The "Facility" screen: one facility with its schedule, and the taxi card's address.

use crate::error::{AppError, AppResult};
use crate::state::GuideState;
use serde_json::Value;
use tauri::State;

/// A facility by its source ID (MHLW: 13 digits).
#[tauri::command]
pub fn facility(id: String, guide: State<'_, GuideState>) -> AppResult<Value> {
    if id.is_empty() || id.len() > 32 || !id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') {
        return Err(AppError::InvalidArgument(format!("'{id}' is not a facility ID")));
    }
    guide.with(|g| serde_json::to_value(g.facility(&id)?).map_err(|e| AppError::Internal(e.to_string())))
}

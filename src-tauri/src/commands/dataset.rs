//! The "Data sources" screen: schema version, build date, sources with credits, counts.

use crate::error::AppResult;
use crate::state::GuideState;
use serde_json::Value;
use tauri::State;

/// The dataset's metadata, or why there is no dataset.
#[tauri::command]
pub fn dataset_info(guide: State<'_, GuideState>) -> AppResult<Value> {
    guide.with(|g| Ok(serde_json::to_value(g.info()).map_err(|e| crate::error::AppError::Internal(e.to_string()))?))
}

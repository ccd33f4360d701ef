//! The "Data sources" screen: schema version, build date, sources with credits, counts.

use crate::error::AppResult;
use crate::state::GuideState;
use tasukete::dataset::DatasetInfo;
use tauri::State;

/// The dataset's metadata, or why there is no dataset.
#[tauri::command]
pub fn dataset_info(guide: State<'_, GuideState>) -> AppResult<DatasetInfo> {
    guide.with(|g| Ok(g.info().clone()))
}

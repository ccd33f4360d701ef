//! "Where am I": the card at the top of the Emergency screen, read to a dispatcher or
//! shown to a taxi driver.

use crate::commands::nearby::position_of;
use crate::error::AppResult;
use crate::state::GuideState;
use tasukete::where_am_i::WhereAmI;
use tauri::State;

/// Prefecture, municipality, nearest 町丁目 and station of a position. At sea or outside
/// Japan: an `invalid-position` error.
#[tauri::command]
pub fn where_am_i(
    lat: Option<serde_json::Value>,
    lon: Option<serde_json::Value>,
    guide: State<'_, GuideState>,
) -> AppResult<WhereAmI> {
    let at = position_of(crate::bounds::number("lat", lat)?, crate::bounds::number("lon", lon)?)?;
    guide.with(|g| Ok(g.where_am_i(at)?))
}

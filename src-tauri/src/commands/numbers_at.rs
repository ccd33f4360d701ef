//! The help numbers for where the user is: the advice lines that run there (#7119 or its
//! local equivalent, #8000 with the prefecture's hours), each with its date and certainty.

use crate::commands::nearby::position_of;
use crate::error::{lang, AppResult};
use crate::state::GuideState;
use tasukete::advice_lines::{self, PlaceNumber};
use tauri::State;

/// The numbers for the place at `lat`,`lon`, in `lang`.
#[tauri::command]
pub fn numbers_at(
    lang: String,
    lat: Option<serde_json::Value>,
    lon: Option<serde_json::Value>,
    guide: State<'_, GuideState>,
) -> AppResult<Vec<PlaceNumber>> {
    let lang = self::lang(&lang)?;
    let at = position_of(crate::bounds::number("lat", lat)?, crate::bounds::number("lon", lon)?)?;
    let place = guide.with(|g| Ok(g.where_am_i(at)?))?;
    Ok(advice_lines::numbers_at(lang, place.prefecture.code, &place.municipality.ja)?)
}

//! The 119 script with the address line filled from the position ("…付近、…駅の北約200メートル").

use crate::commands::emergency::checked_situation;
use crate::commands::nearby::position_of;
use crate::error::{lang, AppResult};
use crate::state::GuideState;
use tasukete::emergency::{self, ScriptLine};
use tauri::State;

/// The script in `lang`; with a position on land the address line names the place, at sea
/// or without a dataset the landmark and utility-pole lines stay.
#[tauri::command]
pub fn call_script_at(
    lang: String,
    lat: Option<serde_json::Value>,
    lon: Option<serde_json::Value>,
    situation: Option<serde_json::Value>,
    guide: State<'_, GuideState>,
) -> AppResult<Vec<ScriptLine>> {
    let lang = self::lang(&lang)?;
    let at = position_of(crate::bounds::number("lat", lat)?, crate::bounds::number("lon", lon)?)?;
    let mut situation = checked_situation(situation)?;
    if situation.place.is_none() {
        let w = guide.with(|g| Ok(g.where_am_i(at)?)).ok();
        situation.place_romaji = w.as_ref().and_then(|w| w.spoken_romaji.clone());
        situation.place = w.map(|w| w.spoken_ja);
    }
    Ok(emergency::call_script_119(lang, &situation)?)
}

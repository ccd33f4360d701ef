//! Stations for the offline map: those inside the visible box, named in every language
//! the dataset has (the UI picks the user's).

use crate::error::{AppError, AppResult};
use crate::state::GuideState;
use serde::Deserialize;
use serde_json::Value;
use tasukete::places::Place;
use tauri::State;

/// The most stations one call returns; the map asks only when zoomed in to a district.
pub const MAX_STATIONS: usize = 300;

/// A lat/lon box, degrees; `null` (JavaScript's NaN) is refused.
#[derive(Debug, Clone, Copy, Deserialize)]
pub struct Bounds {
    /// Southern edge.
    pub south: Option<f64>,
    /// Western edge.
    pub west: Option<f64>,
    /// Northern edge.
    pub north: Option<f64>,
    /// Eastern edge.
    pub east: Option<f64>,
}

/// Stations inside `bounds`, at most [`MAX_STATIONS`] (in dataset order).
#[tauri::command]
pub fn stations_in(bounds: Value, guide: State<'_, GuideState>) -> AppResult<Vec<Place>> {
    let Bounds { south, west, north, east } = crate::bounds::document("bounds", bounds)?;
    let nan = f64::NAN;
    let (south, west, north, east) =
        (south.unwrap_or(nan), west.unwrap_or(nan), north.unwrap_or(nan), east.unwrap_or(nan));
    let ok = [south, west, north, east].iter().all(|v| v.is_finite())
        && south <= north
        && west <= east
        && (-90.0..=90.0).contains(&south)
        && (-90.0..=90.0).contains(&north);
    if !ok {
        return Err(AppError::InvalidPosition(format!("{south},{west} .. {north},{east} is not a box on the map")));
    }
    Ok(guide
        .stations()?
        .iter()
        .filter(|p| (south..=north).contains(&p.lat) && (west..=east).contains(&p.lon))
        .take(MAX_STATIONS)
        .cloned()
        .collect())
}

//! The "Nearby" screen: the nearest suitable facilities, filtered while searching.

use crate::bounds;
use crate::error::{AppError, AppResult};
use crate::state::{GuideState, Overrides};
use serde::Deserialize;
use serde_json::Value;
use tasukete::facility::{Department, FacilityKind};
use tasukete::geo::LatLon;
use tasukete::{NearQuery, NearResult};
use tauri::State;

/// The most results one call returns (the core's limit).
pub const MAX_K: usize = tasukete::guide::MAX_K;

/// What the UI asks for. Units: degrees and metres.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct NearbyArgs {
    /// Latitude of the user, degrees (`null`, as JavaScript sends NaN, is refused).
    pub lat: Option<f64>,
    /// Longitude of the user, degrees.
    pub lon: Option<f64>,
    /// How many results, 1..=[`MAX_K`]; default 30.
    pub k: Option<f64>,
    /// Search radius in metres.
    pub radius_m: Option<f64>,
    /// A department category id (`pediatrics` ...).
    pub department: Option<String>,
    /// Only facilities open now (by the app's clock, Japan time).
    #[serde(default)]
    pub open_now: bool,
    /// Only those with an emergency department.
    #[serde(default)]
    pub emergency_only: bool,
    /// `hospital`, `clinic`, `dental` or `pharmacy`.
    pub kind: Option<String>,
    /// With `open_now`: also facilities whose hours are not published.
    #[serde(default)]
    pub include_unknown_hours: bool,
}

/// Checks a position from the webview: in range, and 0,0 means "no fix", not a place.
pub fn position(lat: f64, lon: f64) -> AppResult<LatLon> {
    if lat == 0.0 && lon == 0.0 {
        return Err(AppError::InvalidPosition("0,0 is no position fix, not a place".into()));
    }
    Ok(LatLon::new(lat, lon)?)
}

/// A position as the webview sends it: `null` is what JavaScript makes of NaN.
pub fn position_of(lat: Option<f64>, lon: Option<f64>) -> AppResult<LatLon> {
    match (lat, lon) {
        (Some(lat), Some(lon)) => position(lat, lon),
        _ => Err(AppError::InvalidPosition("latitude and longitude must both be numbers".into())),
    }
}

/// Builds the core query from the UI's arguments.
pub fn query(args: &NearbyArgs, overrides: &Overrides) -> AppResult<NearQuery> {
    let k = bounds::whole("k", args.k, 30, 1, MAX_K)?;
    for (field, v) in [("department", &args.department), ("kind", &args.kind)] {
        if let Some(v) = v {
            bounds::text(field, v, bounds::MAX_ID_CHARS)?;
        }
    }
    if let Some(r) = args.radius_m {
        if !(r.is_finite() && r > 0.0) {
            return Err(AppError::InvalidArgument(format!("radius {r} m is not a positive distance")));
        }
    }
    let department = args.department.as_deref().map(str::parse::<Department>).transpose()?;
    let kind = args.kind.as_deref().map(str::parse::<FacilityKind>).transpose()?;
    Ok(NearQuery {
        at: position_of(args.lat, args.lon)?,
        k,
        radius_m: args.radius_m,
        department,
        open_at: args.open_now.then(|| overrides.now()),
        emergency_only: args.emergency_only,
        kind,
        include_unknown_hours: args.include_unknown_hours,
    })
}

/// Nearest facilities first, with distance (m), bearing (degrees from north) and open state.
#[tauri::command]
pub fn nearby(
    args: Value,
    guide: State<'_, GuideState>,
    overrides: State<'_, Overrides>,
) -> AppResult<Vec<NearResult>> {
    let args: NearbyArgs = bounds::document("args", args)?;
    let q = query(&args, &overrides)?;
    guide.with(|g| Ok(g.near(&q, overrides.now())?))
}

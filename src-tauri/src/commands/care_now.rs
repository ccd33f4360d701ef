//! The night and holiday answer for Nearby: open care within the limit, or "nothing open
//! nearby" with the nearest emergency care, the advice lines and 119.

use crate::commands::nearby::position_of;
use crate::error::{lang, AppResult};
use crate::state::{GuideState, Overrides};
use tasukete::care_now::{self, CareNow, CareNowQuery};
use tasukete::facility::Department;
use tauri::State;

/// Care now at `lat`,`lon` for `department` (optional), by the app's clock.
#[tauri::command]
pub fn care_now(
    lang: String,
    lat: Option<serde_json::Value>,
    lon: Option<serde_json::Value>,
    department: Option<String>,
    child: Option<bool>,
    guide: State<'_, GuideState>,
    overrides: State<'_, Overrides>,
) -> AppResult<CareNow> {
    let lang = self::lang(&lang)?;
    let at = position_of(crate::bounds::number("lat", lat)?, crate::bounds::number("lon", lon)?)?;
    if let Some(d) = &department {
        crate::bounds::text("department", d, crate::bounds::MAX_ID_CHARS)?;
    }
    let department = department.as_deref().filter(|d| !d.is_empty()).map(str::parse::<Department>).transpose()?;
    let q = CareNowQuery { at, department, when: overrides.now(), child: child.unwrap_or(false), lang, k: 10 };
    guide.with(|g| Ok(care_now::care_now(g, &q)?))
}

//! The clock and position the app starts with (test overrides), never a guessed place.

use crate::state::Overrides;
use serde::Serialize;
use tauri::State;

/// The test overrides read at start; both `null` in normal use.
#[tauri::command]
pub fn test_overrides(overrides: State<'_, Overrides>) -> Overrides {
    overrides.inner().clone()
}

/// Now, in Japan time, with the weekday the schedules use.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Clock {
    /// RFC 3339 with +09:00.
    pub now: String,
    /// 0 = Monday .. 6 = Sunday, in Japan.
    pub weekday: u32,
}

/// The clock the app judges "open now" by.
#[tauri::command]
pub fn clock(overrides: State<'_, Overrides>) -> Clock {
    use chrono::Datelike;
    let now = overrides.now();
    Clock { now: now.to_rfc3339(), weekday: now.weekday().num_days_from_monday() }
}

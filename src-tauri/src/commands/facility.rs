//! The "Facility" screen: one facility, its open state now, today's and the coming
//! week's hours (the core's evaluation, by date, so holidays and closing days count).

use crate::error::{AppError, AppResult};
use crate::state::{GuideState, Overrides};
use chrono::{Duration, NaiveDate};
use serde::Serialize;
use tasukete::facility::{Department, Facility};
use tasukete::hours::{DayHours, DepartmentHours, OpenState};
use tauri::State;

/// How many days the week view shows, today first.
pub const WEEK_DAYS: i64 = 7;

/// Everything the screen shows about one facility.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct FacilityView {
    /// Names, address, phone, position, departments, as the dataset holds them.
    pub facility: Facility,
    /// Open now (by the app's clock) for `department`, or for any department.
    pub open: OpenState,
    /// Today and the next days, in Japan.
    pub week: Vec<DayHours>,
    /// Per-department hours as the source lists them (MHLW names in Japanese).
    pub departments: Vec<DepartmentHours>,
    /// その他の休診日 as written.
    pub closed_days_text: Option<String>,
    /// The phone grouped as Japan writes it where certain (03-3342-6111).
    pub phone_display: Option<String>,
    /// Emergency care now, apart from the outpatient hours, with its sources.
    pub emergency_care: tasukete::emergency_care::EmergencyCare,
}

/// Checks an ID before it reaches the dataset: the MHLW's are 1 to 13 letters and digits.
pub fn check_id(id: &str) -> AppResult<()> {
    if id.is_empty() || id.len() > 32 || !id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') {
        return Err(AppError::InvalidArgument(format!("'{}' is not a facility ID", crate::bounds::excerpt(id))));
    }
    Ok(())
}

/// A facility by its source ID; `department` narrows the open state and hours.
#[tauri::command]
pub fn facility(
    id: String,
    department: Option<String>,
    guide: State<'_, GuideState>,
    overrides: State<'_, Overrides>,
) -> AppResult<FacilityView> {
    check_id(&id)?;
    if let Some(d) = &department {
        crate::bounds::text("department", d, crate::bounds::MAX_ID_CHARS)?;
    }
    let dept = department.as_deref().filter(|d| !d.is_empty()).map(str::parse::<Department>).transpose()?;
    let now = overrides.now();
    guide.with(|g| {
        let tasukete::FacilityDetail { facility, schedule } = g.facility(&id)?;
        let today: NaiveDate = now.date_naive();
        let week = (0..WEEK_DAYS).map(|i| schedule.day_hours(today + Duration::days(i), dept)).collect();
        let listed = facility.departments.contains(Department::Emergency);
        let emergency_care = tasukete::emergency_care::emergency_care(&schedule, facility.emergency, listed, now);
        Ok(FacilityView {
            phone_display: facility.phone.as_deref().map(tasukete::phone::display),
            emergency_care,
            open: schedule.state_at(now, dept),
            week,
            closed_days_text: schedule.closing.other_text.clone(),
            departments: schedule.departments,
            facility,
        })
    })
}

//! Emergency care apart from outpatient hours.
//!
//! A hospital's outpatient state (its departments' published hours) and whether its
//! emergency room takes patients are two different answers. Emergency care is "open" only
//! where the source publishes emergency-department hours (救急科, 救急集中治療科, 小児救急科 ...)
//! that cover the instant, 24-hour windows included. Otherwise, for a facility with an
//! emergency department, acceptance at that hour is not published: call before going.
//! It is never "closed" because of department hours: a 救急科 row with daytime hours is
//! that department's clinic, and a wrong "closed" at night sends a patient farther.

use crate::facility::Department;
use crate::hours::{DepartmentHours, Schedule, HOLIDAY};
use chrono::{DateTime, Datelike, FixedOffset, TimeZone, Timelike};
use serde::Serialize;

/// Where the emergency-department answer comes from and how old it is.
pub const GMIS_DATE: &str = "2021-09-20";

/// Whether the source's department row is an emergency department.
pub fn is_emergency_department(d: &DepartmentHours) -> bool {
    d.category == Department::Emergency || d.name_ja.contains("救急")
}

/// The emergency departments of a schedule, with the facility's closing rules.
fn emergency_part(schedule: &Schedule) -> Option<Schedule> {
    let departments: Vec<DepartmentHours> =
        schedule.departments.iter().filter(|d| is_emergency_department(d)).cloned().collect();
    (!departments.is_empty()).then(|| Schedule { departments, closing: schedule.closing.clone() })
}

/// `Some(true)` when published emergency-department hours cover `at` (Japan time);
/// `None` otherwise (not published: call first). Never `Some(false)`.
///
/// A 24-hour window (written `00:00`-`00:00`, `00:00`-`23:59`, `08:30`-`08:30`) counts
/// whatever the facility's closing days say: those describe outpatient care, and a
/// round-the-clock emergency room does not close for the new year.
pub fn emergency_open<Z: TimeZone>(schedule: &Schedule, at: DateTime<Z>) -> Option<bool> {
    let part = emergency_part(schedule)?;
    if part.open_at(at.clone(), None) == Some(true) || round_the_clock_covers(&part, at) {
        return Some(true);
    }
    None
}

/// Whether a published 24-hour (or longer) emergency window covers `at`, today's or one
/// running on from yesterday.
fn round_the_clock_covers<Z: TimeZone>(part: &Schedule, at: DateTime<Z>) -> bool {
    let local = at.with_timezone(&chrono_tz::Asia::Tokyo);
    let date = local.date_naive();
    let minute = (local.num_seconds_from_midnight() / 60) as u16;
    let column = |d: chrono::NaiveDate| match crate::holidays::holiday_name(d) {
        Some(_) => HOLIDAY,
        None => d.weekday().num_days_from_monday() as usize,
    };
    let long = |d: &DepartmentHours, col: usize| {
        d.reception.0[col]
            .iter()
            .chain(d.consultation.0[col].iter())
            .filter(|w| w.end >= w.start + 1439 && w.start < 1440)
            .copied()
            .collect::<Vec<_>>()
    };
    let today = column(date);
    let yesterday = date.pred_opt().map(column);
    part.departments.iter().any(|d| {
        long(d, today).iter().any(|w| w.start <= minute && minute < w.end)
            || yesterday.is_some_and(|col| long(d, col).iter().any(|w| w.end > 1440 && minute < w.end - 1440))
    })
}

/// Whether the published emergency hours are 24 hours on every column (Mon..Sun and 祝).
pub fn round_the_clock(schedule: &Schedule) -> bool {
    let Some(part) = emergency_part(schedule) else { return false };
    (0..8).all(|col| {
        part.departments
            .iter()
            .any(|d| d.reception.0[col].iter().chain(d.consultation.0[col].iter()).any(|w| w.end >= w.start + 1439))
    })
}

/// Emergency care at one facility at one instant, for its screen: kept apart from the
/// outpatient hours, each answer with its source.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct EmergencyCare {
    /// Has an emergency department: true by either source, else the G-MIS answer (false or
    /// null when it did not answer).
    pub department: Option<bool>,
    /// The G-MIS answer ([`GMIS_DATE`]), if any.
    pub gmis: Option<bool>,
    /// Whether the MHLW department list (2025-06) names an emergency department.
    pub listed: bool,
    /// Whether the source publishes emergency-department hours at all.
    pub hours_published: bool,
    /// Published as 24 hours on every day, holidays included.
    pub round_the_clock: bool,
    /// At the instant: true when published hours cover it, null otherwise (call first).
    pub open: Option<bool>,
}

/// Emergency care for a facility with G-MIS answer `gmis`, departments `listed`.
pub fn emergency_care<Z: TimeZone>(
    schedule: &Schedule,
    gmis: Option<bool>,
    listed: bool,
    at: DateTime<Z>,
) -> EmergencyCare {
    let hours_published = emergency_part(schedule).is_some();
    let department = if gmis == Some(true) || listed || hours_published { Some(true) } else { gmis };
    EmergencyCare {
        department,
        gmis,
        listed,
        hours_published,
        round_the_clock: round_the_clock(schedule),
        open: emergency_open(schedule, at),
    }
}

/// Japan time, for callers that hold a UTC instant.
pub fn jst() -> FixedOffset {
    FixedOffset::east_opt(9 * 3600).expect("+09:00 is a valid offset")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::hours::{ClosingRules, WeekWindows, Window};

    fn dept(name: &str, category: Department, windows: [Vec<Window>; 8]) -> DepartmentHours {
        DepartmentHours {
            code: "09010".into(),
            name_ja: name.into(),
            category,
            consultation: WeekWindows(windows),
            reception: WeekWindows::default(),
            doubtful_days: 0,
        }
    }

    fn at(s: &str) -> DateTime<FixedOffset> {
        DateTime::parse_from_rfc3339(s).unwrap()
    }

    fn every(w: Window) -> [Vec<Window>; 8] {
        std::array::from_fn(|_| vec![w])
    }

    #[test]
    fn twenty_four_hours_is_open_at_night_and_on_new_year_even_when_outpatients_close() {
        let mut closing = ClosingRules::default();
        closing.weekly_open[6] = Some(false);
        closing.holiday_open = Some(false);
        closing.other_closed = vec![crate::hours::YearlyRange {
            from: crate::hours::MonthDay { month: 12, day: 29 },
            to: crate::hours::MonthDay { month: 1, day: 3 },
            certainty: crate::hours::Certainty::Closed,
        }];
        let s = Schedule {
            departments: vec![
                dept("内科", Department::InternalMedicine, {
                    let mut w = every(Window::new(540, 1020));
                    w[6].clear();
                    w[7].clear();
                    w
                }),
                dept("救急科", Department::Emergency, every(Window::new(0, 1440))),
            ],
            closing,
        };
        // Sunday 03:00 and 1 January 03:00 (a holiday, inside 年末年始).
        assert_eq!(emergency_open(&s, at("2026-12-06T03:00:00+09:00")), Some(true));
        assert_eq!(emergency_open(&s, at("2027-01-01T03:00:00+09:00")), Some(true));
        assert_eq!(s.open_at(at("2026-12-06T03:00:00+09:00"), Some(Department::InternalMedicine)), Some(false));
        assert!(round_the_clock(&s));
    }

    #[test]
    fn daytime_emergency_department_hours_never_make_emergency_care_closed() {
        let s = Schedule {
            departments: vec![dept("救急科", Department::Emergency, every(Window::new(540, 1020)))],
            closing: ClosingRules::default(),
        };
        assert_eq!(emergency_open(&s, at("2026-12-08T10:00:00+09:00")), Some(true));
        assert_eq!(emergency_open(&s, at("2026-12-08T03:00:00+09:00")), None);
        assert!(!round_the_clock(&s));
        let none = Schedule::default();
        assert_eq!(emergency_open(&none, at("2026-12-08T03:00:00+09:00")), None);
    }

    #[test]
    fn overnight_windows_carry_into_the_next_morning() {
        let s = Schedule {
            departments: vec![dept("小児救急科", Department::Pediatrics, every(Window::new(1020, 510 + 1440)))],
            closing: ClosingRules::default(),
        };
        assert_eq!(emergency_open(&s, at("2026-12-08T03:00:00+09:00")), Some(true));
        assert_eq!(emergency_open(&s, at("2026-12-08T12:00:00+09:00")), None);
    }

    #[test]
    fn the_facility_answer_names_its_sources() {
        let s = Schedule::default();
        let c = emergency_care(&s, Some(true), false, at("2026-12-06T03:00:00+09:00"));
        assert_eq!((c.department, c.gmis, c.open, c.hours_published), (Some(true), Some(true), None, false));
        let c = emergency_care(&s, None, false, at("2026-12-06T03:00:00+09:00"));
        assert_eq!(c.department, None);
    }
}

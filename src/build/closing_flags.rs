//! The facility sheet's closing flags (毎週決まった曜日に休診, 決まった週に休診, 祝日に休診).
//!
//! Their column names say "closed on", but on the real sheet `1` goes with days that have
//! hours in the hours file and `0` with days that have none, on about 95 % of hospitals.
//! The builder does not assume either reading: it compares each weekly flag with whether
//! the hours file lists any window that weekday, under both readings, and takes the one
//! that agrees more (recorded in the dataset's metadata). The schedule evaluation then
//! treats a remaining disagreement as "unknown", never as "open".

use super::mhlw::SheetFacility;
use crate::dataset::info::ClosingFlagsReport;
use crate::hours::{ClosingRules, DepartmentHours};

/// `1` = has hours that day.
pub const INVERTED: &str = "inverted";
/// `1` = closed that day, as the column names say.
pub const LITERAL: &str = "literal";

fn has_hours(depts: &[DepartmentHours], day: usize) -> bool {
    depts.iter().any(|d| !d.consultation.0[day].is_empty() || !d.reception.0[day].is_empty())
}

/// Agreement of the weekly flags with the hours file under both readings.
pub fn measure(sheet: &[SheetFacility], hours: &[Vec<DepartmentHours>]) -> ClosingFlagsReport {
    let (mut compared, mut literal, mut inverted) = (0u64, 0u64, 0u64);
    for (f, depts) in sheet.iter().zip(hours) {
        if depts.is_empty() {
            continue;
        }
        for day in 0..7 {
            let Some(flag) = f.weekly[day] else { continue };
            compared += 1;
            let open = has_hours(depts, day);
            if flag == open {
                inverted += 1;
            }
            if flag != open {
                literal += 1;
            }
        }
    }
    let share = |n: u64| if compared == 0 { 0.0 } else { n as f64 / compared as f64 };
    ClosingFlagsReport {
        reading: if inverted >= literal { INVERTED } else { LITERAL }.into(),
        compared,
        agreement_literal: share(literal),
        agreement_inverted: share(inverted),
    }
}

/// The flags as "has hours that day" (`Some(true)`) / "closed" (`Some(false)`).
pub fn decode(f: &SheetFacility, inverted: bool) -> ClosingRules {
    let read = |flag: Option<bool>| flag.map(|v| if inverted { v } else { !v });
    ClosingRules {
        weekly_open: f.weekly.map(read),
        nth_week_open: f.nth_week.map(|w| w.map(read)),
        holiday_open: read(f.holiday),
        other_text: f.other_closed_text.clone(),
        other_closed: Vec::new(),
    }
}

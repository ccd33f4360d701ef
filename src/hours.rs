//! Weekly schedules, closing days and holidays -> open now / next opening, in Asia/Tokyo.
//!
//! The MHLW hours file gives, per department and per column (Mon..Sun and 祝 = national
//! holiday), the consultation (診療) and outpatient reception (外来受付) windows, in up to
//! three time bands. The facility sheet adds closing flags; see [`ClosingRules`].

use crate::facility::Department;
use serde::{Deserialize, Serialize};

/// Column index of the national-holiday (祝) schedule in [`WeekWindows`].
pub const HOLIDAY: usize = 7;

/// A time window in minutes after 00:00 Japan time. `end` may exceed 1440 for a window
/// that runs past midnight (the source writes 08:30-00:15).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Window {
    /// Start, minutes after midnight.
    pub start: u16,
    /// End (exclusive), minutes after the same midnight; may be > 1440.
    pub end: u16,
}

/// Windows for Monday..Sunday (0..=6) and national holidays ([`HOLIDAY`] = 7).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct WeekWindows(pub [Vec<Window>; 8]);

/// One department's hours at one facility.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DepartmentHours {
    /// The MHLW 5-digit department code.
    pub code: String,
    /// The MHLW department name (診療科目名).
    pub name_ja: String,
    /// Patient-facing category.
    pub category: Department,
    /// 診療 windows.
    pub consultation: WeekWindows,
    /// 外来受付 windows.
    pub reception: WeekWindows,
}

/// A month and day, for closing days that recur every year.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct MonthDay {
    /// 1..=12.
    pub month: u8,
    /// 1..=31.
    pub day: u8,
}

/// How sure a parsed closing period is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Certainty {
    /// The text names these dates: closed.
    Closed,
    /// The text names a season with no dates (お盆, GW): the state is unknown.
    Approximate,
}

/// A closing period that recurs every year, inclusive at both ends; `from > to` wraps
/// over the new year (12-29 .. 01-03).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct YearlyRange {
    /// First closed day.
    pub from: MonthDay,
    /// Last closed day.
    pub to: MonthDay,
    /// Whether the text gave these dates or only a season.
    pub certainty: Certainty,
}

/// The facility sheet's closing information, decoded.
///
/// The sheet's flags read inverted against the hours file (measured by the builder,
/// see `build::mhlw`): here they are stored with their measured meaning, `Some(true)`
/// = "has hours that day", `Some(false)` = "closed that day", `None` = not given.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ClosingRules {
    /// Per weekday Mon..Sun.
    pub weekly_open: [Option<bool>; 7],
    /// Per n-th week of the month (1st..5th) and weekday Mon..Sun.
    pub nth_week_open: [[Option<bool>; 7]; 5],
    /// Whether it sees patients on national holidays.
    pub holiday_open: Option<bool>,
    /// その他の休診日, as written.
    pub other_text: Option<String>,
    /// The parts of `other_text` that could be parsed.
    pub other_closed: Vec<YearlyRange>,
}

/// Everything needed to say whether a facility is open.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Schedule {
    /// One entry per department the source lists.
    pub departments: Vec<DepartmentHours>,
    /// Closing days.
    pub closing: ClosingRules,
}

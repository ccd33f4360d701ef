//! Weekly schedules, closing days and holidays -> open now / next opening, in Asia/Tokyo.
//!
//! The MHLW hours file gives, per department and per column (Mon..Sun and 祝 = national
//! holiday), the consultation (診療) and outpatient reception (外来受付) windows, in up to
//! three time bands. The facility sheet adds closing flags; see [`ClosingRules`].

use crate::facility::Department;
use crate::holidays::{self, Holiday};
use chrono::{DateTime, Datelike, Days, FixedOffset, NaiveDate, NaiveDateTime, Offset, TimeZone, Timelike};
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
    /// Columns (bit `1 << column`, Monday = bit 0, 祝 = bit 7) where the source gave a
    /// window the builder could not read (00:00-00:00, 13:30-12:00): that day is unknown
    /// for this department, never "closed".
    #[serde(default)]
    pub doubtful_days: u8,
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

// ---------------------------------------------------------------------------------------
// Evaluation
// ---------------------------------------------------------------------------------------

/// How far ahead [`Schedule::state_at`] looks for the next opening, and how far it follows
/// an opening that never ends (a 24-hour department is reported open "until" this horizon).
pub const HORIZON_DAYS: u64 = 14;

const DAY_SECS: i64 = 86_400;
const MINUTES_PER_DAY: u16 = 1440;

impl Window {
    /// A window from `start` to `end`, in minutes after midnight.
    pub const fn new(start: u16, end: u16) -> Self {
        Window { start, end }
    }

    /// Usable: non-empty and starting within its day. Evaluation skips anything else, so a
    /// broken source row can make a department look closed but never open at random.
    fn valid(self) -> bool {
        self.start < self.end && self.start < MINUTES_PER_DAY
    }
}

impl MonthDay {
    /// The month and day of a date.
    pub fn of(date: NaiveDate) -> Self {
        MonthDay { month: date.month() as u8, day: date.day() as u8 }
    }
}

impl YearlyRange {
    /// Whether the range covers `md`, wrapping over the new year when `from > to`.
    pub fn contains(&self, md: MonthDay) -> bool {
        if self.from <= self.to {
            self.from <= md && md <= self.to
        } else {
            md >= self.from || md <= self.to
        }
    }
}

/// Open, closed or unknown at an instant, with the next change that matters to a patient.
/// Times are in Japan time (+09:00) whatever the caller's zone.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "state", rename_all = "kebab-case")]
pub enum OpenState {
    /// Inside a window; `until` is when the (merged) window ends, capped at [`HORIZON_DAYS`].
    Open {
        /// End of the current run of windows.
        until: DateTime<FixedOffset>,
    },
    /// Closed; `next_open` is the next opening within [`HORIZON_DAYS`], if any.
    Closed {
        /// Next opening, if within the horizon.
        next_open: Option<DateTime<FixedOffset>>,
    },
    /// The sources disagree or do not say; `next_open` as for `Closed`.
    Unknown {
        /// Next instant known to be open, if within the horizon.
        next_open: Option<DateTime<FixedOffset>>,
    },
}

impl OpenState {
    /// `Some(true)` open, `Some(false)` closed, `None` unknown (the CLI's `open` field).
    pub fn open(&self) -> Option<bool> {
        match self {
            OpenState::Open { .. } => Some(true),
            OpenState::Closed { .. } => Some(false),
            OpenState::Unknown { .. } => None,
        }
    }

    /// The next opening when not open now.
    pub fn next_open(&self) -> Option<DateTime<FixedOffset>> {
        match self {
            OpenState::Open { .. } => None,
            OpenState::Closed { next_open } | OpenState::Unknown { next_open } => *next_open,
        }
    }
}

/// Why a whole day is closed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "cause", rename_all = "kebab-case")]
pub enum ClosedReason {
    /// その他の休診日 names this day.
    OtherClosedDays {
        /// The range that covers it.
        range: YearlyRange,
    },
    /// Closed on this weekday of the n-th week of the month.
    NthWeek {
        /// 1..=5 (days 1-7 are week 1).
        week: u8,
    },
    /// The weekly flag says closed and no window is listed.
    WeeklyFlag,
    /// The holiday flag says closed and no window is listed in the 祝 column.
    HolidayFlag,
    /// The hours list no window for this day.
    NoWindows,
}

/// Why a day's state is unknown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "cause", rename_all = "kebab-case")]
pub enum UnknownReason {
    /// The department (or the whole facility) has no hours at all.
    NoHours,
    /// A closing flag and the hours file disagree about this day.
    FlagsDisagree,
    /// The source lists a window for this day that could not be read.
    UnreadableHours,
    /// A season without dates (お盆, GW) or a half day covers this day.
    Approximate {
        /// The range that covers it.
        range: YearlyRange,
    },
}

/// What the closing rules say about one day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum DayVerdict {
    /// No closing rule applies: the day's windows hold.
    Hours,
    /// Closed all day.
    Closed {
        /// Which rule closes it.
        reason: ClosedReason,
    },
    /// Nobody can say.
    Unknown {
        /// Why.
        reason: UnknownReason,
    },
}

/// One day's hours as the UI shows them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DayHours {
    /// The date, in Japan.
    pub date: NaiveDate,
    /// The national holiday on that date, if any (its column is then [`HOLIDAY`]).
    pub holiday: Option<Holiday>,
    /// The column of the hours used: 0..=6 Mon..Sun, or [`HOLIDAY`].
    pub column: usize,
    /// 外来受付 windows of the selected departments in that column, merged and sorted.
    pub reception: Vec<Window>,
    /// 診療 windows of the selected departments in that column, merged and sorted.
    pub consultation: Vec<Window>,
    /// The windows that count as open (per department: reception if it lists any that
    /// day, else consultation), merged and sorted. Empty unless `verdict` is `Hours`.
    pub open: Vec<Window>,
    /// Whether a closing rule applies.
    pub verdict: DayVerdict,
}

/// The outcome of [`current`].
enum Current {
    Open(i64),
    Closed,
    Unknown,
    NoHours,
}

/// A Japan-time instant split into what evaluation needs.
#[derive(Clone, Copy)]
pub(crate) struct Local {
    date: NaiveDate,
    /// Seconds since local midnight.
    secs: i64,
    offset: FixedOffset,
}

impl Local {
    pub(crate) fn new<Z: TimeZone>(at: &DateTime<Z>) -> Self {
        let utc = at.naive_utc();
        // chrono-tz's offset lookup is a small table search, no parsing: Tokyo has been
        // +09:00 since 1951, so one offset serves the whole horizon.
        let offset = chrono_tz::Asia::Tokyo.offset_from_utc_datetime(&utc).fix();
        let local = utc + offset;
        Local { date: local.date(), secs: i64::from(local.num_seconds_from_midnight()), offset }
    }

    /// The instant `rel` seconds after this day's local midnight.
    fn instant(&self, rel: i64) -> DateTime<FixedOffset> {
        let midnight: NaiveDateTime = self.date.and_hms_opt(0, 0, 0).expect("midnight exists");
        let local = midnight + chrono::Duration::seconds(rel);
        DateTime::from_naive_utc_and_offset(local - self.offset, self.offset)
    }
}

/// What evaluation reads of a schedule. [`Schedule`] answers from its department list,
/// [`crate::hours_compact::CompactHours`] from the same facts packed for the open-now
/// filter; the rules below are written once for both.
pub(crate) trait HoursSource {
    /// Whether the selected departments list any usable window at all.
    fn has_hours(&self, dept: Option<Department>) -> bool;
    /// Whether a selected department has an unreadable window in column `col`.
    fn doubtful(&self, col: usize, dept: Option<Department>) -> bool;
    /// The usable windows that count as open in `col` for the selected departments: per
    /// department its 外来受付 windows if it lists any, else its 診療 windows; any order.
    fn open_windows(&self, col: usize, dept: Option<Department>) -> impl Iterator<Item = Window> + '_;
    /// [`ClosingRules::weekly_open`].
    fn weekly_open(&self, weekday: usize) -> Option<bool>;
    /// [`ClosingRules::nth_week_open`].
    fn nth_week_open(&self, week: usize, weekday: usize) -> Option<bool>;
    /// [`ClosingRules::holiday_open`].
    fn holiday_open(&self) -> Option<bool>;
    /// [`ClosingRules::other_closed`].
    fn other_closed(&self) -> &[YearlyRange];
}

impl Schedule {
    /// Whether the facility is open at `at` for `dept` (`None` = any department).
    ///
    /// Evaluated in Asia/Tokyo whatever `at`'s zone. The rules, in order:
    /// - the column is the 祝 column ([`HOLIDAY`]) on a national holiday, else the weekday;
    /// - per department, "open" means inside a 外来受付 window if it lists any that day,
    ///   else inside a 診療 window (patients need reception to be seen);
    /// - a window ending after 1440 runs into the next morning;
    /// - closing rules come from [`Self::day_verdict`]: definite closures first, then
    ///   disagreements and seasons without dates (unknown, never open);
    /// - no hours at all for the department: unknown.
    ///
    /// Allocation-free; `next_open` and `until` look at most [`HORIZON_DAYS`] ahead.
    pub fn state_at<Z: TimeZone>(&self, at: DateTime<Z>, dept: Option<Department>) -> OpenState {
        state_at(self, &Local::new(&at), dept)
    }

    /// `state_at(at, dept).open()` without looking ahead for `until` and `next_open`: the
    /// cheap check used while filtering nearest facilities.
    pub fn open_at<Z: TimeZone>(&self, at: DateTime<Z>, dept: Option<Department>) -> Option<bool> {
        open_at(self, &Local::new(&at), dept)
    }

    /// The windows and closing verdict for `date` (in Japan) and `dept`, for display.
    pub fn day_hours(&self, date: NaiveDate, dept: Option<Department>) -> DayHours {
        let holiday = holidays::holiday_name(date);
        let column = column(date, holiday);
        let verdict = if self.has_hours(dept) {
            self.day_verdict(date, dept).0
        } else {
            DayVerdict::Unknown { reason: UnknownReason::NoHours }
        };
        let selected = || self.departments.iter().filter(move |d| selects(dept, d));
        let reception = merged(selected().flat_map(|d| d.reception.0[column].iter().copied()));
        let consultation = merged(selected().flat_map(|d| d.consultation.0[column].iter().copied()));
        let open = match verdict {
            DayVerdict::Hours => merged(self.open_windows(column, dept)),
            _ => Vec::new(),
        };
        DayHours { date, holiday, column, reception, consultation, open, verdict }
    }

    /// What the closing rules say about `date` for `dept`, and the column its hours come
    /// from. Definite closures win over doubts:
    /// 1. an その他の休診日 range with [`Certainty::Closed`] covering the day: closed;
    /// 2. the n-th-week flag for this weekday is `Some(false)`: closed;
    /// 3. the weekly flag (or on a holiday, `holiday_open`) says closed: closed if the
    ///    department lists no window that day, else the sources disagree: unknown;
    /// 4. the flag says open but no department lists a window that day: unknown (the flags
    ///    are facility-wide, so only "nobody has hours" contradicts them);
    /// 5. the department lists no window that day: closed;
    /// 6. an [`Certainty::Approximate`] range covers the day: unknown.
    ///
    /// It does not check that the department has hours at all; callers do that once.
    pub fn day_verdict(&self, date: NaiveDate, dept: Option<Department>) -> (DayVerdict, usize) {
        day_verdict(self, date, dept)
    }
}

impl HoursSource for Schedule {
    fn has_hours(&self, dept: Option<Department>) -> bool {
        self.departments
            .iter()
            .filter(|d| selects(dept, d))
            .any(|d| d.reception.0.iter().chain(d.consultation.0.iter()).flatten().any(|w| w.valid()))
    }

    fn doubtful(&self, col: usize, dept: Option<Department>) -> bool {
        self.departments.iter().any(|d| selects(dept, d) && d.doubtful_days & (1 << col) != 0)
    }

    fn open_windows(&self, col: usize, dept: Option<Department>) -> impl Iterator<Item = Window> + '_ {
        self.departments.iter().filter(move |d| selects(dept, d)).flat_map(move |d| d.open_windows(col))
    }

    fn weekly_open(&self, weekday: usize) -> Option<bool> {
        self.closing.weekly_open[weekday]
    }

    fn nth_week_open(&self, week: usize, weekday: usize) -> Option<bool> {
        self.closing.nth_week_open[week][weekday]
    }

    fn holiday_open(&self) -> Option<bool> {
        self.closing.holiday_open
    }

    fn other_closed(&self) -> &[YearlyRange] {
        &self.closing.other_closed
    }
}

impl DepartmentHours {
    /// The usable windows that count as open in `col`: its 外来受付 windows if it lists
    /// any, else its 診療 windows.
    pub(crate) fn open_windows(&self, col: usize) -> impl Iterator<Item = Window> + '_ {
        let reception = &self.reception.0[col];
        let list = if reception.iter().any(|w| w.valid()) { reception } else { &self.consultation.0[col] };
        list.iter().copied().filter(|w| w.valid())
    }
}

/// [`Schedule::state_at`] for any source of hours.
pub(crate) fn state_at<H: HoursSource>(h: &H, now: &Local, dept: Option<Department>) -> OpenState {
    match current(h, now, dept) {
        Current::Open(end) => OpenState::Open { until: now.instant(chain_end(h, now, end, dept)) },
        Current::Unknown => OpenState::Unknown { next_open: next_open(h, now, dept) },
        Current::NoHours => OpenState::Unknown { next_open: None },
        Current::Closed => OpenState::Closed { next_open: next_open(h, now, dept) },
    }
}

/// [`Schedule::open_at`] for any source of hours.
pub(crate) fn open_at<H: HoursSource>(h: &H, now: &Local, dept: Option<Department>) -> Option<bool> {
    match current(h, now, dept) {
        Current::Open(_) => Some(true),
        Current::Closed => Some(false),
        Current::Unknown | Current::NoHours => None,
    }
}

/// Open (with the current window's end, seconds after today's midnight), closed or unknown.
fn current<H: HoursSource>(h: &H, now: &Local, dept: Option<Department>) -> Current {
    if !h.has_hours(dept) {
        return Current::NoHours;
    }
    let today = day_verdict(h, now.date, dept);

    let mut end: Option<i64> = None;
    if let Some(yesterday) = now.date.pred_opt() {
        let col = column(yesterday, holidays::holiday_name(yesterday));
        let tail = h
            .open_windows(col, dept)
            .filter(|w| w.end > MINUTES_PER_DAY && now.secs < secs(w.end - MINUTES_PER_DAY))
            .map(|w| secs(w.end) - DAY_SECS)
            .max();
        if tail.is_some() && matches!(day_verdict(h, yesterday, dept).0, DayVerdict::Hours) {
            end = tail;
        }
    }
    if let (DayVerdict::Hours, col) = today {
        let inside = h
            .open_windows(col, dept)
            .filter(|w| secs(w.start) <= now.secs && now.secs < secs(w.end))
            .map(|w| secs(w.end))
            .max();
        end = end.max(inside);
    }
    match (end, today.0) {
        (Some(end), _) => Current::Open(end),
        (None, DayVerdict::Unknown { .. }) => Current::Unknown,
        (None, _) => Current::Closed,
    }
}

/// [`Schedule::day_verdict`] for any source of hours.
fn day_verdict<H: HoursSource>(h: &H, date: NaiveDate, dept: Option<Department>) -> (DayVerdict, usize) {
    let holiday = holidays::holiday_name(date);
    let col = column(date, holiday);
    let closed = |reason| (DayVerdict::Closed { reason }, col);
    let unknown = |reason| (DayVerdict::Unknown { reason }, col);

    let md = MonthDay::of(date);
    let mut approximate = None;
    for range in h.other_closed().iter().filter(|r| r.contains(md)) {
        match range.certainty {
            Certainty::Closed => return closed(ClosedReason::OtherClosedDays { range: *range }),
            Certainty::Approximate => approximate = approximate.or(Some(*range)),
        }
    }
    let weekday = date.weekday().num_days_from_monday() as usize;
    let week = date.day0() as usize / 7;
    if h.nth_week_open(week, weekday) == Some(false) {
        return closed(ClosedReason::NthWeek { week: week as u8 + 1 });
    }

    if h.doubtful(col, dept) {
        return unknown(UnknownReason::UnreadableHours);
    }
    let listed = h.open_windows(col, dept).next().is_some();
    // On a holiday the 祝 column and its flag decide; the weekly flags describe
    // ordinary weeks.
    let (flag, flag_reason) = match holiday {
        Some(_) => (h.holiday_open(), ClosedReason::HolidayFlag),
        None => (h.weekly_open(weekday), ClosedReason::WeeklyFlag),
    };
    match flag {
        Some(false) if listed => return unknown(UnknownReason::FlagsDisagree),
        Some(false) => return closed(flag_reason),
        Some(true) if !listed && (dept.is_none() || h.open_windows(col, None).next().is_none()) => {
            return unknown(UnknownReason::FlagsDisagree);
        }
        _ => {}
    }
    if !listed {
        return closed(ClosedReason::NoWindows);
    }
    match approximate {
        Some(range) => unknown(UnknownReason::Approximate { range }),
        None => (DayVerdict::Hours, col),
    }
}

/// Follows a run of touching or overlapping windows from `end` (seconds after today's
/// midnight) across departments and midnights, up to the horizon.
fn chain_end<H: HoursSource>(h: &H, now: &Local, mut end: i64, dept: Option<Department>) -> i64 {
    let limit = now.secs + HORIZON_DAYS as i64 * DAY_SECS;
    let mut k = 0;
    // Windows start within their day, so once a day starts after `end` nothing later
    // can touch the run.
    while k * DAY_SECS <= end && end < limit {
        let Some(date) = now.date.checked_add_days(Days::new(k as u64)) else {
            break;
        };
        if let (DayVerdict::Hours, col) = day_verdict(h, date, dept) {
            let base = k * DAY_SECS;
            loop {
                let extended = h
                    .open_windows(col, dept)
                    .filter(|w| base + secs(w.start) <= end && base + secs(w.end) > end)
                    .map(|w| base + secs(w.end))
                    .max();
                match extended {
                    Some(e) => end = e,
                    None => break,
                }
            }
        }
        k += 1;
    }
    end.min(limit)
}

/// The first window start after `now` on a day whose verdict is `Hours`, within the
/// horizon.
fn next_open<H: HoursSource>(h: &H, now: &Local, dept: Option<Department>) -> Option<DateTime<FixedOffset>> {
    let limit = now.secs + HORIZON_DAYS as i64 * DAY_SECS;
    for k in 0..=HORIZON_DAYS as i64 {
        let date = now.date.checked_add_days(Days::new(k as u64))?;
        if let (DayVerdict::Hours, col) = day_verdict(h, date, dept) {
            let base = k * DAY_SECS;
            let first = h.open_windows(col, dept).map(|w| base + secs(w.start)).filter(|&s| s > now.secs).min();
            if let Some(s) = first {
                // Starts are before the next midnight, so no later day can do better.
                return (s <= limit).then(|| now.instant(s));
            }
        }
    }
    None
}

/// The hours column for a date: 祝 on a national holiday, else the weekday.
fn column(date: NaiveDate, holiday: Option<Holiday>) -> usize {
    match holiday {
        Some(_) => HOLIDAY,
        None => date.weekday().num_days_from_monday() as usize,
    }
}

fn selects(dept: Option<Department>, d: &DepartmentHours) -> bool {
    dept.is_none_or(|want| d.category == want)
}

fn secs(minutes: u16) -> i64 {
    i64::from(minutes) * 60
}

/// Sorted union of windows, touching ones joined.
fn merged(windows: impl Iterator<Item = Window>) -> Vec<Window> {
    let mut v: Vec<Window> = windows.filter(|w| w.valid()).collect();
    v.sort_unstable_by_key(|w| (w.start, w.end));
    let mut out: Vec<Window> = Vec::with_capacity(v.len());
    for w in v {
        match out.last_mut() {
            Some(last) if w.start <= last.end => last.end = last.end.max(w.end),
            _ => out.push(w),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn md(month: u8, day: u8) -> MonthDay {
        MonthDay { month, day }
    }

    #[test]
    fn yearly_ranges_wrap_over_the_new_year() {
        let year_end = YearlyRange { from: md(12, 29), to: md(1, 3), certainty: Certainty::Closed };
        assert!(year_end.contains(md(12, 29)));
        assert!(year_end.contains(md(12, 31)));
        assert!(year_end.contains(md(1, 1)));
        assert!(year_end.contains(md(1, 3)));
        assert!(!year_end.contains(md(1, 4)));
        assert!(!year_end.contains(md(12, 28)));
        assert!(!year_end.contains(md(6, 1)));
        let obon = YearlyRange { from: md(8, 13), to: md(8, 16), certainty: Certainty::Approximate };
        assert!(obon.contains(md(8, 13)) && obon.contains(md(8, 16)));
        assert!(!obon.contains(md(8, 12)) && !obon.contains(md(8, 17)) && !obon.contains(md(1, 1)));
    }

    #[test]
    fn merging_joins_touching_and_overlapping_windows_and_drops_broken_ones() {
        let w = Window::new;
        let got = merged([w(840, 1080), w(540, 720), w(720, 780), w(600, 700), w(900, 900), w(1500, 1600)].into_iter());
        assert_eq!(got, vec![w(540, 780), w(840, 1080)]);
    }

    #[test]
    fn tokyo_conversion_keeps_the_offset_and_date() {
        let utc = chrono::Utc.with_ymd_and_hms(2026, 11, 23, 15, 30, 0).unwrap();
        let l = Local::new(&utc);
        assert_eq!(l.date, NaiveDate::from_ymd_opt(2026, 11, 24).unwrap());
        assert_eq!(l.secs, 30 * 60);
        assert_eq!(l.offset.local_minus_utc(), 9 * 3600);
        assert_eq!(l.instant(3600).to_rfc3339(), "2026-11-24T01:00:00+09:00");
    }
}

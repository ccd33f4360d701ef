//! A schedule packed for the open-now filter.
//!
//! A nearest query with "open at" checks about a dozen candidates, each a different
//! hospital whose decoded [`Schedule`] is scattered over the heap (a vector per department,
//! column and list): measured on the national set, those cache misses were most of the
//! query's time. [`CompactHours`] keeps the same facts in one small block: the closing
//! flags in one integer, and per department category (and for all departments) the
//! windows that count as open in each column. The rules themselves are not repeated here:
//! [`crate::hours`] evaluates both forms with the same code, through [`HoursSource`].

use crate::facility::Department;
use crate::hours::{self, HoursSource, Local, Schedule, Window, YearlyRange};
use chrono::{DateTime, TimeZone};

/// Columns in a week of windows (Monday..Sunday and 祝).
const COLUMNS: usize = 8;
/// u32 words per entry: the doubtful-days bits, then where each column's windows start and
/// where the last one ends.
const ENTRY: usize = 2 + COLUMNS;

/// A schedule's facts for evaluation, packed; see the module documentation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CompactHours {
    /// Two bits per closing flag (0 = not given, 1 = closed, 2 = open): weekly flags
    /// Monday..Sunday at 0..7, the n-th-week flags at 7 + 7 * week + weekday, the holiday
    /// flag at 42.
    flags: u128,
    /// Department categories the schedule lists (bit = `Department as usize`).
    categories: u32,
    /// Entries (0 = all departments, then one per listed category in category order) of
    /// [`ENTRY`] words, then the windows as `start << 16 | end`.
    words: Box<[u32]>,
    /// Closing periods of その他の休診日 (usually none).
    other_closed: Box<[YearlyRange]>,
}

const HOLIDAY_FLAG: usize = 42;

fn flag_bits(flag: Option<bool>) -> u128 {
    match flag {
        None => 0,
        Some(false) => 1,
        Some(true) => 2,
    }
}

impl CompactHours {
    /// Packs `schedule`.
    pub fn of(schedule: &Schedule) -> CompactHours {
        let rules = &schedule.closing;
        let mut flags = 0u128;
        for (weekday, f) in rules.weekly_open.iter().enumerate() {
            flags |= flag_bits(*f) << (2 * weekday);
        }
        for (week, days) in rules.nth_week_open.iter().enumerate() {
            for (weekday, f) in days.iter().enumerate() {
                flags |= flag_bits(*f) << (2 * (7 + 7 * week + weekday));
            }
        }
        flags |= flag_bits(rules.holiday_open) << (2 * HOLIDAY_FLAG);

        let categories = schedule.departments.iter().fold(0u32, |bits, d| bits | 1 << d.category as u32);
        let selections: Vec<Option<Department>> = std::iter::once(None)
            .chain(Department::ALL.iter().filter(|c| categories & (1 << **c as u32) != 0).map(|c| Some(*c)))
            .collect();
        let mut words = vec![0u32; selections.len() * ENTRY];
        for (e, dept) in selections.iter().enumerate() {
            let selected = || schedule.departments.iter().filter(|d| dept.is_none_or(|c| d.category == c));
            words[e * ENTRY] = selected().fold(0, |bits, d| bits | u32::from(d.doubtful_days));
            for col in 0..COLUMNS {
                words[e * ENTRY + 1 + col] = words.len() as u32;
                words.extend(
                    selected().flat_map(|d| d.open_windows(col)).map(|w| u32::from(w.start) << 16 | u32::from(w.end)),
                );
            }
            words[e * ENTRY + 1 + COLUMNS] = words.len() as u32;
        }
        CompactHours {
            flags,
            categories,
            words: words.into_boxed_slice(),
            other_closed: rules.other_closed.clone().into_boxed_slice(),
        }
    }

    /// [`Schedule::open_at`], from the packed facts.
    pub fn open_at<Z: TimeZone>(&self, at: DateTime<Z>, dept: Option<Department>) -> Option<bool> {
        hours::open_at(self, &Local::new(&at), dept)
    }

    /// The same for an instant already split into Japan date and time (one split serves a
    /// whole query).
    pub(crate) fn open_at_local(&self, now: &Local, dept: Option<Department>) -> Option<bool> {
        hours::open_at(self, now, dept)
    }

    /// The words a check of `dept` reads first (its entry and its first window), for
    /// bringing them into the cache ahead of the check.
    pub fn first_words(&self, dept: Option<Department>) -> (u32, u32) {
        match self.entry(dept) {
            Some(e) => {
                let first = self.words[e * ENTRY + 1] as usize;
                (self.words[e * ENTRY], self.words.get(first).copied().unwrap_or(0))
            }
            None => (0, 0),
        }
    }

    /// The entry of the selection, if the schedule lists it.
    fn entry(&self, dept: Option<Department>) -> Option<usize> {
        match dept {
            None => Some(0),
            Some(c) => {
                let bit = 1u32 << c as u32;
                (self.categories & bit != 0).then(|| 1 + (self.categories & (bit - 1)).count_ones() as usize)
            }
        }
    }

    fn flag(&self, index: usize) -> Option<bool> {
        match (self.flags >> (2 * index)) & 3 {
            1 => Some(false),
            2 => Some(true),
            _ => None,
        }
    }
}

impl HoursSource for CompactHours {
    /// A department with any usable window has one that counts as open in some column (its
    /// reception list, or its consultation list where reception lists none that day).
    fn has_hours(&self, dept: Option<Department>) -> bool {
        self.entry(dept).is_some_and(|e| self.words[e * ENTRY + 1] != self.words[e * ENTRY + 1 + COLUMNS])
    }

    fn doubtful(&self, col: usize, dept: Option<Department>) -> bool {
        self.entry(dept).is_some_and(|e| self.words[e * ENTRY] & (1 << col) != 0)
    }

    fn open_windows(&self, col: usize, dept: Option<Department>) -> impl Iterator<Item = Window> + '_ {
        let range = match self.entry(dept) {
            Some(e) => self.words[e * ENTRY + 1 + col] as usize..self.words[e * ENTRY + 2 + col] as usize,
            None => 0..0,
        };
        self.words[range].iter().map(|&w| Window::new((w >> 16) as u16, w as u16))
    }

    fn weekly_open(&self, weekday: usize) -> Option<bool> {
        self.flag(weekday)
    }

    fn nth_week_open(&self, week: usize, weekday: usize) -> Option<bool> {
        self.flag(7 + 7 * week + weekday)
    }

    fn holiday_open(&self) -> Option<bool> {
        self.flag(HOLIDAY_FLAG)
    }

    fn other_closed(&self) -> &[YearlyRange] {
        &self.other_closed
    }
}

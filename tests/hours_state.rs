//! Open / closed / unknown on constructed schedules, at dates chosen for their calendar:
//! 2026-11-22 is a Sunday, 2026-11-23 (Mon) 勤労感謝の日, 2026-05-06 (Wed) a 振替休日.

use chrono::{DateTime, FixedOffset, NaiveDate, TimeZone, Utc};
use tasukete::facility::Department;
use tasukete::holidays::Holiday;
use tasukete::hours::{
    Certainty, ClosedReason, ClosingRules, DayVerdict, DepartmentHours, MonthDay, OpenState, Schedule, UnknownReason,
    WeekWindows, Window, YearlyRange, HOLIDAY,
};

const MON_FRI: [usize; 5] = [0, 1, 2, 3, 4];
const SAT: usize = 5;
const SUN: usize = 6;

fn hm(h: u16, m: u16) -> u16 {
    h * 60 + m
}

/// Windows given as (start, end) in minutes, on the listed columns.
fn week(cols: &[usize], windows: &[(u16, u16)]) -> WeekWindows {
    let mut w = WeekWindows::default();
    for &c in cols {
        w.0[c] = windows.iter().map(|&(s, e)| Window::new(s, e)).collect();
    }
    w
}

fn dept(category: Department, consultation: WeekWindows, reception: WeekWindows) -> DepartmentHours {
    DepartmentHours {
        code: "01001".into(),
        name_ja: "内科".into(),
        category,
        consultation,
        reception,
        doubtful_days: 0,
    }
}

/// Internal medicine Mon-Fri 09:00-12:00 and 14:00-18:00 (the lunch-break clinic).
fn lunch_break_clinic() -> Schedule {
    Schedule {
        departments: vec![dept(
            Department::InternalMedicine,
            week(&MON_FRI, &[(hm(9, 0), hm(12, 0)), (hm(14, 0), hm(18, 0))]),
            WeekWindows::default(),
        )],
        closing: ClosingRules::default(),
    }
}

fn jst(y: i32, m: u32, d: u32, h: u32, min: u32) -> DateTime<FixedOffset> {
    FixedOffset::east_opt(9 * 3600).unwrap().with_ymd_and_hms(y, m, d, h, min, 0).unwrap()
}

fn closed_until(next: DateTime<FixedOffset>) -> OpenState {
    OpenState::Closed { next_open: Some(next) }
}

fn open_until(until: DateTime<FixedOffset>) -> OpenState {
    OpenState::Open { until }
}

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

#[test]
fn sunday_is_closed_until_monday_morning() {
    let s = lunch_break_clinic();
    assert_eq!(s.state_at(jst(2026, 11, 15, 10, 0), None), closed_until(jst(2026, 11, 16, 9, 0)));
    assert_eq!(s.state_at(jst(2026, 11, 15, 10, 0), None).open(), Some(false));
}

#[test]
fn lunch_break() {
    let s = lunch_break_clinic();
    let tue = |h, m| jst(2026, 11, 24, h, m);
    assert_eq!(s.state_at(tue(11, 0), None), open_until(tue(12, 0)));
    assert_eq!(s.state_at(tue(11, 0), None).open(), Some(true));
    assert_eq!(s.state_at(tue(12, 30), None), closed_until(tue(14, 0)));
    assert_eq!(s.state_at(tue(12, 30), None).next_open(), Some(tue(14, 0)));
    // The end is exclusive; the start inclusive.
    assert_eq!(s.state_at(tue(12, 0), None), closed_until(tue(14, 0)));
    assert_eq!(s.state_at(tue(14, 0), None), open_until(tue(18, 0)));
    assert_eq!(s.state_at(tue(18, 0), None), closed_until(jst(2026, 11, 25, 9, 0)));
}

#[test]
fn labor_thanksgiving_day_uses_the_holiday_column() {
    let mut s = lunch_break_clinic();
    let mon = |h, m| jst(2026, 11, 23, h, m);
    // No 祝 windows: closed on the holiday Monday, even though Mondays have hours.
    assert_eq!(s.state_at(mon(10, 0), None), closed_until(jst(2026, 11, 24, 9, 0)));
    let day = s.day_hours(date(2026, 11, 23), None);
    assert_eq!(day.holiday, Some(Holiday::LaborThanksgivingDay));
    assert_eq!(day.holiday.unwrap().name_ja(), "勤労感謝の日");
    assert_eq!(day.column, HOLIDAY);
    assert_eq!(day.verdict, DayVerdict::Closed { reason: ClosedReason::NoWindows });

    // Holiday mornings only.
    s.departments[0].consultation.0[HOLIDAY] = vec![Window::new(hm(9, 0), hm(11, 0))];
    assert_eq!(s.state_at(mon(10, 0), None), open_until(mon(11, 0)));
    assert_eq!(s.state_at(mon(11, 30), None), closed_until(jst(2026, 11, 24, 9, 0)));
    // The day after is an ordinary Tuesday.
    assert_eq!(s.day_hours(date(2026, 11, 24), None).holiday, None);

    // The holiday flag closes it even so... but only when the hours agree: here they list
    // holiday windows, so the sources disagree and nobody knows.
    s.closing.holiday_open = Some(false);
    assert_eq!(s.state_at(mon(10, 0), None), OpenState::Unknown { next_open: Some(jst(2026, 11, 24, 9, 0)) });
    s.departments[0].consultation.0[HOLIDAY].clear();
    assert_eq!(s.state_at(mon(10, 0), None), closed_until(jst(2026, 11, 24, 9, 0)));
    assert_eq!(s.day_hours(date(2026, 11, 23), None).verdict, DayVerdict::Closed { reason: ClosedReason::HolidayFlag });
}

#[test]
fn substitute_holiday_is_a_holiday() {
    let s = lunch_break_clinic();
    // 2026-05-03 (Sun) 憲法記念日 -> 05-06 (Wed) 振替休日.
    assert_eq!(s.state_at(jst(2026, 5, 6, 10, 0), None), closed_until(jst(2026, 5, 7, 9, 0)));
    let day = s.day_hours(date(2026, 5, 6), None);
    assert_eq!(day.holiday, Some(Holiday::SubstituteHoliday));
    assert_eq!(day.column, HOLIDAY);
    // Golden Week: from Friday evening the next opening skips the weekend and 05-04..06.
    assert_eq!(s.state_at(jst(2026, 5, 1, 18, 30), None), closed_until(jst(2026, 5, 7, 9, 0)));
}

#[test]
fn year_end_closing_range() {
    let mut s = lunch_break_clinic();
    let year_end = YearlyRange {
        from: MonthDay { month: 12, day: 29 },
        to: MonthDay { month: 1, day: 3 },
        certainty: Certainty::Closed,
    };
    s.closing.other_closed = vec![year_end];
    // 2026-12-31 is a Thursday: closed; 2027-01-01..03 too; 01-04 (Mon) reopens.
    assert_eq!(s.state_at(jst(2026, 12, 31, 10, 0), None), closed_until(jst(2027, 1, 4, 9, 0)));
    assert_eq!(
        s.day_hours(date(2026, 12, 31), None).verdict,
        DayVerdict::Closed { reason: ClosedReason::OtherClosedDays { range: year_end } }
    );
    // The day before is ordinary.
    assert_eq!(s.state_at(jst(2026, 12, 28, 10, 0), None), open_until(jst(2026, 12, 28, 12, 0)));
}

#[test]
fn second_saturday_closed() {
    let mut s = lunch_break_clinic();
    s.departments[0].consultation.0[SAT] = vec![Window::new(hm(9, 0), hm(12, 0))];
    s.closing.nth_week_open[1][SAT] = Some(false);
    // 2026-11-14 is the 2nd Saturday (days 8-14); 11-21 the 3rd.
    assert_eq!(s.state_at(jst(2026, 11, 14, 10, 0), None), closed_until(jst(2026, 11, 16, 9, 0)));
    assert_eq!(
        s.day_hours(date(2026, 11, 14), None).verdict,
        DayVerdict::Closed { reason: ClosedReason::NthWeek { week: 2 } }
    );
    assert_eq!(s.state_at(jst(2026, 11, 21, 10, 0), None), open_until(jst(2026, 11, 21, 12, 0)));
    // Friday evening looks past the closed Saturday.
    assert_eq!(s.state_at(jst(2026, 11, 13, 19, 0), None), closed_until(jst(2026, 11, 16, 9, 0)));
    assert_eq!(s.state_at(jst(2026, 11, 20, 19, 0), None), closed_until(jst(2026, 11, 21, 9, 0)));
}

#[test]
fn overnight_window_runs_into_the_next_morning() {
    // Emergency Fridays 20:00 to Saturday 08:30, then Saturday 08:30-12:00.
    let s = Schedule {
        departments: vec![dept(
            Department::Emergency,
            {
                let mut w = week(&[4], &[(hm(20, 0), hm(24 + 8, 30))]);
                w.0[SAT] = vec![Window::new(hm(8, 30), hm(12, 0))];
                w
            },
            WeekWindows::default(),
        )],
        closing: ClosingRules::default(),
    };
    // 2026-11-27 is a Friday: the run goes on through Saturday noon.
    assert_eq!(s.state_at(jst(2026, 11, 27, 23, 0), None), open_until(jst(2026, 11, 28, 12, 0)));
    assert_eq!(s.state_at(jst(2026, 11, 28, 7, 0), None), open_until(jst(2026, 11, 28, 12, 0)));
    assert_eq!(s.state_at(jst(2026, 11, 28, 12, 0), None), closed_until(jst(2026, 12, 4, 20, 0)));
    // Thursday night: nothing carries over.
    assert_eq!(s.state_at(jst(2026, 11, 27, 7, 0), None), closed_until(jst(2026, 11, 27, 20, 0)));
}

#[test]
fn overnight_tail_needs_the_previous_day_open() {
    // Nightly 20:00-02:00 every day, but the year-end range closes 12-31: the tail into
    // the morning of 01-01 comes from a closed day and does not count.
    let all: Vec<usize> = (0..8).collect();
    let s = Schedule {
        departments: vec![dept(Department::Emergency, week(&all, &[(hm(20, 0), hm(26, 0))]), WeekWindows::default())],
        closing: ClosingRules {
            other_closed: vec![YearlyRange {
                from: MonthDay { month: 12, day: 31 },
                to: MonthDay { month: 12, day: 31 },
                certainty: Certainty::Closed,
            }],
            ..ClosingRules::default()
        },
    };
    assert_eq!(s.state_at(jst(2026, 12, 31, 1, 0), None), open_until(jst(2026, 12, 31, 2, 0)));
    assert_eq!(s.state_at(jst(2027, 1, 1, 1, 0), None), closed_until(jst(2027, 1, 1, 20, 0)));
}

#[test]
fn callers_in_other_zones_get_the_tokyo_answer() {
    let s = lunch_break_clinic();
    // 03:00 UTC = 12:00 JST on Tuesday 2026-11-24: the lunch break.
    let utc = Utc.with_ymd_and_hms(2026, 11, 24, 3, 0, 0).unwrap();
    let state = s.state_at(utc, None);
    assert_eq!(state, closed_until(jst(2026, 11, 24, 14, 0)));
    // Reported in Japan time.
    assert_eq!(state.next_open().unwrap().to_rfc3339(), "2026-11-24T14:00:00+09:00");

    // 20:30 Monday in New York (a Japanese holiday's date there) is 10:30 Tuesday in Tokyo.
    let ny = chrono_tz::America::New_York.with_ymd_and_hms(2026, 11, 23, 20, 30, 0).unwrap();
    assert_eq!(s.state_at(ny, None), open_until(jst(2026, 11, 24, 12, 0)));
    // And 10:00 Monday in New York is midnight Tuesday in Tokyo: closed until 09:00.
    let ny = chrono_tz::America::New_York.with_ymd_and_hms(2026, 11, 23, 10, 0, 0).unwrap();
    assert_eq!(s.state_at(ny, None), closed_until(jst(2026, 11, 24, 9, 0)));
}

#[test]
fn weekly_flag_disagreeing_with_the_hours_is_unknown() {
    let mut s = lunch_break_clinic();
    // Flag says closed on Tuesdays while the hours list Tuesday windows.
    s.closing.weekly_open[1] = Some(false);
    let state = s.state_at(jst(2026, 11, 24, 10, 0), None);
    assert_eq!(state, OpenState::Unknown { next_open: Some(jst(2026, 11, 25, 9, 0)) });
    assert_eq!(state.open(), None);
    assert_eq!(
        s.day_hours(date(2026, 11, 24), None).verdict,
        DayVerdict::Unknown { reason: UnknownReason::FlagsDisagree }
    );
    // Flag says open on Saturdays while no window is listed.
    s.closing.weekly_open[1] = None;
    s.closing.weekly_open[SAT] = Some(true);
    assert_eq!(
        s.state_at(jst(2026, 11, 28, 10, 0), None),
        OpenState::Unknown { next_open: Some(jst(2026, 11, 30, 9, 0)) }
    );
    // Flags that agree change nothing.
    s.closing.weekly_open = [Some(true), Some(true), Some(true), Some(true), Some(true), Some(false), Some(false)];
    assert_eq!(s.state_at(jst(2026, 11, 28, 10, 0), None), closed_until(jst(2026, 11, 30, 9, 0)));
    assert_eq!(s.state_at(jst(2026, 11, 24, 10, 0), None), open_until(jst(2026, 11, 24, 12, 0)));
}

#[test]
fn seasons_without_dates_are_unknown() {
    let mut s = lunch_break_clinic();
    s.closing.other_closed = vec![YearlyRange {
        from: MonthDay { month: 8, day: 13 },
        to: MonthDay { month: 8, day: 16 },
        certainty: Certainty::Approximate,
    }];
    // 2026-08-13 is a Thursday.
    assert_eq!(
        s.state_at(jst(2026, 8, 13, 10, 0), None),
        OpenState::Unknown { next_open: Some(jst(2026, 8, 17, 9, 0)) }
    );
    // A Sunday in the range has no hours anyway: closed, not unknown.
    assert_eq!(s.state_at(jst(2026, 8, 16, 10, 0), None), closed_until(jst(2026, 8, 17, 9, 0)));
}

#[test]
fn department_filter_and_missing_hours() {
    let mut s = lunch_break_clinic();
    s.departments.push(dept(Department::Pediatrics, week(&[SUN], &[(hm(10, 0), hm(15, 0))]), WeekWindows::default()));
    let sun = jst(2026, 11, 22, 11, 0);
    assert_eq!(s.state_at(sun, Some(Department::Pediatrics)), open_until(jst(2026, 11, 22, 15, 0)));
    assert_eq!(s.state_at(sun, None), open_until(jst(2026, 11, 22, 15, 0)));
    assert_eq!(s.state_at(sun, Some(Department::InternalMedicine)), closed_until(jst(2026, 11, 24, 9, 0)));
    // A department the facility does not have, or no hours at all: unknown.
    assert_eq!(s.state_at(sun, Some(Department::Dermatology)), OpenState::Unknown { next_open: None });
    assert_eq!(Schedule::default().state_at(sun, None), OpenState::Unknown { next_open: None });
    assert_eq!(
        Schedule::default().day_hours(date(2026, 11, 22), None).verdict,
        DayVerdict::Unknown { reason: UnknownReason::NoHours }
    );
    // A Sunday flag of "closed" speaks for the facility; pediatrics lists Sunday hours, so
    // for pediatrics it is a disagreement, while internal medicine is plainly closed.
    s.closing.weekly_open[SUN] = Some(false);
    assert_eq!(s.state_at(sun, Some(Department::Pediatrics)).open(), None);
    assert_eq!(s.state_at(sun, Some(Department::InternalMedicine)).open(), Some(false));
}

#[test]
fn reception_windows_win_over_consultation() {
    let s = Schedule {
        departments: vec![dept(
            Department::Surgery,
            week(&MON_FRI, &[(hm(9, 0), hm(12, 0))]),
            week(&MON_FRI, &[(hm(8, 30), hm(11, 0))]),
        )],
        closing: ClosingRules::default(),
    };
    let tue = |h, m| jst(2026, 11, 24, h, m);
    assert_eq!(s.state_at(tue(8, 45), None), open_until(tue(11, 0)));
    // Still seeing patients, but no longer registering new ones.
    assert_eq!(s.state_at(tue(11, 30), None), closed_until(jst(2026, 11, 25, 8, 30)));
    let day = s.day_hours(date(2026, 11, 24), None);
    assert_eq!(day.open, vec![Window::new(hm(8, 30), hm(11, 0))]);
    assert_eq!(day.consultation, vec![Window::new(hm(9, 0), hm(12, 0))]);
    assert_eq!(day.reception, vec![Window::new(hm(8, 30), hm(11, 0))]);
}

#[test]
fn adjacent_windows_merge_across_departments_and_open_ends_are_capped() {
    let all: Vec<usize> = (0..8).collect();
    let s = Schedule {
        departments: vec![
            dept(Department::InternalMedicine, week(&all, &[(hm(9, 0), hm(12, 0))]), WeekWindows::default()),
            dept(Department::Surgery, week(&all, &[(hm(11, 0), hm(17, 0))]), WeekWindows::default()),
            dept(Department::Emergency, week(&[SUN], &[(0, 1440)]), WeekWindows::default()),
        ],
        closing: ClosingRules::default(),
    };
    let tue = |h, m| jst(2026, 11, 24, h, m);
    assert_eq!(s.state_at(tue(10, 0), None), open_until(tue(17, 0)));
    assert_eq!(s.state_at(tue(10, 0), Some(Department::InternalMedicine)), open_until(tue(12, 0)));
    // Sunday's 00:00-24:00 run stops at midnight: Monday's first window starts at 09:00.
    assert_eq!(s.state_at(jst(2026, 11, 22, 3, 0), None), open_until(jst(2026, 11, 23, 0, 0)));

    // Round the clock every day: "until" stops at the horizon.
    let s = Schedule {
        departments: vec![dept(Department::Emergency, week(&all, &[(0, 1440)]), WeekWindows::default())],
        closing: ClosingRules::default(),
    };
    assert_eq!(s.state_at(tue(10, 0), None), open_until(jst(2026, 12, 8, 10, 0)));
}

#[test]
fn nothing_within_the_horizon() {
    let mut s = lunch_break_clinic();
    s.closing.other_closed = vec![YearlyRange {
        from: MonthDay { month: 7, day: 1 },
        to: MonthDay { month: 7, day: 31 },
        certainty: Certainty::Closed,
    }];
    assert_eq!(s.state_at(jst(2026, 7, 1, 10, 0), None), OpenState::Closed { next_open: None });
    assert_eq!(s.state_at(jst(2026, 7, 20, 10, 0), None), closed_until(jst(2026, 8, 3, 9, 0)));
}

#[test]
fn serde_shapes() {
    let s = lunch_break_clinic();
    let state = s.state_at(jst(2026, 11, 24, 12, 30), None);
    assert_eq!(
        serde_json::to_value(state).unwrap(),
        serde_json::json!({"state": "closed", "next_open": "2026-11-24T14:00:00+09:00"})
    );
    let back: OpenState = serde_json::from_value(serde_json::to_value(state).unwrap()).unwrap();
    assert_eq!(back, state);
    let day = s.day_hours(date(2026, 11, 23), None);
    let v = serde_json::to_value(&day).unwrap();
    assert_eq!(v["holiday"], "labor-thanksgiving-day");
    assert_eq!(v["verdict"], serde_json::json!({"kind": "closed", "reason": {"cause": "no-windows"}}));
}

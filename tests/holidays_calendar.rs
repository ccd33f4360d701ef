//! Our holiday rules against the `opening-hours` crate's JP calendar, 2000..=2076, and the
//! dates the brief names.

use chrono::{Datelike, NaiveDate, Weekday};
use opening_hours::localization::Country;
use tasukete::holidays::{holiday_name, is_holiday, Holiday};

fn d(y: i32, m: u32, dd: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, dd).unwrap()
}

/// Where the calendars differ, and why the law gives our answer. Each rule was checked by
/// hand against the law (article 2 dates and their start years, article 3: 振替休日 and
/// 国民の休日) and the special laws for 2019-2021; `theirs` is the other calendar's answer.
fn explained(date: NaiveDate, theirs: bool) -> Option<&'static str> {
    use Holiday::*;
    let ours = holiday_name(date);
    let (y, m, day) = (date.year(), date.month(), date.day());
    let sunday = |d: NaiveDate| d.weekday() == Weekday::Sun;
    let third_monday = |m| NaiveDate::from_weekday_of_month_opt(y, m, Weekday::Mon, 3).unwrap();
    match (ours, theirs) {
        // 2019 accession: 05-01 and 10-22 by special law; 04-30 and 05-02 follow as 国民の休日.
        (Some(EnthronementDay | EnthronementCeremony | CitizensHoliday), false) if y == 2019 => {
            Some("2019 accession days missing from the other calendar")
        }
        // Olympics special law: 海の日 07-23/07-22, 山の日 08-10/08-08 (+ 振替 08-09 in 2021);
        // the regular dates were ordinary days.
        (Some(MarineDay | MountainDay), false) if y == 2020 || y == 2021 => {
            Some("Olympic move not applied by the other calendar")
        }
        (Some(SubstituteHoliday), false) if date == d(2021, 8, 9) => Some("振替 for 山の日 moved to Sunday 2021-08-08"),
        (None, true) if (y == 2020 || y == 2021) && (date == third_monday(7) || (m, day) == (8, 11)) => {
            Some("regular date of a holiday the Olympics law moved")
        }
        // A 祝日 on a Sunday is still a 祝日; the other calendar leaves those out.
        (Some(h), false) if sunday(date) && h != SubstituteHoliday && h != CitizensHoliday => {
            Some("祝日 on a Sunday, omitted by the other calendar")
        }
        // ... and so it also misses the 振替休日 after a Sunday equinox.
        (Some(SubstituteHoliday), false)
            if sunday(date.pred_opt().unwrap())
                && matches!(holiday_name(date.pred_opt().unwrap()), Some(VernalEquinoxDay | AutumnalEquinoxDay)) =>
        {
            Some("振替休日 after a Sunday equinox day, missing from the other calendar")
        }
        // Article 3-3: a day between two 祝日; the other calendar has no such rule.
        (Some(CitizensHoliday), false)
            if is_holiday(date.pred_opt().unwrap()) && is_holiday(date.succ_opt().unwrap()) =>
        {
            Some("国民の休日 (sandwiched day), missing from the other calendar")
        }
        // 山の日 exists only from 2016; the other calendar applies it to earlier years too
        // (with a 振替 on 08-12 when 08-11 is a Sunday).
        (None, true) if y < 2016 && m == 8 && (day == 11 || (day == 12 && sunday(date.pred_opt().unwrap()))) => {
            Some("山の日 before 2016 in the other calendar")
        }
        // 海の日 and 敬老の日 moved to the 3rd Monday only in 2003; 2000-2002 kept 07-20 and 09-15.
        (None, true) if y < 2003 && (date == third_monday(7) || date == third_monday(9)) => {
            Some("Happy Monday applied before 2003 by the other calendar")
        }
        (Some(MarineDay), false) if y < 2003 && (m, day) == (7, 20) => Some("海の日 was 07-20 until 2002"),
        (Some(RespectForTheAgedDay), false) if y < 2003 && (m, day) == (9, 15) => Some("敬老の日 was 09-15 until 2002"),
        // Before 2007 05-04 was no 祝日 and a 振替 was only ever the Monday: 2003-05-04 (Sun)
        // gave nothing, but the other calendar applies today's rules and adds 05-06.
        (None, true) if y < 2007 && (m, day) == (5, 6) && sunday(d(y, 5, 4)) => {
            Some("2007 substitute rule applied before 2007")
        }
        _ => None,
    }
}

#[test]
fn matches_the_opening_hours_calendar_except_explained_days() {
    let theirs = Country::JP.holidays();
    let theirs = theirs.get_public();
    let mut unexplained = Vec::new();
    let mut explained_count = 0;
    let mut date = d(2000, 1, 1);
    while date <= d(2076, 12, 31) {
        let ours = is_holiday(date);
        let other = theirs.contains(date);
        if ours != other {
            match explained(date, other) {
                Some(why) => {
                    explained_count += 1;
                    eprintln!("{date} ours={:?} theirs={other}: {why}", holiday_name(date));
                }
                _ => {
                    unexplained.push(format!("{date} {} ours={:?} theirs={other}", date.weekday(), holiday_name(date)))
                }
            }
        }
        date = date.succ_opt().unwrap();
    }
    assert!(unexplained.is_empty(), "unexplained differences:\n{}", unexplained.join("\n"));
    // The known omissions exist: if this drops to zero the other calendar changed and the
    // list above should be pruned.
    assert!(explained_count > 0);
    // The two the brief names must be among them (and on our side).
    for date in [d(2026, 9, 22), d(2027, 3, 22)] {
        assert!(is_holiday(date) && !theirs.contains(date), "{date}");
    }
}

#[test]
fn dates_named_in_the_brief() {
    assert_eq!(holiday_name(d(2026, 11, 23)), Some(Holiday::LaborThanksgivingDay));
    assert_eq!(holiday_name(d(2026, 11, 23)).unwrap().name_ja(), "勤労感謝の日");
    assert_eq!(holiday_name(d(2025, 11, 24)), Some(Holiday::SubstituteHoliday));
    assert_eq!(holiday_name(d(2025, 11, 24)).unwrap().name_ja(), "振替休日");
    assert_eq!(holiday_name(d(2026, 5, 6)), Some(Holiday::SubstituteHoliday));
    assert_eq!(holiday_name(d(2026, 9, 22)), Some(Holiday::CitizensHoliday));
    assert_eq!(holiday_name(d(2026, 9, 22)).unwrap().name_ja(), "国民の休日");
    assert_eq!(holiday_name(d(2027, 3, 22)), Some(Holiday::SubstituteHoliday));
    assert!(!is_holiday(d(2026, 11, 24)));
    assert_eq!(holiday_name(d(2026, 11, 24)), None);
}

#[test]
fn olympic_moves_and_2019() {
    assert_eq!(holiday_name(d(2020, 7, 23)), Some(Holiday::MarineDay));
    assert_eq!(holiday_name(d(2020, 7, 24)), Some(Holiday::SportsDay));
    assert_eq!(holiday_name(d(2020, 8, 10)), Some(Holiday::MountainDay));
    assert!(!is_holiday(d(2020, 10, 12)));
    assert_eq!(holiday_name(d(2021, 7, 22)), Some(Holiday::MarineDay));
    assert_eq!(holiday_name(d(2021, 7, 23)), Some(Holiday::SportsDay));
    assert_eq!(holiday_name(d(2021, 8, 8)), Some(Holiday::MountainDay));
    assert_eq!(holiday_name(d(2021, 8, 9)), Some(Holiday::SubstituteHoliday));
    assert!(!is_holiday(d(2021, 8, 11)));
    assert!(!is_holiday(d(2019, 12, 23)));
}

#[test]
fn year_counts_are_plausible() {
    // 2026: 16 祝日 + 05-06 振替 + 09-22 国民の休日 = 18 days (the Cabinet Office list).
    assert_eq!(tasukete::holidays::holidays_in_year(2026).len(), 18);
    // 2019: 15 祝日 (no 天皇誕生日) + 即位の日 + 即位礼 + 2 国民の休日 + 振替 05-06, 08-12, 11-04.
    let y2019 = tasukete::holidays::holidays_in_year(2019);
    assert_eq!(y2019.len(), 22, "{y2019:?}");
}

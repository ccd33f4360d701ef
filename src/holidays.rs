//! Japan's national holidays (国民の祝日に関する法律 and its special laws), 1955..=2099, as rules.
//!
//! Every year in range is computed once, on first use, into a table of one byte per day,
//! so [`is_holiday`] and [`holiday_name`] are an index into a static array: cheap enough
//! for the open-now filter that runs while walking the spatial index.
//!
//! ```
//! use chrono::NaiveDate;
//! use tasukete::holidays::{holiday_name, Holiday};
//!
//! let d = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
//! assert_eq!(holiday_name(d), Some(Holiday::LaborThanksgivingDay));
//! assert_eq!(Holiday::LaborThanksgivingDay.name_ja(), "勤労感謝の日");
//! ```

use chrono::{Datelike, NaiveDate, Weekday};
use serde::{Deserialize, Serialize};
use std::sync::OnceLock;

/// First year covered.
pub const FIRST_YEAR: i32 = 1955;
/// Last year covered: the equinox formula is only valid up to 2099.
pub const LAST_YEAR: i32 = 2099;

macro_rules! holidays {
    ($($variant:ident => $id:literal, $ja:literal;)+) => {
        /// A kind of holiday. Serialises as its stable kebab-case id (for localisation).
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
        #[serde(rename_all = "kebab-case")]
        #[allow(missing_docs)]
        #[repr(u8)]
        pub enum Holiday { $($variant),+ }

        impl Holiday {
            /// Every kind, in declaration order (index = discriminant).
            pub const ALL: &'static [Holiday] = &[$(Holiday::$variant),+];

            /// The stable kebab-case id, the key for translated names.
            pub fn id(self) -> &'static str {
                match self { $(Holiday::$variant => $id),+ }
            }

            /// The name in Japanese, as the law writes it.
            pub fn name_ja(self) -> &'static str {
                match self { $(Holiday::$variant => $ja),+ }
            }
        }
    };
}

holidays! {
    NewYearsDay => "new-years-day", "元日";
    ComingOfAgeDay => "coming-of-age-day", "成人の日";
    NationalFoundationDay => "national-foundation-day", "建国記念の日";
    EmperorsBirthday => "emperors-birthday", "天皇誕生日";
    VernalEquinoxDay => "vernal-equinox-day", "春分の日";
    ShowaDay => "showa-day", "昭和の日";
    ConstitutionDay => "constitution-day", "憲法記念日";
    GreeneryDay => "greenery-day", "みどりの日";
    ChildrensDay => "childrens-day", "こどもの日";
    MarineDay => "marine-day", "海の日";
    MountainDay => "mountain-day", "山の日";
    RespectForTheAgedDay => "respect-for-the-aged-day", "敬老の日";
    AutumnalEquinoxDay => "autumnal-equinox-day", "秋分の日";
    HealthSportsDay => "health-sports-day", "体育の日";
    SportsDay => "sports-day", "スポーツの日";
    CultureDay => "culture-day", "文化の日";
    LaborThanksgivingDay => "labor-thanksgiving-day", "勤労感謝の日";
    ImperialWedding => "imperial-wedding", "結婚の儀";
    ImperialFuneral => "imperial-funeral", "大喪の礼";
    EnthronementCeremony => "enthronement-ceremony", "即位礼正殿の儀";
    EnthronementDay => "enthronement-day", "天皇の即位の日";
    SubstituteHoliday => "substitute-holiday", "振替休日";
    CitizensHoliday => "citizens-holiday", "国民の休日";
}

/// Whether `date` is a national holiday (祝日, 振替休日 or 国民の休日).
/// Always false outside [`FIRST_YEAR`]..=[`LAST_YEAR`].
pub fn is_holiday(date: NaiveDate) -> bool {
    code(date) != 0
}

/// Which holiday `date` is, if any. `None` outside [`FIRST_YEAR`]..=[`LAST_YEAR`].
pub fn holiday_name(date: NaiveDate) -> Option<Holiday> {
    match code(date) {
        0 => None,
        c => Some(Holiday::ALL[usize::from(c) - 1]),
    }
}

/// The holidays of one year in date order. Empty outside the covered years.
pub fn holidays_in_year(year: i32) -> Vec<(NaiveDate, Holiday)> {
    let Some(days) = year_table(year) else {
        return Vec::new();
    };
    days.iter()
        .enumerate()
        .filter(|(_, &c)| c != 0)
        .filter_map(|(i, &c)| {
            let date = NaiveDate::from_yo_opt(year, i as u32 + 1)?;
            Some((date, Holiday::ALL[usize::from(c) - 1]))
        })
        .collect()
}

/// One byte per day of the year (ordinal - 1): 0 = ordinary day, else discriminant + 1.
type YearTable = [u8; 366];

const YEARS: usize = (LAST_YEAR - FIRST_YEAR + 1) as usize;

fn table() -> &'static [YearTable] {
    static TABLE: OnceLock<Box<[YearTable]>> = OnceLock::new();
    TABLE.get_or_init(|| (FIRST_YEAR..=LAST_YEAR).map(compute_year).collect::<Vec<_>>().into_boxed_slice())
}

fn year_table(year: i32) -> Option<&'static YearTable> {
    if !(FIRST_YEAR..=LAST_YEAR).contains(&year) {
        return None;
    }
    let t = table();
    debug_assert_eq!(t.len(), YEARS);
    Some(&t[(year - FIRST_YEAR) as usize])
}

#[inline]
fn code(date: NaiveDate) -> u8 {
    match year_table(date.year()) {
        Some(days) => days[date.ordinal0() as usize],
        None => 0,
    }
}

fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("holiday rule produced an invalid date")
}

/// The n-th Monday of a month (the "Happy Monday" system).
fn nth_monday(y: i32, m: u32, n: u8) -> NaiveDate {
    NaiveDate::from_weekday_of_month_opt(y, m, Weekday::Mon, n).expect("every month has 4 Mondays")
}

/// 春分日 and 秋分日 by the usual approximation of the astronomical equinox (valid
/// 1900..=2099); the Cabinet Office announces them a year ahead from the same astronomy.
/// `(y - 1983) / 4` truncates toward zero on purpose: that is how the published formula is
/// evaluated, and it reproduces the historical dates (e.g. 1976-03-20).
fn equinox_day(y: i32, autumn: bool) -> u32 {
    let dy = f64::from(y - 1980);
    let (base, leap) = match (y < 1980, autumn) {
        (true, false) => (20.8357, (y - 1983) / 4),
        (true, true) => (23.2588, (y - 1983) / 4),
        (false, false) => (20.8431, (y - 1980) / 4),
        (false, true) => (23.2488, (y - 1980) / 4),
    };
    (base + 0.242194 * dy - f64::from(leap)).floor() as u32
}

/// The 国民の祝日 proper of a year (article 2 of the law plus the special laws), before
/// 振替休日 and 国民の休日 are derived from them.
fn statutory(y: i32) -> Vec<(NaiveDate, Holiday)> {
    use Holiday::*;
    let mut v = vec![
        (ymd(y, 1, 1), NewYearsDay),
        (ymd(y, 3, equinox_day(y, false)), VernalEquinoxDay),
        (ymd(y, 5, 3), ConstitutionDay),
        (ymd(y, 5, 5), ChildrensDay),
        (ymd(y, 9, equinox_day(y, true)), AutumnalEquinoxDay),
        (ymd(y, 11, 3), CultureDay),
        (ymd(y, 11, 23), LaborThanksgivingDay),
    ];
    // 成人の日: 01-15, Happy Monday (2nd Monday) from 2000.
    v.push((if y < 2000 { ymd(y, 1, 15) } else { nth_monday(y, 1, 2) }, ComingOfAgeDay));
    // 建国記念の日: from 1967 (law of 1966).
    if y >= 1967 {
        v.push((ymd(y, 2, 11), NationalFoundationDay));
    }
    // 天皇誕生日 follows the reigning emperor; 2019 had none (Akihito abdicated on 04-30,
    // Naruhito's birthday law took effect in 2020).
    match y {
        ..=1988 => v.push((ymd(y, 4, 29), EmperorsBirthday)),
        1989..=2018 => v.push((ymd(y, 12, 23), EmperorsBirthday)),
        2019 => {}
        _ => v.push((ymd(y, 2, 23), EmperorsBirthday)),
    }
    // 04-29 became みどりの日 in 1989 and 昭和の日 in 2007, when みどりの日 moved to 05-04.
    match y {
        ..=1988 => {}
        1989..=2006 => v.push((ymd(y, 4, 29), GreeneryDay)),
        _ => {
            v.push((ymd(y, 4, 29), ShowaDay));
            v.push((ymd(y, 5, 4), GreeneryDay));
        }
    }
    // 海の日: 07-20 from 1996, 3rd Monday from 2003; moved for the Olympics in 2020/2021.
    match y {
        ..=1995 => {}
        1996..=2002 => v.push((ymd(y, 7, 20), MarineDay)),
        2020 => v.push((ymd(2020, 7, 23), MarineDay)),
        2021 => v.push((ymd(2021, 7, 22), MarineDay)),
        _ => v.push((nth_monday(y, 7, 3), MarineDay)),
    }
    // 山の日: from 2016; moved for the Olympics in 2020/2021.
    match y {
        ..=2015 => {}
        2020 => v.push((ymd(2020, 8, 10), MountainDay)),
        2021 => v.push((ymd(2021, 8, 8), MountainDay)),
        _ => v.push((ymd(y, 8, 11), MountainDay)),
    }
    // 敬老の日: 09-15 from 1966, 3rd Monday from 2003.
    match y {
        ..=1965 => {}
        1966..=2002 => v.push((ymd(y, 9, 15), RespectForTheAgedDay)),
        _ => v.push((nth_monday(y, 9, 3), RespectForTheAgedDay)),
    }
    // 体育の日: 10-10 from 1966, 2nd Monday from 2000; renamed スポーツの日 in 2020 and
    // moved for the Olympics in 2020/2021.
    match y {
        ..=1965 => {}
        1966..=1999 => v.push((ymd(y, 10, 10), HealthSportsDay)),
        2000..=2019 => v.push((nth_monday(y, 10, 2), HealthSportsDay)),
        2020 => v.push((ymd(2020, 7, 24), SportsDay)),
        2021 => v.push((ymd(2021, 7, 23), SportsDay)),
        _ => v.push((nth_monday(y, 10, 2), SportsDay)),
    }
    // One-off days made holidays by special laws.
    match y {
        1959 => v.push((ymd(1959, 4, 10), ImperialWedding)),
        1989 => v.push((ymd(1989, 2, 24), ImperialFuneral)),
        1990 => v.push((ymd(1990, 11, 12), EnthronementCeremony)),
        1993 => v.push((ymd(1993, 6, 9), ImperialWedding)),
        2019 => {
            // 05-01 is "regarded as a 国民の祝日", so 04-30 and 05-02 follow as 国民の休日.
            v.push((ymd(2019, 5, 1), EnthronementDay));
            v.push((ymd(2019, 10, 22), EnthronementCeremony));
        }
        _ => {}
    }
    v
}

fn compute_year(y: i32) -> YearTable {
    let mut days = [0u8; 366];
    let idx = |d: NaiveDate| d.ordinal0() as usize;
    let set = |days: &mut YearTable, d: NaiveDate, h: Holiday| days[idx(d)] = h as u8 + 1;

    let statutory = statutory(y);
    // Whether a day is a 国民の祝日 proper; the derived rules look at these only.
    let mut is_statutory = [false; 366];
    for &(d, h) in &statutory {
        set(&mut days, d, h);
        is_statutory[idx(d)] = true;
    }
    let last = if NaiveDate::from_ymd_opt(y, 12, 31).map(|d| d.ordinal()) == Some(366) { 366 } else { 365 };

    // 振替休日 (article 3-2): from 1973-04-12 a 祝日 on a Sunday gives the next day; from
    // 2007 the next day that is not a 祝日 (it may skip over 05-04 and 05-05). No year in
    // range ends on a Sunday holiday, so the rule never crosses into January.
    for &(d, _) in &statutory {
        if d.weekday() != Weekday::Sun || d < ymd(1973, 4, 12) {
            continue;
        }
        let mut i = idx(d) + 1;
        if y >= 2007 {
            while i < last && is_statutory[i] {
                i += 1;
            }
        } else if is_statutory.get(i).copied().unwrap_or(true) {
            continue; // before 2007 the substitute was lost when Monday was itself a 祝日
        }
        if i < last {
            days[i] = Holiday::SubstituteHoliday as u8 + 1;
        }
    }

    // 国民の休日 (article 3-3), from 1985-12-27: a day whose previous and next days are both
    // 祝日. Before 2007 it excluded Sundays and 振替休日; since 2007 only days that are
    // 祝日 themselves (a day that is already a 振替休日 keeps that name).
    for i in 1..last.saturating_sub(1) {
        if !(is_statutory[i - 1] && is_statutory[i + 1]) || is_statutory[i] {
            continue;
        }
        let Some(d) = NaiveDate::from_yo_opt(y, i as u32 + 1) else {
            continue;
        };
        if d < ymd(1985, 12, 27) {
            continue;
        }
        if days[i] != 0 || (y < 2007 && d.weekday() == Weekday::Sun) {
            continue;
        }
        days[i] = Holiday::CitizensHoliday as u8 + 1;
    }
    days
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, dd: u32) -> NaiveDate {
        ymd(y, m, dd)
    }

    #[test]
    fn equinoxes_match_the_cabinet_office() {
        // Announced dates: 2024-03-20, 2025-03-20, 2026-03-20, 2024-09-22, 2025-09-23, 2026-09-23.
        assert_eq!(holiday_name(d(2024, 3, 20)), Some(Holiday::VernalEquinoxDay));
        assert_eq!(holiday_name(d(2025, 3, 20)), Some(Holiday::VernalEquinoxDay));
        assert_eq!(holiday_name(d(2026, 3, 20)), Some(Holiday::VernalEquinoxDay));
        assert_eq!(holiday_name(d(2024, 9, 22)), Some(Holiday::AutumnalEquinoxDay));
        assert_eq!(holiday_name(d(2025, 9, 23)), Some(Holiday::AutumnalEquinoxDay));
        assert_eq!(holiday_name(d(2026, 9, 23)), Some(Holiday::AutumnalEquinoxDay));
        // Before 1980 the other branch of the formula: 1976-03-20, 1979-03-21.
        assert_eq!(holiday_name(d(1976, 3, 20)), Some(Holiday::VernalEquinoxDay));
        assert_eq!(holiday_name(d(1979, 3, 21)), Some(Holiday::VernalEquinoxDay));
    }

    #[test]
    fn substitute_rules_changed_in_2007() {
        // 1973-04-29 (Sun) gave the first 振替休日.
        assert_eq!(holiday_name(d(1973, 4, 30)), Some(Holiday::SubstituteHoliday));
        // 1973-02-11 (Sun) was before the law took effect.
        assert!(!is_holiday(d(1973, 2, 12)));
        // 2006-05-03 was a Wednesday; 1998-05-03 (Sun) -> 05-04 Mon 振替休日 (not 国民の休日).
        assert_eq!(holiday_name(d(1998, 5, 4)), Some(Holiday::SubstituteHoliday));
        // 2008-05-04 (Sun, みどりの日) -> 05-06 Tue, skipping 05-05.
        assert_eq!(holiday_name(d(2008, 5, 6)), Some(Holiday::SubstituteHoliday));
    }

    #[test]
    fn citizens_holidays() {
        // 1988-05-04 (Wed) was the first 05-04 国民の休日; 1986-05-04 was a Sunday.
        assert_eq!(holiday_name(d(1988, 5, 4)), Some(Holiday::CitizensHoliday));
        assert!(!is_holiday(d(1986, 5, 4)));
        // 2009-09-22 and 2015-09-22: Silver Week.
        assert_eq!(holiday_name(d(2009, 9, 22)), Some(Holiday::CitizensHoliday));
        assert_eq!(holiday_name(d(2015, 9, 22)), Some(Holiday::CitizensHoliday));
        // 2019 accession: 04-30 and 05-02.
        assert_eq!(holiday_name(d(2019, 4, 30)), Some(Holiday::CitizensHoliday));
        assert_eq!(holiday_name(d(2019, 5, 1)), Some(Holiday::EnthronementDay));
        assert_eq!(holiday_name(d(2019, 5, 2)), Some(Holiday::CitizensHoliday));
    }

    #[test]
    fn emperors_birthday_moves_with_the_reign() {
        assert_eq!(holiday_name(d(1988, 4, 29)), Some(Holiday::EmperorsBirthday));
        assert_eq!(holiday_name(d(1989, 4, 29)), Some(Holiday::GreeneryDay));
        assert_eq!(holiday_name(d(2018, 12, 24)), Some(Holiday::SubstituteHoliday));
        assert!(!is_holiday(d(2019, 12, 23)));
        assert!(!is_holiday(d(2019, 2, 23)));
        assert_eq!(holiday_name(d(2020, 2, 24)), Some(Holiday::SubstituteHoliday));
    }

    #[test]
    fn one_off_days() {
        for (date, h) in [
            (d(1959, 4, 10), Holiday::ImperialWedding),
            (d(1989, 2, 24), Holiday::ImperialFuneral),
            (d(1990, 11, 12), Holiday::EnthronementCeremony),
            (d(1993, 6, 9), Holiday::ImperialWedding),
            (d(2019, 10, 22), Holiday::EnthronementCeremony),
        ] {
            assert_eq!(holiday_name(date), Some(h), "{date}");
        }
    }

    #[test]
    fn out_of_range_is_never_a_holiday() {
        assert!(!is_holiday(d(1954, 1, 1)));
        assert!(!is_holiday(d(2100, 1, 1)));
        assert!(is_holiday(d(2099, 1, 1)));
        assert!(holidays_in_year(2100).is_empty());
    }

    #[test]
    fn ids_are_unique_kebab_case() {
        let mut ids: Vec<_> = Holiday::ALL.iter().map(|h| h.id()).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), Holiday::ALL.len());
        for (i, h) in Holiday::ALL.iter().enumerate() {
            assert_eq!(*h as usize, i);
            assert_eq!(serde_json::to_string(h).unwrap(), format!("\"{}\"", h.id()));
        }
    }
}

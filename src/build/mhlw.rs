//! The MHLW 医療情報ネット sheets: the facility sheet (one row per facility) and the
//! speciality-hours file (one row per facility x department x time band), streamed from its zip.

use super::departments::DepartmentMap;
use super::table::{Rejected, Table};
use crate::error::{Error, Result};
use crate::facility::{DepartmentSet, Facility, FacilityKind, PositionSource, RecordSource};
use crate::geo::LatLon;
use crate::hours::{DepartmentHours, WeekWindows, Window};
use std::collections::HashMap;
use std::fs::File;
use std::io::BufReader;
use std::path::Path;

const WEEKDAYS: [&str; 7] = ["月", "火", "水", "木", "金", "土", "日"];
const HOURS_DAYS: [&str; 8] = ["月", "火", "水", "木", "金", "土", "日", "祝"];

/// A facility-sheet flag as written: `1`, `0` or empty.
pub type RawFlag = Option<bool>;

/// One row of the facility sheet, with its closing flags still as written.
#[derive(Debug, Clone)]
pub struct SheetFacility {
    /// The facility (departments, phone and emergency are filled in later).
    pub facility: Facility,
    /// 毎週決まった曜日に休診（月..日）.
    pub weekly: [RawFlag; 7],
    /// 決まった週に休診（定期週）第n週（月..日）.
    pub nth_week: [[RawFlag; 7]; 5],
    /// 祝日に休診.
    pub holiday: RawFlag,
    /// その他の休診日（gw、お盆等）.
    pub other_closed_text: Option<String>,
    /// Whether the sheet gave a position, but outside Japan's box (other than 0,0).
    pub position_outside_japan: bool,
}

fn non_empty(s: &str) -> Option<String> {
    (!s.is_empty()).then(|| s.to_string())
}

fn flag(s: &str) -> std::result::Result<RawFlag, String> {
    match s {
        "" => Ok(None),
        "1" => Ok(Some(true)),
        "0" => Ok(Some(false)),
        other => Err(format!("flag '{other}' is not 0, 1 or empty")),
    }
}

fn kind_of(code: &str) -> Option<FacilityKind> {
    match code {
        "1" => Some(FacilityKind::Hospital),
        "2" => Some(FacilityKind::Clinic),
        "3" => Some(FacilityKind::Dental),
        "5" => Some(FacilityKind::Pharmacy),
        _ => None,
    }
}

/// Reads a facility sheet. Malformed rows go to `rejected`; the rest come back in file order.
pub fn read_facilities(path: &Path, rejected: &mut Vec<Rejected>) -> Result<Vec<SheetFacility>> {
    let file = File::open(path).map_err(|e| Error::io(path, e))?;
    let weekly_cols: Vec<String> = WEEKDAYS.iter().map(|d| format!("毎週決まった曜日に休診（{d}）")).collect();
    let nth_cols: Vec<String> = (1..=5)
        .flat_map(|n| WEEKDAYS.iter().map(move |d| format!("決まった週に休診（定期週）第{n}週（{d}）")))
        .collect();
    let mut required: Vec<&str> = vec![
        "ID",
        "正式名称",
        "正式名称（フリガナ）",
        "英語表記（ローマ字表記）",
        "機関区分",
        "都道府県コード",
        "所在地",
        "所在地座標（緯度）",
        "所在地座標（経度）",
        "案内用ホームページアドレス",
        "祝日に休診",
        "その他の休診日（gw、お盆等）",
    ];
    required.extend(weekly_cols.iter().map(String::as_str));
    required.extend(nth_cols.iter().map(String::as_str));
    let mut table = Table::open(path, BufReader::new(file), &required)?;
    let c = |t: &Table<_>, name: &str| t.column(name);
    let (id, name, kana, en, kind, pref, addr, lat, lon, web, hol, other) = (
        c(&table, "ID"),
        c(&table, "正式名称"),
        c(&table, "正式名称（フリガナ）"),
        c(&table, "英語表記（ローマ字表記）"),
        c(&table, "機関区分"),
        c(&table, "都道府県コード"),
        c(&table, "所在地"),
        c(&table, "所在地座標（緯度）"),
        c(&table, "所在地座標（経度）"),
        c(&table, "案内用ホームページアドレス"),
        c(&table, "祝日に休診"),
        c(&table, "その他の休診日（gw、お盆等）"),
    );
    let weekly_idx: Vec<usize> = weekly_cols.iter().map(|n| table.column(n)).collect();
    let nth_idx: Vec<usize> = nth_cols.iter().map(|n| table.column(n)).collect();

    let mut out = Vec::new();
    let mut seen: HashMap<String, u64> = HashMap::new();
    while let Some(row) = table.next_record(rejected)? {
        let reject = |reason: String| table.reject(row.line, reason);
        let fid = row.get(id);
        // Most IDs are 13 digits, but the real sheet also has shorter ones and letters
        // (151BYJTX00001): an ID is 1 to 13 ASCII letters or digits.
        if fid.is_empty() || fid.len() > 13 || !fid.bytes().all(|b| b.is_ascii_alphanumeric()) {
            rejected.push(reject(format!("ID '{fid}' is not 1 to 13 letters or digits")));
            continue;
        }
        if let Some(first) = seen.get(fid) {
            rejected.push(reject(format!("ID {fid} repeats line {first}")));
            continue;
        }
        let Some(kind) = kind_of(row.get(kind)) else {
            rejected.push(reject(format!("機関区分 '{}' is not 1, 2, 3 or 5", row.get(kind))));
            continue;
        };
        let pref_code = match row.get(pref).parse::<u8>() {
            Ok(p @ 1..=47) => p,
            _ => {
                rejected.push(reject(format!("都道府県コード '{}' is not 01..47", row.get(pref))));
                continue;
            }
        };
        let name_ja = row.get(name);
        if name_ja.is_empty() {
            rejected.push(reject("正式名称 is empty".into()));
            continue;
        }
        let flags: std::result::Result<Vec<RawFlag>, String> =
            weekly_idx.iter().chain(&nth_idx).chain([&hol]).map(|&i| flag(row.get(i))).collect();
        let flags = match flags {
            Ok(f) => f,
            Err(e) => {
                rejected.push(reject(e));
                continue;
            }
        };
        let (lat_s, lon_s) = (row.get(lat), row.get(lon));
        let parsed = lat_s.parse::<f64>().ok().zip(lon_s.parse::<f64>().ok());
        let position = parsed.and_then(|(a, b)| LatLon::in_japan(a, b));
        let position_outside_japan = position.is_none() && parsed.is_some_and(|(a, b)| a != 0.0 || b != 0.0);
        let mut weekly = [None; 7];
        weekly.copy_from_slice(&flags[..7]);
        let mut nth_week = [[None; 7]; 5];
        for (n, week) in nth_week.iter_mut().enumerate() {
            week.copy_from_slice(&flags[7 + n * 7..14 + n * 7]);
        }
        seen.insert(fid.to_string(), row.line);
        out.push(SheetFacility {
            facility: Facility {
                id: fid.to_string(),
                kind,
                name_ja: name_ja.to_string(),
                name_kana: non_empty(row.get(kana)),
                name_en: non_empty(row.get(en)),
                address_ja: row.get(addr).to_string(),
                pref_code,
                position,
                position_source: position.map(|_| PositionSource::Mhlw),
                precision: position.map(|_| PositionSource::Mhlw.precision()),
                record_source: RecordSource::MhlwSheet,
                departments_from_name: false,
                phone: None,
                emergency: None,
                departments: DepartmentSet::default(),
                website: non_empty(row.get(web)),
            },
            weekly,
            nth_week,
            holiday: flags[42],
            other_closed_text: non_empty(row.get(other)),
            position_outside_japan,
        });
    }
    Ok(out)
}

/// Why a window of the hours file was dropped.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WindowProblem {
    /// A bound that is not `HH:MM` within 00:00..=24:00.
    NotATime,
    /// An end before its start that is too long to be a night duty (a typo).
    EndsBeforeStart,
}

/// Reads one `start`-`end` pair of the hours file into a window (minutes after midnight;
/// an overnight or 24-hour window ends past 1440). The builder's only reading of windows.
pub fn parse_window(s: &str, e: &str) -> std::result::Result<Window, WindowProblem> {
    let (Some(start), Some(end)) = (minutes(s), minutes(e)) else {
        return Err(WindowProblem::NotATime);
    };
    // 24:00 only ends a day: as a start, 24:00-00:00 became an empty window at the next
    // midnight (found by the fuzzer; the 2025 hours file has no 24:xx at all).
    if start >= 1440 {
        return Err(WindowProblem::NotATime);
    }
    let (start, end) = window_of(start, end).ok_or(WindowProblem::EndsBeforeStart)?;
    Ok(Window { start, end })
}

/// Parses `HH:MM` (00:00..=24:00) to minutes.
pub fn minutes(s: &str) -> Option<u16> {
    let (h, m) = s.split_once(':')?;
    let (h, m): (u16, u16) = (h.parse().ok()?, m.parse().ok()?);
    // `then`, not `then_some`: the product is computed only once `h` is known to be small
    // (`09999:00` overflowed u16 here; found by the fuzzer, tests/fuzz-regressions).
    (h <= 24 && m < 60 && h * 60 + m <= 1440).then(|| h * 60 + m)
}

/// How the hours file writes a window, read as minutes after the day's midnight (the end
/// may pass 1440 into the next morning), or `None` for a window that cannot be meant:
/// - the same start and end (`00:00`-`00:00`, `08:30`-`08:30`) or an end one minute before
///   the start (`09:00`-`08:59`): 24 hours from the start (2,939 cells write 24-hour care,
///   mostly 救急科, as `00:00`-`00:00`);
/// - an end at `23:59` or `24:00`, or `00:00` after a later start: until midnight
///   (`00:00`-`23:59` is 24 hours, `12:00`-`00:00` until midnight);
/// - an end before the start within [`OVERNIGHT_MAX_MINUTES`] (`17:00`-`08:30`): overnight,
///   ending the next morning; a longer one (`13:30`-`12:00`) is a typo.
pub fn window_of(start: u16, end: u16) -> Option<(u16, u16)> {
    if end == start || end + 1 == start {
        return Some((start, start + 1440));
    }
    if end == 1439 || (end == 0 && start > 0) {
        return Some((start, 1440));
    }
    if end > start {
        return Some((start, end));
    }
    (end + 1440 - start <= OVERNIGHT_MAX_MINUTES).then_some((start, end + 1440))
}

/// A window whose end is before its start runs past midnight (night duty 17:00-08:00,
/// 08:30-00:15) when it lasts at most this long; longer (13:30-12:00) is a typo.
const OVERNIGHT_MAX_MINUTES: u16 = 16 * 60;

/// The hours of every facility in the file, by facility ID. Rows for IDs not in
/// `known_ids` and malformed windows are rejected; unmapped department names are
/// collected in `departments` (the caller fails the build with their list).
pub fn read_hours(
    zip_path: &Path,
    known_ids: &HashMap<String, usize>,
    departments: &mut DepartmentMap,
    rejected: &mut Vec<Rejected>,
    mut progress: impl FnMut(u64),
) -> Result<(Vec<Vec<DepartmentHours>>, u64)> {
    let file = File::open(zip_path).map_err(|e| Error::io(zip_path, e))?;
    let bad = |message: String| Error::BadSource { path: zip_path.to_path_buf(), message };
    let mut archive =
        zip::ZipArchive::new(BufReader::new(file)).map_err(|e| bad(format!("not a readable zip: {e}")))?;
    let index = (0..archive.len())
        .find(|&i| archive.name_for_index(i).is_some_and(|n| n.ends_with(".csv")))
        .ok_or_else(|| bad("the zip holds no .csv file".into()))?;
    let member = archive.by_index(index).map_err(|e| bad(format!("cannot open the zip member: {e}")))?;
    let member_path = zip_path.join(member.name());
    let mut time_cols: Vec<[String; 4]> = Vec::new();
    for d in HOURS_DAYS {
        time_cols.push([
            format!("{d}_診療開始時間"),
            format!("{d}_診療終了時間"),
            format!("{d}_外来受付開始時間"),
            format!("{d}_外来受付終了時間"),
        ]);
    }
    let mut required = vec!["ID", "診療科目コード", "診療科目名", "診療時間帯"];
    required.extend(time_cols.iter().flatten().map(String::as_str));
    let mut table = Table::open(&member_path, BufReader::with_capacity(1 << 16, member), &required)?;
    let (id_c, code_c, name_c) = (table.column("ID"), table.column("診療科目コード"), table.column("診療科目名"));
    let idx: Vec<[usize; 4]> = time_cols.iter().map(|cols| cols.clone().map(|c| table.column(&c))).collect();

    let mut per_facility: Vec<Vec<DepartmentHours>> = vec![Vec::new(); known_ids.len()];
    let mut rows = 0u64;
    while let Some(row) = table.next_record(rejected)? {
        rows += 1;
        if rows % 50_000 == 0 {
            progress(rows);
        }
        let fid = row.get(id_c);
        let Some(&slot) = known_ids.get(fid) else {
            rejected.push(table.reject(row.line, format!("ID {fid} is not in the facility sheet")));
            continue;
        };
        let (code, name) = (row.get(code_c), row.get(name_c));
        let Some(category) = departments.category(name, code) else { continue };
        let list = &mut per_facility[slot];
        let pos = match list.iter().position(|d| d.code == code && d.name_ja == name) {
            Some(p) => p,
            None => {
                list.push(DepartmentHours {
                    code: code.to_string(),
                    name_ja: name.to_string(),
                    category,
                    consultation: WeekWindows::default(),
                    reception: WeekWindows::default(),
                    doubtful_days: 0,
                });
                list.len() - 1
            }
        };
        for (day, cols) in idx.iter().enumerate() {
            for (pair, target) in [(0usize, false), (2usize, true)] {
                let (s, e) = (row.get(cols[pair]), row.get(cols[pair + 1]));
                if s.is_empty() && e.is_empty() {
                    continue;
                }
                let label = format!("{} {} {s}-{e}", HOURS_DAYS[day], if target { "外来受付" } else { "診療" });
                let window = match parse_window(s, e) {
                    Ok(w) => w,
                    Err(problem) => {
                        let why = match problem {
                            WindowProblem::NotATime => "not a time window",
                            WindowProblem::EndsBeforeStart => "ends before it starts",
                        };
                        rejected.push(table.reject(row.line, format!("{label}: {why}; window dropped")));
                        list[pos].doubtful_days |= 1 << day;
                        continue;
                    }
                };
                let dept = &mut list[pos];
                let week = if target { &mut dept.reception } else { &mut dept.consultation };
                week.0[day].push(window);
            }
        }
    }
    for list in &mut per_facility {
        for d in list.iter_mut() {
            for week in [&mut d.consultation, &mut d.reception] {
                for day in week.0.iter_mut() {
                    day.sort_by_key(|w| (w.start, w.end));
                    day.dedup();
                }
            }
        }
    }
    Ok((per_facility, rows))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn w(s: &str, e: &str) -> Option<(u16, u16)> {
        window_of(minutes(s).unwrap(), minutes(e).unwrap())
    }

    #[test]
    fn twenty_four_hour_windows_are_read_as_such() {
        assert_eq!(w("00:00", "00:00"), Some((0, 1440)));
        assert_eq!(w("00:00", "23:59"), Some((0, 1440)));
        assert_eq!(w("08:30", "08:30"), Some((510, 510 + 1440)));
        assert_eq!(w("09:00", "08:59"), Some((540, 540 + 1440)));
        assert_eq!(w("00:00", "24:00"), Some((0, 1440)));
    }

    #[test]
    fn midnight_and_overnight_ends() {
        assert_eq!(w("12:00", "00:00"), Some((720, 1440)));
        assert_eq!(w("07:00", "00:00"), Some((420, 1440)));
        assert_eq!(w("17:00", "23:59"), Some((1020, 1440)));
        assert_eq!(w("17:00", "08:30"), Some((1020, 510 + 1440)));
        assert_eq!(w("08:30", "00:15"), Some((510, 15 + 1440)));
        assert_eq!(w("09:00", "17:30"), Some((540, 1050)));
        assert_eq!(w("13:30", "12:00"), None, "22.5 hours backwards is a typo");
    }
}

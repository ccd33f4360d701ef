//! The builder on small generated sources: what goes in, what is rejected and why.

mod common;

use common::*;
use tasukete::build::{build, BuildOptions};
use tasukete::dataset::Dataset;
use tasukete::facility::{Department, PositionSource};
use tasukete::Error;

fn run(sources: &Sources) -> (tempfile::TempDir, tasukete::Result<tasukete::dataset::DatasetInfo>) {
    let out = tempfile::tempdir().unwrap();
    let opts = BuildOptions { sources: sources.path().into(), out: out.path().join("t.sqlite"), departments: None };
    let r = build(&opts, &mut |_| {});
    (out, r)
}

#[test]
fn small_sources_build_into_a_readable_dataset() {
    let s = small_sources();
    let (out, info) = run(&s);
    let info = info.unwrap();
    assert_eq!(info.facilities_total, 3);
    assert_eq!(info.facilities_placed, 3, "the 0,0 hospital takes its G-MIS position");
    assert_eq!(info.facilities_placed_from_gmis, 1);
    assert_eq!(info.with_phone, 2);
    assert_eq!(info.stations, 2);
    assert_eq!(info.stations_with_english, 1);
    assert_eq!(info.rows_rejected, 1, "{:?}", info.rejected);
    assert_eq!(info.rejected[0].file, "N02-23_Station.geojson");

    let ds = Dataset::open(&out.path().join("t.sqlite")).unwrap();
    let (rowid, f) = ds.facility("0111010000010").unwrap().unwrap();
    assert_eq!(f.phone.as_deref(), Some("0116112111"));
    assert_eq!(f.emergency, Some(true));
    assert!(f.departments.contains(Department::InternalMedicine));
    assert!(f.departments.contains(Department::Pediatrics));
    let sched = ds.schedule(rowid).unwrap();
    let naika = sched.departments.iter().find(|d| d.name_ja == "内科").unwrap();
    assert_eq!(naika.consultation.0[0].len(), 2, "two bands on Monday");
    assert_eq!((naika.consultation.0[0][1].start, naika.consultation.0[0][1].end), (14 * 60, 17 * 60));
    assert!(naika.consultation.0[6].is_empty(), "no Sunday hours");
    assert_eq!(sched.closing.weekly_open[6], Some(false), "Sunday flag 0 read as closed");
    assert_eq!(sched.closing.weekly_open[0], Some(true));
    assert_eq!(sched.closing.nth_week_open[1][5], Some(false), "2nd Saturday closed");
    assert_eq!(sched.closing.holiday_open, Some(false));
    assert_eq!(sched.closing.other_text.as_deref(), Some("12月29日～1月3日"));

    let (rowid, north) = ds.facility("0111010000020").unwrap().unwrap();
    assert_eq!(north.position_source, Some(PositionSource::Gmis2021));
    assert_eq!(north.emergency, Some(false), "設置なし");
    let er = &ds.schedule(rowid).unwrap().departments[0];
    assert_eq!(
        (er.consultation.0[0][0].start, er.consultation.0[0][0].end),
        (17 * 60, 8 * 60 + 1440),
        "night duty runs past midnight"
    );

    let (_, niigata) = ds.facility("151BYJTX00001").unwrap().unwrap();
    assert_eq!(niigata.phone, None, "no G-MIS match: no phone rather than a wrong one");
}

#[test]
fn malformed_rows_are_counted_with_their_lines_and_the_rest_is_kept() {
    let s = small_sources();
    let mut fac = vec![facility_header()];
    fac.push(facility_row("0111010000010", "札幌テスト病院", "01", "北海道札幌市", "43.05", "141.33", ""));
    let mut short = facility_row("0111010000030", "短い行", "01", "北海道", "43.0", "141.0", "");
    short.truncate(20);
    fac.push(short); // line 3
    fac.push(facility_row("0111010000040", "県コード不正", "99", "どこか", "43.0", "141.0", "")); // line 4
    fac.push(facility_row("0111010000010", "重複", "01", "北海道", "43.0", "141.0", "")); // line 5
    let mut bad_flag = facility_row("0111010000050", "フラグ不正", "01", "北海道", "43.0", "141.0", "");
    bad_flag[13] = "x".into();
    fac.push(bad_flag); // line 6
    s.write(FACILITIES, csv_text(&fac).as_bytes());
    let mut hours = vec![hours_header()];
    hours.push(hours_row("0111010000010", "01001", "内科", "1", "09:00", "12:00"));
    hours.push(hours_row("9999999999999", "01001", "内科", "1", "09:00", "12:00")); // line 3
    hours.push(hours_row("0111010000010", "03001", "小児科", "1", "9時", "12:00")); // line 4
    s.write_hours_zip(HOURS, &csv_text(&hours));

    let (_out, info) = run(&s);
    let info = info.unwrap();
    assert_eq!(info.facilities_total, 1);
    let lines = |file: &str, needle: &str| -> Vec<u64> {
        info.rejected
            .iter()
            .filter(|r| r.file.starts_with(file) && r.reason.contains(needle))
            .flat_map(|r| r.example_lines.clone())
            .collect()
    };
    assert_eq!(lines("01-1", "fields where the header has"), vec![3]);
    assert_eq!(lines("01-1", "都道府県コード"), vec![4]);
    assert_eq!(lines("01-1", "repeats line"), vec![5]);
    assert_eq!(lines("01-1", "flag"), vec![6]);
    assert_eq!(lines("01-2", "not in the facility sheet"), vec![3]);
    assert_eq!(lines("01-2", "not a time window").len(), 12, "6 days x consultation + reception on line 4");
    assert!(lines("01-2", "not a time window").iter().all(|&l| l == 4));
}

#[test]
fn an_unmapped_department_name_fails_the_build_with_the_list() {
    let s = small_sources();
    let mut hours = vec![hours_header()];
    hours.push(hours_row("0111010000010", "01991", "宇宙医学科", "1", "09:00", "12:00"));
    hours.push(hours_row("0111010000010", "01991", "時間旅行外来", "1", "09:00", "12:00"));
    s.write_hours_zip(HOURS, &csv_text(&hours));
    let (_out, r) = run(&s);
    match r {
        Err(Error::UnmappedDepartments { names, .. }) => {
            assert_eq!(names, vec!["宇宙医学科 (01991)".to_string(), "時間旅行外来 (01991)".to_string()])
        }
        other => panic!("expected UnmappedDepartments, got {other:?}"),
    }
}

#[test]
fn a_missing_source_names_the_file_and_what_to_download() {
    for rel in
        [HOURS, "gmis-hospitals-2021/covid-19_daily_survey_20210920.csv", "stations-n02-2023/N02-23_Station.geojson"]
    {
        let s = small_sources();
        std::fs::remove_file(s.file(rel)).unwrap();
        let (_out, r) = run(&s);
        let err = r.unwrap_err();
        let msg = err.to_string();
        assert!(matches!(err, Error::MissingSource { .. }), "{msg}");
        let name = std::path::Path::new(rel).file_name().unwrap().to_string_lossy().into_owned();
        assert!(msg.contains(&name), "{msg}");
        assert!(msg.contains("download") || msg.contains("copy"), "{msg}");
    }
}

#[test]
fn a_truncated_sheet_keeps_the_whole_rows_and_rejects_the_cut_one() {
    let s = small_sources();
    let text = std::fs::read_to_string(s.file(FACILITIES)).unwrap();
    let cut = text.rfind("新潟テスト病院").unwrap() + "新潟テスト病院".len();
    s.write(FACILITIES, &text.as_bytes()[..cut]);
    let (_out, info) = run(&s);
    let info = info.unwrap();
    assert_eq!(info.facilities_total, 2);
    let rej: Vec<_> = info.rejected.iter().filter(|r| r.file.starts_with("01-1")).collect();
    assert_eq!(rej.len(), 1, "{rej:?}");
    assert_eq!(rej[0].example_lines, vec![4]);
    assert!(rej[0].reason.contains("fields where the header has"), "{}", rej[0].reason);
}

#[test]
fn a_garbage_sheet_is_a_clear_error_naming_the_file() {
    let s = small_sources();
    let garbage: Vec<u8> = (0..4096u32).map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8).collect();
    s.write(FACILITIES, &garbage);
    let (_out, r) = run(&s);
    let msg = r.unwrap_err().to_string();
    assert!(msg.contains("01-1_hospital_facility_info_20250601.csv"), "{msg}");
    assert!(msg.contains("header"), "{msg}");

    let s = small_sources();
    s.write(FACILITIES, "\u{feff}\"ID\",\"名前\"\n\"1\",\"x\"\n".as_bytes());
    let msg = run(&s).1.unwrap_err().to_string();
    assert!(msg.contains("lacks column(s)") && msg.contains("正式名称"), "{msg}");

    let s = small_sources();
    std::fs::write(s.file(HOURS), b"PK\x03\x04 not really a zip").unwrap();
    let msg = run(&s).1.unwrap_err().to_string();
    assert!(msg.contains("not a readable zip") && msg.contains("01-2_hospital_speciality_hours"), "{msg}");
}

#[test]
fn a_failed_build_leaves_the_previous_dataset_in_place() {
    let s = small_sources();
    let out = tempfile::tempdir().unwrap();
    let target = out.path().join("t.sqlite");
    let opts = BuildOptions { sources: s.path().into(), out: target.clone(), departments: None };
    build(&opts, &mut |_| {}).unwrap();
    let before = std::fs::read(&target).unwrap();
    std::fs::remove_file(s.file("stations-tokyo/stations.json")).unwrap();
    assert!(build(&opts, &mut |_| {}).is_err());
    assert_eq!(std::fs::read(&target).unwrap(), before);
    assert!(Dataset::open(&target).is_ok());
}

#[test]
fn the_reader_refuses_other_schema_versions_and_non_datasets() {
    let s = small_sources();
    let (out, info) = run(&s);
    info.unwrap();
    let path = out.path().join("t.sqlite");
    {
        let conn = rusqlite::Connection::open(&path).unwrap();
        conn.pragma_update(None, "user_version", 99).unwrap();
    }
    match Dataset::open(&path) {
        Err(e @ Error::SchemaVersion { found: 99, .. }) => assert!(e.to_string().contains("rebuild"), "{e}"),
        other => panic!("expected SchemaVersion, got {other:?}"),
    }
    let junk = out.path().join("junk.sqlite");
    std::fs::write(&junk, b"this is not a database, just text that is long enough to have a header").unwrap();
    assert!(matches!(Dataset::open(&junk), Err(Error::CorruptDataset { .. })));
    let empty_db = out.path().join("empty.sqlite");
    rusqlite::Connection::open(&empty_db).unwrap().execute_batch("CREATE TABLE x(a)").unwrap();
    assert!(matches!(Dataset::open(&empty_db), Err(Error::CorruptDataset { .. })));
    assert!(matches!(Dataset::open(&out.path().join("nope.sqlite")), Err(Error::MissingDataset { .. })));
}

#[test]
fn a_day_whose_window_was_dropped_is_unknown_not_closed() {
    use chrono::{FixedOffset, TimeZone};
    let s = small_sources();
    let mut hours = vec![hours_header()];
    // 13:30-12:00 (22.5 hours backwards) is a typo; 00:00-00:00 is 24 hours, not this.
    hours.push(hours_row("0111010000010", "01001", "内科", "1", "13:30", "12:00"));
    s.write_hours_zip(HOURS, &csv_text(&hours));
    let (out, info) = run(&s);
    let info = info.unwrap();
    let rejected = info.rejected.iter().find(|r| r.reason.contains("ends before it starts")).expect("rejected");
    assert_eq!(rejected.example_lines[0], 2, "the file line of the row (header on line 1)");
    let ds = Dataset::open(&out.path().join("t.sqlite")).unwrap();
    let (rowid, _) = ds.facility("0111010000010").unwrap().unwrap();
    let sched = ds.schedule(rowid).unwrap();
    let tuesday = FixedOffset::east_opt(9 * 3600).unwrap().with_ymd_and_hms(2026, 11, 24, 10, 0, 0).unwrap();
    assert_eq!(sched.state_at(tuesday, Some(Department::InternalMedicine)).open(), None);
}

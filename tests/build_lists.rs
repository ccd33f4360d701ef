//! Clinics, dental clinics and pharmacies from the lists without positions, on generated
//! sources: geocoded to their 町丁目, not placed when only the city matches, the official
//! sheet winning over the list, and 東京都's clinics from the 厚生局 list without the
//! hospitals of the MHLW sheet.

mod common;
#[path = "common/lists.rs"]
mod lists;

use chrono::{FixedOffset, TimeZone};
use common::*;
use lists::list_sources;
use tasukete::build::{build, BuildOptions};
use tasukete::dataset::Dataset;
use tasukete::facility::{Department, FacilityKind, PositionPrecision, PositionSource, RecordSource};
use tasukete::geo::LatLon;
use tasukete::{Guide, NearQuery};

fn build_into(s: &Sources) -> (tempfile::TempDir, tasukete::dataset::DatasetInfo) {
    let out = tempfile::tempdir().unwrap();
    let opts = BuildOptions { sources: s.path().into(), out: out.path().join("t.sqlite"), departments: None };
    let info = build(&opts, &mut |_| {}).unwrap();
    (out, info)
}

#[test]
fn list_facilities_are_geocoded_and_counted() {
    let s = list_sources();
    let (out, info) = build_into(&s);
    assert_eq!(info.facilities_by_kind.get("clinic"), Some(&3), "{:?}", info.facilities_by_kind);
    assert_eq!(info.facilities_by_kind.get("dental"), Some(&1));
    assert_eq!(info.facilities_by_kind.get("pharmacy"), Some(&1));
    assert_eq!(info.lists.superseded_by_sheet, 1, "the hospital sheet's ID wins");
    assert_eq!(info.lists.kouseikyoku_records, 3, "only 東京都's rows");
    assert_eq!(info.lists.kouseikyoku_hospitals_skipped, 2);
    assert_eq!(info.lists.kouseikyoku_hospitals_matched, 1, "the sheet's 医療センター, by name");
    assert_eq!(info.lists.departments_from_name, 1);
    let clinic = &info.placement.by_kind["clinic"];
    assert_eq!((clinic.placed_neighbourhood, clinic.not_placed), (2, 1));
    assert_eq!(clinic.matched_municipality_only, 1);
    assert!(info.sources.iter().any(|s| s.name == "kouseikyoku-2025-08"));

    let ds = Dataset::open(&out.path().join("t.sqlite")).unwrap();
    let (rowid, c) = ds.facility("0111020000001").unwrap().unwrap();
    assert_eq!(c.kind, FacilityKind::Clinic);
    assert_eq!(c.precision, Some(PositionPrecision::Neighbourhood));
    assert_eq!(c.position_source, Some(PositionSource::Geolonia2024));
    assert_eq!(c.record_source, RecordSource::MhlwList);
    let p = c.position.unwrap();
    assert!((p.lat - 43.0556).abs() < 1e-6 && (p.lon - 141.3330).abs() < 1e-6, "{p:?}");
    assert!(c.departments.contains(Department::InternalMedicine) && c.departments.contains(Department::Pediatrics));
    assert!(!c.departments_from_name);
    assert_eq!(c.phone, None, "the lists' tel repeats the ID: never a phone");
    assert_eq!(c.website.as_deref(), Some("https://example.jp/"));
    assert!(ds.schedule(rowid).unwrap().departments.is_empty(), "no hours");

    let (_, only_city) = ds.facility("0111020000002").unwrap().unwrap();
    assert_eq!(only_city.position, None, "matched only its city: not placed at the city's centre");
    assert_eq!(only_city.precision, None);

    let (_, pharmacy) = ds.facility("1310450000001").unwrap().unwrap();
    let p = pharmacy.position.expect("西新宿６－１－１ is 西新宿六丁目");
    assert!((p.lat - 35.6930).abs() < 1e-6, "{p:?}");

    let (_, named) = ds.facility("K130110002").unwrap().unwrap();
    assert_eq!(named.record_source, RecordSource::Kouseikyoku);
    assert!(named.departments_from_name);
    assert!(named.departments.contains(Department::Pediatrics) && named.departments.contains(Department::Dermatology));
    assert!(ds.facility("K130110001").unwrap().is_none(), "the sheet's hospital is not duplicated");
    assert!(ds.facility("K130110003").unwrap().is_none(), "hospitals are not clinics");
    assert!(ds.facility("K010110004").unwrap().is_none(), "other prefectures come from the MHLW lists");

    // The hospital keeps its exact position.
    let (_, h) = ds.facility("0111010000010").unwrap().unwrap();
    assert_eq!(h.precision, Some(PositionPrecision::Exact));
    assert_eq!(h.kind, FacilityKind::Hospital);

    // Findable by name even when not placed.
    let g = Guide::open(&out.path().join("t.sqlite")).unwrap();
    assert_eq!(g.find_by_name("どこかクリニック", 5).unwrap()[0].id, "0111020000002");
}

#[test]
fn open_filters_keep_unknown_hours_out_unless_asked() {
    let s = list_sources();
    let (out, _) = build_into(&s);
    let g = Guide::open(&out.path().join("t.sqlite")).unwrap();
    let jst = FixedOffset::east_opt(9 * 3600).unwrap();
    let tuesday_10 = jst.with_ymd_and_hms(2026, 11, 24, 10, 0, 0).unwrap();
    let shinjuku = LatLon::new(35.6920, 139.6950).unwrap();
    let mut q = NearQuery::new(shinjuku, 10);
    q.open_at = Some(tuesday_10);
    let open = g.near(&q, tuesday_10).unwrap();
    assert!(open.iter().all(|r| r.kind == FacilityKind::Hospital), "{open:?}");
    q.include_unknown_hours = true;
    let all = g.near(&q, tuesday_10).unwrap();
    let pharmacy = all.iter().find(|r| r.kind == FacilityKind::Pharmacy).expect("the pharmacy with unknown hours");
    assert_eq!(pharmacy.open, None, "never claimed open");
    assert!(!pharmacy.hours_published);
    assert_eq!(pharmacy.precision, Some(PositionPrecision::Neighbourhood));
    let mut dental = NearQuery::new(shinjuku, 3);
    dental.kind = Some(FacilityKind::Dental);
    let d = g.near(&dental, tuesday_10).unwrap();
    assert_eq!(d.len(), 1);
    assert_eq!(d[0].id, "1310430000001");
    let json = serde_json::to_value(&d[0]).unwrap();
    assert_eq!(json["precision"], "neighbourhood");
    assert_eq!(json["position_source"], "geolonia-2024");
}

#[test]
fn an_official_clinic_sheet_wins_over_the_list() {
    let s = list_sources();
    let mut fac = vec![facility_header()];
    fac.push(facility_row(
        "0111020000001",
        "さっぽろ内科クリニック",
        "01",
        "北海道札幌市中央区南１条西１６丁目２９１番地",
        "43.05541",
        "141.33350",
        "",
    ));
    let mut text = csv_text(&fac);
    // Same format as the hospital sheet; 機関区分 2 = clinic.
    text = text.replacen("\"1\",\"01\"", "\"2\",\"01\"", 1);
    s.write("mhlw-clinics-official/02-1_clinic_facility_info_20250601.csv", text.as_bytes());
    let (out, info) = build_into(&s);
    assert_eq!(info.lists.superseded_by_sheet, 2, "{:?}", info.lists);
    let ds = Dataset::open(&out.path().join("t.sqlite")).unwrap();
    let (_, c) = ds.facility("0111020000001").unwrap().unwrap();
    assert_eq!(c.precision, Some(PositionPrecision::Exact));
    assert_eq!(c.record_source, RecordSource::MhlwSheet);
    assert!((c.position.unwrap().lat - 43.05541).abs() < 1e-6);
}

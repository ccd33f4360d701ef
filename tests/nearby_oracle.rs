//! The filtered k-nearest search against a full scan, on the real dataset, for random
//! points across Japan and random filter sets.

#[path = "common/real.rs"]
mod real;

use chrono::{FixedOffset, TimeZone};
use proptest::prelude::*;
use std::sync::OnceLock;
use tasukete::facility::{Department, FacilityKind};
use tasukete::geo::LatLon;
use tasukete::nearby::{brute_force, StaticFilter};
use tasukete::{Guide, NearQuery};

fn guide() -> &'static Guide {
    static G: OnceLock<Guide> = OnceLock::new();
    G.get_or_init(|| Guide::open(real::real_dataset()).unwrap())
}

fn department() -> impl Strategy<Value = Option<Department>> {
    prop_oneof![Just(None), (0..Department::ALL.len()).prop_map(|i| Some(Department::ALL[i]))]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn k_nearest_equals_a_full_scan(
        lat in 24.0f64..46.0,
        lon in 123.0f64..146.0,
        k in 1usize..25,
        dept in department(),
        emergency in any::<bool>(),
        kind in prop_oneof![Just(None), Just(Some(FacilityKind::Hospital)), Just(Some(FacilityKind::Clinic))],
        open in proptest::option::of(0i64..(2 * 365 * 24 * 60)),
        radius_km in proptest::option::of(1.0f64..300.0),
    ) {
        let g = guide();
        let at = LatLon::new(lat, lon).unwrap();
        let jst = FixedOffset::east_opt(9 * 3600).unwrap();
        let open_at = open.map(|m| jst.with_ymd_and_hms(2026, 1, 1, 0, 0, 0).unwrap() + chrono::Duration::minutes(m));
        let mut q = NearQuery::new(at, k);
        q.department = dept;
        q.emergency_only = emergency;
        q.kind = kind;
        q.open_at = open_at;
        q.radius_m = radius_km.map(|r| r * 1000.0);
        let got: Vec<usize> = g.nearest_slots(&q).unwrap().iter().map(|h| h.slot).collect();
        let filter = StaticFilter { department: dept, emergency_only: emergency, kind };
        // Emergency care is not filtered by outpatient hours (issue 8): with the emergency
        // filter every facility with an emergency department is open or "call first".
        let want: Vec<usize> = brute_force(g.slots(), at, k, q.radius_m, &filter, |i| match open_at {
            Some(t) if !emergency => g.schedule_of(i).unwrap().state_at(t, dept).open() == Some(true),
            _ => true,
        })
        .iter()
        .map(|h| h.slot)
        .collect();
        prop_assert_eq!(got, want);
    }
}

#[test]
fn results_carry_distance_bearing_and_the_contract_fields() {
    let g = guide();
    let shinjuku = LatLon::new(35.6896, 139.7006).unwrap();
    let now = FixedOffset::east_opt(9 * 3600).unwrap().with_ymd_and_hms(2026, 11, 28, 10, 0, 0).unwrap();
    let mut q = NearQuery::new(shinjuku, 5);
    q.department = Some(Department::Pediatrics);
    q.open_at = Some(now);
    let r = g.near(&q, now).unwrap();
    assert_eq!(r.len(), 5);
    assert!(r.windows(2).all(|w| w[0].distance_m <= w[1].distance_m));
    for f in &r {
        assert_eq!(f.open, Some(true), "{} is filtered as open", f.name_ja);
        assert!(f.departments.contains(Department::Pediatrics));
        assert!((0.0..360.0).contains(&f.bearing_deg));
        assert!(f.distance_m < 10_000.0, "{} at {} m", f.name_ja, f.distance_m);
    }
    let json = serde_json::to_value(&r[0]).unwrap();
    for key in real::NEAR_JSON_FIELDS {
        assert!(json.get(key).is_some(), "missing {key}");
    }
}

#[test]
fn a_point_outside_japan_still_gets_answers_with_long_distances() {
    let g = guide();
    let seoul = LatLon::new(37.5665, 126.9780).unwrap();
    let r = g.near(&NearQuery::new(seoul, 3), chrono::Utc::now().fixed_offset()).unwrap();
    assert_eq!(r.len(), 3);
    assert!(r[0].distance_m > 100_000.0, "{}", r[0].distance_m);
}

#[test]
fn invalid_queries_are_errors_not_empty_answers() {
    let g = guide();
    let p = LatLon::new(35.0, 135.0).unwrap();
    assert!(g.nearest_slots(&NearQuery::new(p, 0)).is_err());
    assert!(g.nearest_slots(&NearQuery::new(p, 10_000)).is_err());
    let mut q = NearQuery::new(p, 5);
    q.radius_m = Some(f64::NAN);
    assert!(g.nearest_slots(&q).is_err());
    assert!(LatLon::new(91.0, 135.0).is_err());
    assert!(LatLon::new(f64::NAN, 135.0).is_err());
    assert!("cardio".parse::<Department>().is_err());
    assert!(matches!(g.places("Xyzzyville", 5), Err(tasukete::Error::UnknownPlace(_))));
}

#[test]
fn places_in_every_script_find_shinjuku_first() {
    let g = guide();
    for q in ["新宿", "新宿駅", "Shinjuku", "shinjuku station", "しんじゅく", "シンジュク", "신주쿠", "shinj"]
    {
        let found = g.places(q, 5).unwrap();
        assert_eq!(found[0].name_ja, "新宿", "query {q}: {:?}", found.iter().map(|p| &p.name_ja).collect::<Vec<_>>());
    }
    // Two-character names, and stations outside the Tokyo set by their Japanese name.
    assert_eq!(g.places("札幌", 1).unwrap()[0].name_ja, "札幌");
    assert_eq!(g.places("博多", 1).unwrap()[0].name_ja, "博多");
    let tokyo = g.places("Tōkyō", 1).unwrap();
    assert_eq!(tokyo[0].name_ja, "東京");
}

#[test]
fn hours_of_a_real_hospital_on_the_hard_days() {
    let g = guide();
    let d = g.facility("0111010000010").unwrap(); // 札幌医科大学附属病院
    let jst = FixedOffset::east_opt(9 * 3600).unwrap();
    let at = |y, m, day, h, min| jst.with_ymd_and_hms(y, m, day, h, min, 0).unwrap();
    let im = Some(Department::InternalMedicine);
    assert_eq!(d.schedule.state_at(at(2026, 11, 24, 9, 0), im).open(), Some(true), "Tuesday morning");
    assert_eq!(d.schedule.state_at(at(2026, 11, 22, 10, 0), im).open(), Some(false), "Sunday");
    assert_eq!(d.schedule.state_at(at(2026, 11, 23, 10, 0), im).open(), Some(false), "勤労感謝の日");
    assert_eq!(d.schedule.state_at(at(2026, 12, 31, 10, 0), im).open(), Some(false), "year-end closing");
    let next = d.schedule.state_at(at(2026, 11, 23, 10, 0), im).next_open().unwrap();
    assert_eq!(next, at(2026, 11, 24, 8, 0), "reception opens Tuesday 08:00");
}

#[test]
fn facilities_off_the_map_are_still_found_by_name() {
    let g = guide();
    let ds = tasukete::dataset::Dataset::open(real::real_dataset()).unwrap();
    let unplaced: Vec<_> = ds.facilities().unwrap().into_iter().filter(|(_, f)| f.position.is_none()).collect();
    assert!(!unplaced.is_empty(), "the real sheet has hospitals with no usable position");
    for (_, f) in &unplaced {
        let found = g.find_by_name(&f.name_ja, 50).unwrap();
        assert!(found.iter().any(|x| x.id == f.id), "{} not found by name", f.name_ja);
    }
    let by_kana = g.find_by_name("サッポロイカダイガク", 5).unwrap();
    assert!(by_kana.iter().any(|f| f.id == "0111010000010"));
}

//! The night and holiday answer on the real data: a child with a fever on a national
//! holiday evening in Osaka.

#[path = "common/real.rs"]
mod real;

use chrono::DateTime;
use tasukete::care_now::{care_now, CareNowQuery, LIMIT_M};
use tasukete::facility::Department;
use tasukete::geo::LatLon;
use tasukete::l10n::Lang;
use tasukete::Guide;

#[test]
fn holiday_evening_child_in_osaka_gets_no_far_results_but_emergency_care_and_8000() {
    let g = Guide::open(real::real_dataset()).unwrap();
    let q = CareNowQuery {
        at: LatLon::new(34.7025, 135.4959).unwrap(),
        department: Some(Department::Pediatrics),
        // 勤労感謝の日 (Labour Thanksgiving Day), 19:00.
        when: DateTime::parse_from_rfc3339("2026-11-23T19:00:00+09:00").unwrap(),
        child: true,
        lang: Lang::En,
        k: 10,
    };
    let c = care_now(&g, &q).unwrap();
    assert_eq!(c.limit_m, LIMIT_M);
    assert!(c.open.iter().all(|r| r.distance_m <= LIMIT_M), "nothing beyond the limit");
    assert!(
        c.nothing_open_nearby,
        "no pediatrics published open in Osaka then: {:?}",
        c.open.iter().map(|r| &r.name_ja).collect::<Vec<_>>()
    );
    assert!(!c.emergency.is_empty() && c.emergency.iter().all(|r| r.distance_m <= LIMIT_M));
    assert!(c.emergency.iter().all(|r| r.emergency == Some(true) && r.emergency_open != Some(false)));
    assert!(c.emergency.iter().all(|r| r.departments.contains(Department::Pediatrics)));
    let ids: Vec<&str> = c.call.iter().map(|n| n.entry.id).collect();
    assert_eq!(ids, ["ambulance", "advice-child", "advice-adult", "visitor-hotline"]);
    let child = &c.call[1];
    assert_eq!(child.entry.number, "#8000");
    assert!(child.entry.hours.contains("19:00–08:00"), "{}", child.entry.hours);
    assert_eq!(c.place.as_ref().unwrap().prefecture.code, 27);
}

#[test]
fn at_sea_the_nationwide_numbers_remain() {
    let g = Guide::open(real::real_dataset()).unwrap();
    let q = CareNowQuery {
        at: LatLon::new(34.0, 139.0).unwrap(),
        department: None,
        when: DateTime::parse_from_rfc3339("2026-12-06T03:00:00+09:00").unwrap(),
        child: false,
        lang: Lang::En,
        k: 5,
    };
    let c = care_now(&g, &q).unwrap();
    assert!(c.place.is_none());
    let ids: Vec<&str> = c.call.iter().map(|n| n.entry.id).collect();
    assert_eq!(ids, ["ambulance", "coast-guard", "visitor-hotline"]);
}

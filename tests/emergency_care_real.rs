//! Emergency care apart from outpatient hours, on the real data: 24-hour windows parsed,
//! tertiary emergency centres found at night from 300 m away, never "closed".

#[path = "common/real.rs"]
mod real;

use chrono::{DateTime, FixedOffset};
use serde_json::Value;
use std::process::Command;
use tasukete::geo::LatLon;
use tasukete::{Guide, NearQuery};

/// Sunday 6 December 2026, 03:00 in Japan.
const SUNDAY_3AM: &str = "2026-12-06T03:00:00+09:00";
/// 1 January 2027 (a national holiday, inside 年末年始), 03:00.
const NEW_YEAR_3AM: &str = "2027-01-01T03:00:00+09:00";

fn t(s: &str) -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339(s).unwrap()
}

fn guide() -> Guide {
    Guide::open(real::real_dataset()).unwrap()
}

fn tasukete(args: &[&str]) -> (bool, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_tasukete")).args(args).output().unwrap();
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn centres() -> Vec<String> {
    let text =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/tertiary-emergency-centres.txt"))
            .unwrap();
    text.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')).map(String::from).collect()
}

/// 300 m north of `p`.
fn north_300m(p: LatLon) -> LatLon {
    LatLon::new(p.lat + 300.0 / 111_195.0, p.lon).unwrap()
}

#[test]
fn tertiary_centres_are_found_at_night_and_never_closed() {
    let g = guide();
    let mut found = 0;
    let mut missing = Vec::new();
    for name in centres() {
        let hits: Vec<_> = g
            .find_by_name(&name, 20)
            .unwrap()
            .into_iter()
            .filter(|f| f.name_ja.ends_with(&name) && f.position.is_some())
            .collect();
        assert_eq!(hits.len(), 1, "{name}: {} matches", hits.len());
        let f = &hits[0];
        let mut q = NearQuery::new(north_300m(f.position.unwrap()), 5);
        q.emergency_only = true;
        q.open_at = Some(t(SUNDAY_3AM));
        let got = g.near(&q, t(SUNDAY_3AM)).unwrap();
        match got.iter().find(|r| r.id == f.id) {
            Some(r) => {
                found += 1;
                assert_ne!(r.emergency_open, Some(false), "{name}");
                assert_eq!(r.emergency, Some(true), "{name}: badge and filter agree");
                assert!(r.distance_m < 400.0, "{name}: {} m", r.distance_m);
            }
            None => missing.push(name),
        }
    }
    eprintln!("{found} centres found from 300 m at Sunday 03:00; not found: {missing:?}");
    assert!(missing.is_empty(), "not returned by near --emergency --open-at Sunday 03:00: {missing:?}");
}

#[test]
fn no_emergency_care_is_ever_false_and_24h_windows_are_open_at_night_and_new_year() {
    let g = guide();
    let mut round_the_clock = 0;
    let mut true_sunday = 0;
    let mut true_new_year = 0;
    for i in 0..g.slots().len() {
        let s = g.schedule_of(i).unwrap();
        for at in [SUNDAY_3AM, NEW_YEAR_3AM, "2026-12-08T14:00:00+09:00"] {
            assert_ne!(tasukete::emergency_care::emergency_open(s, t(at)), Some(false));
        }
        if tasukete::emergency_care::round_the_clock(s) {
            round_the_clock += 1;
            assert_eq!(tasukete::emergency_care::emergency_open(s, t(SUNDAY_3AM)), Some(true), "slot {i}");
            assert_eq!(tasukete::emergency_care::emergency_open(s, t(NEW_YEAR_3AM)), Some(true), "slot {i}");
        }
        true_sunday += usize::from(tasukete::emergency_care::emergency_open(s, t(SUNDAY_3AM)) == Some(true));
        true_new_year += usize::from(tasukete::emergency_care::emergency_open(s, t(NEW_YEAR_3AM)) == Some(true));
    }
    eprintln!("24 h every day: {round_the_clock}; emergency_open true at Sunday 03:00: {true_sunday}, 1 January 03:00: {true_new_year}");
    assert!(
        round_the_clock >= 40,
        "the hours file writes 24-hour emergency care for dozens of hospitals: {round_the_clock}"
    );
}

#[test]
fn cli_near_emergency_open_at_gives_emergency_open_true_or_null() {
    let g = guide();
    // A hospital whose emergency hours are published as 24 hours, found from the data.
    let slot = (0..g.slots().len())
        .find(|&i| {
            g.slots()[i].position.is_some() && tasukete::emergency_care::round_the_clock(g.schedule_of(i).unwrap())
        })
        .expect("some hospital publishes 24-hour emergency hours");
    let p = north_300m(g.slots()[slot].position.unwrap());
    let at = format!("{},{}", p.lat, p.lon);
    let db = real::real_dataset().to_string_lossy().into_owned();
    for when in [SUNDAY_3AM, NEW_YEAR_3AM] {
        let (ok, out, err) =
            tasukete(&["near", "--at", &at, "--emergency", "--open-at", when, "-k", "5", "--json", "--db", &db]);
        assert!(ok, "{err}");
        let v: Vec<Value> = serde_json::from_str(&out).unwrap();
        assert_eq!(v.len(), 5, "emergency care is not filtered out by outpatient hours");
        assert!(v.iter().any(|r| r["emergency_open"] == Value::Bool(true)), "{when}: {out}");
        for r in &v {
            assert!(r["emergency_open"].is_null() || r["emergency_open"] == Value::Bool(true), "{r}");
            assert_eq!(r["emergency"], Value::Bool(true));
        }
        let mut last = 0.0;
        for r in &v {
            let d = r["distance_m"].as_f64().unwrap();
            assert!(d >= last);
            last = d;
        }
    }
}

#[test]
fn a_hospital_with_an_emergency_department_and_no_published_hours_is_call_first() {
    let g = guide();
    let slot = (0..g.slots().len())
        .find(|&i| {
            let s = &g.slots()[i];
            s.position.is_some()
                && s.emergency == Some(true)
                && !g.schedule_of(i).unwrap().departments.iter().any(tasukete::emergency_care::is_emergency_department)
        })
        .expect("G-MIS says emergency for hospitals without emergency-department hours");
    let p = g.slots()[slot].position.unwrap();
    let mut q = NearQuery::new(p, 1);
    q.emergency_only = true;
    q.open_at = Some(t(SUNDAY_3AM));
    let r = &g.near(&q, t(SUNDAY_3AM)).unwrap()[0];
    assert_eq!(r.distance_m, 0.0);
    assert_eq!(r.emergency_open, None);
    assert_eq!(r.emergency, Some(true));
}

#[test]
fn dataset_phones_are_grouped_as_japan_writes_them() {
    let g = guide();
    let ds = tasukete::dataset::Dataset::open(real::real_dataset()).unwrap();
    let phones: Vec<String> = ds.facilities().unwrap().into_iter().filter_map(|(_, f)| f.phone).collect();
    let grouped = phones.iter().filter(|p| tasukete::phone::grouped(p).is_some()).count();
    eprintln!("phones grouped: {grouped} of {}", phones.len());
    assert!(grouped as f64 >= 0.95 * phones.len() as f64, "{grouped} of {}", phones.len());
    let _ = g;
}

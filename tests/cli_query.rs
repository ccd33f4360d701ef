//! The command-line contract of `stats`, `near`, `places` and `bench`, run as a user would.

#[path = "common/real.rs"]
mod real;

use serde_json::Value;
use std::process::Command;

fn tasukete(args: &[&str]) -> (bool, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_tasukete")).args(args).output().unwrap();
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn db() -> String {
    real::real_dataset().to_string_lossy().into_owned()
}

#[test]
fn stats_json_has_the_contract_fields() {
    let (ok, out, err) = tasukete(&["stats", "--json", "--db", &db()]);
    assert!(ok, "{err}");
    let v: Value = serde_json::from_str(&out).unwrap();
    for key in [
        "schema_version",
        "facilities_total",
        "facilities_placed",
        "facilities_by_kind",
        "with_phone",
        "with_hours",
        "with_emergency_flag",
        "stations",
        "rows_rejected",
        "sources",
    ] {
        assert!(v.get(key).is_some(), "missing {key}");
    }
    for s in v["sources"].as_array().unwrap() {
        for key in ["name", "date", "licence", "credit", "records"] {
            assert!(s.get(key).is_some(), "source lacks {key}");
        }
    }
}

#[test]
fn near_json_by_station_with_filters() {
    let (ok, out, err) = tasukete(&[
        "near",
        "--station",
        "Shinjuku",
        "--dept",
        "pediatrics",
        "--open-at",
        "2026-11-28T10:00:00+09:00",
        "-k",
        "3",
        "--json",
        "--db",
        &db(),
    ]);
    assert!(ok, "{err}");
    let v: Vec<Value> = serde_json::from_str(&out).unwrap();
    assert_eq!(v.len(), 3);
    for r in &v {
        assert_eq!(r["open"], Value::Bool(true));
        assert!(r["departments"].as_array().unwrap().contains(&Value::String("pediatrics".into())));
        for key in real::NEAR_JSON_FIELDS {
            assert!(r.get(key).is_some(), "missing {key}");
        }
    }
    assert!(v[0]["distance_m"].as_f64() <= v[1]["distance_m"].as_f64());
}

#[test]
fn bad_input_is_a_clear_error() {
    let cases: [(&[&str], &str); 6] = [
        (&["near", "--at", "91,139"], "latitude 91"),
        (&["near", "--at", "NaN,139"], "not a number"),
        (&["near", "--at", "35.6,139.7", "--dept", "cardio"], "unknown department 'cardio'"),
        (&["near", "--at", "35.6,139.7", "--open-at", "saturday"], "invalid time 'saturday'"),
        (&["near", "--station", "Xyzzyville"], "no place matches 'Xyzzyville'"),
        (&["places", "Xyzzyville"], "no place matches"),
    ];
    for (args, want) in cases {
        let mut a: Vec<&str> = args.to_vec();
        let d = db();
        a.extend(["--db", &d]);
        let (ok, out, err) = tasukete(&a);
        assert!(!ok, "{args:?} succeeded: {out}");
        assert!(err.contains(want), "{args:?}: {err}");
    }
}

#[test]
fn a_missing_dataset_says_how_to_build_it_and_numbers_still_work() {
    let (ok, _, err) = tasukete(&["near", "--at", "35.6,139.7", "--db", "/nonexistent/tasukete.sqlite"]);
    assert!(!ok);
    assert!(err.contains("does not exist") && err.contains("build-dataset"), "{err}");
    let (ok, out, err) = tasukete(&["numbers", "--json"]);
    assert!(ok, "{err}");
    assert!(out.contains("\"119\""));
}

#[test]
fn places_json_and_a_small_bench() {
    let (ok, out, err) = tasukete(&["places", "しんじゅく", "-k", "2", "--json", "--db", &db()]);
    assert!(ok, "{err}");
    let v: Vec<Value> = serde_json::from_str(&out).unwrap();
    assert_eq!(v[0]["name_ja"], "新宿");
    // Issue 9: kind, prefecture {code, ja, en}, reading and romaji beside the old fields.
    let (ok, out, err) = tasukete(&["places", "Gion", "-k", "3", "--json", "--db", &db()]);
    assert!(ok, "{err}");
    let v: Vec<Value> = serde_json::from_str(&out).unwrap();
    for key in ["kind", "prefecture", "reading", "romaji", "lat", "lon", "name_ja", "name_en"] {
        assert!(v[0].get(key).is_some(), "places --json lacks {key}: {}", v[0]);
    }
    assert_eq!(v[0]["prefecture"]["code"], 26);
    assert_eq!(v[0]["prefecture"]["ja"], "京都府");
    assert_eq!(v[0]["prefecture"]["en"], "Kyoto");
    assert!(["station", "municipality", "neighbourhood"].contains(&v[0]["kind"].as_str().unwrap()));
    assert!(v[0]["reading"].as_str().unwrap().starts_with("ぎおん"));
    assert!(v[0]["romaji"].as_str().unwrap().starts_with("Gion"));
    let (ok, out, err) = tasukete(&["bench", "--queries", "20", "--synthetic", "3000", "--json", "--db", &db()]);
    assert!(ok, "{err}");
    let v: Value = serde_json::from_str(&out).unwrap();
    for set in ["real", "synthetic"] {
        for key in [
            "facilities",
            "queries",
            "k",
            "rtree_median_us",
            "brute_median_us",
            "sqlite_rtree_median_us",
            "speedup_vs_brute",
            "speedup_vs_sqlite_rtree",
            "cold_start_ms",
        ] {
            assert!(v[set].get(key).is_some(), "{set} lacks {key}");
        }
        assert_eq!(v[set]["answers_agree"], Value::Bool(true));
    }
    assert_eq!(v["synthetic"]["facilities"], 3000);
    for key in ["places", "keys", "index_build_ms", "queries", "p50_us", "p95_us"] {
        assert!(v["places"].get(key).is_some(), "places bench lacks {key}");
    }
}

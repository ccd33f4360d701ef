//! The emergency-care commands (issue 8) through Tauri's mock runtime: where am I, the
//! numbers for a place, the 119 script with the position, care now, and the facility's
//! emergency care apart from its outpatient hours.

mod mock_app;

use mock_app::{no_dataset, start, tiny_dataset};
use serde_json::json;
use tasukete_app_lib::state::Overrides;

/// Sunday 2026-12-06 03:00 in Japan.
const SUNDAY_3AM: &str = "2026-12-06T03:00:00+09:00";

#[test]
fn without_a_dataset_the_place_commands_say_so_and_the_script_keeps_the_pole_line() {
    let app = no_dataset();
    assert_eq!(app.error_kind("where_am_i", json!({ "lat": 35.69, "lon": 139.70 })), "dataset-missing");
    assert_eq!(app.error_kind("where_am_i", json!({ "lat": 0.0, "lon": 0.0 })), "invalid-position");
    assert_eq!(app.error_kind("numbers_at", json!({ "lang": "en", "lat": 35.69, "lon": 139.70 })), "dataset-missing");
    assert_eq!(app.error_kind("care_now", json!({ "lang": "en", "lat": 35.69, "lon": 139.70 })), "dataset-missing");
    let script = app.invoke("call_script_at", json!({ "lang": "en", "lat": 35.69, "lon": 139.70 })).unwrap();
    assert_eq!(script[1]["id"], "script-no-address", "{script}");
    assert_eq!(
        app.error_kind("call_script_at", json!({ "lang": "xx-nope", "lat": 35.69, "lon": 139.70 })),
        "invalid-argument"
    );
}

#[test]
fn where_am_i_numbers_and_script_for_a_position() {
    let (_dir, path) = tiny_dataset();
    let app = start(path, Overrides::parse(Some(SUNDAY_3AM), None));
    // Sapporo station, inside the tiny dataset's 札幌市中央区 square.
    let w = app.invoke("where_am_i", json!({ "lat": 43.0687, "lon": 141.3508 })).unwrap();
    assert_eq!(w["prefecture"]["code"], 1);
    assert_eq!(w["municipality"]["ja"], "札幌市中央区");
    assert_eq!(w["neighbourhood"]["ja"], "北一条西二丁目");
    assert!(w["address_ja"].as_str().unwrap().starts_with("北海道札幌市中央区"));
    // Far out at sea: a typed error, not a guess.
    assert_eq!(app.error_kind("where_am_i", json!({ "lat": 40.0, "lon": 150.0 })), "invalid-position");
    let n = app.invoke("numbers_at", json!({ "lang": "en", "lat": 43.0687, "lon": 141.3508 })).unwrap();
    let n = n.as_array().unwrap();
    let adult = n.iter().find(|e| e["id"] == "advice-adult").unwrap();
    assert_eq!(adult["number"], "#7119");
    assert_eq!(adult["direct"], "011-272-7119");
    assert!(adult["as_of"].is_string() && adult["sure"].is_boolean());
    assert!(n.iter().any(|e| e["id"] == "advice-child" && e["hours"] == "24 hours"));
    let script = app.invoke("call_script_at", json!({ "lang": "en", "lat": 43.0687, "lon": 141.3508 })).unwrap();
    assert_eq!(script[1]["id"], "script-position");
    assert!(script[1]["ja"].as_str().unwrap().starts_with("場所は北海道札幌市中央区"));
}

#[test]
fn care_now_at_night_states_its_limit_and_offers_calls() {
    let (_dir, path) = tiny_dataset();
    let app = start(path, Overrides::parse(Some(SUNDAY_3AM), None));
    let c = app
        .invoke("care_now", json!({ "lang": "en", "lat": 43.0687, "lon": 141.3508, "department": "pediatrics" }))
        .unwrap();
    assert_eq!(c["limit_m"], 30000.0);
    for r in c["open"].as_array().unwrap().iter().chain(c["emergency"].as_array().unwrap()) {
        assert!(r["distance_m"].as_f64().unwrap() <= 30000.0, "{r}");
        assert_ne!(r["emergency_open"], json!(false));
    }
    assert_eq!(c["nothing_open_nearby"], json!(c["open"].as_array().unwrap().is_empty()));
    let ids: Vec<&str> = c["call"].as_array().unwrap().iter().map(|e| e["id"].as_str().unwrap()).collect();
    assert_eq!(&ids[..2], ["ambulance", "advice-child"], "a child's advice line right after 119: {ids:?}");
    assert_eq!(
        app.error_kind("care_now", json!({ "lang": "en", "lat": 43.0, "lon": 141.3, "department": "spa" })),
        "invalid-argument"
    );
}

#[test]
fn facility_shows_emergency_care_apart_from_outpatient_hours() {
    let (_dir, path) = tiny_dataset();
    let app = start(path, Overrides::parse(Some(SUNDAY_3AM), None));
    let f = app.invoke("facility", json!({ "id": "0111010000010" })).unwrap();
    let care = &f["emergencyCare"];
    for key in ["department", "gmis", "listed", "hours_published", "round_the_clock", "open"] {
        assert!(care.get(key).is_some(), "{key} missing in {care}");
    }
    assert_ne!(care["open"], json!(false), "emergency care is never closed by department hours");
}

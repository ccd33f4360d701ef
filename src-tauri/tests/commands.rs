//! Every command through Tauri's mock runtime, with the same `builder()` the app uses:
//! the payload shapes and the `{kind, message}` errors the webview receives.

mod mock_app;

use mock_app::{no_dataset, start, tiny_dataset};
use serde_json::{json, Value};
use std::path::PathBuf;
use tasukete_app_lib::state::Overrides;

/// Saturday 2026-11-28 10:00 in Japan.
const SATURDAY_10: &str = "2026-11-28T10:00:00+09:00";

#[test]
fn languages_lists_fourteen_and_negotiates_the_device_preference() {
    let app = no_dataset();
    let v = app.invoke("languages", json!({ "preferred": ["zh-TW", "en"] })).unwrap();
    let tags: Vec<&str> = v["supported"].as_array().unwrap().iter().map(|l| l["tag"].as_str().unwrap()).collect();
    assert_eq!(tags.len(), 14);
    assert!(tags.contains(&"zh-Hant") && tags.contains(&"tl"));
    assert_eq!(v["default"], "zh-Hant");
    let ja = v["supported"].as_array().unwrap().iter().find(|l| l["tag"] == "ja").unwrap();
    assert_eq!(ja["name"], "日本語");
    let v = app.invoke("languages", json!({ "preferred": ["fil-PH"] })).unwrap();
    assert_eq!(v["default"], "tl");
    let v = app.invoke("languages", json!({})).unwrap();
    assert_eq!(v["default"], "en");
}

#[test]
fn ui_messages_are_rendered_per_language_with_english_only_as_fallback() {
    let app = no_dataset();
    let fr = app.invoke("ui_messages", json!({ "lang": "fr" })).unwrap();
    assert_eq!(fr["nav-emergency"], "Urgence");
    let ja = app.invoke("ui_messages", json!({ "lang": "ja" })).unwrap();
    assert_eq!(ja["taxi-request"], "ここまでお願いします。");
    assert_eq!(app.error_kind("ui_messages", json!({ "lang": "xx" })), "invalid-argument");
    let zh = app.invoke("ui_messages", json!({ "lang": "zh-TW" })).unwrap();
    assert_eq!(zh["nav-settings"], "設定");
}

#[test]
fn format_message_selects_plurals_and_reports_unknown_ids() {
    let app = no_dataset();
    let one =
        app.invoke("format_message", json!({ "lang": "en", "id": "results-count", "args": { "count": 1 } })).unwrap();
    assert_eq!(one, "One facility");
    let many =
        app.invoke("format_message", json!({ "lang": "ru", "id": "results-count", "args": { "count": 5 } })).unwrap();
    assert_eq!(many, "5 учреждений");
    let none =
        app.invoke("format_message", json!({ "lang": "ja", "id": "results-count", "args": { "count": 0 } })).unwrap();
    assert_eq!(none, "該当する医療機関はありません。");
    assert_eq!(app.error_kind("format_message", json!({ "lang": "en", "id": "no-such-id" })), "not-found");
}

#[test]
fn test_overrides_and_clock_follow_the_environment_values() {
    let overrides = Overrides::parse(Some("2026-11-28T10:00:00+09:00"), Some("35.6896,139.7006"));
    let app = start(PathBuf::from("/nonexistent.sqlite"), overrides);
    let o = app.invoke("test_overrides", json!({})).unwrap();
    assert_eq!(o["position"]["lat"], 35.6896);
    let c = app.invoke("clock", json!({})).unwrap();
    assert_eq!(c["now"], "2026-11-28T10:00:00+09:00");
    assert_eq!(c["weekday"], 5, "2026-11-28 is a Saturday");
    // A clock given in UTC is still judged in Japan: 2026-11-27T23:30Z is Saturday 08:30 JST.
    let app = start(PathBuf::from("/nonexistent.sqlite"), Overrides::parse(Some("2026-11-27T23:30:00Z"), None));
    assert_eq!(app.invoke("clock", json!({})).unwrap()["weekday"], 5);
}

#[test]
fn zero_zero_is_no_position_fix() {
    let o = Overrides::parse(None, Some("0,0"));
    assert_eq!(o.position, None);
    let o = Overrides::parse(Some("not a time"), Some("91,0"));
    assert_eq!(o, Overrides::default());
    let app = no_dataset();
    let o = app.invoke("test_overrides", json!({})).unwrap();
    assert_eq!(o, json!({ "now": null, "position": null }));
}

#[test]
fn dataset_commands_report_a_missing_dataset() {
    let app = no_dataset();
    assert_eq!(app.error_kind("dataset_info", json!({})), "dataset-missing");
    let near = json!({ "args": { "lat": 35.6896, "lon": 139.7006 } });
    assert_eq!(app.error_kind("nearby", near), "dataset-missing");
    assert_eq!(app.error_kind("facility", json!({ "id": "0113012345678" })), "dataset-missing");
    assert_eq!(app.error_kind("places", json!({ "query": "Shinjuku" })), "dataset-missing");
}

#[test]
fn dataset_commands_report_a_corrupt_dataset() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("tasukete.sqlite");
    std::fs::write(&path, b"this is not an SQLite file, just forty-odd bytes of text").unwrap();
    let app = start(path, Overrides::default());
    assert_eq!(app.error_kind("dataset_info", json!({})), "dataset-corrupt");
    assert_eq!(app.error_kind("places", json!({ "query": "新宿" })), "dataset-corrupt");
}

#[test]
fn nearby_checks_its_arguments_before_the_dataset() {
    let app = no_dataset();
    let kind = |args: Value| app.error_kind("nearby", json!({ "args": args }));
    assert_eq!(kind(json!({ "lat": 0.0, "lon": 0.0 })), "invalid-position");
    assert_eq!(kind(json!({ "lat": 95.0, "lon": 139.0 })), "invalid-position");
    assert_eq!(kind(json!({ "lat": 35.6, "lon": 139.7, "department": "cardio" })), "invalid-argument");
    assert_eq!(kind(json!({ "lat": 35.6, "lon": 139.7, "kind": "spa" })), "invalid-argument");
    assert_eq!(kind(json!({ "lat": 35.6, "lon": 139.7, "k": 0 })), "invalid-argument");
    assert_eq!(kind(json!({ "lat": 35.6, "lon": 139.7, "radiusM": -5.0 })), "invalid-argument");
}

#[test]
fn dataset_info_has_sources_and_counts() {
    let (_dir, path) = tiny_dataset();
    let app = start(path, Overrides::default());
    let info = app.invoke("dataset_info", json!({})).unwrap();
    assert_eq!(info["facilities_total"], 3);
    assert_eq!(info["stations"], 2);
    assert!(info["sources"].as_array().unwrap().iter().all(|s| s["credit"].is_string() && s["date"].is_string()));
}

#[test]
fn places_finds_shinjuku_in_english_and_japanese() {
    let (_dir, path) = tiny_dataset();
    let app = start(path, Overrides::default());
    for q in ["Shinjuku", "shinj", "新宿"] {
        let found = app.invoke("places", json!({ "query": q, "k": 5 })).unwrap();
        assert_eq!(found[0]["name_ja"], "新宿", "{q}: {found}");
        assert_eq!(found[0]["names"]["en"], "Shinjuku");
    }
    assert_eq!(app.error_kind("places", json!({ "query": "Atlantis" })), "not-found");
}

#[test]
fn stations_in_a_box_carry_their_names_in_every_language() {
    let (_dir, path) = tiny_dataset();
    let app = start(path, Overrides::default());
    let box_ = json!({ "bounds": { "south": 35.6, "west": 139.6, "north": 35.8, "east": 139.8 } });
    let found = app.invoke("stations_in", box_).unwrap();
    let found = found.as_array().unwrap();
    assert_eq!(found.len(), 1, "only 新宿 lies in the box: {found:?}");
    assert_eq!(found[0]["names"]["ko"], "신주쿠");
    let bad = json!({ "bounds": { "south": 36.0, "west": 139.6, "north": 35.0, "east": 139.8 } });
    assert_eq!(app.error_kind("stations_in", bad), "invalid-position");
    let no = no_dataset();
    let box_ = json!({ "bounds": { "south": 35.6, "west": 139.6, "north": 35.8, "east": 139.8 } });
    assert_eq!(no.error_kind("stations_in", box_), "dataset-missing");
}

#[test]
fn nearby_lists_nearest_first_with_distance_bearing_and_open_state() {
    let (_dir, path) = tiny_dataset();
    let app = start(path, Overrides::parse(Some(SATURDAY_10), None));
    // Sapporo station.
    let all = app.invoke("nearby", json!({ "args": { "lat": 43.0687, "lon": 141.3508, "k": 3 } })).unwrap();
    let all = all.as_array().unwrap();
    assert_eq!(all.len(), 3);
    let d: Vec<f64> = all.iter().map(|r| r["distance_m"].as_f64().unwrap()).collect();
    assert!(d.windows(2).all(|w| w[0] <= w[1]), "{d:?}");
    assert!(all[0]["bearing_deg"].as_f64().unwrap() >= 0.0 && all[0]["bearing_deg"].as_f64().unwrap() < 360.0);
    assert_eq!(all[2]["id"], "151BYJTX00001", "Niigata is the farthest");
    for key in ["id", "name_ja", "kind", "lat", "lon", "departments", "address_ja", "open", "emergency"] {
        assert!(all[0].get(key).is_some(), "{key} missing in {}", all[0]);
    }
    // Pediatrics open on Saturday at 10:00: only the Sapporo hospital with 小児科 09:00-12:00 Mon-Sat.
    let open = app
        .invoke(
            "nearby",
            json!({ "args": { "lat": 43.0687, "lon": 141.3508, "department": "pediatrics", "openNow": true } }),
        )
        .unwrap();
    let open = open.as_array().unwrap();
    assert_eq!(open.len(), 1, "{open:?}");
    assert_eq!(open[0]["id"], "0111010000010");
    assert_eq!(open[0]["open"], true);
    assert!(open[0]["departments"].as_array().unwrap().contains(&json!("pediatrics")));
}

#[test]
fn facility_shows_open_state_and_a_week_of_hours_by_date() {
    let (_dir, path) = tiny_dataset();
    let app = start(path, Overrides::parse(Some(SATURDAY_10), None));
    let f = app.invoke("facility", json!({ "id": "0111010000010", "department": "pediatrics" })).unwrap();
    assert_eq!(f["facility"]["name_ja"], "札幌テスト病院");
    assert!(f["facility"]["address_ja"].as_str().unwrap().starts_with("北海道"));
    assert_eq!(f["open"]["state"], "open");
    let week = f["week"].as_array().unwrap();
    assert_eq!(week.len(), 7);
    assert_eq!(week[0]["date"], "2026-11-28");
    assert_eq!(week[0]["open"], json!([{ "start": 540, "end": 720 }]));
    assert_eq!(week[1]["date"], "2026-11-29");
    assert_eq!(week[1]["verdict"]["kind"], "closed", "no hours on Sunday: {}", week[1]);
    assert_eq!(f["closedDaysText"], "12月29日～1月3日");
    assert_eq!(app.error_kind("facility", json!({ "id": "0000000000000" })), "invalid-argument");
    assert_eq!(app.error_kind("facility", json!({ "id": "0111010000010", "department": "spa" })), "invalid-argument");
}

#[test]
fn facility_texts_say_the_closed_days_in_the_users_language() {
    let (_dir, path) = tiny_dataset();
    let app = start(path, Overrides::parse(Some(SATURDAY_10), None));
    let t = app.invoke("facility_texts", json!({ "id": "0111010000010", "lang": "en" })).unwrap();
    assert_eq!(t["closedDays"]["lines"], json!(["Closed Dec 29 – Jan 3"]));
    assert_eq!(t["closedDays"]["original"], "12月29日～1月3日");
    assert_eq!(t["latinName"], json!({ "text": "Test Hospital", "transliterated": false }));
    assert_eq!(t["latinNameNote"], Value::Null);
    let ko = app.invoke("facility_texts", json!({ "id": "151BYJTX00001", "lang": "ko" })).unwrap();
    assert_eq!(ko["closedDays"]["lines"], json!(["12월 29일~1월 3일 휴진"]));
    let none = app.invoke("facility_texts", json!({ "id": "0111010000020", "lang": "en" })).unwrap();
    assert_eq!(none["closedDays"], Value::Null);
    assert_eq!(app.error_kind("facility_texts", json!({ "id": "0111010000010", "lang": "xx" })), "invalid-argument");
}

#[test]
fn facility_and_places_reject_malformed_input() {
    let app = no_dataset();
    assert_eq!(app.error_kind("facility", json!({ "id": "'; DROP TABLE facility; --" })), "invalid-argument");
    assert_eq!(app.error_kind("facility", json!({ "id": "" })), "invalid-argument");
    assert_eq!(app.error_kind("places", json!({ "query": "   " })), "invalid-argument");
}

#[test]
fn emergency_numbers_and_the_119_script_work_without_the_dataset() {
    let app = no_dataset();
    let numbers = app.invoke("emergency_numbers", json!({ "lang": "en", "pref": 13 })).unwrap();
    let numbers = numbers.as_array().unwrap();
    let ambulance = numbers.iter().find(|n| n["number"] == "119").expect("119 is listed");
    assert_eq!(ambulance["dial"], "119");
    assert!(numbers.iter().any(|n| n["number"] == "#7119"), "Tokyo runs #7119");
    assert_eq!(app.error_kind("emergency_numbers", json!({ "lang": "en", "pref": 48 })), "invalid-argument");
    let script = app
        .invoke("call_script", json!({ "lang": "fr", "situation": { "landmark": "新宿駅", "what": "chest-pain" } }))
        .unwrap();
    let script = script.as_array().unwrap();
    assert!(script.len() >= 3);
    assert!(script.iter().any(|l| l["ja"].as_str().unwrap().contains("新宿駅")), "{script:?}");
    assert!(script.iter().all(|l| l["ja_reading"].is_string() && l["romaji"].is_string() && l["text"].is_string()));
    let what = app.invoke("what_choices", json!({ "lang": "de" })).unwrap();
    assert!(what.as_array().unwrap().iter().any(|w| w["what"] == "chest-pain"));
    assert_eq!(app.error_kind("call_script", json!({ "lang": "klingon" })), "invalid-argument");
}

#[test]
fn cards_and_tips_work_without_the_dataset() {
    let app = no_dataset();
    let all = app.invoke("card_catalogue", json!({ "lang": "fr" })).unwrap();
    let chest = all.as_array().unwrap().iter().find(|c| c["id"] == "chest-pain").expect("a chest-pain card");
    assert!(chest["ja"].as_str().unwrap().contains('胸'), "{chest}");
    assert!(chest["category_name"].is_string());
    let cats = app.invoke("card_categories", json!({ "lang": "ja" })).unwrap();
    assert!(!cats.as_array().unwrap().is_empty());
    let card = app.invoke("card", json!({ "id": "chest-pain", "lang": "ko" })).unwrap();
    assert_eq!(card["lang"], "ko");
    assert_eq!(card["ja"], chest["ja"], "the Japanese side does not depend on the user's language");
    assert_eq!(app.error_kind("card", json!({ "id": "no-such-card", "lang": "en" })), "not-found");
    // An argument card opens blank, with the input that fits it, and fills in with a value.
    let blank = app.invoke("card", json!({ "id": "fever-temperature", "lang": "de" })).unwrap();
    assert!(blank["ja"].as_str().unwrap().contains('…'), "{blank}");
    assert_eq!(blank["args"][0]["input"], json!({ "input": "number", "min": 34.0, "max": 43.0, "decimals": 1 }));
    let filled = app
        .invoke("card", json!({ "id": "fever-temperature", "lang": "de", "args": { "temperature": "38.5" } }))
        .unwrap();
    assert_eq!(filled["ja"], "体温は38.5度です。");
    assert!(filled["text"].as_str().unwrap().contains("38,5"), "{filled}");
    let bad = json!({ "id": "fever-temperature", "lang": "de", "args": { "temperature": "85" } });
    assert_eq!(app.error_kind("card", bad), "invalid-argument");
    let found = app.invoke("card_search", json!({ "lang": "en", "query": "my child has a fever" })).unwrap();
    let ids: Vec<&str> = found.as_array().unwrap().iter().take(3).map(|c| c["id"].as_str().unwrap()).collect();
    assert!(ids.contains(&"child-high-fever"), "{ids:?}");
    assert_eq!(app.invoke("card_search", json!({ "lang": "en", "query": "  " })).unwrap(), json!([]));
    let words = app.invoke("card_vocabulary", json!({ "lang": "fr" })).unwrap();
    assert!(words["body_parts"].as_array().unwrap().iter().any(|p| p["id"] == "knee" && p["ja"] == "膝"));
    assert_eq!(words["sides"].as_array().unwrap().len(), 3);
    assert!(words["medicines"].as_array().unwrap().iter().any(|m| m["id"] == "ibuprofen"));
    let tips = app.invoke("payment_tips", json!({ "lang": "vi" })).unwrap();
    let tips = tips.as_array().unwrap();
    assert!(tips.iter().any(|t| t["id"] == "full-cost"));
    assert!(tips.iter().all(|t| t["title"].is_string() && t["text"].is_string()));
}

#[test]
fn unknown_commands_are_refused() {
    let app = no_dataset();
    assert!(app.invoke("execute_sql", json!({ "sql": "SELECT 1" })).is_err());
}

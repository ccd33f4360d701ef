//! `where`, `numbers --at` and `call-script --at` on real points.

#[path = "common/real.rs"]
mod real;

use serde_json::Value;
use std::process::Command;

fn tasukete(args: &[&str]) -> (bool, String, String) {
    let db = real::real_dataset().to_string_lossy().into_owned();
    let mut all: Vec<&str> = args.to_vec();
    all.extend(["--db", &db]);
    let out = Command::new(env!("CARGO_BIN_EXE_tasukete")).args(&all).output().unwrap();
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn where_at(at: &str) -> Value {
    let (ok, out, err) = tasukete(&["where", "--at", at, "--json"]);
    assert!(ok, "{at}: {err}");
    serde_json::from_str(&out).unwrap()
}

#[test]
fn a_tokyo_ward_with_its_neighbourhood_and_station() {
    // West exit of Shinjuku, by the Tokyo Metropolitan Government Building.
    let v = where_at("35.6896,139.6917");
    assert_eq!(v["prefecture"]["code"], 13);
    assert_eq!(v["prefecture"]["ja"], "東京都");
    assert_eq!(v["prefecture"]["en"], "Tokyo");
    assert_eq!(v["municipality"]["ja"], "新宿区");
    assert!(v["municipality"].get("en").is_some());
    let n = v["neighbourhood"]["ja"].as_str().unwrap();
    assert!(n.starts_with("西新宿"), "{n}");
    assert!(v["neighbourhood"]["distance_m"].as_f64().unwrap() < 1000.0);
    assert!(v["address_ja"].as_str().unwrap().starts_with("東京都新宿区西新宿"));
    let s = &v["station"];
    assert!(s["distance_m"].as_f64().unwrap() < 800.0, "{s}");
    assert!((0.0..360.0).contains(&s["bearing_deg"].as_f64().unwrap()));
    assert!(s.get("name_en").is_some());
    assert_eq!(v["lat"].as_f64().unwrap(), 35.6896);
    let spoken = v["spoken_ja"].as_str().unwrap();
    assert!(spoken.contains("付近、") && spoken.contains("駅の") && spoken.contains("メートル"), "{spoken}");
}

#[test]
fn a_kyoto_neighbourhood() {
    // Gion, Higashiyama ward.
    let v = where_at("35.0037,135.7782");
    assert_eq!(v["prefecture"]["code"], 26);
    assert_eq!(v["municipality"]["ja"], "京都市東山区");
    assert!(v["neighbourhood"]["ja"].as_str().unwrap().contains("祇園"), "{v}");
}

#[test]
fn a_hokkaido_town_and_okinawa() {
    // Niseko town hall.
    let v = where_at("42.8048,140.6874");
    assert_eq!(v["prefecture"]["code"], 1);
    assert!(v["municipality"]["ja"].as_str().unwrap().ends_with("ニセコ町"), "{v}");
    // Naha, Kokusai-dori.
    let v = where_at("26.2150,127.6845");
    assert_eq!(v["prefecture"]["code"], 47);
    assert_eq!(v["municipality"]["ja"], "那覇市");
}

#[test]
fn a_beach_resolves_and_the_open_sea_is_a_clear_error() {
    // Yuigahama beach, Kamakura: at the water's edge.
    let v = where_at("35.3100,139.5450");
    assert_eq!(v["municipality"]["ja"], "鎌倉市");
    // About 600 m out in the water off that beach: still Kamakura, and the answer says how far out.
    let v = where_at("35.2950,139.5450");
    assert_eq!(v["municipality"]["ja"], "鎌倉市");
    let out = v["outside_boundary_m"].as_f64().unwrap();
    assert!(out > 300.0 && out < 2000.0, "{out}");
    // The Pacific, 60 km off Chiba.
    let (ok, _, err) = tasukete(&["where", "--at", "35.0,140.9", "--json"]);
    assert!(!ok);
    assert!(err.contains("at sea or outside Japan") || err.contains("not on Japan's land"), "{err}");
    // Seoul.
    let (ok, _, err) = tasukete(&["where", "--at", "37.5665,126.9780", "--json"]);
    assert!(!ok, "{err}");
}

fn numbers_at(at: &str) -> Vec<Value> {
    let (ok, out, err) = tasukete(&["numbers", "--at", at, "--lang", "en", "--json"]);
    assert!(ok, "{err}");
    serde_json::from_str(&out).unwrap()
}

#[test]
fn numbers_for_a_prefecture_with_7119_one_without_and_one_in_part() {
    // Osaka (Umeda): #7119 with its ordinary number, #8000 with Osaka's hours.
    let osaka = numbers_at("34.7025,135.4959");
    for e in &osaka {
        assert!(e.get("as_of").is_some() && e["sure"].is_boolean(), "{e}");
        for key in ["number", "name", "purpose", "hours", "languages"] {
            assert!(e.get(key).is_some(), "{key}");
        }
    }
    let adult = osaka.iter().find(|e| e["id"] == "advice-adult").unwrap();
    assert_eq!(adult["number"], "#7119");
    assert_eq!(adult["direct"], "06-6582-7119");
    let child = osaka.iter().find(|e| e["id"] == "advice-child").unwrap();
    assert_eq!(child["number"], "#8000");
    assert!(child["hours"].as_str().unwrap().contains("19:00–08:00"), "{child}");
    assert!(child["as_of"].is_string());
    // Naha: no #7119 known; say so.
    let naha = numbers_at("26.2150,127.6845");
    assert!(!naha.iter().any(|e| e["number"] == "#7119"));
    assert!(naha.iter().any(|e| e["id"] == "advice-none"));
    assert!(naha.iter().any(|e| e["number"] == "119"));
    assert!(naha.iter().any(|e| e["number"] == "050-3816-2787"));
    // Kanagawa: Yokohama has #7119, Sagamihara does not (by these sources).
    let yokohama = numbers_at("35.4437,139.6380");
    assert!(yokohama.iter().any(|e| e["number"] == "#7119" && e["direct"] == "045-232-7119"));
    let sagamihara = numbers_at("35.5714,139.3733");
    assert!(!sagamihara.iter().any(|e| e["number"] == "#7119"));
    assert!(sagamihara.iter().any(|e| e["id"] == "advice-none"));
    // Tokyo's own services only in Tokyo.
    assert!(!osaka.iter().any(|e| e["id"] == "himawari"));
}

#[test]
fn call_script_names_the_place_with_a_position_and_keeps_the_pole_line_without() {
    let (ok, out, err) =
        tasukete(&["call-script", "--lang", "en", "--at", "35.6896,139.6917", "--situation", "chest-pain", "--json"]);
    assert!(ok, "{err}");
    let lines: Vec<Value> = serde_json::from_str(&out).unwrap();
    for l in &lines {
        for key in ["ja", "ja_reading", "romaji", "text"] {
            assert!(l[key].is_string(), "{key}");
        }
    }
    let address = &lines[1];
    let ja = address["ja"].as_str().unwrap();
    assert!(ja.starts_with("場所は東京都新宿区西新宿") && ja.contains("駅の") && ja.contains("約"), "{ja}");
    assert!(lines.iter().any(|l| l["ja"] == "胸が痛いと言っています。" || l["ja"].as_str().unwrap().contains("胸")));
    let interp = lines.iter().find(|l| l["ja"].as_str().unwrap().contains("通訳")).unwrap();
    assert!(interp["text"].as_str().unwrap().contains("English"), "{interp}");
    let (ok, out, err) = tasukete(&["call-script", "--lang", "en", "--json"]);
    assert!(ok, "{err}");
    let lines: Vec<Value> = serde_json::from_str(&out).unwrap();
    assert!(lines[1]["ja"].as_str().unwrap().contains("電柱"));
}

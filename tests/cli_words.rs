//! The `numbers`, `cards` and `card` commands, run as a user would.

use std::process::Command;

fn run(args: &[&str]) -> (bool, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_tasukete")).args(args).output().unwrap();
    (out.status.success(), String::from_utf8(out.stdout).unwrap(), String::from_utf8(out.stderr).unwrap())
}

#[test]
fn card_prints_german_japanese_reading_and_romaji() {
    let (ok, out, err) = run(&["card", "chest-pain", "--lang", "de", "--json"]);
    assert!(ok, "{err}");
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["id"], "chest-pain");
    assert_eq!(v["category"], "symptoms");
    assert_eq!(v["text"], "Ich habe Schmerzen in der Brust.");
    assert_eq!(v["ja"], "胸が痛いです。");
    assert_eq!(v["ja_reading"], "むねがいたいです。");
    assert_eq!(v["romaji"], "Mune ga itai desu.");
}

#[test]
fn card_arguments_from_the_command_line() {
    let (ok, out, err) = run(&["card", "allergic-to", "--lang", "es", "--arg", "allergen=penicilina", "--json"]);
    assert!(ok, "{err}");
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert!(v["text"].as_str().unwrap().contains("penicilina"));
    assert!(v["ja"].as_str().unwrap().contains("penicilina"));
    let (ok, _, err) = run(&["card", "allergic-to", "--lang", "es", "--arg", "penicilina"]);
    assert!(!ok && err.contains("NAME=VALUE"), "{err}");
}

#[test]
fn cards_prints_the_catalogue() {
    let (ok, out, err) = run(&["cards", "--lang", "zh-TW", "--json"]);
    assert!(ok, "{err}");
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    let arr = v.as_array().unwrap();
    assert!(arr.len() >= 120);
    for c in arr {
        for key in ["id", "category", "text", "ja", "ja_reading", "romaji"] {
            assert!(c[key].is_string(), "{key} in {c}");
        }
        assert_eq!(c["lang"], "zh-Hant");
    }
}

#[test]
fn numbers_prints_localized_entries() {
    let (ok, out, err) = run(&["numbers", "--lang", "fr", "--pref", "13", "--json"]);
    assert!(ok, "{err}");
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    let arr = v.as_array().unwrap();
    for e in arr {
        for key in ["number", "name", "purpose", "hours", "languages"] {
            assert!(e[key].is_string(), "{key} in {e}");
        }
    }
    assert!(arr.iter().any(|e| e["number"] == "03-3212-2323"));
    assert_eq!(arr[0]["number"], "119");
    assert!(arr[0]["hours"].as_str().unwrap().contains("24"));
    let (ok, _, err) = run(&["numbers", "--pref", "99"]);
    assert!(!ok && err.contains("99"), "{err}");
}

#[test]
fn unknown_language_and_card_are_clear_errors() {
    let (ok, _, err) = run(&["cards", "--lang", "sw"]);
    assert!(!ok);
    assert!(err.contains("'sw'") && err.contains("zh-Hans"), "{err}");
    let (ok, _, err) = run(&["card", "no-such-card", "--lang", "en"]);
    assert!(!ok);
    assert!(err.contains("no-such-card"), "{err}");
}

//! The profile and questionnaire commands through Tauri's mock runtime, with the app's own
//! `builder()`: a profile kept in a folder of the app's data, typed `{kind, message}`
//! errors for bad input, and the same profile still there after a restart.

mod mock_app;

use serde_json::{json, Value};
use std::path::Path;
use tasukete_app_lib::state::Overrides;

struct TestApp(mock_app::TestApp);

fn start(profile_dir: &Path) -> TestApp {
    let overrides = Overrides::parse(Some("2026-11-28T10:00:00+09:00"), None);
    TestApp(mock_app::start_with(mock_app::missing_dataset(), overrides, Some(profile_dir)))
}

impl TestApp {
    fn invoke(&self, cmd: &str, body: Value) -> Result<Value, Value> {
        self.0.invoke(cmd, body)
    }

    fn ok(&self, cmd: &str, body: Value) -> Value {
        self.invoke(cmd, body).unwrap_or_else(|e| panic!("{cmd}: {e}"))
    }

    fn err(&self, cmd: &str, body: Value) -> (String, String) {
        let e = self.invoke(cmd, body).expect_err("the command fails");
        (e["kind"].as_str().unwrap().to_string(), e["message"].as_str().unwrap().to_string())
    }
}

fn penicillin() -> Value {
    json!({
        "patient": {"name": "Jane Doe", "sex": "female", "age_years": 34},
        "allergies_intolerances": {"entries": [
            {"category": "drug", "substance": {"id": "penicillin"}, "reaction": {"id": "hives"}}
        ]}
    })
}

#[test]
fn the_profile_is_kept_across_restarts_and_shown_in_japanese() {
    let dir = tempfile::tempdir().unwrap();
    let app = start(dir.path());
    assert_eq!(app.ok("profile_get", json!({})), Value::Null);
    assert_eq!(app.ok("profile_save", json!({ "profile": penicillin() }))["revision"], 1);
    drop(app);
    let app = start(dir.path());
    assert!(dir.path().join("profile.sqlite").is_file());
    let p = app.ok("profile_get", json!({}));
    assert_eq!(p["allergies_intolerances"]["entries"][0]["substance"]["id"], "penicillin");
    let v = app.ok("profile_view", json!({ "lang": "fr" }));
    assert_eq!(v["title"]["ja"], "私の医療情報");
    assert_eq!(v["sections"][0]["items"][0]["value"]["ja"], "ペニシリン系抗菌薬（じんましん）");
    assert_eq!(v["sections"][0]["items"][0]["value"]["text"], "Pénicillines (Urticaire)");
    let o = app.ok("profile_options", json!({ "lang": "ko" }));
    assert!(o["lists"]["reaction"].as_array().unwrap().iter().any(|c| c["id"] == "anaphylaxis"));
    let r = app.ok("reception_messages", json!({ "lang": "de" }));
    assert_eq!(r["nav-reception"], "Anmeldung");
}

#[test]
fn bad_profiles_and_imports_are_typed_errors_and_save_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let app = start(dir.path());
    app.ok("profile_save", json!({ "profile": penicillin() }));
    let mut bad = penicillin();
    bad["allergies_intolerances"]["entries"][0]["substance"]["id"] = json!("penicilin");
    let (kind, msg) = app.err("profile_save", json!({ "profile": bad }));
    assert_eq!(kind, "invalid-argument");
    assert!(msg.contains("allergies_intolerances.entries[0].substance") && msg.contains("penicilin"), "{msg}");
    let (kind, msg) = app.err("profile_save", json!({ "profile": { "patient": { "sex": "robot" } } }));
    assert!(kind == "invalid-argument" && msg.contains("patient.sex"), "{msg}");
    let exported = app.ok("profile_export", json!({}));
    let text = exported["json"].as_str().unwrap().to_string();
    assert!(Path::new(exported["path"].as_str().unwrap()).starts_with(dir.path()));
    for (input, want) in [
        (&text[..text.len() / 2], "cut short"),
        ("{\"hello\": 1}", "not a Tasukete profile"),
        (&text.replace("\"version\": 1", "\"version\": 7"), "newer"),
    ] {
        let (kind, msg) = app.err("profile_import", json!({ "text": input }));
        assert!(kind == "invalid-argument" && msg.contains(want), "{kind}: {msg}");
    }
    assert_eq!(app.ok("profile_get", json!({}))["patient"]["name"], "Jane Doe");
    assert_eq!(app.ok("profile_import", json!({ "text": text }))["revision"], 2);
    assert_eq!(app.err("profile_view", json!({ "lang": "xx" })).0, "invalid-argument");
}

#[test]
fn a_foreign_file_in_place_of_the_store_is_reported_and_left_alone() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("profile.sqlite"), "not a database").unwrap();
    let app = start(dir.path());
    let (kind, msg) = app.err("profile_get", json!({}));
    assert_eq!(kind, "profile-store");
    assert!(msg.contains("untouched"), "{msg}");
    assert_eq!(std::fs::read(dir.path().join("profile.sqlite")).unwrap(), b"not a database");
}

#[test]
fn the_questionnaire_keeps_its_answers_and_ends_on_the_japanese_summary() {
    let dir = tempfile::tempdir().unwrap();
    let app = start(dir.path());
    assert_eq!(app.err("intake_summary", json!({ "lang": "en" })).0, "not-found");
    assert_eq!(app.err("intake_start", json!({ "variant": "martian" })).0, "invalid-argument");
    app.ok("profile_save", json!({ "profile": penicillin() }));
    app.ok("intake_start", json!({ "variant": "adult" }));
    let flow = app.ok("intake_flow", json!({ "lang": "es" }));
    let allergies = flow["questions"].as_array().unwrap().iter().find(|q| q["topic"] == "allergies").unwrap();
    assert!(allergies["from_profile"]["ja"].as_str().unwrap().contains("ペニシリン"));
    let answers =
        json!({"variant": "adult", "complaints": ["fever", "cough"], "onset_days_ago": 3, "temperature_c": 38.5});
    app.ok("intake_save", json!({ "answers": answers }));
    let (kind, msg) = app.err("intake_save", json!({ "answers": {"variant": "adult", "temperature_c": 80} }));
    assert!(kind == "invalid-argument" && msg.contains("temperature_c"), "{msg}");
    let (kind, msg) = app.err("intake_save", json!({ "answers": {"variant": "adult", "complaints": ["zombie"]} }));
    assert!(kind == "invalid-argument" && msg.contains("zombie"), "{msg}");
    drop(app);
    let app = start(dir.path());
    let s = app.ok("intake_summary", json!({ "lang": "es" }));
    let ja: Vec<&str> = s["summary_ja"].as_array().unwrap().iter().map(|v| v.as_str().unwrap()).collect();
    for want in [
        "主な症状：発熱、咳",
        "いつから：3日前から",
        "体温：38.5度",
        "アレルギー：薬：ペニシリン系抗菌薬（じんましん）",
    ] {
        assert!(ja.contains(&want), "{want} not in {ja:?}");
    }
    app.ok("intake_clear", json!({}));
    assert_eq!(app.ok("intake_answers", json!({})), Value::Null);
    let q = app.ok("staff_questions", json!({ "lang": "th" }));
    assert!(q.as_array().unwrap().len() >= 15);
    let a = app.ok("staff_answer", json!({ "question": "since-when", "answer": "days-3", "lang": "th" }));
    assert_eq!(a["answer"]["ja"], "3日前から");
    assert_eq!(
        app.err("staff_answer", json!({ "question": "fever", "answer": "42", "lang": "th" })).0,
        "invalid-argument"
    );
}

//! Every command through Tauri's mock runtime with hostile arguments, as a compromised or
//! buggy webview could send them: a 1 MB string, k = 10⁹, NaN (JavaScript sends `null`),
//! an unknown language, control characters, huge lists. Each must answer a typed
//! `{kind, message}` error whose message stays short (it never repeats the 1 MB back),
//! and the app must keep answering afterwards.

#[path = "../../tests/common/mod.rs"]
mod common;
mod mock_app;

use serde_json::{json, Value};
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use tasukete_app_lib::state::Overrides;

/// The shared mock app, remembering which commands the test reached.
struct TestApp {
    app: mock_app::TestApp,
    covered: std::cell::RefCell<BTreeSet<String>>,
}

fn tiny_dataset(dir: &Path) -> PathBuf {
    let sources = common::small_sources();
    mock_app::build_dataset(sources.path(), dir)
}

fn start(dataset: PathBuf, profile_dir: &Path) -> TestApp {
    let overrides = Overrides::parse(Some("2026-11-28T10:00:00+09:00"), None);
    TestApp { app: mock_app::start_with(dataset, overrides, Some(profile_dir)), covered: Default::default() }
}

impl TestApp {
    fn invoke(&self, cmd: &str, body: Value) -> Result<Value, Value> {
        self.covered.borrow_mut().insert(cmd.to_string());
        self.app.invoke(cmd, body)
    }

    /// The command fails with `kind`, and a short message.
    fn refuses(&self, cmd: &str, body: Value, kind: &str) {
        let shown = short(&body);
        let err = match self.invoke(cmd, body) {
            Ok(v) => panic!("{cmd} {shown}: accepted, answered {}", short(&v)),
            Err(e) => e,
        };
        assert_eq!(err["kind"], kind, "{cmd} {shown}: {}", short(&err));
        let message = err["message"].as_str().unwrap_or_else(|| panic!("{cmd}: no message in {}", short(&err)));
        assert!(message.len() < 1_000, "{cmd} {shown}: a {}-byte message", message.len());
    }

    /// The command answers (hostile extras are ignored).
    fn answers(&self, cmd: &str, body: Value) -> Value {
        let shown = short(&body);
        self.invoke(cmd, body).unwrap_or_else(|e| panic!("{cmd} {shown}: {}", short(&e)))
    }
}

fn short(v: &Value) -> String {
    let s = v.to_string();
    if s.len() > 160 {
        format!("{}… ({} bytes)", &s[..s.char_indices().nth(150).map_or(s.len(), |(i, _)| i)], s.len())
    } else {
        s
    }
}

fn mb() -> String {
    "x".repeat(1 << 20)
}

/// Every command that takes a language: a 1 MB tag, an unknown one, one with a control
/// character. `extra` gives the command's other required arguments.
const LANG_COMMANDS: &[(&str, &str)] = &[
    ("card_catalogue", "{}"),
    ("card_categories", "{}"),
    ("card_vocabulary", "{}"),
    ("payment_tips", "{}"),
    ("ui_messages", "{}"),
    ("reception_messages", "{}"),
    ("intake_catalogue", "{}"),
    ("staff_questions", "{}"),
    ("what_choices", "{}"),
    ("profile_options", "{}"),
    ("profile_view", "{}"),
    ("emergency_numbers", "{}"),
    ("call_script", "{}"),
    ("card", r#"{"id": "chest-pain"}"#),
    ("card_search", r#"{"query": "fever"}"#),
    ("facility_texts", r#"{"id": "0111010000010"}"#),
    ("format_message", r#"{"id": "nav-emergency"}"#),
    ("staff_answer", r#"{"question": "q", "answer": "a"}"#),
    ("intake_flow", "{}"),
    ("intake_summary", "{}"),
    ("numbers_at", r#"{"lat": 43.0687, "lon": 141.3508}"#),
    ("call_script_at", r#"{"lat": 43.0687, "lon": 141.3508}"#),
    ("care_now", r#"{"lat": 43.0687, "lon": 141.3508}"#),
];

#[test]
fn every_command_refuses_hostile_arguments_with_a_typed_short_error() {
    let dir = tempfile::tempdir().unwrap();
    let profile = tempfile::tempdir().unwrap();
    let app = start(tiny_dataset(dir.path()), profile.path());
    let big = mb();

    for (cmd, extra) in LANG_COMMANDS {
        let with = |lang: Value| {
            let mut body: Value = serde_json::from_str(extra).unwrap();
            body["lang"] = lang;
            body
        };
        app.refuses(cmd, with(json!(big)), "invalid-argument");
        app.refuses(cmd, with(json!("xx")), "invalid-argument");
        app.refuses(cmd, with(json!("en\u{0}")), "invalid-argument");
    }

    // Phrase cards.
    app.refuses("card", json!({ "id": big, "lang": "en" }), "invalid-argument");
    app.refuses(
        "card",
        json!({ "id": "fever-temperature", "lang": "en", "args": { "temperature": "38\u{7}" } }),
        "invalid-argument",
    );
    app.refuses(
        "card",
        json!({ "id": "fever-temperature", "lang": "en", "args": { "temperature": "38\n5" } }),
        "invalid-argument",
    );
    app.refuses(
        "card",
        json!({ "id": "fever-temperature", "lang": "en", "args": { "temperature": big } }),
        "invalid-argument",
    );
    app.refuses(
        "card",
        json!({ "id": "fever-temperature", "lang": "en", "args": { big.clone(): "38" } }),
        "invalid-argument",
    );
    app.refuses(
        "card",
        json!({ "id": "fever-temperature", "lang": "en", "args": { "temperature": "1e9" } }),
        "invalid-argument",
    );
    let many: serde_json::Map<String, Value> = (0..1000).map(|i| (format!("a{i}"), json!("1"))).collect();
    app.refuses("card", json!({ "id": "fever-temperature", "lang": "en", "args": many }), "invalid-argument");
    app.refuses("card_search", json!({ "lang": "en", "query": big }), "invalid-argument");
    app.refuses("card_search", json!({ "lang": "en", "query": "fever", "limit": 1e9 }), "invalid-argument");
    app.refuses("card_search", json!({ "lang": "en", "query": "fever", "limit": 0 }), "invalid-argument");
    app.refuses("card_search", json!({ "lang": "en", "query": "fever", "limit": 2.5 }), "invalid-argument");
    app.refuses("card_search", json!({ "lang": "en", "query": "fever", "limit": -3 }), "invalid-argument");

    // Emergency: prefecture codes 1..=47 only, the script's free text bounded.
    for pref in [json!(1e9), json!(48), json!(0), json!(-1), json!(13.5)] {
        app.refuses("emergency_numbers", json!({ "lang": "en", "pref": pref }), "invalid-argument");
    }
    app.refuses("call_script", json!({ "lang": "en", "situation": { "address": big } }), "invalid-argument");
    app.refuses("call_script", json!({ "lang": "en", "situation": { "name": "a\u{1b}[2J" } }), "invalid-argument");
    app.refuses("call_script", json!({ "lang": "en", "situation": { "age": 1e9 } }), "invalid-argument");
    app.refuses("call_script", json!({ "lang": "en", "situation": { "age": -1 } }), "invalid-argument");
    app.refuses("call_script", json!({ "lang": "en", "situation": { "what": big } }), "invalid-argument");
    app.refuses("call_script", json!({ "lang": "en", "situation": "help" }), "invalid-argument");

    // Facilities, nearby, places, stations.
    app.refuses("facility", json!({ "id": big }), "invalid-argument");
    app.refuses("facility", json!({ "id": "0111010000010", "department": big }), "invalid-argument");
    app.refuses("facility_texts", json!({ "id": big, "lang": "en" }), "invalid-argument");
    let near = |extra: Value| {
        let mut args = json!({ "lat": 43.0687, "lon": 141.3508 });
        for (k, v) in extra.as_object().unwrap() {
            args[k] = v.clone();
        }
        json!({ "args": args })
    };
    app.refuses("nearby", near(json!({ "lat": null })), "invalid-position"); // JSON.stringify(NaN)
    app.refuses("nearby", near(json!({ "lon": null })), "invalid-position");
    app.refuses("nearby", near(json!({ "lat": 1e9 })), "invalid-position");
    app.refuses("nearby", near(json!({ "lat": -90.5 })), "invalid-position");
    app.refuses("nearby", near(json!({ "lat": 0, "lon": 0 })), "invalid-position");
    app.refuses("nearby", near(json!({ "k": 1e9 })), "invalid-argument");
    app.refuses("nearby", near(json!({ "k": 0 })), "invalid-argument");
    app.refuses("nearby", near(json!({ "k": 2.5 })), "invalid-argument");
    app.refuses("nearby", near(json!({ "k": -1 })), "invalid-argument");
    app.refuses("nearby", near(json!({ "radiusM": -5 })), "invalid-argument");
    app.refuses("nearby", near(json!({ "department": big })), "invalid-argument");
    app.refuses("nearby", near(json!({ "kind": "hospital\u{0}" })), "invalid-argument");
    app.refuses("nearby", near(json!({ "lat": "35.6" })), "invalid-argument");
    app.refuses("nearby", json!({ "args": big }), "invalid-argument");
    app.refuses("places", json!({ "query": big }), "invalid-argument");
    app.refuses("places", json!({ "query": "shinjuku", "k": 1e9 }), "invalid-argument");
    app.refuses("places", json!({ "query": "shinjuku", "k": 0 }), "invalid-argument");
    app.refuses("places", json!({ "query": "  " }), "invalid-argument");
    let bounds = json!({ "south": 35.6, "west": 139.6, "north": 35.8, "east": 139.8 });
    for (edge, v) in [("south", json!(null)), ("east", json!(null)), ("north", json!(1e9)), ("west", json!(200))] {
        let mut b = bounds.clone();
        b[edge] = v;
        app.refuses("stations_in", json!({ "bounds": b }), "invalid-position");
    }
    app.refuses("stations_in", json!({ "bounds": big }), "invalid-argument");

    // Where am I, the numbers and the 119 script for a place, care now (issue 8's commands).
    for cmd in ["where_am_i", "numbers_at", "call_script_at", "care_now"] {
        for (lat, lon) in [
            (json!(null), json!(141.35)),
            (json!(43.07), json!(null)),
            (json!(1e9), json!(141.35)),
            (json!(0), json!(0)),
        ] {
            app.refuses(cmd, json!({ "lang": "en", "lat": lat, "lon": lon }), "invalid-position");
        }
        app.refuses(cmd, json!({ "lang": "en", "lat": "43", "lon": 141.35 }), "invalid-argument");
    }
    let sapporo = |extra: Value| {
        let mut body = json!({ "lang": "en", "lat": 43.0687, "lon": 141.3508 });
        for (k, v) in extra.as_object().unwrap() {
            body[k] = v.clone();
        }
        body
    };
    app.refuses("call_script_at", sapporo(json!({ "situation": { "place": big } })), "invalid-argument");
    app.refuses("call_script_at", sapporo(json!({ "situation": { "callback": "03\u{0}" } })), "invalid-argument");
    app.refuses("call_script_at", sapporo(json!({ "situation": { "age": 1e9 } })), "invalid-argument");
    app.refuses("care_now", sapporo(json!({ "department": big })), "invalid-argument");
    app.refuses("care_now", sapporo(json!({ "department": "no-such" })), "invalid-argument");
    app.answers("where_am_i", json!({ "lat": 43.0687, "lon": 141.3508, "sql": big }));

    // Languages: a huge preference list is refused; a huge tag in it fits nothing.
    let list: Vec<String> = (0..1000).map(|_| "en".to_string()).collect();
    app.refuses("languages", json!({ "preferred": list }), "invalid-argument");
    assert_eq!(app.answers("languages", json!({ "preferred": [big, "ja"] }))["default"], "ja");
    assert_eq!(app.answers("languages", json!({ "preferred": ["xx-\u{0}", "qq"] }))["default"], "en");
    app.refuses("format_message", json!({ "lang": "en", "id": big }), "invalid-argument");
    app.refuses(
        "format_message",
        json!({ "lang": "en", "id": "results-count", "args": { "count": big } }),
        "invalid-argument",
    );
    app.refuses(
        "format_message",
        json!({ "lang": "en", "id": "results-count", "args": { "count": { "a": 1 } } }),
        "invalid-argument",
    );
    let many: serde_json::Map<String, Value> = (0..1000).map(|i| (format!("a{i}"), json!(1))).collect();
    app.refuses("format_message", json!({ "lang": "en", "id": "results-count", "args": many }), "invalid-argument");

    // Profile and questionnaire.
    app.refuses("profile_import", json!({ "text": big }), "invalid-argument");
    app.refuses("profile_import", json!({ "text": "\u{0}\u{1}" }), "invalid-argument");
    app.refuses("profile_save", json!({ "profile": { "patient": { "name": big } } }), "invalid-argument");
    app.refuses("profile_save", json!({ "profile": { "patient": { "name": "a\u{7}" } } }), "invalid-argument");
    app.refuses("profile_save", json!({ "profile": { "patient": { "age_years": 1e9 } } }), "invalid-argument");
    app.refuses("intake_start", json!({ "variant": big }), "invalid-argument");
    app.refuses("intake_start", json!({ "variant": "adult\u{0}" }), "invalid-argument");
    app.refuses("intake_save", json!({ "answers": { "variant": "adult", "notes": big } }), "invalid-argument");
    app.refuses("intake_save", json!({ "answers": { "variant": "adult", "temperature_c": 1e9 } }), "invalid-argument");
    app.refuses("staff_answer", json!({ "question": big, "answer": "yes", "lang": "en" }), "invalid-argument");
    app.refuses("staff_answer", json!({ "question": "q", "answer": big, "lang": "en" }), "invalid-argument");

    // Commands without arguments ignore whatever else is sent.
    for cmd in
        ["dataset_info", "clock", "test_overrides", "profile_get", "profile_delete", "intake_answers", "intake_clear"]
    {
        app.answers(cmd, json!({ "sql": big, "k": 1e9 }));
    }
    app.refuses("profile_export", json!({ "path": "/etc/passwd" }), "not-found"); // nothing saved yet

    // Still answering: nothing above broke the state.
    assert!(app.answers("nearby", near(json!({ "k": 2 }))).as_array().unwrap().len() == 2);
    assert_eq!(app.answers("card", json!({ "id": "chest-pain", "lang": "ja" }))["id"], "chest-pain");

    // Every command of the handler list was sent something hostile above.
    let handlers = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("src/commands/mod.rs")).unwrap();
    let listed: BTreeSet<String> = handlers
        .split("generate_handler![")
        .nth(1)
        .unwrap()
        .split(']')
        .next()
        .unwrap()
        .split(',')
        .filter_map(|s| s.trim().split("::").nth(1).map(str::to_string))
        .collect();
    let covered = app.covered.borrow();
    let missing: Vec<_> = listed.difference(&covered).collect();
    assert!(missing.is_empty(), "commands without a hostile-argument test: {missing:?}");
}

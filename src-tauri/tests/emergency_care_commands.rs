//! The emergency-care commands (issue 8) through Tauri's mock runtime: where am I, the
//! numbers for a place, the 119 script with the position, care now, and the facility's
//! emergency care apart from its outpatient hours.

#[path = "../../tests/common/mod.rs"]
mod common;

use serde_json::{json, Value};
use std::path::PathBuf;
use tasukete_app_lib::builder;
use tasukete_app_lib::state::{DatasetSource, Overrides, Startup};
use tauri::test::{get_ipc_response, mock_builder, mock_context, noop_assets, MockRuntime, INVOKE_KEY};
use tauri::webview::InvokeRequest;
use tauri::{App, WebviewWindow, WebviewWindowBuilder};

struct TestApp {
    _app: App<MockRuntime>,
    window: WebviewWindow<MockRuntime>,
}

fn start(dataset: PathBuf, overrides: Overrides) -> TestApp {
    let app = builder(mock_builder(), Startup { dataset: DatasetSource::Path(dataset), overrides, profile_dir: None })
        .build(mock_context(noop_assets()))
        .expect("the app builds on the mock runtime");
    let window = WebviewWindowBuilder::new(&app, "main", Default::default()).build().expect("a main window");
    TestApp { _app: app, window }
}

/// A dataset built by the core's own builder from the core tests' generated sources:
/// three hospitals (two in Sapporo, one in Niigata) and the stations 新宿 and 札幌.
fn tiny_dataset() -> (tempfile::TempDir, PathBuf) {
    let sources = common::small_sources();
    let out = tempfile::tempdir().unwrap();
    let path = out.path().join("tasukete.sqlite");
    let opts =
        tasukete::build::BuildOptions { sources: sources.path().to_path_buf(), out: path.clone(), departments: None };
    tasukete::build::build(&opts, &mut |_| {}).expect("the tiny dataset builds");
    (out, path)
}

/// Sunday 2026-12-06 03:00 in Japan.
const SUNDAY_3AM: &str = "2026-12-06T03:00:00+09:00";

fn no_dataset() -> TestApp {
    start(PathBuf::from("/nonexistent/tasukete.sqlite"), Overrides::default())
}

impl TestApp {
    fn invoke(&self, cmd: &str, body: Value) -> Result<Value, Value> {
        get_ipc_response(
            &self.window,
            InvokeRequest {
                cmd: cmd.into(),
                callback: tauri::ipc::CallbackFn(0),
                error: tauri::ipc::CallbackFn(1),
                // On Linux the webview's origin is tauri://localhost; IPC from elsewhere is refused.
                url: "tauri://localhost".parse().unwrap(),
                body: tauri::ipc::InvokeBody::Json(body),
                headers: Default::default(),
                invoke_key: INVOKE_KEY.to_string(),
            },
        )
        .map(|b| b.deserialize::<Value>().expect("a JSON response"))
    }

    fn error_kind(&self, cmd: &str, body: Value) -> String {
        let err = self.invoke(cmd, body).expect_err("the command fails");
        assert!(err["message"].is_string(), "{cmd}: message missing in {err}");
        err["kind"].as_str().unwrap_or_else(|| panic!("{cmd}: no kind in {err}")).to_string()
    }
}

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

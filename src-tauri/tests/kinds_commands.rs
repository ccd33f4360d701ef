//! The Nearby command with the clinic lists: the kind filter, approximate positions and
//! facilities without published hours, through Tauri's mock runtime.

#[path = "../../tests/common/mod.rs"]
mod common;
#[path = "../../tests/common/lists.rs"]
mod lists;

use serde_json::{json, Value};
use tasukete_app_lib::builder;
use tasukete_app_lib::state::{DatasetSource, Overrides, Startup};
use tauri::test::{get_ipc_response, mock_builder, mock_context, noop_assets, INVOKE_KEY};
use tauri::webview::InvokeRequest;
use tauri::WebviewWindowBuilder;

#[test]
fn nearby_filters_by_kind_and_says_which_positions_are_approximate() {
    let sources = lists::list_sources();
    let out = tempfile::tempdir().unwrap();
    let path = out.path().join("tasukete.sqlite");
    let opts =
        tasukete::build::BuildOptions { sources: sources.path().to_path_buf(), out: path.clone(), departments: None };
    tasukete::build::build(&opts, &mut |_| {}).unwrap();
    let app = builder(
        mock_builder(),
        Startup {
            dataset: DatasetSource::Path(path),
            overrides: Overrides::parse(Some("2026-11-24T14:00:00+09:00"), None),
            profile_dir: None,
        },
    )
    .build(mock_context(noop_assets()))
    .unwrap();
    let window = WebviewWindowBuilder::new(&app, "main", Default::default()).build().unwrap();
    let invoke = |body: Value| -> Value {
        get_ipc_response(
            &window,
            InvokeRequest {
                cmd: "nearby".into(),
                callback: tauri::ipc::CallbackFn(0),
                error: tauri::ipc::CallbackFn(1),
                url: "tauri://localhost".parse().unwrap(),
                body: tauri::ipc::InvokeBody::Json(body),
                headers: Default::default(),
                invoke_key: INVOKE_KEY.to_string(),
            },
        )
        .map(|r| r.deserialize::<Value>().unwrap())
        .unwrap()
    };
    let dental = invoke(json!({ "args": { "lat": 35.692, "lon": 139.695, "kind": "dental" } }));
    let dental = dental.as_array().unwrap();
    assert_eq!(dental.len(), 1);
    assert_eq!(dental[0]["precision"], "neighbourhood");
    assert_eq!(dental[0]["hours_published"], false);
    assert_eq!(dental[0]["open"], Value::Null);
    // Open now leaves unknown hours out unless asked.
    let open = invoke(json!({ "args": { "lat": 35.692, "lon": 139.695, "kind": "pharmacy", "openNow": true } }));
    assert_eq!(open.as_array().unwrap().len(), 0);
    let with_unknown = invoke(
        json!({ "args": { "lat": 35.692, "lon": 139.695, "kind": "pharmacy", "openNow": true, "includeUnknownHours": true } }),
    );
    assert_eq!(with_unknown.as_array().unwrap().len(), 1);
}

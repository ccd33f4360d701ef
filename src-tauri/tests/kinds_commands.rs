//! The Nearby command with the clinic lists: the kind filter, approximate positions and
//! facilities without published hours, through Tauri's mock runtime.

#[path = "../../tests/common/mod.rs"]
mod common;
#[path = "../../tests/common/lists.rs"]
mod lists;
mod mock_app;

use serde_json::{json, Value};
use tasukete_app_lib::state::Overrides;

#[test]
fn nearby_filters_by_kind_and_says_which_positions_are_approximate() {
    let sources = lists::list_sources();
    let out = tempfile::tempdir().unwrap();
    let path = mock_app::build_dataset(sources.path(), out.path());
    let app = mock_app::start_with(path, Overrides::parse(Some("2026-11-24T14:00:00+09:00"), None), None);
    let invoke = |body: Value| -> Value { app.invoke("nearby", body).unwrap() };
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

//! Reads `capabilities/*.json` and fails if a permission the app does not need appears:
//! the webview gets domain commands, tel: links and (on phones) the device position, and
//! nothing that reaches files, processes, the network or SQL.

use serde_json::Value;
use std::path::Path;

/// Permission prefixes that would let the webview reach beyond the app's own data.
const RISKY: &[&str] = &[
    "fs:",
    "shell:",
    "http:",
    "sql:",
    "process:",
    "updater:",
    "websocket:",
    "upload:",
    "store:",
    "clipboard-manager:",
    "global-shortcut:",
    "opener:default",
    "opener:allow-open-path",
    "opener:allow-reveal-item-in-dir",
    "opener:allow-default-urls",
    "core:webview:allow-create-webview",
    "core:webview:allow-create-webview-window",
    "core:window:allow-create",
    "core:app:allow-remove-data-store",
];

/// URLs the opener may hand to the system.
const OPENABLE: &[&str] = &["tel:*", "https://www.google.com/maps/search/*"];

fn capabilities() -> Vec<(String, Value)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("capabilities");
    let mut out = vec![];
    for entry in std::fs::read_dir(&dir).expect("capabilities/ exists") {
        let path = entry.unwrap().path();
        if path.extension().and_then(|e| e.to_str()) == Some("json") {
            let text = std::fs::read_to_string(&path).unwrap();
            let json: Value = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            out.push((path.file_name().unwrap().to_string_lossy().into_owned(), json));
        }
    }
    out.sort_by(|a, b| a.0.cmp(&b.0));
    out
}

fn identifier(p: &Value) -> &str {
    p.as_str().or_else(|| p["identifier"].as_str()).expect("a permission has an identifier")
}

#[test]
fn the_split_is_base_and_mobile() {
    let names: Vec<String> = capabilities().into_iter().map(|(n, _)| n).collect();
    assert_eq!(names, ["base.json", "mobile.json"]);
}

#[test]
fn no_risky_permission_is_granted() {
    for (name, cap) in capabilities() {
        for p in cap["permissions"].as_array().unwrap() {
            let id = identifier(p);
            for risky in RISKY {
                assert!(!id.starts_with(risky), "{name} grants {id}");
            }
            if id == "opener:allow-open-url" {
                for scope in p["allow"].as_array().expect("opener is scoped") {
                    let url = scope["url"].as_str().unwrap();
                    assert!(OPENABLE.contains(&url), "{name} lets the opener open {url}");
                }
            }
        }
    }
}

#[test]
fn geolocation_only_on_phones() {
    for (name, cap) in capabilities() {
        let perms: Vec<&str> = cap["permissions"].as_array().unwrap().iter().map(identifier).collect();
        let has_geo = perms.iter().any(|p| p.starts_with("geolocation:"));
        let platforms: Vec<&str> =
            cap["platforms"].as_array().map(|a| a.iter().filter_map(Value::as_str).collect()).unwrap_or_default();
        if has_geo {
            assert!(!platforms.is_empty(), "{name}: geolocation without a platform list");
            assert!(platforms.iter().all(|p| *p == "android" || *p == "iOS"), "{name}: geolocation on {platforms:?}");
        }
        if name == "mobile.json" {
            assert!(has_geo, "mobile.json should grant the position on phones");
            assert!(perms.iter().all(|p| p.starts_with("geolocation:")), "mobile.json grants {perms:?}");
        }
    }
}

#[test]
fn csp_is_strict_and_loads_nothing_remote() {
    let conf: Value = serde_json::from_str(
        &std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("tauri.conf.json")).unwrap(),
    )
    .unwrap();
    let csp = conf["app"]["security"]["csp"].as_object().expect("a CSP is set");
    assert_eq!(csp["default-src"], "'self'");
    for (directive, value) in csp {
        let value = value.as_str().unwrap();
        for source in value.split_whitespace() {
            let local =
                source.starts_with('\'') || ["data:", "blob:", "ipc:", "http://ipc.localhost"].contains(&source);
            assert!(local, "{directive} allows {source}");
        }
    }
    assert!(!csp["script-src"].as_str().unwrap().contains("unsafe"), "scripts must not be inline or eval'd");
}

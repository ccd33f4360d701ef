//! The app on Tauri's mock runtime as the command tests drive it: the same `builder()` the
//! app uses, one main window, and commands invoked as the webview invokes them. Shared by
//! every command test so that each says only what it checks.

#![allow(dead_code)] // each test file uses its own part

#[path = "../../../tests/common/mod.rs"]
mod common;

use serde_json::Value;
use std::path::{Path, PathBuf};
use tasukete_app_lib::builder;
use tasukete_app_lib::state::{DatasetSource, Overrides, Startup};
use tauri::test::{get_ipc_response, mock_builder, mock_context, noop_assets, MockRuntime, INVOKE_KEY};
use tauri::webview::InvokeRequest;
use tauri::{App, WebviewWindow, WebviewWindowBuilder};

pub struct TestApp {
    _app: App<MockRuntime>,
    window: WebviewWindow<MockRuntime>,
}

/// Starts the app on `dataset`, with the clock and position `overrides` and, if given, the
/// profile kept in `profile_dir`.
pub fn start_with(dataset: PathBuf, overrides: Overrides, profile_dir: Option<&Path>) -> TestApp {
    let startup =
        Startup { dataset: DatasetSource::Path(dataset), overrides, profile_dir: profile_dir.map(Path::to_path_buf) };
    let app = builder(mock_builder(), startup)
        .build(mock_context(noop_assets()))
        .expect("the app builds on the mock runtime");
    let window = WebviewWindowBuilder::new(&app, "main", Default::default()).build().expect("a main window");
    TestApp { _app: app, window }
}

/// A path where no dataset is.
pub fn missing_dataset() -> PathBuf {
    PathBuf::from("/nonexistent/tasukete.sqlite")
}

/// Builds a dataset with the core's own builder from generated `sources` into `dir`.
pub fn build_dataset(sources: &Path, dir: &Path) -> PathBuf {
    let path = dir.join("tasukete.sqlite");
    let opts = tasukete::build::BuildOptions { sources: sources.to_path_buf(), out: path.clone(), departments: None };
    tasukete::build::build(&opts, &mut |_| {}).expect("the generated dataset builds");
    path
}

impl TestApp {
    /// The command's answer, or the `{kind, message}` error the webview would receive.
    pub fn invoke(&self, cmd: &str, body: Value) -> Result<Value, Value> {
        let request = InvokeRequest {
            cmd: cmd.into(),
            callback: tauri::ipc::CallbackFn(0),
            error: tauri::ipc::CallbackFn(1),
            // On Linux the webview's origin is tauri://localhost; IPC from elsewhere is refused.
            url: "tauri://localhost".parse().unwrap(),
            body: tauri::ipc::InvokeBody::Json(body),
            headers: Default::default(),
            invoke_key: INVOKE_KEY.to_string(),
        };
        get_ipc_response(&self.window, request).map(|b| b.deserialize::<Value>().expect("a JSON response"))
    }

    /// The kind of the error the command answers (it must fail, with a message).
    pub fn error_kind(&self, cmd: &str, body: Value) -> String {
        let err = self.invoke(cmd, body).expect_err("the command fails");
        assert!(err["message"].is_string(), "{cmd}: message missing in {err}");
        err["kind"].as_str().unwrap_or_else(|| panic!("{cmd}: no kind in {err}")).to_string()
    }
}

/// Starts the app on `dataset` with the clock and position `overrides`, no profile.
pub fn start(dataset: PathBuf, overrides: Overrides) -> TestApp {
    start_with(dataset, overrides, None)
}

/// The app with no dataset at all.
pub fn no_dataset() -> TestApp {
    start(missing_dataset(), Overrides::default())
}

/// A dataset built by the core's own builder from the core tests' generated sources:
/// three hospitals (two in Sapporo, one in Niigata) and the stations 新宿 and 札幌.
pub fn tiny_dataset() -> (tempfile::TempDir, PathBuf) {
    let sources = common::small_sources();
    let out = tempfile::tempdir().unwrap();
    let path = build_dataset(sources.path(), out.path());
    (out, path)
}

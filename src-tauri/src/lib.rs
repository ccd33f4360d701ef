//! Tasukete's app shell: a thin Tauri 2 layer over the core crate `tasukete`.
//!
//! The webview only calls domain commands (one file per feature under [`commands`]);
//! errors cross IPC as `{kind, message}` ([`error::AppError`]). [`builder`] is shared by
//! [`run`] and the mock-runtime tests, so the tests exercise the handler list the app uses.
#![forbid(unsafe_code)]

pub mod commands;
pub mod error;
pub mod profile_state;
pub mod state;

use state::{DatasetSource, GuideState, Startup};
use std::path::PathBuf;
use tauri::{Manager, Runtime};

/// The dataset's file name, both as a bundled resource and in `data/build/`.
pub const DATASET_FILE: &str = "tasukete.sqlite";

/// Adds the app's state, plugins and commands to `builder`.
///
/// State is managed before the event loop starts whenever it can be (the mock runtime
/// never runs `setup`); only the bundled dataset's path needs the running app to resolve.
pub fn builder<R: Runtime>(builder: tauri::Builder<R>, startup: Startup) -> tauri::Builder<R> {
    let builder = add_platform_plugins(builder.plugin(tauri_plugin_opener::init()))
        .manage(startup.overrides.clone())
        .manage(profile_state::ProfileState::new(startup.profile_dir.clone()))
        .invoke_handler(commands::handler());
    match startup.dataset {
        DatasetSource::Path(path) => builder.manage(GuideState::open(&path)),
        DatasetSource::Default => builder.setup(|app| {
            let path = dataset_path(app.handle());
            app.manage(GuideState::open(&path));
            Ok(())
        }),
    }
}

#[cfg(mobile)]
fn add_platform_plugins<R: Runtime>(builder: tauri::Builder<R>) -> tauri::Builder<R> {
    builder.plugin(tauri_plugin_geolocation::init())
}

#[cfg(not(mobile))]
fn add_platform_plugins<R: Runtime>(builder: tauri::Builder<R>) -> tauri::Builder<R> {
    builder
}

/// Where the dataset is: [`state::ENV_DB`], then the bundled resource, then (debug builds
/// run from the workspace) `data/build/`.
fn dataset_path<R: Runtime>(app: &tauri::AppHandle<R>) -> PathBuf {
    if let Some(p) = std::env::var_os(state::ENV_DB) {
        return PathBuf::from(p);
    }
    let bundled = app.path().resource_dir().map(|d| d.join(DATASET_FILE));
    if let Ok(p) = &bundled {
        if p.is_file() {
            return p.clone();
        }
    }
    let workspace = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../data/build").join(DATASET_FILE);
    if cfg!(debug_assertions) && workspace.is_file() {
        return workspace;
    }
    bundled.unwrap_or(workspace)
}

/// Starts the app (desktop `main` and the mobile entry point).
#[cfg_attr(mobile, tauri::mobile_entry_point)]
pub fn run() {
    builder(tauri::Builder::default(), Startup::from_env())
        .run(tauri::generate_context!())
        .expect("error while running the Tasukete app");
}

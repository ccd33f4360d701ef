//! Tasukete's app shell: a thin Tauri 2 layer over the core crate `tasukete`.
//!
//! The webview only calls domain commands (one file per feature under [`commands`]);
//! errors cross IPC as `{kind, message}` ([`error::AppError`]). [`builder`] is shared by
//! [`run`] and the mock-runtime tests, so the tests exercise the handler list the app uses.
#![forbid(unsafe_code)]

pub mod bounds;
pub mod bundled_dataset;
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
    // The fs plugin reads the bundled dataset out of the APK on Android (no permission is
    // granted to the webview: capabilities list none of its commands).
    let builder = add_platform_plugins(builder.plugin(tauri_plugin_opener::init()).plugin(tauri_plugin_fs::init()))
        .manage(startup.overrides.clone())
        .manage(profile_state::ProfileState::new(startup.profile_dir.clone()))
        .invoke_handler(commands::handler());
    match startup.dataset {
        DatasetSource::Path(path) => builder.manage(GuideState::open(&path)),
        DatasetSource::Default => builder.setup(|app| {
            let state = open_dataset(app.handle());
            app.manage(state);
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

/// Opens the dataset: [`state::ENV_DB`] as it is; in debug builds run from the workspace,
/// `data/build/` as it is (unless [`bundled_dataset::ENV_BUNDLE_DIR`] asks for the install
/// path); else the bundled dataset, installed into the app's data folder first (a phone
/// cannot open it inside the APK). A failure is kept in the state, so that Nearby can say
/// what is wrong while the rest of the app works.
fn open_dataset<R: Runtime>(app: &tauri::AppHandle<R>) -> GuideState {
    if let Some(p) = std::env::var_os(state::ENV_DB) {
        return GuideState::open(&PathBuf::from(p));
    }
    let workspace = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../data/build").join(DATASET_FILE);
    let test_bundle = std::env::var_os(bundled_dataset::ENV_BUNDLE_DIR).is_some();
    if cfg!(debug_assertions) && !test_bundle && workspace.is_file() {
        return GuideState::open(&workspace);
    }
    match bundled_dataset::install(app) {
        Ok(installed) => GuideState::open(&installed.path),
        Err(tasukete::Error::MissingDataset { .. }) if cfg!(debug_assertions) && workspace.is_file() => {
            GuideState::open(&workspace)
        }
        Err(e) => {
            eprintln!("dataset: {e}");
            GuideState::failed(&workspace, e.into())
        }
    }
}

/// Starts the app (desktop `main` and the mobile entry point).
#[cfg_attr(mobile, tauri::mobile_entry_point)]
pub fn run() {
    builder(tauri::Builder::default(), Startup::from_env())
        .run(tauri::generate_context!())
        .expect("error while running the Tasukete app");
}

//! The dataset bundled with the app, read through Tauri's resource API, and its
//! installation into the app's data directory before SQLite opens it.
//!
//! On Android `resource_dir()` is `asset://localhost/`: the dataset is packed inside the
//! APK and only the file-system plugin can open it (as a stream). On the desktop it is a
//! folder and the plugin opens plain files. The same calls serve both, and everything
//! after the stream is the core's [`tasukete::dataset::install`], tested on desktop.

use std::io::Read;
use std::path::PathBuf;
use tasukete::dataset::install::{self, BundledDataset, Installed};
use tauri::{AppHandle, Manager, Runtime};
use tauri_plugin_fs::{FsExt, OpenOptions};

/// `TASUKETE_TEST_BUNDLE_DIR`: a folder standing in for the resource folder (debug builds
/// only; the end-to-end tests give a damaged bundle this way).
pub const ENV_BUNDLE_DIR: &str = "TASUKETE_TEST_BUNDLE_DIR";

/// The bundled dataset as the running app sees it.
pub struct TauriBundle<R: Runtime> {
    app: AppHandle<R>,
    dir: PathBuf,
}

impl<R: Runtime> TauriBundle<R> {
    /// The dataset in the app's resources (or in [`ENV_BUNDLE_DIR`] in debug builds).
    pub fn new(app: &AppHandle<R>) -> Result<Self, String> {
        let test_dir = std::env::var_os(ENV_BUNDLE_DIR).filter(|_| cfg!(debug_assertions)).map(PathBuf::from);
        let dir = match test_dir {
            Some(d) => d,
            None => app.path().resource_dir().map_err(|e| format!("the app's resource folder is not known: {e}"))?,
        };
        Ok(TauriBundle { app: app.clone(), dir })
    }

    fn open(&self, name: &str) -> std::io::Result<Box<dyn Read + '_>> {
        let mut opts = OpenOptions::new();
        opts.read(true);
        Ok(Box::new(self.app.fs().open(self.dir.join(name), opts)?))
    }
}

impl<R: Runtime> BundledDataset for TauriBundle<R> {
    fn location(&self) -> PathBuf {
        self.dir.join(crate::DATASET_FILE)
    }
    fn open_manifest(&self) -> std::io::Result<Box<dyn Read + '_>> {
        let manifest = install::manifest_path(std::path::Path::new(crate::DATASET_FILE));
        self.open(&manifest.to_string_lossy())
    }
    fn open_dataset(&self) -> std::io::Result<Box<dyn Read + '_>> {
        self.open(crate::DATASET_FILE)
    }
}

/// Installs (or checks) the bundled dataset in the app's local data folder and returns
/// the file to open; a failure is the core's error, kept by the state for the UI.
pub fn install<R: Runtime>(app: &AppHandle<R>) -> tasukete::Result<Installed> {
    let unknown = |what: &str, e: String| tasukete::Error::io(what, std::io::Error::other(e));
    let bundle = TauriBundle::new(app).map_err(|e| unknown("resource folder", e))?;
    let data_dir =
        app.path().app_local_data_dir().map_err(|e| unknown("app data folder", e.to_string()))?.join("dataset");
    let installed = install::ensure_installed(&bundle, &data_dir)?;
    if cfg!(target_os = "android") && installed.outcome != install::Outcome::Current {
        drop_asset_cache_copy(app);
    }
    Ok(installed)
}

/// On Android the fs plugin (2.7) opens an asset by first copying it to
/// `<cache>/_assets/<name>` (an APK asset has no file descriptor of its own); once the
/// dataset is installed that second copy of it is of no use.
fn drop_asset_cache_copy<R: Runtime>(app: &AppHandle<R>) {
    if let Ok(cache) = app.path().app_cache_dir() {
        let _ = std::fs::remove_file(cache.join("_assets").join(crate::DATASET_FILE));
    }
}

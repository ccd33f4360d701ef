//! The profile store the shell keeps open: an SQLite file in the app's data directory
//! (Tauri's path API, the same call on desktop and Android), opened on first use. A file
//! that cannot be opened is reported on every call and never replaced.

use crate::error::{AppError, AppResult};
use std::path::PathBuf;
use std::sync::Mutex;
use tasukete::profile::store::{ProfileStore, FILE_NAME};
use tauri::{AppHandle, Manager, Runtime};

/// The store, opened lazily; `dir` overrides the app's data directory (tests).
pub struct ProfileState {
    dir: Option<PathBuf>,
    store: Mutex<Option<ProfileStore>>,
}

impl ProfileState {
    /// A store in `dir`, or in the app's data directory when `None`.
    pub fn new(dir: Option<PathBuf>) -> Self {
        ProfileState { dir, store: Mutex::new(None) }
    }

    /// The folder of the store and of exported files.
    pub fn dir<R: Runtime>(&self, app: &AppHandle<R>) -> AppResult<PathBuf> {
        match &self.dir {
            Some(d) => Ok(d.clone()),
            None => app
                .path()
                .app_data_dir()
                .map_err(|e| AppError::Internal(format!("the app's data directory is not known: {e}"))),
        }
    }

    /// Runs `f` with the open store, opening it first if needed.
    pub fn with<R: Runtime, T>(
        &self,
        app: &AppHandle<R>,
        f: impl FnOnce(&mut ProfileStore) -> AppResult<T>,
    ) -> AppResult<T> {
        let mut guard = self.store.lock().map_err(|_| AppError::Internal("profile store lock poisoned".into()))?;
        if guard.is_none() {
            *guard = Some(ProfileStore::open(&self.dir(app)?.join(FILE_NAME))?);
        }
        f(guard.as_mut().expect("opened above"))
    }
}

//! What the shell holds between commands: the opened dataset (or why it could not be
//! opened), and the test-only overrides of the clock and the position.

use crate::error::{AppError, AppResult};
use chrono::{DateTime, FixedOffset, Utc};
use serde::Serialize;
use std::path::{Path, PathBuf};
use std::sync::{Mutex, OnceLock};
use tasukete::places::Place;
use tasukete::Guide;

/// Japan Standard Time: opening hours are always judged in Japan, whatever the phone says.
pub fn jst() -> FixedOffset {
    FixedOffset::east_opt(9 * 3600).expect("+09:00 is a valid offset")
}

/// The dataset, or the error that the dataset commands return instead. A `Mutex` because
/// a SQLite connection may be sent between threads but not shared.
pub struct GuideState {
    guide: Mutex<Result<Guide, AppError>>,
    path: PathBuf,
    stations: OnceLock<Result<Vec<Place>, AppError>>,
}

impl GuideState {
    /// Opens the dataset at `path`; a failure is kept, not raised, so the app still starts.
    pub fn open(path: &Path) -> Self {
        GuideState {
            guide: Mutex::new(Guide::open(path).map_err(AppError::from)),
            path: path.to_path_buf(),
            stations: OnceLock::new(),
        }
    }

    /// A state without a dataset: every dataset command answers `error` (why installing or
    /// opening it failed).
    pub fn failed(path: &Path, error: AppError) -> Self {
        GuideState { guide: Mutex::new(Err(error)), path: path.to_path_buf(), stations: OnceLock::new() }
    }

    /// Every station, read once from the dataset on first use (for the map).
    pub fn stations(&self) -> AppResult<&[Place]> {
        self.with(|_| Ok(()))?;
        let loaded = self.stations.get_or_init(|| {
            tasukete::dataset::Dataset::open(&self.path).and_then(|d| d.places()).map_err(AppError::from)
        });
        loaded.as_deref().map_err(Clone::clone)
    }

    /// Runs `f` with the dataset, or returns the error kept at start.
    pub fn with<T>(&self, f: impl FnOnce(&Guide) -> AppResult<T>) -> AppResult<T> {
        let guard = self.guide.lock().map_err(|_| AppError::Internal("dataset lock poisoned".into()))?;
        match &*guard {
            Ok(guide) => f(guide),
            Err(e) => Err(e.clone()),
        }
    }
}

/// Test-only overrides, read once at start from the environment so that an end-to-end
/// test can ask "open on Saturday 2026-11-28 at 10:00, standing in Shinjuku". They are
/// read from the process environment only: the webview cannot set them.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Overrides {
    /// `TASUKETE_TEST_NOW`, RFC 3339.
    pub now: Option<DateTime<FixedOffset>>,
    /// `TASUKETE_TEST_POSITION`, `LAT,LON`; 0,0 is "no fix" and is dropped.
    pub position: Option<tasukete::geo::LatLon>,
}

/// The variable that fixes the clock.
pub const ENV_NOW: &str = "TASUKETE_TEST_NOW";
/// The variable that fixes the position.
pub const ENV_POSITION: &str = "TASUKETE_TEST_POSITION";
/// The variable that points at another dataset file.
pub const ENV_DB: &str = "TASUKETE_DB";

impl Overrides {
    /// Reads [`ENV_NOW`] and [`ENV_POSITION`]; values that do not parse are reported on
    /// stderr and ignored, never guessed. Debug builds only (the ones the tests drive): a
    /// release build always uses the real clock and the user's own position.
    pub fn from_env() -> Self {
        if !cfg!(debug_assertions) {
            return Overrides::default();
        }
        Overrides::parse(std::env::var(ENV_NOW).ok().as_deref(), std::env::var(ENV_POSITION).ok().as_deref())
    }

    /// Parses the two values as the environment would give them.
    pub fn parse(now: Option<&str>, position: Option<&str>) -> Self {
        let now = now.and_then(|s| match DateTime::parse_from_rfc3339(s.trim()) {
            Ok(t) => Some(t),
            Err(e) => {
                eprintln!("{ENV_NOW}={s} ignored: {e}");
                None
            }
        });
        let position = position.and_then(|s| match tasukete::geo::LatLon::parse(s) {
            Ok(p) if p.lat == 0.0 && p.lon == 0.0 => None,
            Ok(p) => Some(p),
            Err(e) => {
                eprintln!("{ENV_POSITION}={s} ignored: {e}");
                None
            }
        });
        Overrides { now, position }
    }

    /// Now, in Japan time: the fixed test clock or the system clock.
    pub fn now(&self) -> DateTime<FixedOffset> {
        self.now.map(|t| t.with_timezone(&jst())).unwrap_or_else(|| Utc::now().with_timezone(&jst()))
    }
}

/// Where the dataset comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DatasetSource {
    /// [`ENV_DB`] if set, else the bundled dataset installed into the app's data folder
    /// (`crate::bundled_dataset`), else (debug builds, nothing bundled) the workspace's
    /// `data/build/tasukete.sqlite`.
    Default,
    /// This file (tests).
    Path(PathBuf),
}

/// Everything `builder()` needs that differs between the app and its tests.
#[derive(Debug, Clone)]
pub struct Startup {
    /// Where to open the dataset.
    pub dataset: DatasetSource,
    /// Test clock and position.
    pub overrides: Overrides,
    /// Where the medical profile is kept: `None` is the app's data directory (tests
    /// give a temporary folder).
    pub profile_dir: Option<PathBuf>,
}

impl Startup {
    /// The app's own start: default dataset, overrides from the environment.
    pub fn from_env() -> Self {
        Startup { dataset: DatasetSource::Default, overrides: Overrides::from_env(), profile_dir: None }
    }
}

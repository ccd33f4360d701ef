//! Every way the core can fail, one variant each, with enough context to act on.

use std::path::PathBuf;

/// The core's error type. Messages name what was wrong and where.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A source file the builder needs is not there.
    #[error("source file {path} is missing: {hint}")]
    MissingSource {
        /// The path that was looked for.
        path: PathBuf,
        /// What to download and where to put it.
        hint: String,
    },

    /// A source file exists but cannot be read as the format it should have.
    #[error("{path}: {message}")]
    BadSource {
        /// The offending file.
        path: PathBuf,
        /// What was wrong, with a line number where there is one.
        message: String,
    },

    /// Department names in the source that `data/departments.csv` does not map.
    #[error("{} department name(s) have no category in {mapping}: {}", names.len(), names.join(", "))]
    UnmappedDepartments {
        /// The mapping file that needs new lines.
        mapping: PathBuf,
        /// The names, each with its code.
        names: Vec<String>,
    },

    /// The dataset file does not exist.
    #[error("dataset {path} does not exist; build it with `tasukete build-dataset`")]
    MissingDataset {
        /// The path that was opened.
        path: PathBuf,
    },

    /// The dataset was written by a different schema version.
    #[error("dataset {path} has schema version {found}, this program reads version {expected}; rebuild it with `tasukete build-dataset`")]
    SchemaVersion {
        /// The dataset file.
        path: PathBuf,
        /// Version found in the file.
        found: i64,
        /// Version this program understands.
        expected: i64,
    },

    /// The dataset file is not a Tasukete dataset or is damaged.
    #[error("dataset {path} is not a readable Tasukete dataset: {message}")]
    CorruptDataset {
        /// The dataset file.
        path: PathBuf,
        /// What the reader met.
        message: String,
    },

    /// A latitude/longitude that is not a place on Earth.
    #[error("invalid coordinates: {0}")]
    InvalidCoordinates(String),

    /// A department category id that does not exist.
    #[error("unknown department '{0}'; known ids: {1}")]
    UnknownDepartment(String, String),

    /// A facility kind that does not exist.
    #[error("unknown facility kind '{0}'; known kinds: hospital, clinic, dental, pharmacy")]
    UnknownKind(String),

    /// A time that cannot be parsed.
    #[error("invalid time '{0}': expected RFC 3339, e.g. 2026-11-28T10:00:00+09:00")]
    InvalidTime(String),

    /// A place name that no station or place matches.
    #[error("no place matches '{0}'")]
    UnknownPlace(String),

    /// A query argument outside its allowed range.
    #[error("invalid argument: {0}")]
    InvalidArgument(String),

    /// A position at sea or outside Japan: no municipality within the coast tolerance.
    #[error("{0}")]
    NotInJapan(String),

    /// SQLite failed underneath.
    #[error("database error: {0}")]
    Sqlite(#[from] rusqlite::Error),

    /// File I/O failed underneath.
    #[error("{path}: {source}")]
    Io {
        /// The file being read or written.
        path: PathBuf,
        /// The underlying error.
        #[source]
        source: std::io::Error,
    },
}

/// Shorthand used throughout the core.
pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    /// Wraps an I/O error with the path it concerns.
    pub fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Self {
        Error::Io { path: path.into(), source }
    }
}

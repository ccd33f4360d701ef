//! What can go wrong with the medical profile, its store, its export files and the
//! questionnaire's answers: each error says what was wrong and where, and whether the
//! file on disk was left untouched.

use std::path::PathBuf;

/// Why an import file was refused, for callers that branch on it (tests, the app).
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ImportProblem {
    /// Not JSON at all.
    NotJson,
    /// JSON that stops before its end: a file cut short.
    Truncated,
    /// JSON, but not a Tasukete profile export.
    NotAProfile,
    /// A profile export of a format version this program does not read.
    OtherVersion,
}

/// The profile's and the questionnaire's error type.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A value that is not allowed, named by its path in the profile or answers
    /// (`allergies_intolerances.entries[0].substance`, `temperature_c`).
    #[error("{field}: {message}")]
    Invalid {
        /// Where the value is.
        field: String,
        /// What is wrong with it and what is allowed.
        message: String,
    },
    /// An import file that cannot be read as a profile; nothing was saved.
    #[error("{message}; nothing was imported")]
    Import {
        /// Which kind of problem.
        problem: ImportProblem,
        /// What was found, with the line and column where JSON broke.
        message: String,
    },
    /// A file at the store's path that is not a profile store (never overwritten).
    #[error("{path} is not a Tasukete profile store ({message}); the file was left untouched")]
    NotAStore {
        /// The file.
        path: PathBuf,
        /// What was found instead.
        message: String,
    },
    /// A store written by a newer version of the app (never downgraded).
    #[error("{path} was written by a newer Tasukete (profile store version {found}, this app reads up to {supported}); update the app. The file was left untouched")]
    NewerStore {
        /// The file.
        path: PathBuf,
        /// Its schema version.
        found: i64,
        /// The newest version this program reads.
        supported: i64,
    },
    /// SQLite failed while reading or writing the store.
    #[error("profile store {path}: {source}")]
    Storage {
        /// The store file.
        path: PathBuf,
        /// What SQLite said.
        #[source]
        source: rusqlite::Error,
    },
    /// Reading or writing a file failed.
    #[error("{path}: {source}")]
    Io {
        /// The file.
        path: PathBuf,
        /// The underlying error.
        #[source]
        source: std::io::Error,
    },
    /// A message could not be rendered.
    #[error(transparent)]
    L10n(#[from] crate::l10n::Error),
}

/// Shorthand for this room's results.
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// An [`Error::Invalid`] at `field`.
pub fn invalid(field: impl Into<String>, message: impl Into<String>) -> Error {
    Error::Invalid { field: field.into(), message: message.into() }
}

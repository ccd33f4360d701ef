//! The one error type that crosses IPC, as `{"kind": "...", "message": "..."}` so the UI
//! can branch on `kind` and show `message` only as detail.

use serde::Serialize;

/// A failed command, as the webview receives it.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, Serialize)]
#[serde(tag = "kind", content = "message", rename_all = "kebab-case")]
pub enum AppError {
    /// No dataset file was found: facilities cannot be searched, numbers and cards still work.
    #[error("{0}")]
    DatasetMissing(String),
    /// The dataset was written for another schema version.
    #[error("{0}")]
    DatasetOutdated(String),
    /// The dataset file exists but cannot be read.
    #[error("{0}")]
    DatasetCorrupt(String),
    /// A position that is not a place (out of range, or 0,0 = "no fix").
    #[error("{0}")]
    InvalidPosition(String),
    /// An argument the core rejected: unknown department, kind, time, language ...
    #[error("{0}")]
    InvalidArgument(String),
    /// No facility, place or card has this id or name.
    #[error("{0}")]
    NotFound(String),
    /// The medical profile's file cannot be opened (another kind of file, or written by a
    /// newer app); it was left untouched.
    #[error("{0}")]
    ProfileStore(String),
    /// Anything else the core reported (I/O, SQLite).
    #[error("{0}")]
    Internal(String),
}

impl From<tasukete::Error> for AppError {
    fn from(e: tasukete::Error) -> Self {
        use tasukete::Error as E;
        let message = e.to_string();
        match e {
            E::MissingDataset { .. } => AppError::DatasetMissing(message),
            E::SchemaVersion { .. } => AppError::DatasetOutdated(message),
            E::CorruptDataset { .. } => AppError::DatasetCorrupt(message),
            E::InvalidCoordinates(_) => AppError::InvalidPosition(message),
            E::NotInJapan(_) => AppError::InvalidPosition(message),
            E::UnknownDepartment(..) | E::UnknownKind(_) | E::InvalidTime(_) | E::InvalidArgument(_) => {
                AppError::InvalidArgument(message)
            }
            E::UnknownPlace(_) => AppError::NotFound(message),
            _ => AppError::Internal(message),
        }
    }
}

impl From<tasukete::l10n::Error> for AppError {
    fn from(e: tasukete::l10n::Error) -> Self {
        use tasukete::l10n::Error as E;
        let message = e.to_string();
        match e {
            E::UnknownCard { .. } | E::MissingMessage { .. } | E::UnknownResource(_) => AppError::NotFound(message),
            _ => AppError::InvalidArgument(message),
        }
    }
}

impl From<tasukete::profile::Error> for AppError {
    fn from(e: tasukete::profile::Error) -> Self {
        use tasukete::profile::Error as E;
        let message = e.to_string();
        match e {
            E::Invalid { .. } | E::Import { .. } => AppError::InvalidArgument(message),
            E::NotAStore { .. } | E::NewerStore { .. } => AppError::ProfileStore(message),
            E::L10n(l) => l.into(),
            _ => AppError::Internal(message),
        }
    }
}

/// The language a command was asked for; an unknown tag is an argument error.
pub fn lang(tag: &str) -> AppResult<tasukete::l10n::Lang> {
    crate::bounds::text("lang", tag, crate::bounds::MAX_LANG_CHARS)?;
    Ok(tasukete::l10n::negotiate(tag)?)
}

/// Shorthand for command results.
pub type AppResult<T> = Result<T, AppError>;

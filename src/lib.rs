//! Tasukete's core: everything the app can decide without a window.
//!
//! Data flows one way: public sources -> [`build`] -> a versioned SQLite dataset ->
//! [`dataset`] reader -> queries. The Tauri shell and the command line are thin faces
//! over this crate.
#![forbid(unsafe_code)]
#![deny(missing_docs)]

pub mod cards;
pub mod emergency;
pub mod error;
pub mod facility;
pub mod geo;
pub mod hours;
pub mod l10n;
pub mod tips;

pub use error::{Error, Result};

//! Tasukete's core: everything the app can decide without a window.
//!
//! Data flows one way: public sources -> [`build`] -> a versioned SQLite dataset ->
//! [`dataset`] reader -> queries ([`Guide`]). The Tauri shell and the command line are
//! thin faces over this crate.
#![forbid(unsafe_code)]
#![deny(missing_docs)]

pub mod advice_lines;
pub mod areas;
pub mod bench;
pub mod bench_places;
pub mod build;
pub mod cards;
pub mod care_now;
pub mod closing_days;
pub mod dataset;
pub mod emergency;
pub mod emergency_care;
pub mod error;
pub mod facility;
pub mod facility_name;
pub mod facility_text;
pub mod geo;
pub mod guide;
pub mod holidays;
pub mod hours;
pub mod hours_compact;
pub mod intake;
pub mod l10n;
pub mod nearby;
pub mod phone;
pub mod places;
pub mod prefectures;
pub mod profile;
pub mod readings;
pub mod romaji;
pub mod tips;
pub mod vocabulary;
pub mod where_am_i;

pub use error::{Error, Result};
pub use guide::{FacilityDetail, Guide, NearQuery, NearResult};

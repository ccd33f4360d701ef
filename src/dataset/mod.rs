//! The dataset file: one SQLite database written by [`crate::build`] and read by the app.
//!
//! [`schema`] is the single place that knows the tables: the builder writes through it and
//! the reader reads through it, so the two cannot drift apart. A file of another
//! [`schema::SCHEMA_VERSION`] is refused, never half-read.

pub mod checksum;
pub mod info;
pub mod install;
pub mod place_readings;
pub mod reader;
pub mod schema;
pub mod snapshot;

pub use info::{DatasetInfo, SourceInfo};
pub use reader::Dataset;

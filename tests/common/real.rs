//! The dataset built once per test binary from the real sources in ../shared/data.

use std::path::{Path, PathBuf};
use std::sync::OnceLock;
use tasukete::build::{build, BuildOptions};

/// The path of the real dataset, built on first use into the target folder.
pub fn real_dataset() -> &'static PathBuf {
    static PATH: OnceLock<PathBuf> = OnceLock::new();
    PATH.get_or_init(|| {
        let out = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("real-{}/tasukete.sqlite", std::process::id()));
        let sources = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/data");
        build(&BuildOptions { sources, out: out.clone(), departments: None }, &mut |_| {})
            .expect("the real sources build");
        out
    })
}

/// The fields every `near --json` object has (DESIGN.md, command-line contract).
#[allow(dead_code)]
pub const NEAR_JSON_FIELDS: &[&str] = &[
    "id",
    "name_ja",
    "name_en",
    "kind",
    "lat",
    "lon",
    "distance_m",
    "bearing_deg",
    "departments",
    "phone",
    "address_ja",
    "open",
    "next_open",
    "emergency",
];

//! The dataset built once per test binary from the real sources in ../shared/data.

use std::path::{Path, PathBuf};
use std::sync::OnceLock;
use tasukete::build::{build, BuildOptions};

/// The variable naming a dataset already built from the real sources (`scripts/test.sh`
/// builds one and sets it), so that the test binaries share one build.
pub const REAL_DB_ENV: &str = "TASUKETE_REAL_DB";

/// The path of the real dataset: [`REAL_DB_ENV`] when set, else built on first use into
/// the target folder.
pub fn real_dataset() -> &'static PathBuf {
    static PATH: OnceLock<PathBuf> = OnceLock::new();
    PATH.get_or_init(|| {
        if let Some(p) = std::env::var_os(REAL_DB_ENV).filter(|p| !p.is_empty()) {
            return PathBuf::from(p);
        }
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

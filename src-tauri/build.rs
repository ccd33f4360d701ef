//! Bundles the dataset as a resource when it has been built, and warns when it has not:
//! the app must still start (emergency numbers and cards need no dataset), so a missing
//! dataset is not a build error.

use std::path::Path;

fn main() {
    let dataset = Path::new("../data/build/tasukete.sqlite");
    println!("cargo:rerun-if-changed=../data/build/tasukete.sqlite");
    // The manifest (written by the builder beside the dataset) lets the app decide whether
    // its installed copy is this build without opening the bundled file (see bundled_dataset.rs).
    let manifest = Path::new("../data/build/tasukete.sqlite.manifest.json");
    println!("cargo:rerun-if-changed=../data/build/tasukete.sqlite.manifest.json");
    println!("cargo:rerun-if-changed=tauri.conf.json");
    println!("cargo:rerun-if-changed=capabilities");
    if dataset.is_file() {
        // Merged into tauri.conf.json by tauri-build (and by the bundler through the same
        // variable), so `tauri.conf.json` stays valid on a fresh checkout.
        let patch = if manifest.is_file() {
            r#"{"bundle":{"resources":{"../data/build/tasukete.sqlite":"tasukete.sqlite","../data/build/tasukete.sqlite.manifest.json":"tasukete.sqlite.manifest.json"}}}"#
        } else {
            r#"{"bundle":{"resources":{"../data/build/tasukete.sqlite":"tasukete.sqlite"}}}"#
        };
        std::env::set_var("TAURI_CONFIG", patch);
    } else {
        println!(
            "cargo:warning=data/build/tasukete.sqlite is missing: the app will start without facilities \
             (build it with `cargo run --release -- build-dataset`)"
        );
    }
    tauri_build::build()
}

//! Replays every input kept under `tests/fuzz-regressions/<target>/` through the same
//! checks the fuzz targets run (`tests/fuzz_checks/`): crashes the fuzzer found stay
//! fixed, and the normal test run needs no cargo-fuzz and no nightly compiler.

mod fuzz_checks;

use std::path::Path;

#[test]
fn every_kept_fuzz_input_passes_its_checks() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fuzz-regressions");
    let mut replayed = 0;
    for (name, check) in fuzz_checks::TARGETS {
        let dir = root.join(name);
        let Ok(entries) = std::fs::read_dir(&dir) else { continue };
        let mut files: Vec<_> = entries.filter_map(|e| e.ok()).map(|e| e.path()).filter(|p| p.is_file()).collect();
        files.sort();
        for file in files {
            let data = std::fs::read(&file).unwrap();
            let outcome = std::panic::catch_unwind(|| check(&data));
            assert!(outcome.is_ok(), "{name}: {} fails its check again", file.display());
            replayed += 1;
        }
    }
    assert!(replayed > 0, "no kept inputs under {}", root.display());
}

#[test]
fn every_target_has_a_folder_of_kept_inputs() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fuzz-regressions");
    for (name, _) in fuzz_checks::TARGETS {
        assert!(root.join(name).is_dir(), "tests/fuzz-regressions/{name} is missing");
    }
}

#![no_main]
//! Fuzz target `hours_window`: see `tests/fuzz_checks/mod.rs` for what it checks.

#[path = "../../tests/fuzz_checks/mod.rs"]
mod checks;

libfuzzer_sys::fuzz_target!(|data: &[u8]| checks::hours_window(data));

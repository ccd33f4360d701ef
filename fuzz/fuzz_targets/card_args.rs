#![no_main]
//! Fuzz target `card_args`: see `tests/fuzz_checks/mod.rs` for what it checks.

#[path = "../../tests/fuzz_checks/mod.rs"]
mod checks;

libfuzzer_sys::fuzz_target!(|data: &[u8]| checks::card_args(data));

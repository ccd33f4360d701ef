//! The command-line face of the core. Every command takes `--json`.
fn main() {}

//! Fuzzing harnesses, shared by the cargo-fuzz targets in `fuzz/` and by
//! `tests/fuzz_regressions.rs`, which replays every kept input in the normal
//! `cargo test`. Each harness takes arbitrary bytes, must never panic on
//! its own account, and asserts the properties the code promises: a panic
//! here is a finding. Not part of the command-line program.
mod csv_import;
mod fields;
mod recurrence;

pub use csv_import::csv_import;
pub use fields::parse_fields;

/// A harness: arbitrary bytes in, a panic on a finding.
pub type Harness = fn(&[u8]);

/// Every harness by the name of its fuzz target (and regression folder).
pub const TARGETS: &[(&str, Harness)] =
    &[("csv_import", csv_import), ("parse_fields", parse_fields)];

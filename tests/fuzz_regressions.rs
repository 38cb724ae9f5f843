//! Replays every input kept under `tests/fuzz_inputs/<target>/` (crashes the
//! fuzzers found, and a few interesting corpus entries) through the same
//! harness as the cargo-fuzz target of that name (`expatdesk::fuzzing`), so
//! fixed bugs stay fixed without a nightly toolchain. See `fuzz/README.md`.
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::Path;

use expatdesk::fuzzing::TARGETS;

fn replay(target: &str, harness: fn(&[u8])) -> Vec<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fuzz_inputs")
        .join(target);
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|entry| entry.expect("a directory entry").path())
        .filter(|path| path.is_file())
        .collect();
    files.sort();
    assert!(!files.is_empty(), "{}: no inputs", dir.display());
    let mut failed = Vec::new();
    for path in files {
        let bytes = std::fs::read(&path).expect("read the input");
        if catch_unwind(AssertUnwindSafe(|| harness(&bytes))).is_err() {
            failed.push(format!(
                "{target}/{}",
                path.file_name().unwrap_or_default().to_string_lossy()
            ));
        }
    }
    failed
}

#[test]
fn every_kept_fuzz_input_passes_its_harness() {
    let failed: Vec<String> = TARGETS
        .iter()
        .flat_map(|(target, harness)| replay(target, *harness))
        .collect();
    assert!(failed.is_empty(), "harness failed on: {failed:#?}");
}

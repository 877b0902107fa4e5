//! Replays the fuzz corpora and every crash the fuzzers found (`fuzz/corpus/<target>/`,
//! `fuzz/artifacts/<target>/`) through the fuzz targets' own checks, so an ordinary
//! `cargo test` keeps them fixed without the nightly toolchain or cargo-fuzz.

#[allow(dead_code)]
#[path = "../src/bin/isnad/io.rs"]
mod io;
#[path = "../fuzz/checks.rs"]
mod checks;

use std::path::Path;

#[test]
fn fuzz_corpora_and_crashes_pass_the_fuzz_checks() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz");
    let mut seen = 0;
    for target in checks::TARGETS {
        for dir in ["corpus", "artifacts"] {
            let Ok(entries) = std::fs::read_dir(root.join(dir).join(target)) else { continue };
            for entry in entries.flatten() {
                let path = entry.path();
                if !path.is_file() || path.file_name().is_some_and(|n| n.to_string_lossy().starts_with('.')) {
                    continue;
                }
                let data = std::fs::read(&path).expect("readable");
                let outcome = std::panic::catch_unwind(|| checks::run(target, &data));
                assert!(outcome.is_ok(), "{target}: {} fails the fuzz checks", path.display());
                seen += 1;
            }
        }
    }
    // The committed seeds alone are more than this: a missing folder is a failure.
    assert!(seen >= checks::TARGETS.len(), "only {seen} fuzz inputs found under {}", root.display());
}

//! Runs every tutorial transcript under `tests/transcripts/` natively (the same files run in
//! headless Chromium through the web crate's wasm-bindgen tests).

#![allow(clippy::disallowed_methods)] // tests read their fixtures from disk

use std::path::Path;

#[test]
fn every_transcript_passes() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/transcripts");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("tests/transcripts exists")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no transcripts in {}", dir.display());
    let mut failures = Vec::new();
    for f in &files {
        let text = std::fs::read_to_string(f).expect("readable");
        if let Err(e) = kubeplay_core::transcript::run(&text) {
            failures.push(format!("{}: {e}", f.file_name().unwrap().to_string_lossy()));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} transcripts failed:\n\n{}",
        failures.len(),
        files.len(),
        failures.join("\n\n")
    );
    println!("{} transcripts passed", files.len());
}

//! The corpus test: every spec of `xtask/corpus/corpus.yaml` not marked `ci: false` is
//! generated from its pinned registry package (installed into `.tools/corpus/` on first use) and
//! must give the outcome its entry expects: `builds`, or a located `Error::Spec` containing the
//! entry's `error` (file and JSON pointer). A panic escaping `generate` always fails. The
//! `small` ones (under 60 operations) that generate are also built with `cargo check`; `cargo
//! xtask corpus --build` builds them all.

use std::path::Path;
use std::time::Instant;

use xtask::corpus::{self, Corpus, Size};

#[test]
fn every_corpus_spec_gives_the_outcome_its_manifest_expects() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask lives in the workspace");
    let corpus = Corpus::prepare(root).unwrap_or_else(|e| panic!("corpus: {e}"));
    let crates = tempfile::tempdir().expect("a temporary folder");
    // The fixture crates' target (`generator/tests/build.rs`, same flags and lock file): its
    // dependencies are built already when this test runs in `cargo test --workspace`.
    let target = root.join("target/fixture-crates");
    let started = Instant::now();
    let mut failures = Vec::new();
    let mut skipped = Vec::new();
    for entry in &corpus.entries {
        if !entry.ci {
            skipped.push(entry.name.as_str());
            continue;
        }
        let generation = corpus.generate(entry, None);
        eprintln!(
            "{:<24} {:<6} {:>5} ops {:>7.2} s  {}",
            entry.name,
            generation.openapi,
            generation.operations,
            generation.elapsed.as_secs_f64(),
            generation.summary().chars().take(160).collect::<String>()
        );
        if let Some(why) = generation.mismatch(entry) {
            failures.push(format!("{}: {why}", entry.name));
            continue;
        }
        if let (Ok(output), Size::Small) = (&generation.result, entry.size) {
            let dir = crates.path().join(&entry.name);
            let result = corpus::build(root, output, &dir, &target);
            match &result {
                Ok(elapsed) => eprintln!(
                    "{:<24} builds: cargo check {:.1} s",
                    entry.name,
                    elapsed.as_secs_f64()
                ),
                Err(error) => eprintln!(
                    "{:<24} does not build: {}",
                    entry.name,
                    error.lines().next().unwrap_or_default()
                ),
            }
            if let Some(why) = corpus::build_mismatch(entry, &result) {
                failures.push(format!("{}: {why}", entry.name));
            }
        }
    }
    eprintln!(
        "corpus test: {} specs in {:.1} s; left to `cargo xtask corpus`: {skipped:?}",
        corpus.entries.len() - skipped.len(),
        started.elapsed().as_secs_f64()
    );
    assert!(
        failures.is_empty(),
        "{} corpus spec(s) differ from {}:\n{}",
        failures.len(),
        corpus::MANIFEST,
        failures.join("\n")
    );
}

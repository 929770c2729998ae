//! Golden files: the generator's output for each fixture spec is checked in under
//! `tests/output/<fixture>/`, so every change to what is generated shows in review as a diff of
//! real code. The overlays copied from `templates/` are left out (they are the templates).
//! `generator/tests/build.rs` compiles the same crates.
//!
//! After an intended change: `AGENTRUNTIME_BLESS=1 cargo test -p agentruntime-generator --test golden`.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use agentruntime_generator::{Config, generate};

/// Each fixture spec and the folder its expected output lives in.
pub const FIXTURES: [(&str, &str); 5] = [
    ("v30/openapi.json", "v30"),
    ("v31/openapi.yaml", "v31"),
    ("minimal/openapi.yaml", "minimal"),
    ("media/openapi.yaml", "media"),
    ("params/openapi.yaml", "params"),
];

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn config(spec: &str) -> Config {
    Config {
        spec: root().join("tests/fixtures").join(spec),
        spec_display: format!("fixtures/{spec}"),
        templates: root().join("../templates"),
        // Where the runtime is from `tests/output/<fixture>/`, so the golden files name no
        // machine's paths.
        runtime_path: "../../../../templates".to_owned(),
        command: format!("cargo xtask regen --spec fixtures/{spec} --out DIR"),
        crate_name: "agentruntime".to_owned(),
        crate_version: "0.0.0".to_owned(),
        standalone: true,
        strict: false,
    }
}

/// A file copied from `templates/` (its provenance header says so).
fn is_overlay(text: &str) -> bool {
    text.lines()
        .next()
        .is_some_and(|l| l.contains("from templates/glue/"))
}

/// Every file below `dir`, relative to it.
fn files_below(dir: &Path) -> BTreeSet<PathBuf> {
    fn walk(base: &Path, dir: &Path, out: &mut BTreeSet<PathBuf>) {
        let Ok(entries) = std::fs::read_dir(dir) else {
            return;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                walk(base, &path, out);
            } else if let Ok(relative) = path.strip_prefix(base) {
                out.insert(relative.to_owned());
            }
        }
    }
    let mut out = BTreeSet::new();
    walk(dir, dir, &mut out);
    out
}

/// The first line where two texts differ, for the failure message.
fn first_difference(expected: &str, actual: &str) -> String {
    let line = expected
        .lines()
        .zip(actual.lines())
        .position(|(a, b)| a != b)
        .unwrap_or_else(|| expected.lines().count().min(actual.lines().count()));
    format!(
        "line {}:\n  expected: {:?}\n  actual:   {:?}",
        line + 1,
        expected.lines().nth(line).unwrap_or("<end>"),
        actual.lines().nth(line).unwrap_or("<end>")
    )
}

#[test]
fn generated_code_matches_the_golden_files() {
    let bless = std::env::var_os("AGENTRUNTIME_BLESS").is_some();
    let mut problems = Vec::new();
    for (spec, folder) in FIXTURES {
        let output = generate(&config(spec)).unwrap_or_else(|e| panic!("{spec}: {e}"));
        let dir = root().join("tests/output").join(folder);
        let mut expected_files = files_below(&dir);
        for (path, text) in &output.files {
            if is_overlay(text) {
                continue;
            }
            expected_files.remove(path);
            let golden = dir.join(path);
            let current = std::fs::read_to_string(&golden).ok();
            if current.as_deref() == Some(text.as_str()) {
                continue;
            }
            if bless {
                std::fs::create_dir_all(golden.parent().unwrap()).unwrap();
                std::fs::write(&golden, text).unwrap();
                continue;
            }
            problems.push(match current {
                None => format!("{folder}/{}: missing golden file", path.display()),
                Some(current) => format!(
                    "{folder}/{}: differs at {}",
                    path.display(),
                    first_difference(&current, text)
                ),
            });
        }
        for extra in expected_files {
            if bless {
                std::fs::remove_file(dir.join(&extra)).unwrap();
            } else {
                problems.push(format!("{folder}/{}: no longer generated", extra.display()));
            }
        }
    }
    assert!(
        problems.is_empty(),
        "generated code differs from tests/output (run with AGENTRUNTIME_BLESS=1 after an \
         intended change):\n{}",
        problems.join("\n")
    );
}

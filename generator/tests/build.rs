//! `regen --spec X --out DIR` must write a complete crate that builds on its own, for any spec:
//! the fixture specs are generated into temporary folders and compiled with `cargo check`.

use std::path::Path;
use std::process::Command;

use agentruntime_generator::{Config, regenerate};

fn check_builds(spec: &str) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let out = tempfile::tempdir().unwrap();
    let dir = out.path().join("fixture-crate");
    let config = Config {
        spec: root.join("tests/fixtures").join(spec),
        spec_display: spec.to_owned(),
        templates: root.join("../templates"),
        runtime_path: root.join("../templates").display().to_string(),
        command: "cargo xtask regen --spec SPEC --out DIR".to_owned(),
        crate_name: "agentruntime".to_owned(),
        crate_version: "0.0.0".to_owned(),
        standalone: true,
    };
    regenerate(&config, &dir).expect("fixture generates");
    // Same dependency versions as the workspace, so the check needs no network.
    std::fs::copy(root.join("../Cargo.lock"), dir.join("Cargo.lock")).unwrap();
    let target = root.join("../target/fixture-crates");
    let output = Command::new(env!("CARGO"))
        .args(["check", "--quiet", "--offline", "--all-targets"])
        .current_dir(&dir)
        .env("CARGO_TARGET_DIR", &target)
        .env("RUSTFLAGS", "-D warnings")
        .output()
        .expect("cargo runs");
    assert!(
        output.status.success(),
        "{spec}: the generated crate does not build:\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
}

#[test]
fn openapi_30_fixture_crate_builds() {
    check_builds("v30/openapi.json");
}

#[test]
fn openapi_31_fixture_crate_builds() {
    check_builds("v31/openapi.yaml");
}

#[test]
fn a_minimal_spec_builds_without_dead_code() {
    check_builds("minimal/openapi.yaml");
}

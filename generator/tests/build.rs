//! `regen --spec X --out DIR` must write a complete crate that builds on its own, for any spec:
//! the fixture specs are generated into temporary folders and compiled with `cargo check`.

use std::path::Path;
use std::process::Command;

use agentruntime_generator::{Config, regenerate};

/// Generates `spec` and `cargo check`s it with `-D warnings` once per feature selection
/// (`None`: the default features).
fn check_builds_with(spec: &str, selections: &[Option<&str>]) {
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
        strict: false,
    };
    regenerate(&config, &dir).expect("fixture generates");
    // Same dependency versions as the workspace, so the check needs no network.
    std::fs::copy(root.join("../Cargo.lock"), dir.join("Cargo.lock")).unwrap();
    let target = root.join("../target/fixture-crates");
    for selection in selections {
        let mut command = Command::new(env!("CARGO"));
        command.args(["check", "--quiet", "--offline", "--all-targets"]);
        if let Some(features) = selection {
            command.args(["--no-default-features", "--features", features]);
        }
        let output = command
            .current_dir(&dir)
            .env("CARGO_TARGET_DIR", &target)
            .env("RUSTFLAGS", "-D warnings")
            .output()
            .expect("cargo runs");
        assert!(
            output.status.success(),
            "{spec} with features {selection:?}: the generated crate does not build:\n{}",
            String::from_utf8_lossy(&output.stderr)
        );
    }
}

fn check_builds(spec: &str) {
    check_builds_with(spec, &[None]);
}

/// Pay for what you use: each area alone, and no area at all, builds without a warning.
#[test]
fn each_area_of_a_fixture_builds_alone() {
    let manifest = agentruntime_generator::generate(&Config {
        spec: Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/v31/openapi.yaml"),
        spec_display: String::new(),
        templates: Path::new(env!("CARGO_MANIFEST_DIR")).join("../templates"),
        runtime_path: String::new(),
        command: String::new(),
        crate_name: "agentruntime".to_owned(),
        crate_version: "0.0.0".to_owned(),
        standalone: true,
        strict: false,
    })
    .expect("fixture generates")
    .files[Path::new("Cargo.toml")]
    .clone();
    // The areas are the features that turn nothing else on (`name = []`).
    let areas: Vec<String> = manifest
        .lines()
        .filter_map(|line| line.strip_suffix(" = []"))
        .map(|area| format!("rustls,{area}"))
        .collect();
    assert!(areas.len() >= 2, "the fixture has areas: {manifest}");
    let mut selections: Vec<Option<&str>> = areas.iter().map(|a| Some(a.as_str())).collect();
    selections.push(Some("rustls"));
    selections.push(Some("rustls,stream,webhooks"));
    check_builds_with("v31/openapi.yaml", &selections);
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
fn a_spec_without_operation_ids_builds() {
    check_builds("noids/openapi.yaml");
}

#[test]
fn every_parameter_style_builds() {
    check_builds("params/openapi.yaml");
}

#[test]
fn a_minimal_spec_builds_without_dead_code() {
    check_builds("minimal/openapi.yaml");
}

#[test]
fn every_request_and_response_media_type_builds() {
    check_builds("media/openapi.yaml");
}

#[test]
fn a_spec_of_real_world_corners_builds() {
    check_builds("odd/openapi.yaml");
}

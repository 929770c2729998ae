//! Bodies recorded from a BFF with `cargo xtask probe --record tests/fixtures/recorded` must
//! decode with the SDK's types: a recorded shape the SDK cannot read fails here, however the spec
//! changes. See tests/fixtures/recorded/README.md for how to refresh them.

use std::path::PathBuf;

use serde_json::Value;

fn folder() -> PathBuf {
    agentruntime_probe::default_spec_path()
        .parent()
        .and_then(|spec| spec.parent())
        .expect("the workspace root")
        .join("tests/fixtures/recorded")
}

#[test]
fn every_recorded_body_decodes_with_the_sdk() {
    let folder = folder();
    let mut files: Vec<PathBuf> = std::fs::read_dir(&folder)
        .unwrap_or_else(|e| panic!("{}: {e}", folder.display()))
        .map(|entry| entry.expect("a directory entry").path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "json"))
        .collect();
    files.sort();
    assert!(
        !files.is_empty(),
        "{} has no recorded bodies",
        folder.display()
    );
    let mut failures = Vec::new();
    for file in &files {
        let id = file
            .file_stem()
            .and_then(|s| s.to_str())
            .expect("a file name");
        let body = std::fs::read(file).expect("readable");
        match agentruntime::operations::decode_body(id, &body) {
            None => failures.push(format!(
                "{id}: no operation of that id (file name = operation id)"
            )),
            Some(Err(error)) => failures.push(format!("{id}: {error}")),
            Some(Ok(())) => {}
        }
        // Recorded bodies are committed: they must already be redacted.
        let value: Value = serde_json::from_slice(&body).expect("JSON");
        let mut redacted = value.clone();
        agentruntime_probe::redact::redact(&mut redacted);
        if redacted != value {
            failures.push(format!(
                "{id}: not redacted (record it again with --record)"
            ));
        }
    }
    println!("recorded: {} bodies", files.len());
    assert!(
        failures.is_empty(),
        "recorded bodies the SDK cannot read:\n{}",
        failures.join("\n")
    );
}

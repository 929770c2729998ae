//! The Rust verdict agrees with the compiler: a small user program written against the crate
//! generated from the base spec is `cargo check`ed against the crate generated from each
//! mutated spec; it compiles exactly when the report says the change is compatible for Rust.

use std::path::{Path, PathBuf};
use std::process::Command;

use agentruntime_generator::{Config, diff, regenerate};
use serde_json::{Value, json};

/// Code that stays within the crate's promise: request values by `new` + setters, required
/// parameters as arguments, response fields read, enums matched with a wildcard.
const USER_PROGRAM: &str = r#"
use agentruntime::types::{Widget, WidgetCreate, WidgetKind};

pub async fn use_the_api(client: &agentruntime::Client) -> Result<String, agentruntime::Error> {
    let body = WidgetCreate::new("first").kind(WidgetKind::Gear).size(3);
    let created: Widget = client.create_widget(body).send().await?.into_inner();
    let kind = match &created.kind {
        WidgetKind::Gear => "gear",
        _ => "other",
    };
    client.delete_widget(created.id.clone()).send().await?;
    Ok(format!("{} {kind}", created.name))
}
"#;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn base() -> Value {
    let text = std::fs::read_to_string(root().join("tests/diff/base.json")).unwrap();
    serde_json::from_str(&text).unwrap()
}

/// Writes `spec`, generates its crate into `dir/<name>` and returns the spec's path.
fn generate(dir: &Path, name: &str, spec: &Value) -> PathBuf {
    let spec_path = dir.join(format!("{name}.json"));
    std::fs::write(&spec_path, serde_json::to_string_pretty(spec).unwrap()).unwrap();
    let config = Config {
        spec: spec_path.clone(),
        spec_display: format!("{name}.json"),
        templates: root().join("../templates"),
        runtime_path: root().join("../templates").display().to_string(),
        command: "cargo xtask regen --spec SPEC --out DIR".to_owned(),
        crate_name: "agentruntime".to_owned(),
        crate_version: "0.0.0".to_owned(),
        standalone: true,
        strict: false,
    };
    regenerate(&config, &dir.join(name)).expect("the spec generates");
    spec_path
}

/// Whether the user program compiles against the crate in `dir/<name>`.
fn user_program_compiles(dir: &Path, name: &str) -> (bool, String) {
    let user = dir.join(format!("user-of-{name}"));
    std::fs::create_dir_all(user.join("src")).unwrap();
    std::fs::write(
        user.join("Cargo.toml"),
        format!(
            "[package]\nname = \"user\"\nversion = \"0.0.0\"\nedition = \"2024\"\n\n\
             [dependencies]\nagentruntime = {{ path = {:?} }}\n\n[workspace]\n",
            dir.join(name).display().to_string()
        ),
    )
    .unwrap();
    std::fs::write(user.join("src/lib.rs"), USER_PROGRAM).unwrap();
    // Same dependency versions as the workspace, so the check needs no network.
    std::fs::copy(root().join("../Cargo.lock"), user.join("Cargo.lock")).unwrap();
    let output = Command::new(env!("CARGO"))
        .args(["check", "--quiet", "--offline"])
        .current_dir(&user)
        .env("CARGO_TARGET_DIR", root().join("../target/fixture-crates"))
        // The flags of `build.rs`, so the dependencies built there are reused.
        .env("RUSTFLAGS", "-D warnings")
        .output()
        .expect("cargo runs");
    (
        output.status.success(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

#[test]
fn the_rust_verdict_matches_what_the_compiler_says() {
    let dir = tempfile::tempdir().unwrap();
    let old_spec = generate(dir.path(), "base", &base());
    let (compiles, errors) = user_program_compiles(dir.path(), "base");
    assert!(
        compiles,
        "the user program compiles against its own crate:\n{errors}"
    );

    type Edit = fn(&mut Value);
    let cases: [(&str, Edit); 4] = [
        ("optional-fields-added", |d| {
            let schemas = &mut d["components"]["schemas"];
            schemas["WidgetCreate"]["properties"]["color"] = json!({"type": "string"});
            schemas["Widget"]["properties"]["color"] = json!({"type": "string"});
            schemas["Widget"]["required"] = json!(["id", "name", "kind", "color"]);
        }),
        ("required-request-field-added", |d| {
            let create = &mut d["components"]["schemas"]["WidgetCreate"];
            create["properties"]["color"] = json!({"type": "string"});
            create["required"] = json!(["name", "color"]);
        }),
        ("enum-value-added", |d| {
            d["components"]["schemas"]["WidgetKind"]["enum"] = json!(["gear", "sprocket", "cog"]);
        }),
        ("operation-renamed", |d| {
            d["paths"]["/widgets/{id}"]["delete"]["operationId"] = json!("remove_widget");
        }),
    ];
    for (name, edit) in cases {
        let mut spec = base();
        edit(&mut spec);
        let new_spec = generate(dir.path(), name, &spec);
        let report = diff::diff_specs(&old_spec, &new_spec).unwrap();
        assert!(!report.is_empty(), "{name}: the mutation is a change");
        let rust_compatible = !report.verdict().rust.is_breaking();
        let (compiles, errors) = user_program_compiles(dir.path(), name);
        assert_eq!(
            compiles,
            rust_compatible,
            "{name}: the report says Rust-compatible = {rust_compatible}, the compiler says \
             compiles = {compiles}\n{}\n{errors}",
            diff::render(&report, diff::Format::Text, &diff::Versions::default())
        );
    }
}

//! The generator on small fixture specs: a 3.0 single-file spec, a 3.1 multi-file spec, and
//! malformed specs whose errors must name the file, the JSON pointer and the problem.

use std::path::{Path, PathBuf};

use agentruntime_generator::{Config, Error, Output, ProblemKind, generate, regenerate};

fn fixture(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(path)
}

fn config(spec: &str) -> Config {
    Config {
        spec: fixture(spec),
        spec_display: format!("fixtures/{spec}"),
        templates: Path::new(env!("CARGO_MANIFEST_DIR")).join("../templates"),
        command: format!("cargo xtask regen --spec fixtures/{spec} --out DIR"),
        crate_name: "agentruntime".to_owned(),
        crate_version: "0.0.0".to_owned(),
        standalone: true,
    }
}

fn file<'a>(output: &'a Output, path: &str) -> &'a str {
    output
        .files
        .get(Path::new(path))
        .unwrap_or_else(|| panic!("{path} not generated; files: {:?}", output.files.keys()))
}

#[test]
fn openapi_30_single_file() {
    let output = generate(&config("v30/openapi.json")).expect("3.0 fixture generates");
    assert_eq!(output.stats.operations, 4);

    let ops = file(&output, "src/operations/things.rs");
    // Path parameters are arguments; query parameters are setters; send/stream are added.
    assert!(ops.contains("pub fn command_thing(\n        &self,\n        thing_id: impl ::std::convert::TryInto<::std::string::String>,"), "{ops}");
    assert!(ops.contains("pub async fn send("));
    assert!(ops.contains("pub fn stream("), "list_things is paginated");
    // Context headers are not parameters; the docs name role and context instead.
    assert!(!ops.contains("x_tenant_id"));
    // Doc comments are wrapped near 100 columns: read them as one line of prose.
    let prose = ops.replace("\n    /// ", " ");
    assert!(prose.contains("Requires role `project_viewer`."));
    assert!(
        prose
            .contains("Sends the client's tenant and project as `X-Tenant-Id` and `X-Project-Id`."),
        "{ops}"
    );
    assert!(
        ops.lines().all(|l| !l.trim_start().starts_with("///")
            || l.len() <= 100
            || !l.trim().contains(' ')),
        "docs wrap at 100 columns"
    );
    // `default`, a second success code and a problem+json error still give one type each.
    assert!(ops.contains("Result<crate::Response<types::Thing>, crate::Error>"));

    let meta = file(&output, "src/metadata.rs");
    assert!(meta.contains("pub const LIST_THINGS: Operation"));
    assert!(meta.contains("scope: Scope::Project"));
    assert!(
        meta.contains("scope: Scope::Tenant"),
        "command_thing sends only the tenant"
    );
    assert!(
        meta.contains("scope: Scope::None"),
        "health sends no context"
    );
    let command = meta.split("pub const COMMAND_THING").nth(1).unwrap();
    assert!(
        command
            .split("};")
            .next()
            .unwrap()
            .contains("idempotent: true")
    );

    // The discriminated union is a tagged enum, not an untagged guess; its open variant keeps
    // unknown kinds.
    let types = file(&output, "src/types/things.rs");
    assert!(types.contains("pub enum Command {"), "{types}");
    assert!(types.contains("Paint(Paint)"));
    assert!(types.contains("Unknown(::serde_json::Value)"));
    let command = types
        .split("pub enum Command {")
        .nth(1)
        .unwrap()
        .split("\n}")
        .next()
        .unwrap();
    assert!(!command.contains("untagged"), "{command}");
    // The variant struct lost its tag (the enum carries it).
    let paint = types.split("pub struct Paint {").nth(1).unwrap();
    assert!(!paint.split('}').next().unwrap().contains("kind"));

    // Extra properties a schema allows survive a read-modify-write round trip.
    let thing = types
        .split("pub struct Thing {")
        .nth(1)
        .unwrap()
        .split("\n}")
        .next()
        .unwrap();
    assert!(
        thing.contains("#[serde(flatten)]\n    pub extra:"),
        "{thing}"
    );

    // String enums are open: a value added by a newer server decodes as `Unknown`.
    let color = types
        .split("pub enum Color {")
        .nth(1)
        .unwrap()
        .split("\n}")
        .next()
        .unwrap();
    assert!(color.contains("Unknown(::std::string::String)"), "{color}");
    assert!(
        types.contains("impl<'de> ::serde::Deserialize<'de> for Color"),
        "{types}"
    );

    let manifest = file(&output, "Cargo.toml");
    assert!(
        manifest.contains("[workspace]"),
        "standalone crates get their own workspace"
    );
    assert!(
        !manifest.contains("uuid"),
        "no uuid dependency when no uuid is used"
    );
}

#[test]
fn openapi_31_multi_file() {
    let output = generate(&config("v31/openapi.yaml")).expect("3.1 fixture generates");
    // The WebSocket operation is in the metadata but not a request/response method.
    assert_eq!(output.stats.operations, 6);
    let stream = output
        .operations
        .iter()
        .find(|op| op.id == "stream_events")
        .unwrap();
    assert_eq!(
        stream.websocket_message.as_deref(),
        Some("#/components/schemas/Event")
    );
    let ops = file(&output, "src/operations/events.rs");
    assert!(!ops.contains("fn stream_events"));
    assert!(ops.contains("pub fn get_event("));
    // Lists page in the style their spec shows: offset with a named array, cursor by `cursor`.
    assert!(ops.contains("crate::pagination::by_offset("), "{ops}");
    assert!(ops.contains("builder.offset(offset)"), "{ops}");
    assert!(ops.contains("builder.cursor(cursor)"), "{ops}");
    assert!(ops.contains("builder.page_token(cursor)"), "{ops}");
    let pages = file(&output, "src/types/events.rs");
    assert!(pages.contains("self.audits.len()"), "{pages}");
    assert!(
        pages.contains("self.total.and_then(|n| u64::try_from(n).ok())"),
        "{pages}"
    );
    assert!(pages.contains("self.next_cursor.as_ref()"), "{pages}");
    // A plain upgrade has no body to check.
    let index = file(&output, "src/operations/mod.rs");
    assert!(
        index.contains("\"open_raw_socket\" => ::std::result::Result::Ok(())"),
        "{index}"
    );

    let types = file(&output, "src/types/events.rs");
    // Envelope fields plus a flattened, adjacently tagged, open kind.
    assert!(types.contains("pub struct Event {"), "{types}");
    assert!(types.contains("pub kind: EventKind"));
    assert!(types.contains("#[non_exhaustive]\npub enum EventKind"));
    // A payload the variant does not require is optional; a required one is not.
    assert!(
        types.contains("Created(::std::option::Option<CreatedData>)"),
        "{types}"
    );
    assert!(types.contains("Deleted(DeletedData)"), "{types}");
    // `type: [number, 'null']` became an optional field; `anyOf [Ref, null]` an optional Ref.
    assert!(
        types.contains("pub weight: ::std::option::Option<f64>"),
        "{types}"
    );
    assert!(
        types.contains("pub parent: ::std::option::Option<Ref>"),
        "{types}"
    );
    // Error is defined in the root file and used only by this area, so it lives with it.
    assert!(types.contains("pub struct Error {"));

    // Every file says it is generated, from which spec (hash) and how to regenerate.
    for (path, text) in &output.files {
        if path.extension().is_some_and(|e| e == "rs" || e == "toml") {
            let head: String = text.lines().take(3).collect::<Vec<_>>().join("\n");
            assert!(head.contains("@generated"), "{}: {head}", path.display());
            assert!(head.contains("(sha256 "), "{}: {head}", path.display());
            assert!(
                head.contains("Regenerate: cargo xtask regen --spec fixtures/v31/openapi.yaml"),
                "{}",
                path.display()
            );
            assert!(head.contains("OpenAPI 3.1.0"), "{}", path.display());
        }
    }
}

#[test]
fn same_spec_gives_byte_identical_files() {
    let first = generate(&config("v31/openapi.yaml")).unwrap();
    let second = generate(&config("v31/openapi.yaml")).unwrap();
    assert_eq!(first.files, second.files);
}

/// Asserts a single located problem of the given kind.
fn expect_problem(spec: &str, kind: ProblemKind, file_suffix: &str, pointer: &str, message: &str) {
    let error = generate(&config(spec)).expect_err("the spec is malformed");
    let Error::Spec(problems) = &error else {
        panic!("{spec}: expected a spec error, got {error}");
    };
    let problem = problems
        .iter()
        .find(|p| p.kind == kind)
        .unwrap_or_else(|| panic!("{spec}: no {kind:?} problem in {error}"));
    let file = problem.location.file.to_string_lossy().replace('\\', "/");
    assert!(
        file.ends_with(file_suffix),
        "{spec}: file {file}, want …{file_suffix}"
    );
    assert_eq!(problem.location.pointer, pointer, "{spec}: {problem}");
    assert!(
        problem.message.contains(message),
        "{spec}: message {:?} lacks {message:?}",
        problem.message
    );
    // The rendered error names the place too.
    assert!(
        error
            .to_string()
            .contains(&format!("{file_suffix}#{pointer}")),
        "{error}"
    );
}

#[test]
fn missing_operation_id() {
    expect_problem(
        "bad/missing-operation-id.yaml",
        ProblemKind::MissingOperationId,
        "bad/missing-operation-id.yaml",
        "/paths/~1v1~1things/get",
        "GET /v1/things has no operationId",
    );
}

#[test]
fn duplicate_operation_id_names_both_places() {
    expect_problem(
        "bad/duplicate-operation-id.yaml",
        ProblemKind::DuplicateOperationId,
        "bad/duplicate-operation-id.yaml",
        "/paths/~1v1~1other-things/get/operationId",
        "already used by the operation at",
    );
}

#[test]
fn unresolved_local_ref() {
    expect_problem(
        "bad/unresolved-ref.yaml",
        ProblemKind::UnresolvedRef,
        "bad/unresolved-ref.yaml",
        "/paths/~1v1~1things/get/responses/200/content/application~1json/schema/$ref",
        "`#/components/schemas/Missing` does not resolve",
    );
}

#[test]
fn ref_to_a_missing_file() {
    expect_problem(
        "bad/missing-file-ref.yaml",
        ProblemKind::UnresolvedRef,
        "bad/missing-file-ref.yaml",
        "/paths/~1v1~1things/$ref",
        "nowhere/things.yaml",
    );
}

#[test]
fn unknown_role() {
    expect_problem(
        "bad/unknown-role.yaml",
        ProblemKind::UnknownRole,
        "bad/unknown-role.yaml",
        "/paths/~1v1~1things/get/x-agentruntime-role",
        "unknown role \"project_owner\"",
    );
}

#[test]
fn cookie_parameters_are_unsupported() {
    expect_problem(
        "bad/cookie-param.yaml",
        ProblemKind::Unsupported,
        "bad/cookie-param.yaml",
        "/paths/~1v1~1things/get/parameters/0",
        "cookie parameter `session`",
    );
}

#[test]
fn multipart_bodies_are_unsupported() {
    expect_problem(
        "bad/multipart.yaml",
        ProblemKind::Unsupported,
        "bad/multipart.yaml",
        "/paths/~1v1~1files/post/requestBody/content",
        "multipart/form-data",
    );
}

#[test]
fn yaml_syntax_error_names_line_and_column() {
    expect_problem(
        "bad/syntax.yaml",
        ProblemKind::Parse,
        "bad/syntax.yaml",
        "",
        "line 3 column",
    );
}

#[test]
fn swagger_2_is_rejected() {
    expect_problem(
        "bad/swagger2.yaml",
        ProblemKind::Invalid,
        "bad/swagger2.yaml",
        "/openapi",
        "no `openapi` version",
    );
}

#[test]
fn progenitor_failures_are_located_at_the_operation() {
    expect_problem(
        "bad/undeclared-path-param.yaml",
        ProblemKind::Generator,
        "bad/undeclared-path-param.yaml",
        "/paths/~1v1~1things~1{thing_id}/get",
        "GET /v1/things/{thing_id}",
    );
}

#[test]
fn two_files_defining_one_component_differently() {
    expect_problem(
        "bad/duplicate-component/openapi.yaml",
        ProblemKind::DuplicateComponent,
        "bad/duplicate-component/b.yaml",
        "/components/schemas/Item",
        "also defined, differently, at",
    );
}

#[test]
fn a_failed_run_leaves_the_output_untouched() {
    let out = tempfile::tempdir().unwrap();
    let sentinel = out.path().join("crate/src/lib.rs");
    std::fs::create_dir_all(sentinel.parent().unwrap()).unwrap();
    std::fs::write(&sentinel, "// previous output\n").unwrap();
    let result = regenerate(&config("bad/unknown-role.yaml"), &out.path().join("crate"));
    assert!(result.is_err());
    assert_eq!(
        std::fs::read_to_string(&sentinel).unwrap(),
        "// previous output\n"
    );
    let entries: Vec<_> = std::fs::read_dir(out.path()).unwrap().collect();
    assert_eq!(entries.len(), 1, "no staging folder left behind");
}

#[test]
fn regenerate_replaces_the_folder_and_check_reports_every_difference() {
    use agentruntime_generator::output::{Difference, check};
    let out = tempfile::tempdir().unwrap();
    let dir = out.path().join("crate");
    std::fs::create_dir_all(dir.join("src")).unwrap();
    std::fs::write(dir.join("src/stale_extra.rs"), "// not generated\n").unwrap();
    let output = regenerate(&config("v30/openapi.json"), &dir).unwrap();
    assert!(
        !dir.join("src/stale_extra.rs").exists(),
        "the folder is replaced, not merged"
    );
    assert_eq!(check(&dir, &output).unwrap(), vec![]);

    std::fs::write(dir.join("src/extra.rs"), "// extra\n").unwrap();
    std::fs::remove_file(dir.join("src/metadata.rs")).unwrap();
    std::fs::write(dir.join("src/lib.rs"), "// edited by hand\n").unwrap();
    let differences = check(&dir, &output).unwrap();
    assert_eq!(
        differences,
        vec![
            Difference::Extra(PathBuf::from("src/extra.rs")),
            Difference::Stale(PathBuf::from("src/lib.rs")),
            Difference::Missing(PathBuf::from("src/metadata.rs")),
        ]
    );
}

#[test]
fn a_spec_change_is_caught_by_check_then_applied_by_regen() {
    use agentruntime_generator::output::{Difference, check};
    let work = tempfile::tempdir().unwrap();
    let spec_dir = work.path().join("spec");
    std::fs::create_dir_all(spec_dir.join("areas")).unwrap();
    for file in ["openapi.yaml", "common.yaml", "areas/events.yaml"] {
        std::fs::copy(fixture(&format!("v31/{file}")), spec_dir.join(file)).unwrap();
    }
    let mut config = config("v31/openapi.yaml");
    config.spec = spec_dir.join("openapi.yaml");
    let out = work.path().join("crate");
    let before = regenerate(&config, &out).unwrap();
    assert_eq!(check(&out, &before).unwrap(), vec![]);

    // A new operation in the area file, and its path in the root.
    let area = spec_dir.join("areas/events.yaml");
    let text = std::fs::read_to_string(&area).unwrap().replace(
        "components:\n",
        "  /v1/events/{event_id}/ack:\n    post:\n      operationId: ack_event\n      tags: [events]\n      summary: Acknowledge an event\n      parameters:\n        - {name: event_id, in: path, required: true, schema: {type: string}}\n      responses:\n        '204': {description: Acknowledged.}\ncomponents:\n",
    );
    std::fs::write(&area, text).unwrap();
    let root = spec_dir.join("openapi.yaml");
    let text = std::fs::read_to_string(&root).unwrap().replace(
        "webhooks:",
        "  /v1/events/{event_id}/ack:\n    $ref: 'areas/events.yaml#/paths/~1v1~1events~1{event_id}~1ack'\nwebhooks:",
    );
    std::fs::write(&root, text).unwrap();

    let after = generate(&config).unwrap();
    let stale = check(&out, &after).unwrap();
    assert!(
        stale.contains(&Difference::Stale(PathBuf::from(
            "src/operations/events.rs"
        ))),
        "{stale:?}"
    );
    assert!(
        stale.contains(&Difference::Stale(PathBuf::from("src/metadata.rs"))),
        "{stale:?}"
    );
    // Every file's header names the spec's hash, so every file is stale.
    assert_eq!(stale.len(), after.files.len());

    regenerate(&config, &out).unwrap();
    assert_eq!(check(&out, &after).unwrap(), vec![]);
    let ops = std::fs::read_to_string(out.join("src/operations/events.rs")).unwrap();
    assert!(ops.contains("pub fn ack_event("), "{ops}");
}

#[test]
fn the_crate_root_is_left_alone_by_rustfmt() {
    // `cargo fmt --check` sees `lib.rs` (the other generated modules are `#[rustfmt::skip]`).
    let output = generate(&config("v31/openapi.yaml")).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let lib = dir.path().join("lib.rs");
    std::fs::write(&lib, file(&output, "src/lib.rs")).unwrap();
    let status = std::process::Command::new("rustfmt")
        .args(["--edition", "2024", "--check"])
        .arg(&lib)
        .status()
        .expect("rustfmt runs");
    assert!(
        status.success(),
        "rustfmt would change the generated lib.rs"
    );
}

#[test]
fn an_empty_ref_is_reported_and_spaces_in_operation_ids_are_fine() {
    expect_problem(
        "bad/empty-ref.yaml",
        ProblemKind::UnresolvedRef,
        "bad/empty-ref.yaml",
        "/paths/~1v1~1things/get/responses/200/content/application~1json/schema/$ref",
        "names the whole document",
    );
    let error = generate(&config("bad/empty-ref.yaml")).unwrap_err();
    assert!(
        !error
            .problems()
            .iter()
            .any(|p| p.kind == ProblemKind::InvalidOperationId),
        "`list things` becomes `list_things`: {error}"
    );
}

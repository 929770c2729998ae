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
        runtime_path: Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../templates")
            .display()
            .to_string(),
        command: format!("cargo xtask regen --spec fixtures/{spec} --out DIR"),
        crate_name: "agentruntime".to_owned(),
        crate_version: "0.0.0".to_owned(),
        standalone: true,
        strict: false,
    }
}

fn file<'a>(output: &'a Output, path: &str) -> &'a str {
    output
        .files
        .get(Path::new(path))
        .unwrap_or_else(|| panic!("{path} not generated; files: {:?}", output.files.keys()))
}

// What each fixture generates is checked line by line against the golden files in
// `tests/output/` (tests/golden.rs); the two tests below check what the output is made from.

#[test]
fn openapi_30_single_file() {
    let output = generate(&config("v30/openapi.json")).expect("3.0 fixture generates");
    assert_eq!(output.stats.operations, 4);
    let op = |id: &str| {
        output
            .operations
            .iter()
            .find(|op| op.method_name == id)
            .unwrap_or_else(|| panic!("no {id}"))
    };
    // Scope comes from the context-header parameters; idempotency from the method or the mark.
    assert_eq!(format!("{:?}", op("list_things").scope), "Project");
    assert_eq!(format!("{:?}", op("command_thing").scope), "Tenant");
    assert_eq!(format!("{:?}", op("health").scope), "None");
    assert!(op("command_thing").idempotent);
    assert!(op("list_things").pagination.is_some(), "list_things pages");
    // A standalone crate gets its own workspace and only the dependencies its types use.
    let manifest = &output.files[Path::new("Cargo.toml")];
    assert!(manifest.contains("\n[workspace]\n"));
    assert!(!manifest.contains("uuid"));
}

#[test]
fn openapi_31_multi_file() {
    let output = generate(&config("v31/openapi.yaml")).expect("3.1 fixture generates");
    // The WebSocket operation is in the metadata but not a request/response method.
    assert_eq!(output.stats.operations, 10);
    let stream = output
        .operations
        .iter()
        .find(|op| op.id == "stream_events")
        .unwrap();
    assert_eq!(
        stream.websocket_message.as_deref(),
        Some("#/components/schemas/Event")
    );
    // Lists page in the style their spec shows: offset with a named array, cursor by `cursor`.
    let paging = |id: &str| {
        let op = output.operations.iter().find(|op| op.id == id).unwrap();
        format!("{:?}", op.pagination)
    };
    assert!(
        paging("list_audits").starts_with("Some(Offset"),
        "{}",
        paging("list_audits")
    );
    assert!(
        paging("list_notes").contains("param: \"cursor\""),
        "{}",
        paging("list_notes")
    );
    assert!(paging("list_events").contains("param: \"page_token\""));
    assert_eq!(paging("get_event"), "None");

    // Streamed items as the item schema says: inline payloads become types, an unnamed event
    // is `message`, text data has no type; no item schema leaves the items untyped.
    let items = |id: &str| {
        let op = output.operations.iter().find(|op| op.id == id).unwrap();
        format!("{:?}", op.items)
    };
    let feed = items("follow_feed");
    for expected in [
        "name: \"entry\", description: Some(\"A new entry.\"), payload: Some(\"FollowFeedEntry\")",
        "name: \"gone\", description: None, payload: Some(\"Ref\")",
        "name: \"ping\", description: Some(\"A keep-alive, as text.\"), payload: None",
        "name: \"message\"",
    ] {
        assert!(feed.contains(expected), "{expected} in {feed}");
    }
    assert_eq!(
        items("follow_feed_lines"),
        "Some(Lines(\"FollowFeedLinesLine\"))"
    );
    assert_eq!(items("follow_raw_feed"), "None");
    assert_eq!(items("follow_raw_feed_lines"), "None");
    // The hoisted payload is a 3.1 schema brought down like every other (`title` nullable).
    let types = &output.files[Path::new("src/types/events.rs")];
    assert!(
        types.contains("pub title: ::std::option::Option<::std::string::String>"),
        "{types}"
    );

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
    expect_problem_in(config(spec), kind, file_suffix, pointer, message);
}

fn expect_problem_in(
    config: Config,
    kind: ProblemKind,
    file_suffix: &str,
    pointer: &str,
    message: &str,
) {
    let spec = config.spec_display.clone();
    let error = generate(&config).expect_err("the spec is malformed");
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
fn missing_operation_id_is_an_error_when_strict() {
    expect_problem_in(
        Config {
            strict: true,
            ..config("bad/missing-operation-id.yaml")
        },
        ProblemKind::MissingOperationId,
        "bad/missing-operation-id.yaml",
        "/paths/~1v1~1things/get",
        "GET /v1/things has no operationId",
    );
}

#[test]
fn missing_operation_ids_are_derived_stable_and_noted() {
    let output = generate(&config("noids/openapi.yaml")).unwrap();
    let ids: Vec<&str> = output.operations.iter().map(|op| op.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "list_workflows",
            "create_workflow",
            "get_workflow",
            "delete_workflow",
            "list_workflow_runs",
            "publish_workflow",
            "list_workflows_2"
        ]
    );
    assert_eq!(output.notes.len(), 7);
    let note = output.notes[1].to_string();
    assert!(
        note.ends_with(
            "noids/openapi.yaml#/paths/~1api~1v1~1workflows/post: POST /api/v1/workflows has no \
             operationId; named `create_workflow` from its method and path"
        ),
        "{note}"
    );
    assert_eq!(
        generate(&config("noids/openapi.yaml")).unwrap().files,
        output.files
    );
    let strict = Config {
        strict: true,
        ..config("noids/openapi.yaml")
    };
    let Err(Error::Spec(problems)) = generate(&strict) else {
        panic!("strict generation must fail")
    };
    assert_eq!(problems.len(), 7);
    assert!(
        problems
            .iter()
            .all(|p| p.kind == ProblemKind::MissingOperationId)
    );
}

#[test]
fn duplicate_operation_id_names_both_places_when_strict_and_is_renamed_otherwise() {
    expect_problem_in(
        Config {
            strict: true,
            ..config("bad/duplicate-operation-id.yaml")
        },
        ProblemKind::DuplicateOperationId,
        "bad/duplicate-operation-id.yaml",
        "/paths/~1v1~1other-things/get/operationId",
        "already used by the operation at",
    );
    let output = generate(&config("bad/duplicate-operation-id.yaml")).unwrap();
    assert_eq!(output.notes.len(), 1, "{:?}", output.notes);
    let note = output.notes[0].to_string();
    assert!(
        note.contains("#/paths/~1v1~1other-things/get: GET /v1/other-things: operationId"),
        "{note}"
    );
    assert!(
        note.ends_with("is also an earlier operation's; named `list_things_2`"),
        "{note}"
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
fn a_cookie_name_no_cookie_can_carry_is_unsupported() {
    expect_problem(
        "bad/cookie-name.yaml",
        ProblemKind::Unsupported,
        "bad/cookie-name.yaml",
        "/paths/~1v1~1things/get/parameters/0/name",
        "cookie parameter name \"session id\" is not an HTTP token",
    );
}

#[test]
fn one_name_in_two_locations_keeps_one_with_a_note_or_under_strict_is_an_error() {
    let output = generate(&config("bad/param-name-clash.yaml")).expect("generates");
    assert_eq!(output.notes.len(), 1, "{:?}", output.notes);
    assert_eq!(
        output.notes[0].location.pointer,
        "/paths/~1v1~1things/get/parameters/0"
    );
    assert_eq!(output.operations[0].params.len(), 1);
    assert_eq!(output.operations[0].params[0].location, "header");
    expect_problem_in(
        Config {
            strict: true,
            ..config("bad/param-name-clash.yaml")
        },
        ProblemKind::Invalid,
        "bad/param-name-clash.yaml",
        "/paths/~1v1~1things/get/parameters/0",
        "cookie parameter `session` has the Rust name `session` of header parameter `session`",
    );
}

#[test]
fn a_multipart_body_that_is_not_an_object_is_unsupported() {
    expect_problem(
        "bad/multipart.yaml",
        ProblemKind::Unsupported,
        "bad/multipart.yaml",
        "/paths/~1v1~1files/post/requestBody/content/multipart~1form-data/schema",
        "multipart/form-data body's schema must be an object with `properties`",
    );
}

#[test]
fn a_media_type_that_is_no_header_value_is_invalid() {
    expect_problem(
        "bad/media-type.yaml",
        ProblemKind::Invalid,
        "bad/media-type.yaml",
        "/paths/~1v1~1notes/post/requestBody/content/text~1plain; charset=\u{e9}",
        "is not a valid Content-Type header value",
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

/// No dependency the crate does not use (the manifest declares them; this checks it is right):
/// every crate in the generated `Cargo.toml` is named by the code of the crate it generates.
#[test]
fn every_dependency_of_a_generated_crate_is_used() {
    let ours = Config {
        spec: Path::new(env!("CARGO_MANIFEST_DIR")).join("../spec/openapi.yaml"),
        ..config("v31/openapi.yaml")
    };
    for config in [
        config("v30/openapi.json"),
        config("v31/openapi.yaml"),
        config("minimal/openapi.yaml"),
        ours,
    ] {
        let output = generate(&config).unwrap();
        let code: String = output
            .files
            .iter()
            .filter(|(path, _)| path.extension().is_some_and(|e| e == "rs"))
            .map(|(_, text)| text.as_str())
            .collect();
        let manifest = &output.files[Path::new("Cargo.toml")];
        let dependencies = manifest
            .split("[dependencies]")
            .nth(1)
            .unwrap()
            .lines()
            .filter_map(|l| {
                l.split_once(" = ")
                    .map(|(name, _)| name.trim().replace('-', "_"))
            });
        for name in dependencies {
            let used = code.contains(&format!("{name}::"))
                || code.contains(&format!("use {name}"))
                || code.contains(&format!("{name}!"));
            assert!(
                used,
                "{}: `{name}` is a dependency nobody uses",
                config.spec.display()
            );
        }
    }
}

/// An item schema the generator cannot read: a located note (the events stay untyped), and
/// under `strict` (our own spec) a located error.
#[test]
fn an_unreadable_item_schema_is_a_note_or_under_strict_an_error() {
    let dir = tempfile::tempdir().unwrap();
    let spec = dir.path().join("openapi.yaml");
    std::fs::write(
        &spec,
        "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths:\n  /feed:\n    get:\n      operationId: follow\n      responses:\n        '200':\n          description: events\n          content:\n            text/event-stream:\n              schema: {type: string}\n              x-itemSchema:\n                oneOf:\n                  - properties: {event: {type: string}}\n",
    )
    .unwrap();
    let mut config = config("minimal/openapi.yaml");
    config.spec = spec.clone();
    let output = generate(&config).expect("generates with untyped events");
    let note = output
        .notes
        .iter()
        .map(ToString::to_string)
        .collect::<String>();
    assert!(
        note.contains("/paths/~1feed/get/responses/200/content/text~1event-stream/x-itemSchema"),
        "{note}"
    );
    assert!(
        note.contains("without a `const` name; the events stay untyped"),
        "{note}"
    );
    assert_eq!(output.operations[0].items, None);

    config.strict = true;
    let Err(Error::Spec(problems)) = generate(&config) else {
        panic!("strict refuses the unreadable item schema");
    };
    assert_eq!(problems.len(), 1);
    assert_eq!(problems[0].kind, ProblemKind::Unsupported);
    assert_eq!(problems[0].location.file, spec);
}

/// The corners of `fixtures/odd` (found in real documents) generate: each becomes what the
/// generator documents, and the crate builds (`build.rs`).
#[test]
fn real_world_corners_generate_as_documented() {
    let output = generate(&config("odd/openapi.yaml")).expect("the odd fixture generates");
    let ids: Vec<&str> = output.operations.iter().map(|op| op.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "post_operation",
            "echo_options",
            "trace_echo",
            "request_operation"
        ]
    );
    let notes: Vec<&str> = output.notes.iter().map(|n| n.message.as_str()).collect();
    assert_eq!(notes.len(), 4, "{notes:?}");
    assert!(
        notes.contains(
            &"query parameter `MaxResults` has the Rust name `max_results` of query parameter \
              `max-results`; it is left out"
        ),
        "{notes:?}"
    );
    assert!(
        notes.contains(
            &"query parameter `action` has the Rust name `action` of path parameter `action`; \
              it is left out"
        ),
        "{notes:?}"
    );
    let shapes = output
        .operations
        .iter()
        .find(|op| op.id == "request_operation")
        .unwrap();
    assert_eq!(shapes.path_params, ["id", "action"]);
    let types = &output.files[Path::new("src/types/x1_0_posts.rs")];
    for expected in [
        "pub struct Never(",
        "pub ::serde_json::Value,",
        "pub struct NullableLocation(",
        "pub enum NullableLocationValue {",
        "    Plus1,",
        "    Minus1,",
        "pub job_id: ::std::option::Option<i64>,",
        "pub job_id_2: ::std::option::Option<::std::string::String>,",
    ] {
        assert!(types.contains(expected), "no {expected:?} in:\n{types}");
    }
    // The default its schema rejects is gone; the mutual-TLS scheme sends nothing.
    assert!(!types.contains("\"all\""), "{types}");
    let operations = &output.files[Path::new("src/operations/x1_0_posts.rs")];
    assert!(
        operations.contains("pub fn post_operation("),
        "{operations}"
    );
    assert!(
        operations.contains("pub fn request_operation("),
        "{operations}"
    );
    // reqwest has no `trace()` or `options()`.
    assert!(
        operations.contains("::reqwest::Method::TRACE"),
        "{operations}"
    );
    // A required nullable parameter is an argument of the type its setter takes.
    assert!(
        operations.contains("keep: impl ::std::convert::TryInto<bool>,"),
        "{operations}"
    );
}

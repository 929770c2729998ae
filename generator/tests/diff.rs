//! The API change report: each spec mutation gives exactly the expected changes and verdicts,
//! a spec against itself gives none, and the bump follows the rules.

use std::path::{Path, PathBuf};

use agentruntime_generator::diff::{self, Bump, ChangeKind, Format, Report, Versions};
use serde_json::{Value, json};

fn base() -> Value {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/diff/base.json");
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

fn write(dir: &Path, name: &str, doc: &Value) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, serde_json::to_string_pretty(doc).unwrap()).unwrap();
    path
}

/// The report of the base spec against the base with `edit` applied.
fn mutate(edit: impl FnOnce(&mut Value)) -> Report {
    let dir = tempfile::tempdir().unwrap();
    let old = base();
    let mut new = old.clone();
    edit(&mut new);
    let old = write(dir.path(), "old.json", &old);
    let new = write(dir.path(), "new.json", &new);
    diff::diff_specs(&old, &new).expect("both specs load")
}

/// One expected change: kind, a piece of its subject, wire breaking, Rust breaking.
type Expected<'a> = (ChangeKind, &'a str, bool, bool);

/// The report holds exactly these changes (in any order).
fn expect(report: &Report, expected: &[Expected]) {
    let shown = diff::render(report, Format::Text, &Versions::default());
    assert_eq!(
        report.changes.len(),
        expected.len(),
        "expected {expected:?}, got:\n{shown}"
    );
    for (kind, subject, wire, rust) in expected {
        let found = report.changes.iter().any(|c| {
            c.kind == *kind
                && c.subject.contains(subject)
                && c.verdict.wire.is_breaking() == *wire
                && c.verdict.rust.is_breaking() == *rust
        });
        assert!(
            found,
            "no {kind:?} at {subject:?} (wire breaking {wire}, Rust breaking {rust}) in:\n{shown}"
        );
    }
}

fn schema<'a>(doc: &'a mut Value, name: &str) -> &'a mut Value {
    &mut doc["components"]["schemas"][name]
}

fn op<'a>(doc: &'a mut Value, path: &str, method: &str) -> &'a mut Value {
    &mut doc["paths"][path][method]
}

use ChangeKind::*;

#[test]
fn a_spec_against_itself_has_no_change() {
    let report = mutate(|_| {});
    expect(&report, &[]);
    assert_eq!(report.bump("0.1.0"), Bump::None);
}

#[test]
fn the_real_spec_against_itself_has_no_change() {
    let spec = Path::new(env!("CARGO_MANIFEST_DIR")).join("../spec/openapi.yaml");
    let report = diff::diff_specs(&spec, &spec).unwrap();
    expect(&report, &[]);
}

#[test]
fn the_real_spec_against_its_snapshot_has_no_change() {
    let spec = Path::new(env!("CARGO_MANIFEST_DIR")).join("../spec/openapi.yaml");
    let dir = tempfile::tempdir().unwrap();
    let snapshot = dir.path().join("openapi.json");
    std::fs::write(&snapshot, diff::snapshot(&spec).unwrap()).unwrap();
    expect(&diff::diff_specs(&snapshot, &spec).unwrap(), &[]);
}

#[test]
fn documentation_only_changes_are_not_changes() {
    let report = mutate(|d| {
        schema(d, "Widget")["description"] = json!("A widget, better described.");
        op(d, "/widgets", "get")["summary"] = json!("List the widgets");
    });
    expect(&report, &[]);
}

#[test]
fn added_optional_response_field() {
    let report = mutate(|d| {
        schema(d, "Widget")["properties"]["color"] = json!({"type": "string"});
    });
    expect(
        &report,
        &[(FieldAdded, "type `Widget` › field `color`", false, false)],
    );
    assert_eq!(report.bump("0.1.0"), Bump::Patch);
    assert_eq!(report.bump("1.2.0"), Bump::Minor);
}

#[test]
fn added_required_response_field() {
    let report = mutate(|d| {
        schema(d, "Widget")["properties"]["color"] = json!({"type": "string"});
        schema(d, "Widget")["required"] = json!(["id", "name", "kind", "color"]);
    });
    expect(&report, &[(FieldAdded, "field `color`", false, false)]);
}

#[test]
fn added_required_request_field() {
    let report = mutate(|d| {
        schema(d, "WidgetCreate")["properties"]["color"] = json!({"type": "string"});
        schema(d, "WidgetCreate")["required"] = json!(["name", "color"]);
    });
    expect(
        &report,
        &[(
            FieldAdded,
            "type `WidgetCreate` › field `color`",
            true,
            true,
        )],
    );
    assert_eq!(report.bump("0.1.0"), Bump::Minor);
    assert_eq!(report.bump("1.0.0"), Bump::Major);
}

#[test]
fn added_optional_request_field() {
    let report = mutate(|d| {
        schema(d, "WidgetCreate")["properties"]["color"] = json!({"type": "string"});
    });
    expect(
        &report,
        &[(
            FieldAdded,
            "type `WidgetCreate` › field `color`",
            false,
            false,
        )],
    );
}

#[test]
fn removed_response_field() {
    let report = mutate(|d| {
        schema(d, "Widget")["properties"]
            .as_object_mut()
            .unwrap()
            .remove("size");
    });
    // Optional: old clients do not miss it on the wire; the Rust field is gone.
    expect(&report, &[(FieldRemoved, "field `size`", false, true)]);
}

#[test]
fn removed_required_response_field() {
    let report = mutate(|d| {
        schema(d, "Widget")["properties"]
            .as_object_mut()
            .unwrap()
            .remove("name");
        schema(d, "Widget")["required"] = json!(["id", "kind"]);
    });
    expect(&report, &[(FieldRemoved, "field `name`", true, true)]);
}

#[test]
fn response_field_made_optional() {
    let report = mutate(|d| {
        schema(d, "Widget")["required"] = json!(["id", "kind"]);
    });
    expect(
        &report,
        &[(MadeOptional, "type `Widget` › field `name`", true, true)],
    );
}

#[test]
fn response_field_made_required() {
    let report = mutate(|d| {
        schema(d, "Widget")["required"] = json!(["id", "name", "kind", "size"]);
    });
    // Old clients read `Option<i64>` and get a value: fine; the Rust type becomes `i64`.
    expect(&report, &[(MadeRequired, "field `size`", false, true)]);
}

#[test]
fn request_field_made_required() {
    let report = mutate(|d| {
        schema(d, "WidgetCreate")["required"] = json!(["name", "size"]);
    });
    expect(
        &report,
        &[(
            MadeRequired,
            "type `WidgetCreate` › field `size`",
            true,
            true,
        )],
    );
}

#[test]
fn field_type_changed() {
    let report = mutate(|d| {
        schema(d, "Widget")["properties"]["size"] = json!({"type": "string"});
    });
    expect(&report, &[(TypeChanged, "field `size`", true, true)]);
}

#[test]
fn required_response_field_made_nullable() {
    let report = mutate(|d| {
        schema(d, "Widget")["properties"]["name"] = json!({"type": ["string", "null"]});
    });
    expect(&report, &[(MadeNullable, "field `name`", true, true)]);
}

#[test]
fn optional_field_made_non_nullable() {
    let report = mutate(|d| {
        schema(d, "Widget")["properties"]["note"] = json!({"type": "string"});
    });
    // Optional either way: `Option<String>` before and after.
    expect(&report, &[(MadeNonNullable, "field `note`", false, false)]);
}

#[test]
fn enum_value_added_to_an_open_enum() {
    let report = mutate(|d| {
        schema(d, "WidgetKind")["enum"] = json!(["gear", "sprocket", "cog"]);
    });
    expect(
        &report,
        &[(EnumValueAdded, "type `WidgetKind`", false, false)],
    );
}

#[test]
fn enum_value_removed() {
    let report = mutate(|d| {
        schema(d, "WidgetKind")["enum"] = json!(["gear"]);
    });
    // Used in requests (old clients may send it) and responses (the variant is gone).
    expect(
        &report,
        &[(EnumValueRemoved, "type `WidgetKind`", true, true)],
    );
}

#[test]
fn operation_added() {
    let report = mutate(|d| {
        let mut get = op(d, "/widgets/{id}", "get").clone();
        get["operationId"] = json!("get_widget_stats");
        d["paths"]["/widgets/{id}/stats"] = json!({"get": get});
    });
    expect(
        &report,
        &[(OperationAdded, "get_widget_stats", false, false)],
    );
}

#[test]
fn operation_removed() {
    let report = mutate(|d| {
        d["paths"]["/widgets/{id}"]
            .as_object_mut()
            .unwrap()
            .remove("delete");
    });
    expect(&report, &[(OperationRemoved, "delete_widget", true, true)]);
}

#[test]
fn operation_id_renamed() {
    let report = mutate(|d| {
        op(d, "/widgets/{id}", "delete")["operationId"] = json!("remove_widget");
    });
    expect(&report, &[(OperationRenamed, "remove_widget", false, true)]);
}

#[test]
fn operations_without_ids_are_compared_by_the_ids_generation_derives() {
    let strip = |d: &mut Value| {
        for methods in d["paths"].as_object_mut().unwrap().values_mut() {
            for op in methods.as_object_mut().unwrap().values_mut() {
                if let Some(op) = op.as_object_mut() {
                    op.remove("operationId");
                }
            }
        }
    };
    let dir = tempfile::tempdir().unwrap();
    let mut old = base();
    strip(&mut old);
    let mut new = old.clone();
    let same = diff::diff_specs(
        &write(dir.path(), "old.json", &old),
        &write(dir.path(), "same.json", &new),
    )
    .expect("a spec without operation ids loads");
    expect(&same, &[]);
    new["paths"]["/widgets/{id}"]
        .as_object_mut()
        .unwrap()
        .remove("delete");
    let removed = diff::diff_specs(
        &write(dir.path(), "old.json", &old),
        &write(dir.path(), "new.json", &new),
    )
    .unwrap();
    assert_eq!(removed.changes.len(), 1, "{:?}", removed.changes);
    assert_eq!(removed.changes[0].kind, OperationRemoved);
}

#[test]
fn parameters_of_one_rust_name_are_compared_as_generation_keeps_them() {
    let dir = tempfile::tempdir().unwrap();
    let mut old = base();
    let params = op(&mut old, "/widgets", "get")["parameters"]
        .as_array_mut()
        .unwrap();
    params.push(json!({"name": "session", "in": "header", "schema": {"type": "string"}}));
    params.push(json!({"name": "session", "in": "cookie", "schema": {"type": "string"}}));
    let same = diff::diff_specs(
        &write(dir.path(), "old.json", &old),
        &write(dir.path(), "same.json", &old),
    )
    .expect("a spec whose parameters clash loads");
    expect(&same, &[]);
}

#[test]
fn path_changed() {
    let report = mutate(|d| {
        let delete = d["paths"]["/widgets/{id}"]
            .as_object_mut()
            .unwrap()
            .remove("delete")
            .unwrap();
        d["paths"]["/widget/{id}"] = json!({"delete": delete});
    });
    expect(&report, &[(OperationMoved, "delete_widget", true, false)]);
}

#[test]
fn optional_parameter_added() {
    let report = mutate(|d| {
        op(d, "/widgets", "get")["parameters"]
            .as_array_mut()
            .unwrap()
            .push(json!({"name": "q", "in": "query", "schema": {"type": "string"}}));
    });
    expect(
        &report,
        &[(ParameterAdded, "query parameter `q`", false, false)],
    );
}

#[test]
fn required_parameter_added() {
    let report = mutate(|d| {
        op(d, "/widgets", "get")["parameters"]
            .as_array_mut()
            .unwrap()
            .push(
                json!({"name": "q", "in": "query", "required": true, "schema": {"type": "string"}}),
            );
    });
    expect(
        &report,
        &[(ParameterAdded, "query parameter `q`", true, true)],
    );
}

#[test]
fn parameter_made_required() {
    let report = mutate(|d| {
        op(d, "/widgets", "get")["parameters"][3]["required"] = json!(true);
    });
    expect(
        &report,
        &[(MadeRequired, "query parameter `kind`", true, true)],
    );
}

#[test]
fn parameter_removed_and_pagination_lost() {
    let report = mutate(|d| {
        op(d, "/widgets", "get")["parameters"]
            .as_array_mut()
            .unwrap()
            .remove(2);
    });
    expect(
        &report,
        &[
            (
                ParameterRemoved,
                "query parameter `page_token`",
                false,
                true,
            ),
            (PaginationChanged, "list_widgets", false, true),
        ],
    );
}

#[test]
fn parameter_type_changed() {
    let report = mutate(|d| {
        op(d, "/widgets", "get")["parameters"][3]["schema"] = json!({"type": "string"});
    });
    expect(
        &report,
        &[(TypeChanged, "query parameter `kind`", true, true)],
    );
}

#[test]
fn union_variant_added_to_a_closed_union() {
    let report = mutate(|d| {
        let mut triangle = schema(d, "Square").clone();
        triangle["description"] = json!("A triangle.");
        d["components"]["schemas"]["Triangle"] = triangle;
        let shape = schema(d, "Shape");
        shape["oneOf"]
            .as_array_mut()
            .unwrap()
            .push(json!({"$ref": "#/components/schemas/Triangle"}));
        shape["discriminator"]["mapping"]["triangle"] = json!("#/components/schemas/Triangle");
    });
    expect(
        &report,
        &[
            (VariantAdded, "type `Shape`", true, true),
            (TypeAdded, "type `Triangle`", false, false),
        ],
    );
}

#[test]
fn websocket_event_variant_added_to_the_open_union() {
    let report = mutate(|d| {
        let mut renamed = schema(d, "WidgetDeleted").clone();
        renamed["description"] = json!("Renamed.");
        d["components"]["schemas"]["WidgetRenamed"] = renamed;
        let event = schema(d, "WidgetEvent");
        event["oneOf"]
            .as_array_mut()
            .unwrap()
            .push(json!({"$ref": "#/components/schemas/WidgetRenamed"}));
        event["discriminator"]["mapping"]["renamed"] = json!("#/components/schemas/WidgetRenamed");
    });
    expect(
        &report,
        &[
            (VariantAdded, "type `WidgetEvent`", false, false),
            (TypeAdded, "type `WidgetRenamed`", false, false),
        ],
    );
}

#[test]
fn union_variant_removed() {
    let report = mutate(|d| {
        let event = schema(d, "WidgetEvent");
        event["oneOf"].as_array_mut().unwrap().pop();
        event["discriminator"]["mapping"]
            .as_object_mut()
            .unwrap()
            .remove("deleted");
    });
    // The event is only received: old clients never miss it on the wire.
    expect(
        &report,
        &[(VariantRemoved, "type `WidgetEvent`", false, true)],
    );
}

#[test]
fn websocket_message_changed() {
    let report = mutate(|d| {
        op(d, "/widgets/{id}/events", "get")["x-agentruntime-websocket"]["message"] =
            json!({"$ref": "#/components/schemas/WidgetCreated"});
    });
    expect(
        &report,
        &[(WebSocketMessageChanged, "stream_widget_events", true, true)],
    );
}

#[test]
fn role_raised() {
    let report = mutate(|d| {
        op(d, "/widgets", "get")["x-agentruntime-role"] = json!("project_admin");
    });
    expect(&report, &[(RoleChanged, "list_widgets", true, false)]);
}

#[test]
fn scope_narrowed_to_tenant() {
    let report = mutate(|d| {
        op(d, "/widgets", "get")["parameters"]
            .as_array_mut()
            .unwrap()
            .remove(1);
    });
    expect(&report, &[(ScopeChanged, "list_widgets", false, false)]);
}

#[test]
fn idempotency_lost() {
    let report = mutate(|d| {
        let delete = d["paths"]["/widgets/{id}"]
            .as_object_mut()
            .unwrap()
            .remove("delete")
            .unwrap();
        d["paths"]["/widgets/{id}"]["post"] = delete;
    });
    expect(
        &report,
        &[
            (OperationMoved, "delete_widget", true, false),
            (IdempotencyChanged, "delete_widget", true, false),
        ],
    );
}

#[test]
fn request_content_type_changed() {
    let report = mutate(|d| {
        let body = &mut op(d, "/widgets", "post")["requestBody"]["content"];
        let json_body = body["application/json"].clone();
        *body = json!({"application/merge-patch+json": json_body});
    });
    expect(
        &report,
        &[(ContentTypeChanged, "create_widget", true, false)],
    );
}

#[test]
fn a_request_body_sent_another_way_breaks_rust() {
    let report = mutate(|d| {
        let body = &mut op(d, "/widgets", "post")["requestBody"]["content"];
        let json_body = body["application/json"].clone();
        *body = json!({"application/json": json_body, "multipart/form-data": {
            "schema": {"type": "object", "properties": {"file": {"type": "string", "format": "binary"}}}
        }});
    });
    expect(
        &report,
        &[(ContentTypeChanged, "create_widget", false, false)],
    );
    let report = mutate(|d| {
        let body = &mut op(d, "/widgets", "post")["requestBody"]["content"];
        *body = json!({"application/cbor": {"schema": {"type": "string", "format": "binary"}}});
    });
    expect(
        &report,
        &[
            (ContentTypeChanged, "create_widget", true, true),
            (TypeChanged, "create_widget", true, true),
        ],
    );
}

#[test]
fn a_binary_response_that_becomes_text_breaks_rust() {
    let with_media = |media: &str| {
        let mut doc = base();
        let response = &mut op(&mut doc, "/widgets/{id}", "get")["responses"]["200"];
        response["content"] = json!({ media: {"schema": {"type": "string"}} });
        doc
    };
    let dir = tempfile::tempdir().unwrap();
    let old = write(
        dir.path(),
        "old.json",
        &with_media("application/octet-stream"),
    );
    let new = write(dir.path(), "new.json", &with_media("text/plain"));
    let report = diff::diff_specs(&old, &new).expect("both specs load");
    // `send()` returned a byte stream and now returns a `String`.
    expect(&report, &[(ContentTypeChanged, "get_widget", true, true)]);
}

#[test]
fn request_body_made_optional() {
    let report = mutate(|d| {
        op(d, "/widgets", "post")["requestBody"]["required"] = json!(false);
    });
    expect(
        &report,
        &[(
            MadeOptional,
            "`create_widget` (POST /widgets) › request body",
            false,
            true,
        )],
    );
}

#[test]
fn type_removed_with_its_field() {
    let report = mutate(|d| {
        schema(d, "Widget")["properties"]
            .as_object_mut()
            .unwrap()
            .remove("shape");
        for name in ["Shape", "Circle", "Square"] {
            d["components"]["schemas"]
                .as_object_mut()
                .unwrap()
                .remove(name);
        }
    });
    expect(
        &report,
        &[
            (FieldRemoved, "field `shape`", false, true),
            (TypeRemoved, "type `Shape`", false, true),
            (TypeRemoved, "type `Circle`", false, true),
            (TypeRemoved, "type `Square`", false, true),
        ],
    );
}

#[test]
fn a_change_names_its_file_and_pointer() {
    let report = mutate(|d| {
        schema(d, "Widget")["properties"]["color"] = json!({"type": "string"});
    });
    let change = &report.changes[0];
    assert_eq!(change.location.file, Path::new("new.json"));
    assert_eq!(
        change.location.pointer,
        "/components/schemas/Widget/properties/color"
    );
}

#[test]
fn the_version_check_follows_the_bump() {
    let breaking = mutate(|d| {
        schema(d, "WidgetKind")["enum"] = json!(["gear"]);
    });
    assert!(!breaking.version_satisfies("0.1.0", "0.1.1"));
    assert!(breaking.version_satisfies("0.1.0", "0.2.0"));
    assert!(!breaking.version_satisfies("1.4.2", "1.5.0"));
    assert!(breaking.version_satisfies("1.4.2", "2.0.0"));
    let none = mutate(|_| {});
    assert!(none.version_satisfies("0.1.0", "0.1.0"));
}

#[test]
fn every_format_renders() {
    let report = mutate(|d| {
        schema(d, "WidgetKind")["enum"] = json!(["gear"]);
        schema(d, "Widget")["properties"]["color"] = json!({"type": "string"});
    });
    let versions = Versions {
        old: "0.1.0".into(),
        new: Some("0.1.1".into()),
    };
    let text = diff::render(&report, Format::Text, &versions);
    assert!(
        text.contains("minor bump (0.1.0 → at least 0.2.0)"),
        "{text}"
    );
    assert!(text.contains("TOO LOW"), "{text}");
    let markdown = diff::render(&report, Format::Markdown, &versions);
    assert!(
        markdown.contains("| ❌ | ❌ | type `WidgetKind` |"),
        "{markdown}"
    );
    let json: Value =
        serde_json::from_str(&diff::render(&report, Format::Json, &versions)).unwrap();
    assert_eq!(json["bump"], "minor");
    assert_eq!(json["version_ok"], false);
    assert_eq!(json["changes"].as_array().unwrap().len(), 2);
}

#[test]
fn a_malformed_spec_names_its_file_and_pointer() {
    let dir = tempfile::tempdir().unwrap();
    let old = write(dir.path(), "old.json", &base());
    let mut bad = base();
    *op(&mut bad, "/widgets", "get") = json!("not an operation");
    let new = write(dir.path(), "new.json", &bad);
    let error = diff::diff_specs(&old, &new).unwrap_err();
    let problem = &error.problems()[0];
    assert!(problem.location.file.ends_with("new.json"), "{error}");
    assert_eq!(problem.location.pointer, "/paths/~1widgets/get");
}

/// Both sides have an event stream; only the item schema differs.
fn stream_items_report(old_items: Option<Value>, new_items: Option<Value>) -> Report {
    let with_feed = |items: Option<Value>| {
        let mut doc = base();
        let mut media = json!({"schema": {"type": "string"}});
        if let Some(items) = items {
            media["x-itemSchema"] = items;
        }
        doc["paths"]["/feed"] = json!({"get": {
            "operationId": "stream_feed",
            "responses": {"200": {"description": "events", "content": {"text/event-stream": media}}}
        }});
        doc
    };
    let dir = tempfile::tempdir().unwrap();
    let old = write(dir.path(), "old.json", &with_feed(old_items));
    let new = write(dir.path(), "new.json", &with_feed(new_items));
    diff::diff_specs(&old, &new).expect("both specs load")
}

#[test]
fn typing_a_streams_items_changes_the_rust_api_not_the_wire() {
    let token = json!({"properties": {"event": {"const": "token"}, "data": {"type": "string"}}});
    expect(
        &stream_items_report(None, Some(token.clone())),
        &[(StreamItemsChanged, "stream_feed", false, true)],
    );
    expect(
        &stream_items_report(Some(token.clone()), None),
        &[(StreamItemsChanged, "stream_feed", false, true)],
    );
    // Documentation alone changes nothing.
    let mut described = token.clone();
    described["description"] = json!("A token.");
    expect(&stream_items_report(Some(token), Some(described)), &[]);
}

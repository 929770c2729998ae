//! Stage 3: our rules, checked before any code is generated. Every problem is collected (not just
//! the first) and located in the original file.

use std::collections::BTreeMap;

use serde_json::Value;

use crate::error::{Problem, ProblemKind, escape_segment};
use crate::load::SourceMap;
use crate::media::{self, BodyKind};
use crate::model::Role;
use crate::walk;

/// Checks the (3.0-form) bundled document; returns every problem found.
pub fn validate(doc: &Value, sources: &SourceMap) -> Vec<Problem> {
    let mut problems = Vec::new();
    let mut report = |pointer: &str, kind: ProblemKind, message: String| {
        problems.push(Problem::new(sources.locate(pointer), kind, message));
    };

    if doc.get("info").and_then(Value::as_object).is_none() {
        report(
            "",
            ProblemKind::Invalid,
            "the document has no `info` object".into(),
        );
    }
    if let Some(paths) = doc.get("paths")
        && !paths.is_object()
    {
        report(
            "/paths",
            ProblemKind::Invalid,
            "`paths` must be an object".into(),
        );
    }

    let mut seen: BTreeMap<String, String> = BTreeMap::new();
    for (path, method) in walk::operations(doc) {
        let ptr = walk::operation_pointer(&path, &method);
        let op = &doc["paths"][&path][&method];
        if !op.is_object() {
            report(
                &ptr,
                ProblemKind::Invalid,
                format!("`{method}` must be an operation object"),
            );
            continue;
        }
        match op.get("operationId") {
            None | Some(Value::Null) => report(
                &ptr,
                ProblemKind::MissingOperationId,
                format!("{} {path} has no operationId", method.to_uppercase()),
            ),
            Some(Value::String(id)) if id.trim().is_empty() => report(
                &format!("{ptr}/operationId"),
                ProblemKind::MissingOperationId,
                format!("{} {path} has an empty operationId", method.to_uppercase()),
            ),
            Some(Value::String(id)) => {
                if !valid_identifier(id) {
                    report(
                        &format!("{ptr}/operationId"),
                        ProblemKind::InvalidOperationId,
                        format!("operationId `{id}` has no letter or digit to name a method after"),
                    );
                }
                let method = crate::names::method_name(id);
                if crate::names::CLIENT_METHODS.contains(&method.as_str()) {
                    report(
                        &format!("{ptr}/operationId"),
                        ProblemKind::InvalidOperationId,
                        format!(
                            "operationId `{id}` would name the method `{method}`, which the \
                             Client already has; choose another"
                        ),
                    );
                }
                let snake = heck::ToSnakeCase::to_snake_case(id.as_str());
                if let Some(first) = seen.get(&snake) {
                    let first_loc = sources.locate(first);
                    report(
                        &format!("{ptr}/operationId"),
                        ProblemKind::DuplicateOperationId,
                        format!(
                            "operationId `{id}` is already used by the operation at {first_loc}"
                        ),
                    );
                } else {
                    seen.insert(snake, format!("{ptr}/operationId"));
                }
            }
            Some(_) => report(
                &format!("{ptr}/operationId"),
                ProblemKind::Invalid,
                "operationId must be a string".into(),
            ),
        }
        if let Some(role) = op.get("x-agentruntime-role") {
            match role.as_str().map(Role::parse) {
                Some(Some(_)) => {}
                _ => report(
                    &format!("{ptr}/x-agentruntime-role"),
                    ProblemKind::UnknownRole,
                    format!(
                        "unknown role {role}; expected one of {}",
                        Role::ALL.map(|r| format!("`{}`", r.as_str())).join(", ")
                    ),
                ),
            }
        }
        if op.get("responses").and_then(Value::as_object).is_none() {
            report(
                &ptr,
                ProblemKind::Invalid,
                "the operation has no `responses` object".into(),
            );
        }
        let item_params = doc["paths"][&path].get("parameters");
        // progenitor keys an operation's parameters by name alone: a second location would be
        // dropped without a word.
        let mut names: BTreeMap<String, (String, String)> = BTreeMap::new();
        for (params_ptr, params) in [
            (
                format!("/paths/{}/parameters", escape_segment(&path)),
                item_params,
            ),
            (format!("{ptr}/parameters"), op.get("parameters")),
        ] {
            for (i, param) in params
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
                .enumerate()
            {
                let param_ptr = format!("{params_ptr}/{i}");
                check_parameter(doc, &param_ptr, param, &mut report);
                let param = walk::deref(doc, param);
                let (Some(name), Some(location)) = (
                    param.get("name").and_then(Value::as_str),
                    param.get("in").and_then(Value::as_str),
                ) else {
                    continue;
                };
                match names.get(name) {
                    Some((other, _)) if other != location => report(
                        &param_ptr,
                        ProblemKind::Unsupported,
                        format!(
                            "parameter `{name}` is both a {other} and a {location} parameter of \
                             the operation; the generated builder has one setter per name"
                        ),
                    ),
                    _ => {
                        names.insert(name.to_owned(), (location.to_owned(), param_ptr));
                    }
                }
            }
        }
        if let Some(body) = op.get("requestBody") {
            check_body(doc, &format!("{ptr}/requestBody"), body, &mut report);
        }
        if let Some(ws) = op.get("x-agentruntime-websocket") {
            let message = ws.get("message");
            if !message.is_some_and(|m| m.is_object()) {
                report(
                    &format!("{ptr}/x-agentruntime-websocket"),
                    ProblemKind::Invalid,
                    "`x-agentruntime-websocket` needs a `message` schema".into(),
                );
            }
            if method != "get" {
                report(
                    &ptr,
                    ProblemKind::Unsupported,
                    "a WebSocket operation must be a GET (the HTTP upgrade request)".into(),
                );
            }
        }
    }

    check_refs(doc, "", doc, &mut report);
    problems.sort();
    problems.dedup();
    problems
}

fn check_parameter(
    doc: &Value,
    ptr: &str,
    param: &Value,
    report: &mut impl FnMut(&str, ProblemKind, String),
) {
    let param = walk::deref(doc, param);
    let name = param.get("name").and_then(Value::as_str).unwrap_or("?");
    let location = param.get("in").and_then(Value::as_str);
    let style = param.get("style").and_then(Value::as_str);
    // The styles OpenAPI defines for each location (its "Style Values" table).
    let styles: &[&str] = match location {
        Some("query") => &["form", "spaceDelimited", "pipeDelimited", "deepObject"],
        Some("path") => &["simple", "label", "matrix"],
        Some("header") => &["simple"],
        Some("cookie") => &["form"],
        other => {
            report(
                ptr,
                ProblemKind::Invalid,
                format!("parameter `{name}` has invalid location {other:?}"),
            );
            return;
        }
    };
    let location = location.unwrap_or_default();
    if let Some(style) = style
        && !styles.contains(&style)
    {
        let defined = styles.iter().map(|s| format!("`{s}`")).collect::<Vec<_>>();
        report(
            &format!("{ptr}/style"),
            ProblemKind::Invalid,
            format!(
                "{location} parameter `{name}` uses style `{style}`; OpenAPI defines {} here",
                defined.join(", ")
            ),
        );
    }
    // Header and cookie names go on the wire as they are: each must be an HTTP token.
    if matches!(location, "header" | "cookie") && !is_token(name) {
        report(
            &format!("{ptr}/name"),
            ProblemKind::Unsupported,
            format!(
                "{location} parameter name {name:?} is not an HTTP token (RFC 9110 `tchar`s), \
                 so no {location} can carry it"
            ),
        );
    }
}

/// RFC 9110 `token` (also RFC 6265's `cookie-name`): one or more `tchar`s.
fn is_token(name: &str) -> bool {
    !name.is_empty()
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&b))
}

/// A request body the generator can send: every media type it might pick is a valid
/// `Content-Type`, and a multipart form is an object with properties (one part each).
fn check_body(
    doc: &Value,
    ptr: &str,
    body: &Value,
    report: &mut impl FnMut(&str, ProblemKind, String),
) {
    let body = walk::deref(doc, body);
    let Some(content) = body.get("content").and_then(Value::as_object) else {
        return;
    };
    let Some((media, kind)) = media::choose(doc, content) else {
        return;
    };
    let media_ptr = format!("{ptr}/content/{}", escape_segment(media));
    if !is_header_value(&media::content_type(media)) {
        report(
            &media_ptr,
            ProblemKind::Invalid,
            format!("media type {media:?} is not a valid Content-Type header value"),
        );
    }
    if kind == BodyKind::Multipart {
        let schema = walk::deref(doc, content[media].get("schema").unwrap_or(&Value::Null));
        let has_properties = schema
            .get("properties")
            .and_then(Value::as_object)
            .is_some_and(|p| !p.is_empty());
        let is_object = matches!(
            schema.get("type").and_then(Value::as_str),
            None | Some("object")
        );
        if !has_properties || !is_object {
            report(
                &format!("{media_ptr}/schema"),
                ProblemKind::Unsupported,
                format!(
                    "the {media} body's schema must be an object with `properties` (one part \
                     each); `allOf`, `oneOf`, maps and non-objects cannot name the parts"
                ),
            );
        }
    }
}

/// What `HeaderValue::from_static` accepts: visible ASCII, spaces and tabs.
fn is_header_value(value: &str) -> bool {
    !value.is_empty()
        && value
            .bytes()
            .all(|b| b == b'\t' || (b' '..=b'~').contains(&b))
}

/// Every local `$ref` must point at something in the document.
fn check_refs(
    doc: &Value,
    ptr: &str,
    value: &Value,
    report: &mut impl FnMut(&str, ProblemKind, String),
) {
    match value {
        Value::Object(map) => {
            if let Some(Value::String(reference)) = map.get("$ref") {
                let resolved =
                    reference.starts_with('#') && walk::resolve(doc, reference).is_some();
                if !resolved {
                    report(
                        &format!("{ptr}/$ref"),
                        ProblemKind::UnresolvedRef,
                        format!("`$ref` `{reference}` does not resolve"),
                    );
                }
            }
            for (key, child) in map {
                // Example values are data, not schema: a `$ref` key there is just a property.
                if matches!(key.as_str(), "example" | "examples" | "default" | "enum") {
                    continue;
                }
                check_refs(
                    doc,
                    &format!("{ptr}/{}", escape_segment(key)),
                    child,
                    report,
                );
            }
        }
        Value::Array(items) => {
            for (i, child) in items.iter().enumerate() {
                check_refs(doc, &format!("{ptr}/{i}"), child, report);
            }
        }
        _ => {}
    }
}

/// Any id with a letter or digit can name a method (`find pet by id` → `find_pet_by_id`,
/// `2fa` → `x2fa`), the way progenitor names them.
fn valid_identifier(id: &str) -> bool {
    id.chars().any(char::is_alphanumeric)
}

//! Stage 4: read each operation's metadata (scope, role, idempotency, pagination, WebSocket), then
//! take out of the document what progenitor must not see: the context-header parameters (the
//! overlays send them) and WebSocket operations (the stream overlay owns them). The operation docs
//! gain a line naming the role and context, so every method documents them.

use serde_json::{Value, json};

use crate::media::{self, BodyKind};
use crate::model::{Framing, Items, Operation, Param, RequestBody, Role, Scope, Style};
use crate::names::{UNTAGGED_MODULE, method_name, module_name};
use crate::paging;
use crate::walk;

pub const TENANT_HEADER: &str = "x-tenant-id";
pub const PROJECT_HEADER: &str = "x-project-id";

/// Collects the metadata of every operation and strips what progenitor must not see.
pub fn annotate(doc: &mut Value) -> Vec<Operation> {
    let mut operations = Vec::new();
    for (path, method) in walk::operations(doc) {
        let pointer = walk::operation_pointer(&path, &method);
        let op = doc["paths"][&path][&method].clone();
        let item_params = doc["paths"][&path]
            .get("parameters")
            .cloned()
            .unwrap_or(json!([]));
        let params: Vec<Value> = item_params
            .as_array()
            .into_iter()
            .flatten()
            .chain(
                op.get("parameters")
                    .and_then(Value::as_array)
                    .into_iter()
                    .flatten(),
            )
            .map(|p| walk::deref(doc, p).clone())
            .collect();
        let has_header = |name: &str| {
            params.iter().any(|p| {
                p.get("in") == Some(&json!("header"))
                    && p.get("name")
                        .and_then(Value::as_str)
                        .is_some_and(|n| n.eq_ignore_ascii_case(name))
            })
        };
        let scope = if has_header(PROJECT_HEADER) {
            Scope::Project
        } else if has_header(TENANT_HEADER) {
            Scope::Tenant
        } else {
            Scope::None
        };
        let id = op["operationId"].as_str().unwrap_or_default().to_owned();
        let role = op
            .get("x-agentruntime-role")
            .and_then(Value::as_str)
            .and_then(Role::parse);
        let idempotent = matches!(
            method.as_str(),
            "get" | "head" | "put" | "delete" | "options"
        ) || op.get("x-agentruntime-idempotent") == Some(&json!(true));
        let websocket_message = op
            .get("x-agentruntime-websocket")
            .and_then(|ws| ws.get("message"))
            .and_then(|m| m.get("$ref"))
            .and_then(Value::as_str)
            .map(str::to_owned);
        let module = op
            .get("tags")
            .and_then(Value::as_array)
            .and_then(|tags| tags.first())
            .and_then(Value::as_str)
            .map(module_name)
            .unwrap_or_else(|| UNTAGGED_MODULE.to_owned());
        let operation = Operation {
            method_name: method_name(&id),
            id,
            method: method.to_uppercase(),
            path: path.clone(),
            module,
            summary: op.get("summary").and_then(Value::as_str).map(str::to_owned),
            scope,
            role,
            idempotent,
            deprecated: op.get("deprecated") == Some(&json!(true)),
            pagination: paging::detect(doc, &params, &op),
            streamed: is_streamed(doc, &op),
            framing: framing(doc, &op),
            items: items(doc, &op),
            websocket_message,
            path_params: path_params(&path),
            params: params.iter().filter_map(param).collect(),
            body_required: op
                .get("requestBody")
                .map(|body| walk::deref(doc, body))
                .is_some_and(|body| body.get("required") == Some(&json!(true))),
            body: request_body(doc, &op),
            text_response: is_text_response(doc, &op),
            pointer,
        };
        operations.push(operation);
    }

    let snapshot = doc.clone();
    for operation in &operations {
        strip(doc, &snapshot, operation);
    }
    operations
}

/// One parameter object (resolved) as the table holds it: `style` and `explode` take the
/// defaults OpenAPI gives them (`form` and exploded for query and cookie parameters, `simple`
/// and not exploded for path and header parameters).
fn param(p: &Value) -> Option<Param> {
    let location = p.get("in")?.as_str()?.to_owned();
    let style = match p.get("content") {
        Some(_) if p.get("schema").is_none() => Style::Json,
        _ => Style::of(&location, p.get("style").and_then(Value::as_str)),
    };
    Some(Param {
        name: p.get("name")?.as_str()?.to_owned(),
        description: p
            .get("description")
            .and_then(Value::as_str)
            .map(str::to_owned),
        required: p.get("required") == Some(&json!(true)),
        explode: p
            .get("explode")
            .and_then(Value::as_bool)
            .unwrap_or(style == Style::Form),
        allow_reserved: p.get("allowReserved") == Some(&json!(true)),
        rust_type: None,
        style,
        location,
    })
}

/// Removes context headers, drops WebSocket operations, and documents role and context.
fn strip(doc: &mut Value, snapshot: &Value, operation: &Operation) {
    let is_context = |doc: &Value, p: &Value| {
        let p = walk::deref(doc, p);
        p.get("in") == Some(&json!("header"))
            && p.get("name").and_then(Value::as_str).is_some_and(|n| {
                n.eq_ignore_ascii_case(TENANT_HEADER) || n.eq_ignore_ascii_case(PROJECT_HEADER)
            })
    };
    let item = &mut doc["paths"][&operation.path];
    if let Some(params) = item.get_mut("parameters").and_then(Value::as_array_mut) {
        params.retain(|p| !is_context(snapshot, p));
    }
    let method = operation.method.to_lowercase();
    if operation.websocket_message.is_some() {
        if let Some(item) = item.as_object_mut() {
            item.remove(&method);
        }
        return;
    }
    let op = &mut item[&method];
    if let Some(params) = op.get_mut("parameters").and_then(Value::as_array_mut) {
        params.retain(|p| !is_context(snapshot, p));
    }
    let note = doc_note(operation);
    let description = match op.get("description").and_then(Value::as_str) {
        Some(existing) if !existing.trim().is_empty() => {
            format!("{}\n\n{note}", existing.trim_end())
        }
        _ => note,
    };
    op["description"] = Value::String(description);
}

/// The line every method's docs end with: role, context, retry and pagination behaviour.
pub fn doc_note(operation: &Operation) -> String {
    let role = match operation.role {
        Some(role) => format!("Requires role `{}`.", role.as_str()),
        None => "Required role: not stated by the spec.".to_owned(),
    };
    let context = match operation.scope {
        Scope::None => "Sends no context headers.",
        Scope::Tenant => "Sends the client's tenant as `X-Tenant-Id`.",
        Scope::Project => {
            "Sends the client's tenant and project as `X-Tenant-Id` and `X-Project-Id`."
        }
    };
    let retry = if operation.idempotent {
        "Idempotent: retried on transient failures."
    } else {
        "Not idempotent: re-sent only when the server provably did not receive it."
    };
    let mut note = format!("{role} {context} {retry}");
    if let Some(pagination) = &operation.pagination {
        note.push(' ');
        note.push_str(&paging::note(pagination));
    }
    note
}

/// The success media types, lower case, parameters dropped.
fn success_media(doc: &Value, op: &Value) -> Vec<String> {
    let Some(responses) = op.get("responses").and_then(Value::as_object) else {
        return Vec::new();
    };
    responses
        .iter()
        .filter(|(code, _)| code.starts_with('2'))
        .filter_map(|(_, r)| {
            walk::deref(doc, r)
                .get("content")
                .and_then(Value::as_object)
        })
        .flat_map(|content| content.keys().map(|m| media::base(m)))
        .collect()
}

/// Whether the success body is handed over as a byte stream: some 2xx response has content,
/// none of it JSON, and it is not all text.
fn is_streamed(doc: &Value, op: &Value) -> bool {
    let media = success_media(doc, op);
    !media.is_empty() && !media.iter().any(|m| media::is_json(m)) && !is_text_response(doc, op)
}

/// Whether every success media type is textual (`media::is_text`): the body decodes into a
/// `String`.
fn is_text_response(doc: &Value, op: &Value) -> bool {
    let media = success_media(doc, op);
    !media.is_empty() && media.iter().all(|m| media::is_text(m))
}

/// The request body the generator sends: its chosen media type, `Content-Type` and, for a
/// multipart form, its fields.
fn request_body(doc: &Value, op: &Value) -> Option<RequestBody> {
    let body = walk::deref(doc, op.get("requestBody")?);
    let content = body.get("content").and_then(Value::as_object)?;
    let (media, kind) = media::choose(doc, content)?;
    Some(RequestBody {
        content_type: media::content_type(media),
        kind,
        fields: match kind {
            BodyKind::Multipart => media::form_fields(doc, &content[media]),
            _ => Vec::new(),
        },
    })
}

/// Server-Sent Events or JSON lines, when every success media type of a streamed body says so.
fn framing(doc: &Value, op: &Value) -> Option<Framing> {
    if !is_streamed(doc, op) {
        return None;
    }
    let of = |media: &String| match media.as_str() {
        "text/event-stream" => Some(Framing::EventStream),
        m if is_json_lines(m) => Some(Framing::JsonLines),
        _ => None,
    };
    let media = success_media(doc, op);
    let first = of(media.first()?)?;
    media.iter().all(|m| of(m) == Some(first)).then_some(first)
}

/// A media type (without parameters) of one JSON value per line.
pub fn is_json_lines(media: &str) -> bool {
    matches!(
        media,
        "application/x-ndjson"
            | "application/ndjson"
            | "application/jsonl"
            | "application/x-jsonlines"
            | "application/jsonlines"
    )
}

/// The item types `items::hoist` marked on the success body, when it is framed.
fn items(doc: &Value, op: &Value) -> Option<Items> {
    framing(doc, op)?;
    let responses = op.get("responses")?.as_object()?;
    responses
        .iter()
        .filter(|(code, _)| code.starts_with('2'))
        .flat_map(|(_, response)| {
            let response = walk::deref(doc, response);
            response
                .get("content")
                .and_then(Value::as_object)
                .into_iter()
                .flat_map(|content| content.values())
        })
        .find_map(|media| crate::items::read(media.get(crate::items::MARKER)?))
}

/// `{id}` names of a path template, in order, each once (`/a/{id}/b/{id}` sends one `id` twice).
pub fn path_params(path: &str) -> Vec<String> {
    let mut names: Vec<String> = Vec::new();
    for name in path
        .split('{')
        .skip(1)
        .filter_map(|rest| rest.split_once('}').map(|(name, _)| name))
    {
        if !names.iter().any(|n| n == name) {
            names.push(name.to_owned());
        }
    }
    names
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_path_parameter_named_twice_is_one_argument() {
        assert_eq!(path_params("/a/{id}/{action}/{id}"), ["id", "action"]);
        assert_eq!(path_params("/a"), Vec::<String>::new());
    }

    fn op_with(media: &[&str]) -> Value {
        let content: serde_json::Map<String, Value> = media
            .iter()
            .map(|m| ((*m).to_owned(), json!({"schema": {"type": "string"}})))
            .collect();
        json!({"responses": {"200": {"description": "ok", "content": content}}})
    }

    #[test]
    fn a_streamed_body_is_framed_by_its_media_type() {
        let doc = json!({});
        let framing_of = |media: &[&str]| framing(&doc, &op_with(media));
        assert_eq!(
            framing_of(&["text/event-stream; charset=utf-8"]),
            Some(Framing::EventStream)
        );
        assert_eq!(
            framing_of(&["application/x-ndjson", "application/jsonl"]),
            Some(Framing::JsonLines)
        );
        assert_eq!(framing_of(&["application/octet-stream"]), None);
        assert_eq!(
            framing_of(&["text/event-stream", "application/x-ndjson"]),
            None
        );
        assert_eq!(framing_of(&["application/json"]), None);
    }

    #[test]
    fn textual_success_bodies_are_text_not_streams() {
        let doc = json!({});
        for media in [&["text/plain"][..], &["application/jwt", "application/xml"]] {
            let op = op_with(media);
            assert!(is_text_response(&doc, &op), "{media:?}");
            assert!(!is_streamed(&doc, &op), "{media:?}");
        }
        for media in [
            &["text/event-stream"][..],
            &["image/png"],
            &["text/plain", "image/png"],
        ] {
            let op = op_with(media);
            assert!(!is_text_response(&doc, &op), "{media:?}");
            assert!(is_streamed(&doc, &op), "{media:?}");
        }
        assert!(!is_text_response(&doc, &op_with(&["application/json"])));
    }

    #[test]
    fn the_request_body_records_its_content_type_and_form_fields() {
        let doc = json!({});
        let op = json!({"requestBody": {"content": {
            "multipart/form-data": {
                "schema": {"type": "object", "properties": {
                    "file": {"type": "string", "format": "binary"},
                    "note": {"type": "string"}
                }},
                "encoding": {"note": {"contentType": "text/markdown"}}
            }
        }}});
        let body = request_body(&doc, &op).unwrap();
        assert_eq!(body.kind, BodyKind::Multipart);
        assert_eq!(body.content_type, "multipart/form-data");
        assert_eq!(body.fields.len(), 2);
        assert!(body.fields[0].file && !body.fields[1].file);
        assert_eq!(
            body.fields[1].content_type.as_deref(),
            Some("text/markdown")
        );

        let op = json!({"requestBody": {"content": {"text/plain; charset=utf-8": {}}}});
        let body = request_body(&doc, &op).unwrap();
        assert_eq!(
            (body.kind, body.content_type.as_str()),
            (BodyKind::Text, "text/plain; charset=utf-8")
        );
        assert!(request_body(&doc, &json!({})).is_none());
    }
}

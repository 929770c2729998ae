//! What each item of a streamed body is: the `itemSchema` of a `text/event-stream` or NDJSON
//! media type (OpenAPI 3.2; spelled `x-itemSchema` in 3.0 and 3.1 documents, whose media type
//! object has no such field).
//!
//! Runs before the upgrade, so the schemas it names are upgraded like every other component:
//! each payload schema written inline becomes a component (`{Operation}{Event}` or
//! `{Operation}Line`), a `$ref` is used as it is, and the media type gets an
//! `x-agentruntime-items` marker that `annotate` reads into [`Items`]:
//!
//! - NDJSON: `{"lines": {"$ref": …}}`, the type of every line;
//! - Server-Sent Events: `{"events": [{"name", "description"?, "data": {"$ref": …}?}]}`. The
//!   item schema is one event object or a `oneOf`/`anyOf` of them; an event's name is the
//!   `const` (or single `enum` value) of its `event` property (`message`, the Server-Sent
//!   Events default, when it has none); its `data` is JSON of the `contentSchema` (or of the
//!   schema itself when `data` is an object or a `$ref`), else text.
//!
//! An item schema this cannot read is left out with a located [`Note`]: the body is then
//! streamed as untyped events or lines, as when the spec gives no item schema.

use serde_json::{Map, Value, json};

use crate::error::escape_segment;
use crate::load::SourceMap;
use crate::model::{EventType, Items};
use crate::opids::Note;
use crate::{names, walk};

/// The marker `hoist` leaves on a media type object.
pub const MARKER: &str = "x-agentruntime-items";
const FIELDS: [&str; 2] = ["itemSchema", "x-itemSchema"];

/// Replaces every item schema by its marker, adding inline payload schemas as components.
pub fn hoist(doc: &mut Value, sources: &mut SourceMap) -> Vec<Note> {
    let mut notes = Vec::new();
    for (path, method) in walk::operations(doc) {
        let op_ptr = walk::operation_pointer(&path, &method);
        let Some(op_id) = doc
            .pointer(&format!("{op_ptr}/operationId"))
            .and_then(Value::as_str)
            .map(str::to_owned)
        else {
            continue;
        };
        let prefix = names::type_name(&op_id);
        for media_ptr in streamed_media(doc, &op_ptr) {
            let Some((field, item)) = FIELDS.iter().find_map(|f| {
                let item = doc.pointer(&format!("{media_ptr}/{f}"))?.clone();
                Some((*f, item))
            }) else {
                continue;
            };
            let item_ptr = format!("{media_ptr}/{field}");
            let events = media_ptr.ends_with("/text~1event-stream");
            let marker = if events {
                events_marker(doc, sources, &item, &item_ptr, &prefix)
            } else {
                Ok(
                    json!({"lines": component(doc, sources, &item, &item_ptr, &format!("{prefix}Line"))}),
                )
            };
            let Some(media) = doc.pointer_mut(&media_ptr).and_then(Value::as_object_mut) else {
                continue;
            };
            for f in FIELDS {
                media.remove(f);
            }
            match marker {
                Ok(marker) => {
                    media.insert(MARKER.into(), marker);
                }
                Err(message) => notes.push(Note {
                    location: sources.locate(&item_ptr),
                    message: format!("{message}; the events stay untyped"),
                }),
            }
        }
    }
    notes
}

/// What `annotate` keeps of a marker.
pub fn read(marker: &Value) -> Option<Items> {
    let type_of = |schema: &Value| {
        let reference = schema.get("$ref")?.as_str()?;
        let name = reference.strip_prefix("#/components/schemas/")?;
        Some(names::type_name(
            &name.replace("~1", "/").replace("~0", "~"),
        ))
    };
    if let Some(lines) = marker.get("lines") {
        return type_of(lines).map(Items::Lines);
    }
    let events = marker.get("events")?.as_array()?;
    let events = events
        .iter()
        .map(|event| {
            Some(EventType {
                name: event.get("name")?.as_str()?.to_owned(),
                description: event
                    .get("description")
                    .and_then(Value::as_str)
                    .map(str::to_owned),
                payload: match event.get("data") {
                    Some(data) => Some(type_of(data)?),
                    None => None,
                },
            })
        })
        .collect::<Option<Vec<_>>>()?;
    Some(Items::Events(events))
}

/// Pointers of the framed media type objects of the operation's success responses (a
/// response `$ref` resolved to where it points).
fn streamed_media(doc: &Value, op_ptr: &str) -> Vec<String> {
    let mut out = Vec::new();
    let Some(responses) = doc
        .pointer(&format!("{op_ptr}/responses"))
        .and_then(Value::as_object)
    else {
        return out;
    };
    for (code, response) in responses {
        if !code.starts_with('2') {
            continue;
        }
        let response_ptr = match response.get("$ref").and_then(Value::as_str) {
            Some(reference) => match reference.strip_prefix('#') {
                Some(ptr) => ptr.to_owned(),
                None => continue,
            },
            None => format!("{op_ptr}/responses/{}", escape_segment(code)),
        };
        let Some(content) = doc
            .pointer(&format!("{response_ptr}/content"))
            .and_then(Value::as_object)
        else {
            continue;
        };
        for media in content.keys() {
            let base = media.split(';').next().unwrap_or("").trim();
            if base == "text/event-stream" || crate::annotate::is_json_lines(base) {
                out.push(format!("{response_ptr}/content/{}", escape_segment(base)));
            }
        }
    }
    out
}

fn events_marker(
    doc: &mut Value,
    sources: &mut SourceMap,
    item: &Value,
    item_ptr: &str,
    prefix: &str,
) -> Result<Value, String> {
    let resolved = walk::deref(doc, item).clone();
    let (branches, branches_ptr) = match ["oneOf", "anyOf"]
        .iter()
        .find_map(|k| Some((resolved.get(*k)?.as_array()?.clone(), *k)))
    {
        Some((branches, key)) => (branches, format!("{item_ptr}/{key}")),
        None => (vec![resolved.clone()], String::new()),
    };
    let mut events = Vec::new();
    for (i, branch) in branches.iter().enumerate() {
        let branch_ptr = if branches_ptr.is_empty() {
            item_ptr.to_owned()
        } else {
            format!("{branches_ptr}/{i}")
        };
        let branch = walk::deref(doc, branch).clone();
        let properties = branch.get("properties").cloned().unwrap_or(Value::Null);
        let name_schema = walk::deref(doc, &properties["event"]).clone();
        let names: Vec<String> = match (&name_schema["const"], &name_schema["enum"]) {
            (Value::String(name), _) => vec![name.clone()],
            (_, Value::Array(values)) if !values.is_empty() => values
                .iter()
                .map(|v| v.as_str().map(str::to_owned))
                .collect::<Option<_>>()
                .ok_or("an event name that is not a string")?,
            (Value::Null, Value::Null) if properties.get("event").is_none() => {
                vec!["message".to_owned()]
            }
            _ => {
                return Err(format!(
                    "event {i} has an `event` property without a `const` name"
                ));
            }
        };
        let data = match properties.get("data") {
            Some(written) => {
                let data_ptr = format!("{branch_ptr}/properties/data");
                let data = walk::deref(doc, written).clone();
                match (data.get("contentSchema"), data.get("contentMediaType")) {
                    (Some(schema), media)
                        if media
                            .and_then(Value::as_str)
                            .is_none_or(|m| m == "application/json" || m.ends_with("+json")) =>
                    {
                        Some((schema.clone(), format!("{data_ptr}/contentSchema")))
                    }
                    (Some(_), _) => None,
                    (None, _) if is_text(&data) => None,
                    (None, _) => Some((written.clone(), data_ptr)),
                }
            }
            None => None,
        };
        let description = branch
            .get("description")
            .and_then(Value::as_str)
            .or_else(|| properties["data"]["description"].as_str());
        for name in names {
            let mut event = json!({"name": name});
            if let Some(description) = description {
                event["description"] = json!(description);
            }
            if let Some((schema, schema_ptr)) = &data {
                let suggested = format!("{prefix}{}", names::type_name(&name));
                event["data"] = component(doc, sources, schema, schema_ptr, &suggested);
            }
            events.push(event);
        }
    }
    if events.is_empty() {
        return Err("the item schema names no event".into());
    }
    Ok(json!({"events": events}))
}

/// A `data` schema that is plain text: a string without a JSON content type.
fn is_text(data: &Value) -> bool {
    data.as_object()
        .is_none_or(|d| d.is_empty() || d.get("type").and_then(Value::as_str) == Some("string"))
}

/// A `$ref` to the schema: itself when it is one, else a new component named `suggested` (or
/// `suggested2`… when taken) that points back to where it was written.
fn component(
    doc: &mut Value,
    sources: &mut SourceMap,
    schema: &Value,
    schema_ptr: &str,
    suggested: &str,
) -> Value {
    if let Some(reference) = schema.get("$ref").and_then(Value::as_str)
        && reference.starts_with("#/components/schemas/")
    {
        return json!({"$ref": reference});
    }
    let schemas = doc
        .as_object_mut()
        .expect("a document is an object")
        .entry("components")
        .or_insert_with(|| Value::Object(Map::new()))
        .as_object_mut()
        .expect("components is an object")
        .entry("schemas")
        .or_insert_with(|| Value::Object(Map::new()));
    let Some(schemas) = schemas.as_object_mut() else {
        return json!({});
    };
    let taken = |name: &str| {
        schemas
            .keys()
            .any(|k| names::type_name(k) == names::type_name(name))
    };
    let mut name = suggested.to_owned();
    let mut n = 2;
    while taken(&name) {
        name = format!("{suggested}{n}");
        n += 1;
    }
    schemas.insert(name.clone(), schema.clone());
    let pointer = format!("/components/schemas/{}", escape_segment(&name));
    sources.alias(&pointer, schema_ptr);
    json!({"$ref": format!("#{pointer}")})
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(media: &str, item: Value) -> Value {
        json!({
            "openapi": "3.1.0",
            "paths": {"/s": {"get": {
                "operationId": "stream_reply",
                "responses": {"200": {"description": "ok", "content": {media: {
                    "schema": {"type": "string"}, "x-itemSchema": item
                }}}}
            }}},
            "components": {"schemas": {"Done": {"type": "object"}}}
        })
    }

    fn marker(doc: &Value, media: &str) -> Value {
        doc.pointer(&format!(
            "/paths/~1s/get/responses/200/content/{}/{MARKER}",
            escape_segment(media)
        ))
        .cloned()
        .unwrap_or(Value::Null)
    }

    #[test]
    fn named_events_get_their_payload_types_and_text_events_none() {
        let mut doc = doc(
            "text/event-stream",
            json!({"oneOf": [
                {"description": "A piece of text.", "properties": {
                    "event": {"const": "token"},
                    "data": {"contentMediaType": "application/json",
                             "contentSchema": {"type": "object", "properties": {"delta": {"type": "string"}}}}}},
                {"properties": {"event": {"enum": ["done"]},
                                "data": {"contentSchema": {"$ref": "#/components/schemas/Done"}}}},
                {"properties": {"event": {"const": "ping"}, "data": {"type": "string"}}},
                {"properties": {"data": {"$ref": "#/components/schemas/Done"}}}
            ]}),
        );
        let notes = hoist(&mut doc, &mut SourceMap::default());
        assert!(notes.is_empty(), "{notes:?}");
        let items = read(&marker(&doc, "text/event-stream")).unwrap();
        let Items::Events(events) = items else {
            panic!("{items:?}")
        };
        let seen: Vec<_> = events
            .iter()
            .map(|e| (e.name.as_str(), e.payload.as_deref()))
            .collect();
        assert_eq!(
            seen,
            [
                ("token", Some("StreamReplyToken")),
                ("done", Some("Done")),
                ("ping", None),
                ("message", Some("Done")),
            ]
        );
        assert_eq!(events[0].description.as_deref(), Some("A piece of text."));
        // The inline payload is a component now; the item schema is gone.
        assert!(
            doc.pointer("/components/schemas/StreamReplyToken/properties/delta")
                .is_some()
        );
        assert!(
            doc.pointer("/paths/~1s/get/responses/200/content/text~1event-stream/x-itemSchema")
                .is_none()
        );
    }

    #[test]
    fn ndjson_lines_get_one_type_and_a_taken_name_is_not_reused() {
        let mut doc = doc("application/x-ndjson", json!({"type": "object"}));
        doc["components"]["schemas"]["StreamReplyLine"] = json!({"type": "string"});
        hoist(&mut doc, &mut SourceMap::default());
        assert_eq!(
            read(&marker(&doc, "application/x-ndjson")),
            Some(Items::Lines("StreamReplyLine2".into()))
        );
        assert_eq!(
            doc["components"]["schemas"]["StreamReplyLine"],
            json!({"type": "string"})
        );
    }

    #[test]
    fn an_unreadable_item_schema_is_a_located_note_and_stays_untyped() {
        let mut doc = doc(
            "text/event-stream",
            json!({"oneOf": [{"properties": {"event": {"type": "string"}}}]}),
        );
        let notes = hoist(&mut doc, &mut SourceMap::default());
        assert_eq!(notes.len(), 1);
        assert!(
            notes[0].message.contains("without a `const` name"),
            "{}",
            notes[0].message
        );
        assert!(
            notes[0]
                .location
                .pointer
                .ends_with("/text~1event-stream/x-itemSchema"),
            "{}",
            notes[0].location
        );
        assert_eq!(marker(&doc, "text/event-stream"), Value::Null);
    }
}

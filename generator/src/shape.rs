//! Stage 5: reshape what progenitor and typify would otherwise reject, panic on, or type poorly.
//!
//! - Error responses become raw bodies: the overlays read every error body themselves (bounded, with
//!   a preview), so a 502 from a proxy with an HTML body still reports its status. Every operation
//!   gets `4XX`/`5XX` so all operations share one error type.
//! - `default` responses, mixed success types and several media types per body are reduced to the
//!   one-type-per-operation shape progenitor requires (it asserts on anything else).
//! - Discriminated unions are taken away from typify (which ignores `discriminator` and would guess
//!   an untagged enum) and described as [`Union`]s for the union emitter.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::{Map, Value, json};

use crate::error::escape_segment;
use crate::media::{self, BodyKind};
use crate::names::type_name;
use crate::walk;

/// A discriminated union the generator emits as a tagged Rust enum.
#[derive(Clone, Debug)]
pub struct Union {
    /// Component name of the union schema.
    pub component: String,
    /// Rust type name of the union.
    pub rust_name: String,
    pub description: Option<String>,
    /// The discriminating property.
    pub tag: String,
    /// For adjacently tagged unions (`{tag, content}`): the content property.
    pub content: Option<String>,
    pub variants: Vec<Variant>,
    /// Whether unknown tags decode into an `Unknown(serde_json::Value)` case.
    pub open: bool,
    /// Component of the open (catch-all) alternative, if it is a `$ref`.
    pub open_component: Option<String>,
    /// Component holding the union's own (non-tag) properties, emitted as struct fields.
    pub envelope: Option<String>,
}

#[derive(Clone, Debug)]
pub struct Variant {
    /// The tag value on the wire.
    pub tag_value: String,
    /// Rust variant name.
    pub rust_variant: String,
    /// Rust type of the variant's payload; `None` for a variant without payload.
    pub rust_type: Option<String>,
    pub description: Option<String>,
    /// Component of the alternative, if it is a `$ref`.
    pub component: Option<String>,
    /// Adjacently tagged only: the content property is not required in this variant, so the
    /// payload is an `Option`.
    pub optional_payload: bool,
    /// Internally tagged only: the payload type still declares the tag property (its component is
    /// also used outside the union, so the tag was not stripped from it). When it does not, the
    /// tag is taken out of the object before the payload is decoded, so it does not land in the
    /// payload's map of extra properties.
    pub tag_in_payload: bool,
}

/// Component that stands for every `format: password` string of a body; typify replaces it
/// with the overlays' `crate::Secret`, whose `Debug` never shows the value.
pub const SECRET_COMPONENT: &str = "AgentruntimeSecret";

/// Points body strings marked `format: password` at [`SECRET_COMPONENT`]. Parameters are left
/// alone: they are sent as plain strings. Returns whether any was found.
pub fn mark_secrets(doc: &mut Value) -> bool {
    let mut found = false;
    walk::schemas_mut(doc, &mut |ptr, schema| {
        if ptr.contains("/parameters/") || ptr.contains("/headers/") {
            return;
        }
        let is_secret = schema.get("type") == Some(&json!("string"))
            && schema.get("format") == Some(&json!("password"));
        if !is_secret {
            return;
        }
        found = true;
        let reference = json!({ "$ref": format!("#/components/schemas/{SECRET_COMPONENT}") });
        let nullable = schema.get("nullable") == Some(&json!(true));
        let description = schema.get("description").cloned();
        *schema = if nullable {
            json!({ "allOf": [reference], "nullable": true })
        } else {
            reference
        };
        if let (Some(description), Some(map), true) =
            (description, schema.as_object_mut(), nullable)
        {
            map.insert("description".into(), description);
        }
    });
    if found {
        doc["components"]["schemas"][SECRET_COMPONENT] =
            json!({"type": "string", "description": "A secret value."});
    }
    found
}

/// Reshapes responses and bodies of every operation, and extracts the unions.
pub fn shape(doc: &mut Value) -> Vec<Union> {
    // typify turns `minimum: 1` integers into `NonZeroU64`, which callers cannot build from a
    // literal (`.limit(50)`); the server still enforces the bound.
    walk::schemas_mut(doc, &mut |_, schema| {
        // typify ignores `additionalProperties: true` next to `properties` and would drop the
        // extra fields on a read-modify-write round trip (a workflow step's type-specific
        // fields); as a schema (`{}`) it keeps them in a flattened map.
        if schema.get("properties").is_some()
            && schema.get("additionalProperties") == Some(&json!(true))
        {
            schema["additionalProperties"] = json!({});
        }
        let is_integer = schema.get("type") == Some(&json!("integer"));
        if is_integer
            && schema
                .get("minimum")
                .and_then(Value::as_f64)
                .is_some_and(|m| m >= 1.0)
        {
            schema["minimum"] = json!(0);
            if let Some(map) = schema.as_object_mut() {
                map.remove("exclusiveMinimum");
            }
        }
    });
    let snapshot = doc.clone();
    let mut files = false;
    for (path, method) in walk::operations(doc) {
        inline_refs(doc, &snapshot, &path, &method);
        let op = &mut doc["paths"][&path][&method];
        files |= shape_request_body(&snapshot, op);
        shape_responses(op);
    }
    if files {
        doc["components"]["schemas"][FILE_COMPONENT] =
            json!({"type": "string", "description": "A file sent as a part of a multipart form."});
    }
    extract_unions(doc)
}

/// Response and request-body `$ref`s are inlined so reshaping one operation cannot change another.
fn inline_refs(doc: &mut Value, snapshot: &Value, path: &str, method: &str) {
    let op = &mut doc["paths"][path][method];
    if let Some(body) = op.get_mut("requestBody") {
        *body = walk::deref(snapshot, body).clone();
    }
    if let Some(responses) = op.get_mut("responses").and_then(Value::as_object_mut) {
        for response in responses.values_mut() {
            *response = walk::deref(snapshot, response).clone();
        }
    }
}

fn media_kind(media: &str) -> &str {
    let base = media.split(';').next().unwrap_or("").trim();
    if base == "application/json" || base.ends_with("+json") {
        "application/json"
    } else {
        base
    }
}

/// Component that stands for every file field of a multipart form; typify replaces it with the
/// runtime's `crate::FilePart`.
pub const FILE_COMPONENT: &str = "AgentruntimeFilePart";

/// Keeps the one media type the generator sends (`media::choose`), in the form progenitor reads:
/// JSON and URL-encoded forms as they are, a multipart form as a JSON body of its object schema
/// with its file fields pointed at [`FILE_COMPONENT`] (the rewrite stage sends it as multipart),
/// bytes as `application/octet-stream` and text as `text/plain` (the rewrite stage puts the
/// spec's own type back in the `Content-Type`). Returns whether a file field was found.
fn shape_request_body(snapshot: &Value, op: &mut Value) -> bool {
    let Some(content) = op
        .get_mut("requestBody")
        .and_then(|b| b.get_mut("content"))
        .and_then(Value::as_object_mut)
    else {
        return false;
    };
    let Some((media, kind)) = media::choose(snapshot, content) else {
        return false;
    };
    let mut body = content[media].clone();
    let mut files = false;
    let key = match kind {
        BodyKind::Json => "application/json",
        BodyKind::Form => "application/x-www-form-urlencoded",
        BodyKind::Multipart => {
            let form = multipart_schema(snapshot, &body);
            files = form.1;
            body = json!({ "schema": form.0 });
            "application/json"
        }
        BodyKind::Bytes => "application/octet-stream",
        BodyKind::Text => "text/plain",
    };
    if let Some(body) = body.as_object_mut() {
        body.remove("encoding");
        match kind {
            BodyKind::Bytes => {
                body.insert(
                    "schema".into(),
                    json!({"type": "string", "format": "binary"}),
                );
            }
            BodyKind::Text => {
                body.insert("schema".into(), json!({"type": "string"}));
            }
            _ => {
                // No schema (or `schema: null`): any JSON value.
                let schema = body.entry("schema").or_insert_with(|| json!({}));
                if schema.is_null() {
                    *schema = json!({});
                }
            }
        }
    }
    content.clear();
    content.insert(key.into(), body);
    files
}

/// A multipart body's object schema, inlined (so its file fields change no other use of the
/// component), its file fields (and arrays of files) pointing at [`FILE_COMPONENT`], without
/// additional properties (only named fields are sent). Also whether it has a file field.
fn multipart_schema(snapshot: &Value, body: &Value) -> (Value, bool) {
    let mut schema = walk::deref(snapshot, body.get("schema").unwrap_or(&Value::Null)).clone();
    let fields = media::form_fields(snapshot, body);
    let file = json!({ "$ref": format!("#/components/schemas/{FILE_COMPONENT}") });
    let mut files = false;
    if let Some(map) = schema.as_object_mut() {
        map.remove("additionalProperties");
        map.insert("type".into(), json!("object"));
    }
    if let Some(properties) = schema.get_mut("properties").and_then(Value::as_object_mut) {
        for field in fields.iter().filter(|f| f.file) {
            let Some(property) = properties.get_mut(&field.name) else {
                continue;
            };
            files = true;
            let resolved = walk::deref(snapshot, property);
            let is_array = resolved.get("type").and_then(Value::as_str) == Some("array");
            let description = resolved.get("description").cloned();
            let mut replaced = if is_array {
                json!({ "type": "array", "items": file.clone() })
            } else {
                json!({ "allOf": [file.clone()] })
            };
            if let Some(description) = description {
                replaced["description"] = description;
            }
            *property = replaced;
        }
    }
    (schema, files)
}

#[derive(Clone, PartialEq, Eq, PartialOrd, Ord)]
enum Kind {
    None,
    Raw,
    Json(String),
}

fn shape_responses(op: &mut Value) {
    let Some(responses) = op.get_mut("responses").and_then(Value::as_object_mut) else {
        return;
    };
    let is_success = |code: &str| code.starts_with('2');
    let is_error = |code: &str| code.starts_with('4') || code.starts_with('5');

    if let Some(default) = responses.remove("default")
        && !responses.keys().any(|c| is_success(c))
    {
        responses.insert("2XX".into(), default);
    }
    // Informational and redirect statuses are handled by the HTTP stack, not by callers.
    responses.retain(|code, _| is_success(code) || is_error(code));

    // Every error status is read the same way (raw, by the overlays), so the ranges say it all.
    responses.retain(|code, _| !is_error(code));
    for range in ["4XX", "5XX"] {
        responses.insert(
            range.into(),
            json!({"description": "Error response.", "content": {"*/*": {}}}),
        );
    }

    let mut kinds = BTreeMap::new();
    for (code, response) in responses.iter_mut().filter(|(c, _)| is_success(c)) {
        kinds.insert(code.clone(), normalise_success(response));
    }
    let distinct: BTreeSet<&Kind> = kinds.values().collect();
    if distinct.len() <= 1 {
        return;
    }
    let json_schemas: Vec<Value> = kinds
        .values()
        .filter_map(|k| match k {
            Kind::Json(s) => Some(s.clone()),
            _ => None,
        })
        .collect::<BTreeSet<String>>()
        .iter()
        .filter_map(|s| serde_json::from_str(s).ok())
        .collect();
    if json_schemas.is_empty() {
        // Raw and empty successes: read every success body raw.
        for (_, response) in responses.iter_mut().filter(|(c, _)| is_success(c)) {
            response["content"] = json!({"application/octet-stream": {}});
        }
        return;
    }
    let merged = if json_schemas.len() == 1 {
        json_schemas[0].clone()
    } else {
        json!({ "oneOf": json_schemas })
    };
    let codes: Vec<String> = kinds.keys().cloned().collect();
    for code in codes {
        match &kinds[&code] {
            Kind::Json(_) => {
                responses[&code]["content"] =
                    json!({"application/json": {"schema": merged.clone()}});
            }
            // A typed operation cannot also return no body; such a status surfaces as an error
            // naming the unexpected status.
            _ => {
                responses.remove(&code);
            }
        }
    }
}

/// Keeps one media type on a success response and says what kind of body it has.
fn normalise_success(response: &mut Value) -> Kind {
    let Some(content) = response.get_mut("content").and_then(Value::as_object_mut) else {
        return Kind::None;
    };
    if content.is_empty() {
        return Kind::None;
    }
    let json = content
        .iter()
        .find(|(media, _)| media_kind(media) == "application/json")
        .map(|(_, body)| body.clone());
    match json {
        Some(mut body) => {
            let schema = body
                .as_object_mut()
                .map(|b| {
                    b.remove("encoding");
                    b.entry("schema").or_insert_with(|| json!({})).clone()
                })
                .unwrap_or_else(|| json!({}));
            content.clear();
            content.insert("application/json".into(), body);
            Kind::Json(schema.to_string())
        }
        None => {
            let first = content.iter().next().map(|(k, v)| (k.clone(), v.clone()));
            content.clear();
            if let Some((media, body)) = first {
                content.insert(media, body);
            }
            Kind::Raw
        }
    }
}

/// Finds the discriminated unions among the component schemas.
fn extract_unions(doc: &mut Value) -> Vec<Union> {
    let names: Vec<String> = doc
        .pointer("/components/schemas")
        .and_then(Value::as_object)
        .map(|m| m.keys().cloned().collect())
        .unwrap_or_default();
    let mut unions = Vec::new();
    for name in names {
        let ptr = format!("/components/schemas/{}", escape_segment(&name));
        let schema = doc.pointer(&ptr).cloned().unwrap_or(Value::Null);
        if let Some(union) = union_of(doc, &name, &schema) {
            unions.push(union);
        }
    }
    // Hoisted pieces the union emitter relies on: the envelope fields as their own component, and
    // variant tags removed from structs that only exist as variants.
    let reference_counts = reference_counts(doc);
    for union in &mut unions {
        let ptr = format!("/components/schemas/{}", escape_segment(&union.component));
        let schema = doc.pointer(&ptr).cloned().unwrap_or(Value::Null);
        if let Some(envelope) = envelope_of(&schema, &union.tag, union.content.as_deref()) {
            let envelope_name = format!("{}Fields", union.component);
            doc["components"]["schemas"][&envelope_name] = envelope;
            union.envelope = Some(envelope_name);
        }
        let known: Vec<String> = union
            .variants
            .iter()
            .filter_map(|v| v.component.clone())
            .collect();
        let wrappers = union
            .open_component
            .iter()
            .chain(if union.content.is_some() {
                known.iter()
            } else {
                [].iter()
            });
        let removable: Vec<String> = wrappers
            .filter(|c| {
                reference_counts
                    .get(&format!("#/components/schemas/{}", escape_segment(c)))
                    .copied()
                    .unwrap_or(0)
                    <= 1
            })
            .cloned()
            .collect();
        if let Some(schemas) = doc
            .pointer_mut("/components/schemas")
            .and_then(Value::as_object_mut)
        {
            // Wrapper-only schemas ({tag, content} pairs, the open case) have no Rust type of their own.
            for component in &removable {
                schemas.remove(component);
            }
        }
        if union.content.is_none() {
            for variant in &mut union.variants {
                let Some(component) = &variant.component else {
                    continue;
                };
                let reference = format!("#/components/schemas/{}", escape_segment(component));
                if reference_counts.get(&reference).copied().unwrap_or(0) <= 1 {
                    // The variant struct is the payload; the enum carries the tag.
                    strip_property(doc, component, &union.tag);
                    variant.tag_in_payload = false;
                }
            }
        }
    }
    unions
}

fn union_of(doc: &Value, name: &str, schema: &Value) -> Option<Union> {
    let tag = schema
        .pointer("/discriminator/propertyName")?
        .as_str()?
        .to_owned();
    let alternatives = schema.get("oneOf")?.as_array()?;
    let mapping: BTreeMap<String, String> = schema
        .pointer("/discriminator/mapping")
        .and_then(Value::as_object)
        .map(|m| {
            m.iter()
                .filter_map(|(k, v)| Some((v.as_str()?.to_owned(), k.clone())))
                .collect()
        })
        .unwrap_or_default();

    struct Found {
        tag_value: Option<String>,
        schema: Value,
        reference: Option<String>,
    }
    let mut found = Vec::new();
    for alternative in alternatives {
        let reference = alternative
            .get("$ref")
            .and_then(Value::as_str)
            .map(str::to_owned);
        let resolved = walk::deref(doc, alternative).clone();
        let single = resolved
            .pointer(&format!("/properties/{}/enum", escape_segment(&tag)))
            .and_then(Value::as_array)
            .filter(|values| values.len() == 1)
            .and_then(|values| values[0].as_str())
            .map(str::to_owned);
        let tag_value = single.or_else(|| reference.as_ref().and_then(|r| mapping.get(r).cloned()));
        found.push(Found {
            tag_value,
            schema: resolved,
            reference,
        });
    }
    let open_count = found.iter().filter(|f| f.tag_value.is_none()).count();
    if open_count > 1 || found.iter().all(|f| f.tag_value.is_none()) {
        return None;
    }
    let known: Vec<&Found> = found.iter().filter(|f| f.tag_value.is_some()).collect();
    let content = adjacent_content(&known.iter().map(|f| &f.schema).collect::<Vec<_>>(), &tag);

    let mut variants = Vec::new();
    let mut seen = BTreeSet::new();
    for f in &known {
        let tag_value = f.tag_value.clone().unwrap_or_default();
        if !seen.insert(tag_value.clone()) {
            return None;
        }
        let rust_type = match &content {
            Some(content) => f
                .schema
                .pointer(&format!("/properties/{}", escape_segment(content)))
                .and_then(|s| s.get("$ref"))
                .and_then(Value::as_str)
                .map(|r| type_name(&component_of(r))),
            None => f.reference.as_ref().map(|r| type_name(&component_of(r))),
        };
        // Inline payloads have no component to name them; leave such unions to typify.
        let has_payload = match &content {
            Some(content) => f
                .schema
                .pointer(&format!("/properties/{}", escape_segment(content)))
                .is_some(),
            None => true,
        };
        if has_payload && rust_type.is_none() {
            return None;
        }
        variants.push(Variant {
            rust_variant: type_name(&tag_value),
            tag_value,
            rust_type,
            description: f
                .schema
                .get("description")
                .and_then(Value::as_str)
                .map(str::to_owned),
            component: f.reference.as_ref().map(|r| component_of(r)),
            optional_payload: content.as_ref().is_some_and(|content| {
                !f.schema
                    .get("required")
                    .and_then(Value::as_array)
                    .is_some_and(|required| required.iter().any(|r| r == content.as_str()))
            }),
            tag_in_payload: true,
        });
    }
    Some(Union {
        component: name.to_owned(),
        rust_name: type_name(name),
        description: schema
            .get("description")
            .and_then(Value::as_str)
            .map(str::to_owned),
        tag,
        content,
        variants,
        // Open: a catch-all alternative, or `x-agentruntime-open: true` on the union.
        open: open_count == 1 || schema.get("x-agentruntime-open") == Some(&json!(true)),
        open_component: found
            .iter()
            .find(|f| f.tag_value.is_none())
            .and_then(|f| f.reference.as_ref())
            .map(|r| component_of(r)),
        envelope: None,
    })
}

/// `Some(content)` when every known variant is exactly `{<tag>, <content>}` for one content name.
fn adjacent_content(variants: &[&Value], tag: &str) -> Option<String> {
    let mut content: Option<String> = None;
    for variant in variants {
        let props = variant.get("properties")?.as_object()?;
        if props.len() != 2 || !props.contains_key(tag) {
            return None;
        }
        let other = props.keys().find(|k| k.as_str() != tag)?;
        match &content {
            Some(existing) if existing != other => return None,
            _ => content = Some(other.clone()),
        }
    }
    content
}

/// The union schema's own properties (minus tag and content) as an object schema.
fn envelope_of(schema: &Value, tag: &str, content: Option<&str>) -> Option<Value> {
    let props = schema.get("properties")?.as_object()?;
    let fields: Map<String, Value> = props
        .iter()
        .filter(|(k, _)| k.as_str() != tag && Some(k.as_str()) != content)
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect();
    if fields.is_empty() {
        return None;
    }
    let required: Vec<Value> = schema
        .get("required")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter(|r| r.as_str().is_some_and(|r| fields.contains_key(r)))
        .cloned()
        .collect();
    let mut out = json!({
        "type": "object",
        "description": format!("Fields every `{}` carries, whatever its `{tag}`.", schema.get("title").and_then(Value::as_str).unwrap_or("value")),
        "properties": fields,
    });
    if !required.is_empty() {
        out["required"] = Value::Array(required);
    }
    Some(out)
}

fn component_of(reference: &str) -> String {
    let name = reference.trim_start_matches("#/components/schemas/");
    name.replace("~1", "/").replace("~0", "~")
}

fn strip_property(doc: &mut Value, component: &str, property: &str) {
    let ptr = format!("/components/schemas/{}", escape_segment(component));
    let Some(schema) = doc.pointer_mut(&ptr).and_then(Value::as_object_mut) else {
        return;
    };
    if let Some(props) = schema.get_mut("properties").and_then(Value::as_object_mut) {
        props.remove(property);
    }
    if let Some(required) = schema.get_mut("required").and_then(Value::as_array_mut) {
        required.retain(|r| r.as_str() != Some(property));
        if required.is_empty() {
            schema.remove("required");
        }
    }
}

/// How many times each `#/components/schemas/...` reference appears outside its own definition.
fn reference_counts(doc: &Value) -> BTreeMap<String, usize> {
    fn count(value: &Value, counts: &mut BTreeMap<String, usize>) {
        match value {
            Value::Object(map) => {
                if let Some(Value::String(r)) = map.get("$ref") {
                    *counts.entry(r.clone()).or_default() += 1;
                }
                for (key, child) in map {
                    if key != "example" && key != "examples" {
                        count(child, counts);
                    }
                }
            }
            Value::Array(items) => items.iter().for_each(|i| count(i, counts)),
            _ => {}
        }
    }
    let mut counts = BTreeMap::new();
    count(doc, &mut counts);
    counts
}

#[cfg(test)]
mod tests {
    use super::*;

    fn op_with_body(content: Value) -> Value {
        json!({"requestBody": {"content": content}, "responses": {"200": {"description": "ok"}}})
    }

    #[test]
    fn a_multipart_form_becomes_an_inlined_object_with_file_fields() {
        let doc = json!({"components": {"schemas": {"Upload": {
            "type": "object",
            "required": ["file"],
            "additionalProperties": true,
            "properties": {
                "file": {"type": "string", "format": "binary", "description": "The file."},
                "pages": {"type": "array", "items": {"type": "string", "format": "binary"}},
                "cover": {"type": "string"},
                "title": {"type": "string"}
            }
        }}}});
        let mut op = op_with_body(json!({
            "application/xml": {"schema": {"type": "string"}},
            "multipart/form-data": {
                "schema": {"$ref": "#/components/schemas/Upload"},
                "encoding": {"cover": {"contentType": "image/png"}}
            }
        }));
        assert!(shape_request_body(&doc, &mut op));
        let content = op["requestBody"]["content"].as_object().unwrap();
        assert_eq!(content.keys().collect::<Vec<_>>(), ["application/json"]);
        let schema = &content["application/json"]["schema"];
        let file = json!({"$ref": format!("#/components/schemas/{FILE_COMPONENT}")});
        assert_eq!(
            schema["properties"]["file"],
            json!({"allOf": [file.clone()], "description": "The file."})
        );
        assert_eq!(
            schema["properties"]["pages"],
            json!({"type": "array", "items": file})
        );
        assert_eq!(schema["properties"]["cover"]["allOf"][0], file);
        assert_eq!(schema["properties"]["title"], json!({"type": "string"}));
        assert_eq!(schema["required"], json!(["file"]));
        assert!(schema.get("additionalProperties").is_none());
        assert!(content["application/json"].get("encoding").is_none());
        // The component itself is left as it was.
        assert_eq!(
            doc["components"]["schemas"]["Upload"]["properties"]["cover"],
            json!({"type": "string"})
        );
    }

    #[test]
    fn bytes_and_text_bodies_take_progenitors_raw_forms() {
        let doc = json!({});
        let mut cbor = op_with_body(json!({"application/cbor": {"schema": {"type": "object"}}}));
        assert!(!shape_request_body(&doc, &mut cbor));
        assert_eq!(
            cbor["requestBody"]["content"],
            json!({"application/octet-stream": {"schema": {"type": "string", "format": "binary"}}})
        );
        let mut jwt = op_with_body(json!({"application/jwt": {}}));
        shape_request_body(&doc, &mut jwt);
        assert_eq!(
            jwt["requestBody"]["content"],
            json!({"text/plain": {"schema": {"type": "string"}}})
        );
        let mut any = op_with_body(json!({"*/*": {}}));
        shape_request_body(&doc, &mut any);
        assert!(any["requestBody"]["content"]["application/octet-stream"].is_object());
    }

    #[test]
    fn a_json_body_without_a_schema_is_any_value() {
        let mut op = op_with_body(json!({"application/vnd.api+json": {"schema": null}}));
        shape_request_body(&json!({}), &mut op);
        assert_eq!(
            op["requestBody"]["content"],
            json!({"application/json": {"schema": {}}})
        );
    }

    #[test]
    fn the_file_component_exists_only_for_forms_with_files() {
        let form = |property: Value| {
            json!({"openapi": "3.0.3", "paths": {"/f": {"post": op_with_body(json!({
                "multipart/form-data": {"schema": {"type": "object", "properties": {"f": property}}}
            }))}}})
        };
        let mut with_file = form(json!({"type": "string", "format": "binary"}));
        shape(&mut with_file);
        assert!(with_file["components"]["schemas"][FILE_COMPONENT].is_object());
        let mut without = form(json!({"type": "string"}));
        shape(&mut without);
        assert!(
            without
                .pointer(&format!("/components/schemas/{FILE_COMPONENT}"))
                .is_none()
        );
    }
}

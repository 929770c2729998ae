//! Media types: which of a request body's media types the generator picks and how that body is
//! sent (a typed JSON, form or multipart struct, bytes, or text), which file fields a multipart
//! form has, and which success bodies are text. `validate`, `annotate` and `shape` all decide
//! through these functions, so they agree.

use serde_json::{Map, Value};

use crate::walk;

/// How a request body is sent.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum BodyKind {
    /// `application/json` and `+json`: the typed struct, serialised as JSON.
    Json,
    /// `application/x-www-form-urlencoded`: the typed struct, URL-encoded.
    Form,
    /// `multipart/form-data`: the typed struct, one part per field.
    Multipart,
    /// Any other type (`application/octet-stream`, `application/cbor`, `image/png`, `*/*` …):
    /// bytes (`impl Into<reqwest::Body>`).
    Bytes,
    /// Textual types (`text/*`, `application/xml`, `application/jwt` …): a `String`.
    Text,
}

/// The type and subtype, lower case, without parameters: `Text/Plain; charset=utf-8` →
/// `text/plain`.
pub fn base(media: &str) -> String {
    media
        .split(';')
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase()
}

/// `application/json` or a `+json` type.
pub fn is_json(media: &str) -> bool {
    let base = base(media);
    base == "application/json" || base.ends_with("+json")
}

/// Server-Sent Events and JSON lines: streamed bodies with their own framing.
pub fn is_framed(media: &str) -> bool {
    matches!(
        base(media).as_str(),
        "text/event-stream"
            | "application/x-ndjson"
            | "application/ndjson"
            | "application/jsonl"
            | "application/x-jsonlines"
            | "application/jsonlines"
    )
}

/// A type whose body is text: `text/*` (but Server-Sent Events), XML, YAML, JWT, JavaScript,
/// GraphQL, SQL, CSV.
pub fn is_text(media: &str) -> bool {
    let base = base(media);
    if is_framed(&base) {
        return false;
    }
    base.starts_with("text/")
        || base.ends_with("+xml")
        || base.ends_with("+yaml")
        || matches!(
            base.as_str(),
            "application/xml"
                | "application/jwt"
                | "application/yaml"
                | "application/x-yaml"
                | "application/javascript"
                | "application/ecmascript"
                | "application/graphql"
                | "application/sql"
                | "application/csv"
                | "application/x-sh"
                | "application/text"
        )
}

/// How a body of this media type is sent.
pub fn kind(media: &str) -> BodyKind {
    let base = base(media);
    if is_json(&base) {
        BodyKind::Json
    } else if base == "application/x-www-form-urlencoded" {
        BodyKind::Form
    } else if base == "multipart/form-data" {
        BodyKind::Multipart
    } else if is_text(&base) {
        BodyKind::Text
    } else {
        BodyKind::Bytes
    }
}

/// The request body's media type the generator uses, of those `content` offers: JSON first,
/// then a URL-encoded form, multipart (before the URL-encoded form when it has file fields,
/// which only multipart can carry), `application/octet-stream`, `text/plain`,
/// `text/x-markdown`, other text, other bytes; the spec's order among equals.
pub fn choose<'a>(doc: &Value, content: &'a Map<String, Value>) -> Option<(&'a str, BodyKind)> {
    let rank = |media: &str, body: &Value| -> u8 {
        match (kind(media), base(media).as_str()) {
            (BodyKind::Json, _) => 0,
            (BodyKind::Form, _) => 2,
            (BodyKind::Multipart, _) if has_files(doc, body) => 1,
            (BodyKind::Multipart, _) => 3,
            (BodyKind::Bytes, "application/octet-stream") => 4,
            (BodyKind::Text, "text/plain") => 5,
            (BodyKind::Text, "text/x-markdown") => 6,
            (BodyKind::Text, _) => 7,
            (BodyKind::Bytes, _) => 8,
        }
    };
    content
        .iter()
        .enumerate()
        .min_by_key(|(i, (media, body))| (rank(media, body), *i))
        .map(|(_, (media, _))| (media.as_str(), kind(media)))
}

/// The `Content-Type` a request of this media type carries: the spec's own, parameters kept; a
/// range (`*/*`, `image/*`) names no type to send, so bytes go as `application/octet-stream`
/// and text as `text/plain`.
pub fn content_type(media: &str) -> String {
    let media = media.trim();
    if !base(media).contains('*') {
        return media.to_owned();
    }
    match kind(media) {
        BodyKind::Text => "text/plain".to_owned(),
        _ => "application/octet-stream".to_owned(),
    }
}

/// One field of a multipart form, as the generated form sends it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FormField {
    /// The property (part) name.
    pub name: String,
    /// The part's content type from the media type's `encoding` (its first, for a list).
    pub content_type: Option<String>,
    /// A file (or, for an array, files): sent as bytes with a file name.
    pub file: bool,
}

/// The fields of a multipart body (`{schema, encoding}`), in property order.
pub fn form_fields(doc: &Value, body: &Value) -> Vec<FormField> {
    let schema = walk::deref(doc, body.get("schema").unwrap_or(&Value::Null));
    let Some(properties) = schema.get("properties").and_then(Value::as_object) else {
        return Vec::new();
    };
    properties
        .iter()
        .map(|(name, property)| {
            let content_type = body
                .pointer(&format!("/encoding/{}/contentType", escape(name)))
                .and_then(Value::as_str)
                .and_then(|list| list.split(',').next())
                .map(|t| t.trim().to_owned())
                .filter(|t| !t.is_empty());
            FormField {
                file: is_file(doc, property, content_type.as_deref()),
                content_type: content_type.filter(|t| !base(t).contains('*')),
                name: name.clone(),
            }
        })
        .collect()
}

/// Whether a multipart body (`{schema, encoding}`) has a file field.
pub fn has_files(doc: &Value, body: &Value) -> bool {
    form_fields(doc, body).iter().any(|f| f.file)
}

/// A file property: a binary string (or an array of them), or a string or untyped property whose
/// `encoding` names a type that is neither text nor JSON.
pub fn is_file(doc: &Value, property: &Value, content_type: Option<&str>) -> bool {
    let property = walk::deref(doc, property);
    let item = match property.get("type").and_then(Value::as_str) {
        Some("array") => walk::deref(doc, property.get("items").unwrap_or(&Value::Null)),
        _ => property,
    };
    if is_binary(item) {
        return true;
    }
    let scalar_or_untyped = matches!(
        item.get("type").and_then(Value::as_str),
        None | Some("string")
    ) && item.get("properties").is_none();
    scalar_or_untyped && content_type.is_some_and(|t| !is_text(t) && !is_json(t))
}

/// `{type: string, format: binary}`.
pub fn is_binary(schema: &Value) -> bool {
    schema.get("type").and_then(Value::as_str) == Some("string")
        && schema.get("format").and_then(Value::as_str) == Some("binary")
}

fn escape(segment: &str) -> String {
    segment.replace('~', "~0").replace('/', "~1")
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    #[test]
    fn media_types_are_sent_as_json_forms_bytes_or_text() {
        for (media, expected) in [
            ("application/json", BodyKind::Json),
            ("application/vnd.api+json; charset=utf-8", BodyKind::Json),
            ("application/x-www-form-urlencoded", BodyKind::Form),
            ("Multipart/Form-Data", BodyKind::Multipart),
            ("application/octet-stream", BodyKind::Bytes),
            ("application/cbor", BodyKind::Bytes),
            ("image/png", BodyKind::Bytes),
            ("*/*", BodyKind::Bytes),
            ("text/plain; charset=utf-8", BodyKind::Text),
            ("text/csv", BodyKind::Text),
            ("application/jwt", BodyKind::Text),
            ("application/xml", BodyKind::Text),
            ("application/atom+xml", BodyKind::Text),
            ("application/yaml", BodyKind::Text),
            ("text/event-stream", BodyKind::Bytes),
        ] {
            assert_eq!(kind(media), expected, "{media}");
        }
    }

    #[test]
    fn json_comes_first_and_multipart_with_files_before_a_url_encoded_form() {
        let doc = json!({});
        let content = |media: &[(&str, Value)]| -> Map<String, Value> {
            media
                .iter()
                .map(|(m, b)| ((*m).to_owned(), b.clone()))
                .collect()
        };
        let file = json!({"schema": {"type": "object", "properties": {
            "f": {"type": "string", "format": "binary"}}}});
        let text = json!({"schema": {"type": "object", "properties": {"t": {"type": "string"}}}});
        let pick = |c: &Map<String, Value>| choose(&doc, c).map(|(m, _)| m.to_owned());
        let offered = content(&[
            ("application/xml", json!({})),
            ("application/json", json!({})),
        ]);
        assert_eq!(pick(&offered).as_deref(), Some("application/json"));
        let offered = content(&[
            ("application/x-www-form-urlencoded", text.clone()),
            ("multipart/form-data", file),
        ]);
        assert_eq!(pick(&offered).as_deref(), Some("multipart/form-data"));
        let offered = content(&[
            ("multipart/form-data", text.clone()),
            ("application/x-www-form-urlencoded", text),
        ]);
        assert_eq!(
            pick(&offered).as_deref(),
            Some("application/x-www-form-urlencoded")
        );
        let offered = content(&[
            ("application/cbor", json!({})),
            ("text/plain", json!({})),
            ("application/octet-stream", json!({})),
        ]);
        assert_eq!(pick(&offered).as_deref(), Some("application/octet-stream"));
    }

    #[test]
    fn a_range_sends_a_concrete_type() {
        assert_eq!(content_type("*/*"), "application/octet-stream");
        assert_eq!(content_type("image/*"), "application/octet-stream");
        assert_eq!(content_type("text/*"), "text/plain");
        assert_eq!(
            content_type(" application/xml; charset=utf-8"),
            "application/xml; charset=utf-8"
        );
    }

    #[test]
    fn file_fields_are_binary_strings_or_encoded_as_non_text() {
        let doc =
            json!({"components": {"schemas": {"Blob": {"type": "string", "format": "binary"}}}});
        let body = json!({
            "schema": {"type": "object", "properties": {
                "file": {"$ref": "#/components/schemas/Blob"},
                "files": {"type": "array", "items": {"type": "string", "format": "binary"}},
                "image": {"type": "string"},
                "any": {},
                "name": {"type": "string"},
                "meta": {"type": "object", "properties": {"a": {"type": "string"}}},
                "csv": {"type": "string"}
            }},
            "encoding": {
                "image": {"contentType": "image/png, image/jpeg"},
                "any": {"contentType": "application/pdf"},
                "meta": {"contentType": "application/xml"},
                "csv": {"contentType": "text/csv"}
            }
        });
        let fields = form_fields(&doc, &body);
        let files: Vec<&str> = fields
            .iter()
            .filter(|f| f.file)
            .map(|f| f.name.as_str())
            .collect();
        assert_eq!(files, ["file", "files", "image", "any"]);
        let image = fields.iter().find(|f| f.name == "image").unwrap();
        assert_eq!(image.content_type.as_deref(), Some("image/png"));
        let csv = fields.iter().find(|f| f.name == "csv").unwrap();
        assert_eq!(csv.content_type.as_deref(), Some("text/csv"));
        assert!(has_files(&doc, &body));
    }
}

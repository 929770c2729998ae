//! What the spec says about each operation the probe calls: its parameters, the statuses it
//! documents, and the JSON Schema of its success body.
//!
//! The multi-file spec is bundled by the generator's own [`load`](agentruntime_generator::load)
//! stage into one OpenAPI 3.1 document whose references are all `#/components/...`. That document
//! is registered, as JSON Schema 2020-12, under [`SPEC_URI`]; an operation's body is validated
//! against `{"$ref": "<SPEC_URI>#<pointer to its response schema>"}`, so every reference inside
//! resolves against the whole bundle.

use std::collections::HashMap;
use std::path::Path;
use std::sync::Mutex;

use agentruntime_generator::walk;
use jsonschema::{Draft, Registry, Validator};
use serde_json::{Map, Value, json};

use crate::Error;
use crate::schema;

/// The URI the bundled spec is registered under (never fetched: the validator is offline).
pub const SPEC_URI: &str = "https://spec.agentruntime.invalid/openapi.json";

/// Fragment characters kept as they are in a JSON pointer inside a URI.
const FRAGMENT: &percent_encoding::AsciiSet = &percent_encoding::NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~')
    .remove(b'/');

/// The bundled spec, ready to describe operations and validate bodies.
pub struct Spec {
    doc: Value,
    registry: Registry<'static>,
    validators: Mutex<HashMap<String, std::sync::Arc<Validator>>>,
}

impl std::fmt::Debug for Spec {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Spec")
            .field("paths", &self.doc["paths"].as_object().map_or(0, Map::len))
            .finish_non_exhaustive()
    }
}

/// A query parameter of an operation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QueryParam {
    /// Its name.
    pub name: String,
    /// Whether the spec requires it.
    pub required: bool,
}

/// One documented response of an operation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DocumentedResponse {
    /// The key as written: `200`, `4XX`, `default`.
    pub key: String,
    /// JSON pointer (into the bundle) of the JSON body's schema, when the response has one.
    pub schema: Option<String>,
    /// Whether the response has a body of a non-JSON media type only.
    pub non_json: bool,
}

/// What the spec says about one operation.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct OperationSpec {
    /// Path parameters in the order they appear in the path template.
    pub path_params: Vec<String>,
    /// Query parameters.
    pub query: Vec<QueryParam>,
    /// Required header parameters other than the context headers the client sends itself.
    pub required_headers: Vec<String>,
    /// Every documented response, in document order.
    pub responses: Vec<DocumentedResponse>,
}

impl OperationSpec {
    /// Whether the operation takes a `limit` query parameter.
    pub fn has_limit(&self) -> bool {
        self.query.iter().any(|q| q.name == "limit")
    }

    /// The documented response that covers `status`: the exact code, else its class (`2XX`),
    /// else `default`.
    pub fn response_for(&self, status: u16) -> Option<&DocumentedResponse> {
        let exact = status.to_string();
        let class = format!("{}XX", status / 100);
        self.responses
            .iter()
            .find(|r| r.key == exact)
            .or_else(|| {
                self.responses
                    .iter()
                    .find(|r| r.key.eq_ignore_ascii_case(&class))
            })
            .or_else(|| self.responses.iter().find(|r| r.key == "default"))
    }

    /// The documented success responses (`2xx` codes and `2XX`).
    pub fn success_responses(&self) -> impl Iterator<Item = &DocumentedResponse> {
        self.responses.iter().filter(|r| r.key.starts_with('2'))
    }

    /// The documented status keys, for messages (`[200, 401, 404, 5XX]`).
    pub fn documented_keys(&self) -> String {
        let keys: Vec<&str> = self.responses.iter().map(|r| r.key.as_str()).collect();
        format!("[{}]", keys.join(", "))
    }
}

/// The context headers the client adds from its tenant and project; never asked of the caller.
const CONTEXT_HEADERS: [&str; 2] = ["x-tenant-id", "x-project-id"];

impl Spec {
    /// Bundles the spec rooted at `root` (`spec/openapi.yaml`) and prepares the validator.
    pub fn load(root: &Path) -> Result<Self, Error> {
        let loaded = agentruntime_generator::load::load(root)
            .map_err(|e| Error::Spec(format!("{}: {e}", root.display())))?;
        Self::from_document(loaded.doc)
    }

    /// Prepares an already bundled OpenAPI 3.1 document (every `$ref` local).
    pub fn from_document(doc: Value) -> Result<Self, Error> {
        if !doc.get("paths").is_some_and(Value::is_object) {
            return Err(Error::Spec("the document has no `paths`".to_owned()));
        }
        let mut validated = doc.clone();
        schema::prepare(&mut validated);
        let resource = Draft::Draft202012.create_resource(validated);
        let registry = Registry::new()
            .add(SPEC_URI, resource)
            .and_then(|builder| builder.prepare())
            .map_err(|e| Error::Spec(format!("cannot register the bundled spec: {e}")))?;
        Ok(Self {
            doc,
            registry,
            validators: Mutex::new(HashMap::new()),
        })
    }

    /// The bundled document.
    pub fn document(&self) -> &Value {
        &self.doc
    }

    /// What the spec says about `method path`; `None` when the spec has no such operation.
    pub fn operation(&self, method: &str, path: &str) -> Option<OperationSpec> {
        let method = method.to_ascii_lowercase();
        let item_pointer = format!("/paths/{}", escape(path));
        let item = walk::deref(&self.doc, self.doc.pointer(&item_pointer)?);
        let operation = item.get(&method)?;
        let mut parameters: Vec<&Value> = Vec::new();
        for list in [item.get("parameters"), operation.get("parameters")] {
            for parameter in list.and_then(Value::as_array).into_iter().flatten() {
                let parameter = walk::deref(&self.doc, parameter);
                let key = |p: &Value| (p["name"].clone(), p["in"].clone());
                // An operation's parameter overrides the path item's of the same name and place.
                parameters.retain(|p| key(p) != key(parameter));
                parameters.push(parameter);
            }
        }
        let mut spec = OperationSpec {
            path_params: path_params(path),
            ..OperationSpec::default()
        };
        for parameter in parameters {
            let name = parameter["name"].as_str().unwrap_or_default().to_owned();
            let required = parameter["required"].as_bool().unwrap_or(false);
            match parameter["in"].as_str() {
                Some("query") => spec.query.push(QueryParam { name, required }),
                Some("header")
                    if required
                        && !CONTEXT_HEADERS.contains(&name.to_ascii_lowercase().as_str()) =>
                {
                    spec.required_headers.push(name);
                }
                _ => {}
            }
        }
        let responses_pointer = format!("{item_pointer}/{method}/responses");
        if let Some(responses) = self
            .doc
            .pointer(&responses_pointer)
            .and_then(Value::as_object)
        {
            for key in responses.keys() {
                let pointer = format!("{responses_pointer}/{}", escape(key));
                spec.responses.push(self.response(key, &pointer));
            }
        }
        Some(spec)
    }

    /// Follows a response (possibly a `$ref`) to its JSON schema.
    fn response(&self, key: &str, pointer: &str) -> DocumentedResponse {
        let mut pointer = pointer.to_owned();
        // Follow `$ref` chains, keeping the pointer of where the target lives.
        for _ in 0..32 {
            match self
                .doc
                .pointer(&pointer)
                .and_then(|r| r.get("$ref"))
                .and_then(Value::as_str)
                .and_then(|r| r.strip_prefix('#'))
            {
                Some(target) => pointer = target.to_owned(),
                None => break,
            }
        }
        let content = self
            .doc
            .pointer(&format!("{pointer}/content"))
            .and_then(Value::as_object);
        let json_type = content.and_then(|c| c.keys().find(|media| is_json(media)));
        DocumentedResponse {
            key: key.to_owned(),
            schema: json_type
                .map(|media| format!("{pointer}/content/{}/schema", escape(media)))
                .filter(|schema| self.doc.pointer(schema).is_some()),
            non_json: json_type.is_none() && content.is_some_and(|c| !c.is_empty()),
        }
    }

    /// Validates `body` against the schema at `pointer` (into the bundle) and returns every
    /// place it does not match.
    pub fn validate(&self, pointer: &str, body: &Value) -> Result<Vec<crate::Drift>, Error> {
        let validator = self.validator(pointer)?;
        Ok(schema::drifts(&validator, body))
    }

    fn validator(&self, pointer: &str) -> Result<std::sync::Arc<Validator>, Error> {
        let mut cache = self
            .validators
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        if let Some(validator) = cache.get(pointer) {
            return Ok(validator.clone());
        }
        let fragment = percent_encoding::utf8_percent_encode(pointer, FRAGMENT);
        let reference = json!({ "$ref": format!("{SPEC_URI}#{fragment}") });
        let validator = jsonschema::options()
            .with_draft(Draft::Draft202012)
            .with_registry(&self.registry)
            .build(&reference)
            .map_err(|e| Error::Spec(format!("cannot compile the schema at {pointer}: {e}")))?;
        let validator = std::sync::Arc::new(validator);
        cache.insert(pointer.to_owned(), validator.clone());
        Ok(validator)
    }
}

/// Whether a media type carries JSON (`application/json`, `application/problem+json`, ...).
pub fn is_json(media: &str) -> bool {
    let essence = media
        .split(';')
        .next()
        .unwrap_or_default()
        .trim()
        .to_ascii_lowercase();
    essence == "application/json" || essence.ends_with("+json")
}

/// The names of a path template's parameters, in order (`/a/{id}/b/{runID}` → `id`, `runID`).
pub fn path_params(template: &str) -> Vec<String> {
    template
        .split('/')
        .filter_map(|segment| segment.strip_prefix('{')?.strip_suffix('}'))
        .map(str::to_owned)
        .collect()
}

/// Escapes one JSON-pointer segment.
pub fn escape(segment: &str) -> String {
    segment.replace('~', "~0").replace('/', "~1")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spec() -> Spec {
        Spec::from_document(json!({
            "openapi": "3.1.0",
            "paths": {
                "/v1/things/{id}": {
                    "parameters": [{"$ref": "#/components/parameters/Tenant"}],
                    "get": {
                        "parameters": [
                            {"name": "id", "in": "path", "required": true, "schema": {"type": "string"}},
                            {"name": "limit", "in": "query", "schema": {"type": "integer"}},
                            {"name": "code", "in": "query", "required": true, "schema": {"type": "string"}},
                            {"name": "X-Other", "in": "header", "required": true, "schema": {"type": "string"}}
                        ],
                        "responses": {
                            "200": {"description": "ok", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}}},
                            "404": {"$ref": "#/components/responses/NotFound"},
                            "5XX": {"description": "server error"}
                        }
                    }
                }
            },
            "components": {
                "parameters": {"Tenant": {"name": "X-Tenant-Id", "in": "header", "required": true, "schema": {"type": "string"}}},
                "responses": {"NotFound": {"description": "nf", "content": {"application/json": {"schema": {"type": "object"}}}}},
                "schemas": {
                    "Thing": {
                        "type": "object",
                        "required": ["id"],
                        "properties": {"id": {"type": "string"}, "kind": {"$ref": "#/components/schemas/Kind"}}
                    },
                    "Kind": {"type": "string", "enum": ["a", "b"]}
                }
            }
        }))
        .expect("valid document")
    }

    #[test]
    fn describes_an_operation() {
        let spec = spec();
        let op = spec.operation("GET", "/v1/things/{id}").expect("operation");
        assert_eq!(op.path_params, ["id"]);
        assert!(op.has_limit());
        assert_eq!(
            op.query,
            [
                QueryParam {
                    name: "limit".into(),
                    required: false
                },
                QueryParam {
                    name: "code".into(),
                    required: true
                }
            ]
        );
        assert_eq!(op.required_headers, ["X-Other"]);
        assert_eq!(op.documented_keys(), "[200, 404, 5XX]");
        assert_eq!(
            op.response_for(200).and_then(|r| r.schema.as_deref()),
            Some("/paths/~1v1~1things~1{id}/get/responses/200/content/application~1json/schema")
        );
        assert_eq!(
            op.response_for(404).and_then(|r| r.schema.as_deref()),
            Some("/components/responses/NotFound/content/application~1json/schema")
        );
        assert_eq!(op.response_for(503).map(|r| r.key.as_str()), Some("5XX"));
        assert!(op.response_for(418).is_none());
        assert!(spec.operation("GET", "/v1/nothing").is_none());
    }

    #[test]
    fn validates_through_references() {
        let spec = spec();
        let op = spec.operation("GET", "/v1/things/{id}").unwrap();
        let pointer = op.response_for(200).unwrap().schema.clone().unwrap();
        assert!(
            spec.validate(&pointer, &json!({"id": "t1", "kind": "a"}))
                .unwrap()
                .is_empty()
        );
        let drifts = spec.validate(&pointer, &json!({"kind": "x"})).unwrap();
        let pointers: Vec<&str> = drifts.iter().map(|d| d.pointer.as_str()).collect();
        assert_eq!(pointers, ["/id", "/kind"], "{drifts:?}");
    }
}

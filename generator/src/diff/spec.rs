//! A spec as the diff sees it: the bundled, upgraded document, its operation table and which
//! schemas requests and responses reach.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use serde_json::Value;

use crate::annotate::{self, PROJECT_HEADER, TENANT_HEADER};
use crate::error::{Error, Location, Result};
use crate::load::{self, SourceMap};
use crate::model::Operation;
use crate::{validate, walk};

/// Where a schema is used: sent by the client, received by it, or both.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Usage {
    /// Reached from a parameter or a request body.
    pub request: bool,
    /// Reached from a success response or a WebSocket message.
    pub response: bool,
}

impl Usage {
    pub const REQUEST: Self = Self {
        request: true,
        response: false,
    };
    pub const RESPONSE: Self = Self {
        request: false,
        response: true,
    };

    /// Both directions: for schemas no operation reaches (they are public types all the same).
    pub const BOTH: Self = Self {
        request: true,
        response: true,
    };

    pub fn or(self, other: Self) -> Self {
        Self {
            request: self.request || other.request,
            response: self.response || other.response,
        }
    }
}

/// A loaded spec.
pub struct Spec {
    /// The bundle after the 3.1 → 3.0 upgrade (nullability as `nullable: true`), before annotate
    /// strips anything.
    pub doc: Value,
    pub sources: SourceMap,
    /// The root file's folder: locations are shown relative to it.
    pub root_dir: PathBuf,
    /// The operation table the generator builds (scope, role, idempotency, pagination, ...).
    pub operations: Vec<Operation>,
    /// Which directions reach each component schema.
    pub usage: BTreeMap<String, Usage>,
}

impl Spec {
    /// Loads, bundles, upgrades and validates a spec the way generation does.
    pub fn load(root: &Path) -> Result<Self> {
        let loaded = load::load(root)?;
        let mut doc = loaded.doc;
        let version = crate::version_of(&doc, &loaded.sources)?;
        // The operations get the names generation gives them, derived ones included, and keep
        // the parameters it keeps: a spec compares with its own regeneration.
        crate::opids::synthesize(&mut doc, &loaded.sources);
        crate::upgrade_and_settle(&mut doc, version, &loaded.sources);
        let problems = validate::validate(&doc, &loaded.sources);
        if !problems.is_empty() {
            return Err(Error::Spec(problems));
        }
        let mut annotated = doc.clone();
        let operations = annotate::annotate(&mut annotated);
        let root_dir = load::normalize(root)
            .parent()
            .map(Path::to_owned)
            .unwrap_or_default();
        let mut spec = Self {
            doc,
            sources: loaded.sources,
            root_dir,
            operations,
            usage: BTreeMap::new(),
        };
        spec.usage = spec.compute_usage();
        Ok(spec)
    }

    /// `info.version`.
    pub fn api_version(&self) -> String {
        self.doc["info"]["version"]
            .as_str()
            .unwrap_or("unversioned")
            .to_owned()
    }

    /// The operation object of `op`.
    pub fn op_value(&self, op: &Operation) -> &Value {
        self.doc.pointer(&op.pointer).unwrap_or(&Value::Null)
    }

    /// The parameters of `op` (path item's, then the operation's own, which win), resolved,
    /// without the context headers (they are the operation's scope), keyed by location and name.
    pub fn params(&self, op: &Operation) -> BTreeMap<(String, String), Value> {
        let item = &self.doc["paths"][&op.path];
        let mut out = BTreeMap::new();
        let lists = [item.get("parameters"), self.op_value(op).get("parameters")];
        for list in lists.into_iter().flatten().filter_map(Value::as_array) {
            for param in list {
                let param = walk::deref(&self.doc, param);
                let (Some(name), Some(location)) = (
                    param.get("name").and_then(Value::as_str),
                    param.get("in").and_then(Value::as_str),
                ) else {
                    continue;
                };
                let lower = name.to_ascii_lowercase();
                if location == "header" && (lower == TENANT_HEADER || lower == PROJECT_HEADER) {
                    continue;
                }
                let key = if location == "header" {
                    lower
                } else {
                    name.to_owned()
                };
                out.insert((location.to_owned(), key), param.clone());
            }
        }
        out
    }

    /// The resolved request body of `op`.
    pub fn request_body(&self, op: &Operation) -> Option<&Value> {
        self.op_value(op)
            .get("requestBody")
            .map(|body| walk::deref(&self.doc, body))
    }

    /// The first 2xx response of `op` (by status code), resolved, with its code.
    pub fn success(&self, op: &Operation) -> Option<(String, &Value)> {
        let responses = self.op_value(op).get("responses")?.as_object()?;
        let mut codes: Vec<&String> = responses.keys().filter(|c| c.starts_with('2')).collect();
        codes.sort();
        let code = codes.first()?;
        Some(((*code).clone(), walk::deref(&self.doc, &responses[*code])))
    }

    /// Where a pointer into the bundle is, the file relative to the root spec's folder.
    pub fn locate(&self, pointer: &str) -> Location {
        let mut location = self.sources.locate(pointer);
        if let Ok(relative) = location.file.strip_prefix(&self.root_dir) {
            location.file = relative.to_owned();
        }
        location
    }

    /// Which directions reach each component, following `$ref`s (each component once).
    fn compute_usage(&self) -> BTreeMap<String, Usage> {
        let mut usage: BTreeMap<String, Usage> = BTreeMap::new();
        for op in &self.operations {
            let mut request = Vec::new();
            for param in self.params(op).values() {
                refs(param, &mut request);
            }
            if let Some(body) = self.request_body(op) {
                refs(body, &mut request);
            }
            let mut response = Vec::new();
            if let Some((_, success)) = self.success(op) {
                refs(success, &mut response);
            }
            if let Some(message) = &op.websocket_message {
                response.push(message.clone());
            }
            for (roots, direction) in [(request, Usage::REQUEST), (response, Usage::RESPONSE)] {
                for name in self.reach(roots) {
                    let entry = usage.entry(name).or_default();
                    *entry = entry.or(direction);
                }
            }
        }
        usage
    }

    /// Every component schema reachable from these `$ref`s (cycles followed once).
    fn reach(&self, roots: Vec<String>) -> BTreeSet<String> {
        let mut seen = BTreeSet::new();
        let mut stack = roots;
        while let Some(reference) = stack.pop() {
            let Some(name) = component_name(&reference) else {
                continue;
            };
            if !seen.insert(name.to_owned()) {
                continue;
            }
            if let Some(schema) = self.component(name) {
                refs(schema, &mut stack);
            }
        }
        seen
    }

    /// The component schemas, by name.
    pub fn components(&self) -> BTreeMap<&str, &Value> {
        self.doc
            .pointer("/components/schemas")
            .and_then(Value::as_object)
            .into_iter()
            .flatten()
            .map(|(name, schema)| (name.as_str(), schema))
            .collect()
    }

    /// One component schema.
    pub fn component(&self, name: &str) -> Option<&Value> {
        self.doc.get("components")?.get("schemas")?.get(name)
    }

    /// How a component is used; [`Usage::BOTH`] when no operation reaches it.
    pub fn usage_of(&self, name: &str) -> Usage {
        self.usage.get(name).copied().unwrap_or(Usage::BOTH)
    }
}

/// `Name` of `#/components/schemas/Name`.
pub fn component_name(reference: &str) -> Option<&str> {
    reference.strip_prefix("#/components/schemas/")
}

/// Every `$ref` string inside a value.
fn refs(value: &Value, out: &mut Vec<String>) {
    match value {
        Value::Object(map) => {
            for (key, child) in map {
                match (key.as_str(), child) {
                    ("$ref", Value::String(reference)) => out.push(reference.clone()),
                    _ => refs(child, out),
                }
            }
        }
        Value::Array(items) => items.iter().for_each(|item| refs(item, out)),
        _ => {}
    }
}

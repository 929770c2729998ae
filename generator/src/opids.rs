//! Stage 2b: an `operationId` for every operation the spec leaves without one, so a real-world
//! document without ids still generates (progenitor refuses them; openapi-generator and Kiota
//! synthesise names too). Each name is derived deterministically and reported as a [`Note`];
//! `Config::strict` skips this stage, and validation then reports every missing id.
//!
//! A summary that starts with a verb names the action (`List workflows` → `list_workflows`);
//! otherwise the method and path do (`GET /api/v1/workflows/{id}/runs` → `list_workflow_runs`,
//! `POST /workflows/{id}/publish` → `publish_workflow`). A name already taken, by the spec or by
//! an earlier synthesised one (in path order), gets `_2`, `_3`…. An explicit id is kept unless a
//! method of the `Client` has its name (`post` → `post_operation`) or an earlier operation has
//! it (`_2`); each such rename is a note too.

use std::collections::BTreeSet;

use heck::ToSnakeCase;
use serde_json::{Value, json};

use crate::error::Location;
use crate::load::SourceMap;
use crate::names::{CLIENT_METHODS, method_name};
use crate::walk;

/// Something the generator decided on the spec's behalf, with where.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Note {
    pub location: Location,
    pub message: String,
}

impl std::fmt::Display for Note {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.location, self.message)
    }
}

/// Verbs a summary may start with to name its operation.
const VERBS: &[&str] = &[
    "accept",
    "add",
    "approve",
    "archive",
    "assign",
    "cancel",
    "check",
    "clone",
    "close",
    "complete",
    "confirm",
    "connect",
    "copy",
    "count",
    "create",
    "decline",
    "delete",
    "disable",
    "disconnect",
    "download",
    "edit",
    "enable",
    "execute",
    "export",
    "fetch",
    "find",
    "generate",
    "get",
    "import",
    "invite",
    "list",
    "lock",
    "login",
    "logout",
    "lookup",
    "mark",
    "merge",
    "move",
    "open",
    "patch",
    "pause",
    "preview",
    "publish",
    "read",
    "refresh",
    "register",
    "reject",
    "remove",
    "rename",
    "replace",
    "reset",
    "restore",
    "resume",
    "retrieve",
    "revoke",
    "run",
    "save",
    "search",
    "send",
    "set",
    "start",
    "stop",
    "submit",
    "subscribe",
    "sync",
    "test",
    "trigger",
    "unassign",
    "unlock",
    "unsubscribe",
    "update",
    "upload",
    "validate",
    "verify",
    "write",
];

/// Words a name does without (`Get a workflow` → `get_workflow`).
const FILLER: &[&str] = &["a", "an", "the"];

/// Gives every operation without an `operationId` one, and renames an explicit one that would
/// name a method the `Client` already has (`post` → `post_operation`) or that an earlier
/// operation already has (`get_thing` → `get_thing_2`); returns a note per name given.
pub fn synthesize(doc: &mut Value, sources: &SourceMap) -> Vec<Note> {
    let operations = walk::operations(doc);
    let mut taken: BTreeSet<String> = operations
        .iter()
        .filter_map(|(path, method)| doc["paths"][path][method].get("operationId"))
        .filter_map(Value::as_str)
        .map(method_name)
        .chain(CLIENT_METHODS.iter().map(|&name| name.to_owned()))
        .collect();
    let mut given = BTreeSet::new();
    let mut notes = Vec::new();
    for (path, method) in operations {
        let op = &doc["paths"][&path][&method];
        if !op.is_object() {
            continue;
        }
        let route = format!("{} {path}", method.to_uppercase());
        let (name, why) = match op.get("operationId") {
            Some(id) if has_id(op) => {
                let Some(id) = id.as_str() else {
                    continue;
                };
                let explicit = method_name(id);
                if CLIENT_METHODS.contains(&explicit.as_str()) {
                    let name = free(&format!("{explicit}_operation"), &mut taken);
                    let why = format!(
                        "{route}: operationId `{id}` would name a method the Client already has; \
                         named `{name}`"
                    );
                    (name, why)
                } else if given.contains(&explicit) {
                    let name = free(&explicit, &mut taken);
                    let why = format!(
                        "{route}: operationId `{id}` is also an earlier operation's; named `{name}`"
                    );
                    (name, why)
                } else {
                    given.insert(explicit);
                    continue;
                }
            }
            _ => {
                let from_summary = op
                    .get("summary")
                    .and_then(Value::as_str)
                    .and_then(from_summary);
                let (base, source) = match from_summary {
                    Some(name) => (name, "its summary"),
                    None => (from_route(&method, &path), "its method and path"),
                };
                let base = if CLIENT_METHODS.contains(&base.as_str()) {
                    format!("{base}_operation")
                } else {
                    base
                };
                let name = free(&base, &mut taken);
                let why = format!("{route} has no operationId; named `{name}` from {source}");
                (name, why)
            }
        };
        given.insert(name.clone());
        let pointer = walk::operation_pointer(&path, &method);
        notes.push(Note {
            location: sources.locate(&pointer),
            message: why,
        });
        doc["paths"][&path][&method]["operationId"] = json!(name);
    }
    notes
}

/// `base` when no operation or `Client` method has it yet, else `base_2`, `base_3`…; taken.
fn free(base: &str, taken: &mut BTreeSet<String>) -> String {
    let mut name = base.to_owned();
    let mut n = 1;
    while !taken.insert(name.clone()) {
        n += 1;
        name = format!("{base}_{n}");
    }
    name
}

fn has_id(op: &Value) -> bool {
    match op.get("operationId") {
        Some(Value::String(id)) => id.chars().any(char::is_alphanumeric),
        // A non-string id is the validator's to report.
        Some(Value::Null) | None => false,
        Some(_) => true,
    }
}

/// `List workflows` → `list_workflows`; `None` unless the summary starts with a verb and is short
/// enough to be a name (at most six words).
fn from_summary(summary: &str) -> Option<String> {
    let words: Vec<String> = summary
        .split(|c: char| !(c.is_alphanumeric() || c == '_' || c == '-'))
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .filter(|w| !FILLER.contains(&w.as_str()))
        .collect();
    let first = words.first()?;
    if !VERBS.contains(&first.as_str()) || words.len() > 6 {
        return None;
    }
    Some(method_name(&words.join("_")))
}

/// A name from the HTTP method and the path's static segments.
fn from_route(method: &str, path: &str) -> String {
    let segments: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
    let ends_with_param = segments.last().is_some_and(|s| is_param(s));
    let words: Vec<String> = segments
        .iter()
        .filter(|s| !is_param(s) && !is_prefix(s))
        .map(|s| s.to_snake_case())
        .filter(|s| !s.is_empty())
        .collect();
    let Some((last, parents)) = words.split_last() else {
        return method_name(&format!("{method}_root"));
    };
    let parents: Vec<String> = parents.iter().map(|w| singular(w)).collect();
    let join = |verb: &str, last: &str| {
        let mut parts = vec![verb.to_owned()];
        parts.extend(parents.iter().cloned());
        parts.push(last.to_owned());
        method_name(&parts.join("_"))
    };
    let plural = is_plural(last);
    match (method, ends_with_param) {
        ("get", true) => join("get", &singular(last)),
        ("get", false) if plural => join("list", last),
        ("get", false) => join("get", last),
        ("post", false) if plural => join("create", &singular(last)),
        // `POST /workflows/{id}/publish`: the last segment is the action.
        ("post", false) => {
            let mut parts = vec![last.clone()];
            parts.extend(parents.iter().cloned());
            method_name(&parts.join("_"))
        }
        ("put" | "patch", true) => join("update", &singular(last)),
        ("put", false) => join("replace", last),
        ("patch", false) => join("update", last),
        ("delete", true) => join("delete", &singular(last)),
        ("delete", false) => join("delete", last),
        (other, true) => join(other, &singular(last)),
        (other, false) => join(other, last),
    }
}

fn is_param(segment: &str) -> bool {
    segment.starts_with('{') && segment.ends_with('}')
}

/// `api`, `v1`, `v2beta`: route prefixes that name no resource.
fn is_prefix(segment: &str) -> bool {
    let lower = segment.to_ascii_lowercase();
    lower == "api"
        || (lower.starts_with('v')
            && lower.len() > 1
            && lower[1..].starts_with(|c: char| c.is_ascii_digit()))
}

/// `workflows`, not `status`, `address` or `analysis`.
fn is_plural(word: &str) -> bool {
    word.ends_with('s') && !["ss", "us", "is"].iter().any(|end| word.ends_with(end))
}

/// `workflows` → `workflow`, `policies` → `policy`, `addresses` → `address`.
fn singular(word: &str) -> String {
    if !is_plural(word) {
        word.to_owned()
    } else if let Some(stem) = word.strip_suffix("ies") {
        format!("{stem}y")
    } else if word.ends_with("sses") || word.ends_with("xes") || word.ends_with("ches") {
        word[..word.len() - 2].to_owned()
    } else {
        word.strip_suffix('s').unwrap_or(word).to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_summary_that_starts_with_a_verb_names_the_operation() {
        assert_eq!(
            from_summary("List workflows").as_deref(),
            Some("list_workflows")
        );
        assert_eq!(
            from_summary("Get a workflow run").as_deref(),
            Some("get_workflow_run")
        );
        assert_eq!(from_summary("Workflow details"), None);
        assert_eq!(
            from_summary("Create a workflow in the project of the caller with a graph"),
            None
        );
    }

    #[test]
    fn a_route_names_the_operation_by_method_and_resource() {
        let cases = [
            ("get", "/api/v1/workflows/{id}/runs", "list_workflow_runs"),
            ("get", "/api/v1/workflows/{id}", "get_workflow"),
            ("get", "/v1/workflows/{id}/runs/{runId}", "get_workflow_run"),
            ("post", "/v1/workflows", "create_workflow"),
            ("post", "/v1/workflows/{id}/publish", "publish_workflow"),
            ("put", "/v1/policies/{id}", "update_policy"),
            ("patch", "/v1/me", "update_me"),
            ("delete", "/v1/addresses/{id}", "delete_address"),
            ("get", "/v1/status", "get_status"),
            ("get", "/", "get_root"),
            ("head", "/v1/things/{id}", "head_thing"),
            ("get", "/v2beta/user-groups", "list_user_groups"),
        ];
        for (method, path, expected) in cases {
            assert_eq!(from_route(method, path), expected, "{method} {path}");
        }
    }

    #[test]
    fn names_are_unique_stable_and_noted() {
        let mut doc = json!({"paths": {
            "/v1/workflows": {
                "get": {"summary": "Workflows"},
                "post": {"operationId": "createWorkflow"}
            },
            "/v2/workflows": {"get": {}},
            "/v1/workflows/{id}": {"get": {"summary": "Get a workflow"}, "delete": {"operationId": ""}}
        }});
        let notes = synthesize(&mut doc, &SourceMap::default());
        let id = |path: &str, method: &str| doc["paths"][path][method]["operationId"].clone();
        assert_eq!(id("/v1/workflows", "get"), "list_workflows");
        assert_eq!(id("/v2/workflows", "get"), "list_workflows_2");
        assert_eq!(id("/v1/workflows", "post"), "createWorkflow");
        assert_eq!(id("/v1/workflows/{id}", "get"), "get_workflow");
        assert_eq!(id("/v1/workflows/{id}", "delete"), "delete_workflow");
        assert_eq!(notes.len(), 4);
        assert!(
            notes.iter().any(|n| n.message
                == "GET /v1/workflows/{id} has no operationId; named `get_workflow` from its summary"),
            "{notes:?}"
        );
        assert_eq!(notes[0].location.pointer, "/paths/~1v1~1workflows/get");
        let mut again = doc.clone();
        assert!(synthesize(&mut again, &SourceMap::default()).is_empty());
        assert_eq!(again, doc);
    }

    #[test]
    fn a_name_the_spec_already_uses_is_not_taken_again() {
        let mut doc = json!({"paths": {
            "/v1/things": {"get": {}},
            "/v1/other": {"get": {"operationId": "list_things"}}
        }});
        synthesize(&mut doc, &SourceMap::default());
        assert_eq!(
            doc["paths"]["/v1/things"]["get"]["operationId"],
            "list_things_2"
        );
    }

    #[test]
    fn a_name_the_client_has_or_an_earlier_operation_has_is_renamed() {
        let mut doc = json!({"paths": {
            "/post": {"post": {}},
            "/a": {"get": {"operationId": "request"}, "put": {"operationId": "getThing"}},
            "/b": {"get": {"operationId": "get_thing"}}
        }});
        let notes = synthesize(&mut doc, &SourceMap::default());
        let id = |path: &str, method: &str| doc["paths"][path][method]["operationId"].clone();
        assert_eq!(id("/post", "post"), "post_operation");
        assert_eq!(id("/a", "get"), "request_operation");
        assert_eq!(id("/a", "put"), "getThing");
        assert_eq!(id("/b", "get"), "get_thing_2");
        assert_eq!(notes.len(), 3, "{notes:?}");
        assert!(notes.iter().any(|n| n.message
            == "GET /a: operationId `request` would name a method the Client already has; \
                named `request_operation`"));
        // What validation (and so `--strict`) says of the same spec.
        let mut strict = json!({"openapi": "3.0.3", "info": {"title": "t", "version": "1"},
            "paths": {"/a": {"get": {"operationId": "request",
                                     "responses": {"200": {"description": "ok"}}}}}});
        let problems = crate::validate::validate(&strict, &SourceMap::default());
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert!(problems[0].message.contains("which the Client already has"));
        synthesize(&mut strict, &SourceMap::default());
        assert!(crate::validate::validate(&strict, &SourceMap::default()).is_empty());
    }
}

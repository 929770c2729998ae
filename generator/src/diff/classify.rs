//! Compares two specs and gives every change its wire and Rust verdicts.
//!
//! Operations are matched by `operationId`, then by method and path (a rename). Parameters,
//! bodies and inline schemas are compared at the operation; a `$ref` to the same component on
//! both sides is not followed there: each component is compared once, as a type, with the
//! directions (request, response) that reach it in either spec, so a change to a shared type is
//! reported once and judged by its strictest use.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::Value;

use super::model::{Change, ChangeKind, Report, Verdict};
use super::spec::{Spec, Usage, component_name};
use crate::error::escape_segment;
use crate::model::{Operation, Role, Scope};
use crate::paging::Pagination;

/// Every change from `old` to `new`.
pub fn compare(old: &Spec, new: &Spec) -> Report {
    let mut differ = Differ {
        old,
        new,
        changes: Vec::new(),
    };
    differ.operations();
    differ.components();
    Report {
        old_api_version: old.api_version(),
        new_api_version: new.api_version(),
        changes: differ.changes,
    }
}

/// One direction a value travels in.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Dir {
    Request,
    Response,
}

/// The stricter verdict over the directions `usage` holds.
fn judged(usage: Usage, rule: impl Fn(Dir) -> Verdict) -> Verdict {
    let mut verdict = Verdict::COMPATIBLE;
    if usage.request {
        verdict = verdict.max(rule(Dir::Request));
    }
    if usage.response {
        verdict = verdict.max(rule(Dir::Response));
    }
    verdict
}

/// Where a compared value sits, in both specs.
#[derive(Clone)]
struct At {
    subject: String,
    old_ptr: String,
    new_ptr: String,
    usage: Usage,
}

impl At {
    fn child(&self, label: &str, segments: &[&str]) -> Self {
        let tail: String = segments
            .iter()
            .map(|s| format!("/{}", escape_segment(s)))
            .collect();
        Self {
            subject: format!("{} › {label}", self.subject),
            old_ptr: format!("{}{tail}", self.old_ptr),
            new_ptr: format!("{}{tail}", self.new_ptr),
            usage: self.usage,
        }
    }
}

/// Which side a change is located on.
#[derive(Clone, Copy)]
enum Side {
    Old,
    New,
}

struct Differ<'a> {
    old: &'a Spec,
    new: &'a Spec,
    changes: Vec<Change>,
}

impl Differ<'_> {
    fn push(&mut self, kind: ChangeKind, at: &At, side: Side, message: String, verdict: Verdict) {
        let location = match side {
            Side::Old => self.old.locate(&at.old_ptr),
            Side::New => self.new.locate(&at.new_ptr),
        };
        self.changes.push(Change {
            kind,
            subject: at.subject.clone(),
            message,
            location,
            verdict,
        });
    }

    // ---- operations -----------------------------------------------------------------------

    fn operations(&mut self) {
        let old_ops = &self.old.operations;
        let new_ops = &self.new.operations;
        let mut matched_old = BTreeSet::new();
        let mut pairs: Vec<(usize, usize)> = Vec::new();
        let mut unmatched_new = Vec::new();
        for (n, op) in new_ops.iter().enumerate() {
            match old_ops.iter().position(|o| o.id == op.id) {
                Some(o) => {
                    matched_old.insert(o);
                    pairs.push((o, n));
                }
                None => unmatched_new.push(n),
            }
        }
        let mut added = Vec::new();
        for n in unmatched_new {
            let op = &new_ops[n];
            let renamed = old_ops.iter().enumerate().position(|(o, old)| {
                !matched_old.contains(&o)
                    && old.method == op.method
                    && old.path == op.path
                    && !new_ops.iter().any(|other| other.id == old.id)
            });
            match renamed {
                Some(o) => {
                    matched_old.insert(o);
                    pairs.push((o, n));
                }
                None => added.push(n),
            }
        }
        pairs.sort_by_key(|&(_, n)| n);
        for (o, n) in pairs {
            self.operation(&old_ops[o], &new_ops[n]);
        }
        for n in added {
            let op = &new_ops[n];
            let at = op_at(op, op);
            self.push(
                ChangeKind::OperationAdded,
                &at,
                Side::New,
                format!("new operation `{}` ({} {})", op.id, op.method, op.path),
                Verdict::COMPATIBLE,
            );
        }
        for (o, op) in old_ops.iter().enumerate() {
            if !matched_old.contains(&o) {
                let at = op_at(op, op);
                self.push(
                    ChangeKind::OperationRemoved,
                    &at,
                    Side::Old,
                    format!(
                        "operation `{}` ({} {}) removed: its method is gone and the server no \
                         longer serves it",
                        op.id, op.method, op.path
                    ),
                    Verdict::BREAKING,
                );
            }
        }
    }

    fn operation(&mut self, old: &Operation, new: &Operation) {
        let at = op_at(old, new);
        if old.id != new.id {
            self.push(
                ChangeKind::OperationRenamed,
                &at,
                Side::New,
                format!(
                    "operationId `{}` → `{}`: the Rust method `{}` becomes `{}` (same request on \
                     the wire)",
                    old.id, new.id, old.method_name, new.method_name
                ),
                Verdict::new(false, true),
            );
        }
        if old.method != new.method || old.path != new.path {
            self.push(
                ChangeKind::OperationMoved,
                &at,
                Side::New,
                format!(
                    "{} {} → {} {}: old clients call an address the server no longer serves",
                    old.method, old.path, new.method, new.path
                ),
                Verdict::new(true, false),
            );
        }
        if old.role != new.role {
            let raised = role_rank(new.role) > role_rank(old.role);
            self.push(
                ChangeKind::RoleChanged,
                &at,
                Side::New,
                format!(
                    "role {} → {}{}",
                    role_name(old.role),
                    role_name(new.role),
                    if raised {
                        ": callers with only the old role are refused"
                    } else {
                        ""
                    }
                ),
                Verdict::new(raised, false),
            );
        }
        if old.scope != new.scope {
            let raised = scope_rank(new.scope) > scope_rank(old.scope);
            self.push(
                ChangeKind::ScopeChanged,
                &at,
                Side::New,
                format!(
                    "context {} → {}{}",
                    scope_name(old.scope),
                    scope_name(new.scope),
                    if raised {
                        ": old clients do not send the new context header"
                    } else {
                        ""
                    }
                ),
                Verdict::new(raised, false),
            );
        }
        if old.idempotent != new.idempotent {
            let message = if new.idempotent {
                "now idempotent: the client may retry it".to_owned()
            } else {
                "no longer idempotent: old clients retry it after a 5xx or a timeout and may \
                 repeat its effect"
                    .to_owned()
            };
            self.push(
                ChangeKind::IdempotencyChanged,
                &at,
                Side::New,
                message,
                Verdict::new(old.idempotent, false),
            );
        }
        if old.pagination != new.pagination {
            let (message, rust) = match (&old.pagination, &new.pagination) {
                (None, Some(p)) => (
                    format!("now pages ({}): new `stream()`/`pages()`", style(p)),
                    false,
                ),
                (Some(p), None) => (
                    format!(
                        "no longer pages ({}): `stream()`/`pages()` are gone",
                        style(p)
                    ),
                    true,
                ),
                (Some(a), Some(b)) => (
                    format!(
                        "pagination {} → {}: the `Page` impl changes",
                        style(a),
                        style(b)
                    ),
                    true,
                ),
                (None, None) => unreachable!("the paginations differ"),
            };
            self.push(
                ChangeKind::PaginationChanged,
                &at,
                Side::New,
                message,
                Verdict::new(false, rust),
            );
        }
        if old.websocket_message != new.websocket_message {
            self.push(
                ChangeKind::WebSocketMessageChanged,
                &at,
                Side::New,
                format!(
                    "WebSocket message {} → {}",
                    old.websocket_message.as_deref().unwrap_or("none"),
                    new.websocket_message.as_deref().unwrap_or("none")
                ),
                Verdict::BREAKING,
            );
        }
        self.parameters(old, new, &at);
        self.request_body(old, new, &at);
        self.response(old, new, &at);
    }

    fn parameters(&mut self, old_op: &Operation, new_op: &Operation, at: &At) {
        let old = self.old.params(old_op);
        let new = self.new.params(new_op);
        let keys: BTreeSet<&(String, String)> = old.keys().chain(new.keys()).collect();
        for key in keys {
            let (location, name) = key;
            let label = format!("{location} parameter `{name}`");
            let mut here = at.child(&label, &["parameters"]);
            here.usage = Usage::REQUEST;
            let required = |p: &Value| p.get("required") == Some(&Value::Bool(true));
            match (old.get(key), new.get(key)) {
                (None, Some(p)) => {
                    let req = required(p);
                    self.push(
                        ChangeKind::ParameterAdded,
                        &here,
                        Side::New,
                        if req {
                            "new required parameter: old clients do not send it, and the \
                             method takes a new argument"
                                .to_owned()
                        } else {
                            "new optional parameter (a builder setter)".to_owned()
                        },
                        Verdict::new(req, req),
                    );
                }
                (Some(_), None) => {
                    let wire = location == "path";
                    self.push(
                        ChangeKind::ParameterRemoved,
                        &here,
                        Side::Old,
                        "parameter removed: its argument or setter is gone".to_owned(),
                        Verdict::new(wire, true),
                    );
                }
                (Some(o), Some(n)) => {
                    let (o_req, n_req) = (required(o), required(n));
                    if o_req != n_req {
                        if n_req {
                            self.push(
                                ChangeKind::MadeRequired,
                                &here,
                                Side::New,
                                "parameter made required: old clients may omit it, and its \
                                 setter becomes an argument of the method"
                                    .to_owned(),
                                Verdict::BREAKING,
                            );
                        } else {
                            self.push(
                                ChangeKind::MadeOptional,
                                &here,
                                Side::New,
                                "parameter made optional: its argument becomes a setter".to_owned(),
                                Verdict::new(false, true),
                            );
                        }
                    }
                    let schema_at = At {
                        old_ptr: format!("{}/schema", here.old_ptr),
                        new_ptr: format!("{}/schema", here.new_ptr),
                        ..here.clone()
                    };
                    if let (Some(os), Some(ns)) = (o.get("schema"), n.get("schema")) {
                        self.schema(os, ns, &schema_at, (o_req, n_req));
                    }
                }
                (None, None) => {}
            }
        }
    }

    fn request_body(&mut self, old_op: &Operation, new_op: &Operation, at: &At) {
        let mut here = at.child("request body", &["requestBody"]);
        here.usage = Usage::REQUEST;
        let required = |b: &Value| b.get("required") == Some(&Value::Bool(true));
        match (self.old.request_body(old_op), self.new.request_body(new_op)) {
            (None, None) => {}
            (None, Some(b)) => {
                let req = required(b);
                self.push(
                    ChangeKind::BodyAdded,
                    &here,
                    Side::New,
                    if req {
                        "new required request body: a new argument of the method".to_owned()
                    } else {
                        "new optional request body (a `body` setter)".to_owned()
                    },
                    Verdict::new(req, req),
                );
            }
            (Some(_), None) => self.push(
                ChangeKind::BodyRemoved,
                &here,
                Side::Old,
                "request body removed: its argument or setter is gone".to_owned(),
                Verdict::new(false, true),
            ),
            (Some(o), Some(n)) => {
                let (o_req, n_req) = (required(o), required(n));
                if o_req != n_req {
                    let (kind, message, verdict) = if n_req {
                        (
                            ChangeKind::MadeRequired,
                            "request body made required: old clients may omit it; it becomes an \
                             argument",
                            Verdict::BREAKING,
                        )
                    } else {
                        (
                            ChangeKind::MadeOptional,
                            "request body made optional: its argument becomes a setter",
                            Verdict::new(false, true),
                        )
                    };
                    self.push(kind, &here, Side::New, message.to_owned(), verdict);
                }
                self.content(o, n, &here, Dir::Request);
            }
        }
    }

    fn response(&mut self, old_op: &Operation, new_op: &Operation, at: &At) {
        let (Some((old_code, o)), Some((new_code, n))) =
            (self.old.success(old_op), self.new.success(new_op))
        else {
            return;
        };
        let mut here = at.child("response", &["responses", &new_code]);
        here.old_ptr = format!("{}/responses/{}", at.old_ptr, escape_segment(&old_code));
        here.usage = Usage::RESPONSE;
        self.content(o, n, &here, Dir::Response);
    }

    /// Compares the media types of a body or response and the schema of the JSON one (else
    /// the first).
    fn content(&mut self, old: &Value, new: &Value, at: &At, dir: Dir) {
        let media = |v: &Value| -> BTreeMap<String, Value> {
            v.get("content")
                .and_then(Value::as_object)
                .into_iter()
                .flatten()
                .map(|(m, c)| (m.to_ascii_lowercase(), c.clone()))
                .collect()
        };
        let (o, n) = (media(old), media(new));
        let o_types: Vec<&String> = o.keys().collect();
        let n_types: Vec<&String> = n.keys().collect();
        if o_types != n_types {
            let removed = o.keys().any(|m| !n.contains_key(m));
            let json_changed = o.keys().any(|m| is_json(m)) != n.keys().any(|m| is_json(m));
            let wire = match dir {
                // The server no longer accepts what old clients send.
                Dir::Request => removed,
                // Old clients may receive a media type they do not read.
                Dir::Response => n.keys().any(|m| !o.contains_key(m)) || json_changed,
            };
            // The Rust shape follows how the body is sent or read: a typed value, a form, bytes,
            // text, a stream of events or lines.
            let rust = match dir {
                Dir::Request => request_shape(&o) != request_shape(&n),
                Dir::Response => response_shape(&o) != response_shape(&n),
            };
            self.push(
                ChangeKind::ContentTypeChanged,
                at,
                Side::New,
                format!("media types [{}] → [{}]", join(&o_types), join(&n_types)),
                Verdict::new(wire, rust),
            );
        }
        if dir == Dir::Response {
            for (media, old_content) in &o {
                if let Some(new_content) = n.get(media) {
                    self.stream_items(media, old_content, new_content, at);
                }
            }
        }
        let pick = |m: &BTreeMap<String, Value>| -> Option<(String, Value)> {
            m.iter()
                .find(|(k, _)| is_json(k))
                .or_else(|| m.iter().next())
                .map(|(k, v)| (k.clone(), v.clone()))
        };
        if let (Some((om, oc)), Some((nm, nc))) = (pick(&o), pick(&n))
            && let (Some(os), Some(ns)) = (oc.get("schema"), nc.get("schema"))
        {
            let here = At {
                subject: at.subject.clone(),
                old_ptr: format!("{}/content/{}/schema", at.old_ptr, escape_segment(&om)),
                new_ptr: format!("{}/content/{}/schema", at.new_ptr, escape_segment(&nm)),
                usage: at.usage,
            };
            self.schema(os, ns, &here, (true, true));
        }
    }

    /// A streamed response's item schema (`itemSchema`, or `x-itemSchema` before OpenAPI 3.2)
    /// decides the Rust item type of `events()`/`lines()`: typed ↔ untyped, or other items, is a
    /// new type for callers; the bytes on the wire are the same.
    fn stream_items(&mut self, media: &str, old: &Value, new: &Value, at: &At) {
        let items = |c: &Value| {
            ["itemSchema", "x-itemSchema"]
                .iter()
                .find_map(|k| c.get(*k))
                .map(without_descriptions)
        };
        let (o, n) = (items(old), items(new));
        if o == n {
            return;
        }
        let message = match (&o, &n) {
            (None, Some(_)) => format!("{media} items typed by the spec"),
            (Some(_), None) => format!("{media} items no longer typed"),
            _ => format!("{media} item schema changed"),
        };
        self.push(
            ChangeKind::StreamItemsChanged,
            at,
            Side::New,
            message,
            Verdict::new(false, true),
        );
    }

    // ---- types ------------------------------------------------------------------------------

    fn components(&mut self) {
        let old = self.old.components();
        let new = self.new.components();
        let names: BTreeSet<&str> = old.keys().chain(new.keys()).copied().collect();
        for name in names {
            let pointer = format!("/components/schemas/{}", escape_segment(name));
            let at = At {
                subject: format!("type `{name}`"),
                old_ptr: pointer.clone(),
                new_ptr: pointer,
                usage: self.old.usage_of(name).or(self.new.usage_of(name)),
            };
            match (old.get(name), new.get(name)) {
                (None, Some(_)) => self.push(
                    ChangeKind::TypeAdded,
                    &at,
                    Side::New,
                    "new type".to_owned(),
                    Verdict::COMPATIBLE,
                ),
                (Some(_), None) => self.push(
                    ChangeKind::TypeRemoved,
                    &at,
                    Side::Old,
                    "type removed: code naming it no longer compiles".to_owned(),
                    Verdict::new(false, true),
                ),
                (Some(o), Some(n)) => self.schema(o, n, &at, (true, true)),
                (None, None) => {}
            }
        }
    }

    /// Compares two schemas in the same place. `required` says whether the value must be
    /// present on each side (a field's `required`, a parameter's; `true` elsewhere), which
    /// decides what a change of nullability does.
    fn schema(&mut self, old: &Value, new: &Value, at: &At, required: (bool, bool)) {
        let (o, o_null) = unwrap(old);
        let (n, n_null) = unwrap(new);
        if o_null != n_null {
            self.nullability(at, required, (o_null, n_null));
        }
        let (o_label, n_label) = (label(o), label(n));
        if o_label != n_label {
            self.push(
                ChangeKind::TypeChanged,
                at,
                Side::New,
                format!("type {o_label} → {n_label}"),
                Verdict::BREAKING,
            );
            return;
        }
        if o.get("$ref").is_some() {
            // The same component on both sides: compared once, as a type.
            return;
        }
        self.enums(o, n, at);
        if is_union(o) {
            self.union(o, n, at);
        }
        self.properties(o, n, at);
        if let (Some(oi), Some(ni)) = (o.get("items"), n.get("items")) {
            self.schema(oi, ni, &at.child("items", &["items"]), (true, true));
        }
        if let (Some(oa), Some(na)) = (
            o.get("additionalProperties").filter(|v| v.is_object()),
            n.get("additionalProperties").filter(|v| v.is_object()),
        ) {
            let child = at.child("values", &["additionalProperties"]);
            self.schema(oa, na, &child, (true, true));
        }
        for key in ["allOf", "anyOf"] {
            if let (Some(oa), Some(na)) = (
                o.get(key).and_then(Value::as_array),
                n.get(key).and_then(Value::as_array),
            ) {
                for (i, (os, ns)) in oa.iter().zip(na).enumerate() {
                    let child = at.child(&format!("{key}[{i}]"), &[key, &i.to_string()]);
                    self.schema(os, ns, &child, (true, true));
                }
            }
        }
        if !is_union(o)
            && let (Some(oa), Some(na)) = (
                o.get("oneOf").and_then(Value::as_array),
                n.get("oneOf").and_then(Value::as_array),
            )
        {
            for (i, (os, ns)) in oa.iter().zip(na).enumerate() {
                let child = at.child(&format!("oneOf[{i}]"), &["oneOf", &i.to_string()]);
                self.schema(os, ns, &child, (true, true));
            }
        }
    }

    fn nullability(&mut self, at: &At, required: (bool, bool), nullable: (bool, bool)) {
        // The Rust type is `Option<T>` when the value may be absent or null.
        let old_option = !required.0 || nullable.0;
        let new_option = !required.1 || nullable.1;
        let rust = old_option != new_option;
        if nullable.1 {
            let verdict = judged(at.usage, |dir| match dir {
                // An old client decodes `T` where the server may now send `null`.
                Dir::Response => Verdict::new(!old_option, rust),
                Dir::Request => Verdict::new(false, rust),
            });
            self.push(
                ChangeKind::MadeNullable,
                at,
                Side::New,
                "may now be null".to_owned(),
                verdict,
            );
        } else {
            let verdict = judged(at.usage, |dir| match dir {
                Dir::Response => Verdict::new(false, rust),
                // An old client sends `null` for a required nullable value it has no value for.
                Dir::Request => Verdict::new(required.0, rust),
            });
            self.push(
                ChangeKind::MadeNonNullable,
                at,
                Side::New,
                "may no longer be null".to_owned(),
                verdict,
            );
        }
    }

    fn enums(&mut self, o: &Value, n: &Value, at: &At) {
        let values = |s: &Value| -> Vec<Value> {
            s.get("enum")
                .and_then(Value::as_array)
                .cloned()
                .unwrap_or_default()
                .into_iter()
                .filter(|v| !v.is_null())
                .collect()
        };
        let (ov, nv) = (values(o), values(n));
        if ov.is_empty() && nv.is_empty() {
            return;
        }
        // Every string enum is open (`Unknown(String)`) and `#[non_exhaustive]`.
        let open = o.get("type").and_then(Value::as_str) == Some("string");
        for value in nv.iter().filter(|v| !ov.contains(v)) {
            let verdict = judged(at.usage, |dir| match dir {
                Dir::Response => Verdict::new(!open, !open),
                Dir::Request => Verdict::new(false, !open),
            });
            self.push(
                ChangeKind::EnumValueAdded,
                at,
                Side::New,
                format!(
                    "enum value {value} added{}",
                    if open {
                        " (open enum: old clients read it as `Unknown`)"
                    } else {
                        ""
                    }
                ),
                verdict,
            );
        }
        for value in ov.iter().filter(|v| !nv.contains(v)) {
            let verdict = judged(at.usage, |dir| match dir {
                // Old clients may still send it.
                Dir::Request => Verdict::BREAKING,
                Dir::Response => Verdict::new(false, true),
            });
            self.push(
                ChangeKind::EnumValueRemoved,
                at,
                Side::Old,
                format!("enum value {value} removed: its variant is gone"),
                verdict,
            );
        }
    }

    fn union(&mut self, o: &Value, n: &Value, at: &At) {
        let (o_open, n_open) = (is_open(o), is_open(n));
        if o_open != n_open {
            self.push(
                ChangeKind::UnionOpennessChanged,
                at,
                Side::New,
                if n_open {
                    "union made open: `#[non_exhaustive]` with an `Unknown` case, so exhaustive \
                     matches no longer compile"
                        .to_owned()
                } else {
                    "union made closed: its `Unknown` case is gone".to_owned()
                },
                Verdict::new(false, true),
            );
        }
        let (ov, nv) = (variants(o), variants(n));
        for (tag, schema) in &nv {
            match ov.get(tag) {
                None => {
                    let verdict = judged(at.usage, |dir| match dir {
                        Dir::Response => Verdict::new(!o_open, !n_open),
                        Dir::Request => Verdict::new(false, !n_open),
                    });
                    self.push(
                        ChangeKind::VariantAdded,
                        at,
                        Side::New,
                        format!(
                            "variant `{tag}` added{}",
                            if o_open {
                                " (open union: old clients read it as `Unknown`)"
                            } else {
                                " (closed union: old clients cannot decode it)"
                            }
                        ),
                        verdict,
                    );
                }
                Some(old_schema) => {
                    let child = at.child(&format!("variant `{tag}`"), &["discriminator"]);
                    self.schema(old_schema, schema, &child, (true, true));
                }
            }
        }
        for tag in ov.keys().filter(|t| !nv.contains_key(*t)) {
            let verdict = judged(at.usage, |dir| match dir {
                Dir::Request => Verdict::BREAKING,
                Dir::Response => Verdict::new(false, true),
            });
            self.push(
                ChangeKind::VariantRemoved,
                at,
                Side::Old,
                format!("variant `{tag}` removed: its Rust variant is gone"),
                verdict,
            );
        }
    }

    fn properties(&mut self, o: &Value, n: &Value, at: &At) {
        let props = |s: &Value| -> BTreeMap<String, Value> {
            s.get("properties")
                .and_then(Value::as_object)
                .into_iter()
                .flatten()
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect()
        };
        let required = |s: &Value| -> BTreeSet<String> {
            s.get("required")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
                .filter_map(Value::as_str)
                .map(str::to_owned)
                .collect()
        };
        let (op, np) = (props(o), props(n));
        let (or, nr) = (required(o), required(n));
        let closed = n.get("additionalProperties") == Some(&Value::Bool(false));
        let names: BTreeSet<&String> = op.keys().chain(np.keys()).collect();
        for name in names {
            let here = at.child(&format!("field `{name}`"), &["properties", name]);
            match (op.get(name), np.get(name)) {
                (None, Some(_)) => {
                    let req = nr.contains(name);
                    let verdict = judged(at.usage, |dir| match dir {
                        // Old clients do not send it; `new` takes a new argument.
                        Dir::Request => Verdict::new(req, req),
                        // Old clients ignore unknown fields; users do not build responses.
                        Dir::Response => Verdict::COMPATIBLE,
                    });
                    self.push(
                        ChangeKind::FieldAdded,
                        &here,
                        Side::New,
                        format!("new {} field", if req { "required" } else { "optional" }),
                        verdict,
                    );
                }
                (Some(old_field), None) => {
                    let was_required = or.contains(name) && !unwrap(old_field).1;
                    let verdict = judged(at.usage, |dir| match dir {
                        Dir::Request => Verdict::new(closed, true),
                        // Old clients fail to decode a response without a field they require.
                        Dir::Response => Verdict::new(was_required, true),
                    });
                    self.push(
                        ChangeKind::FieldRemoved,
                        &here,
                        Side::Old,
                        "field removed".to_owned(),
                        verdict,
                    );
                }
                (Some(of), Some(nf)) => {
                    let (o_req, n_req) = (or.contains(name), nr.contains(name));
                    if o_req != n_req {
                        let (o_null, n_null) = (unwrap(of).1, unwrap(nf).1);
                        let rust_option_changed = (!o_req || o_null) != (!n_req || n_null);
                        if n_req {
                            let verdict = judged(at.usage, |dir| match dir {
                                // Old clients may omit it; `new` takes it as an argument.
                                Dir::Request => Verdict::BREAKING,
                                Dir::Response => Verdict::new(false, rust_option_changed),
                            });
                            self.push(
                                ChangeKind::MadeRequired,
                                &here,
                                Side::New,
                                "field made required".to_owned(),
                                verdict,
                            );
                        } else {
                            let verdict = judged(at.usage, |dir| match dir {
                                // `new` loses an argument.
                                Dir::Request => Verdict::new(false, true),
                                // Old clients fail when it is absent, unless it was `Option`.
                                Dir::Response => Verdict::new(!o_null, rust_option_changed),
                            });
                            self.push(
                                ChangeKind::MadeOptional,
                                &here,
                                Side::New,
                                "field made optional".to_owned(),
                                verdict,
                            );
                        }
                    }
                    self.schema(of, nf, &here, (o_req, n_req));
                }
                (None, None) => {}
            }
        }
    }
}

fn op_at(old: &Operation, new: &Operation) -> At {
    At {
        subject: format!("operation `{}` ({} {})", new.id, new.method, new.path),
        old_ptr: old.pointer.clone(),
        new_ptr: new.pointer.clone(),
        usage: Usage::BOTH,
    }
}

/// A schema without its nullable wrapper (`allOf: [X]` with `nullable`, which the upgrade makes
/// of `anyOf: [X, null]`), and whether it is nullable.
fn unwrap(schema: &Value) -> (&Value, bool) {
    let nullable = schema.get("nullable") == Some(&Value::Bool(true));
    if let Some([only]) = schema
        .get("allOf")
        .and_then(Value::as_array)
        .map(Vec::as_slice)
        && schema.get("properties").is_none()
    {
        let (inner, inner_null) = unwrap(only);
        return (inner, nullable || inner_null);
    }
    (schema, nullable)
}

/// What a schema is, as far as its Rust type goes: the component it names, else its type and
/// format (`string enum`, `union`, `object`, ...).
fn label(schema: &Value) -> String {
    if let Some(reference) = schema.get("$ref").and_then(Value::as_str) {
        return format!("`{}`", component_name(reference).unwrap_or(reference));
    }
    if is_union(schema) {
        return "tagged union".to_owned();
    }
    let kind = schema
        .get("type")
        .and_then(Value::as_str)
        .unwrap_or_else(|| {
            if schema.get("properties").is_some() {
                "object"
            } else if schema.get("oneOf").is_some() || schema.get("anyOf").is_some() {
                "union"
            } else {
                "any"
            }
        });
    let mut out = kind.to_owned();
    if let Some(format) = schema.get("format").and_then(Value::as_str) {
        out = format!("{out} ({format})");
    }
    if kind == "string" && schema.get("enum").is_some() {
        out = "string enum".to_owned();
    }
    if kind == "array"
        && let Some(items) = schema.get("items")
    {
        let (items, _) = unwrap(items);
        if items.get("$ref").is_some() {
            out = format!("array of {}", label(items));
        }
    }
    out
}

fn is_union(schema: &Value) -> bool {
    schema.get("oneOf").is_some() && schema.get("discriminator").is_some()
}

fn is_open(schema: &Value) -> bool {
    schema.get("x-agentruntime-open") == Some(&Value::Bool(true))
}

/// A discriminated union's variants by tag value: the mapping, else the component names of its
/// `$ref` alternatives.
fn variants(schema: &Value) -> BTreeMap<String, Value> {
    let mut out = BTreeMap::new();
    let mapping = schema
        .pointer("/discriminator/mapping")
        .and_then(Value::as_object);
    let mapped: BTreeSet<&str> = mapping
        .into_iter()
        .flatten()
        .filter_map(|(_, r)| r.as_str())
        .collect();
    for (tag, reference) in mapping.into_iter().flatten() {
        out.insert(tag.clone(), serde_json::json!({ "$ref": reference }));
    }
    for alternative in schema
        .get("oneOf")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        if let Some(reference) = alternative.get("$ref").and_then(Value::as_str)
            && !mapped.contains(reference)
            && let Some(name) = component_name(reference)
        {
            out.insert(name.to_owned(), alternative.clone());
        }
    }
    out
}

/// The value without `description`/`summary` keys (documentation changes nothing for callers).
fn without_descriptions(value: &Value) -> Value {
    match value {
        Value::Object(map) => Value::Object(
            map.iter()
                .filter(|(k, _)| !matches!(k.as_str(), "description" | "summary"))
                .map(|(k, v)| (k.clone(), without_descriptions(v)))
                .collect(),
        ),
        Value::Array(items) => Value::Array(items.iter().map(without_descriptions).collect()),
        other => other.clone(),
    }
}

/// How the generated code sends a request body of these media types (`media::choose`).
fn request_shape(content: &BTreeMap<String, Value>) -> Option<crate::media::BodyKind> {
    let content: serde_json::Map<String, Value> = content
        .iter()
        .map(|(m, c)| (m.clone(), c.clone()))
        .collect();
    crate::media::choose(&Value::Null, &content).map(|(_, kind)| kind)
}

/// How the generated code reads a success body of these media types: 0 none, 1 JSON, 2 text,
/// 3 Server-Sent Events, 4 JSON lines, 5 bytes (as `annotate` decides).
fn response_shape(content: &BTreeMap<String, Value>) -> u8 {
    use crate::media;
    let framing = |m: &String| match media::base(m).as_str() {
        "text/event-stream" => 3,
        _ => 4,
    };
    if content.is_empty() {
        0
    } else if content.keys().any(|m| media::is_json(m)) {
        1
    } else if content.keys().all(|m| media::is_text(m)) {
        2
    } else if content.keys().all(|m| media::is_framed(m)) {
        let first = content.keys().next().map_or(5, framing);
        if content.keys().all(|m| framing(m) == first) {
            first
        } else {
            5
        }
    } else {
        5
    }
}

fn is_json(media: &str) -> bool {
    let base = media.split(';').next().unwrap_or("").trim();
    base == "application/json" || base.ends_with("+json")
}

fn join(items: &[&String]) -> String {
    items
        .iter()
        .map(|s| s.as_str())
        .collect::<Vec<_>>()
        .join(", ")
}

fn style(p: &Pagination) -> String {
    match p {
        Pagination::Cursor { param, next, items } => {
            format!("cursor `{param}` → `{next}`, items `{items}`")
        }
        Pagination::Offset { items, .. } => format!("offset, items `{items}`"),
    }
}

/// Public < viewer < contributor < project admin < tenant admin; no role as public.
fn role_rank(role: Option<Role>) -> u8 {
    match role {
        None | Some(Role::Public) => 0,
        Some(Role::ProjectViewer) => 1,
        Some(Role::ProjectContributor) => 2,
        Some(Role::ProjectAdmin) => 3,
        Some(Role::TenantAdmin) => 4,
    }
}

fn role_name(role: Option<Role>) -> String {
    match role {
        None => "none".to_owned(),
        Some(role) => role.to_string(),
    }
}

fn scope_rank(scope: Scope) -> u8 {
    match scope {
        Scope::None => 0,
        Scope::Tenant => 1,
        Scope::Project => 2,
    }
}

fn scope_name(scope: Scope) -> &'static str {
    match scope {
        Scope::None => "none",
        Scope::Tenant => "tenant",
        Scope::Project => "tenant and project",
    }
}

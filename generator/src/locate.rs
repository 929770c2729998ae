//! Finding what makes progenitor fail, in a number of attempts that grows with the failures,
//! not with the document.
//!
//! progenitor reports a failure without saying where it comes from, and gives every run all the
//! component schemas. So a failing document is narrowed by bisection over small documents:
//! a subset of the operations (or of the schemas) together with only the components they
//! reach. A half that fails is split again; a single operation or schema that fails is a
//! culprit. When two halves fail only together, the group is reported as a whole. Each attempt
//! costs what its subset holds, so a document with a few broken operations among a thousand is
//! located in tens of small generations instead of a thousand full ones.

use std::collections::{BTreeSet, VecDeque};

use serde_json::{Map, Value};

use crate::error::escape_segment;
use crate::walk;

/// A part of the document that fails to generate, with progenitor's message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Culprit {
    /// JSON pointers of the operations or schemas that fail (together, when more than one).
    pub pointers: Vec<String>,
    pub message: String,
}

/// Generates a trial document: `Ok` when progenitor accepts it, else its message.
pub type Attempt<'a> = dyn FnMut(&Value) -> Result<(), String> + 'a;

/// Where a failing document fails: the operations responsible, else the component schemas,
/// else (nothing smaller fails) nothing.
pub fn culprits(doc: &Value, attempt: &mut Attempt<'_>) -> Vec<Culprit> {
    let without_paths = with_operations(doc, &[], &BTreeSet::new(), true);
    if let Err(message) = attempt(&without_paths) {
        let names = schema_names(doc);
        let mut fails = |names: &[String]| {
            let wanted = closure(doc, names.iter().map(|n| schema_ref(n)).collect());
            attempt(&with_operations(doc, &[], &wanted, false))
        };
        let found = bisect(&names, message, &mut fails);
        return explained_away(doc, found)
            .into_iter()
            .map(|(names, message)| Culprit {
                pointers: names
                    .iter()
                    .map(|n| format!("/components/schemas/{}", escape_segment(n)))
                    .collect(),
                message,
            })
            .collect();
    }
    let operations = walk::operations(doc);
    let all: BTreeSet<String> = BTreeSet::new();
    // First with only what each subset reaches (small attempts); if the whole set passes that
    // way, the failure needs a schema no operation reaches, so every schema goes along.
    for keep_all_schemas in [false, true] {
        let mut fails = |ops: &[(String, String)]| {
            let wanted = if keep_all_schemas {
                all.clone()
            } else {
                closure(doc, operation_refs(doc, ops))
            };
            attempt(&with_operations(doc, ops, &wanted, keep_all_schemas))
        };
        if let Err(message) = fails(&operations) {
            return bisect(&operations, message, &mut fails)
                .into_iter()
                .map(|(ops, message)| Culprit {
                    pointers: ops
                        .iter()
                        .map(|(path, method)| walk::operation_pointer(path, method))
                        .collect(),
                    message,
                })
                .collect();
        }
    }
    Vec::new()
}

/// The smallest failing groups of `items`, which fail as a whole with `message`.
fn bisect<T: Clone>(
    items: &[T],
    message: String,
    fails: &mut dyn FnMut(&[T]) -> Result<(), String>,
) -> Vec<(Vec<T>, String)> {
    if items.len() <= 1 {
        return vec![(items.to_vec(), message)];
    }
    let (left, right) = items.split_at(items.len() / 2);
    let mut found = Vec::new();
    let left_result = fails(left);
    let right_result = fails(right);
    if left_result.is_ok() && right_result.is_ok() {
        return vec![(items.to_vec(), message)];
    }
    for (half, result) in [(left, left_result), (right, right_result)] {
        if let Err(message) = result {
            found.extend(bisect(half, message, fails));
        }
    }
    found
}

/// Drops a failing schema whose failure another failing schema it reaches explains (a schema
/// that refers to a broken one fails too).
fn explained_away(doc: &Value, found: Vec<(Vec<String>, String)>) -> Vec<(Vec<String>, String)> {
    let single: BTreeSet<String> = found
        .iter()
        .filter(|(names, _)| names.len() == 1)
        .map(|(names, _)| schema_ref(&names[0]))
        .collect();
    found
        .into_iter()
        .filter(|(names, _)| {
            names.len() != 1 || {
                let own = schema_ref(&names[0]);
                let reached = closure(doc, vec![own.clone()]);
                !reached.iter().any(|r| *r != own && single.contains(r))
            }
        })
        .collect()
}

fn schema_ref(name: &str) -> String {
    format!("#/components/schemas/{}", escape_segment(name))
}

fn schema_names(doc: &Value) -> Vec<String> {
    doc.pointer("/components/schemas")
        .and_then(Value::as_object)
        .map(|m| m.keys().cloned().collect())
        .unwrap_or_default()
}

/// The `$ref`s the operations (and their path items' shared parameters) hold.
fn operation_refs(doc: &Value, ops: &[(String, String)]) -> Vec<String> {
    let mut refs = Vec::new();
    for (path, method) in ops {
        let item = &doc["paths"][path];
        collect_refs(&item[method.as_str()], &mut refs);
        collect_refs(&item["parameters"], &mut refs);
    }
    refs
}

/// Every local reference reachable from `start`, following references inside what they name.
fn closure(doc: &Value, start: Vec<String>) -> BTreeSet<String> {
    let mut seen = BTreeSet::new();
    let mut queue: VecDeque<String> = start.into();
    while let Some(reference) = queue.pop_front() {
        if !seen.insert(reference.clone()) {
            continue;
        }
        if let Some(target) = walk::resolve(doc, &reference) {
            let mut found = Vec::new();
            collect_refs(target, &mut found);
            queue.extend(found.into_iter().filter(|r| !seen.contains(r)));
        }
    }
    seen
}

fn collect_refs(value: &Value, out: &mut Vec<String>) {
    match value {
        Value::Object(map) => {
            if let Some(Value::String(reference)) = map.get("$ref")
                && reference.starts_with("#/")
            {
                out.push(reference.clone());
            }
            for (key, child) in map {
                // Example values are data, not schema.
                if !matches!(key.as_str(), "example" | "examples" | "default" | "enum") {
                    collect_refs(child, out);
                }
            }
        }
        Value::Array(items) => items.iter().for_each(|i| collect_refs(i, out)),
        _ => {}
    }
}

/// The document with only `ops` as operations and, unless `all_components`, only the components
/// named in `wanted` (security schemes always stay: they are not types).
fn with_operations(
    doc: &Value,
    ops: &[(String, String)],
    wanted: &BTreeSet<String>,
    all_components: bool,
) -> Value {
    let mut trial = Map::new();
    for (key, value) in doc.as_object().into_iter().flatten() {
        match key.as_str() {
            "paths" => {
                let mut paths = Map::new();
                for (path, method) in ops {
                    let item = paths
                        .entry(path.clone())
                        .or_insert_with(|| path_item_without_operations(&doc["paths"][path]));
                    item[method.as_str()] = doc["paths"][path][method.as_str()].clone();
                }
                trial.insert(key.clone(), Value::Object(paths));
            }
            "components" if !all_components => {
                trial.insert(key.clone(), components(value, wanted));
            }
            _ => {
                trial.insert(key.clone(), value.clone());
            }
        }
    }
    Value::Object(trial)
}

fn path_item_without_operations(item: &Value) -> Value {
    let mut kept = item.as_object().cloned().unwrap_or_default();
    kept.retain(|key, _| !walk::METHODS.contains(&key.as_str()));
    Value::Object(kept)
}

fn components(all: &Value, wanted: &BTreeSet<String>) -> Value {
    let mut kept = Map::new();
    for (kind, members) in all.as_object().into_iter().flatten() {
        let Some(members) = members.as_object() else {
            continue;
        };
        let members = members
            .iter()
            .filter(|(name, _)| {
                kind == "securitySchemes"
                    || wanted.contains(&format!("#/components/{kind}/{}", escape_segment(name)))
            })
            .map(|(name, member)| (name.clone(), member.clone()))
            .collect::<Map<_, _>>();
        kept.insert(kind.clone(), Value::Object(members));
    }
    Value::Object(kept)
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    /// A document of `n` operations, each using its own schema; `bad` schemas fail to
    /// "generate" (the attempt below rejects any document that holds them).
    fn doc(n: usize, extra: Value) -> Value {
        let mut paths = Map::new();
        let mut schemas = Map::new();
        for i in 0..n {
            paths.insert(
                format!("/r{i}"),
                json!({"get": {"operationId": format!("op{i}"), "responses": {"200": {
                    "description": "ok",
                    "content": {"application/json": {"schema": {"$ref": format!("#/components/schemas/S{i}")}}}
                }}}}),
            );
            schemas.insert(format!("S{i}"), json!({"type": "object"}));
        }
        let mut doc =
            json!({"openapi": "3.0.3", "paths": paths, "components": {"schemas": schemas}});
        for (name, schema) in extra.as_object().into_iter().flatten() {
            doc["components"]["schemas"][name] = schema.clone();
        }
        doc
    }

    /// Fails when the trial holds any schema named in `bad` or any operation in `bad_ops`;
    /// counts the attempts and the schemas they carried.
    struct Judge {
        bad: Vec<&'static str>,
        bad_ops: Vec<&'static str>,
        attempts: usize,
        schemas_carried: usize,
    }

    impl Judge {
        fn attempt(&mut self, trial: &Value) -> Result<(), String> {
            self.attempts += 1;
            let schemas = trial
                .pointer("/components/schemas")
                .and_then(Value::as_object)
                .cloned()
                .unwrap_or_default();
            self.schemas_carried += schemas.len();
            for bad in &self.bad {
                if schemas.contains_key(*bad) {
                    return Err(format!("typify cannot name {bad}"));
                }
            }
            for (path, _) in walk::operations(trial) {
                if self.bad_ops.iter().any(|b| path == format!("/{b}")) {
                    return Err(format!("panic in {path}"));
                }
            }
            Ok(())
        }
    }

    fn run(
        doc: &Value,
        bad: Vec<&'static str>,
        bad_ops: Vec<&'static str>,
    ) -> (Vec<Culprit>, Judge) {
        let mut judge = Judge {
            bad,
            bad_ops,
            attempts: 0,
            schemas_carried: 0,
        };
        let found = culprits(doc, &mut |trial| judge.attempt(trial));
        (found, judge)
    }

    #[test]
    fn one_broken_operation_among_a_thousand_takes_a_few_small_attempts() {
        let doc = doc(1000, json!({}));
        let (found, judge) = run(&doc, vec![], vec!["r637"]);
        assert_eq!(
            found,
            vec![Culprit {
                pointers: vec!["/paths/~1r637/get".into()],
                message: "panic in /r637".into()
            }]
        );
        // 1 without paths, 1 whole, 2 per level of a 1000-item bisection.
        assert!(judge.attempts <= 2 + 2 * 10, "{} attempts", judge.attempts);
        // Each attempt carries only the schemas its operations reach: the two whole-document
        // attempts 1000 each, then both halves at every level (1000 + 500 + 250 + …), about
        // 4,000 in all, where generating each operation with every schema carried 1,000,000.
        assert!(
            judge.schemas_carried <= 4 * 1000,
            "{}",
            judge.schemas_carried
        );
    }

    #[test]
    fn several_broken_operations_are_each_named() {
        let doc = doc(40, json!({}));
        let (found, _) = run(&doc, vec![], vec!["r3", "r31", "r32"]);
        let pointers: Vec<_> = found.iter().flat_map(|c| c.pointers.clone()).collect();
        assert_eq!(
            pointers,
            ["/paths/~1r3/get", "/paths/~1r31/get", "/paths/~1r32/get"]
        );
    }

    #[test]
    fn a_broken_schema_is_blamed_not_the_operations_that_use_it() {
        // S5 is used by operation 5 and by Wrapper (which every other schema ignores).
        let doc = doc(
            20,
            json!({"Wrapper": {"type": "object", "properties": {"x": {"$ref": "#/components/schemas/S5"}}}}),
        );
        let (found, _) = run(&doc, vec!["S5"], vec![]);
        assert_eq!(
            found,
            vec![Culprit {
                pointers: vec!["/components/schemas/S5".into()],
                message: "typify cannot name S5".into()
            }]
        );
    }

    #[test]
    fn operations_that_fail_only_together_are_named_together() {
        let doc = doc(8, json!({}));
        let mut together = |trial: &Value| {
            let paths: Vec<_> = walk::operations(trial)
                .into_iter()
                .map(|(p, _)| p)
                .collect();
            if paths.contains(&"/r1".to_owned()) && paths.contains(&"/r6".to_owned()) {
                Err("two types named Foo".to_owned())
            } else {
                Ok(())
            }
        };
        let found = culprits(&doc, &mut together);
        assert_eq!(found.len(), 1);
        assert!(found[0].pointers.contains(&"/paths/~1r1/get".to_owned()));
        assert!(found[0].pointers.contains(&"/paths/~1r6/get".to_owned()));
        assert_eq!(found[0].message, "two types named Foo");
    }

    #[test]
    fn a_failure_that_needs_an_unreached_schema_is_still_located() {
        // Fails only when operation 2 and the schema Lonely (reached by nothing) are both in.
        let doc = doc(4, json!({"Lonely": {"type": "string"}}));
        let mut needs_lonely = |trial: &Value| {
            let has_lonely = trial.pointer("/components/schemas/Lonely").is_some();
            let has_op = trial.pointer("/paths/~1r2").is_some();
            if has_lonely && has_op {
                Err("clash with Lonely".to_owned())
            } else {
                Ok(())
            }
        };
        let found = culprits(&doc, &mut needs_lonely);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].pointers, ["/paths/~1r2/get"]);
    }

    #[test]
    fn trial_documents_keep_shared_parameters_and_security_schemes() {
        let doc = json!({
            "openapi": "3.0.3",
            "paths": {"/a/{id}": {
                "parameters": [{"$ref": "#/components/parameters/Id"}],
                "get": {"responses": {}}, "delete": {"responses": {}}
            }},
            "components": {
                "parameters": {"Id": {"name": "id", "in": "path", "schema": {"$ref": "#/components/schemas/Id"}}},
                "schemas": {"Id": {"type": "string"}, "Other": {"type": "string"}},
                "securitySchemes": {"pat": {"type": "http", "scheme": "bearer"}}
            }
        });
        let ops = vec![("/a/{id}".to_owned(), "get".to_owned())];
        let wanted = closure(&doc, operation_refs(&doc, &ops));
        let trial = with_operations(&doc, &ops, &wanted, false);
        assert!(trial.pointer("/paths/~1a~1{id}/get").is_some());
        assert!(trial.pointer("/paths/~1a~1{id}/delete").is_none());
        assert!(trial.pointer("/paths/~1a~1{id}/parameters").is_some());
        assert!(trial.pointer("/components/parameters/Id").is_some());
        assert!(trial.pointer("/components/schemas/Id").is_some());
        assert!(trial.pointer("/components/schemas/Other").is_none());
        assert!(trial.pointer("/components/securitySchemes/pat").is_some());
    }
}

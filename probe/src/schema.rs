//! JSON Schema validation of a body, reported as drifts (JSON pointer, expected, actual).
//!
//! Two things make the validation follow the spec's intent rather than the letter of plain
//! JSON Schema:
//!
//! - **Discriminated unions** (`oneOf` + `discriminator`) are checked the way the SDK decodes
//!   them: the tag selects the one alternative the body is checked against, an unknown tag is
//!   reported at the tag itself (`/graph/steps/0/type: expected one of [...]`), and a union marked
//!   open (`x-agentruntime-open: true`, or one alternative without a tag value, the catch-all)
//!   accepts unknown tags. [`prepare`] rewrites each such union into the equivalent
//!   `if`/`then` chain before the document is registered.
//! - **`oneOf`/`anyOf` failures** are reported through the alternative that came closest
//!   (its errors are the ones a reader can act on), not as one opaque "no alternative matched".

use agentruntime_generator::walk;
use jsonschema::error::{TypeKind, ValidationErrorKind};
use jsonschema::{ValidationError, Validator};
use serde_json::{Value, json};

use crate::redact;
use crate::report::{Drift, DriftSource};

/// Rewrites every discriminated union of the bundled document into an `if`/`then` chain keyed
/// by its tag (see the module docs). Unions the rewrite cannot read (no tag values, several
/// untagged alternatives, repeated tag values) are left as they are.
pub fn prepare(doc: &mut Value) {
    let original = doc.clone();
    walk::schemas_mut(doc, &mut |_, schema| rewrite_union(&original, schema));
}

fn rewrite_union(doc: &Value, schema: &mut Value) {
    let Some(tag) = schema
        .pointer("/discriminator/propertyName")
        .and_then(Value::as_str)
        .map(str::to_owned)
    else {
        return;
    };
    let Some((keyword, alternatives)) = ["oneOf", "anyOf"]
        .iter()
        .find_map(|keyword| Some((*keyword, schema.get(*keyword)?.as_array()?.clone())))
    else {
        return;
    };
    // Mapping values name their target as `#/components/schemas/X` or just `X`.
    let mapping: Vec<(String, String)> = schema
        .pointer("/discriminator/mapping")
        .and_then(Value::as_object)
        .map(|mapping| {
            mapping
                .iter()
                .filter_map(|(value, target)| {
                    let target = target.as_str()?;
                    let target = if target.contains('#') {
                        target.to_owned()
                    } else {
                        format!("#/components/schemas/{target}")
                    };
                    Some((value.clone(), target))
                })
                .collect()
        })
        .unwrap_or_default();
    let mut known: Vec<(String, Value)> = Vec::new();
    let mut catch_all: Vec<Value> = Vec::new();
    for alternative in alternatives {
        let resolved = walk::deref(doc, &alternative);
        let tag_schema = resolved.get("properties").and_then(|p| p.get(&tag));
        let single = tag_schema
            .and_then(|t| match (t.get("const"), t.get("enum")) {
                (Some(value), _) => Some(value.clone()),
                (None, Some(Value::Array(values))) if values.len() == 1 => Some(values[0].clone()),
                _ => None,
            })
            .and_then(|value| value.as_str().map(str::to_owned));
        let mapped = alternative
            .get("$ref")
            .and_then(Value::as_str)
            .and_then(|reference| {
                mapping
                    .iter()
                    .find(|(_, target)| target == reference)
                    .map(|(value, _)| value.clone())
            });
        match single.or(mapped) {
            Some(value) => known.push((value, alternative)),
            None => catch_all.push(alternative),
        }
    }
    let mut values: Vec<&str> = known.iter().map(|(value, _)| value.as_str()).collect();
    values.sort_unstable();
    values.dedup();
    if known.is_empty() || catch_all.len() > 1 || values.len() != known.len() {
        return;
    }
    let open = catch_all.len() == 1 || schema.get("x-agentruntime-open") == Some(&json!(true));
    let mut chain: Vec<Value> = known
        .iter()
        .map(|(value, alternative)| {
            json!({
                "if": {"properties": {&tag: {"const": value}}, "required": [&tag]},
                "then": alternative,
            })
        })
        .collect();
    if let Some(catch_all) = catch_all.pop() {
        chain.push(json!({
            "if": {"properties": {&tag: {"enum": values}}, "required": [&tag]},
            "else": catch_all,
        }));
    }
    if !open {
        chain.push(json!({"properties": {&tag: {"enum": values}}, "required": [&tag]}));
    }
    let Some(object) = schema.as_object_mut() else {
        return;
    };
    object.remove(keyword);
    match object.get_mut("allOf").and_then(Value::as_array_mut) {
        Some(all_of) => all_of.extend(chain),
        None => {
            object.insert("allOf".to_owned(), Value::Array(chain));
        }
    }
}

/// Every place `body` does not match the validator's schema.
pub fn drifts(validator: &Validator, body: &Value) -> Vec<Drift> {
    let mut out = Vec::new();
    for error in validator.iter_errors(body) {
        describe(&error, &mut out);
    }
    dedup(&mut out);
    out
}

fn dedup(drifts: &mut Vec<Drift>) {
    let mut seen = std::collections::HashSet::new();
    drifts.retain(|d| seen.insert((d.pointer.clone(), d.expected.clone())));
}

fn describe(error: &ValidationError<'_>, out: &mut Vec<Drift>) {
    let pointer = error.instance_path().as_str().to_owned();
    let instance: &Value = error.instance();
    let key = last_segment(&pointer);
    let actual = || preview(instance, key.as_deref());
    let drift = |pointer: String, expected: String, actual: String| Drift {
        pointer,
        expected,
        actual,
        source: DriftSource::Schema,
    };
    match error.kind() {
        ValidationErrorKind::Required { property } => {
            let name = property
                .as_str()
                .map_or_else(|| property.to_string(), str::to_owned);
            out.push(drift(
                format!("{pointer}/{}", crate::spec::escape(&name)),
                "a value (required)".to_owned(),
                "nothing".to_owned(),
            ));
        }
        ValidationErrorKind::Type { kind } => {
            let expected = match kind {
                TypeKind::Single(single) => single.to_string(),
                TypeKind::Multiple(set) => {
                    let names: Vec<String> = set.iter().map(|t| t.to_string()).collect();
                    format!("one of [{}]", names.join(", "))
                }
            };
            out.push(drift(pointer, expected, actual()));
        }
        ValidationErrorKind::Enum { options } => {
            out.push(drift(
                pointer,
                format!("one of {}", compact(options)),
                actual(),
            ));
        }
        ValidationErrorKind::Constant { expected_value } => {
            out.push(drift(pointer, compact(expected_value), actual()));
        }
        ValidationErrorKind::AdditionalProperties { unexpected }
        | ValidationErrorKind::UnevaluatedProperties { unexpected } => {
            for name in unexpected {
                let value = instance.get(name).unwrap_or(&Value::Null);
                out.push(drift(
                    format!("{pointer}/{}", crate::spec::escape(name)),
                    "no such property".to_owned(),
                    preview(value, Some(name)),
                ));
            }
        }
        ValidationErrorKind::OneOfNotValid { context } | ValidationErrorKind::AnyOf { context } => {
            match closest(context, &pointer) {
                Some(errors) => errors.iter().for_each(|e| describe(e, out)),
                None => out.push(drift(
                    pointer,
                    format!("a match for one of {} alternatives", context.len()),
                    actual(),
                )),
            }
        }
        ValidationErrorKind::OneOfMultipleValid { .. } => {
            out.push(drift(
                pointer,
                "exactly one alternative to match".to_owned(),
                actual(),
            ));
        }
        ValidationErrorKind::Minimum { limit } => {
            out.push(drift(pointer, format!(">= {limit}"), actual()))
        }
        ValidationErrorKind::Maximum { limit } => {
            out.push(drift(pointer, format!("<= {limit}"), actual()))
        }
        ValidationErrorKind::ExclusiveMinimum { limit } => {
            out.push(drift(pointer, format!("> {limit}"), actual()))
        }
        ValidationErrorKind::ExclusiveMaximum { limit } => {
            out.push(drift(pointer, format!("< {limit}"), actual()))
        }
        ValidationErrorKind::MinLength { limit } => {
            out.push(drift(
                pointer,
                format!("at least {limit} characters"),
                actual(),
            ));
        }
        ValidationErrorKind::MaxLength { limit } => {
            out.push(drift(
                pointer,
                format!("at most {limit} characters"),
                actual(),
            ));
        }
        ValidationErrorKind::MinItems { limit } => {
            out.push(drift(pointer, format!("at least {limit} items"), actual()))
        }
        ValidationErrorKind::MaxItems { limit } => {
            out.push(drift(pointer, format!("at most {limit} items"), actual()))
        }
        ValidationErrorKind::Pattern { pattern } => {
            out.push(drift(
                pointer,
                format!("a string matching /{pattern}/"),
                actual(),
            ));
        }
        ValidationErrorKind::FalseSchema => {
            out.push(drift(pointer, "nothing here".to_owned(), actual()))
        }
        other => out.push(drift(
            pointer,
            format!("{} ({error})", other.keyword()),
            actual(),
        )),
    }
}

/// The errors of the alternative that came closest: one whose value had the right type at the
/// union's own position, with the fewest errors. `None` when every alternative already failed
/// on the type of the value itself (then the union failure is the clearest report).
fn closest<'e>(
    context: &'e [Vec<ValidationError<'static>>],
    pointer: &str,
) -> Option<&'e Vec<ValidationError<'static>>> {
    context
        .iter()
        .filter(|errors| !errors.is_empty())
        .filter(|errors| {
            !errors.iter().any(|e| {
                e.instance_path().as_str() == pointer
                    && matches!(e.kind(), ValidationErrorKind::Type { .. })
            })
        })
        .min_by_key(|errors| errors.len())
}

/// The last segment of a JSON pointer (the key a value sits under), unescaped.
pub(crate) fn last_segment(pointer: &str) -> Option<String> {
    let segment = pointer.rsplit('/').next().filter(|_| !pointer.is_empty())?;
    Some(segment.replace("~1", "/").replace("~0", "~"))
}

/// A short rendering of a value from a response for a drift line: redacted like a recorded
/// fixture (the value sits under `key`), then cut to 80 characters.
pub(crate) fn preview(value: &Value, key: Option<&str>) -> String {
    let mut value = value.clone();
    redact::redact_under(&mut value, key);
    let text = compact(&value);
    if text.chars().count() > 80 {
        let cut: String = text.chars().take(77).collect();
        format!("{cut}...")
    } else {
        text
    }
}

fn compact(value: &Value) -> String {
    serde_json::to_string(value).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn validator(doc: Value, component: &str) -> (crate::spec::Spec, String) {
        let spec = crate::spec::Spec::from_document(doc).expect("document");
        (spec, format!("/components/schemas/{component}"))
    }

    fn pointers(drifts: &[Drift]) -> Vec<&str> {
        drifts.iter().map(|d| d.pointer.as_str()).collect()
    }

    fn union_doc(open: bool) -> Value {
        json!({
            "openapi": "3.1.0",
            "paths": {},
            "components": {"schemas": {
                "Event": {
                    "type": "object",
                    "required": ["type", "id"],
                    "properties": {"type": {"type": "string"}, "id": {"type": "string"}},
                    "x-agentruntime-open": open,
                    "discriminator": {"propertyName": "type", "mapping": {"a": "#/components/schemas/A"}},
                    "oneOf": [{"$ref": "#/components/schemas/A"}, {"$ref": "#/components/schemas/B"}]
                },
                "A": {"type": "object", "properties": {"data": {"type": "integer"}}, "unevaluatedProperties": true},
                "B": {"type": "object", "properties": {"type": {"enum": ["b"]}, "data": {"type": "string"}}},
                "List": {"type": "object", "properties": {"items": {"type": "array", "items": {"$ref": "#/components/schemas/Event"}}}}
            }}
        })
    }

    #[test]
    fn a_closed_union_reports_an_unknown_tag_at_the_tag() {
        let (spec, pointer) = validator(union_doc(false), "List");
        let body = json!({"items": [
            {"type": "a", "id": "1", "data": 1},
            {"type": "b", "id": "2", "data": "x"},
            {"type": "x", "id": "3"},
            {"type": "a", "id": "4", "data": "not a number"}
        ]});
        let drifts = spec.validate(&pointer, &body).unwrap();
        assert_eq!(
            pointers(&drifts),
            ["/items/2/type", "/items/3/data"],
            "{drifts:?}"
        );
        assert_eq!(drifts[0].expected, r#"one of ["a","b"]"#);
        assert_eq!(drifts[0].actual, r#""x""#);
        assert_eq!(drifts[1].expected, "integer");
    }

    #[test]
    fn an_open_union_accepts_unknown_tags() {
        let (spec, pointer) = validator(union_doc(true), "List");
        let body = json!({"items": [{"type": "x", "id": "3", "data": [1]}, {"type": "b", "id": "4", "data": 5}]});
        let drifts = spec.validate(&pointer, &body).unwrap();
        assert_eq!(pointers(&drifts), ["/items/1/data"], "{drifts:?}");
    }

    #[test]
    fn required_type_and_nullable_alternatives() {
        let doc = json!({
            "openapi": "3.1.0",
            "paths": {},
            "components": {"schemas": {
                "Page": {
                    "type": "object",
                    "required": ["items", "next_page"],
                    "properties": {
                        "items": {"type": "array", "items": {"$ref": "#/components/schemas/Run"}},
                        "next_page": {"type": ["string", "null"]}
                    }
                },
                "Run": {
                    "type": "object",
                    "required": ["run_id"],
                    "properties": {
                        "run_id": {"type": "string"},
                        "owner": {"anyOf": [{"$ref": "#/components/schemas/Owner"}, {"type": "null"}]},
                        "token": {"type": "string"}
                    }
                },
                "Owner": {"type": "object", "required": ["email"], "properties": {"email": {"type": "string"}}}
            }}
        });
        let (spec, pointer) = validator(doc, "Page");
        let drifts = spec.validate(&pointer, &json!({"workflows": []})).unwrap();
        assert_eq!(pointers(&drifts), ["/items", "/next_page"]);
        assert_eq!(drifts[0].expected, "a value (required)");
        let drifts = spec
            .validate(
                &pointer,
                &json!({"items": [{"id": "r1", "owner": {}, "token": 7}], "next_page": 3}),
            )
            .unwrap();
        assert_eq!(
            pointers(&drifts),
            [
                "/items/0/run_id",
                "/items/0/owner/email",
                "/items/0/token",
                "/next_page"
            ],
            "{drifts:?}"
        );
        assert_eq!(drifts[3].expected, "one of [null, string]");
        let secret = spec
            .validate(
                &pointer,
                &json!({"items": [{"run_id": 1, "token": ["pat_secret"]}], "next_page": null}),
            )
            .unwrap();
        assert_eq!(secret[1].pointer, "/items/0/token");
        assert_eq!(
            secret[1].actual, r#"["[REDACTED]"]"#,
            "previews are redacted"
        );
    }
}

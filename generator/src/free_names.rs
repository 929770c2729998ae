//! typify names the types it makes without checking the names are free, and two schemas named
//! alike became one Rust type (or two of one name). These rewrites, run at the end of the
//! upgrade, give every schema typify names a name no other has.

use std::collections::BTreeSet;

use serde_json::{Map, Value, json};

use crate::names::type_name;
use crate::walk;

pub fn make_free(doc: &mut Value) {
    unique_component_names(doc);
    unique_titles(doc);
    free_inline_names(doc);
    free_nullable_unions(doc);
}

/// Names of the prelude and of `std` that generated code writes bare (`String`, `Option` …): a
/// component of such a name (AWS's `String`) would shadow it.
const PRELUDE: &[&str] = &[
    "Box",
    "Clone",
    "Copy",
    "Debug",
    "Default",
    "Display",
    "Eq",
    "Err",
    "Fn",
    "From",
    "Hash",
    "Into",
    "Iterator",
    "None",
    "Ok",
    "Option",
    "Ord",
    "PartialEq",
    "PartialOrd",
    "Result",
    "Send",
    "Sized",
    "Some",
    "String",
    "Sync",
    "ToOwned",
    "ToString",
    "TryFrom",
    "TryInto",
    "Vec",
];

/// Component keys that differ but make one Rust name (xtrf's `FileDTO` and `FileDto`, AWS's
/// `Boolean` and `boolean`) would be one type, or two of one name. The later key becomes
/// `{key}_2` (then `_3`…); a key named like the prelude (`String`) becomes `{key}_value`. Every
/// `$ref` follows.
fn unique_component_names(doc: &mut Value) {
    let Some(schemas) = doc
        .pointer_mut("/components/schemas")
        .and_then(Value::as_object_mut)
    else {
        return;
    };
    let keys: Vec<String> = schemas.keys().cloned().collect();
    let mut taken: BTreeSet<String> = BTreeSet::new();
    let all: BTreeSet<String> = keys.iter().map(|k| type_name(k)).collect();
    let mut renames = Vec::new();
    for key in &keys {
        let name = type_name(key);
        let prelude = PRELUDE.contains(&name.as_str());
        if !prelude && taken.insert(name) {
            continue;
        }
        let free = (1..)
            .map(|n| match (prelude, n) {
                (true, 1) => format!("{key}_value"),
                (true, n) => format!("{key}_value{n}"),
                (false, n) => format!("{key}_{}", n + 1),
            })
            .find(|c| {
                let name = type_name(c);
                !taken.contains(&name) && !all.contains(&name) && !schemas.contains_key(c)
            })
            .expect("an unbounded range has a free name");
        taken.insert(type_name(&free));
        if let Some(schema) = schemas.remove(key) {
            schemas.insert(free.clone(), schema);
        }
        renames.push((key.clone(), free));
    }
    if renames.is_empty() {
        return;
    }
    let renames: Vec<(String, String)> = renames
        .into_iter()
        .map(|(old, new)| {
            let prefix =
                |k: &str| format!("#/components/schemas/{}", crate::error::escape_segment(k));
            (prefix(&old), prefix(&new))
        })
        .collect();
    retarget_refs(doc, &renames);
}

/// Points every `$ref` that starts with an old pointer (the whole of it, or a pointer inside it)
/// at the new one.
fn retarget_refs(value: &mut Value, renames: &[(String, String)]) {
    match value {
        Value::Object(map) => {
            if let Some(Value::String(reference)) = map.get_mut("$ref") {
                for (old, new) in renames {
                    let rest = reference.strip_prefix(old.as_str());
                    if let Some(rest) = rest.filter(|r| r.is_empty() || r.starts_with('/')) {
                        *reference = format!("{new}{rest}");
                        break;
                    }
                }
            }
            map.values_mut().for_each(|v| retarget_refs(v, renames));
        }
        Value::Array(items) => items.iter_mut().for_each(|v| retarget_refs(v, renames)),
        _ => {}
    }
}

/// `suggested_value`, else `suggested_value2`, … : the first name no type has; it is taken.
fn free_name(suggested: &str, taken: &mut BTreeSet<String>) -> String {
    let free = (1..)
        .map(|n| match n {
            1 => format!("{suggested}_value"),
            n => format!("{suggested}_value{n}"),
        })
        .find(|c| !taken.contains(&type_name(c)))
        .expect("an unbounded range has a free name");
    taken.insert(type_name(&free));
    free
}

/// Makes `map` refer to the component `target` through `allOf` (which keeps its `nullable` and
/// description) and returns what it held: the schema the component is to have.
fn refer(map: &mut Map<String, Value>, target: &str) -> Value {
    let mut moved = std::mem::take(map);
    let reference = format!(
        "#/components/schemas/{}",
        crate::error::escape_segment(target)
    );
    map.insert("allOf".into(), json!([{ "$ref": reference }]));
    for key in ["nullable", "description"] {
        if let Some(value) = moved.remove(key) {
            map.insert(key.into(), value);
        }
    }
    Value::Object(moved)
}

/// A nullable component that is a union (`oneOf`/`anyOf`, or an `allOf` of several schemas) is a
/// newtype of an `Option` in typify, which names the type inside after the component itself:
/// GitHub's `nullable-secret-scanning-first-detected-location` gave a struct and an enum of one
/// name. The union moves to a component of a free name (`…_value`), and the component refers to
/// it, so the newtype holds `Option<NullableThingValue>` (typify's `…Inner` for objects).
fn free_nullable_unions(doc: &mut Value) {
    hoist_from_components(doc, &mut |name, schema, names| {
        let Some(map) = schema.as_object_mut() else {
            return;
        };
        let nullable_union = map.get("nullable") == Some(&json!(true))
            && !map.contains_key("type")
            && !map.contains_key("properties")
            && makes_type(map);
        if nullable_union {
            let free = free_name(name, &mut names.taken);
            let moved = refer(map, &free);
            names.hoisted.push((free, moved));
        }
    });
}

/// Schemas to add as components, by name.
type Hoisted = Vec<(String, Value)>;

/// The type names taken so far, and the schemas to add as components.
struct Names {
    taken: BTreeSet<String>,
    hoisted: Hoisted,
}

/// Calls `f` on each component schema; what it hoists is added once every component has been
/// seen.
fn hoist_from_components(doc: &mut Value, f: &mut dyn FnMut(&str, &mut Value, &mut Names)) {
    let Some(schemas) = doc
        .pointer_mut("/components/schemas")
        .and_then(Value::as_object_mut)
    else {
        return;
    };
    let mut names = Names {
        taken: schemas.keys().map(|name| type_name(name)).collect(),
        hoisted: Vec::new(),
    };
    for (name, schema) in schemas.iter_mut() {
        f(name, schema, &mut names);
    }
    schemas.extend(names.hoisted);
}

/// typify names an untitled inline schema of a component's property `{component}_{property}`
/// (Pascal case), without checking the name is free: Stripe's `balance_transaction.source`
/// became `BalanceTransactionSource`, the name of the component `balance_transaction_source`,
/// and the crate had two types of one name. Such a schema becomes a component of a free name
/// (`…_value`, then numbered) that the property refers to (through `allOf`, which keeps its
/// `nullable` and description); a `title` would not do, since typify ignores it on a nullable
/// schema.
fn free_inline_names(doc: &mut Value) {
    hoist_from_components(doc, &mut |name, schema, names| {
        name_properties(schema, name, &mut names.taken, &mut names.hoisted, 0);
    });
}

fn name_properties(
    schema: &mut Value,
    name: &str,
    taken: &mut BTreeSet<String>,
    hoisted: &mut Hoisted,
    depth: usize,
) {
    if depth > 16 {
        return;
    }
    let Some(properties) = schema.get_mut("properties").and_then(Value::as_object_mut) else {
        return;
    };
    for (property, child) in properties.iter_mut() {
        let Some(map) = child.as_object_mut() else {
            continue;
        };
        if map.contains_key("$ref") {
            continue;
        }
        let suggested = format!("{name}_{property}");
        if let Some(title) = map.get("title").and_then(Value::as_str) {
            let title = title.to_owned();
            name_properties(child, &title, taken, hoisted, depth + 1);
            continue;
        }
        if !makes_type(map) || taken.insert(type_name(&suggested)) {
            name_properties(child, &suggested, taken, hoisted, depth + 1);
            continue;
        }
        let free = free_name(&suggested, taken);
        let mut moved = refer(map, &free);
        name_properties(&mut moved, &free, taken, hoisted, depth + 1);
        hoisted.push((free, moved));
    }
}

/// Whether typify makes a named type of this inline schema.
fn makes_type(schema: &serde_json::Map<String, Value>) -> bool {
    schema.contains_key("properties")
        || schema.contains_key("enum")
        || ["oneOf", "anyOf", "allOf"].iter().any(|k| {
            schema
                .get(*k)
                .and_then(Value::as_array)
                .is_some_and(|alternatives| {
                    // `anyOf [X, null]` is `Option<X>`, not a type of its own.
                    alternatives
                        .iter()
                        .filter(|a| a.get("type") != Some(&json!("null")))
                        .count()
                        > 1
                })
        })
}

/// typify names an inline schema after its `title`, without checking the name is free: an
/// inline `title: Dataset` beside a component `Dataset` (or two inline schemas titled alike)
/// made two Rust types of one name. Such a title is dropped, and typify names the schema after
/// where it is (`AddressDataset`); a title no other type has is kept.
fn unique_titles(doc: &mut Value) {
    let mut taken: BTreeSet<String> = doc
        .pointer("/components/schemas")
        .and_then(Value::as_object)
        .into_iter()
        .flatten()
        .map(|(name, _)| type_name(name))
        .collect();
    walk::schemas_mut(doc, &mut |ptr, schema| {
        let component = ptr
            .strip_prefix("/components/schemas/")
            .filter(|rest| !rest.contains('/'));
        if let Some(key) = component {
            // A component is named by its key, but typify names the inner type of a nullable
            // one after its title: GitHub's `nullable-simple-commit` (titled `Simple Commit`)
            // gave a second `SimpleCommit` beside the component `simple-commit`, and its
            // `issue-type` (titled `Issue Type`) an `IssueType` inside an `IssueType`. Such a
            // title goes (the inner type is then `NullableSimpleCommitInner`); a free one is
            // kept and taken.
            let own = type_name(&key.replace("~1", "/").replace("~0", "~"));
            if let Some(map) = schema.as_object_mut()
                && let Some(title) = map.get("title").and_then(Value::as_str)
            {
                let named = type_name(title);
                let nullable = map.get("nullable") == Some(&json!(true));
                if (named == own && nullable) || (named != own && taken.contains(&named)) {
                    map.remove("title");
                } else if nullable {
                    taken.insert(named);
                }
            }
            return;
        }
        let Some(map) = schema.as_object_mut() else {
            return;
        };
        if let Some(title) = map.get("title").and_then(Value::as_str)
            && !taken.insert(type_name(title))
        {
            map.remove("title");
        }
    });
}

/// What the rewrites above cannot foresee: a Rust name typify declared twice in its `types`
/// module, which would be a crate that does not compile. Each is a located problem at the
/// schemas that take that name (exactly, else as the prefix of an inline schema's name).
pub fn check_declared_once(
    file: &syn::File,
    doc: &Value,
    sources: &crate::load::SourceMap,
) -> Result<(), crate::error::Error> {
    use crate::error::{Problem, ProblemKind};
    let mut seen = BTreeSet::new();
    let mut twice = BTreeSet::new();
    let types = file.items.iter().find_map(|item| match item {
        syn::Item::Mod(m) if m.ident == "types" => m.content.as_ref().map(|(_, items)| items),
        _ => None,
    });
    for item in types.into_iter().flatten() {
        if let Some(name) = crate::rewrite::index::declared(item)
            && !seen.insert(name.clone())
        {
            twice.insert(name);
        }
    }
    if twice.is_empty() {
        return Ok(());
    }
    let components: Vec<(String, String)> = doc
        .pointer("/components/schemas")
        .and_then(Value::as_object)
        .into_iter()
        .flatten()
        .map(|(key, _)| (key.clone(), type_name(key)))
        .collect();
    let problems = twice
        .into_iter()
        .map(|name| {
            let exact: Vec<&String> = components
                .iter()
                .filter(|(_, rust)| *rust == name)
                .map(|(key, _)| key)
                .collect();
            let owner = exact.first().copied().or_else(|| {
                components
                    .iter()
                    .filter(|(_, rust)| name.starts_with(rust.as_str()))
                    .max_by_key(|(_, rust)| rust.len())
                    .map(|(key, _)| key)
            });
            let pointer = owner
                .map(|key| format!("/components/schemas/{}", crate::error::escape_segment(key)))
                .unwrap_or_default();
            Problem::new(
                sources.locate(&pointer),
                ProblemKind::Generator,
                format!(
                    "typify declares two Rust types named `{name}`; give one of the schemas \
                     named so a `title` no other schema has"
                ),
            )
        })
        .collect();
    Err(crate::error::Error::Spec(problems))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::upgrade::{Version, to_30};

    #[test]
    fn an_inline_schema_whose_name_a_component_has_gets_a_free_title() {
        let mut doc = json!({
            "openapi": "3.0.3",
            "info": {"title": "t", "version": "1"},
            "paths": {},
            "components": {"schemas": {
                "balance_transaction": {"type": "object", "properties": {
                    "source": {"anyOf": [{"type": "string"}, {"$ref": "#/components/schemas/charge"}]},
                    "fee": {"type": "object", "properties": {"amount": {"type": "integer"}}}
                }},
                "balance_transaction_source": {"type": "string"},
                "charge": {"type": "object"}
            }}
        });
        doc["components"]["schemas"]["balance_transaction"]["properties"]["source"]["nullable"] =
            json!(true);
        to_30(&mut doc, Version::V30);
        let schemas = &doc["components"]["schemas"];
        assert_eq!(
            schemas["balance_transaction"]["properties"]["source"],
            json!({"allOf": [{"$ref": "#/components/schemas/balance_transaction_source_value"}], "nullable": true})
        );
        assert!(schemas["balance_transaction_source_value"]["anyOf"].is_array());
        // A free name is left alone.
        assert!(schemas["balance_transaction"]["properties"]["fee"]["properties"].is_object());
        // typify now makes each type once.
        let file =
            crate::progen::generate(&doc, &[], &crate::load::SourceMap::default(), &mut |_| {})
                .expect("generates")
                .file;
        let text = quote::quote!(#file).to_string();
        assert_eq!(
            text.matches("pub enum BalanceTransactionSourceValue ")
                .count(),
            1
        );
        assert_eq!(
            text.matches("pub struct BalanceTransactionSource ").count(),
            1
        );
        assert_eq!(
            text.matches("pub enum BalanceTransactionSource ").count(),
            0
        );
    }

    #[test]
    fn a_component_titled_like_another_component_loses_its_title() {
        let mut doc = json!({
            "openapi": "3.0.3",
            "info": {"title": "t", "version": "1"},
            "paths": {},
            "components": {"schemas": {
                "simple-commit": {"title": "Simple Commit", "type": "object",
                                  "properties": {"id": {"type": "string"}}},
                "nullable-simple-commit": {"title": "Simple Commit", "type": "object", "nullable": true,
                                           "properties": {"id": {"type": "string"}, "extra": {"type": "integer"}}}
            }}
        });
        to_30(&mut doc, Version::V30);
        let schemas = &doc["components"]["schemas"];
        assert_eq!(schemas["simple-commit"]["title"], "Simple Commit");
        assert_eq!(schemas["nullable-simple-commit"].get("title"), None);
        let file =
            crate::progen::generate(&doc, &[], &crate::load::SourceMap::default(), &mut |_| {})
                .expect("generates")
                .file;
        let text = quote::quote!(#file).to_string();
        // One `SimpleCommit`, and the nullable one's fields kept in a type of their own.
        assert_eq!(text.matches("pub struct SimpleCommit ").count(), 1);
        assert!(
            text.contains("pub struct NullableSimpleCommitInner "),
            "{text}"
        );
    }

    #[test]
    fn an_inline_title_another_type_has_is_dropped() {
        let mut doc = json!({
            "openapi": "3.0.3",
            "paths": {},
            "components": {"schemas": {
                "Dataset": {"type": "string", "enum": ["paf"]},
                "Address": {"type": "object", "properties": {
                    "dataset": {"title": "Dataset", "type": "string", "enum": ["ab"]},
                    "kind": {"title": "Kind", "type": "string"},
                    "other": {"title": "Kind", "type": "integer"}
                }}
            }}
        });
        to_30(&mut doc, Version::V30);
        let properties = &doc["components"]["schemas"]["Address"]["properties"];
        assert_eq!(properties["dataset"].get("title"), None);
        assert_eq!(properties["kind"]["title"], "Kind");
        assert_eq!(properties["other"].get("title"), None);
    }

    #[test]
    fn a_nullable_union_component_moves_to_a_free_name() {
        let mut doc = json!({
            "openapi": "3.0.3",
            "info": {"title": "t", "version": "1"},
            "paths": {},
            "components": {"schemas": {
                "loc-commit": {"type": "object", "properties": {"path": {"type": "string"}}, "required": ["path"]},
                "loc-issue": {"type": "object", "properties": {"url": {"type": "string"}}, "required": ["url"]},
                "nullable-loc": {"description": "Where.", "nullable": true, "oneOf": [
                    {"$ref": "#/components/schemas/loc-commit"}, {"$ref": "#/components/schemas/loc-issue"}]},
                "nullable-any": {"nullable": true, "anyOf": [{"type": "string"}, {"type": "integer"}]},
                "nullable-both": {"nullable": true, "allOf": [
                    {"$ref": "#/components/schemas/loc-commit"}, {"$ref": "#/components/schemas/loc-issue"}]},
                "nullable-one": {"nullable": true, "allOf": [{"$ref": "#/components/schemas/loc-commit"}]},
                "nullable-object": {"nullable": true, "type": "object", "properties": {"a": {"type": "string"}}}
            }}
        });
        to_30(&mut doc, Version::V30);
        let schemas = &doc["components"]["schemas"];
        assert_eq!(
            schemas["nullable-loc"],
            json!({"allOf": [{"$ref": "#/components/schemas/nullable-loc_value"}],
                   "nullable": true, "description": "Where."})
        );
        assert_eq!(
            schemas["nullable-loc_value"]["oneOf"]
                .as_array()
                .map(Vec::len),
            Some(2)
        );
        assert!(schemas["nullable-any_value"]["anyOf"].is_array());
        assert!(schemas["nullable-both_value"]["allOf"].is_array());
        // `Option<LocCommit>` and typify's `…Inner` need no help.
        assert!(schemas.get("nullable-one_value").is_none());
        assert!(schemas.get("nullable-object_value").is_none());
        let file =
            crate::progen::generate(&doc, &[], &crate::load::SourceMap::default(), &mut |_| {})
                .expect("generates")
                .file;
        let text = quote::quote!(#file).to_string();
        for name in ["NullableLoc", "NullableAny", "NullableBoth"] {
            let defined = text.matches(&format!("pub struct {name} ")).count()
                + text.matches(&format!("pub enum {name} ")).count();
            assert_eq!(defined, 1, "{name}: {text}");
            assert!(text.contains(&format!("{name}Value ")), "{name}");
        }
    }

    #[test]
    fn a_name_typify_declares_twice_is_a_located_problem() {
        let doc = json!({"components": {"schemas": {"thing": {}, "other": {}}}});
        let file: syn::File = syn::parse_quote! {
            pub mod types {
                pub struct Thing(Option<Thing>);
                pub enum Thing { A }
                pub struct ThingKind;
                pub struct ThingKind { a: i64 }
                pub struct Other;
            }
        };
        let error = check_declared_once(&file, &doc, &crate::load::SourceMap::default())
            .expect_err("two declarations of one name");
        let problems = error.problems();
        assert_eq!(problems.len(), 2, "{error}");
        assert!(
            problems
                .iter()
                .all(|p| p.location.pointer == "/components/schemas/thing")
        );
        assert!(problems[0].message.contains("`Thing`"), "{error}");
        assert!(problems[1].message.contains("`ThingKind`"), "{error}");
        let once: syn::File = syn::parse_quote!(
            pub mod types {
                pub struct Other;
            }
        );
        assert!(check_declared_once(&once, &doc, &crate::load::SourceMap::default()).is_ok());
    }

    #[test]
    fn a_nullable_component_titled_like_itself_or_like_another_loses_its_title() {
        let mut doc = json!({
            "openapi": "3.0.3",
            "info": {"title": "t", "version": "1"},
            "paths": {},
            "components": {"schemas": {
                "issue-type": {"title": "Issue Type", "type": "object", "nullable": true,
                               "properties": {"id": {"type": "integer"}}},
                "plain": {"title": "Plain", "type": "object", "properties": {"id": {"type": "integer"}}},
                "a-first": {"title": "Shared Name", "type": "object", "nullable": true,
                            "properties": {"a": {"type": "integer"}}},
                "b-second": {"title": "Shared Name", "type": "object", "nullable": true,
                             "properties": {"b": {"type": "string"}}}
            }}
        });
        to_30(&mut doc, Version::V30);
        let schemas = &doc["components"]["schemas"];
        assert_eq!(schemas["issue-type"].get("title"), None);
        assert_eq!(schemas["plain"]["title"], "Plain");
        assert_eq!(schemas["a-first"]["title"], "Shared Name");
        assert_eq!(schemas["b-second"].get("title"), None);
        let file =
            crate::progen::generate(&doc, &[], &crate::load::SourceMap::default(), &mut |_| {})
                .expect("generates")
                .file;
        check_declared_once(&file, &doc, &crate::load::SourceMap::default())
            .expect("every name declared once");
        let text = quote::quote!(#file).to_string();
        assert!(text.contains("pub struct IssueTypeInner "), "{text}");
        assert!(text.contains("pub struct SharedName "), "{text}");
        assert!(text.contains("pub struct BSecondInner "), "{text}");
    }

    #[test]
    fn component_keys_of_one_rust_name_are_told_apart() {
        let mut doc = json!({
            "openapi": "3.0.3",
            "info": {"title": "t", "version": "1"},
            "paths": {"/f": {"get": {"operationId": "get_f", "responses": {"200": {
                "description": "ok", "content": {"application/json": {"schema": {
                    "$ref": "#/components/schemas/FileDto"}}}}}}}},
            "components": {"schemas": {
                "FileDTO": {"type": "object", "properties": {"url": {"type": "string"}}},
                "FileDto": {"type": "object", "properties": {
                    "fileId": {"type": "string"},
                    "flag": {"$ref": "#/components/schemas/boolean"}}},
                "Boolean": {"type": "boolean"},
                "boolean": {"type": "boolean"},
                "String": {"type": "string", "maxLength": 9}
            }}
        });
        to_30(&mut doc, Version::V30);
        let schemas = &doc["components"]["schemas"];
        assert!(schemas["FileDTO"]["properties"]["url"].is_object());
        assert!(schemas["FileDto_2"]["properties"]["fileId"].is_object());
        assert_eq!(schemas["String_value"]["maxLength"], 9);
        assert!(schemas.get("String").is_none());
        assert_eq!(
            schemas["FileDto_2"]["properties"]["flag"]["$ref"],
            "#/components/schemas/boolean_2"
        );
        assert_eq!(
            doc["paths"]["/f"]["get"]["responses"]["200"]["content"]["application/json"]["schema"]
                ["$ref"],
            "#/components/schemas/FileDto_2"
        );
        let file =
            crate::progen::generate(&doc, &[], &crate::load::SourceMap::default(), &mut |_| {})
                .expect("generates")
                .file;
        check_declared_once(&file, &doc, &crate::load::SourceMap::default())
            .expect("every name declared once");
    }
}

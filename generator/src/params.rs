//! Parameters as progenitor reads them. progenitor 0.15 accepts query parameters of style `form`
//! only, no cookie parameters, and no parameter whose type typify makes a struct (its builder
//! interface asserts such a type is the body). How each parameter goes on the wire is already in
//! the operation table (`model::Param`: style, explode, allowReserved, read by `annotate`), and
//! `rewrite/params.rs` writes the calls that serialize it. So before progenitor runs:
//!
//! - every query parameter is presented as `form`, every path parameter as `simple`, every
//!   cookie parameter as a header parameter:
//!   progenitor gives each its typed builder setter (or entry-method argument when required),
//!   and the rewrite replaces what progenitor sends for it;
//! - a parameter whose schema is an object (a `$ref` to one, `allOf`, or a single non-null
//!   `oneOf`/`anyOf` alternative) gets a component type: the component it refers to, or its
//!   inline schema hoisted to `components/schemas` under the name progenitor would have given it
//!   (`{operationId}-{name}`, Pascal case); progenitor is shown `{}` (a JSON value) and the
//!   rewrite puts the component's type back into the builder (`Param::rust_type`).

use std::collections::{BTreeMap, BTreeSet};

use serde_json::{Value, json};

use crate::error::escape_segment;
use crate::model::Operation;
use crate::names;
use crate::walk;

/// Rewrites every parameter object of the document (inline and under
/// `components/parameters`) into the shape progenitor accepts, and records the component type of
/// struct-typed parameters in `operations`.
pub fn present(doc: &mut Value, operations: &mut [Operation]) {
    for_each_parameter(doc, &mut content_as_schema);
    type_struct_parameters(doc, operations);
    if let Some(components) = doc
        .pointer_mut("/components/parameters")
        .and_then(Value::as_object_mut)
    {
        components.values_mut().for_each(present_one);
    }
    for (path, method) in walk::operations(doc) {
        let item = &mut doc["paths"][&path];
        present_all(item.get_mut("parameters"));
        present_all(item[&method].get_mut("parameters"));
    }
}

/// Two parameters of an operation that progenitor would give one Rust name (AWS lists
/// `max-results` and `MaxResults`; APIs.guru's apacta a path and a query `driving_type_id`) make
/// a builder that does not compile. One stays, a path parameter first, else one its path item
/// shares, else the first; the others go from the operation's own list, each with a note. (A
/// clash the operation's own list cannot settle is left to validation, which names it.)
pub fn drop_name_clashes(
    doc: &mut Value,
    sources: &crate::load::SourceMap,
) -> Vec<crate::opids::Note> {
    // Read everything first (dropping from one operation's list changes no other's), then drop.
    let snapshot: &Value = doc;
    let mut notes = Vec::new();
    let mut drops: Vec<(String, BTreeSet<usize>)> = Vec::new();
    for (path, method) in walk::operations(snapshot) {
        let item = &snapshot["paths"][&path];
        let own_ptr = format!("/paths/{}/{method}/parameters", escape_segment(&path));
        let mut entries: Vec<Listed> = Vec::new();
        let read = |param: &Value| {
            let param = walk::deref(snapshot, param);
            Some((
                param.get("name")?.as_str()?.to_owned(),
                param.get("in")?.as_str()?.to_owned(),
            ))
        };
        let own: Vec<&Value> = item[&method]
            .get("parameters")
            .and_then(Value::as_array)
            .map(|list| list.iter().collect())
            .unwrap_or_default();
        for (i, param) in own.iter().enumerate() {
            if let Some((name, location)) = read(param) {
                entries.push(Listed {
                    index: Some(i),
                    name,
                    location,
                });
            }
        }
        for param in item
            .get("parameters")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            if let Some((name, location)) = read(param)
                && !entries
                    .iter()
                    .any(|e| e.name == name && e.location == location)
            {
                entries.push(Listed {
                    index: None,
                    name,
                    location,
                });
            }
        }
        let mut drop: BTreeSet<usize> = BTreeSet::new();
        let mut groups: BTreeMap<String, Vec<&Listed>> = BTreeMap::new();
        for entry in &entries {
            groups
                .entry(names::method_name(&entry.name))
                .or_default()
                .push(entry);
        }
        for (rust, group) in groups.into_iter().filter(|(_, g)| g.len() > 1) {
            let keeper = group
                .iter()
                .position(|e| e.location == "path")
                .or_else(|| group.iter().position(|e| e.index.is_none()))
                .unwrap_or(0);
            let kept = group[keeper];
            for (at, entry) in group.iter().enumerate() {
                let Some(index) = entry.index.filter(|_| at != keeper) else {
                    continue;
                };
                let (name, location) = (&entry.name, &entry.location);
                drop.insert(index);
                notes.push(crate::opids::Note {
                    location: sources.locate(&format!("{own_ptr}/{index}")),
                    message: format!(
                        "{location} parameter `{name}` has the Rust name `{rust}` of {} parameter \
                         `{}`; it is left out",
                        kept.location, kept.name
                    ),
                });
            }
        }
        if !drop.is_empty() {
            drops.push((own_ptr, drop));
        }
    }
    for (own_ptr, drop) in drops {
        if let Some(list) = doc.pointer_mut(&own_ptr).and_then(Value::as_array_mut) {
            let mut index = 0;
            list.retain(|_| {
                let keep = !drop.contains(&index);
                index += 1;
                keep
            });
        }
    }
    notes
}

/// A parameter of an operation: its index in the operation's own list (`None`: its path item's).
struct Listed {
    index: Option<usize>,
    name: String,
    location: String,
}

/// Calls `f` on every parameter object: shared ones under `components/parameters`, then those of
/// each path item and operation.
fn for_each_parameter(doc: &mut Value, f: &mut dyn FnMut(&mut Value)) {
    if let Some(components) = doc
        .pointer_mut("/components/parameters")
        .and_then(Value::as_object_mut)
    {
        components.values_mut().for_each(&mut *f);
    }
    for (path, method) in walk::operations(doc) {
        let item = &mut doc["paths"][&path];
        item.get_mut("parameters")
            .and_then(Value::as_array_mut)
            .into_iter()
            .flatten()
            .for_each(&mut *f);
        let op = &mut doc["paths"][&path][&method];
        op.get_mut("parameters")
            .and_then(Value::as_array_mut)
            .into_iter()
            .flatten()
            .for_each(&mut *f);
    }
}

/// A parameter described by `content` (OpenAPI's alternative to `schema`, e.g. a JSON filter in
/// a query string) is shown to progenitor with that media type's schema, so it gets a typed
/// setter; its value goes on the wire as one JSON text (`Style::Json`, read by `annotate`).
fn content_as_schema(param: &mut Value) {
    let Some(map) = param.as_object_mut() else {
        return;
    };
    if map.contains_key("schema") {
        return;
    }
    let Some(content) = map.remove("content") else {
        return;
    };
    let schema = content
        .as_object()
        .and_then(|media| media.values().next())
        .and_then(|m| m.get("schema"))
        .cloned()
        .unwrap_or_else(|| json!({}));
    map.insert("schema".into(), schema);
}

fn present_all(params: Option<&mut Value>) {
    params
        .and_then(Value::as_array_mut)
        .into_iter()
        .flatten()
        .for_each(present_one);
}

/// Gives every struct-typed query, header or cookie parameter its component type.
fn type_struct_parameters(doc: &mut Value, operations: &mut [Operation]) {
    // Parameter object pointer → its type (a shared parameter is typed once).
    let mut typed: BTreeMap<String, Option<String>> = BTreeMap::new();
    let mut taken: BTreeSet<String> = doc
        .pointer("/components/schemas")
        .and_then(Value::as_object)
        .into_iter()
        .flatten()
        .map(|(name, _)| names::type_name(name))
        .collect();
    for op in operations.iter_mut() {
        let method = op.method.to_lowercase();
        let Some(item) = doc["paths"].get(&op.path) else {
            continue;
        };
        if item.get(&method).is_none() {
            continue; // a WebSocket operation: not progenitor's
        }
        let item_ptr = format!("/paths/{}", escape_segment(&op.path));
        let mut pointers = Vec::new();
        for (holder_ptr, holder) in [
            (format!("{item_ptr}/parameters"), item.get("parameters")),
            (
                format!("{item_ptr}/{method}/parameters"),
                item[&method].get("parameters"),
            ),
        ] {
            for (i, param) in holder
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
                .enumerate()
            {
                // A `$ref` names the shared parameter object it stands for.
                let pointer = match param.get("$ref").and_then(Value::as_str) {
                    Some(reference) => reference.trim_start_matches('#').to_owned(),
                    None => format!("{holder_ptr}/{i}"),
                };
                pointers.push(pointer);
            }
        }
        for pointer in pointers {
            let rust_type = match typed.get(&pointer) {
                Some(known) => known.clone(),
                None => {
                    let found = type_parameter(doc, &pointer, &op.id, &mut taken);
                    typed.insert(pointer.clone(), found.clone());
                    found
                }
            };
            let Some(rust_type) = rust_type else { continue };
            let Some(param) = doc.pointer(&pointer) else {
                continue;
            };
            let name = param
                .get("name")
                .and_then(Value::as_str)
                .unwrap_or_default();
            let location = param.get("in").and_then(Value::as_str).unwrap_or_default();
            if let Some(entry) = op
                .params
                .iter_mut()
                .rev()
                .find(|p| p.name == name && p.location == location)
            {
                entry.rust_type = Some(rust_type);
            }
        }
    }
}

/// The component type of the parameter at `pointer`, when its schema is struct-like; its schema
/// becomes `{}`, an inline one hoisted first.
fn type_parameter(
    doc: &mut Value,
    pointer: &str,
    op_id: &str,
    taken: &mut BTreeSet<String>,
) -> Option<String> {
    let param = doc.pointer(pointer)?;
    if !matches!(
        param.get("in").and_then(Value::as_str),
        Some("query" | "header" | "cookie" | "path")
    ) {
        return None;
    }
    let schema = param.get("schema")?;
    if !struct_like(doc, schema, 0) {
        return None;
    }
    let rust_type = match component_ref(schema) {
        Some(component) => names::type_name(&component),
        None => {
            let name = param.get("name").and_then(Value::as_str)?;
            let mut key = format!("{op_id}-{name}");
            let mut n = 1;
            while taken.contains(&names::type_name(&key)) {
                n += 1;
                key = format!("{op_id}-{name}-{n}");
            }
            let mut hoisted = schema.clone();
            if let Some(map) = hoisted.as_object_mut() {
                // An absent optional parameter is `None` already.
                map.remove("nullable");
            }
            let schemas = doc
                .as_object_mut()?
                .entry("components")
                .or_insert_with(|| json!({}))
                .as_object_mut()?
                .entry("schemas")
                .or_insert_with(|| json!({}));
            schemas.as_object_mut()?.insert(key.clone(), hoisted);
            let rust_type = names::type_name(&key);
            taken.insert(rust_type.clone());
            rust_type
        }
    };
    doc.pointer_mut(pointer)?["schema"] = json!({});
    Some(rust_type)
}

/// `{$ref: '#/components/schemas/X'}`, or a nullable or single-alternative wrapper of one → `X`.
fn component_ref(schema: &Value) -> Option<String> {
    if let Some(reference) = schema.get("$ref").and_then(Value::as_str) {
        return reference
            .strip_prefix("#/components/schemas/")
            .map(|name| name.replace("~1", "/").replace("~0", "~"));
    }
    let map = schema.as_object()?;
    let alternatives: Vec<&Value> = ["allOf", "oneOf", "anyOf"]
        .iter()
        .filter_map(|key| map.get(*key).and_then(Value::as_array))
        .flatten()
        .filter(|alt| alt.get("type") != Some(&json!("null")))
        .collect();
    let others = map.keys().any(|key| {
        !matches!(
            key.as_str(),
            "allOf" | "oneOf" | "anyOf" | "nullable" | "description" | "title"
        )
    });
    match alternatives.as_slice() {
        [only] if !others => component_ref(only),
        _ => None,
    }
}

/// Whether typify makes `schema` a struct: an object with properties, `allOf`, or a single
/// non-null `oneOf`/`anyOf` alternative that is one (a map or free-form object is not).
fn struct_like(doc: &Value, schema: &Value, depth: usize) -> bool {
    if depth > 16 {
        return false;
    }
    let schema = walk::deref(doc, schema);
    let Some(map) = schema.as_object() else {
        return false;
    };
    if map.contains_key("properties") || map.contains_key("allOf") {
        return true;
    }
    for key in ["oneOf", "anyOf"] {
        if let Some(alternatives) = map.get(key).and_then(Value::as_array) {
            let real: Vec<&Value> = alternatives
                .iter()
                .filter(|alt| walk::deref(doc, alt).get("type") != Some(&json!("null")))
                .collect();
            return real.len() == 1 && struct_like(doc, real[0], depth + 1);
        }
    }
    false
}

/// One parameter object; a `$ref` is left alone (its target is rewritten where it lives).
fn present_one(param: &mut Value) {
    let Some(map) = param.as_object_mut() else {
        return;
    };
    match map.get("in").and_then(Value::as_str) {
        Some("query") => {
            map.insert("style".into(), json!("form"));
            map.remove("explode");
            map.remove("allowReserved");
        }
        Some("cookie") => {
            map.insert("in".into(), json!("header"));
            map.insert("style".into(), json!("simple"));
            map.remove("explode");
        }
        // progenitor takes `simple` path parameters only; the rewrite writes each in its own
        // style. A path segment is text: a schema of alternatives (`anyOf` an id or a slug) is
        // a string to the caller, where progenitor would assert on the enum typify makes.
        Some("path") => {
            map.insert("style".into(), json!("simple"));
            map.remove("explode");
            if let Some(schema) = map.get_mut("schema").and_then(Value::as_object_mut)
                && ["anyOf", "oneOf", "allOf"]
                    .iter()
                    .any(|k| schema.contains_key(*k))
            {
                let description = schema.get("description").cloned();
                schema.clear();
                schema.insert("type".into(), json!("string"));
                if let Some(description) = description {
                    schema.insert("description".into(), description);
                }
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn query_styles_become_form_and_cookies_headers() {
        let mut doc = json!({
            "paths": {"/x": {
                "parameters": [{"name": "c", "in": "cookie", "explode": false, "schema": {}}],
                "get": {"parameters": [
                    {"name": "f", "in": "query", "style": "deepObject", "explode": true, "allowReserved": true, "schema": {}},
                    {"name": "h", "in": "header", "schema": {}},
                    {"$ref": "#/components/parameters/P"}
                ]}
            }},
            "components": {"parameters": {"P": {"name": "p", "in": "query", "style": "pipeDelimited", "schema": {}}}}
        });
        present(&mut doc, &mut []);
        assert_eq!(
            doc["paths"]["/x"]["parameters"][0],
            json!({"name": "c", "in": "header", "style": "simple", "schema": {}})
        );
        let op = &doc["paths"]["/x"]["get"]["parameters"];
        assert_eq!(
            op[0],
            json!({"name": "f", "in": "query", "style": "form", "schema": {}})
        );
        assert_eq!(op[1], json!({"name": "h", "in": "header", "schema": {}}));
        assert_eq!(op[2], json!({"$ref": "#/components/parameters/P"}));
        assert_eq!(
            doc["components"]["parameters"]["P"],
            json!({"name": "p", "in": "query", "style": "form", "schema": {}})
        );
    }

    #[test]
    fn a_path_parameter_of_alternatives_is_a_string_and_content_becomes_the_schema() {
        let mut doc = json!({
            "paths": {"/c/{id}": {"get": {"parameters": [
                {"name": "id", "in": "path", "required": true,
                 "schema": {"anyOf": [{"type": "string", "pattern": "[a-f]{24}"}, {"type": "string"}]}},
                {"name": "where", "in": "query",
                 "content": {"application/json": {"schema": {"type": "array", "items": {"type": "string"}}}}}
            ]}}}
        });
        present(&mut doc, &mut []);
        let params = &doc["paths"]["/c/{id}"]["get"]["parameters"];
        assert_eq!(params[0]["schema"], json!({"type": "string"}));
        assert_eq!(
            params[1],
            json!({"name": "where", "in": "query", "style": "form",
                   "schema": {"type": "array", "items": {"type": "string"}}})
        );
    }
}

#[cfg(test)]
mod struct_tests {
    use super::*;
    use crate::model::Param;

    fn operation(params: &[(&str, &str)]) -> Operation {
        let mut op = crate::rewrite::index::tests::operation("search", "api");
        op.path = "/s".to_owned();
        op.params = params
            .iter()
            .map(|(name, location)| Param {
                name: (*name).to_owned(),
                location: (*location).to_owned(),
                ..Param::default()
            })
            .collect();
        op
    }

    #[test]
    fn struct_typed_parameters_get_a_component_type_and_progenitor_a_json_value() {
        let mut doc = json!({
            "paths": {"/s": {"get": {"parameters": [
                {"name": "color", "in": "query", "schema": {"$ref": "#/components/schemas/Rgb"}},
                {"name": "filter", "in": "query", "style": "deepObject",
                 "schema": {"type": "object", "properties": {"gte": {"type": "integer"}}}},
                {"name": "lang", "in": "header",
                 "schema": {"nullable": true, "oneOf": [{"$ref": "#/components/schemas/Rgb"}]}},
                {"name": "tags", "in": "query", "schema": {"type": "array", "items": {"type": "string"}}},
                {"name": "meta", "in": "query", "schema": {"type": "object", "additionalProperties": {"type": "string"}}}
            ]}}},
            "components": {"schemas": {
                "Rgb": {"type": "object", "properties": {"R": {"type": "integer"}}},
                "search-filter": {"type": "string"}
            }}
        });
        let mut ops = [operation(&[
            ("color", "query"),
            ("filter", "query"),
            ("lang", "header"),
            ("tags", "query"),
            ("meta", "query"),
        ])];
        present(&mut doc, &mut ops);
        let types: Vec<Option<&str>> = ops[0]
            .params
            .iter()
            .map(|p| p.rust_type.as_deref())
            .collect();
        // `SearchFilter` is taken by a component: the hoisted schema gets the next name.
        assert_eq!(
            types,
            [Some("Rgb"), Some("SearchFilter2"), Some("Rgb"), None, None]
        );
        let params = &doc["paths"]["/s"]["get"]["parameters"];
        for i in 0..3 {
            assert_eq!(params[i]["schema"], json!({}), "{i}");
        }
        assert_eq!(params[3]["schema"]["type"], "array");
        assert_eq!(
            doc["components"]["schemas"]["search-filter-2"],
            json!({"type": "object", "properties": {"gte": {"type": "integer"}}})
        );
    }
}

//! Stage 2: bring an OpenAPI 3.1 document down to the 3.0 subset that `openapiv3`, typify and
//! progenitor read. 3.0 documents pass through the same schema clean-ups, because a few 3.0
//! constructs (`exclusiveMinimum: true` without `minimum`, string enums whose values name the
//! same Rust variant) also make typify panic.

use serde_json::{Map, Value, json};

use crate::error::{Location, Problem, ProblemKind};
use crate::walk;

/// The OpenAPI version line a document declares.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Version {
    V30,
    V31,
}

/// Reads `openapi:` and checks it is 3.0.x or 3.1.x.
pub fn version(doc: &Value) -> Result<Version, Problem> {
    let root = Location::new("", "/openapi");
    match doc.get("openapi").and_then(Value::as_str) {
        Some(v) if v.starts_with("3.0.") => Ok(Version::V30),
        Some(v) if v.starts_with("3.1.") => Ok(Version::V31),
        Some(v) => Err(Problem::new(
            root,
            ProblemKind::Unsupported,
            format!("OpenAPI version `{v}` is not supported; use 3.0.x or 3.1.x"),
        )),
        None => Err(Problem::new(
            root,
            ProblemKind::Invalid,
            "the document has no `openapi` version field (Swagger 2.0 is not supported)",
        )),
    }
}

/// Rewrites the document in place to OpenAPI 3.0.3.
pub fn to_30(doc: &mut Value, from: Version) {
    if let Some(root) = doc.as_object_mut() {
        root.insert("openapi".into(), json!("3.0.3"));
        if from == Version::V31 {
            root.remove("webhooks");
            root.remove("jsonSchemaDialect");
            root.entry("paths").or_insert_with(|| json!({}));
            if let Some(info) = root.get_mut("info").and_then(Value::as_object_mut) {
                info.remove("summary");
                if let Some(license) = info.get_mut("license").and_then(Value::as_object_mut) {
                    license.remove("identifier");
                }
            }
            if let Some(components) = root.get_mut("components").and_then(Value::as_object_mut) {
                components.remove("pathItems");
            }
        }
    }
    if from == Version::V31 {
        undescribed_responses(doc);
        drop_mutual_tls(doc);
    }
    walk::schemas_mut(doc, &mut |ptr, schema| downgrade_schema(ptr, schema));
    crate::conform::drop_unfit_defaults(doc);
    crate::free_names::make_free(doc);
}

/// 3.1 lets an operation leave out `responses`; 3.0 requires them. Such an operation answers
/// any 2xx without a body the SDK reads (`2XX`), and anything else is an error.
fn undescribed_responses(doc: &mut Value) {
    for (path, method) in walk::operations(doc) {
        if let Some(op) = doc["paths"][&path][&method].as_object_mut() {
            op.entry("responses").or_insert_with(|| {
                json!({"2XX": {"description": "The specification does not describe the response."}})
            });
        }
    }
}

/// A 3.1 `mutualTLS` security scheme is a client certificate, given to the TLS layer, not a
/// credential a request carries; 3.0 has no such type. It goes, and so do the requirements
/// naming it (a requirement left empty means none is needed at the HTTP level).
fn drop_mutual_tls(doc: &mut Value) {
    let Some(schemes) = doc
        .pointer_mut("/components/securitySchemes")
        .and_then(Value::as_object_mut)
    else {
        return;
    };
    let mutual: Vec<String> = schemes
        .iter()
        .filter(|(_, scheme)| scheme.get("type") == Some(&json!("mutualTLS")))
        .map(|(name, _)| name.clone())
        .collect();
    if mutual.is_empty() {
        return;
    }
    schemes.retain(|name, _| !mutual.contains(name));
    let mut pointers = vec!["/security".to_owned()];
    pointers.extend(walk::operations(doc).into_iter().map(|(path, method)| {
        format!(
            "/paths/{}/{method}/security",
            crate::error::escape_segment(&path)
        )
    }));
    for pointer in pointers {
        let Some(list) = doc.pointer_mut(&pointer).and_then(Value::as_array_mut) else {
            continue;
        };
        for requirement in list.iter_mut().filter_map(Value::as_object_mut) {
            requirement.retain(|name, _| !mutual.contains(name));
        }
    }
}

/// One schema, 3.1 (JSON Schema 2020-12) → 3.0 (its own schema dialect).
fn downgrade_schema(ptr: &str, schema: &mut Value) {
    // Boolean schemas: `true` accepts anything, `false` nothing. `additionalProperties: bool`
    // is valid 3.0 and keeps its meaning.
    if let Value::Bool(accept) = schema {
        if !ptr.ends_with("/additionalProperties") {
            *schema = if *accept {
                json!({})
            } else {
                json!({"not": {}})
            };
        }
        return;
    }
    let Some(map) = schema.as_object_mut() else {
        return;
    };

    // A string's content in 3.1 terms, in 3.0's: base64 text is `format: byte`, any other
    // non-text content (a file in a multipart form) `format: binary`.
    let is_string = map.get("type").is_none_or(|t| t == "string");
    if is_string && !map.contains_key("format") {
        let encoding = map.get("contentEncoding").and_then(Value::as_str);
        let media = map.get("contentMediaType").and_then(Value::as_str);
        let format = match (encoding, media) {
            (Some(e), _)
                if e.eq_ignore_ascii_case("base64") || e.eq_ignore_ascii_case("base64url") =>
            {
                Some("byte")
            }
            (None, Some(m)) if !crate::media::is_text(m) && !crate::media::is_json(m) => {
                Some("binary")
            }
            _ => None,
        };
        if let Some(format) = format {
            map.insert("type".into(), json!("string"));
            map.insert("format".into(), json!(format));
        }
    }

    for key in [
        "$schema",
        "$id",
        "$anchor",
        "$comment",
        "$dynamicRef",
        "$dynamicAnchor",
        "contentMediaType",
        "contentEncoding",
        "contentSchema",
        "unevaluatedProperties",
        "unevaluatedItems",
        "dependentRequired",
        "dependentSchemas",
        "if",
        "then",
        "else",
        "propertyNames",
        "contains",
        "minContains",
        "maxContains",
        "patternProperties",
    ] {
        map.remove(key);
    }

    // A `$ref` with siblings: 3.0 ignores the siblings, so keep only what changes the type.
    if map.contains_key("$ref") {
        let nullable = map.get("nullable") == Some(&Value::Bool(true));
        let reference = map.remove("$ref").unwrap_or(Value::Null);
        let description = map.remove("description");
        map.clear();
        if nullable {
            map.insert("allOf".into(), json!([{ "$ref": reference }]));
            map.insert("nullable".into(), json!(true));
            if let Some(d) = description {
                map.insert("description".into(), d);
            }
        } else {
            map.insert("$ref".into(), reference);
        }
        return;
    }

    if let Some(value) = map.remove("const") {
        map.insert("enum".into(), Value::Array(vec![value]));
    }

    if let Some(Value::Array(examples)) = map.remove("examples")
        && !map.contains_key("example")
        && let Some(first) = examples.into_iter().next()
    {
        map.insert("example".into(), first);
    }

    for (exclusive, bound) in [
        ("exclusiveMinimum", "minimum"),
        ("exclusiveMaximum", "maximum"),
    ] {
        match map.get(exclusive).cloned() {
            Some(Value::Number(n)) => {
                map.insert(bound.into(), Value::Number(n));
                map.insert(exclusive.into(), json!(true));
            }
            // 3.0's boolean form needs its bound; without one typify panics.
            Some(Value::Bool(_)) if !map.contains_key(bound) => {
                map.remove(exclusive);
            }
            _ => {}
        }
    }

    if let Some(Value::Array(prefix)) = map.remove("prefixItems") {
        // Tuples have no 3.0 form: accept any of the listed item schemas.
        if !map.contains_key("items") {
            map.insert("items".into(), json!({ "anyOf": prefix }));
        }
    }

    if let Some(Value::Array(types)) = map.get("type").cloned() {
        split_type_array(map, types);
    }

    collapse_null_alternatives(map, "anyOf");
    collapse_null_alternatives(map, "oneOf");
    values_of_the_type(map);
    nameable_enum(map);

    // List keywords beside an object's `properties` with no `items` (APIs.guru's apacta:
    // `maxItems: 1` on an object) leave typify unable to tell which it is; it panics.
    if map.contains_key("properties") && !map.contains_key("items") {
        for key in ["maxItems", "minItems", "uniqueItems"] {
            map.remove(key);
        }
    }

    // A `format` of an object, array or boolean (Twilio's `uri-map`) names no Rust type, and
    // typify panics on it.
    if matches!(
        map.get("type").and_then(Value::as_str),
        Some("object" | "array" | "boolean")
    ) {
        map.remove("format");
    }

    // `minLength: 0` says nothing, but typify checks it (`count() < 0usize`), which the
    // compiler flags as a useless comparison.
    if map.get("minLength").and_then(Value::as_u64) == Some(0) {
        map.remove("minLength");
    }

    if map.get("type") == Some(&json!("null")) {
        map.remove("type");
        map.insert("enum".into(), json!([null]));
        map.insert("nullable".into(), json!(true));
    }
}

/// Enum values that are not of the schema's `type` (`""` among a number enum's values) make
/// typify fail; no value of the type could be them, so they go (and the `enum` with them when
/// none is left). Defaults are checked later, by `conform`.
fn values_of_the_type(map: &mut Map<String, Value>) {
    let Some(ty) = map.get("type").and_then(Value::as_str).map(str::to_owned) else {
        return;
    };
    let nullable = map.get("nullable") == Some(&json!(true));
    let fits = |value: &Value| match value {
        Value::Null => nullable,
        value => crate::conform::of_type(&ty, value),
    };
    if let Some(Value::Array(values)) = map.get_mut("enum") {
        values.retain(fits);
        if values.is_empty() {
            map.remove("enum");
        }
    }
}

/// `type: [string, 'null']` → `type: string, nullable: true`; several types → `anyOf`.
fn split_type_array(map: &mut Map<String, Value>, types: Vec<Value>) {
    let nullable = types.iter().any(|t| t == "null");
    let concrete: Vec<Value> = types.into_iter().filter(|t| t != "null").collect();
    map.remove("type");
    match concrete.len() {
        0 => {}
        1 => {
            map.insert("type".into(), concrete[0].clone());
        }
        _ => {
            let alternatives = concrete
                .into_iter()
                .map(|t| json!({ "type": t }))
                .collect::<Vec<_>>();
            map.insert("anyOf".into(), Value::Array(alternatives));
        }
    }
    if nullable {
        map.insert("nullable".into(), json!(true));
    }
}

/// `anyOf: [X, {type: 'null'}]` (the 3.1 way to say "nullable X") → `allOf: [X], nullable: true`.
fn collapse_null_alternatives(map: &mut Map<String, Value>, key: &str) {
    let Some(Value::Array(alternatives)) = map.get(key) else {
        return;
    };
    let is_null = |v: &Value| v.get("type") == Some(&json!("null"));
    if !alternatives.iter().any(is_null) {
        return;
    }
    let rest: Vec<Value> = alternatives
        .iter()
        .filter(|v| !is_null(v))
        .cloned()
        .collect();
    map.remove(key);
    map.insert("nullable".into(), json!(true));
    match rest.len() {
        0 => {}
        1 => {
            map.insert("allOf".into(), Value::Array(rest));
        }
        _ => {
            map.insert(key.into(), Value::Array(rest));
        }
    }
}

/// typify names a string enum's variants after its values and panics when two values name the
/// same variant ("Failed to make unique variant names for [LKA,LKA]"). Exact duplicates are
/// dropped (the same value on the wire); when distinct values still collide (`ok`/`OK`, `a-b`/
/// `a_b`), the schema becomes a plain string: typify 0.8 reads no extension naming variants, and
/// a string carries every value unchanged.
fn nameable_enum(map: &mut Map<String, Value>) {
    let Some(Value::Array(values)) = map.get_mut("enum") else {
        return;
    };
    let mut seen: Vec<Value> = Vec::with_capacity(values.len());
    values.retain(|value| {
        let new = !seen.contains(value);
        if new {
            seen.push(value.clone());
        }
        new
    });
    let strings: Vec<&str> = values.iter().filter_map(Value::as_str).collect();
    let others = values.iter().filter(|v| !v.is_null() && !v.is_string());
    if others.count() == 0 && !typify_names_unique(&strings) {
        map.remove("enum");
    }
}

/// Whether typify finds distinct variant names for these values: its plain names first, then its
/// fallback with `_` and non-identifier characters spelled `X` (typify-impl 0.8 `type_entry.rs`).
fn typify_names_unique(values: &[&str]) -> bool {
    let unique = |names: Vec<String>| {
        let mut set = std::collections::BTreeSet::new();
        names.into_iter().all(|name| set.insert(name))
    };
    unique(values.iter().map(|v| typify_variant_name(v)).collect())
        || unique(
            values
                .iter()
                .map(|v| {
                    let spelled =
                        v.replace(|c| c == '_' || !unicode_ident::is_xid_continue(c), "X");
                    typify_variant_name(&spelled)
                })
                .collect(),
        )
}

/// typify's `sanitize(value, Case::Pascal)`.
fn typify_variant_name(value: &str) -> String {
    use heck::ToPascalCase;
    let out = match value {
        "+1" => "plus1".to_owned(),
        "-1" => "minus1".to_owned(),
        _ => value
            .replace('\'', "")
            .replace(|c| !unicode_ident::is_xid_continue(c), "-")
            .to_pascal_case(),
    };
    let out = match out.chars().next() {
        None => "X".to_owned(),
        Some(c) if unicode_ident::is_xid_start(c) => out,
        Some(_) => format!("X{out}"),
    };
    // typify appends `_` to keywords; distinct keywords stay distinct, so that changes nothing
    // here.
    out
}

#[cfg(test)]
mod typify_tests {
    use super::*;

    #[test]
    fn a_3_1_operation_without_responses_answers_any_2xx() {
        let mut doc = json!({"openapi": "3.1.0", "info": {"title": "t", "version": "1"},
            "paths": {"/a": {"post": {"operationId": "post_a"},
                             "get": {"operationId": "get_a", "responses": {"200": {"description": "ok"}}}}}});
        to_30(&mut doc, Version::V31);
        assert_eq!(
            doc["paths"]["/a"]["post"]["responses"],
            json!({"2XX": {"description": "The specification does not describe the response."}})
        );
        assert_eq!(
            doc["paths"]["/a"]["get"]["responses"],
            json!({"200": {"description": "ok"}})
        );
        assert!(crate::validate::validate(&doc, &crate::load::SourceMap::default()).is_empty());
    }

    #[test]
    fn a_mutual_tls_scheme_and_its_requirements_go() {
        let mut doc = json!({"openapi": "3.1.0", "info": {"title": "t", "version": "1"},
            "security": [{"mtls": []}, {"key": []}],
            "paths": {"/a": {"get": {"operationId": "get_a", "security": [{"mtls": [], "key": []}],
                                     "responses": {"200": {"description": "ok"}}}}},
            "components": {"securitySchemes": {
                "mtls": {"type": "mutualTLS"},
                "key": {"type": "apiKey", "in": "header", "name": "X-Key"}}}});
        to_30(&mut doc, Version::V31);
        assert_eq!(
            doc["components"]["securitySchemes"],
            json!({"key": {"type": "apiKey", "in": "header", "name": "X-Key"}})
        );
        assert_eq!(doc["security"], json!([{}, {"key": []}]));
        assert_eq!(doc["paths"]["/a"]["get"]["security"], json!([{"key": []}]));
        assert!(crate::validate::validate(&doc, &crate::load::SourceMap::default()).is_empty());
    }

    #[test]
    fn values_not_of_the_type_go() {
        let mut doc = json!({"openapi": "3.0.3", "paths": {}, "components": {"schemas": {
            "N": {"type": "number", "enum": ["", 0, 1.5, 2, true], "default": ""},
            "I": {"type": "integer", "enum": [1, 1.5], "default": 1},
            "S": {"type": "string", "enum": [0]},
            "Nul": {"type": "string", "nullable": true, "enum": ["a", null]}
        }}});
        to_30(&mut doc, Version::V30);
        let schemas = &doc["components"]["schemas"];
        assert_eq!(schemas["N"], json!({"type": "number", "enum": [0, 1.5, 2]}));
        assert_eq!(
            schemas["I"],
            json!({"type": "integer", "enum": [1], "default": 1})
        );
        assert_eq!(schemas["S"], json!({"type": "string"}));
        assert_eq!(schemas["Nul"]["enum"], json!(["a", null]));
    }

    #[test]
    fn a_format_of_an_object_and_list_keywords_beside_properties_go() {
        let mut doc = json!({"openapi": "3.0.3", "info": {"title": "t", "version": "1"},
            "paths": {}, "components": {"schemas": {
            "Links": {"type": "object", "format": "uri-map"},
            "Highest": {"maxItems": 1, "properties": {"amount": {"type": "number"}}},
            "When": {"type": "string", "format": "date-time"}
        }}});
        to_30(&mut doc, Version::V30);
        let schemas = &doc["components"]["schemas"];
        assert_eq!(schemas["Links"], json!({"type": "object"}));
        assert_eq!(schemas["Highest"].get("maxItems"), None);
        assert_eq!(schemas["When"]["format"], "date-time");
        crate::progen::generate(&doc, &[], &crate::load::SourceMap::default(), &mut |_| {})
            .expect("typify takes it");
    }

    #[test]
    fn a_zero_min_length_is_dropped() {
        let mut doc = json!({"openapi": "3.0.3", "paths": {}, "components": {"schemas": {
            "Code": {"type": "string", "minLength": 0, "maxLength": 3},
            "Name": {"type": "string", "minLength": 1}
        }}});
        to_30(&mut doc, Version::V30);
        let schemas = &doc["components"]["schemas"];
        assert_eq!(schemas["Code"], json!({"type": "string", "maxLength": 3}));
        assert_eq!(schemas["Name"]["minLength"], 1);
    }

    fn nameable(schema: Value) -> Value {
        let mut schema = schema;
        nameable_enum(schema.as_object_mut().unwrap());
        schema
    }

    #[test]
    fn exact_duplicates_are_dropped() {
        assert_eq!(
            nameable(json!({"type": "string", "enum": ["LKA", "GBR", "LKA"]})),
            json!({"type": "string", "enum": ["LKA", "GBR"]})
        );
    }

    #[test]
    fn values_that_name_one_variant_make_a_plain_string() {
        for values in [json!(["ok", "OK"]), json!(["a-b", "a b"]), json!(["", "-"])] {
            assert_eq!(
                nameable(json!({"type": "string", "enum": values})),
                json!({"type": "string"}),
                "{values}"
            );
        }
    }

    #[test]
    fn values_typify_tells_apart_keep_their_enum() {
        // `a_b` and `aB` collide as `AB`, but typify's fallback names them `AXb` and `AB`.
        for values in [
            json!(["a_b", "aB"]),
            json!(["+1", "-1", "1"]),
            json!(["queued", "running", null]),
        ] {
            let schema = json!({"type": "string", "enum": values.clone()});
            assert_eq!(nameable(schema.clone()), schema, "{values}");
        }
    }

    /// The prediction agrees with typify itself: it panics exactly on the value sets predicted to
    /// collide.
    #[test]
    fn the_prediction_is_typify_s_own() {
        for values in [
            vec!["LKA", "LKA"],
            vec!["ok", "OK"],
            vec!["a-b", "a_b"],
            vec!["a_b", "aB"],
            vec!["a b", "a-b", "a.b"],
            vec!["", "-"],
            vec!["+1", "-1", "1"],
            vec!["type", "Type"],
            vec!["été", "ete"],
            vec!["1a", "x1a"],
        ] {
            let doc = json!({
                "openapi": "3.0.3",
                "info": {"title": "t", "version": "1"},
                "paths": {},
                "components": {"schemas": {"E": {"type": "string", "enum": values}}}
            });
            let typify_ok =
                crate::progen::generate(&doc, &[], &crate::load::SourceMap::default(), &mut |_| {})
                    .is_ok();
            assert_eq!(typify_names_unique(&values), typify_ok, "{values:?}");
        }
    }
}

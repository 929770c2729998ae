//! Where things live in an OpenAPI document: operations, and every position that holds a schema.

use serde_json::Value;

use crate::error::escape_segment;

/// HTTP methods an OpenAPI path item may hold, in the order the generator emits them.
pub const METHODS: [&str; 8] = [
    "get", "put", "post", "delete", "options", "head", "patch", "trace",
];

/// Every `(path, method)` pair of the document, in document order.
pub fn operations(doc: &Value) -> Vec<(String, String)> {
    let mut out = Vec::new();
    if let Some(paths) = doc.get("paths").and_then(Value::as_object) {
        for (path, item) in paths {
            if let Some(item) = item.as_object() {
                for (key, _) in item {
                    if METHODS.contains(&key.as_str()) {
                        out.push((path.clone(), key.clone()));
                    }
                }
            }
        }
    }
    out
}

/// JSON pointer of an operation.
pub fn operation_pointer(path: &str, method: &str) -> String {
    format!("/paths/{}/{method}", escape_segment(path))
}

/// Calls `f` on every schema in the document, outermost first, with its JSON pointer; `f` may
/// rewrite the schema, and the walk then descends into the rewritten value.
pub fn schemas_mut(doc: &mut Value, f: &mut dyn FnMut(&str, &mut Value)) {
    let Some(root) = doc.as_object_mut() else {
        return;
    };
    if let Some(components) = root.get_mut("components").and_then(Value::as_object_mut) {
        if let Some(schemas) = components.get_mut("schemas").and_then(Value::as_object_mut) {
            for (name, schema) in schemas.iter_mut() {
                schema_tree(
                    &format!("/components/schemas/{}", escape_segment(name)),
                    schema,
                    f,
                );
            }
        }
        for (kind, visit) in [
            ("parameters", parameter as Visit),
            ("requestBodies", content_holder),
            ("responses", response),
            ("headers", parameter),
        ] {
            if let Some(entries) = components.get_mut(kind).and_then(Value::as_object_mut) {
                for (name, entry) in entries.iter_mut() {
                    visit(
                        &format!("/components/{kind}/{}", escape_segment(name)),
                        entry,
                        f,
                    );
                }
            }
        }
    }
    if let Some(paths) = root.get_mut("paths").and_then(Value::as_object_mut) {
        for (path, item) in paths.iter_mut() {
            let item_ptr = format!("/paths/{}", escape_segment(path));
            let Some(item) = item.as_object_mut() else {
                continue;
            };
            for (key, value) in item.iter_mut() {
                let ptr = format!("{item_ptr}/{}", escape_segment(key));
                if key == "parameters" {
                    each_in_array(&ptr, value, parameter, f);
                } else if METHODS.contains(&key.as_str()) {
                    operation(&ptr, value, f);
                }
            }
        }
    }
}

type Visit = fn(&str, &mut Value, &mut dyn FnMut(&str, &mut Value));

fn each_in_array(ptr: &str, value: &mut Value, visit: Visit, f: &mut dyn FnMut(&str, &mut Value)) {
    if let Some(items) = value.as_array_mut() {
        for (i, item) in items.iter_mut().enumerate() {
            visit(&format!("{ptr}/{i}"), item, f);
        }
    }
}

fn each_in_map(ptr: &str, value: &mut Value, visit: Visit, f: &mut dyn FnMut(&str, &mut Value)) {
    if let Some(entries) = value.as_object_mut() {
        for (key, item) in entries.iter_mut() {
            visit(&format!("{ptr}/{}", escape_segment(key)), item, f);
        }
    }
}

fn operation(ptr: &str, op: &mut Value, f: &mut dyn FnMut(&str, &mut Value)) {
    let Some(op) = op.as_object_mut() else {
        return;
    };
    if let Some(params) = op.get_mut("parameters") {
        each_in_array(&format!("{ptr}/parameters"), params, parameter, f);
    }
    if let Some(body) = op.get_mut("requestBody") {
        content_holder(&format!("{ptr}/requestBody"), body, f);
    }
    if let Some(responses) = op.get_mut("responses") {
        each_in_map(&format!("{ptr}/responses"), responses, response, f);
    }
    if let Some(message) = op
        .get_mut("x-agentruntime-websocket")
        .and_then(|ws| ws.get_mut("message"))
    {
        schema_tree(
            &format!("{ptr}/x-agentruntime-websocket/message"),
            message,
            f,
        );
    }
}

fn parameter(ptr: &str, param: &mut Value, f: &mut dyn FnMut(&str, &mut Value)) {
    if let Some(schema) = param.get_mut("schema") {
        schema_tree(&format!("{ptr}/schema"), schema, f);
    }
    content_holder(ptr, param, f);
}

fn response(ptr: &str, response: &mut Value, f: &mut dyn FnMut(&str, &mut Value)) {
    content_holder(ptr, response, f);
    if let Some(headers) = response.get_mut("headers") {
        each_in_map(&format!("{ptr}/headers"), headers, parameter, f);
    }
}

fn content_holder(ptr: &str, holder: &mut Value, f: &mut dyn FnMut(&str, &mut Value)) {
    let Some(content) = holder.get_mut("content").and_then(Value::as_object_mut) else {
        return;
    };
    for (media, body) in content.iter_mut() {
        if let Some(schema) = body.get_mut("schema") {
            schema_tree(
                &format!("{ptr}/content/{}/schema", escape_segment(media)),
                schema,
                f,
            );
        }
    }
}

/// Keys whose value is one subschema.
const ONE: [&str; 8] = [
    "items",
    "not",
    "additionalProperties",
    "contains",
    "if",
    "then",
    "else",
    "propertyNames",
];
/// Keys whose value is a list of subschemas.
const LIST: [&str; 4] = ["allOf", "anyOf", "oneOf", "prefixItems"];
/// Keys whose value is a map of subschemas.
const MAP: [&str; 5] = [
    "properties",
    "patternProperties",
    "$defs",
    "definitions",
    "dependentSchemas",
];

/// Visits one schema and everything nested in it.
pub fn schema_tree(ptr: &str, schema: &mut Value, f: &mut dyn FnMut(&str, &mut Value)) {
    f(ptr, schema);
    let Some(map) = schema.as_object_mut() else {
        return;
    };
    for (key, child) in map.iter_mut() {
        let key = key.as_str();
        let child_ptr = format!("{ptr}/{}", escape_segment(key));
        if ONE.contains(&key) {
            if child.is_object() || child.is_boolean() {
                schema_tree(&child_ptr, child, f);
            } else if key == "items" && child.is_array() {
                for (i, item) in child.as_array_mut().into_iter().flatten().enumerate() {
                    schema_tree(&format!("{child_ptr}/{i}"), item, f);
                }
            }
        } else if LIST.contains(&key) {
            for (i, item) in child.as_array_mut().into_iter().flatten().enumerate() {
                schema_tree(&format!("{child_ptr}/{i}"), item, f);
            }
        } else if MAP.contains(&key) {
            for (name, item) in child.as_object_mut().into_iter().flatten() {
                schema_tree(&format!("{child_ptr}/{}", escape_segment(name)), item, f);
            }
        }
    }
}

/// Resolves a local `#/...` reference inside the document.
pub fn resolve<'a>(doc: &'a Value, reference: &str) -> Option<&'a Value> {
    doc.pointer(reference.strip_prefix('#')?)
}

/// Follows `$ref` chains (local only) to the value they name.
pub fn deref<'a>(doc: &'a Value, mut value: &'a Value) -> &'a Value {
    for _ in 0..32 {
        match value.get("$ref").and_then(Value::as_str) {
            Some(reference) => match resolve(doc, reference) {
                Some(target) => value = target,
                None => return value,
            },
            None => return value,
        }
    }
    value
}

#[cfg(test)]
mod tests {
    use crate::model::HttpMethod;

    #[test]
    fn the_methods_walked_are_the_methods_the_runtime_knows() {
        assert_eq!(super::METHODS.len(), HttpMethod::ALL.len());
        for method in super::METHODS {
            assert!(HttpMethod::parse(method).is_some(), "{method}");
        }
    }
}

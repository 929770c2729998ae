//! A `default` its own schema does not accept (Nordigen's list of lists defaulting to a list of
//! strings) makes typify refuse the whole schema. Such a default says nothing a client can use,
//! so it goes, before typify sees it. The check covers what typify checks a default against:
//! types, `nullable`, `enum`, array items and object properties (required ones present), with
//! local `$ref`s followed; alternatives (`oneOf`, `anyOf`, `allOf`) are taken as accepting.

use serde_json::{Value, json};

use crate::walk;

/// Removes every schema `default` the schema itself rejects.
pub fn drop_unfit_defaults(doc: &mut Value) {
    let snapshot = doc.clone();
    walk::schemas_mut(doc, &mut |_, schema| {
        let Some(map) = schema.as_object_mut() else {
            return;
        };
        let Some(default) = map.get("default") else {
            return;
        };
        let mut bare = map.clone();
        bare.remove("default");
        if !accepts(&snapshot, &Value::Object(bare), default, 0) {
            map.remove("default");
        }
    });
}

/// Whether `schema` accepts `value`, as far as this module checks.
fn accepts(doc: &Value, schema: &Value, value: &Value, depth: usize) -> bool {
    if depth > 32 {
        return true;
    }
    let schema = walk::deref(doc, schema);
    let Some(map) = schema.as_object() else {
        return true;
    };
    if value.is_null() {
        return map.get("nullable") == Some(&json!(true))
            || map.get("type").is_none()
            || map
                .get("enum")
                .and_then(Value::as_array)
                .is_some_and(|values| values.contains(value));
    }
    if let Some(values) = map.get("enum").and_then(Value::as_array)
        && !values.contains(value)
    {
        return false;
    }
    let typed = map
        .get("type")
        .and_then(Value::as_str)
        .is_none_or(|ty| of_type(ty, value));
    if !typed {
        return false;
    }
    if let (Some(items), Some(values)) = (map.get("items"), value.as_array())
        && !values.iter().all(|v| accepts(doc, items, v, depth + 1))
    {
        return false;
    }
    if let Some(object) = value.as_object() {
        let properties = map.get("properties").and_then(Value::as_object);
        let required = map.get("required").and_then(Value::as_array);
        let present = |name: &Value| name.as_str().is_some_and(|n| object.contains_key(n));
        if required.is_some_and(|names| !names.iter().all(present)) {
            return false;
        }
        for (name, v) in object {
            if let Some(property) = properties.and_then(|p| p.get(name))
                && !accepts(doc, property, v, depth + 1)
            {
                return false;
            }
        }
    }
    true
}

/// Whether a value other than `null` is of the schema type `ty` (an unknown type takes any).
pub(crate) fn of_type(ty: &str, value: &Value) -> bool {
    match ty {
        "string" => value.is_string(),
        "number" => value.is_number(),
        "integer" => value.is_i64() || value.is_u64(),
        "boolean" => value.is_boolean(),
        "array" => value.is_array(),
        "object" => value.is_object(),
        _ => true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_default_its_schema_rejects_goes_and_one_it_accepts_stays() {
        let mut doc = json!({"components": {"schemas": {
            "Agreement": {"type": "object", "properties": {
                "scope": {"type": "array", "default": ["balances"],
                          "items": {"type": "array", "items": {}}},
                "days": {"type": "integer", "default": 90},
                "ratio": {"type": "integer", "default": 0.5},
                "kind": {"$ref": "#/components/schemas/Kind"},
                "pair": {"type": "object", "required": ["a"],
                         "properties": {"a": {"type": "string"}}, "default": {"b": 1}},
                "either": {"oneOf": [{"type": "string"}, {"type": "integer"}], "default": 3},
                "maybe": {"type": "string", "nullable": true, "default": null}
            }},
            "Kind": {"type": "string", "enum": ["a", "b"], "default": "c"},
            "Ref": {"allOf": [{"$ref": "#/components/schemas/Kind"}], "default": "a"}
        }}});
        drop_unfit_defaults(&mut doc);
        let properties = &doc["components"]["schemas"]["Agreement"]["properties"];
        assert_eq!(properties["scope"].get("default"), None);
        assert_eq!(properties["days"]["default"], 90);
        assert_eq!(properties["ratio"].get("default"), None);
        assert_eq!(properties["pair"].get("default"), None);
        assert_eq!(properties["either"]["default"], 3);
        assert_eq!(properties["maybe"]["default"], Value::Null);
        assert_eq!(doc["components"]["schemas"]["Kind"].get("default"), None);
        assert_eq!(doc["components"]["schemas"]["Ref"]["default"], "a");
    }
}

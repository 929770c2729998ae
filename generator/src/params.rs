//! Parameters as progenitor reads them. progenitor 0.15 accepts query parameters of style `form`
//! only and no cookie parameters; how each parameter goes on the wire is already in the
//! operation table (`model::Param`: style, explode, allowReserved, read by `annotate`), and
//! `rewrite/params.rs` writes the calls that serialize it. So before progenitor runs, every query
//! parameter is presented as `form` and every cookie parameter as a header parameter: progenitor
//! then gives each its typed builder setter (or entry-method argument when required), and the
//! rewrite replaces what progenitor sends for it.

use serde_json::{Value, json};

use crate::walk;

/// Rewrites every parameter object of the document (inline and under
/// `components/parameters`) into the shape progenitor accepts.
pub fn present(doc: &mut Value) {
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

fn present_all(params: Option<&mut Value>) {
    params
        .and_then(Value::as_array_mut)
        .into_iter()
        .flatten()
        .for_each(present_one);
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
        present(&mut doc);
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
}

//! Helpers shared by the probe's integration tests: the spec's own examples, to answer with.

#![allow(dead_code)] // each test file uses its own part

use agentruntime_probe::Spec;
use serde_json::Value;

/// The PAT the tests send (a fake one; the servers do not check it).
pub const TOKEN: &str = "pat_probe_test_0123456789abcdef";
pub const TENANT: &str = "acme";
pub const PROJECT: &str = "proj_1";

/// The repository's spec, bundled.
pub fn spec() -> Spec {
    Spec::load(&agentruntime_probe::default_spec_path()).expect("spec/openapi.yaml loads")
}

/// The SDK's operation `id`.
pub fn operation(id: &str) -> &'static agentruntime::metadata::Operation {
    agentruntime::metadata::operation(id).unwrap_or_else(|| panic!("no operation {id}"))
}

/// The first example of the first success response of operation `id`, as the spec writes it.
pub fn example(spec: &Spec, id: &str) -> Value {
    let op = operation(id);
    let doc = spec.document();
    let pointer = format!(
        "/paths/{}/{}/responses",
        op.path.replace('~', "~0").replace('/', "~1"),
        op.method.as_str().to_ascii_lowercase()
    );
    let responses = doc
        .pointer(&pointer)
        .and_then(Value::as_object)
        .expect("responses");
    let (_, success) = responses
        .iter()
        .find(|(status, _)| status.starts_with('2'))
        .unwrap_or_else(|| panic!("{id} has no success response"));
    let media = &resolve(doc, success)["content"]["application/json"];
    if let Some(example) = media.get("example") {
        return example.clone();
    }
    let first = media["examples"]
        .as_object()
        .and_then(|examples| examples.values().next())
        .unwrap_or_else(|| panic!("{id} has no success example"));
    resolve(doc, first)["value"].clone()
}

/// The name of the first property of `body` that holds an array (the list's envelope field).
pub fn list_key(body: &Value) -> String {
    body.as_object()
        .and_then(|map| {
            map.iter()
                .find(|(_, v)| v.is_array())
                .map(|(k, _)| k.clone())
        })
        .unwrap_or_else(|| panic!("no list in {body}"))
}

/// Renames `from` to `to` in an object, keeping the value; panics when `from` is absent.
pub fn rename(object: &mut Value, from: &str, to: &str) {
    let map = object.as_object_mut().expect("an object");
    let value = map
        .remove(from)
        .unwrap_or_else(|| panic!("no `{from}` in the spec's example"));
    map.insert(to.to_owned(), value);
}

/// The `required` list of the success body's schema of operation `id` (`under` = `None`), or of
/// the items of its list property `under` (`Some("items")`): what the spec currently insists on.
pub fn required(spec: &Spec, id: &str, under: Option<&str>) -> Vec<String> {
    let op = operation(id);
    let doc = spec.document();
    let described = spec
        .operation(op.method.as_str(), op.path)
        .expect("in the spec");
    let pointer = described
        .success_responses()
        .find_map(|r| r.schema.clone())
        .expect("a JSON success body");
    let mut schema = resolve(doc, doc.pointer(&pointer).expect("the schema"));
    if let Some(list) = under {
        schema = resolve(doc, &schema["properties"][list]);
        schema = resolve(doc, &schema["items"]);
    }
    schema["required"]
        .as_array()
        .map(|names| {
            names
                .iter()
                .filter_map(Value::as_str)
                .map(str::to_owned)
                .collect()
        })
        .unwrap_or_default()
}

fn resolve<'a>(doc: &'a Value, mut value: &'a Value) -> &'a Value {
    while let Some(target) = value
        .get("$ref")
        .and_then(Value::as_str)
        .and_then(|r| r.strip_prefix('#'))
    {
        value = doc.pointer(target).expect("local reference");
    }
    value
}

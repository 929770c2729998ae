//! Finding values for path parameters in the answers of earlier calls, without per-operation
//! tables.
//!
//! The value of a parameter of `/v1/workflows/{id}/runs/{runID}` comes from the list whose path
//! is the template up to that parameter, with the earlier parameters bound
//! (`/v1/workflows/wf_1/runs`): the first array of objects in its body (under any property name:
//! `{"items": [...]}`, `{"workflows": [...]}`, `{"runs": [...], "total": n}`), and in its first
//! elements the field named like the parameter (`runID`, then `run_id`), else `id`, else the
//! singular of the list's last path segment plus `_id` (`runs` → `run_id`).

use serde_json::Value;

/// At most this many values are tried for one parameter.
pub const VALUES_PER_PARAMETER: usize = 2;

/// RFC 3986 unreserved characters: the only bytes a path segment keeps as they are (the SDK's
/// own rule for path parameters).
const UNRESERVED: &percent_encoding::AsciiSet = &percent_encoding::NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

/// A template with its parameter names erased (`/v1/workflows/{id}` → `/v1/workflows/{}`), so
/// templates that name a parameter differently still match.
pub fn shape(template: &str) -> String {
    template
        .split('/')
        .map(|segment| {
            if segment.starts_with('{') && segment.ends_with('}') {
                "{}"
            } else {
                segment
            }
        })
        .collect::<Vec<_>>()
        .join("/")
}

/// The template up to (not including) the segment of parameter `name`:
/// `/v1/workflows/{id}/runs/{runID}` and `runID` → `/v1/workflows/{id}/runs`. `None` when the
/// parameter is not a whole segment or is the first one.
pub fn list_prefix(template: &str, name: &str) -> Option<String> {
    let segment = format!("/{{{name}}}");
    let at = template.find(&format!("{segment}/")).or_else(|| {
        template
            .ends_with(&segment)
            .then(|| template.len() - segment.len())
    })?;
    (at > 0).then(|| template[..at].to_owned())
}

/// Fills a template's parameters, in order, with `values` (each percent-encoded as exactly one
/// segment). Values no encoding keeps in place (empty, `.`, `..`) are refused.
pub fn fill(template: &str, values: &[String]) -> Option<String> {
    let mut values = values.iter();
    let mut out = Vec::new();
    for segment in template.split('/') {
        if segment.starts_with('{') && segment.ends_with('}') {
            let value = values.next()?;
            if !is_usable(value) {
                return None;
            }
            out.push(percent_encoding::utf8_percent_encode(value, UNRESERVED).to_string());
        } else {
            out.push(segment.to_owned());
        }
    }
    Some(out.join("/"))
}

/// Whether a value can stand as one path segment.
pub fn is_usable(value: &str) -> bool {
    !matches!(value, "" | "." | "..")
}

/// The first array of objects in a body: the body itself, else the first property (in document
/// order) that holds one, looking one level deeper (`{"data": {"items": [...]}}`) when the top
/// level has none.
pub fn first_object_array(body: &Value) -> Option<&[Value]> {
    fn objects(value: &Value) -> Option<&[Value]> {
        match value {
            Value::Array(items) if items.first().is_some_and(Value::is_object) => Some(items),
            _ => None,
        }
    }
    if let Some(items) = objects(body) {
        return Some(items);
    }
    let map = body.as_object()?;
    map.values().find_map(objects).or_else(|| {
        map.values()
            .filter_map(Value::as_object)
            .find_map(|inner| inner.values().find_map(objects))
    })
}

/// Values for parameter `name` from a list body whose path ends in `collection` (`runs`).
pub fn candidates(body: &Value, name: &str, collection: &str) -> Vec<String> {
    let Some(items) = first_object_array(body) else {
        return Vec::new();
    };
    let mut fields = vec![name.to_owned(), snake(name), "id".to_owned()];
    fields.push(format!("{}_id", singular(&collection.replace('-', "_"))));
    fields.dedup();
    let mut out: Vec<String> = Vec::new();
    for item in items.iter().take(VALUES_PER_PARAMETER * 2) {
        let value = fields.iter().find_map(|field| scalar(item.get(field)?));
        if let Some(value) = value.filter(|v| is_usable(v))
            && !out.contains(&value)
        {
            out.push(value);
        }
        if out.len() == VALUES_PER_PARAMETER {
            break;
        }
    }
    out
}

/// A string or integer as a parameter value.
pub fn scalar(value: &Value) -> Option<String> {
    match value {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) if n.is_i64() || n.is_u64() => Some(n.to_string()),
        _ => None,
    }
}

/// `runID` → `run_id`, `connectionId` → `connection_id`, `run_id` stays.
pub fn snake(name: &str) -> String {
    let mut out = String::new();
    let mut previous: Option<char> = None;
    for c in name.chars() {
        if c.is_uppercase() && previous.is_some_and(|p| p.is_lowercase() || p.is_ascii_digit()) {
            out.push('_');
        }
        out.extend(c.to_lowercase());
        previous = Some(c);
    }
    out.replace('-', "_")
}

/// English singular of a collection name: `runs` → `run`, `policies` → `policy`,
/// `addresses` → `address`; `data` stays.
pub fn singular(word: &str) -> String {
    if let Some(stem) = word.strip_suffix("ies") {
        return format!("{stem}y");
    }
    for suffix in ["sses", "shes", "ches", "xes"] {
        if word.ends_with(suffix) {
            return word[..word.len() - 2].to_owned();
        }
    }
    match word.strip_suffix('s') {
        Some(stem) if !word.ends_with("ss") => stem.to_owned(),
        _ => word.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn templates() {
        assert_eq!(
            shape("/v1/workflows/{id}/runs/{runID}"),
            "/v1/workflows/{}/runs/{}"
        );
        assert_eq!(
            list_prefix("/v1/workflows/{id}/runs/{runID}/events", "runID").as_deref(),
            Some("/v1/workflows/{id}/runs")
        );
        assert_eq!(
            list_prefix("/v1/workflows/{id}", "id").as_deref(),
            Some("/v1/workflows")
        );
        assert_eq!(list_prefix("/v1/workflows/{id}", "runID"), None);
        assert_eq!(list_prefix("/{id}", "id"), None);
        assert_eq!(
            fill(
                "/v1/workflows/{id}/runs/{runID}",
                &["a/b".into(), "r 1".into()]
            )
            .as_deref(),
            Some("/v1/workflows/a%2Fb/runs/r%201")
        );
        assert_eq!(fill("/v1/workflows/{id}", &["..".into()]), None);
        assert_eq!(fill("/v1/workflows/{id}", &[]), None);
    }

    #[test]
    fn lists_of_any_shape() {
        let spec_shape =
            json!({"items": [{"id": "wf_1"}, {"id": "wf_2"}, {"id": "wf_3"}], "next_page": null});
        assert_eq!(candidates(&spec_shape, "id", "workflows"), ["wf_1", "wf_2"]);
        let named = json!({"total": 2, "runs": [{"run_id": "r1"}, {"run_id": "r2"}]});
        assert_eq!(candidates(&named, "runID", "runs"), ["r1", "r2"]);
        let by_name = json!({"workflows": [{"runID": "x", "run_id": "y", "id": "z"}]});
        assert_eq!(candidates(&by_name, "runID", "runs"), ["x"]);
        let by_id = json!([{"id": 7, "run_id": "r"}]);
        assert_eq!(candidates(&by_id, "turnID", "turns"), ["7"]);
        let nested = json!({"data": {"conversations": [{"conversation_id": "c1"}]}});
        assert_eq!(
            candidates(&nested, "conversation_id", "conversations"),
            ["c1"]
        );
        let singular_id = json!({"items": [{"policy_id": "p1"}, {"policy_id": ".."}]});
        assert_eq!(candidates(&singular_id, "pid", "policies"), ["p1"]);
        assert!(candidates(&json!({"items": []}), "id", "x").is_empty());
        assert!(candidates(&json!({"names": ["a"]}), "id", "x").is_empty());
    }

    #[test]
    fn words() {
        assert_eq!(snake("runID"), "run_id");
        assert_eq!(snake("connectionId"), "connection_id");
        assert_eq!(snake("run_id"), "run_id");
        assert_eq!(singular("runs"), "run");
        assert_eq!(singular("policies"), "policy");
        assert_eq!(singular("addresses"), "address");
        assert_eq!(singular("inbound_webhooks"), "inbound_webhook");
        assert_eq!(singular("access"), "access");
    }
}

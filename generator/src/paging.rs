//! Which lists page, and how: found from the spec so any API's lists stream with `.stream()`.
//!
//! - **Cursor**: a query parameter `page_token` or `cursor` in; out, an object with one array of
//!   items and a string property carrying the next cursor (`next_page`, `next_cursor`,
//!   `next_page_token`, `next`, `cursor`).
//! - **Offset**: query parameters `offset` (and usually `limit`) in; out, an object with one array
//!   of items and, optionally, an integer `total`.
//!
//! Only parameters of the right type count (a string cursor, an integer offset and limit), so
//! the generated paging code compiles for any spec. The array of items is the response's only
//! array property, or the one named `items`, `data`
//! or `results` when there are several. An operation can state all of it explicitly with
//! `x-agentruntime-pagination: {style: cursor|offset, items, cursor_param, next, total}`, which
//! wins over detection.

use serde_json::Value;

use crate::walk;

/// How one list operation pages.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Pagination {
    /// `param` in, `next` out.
    Cursor {
        items: String,
        param: String,
        next: String,
    },
    /// `offset` (and `limit`) in; the last page is empty, shorter than `limit`, or reaches `total`.
    /// `limit` says whether the operation has an integer `limit` parameter.
    Offset {
        items: String,
        total: Option<String>,
        limit: bool,
    },
}

impl Pagination {
    /// The property holding the page's items.
    pub fn items(&self) -> &str {
        match self {
            Self::Cursor { items, .. } | Self::Offset { items, .. } => items,
        }
    }

    /// The query parameter the next page is asked for with.
    pub fn request_param(&self) -> &str {
        match self {
            Self::Cursor { param, .. } => param,
            Self::Offset { .. } => "offset",
        }
    }
}

const CURSOR_PARAMS: [&str; 2] = ["page_token", "cursor"];
const NEXT_FIELDS: [&str; 5] = [
    "next_page",
    "next_cursor",
    "next_page_token",
    "next",
    "cursor",
];
const PREFERRED_ITEMS: [&str; 3] = ["items", "data", "results"];

/// The pagination of an operation with these (resolved or `$ref`) parameters, if it pages.
pub fn detect(doc: &Value, params: &[Value], op: &Value) -> Option<Pagination> {
    let query: Vec<(&str, &Value)> = params
        .iter()
        .map(|p| walk::deref(doc, p))
        .filter(|p| p.get("in").and_then(Value::as_str) == Some("query"))
        .filter_map(|p| {
            let name = p.get("name").and_then(Value::as_str)?;
            let schema = p.get("schema").map(|s| walk::deref(doc, s))?;
            Some((name, schema))
        })
        .collect();
    let typed = |name: &str, wanted: &str| {
        query
            .iter()
            .any(|(n, schema)| *n == name && has_type(schema, wanted))
    };
    let limit = typed("limit", "integer");
    if let Some(explicit) = op.get("x-agentruntime-pagination") {
        return explicit_pagination(explicit, limit);
    }
    let schema = success_schema(doc, op)?;
    let properties = schema.get("properties")?.as_object()?;
    let items = items_property(doc, properties)?;
    if let Some(param) = CURSOR_PARAMS.into_iter().find(|p| typed(p, "string")) {
        let next = NEXT_FIELDS.into_iter().find(|name| {
            *name != param
                && properties
                    .get(*name)
                    .is_some_and(|s| has_type(walk::deref(doc, s), "string"))
        })?;
        return Some(Pagination::Cursor {
            items,
            param: param.to_owned(),
            next: next.to_owned(),
        });
    }
    if typed("offset", "integer") {
        let total = properties
            .get("total")
            .filter(|s| has_type(walk::deref(doc, s), "integer"))
            .map(|_| "total".to_owned());
        return Some(Pagination::Offset {
            items,
            total,
            limit,
        });
    }
    None
}

fn explicit_pagination(spec: &Value, limit: bool) -> Option<Pagination> {
    let text = |key: &str| spec.get(key).and_then(Value::as_str).map(str::to_owned);
    let items = text("items")?;
    match spec.get("style").and_then(Value::as_str)? {
        "cursor" => Some(Pagination::Cursor {
            items,
            param: text("cursor_param")?,
            next: text("next")?,
        }),
        "offset" => Some(Pagination::Offset {
            items,
            total: text("total"),
            limit,
        }),
        _ => None,
    }
}

/// The JSON schema of the first 2xx response, resolved.
fn success_schema<'a>(doc: &'a Value, op: &'a Value) -> Option<&'a Value> {
    op.get("responses")?
        .as_object()?
        .iter()
        .filter(|(code, _)| code.starts_with('2'))
        .find_map(|(_, response)| {
            walk::deref(doc, response)
                .pointer("/content/application~1json/schema")
                .map(|schema| walk::deref(doc, schema))
        })
}

fn items_property(doc: &Value, properties: &serde_json::Map<String, Value>) -> Option<String> {
    let arrays: Vec<&String> = properties
        .iter()
        .filter(|(_, schema)| has_type(walk::deref(doc, schema), "array"))
        .map(|(name, _)| name)
        .collect();
    match arrays.as_slice() {
        [only] => Some((*only).clone()),
        _ => PREFERRED_ITEMS
            .into_iter()
            .find(|name| arrays.iter().any(|a| a == name))
            .map(str::to_owned),
    }
}

/// `type: X` or `type: [X, …]` (3.1 before the upgrade, 3.0 after it).
fn has_type(schema: &Value, wanted: &str) -> bool {
    match schema.get("type") {
        Some(Value::String(t)) => t == wanted,
        Some(Value::Array(types)) => types.iter().any(|t| t == wanted),
        _ => false,
    }
}

/// What the operation's docs say about paging.
pub fn note(pagination: &Pagination) -> String {
    match pagination {
        Pagination::Cursor { param, .. } => format!(
            "Paginated by `{param}`: `.stream()` yields every item, keeping all filters on every page."
        ),
        Pagination::Offset { .. } => "Paginated by `offset`: `.stream()` yields every item, \
             keeping all filters on every page."
            .to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn op(response: Value) -> Value {
        json!({"responses": {"200": {"content": {"application/json": {"schema": response}}}}})
    }

    /// Query parameters as a spec would type them: integers for `limit`/`offset`.
    fn query(names: &[&str]) -> Vec<Value> {
        names
            .iter()
            .map(|n| {
                let kind = if matches!(*n, "limit" | "offset") {
                    "integer"
                } else {
                    "string"
                };
                json!({"name": n, "in": "query", "schema": {"type": kind}})
            })
            .collect()
    }

    #[test]
    fn a_cursor_list_with_a_named_array() {
        let response = json!({"type": "object", "properties": {
            "workflows": {"type": "array", "items": {}},
            "next_cursor": {"type": "string", "nullable": true}
        }});
        assert_eq!(
            detect(&json!({}), &query(&["cursor", "limit"]), &op(response)),
            Some(Pagination::Cursor {
                items: "workflows".into(),
                param: "cursor".into(),
                next: "next_cursor".into()
            })
        );
    }

    #[test]
    fn the_classic_items_and_next_page_envelope_through_refs() {
        let doc = json!({"components": {
            "schemas": {"Page": {"type": "object", "properties": {
                "items": {"type": "array", "items": {}},
                "next_page": {"type": ["string", "null"]}
            }}},
            "parameters": {"PageToken": {"name": "page_token", "in": "query", "schema": {"type": "string"}}}
        }});
        let params = [json!({"$ref": "#/components/parameters/PageToken"})];
        let op = op(json!({"$ref": "#/components/schemas/Page"}));
        assert_eq!(
            detect(&doc, &params, &op),
            Some(Pagination::Cursor {
                items: "items".into(),
                param: "page_token".into(),
                next: "next_page".into()
            })
        );
    }

    #[test]
    fn an_offset_list_with_and_without_total() {
        let with_total = json!({"type": "object", "properties": {
            "runs": {"type": "array", "items": {}}, "total": {"type": "integer"}
        }});
        assert_eq!(
            detect(&json!({}), &query(&["limit", "offset"]), &op(with_total)),
            Some(Pagination::Offset {
                items: "runs".into(),
                total: Some("total".into()),
                limit: true
            })
        );
        let without = json!({"type": "object", "properties": {"tasks": {"type": "array"}}});
        assert_eq!(
            detect(&json!({}), &query(&["offset"]), &op(without)),
            Some(Pagination::Offset {
                items: "tasks".into(),
                total: None,
                limit: false
            })
        );
    }

    #[test]
    fn lists_without_paging_and_ambiguous_arrays_do_not_page() {
        let plain = json!({"type": "object", "properties": {"plans": {"type": "array"}}});
        assert_eq!(detect(&json!({}), &query(&["status"]), &op(plain)), None);
        let two = json!({"type": "object", "properties": {
            "a": {"type": "array"}, "b": {"type": "array"}, "next_page": {"type": "string"}
        }});
        assert_eq!(detect(&json!({}), &query(&["page_token"]), &op(two)), None);
        let no_next = json!({"type": "object", "properties": {"items": {"type": "array"}}});
        assert_eq!(detect(&json!({}), &query(&["cursor"]), &op(no_next)), None);
    }

    #[test]
    fn paging_parameters_of_another_type_do_not_count() {
        let response = json!({"type": "object", "properties": {
            "runs": {"type": "array"}, "next_page": {"type": "string"}
        }});
        let odd = [
            json!({"name": "offset", "in": "query", "schema": {"type": "string"}}),
            json!({"name": "page_token", "in": "query", "schema": {"type": "integer"}}),
        ];
        assert_eq!(detect(&json!({}), &odd, &op(response.clone())), None);
        let string_limit = [
            json!({"name": "offset", "in": "query", "schema": {"type": "integer"}}),
            json!({"name": "limit", "in": "query", "schema": {"type": "string"}}),
        ];
        assert_eq!(
            detect(&json!({}), &string_limit, &op(response)),
            Some(Pagination::Offset {
                items: "runs".into(),
                total: None,
                limit: false
            })
        );
    }

    #[test]
    fn an_explicit_extension_wins() {
        let mut op = op(
            json!({"type": "object", "properties": {"a": {"type": "array"}, "b": {"type": "array"}}}),
        );
        op["x-agentruntime-pagination"] =
            json!({"style": "cursor", "items": "b", "cursor_param": "after", "next": "last_id"});
        assert_eq!(
            detect(&json!({}), &[], &op),
            Some(Pagination::Cursor {
                items: "b".into(),
                param: "after".into(),
                next: "last_id".into()
            })
        );
    }
}

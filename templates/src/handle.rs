//! Pieces of the generated crate's run and task handles that name no API type: a JSON object
//! argument (run input, a task's result) and the error of a response that lacks an id the
//! handle needs.

use serde_json::{Map, Value};

use crate::{Error, ErrorKind, Operation, Response};

/// A JSON object given as an argument: a run's input, the result fields of a task decision.
///
/// Built from a `serde_json::Value` object (`json!({...})`; `null` is the empty object), a
/// `serde_json::Map`, or pairs of keys and values. Anything else (an array, a string) is kept
/// as an error that the call using it reports as [`ErrorKind::InvalidRequest`] before sending.
///
/// ```
/// use agentruntime::JsonObject;
/// use serde_json::json;
///
/// let input = JsonObject::from(json!({"customer": "c_42", "priority": 2}));
/// assert_eq!(input.into_map("input").unwrap()["customer"], "c_42");
/// let empty = JsonObject::new();
/// assert!(empty.into_map("input").unwrap().is_empty());
/// let wrong = JsonObject::from(json!([1, 2]));
/// assert!(wrong.into_map("input").is_err());
/// ```
#[derive(Clone, Debug, PartialEq)]
pub struct JsonObject {
    fields: Result<Map<String, Value>, &'static str>,
}

impl JsonObject {
    /// The empty object.
    pub fn new() -> Self {
        Self {
            fields: Ok(Map::new()),
        }
    }

    /// Adds (or replaces) one field.
    ///
    /// ```
    /// let result = agentruntime::JsonObject::new().field("comment", "looks good");
    /// assert_eq!(result.into_map("result").unwrap()["comment"], "looks good");
    /// ```
    pub fn field(mut self, key: impl Into<String>, value: impl Into<Value>) -> Self {
        if let Ok(fields) = &mut self.fields {
            fields.insert(key.into(), value.into());
        }
        self
    }

    /// The object's fields, for a JSON-object field of a request value (its constructor or
    /// setter, which document the panic).
    ///
    /// # Panics
    ///
    /// When it was built from a value that is not an object; the message names `what`.
    ///
    /// ```
    /// use agentruntime::JsonObject;
    /// use serde_json::json;
    ///
    /// let fields = JsonObject::from(json!({"k": 1})).expect_map("config");
    /// assert_eq!(fields["k"], 1);
    /// let result = std::panic::catch_unwind(|| JsonObject::from(json!([1])).expect_map("config"));
    /// assert!(result.is_err());
    /// ```
    pub fn expect_map(self, what: &str) -> Map<String, Value> {
        match self.fields {
            Ok(fields) => fields,
            Err(found) => panic!("`{what}` must be a JSON object, not {found}"),
        }
    }

    /// The object's fields; an [`ErrorKind::InvalidRequest`] error naming `what` (the argument,
    /// say `input`) when it was built from a value that is not an object.
    pub fn into_map(self, what: &str) -> Result<Map<String, Value>, Error> {
        self.fields.map_err(|found| {
            Error::new(ErrorKind::InvalidRequest)
                .with_message(format!("`{what}` must be a JSON object, not {found}"))
        })
    }
}

impl Default for JsonObject {
    fn default() -> Self {
        Self::new()
    }
}

impl From<Map<String, Value>> for JsonObject {
    fn from(fields: Map<String, Value>) -> Self {
        Self { fields: Ok(fields) }
    }
}

impl From<Value> for JsonObject {
    fn from(value: Value) -> Self {
        let fields = match value {
            Value::Object(fields) => Ok(fields),
            Value::Null => Ok(Map::new()),
            Value::Bool(_) => Err("a boolean"),
            Value::Number(_) => Err("a number"),
            Value::String(_) => Err("a string"),
            Value::Array(_) => Err("an array"),
        };
        Self { fields }
    }
}

impl<K: Into<String>, V: Into<Value>> FromIterator<(K, V)> for JsonObject {
    fn from_iter<I: IntoIterator<Item = (K, V)>>(pairs: I) -> Self {
        Self::from(
            pairs
                .into_iter()
                .map(|(k, v)| (k.into(), v.into()))
                .collect::<Map<String, Value>>(),
        )
    }
}

impl<K: Into<String>, V: Into<Value>, const N: usize> From<[(K, V); N]> for JsonObject {
    fn from(pairs: [(K, V); N]) -> Self {
        pairs.into_iter().collect()
    }
}

/// The id at `field` of a successful response, which the caller needs to go on (the run a start
/// began); a [`ErrorKind::Decode`] error naming `op`, the field, the status and the request id
/// when it is missing or empty.
pub fn required_id<T>(
    op: &'static Operation,
    response: &Response<T>,
    field: &str,
    value: Option<&str>,
) -> Result<String, Error> {
    match value {
        Some(id) if !id.is_empty() => Ok(id.to_owned()),
        _ => Err(Error::new(ErrorKind::Decode)
            .with_operation(op)
            .with_status(Some(response.status()))
            .with_request_id(response.request_id().map(str::to_owned))
            .with_decode_path(Some(field.to_owned()))
            // A 2xx arrived: the server acted, whatever the body lacks.
            .with_maybe_processed(true)
            .with_message(format!(
                "{field}: the response has no {field}, which the call needs"
            ))),
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    #[test]
    fn objects_come_from_json_objects_maps_and_pairs() {
        let map = |o: JsonObject| o.into_map("input").unwrap();
        assert_eq!(
            map(json!({"a": 1}).into()),
            *json!({"a": 1}).as_object().unwrap()
        );
        assert!(map(Value::Null.into()).is_empty());
        assert_eq!(map([("a", 1), ("b", 2)].into()).len(), 2);
        assert_eq!(
            map(vec![("k".to_owned(), json!([true]))].into_iter().collect()),
            *json!({"k": [true]}).as_object().unwrap()
        );
        assert_eq!(map(JsonObject::new().field("x", "y"))["x"], "y");
    }

    #[test]
    fn a_missing_or_empty_id_is_a_decode_error_naming_the_call() {
        static OP: Operation = Operation::new("start_thing", crate::HttpMethod::Post, "/v1/things");
        let mut headers = reqwest::header::HeaderMap::new();
        headers.insert("x-request-id", "req_7".parse().unwrap());
        let response = Response::new(progenitor_client::ResponseValue::new(
            (),
            reqwest::StatusCode::CREATED,
            headers,
        ));
        assert_eq!(
            required_id(&OP, &response, "run_id", Some("r1")).unwrap(),
            "r1"
        );
        for value in [None, Some("")] {
            let error = required_id(&OP, &response, "run_id", value).unwrap_err();
            assert_eq!(error.kind(), ErrorKind::Decode);
            assert_eq!(error.operation(), Some("start_thing"));
            assert_eq!(error.decode_path(), Some("run_id"));
            assert_eq!(error.request_id(), Some("req_7"));
            assert_eq!(error.status(), Some(reqwest::StatusCode::CREATED));
            assert!(error.to_string().contains("has no run_id"), "{error}");
        }
    }

    #[test]
    fn a_value_that_is_no_object_is_an_invalid_request() {
        for (value, found) in [
            (json!([1]), "an array"),
            (json!("text"), "a string"),
            (json!(3), "a number"),
            (json!(false), "a boolean"),
        ] {
            let error = JsonObject::from(value)
                .field("ignored", 1)
                .into_map("result")
                .unwrap_err();
            assert_eq!(error.kind(), ErrorKind::InvalidRequest);
            assert!(
                error
                    .to_string()
                    .contains(&format!("`result` must be a JSON object, not {found}")),
                "{error}"
            );
        }
    }
}

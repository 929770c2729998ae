// @generated operations index by agentruntime-generator 0.1.0. Do not edit by hand.
// Spec: fixtures/params/openapi.yaml (sha256 286eeb2e529e703bc355b01bd9be0e5bc6b6ccf1771e6e69f730e24645a3beaf), OpenAPI 3.1.0, API version 0.1.0.
// Regenerate: cargo xtask regen --spec fixtures/params/openapi.yaml --out DIR

//! One builder per operation. Each is returned by the `Client` method of the same
//! name (which takes the path parameters and a required body), takes the optional
//! parameters as setters, and is sent with `.send()` or `.send_with(options)`
//! (and, for lists, streamed with `.stream()`).
#[cfg(feature = "items")]
mod items;

#[cfg(feature = "items")]
pub use items::*;

/// Checks that `body` decodes as the success type of the operation whose Rust method is
/// `operation` (`"list_workflows"`), naming the JSON path of the first mismatch; `None`
/// for an unknown operation. A text body must be UTF-8; operations without a JSON or
/// text body accept any bytes.
///
/// ```
/// let verdict = agentruntime::operations::decode_body("get_workflow", br#"{"id": 7}"#);
/// assert!(verdict.unwrap().is_err());
/// assert!(agentruntime::operations::decode_body("no_such_operation", b"{}").is_none());
/// ```
#[allow(unused_variables, unreachable_code)]
pub fn decode_body(
    operation: &str,
    body: &[u8],
) -> ::std::option::Option<::std::result::Result<(), ::std::string::String>> {
    #[allow(unused_imports)]
    use crate::types;

    #[allow(dead_code)]
    fn check<T: ::serde::de::DeserializeOwned>(
        body: &[u8],
    ) -> ::std::result::Result<(), ::std::string::String> {
        let mut deserializer = ::serde_json::Deserializer::from_slice(body);
        match ::serde_path_to_error::deserialize::<_, T>(&mut deserializer) {
            ::std::result::Result::Ok(_) => deserializer.end().map_err(|e| e.to_string()),
            ::std::result::Result::Err(error) => {
                ::std::result::Result::Err(
                    ::std::format!("{}: {}", error.path(), error.inner()),
                )
            }
        }
    }
    ::std::option::Option::Some(
        match operation {
            #[cfg(feature = "items")]
            "search_items" => check::<types::ItemList>(body),
            #[cfg(feature = "items")]
            "get_shape" => check::<types::ItemList>(body),
            _ => return ::std::option::Option::None,
        },
    )
}

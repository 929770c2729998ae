// @generated operations index by agentruntime-generator 0.1.0. Do not edit by hand.
// Spec: fixtures/v30/openapi.json (sha256 76802303fef5ea9341473990ae5e531df637c83522ad3341588262dac14ea0c8), OpenAPI 3.0.3, API version 0.3.0.
// Regenerate: cargo xtask regen --spec fixtures/v30/openapi.json --out DIR

//! One builder per operation. Each is returned by the `Client` method of the same
//! name (which takes the path parameters and a required body), takes the optional
//! parameters as setters, and is sent with `.send()` or `.send_with(options)`
//! (and, for lists, streamed with `.stream()`).
#[cfg(feature = "api")]
mod api;

#[cfg(feature = "api")]
pub use api::*;

#[cfg(feature = "things")]
mod things;

#[cfg(feature = "things")]
pub use things::*;

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
            #[cfg(feature = "things")]
            "list_things" => check::<types::ThingPage>(body),
            #[cfg(feature = "things")]
            "create_thing" => check::<types::Thing>(body),
            #[cfg(feature = "things")]
            "command_thing" => check::<types::CommandThingResponse>(body),
            #[cfg(feature = "api")]
            "health" => {
                ::std::str::from_utf8(body).map(|_| ()).map_err(|e| e.to_string())
            }
            _ => return ::std::option::Option::None,
        },
    )
}

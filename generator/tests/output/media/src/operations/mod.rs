// @generated operations index by agentruntime-generator 0.1.0. Do not edit by hand.
// Spec: fixtures/media/openapi.yaml (sha256 b3891f4b4204dd3d8c65100af7ae9aa3a01107f1a87d1964bdf8f90fd4abf5da), OpenAPI 3.1.0, API version 1.0.
// Regenerate: cargo xtask regen --spec fixtures/media/openapi.yaml --out DIR

//! One builder per operation. Each is returned by the `Client` method of the same
//! name (which takes the path parameters and a required body), takes the optional
//! parameters as setters, and is sent with `.send()` or `.send_with(options)`
//! (and, for lists, streamed with `.stream()`).
#[cfg(feature = "media")]
mod media;

#[cfg(feature = "media")]
pub use media::*;

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
            #[cfg(feature = "media")]
            "upload_photo" => check::<types::Photo>(body),
            #[cfg(feature = "media")]
            "upload_raw" => ::std::result::Result::Ok(()),
            #[cfg(feature = "media")]
            "add_note" => {
                ::std::str::from_utf8(body).map(|_| ()).map_err(|e| e.to_string())
            }
            #[cfg(feature = "media")]
            "exchange_token" => {
                ::std::str::from_utf8(body).map(|_| ()).map_err(|e| e.to_string())
            }
            #[cfg(feature = "media")]
            "submit_transaction" => {
                ::std::str::from_utf8(body).map(|_| ()).map_err(|e| e.to_string())
            }
            #[cfg(feature = "media")]
            "search_photos" => check::<::std::vec::Vec<types::Photo>>(body),
            #[cfg(feature = "media")]
            "patch_photo" => check::<types::Photo>(body),
            #[cfg(feature = "media")]
            "download_photo" => ::std::result::Result::Ok(()),
            _ => return ::std::option::Option::None,
        },
    )
}

// @generated conversion error by agentruntime-generator 0.1.0. Do not edit by hand.
// Spec: fixtures/media/openapi.yaml (sha256 b3891f4b4204dd3d8c65100af7ae9aa3a01107f1a87d1964bdf8f90fd4abf5da), OpenAPI 3.1.0, API version 1.0.
// Regenerate: cargo xtask regen --spec fixtures/media/openapi.yaml --out DIR

//! The error of checked conversions into the API's types.
#![allow(clippy::all, clippy::pedantic)]
/// Error from a `TryFrom` or `FromStr` implementation.
pub struct ConversionError(::std::borrow::Cow<'static, str>);

impl ::std::error::Error for ConversionError {}

impl ::std::fmt::Display for ConversionError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> Result<(), ::std::fmt::Error> {
        ::std::fmt::Display::fmt(&self.0, f)
    }
}

impl ::std::fmt::Debug for ConversionError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> Result<(), ::std::fmt::Error> {
        ::std::fmt::Debug::fmt(&self.0, f)
    }
}

impl From<&'static str> for ConversionError {
    fn from(value: &'static str) -> Self {
        Self(value.into())
    }
}

impl From<String> for ConversionError {
    fn from(value: String) -> Self {
        Self(value.into())
    }
}

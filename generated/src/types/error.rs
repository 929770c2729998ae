// @generated conversion error by agentruntime-generator 0.1.0. Do not edit by hand.
// Spec: spec/openapi.yaml (sha256 8531870793c116fb16574a2ffb8dcd87af0bf1d64d7092cd68416ac3d416a9cc), OpenAPI 3.1.0, API version 1.0.0.
// Regenerate: cargo xtask regen

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

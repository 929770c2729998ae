// @generated conversion error by agentruntime-generator 0.1.0. Do not edit by hand.
// Spec: fixtures/minimal/openapi.yaml (sha256 1b5b7f7854c49521e9feaf31493f7487b3486a7ac218bb15b3ba3be96e293f4b), OpenAPI 3.0.3, API version 0.0.1.
// Regenerate: cargo xtask regen --spec fixtures/minimal/openapi.yaml --out DIR

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

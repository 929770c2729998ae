// @generated types of the `common` area by agentruntime-generator 0.1.0. Do not edit by hand.
// Spec: spec/openapi.yaml (sha256 aab3041a7d360a69e58dfceca5f9a2bffcbf688e5ad868463978c58def134800), OpenAPI 3.1.0, API version 1.0.0.
// Regenerate: cargo xtask regen

#![allow(clippy::all, clippy::pedantic)]
#[allow(unused_imports)]
use super::*;

/// The body of every error response. `error` is the human-readable message the docs show; `code` is
/// a stable machine-readable string where the server has one (for example
/// `principal_not_connected`, `segment_empty`, `validation_failed`).
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct Error {
    /// Stable machine-readable error code, when the server provides one.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub code: ::std::option::Option<::std::string::String>,
    /// Free-form context for the error (for example `step_name` and `provider`).
    #[serde(default, skip_serializing_if = "::serde_json::Map::is_empty")]
    #[serde(deserialize_with = "crate::lenient::null_as_default")]
    pub details: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    /// Human-readable message.
    pub error: ::std::string::String,
    /// Same value as the `X-Request-Id` response header.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub request_id: ::std::option::Option<::std::string::String>,
    /// Per-field validation failures; present on 422 responses.
    #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
    #[serde(deserialize_with = "crate::lenient::null_as_default")]
    pub violations: ::std::vec::Vec<FieldViolation>,
}

/// One field that failed validation. The docs give no 422 body; this shape is the spec's choice, so
/// no property is required.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct FieldViolation {
    /// Machine-readable reason (`required`, `invalid_enum`, `template_unresolved`, ...).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub code: ::std::option::Option<::std::string::String>,
    /// Path of the offending field in the request, dot-separated (`graph.steps[2].id`).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub field: ::std::option::Option<::std::string::String>,
    /// Human-readable reason.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
}

// @generated types of the `common` area by agentruntime-generator 0.1.0. Do not edit by hand.
// Spec: spec/openapi.yaml (sha256 30c1d38da430abece64bd45a9713968d56e678002e3b03f8517556d4a56e28d3), OpenAPI 3.1.0, API version 1.0.0.
// Regenerate: cargo xtask regen

#![allow(clippy::all, clippy::pedantic)]
#[allow(unused_imports)]
use super::*;
/// The body of every error response. `error` is the human-readable message the docs show; `code` is a stable machine-readable string where the server has one (for example `principal_not_connected`, `segment_empty`, `validation_failed`).
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct Error {
    /// Stable machine-readable error code, when the server provides one.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub code: ::std::option::Option<::std::string::String>,
    /// Free-form context for the error (for example `step_name` and `provider`).
    #[serde(default, skip_serializing_if = "::serde_json::Map::is_empty")]
    pub details: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    /// Human-readable message.
    pub error: ::std::string::String,
    /// Same value as the `X-Request-Id` response header.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub request_id: ::std::option::Option<::std::string::String>,
    /// Per-field validation failures; present on 422 responses.
    #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
    pub violations: ::std::vec::Vec<FieldViolation>,
}
/// One field that failed validation.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct FieldViolation {
    /// Machine-readable reason (`required`, `invalid_enum`, `template_unresolved`, ...).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub code: ::std::option::Option<::std::string::String>,
    /// Path of the offending field in the request, dot-separated (`graph.steps[2].id`).
    pub field: ::std::string::String,
    /// Human-readable reason.
    pub message: ::std::string::String,
}

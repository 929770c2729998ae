// @generated types of the `llm` area by agentruntime-generator 0.1.0. Do not edit by hand.
// Spec: spec/openapi.yaml (sha256 30c1d38da430abece64bd45a9713968d56e678002e3b03f8517556d4a56e28d3), OpenAPI 3.1.0, API version 1.0.0.
// Regenerate: cargo xtask regen

#![allow(clippy::all, clippy::pedantic)]
#[allow(unused_imports)]
use super::*;
/// The LLM models available to the workspace.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct LlmCatalog {
    pub models: ::std::vec::Vec<LlmCatalogModel>,
}
/// One model of the LLM catalog.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct LlmCatalogModel {
    /// Human-readable model name.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub display_name: ::std::option::Option<::std::string::String>,
    /// Which key would serve the model: `tenant` (the workspace's own provider key), `system` (the platform key) or `none` (no key; a step using it fails).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub key_source: ::std::option::Option<::std::string::String>,
    /// The provider's wire name for the model (an `llm_call` step's `model`).
    pub model: ::std::string::String,
    /// Reference to use as an `llm_call` step's `model_ref` (for example `direct.openai.gpt-4o`).
    pub model_ref: ::std::string::String,
    /// Provider id (for example `openai`, `anthropic`).
    pub provider: ::std::string::String,
}
/// A model reference resolved to a provider, a wire model name and a key.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct LlmResolution {
    /// Which key serves the model (`tenant` or `system`).
    pub key_source: ::std::string::String,
    /// Stored tenant key that serves the model; null when the system key does.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub llm_credential_id: ::std::option::Option<::std::string::String>,
    /// The provider's wire name for the model.
    pub model: ::std::string::String,
    /// The reference that was resolved.
    pub model_ref: ::std::string::String,
    /// Provider id.
    pub provider: ::std::string::String,
}
/// Request body to resolve a model reference.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct LlmResolveRequest {
    /// Resolve with this stored provider key instead of the default order.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub llm_credential_id: ::std::option::Option<::std::string::String>,
    /// Model reference to resolve (for example `direct.openai.gpt-4o`).
    pub model_ref: ::std::string::String,
}

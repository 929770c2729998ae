// @generated types of the `llm` area by agentruntime-generator 0.1.0. Do not edit by hand.
// Spec: spec/openapi.yaml (sha256 aab3041a7d360a69e58dfceca5f9a2bffcbf688e5ad868463978c58def134800), OpenAPI 3.1.0, API version 1.0.0.
// Regenerate: cargo xtask regen

#![allow(clippy::all, clippy::pedantic)]
#[allow(unused_imports)]
use super::*;

/// The LLM models available to the workspace.
#[cfg(feature = "llm")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct LlmCatalog {
    /// `models`: [`LlmCatalogModel`]. One model of the LLM catalog.
    #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
    #[serde(deserialize_with = "crate::lenient::null_as_default")]
    pub models: ::std::vec::Vec<LlmCatalogModel>,
}

/// One model of the LLM catalog.
#[cfg(feature = "llm")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct LlmCatalogModel {
    /// Human-readable model name.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub display_name: ::std::option::Option<::std::string::String>,
    /// Which key would serve the model: `tenant` (the workspace's own provider key), `system` (the
    /// platform key) or `none` (no key; a step using it fails).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub key_source: ::std::option::Option<::std::string::String>,
    /// The provider's wire name for the model (an `llm_call` step's `model`).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub model: ::std::option::Option<::std::string::String>,
    /// Reference to use as an `llm_call` step's `model_ref` (for example `direct.openai.gpt-4o`).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub model_ref: ::std::option::Option<::std::string::String>,
    /// Provider id (for example `openai`, `anthropic`).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub provider: ::std::option::Option<::std::string::String>,
}

/// A model reference resolved to a provider, a wire model name and a key.
#[cfg(feature = "llm")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct LlmResolution {
    /// Which key serves the model (`tenant` or `system`).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub key_source: ::std::option::Option<::std::string::String>,
    /// Stored tenant key that serves the model; null when the system key does.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub llm_credential_id: ::std::option::Option<::std::string::String>,
    /// The provider's wire name for the model.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub model: ::std::option::Option<::std::string::String>,
    /// The reference that was resolved.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub model_ref: ::std::option::Option<::std::string::String>,
    /// Provider id.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub provider: ::std::option::Option<::std::string::String>,
}

/// Request body to resolve a model reference.
#[cfg(feature = "llm")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct LlmResolveRequest {
    /// Resolve with this stored provider key instead of the default order.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub llm_credential_id: ::std::option::Option<::std::string::String>,
    /// Model reference to resolve (for example `direct.openai.gpt-4o`).
    pub model_ref: ::std::string::String,
}

#[cfg(feature = "llm")]
impl LlmResolveRequest {
    /// A `LlmResolveRequest` with its required fields; the optional ones are set with the chained
    /// setters.
    ///
    /// - `model_ref`: Model reference to resolve (for example `direct.openai.gpt-4o`).
    pub fn new(model_ref: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            model_ref: model_ref.into(),
            llm_credential_id: ::std::option::Option::None,
        }
    }

    /// Sets `llm_credential_id`: Resolve with this stored provider key instead of the default
    /// order.
    pub fn llm_credential_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.llm_credential_id = ::std::option::Option::Some(value.into());
        self
    }
}

// @generated types of the `agents` area by agentruntime-generator 0.1.0. Do not edit by hand.
// Spec: spec/openapi.yaml (sha256 aab3041a7d360a69e58dfceca5f9a2bffcbf688e5ad868463978c58def134800), OpenAPI 3.1.0, API version 1.0.0.
// Regenerate: cargo xtask regen

#![allow(clippy::all, clippy::pedantic)]
#[allow(unused_imports)]
use super::*;

/// A platform agent of the project.
#[cfg(feature = "agents")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct Agent {
    /// Further agent settings (for example LLM parameters), free-form.
    #[serde(default, skip_serializing_if = "::serde_json::Map::is_empty")]
    #[serde(deserialize_with = "crate::lenient::null_as_default")]
    pub config: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    /// `created_at` (the spec does not describe it).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub created_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
    /// User who created the agent.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub created_by: ::std::option::Option<::std::string::String>,
    /// What the agent is for.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub description: ::std::option::Option<::std::string::String>,
    /// `id` (the spec does not describe it).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub id: ::std::option::Option<::std::string::String>,
    /// System instructions the agent runs with.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub instructions: ::std::option::Option<::std::string::String>,
    /// Model reference (for example `direct.openai.gpt-4o`), resolved like an `llm_call` step's
    /// `model_ref`; null to use the deployment default.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub model_ref: ::std::option::Option<::std::string::String>,
    /// Display name.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
    /// `updated_at` (the spec does not describe it).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub updated_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
    /// User who last changed the agent.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub updated_by: ::std::option::Option<::std::string::String>,
}

/// Request body to create an agent.
#[cfg(feature = "agents")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct AgentCreate {
    /// Further agent settings, free-form.
    #[serde(default, skip_serializing_if = "::serde_json::Map::is_empty")]
    #[serde(deserialize_with = "crate::lenient::null_as_default")]
    pub config: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    /// What the agent is for.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub description: ::std::option::Option<::std::string::String>,
    /// System instructions the agent runs with.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub instructions: ::std::option::Option<::std::string::String>,
    /// Model reference (for example `direct.openai.gpt-4o`).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub model_ref: ::std::option::Option<::std::string::String>,
    /// Display name.
    pub name: ::std::string::String,
}

#[cfg(feature = "agents")]
impl AgentCreate {
    /// A `AgentCreate` with its required fields; the optional ones are set with the chained
    /// setters.
    ///
    /// - `name`: Display name.
    pub fn new(name: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            name: name.into(),
            config: ::std::default::Default::default(),
            description: ::std::option::Option::None,
            instructions: ::std::option::Option::None,
            model_ref: ::std::option::Option::None,
        }
    }

    /// Sets `config`: Further agent settings, free-form.
    ///
    /// # Panics
    ///
    /// When `value` is a JSON value other than an object (or `null`, the empty object).
    pub fn config(
        mut self,
        value: impl ::std::convert::Into<crate::JsonObject>,
    ) -> Self {
        self.config = value.into().expect_map("config");
        self
    }

    /// Sets `description`: What the agent is for.
    pub fn description(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.description = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `instructions`: System instructions the agent runs with.
    pub fn instructions(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.instructions = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `model_ref`: Model reference (for example `direct.openai.gpt-4o`).
    pub fn model_ref(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.model_ref = ::std::option::Option::Some(value.into());
        self
    }
}

/// One page of agents.
#[cfg(feature = "agents")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct AgentPage {
    /// `items`: [`Agent`]. A platform agent of the project.
    #[serde(deserialize_with = "crate::lenient::null_as_default")]
    pub items: ::std::vec::Vec<Agent>,
    /// Cursor for the next page (`page_token`); null on the last page.
    #[serde(deserialize_with = "::std::option::Option::deserialize")]
    pub next_page: ::std::option::Option<::std::string::String>,
}

/// Request body to update an agent; only the given fields change.
#[cfg(feature = "agents")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct AgentUpdate {
    /// Further agent settings, free-form; replaces the stored settings.
    #[serde(default, skip_serializing_if = "::serde_json::Map::is_empty")]
    #[serde(deserialize_with = "crate::lenient::null_as_default")]
    pub config: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    /// What the agent is for.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub description: ::std::option::Option<::std::string::String>,
    /// System instructions the agent runs with.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub instructions: ::std::option::Option<::std::string::String>,
    /// Model reference (for example `direct.openai.gpt-4o`).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub model_ref: ::std::option::Option<::std::string::String>,
    /// Display name.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
}

#[cfg(feature = "agents")]
impl AgentUpdate {
    /// A `AgentUpdate` with its required fields; the optional ones are set with the chained
    /// setters.
    pub fn new() -> Self {
        Self {
            config: ::std::default::Default::default(),
            description: ::std::option::Option::None,
            instructions: ::std::option::Option::None,
            model_ref: ::std::option::Option::None,
            name: ::std::option::Option::None,
        }
    }

    /// Sets `config`: Further agent settings, free-form; replaces the stored settings.
    ///
    /// # Panics
    ///
    /// When `value` is a JSON value other than an object (or `null`, the empty object).
    pub fn config(
        mut self,
        value: impl ::std::convert::Into<crate::JsonObject>,
    ) -> Self {
        self.config = value.into().expect_map("config");
        self
    }

    /// Sets `description`: What the agent is for.
    pub fn description(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.description = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `instructions`: System instructions the agent runs with.
    pub fn instructions(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.instructions = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `model_ref`: Model reference (for example `direct.openai.gpt-4o`).
    pub fn model_ref(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.model_ref = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `name`: Display name.
    pub fn name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.name = ::std::option::Option::Some(value.into());
        self
    }
}

#[cfg(feature = "agents")]
impl crate::pagination::Page for AgentPage {
    type Item = Agent;

    fn next_cursor(&self) -> ::std::option::Option<::std::string::String> {
        self.next_page.as_ref().map(::std::string::ToString::to_string)
    }

    fn total(&self) -> ::std::option::Option<u64> {
        ::std::option::Option::None
    }

    fn len(&self) -> usize {
        self.items.len()
    }

    fn into_items(self) -> ::std::vec::Vec<Self::Item> {
        self.items
    }
}

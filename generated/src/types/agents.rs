// @generated types of the `agents` area by agentruntime-generator 0.1.0. Do not edit by hand.
// Spec: spec/openapi.yaml (sha256 3ff93fc79787db305d6ec01460f4a7ce04439f095d51094428f0aa71845a273a), OpenAPI 3.1.0, API version 1.0.0.
// Regenerate: cargo xtask regen

#![allow(clippy::all, clippy::pedantic)]
#[allow(unused_imports)]
use super::*;
/// A platform agent of the project.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct Agent {
    /// Further agent settings (for example LLM parameters), free-form.
    #[serde(default, skip_serializing_if = "::serde_json::Map::is_empty")]
    #[serde(deserialize_with = "crate::lenient::null_as_default")]
    pub config: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub created_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
    /// User who created the agent.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub created_by: ::std::option::Option<::std::string::String>,
    /// What the agent is for.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub description: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub id: ::std::option::Option<::std::string::String>,
    /// System instructions the agent runs with.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub instructions: ::std::option::Option<::std::string::String>,
    /// Model reference (for example `direct.openai.gpt-4o`), resolved like an `llm_call` step's `model_ref`; null to use the deployment default.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub model_ref: ::std::option::Option<::std::string::String>,
    /// Display name.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub updated_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
    /// User who last changed the agent.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub updated_by: ::std::option::Option<::std::string::String>,
}
/// Request body to create an agent.
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
/// One page of agents.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct AgentPage {
    #[serde(deserialize_with = "crate::lenient::null_as_default")]
    pub items: ::std::vec::Vec<Agent>,
    /// Cursor for the next page (`page_token`); null on the last page.
    #[serde(deserialize_with = "::std::option::Option::deserialize")]
    pub next_page: ::std::option::Option<::std::string::String>,
}
/// Request body to update an agent; only the given fields change.
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
/// `ListAgentsPageToken`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct ListAgentsPageToken(::std::string::String);
impl ::std::ops::Deref for ListAgentsPageToken {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<ListAgentsPageToken> for ::std::string::String {
    fn from(value: ListAgentsPageToken) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for ListAgentsPageToken {
    type Err = super::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, super::error::ConversionError> {
        if value.chars().count() < 1usize {
            return Err("shorter than 1 characters".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for ListAgentsPageToken {
    type Error = super::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, super::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for ListAgentsPageToken {
    type Error = super::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, super::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for ListAgentsPageToken {
    fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        ::std::string::String::deserialize(deserializer)?
            .parse()
            .map_err(|e: super::error::ConversionError| {
                <D::Error as ::serde::de::Error>::custom(e.to_string())
            })
    }
}
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

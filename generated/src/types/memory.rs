// @generated types of the `memory` area by agentruntime-generator 0.1.0. Do not edit by hand.
// Spec: spec/openapi.yaml (sha256 aab3041a7d360a69e58dfceca5f9a2bffcbf688e5ad868463978c58def134800), OpenAPI 3.1.0, API version 1.0.0.
// Regenerate: cargo xtask regen

#![allow(clippy::all, clippy::pedantic)]
#[allow(unused_imports)]
use super::*;

/// An episode: one unit of remembered activity (a chat conversation, a work file, a run step or an
/// external event) with the memory items extracted from it.
#[cfg(feature = "memory")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct MemoryEpisode {
    /// `created_at` (the spec does not describe it).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub created_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
    /// `episode_id` (the spec does not describe it).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub episode_id: ::std::option::Option<::std::string::String>,
    /// Kind of episode (`chat_conversation`, `work_file`, `run_step`, `external_event`).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub episode_type: ::std::option::Option<::std::string::String>,
    /// The episode's memory items.
    #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
    #[serde(deserialize_with = "crate::lenient::null_as_default")]
    pub items: ::std::vec::Vec<MemoryItem>,
    /// `project_id` (the spec does not describe it).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub project_id: ::std::option::Option<::std::string::String>,
    /// Id of the conversation, work file, run step or event the episode came from.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub source_id: ::std::option::Option<::std::string::String>,
    /// Short human-readable title.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub title: ::std::option::Option<::std::string::String>,
}

/// A batch of extraction jobs and its progress.
#[cfg(feature = "memory")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct MemoryExtractBatch {
    /// `batch_id` (the spec does not describe it).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub batch_id: ::std::option::Option<::std::string::String>,
    /// Jobs that completed.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub completed: ::std::option::Option<i32>,
    /// `created_at` (the spec does not describe it).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub created_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
    /// Jobs that failed.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub failed: ::std::option::Option<i32>,
    /// The batch's jobs; poll each with `get_memory_extract_job`.
    #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
    #[serde(deserialize_with = "crate::lenient::null_as_default")]
    pub job_ids: ::std::vec::Vec<::std::string::String>,
    /// Batch state. Known values are `queued`, `running`, `completed`, `failed`.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub status: ::std::option::Option<::std::string::String>,
    /// Number of jobs in the batch.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub total: ::std::option::Option<i32>,
    /// `updated_at` (the spec does not describe it).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub updated_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
}

/// Request body to start batch extraction: one job per listed conversation and work file. At least
/// one id is required.
#[cfg(feature = "memory")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct MemoryExtractBatchRequest {
    /// Chat conversations to extract from.
    #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
    #[serde(deserialize_with = "crate::lenient::null_as_default")]
    pub conversation_ids: ::std::vec::Vec<::std::string::String>,
    /// Work files to index.
    #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
    #[serde(deserialize_with = "crate::lenient::null_as_default")]
    pub file_ids: ::std::vec::Vec<::std::string::String>,
    /// Project of the sources; the same project as the `X-Project-Id` header.
    pub project_id: ::std::string::String,
}

#[cfg(feature = "memory")]
impl MemoryExtractBatchRequest {
    /// A `MemoryExtractBatchRequest` with its required fields; the optional ones are set with the
    /// chained setters.
    ///
    /// - `project_id`: Project of the sources; the same project as the `X-Project-Id` header.
    pub fn new(project_id: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            project_id: project_id.into(),
            conversation_ids: ::std::default::Default::default(),
            file_ids: ::std::default::Default::default(),
        }
    }

    /// Sets `conversation_ids`: Chat conversations to extract from.
    pub fn conversation_ids(
        mut self,
        value: impl ::std::iter::IntoIterator<
            Item = impl ::std::convert::Into<::std::string::String>,
        >,
    ) -> Self {
        self.conversation_ids = value
            .into_iter()
            .map(::std::convert::Into::into)
            .collect();
        self
    }

    /// Sets `file_ids`: Work files to index.
    pub fn file_ids(
        mut self,
        value: impl ::std::iter::IntoIterator<
            Item = impl ::std::convert::Into<::std::string::String>,
        >,
    ) -> Self {
        self.file_ids = value.into_iter().map(::std::convert::Into::into).collect();
        self
    }
}

/// An indexing or extraction job.
#[cfg(feature = "memory")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct MemoryExtractJob {
    /// `created_at` (the spec does not describe it).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub created_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
    /// Episode produced by the job, once completed.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub episode_id: ::std::option::Option<::std::string::String>,
    /// Why the job failed, when `status` is `failed`.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub error: ::std::option::Option<::std::string::String>,
    /// `job_id` (the spec does not describe it).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub job_id: ::std::option::Option<::std::string::String>,
    /// Conversation or work file id the job reads.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub source_id: ::std::option::Option<::std::string::String>,
    /// What the job reads (`conversation` or `file`).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub source_type: ::std::option::Option<::std::string::String>,
    /// Job state. Known values are `queued`, `running`, `completed`, `failed`.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub status: ::std::option::Option<::std::string::String>,
    /// `updated_at` (the spec does not describe it).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub updated_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
}

/// Request body to queue indexing of a chat conversation.
#[cfg(feature = "memory")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct MemoryIndexConversationRequest {
    /// Chat conversation (thread) to index.
    pub conversation_id: ::std::string::String,
    /// Project of the conversation; the same project as the `X-Project-Id` header.
    pub project_id: ::std::string::String,
}

#[cfg(feature = "memory")]
impl MemoryIndexConversationRequest {
    /// A `MemoryIndexConversationRequest` with its required fields; the optional ones are set with
    /// the chained setters.
    ///
    /// - `conversation_id`: Chat conversation (thread) to index.
    /// - `project_id`: Project of the conversation; the same project as the `X-Project-Id` header.
    pub fn new(
        conversation_id: impl ::std::convert::Into<::std::string::String>,
        project_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            conversation_id: conversation_id.into(),
            project_id: project_id.into(),
        }
    }
}

/// Request body to queue indexing of a work file.
#[cfg(feature = "memory")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct MemoryIndexFileRequest {
    /// Work file to index.
    pub file_id: ::std::string::String,
    /// Project of the file; the same project as the `X-Project-Id` header.
    pub project_id: ::std::string::String,
}

#[cfg(feature = "memory")]
impl MemoryIndexFileRequest {
    /// A `MemoryIndexFileRequest` with its required fields; the optional ones are set with the
    /// chained setters.
    ///
    /// - `file_id`: Work file to index.
    /// - `project_id`: Project of the file; the same project as the `X-Project-Id` header.
    pub fn new(
        file_id: impl ::std::convert::Into<::std::string::String>,
        project_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            file_id: file_id.into(),
            project_id: project_id.into(),
        }
    }
}

/// One memory item of an episode.
#[cfg(feature = "memory")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct MemoryItem {
    /// The item's text; omitted with `detail=false`.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub content: ::std::option::Option<::std::string::String>,
    /// `created_at` (the spec does not describe it).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub created_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
    /// Structured payload of the item; omitted with `detail=false`.
    #[serde(default, skip_serializing_if = "::serde_json::Map::is_empty")]
    #[serde(deserialize_with = "crate::lenient::null_as_default")]
    pub data: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    /// `item_id` (the spec does not describe it).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub item_id: ::std::option::Option<::std::string::String>,
    /// Kind of item as extracted (for example `fact`, `decision`).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub kind: ::std::option::Option<::std::string::String>,
}

/// One memory item matching a search.
#[cfg(feature = "memory")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct MemorySearchHit {
    /// The item's text.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub content: ::std::option::Option<::std::string::String>,
    /// `created_at` (the spec does not describe it).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub created_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
    /// Episode the item belongs to; read it with `get_memory_episode`.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub episode_id: ::std::option::Option<::std::string::String>,
    /// Kind of episode (`chat_conversation`, `work_file`, `run_step`, `external_event`).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub episode_type: ::std::option::Option<::std::string::String>,
    /// `item_id` (the spec does not describe it).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub item_id: ::std::option::Option<::std::string::String>,
    /// Similarity to the query; higher is closer.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub score: ::std::option::Option<f64>,
}

/// Request body of a semantic memory search.
#[cfg(feature = "memory")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct MemorySearchRequest {
    /// Maximum number of results.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub limit: ::std::option::Option<i32>,
    /// Project to search; the same project as the `X-Project-Id` header.
    pub project_id: ::std::string::String,
    /// Natural-language query.
    pub query: ::std::string::String,
}

#[cfg(feature = "memory")]
impl MemorySearchRequest {
    /// A `MemorySearchRequest` with its required fields; the optional ones are set with the chained
    /// setters.
    ///
    /// - `query`: Natural-language query.
    /// - `project_id`: Project to search; the same project as the `X-Project-Id` header.
    pub fn new(
        query: impl ::std::convert::Into<::std::string::String>,
        project_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            query: query.into(),
            project_id: project_id.into(),
            limit: ::std::option::Option::None,
        }
    }

    /// Sets `limit`: Maximum number of results.
    pub fn limit(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.limit = ::std::option::Option::Some(value.into());
        self
    }
}

/// Search results, best first.
#[cfg(feature = "memory")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct MemorySearchResult {
    /// `results`: [`MemorySearchHit`]. One memory item matching a search.
    #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
    #[serde(deserialize_with = "crate::lenient::null_as_default")]
    pub results: ::std::vec::Vec<MemorySearchHit>,
}

/// Request body to invoke a memory tool, shaped like an MCP `tools/call`.
#[cfg(feature = "memory")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct MemoryToolCallRequest {
    /// The tool's arguments (for example `{query, limit}` for `memory_search`).
    #[serde(default, skip_serializing_if = "::serde_json::Map::is_empty")]
    #[serde(deserialize_with = "crate::lenient::null_as_default")]
    pub arguments: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    /// `name`: [`MemoryToolName`]. A memory tool.
    pub name: MemoryToolName,
    /// Project the tool acts on; the same project as the `X-Project-Id` header.
    pub project_id: ::std::string::String,
}

#[cfg(feature = "memory")]
impl MemoryToolCallRequest {
    /// A `MemoryToolCallRequest` with its required fields; the optional ones are set with the
    /// chained setters.
    ///
    /// - `name`
    /// - `project_id`: Project the tool acts on; the same project as the `X-Project-Id` header.
    pub fn new(
        name: impl ::std::convert::Into<MemoryToolName>,
        project_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            name: name.into(),
            project_id: project_id.into(),
            arguments: ::std::default::Default::default(),
        }
    }

    /// Sets `arguments`: The tool's arguments (for example `{query, limit}` for `memory_search`).
    ///
    /// # Panics
    ///
    /// When `value` is a JSON value other than an object (or `null`, the empty object).
    pub fn arguments(
        mut self,
        value: impl ::std::convert::Into<crate::JsonObject>,
    ) -> Self {
        self.arguments = value.into().expect_map("arguments");
        self
    }
}

/// The result of a memory tool call.
#[cfg(feature = "memory")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct MemoryToolCallResult {
    /// The tool that ran.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
    /// The tool's output; its shape depends on the tool.
    #[serde(default, skip_serializing_if = "::serde_json::Map::is_empty")]
    #[serde(deserialize_with = "crate::lenient::null_as_default")]
    pub result: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}

/// A memory tool. `memory_search`, `memory_get_episode` and `memory_get_continuation` read;
/// `memory_propose_items` and `memory_confirm_item` write.
#[cfg(feature = "memory")]
#[derive(Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[non_exhaustive]
pub enum MemoryToolName {
    /// `memory_search`
    MemorySearch,
    /// `memory_get_episode`
    MemoryGetEpisode,
    /// `memory_get_continuation`
    MemoryGetContinuation,
    /// `memory_propose_items`
    MemoryProposeItems,
    /// `memory_confirm_item`
    MemoryConfirmItem,
    /// A value this version of the SDK does not know yet, kept as it was sent.
    Unknown(::std::string::String),
}

#[cfg(feature = "memory")]
impl ::std::fmt::Display for MemoryToolName {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::MemorySearch => f.write_str("memory_search"),
            Self::MemoryGetEpisode => f.write_str("memory_get_episode"),
            Self::MemoryGetContinuation => f.write_str("memory_get_continuation"),
            Self::MemoryProposeItems => f.write_str("memory_propose_items"),
            Self::MemoryConfirmItem => f.write_str("memory_confirm_item"),
            Self::Unknown(value) => f.write_str(value),
        }
    }
}

#[cfg(feature = "memory")]
impl ::std::str::FromStr for MemoryToolName {
    type Err = super::error::ConversionError;

    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, super::error::ConversionError> {
        match value {
            "memory_search" => Ok(Self::MemorySearch),
            "memory_get_episode" => Ok(Self::MemoryGetEpisode),
            "memory_get_continuation" => Ok(Self::MemoryGetContinuation),
            "memory_propose_items" => Ok(Self::MemoryProposeItems),
            "memory_confirm_item" => Ok(Self::MemoryConfirmItem),
            _ => Err("invalid value".into()),
        }
    }
}

#[cfg(feature = "memory")]
impl ::std::convert::TryFrom<&str> for MemoryToolName {
    type Error = super::error::ConversionError;

    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, super::error::ConversionError> {
        value.parse()
    }
}

#[cfg(feature = "memory")]
impl ::std::convert::TryFrom<::std::string::String> for MemoryToolName {
    type Error = super::error::ConversionError;

    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, super::error::ConversionError> {
        value.parse()
    }
}

#[cfg(feature = "memory")]
impl MemoryToolName {
    /// The value as it is on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::MemorySearch => "memory_search",
            Self::MemoryGetEpisode => "memory_get_episode",
            Self::MemoryGetContinuation => "memory_get_continuation",
            Self::MemoryProposeItems => "memory_propose_items",
            Self::MemoryConfirmItem => "memory_confirm_item",
            Self::Unknown(value) => value,
        }
    }
}

#[cfg(feature = "memory")]
impl ::serde::Serialize for MemoryToolName {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

#[cfg(feature = "memory")]
impl<'de> ::serde::Deserialize<'de> for MemoryToolName {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        let value = <::std::string::String as ::serde::Deserialize>::deserialize(
            deserializer,
        )?;
        Ok(
            match value.as_str() {
                "memory_search" => Self::MemorySearch,
                "memory_get_episode" => Self::MemoryGetEpisode,
                "memory_get_continuation" => Self::MemoryGetContinuation,
                "memory_propose_items" => Self::MemoryProposeItems,
                "memory_confirm_item" => Self::MemoryConfirmItem,
                _ => Self::Unknown(value),
            },
        )
    }
}

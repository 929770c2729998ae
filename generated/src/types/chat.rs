// @generated types of the `chat` area by agentruntime-generator 0.1.0. Do not edit by hand.
// Spec: spec/openapi.yaml (sha256 aab3041a7d360a69e58dfceca5f9a2bffcbf688e5ad868463978c58def134800), OpenAPI 3.1.0, API version 1.0.0.
// Regenerate: cargo xtask regen

#![allow(clippy::all, clippy::pedantic)]
#[allow(unused_imports)]
use super::*;

/// A chat conversation; conversations are private to their user and project.
#[cfg(feature = "chat")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct ChatConversation {
    /// When the conversation was archived; null while active.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub archived_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
    /// `created_at` (the spec does not describe it).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub created_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
    /// `id` (the spec does not describe it).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub id: ::std::option::Option<::std::string::String>,
    /// The session workflow's run, kept across every turn of the conversation; null before the
    /// first turn or without a session workflow.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub run_id: ::std::option::Option<::std::string::String>,
    /// Conversation title.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub title: ::std::option::Option<::std::string::String>,
    /// `updated_at` (the spec does not describe it).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub updated_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
    /// Session workflow serving the conversation; null for the default assistant.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub workflow_id: ::std::option::Option<::std::string::String>,
}

/// Request body to create a chat conversation; `{}` creates an untitled conversation.
#[cfg(feature = "chat")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct ChatConversationCreate {
    /// Conversation title.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub title: ::std::option::Option<::std::string::String>,
    /// Session workflow to serve the conversation; leave out for the default assistant.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub workflow_id: ::std::option::Option<::std::string::String>,
}

#[cfg(feature = "chat")]
impl ChatConversationCreate {
    /// A `ChatConversationCreate` with its required fields; the optional ones are set with the
    /// chained setters.
    pub fn new() -> Self {
        Self {
            title: ::std::option::Option::None,
            workflow_id: ::std::option::Option::None,
        }
    }

    /// Sets `title`: Conversation title.
    pub fn title(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.title = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `workflow_id`: Session workflow to serve the conversation; leave out for the default
    /// assistant.
    pub fn workflow_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.workflow_id = ::std::option::Option::Some(value.into());
        self
    }
}

/// One page of chat conversations.
#[cfg(feature = "chat")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ChatConversationPage {
    /// `items`: [`ChatConversation`]. A chat conversation; conversations are private to their user
    /// and project.
    #[serde(deserialize_with = "crate::lenient::null_as_default")]
    pub items: ::std::vec::Vec<ChatConversation>,
    /// Cursor for the next page (`page_token`); null on the last page.
    #[serde(deserialize_with = "::std::option::Option::deserialize")]
    pub next_page: ::std::option::Option<::std::string::String>,
}

/// One message of a chat conversation.
#[cfg(feature = "chat")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct ChatMessage {
    /// Message text.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub content: ::std::option::Option<::std::string::String>,
    /// `conversation_id` (the spec does not describe it).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub conversation_id: ::std::option::Option<::std::string::String>,
    /// `created_at` (the spec does not describe it).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub created_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
    /// `id` (the spec does not describe it).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub id: ::std::option::Option<::std::string::String>,
    /// Author of the message (`user` or `assistant`).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub role: ::std::option::Option<::std::string::String>,
    /// Processing state. Known values are `queued` (waiting behind an earlier turn; cancellable),
    /// `processing`, `completed`, `failed` and `cancelled`.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub status: ::std::option::Option<::std::string::String>,
    /// Turn that processes (or answered) the message; read it with `get_chat_turn_status`.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub turn_id: ::std::option::Option<::std::string::String>,
}

/// Request body to send a user message.
#[cfg(feature = "chat")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ChatMessageCreate {
    /// Message text.
    pub content: ::std::string::String,
}

#[cfg(feature = "chat")]
impl ChatMessageCreate {
    /// A `ChatMessageCreate` with its required fields; the optional ones are set with the chained
    /// setters.
    ///
    /// - `content`: Message text.
    pub fn new(content: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self { content: content.into() }
    }
}

/// One page of chat messages.
#[cfg(feature = "chat")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ChatMessagePage {
    /// `items`: [`ChatMessage`]. One message of a chat conversation.
    #[serde(deserialize_with = "crate::lenient::null_as_default")]
    pub items: ::std::vec::Vec<ChatMessage>,
    /// Cursor for the next page (`page_token`); null on the last page.
    #[serde(deserialize_with = "::std::option::Option::deserialize")]
    pub next_page: ::std::option::Option<::std::string::String>,
}

/// The state of one chat turn.
#[cfg(feature = "chat")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct ChatTurnStatus {
    /// `conversation_id` (the spec does not describe it).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub conversation_id: ::std::option::Option<::std::string::String>,
    /// The assistant's reply message, once the turn completed.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub reply_message_id: ::std::option::Option<::std::string::String>,
    /// Session workflow run that handles the turn, if any.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub run_id: ::std::option::Option<::std::string::String>,
    /// Turn state. Known values are `queued`, `running`, `completed`, `failed` and `cancelled`.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub status: ::std::option::Option<::std::string::String>,
    /// `turn_id` (the spec does not describe it).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub turn_id: ::std::option::Option<::std::string::String>,
    /// `updated_at` (the spec does not describe it).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub updated_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
}

#[cfg(feature = "chat")]
impl crate::pagination::Page for ChatConversationPage {
    type Item = ChatConversation;

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

#[cfg(feature = "chat")]
impl crate::pagination::Page for ChatMessagePage {
    type Item = ChatMessage;

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

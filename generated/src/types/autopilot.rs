// @generated types of the `autopilot` area by agentruntime-generator 0.1.0. Do not edit by hand.
// Spec: spec/openapi.yaml (sha256 aab3041a7d360a69e58dfceca5f9a2bffcbf688e5ad868463978c58def134800), OpenAPI 3.1.0, API version 1.0.0.
// Regenerate: cargo xtask regen

#![allow(clippy::all, clippy::pedantic)]
#[allow(unused_imports)]
use super::*;

/// `action` event: an action Autopilot proposes or takes. Further keys depend on the action (for
/// example `workflow_id`, `run_id`, `path`) and are kept.
#[cfg(feature = "autopilot")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct AutopilotAction {
    /// Where a navigate action points.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub path: ::std::option::Option<::std::string::String>,
    /// The run the action concerns, when it concerns one.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub run_id: ::std::option::Option<::std::string::String>,
    /// `create_workflow`, `scaffold_starter`, `run_workflow`, `navigate`, or a client action such
    /// as `copilot_navigate`.
    #[serde(rename = "type")]
    pub type_: ::std::string::String,
    /// The workflow the action concerns, when it concerns one.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub workflow_id: ::std::option::Option<::std::string::String>,
    /// Properties the spec does not name, kept as they were received (and sent back).
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}

/// Request body to send a message to Autopilot. `mode` is optional: each turn prepares its mode
/// from the user message (changelog/2026-09-30.mdx), so leave it out to let the server decide; send
/// it to force Ask or Act.
#[cfg(feature = "autopilot")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct AutopilotChatRequest {
    /// The user's message.
    pub message: ::std::string::String,
    /// `mode`: [`AutopilotMode`]. `ask` answers questions only; `act` (called Autopilot mode in
    /// earlier docs) may also take actions such as creating or running workflows.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub mode: ::std::option::Option<AutopilotMode>,
    /// Thread to continue; leave out to start a new thread.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub thread_id: ::std::option::Option<::std::string::String>,
}

#[cfg(feature = "autopilot")]
impl AutopilotChatRequest {
    /// A `AutopilotChatRequest` with its required fields; the optional ones are set with the
    /// chained setters.
    ///
    /// - `message`: The user's message.
    pub fn new(message: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            message: message.into(),
            mode: ::std::option::Option::None,
            thread_id: ::std::option::Option::None,
        }
    }

    /// Sets `mode`.
    pub fn mode(mut self, value: impl ::std::convert::Into<AutopilotMode>) -> Self {
        self.mode = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `thread_id`: Thread to continue; leave out to start a new thread.
    pub fn thread_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.thread_id = ::std::option::Option::Some(value.into());
        self
    }
}

/// An accepted Autopilot message; stream the reply with the `thread_id`. Undocumented shape; no
/// property is required.
#[cfg(feature = "autopilot")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct AutopilotChatResponse {
    /// `created_at` (the spec does not describe it).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub created_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
    /// Id of the user's message.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub message_id: ::std::option::Option<::std::string::String>,
    /// `mode`: [`AutopilotMode`]. `ask` answers questions only; `act` (called Autopilot mode in
    /// earlier docs) may also take actions such as creating or running workflows.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub mode: ::std::option::Option<AutopilotMode>,
    /// The thread the message was added to (new or continued).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub thread_id: ::std::option::Option<::std::string::String>,
}

/// `done` event: the reply is complete.
#[cfg(feature = "autopilot")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct AutopilotDone {
    /// Id of the stored reply message.
    pub message_id: ::std::string::String,
}

/// `ask` answers questions only; `act` (called Autopilot mode in earlier docs) may also take
/// actions such as creating or running workflows.
#[cfg(feature = "autopilot")]
#[derive(Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[non_exhaustive]
pub enum AutopilotMode {
    /// `ask`
    Ask,
    /// `act`
    Act,
    /// A value this version of the SDK does not know yet, kept as it was sent.
    Unknown(::std::string::String),
}

#[cfg(feature = "autopilot")]
impl ::std::fmt::Display for AutopilotMode {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Ask => f.write_str("ask"),
            Self::Act => f.write_str("act"),
            Self::Unknown(value) => f.write_str(value),
        }
    }
}

#[cfg(feature = "autopilot")]
impl ::std::str::FromStr for AutopilotMode {
    type Err = super::error::ConversionError;

    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, super::error::ConversionError> {
        match value {
            "ask" => Ok(Self::Ask),
            "act" => Ok(Self::Act),
            _ => Err("invalid value".into()),
        }
    }
}

#[cfg(feature = "autopilot")]
impl ::std::convert::TryFrom<&str> for AutopilotMode {
    type Error = super::error::ConversionError;

    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, super::error::ConversionError> {
        value.parse()
    }
}

#[cfg(feature = "autopilot")]
impl ::std::convert::TryFrom<::std::string::String> for AutopilotMode {
    type Error = super::error::ConversionError;

    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, super::error::ConversionError> {
        value.parse()
    }
}

/// `error` event: the reply failed.
#[cfg(feature = "autopilot")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct AutopilotStreamError {
    /// What went wrong.
    pub error: ::std::string::String,
}

/// `token` event: the next piece of the reply text; concatenate the deltas in order.
#[cfg(feature = "autopilot")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct AutopilotToken {
    /// Text to append to the reply.
    pub delta: ::std::string::String,
}

#[cfg(feature = "autopilot")]
impl AutopilotMode {
    /// The value as it is on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Ask => "ask",
            Self::Act => "act",
            Self::Unknown(value) => value,
        }
    }
}

#[cfg(feature = "autopilot")]
impl ::serde::Serialize for AutopilotMode {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

#[cfg(feature = "autopilot")]
impl<'de> ::serde::Deserialize<'de> for AutopilotMode {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        let value = <::std::string::String as ::serde::Deserialize>::deserialize(
            deserializer,
        )?;
        Ok(
            match value.as_str() {
                "ask" => Self::Ask,
                "act" => Self::Act,
                _ => Self::Unknown(value),
            },
        )
    }
}

/// An event of [`Client::stream_autopilot_response`](crate::Client::stream_autopilot_response)'s
/// Server-Sent Events, by its `event:` name.
#[cfg(feature = "autopilot")]
#[derive(Clone, Debug)]
#[non_exhaustive]
pub enum StreamAutopilotResponseEvent {
    /// `token`: The next piece of the reply text.
    Token(AutopilotToken),
    /// `action`: An action Autopilot proposes or takes.
    Action(AutopilotAction),
    /// `done`: The reply is complete; the server closes the stream.
    Done(AutopilotDone),
    /// `error`: The reply failed; the server closes the stream.
    Error(AutopilotStreamError),
    /// An event the spec does not name, as it was received.
    Unknown(crate::SseEvent),
}

#[cfg(feature = "autopilot")]
impl crate::framing::FromSseEvent for StreamAutopilotResponseEvent {
    fn from_sse_event(
        event: &crate::SseEvent,
    ) -> ::std::result::Result<Self, crate::framing::DataError> {
        ::std::result::Result::Ok(
            match event.event.as_str() {
                "token" => Self::Token(crate::framing::data(event)?),
                "action" => Self::Action(crate::framing::data(event)?),
                "done" => Self::Done(crate::framing::data(event)?),
                "error" => Self::Error(crate::framing::data(event)?),
                _ => Self::Unknown(event.clone()),
            },
        )
    }
}

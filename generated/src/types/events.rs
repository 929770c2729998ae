// @generated types of the `events` area by agentruntime-generator 0.1.0. Do not edit by hand.
// Spec: spec/openapi.yaml (sha256 aab3041a7d360a69e58dfceca5f9a2bffcbf688e5ad868463978c58def134800), OpenAPI 3.1.0, API version 1.0.0.
// Regenerate: cargo xtask regen

#![allow(clippy::all, clippy::pedantic)]
#[allow(unused_imports)]
use super::*;

/// Payload of `agent_turn_limit_reached`.
#[cfg(feature = "events")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct AgentTurnLimitReachedData {
    /// The tool-round limit that was reached.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub limit: ::std::option::Option<i32>,
    /// The last tool round that ran.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub round: ::std::option::Option<i32>,
    /// The agent turn (see `stream_agent_turn`).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub turn_id: ::std::option::Option<::std::string::String>,
}

/// One line of an agent turn's NDJSON stream: a snapshot of the turn or a delta to it. Only the
/// fields the documentation's example shows are typed; the rest are kept as they came.
#[cfg(feature = "events")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct AgentTurnLine {
    /// `true` on the line that ends the turn.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub done: ::std::option::Option<bool>,
    /// The turn's message so far (a snapshot) or the text added (a delta).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
    /// The turn the line belongs to.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub turn_id: ::std::option::Option<::std::string::String>,
    /// Properties the spec does not name, kept as they were received (and sent back).
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}

/// Payload of `agent_turn_tool_round`.
#[cfg(feature = "events")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct AgentTurnToolRoundData {
    /// Number of the tool round that just finished.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub round: ::std::option::Option<i32>,
    /// The agent turn (see `stream_agent_turn`).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub turn_id: ::std::option::Option<::std::string::String>,
}

/// A `ListRunEventsCursor` value, as sent on the wire.
#[cfg(feature = "events")]
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct ListRunEventsCursor(pub(crate) ::std::string::String);

#[cfg(feature = "events")]
impl ::std::ops::Deref for ListRunEventsCursor {
    type Target = ::std::string::String;

    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}

#[cfg(feature = "events")]
impl ::std::convert::From<ListRunEventsCursor> for ::std::string::String {
    fn from(value: ListRunEventsCursor) -> Self {
        value.0
    }
}

#[cfg(feature = "events")]
impl ::std::str::FromStr for ListRunEventsCursor {
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

#[cfg(feature = "events")]
impl ::std::convert::TryFrom<&str> for ListRunEventsCursor {
    type Error = super::error::ConversionError;

    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, super::error::ConversionError> {
        value.parse()
    }
}

#[cfg(feature = "events")]
impl ::std::convert::TryFrom<::std::string::String> for ListRunEventsCursor {
    type Error = super::error::ConversionError;

    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, super::error::ConversionError> {
        value.parse()
    }
}

#[cfg(feature = "events")]
impl<'de> ::serde::Deserialize<'de> for ListRunEventsCursor {
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

/// One page of a run's events: `{"events": [...]}` as the site document shows it, plus the cursor
/// of the next page, whose name (`next_cursor`) no source gives.
#[cfg(feature = "events")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct RunEventPage {
    /// The events of this page, in `sequence` order.
    #[serde(deserialize_with = "crate::lenient::null_as_default")]
    pub events: ::std::vec::Vec<crate::types::RunEvent>,
    /// Cursor for the next page (send it as `cursor`); null or absent on the last page.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub next_cursor: ::std::option::Option<::std::string::String>,
}

/// Payload of `run_rejected`.
#[cfg(feature = "events")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct RunRejectedData {
    /// Machine-readable reason (for example `INSUFFICIENT_CREDITS`).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub code: ::std::option::Option<::std::string::String>,
    /// Human-readable reason.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub reason: ::std::option::Option<::std::string::String>,
}

/// Payload of `run_started`.
#[cfg(feature = "events")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct RunStartedData {
    /// The Embedded Connect end user the run is for, if any.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub external_user_id: ::std::option::Option<::std::string::String>,
    /// How the run was started (`api`, ...).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub trigger_type: ::std::option::Option<::std::string::String>,
    /// The published version the run executes.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub workflow_version: ::std::option::Option<i32>,
}

/// Payload of `state_changed`.
#[cfg(feature = "events")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct StateChangedData {
    /// `failure_code`: [`FailureCode`]. Why a run or step failed (`failure_code`).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub failure_code: ::std::option::Option<FailureCode>,
    /// `from`: [`RunStatus`]. Status of a run.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub from: ::std::option::Option<RunStatus>,
    /// Why the status changed, when known (for example `awaiting_chat` when a chat-session run
    /// pauses between turns).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub reason: ::std::option::Option<::std::string::String>,
    /// `to`: [`RunStatus`]. Status of a run.
    pub to: RunStatus,
}

/// Payload of `step_cancelled`.
#[cfg(feature = "events")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct StepCancelledData {
    /// Always true.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub cancelled: ::std::option::Option<bool>,
    /// The step whose failure caused the cancellation, when known.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub caused_by_step_id: ::std::option::Option<::std::string::String>,
    /// Why the step was cancelled (`run_failed`).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub reason: ::std::option::Option<::std::string::String>,
}

/// Payload of `step_completed`.
#[cfg(feature = "events")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct StepCompletedData {
    /// How long the step ran, in milliseconds.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub duration_ms: ::std::option::Option<i64>,
    /// `reason`: [`StepSkipReason`]. Why a step was skipped: `blocked` (the run failed before the
    /// step started), `out_of_scope` (outside the episode's scope in episode mode) or
    /// `step_disabled` (the step is disabled).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub reason: ::std::option::Option<StepSkipReason>,
    /// The step's result; absent for skipped steps.
    #[serde(default, skip_serializing_if = "::serde_json::Map::is_empty")]
    #[serde(deserialize_with = "crate::lenient::null_as_default")]
    pub result: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    /// True when the step did not run; `reason` says why.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub skipped: ::std::option::Option<bool>,
}

/// Payload of `step_failed`.
#[cfg(feature = "events")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct StepFailedData {
    /// Error message.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub error: ::std::option::Option<::std::string::String>,
    /// `failure_code`: [`FailureCode`]. Why a run or step failed (`failure_code`).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub failure_code: ::std::option::Option<FailureCode>,
}

/// Why a step was skipped: `blocked` (the run failed before the step started), `out_of_scope`
/// (outside the episode's scope in episode mode) or `step_disabled` (the step is disabled).
#[cfg(feature = "events")]
#[derive(Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[non_exhaustive]
pub enum StepSkipReason {
    /// `blocked`
    Blocked,
    /// `out_of_scope`
    OutOfScope,
    /// `step_disabled`
    StepDisabled,
    /// A value this version of the SDK does not know yet, kept as it was sent.
    Unknown(::std::string::String),
}

#[cfg(feature = "events")]
impl ::std::fmt::Display for StepSkipReason {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Blocked => f.write_str("blocked"),
            Self::OutOfScope => f.write_str("out_of_scope"),
            Self::StepDisabled => f.write_str("step_disabled"),
            Self::Unknown(value) => f.write_str(value),
        }
    }
}

#[cfg(feature = "events")]
impl ::std::str::FromStr for StepSkipReason {
    type Err = super::error::ConversionError;

    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, super::error::ConversionError> {
        match value {
            "blocked" => Ok(Self::Blocked),
            "out_of_scope" => Ok(Self::OutOfScope),
            "step_disabled" => Ok(Self::StepDisabled),
            _ => Err("invalid value".into()),
        }
    }
}

#[cfg(feature = "events")]
impl ::std::convert::TryFrom<&str> for StepSkipReason {
    type Error = super::error::ConversionError;

    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, super::error::ConversionError> {
        value.parse()
    }
}

#[cfg(feature = "events")]
impl ::std::convert::TryFrom<::std::string::String> for StepSkipReason {
    type Error = super::error::ConversionError;

    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, super::error::ConversionError> {
        value.parse()
    }
}

/// Payload of `step_started`.
#[cfg(feature = "events")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct StepStartedData {
    /// Attempt number, 1 for the first try; higher when `retry_count` retries the step.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub attempt: ::std::option::Option<i32>,
    /// Display name of the step.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub step_name: ::std::option::Option<::std::string::String>,
    /// Type of the step (`mcp_call`, `llm_call`, ...).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub step_type: ::std::option::Option<::std::string::String>,
}

/// One event of a run, tagged by `event_type` with its payload in `data`. Used by the persisted log
/// (`list_run_events`) and the WebSocket stream (`stream_workflow_events`). The union is open: the
/// server may add event types (the human-task pause events, for one, are not documented yet);
/// clients keep those as raw JSON instead of failing.
#[cfg(feature = "events")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct RunEvent {
    /// Unique id of the event; also the resume cursor (`cursor`, `after`).
    pub id: ::std::string::String,
    /// Id of the run.
    pub run_id: ::std::string::String,
    /// Position in the run's event log; strictly increasing per run, without gaps. No source shows
    /// it, so it is optional: the SDK orders and de-duplicates by it when present and by `id`
    /// otherwise.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub sequence: ::std::option::Option<i64>,
    /// The step the event is about; null for run-level events. Steps inside `for_each` and `while`
    /// bodies have qualified ids (`parent#body#inner`).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub step_id: ::std::option::Option<::std::string::String>,
    /// When the event happened.
    pub timestamp: ::chrono::DateTime<::chrono::offset::Utc>,
    /// Id of the workflow.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub workflow_id: ::std::option::Option<::std::string::String>,
    /// The kind of this value and its payload (flattened on the wire).
    #[serde(flatten)]
    pub kind: RunEventKind,
}

/// What a [`RunEvent`] is, by its `event_type`, with the typed payload of that kind.
#[cfg(feature = "events")]
#[derive(Clone, Debug)]
#[non_exhaustive]
pub enum RunEventKind {
    /// A step started.
    StepStarted(StepStartedData),
    /// A step completed, or was skipped (`data.skipped`).
    StepCompleted(StepCompletedData),
    /// A step failed; the run fails fast after it.
    StepFailed(StepFailedData),
    /// An in-flight step was cancelled, for example because another step failed the run.
    StepCancelled(StepCancelledData),
    /// The run's status changed.
    StateChanged(StateChangedData),
    /// The run started.
    RunStarted(RunStartedData),
    /// The run was rejected before any step ran (for example for lack of credits).
    RunRejected(RunRejectedData),
    /// Live only. An agent turn finished one round of tool calls.
    AgentTurnToolRound(AgentTurnToolRoundData),
    /// Live only. An agent turn hit its tool-round limit; the run pauses until it is continued
    /// (`resume`).
    AgentTurnLimitReached(AgentTurnLimitReachedData),
    /// A `event_type` this version of the SDK does not know; the raw JSON object, tag included.
    Unknown(::serde_json::Value),
}

#[cfg(feature = "events")]
impl RunEventKind {
    /// The `event_type` of this value, as it is on the wire.
    pub fn tag(&self) -> &str {
        match self {
            Self::StepStarted { .. } => "step_started",
            Self::StepCompleted { .. } => "step_completed",
            Self::StepFailed { .. } => "step_failed",
            Self::StepCancelled { .. } => "step_cancelled",
            Self::StateChanged { .. } => "state_changed",
            Self::RunStarted { .. } => "run_started",
            Self::RunRejected { .. } => "run_rejected",
            Self::AgentTurnToolRound { .. } => "agent_turn_tool_round",
            Self::AgentTurnLimitReached { .. } => "agent_turn_limit_reached",
            Self::Unknown(value) => {
                value
                    .get("event_type")
                    .and_then(::serde_json::Value::as_str)
                    .unwrap_or("")
            }
        }
    }
}

#[cfg(feature = "events")]
impl ::std::convert::From<StepStartedData> for RunEventKind {
    fn from(value: StepStartedData) -> Self {
        Self::StepStarted(value)
    }
}

#[cfg(feature = "events")]
impl ::std::convert::From<StepCompletedData> for RunEventKind {
    fn from(value: StepCompletedData) -> Self {
        Self::StepCompleted(value)
    }
}

#[cfg(feature = "events")]
impl ::std::convert::From<StepFailedData> for RunEventKind {
    fn from(value: StepFailedData) -> Self {
        Self::StepFailed(value)
    }
}

#[cfg(feature = "events")]
impl ::std::convert::From<StepCancelledData> for RunEventKind {
    fn from(value: StepCancelledData) -> Self {
        Self::StepCancelled(value)
    }
}

#[cfg(feature = "events")]
impl ::std::convert::From<StateChangedData> for RunEventKind {
    fn from(value: StateChangedData) -> Self {
        Self::StateChanged(value)
    }
}

#[cfg(feature = "events")]
impl ::std::convert::From<RunStartedData> for RunEventKind {
    fn from(value: RunStartedData) -> Self {
        Self::RunStarted(value)
    }
}

#[cfg(feature = "events")]
impl ::std::convert::From<RunRejectedData> for RunEventKind {
    fn from(value: RunRejectedData) -> Self {
        Self::RunRejected(value)
    }
}

#[cfg(feature = "events")]
impl ::std::convert::From<AgentTurnToolRoundData> for RunEventKind {
    fn from(value: AgentTurnToolRoundData) -> Self {
        Self::AgentTurnToolRound(value)
    }
}

#[cfg(feature = "events")]
impl ::std::convert::From<AgentTurnLimitReachedData> for RunEventKind {
    fn from(value: AgentTurnLimitReachedData) -> Self {
        Self::AgentTurnLimitReached(value)
    }
}

#[cfg(feature = "events")]
impl<'de> ::serde::Deserialize<'de> for RunEventKind {
    fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        use ::serde::de::Error as _;
        let mut map = <::serde_json::Map<
            ::std::string::String,
            ::serde_json::Value,
        > as ::serde::Deserialize>::deserialize(deserializer)?;
        let tag = match map.get("event_type") {
            Some(::serde_json::Value::String(tag)) => tag.clone(),
            Some(other) => {
                return Err(
                    D::Error::custom(
                        ::std::format_args!(
                            "`{}` must be a string, found {}", "event_type", other
                        ),
                    ),
                );
            }
            None => return Ok(Self::Unknown(::serde_json::Value::Object(map))),
        };
        match tag.as_str() {
            "step_started" => {
                let payload = map
                    .remove("data")
                    .unwrap_or_else(|| ::serde_json::Value::Object(
                        ::serde_json::Map::new(),
                    ));
                ::serde_json::from_value(payload)
                    .map(Self::StepStarted)
                    .map_err(|e| D::Error::custom(
                        ::std::format_args!(
                            "`{}: {}`: {}", "event_type", "step_started", e
                        ),
                    ))
            }
            "step_completed" => {
                let payload = map
                    .remove("data")
                    .unwrap_or_else(|| ::serde_json::Value::Object(
                        ::serde_json::Map::new(),
                    ));
                ::serde_json::from_value(payload)
                    .map(Self::StepCompleted)
                    .map_err(|e| D::Error::custom(
                        ::std::format_args!(
                            "`{}: {}`: {}", "event_type", "step_completed", e
                        ),
                    ))
            }
            "step_failed" => {
                let payload = map
                    .remove("data")
                    .unwrap_or_else(|| ::serde_json::Value::Object(
                        ::serde_json::Map::new(),
                    ));
                ::serde_json::from_value(payload)
                    .map(Self::StepFailed)
                    .map_err(|e| D::Error::custom(
                        ::std::format_args!(
                            "`{}: {}`: {}", "event_type", "step_failed", e
                        ),
                    ))
            }
            "step_cancelled" => {
                let payload = map
                    .remove("data")
                    .unwrap_or_else(|| ::serde_json::Value::Object(
                        ::serde_json::Map::new(),
                    ));
                ::serde_json::from_value(payload)
                    .map(Self::StepCancelled)
                    .map_err(|e| D::Error::custom(
                        ::std::format_args!(
                            "`{}: {}`: {}", "event_type", "step_cancelled", e
                        ),
                    ))
            }
            "state_changed" => {
                let payload = map
                    .remove("data")
                    .unwrap_or_else(|| ::serde_json::Value::Object(
                        ::serde_json::Map::new(),
                    ));
                ::serde_json::from_value(payload)
                    .map(Self::StateChanged)
                    .map_err(|e| D::Error::custom(
                        ::std::format_args!(
                            "`{}: {}`: {}", "event_type", "state_changed", e
                        ),
                    ))
            }
            "run_started" => {
                let payload = map
                    .remove("data")
                    .unwrap_or_else(|| ::serde_json::Value::Object(
                        ::serde_json::Map::new(),
                    ));
                ::serde_json::from_value(payload)
                    .map(Self::RunStarted)
                    .map_err(|e| D::Error::custom(
                        ::std::format_args!(
                            "`{}: {}`: {}", "event_type", "run_started", e
                        ),
                    ))
            }
            "run_rejected" => {
                let payload = map
                    .remove("data")
                    .unwrap_or_else(|| ::serde_json::Value::Object(
                        ::serde_json::Map::new(),
                    ));
                ::serde_json::from_value(payload)
                    .map(Self::RunRejected)
                    .map_err(|e| D::Error::custom(
                        ::std::format_args!(
                            "`{}: {}`: {}", "event_type", "run_rejected", e
                        ),
                    ))
            }
            "agent_turn_tool_round" => {
                let payload = map
                    .remove("data")
                    .unwrap_or_else(|| ::serde_json::Value::Object(
                        ::serde_json::Map::new(),
                    ));
                ::serde_json::from_value(payload)
                    .map(Self::AgentTurnToolRound)
                    .map_err(|e| D::Error::custom(
                        ::std::format_args!(
                            "`{}: {}`: {}", "event_type", "agent_turn_tool_round", e
                        ),
                    ))
            }
            "agent_turn_limit_reached" => {
                let payload = map
                    .remove("data")
                    .unwrap_or_else(|| ::serde_json::Value::Object(
                        ::serde_json::Map::new(),
                    ));
                ::serde_json::from_value(payload)
                    .map(Self::AgentTurnLimitReached)
                    .map_err(|e| D::Error::custom(
                        ::std::format_args!(
                            "`{}: {}`: {}", "event_type", "agent_turn_limit_reached", e
                        ),
                    ))
            }
            _ => Ok(Self::Unknown(::serde_json::Value::Object(map))),
        }
    }
}

#[cfg(feature = "events")]
impl ::serde::Serialize for RunEventKind {
    fn serialize<S>(&self, serializer: S) -> ::std::result::Result<S::Ok, S::Error>
    where
        S: ::serde::Serializer,
    {
        use ::serde::ser::Error as _;
        let mut map = ::serde_json::Map::new();
        match self {
            Self::StepStarted(payload) => {
                map.insert("event_type".into(), "step_started".into());
                map.insert(
                    "data".into(),
                    ::serde_json::to_value(payload).map_err(S::Error::custom)?,
                );
            }
            Self::StepCompleted(payload) => {
                map.insert("event_type".into(), "step_completed".into());
                map.insert(
                    "data".into(),
                    ::serde_json::to_value(payload).map_err(S::Error::custom)?,
                );
            }
            Self::StepFailed(payload) => {
                map.insert("event_type".into(), "step_failed".into());
                map.insert(
                    "data".into(),
                    ::serde_json::to_value(payload).map_err(S::Error::custom)?,
                );
            }
            Self::StepCancelled(payload) => {
                map.insert("event_type".into(), "step_cancelled".into());
                map.insert(
                    "data".into(),
                    ::serde_json::to_value(payload).map_err(S::Error::custom)?,
                );
            }
            Self::StateChanged(payload) => {
                map.insert("event_type".into(), "state_changed".into());
                map.insert(
                    "data".into(),
                    ::serde_json::to_value(payload).map_err(S::Error::custom)?,
                );
            }
            Self::RunStarted(payload) => {
                map.insert("event_type".into(), "run_started".into());
                map.insert(
                    "data".into(),
                    ::serde_json::to_value(payload).map_err(S::Error::custom)?,
                );
            }
            Self::RunRejected(payload) => {
                map.insert("event_type".into(), "run_rejected".into());
                map.insert(
                    "data".into(),
                    ::serde_json::to_value(payload).map_err(S::Error::custom)?,
                );
            }
            Self::AgentTurnToolRound(payload) => {
                map.insert("event_type".into(), "agent_turn_tool_round".into());
                map.insert(
                    "data".into(),
                    ::serde_json::to_value(payload).map_err(S::Error::custom)?,
                );
            }
            Self::AgentTurnLimitReached(payload) => {
                map.insert("event_type".into(), "agent_turn_limit_reached".into());
                map.insert(
                    "data".into(),
                    ::serde_json::to_value(payload).map_err(S::Error::custom)?,
                );
            }
            Self::Unknown(value) => {
                match value {
                    ::serde_json::Value::Object(fields) => map.extend(fields.clone()),
                    _ => {
                        return Err(
                            S::Error::custom(
                                "an unknown union value must be a JSON object",
                            ),
                        );
                    }
                }
            }
        }
        ::serde::Serialize::serialize(&map, serializer)
    }
}

#[cfg(feature = "events")]
impl StepSkipReason {
    /// The value as it is on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Blocked => "blocked",
            Self::OutOfScope => "out_of_scope",
            Self::StepDisabled => "step_disabled",
            Self::Unknown(value) => value,
        }
    }
}

#[cfg(feature = "events")]
impl ::serde::Serialize for StepSkipReason {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

#[cfg(feature = "events")]
impl<'de> ::serde::Deserialize<'de> for StepSkipReason {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        let value = <::std::string::String as ::serde::Deserialize>::deserialize(
            deserializer,
        )?;
        Ok(
            match value.as_str() {
                "blocked" => Self::Blocked,
                "out_of_scope" => Self::OutOfScope,
                "step_disabled" => Self::StepDisabled,
                _ => Self::Unknown(value),
            },
        )
    }
}

#[cfg(feature = "events")]
impl crate::pagination::Page for RunEventPage {
    type Item = crate::types::RunEvent;

    fn next_cursor(&self) -> ::std::option::Option<::std::string::String> {
        self.next_cursor.as_ref().map(::std::string::ToString::to_string)
    }

    fn total(&self) -> ::std::option::Option<u64> {
        ::std::option::Option::None
    }

    fn len(&self) -> usize {
        self.events.len()
    }

    fn into_items(self) -> ::std::vec::Vec<Self::Item> {
        self.events
    }
}

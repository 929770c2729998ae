// @generated types of the `runs` area by agentruntime-generator 0.1.0. Do not edit by hand.
// Spec: spec/openapi.yaml (sha256 aab3041a7d360a69e58dfceca5f9a2bffcbf688e5ad868463978c58def134800), OpenAPI 3.1.0, API version 1.0.0.
// Regenerate: cargo xtask regen

#![allow(clippy::all, clippy::pedantic)]
#[allow(unused_imports)]
use super::*;

/// Params of `execute`; send exactly one of `external_user_id`, `principal_id` and `segment_id`
/// (integrations/embedded-connect.md: P2 executes "with `external_user_id` / `principal_id`", P3
/// with `segment_id`).
#[cfg(feature = "runs")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct ExecuteRunParams {
    /// Run for this end user (the partner's own user id).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub external_user_id: ::std::option::Option<::std::string::String>,
    /// Run for this principal, named by its AgentRuntime principal id.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub principal_id: ::std::option::Option<::std::string::String>,
    /// Run once per principal of this segment (`seg_…`).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub segment_id: ::std::option::Option<::std::string::String>,
}

#[cfg(feature = "runs")]
impl ExecuteRunParams {
    /// A `ExecuteRunParams` with its required fields; the optional ones are set with the chained
    /// setters.
    pub fn new() -> Self {
        Self {
            external_user_id: ::std::option::Option::None,
            principal_id: ::std::option::Option::None,
            segment_id: ::std::option::Option::None,
        }
    }

    /// Sets `external_user_id`: Run for this end user (the partner's own user id).
    pub fn external_user_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.external_user_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `principal_id`: Run for this principal, named by its AgentRuntime principal id.
    pub fn principal_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.principal_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `segment_id`: Run once per principal of this segment (`seg_…`).
    pub fn segment_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.segment_id = ::std::option::Option::Some(value.into());
        self
    }
}

/// Why a run or step failed (`failure_code`).
#[cfg(any(feature = "events", feature = "runs"))]
#[derive(Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[non_exhaustive]
pub enum FailureCode {
    /// `MCP_TOOL_FAILED`
    McpToolFailed,
    /// `LLM_REQUEST_FAILED`
    LlmRequestFailed,
    /// `INSUFFICIENT_CREDITS`
    InsufficientCredits,
    /// `RUN_STALLED_OR_TIMED_OUT`
    RunStalledOrTimedOut,
    /// `RUN_STOPPED`
    RunStopped,
    /// `DRAIN_TIMEOUT`
    DrainTimeout,
    /// `HUMAN_TASK_FAILED`
    HumanTaskFailed,
    /// `UPSTREAM_ERROR`
    UpstreamError,
    /// `DEPENDENCY_UNAVAILABLE`
    DependencyUnavailable,
    /// A value this version of the SDK does not know yet, kept as it was sent.
    Unknown(::std::string::String),
}

#[cfg(any(feature = "events", feature = "runs"))]
impl ::std::fmt::Display for FailureCode {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::McpToolFailed => f.write_str("MCP_TOOL_FAILED"),
            Self::LlmRequestFailed => f.write_str("LLM_REQUEST_FAILED"),
            Self::InsufficientCredits => f.write_str("INSUFFICIENT_CREDITS"),
            Self::RunStalledOrTimedOut => f.write_str("RUN_STALLED_OR_TIMED_OUT"),
            Self::RunStopped => f.write_str("RUN_STOPPED"),
            Self::DrainTimeout => f.write_str("DRAIN_TIMEOUT"),
            Self::HumanTaskFailed => f.write_str("HUMAN_TASK_FAILED"),
            Self::UpstreamError => f.write_str("UPSTREAM_ERROR"),
            Self::DependencyUnavailable => f.write_str("DEPENDENCY_UNAVAILABLE"),
            Self::Unknown(value) => f.write_str(value),
        }
    }
}

#[cfg(any(feature = "events", feature = "runs"))]
impl ::std::str::FromStr for FailureCode {
    type Err = super::error::ConversionError;

    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, super::error::ConversionError> {
        match value {
            "MCP_TOOL_FAILED" => Ok(Self::McpToolFailed),
            "LLM_REQUEST_FAILED" => Ok(Self::LlmRequestFailed),
            "INSUFFICIENT_CREDITS" => Ok(Self::InsufficientCredits),
            "RUN_STALLED_OR_TIMED_OUT" => Ok(Self::RunStalledOrTimedOut),
            "RUN_STOPPED" => Ok(Self::RunStopped),
            "DRAIN_TIMEOUT" => Ok(Self::DrainTimeout),
            "HUMAN_TASK_FAILED" => Ok(Self::HumanTaskFailed),
            "UPSTREAM_ERROR" => Ok(Self::UpstreamError),
            "DEPENDENCY_UNAVAILABLE" => Ok(Self::DependencyUnavailable),
            _ => Err("invalid value".into()),
        }
    }
}

#[cfg(any(feature = "events", feature = "runs"))]
impl ::std::convert::TryFrom<&str> for FailureCode {
    type Error = super::error::ConversionError;

    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, super::error::ConversionError> {
        value.parse()
    }
}

#[cfg(any(feature = "events", feature = "runs"))]
impl ::std::convert::TryFrom<::std::string::String> for FailureCode {
    type Error = super::error::ConversionError;

    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, super::error::ConversionError> {
        value.parse()
    }
}

/// One run of a workflow, as listed in the run feeds. The docs name the run's id `run_id` (the
/// start response), the site document `id`; both are accepted, neither is required.
#[cfg(feature = "runs")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct Run {
    /// The Embedded Connect end user the run is for, if any.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub external_user_id: ::std::option::Option<::std::string::String>,
    /// `failure_code`: [`FailureCode`]. Why a run or step failed (`failure_code`).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub failure_code: ::std::option::Option<FailureCode>,
    /// When the run reached a terminal status; null while it is active.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub finished_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
    /// Run id, as the site document names it.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub id: ::std::option::Option<::std::string::String>,
    /// Project of the run; needed as `X-Project-Id` for the run's project-scoped routes.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub project_id: ::std::option::Option<::std::string::String>,
    /// Request id of the start; with OpenTelemetry enabled, the trace id.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub request_id: ::std::option::Option<::std::string::String>,
    /// Run id (a UUID), as the docs name it.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub run_id: ::std::option::Option<::std::string::String>,
    /// When the run started; null while it is queued.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub started_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
    /// `status`: [`RunStatus`]. Status of a run.
    pub status: RunStatus,
    /// How the run was started (`api`, ...).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub trigger_type: ::std::option::Option<::std::string::String>,
    /// Id of the workflow.
    pub workflow_id: ::std::string::String,
    /// Name of the workflow.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub workflow_name: ::std::option::Option<::std::string::String>,
    /// The published version the run executes.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub workflow_version: ::std::option::Option<i32>,
}

/// Response of `run_workflow_command`. Which fields appear depends on the command: `start` and
/// `execute` for one end user return `run_id`, `status`, `workflow_id` and `started_at`; `pause`,
/// `resume` and `stop` return `run_id` and the run's new `status`; `execute` for a segment returns
/// `matched`, `started`, `skipped`, `failed` and `results`, plus `error` (`segment_empty`) when the
/// segment has no principals.
#[cfg(feature = "runs")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct RunCommandResult {
    /// Segment execute; `segment_empty` when the segment matched no principal.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub error: ::std::option::Option<::std::string::String>,
    /// Segment execute; principals whose run could not be started.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub failed: ::std::option::Option<i32>,
    /// Segment execute; principals the segment matched.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub matched: ::std::option::Option<i32>,
    /// Segment execute; the outcome per principal.
    #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
    #[serde(deserialize_with = "crate::lenient::null_as_default")]
    pub results: ::std::vec::Vec<SegmentExecutionResult>,
    /// Id of the run the command started or acted on.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub run_id: ::std::option::Option<::std::string::String>,
    /// Segment execute; principals skipped (for example not connected).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub skipped: ::std::option::Option<i32>,
    /// Segment execute; runs started.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub started: ::std::option::Option<i32>,
    /// When the run started.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub started_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
    /// `status`: [`RunStatus`]. Status of a run.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub status: ::std::option::Option<RunStatus>,
    /// Id of the workflow.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub workflow_id: ::std::option::Option<::std::string::String>,
}

/// A run's variables and step results. Undocumented beyond "run variables and step results" and
/// `custom.episode`; the vendor's site document shows `{input, steps: {<step-id>: {result}}}`. No
/// property is required.
#[cfg(feature = "runs")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct RunContext {
    /// `custom`: [`RunContextCustom`]. Engine extensions of a run's context.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub custom: ::std::option::Option<RunContextCustom>,
    /// The run input (`trigger_payload` plus legacy flat params), as steps read it with
    /// `{{input.*}}`.
    #[serde(default, skip_serializing_if = "::serde_json::Map::is_empty")]
    #[serde(deserialize_with = "crate::lenient::null_as_default")]
    pub input: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    /// Run id.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub run_id: ::std::option::Option<::std::string::String>,
    /// `status`: [`RunStatus`]. Status of a run.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub status: ::std::option::Option<RunStatus>,
    /// State and result of each step that has one, keyed by step id.
    #[serde(
        default,
        skip_serializing_if = ":: std :: collections :: BTreeMap::is_empty"
    )]
    #[serde(deserialize_with = "crate::lenient::null_as_default")]
    pub steps: ::std::collections::BTreeMap<::std::string::String, RunStepState>,
    /// Run variables.
    #[serde(default, skip_serializing_if = "::serde_json::Map::is_empty")]
    #[serde(deserialize_with = "crate::lenient::null_as_default")]
    pub variables: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    /// Id of the workflow.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub workflow_id: ::std::option::Option<::std::string::String>,
}

/// Engine extensions of a run's context.
#[cfg(feature = "runs")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct RunContextCustom {
    /// `episode`: [`RunEpisode`]. Episode state of a run in episode mode (autonomous agents).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub episode: ::std::option::Option<RunEpisode>,
    /// Properties the spec does not name, kept as they were received (and sent back).
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}

/// Params of `pause` and `resume`.
#[cfg(feature = "runs")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct RunControlParams {
    /// The run to pause or resume.
    pub run_id: ::std::string::String,
}

#[cfg(feature = "runs")]
impl RunControlParams {
    /// A `RunControlParams` with its required fields; the optional ones are set with the chained
    /// setters.
    ///
    /// - `run_id`: The run to pause or resume.
    pub fn new(run_id: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self { run_id: run_id.into() }
    }
}

/// Episode state of a run in episode mode (autonomous agents).
#[cfg(feature = "runs")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct RunEpisode {
    /// Steps granted entry by the start (`trigger_steps` keys).
    #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
    #[serde(deserialize_with = "crate::lenient::null_as_default")]
    pub entry_granted: ::std::vec::Vec<::std::string::String>,
    /// True once a terminal step closed the episode.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub episode_closed: ::std::option::Option<bool>,
    /// Steps in the episode's scope; the others complete as skipped (`out_of_scope`).
    #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
    #[serde(deserialize_with = "crate::lenient::null_as_default")]
    pub in_scope: ::std::vec::Vec<::std::string::String>,
    /// Dependencies added at run time (handoffs), keyed by step id.
    #[serde(
        default,
        skip_serializing_if = ":: std :: collections :: BTreeMap::is_empty"
    )]
    #[serde(deserialize_with = "crate::lenient::null_as_default")]
    pub runtime_depends_on: ::std::collections::BTreeMap<
        ::std::string::String,
        ::std::vec::Vec<::std::string::String>,
    >,
}

/// One page of runs.
#[cfg(feature = "runs")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct RunPage {
    /// The runs of this page.
    #[serde(deserialize_with = "crate::lenient::null_as_default")]
    pub items: ::std::vec::Vec<Run>,
    /// Cursor for the next page (`page_token`); null on the last page.
    #[serde(deserialize_with = "::std::option::Option::deserialize")]
    pub next_page: ::std::option::Option<::std::string::String>,
}

/// Status of a run. `pending`, `queued` and `starting` lead to `running`; `pause` moves a run to
/// `paused` and `resume` back to `running`; a graceful `stop` passes through `draining`.
/// `completed`, `failed` and `stopped` are terminal: a finished run cannot be resumed or retried,
/// start a new one.
#[cfg(any(feature = "events", feature = "runs"))]
#[derive(Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[non_exhaustive]
pub enum RunStatus {
    /// `pending`
    Pending,
    /// `queued`
    Queued,
    /// `starting`
    Starting,
    /// `running`
    Running,
    /// `paused`
    Paused,
    /// `draining`
    Draining,
    /// `completed`
    Completed,
    /// `failed`
    Failed,
    /// `stopped`
    Stopped,
    /// A value this version of the SDK does not know yet, kept as it was sent.
    Unknown(::std::string::String),
}

#[cfg(any(feature = "events", feature = "runs"))]
impl ::std::fmt::Display for RunStatus {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Pending => f.write_str("pending"),
            Self::Queued => f.write_str("queued"),
            Self::Starting => f.write_str("starting"),
            Self::Running => f.write_str("running"),
            Self::Paused => f.write_str("paused"),
            Self::Draining => f.write_str("draining"),
            Self::Completed => f.write_str("completed"),
            Self::Failed => f.write_str("failed"),
            Self::Stopped => f.write_str("stopped"),
            Self::Unknown(value) => f.write_str(value),
        }
    }
}

#[cfg(any(feature = "events", feature = "runs"))]
impl ::std::str::FromStr for RunStatus {
    type Err = super::error::ConversionError;

    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, super::error::ConversionError> {
        match value {
            "pending" => Ok(Self::Pending),
            "queued" => Ok(Self::Queued),
            "starting" => Ok(Self::Starting),
            "running" => Ok(Self::Running),
            "paused" => Ok(Self::Paused),
            "draining" => Ok(Self::Draining),
            "completed" => Ok(Self::Completed),
            "failed" => Ok(Self::Failed),
            "stopped" => Ok(Self::Stopped),
            _ => Err("invalid value".into()),
        }
    }
}

#[cfg(any(feature = "events", feature = "runs"))]
impl ::std::convert::TryFrom<&str> for RunStatus {
    type Error = super::error::ConversionError;

    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, super::error::ConversionError> {
        value.parse()
    }
}

#[cfg(any(feature = "events", feature = "runs"))]
impl ::std::convert::TryFrom<::std::string::String> for RunStatus {
    type Error = super::error::ConversionError;

    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, super::error::ConversionError> {
        value.parse()
    }
}

/// The state of one step in a run's context.
#[cfg(feature = "runs")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct RunStepState {
    /// Error message of a failed step.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub error: ::std::option::Option<::std::string::String>,
    /// `failure_code`: [`FailureCode`]. Why a run or step failed (`failure_code`).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub failure_code: ::std::option::Option<FailureCode>,
    /// When the step finished.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub finished_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
    /// The step's result, read downstream as `{{steps.<id>.result.*}}`: any JSON value (an object
    /// for most steps; the vendor's site document shows an `llm_call` result that is a plain
    /// string). Agent steps store `message`, `turn_id` (for `stream_agent_turn`) and the agent's
    /// reply under `result`.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub result: ::std::option::Option<::serde_json::Value>,
    /// When the step started.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub started_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
    /// `status`: [`StepStatus`]. Status of one step of a run.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub status: ::std::option::Option<StepStatus>,
}

/// A run's status at a glance; the preferred read for polling.
#[cfg(feature = "runs")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct RunSummary {
    /// `failure_code`: [`FailureCode`]. Why a run or step failed (`failure_code`).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub failure_code: ::std::option::Option<FailureCode>,
    /// The engine's orchestration phase, finer-grained than `status`. Its values are not
    /// documented; treat it as display text and use `status` and `run_complete` for logic.
    pub orchestration_phase: ::std::string::String,
    /// True once the run is terminal and nothing more will happen.
    pub run_complete: bool,
    /// Run id.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub run_id: ::std::option::Option<::std::string::String>,
    /// Chat session the run belongs to; null for runs outside a chat session.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub session_id: ::std::option::Option<::std::string::String>,
    /// `status`: [`RunStatus`]. Status of a run.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub status: ::std::option::Option<RunStatus>,
    /// Id of the workflow.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub workflow_id: ::std::option::Option<::std::string::String>,
}

/// Outcome of a segment `execute` for one principal.
#[cfg(feature = "runs")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct SegmentExecutionResult {
    /// Why the principal was skipped or failed (for example `principal_not_connected`).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub error: ::std::option::Option<::std::string::String>,
    /// The principal's external user id.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub external_user_id: ::std::option::Option<::std::string::String>,
    /// Whether a run was started for this principal.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub outcome: ::std::option::Option<SegmentExecutionResultOutcome>,
    /// The started run; null unless `outcome` is `started`.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub run_id: ::std::option::Option<::std::string::String>,
}

/// Whether a run was started for this principal.
#[cfg(feature = "runs")]
#[derive(Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[non_exhaustive]
pub enum SegmentExecutionResultOutcome {
    /// `started`
    Started,
    /// `skipped`
    Skipped,
    /// `failed`
    Failed,
    /// A value this version of the SDK does not know yet, kept as it was sent.
    Unknown(::std::string::String),
}

#[cfg(feature = "runs")]
impl ::std::fmt::Display for SegmentExecutionResultOutcome {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Started => f.write_str("started"),
            Self::Skipped => f.write_str("skipped"),
            Self::Failed => f.write_str("failed"),
            Self::Unknown(value) => f.write_str(value),
        }
    }
}

#[cfg(feature = "runs")]
impl ::std::str::FromStr for SegmentExecutionResultOutcome {
    type Err = super::error::ConversionError;

    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, super::error::ConversionError> {
        match value {
            "started" => Ok(Self::Started),
            "skipped" => Ok(Self::Skipped),
            "failed" => Ok(Self::Failed),
            _ => Err("invalid value".into()),
        }
    }
}

#[cfg(feature = "runs")]
impl ::std::convert::TryFrom<&str> for SegmentExecutionResultOutcome {
    type Error = super::error::ConversionError;

    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, super::error::ConversionError> {
        value.parse()
    }
}

#[cfg(feature = "runs")]
impl ::std::convert::TryFrom<::std::string::String> for SegmentExecutionResultOutcome {
    type Error = super::error::ConversionError;

    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, super::error::ConversionError> {
        value.parse()
    }
}

/// Params of `start`. Any other key (legacy flat params, e.g. `{"customer_email": ...}`) also
/// becomes run input; new integrations should use `trigger_payload`.
#[cfg(feature = "runs")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct StartRunParams {
    /// Copilot mode of a chat-session turn, passed to the engine unchanged. Its value type is not
    /// documented, so any JSON value is accepted.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub copilot_mode: ::std::option::Option<::serde_json::Value>,
    /// Step a chat-session turn enters at.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub entry_step_id: ::std::option::Option<::std::string::String>,
    /// Steps left out of this run.
    #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
    #[serde(deserialize_with = "crate::lenient::null_as_default")]
    pub excluded_step_ids: ::std::vec::Vec<::std::string::String>,
    /// Run for this Embedded Connect end user (principal-scoped steps use their connections).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub external_user_id: ::std::option::Option<::std::string::String>,
    /// Run for this principal, by principal id (Embedded Connect P2).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub principal_id: ::std::option::Option<::std::string::String>,
    /// Client-chosen id for the new run (a UUID); the server generates one when absent.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub run_id: ::std::option::Option<::std::string::String>,
    /// Start one run per principal of this segment.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub segment_id: ::std::option::Option<::std::string::String>,
    /// Start one run per member of this Console team.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub team_id: ::std::option::Option<::std::string::String>,
    /// Shared run input, read by steps as `{{input.*}}`.
    #[serde(default, skip_serializing_if = "::serde_json::Map::is_empty")]
    #[serde(deserialize_with = "crate::lenient::null_as_default")]
    pub trigger_payload: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    /// Per-step input, keyed by step id. A key grants entry to a `no_auto_start` step; its value is
    /// overlaid on that step's input.
    #[serde(
        default,
        skip_serializing_if = ":: std :: collections :: BTreeMap::is_empty"
    )]
    #[serde(deserialize_with = "crate::lenient::null_as_default")]
    pub trigger_steps: ::std::collections::BTreeMap<
        ::std::string::String,
        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    >,
    /// How the run was started, as recorded on the run (`api` for API calls).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub trigger_type: ::std::option::Option<::std::string::String>,
    /// Merge the workflow's saved run-setup defaults under the request's params (request keys win).
    /// Deprecated since 2026-06-28; send the values explicitly.
    #[serde(default)]
    pub use_run_setup_defaults: bool,
    /// Properties the spec does not name, kept as they were received (and sent back).
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}

#[cfg(feature = "runs")]
impl StartRunParams {
    /// A `StartRunParams` with its required fields; the optional ones are set with the chained
    /// setters.
    pub fn new() -> Self {
        Self {
            copilot_mode: ::std::option::Option::None,
            entry_step_id: ::std::option::Option::None,
            excluded_step_ids: ::std::default::Default::default(),
            external_user_id: ::std::option::Option::None,
            principal_id: ::std::option::Option::None,
            run_id: ::std::option::Option::None,
            segment_id: ::std::option::Option::None,
            team_id: ::std::option::Option::None,
            trigger_payload: ::std::default::Default::default(),
            trigger_steps: ::std::default::Default::default(),
            trigger_type: ::std::option::Option::None,
            use_run_setup_defaults: ::std::default::Default::default(),
            extra: ::std::default::Default::default(),
        }
    }

    /// Sets `copilot_mode`: Copilot mode of a chat-session turn, passed to the engine unchanged.
    /// Its value type is not documented, so any JSON value is accepted.
    pub fn copilot_mode(
        mut self,
        value: impl ::std::convert::Into<::serde_json::Value>,
    ) -> Self {
        self.copilot_mode = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `entry_step_id`: Step a chat-session turn enters at.
    pub fn entry_step_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.entry_step_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `excluded_step_ids`: Steps left out of this run.
    pub fn excluded_step_ids(
        mut self,
        value: impl ::std::iter::IntoIterator<
            Item = impl ::std::convert::Into<::std::string::String>,
        >,
    ) -> Self {
        self.excluded_step_ids = value
            .into_iter()
            .map(::std::convert::Into::into)
            .collect();
        self
    }

    /// Sets `external_user_id`: Run for this Embedded Connect end user (principal-scoped steps use
    /// their connections).
    pub fn external_user_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.external_user_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `principal_id`: Run for this principal, by principal id (Embedded Connect P2).
    pub fn principal_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.principal_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `run_id`: Client-chosen id for the new run (a UUID); the server generates one when
    /// absent.
    pub fn run_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.run_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `segment_id`: Start one run per principal of this segment.
    pub fn segment_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.segment_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `team_id`: Start one run per member of this Console team.
    pub fn team_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.team_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `trigger_payload`: Shared run input, read by steps as `{{input.*}}`.
    ///
    /// # Panics
    ///
    /// When `value` is a JSON value other than an object (or `null`, the empty object).
    pub fn trigger_payload(
        mut self,
        value: impl ::std::convert::Into<crate::JsonObject>,
    ) -> Self {
        self.trigger_payload = value.into().expect_map("trigger_payload");
        self
    }

    /// Sets `trigger_steps`: Per-step input, keyed by step id. A key grants entry to a
    /// `no_auto_start` step; its value is overlaid on that step's input.
    pub fn trigger_steps(
        mut self,
        value: impl ::std::convert::Into<
            ::std::collections::BTreeMap<
                ::std::string::String,
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
            >,
        >,
    ) -> Self {
        self.trigger_steps = value.into();
        self
    }

    /// Sets `trigger_type`: How the run was started, as recorded on the run (`api` for API calls).
    pub fn trigger_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.trigger_type = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `use_run_setup_defaults`: Merge the workflow's saved run-setup defaults under the
    /// request's params (request keys win). Deprecated since 2026-06-28; send the values
    /// explicitly.
    pub fn use_run_setup_defaults(
        mut self,
        value: impl ::std::convert::Into<bool>,
    ) -> Self {
        self.use_run_setup_defaults = value.into();
        self
    }

    /// Adds (or replaces) one property the spec does not name; it is sent next to the others (kept
    /// in `extra`).
    pub fn extra_property(
        mut self,
        key: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<::serde_json::Value>,
    ) -> Self {
        self.extra.insert(key.into(), value.into());
        self
    }
}

/// Status of one step of a run. `skipped` covers steps blocked by an earlier failure, steps out of
/// an episode's scope and disabled steps.
#[cfg(feature = "runs")]
#[derive(Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[non_exhaustive]
pub enum StepStatus {
    /// `pending`
    Pending,
    /// `running`
    Running,
    /// `completed`
    Completed,
    /// `skipped`
    Skipped,
    /// `failed`
    Failed,
    /// `cancelled`
    Cancelled,
    /// A value this version of the SDK does not know yet, kept as it was sent.
    Unknown(::std::string::String),
}

#[cfg(feature = "runs")]
impl ::std::fmt::Display for StepStatus {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Pending => f.write_str("pending"),
            Self::Running => f.write_str("running"),
            Self::Completed => f.write_str("completed"),
            Self::Skipped => f.write_str("skipped"),
            Self::Failed => f.write_str("failed"),
            Self::Cancelled => f.write_str("cancelled"),
            Self::Unknown(value) => f.write_str(value),
        }
    }
}

#[cfg(feature = "runs")]
impl ::std::str::FromStr for StepStatus {
    type Err = super::error::ConversionError;

    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, super::error::ConversionError> {
        match value {
            "pending" => Ok(Self::Pending),
            "running" => Ok(Self::Running),
            "completed" => Ok(Self::Completed),
            "skipped" => Ok(Self::Skipped),
            "failed" => Ok(Self::Failed),
            "cancelled" => Ok(Self::Cancelled),
            _ => Err("invalid value".into()),
        }
    }
}

#[cfg(feature = "runs")]
impl ::std::convert::TryFrom<&str> for StepStatus {
    type Error = super::error::ConversionError;

    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, super::error::ConversionError> {
        value.parse()
    }
}

#[cfg(feature = "runs")]
impl ::std::convert::TryFrom<::std::string::String> for StepStatus {
    type Error = super::error::ConversionError;

    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, super::error::ConversionError> {
        value.parse()
    }
}

/// How `stop` ends a run. `immediate` cancels in-flight MCP calls and, best effort, LLM calls.
/// `graceful` lets in-flight steps finish and starts no new ones (the run shows `draining`); a
/// drain that overruns fails with `DRAIN_TIMEOUT`. Both end in `stopped`.
#[cfg(feature = "runs")]
#[derive(Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[non_exhaustive]
pub enum StopMode {
    /// `immediate`
    Immediate,
    /// `graceful`
    Graceful,
    /// A value this version of the SDK does not know yet, kept as it was sent.
    Unknown(::std::string::String),
}

#[cfg(feature = "runs")]
impl ::std::fmt::Display for StopMode {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Immediate => f.write_str("immediate"),
            Self::Graceful => f.write_str("graceful"),
            Self::Unknown(value) => f.write_str(value),
        }
    }
}

#[cfg(feature = "runs")]
impl ::std::str::FromStr for StopMode {
    type Err = super::error::ConversionError;

    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, super::error::ConversionError> {
        match value {
            "immediate" => Ok(Self::Immediate),
            "graceful" => Ok(Self::Graceful),
            _ => Err("invalid value".into()),
        }
    }
}

#[cfg(feature = "runs")]
impl ::std::convert::TryFrom<&str> for StopMode {
    type Error = super::error::ConversionError;

    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, super::error::ConversionError> {
        value.parse()
    }
}

#[cfg(feature = "runs")]
impl ::std::convert::TryFrom<::std::string::String> for StopMode {
    type Error = super::error::ConversionError;

    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, super::error::ConversionError> {
        value.parse()
    }
}

#[cfg(feature = "runs")]
impl ::std::default::Default for StopMode {
    fn default() -> Self {
        StopMode::Immediate
    }
}

/// Params of `stop`.
#[cfg(feature = "runs")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct StopRunParams {
    /// `mode`: [`StopMode`]. How `stop` ends a run.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub mode: ::std::option::Option<StopMode>,
    /// The run to stop.
    pub run_id: ::std::string::String,
}

#[cfg(feature = "runs")]
impl StopRunParams {
    /// A `StopRunParams` with its required fields; the optional ones are set with the chained
    /// setters.
    ///
    /// - `run_id`: The run to stop.
    pub fn new(run_id: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            run_id: run_id.into(),
            mode: ::std::option::Option::None,
        }
    }

    /// Sets `mode`.
    pub fn mode(mut self, value: impl ::std::convert::Into<StopMode>) -> Self {
        self.mode = ::std::option::Option::Some(value.into());
        self
    }
}

/// One offset page of a workflow's runs, as the site document's `GET /api/v1/workflows/{id}/runs`
/// shows it: `{"runs": [...], "total": n}`.
#[cfg(feature = "runs")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct WorkflowRunPage {
    /// The runs of this page, newest first.
    #[serde(deserialize_with = "crate::lenient::null_as_default")]
    pub runs: ::std::vec::Vec<Run>,
    /// Number of runs matching the query, across all pages.
    pub total: i64,
}

/// Body of `run_workflow_command`: the command and its params, tagged by `command`.
#[cfg(feature = "runs")]
#[derive(Clone, Debug)]
pub enum RunCommand {
    /// Start a new run of the workflow's latest published version.
    Start(StartRunParams),
    /// Run the workflow for one Embedded Connect end user, or once per principal of a segment.
    Execute(ExecuteRunParams),
    /// Pause a running run; no new steps are scheduled, in-flight steps may finish.
    Pause(RunControlParams),
    /// Resume a paused run. Only a `paused` run can be resumed.
    Resume(RunControlParams),
    /// Stop a run, immediately or gracefully. Both modes are terminal.
    Stop(StopRunParams),
}

#[cfg(feature = "runs")]
impl RunCommand {
    /// The `command` of this value, as it is on the wire.
    pub fn tag(&self) -> &str {
        match self {
            Self::Start { .. } => "start",
            Self::Execute { .. } => "execute",
            Self::Pause { .. } => "pause",
            Self::Resume { .. } => "resume",
            Self::Stop { .. } => "stop",
        }
    }
}

#[cfg(feature = "runs")]
impl ::std::convert::From<StartRunParams> for RunCommand {
    fn from(value: StartRunParams) -> Self {
        Self::Start(value)
    }
}

#[cfg(feature = "runs")]
impl ::std::convert::From<ExecuteRunParams> for RunCommand {
    fn from(value: ExecuteRunParams) -> Self {
        Self::Execute(value)
    }
}

#[cfg(feature = "runs")]
impl ::std::convert::From<StopRunParams> for RunCommand {
    fn from(value: StopRunParams) -> Self {
        Self::Stop(value)
    }
}

#[cfg(feature = "runs")]
impl<'de> ::serde::Deserialize<'de> for RunCommand {
    fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        use ::serde::de::Error as _;
        let mut map = <::serde_json::Map<
            ::std::string::String,
            ::serde_json::Value,
        > as ::serde::Deserialize>::deserialize(deserializer)?;
        let tag = match map.get("command") {
            Some(::serde_json::Value::String(tag)) => tag.clone(),
            Some(other) => {
                return Err(
                    D::Error::custom(
                        ::std::format_args!(
                            "`{}` must be a string, found {}", "command", other
                        ),
                    ),
                );
            }
            None => return Err(D::Error::missing_field("command")),
        };
        match tag.as_str() {
            "start" => {
                let payload = map
                    .remove("params")
                    .unwrap_or_else(|| ::serde_json::Value::Object(
                        ::serde_json::Map::new(),
                    ));
                ::serde_json::from_value(payload)
                    .map(Self::Start)
                    .map_err(|e| D::Error::custom(
                        ::std::format_args!("`{}: {}`: {}", "command", "start", e),
                    ))
            }
            "execute" => {
                let payload = map
                    .remove("params")
                    .unwrap_or_else(|| ::serde_json::Value::Object(
                        ::serde_json::Map::new(),
                    ));
                ::serde_json::from_value(payload)
                    .map(Self::Execute)
                    .map_err(|e| D::Error::custom(
                        ::std::format_args!("`{}: {}`: {}", "command", "execute", e),
                    ))
            }
            "pause" => {
                let payload = map
                    .remove("params")
                    .unwrap_or_else(|| ::serde_json::Value::Object(
                        ::serde_json::Map::new(),
                    ));
                ::serde_json::from_value(payload)
                    .map(Self::Pause)
                    .map_err(|e| D::Error::custom(
                        ::std::format_args!("`{}: {}`: {}", "command", "pause", e),
                    ))
            }
            "resume" => {
                let payload = map
                    .remove("params")
                    .unwrap_or_else(|| ::serde_json::Value::Object(
                        ::serde_json::Map::new(),
                    ));
                ::serde_json::from_value(payload)
                    .map(Self::Resume)
                    .map_err(|e| D::Error::custom(
                        ::std::format_args!("`{}: {}`: {}", "command", "resume", e),
                    ))
            }
            "stop" => {
                let payload = map
                    .remove("params")
                    .unwrap_or_else(|| ::serde_json::Value::Object(
                        ::serde_json::Map::new(),
                    ));
                ::serde_json::from_value(payload)
                    .map(Self::Stop)
                    .map_err(|e| D::Error::custom(
                        ::std::format_args!("`{}: {}`: {}", "command", "stop", e),
                    ))
            }
            other => {
                Err(
                    D::Error::unknown_variant(
                        other,
                        &["start", "execute", "pause", "resume", "stop"],
                    ),
                )
            }
        }
    }
}

#[cfg(feature = "runs")]
impl ::serde::Serialize for RunCommand {
    fn serialize<S>(&self, serializer: S) -> ::std::result::Result<S::Ok, S::Error>
    where
        S: ::serde::Serializer,
    {
        use ::serde::ser::Error as _;
        let mut map = ::serde_json::Map::new();
        match self {
            Self::Start(payload) => {
                map.insert("command".into(), "start".into());
                map.insert(
                    "params".into(),
                    ::serde_json::to_value(payload).map_err(S::Error::custom)?,
                );
            }
            Self::Execute(payload) => {
                map.insert("command".into(), "execute".into());
                map.insert(
                    "params".into(),
                    ::serde_json::to_value(payload).map_err(S::Error::custom)?,
                );
            }
            Self::Pause(payload) => {
                map.insert("command".into(), "pause".into());
                map.insert(
                    "params".into(),
                    ::serde_json::to_value(payload).map_err(S::Error::custom)?,
                );
            }
            Self::Resume(payload) => {
                map.insert("command".into(), "resume".into());
                map.insert(
                    "params".into(),
                    ::serde_json::to_value(payload).map_err(S::Error::custom)?,
                );
            }
            Self::Stop(payload) => {
                map.insert("command".into(), "stop".into());
                map.insert(
                    "params".into(),
                    ::serde_json::to_value(payload).map_err(S::Error::custom)?,
                );
            }
        }
        ::serde::Serialize::serialize(&map, serializer)
    }
}

#[cfg(any(feature = "events", feature = "runs"))]
impl FailureCode {
    /// The value as it is on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::McpToolFailed => "MCP_TOOL_FAILED",
            Self::LlmRequestFailed => "LLM_REQUEST_FAILED",
            Self::InsufficientCredits => "INSUFFICIENT_CREDITS",
            Self::RunStalledOrTimedOut => "RUN_STALLED_OR_TIMED_OUT",
            Self::RunStopped => "RUN_STOPPED",
            Self::DrainTimeout => "DRAIN_TIMEOUT",
            Self::HumanTaskFailed => "HUMAN_TASK_FAILED",
            Self::UpstreamError => "UPSTREAM_ERROR",
            Self::DependencyUnavailable => "DEPENDENCY_UNAVAILABLE",
            Self::Unknown(value) => value,
        }
    }
}

#[cfg(any(feature = "events", feature = "runs"))]
impl ::serde::Serialize for FailureCode {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

#[cfg(any(feature = "events", feature = "runs"))]
impl<'de> ::serde::Deserialize<'de> for FailureCode {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        let value = <::std::string::String as ::serde::Deserialize>::deserialize(
            deserializer,
        )?;
        Ok(
            match value.as_str() {
                "MCP_TOOL_FAILED" => Self::McpToolFailed,
                "LLM_REQUEST_FAILED" => Self::LlmRequestFailed,
                "INSUFFICIENT_CREDITS" => Self::InsufficientCredits,
                "RUN_STALLED_OR_TIMED_OUT" => Self::RunStalledOrTimedOut,
                "RUN_STOPPED" => Self::RunStopped,
                "DRAIN_TIMEOUT" => Self::DrainTimeout,
                "HUMAN_TASK_FAILED" => Self::HumanTaskFailed,
                "UPSTREAM_ERROR" => Self::UpstreamError,
                "DEPENDENCY_UNAVAILABLE" => Self::DependencyUnavailable,
                _ => Self::Unknown(value),
            },
        )
    }
}

#[cfg(any(feature = "events", feature = "runs"))]
impl RunStatus {
    /// The value as it is on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Pending => "pending",
            Self::Queued => "queued",
            Self::Starting => "starting",
            Self::Running => "running",
            Self::Paused => "paused",
            Self::Draining => "draining",
            Self::Completed => "completed",
            Self::Failed => "failed",
            Self::Stopped => "stopped",
            Self::Unknown(value) => value,
        }
    }
}

#[cfg(any(feature = "events", feature = "runs"))]
impl ::serde::Serialize for RunStatus {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

#[cfg(any(feature = "events", feature = "runs"))]
impl<'de> ::serde::Deserialize<'de> for RunStatus {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        let value = <::std::string::String as ::serde::Deserialize>::deserialize(
            deserializer,
        )?;
        Ok(
            match value.as_str() {
                "pending" => Self::Pending,
                "queued" => Self::Queued,
                "starting" => Self::Starting,
                "running" => Self::Running,
                "paused" => Self::Paused,
                "draining" => Self::Draining,
                "completed" => Self::Completed,
                "failed" => Self::Failed,
                "stopped" => Self::Stopped,
                _ => Self::Unknown(value),
            },
        )
    }
}

#[cfg(feature = "runs")]
impl SegmentExecutionResultOutcome {
    /// The value as it is on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Started => "started",
            Self::Skipped => "skipped",
            Self::Failed => "failed",
            Self::Unknown(value) => value,
        }
    }
}

#[cfg(feature = "runs")]
impl ::serde::Serialize for SegmentExecutionResultOutcome {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

#[cfg(feature = "runs")]
impl<'de> ::serde::Deserialize<'de> for SegmentExecutionResultOutcome {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        let value = <::std::string::String as ::serde::Deserialize>::deserialize(
            deserializer,
        )?;
        Ok(
            match value.as_str() {
                "started" => Self::Started,
                "skipped" => Self::Skipped,
                "failed" => Self::Failed,
                _ => Self::Unknown(value),
            },
        )
    }
}

#[cfg(feature = "runs")]
impl StepStatus {
    /// The value as it is on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Pending => "pending",
            Self::Running => "running",
            Self::Completed => "completed",
            Self::Skipped => "skipped",
            Self::Failed => "failed",
            Self::Cancelled => "cancelled",
            Self::Unknown(value) => value,
        }
    }
}

#[cfg(feature = "runs")]
impl ::serde::Serialize for StepStatus {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

#[cfg(feature = "runs")]
impl<'de> ::serde::Deserialize<'de> for StepStatus {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        let value = <::std::string::String as ::serde::Deserialize>::deserialize(
            deserializer,
        )?;
        Ok(
            match value.as_str() {
                "pending" => Self::Pending,
                "running" => Self::Running,
                "completed" => Self::Completed,
                "skipped" => Self::Skipped,
                "failed" => Self::Failed,
                "cancelled" => Self::Cancelled,
                _ => Self::Unknown(value),
            },
        )
    }
}

#[cfg(feature = "runs")]
impl StopMode {
    /// The value as it is on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Immediate => "immediate",
            Self::Graceful => "graceful",
            Self::Unknown(value) => value,
        }
    }
}

#[cfg(feature = "runs")]
impl ::serde::Serialize for StopMode {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

#[cfg(feature = "runs")]
impl<'de> ::serde::Deserialize<'de> for StopMode {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        let value = <::std::string::String as ::serde::Deserialize>::deserialize(
            deserializer,
        )?;
        Ok(
            match value.as_str() {
                "immediate" => Self::Immediate,
                "graceful" => Self::Graceful,
                _ => Self::Unknown(value),
            },
        )
    }
}

#[cfg(feature = "runs")]
impl crate::pagination::Page for RunPage {
    type Item = Run;

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

#[cfg(feature = "runs")]
impl crate::pagination::Page for WorkflowRunPage {
    type Item = Run;

    fn next_cursor(&self) -> ::std::option::Option<::std::string::String> {
        ::std::option::Option::None
    }

    fn total(&self) -> ::std::option::Option<u64> {
        u64::try_from(self.total).ok()
    }

    fn len(&self) -> usize {
        self.runs.len()
    }

    fn into_items(self) -> ::std::vec::Vec<Self::Item> {
        self.runs
    }
}

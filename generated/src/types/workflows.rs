// @generated types of the `workflows` area by agentruntime-generator 0.1.0. Do not edit by hand.
// Spec: spec/openapi.yaml (sha256 aab3041a7d360a69e58dfceca5f9a2bffcbf688e5ad868463978c58def134800), OpenAPI 3.1.0, API version 1.0.0.
// Regenerate: cargo xtask regen

#![allow(clippy::all, clippy::pedantic)]
#[allow(unused_imports)]
use super::*;

/// `agent_call`: run an agent turn. Its result may hand off to another step (`handoff`) or close
/// the episode (`done: true`). To run, the step needs `agent_id` and a non-empty `prompt` or
/// `input`.
#[cfg(feature = "workflows")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct AgentCallStep {
    /// The agent to run. Platform session workflows may have it injected per tenant at run start.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub agent_id: ::std::option::Option<::std::string::String>,
    /// The agent's input, an alternative to `prompt`; the docs name it but do not give its shape,
    /// so any JSON.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub input: ::std::option::Option<::serde_json::Value>,
    /// The agent's prompt; may contain templates (`Triage: {{foreach.item}}`).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub prompt: ::std::option::Option<::std::string::String>,
    /// Properties the spec does not name, kept as they were received (and sent back).
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}

#[cfg(feature = "workflows")]
impl AgentCallStep {
    /// A `AgentCallStep` with its required fields; the optional ones are set with the chained
    /// setters.
    pub fn new() -> Self {
        Self {
            agent_id: ::std::option::Option::None,
            input: ::std::option::Option::None,
            prompt: ::std::option::Option::None,
            extra: ::std::default::Default::default(),
        }
    }

    /// Sets `agent_id`: The agent to run. Platform session workflows may have it injected per
    /// tenant at run start.
    pub fn agent_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.agent_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `input`: The agent's input, an alternative to `prompt`; the docs name it but do not
    /// give its shape, so any JSON.
    pub fn input(
        mut self,
        value: impl ::std::convert::Into<::serde_json::Value>,
    ) -> Self {
        self.input = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `prompt`: The agent's prompt; may contain templates (`Triage: {{foreach.item}}`).
    pub fn prompt(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.prompt = ::std::option::Option::Some(value.into());
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

/// `external_agent`: call an agent outside AgentRuntime. Its contract is deployment-specific; the
/// docs only say its settings are nested under `config`.
#[cfg(feature = "workflows")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct ExternalAgentStep {
    /// The provider's settings; their shape is deployment-specific.
    #[serde(default, skip_serializing_if = "::serde_json::Map::is_empty")]
    #[serde(deserialize_with = "crate::lenient::null_as_default")]
    pub config: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    /// Properties the spec does not name, kept as they were received (and sent back).
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}

#[cfg(feature = "workflows")]
impl ExternalAgentStep {
    /// A `ExternalAgentStep` with its required fields; the optional ones are set with the chained
    /// setters.
    pub fn new() -> Self {
        Self {
            config: ::std::default::Default::default(),
            extra: ::std::default::Default::default(),
        }
    }

    /// Sets `config`: The provider's settings; their shape is deployment-specific.
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

/// What a failed item does to a `for_each` step: `fail_fast` fails the step (already scheduled
/// items are not undone), `continue_on_error` completes it with the failures counted; `pause` and
/// `human_review` are listed without further detail.
#[cfg(feature = "workflows")]
#[derive(Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[non_exhaustive]
pub enum ForEachErrorPolicy {
    /// `fail_fast`
    FailFast,
    /// `continue_on_error`
    ContinueOnError,
    /// `pause`
    Pause,
    /// `human_review`
    HumanReview,
    /// A value this version of the SDK does not know yet, kept as it was sent.
    Unknown(::std::string::String),
}

#[cfg(feature = "workflows")]
impl ::std::fmt::Display for ForEachErrorPolicy {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::FailFast => f.write_str("fail_fast"),
            Self::ContinueOnError => f.write_str("continue_on_error"),
            Self::Pause => f.write_str("pause"),
            Self::HumanReview => f.write_str("human_review"),
            Self::Unknown(value) => f.write_str(value),
        }
    }
}

#[cfg(feature = "workflows")]
impl ::std::str::FromStr for ForEachErrorPolicy {
    type Err = super::error::ConversionError;

    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, super::error::ConversionError> {
        match value {
            "fail_fast" => Ok(Self::FailFast),
            "continue_on_error" => Ok(Self::ContinueOnError),
            "pause" => Ok(Self::Pause),
            "human_review" => Ok(Self::HumanReview),
            _ => Err("invalid value".into()),
        }
    }
}

#[cfg(feature = "workflows")]
impl ::std::convert::TryFrom<&str> for ForEachErrorPolicy {
    type Error = super::error::ConversionError;

    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, super::error::ConversionError> {
        value.parse()
    }
}

#[cfg(feature = "workflows")]
impl ::std::convert::TryFrom<::std::string::String> for ForEachErrorPolicy {
    type Error = super::error::ConversionError;

    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, super::error::ConversionError> {
        value.parse()
    }
}

/// `for_each`: run an inline chain of steps once per list item, with bounded parallelism. To run,
/// the step needs `for_each_items` and a non-empty `for_each_body_steps` (the legacy
/// `for_each_body` is rejected). At most 500 items per invocation. Its result is `{count,
/// max_parallel, succeeded_count, failed_count, results}`.
#[cfg(feature = "workflows")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct ForEachStep {
    /// The chain run per item, in order: `lua_script`, `llm_call`, `mcp_call`, `agent_call` or
    /// `workflow_call` steps (no nested loops, no `no_auto_start`). Inner ids are unique within the
    /// parent and must not reuse a top-level id; inner `agent_call` steps run synchronously and
    /// take no part in handoffs.
    #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
    #[serde(deserialize_with = "crate::lenient::null_as_default")]
    pub for_each_body_steps: ::std::vec::Vec<crate::types::WorkflowStep>,
    /// `for_each_error_policy`: [`ForEachErrorPolicy`]. What a failed item does to a `for_each`
    /// step: `fail_fast` fails the step (already scheduled items are not undone),
    /// `continue_on_error` completes it with the failures counted; `pause` and `human_review` are
    /// listed without further detail.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub for_each_error_policy: ::std::option::Option<ForEachErrorPolicy>,
    /// Wall-clock cap of one item's chain, in seconds (at most 3600).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub for_each_item_timeout_s: ::std::option::Option<i32>,
    /// Template resolving to the list, e.g. `{{steps.gen.result.items}}`.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub for_each_items: ::std::option::Option<::std::string::String>,
    /// How many items run at once; 10 when absent, at most 100.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub for_each_max_parallel: ::std::option::Option<i32>,
    /// Properties the spec does not name, kept as they were received (and sent back).
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}

#[cfg(feature = "workflows")]
impl ForEachStep {
    /// A `ForEachStep` with its required fields; the optional ones are set with the chained
    /// setters.
    pub fn new() -> Self {
        Self {
            for_each_body_steps: ::std::default::Default::default(),
            for_each_error_policy: ::std::option::Option::None,
            for_each_item_timeout_s: ::std::option::Option::None,
            for_each_items: ::std::option::Option::None,
            for_each_max_parallel: ::std::option::Option::None,
            extra: ::std::default::Default::default(),
        }
    }

    /// Sets `for_each_body_steps`: The chain run per item, in order: `lua_script`, `llm_call`,
    /// `mcp_call`, `agent_call` or `workflow_call` steps (no nested loops, no `no_auto_start`).
    /// Inner ids are unique within the parent and must not reuse a top-level id; inner `agent_call`
    /// steps run synchronously and take no part in handoffs.
    pub fn for_each_body_steps(
        mut self,
        value: impl ::std::iter::IntoIterator<
            Item = impl ::std::convert::Into<crate::types::WorkflowStep>,
        >,
    ) -> Self {
        self.for_each_body_steps = value
            .into_iter()
            .map(::std::convert::Into::into)
            .collect();
        self
    }

    /// Sets `for_each_error_policy`.
    pub fn for_each_error_policy(
        mut self,
        value: impl ::std::convert::Into<ForEachErrorPolicy>,
    ) -> Self {
        self.for_each_error_policy = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `for_each_item_timeout_s`: Wall-clock cap of one item's chain, in seconds (at most
    /// 3600).
    pub fn for_each_item_timeout_s(
        mut self,
        value: impl ::std::convert::Into<i32>,
    ) -> Self {
        self.for_each_item_timeout_s = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `for_each_items`: Template resolving to the list, e.g. `{{steps.gen.result.items}}`.
    pub fn for_each_items(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.for_each_items = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `for_each_max_parallel`: How many items run at once; 10 when absent, at most 100.
    pub fn for_each_max_parallel(
        mut self,
        value: impl ::std::convert::Into<i32>,
    ) -> Self {
        self.for_each_max_parallel = ::std::option::Option::Some(value.into());
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

/// `human_task`: pause the run until a person approves, rejects or edits. The step's result is
/// `{approved, ...}` plus the `result` fields of the completion. To run, the step needs
/// `task_type`.
#[cfg(feature = "workflows")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct HumanTaskStep {
    /// What the reviewer sees in Command Center: title, description, fields to review, editable
    /// values. String values may be templates.
    #[serde(default, skip_serializing_if = "::serde_json::Map::is_empty")]
    #[serde(deserialize_with = "crate::lenient::null_as_default")]
    pub task_payload: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    /// Task category, for example `approval` or `edit`.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub task_type: ::std::option::Option<::std::string::String>,
    /// Properties the spec does not name, kept as they were received (and sent back).
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}

#[cfg(feature = "workflows")]
impl HumanTaskStep {
    /// A `HumanTaskStep` with its required fields; the optional ones are set with the chained
    /// setters.
    pub fn new() -> Self {
        Self {
            task_payload: ::std::default::Default::default(),
            task_type: ::std::option::Option::None,
            extra: ::std::default::Default::default(),
        }
    }

    /// Sets `task_payload`: What the reviewer sees in Command Center: title, description, fields to
    /// review, editable values. String values may be templates.
    ///
    /// # Panics
    ///
    /// When `value` is a JSON value other than an object (or `null`, the empty object).
    pub fn task_payload(
        mut self,
        value: impl ::std::convert::Into<crate::JsonObject>,
    ) -> Self {
        self.task_payload = value.into().expect_map("task_payload");
        self
    }

    /// Sets `task_type`: Task category, for example `approval` or `edit`.
    pub fn task_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.task_type = ::std::option::Option::Some(value.into());
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

/// `llm_call`: call a language model with a prompt. To run, the step needs `model` or `model_ref`,
/// and a non-empty `prompt`. Its result is `{model, text, tokens_in, tokens_out, latency_ms}`.
#[cfg(feature = "workflows")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct LlmCallStep {
    /// An explicit tenant or system API key from Providers to call the model with.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub llm_credential_id: ::std::option::Option<::std::string::String>,
    /// Whether `llm_credential_id` is a tenant or a system key. The docs give no wire values, so
    /// any string is accepted.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub llm_credential_scope: ::std::option::Option<::std::string::String>,
    /// Provider parameters (`temperature`, `max_tokens`, ...).
    #[serde(default, skip_serializing_if = "::serde_json::Map::is_empty")]
    #[serde(deserialize_with = "crate::lenient::null_as_default")]
    pub llm_params: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    /// Wire model name (`gpt-4o`); needed when `model_ref` is absent.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub model: ::std::option::Option<::std::string::String>,
    /// Providers catalog reference (`direct.openai.gpt-4o`), resolved against the workspace's
    /// provider keys at run time; needed when `model` is absent.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub model_ref: ::std::option::Option<::std::string::String>,
    /// Prompt text; may contain templates.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub prompt: ::std::option::Option<::std::string::String>,
    /// Properties the spec does not name, kept as they were received (and sent back).
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}

#[cfg(feature = "workflows")]
impl LlmCallStep {
    /// A `LlmCallStep` with its required fields; the optional ones are set with the chained
    /// setters.
    pub fn new() -> Self {
        Self {
            llm_credential_id: ::std::option::Option::None,
            llm_credential_scope: ::std::option::Option::None,
            llm_params: ::std::default::Default::default(),
            model: ::std::option::Option::None,
            model_ref: ::std::option::Option::None,
            prompt: ::std::option::Option::None,
            extra: ::std::default::Default::default(),
        }
    }

    /// Sets `llm_credential_id`: An explicit tenant or system API key from Providers to call the
    /// model with.
    pub fn llm_credential_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.llm_credential_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `llm_credential_scope`: Whether `llm_credential_id` is a tenant or a system key. The
    /// docs give no wire values, so any string is accepted.
    pub fn llm_credential_scope(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.llm_credential_scope = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `llm_params`: Provider parameters (`temperature`, `max_tokens`, ...).
    ///
    /// # Panics
    ///
    /// When `value` is a JSON value other than an object (or `null`, the empty object).
    pub fn llm_params(
        mut self,
        value: impl ::std::convert::Into<crate::JsonObject>,
    ) -> Self {
        self.llm_params = value.into().expect_map("llm_params");
        self
    }

    /// Sets `model`: Wire model name (`gpt-4o`); needed when `model_ref` is absent.
    pub fn model(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.model = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `model_ref`: Providers catalog reference (`direct.openai.gpt-4o`), resolved against the
    /// workspace's provider keys at run time; needed when `model` is absent.
    pub fn model_ref(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.model_ref = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `prompt`: Prompt text; may contain templates.
    pub fn prompt(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.prompt = ::std::option::Option::Some(value.into());
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

/// `lua_script`: run inline Lua to transform data. To run, the step needs a non-empty `script`.
#[cfg(feature = "workflows")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct LuaScriptStep {
    /// Lua source, at most 64 KiB (UTF-8); it must return a table (at most 1 MiB). It reads
    /// `input`, `steps`, `run` and `connection`, and in loop bodies `item`, `foreach`, `body` and
    /// `loop`; templates are not expanded in it. Default timeout 5 s, at most 30 s whatever
    /// `timeout_s` says.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub script: ::std::option::Option<::std::string::String>,
    /// Properties the spec does not name, kept as they were received (and sent back).
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}

#[cfg(feature = "workflows")]
impl LuaScriptStep {
    /// A `LuaScriptStep` with its required fields; the optional ones are set with the chained
    /// setters.
    pub fn new() -> Self {
        Self {
            script: ::std::option::Option::None,
            extra: ::std::default::Default::default(),
        }
    }

    /// Sets `script`: Lua source, at most 64 KiB (UTF-8); it must return a table (at most 1 MiB).
    /// It reads `input`, `steps`, `run` and `connection`, and in loop bodies `item`, `foreach`,
    /// `body` and `loop`; templates are not expanded in it. Default timeout 5 s, at most 30 s
    /// whatever `timeout_s` says.
    pub fn script(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.script = ::std::option::Option::Some(value.into());
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

/// `mcp_call`: call a tool on an MCP instance. To run, the step needs `tool_name` and a server the
/// engine can resolve (`instance_id` or `server_url`).
#[cfg(feature = "workflows")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct McpCallStep {
    /// `connection_resolution`: [`McpConnectionResolution`]. Whose connection an `mcp_call` step
    /// uses when a run has an `external_user_id`: `principal` the end user's, `workspace` the
    /// tenant's; `inherit` (or no value) the workspace's, unless the instance's template connection
    /// is principal-scoped.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub connection_resolution: ::std::option::Option<McpConnectionResolution>,
    /// The workspace's MCP instance (a UUID); the preferred binding for tenant runs. Studio sets it
    /// when an instance is picked.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub instance_id: ::std::option::Option<::std::string::String>,
    /// Connector catalog slug found by discovery. Not a credential.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub server_id: ::std::option::Option<::std::string::String>,
    /// Portable system `canonical_url` of the MCP server, for graphs shared across workspaces. At
    /// run start the engine resolves it to an instance of the workspace (and may create one);
    /// import maps it to an instance.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub server_url: ::std::option::Option<::std::string::String>,
    /// The tool's arguments as JSON; string values may be templates (`{{input.sku}}`).
    #[serde(default, skip_serializing_if = "::serde_json::Map::is_empty")]
    #[serde(deserialize_with = "crate::lenient::null_as_default")]
    pub tool_args: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    /// Tool to call on the server. Needed to run; a draft (and one cookbook sample) may lack it.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub tool_name: ::std::option::Option<::std::string::String>,
    /// Properties the spec does not name, kept as they were received (and sent back).
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}

#[cfg(feature = "workflows")]
impl McpCallStep {
    /// A `McpCallStep` with its required fields; the optional ones are set with the chained
    /// setters.
    pub fn new() -> Self {
        Self {
            connection_resolution: ::std::option::Option::None,
            instance_id: ::std::option::Option::None,
            server_id: ::std::option::Option::None,
            server_url: ::std::option::Option::None,
            tool_args: ::std::default::Default::default(),
            tool_name: ::std::option::Option::None,
            extra: ::std::default::Default::default(),
        }
    }

    /// Sets `connection_resolution`.
    pub fn connection_resolution(
        mut self,
        value: impl ::std::convert::Into<McpConnectionResolution>,
    ) -> Self {
        self.connection_resolution = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `instance_id`: The workspace's MCP instance (a UUID); the preferred binding for tenant
    /// runs. Studio sets it when an instance is picked.
    pub fn instance_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.instance_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `server_id`: Connector catalog slug found by discovery. Not a credential.
    pub fn server_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.server_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `server_url`: Portable system `canonical_url` of the MCP server, for graphs shared
    /// across workspaces. At run start the engine resolves it to an instance of the workspace (and
    /// may create one); import maps it to an instance.
    pub fn server_url(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.server_url = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `tool_args`: The tool's arguments as JSON; string values may be templates
    /// (`{{input.sku}}`).
    ///
    /// # Panics
    ///
    /// When `value` is a JSON value other than an object (or `null`, the empty object).
    pub fn tool_args(
        mut self,
        value: impl ::std::convert::Into<crate::JsonObject>,
    ) -> Self {
        self.tool_args = value.into().expect_map("tool_args");
        self
    }

    /// Sets `tool_name`: Tool to call on the server. Needed to run; a draft (and one cookbook
    /// sample) may lack it.
    pub fn tool_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.tool_name = ::std::option::Option::Some(value.into());
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

/// Whose connection an `mcp_call` step uses when a run has an `external_user_id`: `principal` the
/// end user's, `workspace` the tenant's; `inherit` (or no value) the workspace's, unless the
/// instance's template connection is principal-scoped. All steps on one instance should use the
/// same mode.
#[cfg(feature = "workflows")]
#[derive(Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[non_exhaustive]
pub enum McpConnectionResolution {
    /// `principal`
    Principal,
    /// `workspace`
    Workspace,
    /// `inherit`
    Inherit,
    /// A value this version of the SDK does not know yet, kept as it was sent.
    Unknown(::std::string::String),
}

#[cfg(feature = "workflows")]
impl ::std::fmt::Display for McpConnectionResolution {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Principal => f.write_str("principal"),
            Self::Workspace => f.write_str("workspace"),
            Self::Inherit => f.write_str("inherit"),
            Self::Unknown(value) => f.write_str(value),
        }
    }
}

#[cfg(feature = "workflows")]
impl ::std::str::FromStr for McpConnectionResolution {
    type Err = super::error::ConversionError;

    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, super::error::ConversionError> {
        match value {
            "principal" => Ok(Self::Principal),
            "workspace" => Ok(Self::Workspace),
            "inherit" => Ok(Self::Inherit),
            _ => Err("invalid value".into()),
        }
    }
}

#[cfg(feature = "workflows")]
impl ::std::convert::TryFrom<&str> for McpConnectionResolution {
    type Error = super::error::ConversionError;

    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, super::error::ConversionError> {
        value.parse()
    }
}

#[cfg(feature = "workflows")]
impl ::std::convert::TryFrom<::std::string::String> for McpConnectionResolution {
    type Error = super::error::ConversionError;

    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, super::error::ConversionError> {
        value.parse()
    }
}

/// Saved run-setup defaults of a workflow (`run_setup_json`). They pre-fill the Studio run form.
/// Trigger fires ignore them; API starts and inbound webhooks apply them only with the deprecated
/// `use_run_setup_defaults` flag.
#[cfg(feature = "workflows")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct RunSetup {
    /// Default shared run input, read by steps as `{{input.*}}`.
    #[serde(default, skip_serializing_if = "::serde_json::Map::is_empty")]
    #[serde(deserialize_with = "crate::lenient::null_as_default")]
    pub trigger_payload: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    /// Ids of the `no_auto_start` steps the run form grants entry to.
    #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
    #[serde(deserialize_with = "crate::lenient::null_as_default")]
    pub trigger_step_ids: ::std::vec::Vec<::std::string::String>,
    /// Default per-step input overlays, keyed by step id.
    #[serde(
        default,
        skip_serializing_if = ":: std :: collections :: BTreeMap::is_empty"
    )]
    #[serde(deserialize_with = "crate::lenient::null_as_default")]
    pub trigger_steps: ::std::collections::BTreeMap<
        ::std::string::String,
        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    >,
}

#[cfg(feature = "workflows")]
impl RunSetup {
    /// A `RunSetup` with its required fields; the optional ones are set with the chained setters.
    pub fn new() -> Self {
        Self {
            trigger_payload: ::std::default::Default::default(),
            trigger_step_ids: ::std::default::Default::default(),
            trigger_steps: ::std::default::Default::default(),
        }
    }

    /// Sets `trigger_payload`: Default shared run input, read by steps as `{{input.*}}`.
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

    /// Sets `trigger_step_ids`: Ids of the `no_auto_start` steps the run form grants entry to.
    pub fn trigger_step_ids(
        mut self,
        value: impl ::std::iter::IntoIterator<
            Item = impl ::std::convert::Into<::std::string::String>,
        >,
    ) -> Self {
        self.trigger_step_ids = value
            .into_iter()
            .map(::std::convert::Into::into)
            .collect();
        self
    }

    /// Sets `trigger_steps`: Default per-step input overlays, keyed by step id.
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
}

/// Body of `validate_workflow`. Only `graph` is required; the other fields add start input,
/// fixtures and mocks so more checks can run, or choose which checks run.
#[cfg(feature = "workflows")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ValidateWorkflowRequest {
    /// Assume placeholder outputs for steps without a mock instead of reporting them.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub assume_placeholder_outputs: ::std::option::Option<bool>,
    /// Check ids to run instead of the default set (`graph`, `graph_schema`, `dependencies`,
    /// `step_config`, `templates`, `lua_syntax`, `mcp_bindings`, `mcp_resolve`, `disabled_steps`,
    /// `input_schema`, `lua_fixture`, `tenantdata_upsert`, and `mapper_fixtures` when fixtures are
    /// given).
    #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
    #[serde(deserialize_with = "crate::lenient::null_as_default")]
    pub checks: ::std::vec::Vec<::std::string::String>,
    /// `graph`: [`WorkflowGraph`]. A workflow graph: the steps and their dependencies.
    pub graph: WorkflowGraph,
    /// Mapper fixtures; the `mapper_fixtures` check runs only when some are supplied.
    #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
    #[serde(deserialize_with = "crate::lenient::null_as_default")]
    pub mapper_fixtures: ::std::vec::Vec<
        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    >,
    /// Variables to expose to Lua scripts during the `lua_fixture` check.
    #[serde(default, skip_serializing_if = "::serde_json::Map::is_empty")]
    #[serde(deserialize_with = "crate::lenient::null_as_default")]
    pub mock_lua_scopes: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    /// Assumed results of upstream steps, keyed by step id, for template checks.
    #[serde(default, skip_serializing_if = "::serde_json::Map::is_empty")]
    #[serde(deserialize_with = "crate::lenient::null_as_default")]
    pub mock_step_outputs: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    /// `params`: [`WorkflowValidationParams`]. Start input to validate against, shaped like the
    /// `start` command's params.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub params: ::std::option::Option<WorkflowValidationParams>,
    /// Run input to validate templates against; an alternative to `params.trigger_payload`.
    #[serde(default, skip_serializing_if = "::serde_json::Map::is_empty")]
    #[serde(deserialize_with = "crate::lenient::null_as_default")]
    pub payload: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    /// Check ids to leave out of the set that would run.
    #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
    #[serde(deserialize_with = "crate::lenient::null_as_default")]
    pub skip_checks: ::std::vec::Vec<::std::string::String>,
    /// Limit step-level checks to these step ids.
    #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
    #[serde(deserialize_with = "crate::lenient::null_as_default")]
    pub step_ids: ::std::vec::Vec<::std::string::String>,
    /// `tenantdata_schema`: [`TenantDataLogicalSchema`]. The docs' Tenant Data logical schema
    /// (`{tables}`; logical-schema.schema.json).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub tenantdata_schema: ::std::option::Option<TenantDataLogicalSchema>,
}

#[cfg(feature = "workflows")]
impl ValidateWorkflowRequest {
    /// A `ValidateWorkflowRequest` with its required fields; the optional ones are set with the
    /// chained setters.
    ///
    /// - `graph`
    pub fn new(graph: impl ::std::convert::Into<WorkflowGraph>) -> Self {
        Self {
            graph: graph.into(),
            assume_placeholder_outputs: ::std::option::Option::None,
            checks: ::std::default::Default::default(),
            mapper_fixtures: ::std::default::Default::default(),
            mock_lua_scopes: ::std::default::Default::default(),
            mock_step_outputs: ::std::default::Default::default(),
            params: ::std::option::Option::None,
            payload: ::std::default::Default::default(),
            skip_checks: ::std::default::Default::default(),
            step_ids: ::std::default::Default::default(),
            tenantdata_schema: ::std::option::Option::None,
        }
    }

    /// Sets `assume_placeholder_outputs`: Assume placeholder outputs for steps without a mock
    /// instead of reporting them.
    pub fn assume_placeholder_outputs(
        mut self,
        value: impl ::std::convert::Into<bool>,
    ) -> Self {
        self.assume_placeholder_outputs = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `checks`: Check ids to run instead of the default set (`graph`, `graph_schema`,
    /// `dependencies`, `step_config`, `templates`, `lua_syntax`, `mcp_bindings`, `mcp_resolve`,
    /// `disabled_steps`, `input_schema`, `lua_fixture`, `tenantdata_upsert`, and `mapper_fixtures`
    /// when fixtures are given).
    pub fn checks(
        mut self,
        value: impl ::std::iter::IntoIterator<
            Item = impl ::std::convert::Into<::std::string::String>,
        >,
    ) -> Self {
        self.checks = value.into_iter().map(::std::convert::Into::into).collect();
        self
    }

    /// Sets `mapper_fixtures`: Mapper fixtures; the `mapper_fixtures` check runs only when some are
    /// supplied.
    pub fn mapper_fixtures(
        mut self,
        value: impl ::std::iter::IntoIterator<
            Item = impl ::std::convert::Into<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
            >,
        >,
    ) -> Self {
        self.mapper_fixtures = value
            .into_iter()
            .map(::std::convert::Into::into)
            .collect();
        self
    }

    /// Sets `mock_lua_scopes`: Variables to expose to Lua scripts during the `lua_fixture` check.
    ///
    /// # Panics
    ///
    /// When `value` is a JSON value other than an object (or `null`, the empty object).
    pub fn mock_lua_scopes(
        mut self,
        value: impl ::std::convert::Into<crate::JsonObject>,
    ) -> Self {
        self.mock_lua_scopes = value.into().expect_map("mock_lua_scopes");
        self
    }

    /// Sets `mock_step_outputs`: Assumed results of upstream steps, keyed by step id, for template
    /// checks.
    ///
    /// # Panics
    ///
    /// When `value` is a JSON value other than an object (or `null`, the empty object).
    pub fn mock_step_outputs(
        mut self,
        value: impl ::std::convert::Into<crate::JsonObject>,
    ) -> Self {
        self.mock_step_outputs = value.into().expect_map("mock_step_outputs");
        self
    }

    /// Sets `params`.
    pub fn params(
        mut self,
        value: impl ::std::convert::Into<WorkflowValidationParams>,
    ) -> Self {
        self.params = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `payload`: Run input to validate templates against; an alternative to
    /// `params.trigger_payload`.
    ///
    /// # Panics
    ///
    /// When `value` is a JSON value other than an object (or `null`, the empty object).
    pub fn payload(
        mut self,
        value: impl ::std::convert::Into<crate::JsonObject>,
    ) -> Self {
        self.payload = value.into().expect_map("payload");
        self
    }

    /// Sets `skip_checks`: Check ids to leave out of the set that would run.
    pub fn skip_checks(
        mut self,
        value: impl ::std::iter::IntoIterator<
            Item = impl ::std::convert::Into<::std::string::String>,
        >,
    ) -> Self {
        self.skip_checks = value.into_iter().map(::std::convert::Into::into).collect();
        self
    }

    /// Sets `step_ids`: Limit step-level checks to these step ids.
    pub fn step_ids(
        mut self,
        value: impl ::std::iter::IntoIterator<
            Item = impl ::std::convert::Into<::std::string::String>,
        >,
    ) -> Self {
        self.step_ids = value.into_iter().map(::std::convert::Into::into).collect();
        self
    }

    /// Sets `tenantdata_schema`.
    pub fn tenantdata_schema(
        mut self,
        value: impl ::std::convert::Into<TenantDataLogicalSchema>,
    ) -> Self {
        self.tenantdata_schema = ::std::option::Option::Some(value.into());
        self
    }
}

/// Outcome of one validation check.
#[cfg(feature = "workflows")]
#[derive(Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[non_exhaustive]
pub enum ValidationCheckStatus {
    /// `passed`
    Passed,
    /// `failed`
    Failed,
    /// `blocked`
    Blocked,
    /// `not_applicable`
    NotApplicable,
    /// A value this version of the SDK does not know yet, kept as it was sent.
    Unknown(::std::string::String),
}

#[cfg(feature = "workflows")]
impl ::std::fmt::Display for ValidationCheckStatus {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Passed => f.write_str("passed"),
            Self::Failed => f.write_str("failed"),
            Self::Blocked => f.write_str("blocked"),
            Self::NotApplicable => f.write_str("not_applicable"),
            Self::Unknown(value) => f.write_str(value),
        }
    }
}

#[cfg(feature = "workflows")]
impl ::std::str::FromStr for ValidationCheckStatus {
    type Err = super::error::ConversionError;

    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, super::error::ConversionError> {
        match value {
            "passed" => Ok(Self::Passed),
            "failed" => Ok(Self::Failed),
            "blocked" => Ok(Self::Blocked),
            "not_applicable" => Ok(Self::NotApplicable),
            _ => Err("invalid value".into()),
        }
    }
}

#[cfg(feature = "workflows")]
impl ::std::convert::TryFrom<&str> for ValidationCheckStatus {
    type Error = super::error::ConversionError;

    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, super::error::ConversionError> {
        value.parse()
    }
}

#[cfg(feature = "workflows")]
impl ::std::convert::TryFrom<::std::string::String> for ValidationCheckStatus {
    type Error = super::error::ConversionError;

    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, super::error::ConversionError> {
        value.parse()
    }
}

/// One finding of a validation.
#[cfg(feature = "workflows")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ValidationIssue {
    /// Machine-readable finding, for example `template_unresolved`, `template_missing_dependency`,
    /// `for_each_items_unresolved`, `for_each_items_invalid`, `mcp_connection_resolution_conflict`,
    /// `mcp_connection_resolution_principal`, `connection_root_multi_instance`,
    /// `input_resolver_no_model`, `graph_schema_validation`, `mcp_tool_input_schema_unavailable`,
    /// `mcp_tool_arg_deferred`, `tenantdata_schema_unavailable`,
    /// `tenantdata_upsert_column_missing`, `tenantdata_rows_untraced`, `lua_fixture_return_type`,
    /// `lua_fixture_runtime`, `mapper_fixture_failed`, `episode_c3_spine_without_close`.
    pub code: ::std::string::String,
    /// Whether the finding has a mechanical fix.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub fixable: ::std::option::Option<bool>,
    /// JSON path of the offending value in the graph.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub json_path: ::std::option::Option<::std::string::String>,
    /// Human-readable explanation.
    pub message: ::std::string::String,
    /// Reference into the workflow-graph JSON Schema that the value violates.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub schema_ref: ::std::option::Option<::std::string::String>,
    /// How serious the finding is: `error` fails validation (`valid: false`); `warning` needs
    /// review and may block readiness (dry-run.md issue table; validation.md).
    pub severity: ValidationIssueSeverity,
    /// The step the finding is about; null for graph-level findings.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub step_id: ::std::option::Option<::std::string::String>,
    /// How to fix it.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub suggestion: ::std::option::Option<::std::string::String>,
}

/// How serious the finding is: `error` fails validation (`valid: false`); `warning` needs review
/// and may block readiness (dry-run.md issue table; validation.md).
#[cfg(feature = "workflows")]
#[derive(Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[non_exhaustive]
pub enum ValidationIssueSeverity {
    /// `error`
    Error,
    /// `warning`
    Warning,
    /// A value this version of the SDK does not know yet, kept as it was sent.
    Unknown(::std::string::String),
}

#[cfg(feature = "workflows")]
impl ::std::fmt::Display for ValidationIssueSeverity {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Error => f.write_str("error"),
            Self::Warning => f.write_str("warning"),
            Self::Unknown(value) => f.write_str(value),
        }
    }
}

#[cfg(feature = "workflows")]
impl ::std::str::FromStr for ValidationIssueSeverity {
    type Err = super::error::ConversionError;

    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, super::error::ConversionError> {
        match value {
            "error" => Ok(Self::Error),
            "warning" => Ok(Self::Warning),
            _ => Err("invalid value".into()),
        }
    }
}

#[cfg(feature = "workflows")]
impl ::std::convert::TryFrom<&str> for ValidationIssueSeverity {
    type Error = super::error::ConversionError;

    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, super::error::ConversionError> {
        value.parse()
    }
}

#[cfg(feature = "workflows")]
impl ::std::convert::TryFrom<::std::string::String> for ValidationIssueSeverity {
    type Error = super::error::ConversionError;

    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, super::error::ConversionError> {
        value.parse()
    }
}

/// `until` stops the loop when the condition is true; `while` continues while it is true (stops
/// when false).
#[cfg(feature = "workflows")]
#[derive(Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[non_exhaustive]
pub enum WhileMode {
    /// `until`
    Until,
    /// `while`
    While,
    /// A value this version of the SDK does not know yet, kept as it was sent.
    Unknown(::std::string::String),
}

#[cfg(feature = "workflows")]
impl ::std::fmt::Display for WhileMode {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Until => f.write_str("until"),
            Self::While => f.write_str("while"),
            Self::Unknown(value) => f.write_str(value),
        }
    }
}

#[cfg(feature = "workflows")]
impl ::std::str::FromStr for WhileMode {
    type Err = super::error::ConversionError;

    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, super::error::ConversionError> {
        match value {
            "until" => Ok(Self::Until),
            "while" => Ok(Self::While),
            _ => Err("invalid value".into()),
        }
    }
}

#[cfg(feature = "workflows")]
impl ::std::convert::TryFrom<&str> for WhileMode {
    type Error = super::error::ConversionError;

    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, super::error::ConversionError> {
        value.parse()
    }
}

#[cfg(feature = "workflows")]
impl ::std::convert::TryFrom<::std::string::String> for WhileMode {
    type Error = super::error::ConversionError;

    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, super::error::ConversionError> {
        value.parse()
    }
}

/// `while`: repeat an inline chain of steps until a condition stops it or `while_max_iterations` is
/// reached. The body runs before each evaluation, the first included. To run, the step needs
/// `while_mode`, `while_max_iterations`, a non-empty `while_body_steps`, and `while_condition` or
/// `while_eval_script`. Its result is `{iteration_count, max_iterations, stopped_reason, last,
/// iterations}`.
#[cfg(feature = "workflows")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct WhileStep {
    /// The chain run per iteration, in order; the same step types and rules as
    /// `for_each_body_steps`.
    #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
    #[serde(deserialize_with = "crate::lenient::null_as_default")]
    pub while_body_steps: ::std::vec::Vec<crate::types::WorkflowStep>,
    /// Template evaluating to a boolean, e.g. `{{body.score.pass}}`.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub while_condition: ::std::option::Option<::std::string::String>,
    /// Lua returning `{pass = true|false}` (or `result` when `pass` is absent); wins over
    /// `while_condition` when both are set.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub while_eval_script: ::std::option::Option<::std::string::String>,
    /// Wall-clock cap of one iteration's chain, in seconds (at most 3600).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub while_iteration_timeout_s: ::std::option::Option<i32>,
    /// Hard cap on iterations, at least 1 (required by the docs to run).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub while_max_iterations: ::std::option::Option<i32>,
    /// `while_mode`: [`WhileMode`]. `until` stops the loop when the condition is true; `while`
    /// continues while it is true (stops when false).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub while_mode: ::std::option::Option<WhileMode>,
    /// Properties the spec does not name, kept as they were received (and sent back).
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}

#[cfg(feature = "workflows")]
impl WhileStep {
    /// A `WhileStep` with its required fields; the optional ones are set with the chained setters.
    pub fn new() -> Self {
        Self {
            while_body_steps: ::std::default::Default::default(),
            while_condition: ::std::option::Option::None,
            while_eval_script: ::std::option::Option::None,
            while_iteration_timeout_s: ::std::option::Option::None,
            while_max_iterations: ::std::option::Option::None,
            while_mode: ::std::option::Option::None,
            extra: ::std::default::Default::default(),
        }
    }

    /// Sets `while_body_steps`: The chain run per iteration, in order; the same step types and
    /// rules as `for_each_body_steps`.
    pub fn while_body_steps(
        mut self,
        value: impl ::std::iter::IntoIterator<
            Item = impl ::std::convert::Into<crate::types::WorkflowStep>,
        >,
    ) -> Self {
        self.while_body_steps = value
            .into_iter()
            .map(::std::convert::Into::into)
            .collect();
        self
    }

    /// Sets `while_condition`: Template evaluating to a boolean, e.g. `{{body.score.pass}}`.
    pub fn while_condition(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.while_condition = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `while_eval_script`: Lua returning `{pass = true|false}` (or `result` when `pass` is
    /// absent); wins over `while_condition` when both are set.
    pub fn while_eval_script(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.while_eval_script = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `while_iteration_timeout_s`: Wall-clock cap of one iteration's chain, in seconds (at
    /// most 3600).
    pub fn while_iteration_timeout_s(
        mut self,
        value: impl ::std::convert::Into<i32>,
    ) -> Self {
        self.while_iteration_timeout_s = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `while_max_iterations`: Hard cap on iterations, at least 1 (required by the docs to
    /// run).
    pub fn while_max_iterations(
        mut self,
        value: impl ::std::convert::Into<i32>,
    ) -> Self {
        self.while_max_iterations = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `while_mode`.
    pub fn while_mode(mut self, value: impl ::std::convert::Into<WhileMode>) -> Self {
        self.while_mode = ::std::option::Option::Some(value.into());
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

/// A workflow: its identity, lifecycle status and current draft graph. Runs execute a published
/// version (`WorkflowVersion`), never this draft graph.
#[cfg(feature = "workflows")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct Workflow {
    /// When the workflow was archived; null unless `status` is `archived`.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub archived_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
    /// Id of the user who archived the workflow.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub archived_by: ::std::option::Option<::std::string::String>,
    /// When the workflow was created.
    pub created_at: ::chrono::DateTime<::chrono::offset::Utc>,
    /// Id of the user who created the workflow.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub created_by: ::std::option::Option<::std::string::String>,
    /// Free-text description.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub description: ::std::option::Option<::std::string::String>,
    /// `graph`: [`WorkflowGraph`]. A workflow graph: the steps and their dependencies.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub graph: ::std::option::Option<WorkflowGraph>,
    /// Workflow id (a UUID).
    pub id: ::std::string::String,
    /// Name of the workflow.
    pub name: ::std::string::String,
    /// Project the workflow belongs to.
    pub project_id: ::std::string::String,
    /// `run_setup_json`: [`RunSetup`]. Saved run-setup defaults of a workflow (`run_setup_json`).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub run_setup_json: ::std::option::Option<RunSetup>,
    /// `status`: [`WorkflowStatus`]. Lifecycle status of a workflow.
    pub status: WorkflowStatus,
    /// Workspace (tenant) slug the workflow belongs to.
    pub tenant_id: ::std::string::String,
    /// When the workflow was last changed.
    pub updated_at: ::chrono::DateTime<::chrono::offset::Utc>,
    /// Id of the user who last changed the workflow.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub updated_by: ::std::option::Option<::std::string::String>,
}

/// `workflow_call` (a Sub-workflow in Studio): start a run of a published child workflow. To run,
/// the step needs `workflow_id`. Waiting for the child, passing the parent's input on, and choosing
/// the child's output are documented as Studio options without their field names; such fields are
/// kept as they are.
#[cfg(feature = "workflows")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct WorkflowCallStep {
    /// The child run's input, keyed by the child's input names; values are templates and may use
    /// pipe modifiers (`{{input.q | omit}}`, defaults, coalescing).
    #[serde(default, skip_serializing_if = "::serde_json::Map::is_empty")]
    #[serde(deserialize_with = "crate::lenient::null_as_default")]
    pub input: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    /// Id of the published child workflow (not the parent's own id).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub workflow_id: ::std::option::Option<::std::string::String>,
    /// Properties the spec does not name, kept as they were received (and sent back).
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}

#[cfg(feature = "workflows")]
impl WorkflowCallStep {
    /// A `WorkflowCallStep` with its required fields; the optional ones are set with the chained
    /// setters.
    pub fn new() -> Self {
        Self {
            input: ::std::default::Default::default(),
            workflow_id: ::std::option::Option::None,
            extra: ::std::default::Default::default(),
        }
    }

    /// Sets `input`: The child run's input, keyed by the child's input names; values are templates
    /// and may use pipe modifiers (`{{input.q | omit}}`, defaults, coalescing).
    ///
    /// # Panics
    ///
    /// When `value` is a JSON value other than an object (or `null`, the empty object).
    pub fn input(mut self, value: impl ::std::convert::Into<crate::JsonObject>) -> Self {
        self.input = value.into().expect_map("input");
        self
    }

    /// Sets `workflow_id`: Id of the published child workflow (not the parent's own id).
    pub fn workflow_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.workflow_id = ::std::option::Option::Some(value.into());
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

/// Which connection one MCP instance uses in this workflow.
#[cfg(feature = "workflows")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct WorkflowConnectionOverride {
    /// Id of the connection the instance uses in this workflow.
    pub connection_id: ::std::string::String,
    /// Id of the MCP instance.
    pub instance_id: ::std::string::String,
}

#[cfg(feature = "workflows")]
impl WorkflowConnectionOverride {
    /// A `WorkflowConnectionOverride` with its required fields; the optional ones are set with the
    /// chained setters.
    ///
    /// - `instance_id`: Id of the MCP instance.
    /// - `connection_id`: Id of the connection the instance uses in this workflow.
    pub fn new(
        instance_id: impl ::std::convert::Into<::std::string::String>,
        connection_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            instance_id: instance_id.into(),
            connection_id: connection_id.into(),
        }
    }
}

/// Every connection override of a workflow, `{"overrides": [...]}` as the earlier docs revision
/// shows it; not paginated.
#[cfg(feature = "workflows")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct WorkflowConnectionOverrideList {
    /// The workflow's overrides, one per MCP instance.
    #[serde(deserialize_with = "crate::lenient::null_as_default")]
    pub overrides: ::std::vec::Vec<WorkflowConnectionOverride>,
}

/// Body of `replace_connection_overrides`; the complete new override list.
#[cfg(feature = "workflows")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct WorkflowConnectionOverridesReplace {
    /// Every override the workflow should have; an empty list removes them all.
    #[serde(deserialize_with = "crate::lenient::null_as_default")]
    pub overrides: ::std::vec::Vec<WorkflowConnectionOverride>,
}

#[cfg(feature = "workflows")]
impl WorkflowConnectionOverridesReplace {
    /// A `WorkflowConnectionOverridesReplace` with its required fields; the optional ones are set
    /// with the chained setters.
    ///
    /// - `overrides`: Every override the workflow should have; an empty list removes them all.
    pub fn new(
        overrides: impl ::std::iter::IntoIterator<
            Item = impl ::std::convert::Into<WorkflowConnectionOverride>,
        >,
    ) -> Self {
        Self {
            overrides: overrides.into_iter().map(::std::convert::Into::into).collect(),
        }
    }
}

/// Acknowledgement of `replace_connection_overrides`.
#[cfg(feature = "workflows")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct WorkflowConnectionOverridesStatus {
    /// Always `ok`.
    pub status: WorkflowConnectionOverridesStatusStatus,
}

/// Always `ok`.
#[cfg(feature = "workflows")]
#[derive(Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[non_exhaustive]
pub enum WorkflowConnectionOverridesStatusStatus {
    /// `ok`
    Ok,
    /// A value this version of the SDK does not know yet, kept as it was sent.
    Unknown(::std::string::String),
}

#[cfg(feature = "workflows")]
impl ::std::fmt::Display for WorkflowConnectionOverridesStatusStatus {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Ok => f.write_str("ok"),
            Self::Unknown(value) => f.write_str(value),
        }
    }
}

#[cfg(feature = "workflows")]
impl ::std::str::FromStr for WorkflowConnectionOverridesStatusStatus {
    type Err = super::error::ConversionError;

    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, super::error::ConversionError> {
        match value {
            "ok" => Ok(Self::Ok),
            _ => Err("invalid value".into()),
        }
    }
}

#[cfg(feature = "workflows")]
impl ::std::convert::TryFrom<&str> for WorkflowConnectionOverridesStatusStatus {
    type Error = super::error::ConversionError;

    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, super::error::ConversionError> {
        value.parse()
    }
}

#[cfg(feature = "workflows")]
impl ::std::convert::TryFrom<::std::string::String>
for WorkflowConnectionOverridesStatusStatus {
    type Error = super::error::ConversionError;

    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, super::error::ConversionError> {
        value.parse()
    }
}

/// Body of `create_workflow`.
#[cfg(feature = "workflows")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct WorkflowCreate {
    /// Free-text description.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub description: ::std::option::Option<::std::string::String>,
    /// `graph`: [`WorkflowGraph`]. A workflow graph: the steps and their dependencies.
    pub graph: WorkflowGraph,
    /// Name of the workflow.
    pub name: ::std::string::String,
}

#[cfg(feature = "workflows")]
impl WorkflowCreate {
    /// A `WorkflowCreate` with its required fields; the optional ones are set with the chained
    /// setters.
    ///
    /// - `name`: Name of the workflow.
    /// - `graph`
    pub fn new(
        name: impl ::std::convert::Into<::std::string::String>,
        graph: impl ::std::convert::Into<WorkflowGraph>,
    ) -> Self {
        Self {
            name: name.into(),
            graph: graph.into(),
            description: ::std::option::Option::None,
        }
    }

    /// Sets `description`: Free-text description.
    pub fn description(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.description = ::std::option::Option::Some(value.into());
        self
    }
}

/// A workflow graph: the steps and their dependencies. The full, authoritative shape is the
/// published JSON Schema at <https://agentruntime.io/schemas/workflow-graph.schema.json>; this spec
/// types the envelope, the fields common to every step and the documented fields of each step type
/// (`WorkflowStep`). Cookbook samples also carry `tenant_id`, `workflow_id` and `params` next to
/// `steps`; those are accepted as extra properties.
#[cfg(feature = "workflows")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct WorkflowGraph {
    /// Optional declaration of the run input the graph expects. The docs show it both as a JSON
    /// Schema object and as an array of `{name, type, optional}` entries, so any JSON is accepted.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub input_schema: ::std::option::Option<::serde_json::Value>,
    /// The steps of the graph, in any order; `depends_on` defines the order.
    #[serde(deserialize_with = "crate::lenient::null_as_default")]
    pub steps: ::std::vec::Vec<crate::types::WorkflowStep>,
    /// Properties the spec does not name, kept as they were received (and sent back).
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}

#[cfg(feature = "workflows")]
impl WorkflowGraph {
    /// A `WorkflowGraph` with its required fields; the optional ones are set with the chained
    /// setters.
    ///
    /// - `steps`: The steps of the graph, in any order; `depends_on` defines the order.
    pub fn new(
        steps: impl ::std::iter::IntoIterator<
            Item = impl ::std::convert::Into<crate::types::WorkflowStep>,
        >,
    ) -> Self {
        Self {
            steps: steps.into_iter().map(::std::convert::Into::into).collect(),
            input_schema: ::std::option::Option::None,
            extra: ::std::default::Default::default(),
        }
    }

    /// Sets `input_schema`: Optional declaration of the run input the graph expects. The docs show
    /// it both as a JSON Schema object and as an array of `{name, type, optional}` entries, so any
    /// JSON is accepted.
    pub fn input_schema(
        mut self,
        value: impl ::std::convert::Into<::serde_json::Value>,
    ) -> Self {
        self.input_schema = ::std::option::Option::Some(value.into());
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

/// Every workflow of the project, as the site document's `GET /api/v1/workflows` shows it:
/// `{"workflows": [...]}`, not paginated.
#[cfg(feature = "workflows")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct WorkflowList {
    /// The workflows, most recently updated first.
    #[serde(deserialize_with = "crate::lenient::null_as_default")]
    pub workflows: ::std::vec::Vec<Workflow>,
}

/// Lifecycle status of a workflow. `draft` is editable; `published` has at least one published
/// version; `archived` was deleted with `archive_workflow` and is kept for run history.
#[cfg(feature = "workflows")]
#[derive(Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[non_exhaustive]
pub enum WorkflowStatus {
    /// `draft`
    Draft,
    /// `published`
    Published,
    /// `archived`
    Archived,
    /// A value this version of the SDK does not know yet, kept as it was sent.
    Unknown(::std::string::String),
}

#[cfg(feature = "workflows")]
impl ::std::fmt::Display for WorkflowStatus {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Draft => f.write_str("draft"),
            Self::Published => f.write_str("published"),
            Self::Archived => f.write_str("archived"),
            Self::Unknown(value) => f.write_str(value),
        }
    }
}

#[cfg(feature = "workflows")]
impl ::std::str::FromStr for WorkflowStatus {
    type Err = super::error::ConversionError;

    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, super::error::ConversionError> {
        match value {
            "draft" => Ok(Self::Draft),
            "published" => Ok(Self::Published),
            "archived" => Ok(Self::Archived),
            _ => Err("invalid value".into()),
        }
    }
}

#[cfg(feature = "workflows")]
impl ::std::convert::TryFrom<&str> for WorkflowStatus {
    type Error = super::error::ConversionError;

    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, super::error::ConversionError> {
        value.parse()
    }
}

#[cfg(feature = "workflows")]
impl ::std::convert::TryFrom<::std::string::String> for WorkflowStatus {
    type Error = super::error::ConversionError;

    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, super::error::ConversionError> {
        value.parse()
    }
}

/// Step type, the tag of `WorkflowStep`. The legacy types `condition`, `parallel` and `sequence`
/// were removed from the engine.
#[derive(Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[non_exhaustive]
pub enum WorkflowStepType {
    /// `mcp_call`
    McpCall,
    /// `llm_call`
    LlmCall,
    /// `human_task`
    HumanTask,
    /// `lua_script`
    LuaScript,
    /// `for_each`
    ForEach,
    /// `while`
    While,
    /// `agent_call`
    AgentCall,
    /// `workflow_call`
    WorkflowCall,
    /// `external_agent`
    ExternalAgent,
    /// A value this version of the SDK does not know yet, kept as it was sent.
    Unknown(::std::string::String),
}

impl ::std::fmt::Display for WorkflowStepType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::McpCall => f.write_str("mcp_call"),
            Self::LlmCall => f.write_str("llm_call"),
            Self::HumanTask => f.write_str("human_task"),
            Self::LuaScript => f.write_str("lua_script"),
            Self::ForEach => f.write_str("for_each"),
            Self::While => f.write_str("while"),
            Self::AgentCall => f.write_str("agent_call"),
            Self::WorkflowCall => f.write_str("workflow_call"),
            Self::ExternalAgent => f.write_str("external_agent"),
            Self::Unknown(value) => f.write_str(value),
        }
    }
}

impl ::std::str::FromStr for WorkflowStepType {
    type Err = super::error::ConversionError;

    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, super::error::ConversionError> {
        match value {
            "mcp_call" => Ok(Self::McpCall),
            "llm_call" => Ok(Self::LlmCall),
            "human_task" => Ok(Self::HumanTask),
            "lua_script" => Ok(Self::LuaScript),
            "for_each" => Ok(Self::ForEach),
            "while" => Ok(Self::While),
            "agent_call" => Ok(Self::AgentCall),
            "workflow_call" => Ok(Self::WorkflowCall),
            "external_agent" => Ok(Self::ExternalAgent),
            _ => Err("invalid value".into()),
        }
    }
}

impl ::std::convert::TryFrom<&str> for WorkflowStepType {
    type Error = super::error::ConversionError;

    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, super::error::ConversionError> {
        value.parse()
    }
}

impl ::std::convert::TryFrom<::std::string::String> for WorkflowStepType {
    type Error = super::error::ConversionError;

    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, super::error::ConversionError> {
        value.parse()
    }
}

/// Body of `update_workflow`. Every field is optional; fields left out keep their values.
#[cfg(feature = "workflows")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct WorkflowUpdate {
    /// New description.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub description: ::std::option::Option<::std::string::String>,
    /// `graph`: [`WorkflowGraph`]. A workflow graph: the steps and their dependencies.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub graph: ::std::option::Option<WorkflowGraph>,
    /// New name.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
    /// `run_setup_json`: [`RunSetup`]. Saved run-setup defaults of a workflow (`run_setup_json`).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub run_setup_json: ::std::option::Option<RunSetup>,
}

#[cfg(feature = "workflows")]
impl WorkflowUpdate {
    /// A `WorkflowUpdate` with its required fields; the optional ones are set with the chained
    /// setters.
    pub fn new() -> Self {
        Self {
            description: ::std::option::Option::None,
            graph: ::std::option::Option::None,
            name: ::std::option::Option::None,
            run_setup_json: ::std::option::Option::None,
        }
    }

    /// Sets `description`: New description.
    pub fn description(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.description = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `graph`.
    pub fn graph(mut self, value: impl ::std::convert::Into<WorkflowGraph>) -> Self {
        self.graph = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `name`: New name.
    pub fn name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.name = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `run_setup_json`.
    pub fn run_setup_json(mut self, value: impl ::std::convert::Into<RunSetup>) -> Self {
        self.run_setup_json = ::std::option::Option::Some(value.into());
        self
    }
}

/// Result of a static validation (dry-run). `valid: false` with `issues` is a normal result, not an
/// error.
#[cfg(feature = "workflows")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct WorkflowValidation {
    /// Ids of the checks that block readiness; empty when `readiness` is `ready`.
    #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
    #[serde(deserialize_with = "crate::lenient::null_as_default")]
    pub blockers: ::std::vec::Vec<::std::string::String>,
    /// Outcome per check, keyed by check id.
    #[serde(
        default,
        skip_serializing_if = ":: std :: collections :: BTreeMap::is_empty"
    )]
    #[serde(deserialize_with = "crate::lenient::null_as_default")]
    pub check_results: ::std::collections::BTreeMap<
        ::std::string::String,
        ValidationCheckStatus,
    >,
    /// Ids of the checks that ran.
    #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
    #[serde(deserialize_with = "crate::lenient::null_as_default")]
    pub checks_performed: ::std::vec::Vec<::std::string::String>,
    /// Every finding, errors and warnings alike.
    #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
    #[serde(deserialize_with = "crate::lenient::null_as_default")]
    pub issues: ::std::vec::Vec<ValidationIssue>,
    /// Whether the graph is ready to run (`ready`) or something blocks it (`blocked`).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub readiness: ::std::option::Option<WorkflowValidationReadiness>,
    /// Step ids in an order that satisfies every `depends_on`.
    #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
    #[serde(deserialize_with = "crate::lenient::null_as_default")]
    pub topological_order: ::std::vec::Vec<::std::string::String>,
    /// True when no check found an error.
    pub valid: bool,
    /// `validation_evidence`: [`WorkflowValidationEvidence`]. What was validated, and when.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub validation_evidence: ::std::option::Option<WorkflowValidationEvidence>,
}

/// What was validated, and when. The BFF stores the result under `(workflow_id, graph_hash)`.
#[cfg(feature = "workflows")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct WorkflowValidationEvidence {
    /// Ids of the checks that ran.
    #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
    #[serde(deserialize_with = "crate::lenient::null_as_default")]
    pub checks_performed: ::std::vec::Vec<::std::string::String>,
    /// Hash of the validated graph; pass it to `get_latest_graph_dry_run`.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub graph_hash: ::std::option::Option<::std::string::String>,
    /// Readiness at validation time.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub readiness: ::std::option::Option<WorkflowValidationEvidenceReadiness>,
    /// When the validation ran.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub validated_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
    /// Hash of the workflow-graph JSON Schema the graph was checked against.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub workflow_graph_schema_hash: ::std::option::Option<::std::string::String>,
}

/// Readiness at validation time.
#[cfg(feature = "workflows")]
#[derive(Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[non_exhaustive]
pub enum WorkflowValidationEvidenceReadiness {
    /// `ready`
    Ready,
    /// `blocked`
    Blocked,
    /// A value this version of the SDK does not know yet, kept as it was sent.
    Unknown(::std::string::String),
}

#[cfg(feature = "workflows")]
impl ::std::fmt::Display for WorkflowValidationEvidenceReadiness {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Ready => f.write_str("ready"),
            Self::Blocked => f.write_str("blocked"),
            Self::Unknown(value) => f.write_str(value),
        }
    }
}

#[cfg(feature = "workflows")]
impl ::std::str::FromStr for WorkflowValidationEvidenceReadiness {
    type Err = super::error::ConversionError;

    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, super::error::ConversionError> {
        match value {
            "ready" => Ok(Self::Ready),
            "blocked" => Ok(Self::Blocked),
            _ => Err("invalid value".into()),
        }
    }
}

#[cfg(feature = "workflows")]
impl ::std::convert::TryFrom<&str> for WorkflowValidationEvidenceReadiness {
    type Error = super::error::ConversionError;

    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, super::error::ConversionError> {
        value.parse()
    }
}

#[cfg(feature = "workflows")]
impl ::std::convert::TryFrom<::std::string::String>
for WorkflowValidationEvidenceReadiness {
    type Error = super::error::ConversionError;

    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, super::error::ConversionError> {
        value.parse()
    }
}

/// Start input to validate against, shaped like the `start` command's params. Other keys are
/// accepted and passed through.
#[cfg(feature = "workflows")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct WorkflowValidationParams {
    /// Steps excluded from the run.
    #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
    #[serde(deserialize_with = "crate::lenient::null_as_default")]
    pub excluded_step_ids: ::std::vec::Vec<::std::string::String>,
    /// Shared run input, read by steps as `{{input.*}}`.
    #[serde(default, skip_serializing_if = "::serde_json::Map::is_empty")]
    #[serde(deserialize_with = "crate::lenient::null_as_default")]
    pub trigger_payload: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    /// Per-step input overlays keyed by step id; a key grants entry to a `no_auto_start` step.
    #[serde(
        default,
        skip_serializing_if = ":: std :: collections :: BTreeMap::is_empty"
    )]
    #[serde(deserialize_with = "crate::lenient::null_as_default")]
    pub trigger_steps: ::std::collections::BTreeMap<
        ::std::string::String,
        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    >,
    /// Properties the spec does not name, kept as they were received (and sent back).
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}

#[cfg(feature = "workflows")]
impl WorkflowValidationParams {
    /// A `WorkflowValidationParams` with its required fields; the optional ones are set with the
    /// chained setters.
    pub fn new() -> Self {
        Self {
            excluded_step_ids: ::std::default::Default::default(),
            trigger_payload: ::std::default::Default::default(),
            trigger_steps: ::std::default::Default::default(),
            extra: ::std::default::Default::default(),
        }
    }

    /// Sets `excluded_step_ids`: Steps excluded from the run.
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

    /// Sets `trigger_steps`: Per-step input overlays keyed by step id; a key grants entry to a
    /// `no_auto_start` step.
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

/// Whether the graph is ready to run (`ready`) or something blocks it (`blocked`).
#[cfg(feature = "workflows")]
#[derive(Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[non_exhaustive]
pub enum WorkflowValidationReadiness {
    /// `ready`
    Ready,
    /// `blocked`
    Blocked,
    /// A value this version of the SDK does not know yet, kept as it was sent.
    Unknown(::std::string::String),
}

#[cfg(feature = "workflows")]
impl ::std::fmt::Display for WorkflowValidationReadiness {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Ready => f.write_str("ready"),
            Self::Blocked => f.write_str("blocked"),
            Self::Unknown(value) => f.write_str(value),
        }
    }
}

#[cfg(feature = "workflows")]
impl ::std::str::FromStr for WorkflowValidationReadiness {
    type Err = super::error::ConversionError;

    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, super::error::ConversionError> {
        match value {
            "ready" => Ok(Self::Ready),
            "blocked" => Ok(Self::Blocked),
            _ => Err("invalid value".into()),
        }
    }
}

#[cfg(feature = "workflows")]
impl ::std::convert::TryFrom<&str> for WorkflowValidationReadiness {
    type Error = super::error::ConversionError;

    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, super::error::ConversionError> {
        value.parse()
    }
}

#[cfg(feature = "workflows")]
impl ::std::convert::TryFrom<::std::string::String> for WorkflowValidationReadiness {
    type Error = super::error::ConversionError;

    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, super::error::ConversionError> {
        value.parse()
    }
}

/// An immutable published version of a workflow's graph.
#[cfg(feature = "workflows")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct WorkflowVersion {
    /// The changelog text given at publish.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub changelog: ::std::option::Option<::std::string::String>,
    /// `graph_snapshot`: [`WorkflowGraph`]. A workflow graph: the steps and their dependencies.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub graph_snapshot: ::std::option::Option<WorkflowGraph>,
    /// When the version was published.
    pub published_at: ::chrono::DateTime<::chrono::offset::Utc>,
    /// Version number, counting up from 1 per workflow.
    pub version: i32,
    /// Id of the workflow.
    pub workflow_id: ::std::string::String,
}

/// One page of published versions.
#[cfg(feature = "workflows")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct WorkflowVersionPage {
    /// The versions of this page.
    #[serde(deserialize_with = "crate::lenient::null_as_default")]
    pub items: ::std::vec::Vec<WorkflowVersion>,
    /// Cursor for the next page (`page_token`); null on the last page.
    #[serde(deserialize_with = "::std::option::Option::deserialize")]
    pub next_page: ::std::option::Option<::std::string::String>,
}

/// Body of `publish_workflow_version`.
#[cfg(feature = "workflows")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct WorkflowVersionPublish {
    /// What changed in this version, for the version history.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub changelog: ::std::option::Option<::std::string::String>,
}

#[cfg(feature = "workflows")]
impl WorkflowVersionPublish {
    /// A `WorkflowVersionPublish` with its required fields; the optional ones are set with the
    /// chained setters.
    pub fn new() -> Self {
        Self {
            changelog: ::std::option::Option::None,
        }
    }

    /// Sets `changelog`: What changed in this version, for the version history.
    pub fn changelog(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.changelog = ::std::option::Option::Some(value.into());
        self
    }
}

/// One step of a workflow graph, tagged by `type`. The fields every step type shares (id,
/// dependencies and the execution controls) are declared here; each step type adds its own
/// (`McpCallStep`, `LlmCallStep`, ...). The union is open: a step type this spec does not list (a
/// newer one, or a legacy `condition`, `parallel` or `sequence`) is kept as raw JSON, and
/// properties a step carries beyond the documented ones are kept as well, so a graph read and
/// written back loses nothing. The type-specific fields are optional even where the docs call them
/// required to run: a draft may lack them, and `validate_workflow` reports what is missing
/// (`step_config`).
#[cfg(feature = "workflows")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct WorkflowStep {
    /// Legacy run condition (template expression). Removed from the engine in favour of
    /// `skip_when`, but still shown in older samples.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub condition: ::std::option::Option<::std::string::String>,
    /// Ids of the steps that must finish before this one starts.
    #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
    #[serde(deserialize_with = "crate::lenient::null_as_default")]
    pub depends_on: ::std::vec::Vec<::std::string::String>,
    /// False disables the step; it then completes as skipped with reason `step_disabled`.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub enabled: ::std::option::Option<bool>,
    /// Step id, unique in the graph; other steps and templates refer to it.
    pub id: ::std::string::String,
    /// Who may route input or a handoff to this step: step ids, or `human`. Empty means anyone. It
    /// restricts templates further, but never replaces `depends_on`.
    #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
    #[serde(deserialize_with = "crate::lenient::null_as_default")]
    pub input_allowlist: ::std::vec::Vec<::std::string::String>,
    /// Display name.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
    /// The step runs only when a start grants it entry (its id is a key of `trigger_steps`).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub no_auto_start: ::std::option::Option<bool>,
    /// How many times a failed attempt is retried.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub retry_count: ::std::option::Option<i32>,
    /// Template expression; when it evaluates truthy the step is skipped (since v0.10.4).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub skip_when: ::std::option::Option<::std::string::String>,
    /// Completing this step closes the run's episode (autonomous episodes).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub terminal: ::std::option::Option<bool>,
    /// Timeout of one attempt, in seconds.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub timeout_s: ::std::option::Option<i32>,
    /// The kind of this value and its payload (flattened on the wire).
    #[serde(flatten)]
    pub kind: WorkflowStepKind,
}

#[cfg(feature = "workflows")]
impl WorkflowStep {
    /// A `WorkflowStep` with its required fields; the optional ones are set with the chained
    /// setters.
    ///
    /// - `id`: Step id, unique in the graph; other steps and templates refer to it.
    /// - `kind`: The kind of this value and its payload (flattened on the wire).
    pub fn new(
        id: impl ::std::convert::Into<::std::string::String>,
        kind: impl ::std::convert::Into<WorkflowStepKind>,
    ) -> Self {
        Self {
            id: id.into(),
            condition: ::std::option::Option::None,
            depends_on: ::std::default::Default::default(),
            enabled: ::std::option::Option::None,
            input_allowlist: ::std::default::Default::default(),
            name: ::std::option::Option::None,
            no_auto_start: ::std::option::Option::None,
            retry_count: ::std::option::Option::None,
            skip_when: ::std::option::Option::None,
            terminal: ::std::option::Option::None,
            timeout_s: ::std::option::Option::None,
            kind: kind.into(),
        }
    }

    /// Sets `condition`: Legacy run condition (template expression). Removed from the engine in
    /// favour of `skip_when`, but still shown in older samples.
    pub fn condition(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.condition = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `depends_on`: Ids of the steps that must finish before this one starts.
    pub fn depends_on(
        mut self,
        value: impl ::std::iter::IntoIterator<
            Item = impl ::std::convert::Into<::std::string::String>,
        >,
    ) -> Self {
        self.depends_on = value.into_iter().map(::std::convert::Into::into).collect();
        self
    }

    /// Sets `enabled`: False disables the step; it then completes as skipped with reason
    /// `step_disabled`.
    pub fn enabled(mut self, value: impl ::std::convert::Into<bool>) -> Self {
        self.enabled = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `input_allowlist`: Who may route input or a handoff to this step: step ids, or `human`.
    /// Empty means anyone. It restricts templates further, but never replaces `depends_on`.
    pub fn input_allowlist(
        mut self,
        value: impl ::std::iter::IntoIterator<
            Item = impl ::std::convert::Into<::std::string::String>,
        >,
    ) -> Self {
        self.input_allowlist = value
            .into_iter()
            .map(::std::convert::Into::into)
            .collect();
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

    /// Sets `no_auto_start`: The step runs only when a start grants it entry (its id is a key of
    /// `trigger_steps`).
    pub fn no_auto_start(mut self, value: impl ::std::convert::Into<bool>) -> Self {
        self.no_auto_start = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `retry_count`: How many times a failed attempt is retried.
    pub fn retry_count(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.retry_count = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `skip_when`: Template expression; when it evaluates truthy the step is skipped (since
    /// v0.10.4).
    pub fn skip_when(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.skip_when = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `terminal`: Completing this step closes the run's episode (autonomous episodes).
    pub fn terminal(mut self, value: impl ::std::convert::Into<bool>) -> Self {
        self.terminal = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `timeout_s`: Timeout of one attempt, in seconds.
    pub fn timeout_s(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.timeout_s = ::std::option::Option::Some(value.into());
        self
    }
}

/// What a [`WorkflowStep`] is, by its `type`, with the typed payload of that kind.
#[cfg(feature = "workflows")]
#[derive(Clone, Debug)]
#[non_exhaustive]
pub enum WorkflowStepKind {
    /// `mcp_call`: call a tool on an MCP instance. To run, the step needs `tool_name` and a server
    /// the engine can resolve (`instance_id` or `server_url`).
    McpCall(McpCallStep),
    /// `llm_call`: call a language model with a prompt. To run, the step needs `model` or
    /// `model_ref`, and a non-empty `prompt`. Its result is `{model, text, tokens_in, tokens_out,
    /// latency_ms}`.
    LlmCall(LlmCallStep),
    /// `human_task`: pause the run until a person approves, rejects or edits. The step's result is
    /// `{approved, ...}` plus the `result` fields of the completion. To run, the step needs
    /// `task_type`.
    HumanTask(HumanTaskStep),
    /// `lua_script`: run inline Lua to transform data. To run, the step needs a non-empty `script`.
    LuaScript(LuaScriptStep),
    /// `for_each`: run an inline chain of steps once per list item, with bounded parallelism. To
    /// run, the step needs `for_each_items` and a non-empty `for_each_body_steps` (the legacy
    /// `for_each_body` is rejected). At most 500 items per invocation. Its result is `{count,
    /// max_parallel, succeeded_count, failed_count, results}`.
    ForEach(ForEachStep),
    /// `while`: repeat an inline chain of steps until a condition stops it or
    /// `while_max_iterations` is reached. The body runs before each evaluation, the first included.
    /// To run, the step needs `while_mode`, `while_max_iterations`, a non-empty `while_body_steps`,
    /// and `while_condition` or `while_eval_script`. Its result is `{iteration_count,
    /// max_iterations, stopped_reason, last, iterations}`.
    While(WhileStep),
    /// `agent_call`: run an agent turn. Its result may hand off to another step (`handoff`) or
    /// close the episode (`done: true`). To run, the step needs `agent_id` and a non-empty `prompt`
    /// or `input`.
    AgentCall(AgentCallStep),
    /// `workflow_call` (a Sub-workflow in Studio): start a run of a published child workflow. To
    /// run, the step needs `workflow_id`. Waiting for the child, passing the parent's input on, and
    /// choosing the child's output are documented as Studio options without their field names; such
    /// fields are kept as they are.
    WorkflowCall(WorkflowCallStep),
    /// `external_agent`: call an agent outside AgentRuntime. Its contract is deployment-specific;
    /// the docs only say its settings are nested under `config`.
    ExternalAgent(ExternalAgentStep),
    /// A `type` this version of the SDK does not know; the raw JSON object, tag included.
    Unknown(::serde_json::Value),
}

#[cfg(feature = "workflows")]
impl WorkflowStepKind {
    /// The `type` of this value, as it is on the wire.
    pub fn tag(&self) -> &str {
        match self {
            Self::McpCall { .. } => "mcp_call",
            Self::LlmCall { .. } => "llm_call",
            Self::HumanTask { .. } => "human_task",
            Self::LuaScript { .. } => "lua_script",
            Self::ForEach { .. } => "for_each",
            Self::While { .. } => "while",
            Self::AgentCall { .. } => "agent_call",
            Self::WorkflowCall { .. } => "workflow_call",
            Self::ExternalAgent { .. } => "external_agent",
            Self::Unknown(value) => {
                value.get("type").and_then(::serde_json::Value::as_str).unwrap_or("")
            }
        }
    }
}

#[cfg(feature = "workflows")]
impl ::std::convert::From<McpCallStep> for WorkflowStepKind {
    fn from(value: McpCallStep) -> Self {
        Self::McpCall(value)
    }
}

#[cfg(feature = "workflows")]
impl ::std::convert::From<LlmCallStep> for WorkflowStepKind {
    fn from(value: LlmCallStep) -> Self {
        Self::LlmCall(value)
    }
}

#[cfg(feature = "workflows")]
impl ::std::convert::From<HumanTaskStep> for WorkflowStepKind {
    fn from(value: HumanTaskStep) -> Self {
        Self::HumanTask(value)
    }
}

#[cfg(feature = "workflows")]
impl ::std::convert::From<LuaScriptStep> for WorkflowStepKind {
    fn from(value: LuaScriptStep) -> Self {
        Self::LuaScript(value)
    }
}

#[cfg(feature = "workflows")]
impl ::std::convert::From<ForEachStep> for WorkflowStepKind {
    fn from(value: ForEachStep) -> Self {
        Self::ForEach(value)
    }
}

#[cfg(feature = "workflows")]
impl ::std::convert::From<WhileStep> for WorkflowStepKind {
    fn from(value: WhileStep) -> Self {
        Self::While(value)
    }
}

#[cfg(feature = "workflows")]
impl ::std::convert::From<AgentCallStep> for WorkflowStepKind {
    fn from(value: AgentCallStep) -> Self {
        Self::AgentCall(value)
    }
}

#[cfg(feature = "workflows")]
impl ::std::convert::From<WorkflowCallStep> for WorkflowStepKind {
    fn from(value: WorkflowCallStep) -> Self {
        Self::WorkflowCall(value)
    }
}

#[cfg(feature = "workflows")]
impl ::std::convert::From<ExternalAgentStep> for WorkflowStepKind {
    fn from(value: ExternalAgentStep) -> Self {
        Self::ExternalAgent(value)
    }
}

#[cfg(feature = "workflows")]
impl<'de> ::serde::Deserialize<'de> for WorkflowStepKind {
    fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        use ::serde::de::Error as _;
        let mut map = <::serde_json::Map<
            ::std::string::String,
            ::serde_json::Value,
        > as ::serde::Deserialize>::deserialize(deserializer)?;
        let tag = match map.get("type") {
            Some(::serde_json::Value::String(tag)) => tag.clone(),
            Some(other) => {
                return Err(
                    D::Error::custom(
                        ::std::format_args!(
                            "`{}` must be a string, found {}", "type", other
                        ),
                    ),
                );
            }
            None => return Ok(Self::Unknown(::serde_json::Value::Object(map))),
        };
        match tag.as_str() {
            "mcp_call" => {
                map.remove("type");
                ::serde_json::from_value(::serde_json::Value::Object(map))
                    .map(Self::McpCall)
                    .map_err(|e| D::Error::custom(
                        ::std::format_args!("`{}: {}`: {}", "type", "mcp_call", e),
                    ))
            }
            "llm_call" => {
                map.remove("type");
                ::serde_json::from_value(::serde_json::Value::Object(map))
                    .map(Self::LlmCall)
                    .map_err(|e| D::Error::custom(
                        ::std::format_args!("`{}: {}`: {}", "type", "llm_call", e),
                    ))
            }
            "human_task" => {
                map.remove("type");
                ::serde_json::from_value(::serde_json::Value::Object(map))
                    .map(Self::HumanTask)
                    .map_err(|e| D::Error::custom(
                        ::std::format_args!("`{}: {}`: {}", "type", "human_task", e),
                    ))
            }
            "lua_script" => {
                map.remove("type");
                ::serde_json::from_value(::serde_json::Value::Object(map))
                    .map(Self::LuaScript)
                    .map_err(|e| D::Error::custom(
                        ::std::format_args!("`{}: {}`: {}", "type", "lua_script", e),
                    ))
            }
            "for_each" => {
                map.remove("type");
                ::serde_json::from_value(::serde_json::Value::Object(map))
                    .map(Self::ForEach)
                    .map_err(|e| D::Error::custom(
                        ::std::format_args!("`{}: {}`: {}", "type", "for_each", e),
                    ))
            }
            "while" => {
                map.remove("type");
                ::serde_json::from_value(::serde_json::Value::Object(map))
                    .map(Self::While)
                    .map_err(|e| D::Error::custom(
                        ::std::format_args!("`{}: {}`: {}", "type", "while", e),
                    ))
            }
            "agent_call" => {
                map.remove("type");
                ::serde_json::from_value(::serde_json::Value::Object(map))
                    .map(Self::AgentCall)
                    .map_err(|e| D::Error::custom(
                        ::std::format_args!("`{}: {}`: {}", "type", "agent_call", e),
                    ))
            }
            "workflow_call" => {
                map.remove("type");
                ::serde_json::from_value(::serde_json::Value::Object(map))
                    .map(Self::WorkflowCall)
                    .map_err(|e| D::Error::custom(
                        ::std::format_args!("`{}: {}`: {}", "type", "workflow_call", e),
                    ))
            }
            "external_agent" => {
                map.remove("type");
                ::serde_json::from_value(::serde_json::Value::Object(map))
                    .map(Self::ExternalAgent)
                    .map_err(|e| D::Error::custom(
                        ::std::format_args!("`{}: {}`: {}", "type", "external_agent", e),
                    ))
            }
            _ => Ok(Self::Unknown(::serde_json::Value::Object(map))),
        }
    }
}

#[cfg(feature = "workflows")]
impl ::serde::Serialize for WorkflowStepKind {
    fn serialize<S>(&self, serializer: S) -> ::std::result::Result<S::Ok, S::Error>
    where
        S: ::serde::Serializer,
    {
        use ::serde::ser::Error as _;
        let mut map = ::serde_json::Map::new();
        match self {
            Self::McpCall(payload) => {
                match ::serde_json::to_value(payload).map_err(S::Error::custom)? {
                    ::serde_json::Value::Object(fields) => map.extend(fields),
                    _ => {
                        return Err(
                            S::Error::custom(
                                "a union payload must serialize to an object",
                            ),
                        );
                    }
                }
                map.insert("type".into(), "mcp_call".into());
            }
            Self::LlmCall(payload) => {
                match ::serde_json::to_value(payload).map_err(S::Error::custom)? {
                    ::serde_json::Value::Object(fields) => map.extend(fields),
                    _ => {
                        return Err(
                            S::Error::custom(
                                "a union payload must serialize to an object",
                            ),
                        );
                    }
                }
                map.insert("type".into(), "llm_call".into());
            }
            Self::HumanTask(payload) => {
                match ::serde_json::to_value(payload).map_err(S::Error::custom)? {
                    ::serde_json::Value::Object(fields) => map.extend(fields),
                    _ => {
                        return Err(
                            S::Error::custom(
                                "a union payload must serialize to an object",
                            ),
                        );
                    }
                }
                map.insert("type".into(), "human_task".into());
            }
            Self::LuaScript(payload) => {
                match ::serde_json::to_value(payload).map_err(S::Error::custom)? {
                    ::serde_json::Value::Object(fields) => map.extend(fields),
                    _ => {
                        return Err(
                            S::Error::custom(
                                "a union payload must serialize to an object",
                            ),
                        );
                    }
                }
                map.insert("type".into(), "lua_script".into());
            }
            Self::ForEach(payload) => {
                match ::serde_json::to_value(payload).map_err(S::Error::custom)? {
                    ::serde_json::Value::Object(fields) => map.extend(fields),
                    _ => {
                        return Err(
                            S::Error::custom(
                                "a union payload must serialize to an object",
                            ),
                        );
                    }
                }
                map.insert("type".into(), "for_each".into());
            }
            Self::While(payload) => {
                match ::serde_json::to_value(payload).map_err(S::Error::custom)? {
                    ::serde_json::Value::Object(fields) => map.extend(fields),
                    _ => {
                        return Err(
                            S::Error::custom(
                                "a union payload must serialize to an object",
                            ),
                        );
                    }
                }
                map.insert("type".into(), "while".into());
            }
            Self::AgentCall(payload) => {
                match ::serde_json::to_value(payload).map_err(S::Error::custom)? {
                    ::serde_json::Value::Object(fields) => map.extend(fields),
                    _ => {
                        return Err(
                            S::Error::custom(
                                "a union payload must serialize to an object",
                            ),
                        );
                    }
                }
                map.insert("type".into(), "agent_call".into());
            }
            Self::WorkflowCall(payload) => {
                match ::serde_json::to_value(payload).map_err(S::Error::custom)? {
                    ::serde_json::Value::Object(fields) => map.extend(fields),
                    _ => {
                        return Err(
                            S::Error::custom(
                                "a union payload must serialize to an object",
                            ),
                        );
                    }
                }
                map.insert("type".into(), "workflow_call".into());
            }
            Self::ExternalAgent(payload) => {
                match ::serde_json::to_value(payload).map_err(S::Error::custom)? {
                    ::serde_json::Value::Object(fields) => map.extend(fields),
                    _ => {
                        return Err(
                            S::Error::custom(
                                "a union payload must serialize to an object",
                            ),
                        );
                    }
                }
                map.insert("type".into(), "external_agent".into());
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

#[cfg(feature = "workflows")]
impl ForEachErrorPolicy {
    /// The value as it is on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::FailFast => "fail_fast",
            Self::ContinueOnError => "continue_on_error",
            Self::Pause => "pause",
            Self::HumanReview => "human_review",
            Self::Unknown(value) => value,
        }
    }
}

#[cfg(feature = "workflows")]
impl ::serde::Serialize for ForEachErrorPolicy {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

#[cfg(feature = "workflows")]
impl<'de> ::serde::Deserialize<'de> for ForEachErrorPolicy {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        let value = <::std::string::String as ::serde::Deserialize>::deserialize(
            deserializer,
        )?;
        Ok(
            match value.as_str() {
                "fail_fast" => Self::FailFast,
                "continue_on_error" => Self::ContinueOnError,
                "pause" => Self::Pause,
                "human_review" => Self::HumanReview,
                _ => Self::Unknown(value),
            },
        )
    }
}

#[cfg(feature = "workflows")]
impl McpConnectionResolution {
    /// The value as it is on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Principal => "principal",
            Self::Workspace => "workspace",
            Self::Inherit => "inherit",
            Self::Unknown(value) => value,
        }
    }
}

#[cfg(feature = "workflows")]
impl ::serde::Serialize for McpConnectionResolution {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

#[cfg(feature = "workflows")]
impl<'de> ::serde::Deserialize<'de> for McpConnectionResolution {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        let value = <::std::string::String as ::serde::Deserialize>::deserialize(
            deserializer,
        )?;
        Ok(
            match value.as_str() {
                "principal" => Self::Principal,
                "workspace" => Self::Workspace,
                "inherit" => Self::Inherit,
                _ => Self::Unknown(value),
            },
        )
    }
}

#[cfg(feature = "workflows")]
impl ValidationCheckStatus {
    /// The value as it is on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Passed => "passed",
            Self::Failed => "failed",
            Self::Blocked => "blocked",
            Self::NotApplicable => "not_applicable",
            Self::Unknown(value) => value,
        }
    }
}

#[cfg(feature = "workflows")]
impl ::serde::Serialize for ValidationCheckStatus {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

#[cfg(feature = "workflows")]
impl<'de> ::serde::Deserialize<'de> for ValidationCheckStatus {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        let value = <::std::string::String as ::serde::Deserialize>::deserialize(
            deserializer,
        )?;
        Ok(
            match value.as_str() {
                "passed" => Self::Passed,
                "failed" => Self::Failed,
                "blocked" => Self::Blocked,
                "not_applicable" => Self::NotApplicable,
                _ => Self::Unknown(value),
            },
        )
    }
}

#[cfg(feature = "workflows")]
impl ValidationIssueSeverity {
    /// The value as it is on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Error => "error",
            Self::Warning => "warning",
            Self::Unknown(value) => value,
        }
    }
}

#[cfg(feature = "workflows")]
impl ::serde::Serialize for ValidationIssueSeverity {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

#[cfg(feature = "workflows")]
impl<'de> ::serde::Deserialize<'de> for ValidationIssueSeverity {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        let value = <::std::string::String as ::serde::Deserialize>::deserialize(
            deserializer,
        )?;
        Ok(
            match value.as_str() {
                "error" => Self::Error,
                "warning" => Self::Warning,
                _ => Self::Unknown(value),
            },
        )
    }
}

#[cfg(feature = "workflows")]
impl WhileMode {
    /// The value as it is on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Until => "until",
            Self::While => "while",
            Self::Unknown(value) => value,
        }
    }
}

#[cfg(feature = "workflows")]
impl ::serde::Serialize for WhileMode {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

#[cfg(feature = "workflows")]
impl<'de> ::serde::Deserialize<'de> for WhileMode {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        let value = <::std::string::String as ::serde::Deserialize>::deserialize(
            deserializer,
        )?;
        Ok(
            match value.as_str() {
                "until" => Self::Until,
                "while" => Self::While,
                _ => Self::Unknown(value),
            },
        )
    }
}

#[cfg(feature = "workflows")]
impl WorkflowConnectionOverridesStatusStatus {
    /// The value as it is on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Ok => "ok",
            Self::Unknown(value) => value,
        }
    }
}

#[cfg(feature = "workflows")]
impl ::serde::Serialize for WorkflowConnectionOverridesStatusStatus {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

#[cfg(feature = "workflows")]
impl<'de> ::serde::Deserialize<'de> for WorkflowConnectionOverridesStatusStatus {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        let value = <::std::string::String as ::serde::Deserialize>::deserialize(
            deserializer,
        )?;
        Ok(
            match value.as_str() {
                "ok" => Self::Ok,
                _ => Self::Unknown(value),
            },
        )
    }
}

#[cfg(feature = "workflows")]
impl WorkflowStatus {
    /// The value as it is on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Draft => "draft",
            Self::Published => "published",
            Self::Archived => "archived",
            Self::Unknown(value) => value,
        }
    }
}

#[cfg(feature = "workflows")]
impl ::serde::Serialize for WorkflowStatus {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

#[cfg(feature = "workflows")]
impl<'de> ::serde::Deserialize<'de> for WorkflowStatus {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        let value = <::std::string::String as ::serde::Deserialize>::deserialize(
            deserializer,
        )?;
        Ok(
            match value.as_str() {
                "draft" => Self::Draft,
                "published" => Self::Published,
                "archived" => Self::Archived,
                _ => Self::Unknown(value),
            },
        )
    }
}

impl WorkflowStepType {
    /// The value as it is on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::McpCall => "mcp_call",
            Self::LlmCall => "llm_call",
            Self::HumanTask => "human_task",
            Self::LuaScript => "lua_script",
            Self::ForEach => "for_each",
            Self::While => "while",
            Self::AgentCall => "agent_call",
            Self::WorkflowCall => "workflow_call",
            Self::ExternalAgent => "external_agent",
            Self::Unknown(value) => value,
        }
    }
}

impl ::serde::Serialize for WorkflowStepType {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> ::serde::Deserialize<'de> for WorkflowStepType {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        let value = <::std::string::String as ::serde::Deserialize>::deserialize(
            deserializer,
        )?;
        Ok(
            match value.as_str() {
                "mcp_call" => Self::McpCall,
                "llm_call" => Self::LlmCall,
                "human_task" => Self::HumanTask,
                "lua_script" => Self::LuaScript,
                "for_each" => Self::ForEach,
                "while" => Self::While,
                "agent_call" => Self::AgentCall,
                "workflow_call" => Self::WorkflowCall,
                "external_agent" => Self::ExternalAgent,
                _ => Self::Unknown(value),
            },
        )
    }
}

#[cfg(feature = "workflows")]
impl WorkflowValidationEvidenceReadiness {
    /// The value as it is on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Ready => "ready",
            Self::Blocked => "blocked",
            Self::Unknown(value) => value,
        }
    }
}

#[cfg(feature = "workflows")]
impl ::serde::Serialize for WorkflowValidationEvidenceReadiness {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

#[cfg(feature = "workflows")]
impl<'de> ::serde::Deserialize<'de> for WorkflowValidationEvidenceReadiness {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        let value = <::std::string::String as ::serde::Deserialize>::deserialize(
            deserializer,
        )?;
        Ok(
            match value.as_str() {
                "ready" => Self::Ready,
                "blocked" => Self::Blocked,
                _ => Self::Unknown(value),
            },
        )
    }
}

#[cfg(feature = "workflows")]
impl WorkflowValidationReadiness {
    /// The value as it is on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Ready => "ready",
            Self::Blocked => "blocked",
            Self::Unknown(value) => value,
        }
    }
}

#[cfg(feature = "workflows")]
impl ::serde::Serialize for WorkflowValidationReadiness {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

#[cfg(feature = "workflows")]
impl<'de> ::serde::Deserialize<'de> for WorkflowValidationReadiness {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        let value = <::std::string::String as ::serde::Deserialize>::deserialize(
            deserializer,
        )?;
        Ok(
            match value.as_str() {
                "ready" => Self::Ready,
                "blocked" => Self::Blocked,
                _ => Self::Unknown(value),
            },
        )
    }
}

#[cfg(feature = "workflows")]
impl crate::pagination::Page for WorkflowVersionPage {
    type Item = WorkflowVersion;

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

// @generated types of the `workflows` area by agentruntime-generator 0.1.0. Do not edit by hand.
// Spec: spec/openapi.yaml (sha256 2ee91eb600a9020a711b22c67badc04e0dc6e58d405f9a4f2ff50071d31c80ca), OpenAPI 3.1.0, API version 1.0.0.
// Regenerate: cargo xtask regen

#![allow(clippy::all, clippy::pedantic)]
#[allow(unused_imports)]
use super::*;

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
        value: impl ::std::convert::Into<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.trigger_step_ids = value.into();
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
        value: impl ::std::convert::Into<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.checks = value.into();
        self
    }

    /// Sets `mapper_fixtures`: Mapper fixtures; the `mapper_fixtures` check runs only when some are
    /// supplied.
    pub fn mapper_fixtures(
        mut self,
        value: impl ::std::convert::Into<
            ::std::vec::Vec<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
            >,
        >,
    ) -> Self {
        self.mapper_fixtures = value.into();
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
        value: impl ::std::convert::Into<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.skip_checks = value.into();
        self
    }

    /// Sets `step_ids`: Limit step-level checks to these step ids.
    pub fn step_ids(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.step_ids = value.into();
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
        overrides: impl ::std::convert::Into<::std::vec::Vec<WorkflowConnectionOverride>>,
    ) -> Self {
        Self {
            overrides: overrides.into(),
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
/// types only the envelope and the fields common to every step. Cookbook samples also carry
/// `tenant_id`, `workflow_id` and `params` next to `steps`; those are accepted as extra properties.
#[cfg(feature = "workflows")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct WorkflowGraph {
    /// Optional declaration of the run input the graph expects. The docs show it both as a JSON
    /// Schema object and as an array of `{name, type, optional}` entries, so any JSON is accepted.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub input_schema: ::std::option::Option<::serde_json::Value>,
    /// The steps of the graph, in any order; `depends_on` defines the order.
    #[serde(deserialize_with = "crate::lenient::null_as_default")]
    pub steps: ::std::vec::Vec<WorkflowStep>,
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
    pub fn new(steps: impl ::std::convert::Into<::std::vec::Vec<WorkflowStep>>) -> Self {
        Self {
            steps: steps.into(),
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

/// One step of a workflow graph. Only the fields every step type shares are typed here; the
/// type-specific fields (`tool_name`/`tool_args`/`connection_resolution` for `mcp_call`,
/// `model`/`model_ref`/`prompt` for `llm_call`, `script` for `lua_script`,
/// `task_type`/`task_payload` for `human_task`, `for_each_*` and `while_*` for loops, ...) are
/// extra properties, defined by the published workflow-graph JSON Schema.
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
    /// Names of the run-input keys the step may read; the others are hidden from it.
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
    /// `type`: [`WorkflowStepType`]. Step type.
    #[serde(rename = "type")]
    pub type_: WorkflowStepType,
    /// Properties the spec does not name, kept as they were received (and sent back).
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}

#[cfg(feature = "workflows")]
impl WorkflowStep {
    /// A `WorkflowStep` with its required fields; the optional ones are set with the chained
    /// setters.
    ///
    /// - `id`: Step id, unique in the graph; other steps and templates refer to it.
    /// - `type_`
    pub fn new(
        id: impl ::std::convert::Into<::std::string::String>,
        type_: impl ::std::convert::Into<WorkflowStepType>,
    ) -> Self {
        Self {
            id: id.into(),
            type_: type_.into(),
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
            extra: ::std::default::Default::default(),
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
        value: impl ::std::convert::Into<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.depends_on = value.into();
        self
    }

    /// Sets `enabled`: False disables the step; it then completes as skipped with reason
    /// `step_disabled`.
    pub fn enabled(mut self, value: impl ::std::convert::Into<bool>) -> Self {
        self.enabled = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `input_allowlist`: Names of the run-input keys the step may read; the others are hidden
    /// from it.
    pub fn input_allowlist(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.input_allowlist = value.into();
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

/// Step type. The legacy types `condition`, `parallel` and `sequence` were removed from the engine.
#[cfg(feature = "workflows")]
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

#[cfg(feature = "workflows")]
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

#[cfg(feature = "workflows")]
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

#[cfg(feature = "workflows")]
impl ::std::convert::TryFrom<&str> for WorkflowStepType {
    type Error = super::error::ConversionError;

    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, super::error::ConversionError> {
        value.parse()
    }
}

#[cfg(feature = "workflows")]
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
        value: impl ::std::convert::Into<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.excluded_step_ids = value.into();
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

#[cfg(feature = "workflows")]
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

#[cfg(feature = "workflows")]
impl ::serde::Serialize for WorkflowStepType {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

#[cfg(feature = "workflows")]
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

// @generated struct builders of the `workflows` area by agentruntime-generator 0.1.0. Do not edit by hand.
// Spec: spec/openapi.yaml (sha256 519ac2a915cd9c7a211905e5012ef39e9645387cfc93c6c8dc097895fccb21cc), OpenAPI 3.1.0, API version 1.0.0.
// Regenerate: cargo xtask regen

#![allow(clippy::all, clippy::pedantic)]
#[derive(Clone, Debug)]
pub struct RunSetup {
    trigger_payload: ::std::result::Result<
        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        ::std::string::String,
    >,
    trigger_step_ids: ::std::result::Result<
        ::std::vec::Vec<::std::string::String>,
        ::std::string::String,
    >,
    trigger_steps: ::std::result::Result<
        ::std::collections::BTreeMap<
            ::std::string::String,
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        >,
        ::std::string::String,
    >,
}
impl ::std::default::Default for RunSetup {
    fn default() -> Self {
        Self {
            trigger_payload: Ok(Default::default()),
            trigger_step_ids: Ok(Default::default()),
            trigger_steps: Ok(Default::default()),
        }
    }
}
impl RunSetup {
    pub fn trigger_payload<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        >,
        T::Error: ::std::fmt::Display,
    {
        self.trigger_payload = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for trigger_payload: {e}")
            });
        self
    }
    pub fn trigger_step_ids<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.trigger_step_ids = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for trigger_step_ids: {e}")
            });
        self
    }
    pub fn trigger_steps<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<
            ::std::collections::BTreeMap<
                ::std::string::String,
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
            >,
        >,
        T::Error: ::std::fmt::Display,
    {
        self.trigger_steps = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for trigger_steps: {e}")
            });
        self
    }
}
impl ::std::convert::TryFrom<RunSetup> for crate::types::RunSetup {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: RunSetup,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self {
            trigger_payload: value.trigger_payload?,
            trigger_step_ids: value.trigger_step_ids?,
            trigger_steps: value.trigger_steps?,
        })
    }
}
impl ::std::convert::From<crate::types::RunSetup> for RunSetup {
    fn from(value: crate::types::RunSetup) -> Self {
        Self {
            trigger_payload: Ok(value.trigger_payload),
            trigger_step_ids: Ok(value.trigger_step_ids),
            trigger_steps: Ok(value.trigger_steps),
        }
    }
}
#[derive(Clone, Debug)]
pub struct ValidateWorkflowRequest {
    assume_placeholder_outputs: ::std::result::Result<
        ::std::option::Option<bool>,
        ::std::string::String,
    >,
    checks: ::std::result::Result<
        ::std::vec::Vec<::std::string::String>,
        ::std::string::String,
    >,
    graph: ::std::result::Result<crate::types::WorkflowGraph, ::std::string::String>,
    mapper_fixtures: ::std::result::Result<
        ::std::vec::Vec<::serde_json::Map<::std::string::String, ::serde_json::Value>>,
        ::std::string::String,
    >,
    mock_lua_scopes: ::std::result::Result<
        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        ::std::string::String,
    >,
    mock_step_outputs: ::std::result::Result<
        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        ::std::string::String,
    >,
    params: ::std::result::Result<
        ::std::option::Option<crate::types::WorkflowValidationParams>,
        ::std::string::String,
    >,
    payload: ::std::result::Result<
        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        ::std::string::String,
    >,
    skip_checks: ::std::result::Result<
        ::std::vec::Vec<::std::string::String>,
        ::std::string::String,
    >,
    step_ids: ::std::result::Result<
        ::std::vec::Vec<::std::string::String>,
        ::std::string::String,
    >,
    tenantdata_schema: ::std::result::Result<
        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        ::std::string::String,
    >,
}
impl ::std::default::Default for ValidateWorkflowRequest {
    fn default() -> Self {
        Self {
            assume_placeholder_outputs: Ok(Default::default()),
            checks: Ok(Default::default()),
            graph: Err("no value supplied for graph".to_string()),
            mapper_fixtures: Ok(Default::default()),
            mock_lua_scopes: Ok(Default::default()),
            mock_step_outputs: Ok(Default::default()),
            params: Ok(Default::default()),
            payload: Ok(Default::default()),
            skip_checks: Ok(Default::default()),
            step_ids: Ok(Default::default()),
            tenantdata_schema: Ok(Default::default()),
        }
    }
}
impl ValidateWorkflowRequest {
    pub fn assume_placeholder_outputs<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<bool>>,
        T::Error: ::std::fmt::Display,
    {
        self.assume_placeholder_outputs = value
            .try_into()
            .map_err(|e| {
                format!(
                    "error converting supplied value for assume_placeholder_outputs: {e}"
                )
            });
        self
    }
    pub fn checks<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.checks = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for checks: {e}"));
        self
    }
    pub fn graph<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<crate::types::WorkflowGraph>,
        T::Error: ::std::fmt::Display,
    {
        self.graph = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for graph: {e}"));
        self
    }
    pub fn mapper_fixtures<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<
            ::std::vec::Vec<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
            >,
        >,
        T::Error: ::std::fmt::Display,
    {
        self.mapper_fixtures = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for mapper_fixtures: {e}")
            });
        self
    }
    pub fn mock_lua_scopes<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        >,
        T::Error: ::std::fmt::Display,
    {
        self.mock_lua_scopes = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for mock_lua_scopes: {e}")
            });
        self
    }
    pub fn mock_step_outputs<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        >,
        T::Error: ::std::fmt::Display,
    {
        self.mock_step_outputs = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for mock_step_outputs: {e}")
            });
        self
    }
    pub fn params<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<
            ::std::option::Option<crate::types::WorkflowValidationParams>,
        >,
        T::Error: ::std::fmt::Display,
    {
        self.params = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for params: {e}"));
        self
    }
    pub fn payload<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        >,
        T::Error: ::std::fmt::Display,
    {
        self.payload = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for payload: {e}"));
        self
    }
    pub fn skip_checks<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.skip_checks = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for skip_checks: {e}")
            });
        self
    }
    pub fn step_ids<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.step_ids = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for step_ids: {e}"));
        self
    }
    pub fn tenantdata_schema<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        >,
        T::Error: ::std::fmt::Display,
    {
        self.tenantdata_schema = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for tenantdata_schema: {e}")
            });
        self
    }
}
impl ::std::convert::TryFrom<ValidateWorkflowRequest>
for crate::types::ValidateWorkflowRequest {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: ValidateWorkflowRequest,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self {
            assume_placeholder_outputs: value.assume_placeholder_outputs?,
            checks: value.checks?,
            graph: value.graph?,
            mapper_fixtures: value.mapper_fixtures?,
            mock_lua_scopes: value.mock_lua_scopes?,
            mock_step_outputs: value.mock_step_outputs?,
            params: value.params?,
            payload: value.payload?,
            skip_checks: value.skip_checks?,
            step_ids: value.step_ids?,
            tenantdata_schema: value.tenantdata_schema?,
        })
    }
}
impl ::std::convert::From<crate::types::ValidateWorkflowRequest>
for ValidateWorkflowRequest {
    fn from(value: crate::types::ValidateWorkflowRequest) -> Self {
        Self {
            assume_placeholder_outputs: Ok(value.assume_placeholder_outputs),
            checks: Ok(value.checks),
            graph: Ok(value.graph),
            mapper_fixtures: Ok(value.mapper_fixtures),
            mock_lua_scopes: Ok(value.mock_lua_scopes),
            mock_step_outputs: Ok(value.mock_step_outputs),
            params: Ok(value.params),
            payload: Ok(value.payload),
            skip_checks: Ok(value.skip_checks),
            step_ids: Ok(value.step_ids),
            tenantdata_schema: Ok(value.tenantdata_schema),
        }
    }
}
#[derive(Clone, Debug)]
pub struct ValidationIssue {
    code: ::std::result::Result<::std::string::String, ::std::string::String>,
    fixable: ::std::result::Result<::std::option::Option<bool>, ::std::string::String>,
    json_path: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
    message: ::std::result::Result<::std::string::String, ::std::string::String>,
    schema_ref: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
    severity: ::std::result::Result<::std::string::String, ::std::string::String>,
    step_id: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
    suggestion: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
}
impl ::std::default::Default for ValidationIssue {
    fn default() -> Self {
        Self {
            code: Err("no value supplied for code".to_string()),
            fixable: Ok(Default::default()),
            json_path: Ok(Default::default()),
            message: Err("no value supplied for message".to_string()),
            schema_ref: Ok(Default::default()),
            severity: Err("no value supplied for severity".to_string()),
            step_id: Ok(Default::default()),
            suggestion: Ok(Default::default()),
        }
    }
}
impl ValidationIssue {
    pub fn code<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.code = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for code: {e}"));
        self
    }
    pub fn fixable<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<bool>>,
        T::Error: ::std::fmt::Display,
    {
        self.fixable = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for fixable: {e}"));
        self
    }
    pub fn json_path<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.json_path = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for json_path: {e}"));
        self
    }
    pub fn message<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.message = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for message: {e}"));
        self
    }
    pub fn schema_ref<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.schema_ref = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for schema_ref: {e}"));
        self
    }
    pub fn severity<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.severity = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for severity: {e}"));
        self
    }
    pub fn step_id<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.step_id = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for step_id: {e}"));
        self
    }
    pub fn suggestion<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.suggestion = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for suggestion: {e}"));
        self
    }
}
impl ::std::convert::TryFrom<ValidationIssue> for crate::types::ValidationIssue {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: ValidationIssue,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self {
            code: value.code?,
            fixable: value.fixable?,
            json_path: value.json_path?,
            message: value.message?,
            schema_ref: value.schema_ref?,
            severity: value.severity?,
            step_id: value.step_id?,
            suggestion: value.suggestion?,
        })
    }
}
impl ::std::convert::From<crate::types::ValidationIssue> for ValidationIssue {
    fn from(value: crate::types::ValidationIssue) -> Self {
        Self {
            code: Ok(value.code),
            fixable: Ok(value.fixable),
            json_path: Ok(value.json_path),
            message: Ok(value.message),
            schema_ref: Ok(value.schema_ref),
            severity: Ok(value.severity),
            step_id: Ok(value.step_id),
            suggestion: Ok(value.suggestion),
        }
    }
}
#[derive(Clone, Debug)]
pub struct Workflow {
    archived_at: ::std::result::Result<
        ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        ::std::string::String,
    >,
    archived_by: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
    created_at: ::std::result::Result<
        ::chrono::DateTime<::chrono::offset::Utc>,
        ::std::string::String,
    >,
    created_by: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
    description: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
    graph: ::std::result::Result<
        ::std::option::Option<crate::types::WorkflowGraph>,
        ::std::string::String,
    >,
    id: ::std::result::Result<::std::string::String, ::std::string::String>,
    name: ::std::result::Result<::std::string::String, ::std::string::String>,
    project_id: ::std::result::Result<::std::string::String, ::std::string::String>,
    run_setup_json: ::std::result::Result<
        ::std::option::Option<crate::types::RunSetup>,
        ::std::string::String,
    >,
    status: ::std::result::Result<crate::types::WorkflowStatus, ::std::string::String>,
    tenant_id: ::std::result::Result<::std::string::String, ::std::string::String>,
    updated_at: ::std::result::Result<
        ::chrono::DateTime<::chrono::offset::Utc>,
        ::std::string::String,
    >,
    updated_by: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
}
impl ::std::default::Default for Workflow {
    fn default() -> Self {
        Self {
            archived_at: Ok(Default::default()),
            archived_by: Ok(Default::default()),
            created_at: Err("no value supplied for created_at".to_string()),
            created_by: Ok(Default::default()),
            description: Ok(Default::default()),
            graph: Ok(Default::default()),
            id: Err("no value supplied for id".to_string()),
            name: Err("no value supplied for name".to_string()),
            project_id: Err("no value supplied for project_id".to_string()),
            run_setup_json: Ok(Default::default()),
            status: Err("no value supplied for status".to_string()),
            tenant_id: Err("no value supplied for tenant_id".to_string()),
            updated_at: Err("no value supplied for updated_at".to_string()),
            updated_by: Ok(Default::default()),
        }
    }
}
impl Workflow {
    pub fn archived_at<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<
            ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        >,
        T::Error: ::std::fmt::Display,
    {
        self.archived_at = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for archived_at: {e}")
            });
        self
    }
    pub fn archived_by<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.archived_by = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for archived_by: {e}")
            });
        self
    }
    pub fn created_at<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
        T::Error: ::std::fmt::Display,
    {
        self.created_at = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for created_at: {e}"));
        self
    }
    pub fn created_by<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.created_by = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for created_by: {e}"));
        self
    }
    pub fn description<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.description = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for description: {e}")
            });
        self
    }
    pub fn graph<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<crate::types::WorkflowGraph>>,
        T::Error: ::std::fmt::Display,
    {
        self.graph = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for graph: {e}"));
        self
    }
    pub fn id<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.id = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for id: {e}"));
        self
    }
    pub fn name<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.name = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for name: {e}"));
        self
    }
    pub fn project_id<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.project_id = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for project_id: {e}"));
        self
    }
    pub fn run_setup_json<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<crate::types::RunSetup>>,
        T::Error: ::std::fmt::Display,
    {
        self.run_setup_json = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for run_setup_json: {e}")
            });
        self
    }
    pub fn status<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<crate::types::WorkflowStatus>,
        T::Error: ::std::fmt::Display,
    {
        self.status = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for status: {e}"));
        self
    }
    pub fn tenant_id<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.tenant_id = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for tenant_id: {e}"));
        self
    }
    pub fn updated_at<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
        T::Error: ::std::fmt::Display,
    {
        self.updated_at = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for updated_at: {e}"));
        self
    }
    pub fn updated_by<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.updated_by = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for updated_by: {e}"));
        self
    }
}
impl ::std::convert::TryFrom<Workflow> for crate::types::Workflow {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: Workflow,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self {
            archived_at: value.archived_at?,
            archived_by: value.archived_by?,
            created_at: value.created_at?,
            created_by: value.created_by?,
            description: value.description?,
            graph: value.graph?,
            id: value.id?,
            name: value.name?,
            project_id: value.project_id?,
            run_setup_json: value.run_setup_json?,
            status: value.status?,
            tenant_id: value.tenant_id?,
            updated_at: value.updated_at?,
            updated_by: value.updated_by?,
        })
    }
}
impl ::std::convert::From<crate::types::Workflow> for Workflow {
    fn from(value: crate::types::Workflow) -> Self {
        Self {
            archived_at: Ok(value.archived_at),
            archived_by: Ok(value.archived_by),
            created_at: Ok(value.created_at),
            created_by: Ok(value.created_by),
            description: Ok(value.description),
            graph: Ok(value.graph),
            id: Ok(value.id),
            name: Ok(value.name),
            project_id: Ok(value.project_id),
            run_setup_json: Ok(value.run_setup_json),
            status: Ok(value.status),
            tenant_id: Ok(value.tenant_id),
            updated_at: Ok(value.updated_at),
            updated_by: Ok(value.updated_by),
        }
    }
}
#[derive(Clone, Debug)]
pub struct WorkflowConnectionOverride {
    connection_id: ::std::result::Result<::std::string::String, ::std::string::String>,
    instance_id: ::std::result::Result<::std::string::String, ::std::string::String>,
}
impl ::std::default::Default for WorkflowConnectionOverride {
    fn default() -> Self {
        Self {
            connection_id: Err("no value supplied for connection_id".to_string()),
            instance_id: Err("no value supplied for instance_id".to_string()),
        }
    }
}
impl WorkflowConnectionOverride {
    pub fn connection_id<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.connection_id = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for connection_id: {e}")
            });
        self
    }
    pub fn instance_id<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.instance_id = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for instance_id: {e}")
            });
        self
    }
}
impl ::std::convert::TryFrom<WorkflowConnectionOverride>
for crate::types::WorkflowConnectionOverride {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: WorkflowConnectionOverride,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self {
            connection_id: value.connection_id?,
            instance_id: value.instance_id?,
        })
    }
}
impl ::std::convert::From<crate::types::WorkflowConnectionOverride>
for WorkflowConnectionOverride {
    fn from(value: crate::types::WorkflowConnectionOverride) -> Self {
        Self {
            connection_id: Ok(value.connection_id),
            instance_id: Ok(value.instance_id),
        }
    }
}
#[derive(Clone, Debug)]
pub struct WorkflowConnectionOverridePage {
    items: ::std::result::Result<
        ::std::vec::Vec<crate::types::WorkflowConnectionOverride>,
        ::std::string::String,
    >,
    next_page: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
}
impl ::std::default::Default for WorkflowConnectionOverridePage {
    fn default() -> Self {
        Self {
            items: Err("no value supplied for items".to_string()),
            next_page: Err("no value supplied for next_page".to_string()),
        }
    }
}
impl WorkflowConnectionOverridePage {
    pub fn items<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<
            ::std::vec::Vec<crate::types::WorkflowConnectionOverride>,
        >,
        T::Error: ::std::fmt::Display,
    {
        self.items = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for items: {e}"));
        self
    }
    pub fn next_page<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.next_page = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for next_page: {e}"));
        self
    }
}
impl ::std::convert::TryFrom<WorkflowConnectionOverridePage>
for crate::types::WorkflowConnectionOverridePage {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: WorkflowConnectionOverridePage,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self {
            items: value.items?,
            next_page: value.next_page?,
        })
    }
}
impl ::std::convert::From<crate::types::WorkflowConnectionOverridePage>
for WorkflowConnectionOverridePage {
    fn from(value: crate::types::WorkflowConnectionOverridePage) -> Self {
        Self {
            items: Ok(value.items),
            next_page: Ok(value.next_page),
        }
    }
}
#[derive(Clone, Debug)]
pub struct WorkflowConnectionOverridesReplace {
    overrides: ::std::result::Result<
        ::std::vec::Vec<crate::types::WorkflowConnectionOverride>,
        ::std::string::String,
    >,
}
impl ::std::default::Default for WorkflowConnectionOverridesReplace {
    fn default() -> Self {
        Self {
            overrides: Err("no value supplied for overrides".to_string()),
        }
    }
}
impl WorkflowConnectionOverridesReplace {
    pub fn overrides<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<
            ::std::vec::Vec<crate::types::WorkflowConnectionOverride>,
        >,
        T::Error: ::std::fmt::Display,
    {
        self.overrides = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for overrides: {e}"));
        self
    }
}
impl ::std::convert::TryFrom<WorkflowConnectionOverridesReplace>
for crate::types::WorkflowConnectionOverridesReplace {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: WorkflowConnectionOverridesReplace,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self {
            overrides: value.overrides?,
        })
    }
}
impl ::std::convert::From<crate::types::WorkflowConnectionOverridesReplace>
for WorkflowConnectionOverridesReplace {
    fn from(value: crate::types::WorkflowConnectionOverridesReplace) -> Self {
        Self {
            overrides: Ok(value.overrides),
        }
    }
}
#[derive(Clone, Debug)]
pub struct WorkflowConnectionOverridesStatus {
    status: ::std::result::Result<
        crate::types::WorkflowConnectionOverridesStatusStatus,
        ::std::string::String,
    >,
}
impl ::std::default::Default for WorkflowConnectionOverridesStatus {
    fn default() -> Self {
        Self {
            status: Err("no value supplied for status".to_string()),
        }
    }
}
impl WorkflowConnectionOverridesStatus {
    pub fn status<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<
            crate::types::WorkflowConnectionOverridesStatusStatus,
        >,
        T::Error: ::std::fmt::Display,
    {
        self.status = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for status: {e}"));
        self
    }
}
impl ::std::convert::TryFrom<WorkflowConnectionOverridesStatus>
for crate::types::WorkflowConnectionOverridesStatus {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: WorkflowConnectionOverridesStatus,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self { status: value.status? })
    }
}
impl ::std::convert::From<crate::types::WorkflowConnectionOverridesStatus>
for WorkflowConnectionOverridesStatus {
    fn from(value: crate::types::WorkflowConnectionOverridesStatus) -> Self {
        Self { status: Ok(value.status) }
    }
}
#[derive(Clone, Debug)]
pub struct WorkflowCreate {
    description: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
    graph: ::std::result::Result<crate::types::WorkflowGraph, ::std::string::String>,
    name: ::std::result::Result<::std::string::String, ::std::string::String>,
}
impl ::std::default::Default for WorkflowCreate {
    fn default() -> Self {
        Self {
            description: Ok(Default::default()),
            graph: Err("no value supplied for graph".to_string()),
            name: Err("no value supplied for name".to_string()),
        }
    }
}
impl WorkflowCreate {
    pub fn description<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.description = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for description: {e}")
            });
        self
    }
    pub fn graph<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<crate::types::WorkflowGraph>,
        T::Error: ::std::fmt::Display,
    {
        self.graph = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for graph: {e}"));
        self
    }
    pub fn name<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.name = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for name: {e}"));
        self
    }
}
impl ::std::convert::TryFrom<WorkflowCreate> for crate::types::WorkflowCreate {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: WorkflowCreate,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self {
            description: value.description?,
            graph: value.graph?,
            name: value.name?,
        })
    }
}
impl ::std::convert::From<crate::types::WorkflowCreate> for WorkflowCreate {
    fn from(value: crate::types::WorkflowCreate) -> Self {
        Self {
            description: Ok(value.description),
            graph: Ok(value.graph),
            name: Ok(value.name),
        }
    }
}
#[derive(Clone, Debug)]
pub struct WorkflowGraph {
    input_schema: ::std::result::Result<
        ::std::option::Option<::serde_json::Value>,
        ::std::string::String,
    >,
    steps: ::std::result::Result<
        ::std::vec::Vec<crate::types::WorkflowStep>,
        ::std::string::String,
    >,
}
impl ::std::default::Default for WorkflowGraph {
    fn default() -> Self {
        Self {
            input_schema: Ok(Default::default()),
            steps: Err("no value supplied for steps".to_string()),
        }
    }
}
impl WorkflowGraph {
    pub fn input_schema<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<::serde_json::Value>>,
        T::Error: ::std::fmt::Display,
    {
        self.input_schema = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for input_schema: {e}")
            });
        self
    }
    pub fn steps<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::vec::Vec<crate::types::WorkflowStep>>,
        T::Error: ::std::fmt::Display,
    {
        self.steps = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for steps: {e}"));
        self
    }
}
impl ::std::convert::TryFrom<WorkflowGraph> for crate::types::WorkflowGraph {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: WorkflowGraph,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self {
            input_schema: value.input_schema?,
            steps: value.steps?,
        })
    }
}
impl ::std::convert::From<crate::types::WorkflowGraph> for WorkflowGraph {
    fn from(value: crate::types::WorkflowGraph) -> Self {
        Self {
            input_schema: Ok(value.input_schema),
            steps: Ok(value.steps),
        }
    }
}
#[derive(Clone, Debug)]
pub struct WorkflowPage {
    items: ::std::result::Result<
        ::std::vec::Vec<crate::types::Workflow>,
        ::std::string::String,
    >,
    next_page: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
}
impl ::std::default::Default for WorkflowPage {
    fn default() -> Self {
        Self {
            items: Err("no value supplied for items".to_string()),
            next_page: Err("no value supplied for next_page".to_string()),
        }
    }
}
impl WorkflowPage {
    pub fn items<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::vec::Vec<crate::types::Workflow>>,
        T::Error: ::std::fmt::Display,
    {
        self.items = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for items: {e}"));
        self
    }
    pub fn next_page<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.next_page = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for next_page: {e}"));
        self
    }
}
impl ::std::convert::TryFrom<WorkflowPage> for crate::types::WorkflowPage {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: WorkflowPage,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self {
            items: value.items?,
            next_page: value.next_page?,
        })
    }
}
impl ::std::convert::From<crate::types::WorkflowPage> for WorkflowPage {
    fn from(value: crate::types::WorkflowPage) -> Self {
        Self {
            items: Ok(value.items),
            next_page: Ok(value.next_page),
        }
    }
}
#[derive(Clone, Debug)]
pub struct WorkflowStep {
    condition: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
    depends_on: ::std::result::Result<
        ::std::vec::Vec<::std::string::String>,
        ::std::string::String,
    >,
    enabled: ::std::result::Result<::std::option::Option<bool>, ::std::string::String>,
    id: ::std::result::Result<::std::string::String, ::std::string::String>,
    input_allowlist: ::std::result::Result<
        ::std::vec::Vec<::std::string::String>,
        ::std::string::String,
    >,
    name: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
    no_auto_start: ::std::result::Result<
        ::std::option::Option<bool>,
        ::std::string::String,
    >,
    retry_count: ::std::result::Result<
        ::std::option::Option<i32>,
        ::std::string::String,
    >,
    skip_when: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
    terminal: ::std::result::Result<::std::option::Option<bool>, ::std::string::String>,
    timeout_s: ::std::result::Result<::std::option::Option<i32>, ::std::string::String>,
    type_: ::std::result::Result<crate::types::WorkflowStepType, ::std::string::String>,
}
impl ::std::default::Default for WorkflowStep {
    fn default() -> Self {
        Self {
            condition: Ok(Default::default()),
            depends_on: Ok(Default::default()),
            enabled: Ok(Default::default()),
            id: Err("no value supplied for id".to_string()),
            input_allowlist: Ok(Default::default()),
            name: Ok(Default::default()),
            no_auto_start: Ok(Default::default()),
            retry_count: Ok(Default::default()),
            skip_when: Ok(Default::default()),
            terminal: Ok(Default::default()),
            timeout_s: Ok(Default::default()),
            type_: Err("no value supplied for type_".to_string()),
        }
    }
}
impl WorkflowStep {
    pub fn condition<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.condition = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for condition: {e}"));
        self
    }
    pub fn depends_on<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.depends_on = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for depends_on: {e}"));
        self
    }
    pub fn enabled<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<bool>>,
        T::Error: ::std::fmt::Display,
    {
        self.enabled = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for enabled: {e}"));
        self
    }
    pub fn id<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.id = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for id: {e}"));
        self
    }
    pub fn input_allowlist<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.input_allowlist = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for input_allowlist: {e}")
            });
        self
    }
    pub fn name<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.name = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for name: {e}"));
        self
    }
    pub fn no_auto_start<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<bool>>,
        T::Error: ::std::fmt::Display,
    {
        self.no_auto_start = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for no_auto_start: {e}")
            });
        self
    }
    pub fn retry_count<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<i32>>,
        T::Error: ::std::fmt::Display,
    {
        self.retry_count = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for retry_count: {e}")
            });
        self
    }
    pub fn skip_when<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.skip_when = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for skip_when: {e}"));
        self
    }
    pub fn terminal<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<bool>>,
        T::Error: ::std::fmt::Display,
    {
        self.terminal = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for terminal: {e}"));
        self
    }
    pub fn timeout_s<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<i32>>,
        T::Error: ::std::fmt::Display,
    {
        self.timeout_s = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for timeout_s: {e}"));
        self
    }
    pub fn type_<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<crate::types::WorkflowStepType>,
        T::Error: ::std::fmt::Display,
    {
        self.type_ = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for type_: {e}"));
        self
    }
}
impl ::std::convert::TryFrom<WorkflowStep> for crate::types::WorkflowStep {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: WorkflowStep,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self {
            condition: value.condition?,
            depends_on: value.depends_on?,
            enabled: value.enabled?,
            id: value.id?,
            input_allowlist: value.input_allowlist?,
            name: value.name?,
            no_auto_start: value.no_auto_start?,
            retry_count: value.retry_count?,
            skip_when: value.skip_when?,
            terminal: value.terminal?,
            timeout_s: value.timeout_s?,
            type_: value.type_?,
        })
    }
}
impl ::std::convert::From<crate::types::WorkflowStep> for WorkflowStep {
    fn from(value: crate::types::WorkflowStep) -> Self {
        Self {
            condition: Ok(value.condition),
            depends_on: Ok(value.depends_on),
            enabled: Ok(value.enabled),
            id: Ok(value.id),
            input_allowlist: Ok(value.input_allowlist),
            name: Ok(value.name),
            no_auto_start: Ok(value.no_auto_start),
            retry_count: Ok(value.retry_count),
            skip_when: Ok(value.skip_when),
            terminal: Ok(value.terminal),
            timeout_s: Ok(value.timeout_s),
            type_: Ok(value.type_),
        }
    }
}
#[derive(Clone, Debug)]
pub struct WorkflowUpdate {
    description: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
    graph: ::std::result::Result<
        ::std::option::Option<crate::types::WorkflowGraph>,
        ::std::string::String,
    >,
    name: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
    run_setup_json: ::std::result::Result<
        ::std::option::Option<crate::types::RunSetup>,
        ::std::string::String,
    >,
}
impl ::std::default::Default for WorkflowUpdate {
    fn default() -> Self {
        Self {
            description: Ok(Default::default()),
            graph: Ok(Default::default()),
            name: Ok(Default::default()),
            run_setup_json: Ok(Default::default()),
        }
    }
}
impl WorkflowUpdate {
    pub fn description<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.description = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for description: {e}")
            });
        self
    }
    pub fn graph<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<crate::types::WorkflowGraph>>,
        T::Error: ::std::fmt::Display,
    {
        self.graph = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for graph: {e}"));
        self
    }
    pub fn name<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.name = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for name: {e}"));
        self
    }
    pub fn run_setup_json<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<crate::types::RunSetup>>,
        T::Error: ::std::fmt::Display,
    {
        self.run_setup_json = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for run_setup_json: {e}")
            });
        self
    }
}
impl ::std::convert::TryFrom<WorkflowUpdate> for crate::types::WorkflowUpdate {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: WorkflowUpdate,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self {
            description: value.description?,
            graph: value.graph?,
            name: value.name?,
            run_setup_json: value.run_setup_json?,
        })
    }
}
impl ::std::convert::From<crate::types::WorkflowUpdate> for WorkflowUpdate {
    fn from(value: crate::types::WorkflowUpdate) -> Self {
        Self {
            description: Ok(value.description),
            graph: Ok(value.graph),
            name: Ok(value.name),
            run_setup_json: Ok(value.run_setup_json),
        }
    }
}
#[derive(Clone, Debug)]
pub struct WorkflowValidation {
    blockers: ::std::result::Result<
        ::std::vec::Vec<::std::string::String>,
        ::std::string::String,
    >,
    check_results: ::std::result::Result<
        ::std::collections::BTreeMap<
            ::std::string::String,
            crate::types::ValidationCheckStatus,
        >,
        ::std::string::String,
    >,
    checks_performed: ::std::result::Result<
        ::std::vec::Vec<::std::string::String>,
        ::std::string::String,
    >,
    issues: ::std::result::Result<
        ::std::vec::Vec<crate::types::ValidationIssue>,
        ::std::string::String,
    >,
    readiness: ::std::result::Result<
        ::std::option::Option<crate::types::WorkflowValidationReadiness>,
        ::std::string::String,
    >,
    topological_order: ::std::result::Result<
        ::std::vec::Vec<::std::string::String>,
        ::std::string::String,
    >,
    valid: ::std::result::Result<bool, ::std::string::String>,
    validation_evidence: ::std::result::Result<
        ::std::option::Option<crate::types::WorkflowValidationEvidence>,
        ::std::string::String,
    >,
}
impl ::std::default::Default for WorkflowValidation {
    fn default() -> Self {
        Self {
            blockers: Ok(Default::default()),
            check_results: Ok(Default::default()),
            checks_performed: Ok(Default::default()),
            issues: Ok(Default::default()),
            readiness: Ok(Default::default()),
            topological_order: Ok(Default::default()),
            valid: Err("no value supplied for valid".to_string()),
            validation_evidence: Ok(Default::default()),
        }
    }
}
impl WorkflowValidation {
    pub fn blockers<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.blockers = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for blockers: {e}"));
        self
    }
    pub fn check_results<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<
            ::std::collections::BTreeMap<
                ::std::string::String,
                crate::types::ValidationCheckStatus,
            >,
        >,
        T::Error: ::std::fmt::Display,
    {
        self.check_results = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for check_results: {e}")
            });
        self
    }
    pub fn checks_performed<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.checks_performed = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for checks_performed: {e}")
            });
        self
    }
    pub fn issues<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::vec::Vec<crate::types::ValidationIssue>>,
        T::Error: ::std::fmt::Display,
    {
        self.issues = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for issues: {e}"));
        self
    }
    pub fn readiness<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<
            ::std::option::Option<crate::types::WorkflowValidationReadiness>,
        >,
        T::Error: ::std::fmt::Display,
    {
        self.readiness = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for readiness: {e}"));
        self
    }
    pub fn topological_order<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.topological_order = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for topological_order: {e}")
            });
        self
    }
    pub fn valid<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<bool>,
        T::Error: ::std::fmt::Display,
    {
        self.valid = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for valid: {e}"));
        self
    }
    pub fn validation_evidence<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<
            ::std::option::Option<crate::types::WorkflowValidationEvidence>,
        >,
        T::Error: ::std::fmt::Display,
    {
        self.validation_evidence = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for validation_evidence: {e}")
            });
        self
    }
}
impl ::std::convert::TryFrom<WorkflowValidation> for crate::types::WorkflowValidation {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: WorkflowValidation,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self {
            blockers: value.blockers?,
            check_results: value.check_results?,
            checks_performed: value.checks_performed?,
            issues: value.issues?,
            readiness: value.readiness?,
            topological_order: value.topological_order?,
            valid: value.valid?,
            validation_evidence: value.validation_evidence?,
        })
    }
}
impl ::std::convert::From<crate::types::WorkflowValidation> for WorkflowValidation {
    fn from(value: crate::types::WorkflowValidation) -> Self {
        Self {
            blockers: Ok(value.blockers),
            check_results: Ok(value.check_results),
            checks_performed: Ok(value.checks_performed),
            issues: Ok(value.issues),
            readiness: Ok(value.readiness),
            topological_order: Ok(value.topological_order),
            valid: Ok(value.valid),
            validation_evidence: Ok(value.validation_evidence),
        }
    }
}
#[derive(Clone, Debug)]
pub struct WorkflowValidationEvidence {
    checks_performed: ::std::result::Result<
        ::std::vec::Vec<::std::string::String>,
        ::std::string::String,
    >,
    graph_hash: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
    readiness: ::std::result::Result<
        ::std::option::Option<crate::types::WorkflowValidationEvidenceReadiness>,
        ::std::string::String,
    >,
    validated_at: ::std::result::Result<
        ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        ::std::string::String,
    >,
    workflow_graph_schema_hash: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
}
impl ::std::default::Default for WorkflowValidationEvidence {
    fn default() -> Self {
        Self {
            checks_performed: Ok(Default::default()),
            graph_hash: Ok(Default::default()),
            readiness: Ok(Default::default()),
            validated_at: Ok(Default::default()),
            workflow_graph_schema_hash: Ok(Default::default()),
        }
    }
}
impl WorkflowValidationEvidence {
    pub fn checks_performed<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.checks_performed = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for checks_performed: {e}")
            });
        self
    }
    pub fn graph_hash<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.graph_hash = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for graph_hash: {e}"));
        self
    }
    pub fn readiness<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<
            ::std::option::Option<crate::types::WorkflowValidationEvidenceReadiness>,
        >,
        T::Error: ::std::fmt::Display,
    {
        self.readiness = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for readiness: {e}"));
        self
    }
    pub fn validated_at<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<
            ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        >,
        T::Error: ::std::fmt::Display,
    {
        self.validated_at = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for validated_at: {e}")
            });
        self
    }
    pub fn workflow_graph_schema_hash<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.workflow_graph_schema_hash = value
            .try_into()
            .map_err(|e| {
                format!(
                    "error converting supplied value for workflow_graph_schema_hash: {e}"
                )
            });
        self
    }
}
impl ::std::convert::TryFrom<WorkflowValidationEvidence>
for crate::types::WorkflowValidationEvidence {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: WorkflowValidationEvidence,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self {
            checks_performed: value.checks_performed?,
            graph_hash: value.graph_hash?,
            readiness: value.readiness?,
            validated_at: value.validated_at?,
            workflow_graph_schema_hash: value.workflow_graph_schema_hash?,
        })
    }
}
impl ::std::convert::From<crate::types::WorkflowValidationEvidence>
for WorkflowValidationEvidence {
    fn from(value: crate::types::WorkflowValidationEvidence) -> Self {
        Self {
            checks_performed: Ok(value.checks_performed),
            graph_hash: Ok(value.graph_hash),
            readiness: Ok(value.readiness),
            validated_at: Ok(value.validated_at),
            workflow_graph_schema_hash: Ok(value.workflow_graph_schema_hash),
        }
    }
}
#[derive(Clone, Debug)]
pub struct WorkflowValidationParams {
    excluded_step_ids: ::std::result::Result<
        ::std::vec::Vec<::std::string::String>,
        ::std::string::String,
    >,
    trigger_payload: ::std::result::Result<
        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        ::std::string::String,
    >,
    trigger_steps: ::std::result::Result<
        ::std::collections::BTreeMap<
            ::std::string::String,
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        >,
        ::std::string::String,
    >,
}
impl ::std::default::Default for WorkflowValidationParams {
    fn default() -> Self {
        Self {
            excluded_step_ids: Ok(Default::default()),
            trigger_payload: Ok(Default::default()),
            trigger_steps: Ok(Default::default()),
        }
    }
}
impl WorkflowValidationParams {
    pub fn excluded_step_ids<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.excluded_step_ids = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for excluded_step_ids: {e}")
            });
        self
    }
    pub fn trigger_payload<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        >,
        T::Error: ::std::fmt::Display,
    {
        self.trigger_payload = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for trigger_payload: {e}")
            });
        self
    }
    pub fn trigger_steps<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<
            ::std::collections::BTreeMap<
                ::std::string::String,
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
            >,
        >,
        T::Error: ::std::fmt::Display,
    {
        self.trigger_steps = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for trigger_steps: {e}")
            });
        self
    }
}
impl ::std::convert::TryFrom<WorkflowValidationParams>
for crate::types::WorkflowValidationParams {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: WorkflowValidationParams,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self {
            excluded_step_ids: value.excluded_step_ids?,
            trigger_payload: value.trigger_payload?,
            trigger_steps: value.trigger_steps?,
        })
    }
}
impl ::std::convert::From<crate::types::WorkflowValidationParams>
for WorkflowValidationParams {
    fn from(value: crate::types::WorkflowValidationParams) -> Self {
        Self {
            excluded_step_ids: Ok(value.excluded_step_ids),
            trigger_payload: Ok(value.trigger_payload),
            trigger_steps: Ok(value.trigger_steps),
        }
    }
}
#[derive(Clone, Debug)]
pub struct WorkflowVersion {
    changelog: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
    graph_snapshot: ::std::result::Result<
        ::std::option::Option<crate::types::WorkflowGraph>,
        ::std::string::String,
    >,
    published_at: ::std::result::Result<
        ::chrono::DateTime<::chrono::offset::Utc>,
        ::std::string::String,
    >,
    version: ::std::result::Result<i32, ::std::string::String>,
    workflow_id: ::std::result::Result<::std::string::String, ::std::string::String>,
}
impl ::std::default::Default for WorkflowVersion {
    fn default() -> Self {
        Self {
            changelog: Ok(Default::default()),
            graph_snapshot: Ok(Default::default()),
            published_at: Err("no value supplied for published_at".to_string()),
            version: Err("no value supplied for version".to_string()),
            workflow_id: Err("no value supplied for workflow_id".to_string()),
        }
    }
}
impl WorkflowVersion {
    pub fn changelog<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.changelog = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for changelog: {e}"));
        self
    }
    pub fn graph_snapshot<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<crate::types::WorkflowGraph>>,
        T::Error: ::std::fmt::Display,
    {
        self.graph_snapshot = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for graph_snapshot: {e}")
            });
        self
    }
    pub fn published_at<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
        T::Error: ::std::fmt::Display,
    {
        self.published_at = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for published_at: {e}")
            });
        self
    }
    pub fn version<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<i32>,
        T::Error: ::std::fmt::Display,
    {
        self.version = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for version: {e}"));
        self
    }
    pub fn workflow_id<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.workflow_id = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for workflow_id: {e}")
            });
        self
    }
}
impl ::std::convert::TryFrom<WorkflowVersion> for crate::types::WorkflowVersion {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: WorkflowVersion,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self {
            changelog: value.changelog?,
            graph_snapshot: value.graph_snapshot?,
            published_at: value.published_at?,
            version: value.version?,
            workflow_id: value.workflow_id?,
        })
    }
}
impl ::std::convert::From<crate::types::WorkflowVersion> for WorkflowVersion {
    fn from(value: crate::types::WorkflowVersion) -> Self {
        Self {
            changelog: Ok(value.changelog),
            graph_snapshot: Ok(value.graph_snapshot),
            published_at: Ok(value.published_at),
            version: Ok(value.version),
            workflow_id: Ok(value.workflow_id),
        }
    }
}
#[derive(Clone, Debug)]
pub struct WorkflowVersionPage {
    items: ::std::result::Result<
        ::std::vec::Vec<crate::types::WorkflowVersion>,
        ::std::string::String,
    >,
    next_page: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
}
impl ::std::default::Default for WorkflowVersionPage {
    fn default() -> Self {
        Self {
            items: Err("no value supplied for items".to_string()),
            next_page: Err("no value supplied for next_page".to_string()),
        }
    }
}
impl WorkflowVersionPage {
    pub fn items<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::vec::Vec<crate::types::WorkflowVersion>>,
        T::Error: ::std::fmt::Display,
    {
        self.items = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for items: {e}"));
        self
    }
    pub fn next_page<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.next_page = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for next_page: {e}"));
        self
    }
}
impl ::std::convert::TryFrom<WorkflowVersionPage> for crate::types::WorkflowVersionPage {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: WorkflowVersionPage,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self {
            items: value.items?,
            next_page: value.next_page?,
        })
    }
}
impl ::std::convert::From<crate::types::WorkflowVersionPage> for WorkflowVersionPage {
    fn from(value: crate::types::WorkflowVersionPage) -> Self {
        Self {
            items: Ok(value.items),
            next_page: Ok(value.next_page),
        }
    }
}
#[derive(Clone, Debug)]
pub struct WorkflowVersionPublish {
    changelog: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
}
impl ::std::default::Default for WorkflowVersionPublish {
    fn default() -> Self {
        Self {
            changelog: Ok(Default::default()),
        }
    }
}
impl WorkflowVersionPublish {
    pub fn changelog<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.changelog = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for changelog: {e}"));
        self
    }
}
impl ::std::convert::TryFrom<WorkflowVersionPublish>
for crate::types::WorkflowVersionPublish {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: WorkflowVersionPublish,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self {
            changelog: value.changelog?,
        })
    }
}
impl ::std::convert::From<crate::types::WorkflowVersionPublish>
for WorkflowVersionPublish {
    fn from(value: crate::types::WorkflowVersionPublish) -> Self {
        Self {
            changelog: Ok(value.changelog),
        }
    }
}

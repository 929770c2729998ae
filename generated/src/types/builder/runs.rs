// @generated struct builders of the `runs` area by agentruntime-generator 0.1.0. Do not edit by hand.
// Spec: spec/openapi.yaml (sha256 519ac2a915cd9c7a211905e5012ef39e9645387cfc93c6c8dc097895fccb21cc), OpenAPI 3.1.0, API version 1.0.0.
// Regenerate: cargo xtask regen

#![allow(clippy::all, clippy::pedantic)]
#[derive(Clone, Debug)]
pub struct ExecuteRunParams {
    external_user_id: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
    segment_id: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
}
impl ::std::default::Default for ExecuteRunParams {
    fn default() -> Self {
        Self {
            external_user_id: Ok(Default::default()),
            segment_id: Ok(Default::default()),
        }
    }
}
impl ExecuteRunParams {
    pub fn external_user_id<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.external_user_id = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for external_user_id: {e}")
            });
        self
    }
    pub fn segment_id<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.segment_id = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for segment_id: {e}"));
        self
    }
}
impl ::std::convert::TryFrom<ExecuteRunParams> for crate::types::ExecuteRunParams {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: ExecuteRunParams,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self {
            external_user_id: value.external_user_id?,
            segment_id: value.segment_id?,
        })
    }
}
impl ::std::convert::From<crate::types::ExecuteRunParams> for ExecuteRunParams {
    fn from(value: crate::types::ExecuteRunParams) -> Self {
        Self {
            external_user_id: Ok(value.external_user_id),
            segment_id: Ok(value.segment_id),
        }
    }
}
#[derive(Clone, Debug)]
pub struct Run {
    external_user_id: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
    failure_code: ::std::result::Result<
        ::std::option::Option<crate::types::FailureCode>,
        ::std::string::String,
    >,
    finished_at: ::std::result::Result<
        ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        ::std::string::String,
    >,
    project_id: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
    request_id: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
    run_id: ::std::result::Result<::std::string::String, ::std::string::String>,
    started_at: ::std::result::Result<
        ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        ::std::string::String,
    >,
    status: ::std::result::Result<crate::types::RunStatus, ::std::string::String>,
    trigger_type: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
    workflow_id: ::std::result::Result<::std::string::String, ::std::string::String>,
    workflow_name: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
    workflow_version: ::std::result::Result<
        ::std::option::Option<i32>,
        ::std::string::String,
    >,
}
impl ::std::default::Default for Run {
    fn default() -> Self {
        Self {
            external_user_id: Ok(Default::default()),
            failure_code: Ok(Default::default()),
            finished_at: Ok(Default::default()),
            project_id: Ok(Default::default()),
            request_id: Ok(Default::default()),
            run_id: Err("no value supplied for run_id".to_string()),
            started_at: Ok(Default::default()),
            status: Err("no value supplied for status".to_string()),
            trigger_type: Ok(Default::default()),
            workflow_id: Err("no value supplied for workflow_id".to_string()),
            workflow_name: Ok(Default::default()),
            workflow_version: Ok(Default::default()),
        }
    }
}
impl Run {
    pub fn external_user_id<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.external_user_id = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for external_user_id: {e}")
            });
        self
    }
    pub fn failure_code<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<crate::types::FailureCode>>,
        T::Error: ::std::fmt::Display,
    {
        self.failure_code = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for failure_code: {e}")
            });
        self
    }
    pub fn finished_at<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<
            ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        >,
        T::Error: ::std::fmt::Display,
    {
        self.finished_at = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for finished_at: {e}")
            });
        self
    }
    pub fn project_id<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.project_id = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for project_id: {e}"));
        self
    }
    pub fn request_id<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.request_id = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for request_id: {e}"));
        self
    }
    pub fn run_id<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.run_id = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for run_id: {e}"));
        self
    }
    pub fn started_at<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<
            ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        >,
        T::Error: ::std::fmt::Display,
    {
        self.started_at = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for started_at: {e}"));
        self
    }
    pub fn status<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<crate::types::RunStatus>,
        T::Error: ::std::fmt::Display,
    {
        self.status = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for status: {e}"));
        self
    }
    pub fn trigger_type<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.trigger_type = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for trigger_type: {e}")
            });
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
    pub fn workflow_name<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.workflow_name = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for workflow_name: {e}")
            });
        self
    }
    pub fn workflow_version<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<i32>>,
        T::Error: ::std::fmt::Display,
    {
        self.workflow_version = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for workflow_version: {e}")
            });
        self
    }
}
impl ::std::convert::TryFrom<Run> for crate::types::Run {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: Run,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self {
            external_user_id: value.external_user_id?,
            failure_code: value.failure_code?,
            finished_at: value.finished_at?,
            project_id: value.project_id?,
            request_id: value.request_id?,
            run_id: value.run_id?,
            started_at: value.started_at?,
            status: value.status?,
            trigger_type: value.trigger_type?,
            workflow_id: value.workflow_id?,
            workflow_name: value.workflow_name?,
            workflow_version: value.workflow_version?,
        })
    }
}
impl ::std::convert::From<crate::types::Run> for Run {
    fn from(value: crate::types::Run) -> Self {
        Self {
            external_user_id: Ok(value.external_user_id),
            failure_code: Ok(value.failure_code),
            finished_at: Ok(value.finished_at),
            project_id: Ok(value.project_id),
            request_id: Ok(value.request_id),
            run_id: Ok(value.run_id),
            started_at: Ok(value.started_at),
            status: Ok(value.status),
            trigger_type: Ok(value.trigger_type),
            workflow_id: Ok(value.workflow_id),
            workflow_name: Ok(value.workflow_name),
            workflow_version: Ok(value.workflow_version),
        }
    }
}
#[derive(Clone, Debug)]
pub struct RunCommandResult {
    error: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
    failed: ::std::result::Result<::std::option::Option<i32>, ::std::string::String>,
    matched: ::std::result::Result<::std::option::Option<i32>, ::std::string::String>,
    results: ::std::result::Result<
        ::std::vec::Vec<crate::types::SegmentExecutionResult>,
        ::std::string::String,
    >,
    run_id: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
    skipped: ::std::result::Result<::std::option::Option<i32>, ::std::string::String>,
    started: ::std::result::Result<::std::option::Option<i32>, ::std::string::String>,
    started_at: ::std::result::Result<
        ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        ::std::string::String,
    >,
    status: ::std::result::Result<
        ::std::option::Option<crate::types::RunStatus>,
        ::std::string::String,
    >,
    workflow_id: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
}
impl ::std::default::Default for RunCommandResult {
    fn default() -> Self {
        Self {
            error: Ok(Default::default()),
            failed: Ok(Default::default()),
            matched: Ok(Default::default()),
            results: Ok(Default::default()),
            run_id: Ok(Default::default()),
            skipped: Ok(Default::default()),
            started: Ok(Default::default()),
            started_at: Ok(Default::default()),
            status: Ok(Default::default()),
            workflow_id: Ok(Default::default()),
        }
    }
}
impl RunCommandResult {
    pub fn error<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.error = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for error: {e}"));
        self
    }
    pub fn failed<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<i32>>,
        T::Error: ::std::fmt::Display,
    {
        self.failed = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for failed: {e}"));
        self
    }
    pub fn matched<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<i32>>,
        T::Error: ::std::fmt::Display,
    {
        self.matched = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for matched: {e}"));
        self
    }
    pub fn results<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<
            ::std::vec::Vec<crate::types::SegmentExecutionResult>,
        >,
        T::Error: ::std::fmt::Display,
    {
        self.results = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for results: {e}"));
        self
    }
    pub fn run_id<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.run_id = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for run_id: {e}"));
        self
    }
    pub fn skipped<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<i32>>,
        T::Error: ::std::fmt::Display,
    {
        self.skipped = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for skipped: {e}"));
        self
    }
    pub fn started<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<i32>>,
        T::Error: ::std::fmt::Display,
    {
        self.started = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for started: {e}"));
        self
    }
    pub fn started_at<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<
            ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        >,
        T::Error: ::std::fmt::Display,
    {
        self.started_at = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for started_at: {e}"));
        self
    }
    pub fn status<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<crate::types::RunStatus>>,
        T::Error: ::std::fmt::Display,
    {
        self.status = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for status: {e}"));
        self
    }
    pub fn workflow_id<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
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
impl ::std::convert::TryFrom<RunCommandResult> for crate::types::RunCommandResult {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: RunCommandResult,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self {
            error: value.error?,
            failed: value.failed?,
            matched: value.matched?,
            results: value.results?,
            run_id: value.run_id?,
            skipped: value.skipped?,
            started: value.started?,
            started_at: value.started_at?,
            status: value.status?,
            workflow_id: value.workflow_id?,
        })
    }
}
impl ::std::convert::From<crate::types::RunCommandResult> for RunCommandResult {
    fn from(value: crate::types::RunCommandResult) -> Self {
        Self {
            error: Ok(value.error),
            failed: Ok(value.failed),
            matched: Ok(value.matched),
            results: Ok(value.results),
            run_id: Ok(value.run_id),
            skipped: Ok(value.skipped),
            started: Ok(value.started),
            started_at: Ok(value.started_at),
            status: Ok(value.status),
            workflow_id: Ok(value.workflow_id),
        }
    }
}
#[derive(Clone, Debug)]
pub struct RunContext {
    custom: ::std::result::Result<
        ::std::option::Option<crate::types::RunContextCustom>,
        ::std::string::String,
    >,
    input: ::std::result::Result<
        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        ::std::string::String,
    >,
    run_id: ::std::result::Result<::std::string::String, ::std::string::String>,
    status: ::std::result::Result<
        ::std::option::Option<crate::types::RunStatus>,
        ::std::string::String,
    >,
    steps: ::std::result::Result<
        ::std::collections::BTreeMap<::std::string::String, crate::types::RunStepState>,
        ::std::string::String,
    >,
    variables: ::std::result::Result<
        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        ::std::string::String,
    >,
    workflow_id: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
}
impl ::std::default::Default for RunContext {
    fn default() -> Self {
        Self {
            custom: Ok(Default::default()),
            input: Ok(Default::default()),
            run_id: Err("no value supplied for run_id".to_string()),
            status: Ok(Default::default()),
            steps: Ok(Default::default()),
            variables: Ok(Default::default()),
            workflow_id: Ok(Default::default()),
        }
    }
}
impl RunContext {
    pub fn custom<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<
            ::std::option::Option<crate::types::RunContextCustom>,
        >,
        T::Error: ::std::fmt::Display,
    {
        self.custom = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for custom: {e}"));
        self
    }
    pub fn input<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        >,
        T::Error: ::std::fmt::Display,
    {
        self.input = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for input: {e}"));
        self
    }
    pub fn run_id<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.run_id = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for run_id: {e}"));
        self
    }
    pub fn status<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<crate::types::RunStatus>>,
        T::Error: ::std::fmt::Display,
    {
        self.status = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for status: {e}"));
        self
    }
    pub fn steps<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<
            ::std::collections::BTreeMap<
                ::std::string::String,
                crate::types::RunStepState,
            >,
        >,
        T::Error: ::std::fmt::Display,
    {
        self.steps = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for steps: {e}"));
        self
    }
    pub fn variables<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        >,
        T::Error: ::std::fmt::Display,
    {
        self.variables = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for variables: {e}"));
        self
    }
    pub fn workflow_id<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
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
impl ::std::convert::TryFrom<RunContext> for crate::types::RunContext {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: RunContext,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self {
            custom: value.custom?,
            input: value.input?,
            run_id: value.run_id?,
            status: value.status?,
            steps: value.steps?,
            variables: value.variables?,
            workflow_id: value.workflow_id?,
        })
    }
}
impl ::std::convert::From<crate::types::RunContext> for RunContext {
    fn from(value: crate::types::RunContext) -> Self {
        Self {
            custom: Ok(value.custom),
            input: Ok(value.input),
            run_id: Ok(value.run_id),
            status: Ok(value.status),
            steps: Ok(value.steps),
            variables: Ok(value.variables),
            workflow_id: Ok(value.workflow_id),
        }
    }
}
#[derive(Clone, Debug)]
pub struct RunContextCustom {
    episode: ::std::result::Result<
        ::std::option::Option<crate::types::RunEpisode>,
        ::std::string::String,
    >,
}
impl ::std::default::Default for RunContextCustom {
    fn default() -> Self {
        Self {
            episode: Ok(Default::default()),
        }
    }
}
impl RunContextCustom {
    pub fn episode<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<crate::types::RunEpisode>>,
        T::Error: ::std::fmt::Display,
    {
        self.episode = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for episode: {e}"));
        self
    }
}
impl ::std::convert::TryFrom<RunContextCustom> for crate::types::RunContextCustom {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: RunContextCustom,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self { episode: value.episode? })
    }
}
impl ::std::convert::From<crate::types::RunContextCustom> for RunContextCustom {
    fn from(value: crate::types::RunContextCustom) -> Self {
        Self { episode: Ok(value.episode) }
    }
}
#[derive(Clone, Debug)]
pub struct RunControlParams {
    run_id: ::std::result::Result<::std::string::String, ::std::string::String>,
}
impl ::std::default::Default for RunControlParams {
    fn default() -> Self {
        Self {
            run_id: Err("no value supplied for run_id".to_string()),
        }
    }
}
impl RunControlParams {
    pub fn run_id<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.run_id = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for run_id: {e}"));
        self
    }
}
impl ::std::convert::TryFrom<RunControlParams> for crate::types::RunControlParams {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: RunControlParams,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self { run_id: value.run_id? })
    }
}
impl ::std::convert::From<crate::types::RunControlParams> for RunControlParams {
    fn from(value: crate::types::RunControlParams) -> Self {
        Self { run_id: Ok(value.run_id) }
    }
}
#[derive(Clone, Debug)]
pub struct RunEpisode {
    entry_granted: ::std::result::Result<
        ::std::vec::Vec<::std::string::String>,
        ::std::string::String,
    >,
    episode_closed: ::std::result::Result<
        ::std::option::Option<bool>,
        ::std::string::String,
    >,
    in_scope: ::std::result::Result<
        ::std::vec::Vec<::std::string::String>,
        ::std::string::String,
    >,
    runtime_depends_on: ::std::result::Result<
        ::std::collections::BTreeMap<
            ::std::string::String,
            ::std::vec::Vec<::std::string::String>,
        >,
        ::std::string::String,
    >,
}
impl ::std::default::Default for RunEpisode {
    fn default() -> Self {
        Self {
            entry_granted: Ok(Default::default()),
            episode_closed: Ok(Default::default()),
            in_scope: Ok(Default::default()),
            runtime_depends_on: Ok(Default::default()),
        }
    }
}
impl RunEpisode {
    pub fn entry_granted<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.entry_granted = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for entry_granted: {e}")
            });
        self
    }
    pub fn episode_closed<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<bool>>,
        T::Error: ::std::fmt::Display,
    {
        self.episode_closed = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for episode_closed: {e}")
            });
        self
    }
    pub fn in_scope<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.in_scope = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for in_scope: {e}"));
        self
    }
    pub fn runtime_depends_on<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<
            ::std::collections::BTreeMap<
                ::std::string::String,
                ::std::vec::Vec<::std::string::String>,
            >,
        >,
        T::Error: ::std::fmt::Display,
    {
        self.runtime_depends_on = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for runtime_depends_on: {e}")
            });
        self
    }
}
impl ::std::convert::TryFrom<RunEpisode> for crate::types::RunEpisode {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: RunEpisode,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self {
            entry_granted: value.entry_granted?,
            episode_closed: value.episode_closed?,
            in_scope: value.in_scope?,
            runtime_depends_on: value.runtime_depends_on?,
        })
    }
}
impl ::std::convert::From<crate::types::RunEpisode> for RunEpisode {
    fn from(value: crate::types::RunEpisode) -> Self {
        Self {
            entry_granted: Ok(value.entry_granted),
            episode_closed: Ok(value.episode_closed),
            in_scope: Ok(value.in_scope),
            runtime_depends_on: Ok(value.runtime_depends_on),
        }
    }
}
#[derive(Clone, Debug)]
pub struct RunPage {
    items: ::std::result::Result<
        ::std::vec::Vec<crate::types::Run>,
        ::std::string::String,
    >,
    next_page: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
}
impl ::std::default::Default for RunPage {
    fn default() -> Self {
        Self {
            items: Err("no value supplied for items".to_string()),
            next_page: Err("no value supplied for next_page".to_string()),
        }
    }
}
impl RunPage {
    pub fn items<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::vec::Vec<crate::types::Run>>,
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
impl ::std::convert::TryFrom<RunPage> for crate::types::RunPage {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: RunPage,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self {
            items: value.items?,
            next_page: value.next_page?,
        })
    }
}
impl ::std::convert::From<crate::types::RunPage> for RunPage {
    fn from(value: crate::types::RunPage) -> Self {
        Self {
            items: Ok(value.items),
            next_page: Ok(value.next_page),
        }
    }
}
#[derive(Clone, Debug)]
pub struct RunStepState {
    error: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
    failure_code: ::std::result::Result<
        ::std::option::Option<crate::types::FailureCode>,
        ::std::string::String,
    >,
    finished_at: ::std::result::Result<
        ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        ::std::string::String,
    >,
    result: ::std::result::Result<
        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        ::std::string::String,
    >,
    started_at: ::std::result::Result<
        ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        ::std::string::String,
    >,
    status: ::std::result::Result<
        ::std::option::Option<crate::types::StepStatus>,
        ::std::string::String,
    >,
}
impl ::std::default::Default for RunStepState {
    fn default() -> Self {
        Self {
            error: Ok(Default::default()),
            failure_code: Ok(Default::default()),
            finished_at: Ok(Default::default()),
            result: Ok(Default::default()),
            started_at: Ok(Default::default()),
            status: Ok(Default::default()),
        }
    }
}
impl RunStepState {
    pub fn error<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.error = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for error: {e}"));
        self
    }
    pub fn failure_code<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<crate::types::FailureCode>>,
        T::Error: ::std::fmt::Display,
    {
        self.failure_code = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for failure_code: {e}")
            });
        self
    }
    pub fn finished_at<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<
            ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        >,
        T::Error: ::std::fmt::Display,
    {
        self.finished_at = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for finished_at: {e}")
            });
        self
    }
    pub fn result<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        >,
        T::Error: ::std::fmt::Display,
    {
        self.result = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for result: {e}"));
        self
    }
    pub fn started_at<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<
            ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        >,
        T::Error: ::std::fmt::Display,
    {
        self.started_at = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for started_at: {e}"));
        self
    }
    pub fn status<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<crate::types::StepStatus>>,
        T::Error: ::std::fmt::Display,
    {
        self.status = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for status: {e}"));
        self
    }
}
impl ::std::convert::TryFrom<RunStepState> for crate::types::RunStepState {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: RunStepState,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self {
            error: value.error?,
            failure_code: value.failure_code?,
            finished_at: value.finished_at?,
            result: value.result?,
            started_at: value.started_at?,
            status: value.status?,
        })
    }
}
impl ::std::convert::From<crate::types::RunStepState> for RunStepState {
    fn from(value: crate::types::RunStepState) -> Self {
        Self {
            error: Ok(value.error),
            failure_code: Ok(value.failure_code),
            finished_at: Ok(value.finished_at),
            result: Ok(value.result),
            started_at: Ok(value.started_at),
            status: Ok(value.status),
        }
    }
}
#[derive(Clone, Debug)]
pub struct RunSummary {
    failure_code: ::std::result::Result<
        ::std::option::Option<crate::types::FailureCode>,
        ::std::string::String,
    >,
    orchestration_phase: ::std::result::Result<
        ::std::string::String,
        ::std::string::String,
    >,
    run_complete: ::std::result::Result<bool, ::std::string::String>,
    run_id: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
    session_id: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
    status: ::std::result::Result<
        ::std::option::Option<crate::types::RunStatus>,
        ::std::string::String,
    >,
    workflow_id: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
}
impl ::std::default::Default for RunSummary {
    fn default() -> Self {
        Self {
            failure_code: Ok(Default::default()),
            orchestration_phase: Err(
                "no value supplied for orchestration_phase".to_string(),
            ),
            run_complete: Err("no value supplied for run_complete".to_string()),
            run_id: Ok(Default::default()),
            session_id: Ok(Default::default()),
            status: Ok(Default::default()),
            workflow_id: Ok(Default::default()),
        }
    }
}
impl RunSummary {
    pub fn failure_code<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<crate::types::FailureCode>>,
        T::Error: ::std::fmt::Display,
    {
        self.failure_code = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for failure_code: {e}")
            });
        self
    }
    pub fn orchestration_phase<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.orchestration_phase = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for orchestration_phase: {e}")
            });
        self
    }
    pub fn run_complete<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<bool>,
        T::Error: ::std::fmt::Display,
    {
        self.run_complete = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for run_complete: {e}")
            });
        self
    }
    pub fn run_id<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.run_id = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for run_id: {e}"));
        self
    }
    pub fn session_id<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.session_id = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for session_id: {e}"));
        self
    }
    pub fn status<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<crate::types::RunStatus>>,
        T::Error: ::std::fmt::Display,
    {
        self.status = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for status: {e}"));
        self
    }
    pub fn workflow_id<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
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
impl ::std::convert::TryFrom<RunSummary> for crate::types::RunSummary {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: RunSummary,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self {
            failure_code: value.failure_code?,
            orchestration_phase: value.orchestration_phase?,
            run_complete: value.run_complete?,
            run_id: value.run_id?,
            session_id: value.session_id?,
            status: value.status?,
            workflow_id: value.workflow_id?,
        })
    }
}
impl ::std::convert::From<crate::types::RunSummary> for RunSummary {
    fn from(value: crate::types::RunSummary) -> Self {
        Self {
            failure_code: Ok(value.failure_code),
            orchestration_phase: Ok(value.orchestration_phase),
            run_complete: Ok(value.run_complete),
            run_id: Ok(value.run_id),
            session_id: Ok(value.session_id),
            status: Ok(value.status),
            workflow_id: Ok(value.workflow_id),
        }
    }
}
#[derive(Clone, Debug)]
pub struct SegmentExecutionResult {
    error: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
    external_user_id: ::std::result::Result<
        ::std::string::String,
        ::std::string::String,
    >,
    outcome: ::std::result::Result<
        ::std::option::Option<crate::types::SegmentExecutionResultOutcome>,
        ::std::string::String,
    >,
    run_id: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
}
impl ::std::default::Default for SegmentExecutionResult {
    fn default() -> Self {
        Self {
            error: Ok(Default::default()),
            external_user_id: Err("no value supplied for external_user_id".to_string()),
            outcome: Ok(Default::default()),
            run_id: Ok(Default::default()),
        }
    }
}
impl SegmentExecutionResult {
    pub fn error<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.error = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for error: {e}"));
        self
    }
    pub fn external_user_id<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.external_user_id = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for external_user_id: {e}")
            });
        self
    }
    pub fn outcome<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<
            ::std::option::Option<crate::types::SegmentExecutionResultOutcome>,
        >,
        T::Error: ::std::fmt::Display,
    {
        self.outcome = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for outcome: {e}"));
        self
    }
    pub fn run_id<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.run_id = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for run_id: {e}"));
        self
    }
}
impl ::std::convert::TryFrom<SegmentExecutionResult>
for crate::types::SegmentExecutionResult {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: SegmentExecutionResult,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self {
            error: value.error?,
            external_user_id: value.external_user_id?,
            outcome: value.outcome?,
            run_id: value.run_id?,
        })
    }
}
impl ::std::convert::From<crate::types::SegmentExecutionResult>
for SegmentExecutionResult {
    fn from(value: crate::types::SegmentExecutionResult) -> Self {
        Self {
            error: Ok(value.error),
            external_user_id: Ok(value.external_user_id),
            outcome: Ok(value.outcome),
            run_id: Ok(value.run_id),
        }
    }
}
#[derive(Clone, Debug)]
pub struct StartRunParams {
    copilot_mode: ::std::result::Result<
        ::std::option::Option<::serde_json::Value>,
        ::std::string::String,
    >,
    entry_step_id: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
    excluded_step_ids: ::std::result::Result<
        ::std::vec::Vec<::std::string::String>,
        ::std::string::String,
    >,
    external_user_id: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
    principal_id: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
    run_id: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
    segment_id: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
    team_id: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
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
    trigger_type: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
    use_run_setup_defaults: ::std::result::Result<bool, ::std::string::String>,
}
impl ::std::default::Default for StartRunParams {
    fn default() -> Self {
        Self {
            copilot_mode: Ok(Default::default()),
            entry_step_id: Ok(Default::default()),
            excluded_step_ids: Ok(Default::default()),
            external_user_id: Ok(Default::default()),
            principal_id: Ok(Default::default()),
            run_id: Ok(Default::default()),
            segment_id: Ok(Default::default()),
            team_id: Ok(Default::default()),
            trigger_payload: Ok(Default::default()),
            trigger_steps: Ok(Default::default()),
            trigger_type: Ok(Default::default()),
            use_run_setup_defaults: Ok(Default::default()),
        }
    }
}
impl StartRunParams {
    pub fn copilot_mode<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<::serde_json::Value>>,
        T::Error: ::std::fmt::Display,
    {
        self.copilot_mode = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for copilot_mode: {e}")
            });
        self
    }
    pub fn entry_step_id<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.entry_step_id = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for entry_step_id: {e}")
            });
        self
    }
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
    pub fn external_user_id<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.external_user_id = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for external_user_id: {e}")
            });
        self
    }
    pub fn principal_id<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.principal_id = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for principal_id: {e}")
            });
        self
    }
    pub fn run_id<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.run_id = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for run_id: {e}"));
        self
    }
    pub fn segment_id<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.segment_id = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for segment_id: {e}"));
        self
    }
    pub fn team_id<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.team_id = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for team_id: {e}"));
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
    pub fn trigger_type<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.trigger_type = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for trigger_type: {e}")
            });
        self
    }
    pub fn use_run_setup_defaults<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<bool>,
        T::Error: ::std::fmt::Display,
    {
        self.use_run_setup_defaults = value
            .try_into()
            .map_err(|e| {
                format!(
                    "error converting supplied value for use_run_setup_defaults: {e}"
                )
            });
        self
    }
}
impl ::std::convert::TryFrom<StartRunParams> for crate::types::StartRunParams {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: StartRunParams,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self {
            copilot_mode: value.copilot_mode?,
            entry_step_id: value.entry_step_id?,
            excluded_step_ids: value.excluded_step_ids?,
            external_user_id: value.external_user_id?,
            principal_id: value.principal_id?,
            run_id: value.run_id?,
            segment_id: value.segment_id?,
            team_id: value.team_id?,
            trigger_payload: value.trigger_payload?,
            trigger_steps: value.trigger_steps?,
            trigger_type: value.trigger_type?,
            use_run_setup_defaults: value.use_run_setup_defaults?,
        })
    }
}
impl ::std::convert::From<crate::types::StartRunParams> for StartRunParams {
    fn from(value: crate::types::StartRunParams) -> Self {
        Self {
            copilot_mode: Ok(value.copilot_mode),
            entry_step_id: Ok(value.entry_step_id),
            excluded_step_ids: Ok(value.excluded_step_ids),
            external_user_id: Ok(value.external_user_id),
            principal_id: Ok(value.principal_id),
            run_id: Ok(value.run_id),
            segment_id: Ok(value.segment_id),
            team_id: Ok(value.team_id),
            trigger_payload: Ok(value.trigger_payload),
            trigger_steps: Ok(value.trigger_steps),
            trigger_type: Ok(value.trigger_type),
            use_run_setup_defaults: Ok(value.use_run_setup_defaults),
        }
    }
}
#[derive(Clone, Debug)]
pub struct StopRunParams {
    mode: ::std::result::Result<
        ::std::option::Option<crate::types::StopMode>,
        ::std::string::String,
    >,
    run_id: ::std::result::Result<::std::string::String, ::std::string::String>,
}
impl ::std::default::Default for StopRunParams {
    fn default() -> Self {
        Self {
            mode: Ok(Default::default()),
            run_id: Err("no value supplied for run_id".to_string()),
        }
    }
}
impl StopRunParams {
    pub fn mode<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<crate::types::StopMode>>,
        T::Error: ::std::fmt::Display,
    {
        self.mode = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for mode: {e}"));
        self
    }
    pub fn run_id<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.run_id = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for run_id: {e}"));
        self
    }
}
impl ::std::convert::TryFrom<StopRunParams> for crate::types::StopRunParams {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: StopRunParams,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self {
            mode: value.mode?,
            run_id: value.run_id?,
        })
    }
}
impl ::std::convert::From<crate::types::StopRunParams> for StopRunParams {
    fn from(value: crate::types::StopRunParams) -> Self {
        Self {
            mode: Ok(value.mode),
            run_id: Ok(value.run_id),
        }
    }
}

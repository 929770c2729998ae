// @generated struct builders of the `tasks` area by agentruntime-generator 0.1.0. Do not edit by hand.
// Spec: spec/openapi.yaml (sha256 519ac2a915cd9c7a211905e5012ef39e9645387cfc93c6c8dc097895fccb21cc), OpenAPI 3.1.0, API version 1.0.0.
// Regenerate: cargo xtask regen

#![allow(clippy::all, clippy::pedantic)]
#[derive(Clone, Debug)]
pub struct PendingTask {
    created_at: ::std::result::Result<
        ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        ::std::string::String,
    >,
    project_id: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
    run_id: ::std::result::Result<::std::string::String, ::std::string::String>,
    step_id: ::std::result::Result<::std::string::String, ::std::string::String>,
    task_id: ::std::result::Result<::std::string::String, ::std::string::String>,
    task_payload: ::std::result::Result<
        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        ::std::string::String,
    >,
    task_type: ::std::result::Result<::std::string::String, ::std::string::String>,
    workflow_id: ::std::result::Result<::std::string::String, ::std::string::String>,
    workflow_name: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
}
impl ::std::default::Default for PendingTask {
    fn default() -> Self {
        Self {
            created_at: Ok(Default::default()),
            project_id: Ok(Default::default()),
            run_id: Err("no value supplied for run_id".to_string()),
            step_id: Err("no value supplied for step_id".to_string()),
            task_id: Err("no value supplied for task_id".to_string()),
            task_payload: Ok(Default::default()),
            task_type: Err("no value supplied for task_type".to_string()),
            workflow_id: Err("no value supplied for workflow_id".to_string()),
            workflow_name: Ok(Default::default()),
        }
    }
}
impl PendingTask {
    pub fn created_at<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<
            ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        >,
        T::Error: ::std::fmt::Display,
    {
        self.created_at = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for created_at: {e}"));
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
    pub fn step_id<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.step_id = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for step_id: {e}"));
        self
    }
    pub fn task_id<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.task_id = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for task_id: {e}"));
        self
    }
    pub fn task_payload<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        >,
        T::Error: ::std::fmt::Display,
    {
        self.task_payload = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for task_payload: {e}")
            });
        self
    }
    pub fn task_type<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.task_type = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for task_type: {e}"));
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
}
impl ::std::convert::TryFrom<PendingTask> for crate::types::PendingTask {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: PendingTask,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self {
            created_at: value.created_at?,
            project_id: value.project_id?,
            run_id: value.run_id?,
            step_id: value.step_id?,
            task_id: value.task_id?,
            task_payload: value.task_payload?,
            task_type: value.task_type?,
            workflow_id: value.workflow_id?,
            workflow_name: value.workflow_name?,
        })
    }
}
impl ::std::convert::From<crate::types::PendingTask> for PendingTask {
    fn from(value: crate::types::PendingTask) -> Self {
        Self {
            created_at: Ok(value.created_at),
            project_id: Ok(value.project_id),
            run_id: Ok(value.run_id),
            step_id: Ok(value.step_id),
            task_id: Ok(value.task_id),
            task_payload: Ok(value.task_payload),
            task_type: Ok(value.task_type),
            workflow_id: Ok(value.workflow_id),
            workflow_name: Ok(value.workflow_name),
        }
    }
}
#[derive(Clone, Debug)]
pub struct PendingTaskPage {
    items: ::std::result::Result<
        ::std::vec::Vec<crate::types::PendingTask>,
        ::std::string::String,
    >,
    next_page: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
}
impl ::std::default::Default for PendingTaskPage {
    fn default() -> Self {
        Self {
            items: Err("no value supplied for items".to_string()),
            next_page: Err("no value supplied for next_page".to_string()),
        }
    }
}
impl PendingTaskPage {
    pub fn items<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::vec::Vec<crate::types::PendingTask>>,
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
impl ::std::convert::TryFrom<PendingTaskPage> for crate::types::PendingTaskPage {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: PendingTaskPage,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self {
            items: value.items?,
            next_page: value.next_page?,
        })
    }
}
impl ::std::convert::From<crate::types::PendingTaskPage> for PendingTaskPage {
    fn from(value: crate::types::PendingTaskPage) -> Self {
        Self {
            items: Ok(value.items),
            next_page: Ok(value.next_page),
        }
    }
}
#[derive(Clone, Debug)]
pub struct TaskCompletion {
    approved: ::std::result::Result<bool, ::std::string::String>,
    status: ::std::result::Result<
        crate::types::TaskCompletionStatus,
        ::std::string::String,
    >,
    task_id: ::std::result::Result<::std::string::String, ::std::string::String>,
}
impl ::std::default::Default for TaskCompletion {
    fn default() -> Self {
        Self {
            approved: Err("no value supplied for approved".to_string()),
            status: Err("no value supplied for status".to_string()),
            task_id: Err("no value supplied for task_id".to_string()),
        }
    }
}
impl TaskCompletion {
    pub fn approved<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<bool>,
        T::Error: ::std::fmt::Display,
    {
        self.approved = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for approved: {e}"));
        self
    }
    pub fn status<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<crate::types::TaskCompletionStatus>,
        T::Error: ::std::fmt::Display,
    {
        self.status = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for status: {e}"));
        self
    }
    pub fn task_id<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.task_id = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for task_id: {e}"));
        self
    }
}
impl ::std::convert::TryFrom<TaskCompletion> for crate::types::TaskCompletion {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: TaskCompletion,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self {
            approved: value.approved?,
            status: value.status?,
            task_id: value.task_id?,
        })
    }
}
impl ::std::convert::From<crate::types::TaskCompletion> for TaskCompletion {
    fn from(value: crate::types::TaskCompletion) -> Self {
        Self {
            approved: Ok(value.approved),
            status: Ok(value.status),
            task_id: Ok(value.task_id),
        }
    }
}
#[derive(Clone, Debug)]
pub struct TaskCompletionRequest {
    approved: ::std::result::Result<bool, ::std::string::String>,
    result: ::std::result::Result<
        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        ::std::string::String,
    >,
}
impl ::std::default::Default for TaskCompletionRequest {
    fn default() -> Self {
        Self {
            approved: Err("no value supplied for approved".to_string()),
            result: Ok(Default::default()),
        }
    }
}
impl TaskCompletionRequest {
    pub fn approved<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<bool>,
        T::Error: ::std::fmt::Display,
    {
        self.approved = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for approved: {e}"));
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
}
impl ::std::convert::TryFrom<TaskCompletionRequest>
for crate::types::TaskCompletionRequest {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: TaskCompletionRequest,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self {
            approved: value.approved?,
            result: value.result?,
        })
    }
}
impl ::std::convert::From<crate::types::TaskCompletionRequest>
for TaskCompletionRequest {
    fn from(value: crate::types::TaskCompletionRequest) -> Self {
        Self {
            approved: Ok(value.approved),
            result: Ok(value.result),
        }
    }
}

// @generated types of the `tasks` area by agentruntime-generator 0.1.0. Do not edit by hand.
// Spec: spec/openapi.yaml (sha256 aab3041a7d360a69e58dfceca5f9a2bffcbf688e5ad868463978c58def134800), OpenAPI 3.1.0, API version 1.0.0.
// Regenerate: cargo xtask regen

#![allow(clippy::all, clippy::pedantic)]
#[allow(unused_imports)]
use super::*;

/// A human task waiting for a decision. Only `workflow_id`, `run_id` and `task_type` are required:
/// the docs list no item fields (the Console shows workflow name, run id, task type and step id),
/// and the vendor's site document shows tasks with `id`, `run_id`, `workflow_id`, `task_type`,
/// `prompt`, `context` and `created_at`.
#[cfg(feature = "tasks")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct PendingTask {
    /// The step's `task_payload` with its templates resolved, as the vendor's site document names
    /// it (this spec also declares `task_payload`).
    #[serde(default, skip_serializing_if = "::serde_json::Map::is_empty")]
    #[serde(deserialize_with = "crate::lenient::null_as_default")]
    pub context: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    /// When the task started waiting.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub created_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
    /// Task id, as the vendor's site document names it.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub id: ::std::option::Option<::std::string::String>,
    /// Project of the run; the project context for `complete_task`.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub project_id: ::std::option::Option<::std::string::String>,
    /// Instructions for the reviewer, derived from the step's `task_payload` (site document).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub prompt: ::std::option::Option<::std::string::String>,
    /// Id of the waiting run.
    pub run_id: ::std::string::String,
    /// Id of the human_task step. Steps inside `for_each` and `while` bodies have qualified ids
    /// (`parent#body#inner`).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub step_id: ::std::option::Option<::std::string::String>,
    /// Task id to pass to `complete_task` (field name undocumented; the site document calls it
    /// `id`). In the docs' example the task id equals the step id.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub task_id: ::std::option::Option<::std::string::String>,
    /// The step's task payload with its templates resolved: free JSON such as a title, a
    /// description, the fields to review and editable values.
    #[serde(default, skip_serializing_if = "::serde_json::Map::is_empty")]
    #[serde(deserialize_with = "crate::lenient::null_as_default")]
    pub task_payload: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    /// The step's task type, for example `approval` or `edit`.
    pub task_type: ::std::string::String,
    /// Id of the workflow.
    pub workflow_id: ::std::string::String,
    /// Name of the workflow.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub workflow_name: ::std::option::Option<::std::string::String>,
}

/// Pending human tasks, `{"tasks": [...]}` as the site document's run-level list shows it; not
/// paginated.
#[cfg(feature = "tasks")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct PendingTaskList {
    /// The pending tasks, oldest first.
    #[serde(deserialize_with = "crate::lenient::null_as_default")]
    pub tasks: ::std::vec::Vec<PendingTask>,
}

/// Response of `complete_task`.
#[cfg(feature = "tasks")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct TaskCompletion {
    /// The recorded decision.
    pub approved: bool,
    /// Always `completed`.
    pub status: TaskCompletionStatus,
    /// The completed task.
    pub task_id: ::std::string::String,
}

/// Body of `complete_task`.
#[cfg(feature = "tasks")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct TaskCompletionRequest {
    /// The decision; downstream steps read it as `{{steps.<step>.result.approved}}`.
    pub approved: bool,
    /// Extra fields (edited values, comments) merged into the step result next to `approved`.
    #[serde(default, skip_serializing_if = "::serde_json::Map::is_empty")]
    #[serde(deserialize_with = "crate::lenient::null_as_default")]
    pub result: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}

#[cfg(feature = "tasks")]
impl TaskCompletionRequest {
    /// A `TaskCompletionRequest` with its required fields; the optional ones are set with the
    /// chained setters.
    ///
    /// - `approved`: The decision; downstream steps read it as `{{steps.<step>.result.approved}}`.
    pub fn new(approved: impl ::std::convert::Into<bool>) -> Self {
        Self {
            approved: approved.into(),
            result: ::std::default::Default::default(),
        }
    }

    /// Sets `result`: Extra fields (edited values, comments) merged into the step result next to
    /// `approved`.
    ///
    /// # Panics
    ///
    /// When `value` is a JSON value other than an object (or `null`, the empty object).
    pub fn result(
        mut self,
        value: impl ::std::convert::Into<crate::JsonObject>,
    ) -> Self {
        self.result = value.into().expect_map("result");
        self
    }
}

/// Always `completed`.
#[cfg(feature = "tasks")]
#[derive(Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[non_exhaustive]
pub enum TaskCompletionStatus {
    /// `completed`
    Completed,
    /// A value this version of the SDK does not know yet, kept as it was sent.
    Unknown(::std::string::String),
}

#[cfg(feature = "tasks")]
impl ::std::fmt::Display for TaskCompletionStatus {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Completed => f.write_str("completed"),
            Self::Unknown(value) => f.write_str(value),
        }
    }
}

#[cfg(feature = "tasks")]
impl ::std::str::FromStr for TaskCompletionStatus {
    type Err = super::error::ConversionError;

    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, super::error::ConversionError> {
        match value {
            "completed" => Ok(Self::Completed),
            _ => Err("invalid value".into()),
        }
    }
}

#[cfg(feature = "tasks")]
impl ::std::convert::TryFrom<&str> for TaskCompletionStatus {
    type Error = super::error::ConversionError;

    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, super::error::ConversionError> {
        value.parse()
    }
}

#[cfg(feature = "tasks")]
impl ::std::convert::TryFrom<::std::string::String> for TaskCompletionStatus {
    type Error = super::error::ConversionError;

    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, super::error::ConversionError> {
        value.parse()
    }
}

#[cfg(feature = "tasks")]
impl TaskCompletionStatus {
    /// The value as it is on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Completed => "completed",
            Self::Unknown(value) => value,
        }
    }
}

#[cfg(feature = "tasks")]
impl ::serde::Serialize for TaskCompletionStatus {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

#[cfg(feature = "tasks")]
impl<'de> ::serde::Deserialize<'de> for TaskCompletionStatus {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        let value = <::std::string::String as ::serde::Deserialize>::deserialize(
            deserializer,
        )?;
        Ok(
            match value.as_str() {
                "completed" => Self::Completed,
                _ => Self::Unknown(value),
            },
        )
    }
}

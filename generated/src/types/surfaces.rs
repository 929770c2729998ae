// @generated types of the `surfaces` area by agentruntime-generator 0.1.0. Do not edit by hand.
// Spec: spec/openapi.yaml (sha256 30c1d38da430abece64bd45a9713968d56e678002e3b03f8517556d4a56e28d3), OpenAPI 3.1.0, API version 1.0.0.
// Regenerate: cargo xtask regen

#![allow(clippy::all, clippy::pedantic)]
#[allow(unused_imports)]
use super::*;
/// The outcome of a Surfaces action.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct SurfaceActionResult {
    /// The action that ran (`workflow.run`, `workflow.operation`, `workflow.cancel`).
    pub action: ::std::string::String,
    /// Further output of the action, free-form.
    #[serde(default, skip_serializing_if = "::serde_json::Map::is_empty")]
    pub result: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    /// The run started or acted on.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub run_id: ::std::option::Option<::std::string::String>,
    /// The run's status after the action (for example `running`, `paused`, `stopped`).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub status: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub workflow_id: ::std::option::Option<::std::string::String>,
}
/// Cancel (stop) a run.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct SurfaceActionWorkflowCancel {
    /// Run to cancel.
    pub run_id: ::std::string::String,
    /// Workflow of the run.
    pub workflow_id: ::std::string::String,
}
/// Send a named operation to a running run.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct SurfaceActionWorkflowOperation {
    /// Operation to perform (for example `pause` or `resume`).
    pub operation: ::std::string::String,
    /// Parameters of the operation, free-form.
    #[serde(default, skip_serializing_if = "::serde_json::Map::is_empty")]
    pub params: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    /// Run to operate on.
    pub run_id: ::std::string::String,
    /// Workflow of the run.
    pub workflow_id: ::std::string::String,
}
/// Start a new run of a workflow's published version.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct SurfaceActionWorkflowRun {
    /// Start params, as for the workflow `start` command (for example `trigger_payload`, `trigger_steps`).
    #[serde(default, skip_serializing_if = "::serde_json::Map::is_empty")]
    pub params: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    /// Workflow to run.
    pub workflow_id: ::std::string::String,
}
/// An action of a Surfaces app button, tagged by `action`.
#[derive(Clone, Debug)]
pub enum SurfaceAction {
    /// Start a new run of a workflow's published version.
    WorkflowRun(SurfaceActionWorkflowRun),
    /// Send a named operation to a running run.
    WorkflowOperation(SurfaceActionWorkflowOperation),
    /// Cancel (stop) a run.
    WorkflowCancel(SurfaceActionWorkflowCancel),
}
impl SurfaceAction {
    /// The `action` of this value, as it is on the wire.
    pub fn tag(&self) -> &str {
        match self {
            Self::WorkflowRun { .. } => "workflow.run",
            Self::WorkflowOperation { .. } => "workflow.operation",
            Self::WorkflowCancel { .. } => "workflow.cancel",
        }
    }
}
impl<'de> ::serde::Deserialize<'de> for SurfaceAction {
    fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        use ::serde::de::Error as _;
        let map = <::serde_json::Map<
            ::std::string::String,
            ::serde_json::Value,
        > as ::serde::Deserialize>::deserialize(deserializer)?;
        let tag = match map.get("action") {
            Some(::serde_json::Value::String(tag)) => tag.clone(),
            Some(other) => {
                return Err(
                    D::Error::custom(
                        ::std::format_args!(
                            "`{}` must be a string, found {}", "action", other
                        ),
                    ),
                );
            }
            None => return Err(D::Error::missing_field("action")),
        };
        match tag.as_str() {
            "workflow.run" => {
                ::serde_json::from_value(::serde_json::Value::Object(map))
                    .map(Self::WorkflowRun)
                    .map_err(|e| D::Error::custom(
                        ::std::format_args!("`{}: {}`: {}", "action", "workflow.run", e),
                    ))
            }
            "workflow.operation" => {
                ::serde_json::from_value(::serde_json::Value::Object(map))
                    .map(Self::WorkflowOperation)
                    .map_err(|e| D::Error::custom(
                        ::std::format_args!(
                            "`{}: {}`: {}", "action", "workflow.operation", e
                        ),
                    ))
            }
            "workflow.cancel" => {
                ::serde_json::from_value(::serde_json::Value::Object(map))
                    .map(Self::WorkflowCancel)
                    .map_err(|e| D::Error::custom(
                        ::std::format_args!(
                            "`{}: {}`: {}", "action", "workflow.cancel", e
                        ),
                    ))
            }
            other => {
                Err(
                    D::Error::unknown_variant(
                        other,
                        &["workflow.run", "workflow.operation", "workflow.cancel"],
                    ),
                )
            }
        }
    }
}
impl ::serde::Serialize for SurfaceAction {
    fn serialize<S>(&self, serializer: S) -> ::std::result::Result<S::Ok, S::Error>
    where
        S: ::serde::Serializer,
    {
        use ::serde::ser::Error as _;
        let mut map = ::serde_json::Map::new();
        match self {
            Self::WorkflowRun(payload) => {
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
                map.insert("action".into(), "workflow.run".into());
            }
            Self::WorkflowOperation(payload) => {
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
                map.insert("action".into(), "workflow.operation".into());
            }
            Self::WorkflowCancel(payload) => {
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
                map.insert("action".into(), "workflow.cancel".into());
            }
        }
        ::serde::Serialize::serialize(&map, serializer)
    }
}

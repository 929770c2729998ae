// @generated types of the `surfaces` area by agentruntime-generator 0.1.0. Do not edit by hand.
// Spec: spec/openapi.yaml (sha256 aab3041a7d360a69e58dfceca5f9a2bffcbf688e5ad868463978c58def134800), OpenAPI 3.1.0, API version 1.0.0.
// Regenerate: cargo xtask regen

#![allow(clippy::all, clippy::pedantic)]
#[allow(unused_imports)]
use super::*;

/// The component event that fired the action.
#[cfg(feature = "surfaces")]
#[derive(Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[non_exhaustive]
pub enum SurfaceActionEvent {
    /// `onClick`
    OnClick,
    /// `onSubmit`
    OnSubmit,
    /// `onChange`
    OnChange,
    /// A value this version of the SDK does not know yet, kept as it was sent.
    Unknown(::std::string::String),
}

#[cfg(feature = "surfaces")]
impl ::std::fmt::Display for SurfaceActionEvent {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::OnClick => f.write_str("onClick"),
            Self::OnSubmit => f.write_str("onSubmit"),
            Self::OnChange => f.write_str("onChange"),
            Self::Unknown(value) => f.write_str(value),
        }
    }
}

#[cfg(feature = "surfaces")]
impl ::std::str::FromStr for SurfaceActionEvent {
    type Err = super::error::ConversionError;

    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, super::error::ConversionError> {
        match value {
            "onClick" => Ok(Self::OnClick),
            "onSubmit" => Ok(Self::OnSubmit),
            "onChange" => Ok(Self::OnChange),
            _ => Err("invalid value".into()),
        }
    }
}

#[cfg(feature = "surfaces")]
impl ::std::convert::TryFrom<&str> for SurfaceActionEvent {
    type Error = super::error::ConversionError;

    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, super::error::ConversionError> {
        value.parse()
    }
}

#[cfg(feature = "surfaces")]
impl ::std::convert::TryFrom<::std::string::String> for SurfaceActionEvent {
    type Error = super::error::ConversionError;

    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, super::error::ConversionError> {
        value.parse()
    }
}

/// The docs' `SurfaceActionRequest` (surfaces-v1 JSON Schema): which component of which view of
/// which app instance fired which event, the action bound to it, and the render context. The docs'
/// patterns on `view_id` (`^[a-z][a-z0-9_-]{0,63}$`) and `component_id` (`^[a-z][a-z0-9_]{0,63}$`)
/// are stated in the descriptions rather than enforced.
#[cfg(feature = "surfaces")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct SurfaceActionRequest {
    /// `action`: [`SurfaceAction`]. The docs' `Action`: what an event handler does, tagged by
    /// `type`.
    pub action: crate::types::SurfaceAction,
    /// Platform-assigned app instance uuid (not the `id` of app.json).
    pub app_instance_id: ::std::string::String,
    /// Id of the component that fired the event (`^[a-z][a-z0-9_]{0,63}$`).
    pub component_id: ::std::string::String,
    /// `context`: [`SurfaceRenderContext`]. The docs' `RenderContext`: the run (and task) the view
    /// is bound to.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub context: ::std::option::Option<SurfaceRenderContext>,
    /// Local edit values keyed by component prop name.
    #[serde(default, skip_serializing_if = "::serde_json::Map::is_empty")]
    #[serde(deserialize_with = "crate::lenient::null_as_default")]
    pub draft: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    /// `event`: [`SurfaceActionEvent`]. The component event that fired the action.
    pub event: SurfaceActionEvent,
    /// Id of the view (lowercase identifier, `^[a-z][a-z0-9_-]{0,63}$`).
    pub view_id: ::std::string::String,
}

#[cfg(feature = "surfaces")]
impl SurfaceActionRequest {
    /// A `SurfaceActionRequest` with its required fields; the optional ones are set with the
    /// chained setters.
    ///
    /// - `app_instance_id`: Platform-assigned app instance uuid (not the `id` of app.json).
    /// - `view_id`: Id of the view (lowercase identifier, `^[a-z][a-z0-9_-]{0,63}$`).
    /// - `component_id`: Id of the component that fired the event (`^[a-z][a-z0-9_]{0,63}$`).
    /// - `event`
    /// - `action`
    pub fn new(
        app_instance_id: impl ::std::convert::Into<::std::string::String>,
        view_id: impl ::std::convert::Into<::std::string::String>,
        component_id: impl ::std::convert::Into<::std::string::String>,
        event: impl ::std::convert::Into<SurfaceActionEvent>,
        action: impl ::std::convert::Into<crate::types::SurfaceAction>,
    ) -> Self {
        Self {
            app_instance_id: app_instance_id.into(),
            view_id: view_id.into(),
            component_id: component_id.into(),
            event: event.into(),
            action: action.into(),
            context: ::std::option::Option::None,
            draft: ::std::default::Default::default(),
        }
    }

    /// Sets `context`.
    pub fn context(
        mut self,
        value: impl ::std::convert::Into<SurfaceRenderContext>,
    ) -> Self {
        self.context = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `draft`: Local edit values keyed by component prop name.
    ///
    /// # Panics
    ///
    /// When `value` is a JSON value other than an object (or `null`, the empty object).
    pub fn draft(mut self, value: impl ::std::convert::Into<crate::JsonObject>) -> Self {
        self.draft = value.into().expect_map("draft");
        self
    }
}

/// The outcome of a Surfaces action. Undocumented: the docs say only that a started run's `run_id`
/// comes back, so every property is optional.
#[cfg(feature = "surfaces")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct SurfaceActionResult {
    /// The run started or acted on.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub run_id: ::std::option::Option<::std::string::String>,
    /// The run's status after the action (for example `running`, `stopped`).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub status: ::std::option::Option<::std::string::String>,
    /// The human task an operation completed.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub task_id: ::std::option::Option<::std::string::String>,
    /// The workflow of the run.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub workflow_ref: ::std::option::Option<::std::string::String>,
}

/// Cancel a run.
#[cfg(feature = "surfaces")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct SurfaceActionWorkflowCancel {
    /// Run to cancel.
    pub run_id: ::std::string::String,
    /// Published workflow uuid.
    pub workflow_ref: ::std::string::String,
}

#[cfg(feature = "surfaces")]
impl SurfaceActionWorkflowCancel {
    /// A `SurfaceActionWorkflowCancel` with its required fields; the optional ones are set with the
    /// chained setters.
    ///
    /// - `workflow_ref`: Published workflow uuid.
    /// - `run_id`: Run to cancel.
    pub fn new(
        workflow_ref: impl ::std::convert::Into<::std::string::String>,
        run_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            workflow_ref: workflow_ref.into(),
            run_id: run_id.into(),
        }
    }
}

/// Approve, reject or trigger the `human_task` gate `node_id` of the run in `context.run_id`.
#[cfg(feature = "surfaces")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct SurfaceActionWorkflowOperation {
    /// On approve: collect every prop with a `context_edit` in this view subtree and send them as
    /// context edits.
    #[serde(default)]
    pub collect_context_edits: bool,
    /// Step id of the gate in the published graph.
    pub node_id: ::std::string::String,
    /// `operation`: [`SurfaceWorkflowOperation`]. Operation on a `human_task` gate.
    pub operation: SurfaceWorkflowOperation,
    /// Published workflow uuid (`workflow_definitions.id`; no slugs).
    pub workflow_ref: ::std::string::String,
}

#[cfg(feature = "surfaces")]
impl SurfaceActionWorkflowOperation {
    /// A `SurfaceActionWorkflowOperation` with its required fields; the optional ones are set with
    /// the chained setters.
    ///
    /// - `workflow_ref`: Published workflow uuid (`workflow_definitions.id`; no slugs).
    /// - `node_id`: Step id of the gate in the published graph.
    /// - `operation`
    pub fn new(
        workflow_ref: impl ::std::convert::Into<::std::string::String>,
        node_id: impl ::std::convert::Into<::std::string::String>,
        operation: impl ::std::convert::Into<SurfaceWorkflowOperation>,
    ) -> Self {
        Self {
            workflow_ref: workflow_ref.into(),
            node_id: node_id.into(),
            operation: operation.into(),
            collect_context_edits: ::std::default::Default::default(),
        }
    }

    /// Sets `collect_context_edits`: On approve: collect every prop with a `context_edit` in this
    /// view subtree and send them as context edits.
    pub fn collect_context_edits(
        mut self,
        value: impl ::std::convert::Into<bool>,
    ) -> Self {
        self.collect_context_edits = value.into();
        self
    }
}

/// Start a run of a published workflow.
#[cfg(feature = "surfaces")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct SurfaceActionWorkflowRun {
    /// Walk the view tree and merge the value of every component with a
    /// `props.workflow_input.param` (or its `draft`) into the start params (app-studio-wiring.md;
    /// not in the JSON Schema).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub collect_workflow_inputs: ::std::option::Option<bool>,
    /// Start params: literals (string, number, boolean, array) or `{from: selection, path}` to read
    /// a field of the selected row.
    #[serde(
        default,
        skip_serializing_if = ":: std :: collections :: BTreeMap::is_empty"
    )]
    #[serde(deserialize_with = "crate::lenient::null_as_default")]
    pub params: ::std::collections::BTreeMap<
        ::std::string::String,
        SurfaceRunParamValue,
    >,
    /// Published workflow uuid (`workflow_definitions.id`; no slugs).
    pub workflow_ref: ::std::string::String,
}

#[cfg(feature = "surfaces")]
impl SurfaceActionWorkflowRun {
    /// A `SurfaceActionWorkflowRun` with its required fields; the optional ones are set with the
    /// chained setters.
    ///
    /// - `workflow_ref`: Published workflow uuid (`workflow_definitions.id`; no slugs).
    pub fn new(workflow_ref: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            workflow_ref: workflow_ref.into(),
            collect_workflow_inputs: ::std::option::Option::None,
            params: ::std::default::Default::default(),
        }
    }

    /// Sets `collect_workflow_inputs`: Walk the view tree and merge the value of every component
    /// with a `props.workflow_input.param` (or its `draft`) into the start params
    /// (app-studio-wiring.md; not in the JSON Schema).
    pub fn collect_workflow_inputs(
        mut self,
        value: impl ::std::convert::Into<bool>,
    ) -> Self {
        self.collect_workflow_inputs = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `params`: Start params: literals (string, number, boolean, array) or `{from: selection,
    /// path}` to read a field of the selected row.
    pub fn params(
        mut self,
        value: impl ::std::convert::Into<
            ::std::collections::BTreeMap<::std::string::String, SurfaceRunParamValue>,
        >,
    ) -> Self {
        self.params = value.into();
        self
    }
}

/// Read the start param from a field of the selected row.
#[cfg(feature = "surfaces")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct SurfaceParamFromSelection {
    /// Always `selection`.
    pub from: SurfaceParamFromSelectionFrom,
    /// Dot path of the field in the selected row (`id`).
    pub path: ::std::string::String,
}

#[cfg(feature = "surfaces")]
impl SurfaceParamFromSelection {
    /// A `SurfaceParamFromSelection` with its required fields; the optional ones are set with the
    /// chained setters.
    ///
    /// - `from`: Always `selection`.
    /// - `path`: Dot path of the field in the selected row (`id`).
    pub fn new(
        from: impl ::std::convert::Into<SurfaceParamFromSelectionFrom>,
        path: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            from: from.into(),
            path: path.into(),
        }
    }
}

/// Always `selection`.
#[cfg(feature = "surfaces")]
#[derive(Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[non_exhaustive]
pub enum SurfaceParamFromSelectionFrom {
    /// `selection`
    Selection,
    /// A value this version of the SDK does not know yet, kept as it was sent.
    Unknown(::std::string::String),
}

#[cfg(feature = "surfaces")]
impl ::std::fmt::Display for SurfaceParamFromSelectionFrom {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Selection => f.write_str("selection"),
            Self::Unknown(value) => f.write_str(value),
        }
    }
}

#[cfg(feature = "surfaces")]
impl ::std::str::FromStr for SurfaceParamFromSelectionFrom {
    type Err = super::error::ConversionError;

    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, super::error::ConversionError> {
        match value {
            "selection" => Ok(Self::Selection),
            _ => Err("invalid value".into()),
        }
    }
}

#[cfg(feature = "surfaces")]
impl ::std::convert::TryFrom<&str> for SurfaceParamFromSelectionFrom {
    type Error = super::error::ConversionError;

    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, super::error::ConversionError> {
        value.parse()
    }
}

#[cfg(feature = "surfaces")]
impl ::std::convert::TryFrom<::std::string::String> for SurfaceParamFromSelectionFrom {
    type Error = super::error::ConversionError;

    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, super::error::ConversionError> {
        value.parse()
    }
}

/// The docs' `RenderContext`: the run (and task) the view is bound to.
#[cfg(feature = "surfaces")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct SurfaceRenderContext {
    /// Preview host only; mock binding values for the designer.
    #[serde(default, skip_serializing_if = "::serde_json::Map::is_empty")]
    #[serde(deserialize_with = "crate::lenient::null_as_default")]
    pub fixtures: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    /// Run the view is showing; required context for `workflow.operation`.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub run_id: ::std::option::Option<::std::string::String>,
    /// Human task id, when the view is rendered in the inbox.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub task_id: ::std::option::Option<::std::string::String>,
    /// Published workflow uuid of the run.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub workflow_ref: ::std::option::Option<::std::string::String>,
}

#[cfg(feature = "surfaces")]
impl SurfaceRenderContext {
    /// A `SurfaceRenderContext` with its required fields; the optional ones are set with the
    /// chained setters.
    pub fn new() -> Self {
        Self {
            fixtures: ::std::default::Default::default(),
            run_id: ::std::option::Option::None,
            task_id: ::std::option::Option::None,
            workflow_ref: ::std::option::Option::None,
        }
    }

    /// Sets `fixtures`: Preview host only; mock binding values for the designer.
    ///
    /// # Panics
    ///
    /// When `value` is a JSON value other than an object (or `null`, the empty object).
    pub fn fixtures(
        mut self,
        value: impl ::std::convert::Into<crate::JsonObject>,
    ) -> Self {
        self.fixtures = value.into().expect_map("fixtures");
        self
    }

    /// Sets `run_id`: Run the view is showing; required context for `workflow.operation`.
    pub fn run_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.run_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `task_id`: Human task id, when the view is rendered in the inbox.
    pub fn task_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.task_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `workflow_ref`: Published workflow uuid of the run.
    pub fn workflow_ref(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.workflow_ref = ::std::option::Option::Some(value.into());
        self
    }
}

/// One start param of a `workflow.run` action.
#[cfg(feature = "surfaces")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
#[serde(untagged)]
pub enum SurfaceRunParamValue {
    /// The value as a `String`.
    String(::std::string::String),
    /// The value as a `f64`.
    Number(f64),
    /// The value as a `bool`.
    Boolean(bool),
    /// The value as a `Vec<serde_json::Value>`.
    Array(::std::vec::Vec<::serde_json::Value>),
    /// [`SurfaceParamFromSelection`]: Read the start param from a field of the selected row.
    SurfaceParamFromSelection(SurfaceParamFromSelection),
}

#[cfg(feature = "surfaces")]
impl ::std::convert::From<f64> for SurfaceRunParamValue {
    fn from(value: f64) -> Self {
        Self::Number(value)
    }
}

#[cfg(feature = "surfaces")]
impl ::std::convert::From<bool> for SurfaceRunParamValue {
    fn from(value: bool) -> Self {
        Self::Boolean(value)
    }
}

#[cfg(feature = "surfaces")]
impl ::std::convert::From<::std::vec::Vec<::serde_json::Value>>
for SurfaceRunParamValue {
    fn from(value: ::std::vec::Vec<::serde_json::Value>) -> Self {
        Self::Array(value)
    }
}

#[cfg(feature = "surfaces")]
impl ::std::convert::From<SurfaceParamFromSelection> for SurfaceRunParamValue {
    fn from(value: SurfaceParamFromSelection) -> Self {
        Self::SurfaceParamFromSelection(value)
    }
}

/// Operation on a `human_task` gate.
#[cfg(feature = "surfaces")]
#[derive(Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[non_exhaustive]
pub enum SurfaceWorkflowOperation {
    /// `approve`
    Approve,
    /// `reject`
    Reject,
    /// `trigger`
    Trigger,
    /// A value this version of the SDK does not know yet, kept as it was sent.
    Unknown(::std::string::String),
}

#[cfg(feature = "surfaces")]
impl ::std::fmt::Display for SurfaceWorkflowOperation {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Approve => f.write_str("approve"),
            Self::Reject => f.write_str("reject"),
            Self::Trigger => f.write_str("trigger"),
            Self::Unknown(value) => f.write_str(value),
        }
    }
}

#[cfg(feature = "surfaces")]
impl ::std::str::FromStr for SurfaceWorkflowOperation {
    type Err = super::error::ConversionError;

    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, super::error::ConversionError> {
        match value {
            "approve" => Ok(Self::Approve),
            "reject" => Ok(Self::Reject),
            "trigger" => Ok(Self::Trigger),
            _ => Err("invalid value".into()),
        }
    }
}

#[cfg(feature = "surfaces")]
impl ::std::convert::TryFrom<&str> for SurfaceWorkflowOperation {
    type Error = super::error::ConversionError;

    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, super::error::ConversionError> {
        value.parse()
    }
}

#[cfg(feature = "surfaces")]
impl ::std::convert::TryFrom<::std::string::String> for SurfaceWorkflowOperation {
    type Error = super::error::ConversionError;

    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, super::error::ConversionError> {
        value.parse()
    }
}

/// The docs' `Action`: what an event handler does, tagged by `type`. A request schema, so the union
/// is closed.
#[cfg(feature = "surfaces")]
#[derive(Clone, Debug)]
pub enum SurfaceAction {
    /// Approve, reject or trigger the `human_task` gate `node_id` of the run in `context.run_id`.
    WorkflowOperation(SurfaceActionWorkflowOperation),
    /// Start a run of a published workflow.
    WorkflowRun(SurfaceActionWorkflowRun),
    /// Cancel a run.
    WorkflowCancel(SurfaceActionWorkflowCancel),
}

#[cfg(feature = "surfaces")]
impl SurfaceAction {
    /// The `type` of this value, as it is on the wire.
    pub fn tag(&self) -> &str {
        match self {
            Self::WorkflowOperation { .. } => "workflow.operation",
            Self::WorkflowRun { .. } => "workflow.run",
            Self::WorkflowCancel { .. } => "workflow.cancel",
        }
    }
}

#[cfg(feature = "surfaces")]
impl ::std::convert::From<SurfaceActionWorkflowOperation> for SurfaceAction {
    fn from(value: SurfaceActionWorkflowOperation) -> Self {
        Self::WorkflowOperation(value)
    }
}

#[cfg(feature = "surfaces")]
impl ::std::convert::From<SurfaceActionWorkflowRun> for SurfaceAction {
    fn from(value: SurfaceActionWorkflowRun) -> Self {
        Self::WorkflowRun(value)
    }
}

#[cfg(feature = "surfaces")]
impl ::std::convert::From<SurfaceActionWorkflowCancel> for SurfaceAction {
    fn from(value: SurfaceActionWorkflowCancel) -> Self {
        Self::WorkflowCancel(value)
    }
}

#[cfg(feature = "surfaces")]
impl<'de> ::serde::Deserialize<'de> for SurfaceAction {
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
            None => return Err(D::Error::missing_field("type")),
        };
        match tag.as_str() {
            "workflow.operation" => {
                map.remove("type");
                ::serde_json::from_value(::serde_json::Value::Object(map))
                    .map(Self::WorkflowOperation)
                    .map_err(|e| D::Error::custom(
                        ::std::format_args!(
                            "`{}: {}`: {}", "type", "workflow.operation", e
                        ),
                    ))
            }
            "workflow.run" => {
                map.remove("type");
                ::serde_json::from_value(::serde_json::Value::Object(map))
                    .map(Self::WorkflowRun)
                    .map_err(|e| D::Error::custom(
                        ::std::format_args!("`{}: {}`: {}", "type", "workflow.run", e),
                    ))
            }
            "workflow.cancel" => {
                map.remove("type");
                ::serde_json::from_value(::serde_json::Value::Object(map))
                    .map(Self::WorkflowCancel)
                    .map_err(|e| D::Error::custom(
                        ::std::format_args!("`{}: {}`: {}", "type", "workflow.cancel", e),
                    ))
            }
            other => {
                Err(
                    D::Error::unknown_variant(
                        other,
                        &["workflow.operation", "workflow.run", "workflow.cancel"],
                    ),
                )
            }
        }
    }
}

#[cfg(feature = "surfaces")]
impl ::serde::Serialize for SurfaceAction {
    fn serialize<S>(&self, serializer: S) -> ::std::result::Result<S::Ok, S::Error>
    where
        S: ::serde::Serializer,
    {
        use ::serde::ser::Error as _;
        let mut map = ::serde_json::Map::new();
        match self {
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
                map.insert("type".into(), "workflow.operation".into());
            }
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
                map.insert("type".into(), "workflow.run".into());
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
                map.insert("type".into(), "workflow.cancel".into());
            }
        }
        ::serde::Serialize::serialize(&map, serializer)
    }
}

#[cfg(feature = "surfaces")]
impl SurfaceActionEvent {
    /// The value as it is on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::OnClick => "onClick",
            Self::OnSubmit => "onSubmit",
            Self::OnChange => "onChange",
            Self::Unknown(value) => value,
        }
    }
}

#[cfg(feature = "surfaces")]
impl ::serde::Serialize for SurfaceActionEvent {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

#[cfg(feature = "surfaces")]
impl<'de> ::serde::Deserialize<'de> for SurfaceActionEvent {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        let value = <::std::string::String as ::serde::Deserialize>::deserialize(
            deserializer,
        )?;
        Ok(
            match value.as_str() {
                "onClick" => Self::OnClick,
                "onSubmit" => Self::OnSubmit,
                "onChange" => Self::OnChange,
                _ => Self::Unknown(value),
            },
        )
    }
}

#[cfg(feature = "surfaces")]
impl SurfaceParamFromSelectionFrom {
    /// The value as it is on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Selection => "selection",
            Self::Unknown(value) => value,
        }
    }
}

#[cfg(feature = "surfaces")]
impl ::serde::Serialize for SurfaceParamFromSelectionFrom {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

#[cfg(feature = "surfaces")]
impl<'de> ::serde::Deserialize<'de> for SurfaceParamFromSelectionFrom {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        let value = <::std::string::String as ::serde::Deserialize>::deserialize(
            deserializer,
        )?;
        Ok(
            match value.as_str() {
                "selection" => Self::Selection,
                _ => Self::Unknown(value),
            },
        )
    }
}

#[cfg(feature = "surfaces")]
impl SurfaceWorkflowOperation {
    /// The value as it is on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Approve => "approve",
            Self::Reject => "reject",
            Self::Trigger => "trigger",
            Self::Unknown(value) => value,
        }
    }
}

#[cfg(feature = "surfaces")]
impl ::serde::Serialize for SurfaceWorkflowOperation {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

#[cfg(feature = "surfaces")]
impl<'de> ::serde::Deserialize<'de> for SurfaceWorkflowOperation {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        let value = <::std::string::String as ::serde::Deserialize>::deserialize(
            deserializer,
        )?;
        Ok(
            match value.as_str() {
                "approve" => Self::Approve,
                "reject" => Self::Reject,
                "trigger" => Self::Trigger,
                _ => Self::Unknown(value),
            },
        )
    }
}

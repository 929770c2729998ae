// @generated types of the `triggers` area by agentruntime-generator 0.1.0. Do not edit by hand.
// Spec: spec/openapi.yaml (sha256 aab3041a7d360a69e58dfceca5f9a2bffcbf688e5ad868463978c58def134800), OpenAPI 3.1.0, API version 1.0.0.
// Regenerate: cargo xtask regen

#![allow(clippy::all, clippy::pedantic)]
#[allow(unused_imports)]
use super::*;

/// The `cron` variant of a trigger: `type` and its `config`. The other trigger fields (`id`,
/// `enabled`, ...) are declared on the enclosing schema.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct CronTrigger {
    /// `config`: [`CronTriggerConfig`]. Settings of a `cron` trigger: the schedule and the start
    /// params of every fire.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub config: ::std::option::Option<CronTriggerConfig>,
    /// Always `cron`.
    #[serde(rename = "type")]
    pub type_: CronTriggerType,
}

/// Settings of a `cron` trigger: the schedule and the start params of every fire. The deployment's
/// scheduler may be disabled; a cron trigger then never fires. `cron` is not required: the docs
/// also show a legacy config without it (`{use_run_setup_defaults, body}`), which existing triggers
/// may still carry; new triggers should send it.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct CronTriggerConfig {
    /// Earliest revision only. User the fired runs ran as.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub automation_user_id: ::std::option::Option<::std::string::String>,
    /// Legacy, do not use. Run input of each fire; superseded by `trigger_steps`.
    #[serde(default, skip_serializing_if = "::serde_json::Map::is_empty")]
    #[serde(deserialize_with = "crate::lenient::null_as_default")]
    pub body: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    /// Earliest revision only. What to do about missed fires (`fire_once_within_grace`).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub catchup_policy: ::std::option::Option<::std::string::String>,
    /// Five-field cron expression (`0 9 * * *` is daily at 09:00).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub cron: ::std::option::Option<::std::string::String>,
    /// Steps left out of every fired run.
    #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
    #[serde(deserialize_with = "crate::lenient::null_as_default")]
    pub excluded_step_ids: ::std::vec::Vec<::std::string::String>,
    /// Earliest revision only. How late a missed fire may still run, in minutes.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub grace_minutes: ::std::option::Option<i32>,
    /// Earliest revision only. Project of the fired runs; now taken from the context.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub project_id: ::std::option::Option<::std::string::String>,
    /// Fan out one run per principal of this Embedded Connect segment.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub segment_id: ::std::option::Option<::std::string::String>,
    /// Fan out one run per member of this Console team.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub team_id: ::std::option::Option<::std::string::String>,
    /// IANA time zone the expression is evaluated in (`UTC`, `Europe/Berlin`).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub timezone: ::std::option::Option<::std::string::String>,
    /// `trigger_steps`: [`TriggerStepInputs`]. Per-step start input, keyed by step id.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub trigger_steps: ::std::option::Option<TriggerStepInputs>,
    /// Legacy, do not use. Merged the workflow's saved run-setup defaults into each fire; fires now
    /// ignore those defaults.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub use_run_setup_defaults: ::std::option::Option<bool>,
}

impl CronTriggerConfig {
    /// A `CronTriggerConfig` with its required fields; the optional ones are set with the chained
    /// setters.
    pub fn new() -> Self {
        Self {
            automation_user_id: ::std::option::Option::None,
            body: ::std::default::Default::default(),
            catchup_policy: ::std::option::Option::None,
            cron: ::std::option::Option::None,
            excluded_step_ids: ::std::default::Default::default(),
            grace_minutes: ::std::option::Option::None,
            project_id: ::std::option::Option::None,
            segment_id: ::std::option::Option::None,
            team_id: ::std::option::Option::None,
            timezone: ::std::option::Option::None,
            trigger_steps: ::std::option::Option::None,
            use_run_setup_defaults: ::std::option::Option::None,
        }
    }

    /// Sets `automation_user_id`: Earliest revision only. User the fired runs ran as.
    pub fn automation_user_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.automation_user_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `body`: Legacy, do not use. Run input of each fire; superseded by `trigger_steps`.
    ///
    /// # Panics
    ///
    /// When `value` is a JSON value other than an object (or `null`, the empty object).
    pub fn body(mut self, value: impl ::std::convert::Into<crate::JsonObject>) -> Self {
        self.body = value.into().expect_map("body");
        self
    }

    /// Sets `catchup_policy`: Earliest revision only. What to do about missed fires
    /// (`fire_once_within_grace`).
    pub fn catchup_policy(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.catchup_policy = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `cron`: Five-field cron expression (`0 9 * * *` is daily at 09:00).
    pub fn cron(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.cron = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `excluded_step_ids`: Steps left out of every fired run.
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

    /// Sets `grace_minutes`: Earliest revision only. How late a missed fire may still run, in
    /// minutes.
    pub fn grace_minutes(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.grace_minutes = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `project_id`: Earliest revision only. Project of the fired runs; now taken from the
    /// context.
    pub fn project_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.project_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `segment_id`: Fan out one run per principal of this Embedded Connect segment.
    pub fn segment_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.segment_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `team_id`: Fan out one run per member of this Console team.
    pub fn team_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.team_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `timezone`: IANA time zone the expression is evaluated in (`UTC`, `Europe/Berlin`).
    pub fn timezone(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.timezone = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `trigger_steps`.
    pub fn trigger_steps(
        mut self,
        value: impl ::std::convert::Into<TriggerStepInputs>,
    ) -> Self {
        self.trigger_steps = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `use_run_setup_defaults`: Legacy, do not use. Merged the workflow's saved run-setup
    /// defaults into each fire; fires now ignore those defaults.
    pub fn use_run_setup_defaults(
        mut self,
        value: impl ::std::convert::Into<bool>,
    ) -> Self {
        self.use_run_setup_defaults = ::std::option::Option::Some(value.into());
        self
    }
}

/// Always `cron`.
#[derive(Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[non_exhaustive]
pub enum CronTriggerType {
    /// `cron`
    Cron,
    /// A value this version of the SDK does not know yet, kept as it was sent.
    Unknown(::std::string::String),
}

impl ::std::fmt::Display for CronTriggerType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Cron => f.write_str("cron"),
            Self::Unknown(value) => f.write_str(value),
        }
    }
}

impl ::std::str::FromStr for CronTriggerType {
    type Err = super::error::ConversionError;

    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, super::error::ConversionError> {
        match value {
            "cron" => Ok(Self::Cron),
            _ => Err("invalid value".into()),
        }
    }
}

impl ::std::convert::TryFrom<&str> for CronTriggerType {
    type Error = super::error::ConversionError;

    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, super::error::ConversionError> {
        value.parse()
    }
}

impl ::std::convert::TryFrom<::std::string::String> for CronTriggerType {
    type Error = super::error::ConversionError;

    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, super::error::ConversionError> {
        value.parse()
    }
}

/// The `platform_event` variant of a trigger: `type` and its `config`. The other trigger fields
/// (`id`, `enabled`, ...) are declared on the enclosing schema.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct PlatformEventTrigger {
    /// `config`: [`PlatformEventTriggerConfig`]. Settings of a `platform_event` trigger: the event
    /// to react to and the start params of every fire.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub config: ::std::option::Option<PlatformEventTriggerConfig>,
    /// Always `platform_event`.
    #[serde(rename = "type")]
    pub type_: PlatformEventTriggerType,
}

/// Settings of a `platform_event` trigger: the event to react to and the start params of every
/// fire. The fired run's `external_user_id` is the event's principal; the event's connection fields
/// (`connection_id`, `mailbox_email`, `synced_at`) are exposed to the run in its start params under
/// `platform_event`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct PlatformEventTriggerConfig {
    /// Id of the stored PAT the fired runs authenticate with.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub automation_pat_id: ::std::option::Option<::std::string::String>,
    /// `event_type`: [`TriggerPlatformEventType`]. Platform event that fires a `platform_event`
    /// trigger.
    pub event_type: TriggerPlatformEventType,
    /// Steps left out of every fired run.
    #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
    #[serde(deserialize_with = "crate::lenient::null_as_default")]
    pub excluded_step_ids: ::std::vec::Vec<::std::string::String>,
    /// `provider_filter`: [`TriggerProviderFilter`]. Connection provider a `connection.*`
    /// platform-event trigger is limited to.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub provider_filter: ::std::option::Option<TriggerProviderFilter>,
    /// Fire only for principals of this Embedded Connect segment.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub segment_id: ::std::option::Option<::std::string::String>,
    /// Shared run input of every fire, read by steps as `{{input.*}}`.
    #[serde(default, skip_serializing_if = "::serde_json::Map::is_empty")]
    #[serde(deserialize_with = "crate::lenient::null_as_default")]
    pub trigger_payload: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    /// `trigger_steps`: [`TriggerStepInputs`]. Per-step start input, keyed by step id.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub trigger_steps: ::std::option::Option<TriggerStepInputs>,
}

impl PlatformEventTriggerConfig {
    /// A `PlatformEventTriggerConfig` with its required fields; the optional ones are set with the
    /// chained setters.
    ///
    /// - `event_type`
    pub fn new(event_type: impl ::std::convert::Into<TriggerPlatformEventType>) -> Self {
        Self {
            event_type: event_type.into(),
            automation_pat_id: ::std::option::Option::None,
            excluded_step_ids: ::std::default::Default::default(),
            provider_filter: ::std::option::Option::None,
            segment_id: ::std::option::Option::None,
            trigger_payload: ::std::default::Default::default(),
            trigger_steps: ::std::option::Option::None,
        }
    }

    /// Sets `automation_pat_id`: Id of the stored PAT the fired runs authenticate with.
    pub fn automation_pat_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.automation_pat_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `excluded_step_ids`: Steps left out of every fired run.
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

    /// Sets `provider_filter`.
    pub fn provider_filter(
        mut self,
        value: impl ::std::convert::Into<TriggerProviderFilter>,
    ) -> Self {
        self.provider_filter = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `segment_id`: Fire only for principals of this Embedded Connect segment.
    pub fn segment_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.segment_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `trigger_payload`: Shared run input of every fire, read by steps as `{{input.*}}`.
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

    /// Sets `trigger_steps`.
    pub fn trigger_steps(
        mut self,
        value: impl ::std::convert::Into<TriggerStepInputs>,
    ) -> Self {
        self.trigger_steps = ::std::option::Option::Some(value.into());
        self
    }
}

/// Always `platform_event`.
#[derive(Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[non_exhaustive]
pub enum PlatformEventTriggerType {
    /// `platform_event`
    PlatformEvent,
    /// A value this version of the SDK does not know yet, kept as it was sent.
    Unknown(::std::string::String),
}

impl ::std::fmt::Display for PlatformEventTriggerType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::PlatformEvent => f.write_str("platform_event"),
            Self::Unknown(value) => f.write_str(value),
        }
    }
}

impl ::std::str::FromStr for PlatformEventTriggerType {
    type Err = super::error::ConversionError;

    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, super::error::ConversionError> {
        match value {
            "platform_event" => Ok(Self::PlatformEvent),
            _ => Err("invalid value".into()),
        }
    }
}

impl ::std::convert::TryFrom<&str> for PlatformEventTriggerType {
    type Error = super::error::ConversionError;

    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, super::error::ConversionError> {
        value.parse()
    }
}

impl ::std::convert::TryFrom<::std::string::String> for PlatformEventTriggerType {
    type Error = super::error::ConversionError;

    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, super::error::ConversionError> {
        value.parse()
    }
}

/// One page of triggers.
#[cfg(feature = "triggers")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct TriggerPage {
    /// The triggers of this page.
    #[serde(deserialize_with = "crate::lenient::null_as_default")]
    pub items: ::std::vec::Vec<crate::types::Trigger>,
    /// Cursor for the next page (`page_token`); null on the last page.
    #[serde(deserialize_with = "::std::option::Option::deserialize")]
    pub next_page: ::std::option::Option<::std::string::String>,
}

/// Platform event that fires a `platform_event` trigger.
#[derive(Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[non_exhaustive]
pub enum TriggerPlatformEventType {
    /// `principal.created`
    PrincipalCreated,
    /// `connection.created`
    ConnectionCreated,
    /// `connection.revoked`
    ConnectionRevoked,
    /// `principal.suspended`
    PrincipalSuspended,
    /// `principal.deleted`
    PrincipalDeleted,
    /// A value this version of the SDK does not know yet, kept as it was sent.
    Unknown(::std::string::String),
}

impl ::std::fmt::Display for TriggerPlatformEventType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::PrincipalCreated => f.write_str("principal.created"),
            Self::ConnectionCreated => f.write_str("connection.created"),
            Self::ConnectionRevoked => f.write_str("connection.revoked"),
            Self::PrincipalSuspended => f.write_str("principal.suspended"),
            Self::PrincipalDeleted => f.write_str("principal.deleted"),
            Self::Unknown(value) => f.write_str(value),
        }
    }
}

impl ::std::str::FromStr for TriggerPlatformEventType {
    type Err = super::error::ConversionError;

    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, super::error::ConversionError> {
        match value {
            "principal.created" => Ok(Self::PrincipalCreated),
            "connection.created" => Ok(Self::ConnectionCreated),
            "connection.revoked" => Ok(Self::ConnectionRevoked),
            "principal.suspended" => Ok(Self::PrincipalSuspended),
            "principal.deleted" => Ok(Self::PrincipalDeleted),
            _ => Err("invalid value".into()),
        }
    }
}

impl ::std::convert::TryFrom<&str> for TriggerPlatformEventType {
    type Error = super::error::ConversionError;

    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, super::error::ConversionError> {
        value.parse()
    }
}

impl ::std::convert::TryFrom<::std::string::String> for TriggerPlatformEventType {
    type Error = super::error::ConversionError;

    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, super::error::ConversionError> {
        value.parse()
    }
}

/// Connection provider a `connection.*` platform-event trigger is limited to.
#[derive(Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[non_exhaustive]
pub enum TriggerProviderFilter {
    /// `google_account`
    GoogleAccount,
    /// `composio_account`
    ComposioAccount,
    /// `whatsapp`
    Whatsapp,
    /// A value this version of the SDK does not know yet, kept as it was sent.
    Unknown(::std::string::String),
}

impl ::std::fmt::Display for TriggerProviderFilter {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::GoogleAccount => f.write_str("google_account"),
            Self::ComposioAccount => f.write_str("composio_account"),
            Self::Whatsapp => f.write_str("whatsapp"),
            Self::Unknown(value) => f.write_str(value),
        }
    }
}

impl ::std::str::FromStr for TriggerProviderFilter {
    type Err = super::error::ConversionError;

    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, super::error::ConversionError> {
        match value {
            "google_account" => Ok(Self::GoogleAccount),
            "composio_account" => Ok(Self::ComposioAccount),
            "whatsapp" => Ok(Self::Whatsapp),
            _ => Err("invalid value".into()),
        }
    }
}

impl ::std::convert::TryFrom<&str> for TriggerProviderFilter {
    type Error = super::error::ConversionError;

    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, super::error::ConversionError> {
        value.parse()
    }
}

impl ::std::convert::TryFrom<::std::string::String> for TriggerProviderFilter {
    type Error = super::error::ConversionError;

    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, super::error::ConversionError> {
        value.parse()
    }
}

/// Per-step start input, keyed by step id. A key grants entry to a `no_auto_start` step; its value
/// is overlaid on that step's input.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
#[serde(transparent)]
pub struct TriggerStepInputs(
    /// The value (the spec does not describe it).
    pub ::std::collections::BTreeMap<
        ::std::string::String,
        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    >,
);

impl ::std::ops::Deref for TriggerStepInputs {
    type Target = ::std::collections::BTreeMap<
        ::std::string::String,
        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    >;

    fn deref(
        &self,
    ) -> &::std::collections::BTreeMap<
        ::std::string::String,
        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    > {
        &self.0
    }
}

impl ::std::convert::From<TriggerStepInputs>
for ::std::collections::BTreeMap<
    ::std::string::String,
    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
> {
    fn from(value: TriggerStepInputs) -> Self {
        value.0
    }
}

impl ::std::convert::From<
    ::std::collections::BTreeMap<
        ::std::string::String,
        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    >,
> for TriggerStepInputs {
    fn from(
        value: ::std::collections::BTreeMap<
            ::std::string::String,
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        >,
    ) -> Self {
        Self(value)
    }
}

/// A trigger of a workflow, tagged by `type`: `cron` (a schedule) or `platform_event` (a principal
/// or connection lifecycle event). `config` holds the type's settings.
#[cfg(any(feature = "surfaces", feature = "triggers"))]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct Trigger {
    /// When the trigger was created.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub created_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
    /// False while the trigger is disabled; a disabled trigger never fires.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub enabled: ::std::option::Option<bool>,
    /// Trigger id (undocumented field name; pass it as `trigger_id`).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub id: ::std::option::Option<::std::string::String>,
    /// When the trigger was last changed.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub updated_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
    /// Id of the workflow the trigger starts.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub workflow_id: ::std::option::Option<::std::string::String>,
    /// The kind of this value and its payload (flattened on the wire).
    #[serde(flatten)]
    pub kind: TriggerKind,
}

/// What a [`Trigger`] is, by its `type`, with the typed payload of that kind.
#[cfg(any(feature = "surfaces", feature = "triggers"))]
#[derive(Clone, Debug)]
pub enum TriggerKind {
    /// The `cron` variant of a trigger: `type` and its `config`. The other trigger fields (`id`,
    /// `enabled`, ...) are declared on the enclosing schema.
    Cron(::std::option::Option<CronTriggerConfig>),
    /// The `platform_event` variant of a trigger: `type` and its `config`. The other trigger fields
    /// (`id`, `enabled`, ...) are declared on the enclosing schema.
    PlatformEvent(::std::option::Option<PlatformEventTriggerConfig>),
}

#[cfg(any(feature = "surfaces", feature = "triggers"))]
impl TriggerKind {
    /// The `type` of this value, as it is on the wire.
    pub fn tag(&self) -> &str {
        match self {
            Self::Cron { .. } => "cron",
            Self::PlatformEvent { .. } => "platform_event",
        }
    }
}

#[cfg(any(feature = "surfaces", feature = "triggers"))]
impl ::std::convert::From<CronTriggerConfig> for TriggerKind {
    fn from(value: CronTriggerConfig) -> Self {
        Self::Cron(::std::option::Option::Some(value))
    }
}

#[cfg(any(feature = "surfaces", feature = "triggers"))]
impl ::std::convert::From<PlatformEventTriggerConfig> for TriggerKind {
    fn from(value: PlatformEventTriggerConfig) -> Self {
        Self::PlatformEvent(::std::option::Option::Some(value))
    }
}

#[cfg(any(feature = "surfaces", feature = "triggers"))]
impl<'de> ::serde::Deserialize<'de> for TriggerKind {
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
            "cron" => {
                match map.remove("config") {
                    None | Some(::serde_json::Value::Null) => Ok(Self::Cron(None)),
                    Some(payload) => {
                        ::serde_json::from_value(payload)
                            .map(|p| Self::Cron(Some(p)))
                            .map_err(|e| D::Error::custom(
                                ::std::format_args!("`{}: {}`: {}", "type", "cron", e),
                            ))
                    }
                }
            }
            "platform_event" => {
                match map.remove("config") {
                    None | Some(::serde_json::Value::Null) => {
                        Ok(Self::PlatformEvent(None))
                    }
                    Some(payload) => {
                        ::serde_json::from_value(payload)
                            .map(|p| Self::PlatformEvent(Some(p)))
                            .map_err(|e| D::Error::custom(
                                ::std::format_args!(
                                    "`{}: {}`: {}", "type", "platform_event", e
                                ),
                            ))
                    }
                }
            }
            other => Err(D::Error::unknown_variant(other, &["cron", "platform_event"])),
        }
    }
}

#[cfg(any(feature = "surfaces", feature = "triggers"))]
impl ::serde::Serialize for TriggerKind {
    fn serialize<S>(&self, serializer: S) -> ::std::result::Result<S::Ok, S::Error>
    where
        S: ::serde::Serializer,
    {
        use ::serde::ser::Error as _;
        let mut map = ::serde_json::Map::new();
        match self {
            Self::Cron(payload) => {
                map.insert("type".into(), "cron".into());
                if let Some(payload) = payload {
                    map.insert(
                        "config".into(),
                        ::serde_json::to_value(payload).map_err(S::Error::custom)?,
                    );
                }
            }
            Self::PlatformEvent(payload) => {
                map.insert("type".into(), "platform_event".into());
                if let Some(payload) = payload {
                    map.insert(
                        "config".into(),
                        ::serde_json::to_value(payload).map_err(S::Error::custom)?,
                    );
                }
            }
        }
        ::serde::Serialize::serialize(&map, serializer)
    }
}

/// Body of `create_trigger`, tagged by `type`.
#[cfg(feature = "triggers")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct TriggerCreate {
    /// Create the trigger disabled with `false`.
    #[serde(default = "defaults::default_bool::<true>")]
    pub enabled: bool,
    /// The kind of this value and its payload (flattened on the wire).
    #[serde(flatten)]
    pub kind: TriggerCreateKind,
}

#[cfg(feature = "triggers")]
impl TriggerCreate {
    /// A `TriggerCreate` with its required fields; the optional ones are set with the chained
    /// setters.
    ///
    /// - `kind`: The kind of this value and its payload (flattened on the wire).
    pub fn new(kind: impl ::std::convert::Into<TriggerCreateKind>) -> Self {
        Self {
            enabled: defaults::default_bool::<true>(),
            kind: kind.into(),
        }
    }

    /// Sets `enabled`: Create the trigger disabled with `false`.
    pub fn enabled(mut self, value: impl ::std::convert::Into<bool>) -> Self {
        self.enabled = value.into();
        self
    }
}

/// What a [`TriggerCreate`] is, by its `type`, with the typed payload of that kind.
#[cfg(feature = "triggers")]
#[derive(Clone, Debug)]
pub enum TriggerCreateKind {
    /// The `cron` variant of a trigger: `type` and its `config`. The other trigger fields (`id`,
    /// `enabled`, ...) are declared on the enclosing schema.
    Cron(::std::option::Option<CronTriggerConfig>),
    /// The `platform_event` variant of a trigger: `type` and its `config`. The other trigger fields
    /// (`id`, `enabled`, ...) are declared on the enclosing schema.
    PlatformEvent(::std::option::Option<PlatformEventTriggerConfig>),
}

#[cfg(feature = "triggers")]
impl TriggerCreateKind {
    /// The `type` of this value, as it is on the wire.
    pub fn tag(&self) -> &str {
        match self {
            Self::Cron { .. } => "cron",
            Self::PlatformEvent { .. } => "platform_event",
        }
    }
}

#[cfg(feature = "triggers")]
impl ::std::convert::From<CronTriggerConfig> for TriggerCreateKind {
    fn from(value: CronTriggerConfig) -> Self {
        Self::Cron(::std::option::Option::Some(value))
    }
}

#[cfg(feature = "triggers")]
impl ::std::convert::From<PlatformEventTriggerConfig> for TriggerCreateKind {
    fn from(value: PlatformEventTriggerConfig) -> Self {
        Self::PlatformEvent(::std::option::Option::Some(value))
    }
}

#[cfg(feature = "triggers")]
impl<'de> ::serde::Deserialize<'de> for TriggerCreateKind {
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
            "cron" => {
                match map.remove("config") {
                    None | Some(::serde_json::Value::Null) => Ok(Self::Cron(None)),
                    Some(payload) => {
                        ::serde_json::from_value(payload)
                            .map(|p| Self::Cron(Some(p)))
                            .map_err(|e| D::Error::custom(
                                ::std::format_args!("`{}: {}`: {}", "type", "cron", e),
                            ))
                    }
                }
            }
            "platform_event" => {
                match map.remove("config") {
                    None | Some(::serde_json::Value::Null) => {
                        Ok(Self::PlatformEvent(None))
                    }
                    Some(payload) => {
                        ::serde_json::from_value(payload)
                            .map(|p| Self::PlatformEvent(Some(p)))
                            .map_err(|e| D::Error::custom(
                                ::std::format_args!(
                                    "`{}: {}`: {}", "type", "platform_event", e
                                ),
                            ))
                    }
                }
            }
            other => Err(D::Error::unknown_variant(other, &["cron", "platform_event"])),
        }
    }
}

#[cfg(feature = "triggers")]
impl ::serde::Serialize for TriggerCreateKind {
    fn serialize<S>(&self, serializer: S) -> ::std::result::Result<S::Ok, S::Error>
    where
        S: ::serde::Serializer,
    {
        use ::serde::ser::Error as _;
        let mut map = ::serde_json::Map::new();
        match self {
            Self::Cron(payload) => {
                map.insert("type".into(), "cron".into());
                if let Some(payload) = payload {
                    map.insert(
                        "config".into(),
                        ::serde_json::to_value(payload).map_err(S::Error::custom)?,
                    );
                }
            }
            Self::PlatformEvent(payload) => {
                map.insert("type".into(), "platform_event".into());
                if let Some(payload) = payload {
                    map.insert(
                        "config".into(),
                        ::serde_json::to_value(payload).map_err(S::Error::custom)?,
                    );
                }
            }
        }
        ::serde::Serialize::serialize(&map, serializer)
    }
}

/// Body of `update_trigger`, tagged by `type` (the trigger's current type). `config`, when sent,
/// replaces the whole config; `enabled`, when sent, switches the trigger on or off.
#[cfg(feature = "triggers")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct TriggerUpdate {
    /// Switch the trigger on (`true`) or off (`false`).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub enabled: ::std::option::Option<bool>,
    /// The kind of this value and its payload (flattened on the wire).
    #[serde(flatten)]
    pub kind: TriggerUpdateKind,
}

#[cfg(feature = "triggers")]
impl TriggerUpdate {
    /// A `TriggerUpdate` with its required fields; the optional ones are set with the chained
    /// setters.
    ///
    /// - `kind`: The kind of this value and its payload (flattened on the wire).
    pub fn new(kind: impl ::std::convert::Into<TriggerUpdateKind>) -> Self {
        Self {
            enabled: ::std::option::Option::None,
            kind: kind.into(),
        }
    }

    /// Sets `enabled`: Switch the trigger on (`true`) or off (`false`).
    pub fn enabled(mut self, value: impl ::std::convert::Into<bool>) -> Self {
        self.enabled = ::std::option::Option::Some(value.into());
        self
    }
}

/// What a [`TriggerUpdate`] is, by its `type`, with the typed payload of that kind.
#[cfg(feature = "triggers")]
#[derive(Clone, Debug)]
pub enum TriggerUpdateKind {
    /// The `cron` variant of a trigger: `type` and its `config`. The other trigger fields (`id`,
    /// `enabled`, ...) are declared on the enclosing schema.
    Cron(::std::option::Option<CronTriggerConfig>),
    /// The `platform_event` variant of a trigger: `type` and its `config`. The other trigger fields
    /// (`id`, `enabled`, ...) are declared on the enclosing schema.
    PlatformEvent(::std::option::Option<PlatformEventTriggerConfig>),
}

#[cfg(feature = "triggers")]
impl TriggerUpdateKind {
    /// The `type` of this value, as it is on the wire.
    pub fn tag(&self) -> &str {
        match self {
            Self::Cron { .. } => "cron",
            Self::PlatformEvent { .. } => "platform_event",
        }
    }
}

#[cfg(feature = "triggers")]
impl ::std::convert::From<CronTriggerConfig> for TriggerUpdateKind {
    fn from(value: CronTriggerConfig) -> Self {
        Self::Cron(::std::option::Option::Some(value))
    }
}

#[cfg(feature = "triggers")]
impl ::std::convert::From<PlatformEventTriggerConfig> for TriggerUpdateKind {
    fn from(value: PlatformEventTriggerConfig) -> Self {
        Self::PlatformEvent(::std::option::Option::Some(value))
    }
}

#[cfg(feature = "triggers")]
impl<'de> ::serde::Deserialize<'de> for TriggerUpdateKind {
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
            "cron" => {
                match map.remove("config") {
                    None | Some(::serde_json::Value::Null) => Ok(Self::Cron(None)),
                    Some(payload) => {
                        ::serde_json::from_value(payload)
                            .map(|p| Self::Cron(Some(p)))
                            .map_err(|e| D::Error::custom(
                                ::std::format_args!("`{}: {}`: {}", "type", "cron", e),
                            ))
                    }
                }
            }
            "platform_event" => {
                match map.remove("config") {
                    None | Some(::serde_json::Value::Null) => {
                        Ok(Self::PlatformEvent(None))
                    }
                    Some(payload) => {
                        ::serde_json::from_value(payload)
                            .map(|p| Self::PlatformEvent(Some(p)))
                            .map_err(|e| D::Error::custom(
                                ::std::format_args!(
                                    "`{}: {}`: {}", "type", "platform_event", e
                                ),
                            ))
                    }
                }
            }
            other => Err(D::Error::unknown_variant(other, &["cron", "platform_event"])),
        }
    }
}

#[cfg(feature = "triggers")]
impl ::serde::Serialize for TriggerUpdateKind {
    fn serialize<S>(&self, serializer: S) -> ::std::result::Result<S::Ok, S::Error>
    where
        S: ::serde::Serializer,
    {
        use ::serde::ser::Error as _;
        let mut map = ::serde_json::Map::new();
        match self {
            Self::Cron(payload) => {
                map.insert("type".into(), "cron".into());
                if let Some(payload) = payload {
                    map.insert(
                        "config".into(),
                        ::serde_json::to_value(payload).map_err(S::Error::custom)?,
                    );
                }
            }
            Self::PlatformEvent(payload) => {
                map.insert("type".into(), "platform_event".into());
                if let Some(payload) = payload {
                    map.insert(
                        "config".into(),
                        ::serde_json::to_value(payload).map_err(S::Error::custom)?,
                    );
                }
            }
        }
        ::serde::Serialize::serialize(&map, serializer)
    }
}

impl CronTriggerType {
    /// The value as it is on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Cron => "cron",
            Self::Unknown(value) => value,
        }
    }
}

impl ::serde::Serialize for CronTriggerType {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> ::serde::Deserialize<'de> for CronTriggerType {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        let value = <::std::string::String as ::serde::Deserialize>::deserialize(
            deserializer,
        )?;
        Ok(
            match value.as_str() {
                "cron" => Self::Cron,
                _ => Self::Unknown(value),
            },
        )
    }
}

impl PlatformEventTriggerType {
    /// The value as it is on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::PlatformEvent => "platform_event",
            Self::Unknown(value) => value,
        }
    }
}

impl ::serde::Serialize for PlatformEventTriggerType {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> ::serde::Deserialize<'de> for PlatformEventTriggerType {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        let value = <::std::string::String as ::serde::Deserialize>::deserialize(
            deserializer,
        )?;
        Ok(
            match value.as_str() {
                "platform_event" => Self::PlatformEvent,
                _ => Self::Unknown(value),
            },
        )
    }
}

impl TriggerPlatformEventType {
    /// The value as it is on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::PrincipalCreated => "principal.created",
            Self::ConnectionCreated => "connection.created",
            Self::ConnectionRevoked => "connection.revoked",
            Self::PrincipalSuspended => "principal.suspended",
            Self::PrincipalDeleted => "principal.deleted",
            Self::Unknown(value) => value,
        }
    }
}

impl ::serde::Serialize for TriggerPlatformEventType {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> ::serde::Deserialize<'de> for TriggerPlatformEventType {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        let value = <::std::string::String as ::serde::Deserialize>::deserialize(
            deserializer,
        )?;
        Ok(
            match value.as_str() {
                "principal.created" => Self::PrincipalCreated,
                "connection.created" => Self::ConnectionCreated,
                "connection.revoked" => Self::ConnectionRevoked,
                "principal.suspended" => Self::PrincipalSuspended,
                "principal.deleted" => Self::PrincipalDeleted,
                _ => Self::Unknown(value),
            },
        )
    }
}

impl TriggerProviderFilter {
    /// The value as it is on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::GoogleAccount => "google_account",
            Self::ComposioAccount => "composio_account",
            Self::Whatsapp => "whatsapp",
            Self::Unknown(value) => value,
        }
    }
}

impl ::serde::Serialize for TriggerProviderFilter {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> ::serde::Deserialize<'de> for TriggerProviderFilter {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        let value = <::std::string::String as ::serde::Deserialize>::deserialize(
            deserializer,
        )?;
        Ok(
            match value.as_str() {
                "google_account" => Self::GoogleAccount,
                "composio_account" => Self::ComposioAccount,
                "whatsapp" => Self::Whatsapp,
                _ => Self::Unknown(value),
            },
        )
    }
}

#[cfg(feature = "triggers")]
impl crate::pagination::Page for TriggerPage {
    type Item = crate::types::Trigger;

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

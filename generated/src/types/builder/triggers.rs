// @generated struct builders of the `triggers` area by agentruntime-generator 0.1.0. Do not edit by hand.
// Spec: spec/openapi.yaml (sha256 519ac2a915cd9c7a211905e5012ef39e9645387cfc93c6c8dc097895fccb21cc), OpenAPI 3.1.0, API version 1.0.0.
// Regenerate: cargo xtask regen

#![allow(clippy::all, clippy::pedantic)]
#[derive(Clone, Debug)]
pub struct CronTrigger {
    config: ::std::result::Result<
        ::std::option::Option<crate::types::CronTriggerConfig>,
        ::std::string::String,
    >,
    type_: ::std::result::Result<crate::types::CronTriggerType, ::std::string::String>,
}
impl ::std::default::Default for CronTrigger {
    fn default() -> Self {
        Self {
            config: Ok(Default::default()),
            type_: Err("no value supplied for type_".to_string()),
        }
    }
}
impl CronTrigger {
    pub fn config<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<
            ::std::option::Option<crate::types::CronTriggerConfig>,
        >,
        T::Error: ::std::fmt::Display,
    {
        self.config = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for config: {e}"));
        self
    }
    pub fn type_<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<crate::types::CronTriggerType>,
        T::Error: ::std::fmt::Display,
    {
        self.type_ = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for type_: {e}"));
        self
    }
}
impl ::std::convert::TryFrom<CronTrigger> for crate::types::CronTrigger {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: CronTrigger,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self {
            config: value.config?,
            type_: value.type_?,
        })
    }
}
impl ::std::convert::From<crate::types::CronTrigger> for CronTrigger {
    fn from(value: crate::types::CronTrigger) -> Self {
        Self {
            config: Ok(value.config),
            type_: Ok(value.type_),
        }
    }
}
#[derive(Clone, Debug)]
pub struct CronTriggerConfig {
    automation_user_id: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
    body: ::std::result::Result<
        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        ::std::string::String,
    >,
    catchup_policy: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
    cron: ::std::result::Result<::std::string::String, ::std::string::String>,
    excluded_step_ids: ::std::result::Result<
        ::std::vec::Vec<::std::string::String>,
        ::std::string::String,
    >,
    grace_minutes: ::std::result::Result<
        ::std::option::Option<i32>,
        ::std::string::String,
    >,
    project_id: ::std::result::Result<
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
    timezone: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
    trigger_steps: ::std::result::Result<
        ::std::option::Option<crate::types::TriggerStepInputs>,
        ::std::string::String,
    >,
    use_run_setup_defaults: ::std::result::Result<
        ::std::option::Option<bool>,
        ::std::string::String,
    >,
}
impl ::std::default::Default for CronTriggerConfig {
    fn default() -> Self {
        Self {
            automation_user_id: Ok(Default::default()),
            body: Ok(Default::default()),
            catchup_policy: Ok(Default::default()),
            cron: Err("no value supplied for cron".to_string()),
            excluded_step_ids: Ok(Default::default()),
            grace_minutes: Ok(Default::default()),
            project_id: Ok(Default::default()),
            segment_id: Ok(Default::default()),
            team_id: Ok(Default::default()),
            timezone: Ok(Default::default()),
            trigger_steps: Ok(Default::default()),
            use_run_setup_defaults: Ok(Default::default()),
        }
    }
}
impl CronTriggerConfig {
    pub fn automation_user_id<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.automation_user_id = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for automation_user_id: {e}")
            });
        self
    }
    pub fn body<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        >,
        T::Error: ::std::fmt::Display,
    {
        self.body = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for body: {e}"));
        self
    }
    pub fn catchup_policy<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.catchup_policy = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for catchup_policy: {e}")
            });
        self
    }
    pub fn cron<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.cron = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for cron: {e}"));
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
    pub fn grace_minutes<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<i32>>,
        T::Error: ::std::fmt::Display,
    {
        self.grace_minutes = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for grace_minutes: {e}")
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
    pub fn timezone<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.timezone = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for timezone: {e}"));
        self
    }
    pub fn trigger_steps<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<
            ::std::option::Option<crate::types::TriggerStepInputs>,
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
    pub fn use_run_setup_defaults<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<bool>>,
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
impl ::std::convert::TryFrom<CronTriggerConfig> for crate::types::CronTriggerConfig {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: CronTriggerConfig,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self {
            automation_user_id: value.automation_user_id?,
            body: value.body?,
            catchup_policy: value.catchup_policy?,
            cron: value.cron?,
            excluded_step_ids: value.excluded_step_ids?,
            grace_minutes: value.grace_minutes?,
            project_id: value.project_id?,
            segment_id: value.segment_id?,
            team_id: value.team_id?,
            timezone: value.timezone?,
            trigger_steps: value.trigger_steps?,
            use_run_setup_defaults: value.use_run_setup_defaults?,
        })
    }
}
impl ::std::convert::From<crate::types::CronTriggerConfig> for CronTriggerConfig {
    fn from(value: crate::types::CronTriggerConfig) -> Self {
        Self {
            automation_user_id: Ok(value.automation_user_id),
            body: Ok(value.body),
            catchup_policy: Ok(value.catchup_policy),
            cron: Ok(value.cron),
            excluded_step_ids: Ok(value.excluded_step_ids),
            grace_minutes: Ok(value.grace_minutes),
            project_id: Ok(value.project_id),
            segment_id: Ok(value.segment_id),
            team_id: Ok(value.team_id),
            timezone: Ok(value.timezone),
            trigger_steps: Ok(value.trigger_steps),
            use_run_setup_defaults: Ok(value.use_run_setup_defaults),
        }
    }
}
#[derive(Clone, Debug)]
pub struct PlatformEventTrigger {
    config: ::std::result::Result<
        ::std::option::Option<crate::types::PlatformEventTriggerConfig>,
        ::std::string::String,
    >,
    type_: ::std::result::Result<
        crate::types::PlatformEventTriggerType,
        ::std::string::String,
    >,
}
impl ::std::default::Default for PlatformEventTrigger {
    fn default() -> Self {
        Self {
            config: Ok(Default::default()),
            type_: Err("no value supplied for type_".to_string()),
        }
    }
}
impl PlatformEventTrigger {
    pub fn config<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<
            ::std::option::Option<crate::types::PlatformEventTriggerConfig>,
        >,
        T::Error: ::std::fmt::Display,
    {
        self.config = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for config: {e}"));
        self
    }
    pub fn type_<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<crate::types::PlatformEventTriggerType>,
        T::Error: ::std::fmt::Display,
    {
        self.type_ = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for type_: {e}"));
        self
    }
}
impl ::std::convert::TryFrom<PlatformEventTrigger>
for crate::types::PlatformEventTrigger {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: PlatformEventTrigger,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self {
            config: value.config?,
            type_: value.type_?,
        })
    }
}
impl ::std::convert::From<crate::types::PlatformEventTrigger> for PlatformEventTrigger {
    fn from(value: crate::types::PlatformEventTrigger) -> Self {
        Self {
            config: Ok(value.config),
            type_: Ok(value.type_),
        }
    }
}
#[derive(Clone, Debug)]
pub struct PlatformEventTriggerConfig {
    automation_pat_id: ::std::result::Result<
        ::std::string::String,
        ::std::string::String,
    >,
    event_type: ::std::result::Result<
        crate::types::TriggerPlatformEventType,
        ::std::string::String,
    >,
    excluded_step_ids: ::std::result::Result<
        ::std::vec::Vec<::std::string::String>,
        ::std::string::String,
    >,
    provider_filter: ::std::result::Result<
        ::std::option::Option<crate::types::TriggerProviderFilter>,
        ::std::string::String,
    >,
    segment_id: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
    trigger_payload: ::std::result::Result<
        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        ::std::string::String,
    >,
    trigger_steps: ::std::result::Result<
        ::std::option::Option<crate::types::TriggerStepInputs>,
        ::std::string::String,
    >,
}
impl ::std::default::Default for PlatformEventTriggerConfig {
    fn default() -> Self {
        Self {
            automation_pat_id: Err(
                "no value supplied for automation_pat_id".to_string(),
            ),
            event_type: Err("no value supplied for event_type".to_string()),
            excluded_step_ids: Ok(Default::default()),
            provider_filter: Ok(Default::default()),
            segment_id: Ok(Default::default()),
            trigger_payload: Ok(Default::default()),
            trigger_steps: Ok(Default::default()),
        }
    }
}
impl PlatformEventTriggerConfig {
    pub fn automation_pat_id<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.automation_pat_id = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for automation_pat_id: {e}")
            });
        self
    }
    pub fn event_type<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<crate::types::TriggerPlatformEventType>,
        T::Error: ::std::fmt::Display,
    {
        self.event_type = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for event_type: {e}"));
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
    pub fn provider_filter<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<
            ::std::option::Option<crate::types::TriggerProviderFilter>,
        >,
        T::Error: ::std::fmt::Display,
    {
        self.provider_filter = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for provider_filter: {e}")
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
            ::std::option::Option<crate::types::TriggerStepInputs>,
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
impl ::std::convert::TryFrom<PlatformEventTriggerConfig>
for crate::types::PlatformEventTriggerConfig {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: PlatformEventTriggerConfig,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self {
            automation_pat_id: value.automation_pat_id?,
            event_type: value.event_type?,
            excluded_step_ids: value.excluded_step_ids?,
            provider_filter: value.provider_filter?,
            segment_id: value.segment_id?,
            trigger_payload: value.trigger_payload?,
            trigger_steps: value.trigger_steps?,
        })
    }
}
impl ::std::convert::From<crate::types::PlatformEventTriggerConfig>
for PlatformEventTriggerConfig {
    fn from(value: crate::types::PlatformEventTriggerConfig) -> Self {
        Self {
            automation_pat_id: Ok(value.automation_pat_id),
            event_type: Ok(value.event_type),
            excluded_step_ids: Ok(value.excluded_step_ids),
            provider_filter: Ok(value.provider_filter),
            segment_id: Ok(value.segment_id),
            trigger_payload: Ok(value.trigger_payload),
            trigger_steps: Ok(value.trigger_steps),
        }
    }
}
#[derive(Clone, Debug)]
pub struct TriggerPage {
    items: ::std::result::Result<
        ::std::vec::Vec<crate::types::Trigger>,
        ::std::string::String,
    >,
    next_page: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
}
impl ::std::default::Default for TriggerPage {
    fn default() -> Self {
        Self {
            items: Err("no value supplied for items".to_string()),
            next_page: Err("no value supplied for next_page".to_string()),
        }
    }
}
impl TriggerPage {
    pub fn items<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::vec::Vec<crate::types::Trigger>>,
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
impl ::std::convert::TryFrom<TriggerPage> for crate::types::TriggerPage {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: TriggerPage,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self {
            items: value.items?,
            next_page: value.next_page?,
        })
    }
}
impl ::std::convert::From<crate::types::TriggerPage> for TriggerPage {
    fn from(value: crate::types::TriggerPage) -> Self {
        Self {
            items: Ok(value.items),
            next_page: Ok(value.next_page),
        }
    }
}

// @generated struct builders of the `events` area by agentruntime-generator 0.1.0. Do not edit by hand.
// Spec: spec/openapi.yaml (sha256 519ac2a915cd9c7a211905e5012ef39e9645387cfc93c6c8dc097895fccb21cc), OpenAPI 3.1.0, API version 1.0.0.
// Regenerate: cargo xtask regen

#![allow(clippy::all, clippy::pedantic)]
#[derive(Clone, Debug)]
pub struct AgentTurnLimitReachedData {
    limit: ::std::result::Result<::std::option::Option<i32>, ::std::string::String>,
    round: ::std::result::Result<::std::option::Option<i32>, ::std::string::String>,
    turn_id: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
}
impl ::std::default::Default for AgentTurnLimitReachedData {
    fn default() -> Self {
        Self {
            limit: Ok(Default::default()),
            round: Ok(Default::default()),
            turn_id: Ok(Default::default()),
        }
    }
}
impl AgentTurnLimitReachedData {
    pub fn limit<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<i32>>,
        T::Error: ::std::fmt::Display,
    {
        self.limit = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for limit: {e}"));
        self
    }
    pub fn round<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<i32>>,
        T::Error: ::std::fmt::Display,
    {
        self.round = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for round: {e}"));
        self
    }
    pub fn turn_id<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.turn_id = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for turn_id: {e}"));
        self
    }
}
impl ::std::convert::TryFrom<AgentTurnLimitReachedData>
for crate::types::AgentTurnLimitReachedData {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: AgentTurnLimitReachedData,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self {
            limit: value.limit?,
            round: value.round?,
            turn_id: value.turn_id?,
        })
    }
}
impl ::std::convert::From<crate::types::AgentTurnLimitReachedData>
for AgentTurnLimitReachedData {
    fn from(value: crate::types::AgentTurnLimitReachedData) -> Self {
        Self {
            limit: Ok(value.limit),
            round: Ok(value.round),
            turn_id: Ok(value.turn_id),
        }
    }
}
#[derive(Clone, Debug)]
pub struct AgentTurnToolRoundData {
    round: ::std::result::Result<::std::option::Option<i32>, ::std::string::String>,
    turn_id: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
}
impl ::std::default::Default for AgentTurnToolRoundData {
    fn default() -> Self {
        Self {
            round: Ok(Default::default()),
            turn_id: Ok(Default::default()),
        }
    }
}
impl AgentTurnToolRoundData {
    pub fn round<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<i32>>,
        T::Error: ::std::fmt::Display,
    {
        self.round = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for round: {e}"));
        self
    }
    pub fn turn_id<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.turn_id = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for turn_id: {e}"));
        self
    }
}
impl ::std::convert::TryFrom<AgentTurnToolRoundData>
for crate::types::AgentTurnToolRoundData {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: AgentTurnToolRoundData,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self {
            round: value.round?,
            turn_id: value.turn_id?,
        })
    }
}
impl ::std::convert::From<crate::types::AgentTurnToolRoundData>
for AgentTurnToolRoundData {
    fn from(value: crate::types::AgentTurnToolRoundData) -> Self {
        Self {
            round: Ok(value.round),
            turn_id: Ok(value.turn_id),
        }
    }
}
#[derive(Clone, Debug)]
pub struct RunEventPage {
    items: ::std::result::Result<
        ::std::vec::Vec<crate::types::RunEvent>,
        ::std::string::String,
    >,
    next_page: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
}
impl ::std::default::Default for RunEventPage {
    fn default() -> Self {
        Self {
            items: Err("no value supplied for items".to_string()),
            next_page: Err("no value supplied for next_page".to_string()),
        }
    }
}
impl RunEventPage {
    pub fn items<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::vec::Vec<crate::types::RunEvent>>,
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
impl ::std::convert::TryFrom<RunEventPage> for crate::types::RunEventPage {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: RunEventPage,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self {
            items: value.items?,
            next_page: value.next_page?,
        })
    }
}
impl ::std::convert::From<crate::types::RunEventPage> for RunEventPage {
    fn from(value: crate::types::RunEventPage) -> Self {
        Self {
            items: Ok(value.items),
            next_page: Ok(value.next_page),
        }
    }
}
#[derive(Clone, Debug)]
pub struct RunRejectedData {
    code: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
    reason: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
}
impl ::std::default::Default for RunRejectedData {
    fn default() -> Self {
        Self {
            code: Ok(Default::default()),
            reason: Ok(Default::default()),
        }
    }
}
impl RunRejectedData {
    pub fn code<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.code = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for code: {e}"));
        self
    }
    pub fn reason<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.reason = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for reason: {e}"));
        self
    }
}
impl ::std::convert::TryFrom<RunRejectedData> for crate::types::RunRejectedData {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: RunRejectedData,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self {
            code: value.code?,
            reason: value.reason?,
        })
    }
}
impl ::std::convert::From<crate::types::RunRejectedData> for RunRejectedData {
    fn from(value: crate::types::RunRejectedData) -> Self {
        Self {
            code: Ok(value.code),
            reason: Ok(value.reason),
        }
    }
}
#[derive(Clone, Debug)]
pub struct RunStartedData {
    external_user_id: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
    trigger_type: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
    workflow_version: ::std::result::Result<
        ::std::option::Option<i32>,
        ::std::string::String,
    >,
}
impl ::std::default::Default for RunStartedData {
    fn default() -> Self {
        Self {
            external_user_id: Ok(Default::default()),
            trigger_type: Ok(Default::default()),
            workflow_version: Ok(Default::default()),
        }
    }
}
impl RunStartedData {
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
impl ::std::convert::TryFrom<RunStartedData> for crate::types::RunStartedData {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: RunStartedData,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self {
            external_user_id: value.external_user_id?,
            trigger_type: value.trigger_type?,
            workflow_version: value.workflow_version?,
        })
    }
}
impl ::std::convert::From<crate::types::RunStartedData> for RunStartedData {
    fn from(value: crate::types::RunStartedData) -> Self {
        Self {
            external_user_id: Ok(value.external_user_id),
            trigger_type: Ok(value.trigger_type),
            workflow_version: Ok(value.workflow_version),
        }
    }
}
#[derive(Clone, Debug)]
pub struct StateChangedData {
    failure_code: ::std::result::Result<
        ::std::option::Option<crate::types::FailureCode>,
        ::std::string::String,
    >,
    from: ::std::result::Result<
        ::std::option::Option<crate::types::RunStatus>,
        ::std::string::String,
    >,
    reason: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
    to: ::std::result::Result<crate::types::RunStatus, ::std::string::String>,
}
impl ::std::default::Default for StateChangedData {
    fn default() -> Self {
        Self {
            failure_code: Ok(Default::default()),
            from: Ok(Default::default()),
            reason: Ok(Default::default()),
            to: Err("no value supplied for to".to_string()),
        }
    }
}
impl StateChangedData {
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
    pub fn from<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<crate::types::RunStatus>>,
        T::Error: ::std::fmt::Display,
    {
        self.from = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for from: {e}"));
        self
    }
    pub fn reason<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.reason = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for reason: {e}"));
        self
    }
    pub fn to<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<crate::types::RunStatus>,
        T::Error: ::std::fmt::Display,
    {
        self.to = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for to: {e}"));
        self
    }
}
impl ::std::convert::TryFrom<StateChangedData> for crate::types::StateChangedData {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: StateChangedData,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self {
            failure_code: value.failure_code?,
            from: value.from?,
            reason: value.reason?,
            to: value.to?,
        })
    }
}
impl ::std::convert::From<crate::types::StateChangedData> for StateChangedData {
    fn from(value: crate::types::StateChangedData) -> Self {
        Self {
            failure_code: Ok(value.failure_code),
            from: Ok(value.from),
            reason: Ok(value.reason),
            to: Ok(value.to),
        }
    }
}
#[derive(Clone, Debug)]
pub struct StepCancelledData {
    cancelled: ::std::result::Result<::std::option::Option<bool>, ::std::string::String>,
    caused_by_step_id: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
    reason: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
}
impl ::std::default::Default for StepCancelledData {
    fn default() -> Self {
        Self {
            cancelled: Ok(Default::default()),
            caused_by_step_id: Ok(Default::default()),
            reason: Ok(Default::default()),
        }
    }
}
impl StepCancelledData {
    pub fn cancelled<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<bool>>,
        T::Error: ::std::fmt::Display,
    {
        self.cancelled = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for cancelled: {e}"));
        self
    }
    pub fn caused_by_step_id<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.caused_by_step_id = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for caused_by_step_id: {e}")
            });
        self
    }
    pub fn reason<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.reason = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for reason: {e}"));
        self
    }
}
impl ::std::convert::TryFrom<StepCancelledData> for crate::types::StepCancelledData {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: StepCancelledData,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self {
            cancelled: value.cancelled?,
            caused_by_step_id: value.caused_by_step_id?,
            reason: value.reason?,
        })
    }
}
impl ::std::convert::From<crate::types::StepCancelledData> for StepCancelledData {
    fn from(value: crate::types::StepCancelledData) -> Self {
        Self {
            cancelled: Ok(value.cancelled),
            caused_by_step_id: Ok(value.caused_by_step_id),
            reason: Ok(value.reason),
        }
    }
}
#[derive(Clone, Debug)]
pub struct StepCompletedData {
    duration_ms: ::std::result::Result<
        ::std::option::Option<i64>,
        ::std::string::String,
    >,
    reason: ::std::result::Result<
        ::std::option::Option<crate::types::StepSkipReason>,
        ::std::string::String,
    >,
    result: ::std::result::Result<
        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        ::std::string::String,
    >,
    skipped: ::std::result::Result<::std::option::Option<bool>, ::std::string::String>,
}
impl ::std::default::Default for StepCompletedData {
    fn default() -> Self {
        Self {
            duration_ms: Ok(Default::default()),
            reason: Ok(Default::default()),
            result: Ok(Default::default()),
            skipped: Ok(Default::default()),
        }
    }
}
impl StepCompletedData {
    pub fn duration_ms<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<i64>>,
        T::Error: ::std::fmt::Display,
    {
        self.duration_ms = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for duration_ms: {e}")
            });
        self
    }
    pub fn reason<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<crate::types::StepSkipReason>>,
        T::Error: ::std::fmt::Display,
    {
        self.reason = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for reason: {e}"));
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
    pub fn skipped<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<bool>>,
        T::Error: ::std::fmt::Display,
    {
        self.skipped = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for skipped: {e}"));
        self
    }
}
impl ::std::convert::TryFrom<StepCompletedData> for crate::types::StepCompletedData {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: StepCompletedData,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self {
            duration_ms: value.duration_ms?,
            reason: value.reason?,
            result: value.result?,
            skipped: value.skipped?,
        })
    }
}
impl ::std::convert::From<crate::types::StepCompletedData> for StepCompletedData {
    fn from(value: crate::types::StepCompletedData) -> Self {
        Self {
            duration_ms: Ok(value.duration_ms),
            reason: Ok(value.reason),
            result: Ok(value.result),
            skipped: Ok(value.skipped),
        }
    }
}
#[derive(Clone, Debug)]
pub struct StepFailedData {
    error: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
    failure_code: ::std::result::Result<
        ::std::option::Option<crate::types::FailureCode>,
        ::std::string::String,
    >,
}
impl ::std::default::Default for StepFailedData {
    fn default() -> Self {
        Self {
            error: Ok(Default::default()),
            failure_code: Ok(Default::default()),
        }
    }
}
impl StepFailedData {
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
}
impl ::std::convert::TryFrom<StepFailedData> for crate::types::StepFailedData {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: StepFailedData,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self {
            error: value.error?,
            failure_code: value.failure_code?,
        })
    }
}
impl ::std::convert::From<crate::types::StepFailedData> for StepFailedData {
    fn from(value: crate::types::StepFailedData) -> Self {
        Self {
            error: Ok(value.error),
            failure_code: Ok(value.failure_code),
        }
    }
}
#[derive(Clone, Debug)]
pub struct StepStartedData {
    attempt: ::std::result::Result<::std::option::Option<i32>, ::std::string::String>,
    step_name: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
    step_type: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
}
impl ::std::default::Default for StepStartedData {
    fn default() -> Self {
        Self {
            attempt: Ok(Default::default()),
            step_name: Ok(Default::default()),
            step_type: Ok(Default::default()),
        }
    }
}
impl StepStartedData {
    pub fn attempt<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<i32>>,
        T::Error: ::std::fmt::Display,
    {
        self.attempt = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for attempt: {e}"));
        self
    }
    pub fn step_name<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.step_name = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for step_name: {e}"));
        self
    }
    pub fn step_type<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.step_type = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for step_type: {e}"));
        self
    }
}
impl ::std::convert::TryFrom<StepStartedData> for crate::types::StepStartedData {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: StepStartedData,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self {
            attempt: value.attempt?,
            step_name: value.step_name?,
            step_type: value.step_type?,
        })
    }
}
impl ::std::convert::From<crate::types::StepStartedData> for StepStartedData {
    fn from(value: crate::types::StepStartedData) -> Self {
        Self {
            attempt: Ok(value.attempt),
            step_name: Ok(value.step_name),
            step_type: Ok(value.step_type),
        }
    }
}

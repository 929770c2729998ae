// @generated struct builders of the `autopilot` area by agentruntime-generator 0.1.0. Do not edit by hand.
// Spec: spec/openapi.yaml (sha256 519ac2a915cd9c7a211905e5012ef39e9645387cfc93c6c8dc097895fccb21cc), OpenAPI 3.1.0, API version 1.0.0.
// Regenerate: cargo xtask regen

#![allow(clippy::all, clippy::pedantic)]
#[derive(Clone, Debug)]
pub struct AutopilotChatRequest {
    message: ::std::result::Result<::std::string::String, ::std::string::String>,
    mode: ::std::result::Result<crate::types::AutopilotMode, ::std::string::String>,
    thread_id: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
}
impl ::std::default::Default for AutopilotChatRequest {
    fn default() -> Self {
        Self {
            message: Err("no value supplied for message".to_string()),
            mode: Err("no value supplied for mode".to_string()),
            thread_id: Ok(Default::default()),
        }
    }
}
impl AutopilotChatRequest {
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
    pub fn mode<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<crate::types::AutopilotMode>,
        T::Error: ::std::fmt::Display,
    {
        self.mode = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for mode: {e}"));
        self
    }
    pub fn thread_id<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.thread_id = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for thread_id: {e}"));
        self
    }
}
impl ::std::convert::TryFrom<AutopilotChatRequest>
for crate::types::AutopilotChatRequest {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: AutopilotChatRequest,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self {
            message: value.message?,
            mode: value.mode?,
            thread_id: value.thread_id?,
        })
    }
}
impl ::std::convert::From<crate::types::AutopilotChatRequest> for AutopilotChatRequest {
    fn from(value: crate::types::AutopilotChatRequest) -> Self {
        Self {
            message: Ok(value.message),
            mode: Ok(value.mode),
            thread_id: Ok(value.thread_id),
        }
    }
}
#[derive(Clone, Debug)]
pub struct AutopilotChatResponse {
    created_at: ::std::result::Result<
        ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        ::std::string::String,
    >,
    message_id: ::std::result::Result<::std::string::String, ::std::string::String>,
    mode: ::std::result::Result<
        ::std::option::Option<crate::types::AutopilotMode>,
        ::std::string::String,
    >,
    thread_id: ::std::result::Result<::std::string::String, ::std::string::String>,
}
impl ::std::default::Default for AutopilotChatResponse {
    fn default() -> Self {
        Self {
            created_at: Ok(Default::default()),
            message_id: Err("no value supplied for message_id".to_string()),
            mode: Ok(Default::default()),
            thread_id: Err("no value supplied for thread_id".to_string()),
        }
    }
}
impl AutopilotChatResponse {
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
    pub fn message_id<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.message_id = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for message_id: {e}"));
        self
    }
    pub fn mode<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<crate::types::AutopilotMode>>,
        T::Error: ::std::fmt::Display,
    {
        self.mode = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for mode: {e}"));
        self
    }
    pub fn thread_id<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.thread_id = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for thread_id: {e}"));
        self
    }
}
impl ::std::convert::TryFrom<AutopilotChatResponse>
for crate::types::AutopilotChatResponse {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: AutopilotChatResponse,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self {
            created_at: value.created_at?,
            message_id: value.message_id?,
            mode: value.mode?,
            thread_id: value.thread_id?,
        })
    }
}
impl ::std::convert::From<crate::types::AutopilotChatResponse>
for AutopilotChatResponse {
    fn from(value: crate::types::AutopilotChatResponse) -> Self {
        Self {
            created_at: Ok(value.created_at),
            message_id: Ok(value.message_id),
            mode: Ok(value.mode),
            thread_id: Ok(value.thread_id),
        }
    }
}

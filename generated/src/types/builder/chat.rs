// @generated struct builders of the `chat` area by agentruntime-generator 0.1.0. Do not edit by hand.
// Spec: spec/openapi.yaml (sha256 519ac2a915cd9c7a211905e5012ef39e9645387cfc93c6c8dc097895fccb21cc), OpenAPI 3.1.0, API version 1.0.0.
// Regenerate: cargo xtask regen

#![allow(clippy::all, clippy::pedantic)]
#[derive(Clone, Debug)]
pub struct ChatMessage {
    content: ::std::result::Result<::std::string::String, ::std::string::String>,
    created_at: ::std::result::Result<
        ::chrono::DateTime<::chrono::offset::Utc>,
        ::std::string::String,
    >,
    id: ::std::result::Result<::std::string::String, ::std::string::String>,
    role: ::std::result::Result<::std::string::String, ::std::string::String>,
    status: ::std::result::Result<::std::string::String, ::std::string::String>,
    thread_id: ::std::result::Result<::std::string::String, ::std::string::String>,
    turn_id: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
}
impl ::std::default::Default for ChatMessage {
    fn default() -> Self {
        Self {
            content: Err("no value supplied for content".to_string()),
            created_at: Err("no value supplied for created_at".to_string()),
            id: Err("no value supplied for id".to_string()),
            role: Err("no value supplied for role".to_string()),
            status: Err("no value supplied for status".to_string()),
            thread_id: Err("no value supplied for thread_id".to_string()),
            turn_id: Ok(Default::default()),
        }
    }
}
impl ChatMessage {
    pub fn content<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.content = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for content: {e}"));
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
    pub fn role<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.role = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for role: {e}"));
        self
    }
    pub fn status<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.status = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for status: {e}"));
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
impl ::std::convert::TryFrom<ChatMessage> for crate::types::ChatMessage {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: ChatMessage,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self {
            content: value.content?,
            created_at: value.created_at?,
            id: value.id?,
            role: value.role?,
            status: value.status?,
            thread_id: value.thread_id?,
            turn_id: value.turn_id?,
        })
    }
}
impl ::std::convert::From<crate::types::ChatMessage> for ChatMessage {
    fn from(value: crate::types::ChatMessage) -> Self {
        Self {
            content: Ok(value.content),
            created_at: Ok(value.created_at),
            id: Ok(value.id),
            role: Ok(value.role),
            status: Ok(value.status),
            thread_id: Ok(value.thread_id),
            turn_id: Ok(value.turn_id),
        }
    }
}
#[derive(Clone, Debug)]
pub struct ChatMessageCreate {
    content: ::std::result::Result<::std::string::String, ::std::string::String>,
}
impl ::std::default::Default for ChatMessageCreate {
    fn default() -> Self {
        Self {
            content: Err("no value supplied for content".to_string()),
        }
    }
}
impl ChatMessageCreate {
    pub fn content<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.content = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for content: {e}"));
        self
    }
}
impl ::std::convert::TryFrom<ChatMessageCreate> for crate::types::ChatMessageCreate {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: ChatMessageCreate,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self { content: value.content? })
    }
}
impl ::std::convert::From<crate::types::ChatMessageCreate> for ChatMessageCreate {
    fn from(value: crate::types::ChatMessageCreate) -> Self {
        Self { content: Ok(value.content) }
    }
}
#[derive(Clone, Debug)]
pub struct ChatMessagePage {
    items: ::std::result::Result<
        ::std::vec::Vec<crate::types::ChatMessage>,
        ::std::string::String,
    >,
    next_page: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
}
impl ::std::default::Default for ChatMessagePage {
    fn default() -> Self {
        Self {
            items: Err("no value supplied for items".to_string()),
            next_page: Err("no value supplied for next_page".to_string()),
        }
    }
}
impl ChatMessagePage {
    pub fn items<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::vec::Vec<crate::types::ChatMessage>>,
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
impl ::std::convert::TryFrom<ChatMessagePage> for crate::types::ChatMessagePage {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: ChatMessagePage,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self {
            items: value.items?,
            next_page: value.next_page?,
        })
    }
}
impl ::std::convert::From<crate::types::ChatMessagePage> for ChatMessagePage {
    fn from(value: crate::types::ChatMessagePage) -> Self {
        Self {
            items: Ok(value.items),
            next_page: Ok(value.next_page),
        }
    }
}
#[derive(Clone, Debug)]
pub struct ChatThread {
    archived_at: ::std::result::Result<
        ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        ::std::string::String,
    >,
    created_at: ::std::result::Result<
        ::chrono::DateTime<::chrono::offset::Utc>,
        ::std::string::String,
    >,
    id: ::std::result::Result<::std::string::String, ::std::string::String>,
    run_id: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
    title: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
    updated_at: ::std::result::Result<
        ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        ::std::string::String,
    >,
    workflow_id: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
}
impl ::std::default::Default for ChatThread {
    fn default() -> Self {
        Self {
            archived_at: Ok(Default::default()),
            created_at: Err("no value supplied for created_at".to_string()),
            id: Err("no value supplied for id".to_string()),
            run_id: Ok(Default::default()),
            title: Ok(Default::default()),
            updated_at: Ok(Default::default()),
            workflow_id: Ok(Default::default()),
        }
    }
}
impl ChatThread {
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
    pub fn title<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.title = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for title: {e}"));
        self
    }
    pub fn updated_at<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<
            ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        >,
        T::Error: ::std::fmt::Display,
    {
        self.updated_at = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for updated_at: {e}"));
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
impl ::std::convert::TryFrom<ChatThread> for crate::types::ChatThread {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: ChatThread,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self {
            archived_at: value.archived_at?,
            created_at: value.created_at?,
            id: value.id?,
            run_id: value.run_id?,
            title: value.title?,
            updated_at: value.updated_at?,
            workflow_id: value.workflow_id?,
        })
    }
}
impl ::std::convert::From<crate::types::ChatThread> for ChatThread {
    fn from(value: crate::types::ChatThread) -> Self {
        Self {
            archived_at: Ok(value.archived_at),
            created_at: Ok(value.created_at),
            id: Ok(value.id),
            run_id: Ok(value.run_id),
            title: Ok(value.title),
            updated_at: Ok(value.updated_at),
            workflow_id: Ok(value.workflow_id),
        }
    }
}
#[derive(Clone, Debug)]
pub struct ChatThreadCreate {
    title: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
    workflow_id: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
}
impl ::std::default::Default for ChatThreadCreate {
    fn default() -> Self {
        Self {
            title: Ok(Default::default()),
            workflow_id: Ok(Default::default()),
        }
    }
}
impl ChatThreadCreate {
    pub fn title<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.title = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for title: {e}"));
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
impl ::std::convert::TryFrom<ChatThreadCreate> for crate::types::ChatThreadCreate {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: ChatThreadCreate,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self {
            title: value.title?,
            workflow_id: value.workflow_id?,
        })
    }
}
impl ::std::convert::From<crate::types::ChatThreadCreate> for ChatThreadCreate {
    fn from(value: crate::types::ChatThreadCreate) -> Self {
        Self {
            title: Ok(value.title),
            workflow_id: Ok(value.workflow_id),
        }
    }
}
#[derive(Clone, Debug)]
pub struct ChatThreadPage {
    items: ::std::result::Result<
        ::std::vec::Vec<crate::types::ChatThread>,
        ::std::string::String,
    >,
    next_page: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
}
impl ::std::default::Default for ChatThreadPage {
    fn default() -> Self {
        Self {
            items: Err("no value supplied for items".to_string()),
            next_page: Err("no value supplied for next_page".to_string()),
        }
    }
}
impl ChatThreadPage {
    pub fn items<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::vec::Vec<crate::types::ChatThread>>,
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
impl ::std::convert::TryFrom<ChatThreadPage> for crate::types::ChatThreadPage {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: ChatThreadPage,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self {
            items: value.items?,
            next_page: value.next_page?,
        })
    }
}
impl ::std::convert::From<crate::types::ChatThreadPage> for ChatThreadPage {
    fn from(value: crate::types::ChatThreadPage) -> Self {
        Self {
            items: Ok(value.items),
            next_page: Ok(value.next_page),
        }
    }
}
#[derive(Clone, Debug)]
pub struct ChatTurnStatus {
    reply_message_id: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
    run_id: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
    status: ::std::result::Result<::std::string::String, ::std::string::String>,
    thread_id: ::std::result::Result<::std::string::String, ::std::string::String>,
    turn_id: ::std::result::Result<::std::string::String, ::std::string::String>,
    updated_at: ::std::result::Result<
        ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        ::std::string::String,
    >,
}
impl ::std::default::Default for ChatTurnStatus {
    fn default() -> Self {
        Self {
            reply_message_id: Ok(Default::default()),
            run_id: Ok(Default::default()),
            status: Err("no value supplied for status".to_string()),
            thread_id: Err("no value supplied for thread_id".to_string()),
            turn_id: Err("no value supplied for turn_id".to_string()),
            updated_at: Ok(Default::default()),
        }
    }
}
impl ChatTurnStatus {
    pub fn reply_message_id<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.reply_message_id = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for reply_message_id: {e}")
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
    pub fn status<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.status = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for status: {e}"));
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
    pub fn turn_id<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.turn_id = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for turn_id: {e}"));
        self
    }
    pub fn updated_at<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<
            ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        >,
        T::Error: ::std::fmt::Display,
    {
        self.updated_at = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for updated_at: {e}"));
        self
    }
}
impl ::std::convert::TryFrom<ChatTurnStatus> for crate::types::ChatTurnStatus {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: ChatTurnStatus,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self {
            reply_message_id: value.reply_message_id?,
            run_id: value.run_id?,
            status: value.status?,
            thread_id: value.thread_id?,
            turn_id: value.turn_id?,
            updated_at: value.updated_at?,
        })
    }
}
impl ::std::convert::From<crate::types::ChatTurnStatus> for ChatTurnStatus {
    fn from(value: crate::types::ChatTurnStatus) -> Self {
        Self {
            reply_message_id: Ok(value.reply_message_id),
            run_id: Ok(value.run_id),
            status: Ok(value.status),
            thread_id: Ok(value.thread_id),
            turn_id: Ok(value.turn_id),
            updated_at: Ok(value.updated_at),
        }
    }
}

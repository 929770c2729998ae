// @generated struct builders of the `memory` area by agentruntime-generator 0.1.0. Do not edit by hand.
// Spec: spec/openapi.yaml (sha256 519ac2a915cd9c7a211905e5012ef39e9645387cfc93c6c8dc097895fccb21cc), OpenAPI 3.1.0, API version 1.0.0.
// Regenerate: cargo xtask regen

#![allow(clippy::all, clippy::pedantic)]
#[derive(Clone, Debug)]
pub struct MemoryEpisode {
    created_at: ::std::result::Result<
        ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        ::std::string::String,
    >,
    episode_id: ::std::result::Result<::std::string::String, ::std::string::String>,
    episode_type: ::std::result::Result<::std::string::String, ::std::string::String>,
    items: ::std::result::Result<
        ::std::vec::Vec<crate::types::MemoryItem>,
        ::std::string::String,
    >,
    project_id: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
    source_id: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
    title: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
}
impl ::std::default::Default for MemoryEpisode {
    fn default() -> Self {
        Self {
            created_at: Ok(Default::default()),
            episode_id: Err("no value supplied for episode_id".to_string()),
            episode_type: Err("no value supplied for episode_type".to_string()),
            items: Ok(Default::default()),
            project_id: Ok(Default::default()),
            source_id: Ok(Default::default()),
            title: Ok(Default::default()),
        }
    }
}
impl MemoryEpisode {
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
    pub fn episode_id<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.episode_id = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for episode_id: {e}"));
        self
    }
    pub fn episode_type<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.episode_type = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for episode_type: {e}")
            });
        self
    }
    pub fn items<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::vec::Vec<crate::types::MemoryItem>>,
        T::Error: ::std::fmt::Display,
    {
        self.items = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for items: {e}"));
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
    pub fn source_id<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.source_id = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for source_id: {e}"));
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
}
impl ::std::convert::TryFrom<MemoryEpisode> for crate::types::MemoryEpisode {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: MemoryEpisode,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self {
            created_at: value.created_at?,
            episode_id: value.episode_id?,
            episode_type: value.episode_type?,
            items: value.items?,
            project_id: value.project_id?,
            source_id: value.source_id?,
            title: value.title?,
        })
    }
}
impl ::std::convert::From<crate::types::MemoryEpisode> for MemoryEpisode {
    fn from(value: crate::types::MemoryEpisode) -> Self {
        Self {
            created_at: Ok(value.created_at),
            episode_id: Ok(value.episode_id),
            episode_type: Ok(value.episode_type),
            items: Ok(value.items),
            project_id: Ok(value.project_id),
            source_id: Ok(value.source_id),
            title: Ok(value.title),
        }
    }
}
#[derive(Clone, Debug)]
pub struct MemoryExtractBatch {
    batch_id: ::std::result::Result<::std::string::String, ::std::string::String>,
    completed: ::std::result::Result<::std::option::Option<i32>, ::std::string::String>,
    created_at: ::std::result::Result<
        ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        ::std::string::String,
    >,
    failed: ::std::result::Result<::std::option::Option<i32>, ::std::string::String>,
    job_ids: ::std::result::Result<
        ::std::vec::Vec<::std::string::String>,
        ::std::string::String,
    >,
    status: ::std::result::Result<::std::string::String, ::std::string::String>,
    total: ::std::result::Result<::std::option::Option<i32>, ::std::string::String>,
    updated_at: ::std::result::Result<
        ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        ::std::string::String,
    >,
}
impl ::std::default::Default for MemoryExtractBatch {
    fn default() -> Self {
        Self {
            batch_id: Err("no value supplied for batch_id".to_string()),
            completed: Ok(Default::default()),
            created_at: Ok(Default::default()),
            failed: Ok(Default::default()),
            job_ids: Err("no value supplied for job_ids".to_string()),
            status: Err("no value supplied for status".to_string()),
            total: Ok(Default::default()),
            updated_at: Ok(Default::default()),
        }
    }
}
impl MemoryExtractBatch {
    pub fn batch_id<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.batch_id = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for batch_id: {e}"));
        self
    }
    pub fn completed<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<i32>>,
        T::Error: ::std::fmt::Display,
    {
        self.completed = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for completed: {e}"));
        self
    }
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
    pub fn job_ids<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.job_ids = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for job_ids: {e}"));
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
    pub fn total<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<i32>>,
        T::Error: ::std::fmt::Display,
    {
        self.total = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for total: {e}"));
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
impl ::std::convert::TryFrom<MemoryExtractBatch> for crate::types::MemoryExtractBatch {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: MemoryExtractBatch,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self {
            batch_id: value.batch_id?,
            completed: value.completed?,
            created_at: value.created_at?,
            failed: value.failed?,
            job_ids: value.job_ids?,
            status: value.status?,
            total: value.total?,
            updated_at: value.updated_at?,
        })
    }
}
impl ::std::convert::From<crate::types::MemoryExtractBatch> for MemoryExtractBatch {
    fn from(value: crate::types::MemoryExtractBatch) -> Self {
        Self {
            batch_id: Ok(value.batch_id),
            completed: Ok(value.completed),
            created_at: Ok(value.created_at),
            failed: Ok(value.failed),
            job_ids: Ok(value.job_ids),
            status: Ok(value.status),
            total: Ok(value.total),
            updated_at: Ok(value.updated_at),
        }
    }
}
#[derive(Clone, Debug)]
pub struct MemoryExtractBatchRequest {
    conversation_ids: ::std::result::Result<
        ::std::vec::Vec<::std::string::String>,
        ::std::string::String,
    >,
    file_ids: ::std::result::Result<
        ::std::vec::Vec<::std::string::String>,
        ::std::string::String,
    >,
    project_id: ::std::result::Result<::std::string::String, ::std::string::String>,
}
impl ::std::default::Default for MemoryExtractBatchRequest {
    fn default() -> Self {
        Self {
            conversation_ids: Ok(Default::default()),
            file_ids: Ok(Default::default()),
            project_id: Err("no value supplied for project_id".to_string()),
        }
    }
}
impl MemoryExtractBatchRequest {
    pub fn conversation_ids<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.conversation_ids = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for conversation_ids: {e}")
            });
        self
    }
    pub fn file_ids<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.file_ids = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for file_ids: {e}"));
        self
    }
    pub fn project_id<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.project_id = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for project_id: {e}"));
        self
    }
}
impl ::std::convert::TryFrom<MemoryExtractBatchRequest>
for crate::types::MemoryExtractBatchRequest {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: MemoryExtractBatchRequest,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self {
            conversation_ids: value.conversation_ids?,
            file_ids: value.file_ids?,
            project_id: value.project_id?,
        })
    }
}
impl ::std::convert::From<crate::types::MemoryExtractBatchRequest>
for MemoryExtractBatchRequest {
    fn from(value: crate::types::MemoryExtractBatchRequest) -> Self {
        Self {
            conversation_ids: Ok(value.conversation_ids),
            file_ids: Ok(value.file_ids),
            project_id: Ok(value.project_id),
        }
    }
}
#[derive(Clone, Debug)]
pub struct MemoryExtractJob {
    created_at: ::std::result::Result<
        ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        ::std::string::String,
    >,
    episode_id: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
    error: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
    job_id: ::std::result::Result<::std::string::String, ::std::string::String>,
    source_id: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
    source_type: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
    status: ::std::result::Result<::std::string::String, ::std::string::String>,
    updated_at: ::std::result::Result<
        ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        ::std::string::String,
    >,
}
impl ::std::default::Default for MemoryExtractJob {
    fn default() -> Self {
        Self {
            created_at: Ok(Default::default()),
            episode_id: Ok(Default::default()),
            error: Ok(Default::default()),
            job_id: Err("no value supplied for job_id".to_string()),
            source_id: Ok(Default::default()),
            source_type: Ok(Default::default()),
            status: Err("no value supplied for status".to_string()),
            updated_at: Ok(Default::default()),
        }
    }
}
impl MemoryExtractJob {
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
    pub fn episode_id<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.episode_id = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for episode_id: {e}"));
        self
    }
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
    pub fn job_id<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.job_id = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for job_id: {e}"));
        self
    }
    pub fn source_id<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.source_id = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for source_id: {e}"));
        self
    }
    pub fn source_type<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.source_type = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for source_type: {e}")
            });
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
impl ::std::convert::TryFrom<MemoryExtractJob> for crate::types::MemoryExtractJob {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: MemoryExtractJob,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self {
            created_at: value.created_at?,
            episode_id: value.episode_id?,
            error: value.error?,
            job_id: value.job_id?,
            source_id: value.source_id?,
            source_type: value.source_type?,
            status: value.status?,
            updated_at: value.updated_at?,
        })
    }
}
impl ::std::convert::From<crate::types::MemoryExtractJob> for MemoryExtractJob {
    fn from(value: crate::types::MemoryExtractJob) -> Self {
        Self {
            created_at: Ok(value.created_at),
            episode_id: Ok(value.episode_id),
            error: Ok(value.error),
            job_id: Ok(value.job_id),
            source_id: Ok(value.source_id),
            source_type: Ok(value.source_type),
            status: Ok(value.status),
            updated_at: Ok(value.updated_at),
        }
    }
}
#[derive(Clone, Debug)]
pub struct MemoryIndexConversationRequest {
    conversation_id: ::std::result::Result<::std::string::String, ::std::string::String>,
    project_id: ::std::result::Result<::std::string::String, ::std::string::String>,
}
impl ::std::default::Default for MemoryIndexConversationRequest {
    fn default() -> Self {
        Self {
            conversation_id: Err("no value supplied for conversation_id".to_string()),
            project_id: Err("no value supplied for project_id".to_string()),
        }
    }
}
impl MemoryIndexConversationRequest {
    pub fn conversation_id<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.conversation_id = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for conversation_id: {e}")
            });
        self
    }
    pub fn project_id<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.project_id = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for project_id: {e}"));
        self
    }
}
impl ::std::convert::TryFrom<MemoryIndexConversationRequest>
for crate::types::MemoryIndexConversationRequest {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: MemoryIndexConversationRequest,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self {
            conversation_id: value.conversation_id?,
            project_id: value.project_id?,
        })
    }
}
impl ::std::convert::From<crate::types::MemoryIndexConversationRequest>
for MemoryIndexConversationRequest {
    fn from(value: crate::types::MemoryIndexConversationRequest) -> Self {
        Self {
            conversation_id: Ok(value.conversation_id),
            project_id: Ok(value.project_id),
        }
    }
}
#[derive(Clone, Debug)]
pub struct MemoryIndexFileRequest {
    file_id: ::std::result::Result<::std::string::String, ::std::string::String>,
    project_id: ::std::result::Result<::std::string::String, ::std::string::String>,
}
impl ::std::default::Default for MemoryIndexFileRequest {
    fn default() -> Self {
        Self {
            file_id: Err("no value supplied for file_id".to_string()),
            project_id: Err("no value supplied for project_id".to_string()),
        }
    }
}
impl MemoryIndexFileRequest {
    pub fn file_id<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.file_id = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for file_id: {e}"));
        self
    }
    pub fn project_id<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.project_id = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for project_id: {e}"));
        self
    }
}
impl ::std::convert::TryFrom<MemoryIndexFileRequest>
for crate::types::MemoryIndexFileRequest {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: MemoryIndexFileRequest,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self {
            file_id: value.file_id?,
            project_id: value.project_id?,
        })
    }
}
impl ::std::convert::From<crate::types::MemoryIndexFileRequest>
for MemoryIndexFileRequest {
    fn from(value: crate::types::MemoryIndexFileRequest) -> Self {
        Self {
            file_id: Ok(value.file_id),
            project_id: Ok(value.project_id),
        }
    }
}
#[derive(Clone, Debug)]
pub struct MemoryItem {
    content: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
    created_at: ::std::result::Result<
        ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        ::std::string::String,
    >,
    data: ::std::result::Result<
        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        ::std::string::String,
    >,
    item_id: ::std::result::Result<::std::string::String, ::std::string::String>,
    kind: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
}
impl ::std::default::Default for MemoryItem {
    fn default() -> Self {
        Self {
            content: Ok(Default::default()),
            created_at: Ok(Default::default()),
            data: Ok(Default::default()),
            item_id: Err("no value supplied for item_id".to_string()),
            kind: Ok(Default::default()),
        }
    }
}
impl MemoryItem {
    pub fn content<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.content = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for content: {e}"));
        self
    }
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
    pub fn data<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        >,
        T::Error: ::std::fmt::Display,
    {
        self.data = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for data: {e}"));
        self
    }
    pub fn item_id<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.item_id = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for item_id: {e}"));
        self
    }
    pub fn kind<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.kind = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for kind: {e}"));
        self
    }
}
impl ::std::convert::TryFrom<MemoryItem> for crate::types::MemoryItem {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: MemoryItem,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self {
            content: value.content?,
            created_at: value.created_at?,
            data: value.data?,
            item_id: value.item_id?,
            kind: value.kind?,
        })
    }
}
impl ::std::convert::From<crate::types::MemoryItem> for MemoryItem {
    fn from(value: crate::types::MemoryItem) -> Self {
        Self {
            content: Ok(value.content),
            created_at: Ok(value.created_at),
            data: Ok(value.data),
            item_id: Ok(value.item_id),
            kind: Ok(value.kind),
        }
    }
}
#[derive(Clone, Debug)]
pub struct MemorySearchHit {
    content: ::std::result::Result<::std::string::String, ::std::string::String>,
    created_at: ::std::result::Result<
        ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        ::std::string::String,
    >,
    episode_id: ::std::result::Result<::std::string::String, ::std::string::String>,
    episode_type: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
    item_id: ::std::result::Result<::std::string::String, ::std::string::String>,
    score: ::std::result::Result<f64, ::std::string::String>,
}
impl ::std::default::Default for MemorySearchHit {
    fn default() -> Self {
        Self {
            content: Err("no value supplied for content".to_string()),
            created_at: Ok(Default::default()),
            episode_id: Err("no value supplied for episode_id".to_string()),
            episode_type: Ok(Default::default()),
            item_id: Err("no value supplied for item_id".to_string()),
            score: Err("no value supplied for score".to_string()),
        }
    }
}
impl MemorySearchHit {
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
    pub fn episode_id<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.episode_id = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for episode_id: {e}"));
        self
    }
    pub fn episode_type<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.episode_type = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for episode_type: {e}")
            });
        self
    }
    pub fn item_id<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.item_id = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for item_id: {e}"));
        self
    }
    pub fn score<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<f64>,
        T::Error: ::std::fmt::Display,
    {
        self.score = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for score: {e}"));
        self
    }
}
impl ::std::convert::TryFrom<MemorySearchHit> for crate::types::MemorySearchHit {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: MemorySearchHit,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self {
            content: value.content?,
            created_at: value.created_at?,
            episode_id: value.episode_id?,
            episode_type: value.episode_type?,
            item_id: value.item_id?,
            score: value.score?,
        })
    }
}
impl ::std::convert::From<crate::types::MemorySearchHit> for MemorySearchHit {
    fn from(value: crate::types::MemorySearchHit) -> Self {
        Self {
            content: Ok(value.content),
            created_at: Ok(value.created_at),
            episode_id: Ok(value.episode_id),
            episode_type: Ok(value.episode_type),
            item_id: Ok(value.item_id),
            score: Ok(value.score),
        }
    }
}
#[derive(Clone, Debug)]
pub struct MemorySearchRequest {
    limit: ::std::result::Result<::std::option::Option<i32>, ::std::string::String>,
    project_id: ::std::result::Result<::std::string::String, ::std::string::String>,
    query: ::std::result::Result<::std::string::String, ::std::string::String>,
}
impl ::std::default::Default for MemorySearchRequest {
    fn default() -> Self {
        Self {
            limit: Ok(Default::default()),
            project_id: Err("no value supplied for project_id".to_string()),
            query: Err("no value supplied for query".to_string()),
        }
    }
}
impl MemorySearchRequest {
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
    pub fn project_id<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.project_id = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for project_id: {e}"));
        self
    }
    pub fn query<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.query = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for query: {e}"));
        self
    }
}
impl ::std::convert::TryFrom<MemorySearchRequest> for crate::types::MemorySearchRequest {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: MemorySearchRequest,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self {
            limit: value.limit?,
            project_id: value.project_id?,
            query: value.query?,
        })
    }
}
impl ::std::convert::From<crate::types::MemorySearchRequest> for MemorySearchRequest {
    fn from(value: crate::types::MemorySearchRequest) -> Self {
        Self {
            limit: Ok(value.limit),
            project_id: Ok(value.project_id),
            query: Ok(value.query),
        }
    }
}
#[derive(Clone, Debug)]
pub struct MemorySearchResult {
    results: ::std::result::Result<
        ::std::vec::Vec<crate::types::MemorySearchHit>,
        ::std::string::String,
    >,
}
impl ::std::default::Default for MemorySearchResult {
    fn default() -> Self {
        Self {
            results: Err("no value supplied for results".to_string()),
        }
    }
}
impl MemorySearchResult {
    pub fn results<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::vec::Vec<crate::types::MemorySearchHit>>,
        T::Error: ::std::fmt::Display,
    {
        self.results = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for results: {e}"));
        self
    }
}
impl ::std::convert::TryFrom<MemorySearchResult> for crate::types::MemorySearchResult {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: MemorySearchResult,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self { results: value.results? })
    }
}
impl ::std::convert::From<crate::types::MemorySearchResult> for MemorySearchResult {
    fn from(value: crate::types::MemorySearchResult) -> Self {
        Self { results: Ok(value.results) }
    }
}
#[derive(Clone, Debug)]
pub struct MemoryToolCallRequest {
    arguments: ::std::result::Result<
        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        ::std::string::String,
    >,
    name: ::std::result::Result<crate::types::MemoryToolName, ::std::string::String>,
    project_id: ::std::result::Result<::std::string::String, ::std::string::String>,
}
impl ::std::default::Default for MemoryToolCallRequest {
    fn default() -> Self {
        Self {
            arguments: Ok(Default::default()),
            name: Err("no value supplied for name".to_string()),
            project_id: Err("no value supplied for project_id".to_string()),
        }
    }
}
impl MemoryToolCallRequest {
    pub fn arguments<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        >,
        T::Error: ::std::fmt::Display,
    {
        self.arguments = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for arguments: {e}"));
        self
    }
    pub fn name<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<crate::types::MemoryToolName>,
        T::Error: ::std::fmt::Display,
    {
        self.name = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for name: {e}"));
        self
    }
    pub fn project_id<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.project_id = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for project_id: {e}"));
        self
    }
}
impl ::std::convert::TryFrom<MemoryToolCallRequest>
for crate::types::MemoryToolCallRequest {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: MemoryToolCallRequest,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self {
            arguments: value.arguments?,
            name: value.name?,
            project_id: value.project_id?,
        })
    }
}
impl ::std::convert::From<crate::types::MemoryToolCallRequest>
for MemoryToolCallRequest {
    fn from(value: crate::types::MemoryToolCallRequest) -> Self {
        Self {
            arguments: Ok(value.arguments),
            name: Ok(value.name),
            project_id: Ok(value.project_id),
        }
    }
}
#[derive(Clone, Debug)]
pub struct MemoryToolCallResult {
    name: ::std::result::Result<::std::string::String, ::std::string::String>,
    result: ::std::result::Result<
        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        ::std::string::String,
    >,
}
impl ::std::default::Default for MemoryToolCallResult {
    fn default() -> Self {
        Self {
            name: Err("no value supplied for name".to_string()),
            result: Err("no value supplied for result".to_string()),
        }
    }
}
impl MemoryToolCallResult {
    pub fn name<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.name = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for name: {e}"));
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
impl ::std::convert::TryFrom<MemoryToolCallResult>
for crate::types::MemoryToolCallResult {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: MemoryToolCallResult,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self {
            name: value.name?,
            result: value.result?,
        })
    }
}
impl ::std::convert::From<crate::types::MemoryToolCallResult> for MemoryToolCallResult {
    fn from(value: crate::types::MemoryToolCallResult) -> Self {
        Self {
            name: Ok(value.name),
            result: Ok(value.result),
        }
    }
}

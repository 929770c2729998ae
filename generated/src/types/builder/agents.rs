// @generated struct builders of the `agents` area by agentruntime-generator 0.1.0. Do not edit by hand.
// Spec: spec/openapi.yaml (sha256 519ac2a915cd9c7a211905e5012ef39e9645387cfc93c6c8dc097895fccb21cc), OpenAPI 3.1.0, API version 1.0.0.
// Regenerate: cargo xtask regen

#![allow(clippy::all, clippy::pedantic)]
#[derive(Clone, Debug)]
pub struct Agent {
    config: ::std::result::Result<
        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        ::std::string::String,
    >,
    created_at: ::std::result::Result<
        ::chrono::DateTime<::chrono::offset::Utc>,
        ::std::string::String,
    >,
    created_by: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
    description: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
    id: ::std::result::Result<::std::string::String, ::std::string::String>,
    instructions: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
    model_ref: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
    name: ::std::result::Result<::std::string::String, ::std::string::String>,
    updated_at: ::std::result::Result<
        ::chrono::DateTime<::chrono::offset::Utc>,
        ::std::string::String,
    >,
    updated_by: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
}
impl ::std::default::Default for Agent {
    fn default() -> Self {
        Self {
            config: Ok(Default::default()),
            created_at: Err("no value supplied for created_at".to_string()),
            created_by: Ok(Default::default()),
            description: Ok(Default::default()),
            id: Err("no value supplied for id".to_string()),
            instructions: Ok(Default::default()),
            model_ref: Ok(Default::default()),
            name: Err("no value supplied for name".to_string()),
            updated_at: Err("no value supplied for updated_at".to_string()),
            updated_by: Ok(Default::default()),
        }
    }
}
impl Agent {
    pub fn config<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        >,
        T::Error: ::std::fmt::Display,
    {
        self.config = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for config: {e}"));
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
    pub fn created_by<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.created_by = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for created_by: {e}"));
        self
    }
    pub fn description<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.description = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for description: {e}")
            });
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
    pub fn instructions<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.instructions = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for instructions: {e}")
            });
        self
    }
    pub fn model_ref<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.model_ref = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for model_ref: {e}"));
        self
    }
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
    pub fn updated_at<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
        T::Error: ::std::fmt::Display,
    {
        self.updated_at = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for updated_at: {e}"));
        self
    }
    pub fn updated_by<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.updated_by = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for updated_by: {e}"));
        self
    }
}
impl ::std::convert::TryFrom<Agent> for crate::types::Agent {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: Agent,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self {
            config: value.config?,
            created_at: value.created_at?,
            created_by: value.created_by?,
            description: value.description?,
            id: value.id?,
            instructions: value.instructions?,
            model_ref: value.model_ref?,
            name: value.name?,
            updated_at: value.updated_at?,
            updated_by: value.updated_by?,
        })
    }
}
impl ::std::convert::From<crate::types::Agent> for Agent {
    fn from(value: crate::types::Agent) -> Self {
        Self {
            config: Ok(value.config),
            created_at: Ok(value.created_at),
            created_by: Ok(value.created_by),
            description: Ok(value.description),
            id: Ok(value.id),
            instructions: Ok(value.instructions),
            model_ref: Ok(value.model_ref),
            name: Ok(value.name),
            updated_at: Ok(value.updated_at),
            updated_by: Ok(value.updated_by),
        }
    }
}
#[derive(Clone, Debug)]
pub struct AgentCreate {
    config: ::std::result::Result<
        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        ::std::string::String,
    >,
    description: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
    instructions: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
    model_ref: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
    name: ::std::result::Result<::std::string::String, ::std::string::String>,
}
impl ::std::default::Default for AgentCreate {
    fn default() -> Self {
        Self {
            config: Ok(Default::default()),
            description: Ok(Default::default()),
            instructions: Ok(Default::default()),
            model_ref: Ok(Default::default()),
            name: Err("no value supplied for name".to_string()),
        }
    }
}
impl AgentCreate {
    pub fn config<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        >,
        T::Error: ::std::fmt::Display,
    {
        self.config = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for config: {e}"));
        self
    }
    pub fn description<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.description = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for description: {e}")
            });
        self
    }
    pub fn instructions<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.instructions = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for instructions: {e}")
            });
        self
    }
    pub fn model_ref<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.model_ref = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for model_ref: {e}"));
        self
    }
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
}
impl ::std::convert::TryFrom<AgentCreate> for crate::types::AgentCreate {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: AgentCreate,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self {
            config: value.config?,
            description: value.description?,
            instructions: value.instructions?,
            model_ref: value.model_ref?,
            name: value.name?,
        })
    }
}
impl ::std::convert::From<crate::types::AgentCreate> for AgentCreate {
    fn from(value: crate::types::AgentCreate) -> Self {
        Self {
            config: Ok(value.config),
            description: Ok(value.description),
            instructions: Ok(value.instructions),
            model_ref: Ok(value.model_ref),
            name: Ok(value.name),
        }
    }
}
#[derive(Clone, Debug)]
pub struct AgentPage {
    items: ::std::result::Result<
        ::std::vec::Vec<crate::types::Agent>,
        ::std::string::String,
    >,
    next_page: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
}
impl ::std::default::Default for AgentPage {
    fn default() -> Self {
        Self {
            items: Err("no value supplied for items".to_string()),
            next_page: Err("no value supplied for next_page".to_string()),
        }
    }
}
impl AgentPage {
    pub fn items<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::vec::Vec<crate::types::Agent>>,
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
impl ::std::convert::TryFrom<AgentPage> for crate::types::AgentPage {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: AgentPage,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self {
            items: value.items?,
            next_page: value.next_page?,
        })
    }
}
impl ::std::convert::From<crate::types::AgentPage> for AgentPage {
    fn from(value: crate::types::AgentPage) -> Self {
        Self {
            items: Ok(value.items),
            next_page: Ok(value.next_page),
        }
    }
}
#[derive(Clone, Debug)]
pub struct AgentUpdate {
    config: ::std::result::Result<
        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        ::std::string::String,
    >,
    description: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
    instructions: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
    model_ref: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
    name: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
}
impl ::std::default::Default for AgentUpdate {
    fn default() -> Self {
        Self {
            config: Ok(Default::default()),
            description: Ok(Default::default()),
            instructions: Ok(Default::default()),
            model_ref: Ok(Default::default()),
            name: Ok(Default::default()),
        }
    }
}
impl AgentUpdate {
    pub fn config<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        >,
        T::Error: ::std::fmt::Display,
    {
        self.config = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for config: {e}"));
        self
    }
    pub fn description<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.description = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for description: {e}")
            });
        self
    }
    pub fn instructions<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.instructions = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for instructions: {e}")
            });
        self
    }
    pub fn model_ref<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.model_ref = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for model_ref: {e}"));
        self
    }
    pub fn name<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.name = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for name: {e}"));
        self
    }
}
impl ::std::convert::TryFrom<AgentUpdate> for crate::types::AgentUpdate {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: AgentUpdate,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self {
            config: value.config?,
            description: value.description?,
            instructions: value.instructions?,
            model_ref: value.model_ref?,
            name: value.name?,
        })
    }
}
impl ::std::convert::From<crate::types::AgentUpdate> for AgentUpdate {
    fn from(value: crate::types::AgentUpdate) -> Self {
        Self {
            config: Ok(value.config),
            description: Ok(value.description),
            instructions: Ok(value.instructions),
            model_ref: Ok(value.model_ref),
            name: Ok(value.name),
        }
    }
}

// @generated struct builders of the `mcp` area by agentruntime-generator 0.1.0. Do not edit by hand.
// Spec: spec/openapi.yaml (sha256 519ac2a915cd9c7a211905e5012ef39e9645387cfc93c6c8dc097895fccb21cc), OpenAPI 3.1.0, API version 1.0.0.
// Regenerate: cargo xtask regen

#![allow(clippy::all, clippy::pedantic)]
#[derive(Clone, Debug)]
pub struct McpConfigProfile {
    active: ::std::result::Result<bool, ::std::string::String>,
    config: ::std::result::Result<
        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        ::std::string::String,
    >,
    created_at: ::std::result::Result<
        ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        ::std::string::String,
    >,
    id: ::std::result::Result<::std::string::String, ::std::string::String>,
    instance_id: ::std::result::Result<::std::string::String, ::std::string::String>,
    name: ::std::result::Result<::std::string::String, ::std::string::String>,
    source_spec: ::std::result::Result<
        ::std::option::Option<crate::types::McpSourceSpec>,
        ::std::string::String,
    >,
    updated_at: ::std::result::Result<
        ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        ::std::string::String,
    >,
}
impl ::std::default::Default for McpConfigProfile {
    fn default() -> Self {
        Self {
            active: Err("no value supplied for active".to_string()),
            config: Ok(Default::default()),
            created_at: Ok(Default::default()),
            id: Err("no value supplied for id".to_string()),
            instance_id: Err("no value supplied for instance_id".to_string()),
            name: Err("no value supplied for name".to_string()),
            source_spec: Ok(Default::default()),
            updated_at: Ok(Default::default()),
        }
    }
}
impl McpConfigProfile {
    pub fn active<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<bool>,
        T::Error: ::std::fmt::Display,
    {
        self.active = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for active: {e}"));
        self
    }
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
    pub fn instance_id<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.instance_id = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for instance_id: {e}")
            });
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
    pub fn source_spec<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<crate::types::McpSourceSpec>>,
        T::Error: ::std::fmt::Display,
    {
        self.source_spec = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for source_spec: {e}")
            });
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
impl ::std::convert::TryFrom<McpConfigProfile> for crate::types::McpConfigProfile {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: McpConfigProfile,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self {
            active: value.active?,
            config: value.config?,
            created_at: value.created_at?,
            id: value.id?,
            instance_id: value.instance_id?,
            name: value.name?,
            source_spec: value.source_spec?,
            updated_at: value.updated_at?,
        })
    }
}
impl ::std::convert::From<crate::types::McpConfigProfile> for McpConfigProfile {
    fn from(value: crate::types::McpConfigProfile) -> Self {
        Self {
            active: Ok(value.active),
            config: Ok(value.config),
            created_at: Ok(value.created_at),
            id: Ok(value.id),
            instance_id: Ok(value.instance_id),
            name: Ok(value.name),
            source_spec: Ok(value.source_spec),
            updated_at: Ok(value.updated_at),
        }
    }
}
#[derive(Clone, Debug)]
pub struct McpConfigProfileCreate {
    config: ::std::result::Result<
        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        ::std::string::String,
    >,
    name: ::std::result::Result<::std::string::String, ::std::string::String>,
    source_spec: ::std::result::Result<
        ::std::option::Option<crate::types::McpSourceSpec>,
        ::std::string::String,
    >,
}
impl ::std::default::Default for McpConfigProfileCreate {
    fn default() -> Self {
        Self {
            config: Ok(Default::default()),
            name: Err("no value supplied for name".to_string()),
            source_spec: Ok(Default::default()),
        }
    }
}
impl McpConfigProfileCreate {
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
    pub fn source_spec<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<crate::types::McpSourceSpec>>,
        T::Error: ::std::fmt::Display,
    {
        self.source_spec = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for source_spec: {e}")
            });
        self
    }
}
impl ::std::convert::TryFrom<McpConfigProfileCreate>
for crate::types::McpConfigProfileCreate {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: McpConfigProfileCreate,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self {
            config: value.config?,
            name: value.name?,
            source_spec: value.source_spec?,
        })
    }
}
impl ::std::convert::From<crate::types::McpConfigProfileCreate>
for McpConfigProfileCreate {
    fn from(value: crate::types::McpConfigProfileCreate) -> Self {
        Self {
            config: Ok(value.config),
            name: Ok(value.name),
            source_spec: Ok(value.source_spec),
        }
    }
}
#[derive(Clone, Debug)]
pub struct McpConfigProfilePage {
    items: ::std::result::Result<
        ::std::vec::Vec<crate::types::McpConfigProfile>,
        ::std::string::String,
    >,
    next_page: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
}
impl ::std::default::Default for McpConfigProfilePage {
    fn default() -> Self {
        Self {
            items: Err("no value supplied for items".to_string()),
            next_page: Err("no value supplied for next_page".to_string()),
        }
    }
}
impl McpConfigProfilePage {
    pub fn items<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::vec::Vec<crate::types::McpConfigProfile>>,
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
impl ::std::convert::TryFrom<McpConfigProfilePage>
for crate::types::McpConfigProfilePage {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: McpConfigProfilePage,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self {
            items: value.items?,
            next_page: value.next_page?,
        })
    }
}
impl ::std::convert::From<crate::types::McpConfigProfilePage> for McpConfigProfilePage {
    fn from(value: crate::types::McpConfigProfilePage) -> Self {
        Self {
            items: Ok(value.items),
            next_page: Ok(value.next_page),
        }
    }
}
#[derive(Clone, Debug)]
pub struct McpConfigProfileUpdate {
    config: ::std::result::Result<
        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        ::std::string::String,
    >,
    name: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
    source_spec: ::std::result::Result<
        ::std::option::Option<crate::types::McpSourceSpec>,
        ::std::string::String,
    >,
}
impl ::std::default::Default for McpConfigProfileUpdate {
    fn default() -> Self {
        Self {
            config: Ok(Default::default()),
            name: Ok(Default::default()),
            source_spec: Ok(Default::default()),
        }
    }
}
impl McpConfigProfileUpdate {
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
    pub fn source_spec<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<crate::types::McpSourceSpec>>,
        T::Error: ::std::fmt::Display,
    {
        self.source_spec = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for source_spec: {e}")
            });
        self
    }
}
impl ::std::convert::TryFrom<McpConfigProfileUpdate>
for crate::types::McpConfigProfileUpdate {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: McpConfigProfileUpdate,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self {
            config: value.config?,
            name: value.name?,
            source_spec: value.source_spec?,
        })
    }
}
impl ::std::convert::From<crate::types::McpConfigProfileUpdate>
for McpConfigProfileUpdate {
    fn from(value: crate::types::McpConfigProfileUpdate) -> Self {
        Self {
            config: Ok(value.config),
            name: Ok(value.name),
            source_spec: Ok(value.source_spec),
        }
    }
}
#[derive(Clone, Debug)]
pub struct McpInstance {
    active_config_profile_id: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
    created_at: ::std::result::Result<
        ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        ::std::string::String,
    >,
    id: ::std::result::Result<::std::string::String, ::std::string::String>,
    name: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
    server_id: ::std::result::Result<::std::string::String, ::std::string::String>,
    service: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
}
impl ::std::default::Default for McpInstance {
    fn default() -> Self {
        Self {
            active_config_profile_id: Ok(Default::default()),
            created_at: Ok(Default::default()),
            id: Err("no value supplied for id".to_string()),
            name: Ok(Default::default()),
            server_id: Err("no value supplied for server_id".to_string()),
            service: Ok(Default::default()),
        }
    }
}
impl McpInstance {
    pub fn active_config_profile_id<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.active_config_profile_id = value
            .try_into()
            .map_err(|e| {
                format!(
                    "error converting supplied value for active_config_profile_id: {e}"
                )
            });
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
    pub fn server_id<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.server_id = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for server_id: {e}"));
        self
    }
    pub fn service<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.service = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for service: {e}"));
        self
    }
}
impl ::std::convert::TryFrom<McpInstance> for crate::types::McpInstance {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: McpInstance,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self {
            active_config_profile_id: value.active_config_profile_id?,
            created_at: value.created_at?,
            id: value.id?,
            name: value.name?,
            server_id: value.server_id?,
            service: value.service?,
        })
    }
}
impl ::std::convert::From<crate::types::McpInstance> for McpInstance {
    fn from(value: crate::types::McpInstance) -> Self {
        Self {
            active_config_profile_id: Ok(value.active_config_profile_id),
            created_at: Ok(value.created_at),
            id: Ok(value.id),
            name: Ok(value.name),
            server_id: Ok(value.server_id),
            service: Ok(value.service),
        }
    }
}
#[derive(Clone, Debug)]
pub struct McpInstanceCreate {
    name: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
    server_id: ::std::result::Result<::std::string::String, ::std::string::String>,
}
impl ::std::default::Default for McpInstanceCreate {
    fn default() -> Self {
        Self {
            name: Ok(Default::default()),
            server_id: Err("no value supplied for server_id".to_string()),
        }
    }
}
impl McpInstanceCreate {
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
    pub fn server_id<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.server_id = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for server_id: {e}"));
        self
    }
}
impl ::std::convert::TryFrom<McpInstanceCreate> for crate::types::McpInstanceCreate {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: McpInstanceCreate,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self {
            name: value.name?,
            server_id: value.server_id?,
        })
    }
}
impl ::std::convert::From<crate::types::McpInstanceCreate> for McpInstanceCreate {
    fn from(value: crate::types::McpInstanceCreate) -> Self {
        Self {
            name: Ok(value.name),
            server_id: Ok(value.server_id),
        }
    }
}
#[derive(Clone, Debug)]
pub struct McpInstancePage {
    items: ::std::result::Result<
        ::std::vec::Vec<crate::types::McpInstance>,
        ::std::string::String,
    >,
    next_page: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
}
impl ::std::default::Default for McpInstancePage {
    fn default() -> Self {
        Self {
            items: Err("no value supplied for items".to_string()),
            next_page: Err("no value supplied for next_page".to_string()),
        }
    }
}
impl McpInstancePage {
    pub fn items<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::vec::Vec<crate::types::McpInstance>>,
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
impl ::std::convert::TryFrom<McpInstancePage> for crate::types::McpInstancePage {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: McpInstancePage,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self {
            items: value.items?,
            next_page: value.next_page?,
        })
    }
}
impl ::std::convert::From<crate::types::McpInstancePage> for McpInstancePage {
    fn from(value: crate::types::McpInstancePage) -> Self {
        Self {
            items: Ok(value.items),
            next_page: Ok(value.next_page),
        }
    }
}
#[derive(Clone, Debug)]
pub struct McpInstanceResolution {
    bindings: ::std::result::Result<
        ::std::vec::Vec<crate::types::McpResolvedBinding>,
        ::std::string::String,
    >,
    workflow_id: ::std::result::Result<::std::string::String, ::std::string::String>,
}
impl ::std::default::Default for McpInstanceResolution {
    fn default() -> Self {
        Self {
            bindings: Err("no value supplied for bindings".to_string()),
            workflow_id: Err("no value supplied for workflow_id".to_string()),
        }
    }
}
impl McpInstanceResolution {
    pub fn bindings<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::vec::Vec<crate::types::McpResolvedBinding>>,
        T::Error: ::std::fmt::Display,
    {
        self.bindings = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for bindings: {e}"));
        self
    }
    pub fn workflow_id<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
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
impl ::std::convert::TryFrom<McpInstanceResolution>
for crate::types::McpInstanceResolution {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: McpInstanceResolution,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self {
            bindings: value.bindings?,
            workflow_id: value.workflow_id?,
        })
    }
}
impl ::std::convert::From<crate::types::McpInstanceResolution>
for McpInstanceResolution {
    fn from(value: crate::types::McpInstanceResolution) -> Self {
        Self {
            bindings: Ok(value.bindings),
            workflow_id: Ok(value.workflow_id),
        }
    }
}
#[derive(Clone, Debug)]
pub struct McpInstanceResolveRequest {
    workflow_id: ::std::result::Result<::std::string::String, ::std::string::String>,
}
impl ::std::default::Default for McpInstanceResolveRequest {
    fn default() -> Self {
        Self {
            workflow_id: Err("no value supplied for workflow_id".to_string()),
        }
    }
}
impl McpInstanceResolveRequest {
    pub fn workflow_id<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
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
impl ::std::convert::TryFrom<McpInstanceResolveRequest>
for crate::types::McpInstanceResolveRequest {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: McpInstanceResolveRequest,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self {
            workflow_id: value.workflow_id?,
        })
    }
}
impl ::std::convert::From<crate::types::McpInstanceResolveRequest>
for McpInstanceResolveRequest {
    fn from(value: crate::types::McpInstanceResolveRequest) -> Self {
        Self {
            workflow_id: Ok(value.workflow_id),
        }
    }
}
#[derive(Clone, Debug)]
pub struct McpPlatformCatalogEntry {
    auth_mode: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
    description: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
    name: ::std::result::Result<::std::string::String, ::std::string::String>,
    service: ::std::result::Result<::std::string::String, ::std::string::String>,
    tool_count: ::std::result::Result<::std::option::Option<i32>, ::std::string::String>,
}
impl ::std::default::Default for McpPlatformCatalogEntry {
    fn default() -> Self {
        Self {
            auth_mode: Ok(Default::default()),
            description: Ok(Default::default()),
            name: Err("no value supplied for name".to_string()),
            service: Err("no value supplied for service".to_string()),
            tool_count: Ok(Default::default()),
        }
    }
}
impl McpPlatformCatalogEntry {
    pub fn auth_mode<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.auth_mode = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for auth_mode: {e}"));
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
    pub fn service<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.service = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for service: {e}"));
        self
    }
    pub fn tool_count<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<i32>>,
        T::Error: ::std::fmt::Display,
    {
        self.tool_count = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for tool_count: {e}"));
        self
    }
}
impl ::std::convert::TryFrom<McpPlatformCatalogEntry>
for crate::types::McpPlatformCatalogEntry {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: McpPlatformCatalogEntry,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self {
            auth_mode: value.auth_mode?,
            description: value.description?,
            name: value.name?,
            service: value.service?,
            tool_count: value.tool_count?,
        })
    }
}
impl ::std::convert::From<crate::types::McpPlatformCatalogEntry>
for McpPlatformCatalogEntry {
    fn from(value: crate::types::McpPlatformCatalogEntry) -> Self {
        Self {
            auth_mode: Ok(value.auth_mode),
            description: Ok(value.description),
            name: Ok(value.name),
            service: Ok(value.service),
            tool_count: Ok(value.tool_count),
        }
    }
}
#[derive(Clone, Debug)]
pub struct McpPlatformCatalogEntryPage {
    items: ::std::result::Result<
        ::std::vec::Vec<crate::types::McpPlatformCatalogEntry>,
        ::std::string::String,
    >,
    next_page: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
}
impl ::std::default::Default for McpPlatformCatalogEntryPage {
    fn default() -> Self {
        Self {
            items: Err("no value supplied for items".to_string()),
            next_page: Err("no value supplied for next_page".to_string()),
        }
    }
}
impl McpPlatformCatalogEntryPage {
    pub fn items<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<
            ::std::vec::Vec<crate::types::McpPlatformCatalogEntry>,
        >,
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
impl ::std::convert::TryFrom<McpPlatformCatalogEntryPage>
for crate::types::McpPlatformCatalogEntryPage {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: McpPlatformCatalogEntryPage,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self {
            items: value.items?,
            next_page: value.next_page?,
        })
    }
}
impl ::std::convert::From<crate::types::McpPlatformCatalogEntryPage>
for McpPlatformCatalogEntryPage {
    fn from(value: crate::types::McpPlatformCatalogEntryPage) -> Self {
        Self {
            items: Ok(value.items),
            next_page: Ok(value.next_page),
        }
    }
}
#[derive(Clone, Debug)]
pub struct McpResolvedBinding {
    config_profile_id: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
    connection_id: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
    instance_id: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
    reason: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
    resolved: ::std::result::Result<bool, ::std::string::String>,
    service: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
    step_id: ::std::result::Result<::std::string::String, ::std::string::String>,
}
impl ::std::default::Default for McpResolvedBinding {
    fn default() -> Self {
        Self {
            config_profile_id: Ok(Default::default()),
            connection_id: Ok(Default::default()),
            instance_id: Ok(Default::default()),
            reason: Ok(Default::default()),
            resolved: Err("no value supplied for resolved".to_string()),
            service: Ok(Default::default()),
            step_id: Err("no value supplied for step_id".to_string()),
        }
    }
}
impl McpResolvedBinding {
    pub fn config_profile_id<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.config_profile_id = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for config_profile_id: {e}")
            });
        self
    }
    pub fn connection_id<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.connection_id = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for connection_id: {e}")
            });
        self
    }
    pub fn instance_id<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.instance_id = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for instance_id: {e}")
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
    pub fn resolved<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<bool>,
        T::Error: ::std::fmt::Display,
    {
        self.resolved = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for resolved: {e}"));
        self
    }
    pub fn service<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.service = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for service: {e}"));
        self
    }
    pub fn step_id<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.step_id = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for step_id: {e}"));
        self
    }
}
impl ::std::convert::TryFrom<McpResolvedBinding> for crate::types::McpResolvedBinding {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: McpResolvedBinding,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self {
            config_profile_id: value.config_profile_id?,
            connection_id: value.connection_id?,
            instance_id: value.instance_id?,
            reason: value.reason?,
            resolved: value.resolved?,
            service: value.service?,
            step_id: value.step_id?,
        })
    }
}
impl ::std::convert::From<crate::types::McpResolvedBinding> for McpResolvedBinding {
    fn from(value: crate::types::McpResolvedBinding) -> Self {
        Self {
            config_profile_id: Ok(value.config_profile_id),
            connection_id: Ok(value.connection_id),
            instance_id: Ok(value.instance_id),
            reason: Ok(value.reason),
            resolved: Ok(value.resolved),
            service: Ok(value.service),
            step_id: Ok(value.step_id),
        }
    }
}
#[derive(Clone, Debug)]
pub struct McpServer {
    auth_mode: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
    canonical_url: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
    description: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
    id: ::std::result::Result<::std::string::String, ::std::string::String>,
    mode: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
    name: ::std::result::Result<::std::string::String, ::std::string::String>,
    service: ::std::result::Result<::std::string::String, ::std::string::String>,
    status: ::std::result::Result<::std::string::String, ::std::string::String>,
    tool_count: ::std::result::Result<::std::option::Option<i32>, ::std::string::String>,
}
impl ::std::default::Default for McpServer {
    fn default() -> Self {
        Self {
            auth_mode: Ok(Default::default()),
            canonical_url: Ok(Default::default()),
            description: Ok(Default::default()),
            id: Err("no value supplied for id".to_string()),
            mode: Ok(Default::default()),
            name: Err("no value supplied for name".to_string()),
            service: Err("no value supplied for service".to_string()),
            status: Err("no value supplied for status".to_string()),
            tool_count: Ok(Default::default()),
        }
    }
}
impl McpServer {
    pub fn auth_mode<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.auth_mode = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for auth_mode: {e}"));
        self
    }
    pub fn canonical_url<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.canonical_url = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for canonical_url: {e}")
            });
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
    pub fn mode<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.mode = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for mode: {e}"));
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
    pub fn service<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.service = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for service: {e}"));
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
    pub fn tool_count<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<i32>>,
        T::Error: ::std::fmt::Display,
    {
        self.tool_count = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for tool_count: {e}"));
        self
    }
}
impl ::std::convert::TryFrom<McpServer> for crate::types::McpServer {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: McpServer,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self {
            auth_mode: value.auth_mode?,
            canonical_url: value.canonical_url?,
            description: value.description?,
            id: value.id?,
            mode: value.mode?,
            name: value.name?,
            service: value.service?,
            status: value.status?,
            tool_count: value.tool_count?,
        })
    }
}
impl ::std::convert::From<crate::types::McpServer> for McpServer {
    fn from(value: crate::types::McpServer) -> Self {
        Self {
            auth_mode: Ok(value.auth_mode),
            canonical_url: Ok(value.canonical_url),
            description: Ok(value.description),
            id: Ok(value.id),
            mode: Ok(value.mode),
            name: Ok(value.name),
            service: Ok(value.service),
            status: Ok(value.status),
            tool_count: Ok(value.tool_count),
        }
    }
}
#[derive(Clone, Debug)]
pub struct McpServerCreate {
    auth_mode: ::std::result::Result<::std::string::String, ::std::string::String>,
    canonical_url: ::std::result::Result<::std::string::String, ::std::string::String>,
    description: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
    mode: ::std::result::Result<::std::string::String, ::std::string::String>,
    name: ::std::result::Result<::std::string::String, ::std::string::String>,
}
impl ::std::default::Default for McpServerCreate {
    fn default() -> Self {
        Self {
            auth_mode: Err("no value supplied for auth_mode".to_string()),
            canonical_url: Err("no value supplied for canonical_url".to_string()),
            description: Ok(Default::default()),
            mode: Err("no value supplied for mode".to_string()),
            name: Err("no value supplied for name".to_string()),
        }
    }
}
impl McpServerCreate {
    pub fn auth_mode<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.auth_mode = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for auth_mode: {e}"));
        self
    }
    pub fn canonical_url<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.canonical_url = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for canonical_url: {e}")
            });
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
    pub fn mode<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.mode = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for mode: {e}"));
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
impl ::std::convert::TryFrom<McpServerCreate> for crate::types::McpServerCreate {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: McpServerCreate,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self {
            auth_mode: value.auth_mode?,
            canonical_url: value.canonical_url?,
            description: value.description?,
            mode: value.mode?,
            name: value.name?,
        })
    }
}
impl ::std::convert::From<crate::types::McpServerCreate> for McpServerCreate {
    fn from(value: crate::types::McpServerCreate) -> Self {
        Self {
            auth_mode: Ok(value.auth_mode),
            canonical_url: Ok(value.canonical_url),
            description: Ok(value.description),
            mode: Ok(value.mode),
            name: Ok(value.name),
        }
    }
}
#[derive(Clone, Debug)]
pub struct McpServerDiscovery {
    server_id: ::std::result::Result<::std::string::String, ::std::string::String>,
    tools: ::std::result::Result<
        ::std::vec::Vec<crate::types::McpToolDefinition>,
        ::std::string::String,
    >,
}
impl ::std::default::Default for McpServerDiscovery {
    fn default() -> Self {
        Self {
            server_id: Err("no value supplied for server_id".to_string()),
            tools: Err("no value supplied for tools".to_string()),
        }
    }
}
impl McpServerDiscovery {
    pub fn server_id<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.server_id = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for server_id: {e}"));
        self
    }
    pub fn tools<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::vec::Vec<crate::types::McpToolDefinition>>,
        T::Error: ::std::fmt::Display,
    {
        self.tools = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for tools: {e}"));
        self
    }
}
impl ::std::convert::TryFrom<McpServerDiscovery> for crate::types::McpServerDiscovery {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: McpServerDiscovery,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self {
            server_id: value.server_id?,
            tools: value.tools?,
        })
    }
}
impl ::std::convert::From<crate::types::McpServerDiscovery> for McpServerDiscovery {
    fn from(value: crate::types::McpServerDiscovery) -> Self {
        Self {
            server_id: Ok(value.server_id),
            tools: Ok(value.tools),
        }
    }
}
#[derive(Clone, Debug)]
pub struct McpServerPage {
    items: ::std::result::Result<
        ::std::vec::Vec<crate::types::McpServer>,
        ::std::string::String,
    >,
    next_page: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
}
impl ::std::default::Default for McpServerPage {
    fn default() -> Self {
        Self {
            items: Err("no value supplied for items".to_string()),
            next_page: Err("no value supplied for next_page".to_string()),
        }
    }
}
impl McpServerPage {
    pub fn items<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::vec::Vec<crate::types::McpServer>>,
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
impl ::std::convert::TryFrom<McpServerPage> for crate::types::McpServerPage {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: McpServerPage,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self {
            items: value.items?,
            next_page: value.next_page?,
        })
    }
}
impl ::std::convert::From<crate::types::McpServerPage> for McpServerPage {
    fn from(value: crate::types::McpServerPage) -> Self {
        Self {
            items: Ok(value.items),
            next_page: Ok(value.next_page),
        }
    }
}
#[derive(Clone, Debug)]
pub struct McpServerVersion {
    active: ::std::result::Result<bool, ::std::string::String>,
    created_at: ::std::result::Result<
        ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        ::std::string::String,
    >,
    server_id: ::std::result::Result<::std::string::String, ::std::string::String>,
    tool_count: ::std::result::Result<::std::option::Option<i32>, ::std::string::String>,
    version: ::std::result::Result<i32, ::std::string::String>,
}
impl ::std::default::Default for McpServerVersion {
    fn default() -> Self {
        Self {
            active: Err("no value supplied for active".to_string()),
            created_at: Ok(Default::default()),
            server_id: Err("no value supplied for server_id".to_string()),
            tool_count: Ok(Default::default()),
            version: Err("no value supplied for version".to_string()),
        }
    }
}
impl McpServerVersion {
    pub fn active<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<bool>,
        T::Error: ::std::fmt::Display,
    {
        self.active = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for active: {e}"));
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
    pub fn server_id<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.server_id = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for server_id: {e}"));
        self
    }
    pub fn tool_count<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<i32>>,
        T::Error: ::std::fmt::Display,
    {
        self.tool_count = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for tool_count: {e}"));
        self
    }
    pub fn version<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<i32>,
        T::Error: ::std::fmt::Display,
    {
        self.version = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for version: {e}"));
        self
    }
}
impl ::std::convert::TryFrom<McpServerVersion> for crate::types::McpServerVersion {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: McpServerVersion,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self {
            active: value.active?,
            created_at: value.created_at?,
            server_id: value.server_id?,
            tool_count: value.tool_count?,
            version: value.version?,
        })
    }
}
impl ::std::convert::From<crate::types::McpServerVersion> for McpServerVersion {
    fn from(value: crate::types::McpServerVersion) -> Self {
        Self {
            active: Ok(value.active),
            created_at: Ok(value.created_at),
            server_id: Ok(value.server_id),
            tool_count: Ok(value.tool_count),
            version: Ok(value.version),
        }
    }
}
#[derive(Clone, Debug)]
pub struct McpServerVersionCreate {
    activate: ::std::result::Result<bool, ::std::string::String>,
    config_schema: ::std::result::Result<
        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        ::std::string::String,
    >,
    tools: ::std::result::Result<
        ::std::vec::Vec<crate::types::McpToolDefinition>,
        ::std::string::String,
    >,
}
impl ::std::default::Default for McpServerVersionCreate {
    fn default() -> Self {
        Self {
            activate: Ok(Default::default()),
            config_schema: Ok(Default::default()),
            tools: Err("no value supplied for tools".to_string()),
        }
    }
}
impl McpServerVersionCreate {
    pub fn activate<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<bool>,
        T::Error: ::std::fmt::Display,
    {
        self.activate = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for activate: {e}"));
        self
    }
    pub fn config_schema<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        >,
        T::Error: ::std::fmt::Display,
    {
        self.config_schema = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for config_schema: {e}")
            });
        self
    }
    pub fn tools<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::vec::Vec<crate::types::McpToolDefinition>>,
        T::Error: ::std::fmt::Display,
    {
        self.tools = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for tools: {e}"));
        self
    }
}
impl ::std::convert::TryFrom<McpServerVersionCreate>
for crate::types::McpServerVersionCreate {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: McpServerVersionCreate,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self {
            activate: value.activate?,
            config_schema: value.config_schema?,
            tools: value.tools?,
        })
    }
}
impl ::std::convert::From<crate::types::McpServerVersionCreate>
for McpServerVersionCreate {
    fn from(value: crate::types::McpServerVersionCreate) -> Self {
        Self {
            activate: Ok(value.activate),
            config_schema: Ok(value.config_schema),
            tools: Ok(value.tools),
        }
    }
}
#[derive(Clone, Debug)]
pub struct McpSourceSpec {
    connection_id: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
}
impl ::std::default::Default for McpSourceSpec {
    fn default() -> Self {
        Self {
            connection_id: Ok(Default::default()),
        }
    }
}
impl McpSourceSpec {
    pub fn connection_id<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.connection_id = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for connection_id: {e}")
            });
        self
    }
}
impl ::std::convert::TryFrom<McpSourceSpec> for crate::types::McpSourceSpec {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: McpSourceSpec,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self {
            connection_id: value.connection_id?,
        })
    }
}
impl ::std::convert::From<crate::types::McpSourceSpec> for McpSourceSpec {
    fn from(value: crate::types::McpSourceSpec) -> Self {
        Self {
            connection_id: Ok(value.connection_id),
        }
    }
}
#[derive(Clone, Debug)]
pub struct McpTool {
    description: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
    input_schema: ::std::result::Result<
        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        ::std::string::String,
    >,
    name: ::std::result::Result<::std::string::String, ::std::string::String>,
    server_id: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
    service: ::std::result::Result<::std::string::String, ::std::string::String>,
}
impl ::std::default::Default for McpTool {
    fn default() -> Self {
        Self {
            description: Ok(Default::default()),
            input_schema: Ok(Default::default()),
            name: Err("no value supplied for name".to_string()),
            server_id: Ok(Default::default()),
            service: Err("no value supplied for service".to_string()),
        }
    }
}
impl McpTool {
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
    pub fn input_schema<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        >,
        T::Error: ::std::fmt::Display,
    {
        self.input_schema = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for input_schema: {e}")
            });
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
    pub fn server_id<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.server_id = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for server_id: {e}"));
        self
    }
    pub fn service<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.service = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for service: {e}"));
        self
    }
}
impl ::std::convert::TryFrom<McpTool> for crate::types::McpTool {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: McpTool,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self {
            description: value.description?,
            input_schema: value.input_schema?,
            name: value.name?,
            server_id: value.server_id?,
            service: value.service?,
        })
    }
}
impl ::std::convert::From<crate::types::McpTool> for McpTool {
    fn from(value: crate::types::McpTool) -> Self {
        Self {
            description: Ok(value.description),
            input_schema: Ok(value.input_schema),
            name: Ok(value.name),
            server_id: Ok(value.server_id),
            service: Ok(value.service),
        }
    }
}
#[derive(Clone, Debug)]
pub struct McpToolDefinition {
    description: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
    input_schema: ::std::result::Result<
        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        ::std::string::String,
    >,
    name: ::std::result::Result<::std::string::String, ::std::string::String>,
}
impl ::std::default::Default for McpToolDefinition {
    fn default() -> Self {
        Self {
            description: Ok(Default::default()),
            input_schema: Ok(Default::default()),
            name: Err("no value supplied for name".to_string()),
        }
    }
}
impl McpToolDefinition {
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
    pub fn input_schema<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        >,
        T::Error: ::std::fmt::Display,
    {
        self.input_schema = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for input_schema: {e}")
            });
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
impl ::std::convert::TryFrom<McpToolDefinition> for crate::types::McpToolDefinition {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: McpToolDefinition,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self {
            description: value.description?,
            input_schema: value.input_schema?,
            name: value.name?,
        })
    }
}
impl ::std::convert::From<crate::types::McpToolDefinition> for McpToolDefinition {
    fn from(value: crate::types::McpToolDefinition) -> Self {
        Self {
            description: Ok(value.description),
            input_schema: Ok(value.input_schema),
            name: Ok(value.name),
        }
    }
}
#[derive(Clone, Debug)]
pub struct McpToolPage {
    items: ::std::result::Result<
        ::std::vec::Vec<crate::types::McpTool>,
        ::std::string::String,
    >,
    next_page: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
}
impl ::std::default::Default for McpToolPage {
    fn default() -> Self {
        Self {
            items: Err("no value supplied for items".to_string()),
            next_page: Err("no value supplied for next_page".to_string()),
        }
    }
}
impl McpToolPage {
    pub fn items<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::vec::Vec<crate::types::McpTool>>,
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
impl ::std::convert::TryFrom<McpToolPage> for crate::types::McpToolPage {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: McpToolPage,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self {
            items: value.items?,
            next_page: value.next_page?,
        })
    }
}
impl ::std::convert::From<crate::types::McpToolPage> for McpToolPage {
    fn from(value: crate::types::McpToolPage) -> Self {
        Self {
            items: Ok(value.items),
            next_page: Ok(value.next_page),
        }
    }
}
#[derive(Clone, Debug)]
pub struct McpValidationCheck {
    check: ::std::result::Result<::std::string::String, ::std::string::String>,
    message: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
    status: ::std::result::Result<::std::string::String, ::std::string::String>,
}
impl ::std::default::Default for McpValidationCheck {
    fn default() -> Self {
        Self {
            check: Err("no value supplied for check".to_string()),
            message: Ok(Default::default()),
            status: Err("no value supplied for status".to_string()),
        }
    }
}
impl McpValidationCheck {
    pub fn check<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.check = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for check: {e}"));
        self
    }
    pub fn message<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.message = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for message: {e}"));
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
}
impl ::std::convert::TryFrom<McpValidationCheck> for crate::types::McpValidationCheck {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: McpValidationCheck,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self {
            check: value.check?,
            message: value.message?,
            status: value.status?,
        })
    }
}
impl ::std::convert::From<crate::types::McpValidationCheck> for McpValidationCheck {
    fn from(value: crate::types::McpValidationCheck) -> Self {
        Self {
            check: Ok(value.check),
            message: Ok(value.message),
            status: Ok(value.status),
        }
    }
}
#[derive(Clone, Debug)]
pub struct McpValidationResult {
    checks: ::std::result::Result<
        ::std::vec::Vec<crate::types::McpValidationCheck>,
        ::std::string::String,
    >,
    valid: ::std::result::Result<bool, ::std::string::String>,
}
impl ::std::default::Default for McpValidationResult {
    fn default() -> Self {
        Self {
            checks: Err("no value supplied for checks".to_string()),
            valid: Err("no value supplied for valid".to_string()),
        }
    }
}
impl McpValidationResult {
    pub fn checks<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::vec::Vec<crate::types::McpValidationCheck>>,
        T::Error: ::std::fmt::Display,
    {
        self.checks = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for checks: {e}"));
        self
    }
    pub fn valid<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<bool>,
        T::Error: ::std::fmt::Display,
    {
        self.valid = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for valid: {e}"));
        self
    }
}
impl ::std::convert::TryFrom<McpValidationResult> for crate::types::McpValidationResult {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: McpValidationResult,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self {
            checks: value.checks?,
            valid: value.valid?,
        })
    }
}
impl ::std::convert::From<crate::types::McpValidationResult> for McpValidationResult {
    fn from(value: crate::types::McpValidationResult) -> Self {
        Self {
            checks: Ok(value.checks),
            valid: Ok(value.valid),
        }
    }
}

// @generated struct builders of the `embedded_connect` area by agentruntime-generator 0.1.0. Do not edit by hand.
// Spec: spec/openapi.yaml (sha256 519ac2a915cd9c7a211905e5012ef39e9645387cfc93c6c8dc097895fccb21cc), OpenAPI 3.1.0, API version 1.0.0.
// Regenerate: cargo xtask regen

#![allow(clippy::all, clippy::pedantic)]
#[derive(Clone, Debug)]
pub struct ConnectLink {
    connect_session_id: ::std::result::Result<
        ::std::string::String,
        ::std::string::String,
    >,
    connect_url: ::std::result::Result<::std::string::String, ::std::string::String>,
    expires_at: ::std::result::Result<
        ::chrono::DateTime<::chrono::offset::Utc>,
        ::std::string::String,
    >,
}
impl ::std::default::Default for ConnectLink {
    fn default() -> Self {
        Self {
            connect_session_id: Err(
                "no value supplied for connect_session_id".to_string(),
            ),
            connect_url: Err("no value supplied for connect_url".to_string()),
            expires_at: Err("no value supplied for expires_at".to_string()),
        }
    }
}
impl ConnectLink {
    pub fn connect_session_id<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.connect_session_id = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for connect_session_id: {e}")
            });
        self
    }
    pub fn connect_url<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.connect_url = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for connect_url: {e}")
            });
        self
    }
    pub fn expires_at<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
        T::Error: ::std::fmt::Display,
    {
        self.expires_at = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for expires_at: {e}"));
        self
    }
}
impl ::std::convert::TryFrom<ConnectLink> for crate::types::ConnectLink {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: ConnectLink,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self {
            connect_session_id: value.connect_session_id?,
            connect_url: value.connect_url?,
            expires_at: value.expires_at?,
        })
    }
}
impl ::std::convert::From<crate::types::ConnectLink> for ConnectLink {
    fn from(value: crate::types::ConnectLink) -> Self {
        Self {
            connect_session_id: Ok(value.connect_session_id),
            connect_url: Ok(value.connect_url),
            expires_at: Ok(value.expires_at),
        }
    }
}
#[derive(Clone, Debug)]
pub struct ConnectLinkCreate {
    external_user_id: ::std::result::Result<
        ::std::string::String,
        ::std::string::String,
    >,
    provider: ::std::result::Result<::std::string::String, ::std::string::String>,
    services: ::std::result::Result<
        ::std::vec::Vec<::std::string::String>,
        ::std::string::String,
    >,
}
impl ::std::default::Default for ConnectLinkCreate {
    fn default() -> Self {
        Self {
            external_user_id: Err("no value supplied for external_user_id".to_string()),
            provider: Err("no value supplied for provider".to_string()),
            services: Ok(Default::default()),
        }
    }
}
impl ConnectLinkCreate {
    pub fn external_user_id<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.external_user_id = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for external_user_id: {e}")
            });
        self
    }
    pub fn provider<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.provider = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for provider: {e}"));
        self
    }
    pub fn services<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.services = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for services: {e}"));
        self
    }
}
impl ::std::convert::TryFrom<ConnectLinkCreate> for crate::types::ConnectLinkCreate {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: ConnectLinkCreate,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self {
            external_user_id: value.external_user_id?,
            provider: value.provider?,
            services: value.services?,
        })
    }
}
impl ::std::convert::From<crate::types::ConnectLinkCreate> for ConnectLinkCreate {
    fn from(value: crate::types::ConnectLinkCreate) -> Self {
        Self {
            external_user_id: Ok(value.external_user_id),
            provider: Ok(value.provider),
            services: Ok(value.services),
        }
    }
}
#[derive(Clone, Debug)]
pub struct ConnectSession {
    completed_at: ::std::result::Result<
        ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        ::std::string::String,
    >,
    connection_id: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
    expires_at: ::std::result::Result<
        ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        ::std::string::String,
    >,
    external_user_id: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
    failure_reason: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
    id: ::std::result::Result<::std::string::String, ::std::string::String>,
    provider: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
    services: ::std::result::Result<
        ::std::vec::Vec<::std::string::String>,
        ::std::string::String,
    >,
    status: ::std::result::Result<::std::string::String, ::std::string::String>,
}
impl ::std::default::Default for ConnectSession {
    fn default() -> Self {
        Self {
            completed_at: Ok(Default::default()),
            connection_id: Ok(Default::default()),
            expires_at: Ok(Default::default()),
            external_user_id: Ok(Default::default()),
            failure_reason: Ok(Default::default()),
            id: Err("no value supplied for id".to_string()),
            provider: Ok(Default::default()),
            services: Ok(Default::default()),
            status: Err("no value supplied for status".to_string()),
        }
    }
}
impl ConnectSession {
    pub fn completed_at<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<
            ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        >,
        T::Error: ::std::fmt::Display,
    {
        self.completed_at = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for completed_at: {e}")
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
    pub fn expires_at<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<
            ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        >,
        T::Error: ::std::fmt::Display,
    {
        self.expires_at = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for expires_at: {e}"));
        self
    }
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
    pub fn failure_reason<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.failure_reason = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for failure_reason: {e}")
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
    pub fn provider<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.provider = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for provider: {e}"));
        self
    }
    pub fn services<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.services = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for services: {e}"));
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
impl ::std::convert::TryFrom<ConnectSession> for crate::types::ConnectSession {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: ConnectSession,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self {
            completed_at: value.completed_at?,
            connection_id: value.connection_id?,
            expires_at: value.expires_at?,
            external_user_id: value.external_user_id?,
            failure_reason: value.failure_reason?,
            id: value.id?,
            provider: value.provider?,
            services: value.services?,
            status: value.status?,
        })
    }
}
impl ::std::convert::From<crate::types::ConnectSession> for ConnectSession {
    fn from(value: crate::types::ConnectSession) -> Self {
        Self {
            completed_at: Ok(value.completed_at),
            connection_id: Ok(value.connection_id),
            expires_at: Ok(value.expires_at),
            external_user_id: Ok(value.external_user_id),
            failure_reason: Ok(value.failure_reason),
            id: Ok(value.id),
            provider: Ok(value.provider),
            services: Ok(value.services),
            status: Ok(value.status),
        }
    }
}
#[derive(Clone, Debug)]
pub struct EmbeddedConnectSettings {
    example_event: ::std::result::Result<
        ::std::option::Option<crate::types::EmbeddedConnectWebhookEvent>,
        ::std::string::String,
    >,
    updated_at: ::std::result::Result<
        ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        ::std::string::String,
    >,
    webhook_secret_set: ::std::result::Result<bool, ::std::string::String>,
    webhook_url: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
}
impl ::std::default::Default for EmbeddedConnectSettings {
    fn default() -> Self {
        Self {
            example_event: Ok(Default::default()),
            updated_at: Ok(Default::default()),
            webhook_secret_set: Err(
                "no value supplied for webhook_secret_set".to_string(),
            ),
            webhook_url: Err("no value supplied for webhook_url".to_string()),
        }
    }
}
impl EmbeddedConnectSettings {
    pub fn example_event<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<
            ::std::option::Option<crate::types::EmbeddedConnectWebhookEvent>,
        >,
        T::Error: ::std::fmt::Display,
    {
        self.example_event = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for example_event: {e}")
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
    pub fn webhook_secret_set<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<bool>,
        T::Error: ::std::fmt::Display,
    {
        self.webhook_secret_set = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for webhook_secret_set: {e}")
            });
        self
    }
    pub fn webhook_url<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.webhook_url = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for webhook_url: {e}")
            });
        self
    }
}
impl ::std::convert::TryFrom<EmbeddedConnectSettings>
for crate::types::EmbeddedConnectSettings {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: EmbeddedConnectSettings,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self {
            example_event: value.example_event?,
            updated_at: value.updated_at?,
            webhook_secret_set: value.webhook_secret_set?,
            webhook_url: value.webhook_url?,
        })
    }
}
impl ::std::convert::From<crate::types::EmbeddedConnectSettings>
for EmbeddedConnectSettings {
    fn from(value: crate::types::EmbeddedConnectSettings) -> Self {
        Self {
            example_event: Ok(value.example_event),
            updated_at: Ok(value.updated_at),
            webhook_secret_set: Ok(value.webhook_secret_set),
            webhook_url: Ok(value.webhook_url),
        }
    }
}
#[derive(Clone, Debug)]
pub struct EmbeddedConnectSettingsUpdate {
    webhook_secret: ::std::result::Result<::std::string::String, ::std::string::String>,
    webhook_url: ::std::result::Result<::std::string::String, ::std::string::String>,
}
impl ::std::default::Default for EmbeddedConnectSettingsUpdate {
    fn default() -> Self {
        Self {
            webhook_secret: Err("no value supplied for webhook_secret".to_string()),
            webhook_url: Err("no value supplied for webhook_url".to_string()),
        }
    }
}
impl EmbeddedConnectSettingsUpdate {
    pub fn webhook_secret<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.webhook_secret = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for webhook_secret: {e}")
            });
        self
    }
    pub fn webhook_url<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.webhook_url = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for webhook_url: {e}")
            });
        self
    }
}
impl ::std::convert::TryFrom<EmbeddedConnectSettingsUpdate>
for crate::types::EmbeddedConnectSettingsUpdate {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: EmbeddedConnectSettingsUpdate,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self {
            webhook_secret: value.webhook_secret?,
            webhook_url: value.webhook_url?,
        })
    }
}
impl ::std::convert::From<crate::types::EmbeddedConnectSettingsUpdate>
for EmbeddedConnectSettingsUpdate {
    fn from(value: crate::types::EmbeddedConnectSettingsUpdate) -> Self {
        Self {
            webhook_secret: Ok(value.webhook_secret),
            webhook_url: Ok(value.webhook_url),
        }
    }
}
#[derive(Clone, Debug)]
pub struct EmbeddedConnectWebhookEvent {
    connection_id: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
    event: ::std::result::Result<::std::string::String, ::std::string::String>,
    external_user_id: ::std::result::Result<
        ::std::string::String,
        ::std::string::String,
    >,
    occurred_at: ::std::result::Result<
        ::chrono::DateTime<::chrono::offset::Utc>,
        ::std::string::String,
    >,
    provider: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
    provider_account_key: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
}
impl ::std::default::Default for EmbeddedConnectWebhookEvent {
    fn default() -> Self {
        Self {
            connection_id: Ok(Default::default()),
            event: Err("no value supplied for event".to_string()),
            external_user_id: Err("no value supplied for external_user_id".to_string()),
            occurred_at: Err("no value supplied for occurred_at".to_string()),
            provider: Ok(Default::default()),
            provider_account_key: Ok(Default::default()),
        }
    }
}
impl EmbeddedConnectWebhookEvent {
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
    pub fn event<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.event = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for event: {e}"));
        self
    }
    pub fn external_user_id<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.external_user_id = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for external_user_id: {e}")
            });
        self
    }
    pub fn occurred_at<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
        T::Error: ::std::fmt::Display,
    {
        self.occurred_at = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for occurred_at: {e}")
            });
        self
    }
    pub fn provider<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.provider = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for provider: {e}"));
        self
    }
    pub fn provider_account_key<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.provider_account_key = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for provider_account_key: {e}")
            });
        self
    }
}
impl ::std::convert::TryFrom<EmbeddedConnectWebhookEvent>
for crate::types::EmbeddedConnectWebhookEvent {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: EmbeddedConnectWebhookEvent,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self {
            connection_id: value.connection_id?,
            event: value.event?,
            external_user_id: value.external_user_id?,
            occurred_at: value.occurred_at?,
            provider: value.provider?,
            provider_account_key: value.provider_account_key?,
        })
    }
}
impl ::std::convert::From<crate::types::EmbeddedConnectWebhookEvent>
for EmbeddedConnectWebhookEvent {
    fn from(value: crate::types::EmbeddedConnectWebhookEvent) -> Self {
        Self {
            connection_id: Ok(value.connection_id),
            event: Ok(value.event),
            external_user_id: Ok(value.external_user_id),
            occurred_at: Ok(value.occurred_at),
            provider: Ok(value.provider),
            provider_account_key: Ok(value.provider_account_key),
        }
    }
}
#[derive(Clone, Debug)]
pub struct Principal {
    connections: ::std::result::Result<
        ::std::vec::Vec<crate::types::PrincipalConnection>,
        ::std::string::String,
    >,
    created_at: ::std::result::Result<
        ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        ::std::string::String,
    >,
    email: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
    external_user_id: ::std::result::Result<
        ::std::string::String,
        ::std::string::String,
    >,
    id: ::std::result::Result<::std::string::String, ::std::string::String>,
    linked_user_id: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
    name: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
    status: ::std::result::Result<::std::string::String, ::std::string::String>,
    tags: ::std::result::Result<
        ::std::vec::Vec<::std::string::String>,
        ::std::string::String,
    >,
    team: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
    updated_at: ::std::result::Result<
        ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        ::std::string::String,
    >,
}
impl ::std::default::Default for Principal {
    fn default() -> Self {
        Self {
            connections: Ok(Default::default()),
            created_at: Ok(Default::default()),
            email: Ok(Default::default()),
            external_user_id: Err("no value supplied for external_user_id".to_string()),
            id: Err("no value supplied for id".to_string()),
            linked_user_id: Ok(Default::default()),
            name: Ok(Default::default()),
            status: Err("no value supplied for status".to_string()),
            tags: Ok(Default::default()),
            team: Ok(Default::default()),
            updated_at: Ok(Default::default()),
        }
    }
}
impl Principal {
    pub fn connections<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::vec::Vec<crate::types::PrincipalConnection>>,
        T::Error: ::std::fmt::Display,
    {
        self.connections = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for connections: {e}")
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
    pub fn email<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.email = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for email: {e}"));
        self
    }
    pub fn external_user_id<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.external_user_id = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for external_user_id: {e}")
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
    pub fn linked_user_id<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.linked_user_id = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for linked_user_id: {e}")
            });
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
    pub fn tags<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.tags = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for tags: {e}"));
        self
    }
    pub fn team<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.team = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for team: {e}"));
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
impl ::std::convert::TryFrom<Principal> for crate::types::Principal {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: Principal,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self {
            connections: value.connections?,
            created_at: value.created_at?,
            email: value.email?,
            external_user_id: value.external_user_id?,
            id: value.id?,
            linked_user_id: value.linked_user_id?,
            name: value.name?,
            status: value.status?,
            tags: value.tags?,
            team: value.team?,
            updated_at: value.updated_at?,
        })
    }
}
impl ::std::convert::From<crate::types::Principal> for Principal {
    fn from(value: crate::types::Principal) -> Self {
        Self {
            connections: Ok(value.connections),
            created_at: Ok(value.created_at),
            email: Ok(value.email),
            external_user_id: Ok(value.external_user_id),
            id: Ok(value.id),
            linked_user_id: Ok(value.linked_user_id),
            name: Ok(value.name),
            status: Ok(value.status),
            tags: Ok(value.tags),
            team: Ok(value.team),
            updated_at: Ok(value.updated_at),
        }
    }
}
#[derive(Clone, Debug)]
pub struct PrincipalConnection {
    connection_id: ::std::result::Result<::std::string::String, ::std::string::String>,
    created_at: ::std::result::Result<
        ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        ::std::string::String,
    >,
    provider: ::std::result::Result<::std::string::String, ::std::string::String>,
    provider_account_key: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
    status: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
}
impl ::std::default::Default for PrincipalConnection {
    fn default() -> Self {
        Self {
            connection_id: Err("no value supplied for connection_id".to_string()),
            created_at: Ok(Default::default()),
            provider: Err("no value supplied for provider".to_string()),
            provider_account_key: Ok(Default::default()),
            status: Ok(Default::default()),
        }
    }
}
impl PrincipalConnection {
    pub fn connection_id<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.connection_id = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for connection_id: {e}")
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
    pub fn provider<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.provider = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for provider: {e}"));
        self
    }
    pub fn provider_account_key<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.provider_account_key = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for provider_account_key: {e}")
            });
        self
    }
    pub fn status<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.status = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for status: {e}"));
        self
    }
}
impl ::std::convert::TryFrom<PrincipalConnection> for crate::types::PrincipalConnection {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: PrincipalConnection,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self {
            connection_id: value.connection_id?,
            created_at: value.created_at?,
            provider: value.provider?,
            provider_account_key: value.provider_account_key?,
            status: value.status?,
        })
    }
}
impl ::std::convert::From<crate::types::PrincipalConnection> for PrincipalConnection {
    fn from(value: crate::types::PrincipalConnection) -> Self {
        Self {
            connection_id: Ok(value.connection_id),
            created_at: Ok(value.created_at),
            provider: Ok(value.provider),
            provider_account_key: Ok(value.provider_account_key),
            status: Ok(value.status),
        }
    }
}
#[derive(Clone, Debug)]
pub struct PrincipalLinkRequest {
    user_id: ::std::result::Result<::std::string::String, ::std::string::String>,
}
impl ::std::default::Default for PrincipalLinkRequest {
    fn default() -> Self {
        Self {
            user_id: Err("no value supplied for user_id".to_string()),
        }
    }
}
impl PrincipalLinkRequest {
    pub fn user_id<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.user_id = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for user_id: {e}"));
        self
    }
}
impl ::std::convert::TryFrom<PrincipalLinkRequest>
for crate::types::PrincipalLinkRequest {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: PrincipalLinkRequest,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self { user_id: value.user_id? })
    }
}
impl ::std::convert::From<crate::types::PrincipalLinkRequest> for PrincipalLinkRequest {
    fn from(value: crate::types::PrincipalLinkRequest) -> Self {
        Self { user_id: Ok(value.user_id) }
    }
}
#[derive(Clone, Debug)]
pub struct PrincipalPage {
    items: ::std::result::Result<
        ::std::vec::Vec<crate::types::Principal>,
        ::std::string::String,
    >,
    next_page: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
}
impl ::std::default::Default for PrincipalPage {
    fn default() -> Self {
        Self {
            items: Err("no value supplied for items".to_string()),
            next_page: Err("no value supplied for next_page".to_string()),
        }
    }
}
impl PrincipalPage {
    pub fn items<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::vec::Vec<crate::types::Principal>>,
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
impl ::std::convert::TryFrom<PrincipalPage> for crate::types::PrincipalPage {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: PrincipalPage,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self {
            items: value.items?,
            next_page: value.next_page?,
        })
    }
}
impl ::std::convert::From<crate::types::PrincipalPage> for PrincipalPage {
    fn from(value: crate::types::PrincipalPage) -> Self {
        Self {
            items: Ok(value.items),
            next_page: Ok(value.next_page),
        }
    }
}
#[derive(Clone, Debug)]
pub struct PrincipalSegment {
    created_at: ::std::result::Result<
        ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        ::std::string::String,
    >,
    filter: ::std::result::Result<
        crate::types::PrincipalSegmentFilter,
        ::std::string::String,
    >,
    id: ::std::result::Result<::std::string::String, ::std::string::String>,
    name: ::std::result::Result<::std::string::String, ::std::string::String>,
}
impl ::std::default::Default for PrincipalSegment {
    fn default() -> Self {
        Self {
            created_at: Ok(Default::default()),
            filter: Err("no value supplied for filter".to_string()),
            id: Err("no value supplied for id".to_string()),
            name: Err("no value supplied for name".to_string()),
        }
    }
}
impl PrincipalSegment {
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
    pub fn filter<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<crate::types::PrincipalSegmentFilter>,
        T::Error: ::std::fmt::Display,
    {
        self.filter = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for filter: {e}"));
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
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.name = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for name: {e}"));
        self
    }
}
impl ::std::convert::TryFrom<PrincipalSegment> for crate::types::PrincipalSegment {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: PrincipalSegment,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self {
            created_at: value.created_at?,
            filter: value.filter?,
            id: value.id?,
            name: value.name?,
        })
    }
}
impl ::std::convert::From<crate::types::PrincipalSegment> for PrincipalSegment {
    fn from(value: crate::types::PrincipalSegment) -> Self {
        Self {
            created_at: Ok(value.created_at),
            filter: Ok(value.filter),
            id: Ok(value.id),
            name: Ok(value.name),
        }
    }
}
#[derive(Clone, Debug)]
pub struct PrincipalSegmentCreate {
    filter: ::std::result::Result<
        crate::types::PrincipalSegmentFilter,
        ::std::string::String,
    >,
    name: ::std::result::Result<::std::string::String, ::std::string::String>,
}
impl ::std::default::Default for PrincipalSegmentCreate {
    fn default() -> Self {
        Self {
            filter: Err("no value supplied for filter".to_string()),
            name: Err("no value supplied for name".to_string()),
        }
    }
}
impl PrincipalSegmentCreate {
    pub fn filter<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<crate::types::PrincipalSegmentFilter>,
        T::Error: ::std::fmt::Display,
    {
        self.filter = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for filter: {e}"));
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
impl ::std::convert::TryFrom<PrincipalSegmentCreate>
for crate::types::PrincipalSegmentCreate {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: PrincipalSegmentCreate,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self {
            filter: value.filter?,
            name: value.name?,
        })
    }
}
impl ::std::convert::From<crate::types::PrincipalSegmentCreate>
for PrincipalSegmentCreate {
    fn from(value: crate::types::PrincipalSegmentCreate) -> Self {
        Self {
            filter: Ok(value.filter),
            name: Ok(value.name),
        }
    }
}
#[derive(Clone, Debug)]
pub struct PrincipalSegmentFilter {
    exclude_tags: ::std::result::Result<
        ::std::vec::Vec<::std::string::String>,
        ::std::string::String,
    >,
    include_tags: ::std::result::Result<
        ::std::vec::Vec<::std::string::String>,
        ::std::string::String,
    >,
    require_connection: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
    team: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
}
impl ::std::default::Default for PrincipalSegmentFilter {
    fn default() -> Self {
        Self {
            exclude_tags: Ok(Default::default()),
            include_tags: Ok(Default::default()),
            require_connection: Ok(Default::default()),
            team: Ok(Default::default()),
        }
    }
}
impl PrincipalSegmentFilter {
    pub fn exclude_tags<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.exclude_tags = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for exclude_tags: {e}")
            });
        self
    }
    pub fn include_tags<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.include_tags = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for include_tags: {e}")
            });
        self
    }
    pub fn require_connection<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.require_connection = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for require_connection: {e}")
            });
        self
    }
    pub fn team<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.team = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for team: {e}"));
        self
    }
}
impl ::std::convert::TryFrom<PrincipalSegmentFilter>
for crate::types::PrincipalSegmentFilter {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: PrincipalSegmentFilter,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self {
            exclude_tags: value.exclude_tags?,
            include_tags: value.include_tags?,
            require_connection: value.require_connection?,
            team: value.team?,
        })
    }
}
impl ::std::convert::From<crate::types::PrincipalSegmentFilter>
for PrincipalSegmentFilter {
    fn from(value: crate::types::PrincipalSegmentFilter) -> Self {
        Self {
            exclude_tags: Ok(value.exclude_tags),
            include_tags: Ok(value.include_tags),
            require_connection: Ok(value.require_connection),
            team: Ok(value.team),
        }
    }
}
#[derive(Clone, Debug)]
pub struct PrincipalSegmentPage {
    items: ::std::result::Result<
        ::std::vec::Vec<crate::types::PrincipalSegment>,
        ::std::string::String,
    >,
    next_page: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
}
impl ::std::default::Default for PrincipalSegmentPage {
    fn default() -> Self {
        Self {
            items: Err("no value supplied for items".to_string()),
            next_page: Err("no value supplied for next_page".to_string()),
        }
    }
}
impl PrincipalSegmentPage {
    pub fn items<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::vec::Vec<crate::types::PrincipalSegment>>,
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
impl ::std::convert::TryFrom<PrincipalSegmentPage>
for crate::types::PrincipalSegmentPage {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: PrincipalSegmentPage,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self {
            items: value.items?,
            next_page: value.next_page?,
        })
    }
}
impl ::std::convert::From<crate::types::PrincipalSegmentPage> for PrincipalSegmentPage {
    fn from(value: crate::types::PrincipalSegmentPage) -> Self {
        Self {
            items: Ok(value.items),
            next_page: Ok(value.next_page),
        }
    }
}
#[derive(Clone, Debug)]
pub struct PrincipalSyncItem {
    email: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
    external_user_id: ::std::result::Result<
        ::std::string::String,
        ::std::string::String,
    >,
    name: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
    tags: ::std::result::Result<
        ::std::vec::Vec<::std::string::String>,
        ::std::string::String,
    >,
    team: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
}
impl ::std::default::Default for PrincipalSyncItem {
    fn default() -> Self {
        Self {
            email: Ok(Default::default()),
            external_user_id: Err("no value supplied for external_user_id".to_string()),
            name: Ok(Default::default()),
            tags: Ok(Default::default()),
            team: Ok(Default::default()),
        }
    }
}
impl PrincipalSyncItem {
    pub fn email<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.email = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for email: {e}"));
        self
    }
    pub fn external_user_id<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.external_user_id = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for external_user_id: {e}")
            });
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
    pub fn tags<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.tags = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for tags: {e}"));
        self
    }
    pub fn team<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.team = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for team: {e}"));
        self
    }
}
impl ::std::convert::TryFrom<PrincipalSyncItem> for crate::types::PrincipalSyncItem {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: PrincipalSyncItem,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self {
            email: value.email?,
            external_user_id: value.external_user_id?,
            name: value.name?,
            tags: value.tags?,
            team: value.team?,
        })
    }
}
impl ::std::convert::From<crate::types::PrincipalSyncItem> for PrincipalSyncItem {
    fn from(value: crate::types::PrincipalSyncItem) -> Self {
        Self {
            email: Ok(value.email),
            external_user_id: Ok(value.external_user_id),
            name: Ok(value.name),
            tags: Ok(value.tags),
            team: Ok(value.team),
        }
    }
}
#[derive(Clone, Debug)]
pub struct PrincipalSyncRequest {
    principals: ::std::result::Result<
        ::std::vec::Vec<crate::types::PrincipalSyncItem>,
        ::std::string::String,
    >,
}
impl ::std::default::Default for PrincipalSyncRequest {
    fn default() -> Self {
        Self {
            principals: Err("no value supplied for principals".to_string()),
        }
    }
}
impl PrincipalSyncRequest {
    pub fn principals<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::vec::Vec<crate::types::PrincipalSyncItem>>,
        T::Error: ::std::fmt::Display,
    {
        self.principals = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for principals: {e}"));
        self
    }
}
impl ::std::convert::TryFrom<PrincipalSyncRequest>
for crate::types::PrincipalSyncRequest {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: PrincipalSyncRequest,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self {
            principals: value.principals?,
        })
    }
}
impl ::std::convert::From<crate::types::PrincipalSyncRequest> for PrincipalSyncRequest {
    fn from(value: crate::types::PrincipalSyncRequest) -> Self {
        Self {
            principals: Ok(value.principals),
        }
    }
}
#[derive(Clone, Debug)]
pub struct PrincipalSyncResult {
    created: ::std::result::Result<i32, ::std::string::String>,
    updated: ::std::result::Result<i32, ::std::string::String>,
}
impl ::std::default::Default for PrincipalSyncResult {
    fn default() -> Self {
        Self {
            created: Err("no value supplied for created".to_string()),
            updated: Err("no value supplied for updated".to_string()),
        }
    }
}
impl PrincipalSyncResult {
    pub fn created<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<i32>,
        T::Error: ::std::fmt::Display,
    {
        self.created = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for created: {e}"));
        self
    }
    pub fn updated<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<i32>,
        T::Error: ::std::fmt::Display,
    {
        self.updated = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for updated: {e}"));
        self
    }
}
impl ::std::convert::TryFrom<PrincipalSyncResult> for crate::types::PrincipalSyncResult {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: PrincipalSyncResult,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self {
            created: value.created?,
            updated: value.updated?,
        })
    }
}
impl ::std::convert::From<crate::types::PrincipalSyncResult> for PrincipalSyncResult {
    fn from(value: crate::types::PrincipalSyncResult) -> Self {
        Self {
            created: Ok(value.created),
            updated: Ok(value.updated),
        }
    }
}
#[derive(Clone, Debug)]
pub struct PrincipalUpsert {
    email: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
    name: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
    tags: ::std::result::Result<
        ::std::vec::Vec<::std::string::String>,
        ::std::string::String,
    >,
    team: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
}
impl ::std::default::Default for PrincipalUpsert {
    fn default() -> Self {
        Self {
            email: Ok(Default::default()),
            name: Ok(Default::default()),
            tags: Ok(Default::default()),
            team: Ok(Default::default()),
        }
    }
}
impl PrincipalUpsert {
    pub fn email<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.email = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for email: {e}"));
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
    pub fn tags<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.tags = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for tags: {e}"));
        self
    }
    pub fn team<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.team = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for team: {e}"));
        self
    }
}
impl ::std::convert::TryFrom<PrincipalUpsert> for crate::types::PrincipalUpsert {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: PrincipalUpsert,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self {
            email: value.email?,
            name: value.name?,
            tags: value.tags?,
            team: value.team?,
        })
    }
}
impl ::std::convert::From<crate::types::PrincipalUpsert> for PrincipalUpsert {
    fn from(value: crate::types::PrincipalUpsert) -> Self {
        Self {
            email: Ok(value.email),
            name: Ok(value.name),
            tags: Ok(value.tags),
            team: Ok(value.team),
        }
    }
}
#[derive(Clone, Debug)]
pub struct PrincipalUsage {
    external_user_id: ::std::result::Result<
        ::std::string::String,
        ::std::string::String,
    >,
    run_count: ::std::result::Result<i64, ::std::string::String>,
    total_delta_microcredits: ::std::result::Result<i64, ::std::string::String>,
}
impl ::std::default::Default for PrincipalUsage {
    fn default() -> Self {
        Self {
            external_user_id: Err("no value supplied for external_user_id".to_string()),
            run_count: Err("no value supplied for run_count".to_string()),
            total_delta_microcredits: Err(
                "no value supplied for total_delta_microcredits".to_string(),
            ),
        }
    }
}
impl PrincipalUsage {
    pub fn external_user_id<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.external_user_id = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for external_user_id: {e}")
            });
        self
    }
    pub fn run_count<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<i64>,
        T::Error: ::std::fmt::Display,
    {
        self.run_count = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for run_count: {e}"));
        self
    }
    pub fn total_delta_microcredits<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<i64>,
        T::Error: ::std::fmt::Display,
    {
        self.total_delta_microcredits = value
            .try_into()
            .map_err(|e| {
                format!(
                    "error converting supplied value for total_delta_microcredits: {e}"
                )
            });
        self
    }
}
impl ::std::convert::TryFrom<PrincipalUsage> for crate::types::PrincipalUsage {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: PrincipalUsage,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self {
            external_user_id: value.external_user_id?,
            run_count: value.run_count?,
            total_delta_microcredits: value.total_delta_microcredits?,
        })
    }
}
impl ::std::convert::From<crate::types::PrincipalUsage> for PrincipalUsage {
    fn from(value: crate::types::PrincipalUsage) -> Self {
        Self {
            external_user_id: Ok(value.external_user_id),
            run_count: Ok(value.run_count),
            total_delta_microcredits: Ok(value.total_delta_microcredits),
        }
    }
}
#[derive(Clone, Debug)]
pub struct PrincipalUsagePage {
    items: ::std::result::Result<
        ::std::vec::Vec<crate::types::PrincipalUsage>,
        ::std::string::String,
    >,
    next_page: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
}
impl ::std::default::Default for PrincipalUsagePage {
    fn default() -> Self {
        Self {
            items: Err("no value supplied for items".to_string()),
            next_page: Err("no value supplied for next_page".to_string()),
        }
    }
}
impl PrincipalUsagePage {
    pub fn items<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::vec::Vec<crate::types::PrincipalUsage>>,
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
impl ::std::convert::TryFrom<PrincipalUsagePage> for crate::types::PrincipalUsagePage {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: PrincipalUsagePage,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self {
            items: value.items?,
            next_page: value.next_page?,
        })
    }
}
impl ::std::convert::From<crate::types::PrincipalUsagePage> for PrincipalUsagePage {
    fn from(value: crate::types::PrincipalUsagePage) -> Self {
        Self {
            items: Ok(value.items),
            next_page: Ok(value.next_page),
        }
    }
}

// @generated struct builders of the `connections` area by agentruntime-generator 0.1.0. Do not edit by hand.
// Spec: spec/openapi.yaml (sha256 519ac2a915cd9c7a211905e5012ef39e9645387cfc93c6c8dc097895fccb21cc), OpenAPI 3.1.0, API version 1.0.0.
// Regenerate: cargo xtask regen

#![allow(clippy::all, clippy::pedantic)]
#[derive(Clone, Debug)]
pub struct Connection {
    credential_keys: ::std::result::Result<
        ::std::vec::Vec<::std::string::String>,
        ::std::string::String,
    >,
    id: ::std::result::Result<::std::string::String, ::std::string::String>,
    name: ::std::result::Result<::std::string::String, ::std::string::String>,
    provider: ::std::result::Result<::std::string::String, ::std::string::String>,
    service: ::std::result::Result<::std::string::String, ::std::string::String>,
    status: ::std::result::Result<::std::string::String, ::std::string::String>,
}
impl ::std::default::Default for Connection {
    fn default() -> Self {
        Self {
            credential_keys: Ok(Default::default()),
            id: Err("no value supplied for id".to_string()),
            name: Err("no value supplied for name".to_string()),
            provider: Err("no value supplied for provider".to_string()),
            service: Err("no value supplied for service".to_string()),
            status: Err("no value supplied for status".to_string()),
        }
    }
}
impl Connection {
    pub fn credential_keys<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.credential_keys = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for credential_keys: {e}")
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
}
impl ::std::convert::TryFrom<Connection> for crate::types::Connection {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: Connection,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self {
            credential_keys: value.credential_keys?,
            id: value.id?,
            name: value.name?,
            provider: value.provider?,
            service: value.service?,
            status: value.status?,
        })
    }
}
impl ::std::convert::From<crate::types::Connection> for Connection {
    fn from(value: crate::types::Connection) -> Self {
        Self {
            credential_keys: Ok(value.credential_keys),
            id: Ok(value.id),
            name: Ok(value.name),
            provider: Ok(value.provider),
            service: Ok(value.service),
            status: Ok(value.status),
        }
    }
}
#[derive(Clone, Debug)]
pub struct ConnectionCreate {
    credentials: ::std::result::Result<
        ::std::collections::BTreeMap<::std::string::String, ::std::string::String>,
        ::std::string::String,
    >,
    display_name: ::std::result::Result<::std::string::String, ::std::string::String>,
    provider: ::std::result::Result<::std::string::String, ::std::string::String>,
    service: ::std::result::Result<::std::string::String, ::std::string::String>,
}
impl ::std::default::Default for ConnectionCreate {
    fn default() -> Self {
        Self {
            credentials: Err("no value supplied for credentials".to_string()),
            display_name: Err("no value supplied for display_name".to_string()),
            provider: Err("no value supplied for provider".to_string()),
            service: Err("no value supplied for service".to_string()),
        }
    }
}
impl ConnectionCreate {
    pub fn credentials<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<
            ::std::collections::BTreeMap<::std::string::String, ::std::string::String>,
        >,
        T::Error: ::std::fmt::Display,
    {
        self.credentials = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for credentials: {e}")
            });
        self
    }
    pub fn display_name<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.display_name = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for display_name: {e}")
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
impl ::std::convert::TryFrom<ConnectionCreate> for crate::types::ConnectionCreate {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: ConnectionCreate,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self {
            credentials: value.credentials?,
            display_name: value.display_name?,
            provider: value.provider?,
            service: value.service?,
        })
    }
}
impl ::std::convert::From<crate::types::ConnectionCreate> for ConnectionCreate {
    fn from(value: crate::types::ConnectionCreate) -> Self {
        Self {
            credentials: Ok(value.credentials),
            display_name: Ok(value.display_name),
            provider: Ok(value.provider),
            service: Ok(value.service),
        }
    }
}
#[derive(Clone, Debug)]
pub struct ConnectionCredentials {
    connection_id: ::std::result::Result<::std::string::String, ::std::string::String>,
    credential_keys: ::std::result::Result<
        ::std::vec::Vec<::std::string::String>,
        ::std::string::String,
    >,
    updated_at: ::std::result::Result<
        ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        ::std::string::String,
    >,
}
impl ::std::default::Default for ConnectionCredentials {
    fn default() -> Self {
        Self {
            connection_id: Err("no value supplied for connection_id".to_string()),
            credential_keys: Err("no value supplied for credential_keys".to_string()),
            updated_at: Ok(Default::default()),
        }
    }
}
impl ConnectionCredentials {
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
    pub fn credential_keys<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.credential_keys = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for credential_keys: {e}")
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
impl ::std::convert::TryFrom<ConnectionCredentials>
for crate::types::ConnectionCredentials {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: ConnectionCredentials,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self {
            connection_id: value.connection_id?,
            credential_keys: value.credential_keys?,
            updated_at: value.updated_at?,
        })
    }
}
impl ::std::convert::From<crate::types::ConnectionCredentials>
for ConnectionCredentials {
    fn from(value: crate::types::ConnectionCredentials) -> Self {
        Self {
            connection_id: Ok(value.connection_id),
            credential_keys: Ok(value.credential_keys),
            updated_at: Ok(value.updated_at),
        }
    }
}
#[derive(Clone, Debug)]
pub struct ConnectionPage {
    items: ::std::result::Result<
        ::std::vec::Vec<crate::types::Connection>,
        ::std::string::String,
    >,
    next_page: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
}
impl ::std::default::Default for ConnectionPage {
    fn default() -> Self {
        Self {
            items: Err("no value supplied for items".to_string()),
            next_page: Err("no value supplied for next_page".to_string()),
        }
    }
}
impl ConnectionPage {
    pub fn items<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::vec::Vec<crate::types::Connection>>,
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
impl ::std::convert::TryFrom<ConnectionPage> for crate::types::ConnectionPage {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: ConnectionPage,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self {
            items: value.items?,
            next_page: value.next_page?,
        })
    }
}
impl ::std::convert::From<crate::types::ConnectionPage> for ConnectionPage {
    fn from(value: crate::types::ConnectionPage) -> Self {
        Self {
            items: Ok(value.items),
            next_page: Ok(value.next_page),
        }
    }
}
#[derive(Clone, Debug)]
pub struct ConnectionUpdate {
    credentials: ::std::result::Result<
        ::std::collections::BTreeMap<::std::string::String, ::std::string::String>,
        ::std::string::String,
    >,
    display_name: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
}
impl ::std::default::Default for ConnectionUpdate {
    fn default() -> Self {
        Self {
            credentials: Ok(Default::default()),
            display_name: Ok(Default::default()),
        }
    }
}
impl ConnectionUpdate {
    pub fn credentials<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<
            ::std::collections::BTreeMap<::std::string::String, ::std::string::String>,
        >,
        T::Error: ::std::fmt::Display,
    {
        self.credentials = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for credentials: {e}")
            });
        self
    }
    pub fn display_name<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.display_name = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for display_name: {e}")
            });
        self
    }
}
impl ::std::convert::TryFrom<ConnectionUpdate> for crate::types::ConnectionUpdate {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: ConnectionUpdate,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self {
            credentials: value.credentials?,
            display_name: value.display_name?,
        })
    }
}
impl ::std::convert::From<crate::types::ConnectionUpdate> for ConnectionUpdate {
    fn from(value: crate::types::ConnectionUpdate) -> Self {
        Self {
            credentials: Ok(value.credentials),
            display_name: Ok(value.display_name),
        }
    }
}
#[derive(Clone, Debug)]
pub struct GoogleConnectionAccount {
    connection_id: ::std::result::Result<::std::string::String, ::std::string::String>,
    email: ::std::result::Result<::std::string::String, ::std::string::String>,
    enabled_services: ::std::result::Result<
        ::std::vec::Vec<::std::string::String>,
        ::std::string::String,
    >,
}
impl ::std::default::Default for GoogleConnectionAccount {
    fn default() -> Self {
        Self {
            connection_id: Err("no value supplied for connection_id".to_string()),
            email: Err("no value supplied for email".to_string()),
            enabled_services: Err("no value supplied for enabled_services".to_string()),
        }
    }
}
impl GoogleConnectionAccount {
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
    pub fn email<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.email = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for email: {e}"));
        self
    }
    pub fn enabled_services<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.enabled_services = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for enabled_services: {e}")
            });
        self
    }
}
impl ::std::convert::TryFrom<GoogleConnectionAccount>
for crate::types::GoogleConnectionAccount {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: GoogleConnectionAccount,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self {
            connection_id: value.connection_id?,
            email: value.email?,
            enabled_services: value.enabled_services?,
        })
    }
}
impl ::std::convert::From<crate::types::GoogleConnectionAccount>
for GoogleConnectionAccount {
    fn from(value: crate::types::GoogleConnectionAccount) -> Self {
        Self {
            connection_id: Ok(value.connection_id),
            email: Ok(value.email),
            enabled_services: Ok(value.enabled_services),
        }
    }
}
#[derive(Clone, Debug)]
pub struct GoogleConnectionComplete {
    code: ::std::result::Result<::std::string::String, ::std::string::String>,
    state: ::std::result::Result<::std::string::String, ::std::string::String>,
}
impl ::std::default::Default for GoogleConnectionComplete {
    fn default() -> Self {
        Self {
            code: Err("no value supplied for code".to_string()),
            state: Err("no value supplied for state".to_string()),
        }
    }
}
impl GoogleConnectionComplete {
    pub fn code<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.code = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for code: {e}"));
        self
    }
    pub fn state<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.state = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for state: {e}"));
        self
    }
}
impl ::std::convert::TryFrom<GoogleConnectionComplete>
for crate::types::GoogleConnectionComplete {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: GoogleConnectionComplete,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self {
            code: value.code?,
            state: value.state?,
        })
    }
}
impl ::std::convert::From<crate::types::GoogleConnectionComplete>
for GoogleConnectionComplete {
    fn from(value: crate::types::GoogleConnectionComplete) -> Self {
        Self {
            code: Ok(value.code),
            state: Ok(value.state),
        }
    }
}
#[derive(Clone, Debug)]
pub struct GoogleConnectionConfig {
    enabled: ::std::result::Result<bool, ::std::string::String>,
}
impl ::std::default::Default for GoogleConnectionConfig {
    fn default() -> Self {
        Self {
            enabled: Err("no value supplied for enabled".to_string()),
        }
    }
}
impl GoogleConnectionConfig {
    pub fn enabled<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<bool>,
        T::Error: ::std::fmt::Display,
    {
        self.enabled = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for enabled: {e}"));
        self
    }
}
impl ::std::convert::TryFrom<GoogleConnectionConfig>
for crate::types::GoogleConnectionConfig {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: GoogleConnectionConfig,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self { enabled: value.enabled? })
    }
}
impl ::std::convert::From<crate::types::GoogleConnectionConfig>
for GoogleConnectionConfig {
    fn from(value: crate::types::GoogleConnectionConfig) -> Self {
        Self { enabled: Ok(value.enabled) }
    }
}
#[derive(Clone, Debug)]
pub struct GoogleConnectionOAuthUrl {
    state: ::std::result::Result<::std::string::String, ::std::string::String>,
    url: ::std::result::Result<::std::string::String, ::std::string::String>,
}
impl ::std::default::Default for GoogleConnectionOAuthUrl {
    fn default() -> Self {
        Self {
            state: Err("no value supplied for state".to_string()),
            url: Err("no value supplied for url".to_string()),
        }
    }
}
impl GoogleConnectionOAuthUrl {
    pub fn state<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.state = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for state: {e}"));
        self
    }
    pub fn url<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.url = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for url: {e}"));
        self
    }
}
impl ::std::convert::TryFrom<GoogleConnectionOAuthUrl>
for crate::types::GoogleConnectionOAuthUrl {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: GoogleConnectionOAuthUrl,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self {
            state: value.state?,
            url: value.url?,
        })
    }
}
impl ::std::convert::From<crate::types::GoogleConnectionOAuthUrl>
for GoogleConnectionOAuthUrl {
    fn from(value: crate::types::GoogleConnectionOAuthUrl) -> Self {
        Self {
            state: Ok(value.state),
            url: Ok(value.url),
        }
    }
}
#[derive(Clone, Debug)]
pub struct GoogleConnectionOAuthUrlRequest {
    connection_id: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
    redirect_uri: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
    services: ::std::result::Result<
        ::std::vec::Vec<::std::string::String>,
        ::std::string::String,
    >,
}
impl ::std::default::Default for GoogleConnectionOAuthUrlRequest {
    fn default() -> Self {
        Self {
            connection_id: Ok(Default::default()),
            redirect_uri: Ok(Default::default()),
            services: Ok(Default::default()),
        }
    }
}
impl GoogleConnectionOAuthUrlRequest {
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
    pub fn redirect_uri<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.redirect_uri = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for redirect_uri: {e}")
            });
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
impl ::std::convert::TryFrom<GoogleConnectionOAuthUrlRequest>
for crate::types::GoogleConnectionOAuthUrlRequest {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: GoogleConnectionOAuthUrlRequest,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self {
            connection_id: value.connection_id?,
            redirect_uri: value.redirect_uri?,
            services: value.services?,
        })
    }
}
impl ::std::convert::From<crate::types::GoogleConnectionOAuthUrlRequest>
for GoogleConnectionOAuthUrlRequest {
    fn from(value: crate::types::GoogleConnectionOAuthUrlRequest) -> Self {
        Self {
            connection_id: Ok(value.connection_id),
            redirect_uri: Ok(value.redirect_uri),
            services: Ok(value.services),
        }
    }
}
#[derive(Clone, Debug)]
pub struct GoogleConnectionServicesUpdate {
    services: ::std::result::Result<
        ::std::collections::BTreeMap<::std::string::String, bool>,
        ::std::string::String,
    >,
}
impl ::std::default::Default for GoogleConnectionServicesUpdate {
    fn default() -> Self {
        Self {
            services: Err("no value supplied for services".to_string()),
        }
    }
}
impl GoogleConnectionServicesUpdate {
    pub fn services<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<
            ::std::collections::BTreeMap<::std::string::String, bool>,
        >,
        T::Error: ::std::fmt::Display,
    {
        self.services = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for services: {e}"));
        self
    }
}
impl ::std::convert::TryFrom<GoogleConnectionServicesUpdate>
for crate::types::GoogleConnectionServicesUpdate {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: GoogleConnectionServicesUpdate,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self { services: value.services? })
    }
}
impl ::std::convert::From<crate::types::GoogleConnectionServicesUpdate>
for GoogleConnectionServicesUpdate {
    fn from(value: crate::types::GoogleConnectionServicesUpdate) -> Self {
        Self {
            services: Ok(value.services),
        }
    }
}
#[derive(Clone, Debug)]
pub struct WhatsappConnectionComplete {
    code: ::std::result::Result<::std::string::String, ::std::string::String>,
    phone_number_id: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
    waba_id: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
}
impl ::std::default::Default for WhatsappConnectionComplete {
    fn default() -> Self {
        Self {
            code: Err("no value supplied for code".to_string()),
            phone_number_id: Ok(Default::default()),
            waba_id: Ok(Default::default()),
        }
    }
}
impl WhatsappConnectionComplete {
    pub fn code<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.code = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for code: {e}"));
        self
    }
    pub fn phone_number_id<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.phone_number_id = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for phone_number_id: {e}")
            });
        self
    }
    pub fn waba_id<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.waba_id = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for waba_id: {e}"));
        self
    }
}
impl ::std::convert::TryFrom<WhatsappConnectionComplete>
for crate::types::WhatsappConnectionComplete {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: WhatsappConnectionComplete,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self {
            code: value.code?,
            phone_number_id: value.phone_number_id?,
            waba_id: value.waba_id?,
        })
    }
}
impl ::std::convert::From<crate::types::WhatsappConnectionComplete>
for WhatsappConnectionComplete {
    fn from(value: crate::types::WhatsappConnectionComplete) -> Self {
        Self {
            code: Ok(value.code),
            phone_number_id: Ok(value.phone_number_id),
            waba_id: Ok(value.waba_id),
        }
    }
}
#[derive(Clone, Debug)]
pub struct WhatsappConnectionConfig {
    app_id: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
    config_id: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
    enabled: ::std::result::Result<bool, ::std::string::String>,
}
impl ::std::default::Default for WhatsappConnectionConfig {
    fn default() -> Self {
        Self {
            app_id: Ok(Default::default()),
            config_id: Ok(Default::default()),
            enabled: Err("no value supplied for enabled".to_string()),
        }
    }
}
impl WhatsappConnectionConfig {
    pub fn app_id<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.app_id = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for app_id: {e}"));
        self
    }
    pub fn config_id<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.config_id = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for config_id: {e}"));
        self
    }
    pub fn enabled<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<bool>,
        T::Error: ::std::fmt::Display,
    {
        self.enabled = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for enabled: {e}"));
        self
    }
}
impl ::std::convert::TryFrom<WhatsappConnectionConfig>
for crate::types::WhatsappConnectionConfig {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: WhatsappConnectionConfig,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self {
            app_id: value.app_id?,
            config_id: value.config_id?,
            enabled: value.enabled?,
        })
    }
}
impl ::std::convert::From<crate::types::WhatsappConnectionConfig>
for WhatsappConnectionConfig {
    fn from(value: crate::types::WhatsappConnectionConfig) -> Self {
        Self {
            app_id: Ok(value.app_id),
            config_id: Ok(value.config_id),
            enabled: Ok(value.enabled),
        }
    }
}
#[derive(Clone, Debug)]
pub struct WhatsappConnectionManual {
    access_token: ::std::result::Result<::std::string::String, ::std::string::String>,
    display_name: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
    phone_number_id: ::std::result::Result<::std::string::String, ::std::string::String>,
    waba_id: ::std::result::Result<::std::string::String, ::std::string::String>,
}
impl ::std::default::Default for WhatsappConnectionManual {
    fn default() -> Self {
        Self {
            access_token: Err("no value supplied for access_token".to_string()),
            display_name: Ok(Default::default()),
            phone_number_id: Err("no value supplied for phone_number_id".to_string()),
            waba_id: Err("no value supplied for waba_id".to_string()),
        }
    }
}
impl WhatsappConnectionManual {
    pub fn access_token<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.access_token = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for access_token: {e}")
            });
        self
    }
    pub fn display_name<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.display_name = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for display_name: {e}")
            });
        self
    }
    pub fn phone_number_id<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.phone_number_id = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for phone_number_id: {e}")
            });
        self
    }
    pub fn waba_id<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.waba_id = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for waba_id: {e}"));
        self
    }
}
impl ::std::convert::TryFrom<WhatsappConnectionManual>
for crate::types::WhatsappConnectionManual {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: WhatsappConnectionManual,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self {
            access_token: value.access_token?,
            display_name: value.display_name?,
            phone_number_id: value.phone_number_id?,
            waba_id: value.waba_id?,
        })
    }
}
impl ::std::convert::From<crate::types::WhatsappConnectionManual>
for WhatsappConnectionManual {
    fn from(value: crate::types::WhatsappConnectionManual) -> Self {
        Self {
            access_token: Ok(value.access_token),
            display_name: Ok(value.display_name),
            phone_number_id: Ok(value.phone_number_id),
            waba_id: Ok(value.waba_id),
        }
    }
}

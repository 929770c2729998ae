// @generated types of the `connections` area by agentruntime-generator 0.1.0. Do not edit by hand.
// Spec: spec/openapi.yaml (sha256 aab3041a7d360a69e58dfceca5f9a2bffcbf688e5ad868463978c58def134800), OpenAPI 3.1.0, API version 1.0.0.
// Regenerate: cargo xtask regen

#![allow(clippy::all, clippy::pedantic)]
#[allow(unused_imports)]
use super::*;

/// A stored connection to a third-party service. Secrets are never returned; only the names of the
/// stored credential keys.
#[cfg(any(feature = "connections", feature = "mcp"))]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct Connection {
    /// Names of the stored credential keys (for example `api_key`), never values.
    #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
    #[serde(deserialize_with = "crate::lenient::null_as_default")]
    pub credential_keys: ::std::vec::Vec<::std::string::String>,
    /// Connection id (`conn_…` or a UUID).
    pub id: ::std::string::String,
    /// Display name; set by `display_name` on create.
    pub name: ::std::string::String,
    /// Provider key, for example `custom`, `google_account`, `composio_account` or `whatsapp`.
    pub provider: ::std::string::String,
    /// Service within the provider, for example `api_key` for custom connections.
    pub service: ::std::string::String,
    /// Connection state, for example `active`.
    pub status: ::std::string::String,
}

/// Request to create a custom connection. Note the name field is `display_name` here and `name` in
/// responses.
#[cfg(any(feature = "connections", feature = "mcp"))]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ConnectionCreate {
    /// Secret values keyed by credential name (for example `api_key`); write-only, stored
    /// encrypted.
    #[serde(deserialize_with = "crate::lenient::null_as_default")]
    pub credentials: ::std::collections::BTreeMap<::std::string::String, crate::Secret>,
    /// Display name; returned as `name`.
    pub display_name: ::std::string::String,
    /// Provider key; `custom` for API-key and DSN connections.
    pub provider: ::std::string::String,
    /// Credential kind, for example `api_key`.
    pub service: ::std::string::String,
}

#[cfg(any(feature = "connections", feature = "mcp"))]
impl ConnectionCreate {
    /// A `ConnectionCreate` with its required fields; the optional ones are set with the chained
    /// setters.
    ///
    /// - `display_name`: Display name; returned as `name`.
    /// - `provider`: Provider key; `custom` for API-key and DSN connections.
    /// - `service`: Credential kind, for example `api_key`.
    /// - `credentials`: Secret values keyed by credential name (for example `api_key`); write-only,
    ///   stored encrypted.
    pub fn new(
        display_name: impl ::std::convert::Into<::std::string::String>,
        provider: impl ::std::convert::Into<::std::string::String>,
        service: impl ::std::convert::Into<::std::string::String>,
        credentials: impl ::std::convert::Into<
            ::std::collections::BTreeMap<::std::string::String, crate::Secret>,
        >,
    ) -> Self {
        Self {
            display_name: display_name.into(),
            provider: provider.into(),
            service: service.into(),
            credentials: credentials.into(),
        }
    }
}

/// Metadata about a connection's stored credentials; never the secret values.
#[cfg(feature = "connections")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct ConnectionCredentials {
    /// `connection_id` (the spec does not describe it).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub connection_id: ::std::option::Option<::std::string::String>,
    /// Names of the stored credential keys.
    #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
    #[serde(deserialize_with = "crate::lenient::null_as_default")]
    pub credential_keys: ::std::vec::Vec<::std::string::String>,
    /// When the credentials were last written.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub updated_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
}

/// One page of connections.
#[cfg(any(feature = "connections", feature = "mcp"))]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ConnectionPage {
    /// `items`: [`Connection`]. A stored connection to a third-party service.
    #[serde(deserialize_with = "crate::lenient::null_as_default")]
    pub items: ::std::vec::Vec<Connection>,
    /// Cursor for the next page (`page_token`); null on the last page.
    #[serde(deserialize_with = "::std::option::Option::deserialize")]
    pub next_page: ::std::option::Option<::std::string::String>,
}

/// Partial update of a connection; omitted fields keep their values.
#[cfg(feature = "connections")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct ConnectionUpdate {
    /// Credential values to replace, keyed by credential name; write-only.
    #[serde(
        default,
        skip_serializing_if = ":: std :: collections :: BTreeMap::is_empty"
    )]
    #[serde(deserialize_with = "crate::lenient::null_as_default")]
    pub credentials: ::std::collections::BTreeMap<::std::string::String, crate::Secret>,
    /// New display name.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub display_name: ::std::option::Option<::std::string::String>,
}

#[cfg(feature = "connections")]
impl ConnectionUpdate {
    /// A `ConnectionUpdate` with its required fields; the optional ones are set with the chained
    /// setters.
    pub fn new() -> Self {
        Self {
            credentials: ::std::default::Default::default(),
            display_name: ::std::option::Option::None,
        }
    }

    /// Sets `credentials`: Credential values to replace, keyed by credential name; write-only.
    pub fn credentials(
        mut self,
        value: impl ::std::convert::Into<
            ::std::collections::BTreeMap<::std::string::String, crate::Secret>,
        >,
    ) -> Self {
        self.credentials = value.into();
        self
    }

    /// Sets `display_name`: New display name.
    pub fn display_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.display_name = ::std::option::Option::Some(value.into());
        self
    }
}

/// A connected Google account and its enabled services.
#[cfg(feature = "connections")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct GoogleConnectionAccount {
    /// `connection_id` (the spec does not describe it).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub connection_id: ::std::option::Option<::std::string::String>,
    /// The Google account's address.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub email: ::std::option::Option<::std::string::String>,
    /// Services the connection may use (for example `gmail`, `calendar`, `drive`).
    #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
    #[serde(deserialize_with = "crate::lenient::null_as_default")]
    pub enabled_services: ::std::vec::Vec<::std::string::String>,
}

/// Values from the Google OAuth callback.
#[cfg(feature = "connections")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct GoogleConnectionComplete {
    /// Authorisation code from the callback.
    pub code: ::std::string::String,
    /// State from the callback; must match the one `create_google_oauth_url` returned.
    pub state: ::std::string::String,
}

#[cfg(feature = "connections")]
impl GoogleConnectionComplete {
    /// A `GoogleConnectionComplete` with its required fields; the optional ones are set with the
    /// chained setters.
    ///
    /// - `code`: Authorisation code from the callback.
    /// - `state`: State from the callback; must match the one `create_google_oauth_url` returned.
    pub fn new(
        code: impl ::std::convert::Into<::std::string::String>,
        state: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            code: code.into(),
            state: state.into(),
        }
    }
}

/// Whether Google account connections are available on this deployment.
#[cfg(feature = "connections")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct GoogleConnectionConfig {
    /// `enabled` (the spec does not describe it).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub enabled: ::std::option::Option<bool>,
}

/// The Google consent URL to open.
#[cfg(feature = "connections")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct GoogleConnectionOAuthUrl {
    /// Opaque state echoed back by Google; pass it to `complete_google_connection`.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub state: ::std::option::Option<::std::string::String>,
    /// Google consent URL.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub url: ::std::option::Option<::std::string::String>,
}

/// Request to begin Google OAuth for a connection.
#[cfg(feature = "connections")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct GoogleConnectionOAuthUrlRequest {
    /// Existing Google connection to re-authorise instead of creating a new one.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub connection_id: ::std::option::Option<::std::string::String>,
    /// Where Google sends the user back; defaults to the Console's callback page.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub redirect_uri: ::std::option::Option<::std::string::String>,
    /// Google services to request access to (for example `gmail`, `calendar`, `drive`).
    #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
    #[serde(deserialize_with = "crate::lenient::null_as_default")]
    pub services: ::std::vec::Vec<::std::string::String>,
}

#[cfg(feature = "connections")]
impl GoogleConnectionOAuthUrlRequest {
    /// A `GoogleConnectionOAuthUrlRequest` with its required fields; the optional ones are set with
    /// the chained setters.
    pub fn new() -> Self {
        Self {
            connection_id: ::std::option::Option::None,
            redirect_uri: ::std::option::Option::None,
            services: ::std::default::Default::default(),
        }
    }

    /// Sets `connection_id`: Existing Google connection to re-authorise instead of creating a new
    /// one.
    pub fn connection_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.connection_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `redirect_uri`: Where Google sends the user back; defaults to the Console's callback
    /// page.
    pub fn redirect_uri(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.redirect_uri = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `services`: Google services to request access to (for example `gmail`, `calendar`,
    /// `drive`).
    pub fn services(
        mut self,
        value: impl ::std::iter::IntoIterator<
            Item = impl ::std::convert::Into<::std::string::String>,
        >,
    ) -> Self {
        self.services = value.into_iter().map(::std::convert::Into::into).collect();
        self
    }
}

/// Services to turn on (`true`) or off (`false`); unnamed services keep their state.
#[cfg(feature = "connections")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct GoogleConnectionServicesUpdate {
    /// `services` (the spec does not describe it).
    #[serde(deserialize_with = "crate::lenient::null_as_default")]
    pub services: ::std::collections::BTreeMap<::std::string::String, bool>,
}

#[cfg(feature = "connections")]
impl GoogleConnectionServicesUpdate {
    /// A `GoogleConnectionServicesUpdate` with its required fields; the optional ones are set with
    /// the chained setters.
    ///
    /// - `services`
    pub fn new(
        services: impl ::std::convert::Into<
            ::std::collections::BTreeMap<::std::string::String, bool>,
        >,
    ) -> Self {
        Self { services: services.into() }
    }
}

/// Values returned by Meta's embedded signup.
#[cfg(feature = "connections")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct WhatsappConnectionComplete {
    /// Code to exchange for a business token.
    pub code: ::std::string::String,
    /// Phone number id chosen during signup.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub phone_number_id: ::std::option::Option<::std::string::String>,
    /// WhatsApp Business Account id chosen during signup.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub waba_id: ::std::option::Option<::std::string::String>,
}

#[cfg(feature = "connections")]
impl WhatsappConnectionComplete {
    /// A `WhatsappConnectionComplete` with its required fields; the optional ones are set with the
    /// chained setters.
    ///
    /// - `code`: Code to exchange for a business token.
    pub fn new(code: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            code: code.into(),
            phone_number_id: ::std::option::Option::None,
            waba_id: ::std::option::Option::None,
        }
    }

    /// Sets `phone_number_id`: Phone number id chosen during signup.
    pub fn phone_number_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.phone_number_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `waba_id`: WhatsApp Business Account id chosen during signup.
    pub fn waba_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.waba_id = ::std::option::Option::Some(value.into());
        self
    }
}

/// Whether WhatsApp Business embedded signup is available on this deployment.
#[cfg(feature = "connections")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct WhatsappConnectionConfig {
    /// Meta app id for the embedded signup popup.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub app_id: ::std::option::Option<::std::string::String>,
    /// Meta embedded signup configuration id.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub config_id: ::std::option::Option<::std::string::String>,
    /// `enabled` (the spec does not describe it).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub enabled: ::std::option::Option<bool>,
}

/// Manually entered WhatsApp Business credentials.
#[cfg(feature = "connections")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct WhatsappConnectionManual {
    /// `access_token` (the spec does not describe it).
    pub access_token: crate::Secret,
    /// Display name for the connection; returned as `name`.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub display_name: ::std::option::Option<::std::string::String>,
    /// Sending phone number id.
    pub phone_number_id: ::std::string::String,
    /// WhatsApp Business Account id.
    pub waba_id: ::std::string::String,
}

#[cfg(feature = "connections")]
impl WhatsappConnectionManual {
    /// A `WhatsappConnectionManual` with its required fields; the optional ones are set with the
    /// chained setters.
    ///
    /// - `access_token`
    /// - `waba_id`: WhatsApp Business Account id.
    /// - `phone_number_id`: Sending phone number id.
    pub fn new(
        access_token: impl ::std::convert::Into<crate::Secret>,
        waba_id: impl ::std::convert::Into<::std::string::String>,
        phone_number_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            access_token: access_token.into(),
            waba_id: waba_id.into(),
            phone_number_id: phone_number_id.into(),
            display_name: ::std::option::Option::None,
        }
    }

    /// Sets `display_name`: Display name for the connection; returned as `name`.
    pub fn display_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.display_name = ::std::option::Option::Some(value.into());
        self
    }
}

#[cfg(any(feature = "connections", feature = "mcp"))]
impl crate::pagination::Page for ConnectionPage {
    type Item = Connection;

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

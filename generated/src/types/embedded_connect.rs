// @generated types of the `embedded_connect` area by agentruntime-generator 0.1.0. Do not edit by hand.
// Spec: spec/openapi.yaml (sha256 aab3041a7d360a69e58dfceca5f9a2bffcbf688e5ad868463978c58def134800), OpenAPI 3.1.0, API version 1.0.0.
// Regenerate: cargo xtask regen

#![allow(clippy::all, clippy::pedantic)]
#[allow(unused_imports)]
use super::*;

/// A one-time, short-lived hosted connect session.
#[cfg(feature = "embedded_connect")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ConnectLink {
    /// Session id (`cs_…`) for `get_connect_session`.
    pub connect_session_id: ::std::string::String,
    /// Hosted page to open for the end user
    /// (`https://connect.agentruntime.io/s/{connect_session_id}`).
    pub connect_url: ::std::string::String,
    /// When the link stops working (minutes after creation).
    pub expires_at: ::chrono::DateTime<::chrono::offset::Utc>,
}

/// Request to create a hosted connect session for one end user.
#[cfg(feature = "embedded_connect")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ConnectLinkCreate {
    /// The partner's id for the end user; becomes the principal's key.
    pub external_user_id: ::std::string::String,
    /// What to connect, for example `gmail`.
    pub provider: ::std::string::String,
    /// Services to request access to (for example `gmail`).
    #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
    #[serde(deserialize_with = "crate::lenient::null_as_default")]
    pub services: ::std::vec::Vec<::std::string::String>,
}

#[cfg(feature = "embedded_connect")]
impl ConnectLinkCreate {
    /// A `ConnectLinkCreate` with its required fields; the optional ones are set with the chained
    /// setters.
    ///
    /// - `external_user_id`: The partner's id for the end user; becomes the principal's key.
    /// - `provider`: What to connect, for example `gmail`.
    pub fn new(
        external_user_id: impl ::std::convert::Into<::std::string::String>,
        provider: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            external_user_id: external_user_id.into(),
            provider: provider.into(),
            services: ::std::default::Default::default(),
        }
    }

    /// Sets `services`: Services to request access to (for example `gmail`).
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

/// State of a hosted connect session.
#[cfg(feature = "embedded_connect")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct ConnectSession {
    /// `completed_at` (the spec does not describe it).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub completed_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
    /// The created connection, once `completed`.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub connection_id: ::std::option::Option<::std::string::String>,
    /// `expires_at` (the spec does not describe it).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub expires_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
    /// `external_user_id` (the spec does not describe it).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub external_user_id: ::std::option::Option<::std::string::String>,
    /// Why the session failed, for example when the account is already linked to another principal
    /// of the workspace.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub failure_reason: ::std::option::Option<::std::string::String>,
    /// Session id (`cs_…`).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub id: ::std::option::Option<::std::string::String>,
    /// `provider` (the spec does not describe it).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub provider: ::std::option::Option<::std::string::String>,
    /// `services` (the spec does not describe it).
    #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
    #[serde(deserialize_with = "crate::lenient::null_as_default")]
    pub services: ::std::vec::Vec<::std::string::String>,
    /// `pending` until the user finishes, then `completed`; `expired` after `expires_at`; `failed`
    /// when the connection was rejected (see `failure_reason`).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub status: ::std::option::Option<::std::string::String>,
}

/// The stored partner webhook configuration.
#[cfg(feature = "embedded_connect")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct EmbeddedConnectSettings {
    /// `example_event`: [`EmbeddedConnectWebhookEvent`]. The JSON body AgentRuntime POSTs to the
    /// partner webhook URL, signed with `X-Agentruntime-Signature` (HMAC-SHA256 of the raw body
    /// with the stored secret).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub example_event: ::std::option::Option<EmbeddedConnectWebhookEvent>,
    /// `updated_at` (the spec does not describe it).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub updated_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
    /// Whether a signing secret is stored (the secret is never returned).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub webhook_secret_set: ::std::option::Option<bool>,
    /// URL that receives events; null when none is configured.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub webhook_url: ::std::option::Option<::std::string::String>,
}

/// The partner webhook configuration to store.
#[cfg(feature = "embedded_connect")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct EmbeddedConnectSettingsUpdate {
    /// `webhook_secret` (the spec does not describe it).
    pub webhook_secret: crate::Secret,
    /// HTTPS URL that receives Embedded Connect events.
    pub webhook_url: ::std::string::String,
}

#[cfg(feature = "embedded_connect")]
impl EmbeddedConnectSettingsUpdate {
    /// A `EmbeddedConnectSettingsUpdate` with its required fields; the optional ones are set with
    /// the chained setters.
    ///
    /// - `webhook_url`: HTTPS URL that receives Embedded Connect events.
    /// - `webhook_secret`
    pub fn new(
        webhook_url: impl ::std::convert::Into<::std::string::String>,
        webhook_secret: impl ::std::convert::Into<crate::Secret>,
    ) -> Self {
        Self {
            webhook_url: webhook_url.into(),
            webhook_secret: webhook_secret.into(),
        }
    }
}

/// The JSON body AgentRuntime POSTs to the partner webhook URL, signed with
/// `X-Agentruntime-Signature` (HMAC-SHA256 of the raw body with the stored secret). Settings
/// responses include a sample as `example_event`.
#[cfg(feature = "embedded_connect")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct EmbeddedConnectWebhookEvent {
    /// The connection concerned (connection events).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub connection_id: ::std::option::Option<::std::string::String>,
    /// Event name, for example `connection.created`.
    pub event: ::std::string::String,
    /// The end user the event is about.
    pub external_user_id: ::std::string::String,
    /// `occurred_at` (the spec does not describe it).
    pub occurred_at: ::chrono::DateTime<::chrono::offset::Utc>,
    /// Provider of the connection, for example `google_account`.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub provider: ::std::option::Option<::std::string::String>,
    /// The provider-side account, for example the Google address.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub provider_account_key: ::std::option::Option<::std::string::String>,
}

/// One of the shapes of `ListUsageHistoryGroupBy`.
#[cfg(feature = "embedded_connect")]
#[derive(Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[non_exhaustive]
pub enum ListUsageHistoryGroupBy {
    /// `principal`
    Principal,
    /// A value this version of the SDK does not know yet, kept as it was sent.
    Unknown(::std::string::String),
}

#[cfg(feature = "embedded_connect")]
impl ::std::fmt::Display for ListUsageHistoryGroupBy {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Principal => f.write_str("principal"),
            Self::Unknown(value) => f.write_str(value),
        }
    }
}

#[cfg(feature = "embedded_connect")]
impl ::std::str::FromStr for ListUsageHistoryGroupBy {
    type Err = super::error::ConversionError;

    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, super::error::ConversionError> {
        match value {
            "principal" => Ok(Self::Principal),
            _ => Err("invalid value".into()),
        }
    }
}

#[cfg(feature = "embedded_connect")]
impl ::std::convert::TryFrom<&str> for ListUsageHistoryGroupBy {
    type Error = super::error::ConversionError;

    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, super::error::ConversionError> {
        value.parse()
    }
}

#[cfg(feature = "embedded_connect")]
impl ::std::convert::TryFrom<::std::string::String> for ListUsageHistoryGroupBy {
    type Error = super::error::ConversionError;

    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, super::error::ConversionError> {
        value.parse()
    }
}

#[cfg(feature = "embedded_connect")]
impl ::std::default::Default for ListUsageHistoryGroupBy {
    fn default() -> Self {
        ListUsageHistoryGroupBy::Principal
    }
}

/// An end user of the partner, keyed by `external_user_id`, whose own connections runs can use
/// (`connection_resolution: principal`).
#[cfg(any(feature = "embedded_connect", feature = "workflows"))]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct Principal {
    /// The principal's connections; present on `get_principal`.
    #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
    #[serde(deserialize_with = "crate::lenient::null_as_default")]
    pub connections: ::std::vec::Vec<PrincipalConnection>,
    /// `created_at` (the spec does not describe it).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub created_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
    /// `email` (the spec does not describe it).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub email: ::std::option::Option<::std::string::String>,
    /// The partner's id for the user.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub external_user_id: ::std::option::Option<::std::string::String>,
    /// Platform id of the principal (`principal_id` in runs).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub id: ::std::option::Option<::std::string::String>,
    /// Console user linked with `link_principal_user`.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub linked_user_id: ::std::option::Option<::std::string::String>,
    /// `name` (the spec does not describe it).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
    /// For example `active` or `suspended`.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub status: ::std::option::Option<::std::string::String>,
    /// `tags` (the spec does not describe it).
    #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
    #[serde(deserialize_with = "crate::lenient::null_as_default")]
    pub tags: ::std::vec::Vec<::std::string::String>,
    /// `team` (the spec does not describe it).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub team: ::std::option::Option<::std::string::String>,
    /// `updated_at` (the spec does not describe it).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub updated_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
}

/// A connection owned by a principal.
#[cfg(any(feature = "embedded_connect", feature = "workflows"))]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct PrincipalConnection {
    /// `connection_id` (the spec does not describe it).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub connection_id: ::std::option::Option<::std::string::String>,
    /// `created_at` (the spec does not describe it).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub created_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
    /// For example `google_account`.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub provider: ::std::option::Option<::std::string::String>,
    /// The provider-side account, for example the Google address.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub provider_account_key: ::std::option::Option<::std::string::String>,
    /// For example `active` or `revoked`.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub status: ::std::option::Option<::std::string::String>,
}

/// The Console user to link a principal to.
#[cfg(feature = "embedded_connect")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct PrincipalLinkRequest {
    /// `user_id` (the spec does not describe it).
    pub user_id: ::std::string::String,
}

#[cfg(feature = "embedded_connect")]
impl PrincipalLinkRequest {
    /// A `PrincipalLinkRequest` with its required fields; the optional ones are set with the
    /// chained setters.
    ///
    /// - `user_id`
    pub fn new(user_id: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self { user_id: user_id.into() }
    }
}

/// One page of principals.
#[cfg(feature = "embedded_connect")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct PrincipalPage {
    /// `items`: [`Principal`]. An end user of the partner, keyed by `external_user_id`, whose own
    /// connections runs can use (`connection_resolution: principal`).
    #[serde(deserialize_with = "crate::lenient::null_as_default")]
    pub items: ::std::vec::Vec<Principal>,
    /// Cursor for the next page (`page_token`); null on the last page.
    #[serde(deserialize_with = "::std::option::Option::deserialize")]
    pub next_page: ::std::option::Option<::std::string::String>,
}

/// A named, dynamic set of principals.
#[cfg(feature = "embedded_connect")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct PrincipalSegment {
    /// `created_at` (the spec does not describe it).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub created_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
    /// `filter`: [`PrincipalSegmentFilter`]. Which principals belong to a segment; all given
    /// conditions must hold.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub filter: ::std::option::Option<PrincipalSegmentFilter>,
    /// Segment id (`seg_…`).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub id: ::std::option::Option<::std::string::String>,
    /// `name` (the spec does not describe it).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
}

/// Request to create a segment.
#[cfg(feature = "embedded_connect")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct PrincipalSegmentCreate {
    /// `filter`: [`PrincipalSegmentFilter`]. Which principals belong to a segment; all given
    /// conditions must hold.
    #[serde(deserialize_with = "crate::lenient::null_as_default")]
    pub filter: PrincipalSegmentFilter,
    /// `name` (the spec does not describe it).
    pub name: ::std::string::String,
}

#[cfg(feature = "embedded_connect")]
impl PrincipalSegmentCreate {
    /// A `PrincipalSegmentCreate` with its required fields; the optional ones are set with the
    /// chained setters.
    ///
    /// - `name`
    /// - `filter`
    pub fn new(
        name: impl ::std::convert::Into<::std::string::String>,
        filter: impl ::std::convert::Into<PrincipalSegmentFilter>,
    ) -> Self {
        Self {
            name: name.into(),
            filter: filter.into(),
        }
    }
}

/// Which principals belong to a segment; all given conditions must hold.
#[cfg(feature = "embedded_connect")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct PrincipalSegmentFilter {
    /// Principals carrying none of these tags.
    #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
    #[serde(deserialize_with = "crate::lenient::null_as_default")]
    pub exclude_tags: ::std::vec::Vec<::std::string::String>,
    /// Principals carrying any of these tags.
    #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
    #[serde(deserialize_with = "crate::lenient::null_as_default")]
    pub include_tags: ::std::vec::Vec<::std::string::String>,
    /// Only principals with a connection of this provider (for example `google_account`).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub require_connection: ::std::option::Option<::std::string::String>,
    /// Only principals of this team.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub team: ::std::option::Option<::std::string::String>,
}

#[cfg(feature = "embedded_connect")]
impl PrincipalSegmentFilter {
    /// A `PrincipalSegmentFilter` with its required fields; the optional ones are set with the
    /// chained setters.
    pub fn new() -> Self {
        Self {
            exclude_tags: ::std::default::Default::default(),
            include_tags: ::std::default::Default::default(),
            require_connection: ::std::option::Option::None,
            team: ::std::option::Option::None,
        }
    }

    /// Sets `exclude_tags`: Principals carrying none of these tags.
    pub fn exclude_tags(
        mut self,
        value: impl ::std::iter::IntoIterator<
            Item = impl ::std::convert::Into<::std::string::String>,
        >,
    ) -> Self {
        self.exclude_tags = value.into_iter().map(::std::convert::Into::into).collect();
        self
    }

    /// Sets `include_tags`: Principals carrying any of these tags.
    pub fn include_tags(
        mut self,
        value: impl ::std::iter::IntoIterator<
            Item = impl ::std::convert::Into<::std::string::String>,
        >,
    ) -> Self {
        self.include_tags = value.into_iter().map(::std::convert::Into::into).collect();
        self
    }

    /// Sets `require_connection`: Only principals with a connection of this provider (for example
    /// `google_account`).
    pub fn require_connection(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.require_connection = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `team`: Only principals of this team.
    pub fn team(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.team = ::std::option::Option::Some(value.into());
        self
    }
}

/// One page of segments.
#[cfg(feature = "embedded_connect")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct PrincipalSegmentPage {
    /// `items`: [`PrincipalSegment`]. A named, dynamic set of principals.
    #[serde(deserialize_with = "crate::lenient::null_as_default")]
    pub items: ::std::vec::Vec<PrincipalSegment>,
    /// Cursor for the next page (`page_token`); null on the last page.
    #[serde(deserialize_with = "::std::option::Option::deserialize")]
    pub next_page: ::std::option::Option<::std::string::String>,
}

/// Metadata of one principal in a batch sync.
#[cfg(feature = "embedded_connect")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct PrincipalSyncItem {
    /// `email` (the spec does not describe it).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub email: ::std::option::Option<::std::string::String>,
    /// `external_user_id` (the spec does not describe it).
    pub external_user_id: ::std::string::String,
    /// `name` (the spec does not describe it).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
    /// `tags` (the spec does not describe it).
    #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
    #[serde(deserialize_with = "crate::lenient::null_as_default")]
    pub tags: ::std::vec::Vec<::std::string::String>,
    /// `team` (the spec does not describe it).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub team: ::std::option::Option<::std::string::String>,
}

#[cfg(feature = "embedded_connect")]
impl PrincipalSyncItem {
    /// A `PrincipalSyncItem` with its required fields; the optional ones are set with the chained
    /// setters.
    ///
    /// - `external_user_id`
    pub fn new(
        external_user_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            external_user_id: external_user_id.into(),
            email: ::std::option::Option::None,
            name: ::std::option::Option::None,
            tags: ::std::default::Default::default(),
            team: ::std::option::Option::None,
        }
    }

    /// Sets `email`.
    pub fn email(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.email = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `name`.
    pub fn name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.name = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `tags`.
    pub fn tags(
        mut self,
        value: impl ::std::iter::IntoIterator<
            Item = impl ::std::convert::Into<::std::string::String>,
        >,
    ) -> Self {
        self.tags = value.into_iter().map(::std::convert::Into::into).collect();
        self
    }

    /// Sets `team`.
    pub fn team(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.team = ::std::option::Option::Some(value.into());
        self
    }
}

/// Batch of principals to create or update.
#[cfg(feature = "embedded_connect")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct PrincipalSyncRequest {
    /// `principals`: [`PrincipalSyncItem`]. Metadata of one principal in a batch sync.
    #[serde(deserialize_with = "crate::lenient::null_as_default")]
    pub principals: ::std::vec::Vec<PrincipalSyncItem>,
}

#[cfg(feature = "embedded_connect")]
impl PrincipalSyncRequest {
    /// A `PrincipalSyncRequest` with its required fields; the optional ones are set with the
    /// chained setters.
    ///
    /// - `principals`
    pub fn new(
        principals: impl ::std::iter::IntoIterator<
            Item = impl ::std::convert::Into<PrincipalSyncItem>,
        >,
    ) -> Self {
        Self {
            principals: principals.into_iter().map(::std::convert::Into::into).collect(),
        }
    }
}

/// Outcome of a batch sync.
#[cfg(feature = "embedded_connect")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct PrincipalSyncResult {
    /// Principals created.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub created: ::std::option::Option<i32>,
    /// Existing principals updated.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub updated: ::std::option::Option<i32>,
}

/// Metadata of one principal; the path names the principal.
#[cfg(feature = "embedded_connect")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct PrincipalUpsert {
    /// `email` (the spec does not describe it).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub email: ::std::option::Option<::std::string::String>,
    /// `name` (the spec does not describe it).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
    /// `tags` (the spec does not describe it).
    #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
    #[serde(deserialize_with = "crate::lenient::null_as_default")]
    pub tags: ::std::vec::Vec<::std::string::String>,
    /// `team` (the spec does not describe it).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub team: ::std::option::Option<::std::string::String>,
}

#[cfg(feature = "embedded_connect")]
impl PrincipalUpsert {
    /// A `PrincipalUpsert` with its required fields; the optional ones are set with the chained
    /// setters.
    pub fn new() -> Self {
        Self {
            email: ::std::option::Option::None,
            name: ::std::option::Option::None,
            tags: ::std::default::Default::default(),
            team: ::std::option::Option::None,
        }
    }

    /// Sets `email`.
    pub fn email(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.email = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `name`.
    pub fn name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.name = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `tags`.
    pub fn tags(
        mut self,
        value: impl ::std::iter::IntoIterator<
            Item = impl ::std::convert::Into<::std::string::String>,
        >,
    ) -> Self {
        self.tags = value.into_iter().map(::std::convert::Into::into).collect();
        self
    }

    /// Sets `team`.
    pub fn team(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.team = ::std::option::Option::Some(value.into());
        self
    }
}

/// Usage of one principal in the requested range.
#[cfg(feature = "embedded_connect")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct PrincipalUsage {
    /// `external_user_id` (the spec does not describe it).
    pub external_user_id: ::std::string::String,
    /// Runs started for the principal.
    pub run_count: i64,
    /// Sum of the credit-ledger deltas of the principal's runs, in microcredits.
    pub total_delta_microcredits: i64,
}

/// One page of per-principal usage.
#[cfg(feature = "embedded_connect")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct PrincipalUsagePage {
    /// `items`: [`PrincipalUsage`]. Usage of one principal in the requested range.
    #[serde(deserialize_with = "crate::lenient::null_as_default")]
    pub items: ::std::vec::Vec<PrincipalUsage>,
    /// Cursor for the next page (`page_token`); null on the last page.
    #[serde(deserialize_with = "::std::option::Option::deserialize")]
    pub next_page: ::std::option::Option<::std::string::String>,
}

#[cfg(feature = "embedded_connect")]
impl ListUsageHistoryGroupBy {
    /// The value as it is on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Principal => "principal",
            Self::Unknown(value) => value,
        }
    }
}

#[cfg(feature = "embedded_connect")]
impl ::serde::Serialize for ListUsageHistoryGroupBy {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

#[cfg(feature = "embedded_connect")]
impl<'de> ::serde::Deserialize<'de> for ListUsageHistoryGroupBy {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        let value = <::std::string::String as ::serde::Deserialize>::deserialize(
            deserializer,
        )?;
        Ok(
            match value.as_str() {
                "principal" => Self::Principal,
                _ => Self::Unknown(value),
            },
        )
    }
}

#[cfg(feature = "embedded_connect")]
impl crate::pagination::Page for PrincipalPage {
    type Item = Principal;

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

#[cfg(feature = "embedded_connect")]
impl crate::pagination::Page for PrincipalSegmentPage {
    type Item = PrincipalSegment;

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

#[cfg(feature = "embedded_connect")]
impl crate::pagination::Page for PrincipalUsagePage {
    type Item = PrincipalUsage;

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

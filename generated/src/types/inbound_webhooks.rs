// @generated types of the `inbound_webhooks` area by agentruntime-generator 0.1.0. Do not edit by hand.
// Spec: spec/openapi.yaml (sha256 aab3041a7d360a69e58dfceca5f9a2bffcbf688e5ad868463978c58def134800), OpenAPI 3.1.0, API version 1.0.0.
// Regenerate: cargo xtask regen

#![allow(clippy::all, clippy::pedantic)]
#[allow(unused_imports)]
use super::*;

/// An inbound webhook subscription: a public ingress URL bound to one workflow. Never carries the
/// signing secret.
#[cfg(feature = "inbound_webhooks")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct InboundWebhook {
    /// `created_at` (the spec does not describe it).
    pub created_at: ::chrono::DateTime<::chrono::offset::Utc>,
    /// Whether the ingress accepts deliveries.
    pub enabled: bool,
    /// `extras`: [`InboundWebhookExtras`]. Start parameters a subscription adds to every run its
    /// ingress starts.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub extras: ::std::option::Option<InboundWebhookExtras>,
    /// Subscription id; also the last segment of the ingress path.
    pub id: ::std::string::String,
    /// Human-readable name (for example `shopify-orders`).
    pub name: ::std::string::String,
    /// Project the subscription belongs to.
    pub project_id: ::std::string::String,
    /// Workspace slug the subscription belongs to.
    pub tenant_id: ::std::string::String,
    /// `updated_at` (the spec does not describe it).
    pub updated_at: ::chrono::DateTime<::chrono::offset::Utc>,
    /// Workflow whose published version each delivery starts.
    pub workflow_id: ::std::string::String,
}

/// Request to create a subscription. Give `automation_pat_id`, `automation_bearer`, or both, to
/// choose the PAT that runs act as.
#[cfg(feature = "inbound_webhooks")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct InboundWebhookCreate {
    /// `automation_bearer` (the spec does not describe it).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub automation_bearer: ::std::option::Option<crate::Secret>,
    /// Id of a stored PAT (`pat-…`) the runs act as.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub automation_pat_id: ::std::option::Option<::std::string::String>,
    /// `extras`: [`InboundWebhookExtras`]. Start parameters a subscription adds to every run its
    /// ingress starts.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub extras: ::std::option::Option<InboundWebhookExtras>,
    /// Human-readable name.
    pub name: ::std::string::String,
    /// Workflow to start on each delivery.
    pub workflow_id: ::std::string::String,
}

#[cfg(feature = "inbound_webhooks")]
impl InboundWebhookCreate {
    /// A `InboundWebhookCreate` with its required fields; the optional ones are set with the
    /// chained setters.
    ///
    /// - `workflow_id`: Workflow to start on each delivery.
    /// - `name`: Human-readable name.
    pub fn new(
        workflow_id: impl ::std::convert::Into<::std::string::String>,
        name: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            workflow_id: workflow_id.into(),
            name: name.into(),
            automation_bearer: ::std::option::Option::None,
            automation_pat_id: ::std::option::Option::None,
            extras: ::std::option::Option::None,
        }
    }

    /// Sets `automation_bearer`.
    pub fn automation_bearer(
        mut self,
        value: impl ::std::convert::Into<crate::Secret>,
    ) -> Self {
        self.automation_bearer = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `automation_pat_id`: Id of a stored PAT (`pat-…`) the runs act as.
    pub fn automation_pat_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.automation_pat_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `extras`.
    pub fn extras(
        mut self,
        value: impl ::std::convert::Into<InboundWebhookExtras>,
    ) -> Self {
        self.extras = ::std::option::Option::Some(value.into());
        self
    }
}

/// Create response: the subscription plus the signing secret, shown only this once.
#[cfg(feature = "inbound_webhooks")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct InboundWebhookCreated {
    /// The same URL's path, for callers that build URLs from their own host.
    pub ingress_path: ::std::string::String,
    /// Absolute URL the third party POSTs events to.
    pub ingress_url: ::std::string::String,
    /// `signing_secret` (the spec does not describe it).
    pub signing_secret: crate::Secret,
    /// `subscription`: [`InboundWebhook`]. An inbound webhook subscription: a public ingress URL
    /// bound to one workflow.
    pub subscription: InboundWebhook,
}

/// The ingress's answer to an accepted delivery.
#[cfg(feature = "inbound_webhooks")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct InboundWebhookDelivery {
    /// True when the delivery was accepted for processing.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub accepted: ::std::option::Option<bool>,
    /// Server-assigned id of this delivery; quote it when contacting support.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub delivery_id: ::std::option::Option<::std::string::String>,
    /// The run the delivery started; null when the run is created asynchronously and its id is not
    /// known yet.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub run_id: ::std::option::Option<::std::string::String>,
}

/// Start parameters a subscription adds to every run its ingress starts. Applied after the POST
/// body (which becomes `trigger_payload`); the POST body wins on key conflicts.
#[cfg(feature = "inbound_webhooks")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct InboundWebhookExtras {
    /// Steps that do not run for deliveries of this subscription.
    #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
    #[serde(deserialize_with = "crate::lenient::null_as_default")]
    pub excluded_step_ids: ::std::vec::Vec<::std::string::String>,
    /// Default input merged under the POST body; read in templates as `{{input.*}}`.
    #[serde(default, skip_serializing_if = "::serde_json::Map::is_empty")]
    #[serde(deserialize_with = "crate::lenient::null_as_default")]
    pub trigger_payload: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    /// Map keyed by step id. A key's presence grants entry to a `no_auto_start` step; its value
    /// overlays that step's input.
    #[serde(
        default,
        skip_serializing_if = ":: std :: collections :: BTreeMap::is_empty"
    )]
    #[serde(deserialize_with = "crate::lenient::null_as_default")]
    pub trigger_steps: ::std::collections::BTreeMap<
        ::std::string::String,
        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    >,
    /// Merge the workflow's saved Studio run-setup defaults (request keys win). Deprecated since
    /// 2026-06-28: fire-time execution ignores saved defaults; put the values in `trigger_payload`
    /// and `trigger_steps` instead.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub use_run_setup_defaults: ::std::option::Option<bool>,
}

#[cfg(feature = "inbound_webhooks")]
impl InboundWebhookExtras {
    /// A `InboundWebhookExtras` with its required fields; the optional ones are set with the
    /// chained setters.
    pub fn new() -> Self {
        Self {
            excluded_step_ids: ::std::default::Default::default(),
            trigger_payload: ::std::default::Default::default(),
            trigger_steps: ::std::default::Default::default(),
            use_run_setup_defaults: ::std::option::Option::None,
        }
    }

    /// Sets `excluded_step_ids`: Steps that do not run for deliveries of this subscription.
    pub fn excluded_step_ids(
        mut self,
        value: impl ::std::iter::IntoIterator<
            Item = impl ::std::convert::Into<::std::string::String>,
        >,
    ) -> Self {
        self.excluded_step_ids = value
            .into_iter()
            .map(::std::convert::Into::into)
            .collect();
        self
    }

    /// Sets `trigger_payload`: Default input merged under the POST body; read in templates as
    /// `{{input.*}}`.
    ///
    /// # Panics
    ///
    /// When `value` is a JSON value other than an object (or `null`, the empty object).
    pub fn trigger_payload(
        mut self,
        value: impl ::std::convert::Into<crate::JsonObject>,
    ) -> Self {
        self.trigger_payload = value.into().expect_map("trigger_payload");
        self
    }

    /// Sets `trigger_steps`: Map keyed by step id. A key's presence grants entry to a
    /// `no_auto_start` step; its value overlays that step's input.
    pub fn trigger_steps(
        mut self,
        value: impl ::std::convert::Into<
            ::std::collections::BTreeMap<
                ::std::string::String,
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
            >,
        >,
    ) -> Self {
        self.trigger_steps = value.into();
        self
    }

    /// Sets `use_run_setup_defaults`: Merge the workflow's saved Studio run-setup defaults (request
    /// keys win). Deprecated since 2026-06-28: fire-time execution ignores saved defaults; put the
    /// values in `trigger_payload` and `trigger_steps` instead.
    pub fn use_run_setup_defaults(
        mut self,
        value: impl ::std::convert::Into<bool>,
    ) -> Self {
        self.use_run_setup_defaults = ::std::option::Option::Some(value.into());
        self
    }
}

/// One page of inbound webhook subscriptions.
#[cfg(feature = "inbound_webhooks")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct InboundWebhookPage {
    /// `items`: [`InboundWebhook`]. An inbound webhook subscription: a public ingress URL bound to
    /// one workflow.
    #[serde(deserialize_with = "crate::lenient::null_as_default")]
    pub items: ::std::vec::Vec<InboundWebhook>,
    /// Cursor for the next page (`page_token`); null on the last page.
    #[serde(deserialize_with = "::std::option::Option::deserialize")]
    pub next_page: ::std::option::Option<::std::string::String>,
}

/// Any JSON object sent by the third party. It becomes the run's `trigger_payload`.
#[cfg(feature = "inbound_webhooks")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
#[serde(transparent)]
pub struct InboundWebhookPayload(
    /// The value (the spec does not describe it).
    pub ::serde_json::Map<::std::string::String, ::serde_json::Value>,
);

#[cfg(feature = "inbound_webhooks")]
impl ::std::ops::Deref for InboundWebhookPayload {
    type Target = ::serde_json::Map<::std::string::String, ::serde_json::Value>;

    fn deref(&self) -> &::serde_json::Map<::std::string::String, ::serde_json::Value> {
        &self.0
    }
}

#[cfg(feature = "inbound_webhooks")]
impl ::std::convert::From<InboundWebhookPayload>
for ::serde_json::Map<::std::string::String, ::serde_json::Value> {
    fn from(value: InboundWebhookPayload) -> Self {
        value.0
    }
}

#[cfg(feature = "inbound_webhooks")]
impl ::std::convert::From<::serde_json::Map<::std::string::String, ::serde_json::Value>>
for InboundWebhookPayload {
    fn from(
        value: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    ) -> Self {
        Self(value)
    }
}

/// Request to update a subscription.
#[cfg(feature = "inbound_webhooks")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct InboundWebhookUpdate {
    /// `extras`: [`InboundWebhookExtras`]. Start parameters a subscription adds to every run its
    /// ingress starts.
    #[serde(deserialize_with = "crate::lenient::null_as_default")]
    pub extras: InboundWebhookExtras,
}

#[cfg(feature = "inbound_webhooks")]
impl InboundWebhookUpdate {
    /// A `InboundWebhookUpdate` with its required fields; the optional ones are set with the
    /// chained setters.
    ///
    /// - `extras`
    pub fn new(extras: impl ::std::convert::Into<InboundWebhookExtras>) -> Self {
        Self { extras: extras.into() }
    }
}

#[cfg(feature = "inbound_webhooks")]
impl crate::pagination::Page for InboundWebhookPage {
    type Item = InboundWebhook;

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

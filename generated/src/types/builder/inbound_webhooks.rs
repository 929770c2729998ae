// @generated struct builders of the `inbound_webhooks` area by agentruntime-generator 0.1.0. Do not edit by hand.
// Spec: spec/openapi.yaml (sha256 519ac2a915cd9c7a211905e5012ef39e9645387cfc93c6c8dc097895fccb21cc), OpenAPI 3.1.0, API version 1.0.0.
// Regenerate: cargo xtask regen

#![allow(clippy::all, clippy::pedantic)]
#[derive(Clone, Debug)]
pub struct InboundWebhook {
    created_at: ::std::result::Result<
        ::chrono::DateTime<::chrono::offset::Utc>,
        ::std::string::String,
    >,
    enabled: ::std::result::Result<bool, ::std::string::String>,
    extras: ::std::result::Result<
        ::std::option::Option<crate::types::InboundWebhookExtras>,
        ::std::string::String,
    >,
    id: ::std::result::Result<::std::string::String, ::std::string::String>,
    name: ::std::result::Result<::std::string::String, ::std::string::String>,
    project_id: ::std::result::Result<::std::string::String, ::std::string::String>,
    tenant_id: ::std::result::Result<::std::string::String, ::std::string::String>,
    updated_at: ::std::result::Result<
        ::chrono::DateTime<::chrono::offset::Utc>,
        ::std::string::String,
    >,
    workflow_id: ::std::result::Result<::std::string::String, ::std::string::String>,
}
impl ::std::default::Default for InboundWebhook {
    fn default() -> Self {
        Self {
            created_at: Err("no value supplied for created_at".to_string()),
            enabled: Err("no value supplied for enabled".to_string()),
            extras: Ok(Default::default()),
            id: Err("no value supplied for id".to_string()),
            name: Err("no value supplied for name".to_string()),
            project_id: Err("no value supplied for project_id".to_string()),
            tenant_id: Err("no value supplied for tenant_id".to_string()),
            updated_at: Err("no value supplied for updated_at".to_string()),
            workflow_id: Err("no value supplied for workflow_id".to_string()),
        }
    }
}
impl InboundWebhook {
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
    pub fn extras<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<
            ::std::option::Option<crate::types::InboundWebhookExtras>,
        >,
        T::Error: ::std::fmt::Display,
    {
        self.extras = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for extras: {e}"));
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
    pub fn tenant_id<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.tenant_id = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for tenant_id: {e}"));
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
impl ::std::convert::TryFrom<InboundWebhook> for crate::types::InboundWebhook {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: InboundWebhook,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self {
            created_at: value.created_at?,
            enabled: value.enabled?,
            extras: value.extras?,
            id: value.id?,
            name: value.name?,
            project_id: value.project_id?,
            tenant_id: value.tenant_id?,
            updated_at: value.updated_at?,
            workflow_id: value.workflow_id?,
        })
    }
}
impl ::std::convert::From<crate::types::InboundWebhook> for InboundWebhook {
    fn from(value: crate::types::InboundWebhook) -> Self {
        Self {
            created_at: Ok(value.created_at),
            enabled: Ok(value.enabled),
            extras: Ok(value.extras),
            id: Ok(value.id),
            name: Ok(value.name),
            project_id: Ok(value.project_id),
            tenant_id: Ok(value.tenant_id),
            updated_at: Ok(value.updated_at),
            workflow_id: Ok(value.workflow_id),
        }
    }
}
#[derive(Clone, Debug)]
pub struct InboundWebhookCreate {
    automation_bearer: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
    automation_pat_id: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
    extras: ::std::result::Result<
        ::std::option::Option<crate::types::InboundWebhookExtras>,
        ::std::string::String,
    >,
    name: ::std::result::Result<::std::string::String, ::std::string::String>,
    workflow_id: ::std::result::Result<::std::string::String, ::std::string::String>,
}
impl ::std::default::Default for InboundWebhookCreate {
    fn default() -> Self {
        Self {
            automation_bearer: Ok(Default::default()),
            automation_pat_id: Ok(Default::default()),
            extras: Ok(Default::default()),
            name: Err("no value supplied for name".to_string()),
            workflow_id: Err("no value supplied for workflow_id".to_string()),
        }
    }
}
impl InboundWebhookCreate {
    pub fn automation_bearer<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.automation_bearer = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for automation_bearer: {e}")
            });
        self
    }
    pub fn automation_pat_id<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.automation_pat_id = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for automation_pat_id: {e}")
            });
        self
    }
    pub fn extras<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<
            ::std::option::Option<crate::types::InboundWebhookExtras>,
        >,
        T::Error: ::std::fmt::Display,
    {
        self.extras = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for extras: {e}"));
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
impl ::std::convert::TryFrom<InboundWebhookCreate>
for crate::types::InboundWebhookCreate {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: InboundWebhookCreate,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self {
            automation_bearer: value.automation_bearer?,
            automation_pat_id: value.automation_pat_id?,
            extras: value.extras?,
            name: value.name?,
            workflow_id: value.workflow_id?,
        })
    }
}
impl ::std::convert::From<crate::types::InboundWebhookCreate> for InboundWebhookCreate {
    fn from(value: crate::types::InboundWebhookCreate) -> Self {
        Self {
            automation_bearer: Ok(value.automation_bearer),
            automation_pat_id: Ok(value.automation_pat_id),
            extras: Ok(value.extras),
            name: Ok(value.name),
            workflow_id: Ok(value.workflow_id),
        }
    }
}
#[derive(Clone, Debug)]
pub struct InboundWebhookCreated {
    ingress_path: ::std::result::Result<::std::string::String, ::std::string::String>,
    ingress_url: ::std::result::Result<::std::string::String, ::std::string::String>,
    signing_secret: ::std::result::Result<::std::string::String, ::std::string::String>,
    subscription: ::std::result::Result<
        crate::types::InboundWebhook,
        ::std::string::String,
    >,
}
impl ::std::default::Default for InboundWebhookCreated {
    fn default() -> Self {
        Self {
            ingress_path: Err("no value supplied for ingress_path".to_string()),
            ingress_url: Err("no value supplied for ingress_url".to_string()),
            signing_secret: Err("no value supplied for signing_secret".to_string()),
            subscription: Err("no value supplied for subscription".to_string()),
        }
    }
}
impl InboundWebhookCreated {
    pub fn ingress_path<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.ingress_path = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for ingress_path: {e}")
            });
        self
    }
    pub fn ingress_url<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.ingress_url = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for ingress_url: {e}")
            });
        self
    }
    pub fn signing_secret<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.signing_secret = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for signing_secret: {e}")
            });
        self
    }
    pub fn subscription<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<crate::types::InboundWebhook>,
        T::Error: ::std::fmt::Display,
    {
        self.subscription = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for subscription: {e}")
            });
        self
    }
}
impl ::std::convert::TryFrom<InboundWebhookCreated>
for crate::types::InboundWebhookCreated {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: InboundWebhookCreated,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self {
            ingress_path: value.ingress_path?,
            ingress_url: value.ingress_url?,
            signing_secret: value.signing_secret?,
            subscription: value.subscription?,
        })
    }
}
impl ::std::convert::From<crate::types::InboundWebhookCreated>
for InboundWebhookCreated {
    fn from(value: crate::types::InboundWebhookCreated) -> Self {
        Self {
            ingress_path: Ok(value.ingress_path),
            ingress_url: Ok(value.ingress_url),
            signing_secret: Ok(value.signing_secret),
            subscription: Ok(value.subscription),
        }
    }
}
#[derive(Clone, Debug)]
pub struct InboundWebhookDelivery {
    accepted: ::std::result::Result<bool, ::std::string::String>,
    delivery_id: ::std::result::Result<::std::string::String, ::std::string::String>,
    run_id: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
}
impl ::std::default::Default for InboundWebhookDelivery {
    fn default() -> Self {
        Self {
            accepted: Err("no value supplied for accepted".to_string()),
            delivery_id: Err("no value supplied for delivery_id".to_string()),
            run_id: Ok(Default::default()),
        }
    }
}
impl InboundWebhookDelivery {
    pub fn accepted<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<bool>,
        T::Error: ::std::fmt::Display,
    {
        self.accepted = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for accepted: {e}"));
        self
    }
    pub fn delivery_id<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.delivery_id = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for delivery_id: {e}")
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
}
impl ::std::convert::TryFrom<InboundWebhookDelivery>
for crate::types::InboundWebhookDelivery {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: InboundWebhookDelivery,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self {
            accepted: value.accepted?,
            delivery_id: value.delivery_id?,
            run_id: value.run_id?,
        })
    }
}
impl ::std::convert::From<crate::types::InboundWebhookDelivery>
for InboundWebhookDelivery {
    fn from(value: crate::types::InboundWebhookDelivery) -> Self {
        Self {
            accepted: Ok(value.accepted),
            delivery_id: Ok(value.delivery_id),
            run_id: Ok(value.run_id),
        }
    }
}
#[derive(Clone, Debug)]
pub struct InboundWebhookExtras {
    excluded_step_ids: ::std::result::Result<
        ::std::vec::Vec<::std::string::String>,
        ::std::string::String,
    >,
    trigger_payload: ::std::result::Result<
        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        ::std::string::String,
    >,
    trigger_steps: ::std::result::Result<
        ::std::collections::BTreeMap<
            ::std::string::String,
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        >,
        ::std::string::String,
    >,
    use_run_setup_defaults: ::std::result::Result<
        ::std::option::Option<bool>,
        ::std::string::String,
    >,
}
impl ::std::default::Default for InboundWebhookExtras {
    fn default() -> Self {
        Self {
            excluded_step_ids: Ok(Default::default()),
            trigger_payload: Ok(Default::default()),
            trigger_steps: Ok(Default::default()),
            use_run_setup_defaults: Ok(Default::default()),
        }
    }
}
impl InboundWebhookExtras {
    pub fn excluded_step_ids<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.excluded_step_ids = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for excluded_step_ids: {e}")
            });
        self
    }
    pub fn trigger_payload<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        >,
        T::Error: ::std::fmt::Display,
    {
        self.trigger_payload = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for trigger_payload: {e}")
            });
        self
    }
    pub fn trigger_steps<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<
            ::std::collections::BTreeMap<
                ::std::string::String,
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
            >,
        >,
        T::Error: ::std::fmt::Display,
    {
        self.trigger_steps = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for trigger_steps: {e}")
            });
        self
    }
    pub fn use_run_setup_defaults<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<bool>>,
        T::Error: ::std::fmt::Display,
    {
        self.use_run_setup_defaults = value
            .try_into()
            .map_err(|e| {
                format!(
                    "error converting supplied value for use_run_setup_defaults: {e}"
                )
            });
        self
    }
}
impl ::std::convert::TryFrom<InboundWebhookExtras>
for crate::types::InboundWebhookExtras {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: InboundWebhookExtras,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self {
            excluded_step_ids: value.excluded_step_ids?,
            trigger_payload: value.trigger_payload?,
            trigger_steps: value.trigger_steps?,
            use_run_setup_defaults: value.use_run_setup_defaults?,
        })
    }
}
impl ::std::convert::From<crate::types::InboundWebhookExtras> for InboundWebhookExtras {
    fn from(value: crate::types::InboundWebhookExtras) -> Self {
        Self {
            excluded_step_ids: Ok(value.excluded_step_ids),
            trigger_payload: Ok(value.trigger_payload),
            trigger_steps: Ok(value.trigger_steps),
            use_run_setup_defaults: Ok(value.use_run_setup_defaults),
        }
    }
}
#[derive(Clone, Debug)]
pub struct InboundWebhookPage {
    items: ::std::result::Result<
        ::std::vec::Vec<crate::types::InboundWebhook>,
        ::std::string::String,
    >,
    next_page: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
}
impl ::std::default::Default for InboundWebhookPage {
    fn default() -> Self {
        Self {
            items: Err("no value supplied for items".to_string()),
            next_page: Err("no value supplied for next_page".to_string()),
        }
    }
}
impl InboundWebhookPage {
    pub fn items<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::vec::Vec<crate::types::InboundWebhook>>,
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
impl ::std::convert::TryFrom<InboundWebhookPage> for crate::types::InboundWebhookPage {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: InboundWebhookPage,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self {
            items: value.items?,
            next_page: value.next_page?,
        })
    }
}
impl ::std::convert::From<crate::types::InboundWebhookPage> for InboundWebhookPage {
    fn from(value: crate::types::InboundWebhookPage) -> Self {
        Self {
            items: Ok(value.items),
            next_page: Ok(value.next_page),
        }
    }
}
#[derive(Clone, Debug)]
pub struct InboundWebhookUpdate {
    extras: ::std::result::Result<
        crate::types::InboundWebhookExtras,
        ::std::string::String,
    >,
}
impl ::std::default::Default for InboundWebhookUpdate {
    fn default() -> Self {
        Self {
            extras: Err("no value supplied for extras".to_string()),
        }
    }
}
impl InboundWebhookUpdate {
    pub fn extras<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<crate::types::InboundWebhookExtras>,
        T::Error: ::std::fmt::Display,
    {
        self.extras = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for extras: {e}"));
        self
    }
}
impl ::std::convert::TryFrom<InboundWebhookUpdate>
for crate::types::InboundWebhookUpdate {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: InboundWebhookUpdate,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self { extras: value.extras? })
    }
}
impl ::std::convert::From<crate::types::InboundWebhookUpdate> for InboundWebhookUpdate {
    fn from(value: crate::types::InboundWebhookUpdate) -> Self {
        Self { extras: Ok(value.extras) }
    }
}

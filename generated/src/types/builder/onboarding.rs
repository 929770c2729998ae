// @generated struct builders of the `onboarding` area by agentruntime-generator 0.1.0. Do not edit by hand.
// Spec: spec/openapi.yaml (sha256 519ac2a915cd9c7a211905e5012ef39e9645387cfc93c6c8dc097895fccb21cc), OpenAPI 3.1.0, API version 1.0.0.
// Regenerate: cargo xtask regen

#![allow(clippy::all, clippy::pedantic)]
#[derive(Clone, Debug)]
pub struct OnboardingInvite {
    code: ::std::result::Result<::std::string::String, ::std::string::String>,
    email: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
    expires_at: ::std::result::Result<
        ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        ::std::string::String,
    >,
    role: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
    tenant_id: ::std::result::Result<::std::string::String, ::std::string::String>,
    tenant_name: ::std::result::Result<::std::string::String, ::std::string::String>,
}
impl ::std::default::Default for OnboardingInvite {
    fn default() -> Self {
        Self {
            code: Err("no value supplied for code".to_string()),
            email: Ok(Default::default()),
            expires_at: Ok(Default::default()),
            role: Ok(Default::default()),
            tenant_id: Err("no value supplied for tenant_id".to_string()),
            tenant_name: Err("no value supplied for tenant_name".to_string()),
        }
    }
}
impl OnboardingInvite {
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
    pub fn role<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.role = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for role: {e}"));
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
    pub fn tenant_name<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.tenant_name = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for tenant_name: {e}")
            });
        self
    }
}
impl ::std::convert::TryFrom<OnboardingInvite> for crate::types::OnboardingInvite {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: OnboardingInvite,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self {
            code: value.code?,
            email: value.email?,
            expires_at: value.expires_at?,
            role: value.role?,
            tenant_id: value.tenant_id?,
            tenant_name: value.tenant_name?,
        })
    }
}
impl ::std::convert::From<crate::types::OnboardingInvite> for OnboardingInvite {
    fn from(value: crate::types::OnboardingInvite) -> Self {
        Self {
            code: Ok(value.code),
            email: Ok(value.email),
            expires_at: Ok(value.expires_at),
            role: Ok(value.role),
            tenant_id: Ok(value.tenant_id),
            tenant_name: Ok(value.tenant_name),
        }
    }
}
#[derive(Clone, Debug)]
pub struct OnboardingSetupStatus {
    completed: ::std::result::Result<bool, ::std::string::String>,
    completed_at: ::std::result::Result<
        ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        ::std::string::String,
    >,
    steps: ::std::result::Result<
        ::std::vec::Vec<crate::types::OnboardingSetupStep>,
        ::std::string::String,
    >,
}
impl ::std::default::Default for OnboardingSetupStatus {
    fn default() -> Self {
        Self {
            completed: Err("no value supplied for completed".to_string()),
            completed_at: Ok(Default::default()),
            steps: Err("no value supplied for steps".to_string()),
        }
    }
}
impl OnboardingSetupStatus {
    pub fn completed<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<bool>,
        T::Error: ::std::fmt::Display,
    {
        self.completed = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for completed: {e}"));
        self
    }
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
    pub fn steps<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::vec::Vec<crate::types::OnboardingSetupStep>>,
        T::Error: ::std::fmt::Display,
    {
        self.steps = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for steps: {e}"));
        self
    }
}
impl ::std::convert::TryFrom<OnboardingSetupStatus>
for crate::types::OnboardingSetupStatus {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: OnboardingSetupStatus,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self {
            completed: value.completed?,
            completed_at: value.completed_at?,
            steps: value.steps?,
        })
    }
}
impl ::std::convert::From<crate::types::OnboardingSetupStatus>
for OnboardingSetupStatus {
    fn from(value: crate::types::OnboardingSetupStatus) -> Self {
        Self {
            completed: Ok(value.completed),
            completed_at: Ok(value.completed_at),
            steps: Ok(value.steps),
        }
    }
}
#[derive(Clone, Debug)]
pub struct OnboardingSetupStep {
    completed: ::std::result::Result<bool, ::std::string::String>,
    completed_at: ::std::result::Result<
        ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        ::std::string::String,
    >,
    id: ::std::result::Result<::std::string::String, ::std::string::String>,
    title: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
}
impl ::std::default::Default for OnboardingSetupStep {
    fn default() -> Self {
        Self {
            completed: Err("no value supplied for completed".to_string()),
            completed_at: Ok(Default::default()),
            id: Err("no value supplied for id".to_string()),
            title: Ok(Default::default()),
        }
    }
}
impl OnboardingSetupStep {
    pub fn completed<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<bool>,
        T::Error: ::std::fmt::Display,
    {
        self.completed = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for completed: {e}"));
        self
    }
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
impl ::std::convert::TryFrom<OnboardingSetupStep> for crate::types::OnboardingSetupStep {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: OnboardingSetupStep,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self {
            completed: value.completed?,
            completed_at: value.completed_at?,
            id: value.id?,
            title: value.title?,
        })
    }
}
impl ::std::convert::From<crate::types::OnboardingSetupStep> for OnboardingSetupStep {
    fn from(value: crate::types::OnboardingSetupStep) -> Self {
        Self {
            completed: Ok(value.completed),
            completed_at: Ok(value.completed_at),
            id: Ok(value.id),
            title: Ok(value.title),
        }
    }
}
#[derive(Clone, Debug)]
pub struct OnboardingTenantCodeAvailability {
    available: ::std::result::Result<bool, ::std::string::String>,
    code: ::std::result::Result<::std::string::String, ::std::string::String>,
    reason: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
}
impl ::std::default::Default for OnboardingTenantCodeAvailability {
    fn default() -> Self {
        Self {
            available: Err("no value supplied for available".to_string()),
            code: Err("no value supplied for code".to_string()),
            reason: Ok(Default::default()),
        }
    }
}
impl OnboardingTenantCodeAvailability {
    pub fn available<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<bool>,
        T::Error: ::std::fmt::Display,
    {
        self.available = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for available: {e}"));
        self
    }
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
}
impl ::std::convert::TryFrom<OnboardingTenantCodeAvailability>
for crate::types::OnboardingTenantCodeAvailability {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: OnboardingTenantCodeAvailability,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self {
            available: value.available?,
            code: value.code?,
            reason: value.reason?,
        })
    }
}
impl ::std::convert::From<crate::types::OnboardingTenantCodeAvailability>
for OnboardingTenantCodeAvailability {
    fn from(value: crate::types::OnboardingTenantCodeAvailability) -> Self {
        Self {
            available: Ok(value.available),
            code: Ok(value.code),
            reason: Ok(value.reason),
        }
    }
}
#[derive(Clone, Debug)]
pub struct OnboardingWorkspace {
    created_at: ::std::result::Result<
        ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        ::std::string::String,
    >,
    default_project_id: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
    name: ::std::result::Result<::std::string::String, ::std::string::String>,
    product_code: ::std::result::Result<::std::string::String, ::std::string::String>,
    tenant_id: ::std::result::Result<::std::string::String, ::std::string::String>,
    trial_started: ::std::result::Result<
        ::std::option::Option<bool>,
        ::std::string::String,
    >,
}
impl ::std::default::Default for OnboardingWorkspace {
    fn default() -> Self {
        Self {
            created_at: Ok(Default::default()),
            default_project_id: Ok(Default::default()),
            name: Err("no value supplied for name".to_string()),
            product_code: Err("no value supplied for product_code".to_string()),
            tenant_id: Err("no value supplied for tenant_id".to_string()),
            trial_started: Ok(Default::default()),
        }
    }
}
impl OnboardingWorkspace {
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
    pub fn default_project_id<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.default_project_id = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for default_project_id: {e}")
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
    pub fn product_code<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.product_code = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for product_code: {e}")
            });
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
    pub fn trial_started<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<bool>>,
        T::Error: ::std::fmt::Display,
    {
        self.trial_started = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for trial_started: {e}")
            });
        self
    }
}
impl ::std::convert::TryFrom<OnboardingWorkspace> for crate::types::OnboardingWorkspace {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: OnboardingWorkspace,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self {
            created_at: value.created_at?,
            default_project_id: value.default_project_id?,
            name: value.name?,
            product_code: value.product_code?,
            tenant_id: value.tenant_id?,
            trial_started: value.trial_started?,
        })
    }
}
impl ::std::convert::From<crate::types::OnboardingWorkspace> for OnboardingWorkspace {
    fn from(value: crate::types::OnboardingWorkspace) -> Self {
        Self {
            created_at: Ok(value.created_at),
            default_project_id: Ok(value.default_project_id),
            name: Ok(value.name),
            product_code: Ok(value.product_code),
            tenant_id: Ok(value.tenant_id),
            trial_started: Ok(value.trial_started),
        }
    }
}
#[derive(Clone, Debug)]
pub struct OnboardingWorkspaceCreate {
    name: ::std::result::Result<::std::string::String, ::std::string::String>,
    tenant_code: ::std::result::Result<::std::string::String, ::std::string::String>,
}
impl ::std::default::Default for OnboardingWorkspaceCreate {
    fn default() -> Self {
        Self {
            name: Err("no value supplied for name".to_string()),
            tenant_code: Err("no value supplied for tenant_code".to_string()),
        }
    }
}
impl OnboardingWorkspaceCreate {
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
    pub fn tenant_code<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.tenant_code = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for tenant_code: {e}")
            });
        self
    }
}
impl ::std::convert::TryFrom<OnboardingWorkspaceCreate>
for crate::types::OnboardingWorkspaceCreate {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: OnboardingWorkspaceCreate,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self {
            name: value.name?,
            tenant_code: value.tenant_code?,
        })
    }
}
impl ::std::convert::From<crate::types::OnboardingWorkspaceCreate>
for OnboardingWorkspaceCreate {
    fn from(value: crate::types::OnboardingWorkspaceCreate) -> Self {
        Self {
            name: Ok(value.name),
            tenant_code: Ok(value.tenant_code),
        }
    }
}
#[derive(Clone, Debug)]
pub struct OnboardingWorkspaceUpdate {
    name: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
}
impl ::std::default::Default for OnboardingWorkspaceUpdate {
    fn default() -> Self {
        Self {
            name: Ok(Default::default()),
        }
    }
}
impl OnboardingWorkspaceUpdate {
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
impl ::std::convert::TryFrom<OnboardingWorkspaceUpdate>
for crate::types::OnboardingWorkspaceUpdate {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: OnboardingWorkspaceUpdate,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self { name: value.name? })
    }
}
impl ::std::convert::From<crate::types::OnboardingWorkspaceUpdate>
for OnboardingWorkspaceUpdate {
    fn from(value: crate::types::OnboardingWorkspaceUpdate) -> Self {
        Self { name: Ok(value.name) }
    }
}

// @generated types of the `onboarding` area by agentruntime-generator 0.1.0. Do not edit by hand.
// Spec: spec/openapi.yaml (sha256 aab3041a7d360a69e58dfceca5f9a2bffcbf688e5ad868463978c58def134800), OpenAPI 3.1.0, API version 1.0.0.
// Regenerate: cargo xtask regen

#![allow(clippy::all, clippy::pedantic)]
#[allow(unused_imports)]
use super::*;

/// A valid invite and the workspace it invites to.
#[cfg(feature = "onboarding")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct OnboardingInvite {
    /// `code` (the spec does not describe it).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub code: ::std::option::Option<::std::string::String>,
    /// Address the invite was sent to; null for open invite links.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub email: ::std::option::Option<::std::string::String>,
    /// When the invite expires; null when it does not expire.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub expires_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
    /// Workspace role the invitee receives.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub role: ::std::option::Option<::std::string::String>,
    /// Workspace slug (the `X-Tenant-Id` value).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub tenant_id: ::std::option::Option<::std::string::String>,
    /// Workspace display name.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub tenant_name: ::std::option::Option<::std::string::String>,
}

/// The setup checklist and whether setup is complete.
#[cfg(feature = "onboarding")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct OnboardingSetupStatus {
    /// Whether setup was marked complete.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub completed: ::std::option::Option<bool>,
    /// When setup was marked complete; null before.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub completed_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
    /// The checklist's steps, in display order.
    #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
    #[serde(deserialize_with = "crate::lenient::null_as_default")]
    pub steps: ::std::vec::Vec<OnboardingSetupStep>,
}

/// One step of the setup checklist.
#[cfg(feature = "onboarding")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct OnboardingSetupStep {
    /// Whether the user has taken the step.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub completed: ::std::option::Option<bool>,
    /// When the step was done; null while open.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub completed_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
    /// Stable step id (for example `connect_integration`).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub id: ::std::option::Option<::std::string::String>,
    /// Human-readable step title.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub title: ::std::option::Option<::std::string::String>,
}

/// Whether a workspace code is free.
#[cfg(feature = "onboarding")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct OnboardingTenantCodeAvailability {
    /// `available` (the spec does not describe it).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub available: ::std::option::Option<bool>,
    /// The code that was checked.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub code: ::std::option::Option<::std::string::String>,
    /// Why the code cannot be used, when `available` is false (taken, reserved, malformed).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub reason: ::std::option::Option<::std::string::String>,
}

/// A workspace created through onboarding.
#[cfg(feature = "onboarding")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct OnboardingWorkspace {
    /// `created_at` (the spec does not describe it).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub created_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
    /// Project created with the workspace, if any.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub default_project_id: ::std::option::Option<::std::string::String>,
    /// Workspace display name.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
    /// Product the workspace belongs to, stamped from the host (for example `agentruntime`).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub product_code: ::std::option::Option<::std::string::String>,
    /// Workspace slug (the `X-Tenant-Id` value).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub tenant_id: ::std::option::Option<::std::string::String>,
    /// Whether provisioning started the default plan's trial.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub trial_started: ::std::option::Option<bool>,
}

/// Request body to create and provision a workspace.
#[cfg(feature = "onboarding")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct OnboardingWorkspaceCreate {
    /// Workspace display name.
    pub name: ::std::string::String,
    /// Workspace code (slug); becomes the `X-Tenant-Id` value. Check it first with
    /// `check_tenant_code_availability`.
    pub tenant_code: ::std::string::String,
}

#[cfg(feature = "onboarding")]
impl OnboardingWorkspaceCreate {
    /// A `OnboardingWorkspaceCreate` with its required fields; the optional ones are set with the
    /// chained setters.
    ///
    /// - `name`: Workspace display name.
    /// - `tenant_code`: Workspace code (slug); becomes the `X-Tenant-Id` value. Check it first with
    ///   `check_tenant_code_availability`.
    pub fn new(
        name: impl ::std::convert::Into<::std::string::String>,
        tenant_code: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            name: name.into(),
            tenant_code: tenant_code.into(),
        }
    }
}

/// Request body to update the workspace being onboarded.
#[cfg(feature = "onboarding")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct OnboardingWorkspaceUpdate {
    /// New workspace display name.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
}

#[cfg(feature = "onboarding")]
impl OnboardingWorkspaceUpdate {
    /// A `OnboardingWorkspaceUpdate` with its required fields; the optional ones are set with the
    /// chained setters.
    pub fn new() -> Self {
        Self {
            name: ::std::option::Option::None,
        }
    }

    /// Sets `name`: New workspace display name.
    pub fn name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.name = ::std::option::Option::Some(value.into());
        self
    }
}

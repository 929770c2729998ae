// @generated types of the `auth` area by agentruntime-generator 0.1.0. Do not edit by hand.
// Spec: spec/openapi.yaml (sha256 aab3041a7d360a69e58dfceca5f9a2bffcbf688e5ad868463978c58def134800), OpenAPI 3.1.0, API version 1.0.0.
// Regenerate: cargo xtask regen

#![allow(clippy::all, clippy::pedantic)]
#[allow(unused_imports)]
use super::*;

/// Request body to change the signed-in user's password.
#[cfg(feature = "auth")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct AuthChangePasswordRequest {
    /// `current_password` (the spec does not describe it).
    pub current_password: crate::Secret,
    /// `new_password` (the spec does not describe it).
    pub new_password: crate::Secret,
}

#[cfg(feature = "auth")]
impl AuthChangePasswordRequest {
    /// A `AuthChangePasswordRequest` with its required fields; the optional ones are set with the
    /// chained setters.
    ///
    /// - `current_password`
    /// - `new_password`
    pub fn new(
        current_password: impl ::std::convert::Into<crate::Secret>,
        new_password: impl ::std::convert::Into<crate::Secret>,
    ) -> Self {
        Self {
            current_password: current_password.into(),
            new_password: new_password.into(),
        }
    }
}

/// Request body naming an email address (resend verification, forgot password).
#[cfg(feature = "auth")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct AuthEmailRequest {
    /// `email` (the spec does not describe it).
    pub email: ::std::string::String,
}

#[cfg(feature = "auth")]
impl AuthEmailRequest {
    /// A `AuthEmailRequest` with its required fields; the optional ones are set with the chained
    /// setters.
    ///
    /// - `email`
    pub fn new(email: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self { email: email.into() }
    }
}

/// Request body to sign in with a Google One Tap credential.
#[cfg(feature = "auth")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct AuthGoogleOneTapRequest {
    /// `credential` (the spec does not describe it).
    pub credential: crate::Secret,
    /// Referral code to redeem when the Google account signs up.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub referral_code: ::std::option::Option<::std::string::String>,
}

#[cfg(feature = "auth")]
impl AuthGoogleOneTapRequest {
    /// A `AuthGoogleOneTapRequest` with its required fields; the optional ones are set with the
    /// chained setters.
    ///
    /// - `credential`
    pub fn new(credential: impl ::std::convert::Into<crate::Secret>) -> Self {
        Self {
            credential: credential.into(),
            referral_code: ::std::option::Option::None,
        }
    }

    /// Sets `referral_code`: Referral code to redeem when the Google account signs up.
    pub fn referral_code(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.referral_code = ::std::option::Option::Some(value.into());
        self
    }
}

/// Request body to sign in with email and password.
#[cfg(feature = "auth")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct AuthLoginRequest {
    /// `email` (the spec does not describe it).
    pub email: ::std::string::String,
    /// `password` (the spec does not describe it).
    pub password: crate::Secret,
}

#[cfg(feature = "auth")]
impl AuthLoginRequest {
    /// A `AuthLoginRequest` with its required fields; the optional ones are set with the chained
    /// setters.
    ///
    /// - `email`
    /// - `password`
    pub fn new(
        email: impl ::std::convert::Into<::std::string::String>,
        password: impl ::std::convert::Into<crate::Secret>,
    ) -> Self {
        Self {
            email: email.into(),
            password: password.into(),
        }
    }
}

/// Request body to complete Google sign-in with what Google's redirect carried.
#[cfg(feature = "auth")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct AuthOAuthCallback {
    /// Authorization code from Google's redirect.
    pub code: ::std::string::String,
    /// The `state` from Google's redirect.
    pub state: ::std::string::String,
}

#[cfg(feature = "auth")]
impl AuthOAuthCallback {
    /// A `AuthOAuthCallback` with its required fields; the optional ones are set with the chained
    /// setters.
    ///
    /// - `code`: Authorization code from Google's redirect.
    /// - `state`: The `state` from Google's redirect.
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

/// The start of a Google OAuth sign-in.
#[cfg(feature = "auth")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct AuthOAuthStart {
    /// Google authorization URL to send the browser to.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub authorization_url: ::std::option::Option<::std::string::String>,
    /// Anti-forgery state; pass it back to `complete_google_oauth` unchanged.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub state: ::std::option::Option<::std::string::String>,
}

/// Request body to set a new password with a reset token.
#[cfg(feature = "auth")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct AuthResetPasswordRequest {
    /// `new_password` (the spec does not describe it).
    pub new_password: crate::Secret,
    /// `token` (the spec does not describe it).
    pub token: crate::Secret,
}

#[cfg(feature = "auth")]
impl AuthResetPasswordRequest {
    /// A `AuthResetPasswordRequest` with its required fields; the optional ones are set with the
    /// chained setters.
    ///
    /// - `token`
    /// - `new_password`
    pub fn new(
        token: impl ::std::convert::Into<crate::Secret>,
        new_password: impl ::std::convert::Into<crate::Secret>,
    ) -> Self {
        Self {
            token: token.into(),
            new_password: new_password.into(),
        }
    }
}

/// The signed-in user's session.
#[cfg(feature = "auth")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct AuthSession {
    /// When the session expires unless refreshed (the Console refreshes it automatically).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub expires_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
    /// `user`: [`AuthUser`]. A user account.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub user: ::std::option::Option<AuthUser>,
}

/// Request body to sign up with email and password.
#[cfg(feature = "auth")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct AuthSignupRequest {
    /// `email` (the spec does not describe it).
    pub email: ::std::string::String,
    /// Invite code (see `validate_onboarding_invite`) that joins the inviting workspace.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub invite_code: ::std::option::Option<::std::string::String>,
    /// Display name.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
    /// `password` (the spec does not describe it).
    pub password: crate::Secret,
    /// Referral code that redeems bonus credits.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub referral_code: ::std::option::Option<::std::string::String>,
}

#[cfg(feature = "auth")]
impl AuthSignupRequest {
    /// A `AuthSignupRequest` with its required fields; the optional ones are set with the chained
    /// setters.
    ///
    /// - `email`
    /// - `password`
    pub fn new(
        email: impl ::std::convert::Into<::std::string::String>,
        password: impl ::std::convert::Into<crate::Secret>,
    ) -> Self {
        Self {
            email: email.into(),
            password: password.into(),
            invite_code: ::std::option::Option::None,
            name: ::std::option::Option::None,
            referral_code: ::std::option::Option::None,
        }
    }

    /// Sets `invite_code`: Invite code (see `validate_onboarding_invite`) that joins the inviting
    /// workspace.
    pub fn invite_code(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.invite_code = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `name`: Display name.
    pub fn name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.name = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `referral_code`: Referral code that redeems bonus credits.
    pub fn referral_code(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.referral_code = ::std::option::Option::Some(value.into());
        self
    }
}

/// The created account.
#[cfg(feature = "auth")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct AuthSignupResult {
    /// `user`: [`AuthUser`]. A user account.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub user: ::std::option::Option<AuthUser>,
    /// Whether the user must verify the email address before signing in.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub verification_required: ::std::option::Option<bool>,
}

/// A user account.
#[cfg(feature = "auth")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct AuthUser {
    /// `email` (the spec does not describe it).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub email: ::std::option::Option<::std::string::String>,
    /// Whether the email address has been verified.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub email_verified: ::std::option::Option<bool>,
    /// `id` (the spec does not describe it).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub id: ::std::option::Option<::std::string::String>,
    /// Display name.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
}

/// Request body to verify an email address.
#[cfg(feature = "auth")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct AuthVerifyEmailRequest {
    /// `token` (the spec does not describe it).
    pub token: crate::Secret,
}

#[cfg(feature = "auth")]
impl AuthVerifyEmailRequest {
    /// A `AuthVerifyEmailRequest` with its required fields; the optional ones are set with the
    /// chained setters.
    ///
    /// - `token`
    pub fn new(token: impl ::std::convert::Into<crate::Secret>) -> Self {
        Self { token: token.into() }
    }
}

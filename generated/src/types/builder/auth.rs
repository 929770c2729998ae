// @generated struct builders of the `auth` area by agentruntime-generator 0.1.0. Do not edit by hand.
// Spec: spec/openapi.yaml (sha256 519ac2a915cd9c7a211905e5012ef39e9645387cfc93c6c8dc097895fccb21cc), OpenAPI 3.1.0, API version 1.0.0.
// Regenerate: cargo xtask regen

#![allow(clippy::all, clippy::pedantic)]
#[derive(Clone, Debug)]
pub struct AuthChangePasswordRequest {
    current_password: ::std::result::Result<
        ::std::string::String,
        ::std::string::String,
    >,
    new_password: ::std::result::Result<::std::string::String, ::std::string::String>,
}
impl ::std::default::Default for AuthChangePasswordRequest {
    fn default() -> Self {
        Self {
            current_password: Err("no value supplied for current_password".to_string()),
            new_password: Err("no value supplied for new_password".to_string()),
        }
    }
}
impl AuthChangePasswordRequest {
    pub fn current_password<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.current_password = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for current_password: {e}")
            });
        self
    }
    pub fn new_password<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.new_password = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for new_password: {e}")
            });
        self
    }
}
impl ::std::convert::TryFrom<AuthChangePasswordRequest>
for crate::types::AuthChangePasswordRequest {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: AuthChangePasswordRequest,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self {
            current_password: value.current_password?,
            new_password: value.new_password?,
        })
    }
}
impl ::std::convert::From<crate::types::AuthChangePasswordRequest>
for AuthChangePasswordRequest {
    fn from(value: crate::types::AuthChangePasswordRequest) -> Self {
        Self {
            current_password: Ok(value.current_password),
            new_password: Ok(value.new_password),
        }
    }
}
#[derive(Clone, Debug)]
pub struct AuthEmailRequest {
    email: ::std::result::Result<::std::string::String, ::std::string::String>,
}
impl ::std::default::Default for AuthEmailRequest {
    fn default() -> Self {
        Self {
            email: Err("no value supplied for email".to_string()),
        }
    }
}
impl AuthEmailRequest {
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
}
impl ::std::convert::TryFrom<AuthEmailRequest> for crate::types::AuthEmailRequest {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: AuthEmailRequest,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self { email: value.email? })
    }
}
impl ::std::convert::From<crate::types::AuthEmailRequest> for AuthEmailRequest {
    fn from(value: crate::types::AuthEmailRequest) -> Self {
        Self { email: Ok(value.email) }
    }
}
#[derive(Clone, Debug)]
pub struct AuthGoogleOneTapRequest {
    credential: ::std::result::Result<::std::string::String, ::std::string::String>,
    referral_code: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
}
impl ::std::default::Default for AuthGoogleOneTapRequest {
    fn default() -> Self {
        Self {
            credential: Err("no value supplied for credential".to_string()),
            referral_code: Ok(Default::default()),
        }
    }
}
impl AuthGoogleOneTapRequest {
    pub fn credential<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.credential = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for credential: {e}"));
        self
    }
    pub fn referral_code<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.referral_code = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for referral_code: {e}")
            });
        self
    }
}
impl ::std::convert::TryFrom<AuthGoogleOneTapRequest>
for crate::types::AuthGoogleOneTapRequest {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: AuthGoogleOneTapRequest,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self {
            credential: value.credential?,
            referral_code: value.referral_code?,
        })
    }
}
impl ::std::convert::From<crate::types::AuthGoogleOneTapRequest>
for AuthGoogleOneTapRequest {
    fn from(value: crate::types::AuthGoogleOneTapRequest) -> Self {
        Self {
            credential: Ok(value.credential),
            referral_code: Ok(value.referral_code),
        }
    }
}
#[derive(Clone, Debug)]
pub struct AuthLoginRequest {
    email: ::std::result::Result<::std::string::String, ::std::string::String>,
    password: ::std::result::Result<::std::string::String, ::std::string::String>,
}
impl ::std::default::Default for AuthLoginRequest {
    fn default() -> Self {
        Self {
            email: Err("no value supplied for email".to_string()),
            password: Err("no value supplied for password".to_string()),
        }
    }
}
impl AuthLoginRequest {
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
    pub fn password<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.password = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for password: {e}"));
        self
    }
}
impl ::std::convert::TryFrom<AuthLoginRequest> for crate::types::AuthLoginRequest {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: AuthLoginRequest,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self {
            email: value.email?,
            password: value.password?,
        })
    }
}
impl ::std::convert::From<crate::types::AuthLoginRequest> for AuthLoginRequest {
    fn from(value: crate::types::AuthLoginRequest) -> Self {
        Self {
            email: Ok(value.email),
            password: Ok(value.password),
        }
    }
}
#[derive(Clone, Debug)]
pub struct AuthOAuthCallback {
    code: ::std::result::Result<::std::string::String, ::std::string::String>,
    state: ::std::result::Result<::std::string::String, ::std::string::String>,
}
impl ::std::default::Default for AuthOAuthCallback {
    fn default() -> Self {
        Self {
            code: Err("no value supplied for code".to_string()),
            state: Err("no value supplied for state".to_string()),
        }
    }
}
impl AuthOAuthCallback {
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
impl ::std::convert::TryFrom<AuthOAuthCallback> for crate::types::AuthOAuthCallback {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: AuthOAuthCallback,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self {
            code: value.code?,
            state: value.state?,
        })
    }
}
impl ::std::convert::From<crate::types::AuthOAuthCallback> for AuthOAuthCallback {
    fn from(value: crate::types::AuthOAuthCallback) -> Self {
        Self {
            code: Ok(value.code),
            state: Ok(value.state),
        }
    }
}
#[derive(Clone, Debug)]
pub struct AuthOAuthStart {
    authorization_url: ::std::result::Result<
        ::std::string::String,
        ::std::string::String,
    >,
    state: ::std::result::Result<::std::string::String, ::std::string::String>,
}
impl ::std::default::Default for AuthOAuthStart {
    fn default() -> Self {
        Self {
            authorization_url: Err(
                "no value supplied for authorization_url".to_string(),
            ),
            state: Err("no value supplied for state".to_string()),
        }
    }
}
impl AuthOAuthStart {
    pub fn authorization_url<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.authorization_url = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for authorization_url: {e}")
            });
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
impl ::std::convert::TryFrom<AuthOAuthStart> for crate::types::AuthOAuthStart {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: AuthOAuthStart,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self {
            authorization_url: value.authorization_url?,
            state: value.state?,
        })
    }
}
impl ::std::convert::From<crate::types::AuthOAuthStart> for AuthOAuthStart {
    fn from(value: crate::types::AuthOAuthStart) -> Self {
        Self {
            authorization_url: Ok(value.authorization_url),
            state: Ok(value.state),
        }
    }
}
#[derive(Clone, Debug)]
pub struct AuthResetPasswordRequest {
    new_password: ::std::result::Result<::std::string::String, ::std::string::String>,
    token: ::std::result::Result<::std::string::String, ::std::string::String>,
}
impl ::std::default::Default for AuthResetPasswordRequest {
    fn default() -> Self {
        Self {
            new_password: Err("no value supplied for new_password".to_string()),
            token: Err("no value supplied for token".to_string()),
        }
    }
}
impl AuthResetPasswordRequest {
    pub fn new_password<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.new_password = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for new_password: {e}")
            });
        self
    }
    pub fn token<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.token = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for token: {e}"));
        self
    }
}
impl ::std::convert::TryFrom<AuthResetPasswordRequest>
for crate::types::AuthResetPasswordRequest {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: AuthResetPasswordRequest,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self {
            new_password: value.new_password?,
            token: value.token?,
        })
    }
}
impl ::std::convert::From<crate::types::AuthResetPasswordRequest>
for AuthResetPasswordRequest {
    fn from(value: crate::types::AuthResetPasswordRequest) -> Self {
        Self {
            new_password: Ok(value.new_password),
            token: Ok(value.token),
        }
    }
}
#[derive(Clone, Debug)]
pub struct AuthSession {
    expires_at: ::std::result::Result<
        ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        ::std::string::String,
    >,
    user: ::std::result::Result<crate::types::AuthUser, ::std::string::String>,
}
impl ::std::default::Default for AuthSession {
    fn default() -> Self {
        Self {
            expires_at: Ok(Default::default()),
            user: Err("no value supplied for user".to_string()),
        }
    }
}
impl AuthSession {
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
    pub fn user<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<crate::types::AuthUser>,
        T::Error: ::std::fmt::Display,
    {
        self.user = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for user: {e}"));
        self
    }
}
impl ::std::convert::TryFrom<AuthSession> for crate::types::AuthSession {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: AuthSession,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self {
            expires_at: value.expires_at?,
            user: value.user?,
        })
    }
}
impl ::std::convert::From<crate::types::AuthSession> for AuthSession {
    fn from(value: crate::types::AuthSession) -> Self {
        Self {
            expires_at: Ok(value.expires_at),
            user: Ok(value.user),
        }
    }
}
#[derive(Clone, Debug)]
pub struct AuthSignupRequest {
    email: ::std::result::Result<::std::string::String, ::std::string::String>,
    invite_code: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
    name: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
    password: ::std::result::Result<::std::string::String, ::std::string::String>,
    referral_code: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
}
impl ::std::default::Default for AuthSignupRequest {
    fn default() -> Self {
        Self {
            email: Err("no value supplied for email".to_string()),
            invite_code: Ok(Default::default()),
            name: Ok(Default::default()),
            password: Err("no value supplied for password".to_string()),
            referral_code: Ok(Default::default()),
        }
    }
}
impl AuthSignupRequest {
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
    pub fn invite_code<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.invite_code = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for invite_code: {e}")
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
    pub fn password<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.password = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for password: {e}"));
        self
    }
    pub fn referral_code<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.referral_code = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for referral_code: {e}")
            });
        self
    }
}
impl ::std::convert::TryFrom<AuthSignupRequest> for crate::types::AuthSignupRequest {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: AuthSignupRequest,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self {
            email: value.email?,
            invite_code: value.invite_code?,
            name: value.name?,
            password: value.password?,
            referral_code: value.referral_code?,
        })
    }
}
impl ::std::convert::From<crate::types::AuthSignupRequest> for AuthSignupRequest {
    fn from(value: crate::types::AuthSignupRequest) -> Self {
        Self {
            email: Ok(value.email),
            invite_code: Ok(value.invite_code),
            name: Ok(value.name),
            password: Ok(value.password),
            referral_code: Ok(value.referral_code),
        }
    }
}
#[derive(Clone, Debug)]
pub struct AuthSignupResult {
    user: ::std::result::Result<crate::types::AuthUser, ::std::string::String>,
    verification_required: ::std::result::Result<bool, ::std::string::String>,
}
impl ::std::default::Default for AuthSignupResult {
    fn default() -> Self {
        Self {
            user: Err("no value supplied for user".to_string()),
            verification_required: Err(
                "no value supplied for verification_required".to_string(),
            ),
        }
    }
}
impl AuthSignupResult {
    pub fn user<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<crate::types::AuthUser>,
        T::Error: ::std::fmt::Display,
    {
        self.user = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for user: {e}"));
        self
    }
    pub fn verification_required<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<bool>,
        T::Error: ::std::fmt::Display,
    {
        self.verification_required = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for verification_required: {e}")
            });
        self
    }
}
impl ::std::convert::TryFrom<AuthSignupResult> for crate::types::AuthSignupResult {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: AuthSignupResult,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self {
            user: value.user?,
            verification_required: value.verification_required?,
        })
    }
}
impl ::std::convert::From<crate::types::AuthSignupResult> for AuthSignupResult {
    fn from(value: crate::types::AuthSignupResult) -> Self {
        Self {
            user: Ok(value.user),
            verification_required: Ok(value.verification_required),
        }
    }
}
#[derive(Clone, Debug)]
pub struct AuthUser {
    email: ::std::result::Result<::std::string::String, ::std::string::String>,
    email_verified: ::std::result::Result<bool, ::std::string::String>,
    id: ::std::result::Result<::std::string::String, ::std::string::String>,
    name: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
}
impl ::std::default::Default for AuthUser {
    fn default() -> Self {
        Self {
            email: Err("no value supplied for email".to_string()),
            email_verified: Err("no value supplied for email_verified".to_string()),
            id: Err("no value supplied for id".to_string()),
            name: Ok(Default::default()),
        }
    }
}
impl AuthUser {
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
    pub fn email_verified<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<bool>,
        T::Error: ::std::fmt::Display,
    {
        self.email_verified = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for email_verified: {e}")
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
        T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.name = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for name: {e}"));
        self
    }
}
impl ::std::convert::TryFrom<AuthUser> for crate::types::AuthUser {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: AuthUser,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self {
            email: value.email?,
            email_verified: value.email_verified?,
            id: value.id?,
            name: value.name?,
        })
    }
}
impl ::std::convert::From<crate::types::AuthUser> for AuthUser {
    fn from(value: crate::types::AuthUser) -> Self {
        Self {
            email: Ok(value.email),
            email_verified: Ok(value.email_verified),
            id: Ok(value.id),
            name: Ok(value.name),
        }
    }
}
#[derive(Clone, Debug)]
pub struct AuthVerifyEmailRequest {
    token: ::std::result::Result<::std::string::String, ::std::string::String>,
}
impl ::std::default::Default for AuthVerifyEmailRequest {
    fn default() -> Self {
        Self {
            token: Err("no value supplied for token".to_string()),
        }
    }
}
impl AuthVerifyEmailRequest {
    pub fn token<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.token = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for token: {e}"));
        self
    }
}
impl ::std::convert::TryFrom<AuthVerifyEmailRequest>
for crate::types::AuthVerifyEmailRequest {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: AuthVerifyEmailRequest,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self { token: value.token? })
    }
}
impl ::std::convert::From<crate::types::AuthVerifyEmailRequest>
for AuthVerifyEmailRequest {
    fn from(value: crate::types::AuthVerifyEmailRequest) -> Self {
        Self { token: Ok(value.token) }
    }
}

// @generated operations of the `auth` area by agentruntime-generator 0.1.0. Do not edit by hand.
// Spec: spec/openapi.yaml (sha256 aab3041a7d360a69e58dfceca5f9a2bffcbf688e5ad868463978c58def134800), OpenAPI 3.1.0, API version 1.0.0.
// Regenerate: cargo xtask regen

#![allow(clippy::all, clippy::pedantic)]
#[allow(unused_imports)]
use crate::types;

#[allow(unused_imports)]
use progenitor_client::{
    ByteStream, ClientHooks, ClientInfo, Error, OperationInfo, RequestBuilderExt,
    ResponseValue,
};

/// # Auth
///
/// User sign-up, sign-in (email and password, Google), sessions, email verification and passwords.
impl crate::Client {
    /// Sign up with email and password
    ///
    /// Creates a user account and sends a verification email; the user can sign in once the address
    /// is verified. A `referral_code` (from `/auth?referral_code=…`) redeems referral bonus
    /// credits; an `invite_code` joins the inviting workspace. Refused with 409 when the email is
    /// already registered.
    ///
    /// Requires role `public`. Sends no context headers. Not idempotent: re-sent only when the
    /// server provably did not receive it.
    ///
    /// Sends `POST /v1/auth/signup` with a [`AuthSignupRequest`](types::AuthSignupRequest) body;
    /// `send()` returns a [`AuthSignupResult`](types::AuthSignupResult).
    ///
    /// ```no_run
    /// # async fn example(client: &agentruntime::Client, body: agentruntime::types::AuthSignupRequest) -> Result<(), agentruntime::Error> {
    /// let response = client.sign_up(body).send().await?;
    /// # let _ = response;
    /// # Ok(())
    /// # }
    /// ```
    pub fn sign_up(
        &self,
        body: impl ::std::convert::Into<types::AuthSignupRequest>,
    ) -> SignUp<'_> {
        SignUp::new(self, body.into())
    }

    /// Verify an email address
    ///
    /// Confirms the user's email address with the token from the verification email. Answers 422
    /// for an unknown or expired token.
    ///
    /// Requires role `public`. Sends no context headers. Not idempotent: re-sent only when the
    /// server provably did not receive it.
    ///
    /// Sends `POST /v1/auth/verify-email` with a
    /// [`AuthVerifyEmailRequest`](types::AuthVerifyEmailRequest) body; `send()` returns no body.
    ///
    /// ```no_run
    /// # async fn example(client: &agentruntime::Client, body: agentruntime::types::AuthVerifyEmailRequest) -> Result<(), agentruntime::Error> {
    /// let response = client.verify_email(body).send().await?;
    /// # let _ = response;
    /// # Ok(())
    /// # }
    /// ```
    pub fn verify_email(
        &self,
        body: impl ::std::convert::Into<types::AuthVerifyEmailRequest>,
    ) -> VerifyEmail<'_> {
        VerifyEmail::new(self, body.into())
    }

    /// Resend the verification email
    ///
    /// Sends a new verification email to an unverified address. The answer is the same whether or
    /// not the address is registered, so it does not reveal accounts.
    ///
    /// Requires role `public`. Sends no context headers. Not idempotent: re-sent only when the
    /// server provably did not receive it.
    ///
    /// Sends `POST /v1/auth/resend-verification` with a
    /// [`AuthEmailRequest`](types::AuthEmailRequest) body; `send()` returns no body.
    ///
    /// ```no_run
    /// # async fn example(client: &agentruntime::Client, body: agentruntime::types::AuthEmailRequest) -> Result<(), agentruntime::Error> {
    /// let response = client.resend_verification_email(body).send().await?;
    /// # let _ = response;
    /// # Ok(())
    /// # }
    /// ```
    pub fn resend_verification_email(
        &self,
        body: impl ::std::convert::Into<types::AuthEmailRequest>,
    ) -> ResendVerificationEmail<'_> {
        ResendVerificationEmail::new(self, body.into())
    }

    /// Sign in with email and password
    ///
    /// Signs the user in and sets the `session` cookie. Answers 401 for a wrong email or password
    /// and 403 while the email address is unverified.
    ///
    /// Requires role `public`. Sends no context headers. Not idempotent: re-sent only when the
    /// server provably did not receive it.
    ///
    /// Sends `POST /v1/auth/login` with a [`AuthLoginRequest`](types::AuthLoginRequest) body;
    /// `send()` returns a [`AuthSession`](types::AuthSession).
    ///
    /// ```no_run
    /// # async fn example(client: &agentruntime::Client, body: agentruntime::types::AuthLoginRequest) -> Result<(), agentruntime::Error> {
    /// let response = client.log_in(body).send().await?;
    /// # let _ = response;
    /// # Ok(())
    /// # }
    /// ```
    pub fn log_in(
        &self,
        body: impl ::std::convert::Into<types::AuthLoginRequest>,
    ) -> LogIn<'_> {
        LogIn::new(self, body.into())
    }

    /// Sign out
    ///
    /// Ends the current session and clears the `session` cookie.
    ///
    /// Requires role `public`. Sends no context headers. Not idempotent: re-sent only when the
    /// server provably did not receive it.
    ///
    /// Sends `POST /v1/auth/logout`; `send()` returns no body.
    ///
    /// ```no_run
    /// # async fn example(client: &agentruntime::Client) -> Result<(), agentruntime::Error> {
    /// let response = client.log_out().send().await?;
    /// # let _ = response;
    /// # Ok(())
    /// # }
    /// ```
    pub fn log_out(&self) -> LogOut<'_> {
        LogOut::new(self)
    }

    /// Get the current session and user
    ///
    /// Requires role `public`. Sends no context headers. Idempotent: retried on transient failures.
    ///
    /// Sends `GET /v1/auth/session`; `send()` returns a [`AuthSession`](types::AuthSession).
    ///
    /// ```no_run
    /// # async fn example(client: &agentruntime::Client) -> Result<(), agentruntime::Error> {
    /// let response = client.get_auth_session().send().await?;
    /// # let _ = response;
    /// # Ok(())
    /// # }
    /// ```
    pub fn get_auth_session(&self) -> GetAuthSession<'_> {
        GetAuthSession::new(self)
    }

    /// Request a password reset email
    ///
    /// Sends a password reset link to the address. The answer is the same whether or not the
    /// address is registered, so it does not reveal accounts.
    ///
    /// Requires role `public`. Sends no context headers. Not idempotent: re-sent only when the
    /// server provably did not receive it.
    ///
    /// Sends `POST /v1/auth/forgot-password` with a [`AuthEmailRequest`](types::AuthEmailRequest)
    /// body; `send()` returns no body.
    ///
    /// ```no_run
    /// # async fn example(client: &agentruntime::Client, body: agentruntime::types::AuthEmailRequest) -> Result<(), agentruntime::Error> {
    /// let response = client.request_password_reset(body).send().await?;
    /// # let _ = response;
    /// # Ok(())
    /// # }
    /// ```
    pub fn request_password_reset(
        &self,
        body: impl ::std::convert::Into<types::AuthEmailRequest>,
    ) -> RequestPasswordReset<'_> {
        RequestPasswordReset::new(self, body.into())
    }

    /// Set a new password with a reset token
    ///
    /// Sets a new password with the token from the reset email. Answers 422 for an unknown or
    /// expired token.
    ///
    /// Requires role `public`. Sends no context headers. Not idempotent: re-sent only when the
    /// server provably did not receive it.
    ///
    /// Sends `POST /v1/auth/reset-password` with a
    /// [`AuthResetPasswordRequest`](types::AuthResetPasswordRequest) body; `send()` returns no
    /// body.
    ///
    /// ```no_run
    /// # async fn example(client: &agentruntime::Client, body: agentruntime::types::AuthResetPasswordRequest) -> Result<(), agentruntime::Error> {
    /// let response = client.reset_password(body).send().await?;
    /// # let _ = response;
    /// # Ok(())
    /// # }
    /// ```
    pub fn reset_password(
        &self,
        body: impl ::std::convert::Into<types::AuthResetPasswordRequest>,
    ) -> ResetPassword<'_> {
        ResetPassword::new(self, body.into())
    }

    /// Change the signed-in user's password
    ///
    /// Changes the password after checking the current one (403 when it does not match).
    ///
    /// Requires role `public`. Sends no context headers. Not idempotent: re-sent only when the
    /// server provably did not receive it.
    ///
    /// Sends `POST /v1/auth/change-password` with a
    /// [`AuthChangePasswordRequest`](types::AuthChangePasswordRequest) body; `send()` returns no
    /// body.
    ///
    /// ```no_run
    /// # async fn example(client: &agentruntime::Client, body: agentruntime::types::AuthChangePasswordRequest) -> Result<(), agentruntime::Error> {
    /// let response = client.change_password(body).send().await?;
    /// # let _ = response;
    /// # Ok(())
    /// # }
    /// ```
    pub fn change_password(
        &self,
        body: impl ::std::convert::Into<types::AuthChangePasswordRequest>,
    ) -> ChangePassword<'_> {
        ChangePassword::new(self, body.into())
    }

    /// Sign in with Google One Tap
    ///
    /// Signs in (or signs up) with the ID token Google One Tap hands the page, and sets the
    /// `session` cookie. This is user login, separate from Google connections under
    /// `/v1/connections/google/*`.
    ///
    /// Requires role `public`. Sends no context headers. Not idempotent: re-sent only when the
    /// server provably did not receive it.
    ///
    /// Sends `POST /v1/auth/oauth/google/one-tap` with a
    /// [`AuthGoogleOneTapRequest`](types::AuthGoogleOneTapRequest) body; `send()` returns a
    /// [`AuthSession`](types::AuthSession).
    ///
    /// ```no_run
    /// # async fn example(client: &agentruntime::Client, body: agentruntime::types::AuthGoogleOneTapRequest) -> Result<(), agentruntime::Error> {
    /// let response = client.sign_in_with_google_one_tap(body).send().await?;
    /// # let _ = response;
    /// # Ok(())
    /// # }
    /// ```
    pub fn sign_in_with_google_one_tap(
        &self,
        body: impl ::std::convert::Into<types::AuthGoogleOneTapRequest>,
    ) -> SignInWithGoogleOneTap<'_> {
        SignInWithGoogleOneTap::new(self, body.into())
    }

    /// Start Google sign-in
    ///
    /// Begins the Google OAuth sign-in flow: returns the Google authorization URL to send the
    /// browser to, and the `state` that `complete_google_oauth` must echo back.
    ///
    /// Requires role `public`. Sends no context headers. Idempotent: retried on transient failures.
    ///
    /// Arguments:
    /// - `referral_code`: Referral code to redeem when the Google account signs up.
    /// - `return_to`: Console path to land on after sign-in (for example `/workflows`).
    ///
    /// Sends `GET /v1/auth/oauth/google/start`; `send()` returns a
    /// [`AuthOAuthStart`](types::AuthOAuthStart).
    ///
    /// Optional parameters are setters of [`StartGoogleOauth`]:
    /// [`referral_code`](StartGoogleOauth::referral_code),
    /// [`return_to`](StartGoogleOauth::return_to).
    ///
    /// ```no_run
    /// # async fn example(client: &agentruntime::Client) -> Result<(), agentruntime::Error> {
    /// let response = client.start_google_oauth().send().await?;
    /// # let _ = response;
    /// # Ok(())
    /// # }
    /// ```
    pub fn start_google_oauth(&self) -> StartGoogleOauth<'_> {
        StartGoogleOauth::new(self)
    }

    /// Complete Google sign-in
    ///
    /// Exchanges the `code` Google returned for a session, after checking `state` against the one
    /// from `start_google_oauth`, and sets the `session` cookie. Answers 422 for an invalid or
    /// expired code or a mismatched state.
    ///
    /// Requires role `public`. Sends no context headers. Not idempotent: re-sent only when the
    /// server provably did not receive it.
    ///
    /// Sends `POST /v1/auth/oauth/google/callback` with a
    /// [`AuthOAuthCallback`](types::AuthOAuthCallback) body; `send()` returns a
    /// [`AuthSession`](types::AuthSession).
    ///
    /// ```no_run
    /// # async fn example(client: &agentruntime::Client, body: agentruntime::types::AuthOAuthCallback) -> Result<(), agentruntime::Error> {
    /// let response = client.complete_google_oauth(body).send().await?;
    /// # let _ = response;
    /// # Ok(())
    /// # }
    /// ```
    pub fn complete_google_oauth(
        &self,
        body: impl ::std::convert::Into<types::AuthOAuthCallback>,
    ) -> CompleteGoogleOauth<'_> {
        CompleteGoogleOauth::new(self, body.into())
    }
}

/// Builder for [`Client::sign_up`]
///
/// [`Client::sign_up`]: crate::Client::sign_up
#[derive(Debug, Clone)]
pub struct SignUp<'a> {
    client: &'a crate::Client,
    body: Result<types::AuthSignupRequest, String>,
}

impl<'a> SignUp<'a> {
    pub(crate) fn new(
        client: &'a crate::Client,
        body: types::AuthSignupRequest,
    ) -> Self {
        Self {
            client: client,
            body: Ok(body),
        }
    }

    async fn send_raw(
        self,
    ) -> Result<ResponseValue<types::AuthSignupResult>, Error<ByteStream>> {
        let Self { client, body } = self;
        let body = body
            .and_then(|v| {
                types::AuthSignupRequest::try_from(v).map_err(|e| e.to_string())
            })
            .map_err(Error::InvalidRequest)?;
        let url = format!("{}/v1/auth/signup", client.baseurl,);
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map
            .append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(crate::Client::api_version()),
            );
        #[allow(unused_mut)]
        let mut request = client
            .client
            .post(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .json(&body)
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "sign_up",
        };
        client.pre(&mut request, &info).await?;
        let result = client.exec(request, &info).await;
        client.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16..=299u16 => crate::transport::decode(response).await,
            400u16..=499u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
            500u16..=599u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    /// Sends `POST /v1/auth/signup` and decodes the response.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::Response<types::AuthSignupResult>, crate::Error> {
        let client = self.client;
        crate::transport::send(client, &crate::metadata::SIGN_UP, self.send_raw()).await
    }

    /// Sends `POST /v1/auth/signup` with these options for this call (extra headers, time budget,
    /// retry policy) and decodes the response.
    pub async fn send_with(
        self,
        options: crate::RequestOptions,
    ) -> ::std::result::Result<crate::Response<types::AuthSignupResult>, crate::Error> {
        let client = self.client;
        crate::transport::send_with(
                client,
                &crate::metadata::SIGN_UP,
                ::std::option::Option::Some(options),
                self.send_raw(),
            )
            .await
    }
}

/// Builder for [`Client::verify_email`]
///
/// [`Client::verify_email`]: crate::Client::verify_email
#[derive(Debug, Clone)]
pub struct VerifyEmail<'a> {
    client: &'a crate::Client,
    body: Result<types::AuthVerifyEmailRequest, String>,
}

impl<'a> VerifyEmail<'a> {
    pub(crate) fn new(
        client: &'a crate::Client,
        body: types::AuthVerifyEmailRequest,
    ) -> Self {
        Self {
            client: client,
            body: Ok(body),
        }
    }

    async fn send_raw(self) -> Result<ResponseValue<()>, Error<ByteStream>> {
        let Self { client, body } = self;
        let body = body
            .and_then(|v| {
                types::AuthVerifyEmailRequest::try_from(v).map_err(|e| e.to_string())
            })
            .map_err(Error::InvalidRequest)?;
        let url = format!("{}/v1/auth/verify-email", client.baseurl,);
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map
            .append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(crate::Client::api_version()),
            );
        #[allow(unused_mut)]
        let mut request = client
            .client
            .post(url)
            .json(&body)
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "verify_email",
        };
        client.pre(&mut request, &info).await?;
        let result = client.exec(request, &info).await;
        client.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16..=299u16 => Ok(ResponseValue::empty(response)),
            400u16..=499u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
            500u16..=599u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    /// Sends `POST /v1/auth/verify-email` and decodes the response.
    pub async fn send(self) -> ::std::result::Result<crate::Response<()>, crate::Error> {
        let client = self.client;
        crate::transport::send(client, &crate::metadata::VERIFY_EMAIL, self.send_raw())
            .await
    }

    /// Sends `POST /v1/auth/verify-email` with these options for this call (extra headers, time
    /// budget, retry policy) and decodes the response.
    pub async fn send_with(
        self,
        options: crate::RequestOptions,
    ) -> ::std::result::Result<crate::Response<()>, crate::Error> {
        let client = self.client;
        crate::transport::send_with(
                client,
                &crate::metadata::VERIFY_EMAIL,
                ::std::option::Option::Some(options),
                self.send_raw(),
            )
            .await
    }
}

/// Builder for [`Client::resend_verification_email`]
///
/// [`Client::resend_verification_email`]: crate::Client::resend_verification_email
#[derive(Debug, Clone)]
pub struct ResendVerificationEmail<'a> {
    client: &'a crate::Client,
    body: Result<types::AuthEmailRequest, String>,
}

impl<'a> ResendVerificationEmail<'a> {
    pub(crate) fn new(client: &'a crate::Client, body: types::AuthEmailRequest) -> Self {
        Self {
            client: client,
            body: Ok(body),
        }
    }

    async fn send_raw(self) -> Result<ResponseValue<()>, Error<ByteStream>> {
        let Self { client, body } = self;
        let body = body
            .and_then(|v| {
                types::AuthEmailRequest::try_from(v).map_err(|e| e.to_string())
            })
            .map_err(Error::InvalidRequest)?;
        let url = format!("{}/v1/auth/resend-verification", client.baseurl,);
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map
            .append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(crate::Client::api_version()),
            );
        #[allow(unused_mut)]
        let mut request = client
            .client
            .post(url)
            .json(&body)
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "resend_verification_email",
        };
        client.pre(&mut request, &info).await?;
        let result = client.exec(request, &info).await;
        client.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16..=299u16 => Ok(ResponseValue::empty(response)),
            400u16..=499u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
            500u16..=599u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    /// Sends `POST /v1/auth/resend-verification` and decodes the response.
    pub async fn send(self) -> ::std::result::Result<crate::Response<()>, crate::Error> {
        let client = self.client;
        crate::transport::send(
                client,
                &crate::metadata::RESEND_VERIFICATION_EMAIL,
                self.send_raw(),
            )
            .await
    }

    /// Sends `POST /v1/auth/resend-verification` with these options for this call (extra headers,
    /// time budget, retry policy) and decodes the response.
    pub async fn send_with(
        self,
        options: crate::RequestOptions,
    ) -> ::std::result::Result<crate::Response<()>, crate::Error> {
        let client = self.client;
        crate::transport::send_with(
                client,
                &crate::metadata::RESEND_VERIFICATION_EMAIL,
                ::std::option::Option::Some(options),
                self.send_raw(),
            )
            .await
    }
}

/// Builder for [`Client::log_in`]
///
/// [`Client::log_in`]: crate::Client::log_in
#[derive(Debug, Clone)]
pub struct LogIn<'a> {
    client: &'a crate::Client,
    body: Result<types::AuthLoginRequest, String>,
}

impl<'a> LogIn<'a> {
    pub(crate) fn new(client: &'a crate::Client, body: types::AuthLoginRequest) -> Self {
        Self {
            client: client,
            body: Ok(body),
        }
    }

    async fn send_raw(
        self,
    ) -> Result<ResponseValue<types::AuthSession>, Error<ByteStream>> {
        let Self { client, body } = self;
        let body = body
            .and_then(|v| {
                types::AuthLoginRequest::try_from(v).map_err(|e| e.to_string())
            })
            .map_err(Error::InvalidRequest)?;
        let url = format!("{}/v1/auth/login", client.baseurl,);
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map
            .append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(crate::Client::api_version()),
            );
        #[allow(unused_mut)]
        let mut request = client
            .client
            .post(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .json(&body)
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "log_in",
        };
        client.pre(&mut request, &info).await?;
        let result = client.exec(request, &info).await;
        client.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16..=299u16 => crate::transport::decode(response).await,
            400u16..=499u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
            500u16..=599u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    /// Sends `POST /v1/auth/login` and decodes the response.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::Response<types::AuthSession>, crate::Error> {
        let client = self.client;
        crate::transport::send(client, &crate::metadata::LOG_IN, self.send_raw()).await
    }

    /// Sends `POST /v1/auth/login` with these options for this call (extra headers, time budget,
    /// retry policy) and decodes the response.
    pub async fn send_with(
        self,
        options: crate::RequestOptions,
    ) -> ::std::result::Result<crate::Response<types::AuthSession>, crate::Error> {
        let client = self.client;
        crate::transport::send_with(
                client,
                &crate::metadata::LOG_IN,
                ::std::option::Option::Some(options),
                self.send_raw(),
            )
            .await
    }
}

/// Builder for [`Client::log_out`]
///
/// [`Client::log_out`]: crate::Client::log_out
#[derive(Debug, Clone)]
pub struct LogOut<'a> {
    client: &'a crate::Client,
}

impl<'a> LogOut<'a> {
    pub(crate) fn new(client: &'a crate::Client) -> Self {
        Self { client: client }
    }

    async fn send_raw(self) -> Result<ResponseValue<()>, Error<ByteStream>> {
        let Self { client } = self;
        let url = format!("{}/v1/auth/logout", client.baseurl,);
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map
            .append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(crate::Client::api_version()),
            );
        #[allow(unused_mut)]
        let mut request = client.client.post(url).headers(header_map).build()?;
        let info = OperationInfo {
            operation_id: "log_out",
        };
        client.pre(&mut request, &info).await?;
        let result = client.exec(request, &info).await;
        client.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16..=299u16 => Ok(ResponseValue::empty(response)),
            400u16..=499u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
            500u16..=599u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    /// Sends `POST /v1/auth/logout` and decodes the response.
    pub async fn send(self) -> ::std::result::Result<crate::Response<()>, crate::Error> {
        let client = self.client;
        crate::transport::send(client, &crate::metadata::LOG_OUT, self.send_raw()).await
    }

    /// Sends `POST /v1/auth/logout` with these options for this call (extra headers, time budget,
    /// retry policy) and decodes the response.
    pub async fn send_with(
        self,
        options: crate::RequestOptions,
    ) -> ::std::result::Result<crate::Response<()>, crate::Error> {
        let client = self.client;
        crate::transport::send_with(
                client,
                &crate::metadata::LOG_OUT,
                ::std::option::Option::Some(options),
                self.send_raw(),
            )
            .await
    }
}

/// Builder for [`Client::get_auth_session`]
///
/// [`Client::get_auth_session`]: crate::Client::get_auth_session
#[derive(Debug, Clone)]
pub struct GetAuthSession<'a> {
    client: &'a crate::Client,
}

impl<'a> GetAuthSession<'a> {
    pub(crate) fn new(client: &'a crate::Client) -> Self {
        Self { client: client }
    }

    async fn send_raw(
        self,
    ) -> Result<ResponseValue<types::AuthSession>, Error<ByteStream>> {
        let Self { client } = self;
        let url = format!("{}/v1/auth/session", client.baseurl,);
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map
            .append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(crate::Client::api_version()),
            );
        #[allow(unused_mut)]
        let mut request = client
            .client
            .get(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "get_auth_session",
        };
        client.pre(&mut request, &info).await?;
        let result = client.exec(request, &info).await;
        client.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16..=299u16 => crate::transport::decode(response).await,
            400u16..=499u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
            500u16..=599u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    /// Sends `GET /v1/auth/session` and decodes the response.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::Response<types::AuthSession>, crate::Error> {
        let client = self.client;
        crate::transport::send(
                client,
                &crate::metadata::GET_AUTH_SESSION,
                self.send_raw(),
            )
            .await
    }

    /// Sends `GET /v1/auth/session` with these options for this call (extra headers, time budget,
    /// retry policy) and decodes the response.
    pub async fn send_with(
        self,
        options: crate::RequestOptions,
    ) -> ::std::result::Result<crate::Response<types::AuthSession>, crate::Error> {
        let client = self.client;
        crate::transport::send_with(
                client,
                &crate::metadata::GET_AUTH_SESSION,
                ::std::option::Option::Some(options),
                self.send_raw(),
            )
            .await
    }
}

/// Builder for [`Client::request_password_reset`]
///
/// [`Client::request_password_reset`]: crate::Client::request_password_reset
#[derive(Debug, Clone)]
pub struct RequestPasswordReset<'a> {
    client: &'a crate::Client,
    body: Result<types::AuthEmailRequest, String>,
}

impl<'a> RequestPasswordReset<'a> {
    pub(crate) fn new(client: &'a crate::Client, body: types::AuthEmailRequest) -> Self {
        Self {
            client: client,
            body: Ok(body),
        }
    }

    async fn send_raw(self) -> Result<ResponseValue<()>, Error<ByteStream>> {
        let Self { client, body } = self;
        let body = body
            .and_then(|v| {
                types::AuthEmailRequest::try_from(v).map_err(|e| e.to_string())
            })
            .map_err(Error::InvalidRequest)?;
        let url = format!("{}/v1/auth/forgot-password", client.baseurl,);
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map
            .append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(crate::Client::api_version()),
            );
        #[allow(unused_mut)]
        let mut request = client
            .client
            .post(url)
            .json(&body)
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "request_password_reset",
        };
        client.pre(&mut request, &info).await?;
        let result = client.exec(request, &info).await;
        client.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16..=299u16 => Ok(ResponseValue::empty(response)),
            400u16..=499u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
            500u16..=599u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    /// Sends `POST /v1/auth/forgot-password` and decodes the response.
    pub async fn send(self) -> ::std::result::Result<crate::Response<()>, crate::Error> {
        let client = self.client;
        crate::transport::send(
                client,
                &crate::metadata::REQUEST_PASSWORD_RESET,
                self.send_raw(),
            )
            .await
    }

    /// Sends `POST /v1/auth/forgot-password` with these options for this call (extra headers, time
    /// budget, retry policy) and decodes the response.
    pub async fn send_with(
        self,
        options: crate::RequestOptions,
    ) -> ::std::result::Result<crate::Response<()>, crate::Error> {
        let client = self.client;
        crate::transport::send_with(
                client,
                &crate::metadata::REQUEST_PASSWORD_RESET,
                ::std::option::Option::Some(options),
                self.send_raw(),
            )
            .await
    }
}

/// Builder for [`Client::reset_password`]
///
/// [`Client::reset_password`]: crate::Client::reset_password
#[derive(Debug, Clone)]
pub struct ResetPassword<'a> {
    client: &'a crate::Client,
    body: Result<types::AuthResetPasswordRequest, String>,
}

impl<'a> ResetPassword<'a> {
    pub(crate) fn new(
        client: &'a crate::Client,
        body: types::AuthResetPasswordRequest,
    ) -> Self {
        Self {
            client: client,
            body: Ok(body),
        }
    }

    async fn send_raw(self) -> Result<ResponseValue<()>, Error<ByteStream>> {
        let Self { client, body } = self;
        let body = body
            .and_then(|v| {
                types::AuthResetPasswordRequest::try_from(v).map_err(|e| e.to_string())
            })
            .map_err(Error::InvalidRequest)?;
        let url = format!("{}/v1/auth/reset-password", client.baseurl,);
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map
            .append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(crate::Client::api_version()),
            );
        #[allow(unused_mut)]
        let mut request = client
            .client
            .post(url)
            .json(&body)
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "reset_password",
        };
        client.pre(&mut request, &info).await?;
        let result = client.exec(request, &info).await;
        client.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16..=299u16 => Ok(ResponseValue::empty(response)),
            400u16..=499u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
            500u16..=599u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    /// Sends `POST /v1/auth/reset-password` and decodes the response.
    pub async fn send(self) -> ::std::result::Result<crate::Response<()>, crate::Error> {
        let client = self.client;
        crate::transport::send(client, &crate::metadata::RESET_PASSWORD, self.send_raw())
            .await
    }

    /// Sends `POST /v1/auth/reset-password` with these options for this call (extra headers, time
    /// budget, retry policy) and decodes the response.
    pub async fn send_with(
        self,
        options: crate::RequestOptions,
    ) -> ::std::result::Result<crate::Response<()>, crate::Error> {
        let client = self.client;
        crate::transport::send_with(
                client,
                &crate::metadata::RESET_PASSWORD,
                ::std::option::Option::Some(options),
                self.send_raw(),
            )
            .await
    }
}

/// Builder for [`Client::change_password`]
///
/// [`Client::change_password`]: crate::Client::change_password
#[derive(Debug, Clone)]
pub struct ChangePassword<'a> {
    client: &'a crate::Client,
    body: Result<types::AuthChangePasswordRequest, String>,
}

impl<'a> ChangePassword<'a> {
    pub(crate) fn new(
        client: &'a crate::Client,
        body: types::AuthChangePasswordRequest,
    ) -> Self {
        Self {
            client: client,
            body: Ok(body),
        }
    }

    async fn send_raw(self) -> Result<ResponseValue<()>, Error<ByteStream>> {
        let Self { client, body } = self;
        let body = body
            .and_then(|v| {
                types::AuthChangePasswordRequest::try_from(v).map_err(|e| e.to_string())
            })
            .map_err(Error::InvalidRequest)?;
        let url = format!("{}/v1/auth/change-password", client.baseurl,);
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map
            .append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(crate::Client::api_version()),
            );
        #[allow(unused_mut)]
        let mut request = client
            .client
            .post(url)
            .json(&body)
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "change_password",
        };
        client.pre(&mut request, &info).await?;
        let result = client.exec(request, &info).await;
        client.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16..=299u16 => Ok(ResponseValue::empty(response)),
            400u16..=499u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
            500u16..=599u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    /// Sends `POST /v1/auth/change-password` and decodes the response.
    pub async fn send(self) -> ::std::result::Result<crate::Response<()>, crate::Error> {
        let client = self.client;
        crate::transport::send(
                client,
                &crate::metadata::CHANGE_PASSWORD,
                self.send_raw(),
            )
            .await
    }

    /// Sends `POST /v1/auth/change-password` with these options for this call (extra headers, time
    /// budget, retry policy) and decodes the response.
    pub async fn send_with(
        self,
        options: crate::RequestOptions,
    ) -> ::std::result::Result<crate::Response<()>, crate::Error> {
        let client = self.client;
        crate::transport::send_with(
                client,
                &crate::metadata::CHANGE_PASSWORD,
                ::std::option::Option::Some(options),
                self.send_raw(),
            )
            .await
    }
}

/// Builder for [`Client::sign_in_with_google_one_tap`]
///
/// [`Client::sign_in_with_google_one_tap`]: crate::Client::sign_in_with_google_one_tap
#[derive(Debug, Clone)]
pub struct SignInWithGoogleOneTap<'a> {
    client: &'a crate::Client,
    body: Result<types::AuthGoogleOneTapRequest, String>,
}

impl<'a> SignInWithGoogleOneTap<'a> {
    pub(crate) fn new(
        client: &'a crate::Client,
        body: types::AuthGoogleOneTapRequest,
    ) -> Self {
        Self {
            client: client,
            body: Ok(body),
        }
    }

    async fn send_raw(
        self,
    ) -> Result<ResponseValue<types::AuthSession>, Error<ByteStream>> {
        let Self { client, body } = self;
        let body = body
            .and_then(|v| {
                types::AuthGoogleOneTapRequest::try_from(v).map_err(|e| e.to_string())
            })
            .map_err(Error::InvalidRequest)?;
        let url = format!("{}/v1/auth/oauth/google/one-tap", client.baseurl,);
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map
            .append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(crate::Client::api_version()),
            );
        #[allow(unused_mut)]
        let mut request = client
            .client
            .post(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .json(&body)
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "sign_in_with_google_one_tap",
        };
        client.pre(&mut request, &info).await?;
        let result = client.exec(request, &info).await;
        client.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16..=299u16 => crate::transport::decode(response).await,
            400u16..=499u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
            500u16..=599u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    /// Sends `POST /v1/auth/oauth/google/one-tap` and decodes the response.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::Response<types::AuthSession>, crate::Error> {
        let client = self.client;
        crate::transport::send(
                client,
                &crate::metadata::SIGN_IN_WITH_GOOGLE_ONE_TAP,
                self.send_raw(),
            )
            .await
    }

    /// Sends `POST /v1/auth/oauth/google/one-tap` with these options for this call (extra headers,
    /// time budget, retry policy) and decodes the response.
    pub async fn send_with(
        self,
        options: crate::RequestOptions,
    ) -> ::std::result::Result<crate::Response<types::AuthSession>, crate::Error> {
        let client = self.client;
        crate::transport::send_with(
                client,
                &crate::metadata::SIGN_IN_WITH_GOOGLE_ONE_TAP,
                ::std::option::Option::Some(options),
                self.send_raw(),
            )
            .await
    }
}

/// Builder for [`Client::start_google_oauth`]
///
/// [`Client::start_google_oauth`]: crate::Client::start_google_oauth
#[derive(Debug, Clone)]
pub struct StartGoogleOauth<'a> {
    client: &'a crate::Client,
    referral_code: Result<Option<::std::string::String>, String>,
    return_to: Result<Option<::std::string::String>, String>,
}

impl<'a> StartGoogleOauth<'a> {
    pub(crate) fn new(client: &'a crate::Client) -> Self {
        Self {
            client: client,
            referral_code: Ok(None),
            return_to: Ok(None),
        }
    }

    /// Sets the optional query parameter `referral_code`.
    ///
    /// Referral code to redeem when the Google account signs up.
    pub fn referral_code<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<::std::string::String>,
    {
        self.referral_code = value
            .try_into()
            .map(Some)
            .map_err(|_| {
                "conversion to `:: std :: string :: String` for referral_code failed"
                    .to_string()
            });
        self
    }

    /// Sets the optional query parameter `return_to`.
    ///
    /// Console path to land on after sign-in (for example `/workflows`).
    pub fn return_to<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<::std::string::String>,
    {
        self.return_to = value
            .try_into()
            .map(Some)
            .map_err(|_| {
                "conversion to `:: std :: string :: String` for return_to failed"
                    .to_string()
            });
        self
    }

    async fn send_raw(
        self,
    ) -> Result<ResponseValue<types::AuthOAuthStart>, Error<ByteStream>> {
        let Self { client, referral_code, return_to } = self;
        let referral_code = referral_code.map_err(Error::InvalidRequest)?;
        let return_to = return_to.map_err(Error::InvalidRequest)?;
        let url = format!("{}/v1/auth/oauth/google/start", client.baseurl,);
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map
            .append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(crate::Client::api_version()),
            );
        #[allow(unused_mut)]
        let mut request = client
            .client
            .get(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .headers(header_map)
            .build()?;
        let mut query = crate::params::Query::new();
        query
            .push(
                "referral_code",
                &referral_code,
                crate::params::QueryStyle::Form,
                true,
                false,
            )?;
        query
            .push(
                "return_to",
                &return_to,
                crate::params::QueryStyle::Form,
                true,
                false,
            )?;
        query.apply(&mut request);
        let info = OperationInfo {
            operation_id: "start_google_oauth",
        };
        client.pre(&mut request, &info).await?;
        let result = client.exec(request, &info).await;
        client.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16..=299u16 => crate::transport::decode(response).await,
            400u16..=499u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
            500u16..=599u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    /// Sends `GET /v1/auth/oauth/google/start` and decodes the response.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::Response<types::AuthOAuthStart>, crate::Error> {
        let client = self.client;
        crate::transport::send(
                client,
                &crate::metadata::START_GOOGLE_OAUTH,
                self.send_raw(),
            )
            .await
    }

    /// Sends `GET /v1/auth/oauth/google/start` with these options for this call (extra headers,
    /// time budget, retry policy) and decodes the response.
    pub async fn send_with(
        self,
        options: crate::RequestOptions,
    ) -> ::std::result::Result<crate::Response<types::AuthOAuthStart>, crate::Error> {
        let client = self.client;
        crate::transport::send_with(
                client,
                &crate::metadata::START_GOOGLE_OAUTH,
                ::std::option::Option::Some(options),
                self.send_raw(),
            )
            .await
    }
}

/// Builder for [`Client::complete_google_oauth`]
///
/// [`Client::complete_google_oauth`]: crate::Client::complete_google_oauth
#[derive(Debug, Clone)]
pub struct CompleteGoogleOauth<'a> {
    client: &'a crate::Client,
    body: Result<types::AuthOAuthCallback, String>,
}

impl<'a> CompleteGoogleOauth<'a> {
    pub(crate) fn new(
        client: &'a crate::Client,
        body: types::AuthOAuthCallback,
    ) -> Self {
        Self {
            client: client,
            body: Ok(body),
        }
    }

    async fn send_raw(
        self,
    ) -> Result<ResponseValue<types::AuthSession>, Error<ByteStream>> {
        let Self { client, body } = self;
        let body = body
            .and_then(|v| {
                types::AuthOAuthCallback::try_from(v).map_err(|e| e.to_string())
            })
            .map_err(Error::InvalidRequest)?;
        let url = format!("{}/v1/auth/oauth/google/callback", client.baseurl,);
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map
            .append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(crate::Client::api_version()),
            );
        #[allow(unused_mut)]
        let mut request = client
            .client
            .post(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .json(&body)
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "complete_google_oauth",
        };
        client.pre(&mut request, &info).await?;
        let result = client.exec(request, &info).await;
        client.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16..=299u16 => crate::transport::decode(response).await,
            400u16..=499u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
            500u16..=599u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    /// Sends `POST /v1/auth/oauth/google/callback` and decodes the response.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::Response<types::AuthSession>, crate::Error> {
        let client = self.client;
        crate::transport::send(
                client,
                &crate::metadata::COMPLETE_GOOGLE_OAUTH,
                self.send_raw(),
            )
            .await
    }

    /// Sends `POST /v1/auth/oauth/google/callback` with these options for this call (extra headers,
    /// time budget, retry policy) and decodes the response.
    pub async fn send_with(
        self,
        options: crate::RequestOptions,
    ) -> ::std::result::Result<crate::Response<types::AuthSession>, crate::Error> {
        let client = self.client;
        crate::transport::send_with(
                client,
                &crate::metadata::COMPLETE_GOOGLE_OAUTH,
                ::std::option::Option::Some(options),
                self.send_raw(),
            )
            .await
    }
}

// @generated operations of the `onboarding` area by agentruntime-generator 0.1.0. Do not edit by hand.
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

/// # Onboarding
///
/// Workspace onboarding (invites, tenant code availability, workspace provisioning) and the setup
/// checklist.
impl crate::Client {
    /// Validate an invite code
    ///
    /// Checks an invite code before sign-up or sign-in and returns the workspace it invites to.
    /// Needs no credentials. Unknown, used or expired codes answer 404.
    ///
    /// Requires role `public`. Sends no context headers. Idempotent: retried on transient failures.
    ///
    /// Arguments:
    /// - `code`: Invite code from the invitation link.
    ///
    /// Sends `GET /v1/onboarding/invites/{code}`; `send()` returns a
    /// [`OnboardingInvite`](types::OnboardingInvite).
    ///
    /// ```no_run
    /// # async fn example(client: &agentruntime::Client, code: &str) -> Result<(), agentruntime::Error> {
    /// let response = client.validate_onboarding_invite(code).send().await?;
    /// # let _ = response;
    /// # Ok(())
    /// # }
    /// ```
    pub fn validate_onboarding_invite(
        &self,
        code: impl ::std::convert::TryInto<::std::string::String>,
    ) -> ValidateOnboardingInvite<'_> {
        ValidateOnboardingInvite::new(self).code(code)
    }

    /// Check whether a tenant code is available
    ///
    /// Checks whether a workspace code (the slug sent later as `X-Tenant-Id`) is free to use for a
    /// new workspace.
    ///
    /// Requires role `public`. Sends no context headers. Idempotent: retried on transient failures.
    ///
    /// Arguments:
    /// - `code`: Candidate workspace code.
    ///
    /// Sends `GET /v1/onboarding/tenant-code-availability`; `send()` returns a
    /// [`OnboardingTenantCodeAvailability`](types::OnboardingTenantCodeAvailability).
    ///
    /// ```no_run
    /// # async fn example(client: &agentruntime::Client, code: &str) -> Result<(), agentruntime::Error> {
    /// let response = client.check_tenant_code_availability(code).send().await?;
    /// # let _ = response;
    /// # Ok(())
    /// # }
    /// ```
    pub fn check_tenant_code_availability(
        &self,
        code: impl ::std::convert::TryInto<::std::string::String>,
    ) -> CheckTenantCodeAvailability<'_> {
        CheckTenantCodeAvailability::new(self).code(code)
    }

    /// Create and provision a workspace
    ///
    /// Creates the signed-in user's workspace with the chosen code and makes the user its admin.
    /// The server stamps the workspace's `product_code` from the host (callers cannot set it) and
    /// starts the default plan's trial automatically when the plan has one. Refused with 409 when
    /// the code is taken.
    ///
    /// Requires role `public`. Sends no context headers. Not idempotent: re-sent only when the
    /// server provably did not receive it.
    ///
    /// Sends `POST /v1/onboarding/workspace` with a
    /// [`OnboardingWorkspaceCreate`](types::OnboardingWorkspaceCreate) body; `send()` returns a
    /// [`OnboardingWorkspace`](types::OnboardingWorkspace).
    ///
    /// ```no_run
    /// # async fn example(client: &agentruntime::Client, body: agentruntime::types::OnboardingWorkspaceCreate) -> Result<(), agentruntime::Error> {
    /// let response = client.create_onboarding_workspace(body).send().await?;
    /// # let _ = response;
    /// # Ok(())
    /// # }
    /// ```
    pub fn create_onboarding_workspace(
        &self,
        body: impl ::std::convert::Into<types::OnboardingWorkspaceCreate>,
    ) -> CreateOnboardingWorkspace<'_> {
        CreateOnboardingWorkspace::new(self, body.into())
    }

    /// Update the workspace being onboarded
    ///
    /// Changes the display name of the workspace the signed-in user created during onboarding. The
    /// workspace code cannot change. Answers 404 when the user has no such workspace.
    ///
    /// Requires role `public`. Sends no context headers. Not idempotent: re-sent only when the
    /// server provably did not receive it.
    ///
    /// Sends `PATCH /v1/onboarding/workspace` with a
    /// [`OnboardingWorkspaceUpdate`](types::OnboardingWorkspaceUpdate) body; `send()` returns a
    /// [`OnboardingWorkspace`](types::OnboardingWorkspace).
    ///
    /// ```no_run
    /// # async fn example(client: &agentruntime::Client, body: agentruntime::types::OnboardingWorkspaceUpdate) -> Result<(), agentruntime::Error> {
    /// let response = client.update_onboarding_workspace(body).send().await?;
    /// # let _ = response;
    /// # Ok(())
    /// # }
    /// ```
    pub fn update_onboarding_workspace(
        &self,
        body: impl ::std::convert::Into<types::OnboardingWorkspaceUpdate>,
    ) -> UpdateOnboardingWorkspace<'_> {
        UpdateOnboardingWorkspace::new(self, body.into())
    }

    /// Get the setup checklist
    ///
    /// Returns the signed-in user's setup checklist for their workspace: the first steps after
    /// onboarding, each marked done once the user has taken it, and whether setup as a whole is
    /// complete.
    ///
    /// Requires role `public`. Sends no context headers. Idempotent: retried on transient failures.
    ///
    /// Sends `GET /v1/setup/status`; `send()` returns a
    /// [`OnboardingSetupStatus`](types::OnboardingSetupStatus).
    ///
    /// ```no_run
    /// # async fn example(client: &agentruntime::Client) -> Result<(), agentruntime::Error> {
    /// let response = client.get_setup_status().send().await?;
    /// # let _ = response;
    /// # Ok(())
    /// # }
    /// ```
    pub fn get_setup_status(&self) -> GetSetupStatus<'_> {
        GetSetupStatus::new(self)
    }

    /// Mark setup as complete
    ///
    /// Marks the signed-in user's setup as complete (for example when they dismiss the checklist),
    /// whether or not every step is done. Completing it again changes nothing.
    ///
    /// Requires role `public`. Sends no context headers. Not idempotent: re-sent only when the
    /// server provably did not receive it.
    ///
    /// Sends `POST /v1/setup/complete`; `send()` returns a
    /// [`OnboardingSetupStatus`](types::OnboardingSetupStatus).
    ///
    /// ```no_run
    /// # async fn example(client: &agentruntime::Client) -> Result<(), agentruntime::Error> {
    /// let response = client.complete_setup().send().await?;
    /// # let _ = response;
    /// # Ok(())
    /// # }
    /// ```
    pub fn complete_setup(&self) -> CompleteSetup<'_> {
        CompleteSetup::new(self)
    }
}

/// Builder for [`Client::validate_onboarding_invite`]
///
/// [`Client::validate_onboarding_invite`]: crate::Client::validate_onboarding_invite
#[derive(Debug, Clone)]
pub struct ValidateOnboardingInvite<'a> {
    client: &'a crate::Client,
    code: Result<::std::string::String, String>,
}

impl<'a> ValidateOnboardingInvite<'a> {
    pub(crate) fn new(client: &'a crate::Client) -> Self {
        Self {
            client: client,
            code: Err("code was not initialized".to_string()),
        }
    }

    /// Sets the required path parameter `code`.
    ///
    /// Invite code from the invitation link.
    fn code<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<::std::string::String>,
    {
        self.code = value
            .try_into()
            .map_err(|_| {
                "conversion to `:: std :: string :: String` for code failed".to_string()
            });
        self
    }

    async fn send_raw(
        self,
    ) -> Result<ResponseValue<types::OnboardingInvite>, Error<ByteStream>> {
        let Self { client, code } = self;
        let code = code.map_err(Error::InvalidRequest)?;
        let url = format!(
            "{}/v1/onboarding/invites/{}", client.baseurl, crate ::params::path("code",
            crate ::params::PathStyle::Simple, false, & code) ?,
        );
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
            operation_id: "validate_onboarding_invite",
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

    /// Sends `GET /v1/onboarding/invites/{code}` and decodes the response.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::Response<types::OnboardingInvite>, crate::Error> {
        let client = self.client;
        crate::transport::send(
                client,
                &crate::metadata::VALIDATE_ONBOARDING_INVITE,
                self.send_raw(),
            )
            .await
    }

    /// Sends `GET /v1/onboarding/invites/{code}` with these options for this call (extra headers,
    /// time budget, retry policy) and decodes the response.
    pub async fn send_with(
        self,
        options: crate::RequestOptions,
    ) -> ::std::result::Result<crate::Response<types::OnboardingInvite>, crate::Error> {
        let client = self.client;
        crate::transport::send_with(
                client,
                &crate::metadata::VALIDATE_ONBOARDING_INVITE,
                ::std::option::Option::Some(options),
                self.send_raw(),
            )
            .await
    }
}

/// Builder for [`Client::check_tenant_code_availability`]
///
/// [`Client::check_tenant_code_availability`]: crate::Client::check_tenant_code_availability
#[derive(Debug, Clone)]
pub struct CheckTenantCodeAvailability<'a> {
    client: &'a crate::Client,
    code: Result<::std::string::String, String>,
}

impl<'a> CheckTenantCodeAvailability<'a> {
    pub(crate) fn new(client: &'a crate::Client) -> Self {
        Self {
            client: client,
            code: Err("code was not initialized".to_string()),
        }
    }

    /// Sets the required query parameter `code`.
    ///
    /// Candidate workspace code.
    fn code<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<::std::string::String>,
    {
        self.code = value
            .try_into()
            .map_err(|_| {
                "conversion to `:: std :: string :: String` for code failed".to_string()
            });
        self
    }

    async fn send_raw(
        self,
    ) -> Result<
        ResponseValue<types::OnboardingTenantCodeAvailability>,
        Error<ByteStream>,
    > {
        let Self { client, code } = self;
        let code = code.map_err(Error::InvalidRequest)?;
        let url = format!("{}/v1/onboarding/tenant-code-availability", client.baseurl,);
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
        query.push("code", &code, crate::params::QueryStyle::Form, true, false)?;
        query.apply(&mut request);
        let info = OperationInfo {
            operation_id: "check_tenant_code_availability",
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

    /// Sends `GET /v1/onboarding/tenant-code-availability` and decodes the response.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::Response<types::OnboardingTenantCodeAvailability>,
        crate::Error,
    > {
        let client = self.client;
        crate::transport::send(
                client,
                &crate::metadata::CHECK_TENANT_CODE_AVAILABILITY,
                self.send_raw(),
            )
            .await
    }

    /// Sends `GET /v1/onboarding/tenant-code-availability` with these options for this call (extra
    /// headers, time budget, retry policy) and decodes the response.
    pub async fn send_with(
        self,
        options: crate::RequestOptions,
    ) -> ::std::result::Result<
        crate::Response<types::OnboardingTenantCodeAvailability>,
        crate::Error,
    > {
        let client = self.client;
        crate::transport::send_with(
                client,
                &crate::metadata::CHECK_TENANT_CODE_AVAILABILITY,
                ::std::option::Option::Some(options),
                self.send_raw(),
            )
            .await
    }
}

/// Builder for [`Client::create_onboarding_workspace`]
///
/// [`Client::create_onboarding_workspace`]: crate::Client::create_onboarding_workspace
#[derive(Debug, Clone)]
pub struct CreateOnboardingWorkspace<'a> {
    client: &'a crate::Client,
    body: Result<types::OnboardingWorkspaceCreate, String>,
}

impl<'a> CreateOnboardingWorkspace<'a> {
    pub(crate) fn new(
        client: &'a crate::Client,
        body: types::OnboardingWorkspaceCreate,
    ) -> Self {
        Self {
            client: client,
            body: Ok(body),
        }
    }

    async fn send_raw(
        self,
    ) -> Result<ResponseValue<types::OnboardingWorkspace>, Error<ByteStream>> {
        let Self { client, body } = self;
        let body = body
            .and_then(|v| {
                types::OnboardingWorkspaceCreate::try_from(v).map_err(|e| e.to_string())
            })
            .map_err(Error::InvalidRequest)?;
        let url = format!("{}/v1/onboarding/workspace", client.baseurl,);
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
            operation_id: "create_onboarding_workspace",
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

    /// Sends `POST /v1/onboarding/workspace` and decodes the response.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::Response<types::OnboardingWorkspace>,
        crate::Error,
    > {
        let client = self.client;
        crate::transport::send(
                client,
                &crate::metadata::CREATE_ONBOARDING_WORKSPACE,
                self.send_raw(),
            )
            .await
    }

    /// Sends `POST /v1/onboarding/workspace` with these options for this call (extra headers, time
    /// budget, retry policy) and decodes the response.
    pub async fn send_with(
        self,
        options: crate::RequestOptions,
    ) -> ::std::result::Result<
        crate::Response<types::OnboardingWorkspace>,
        crate::Error,
    > {
        let client = self.client;
        crate::transport::send_with(
                client,
                &crate::metadata::CREATE_ONBOARDING_WORKSPACE,
                ::std::option::Option::Some(options),
                self.send_raw(),
            )
            .await
    }
}

/// Builder for [`Client::update_onboarding_workspace`]
///
/// [`Client::update_onboarding_workspace`]: crate::Client::update_onboarding_workspace
#[derive(Debug, Clone)]
pub struct UpdateOnboardingWorkspace<'a> {
    client: &'a crate::Client,
    body: Result<types::OnboardingWorkspaceUpdate, String>,
}

impl<'a> UpdateOnboardingWorkspace<'a> {
    pub(crate) fn new(
        client: &'a crate::Client,
        body: types::OnboardingWorkspaceUpdate,
    ) -> Self {
        Self {
            client: client,
            body: Ok(body),
        }
    }

    async fn send_raw(
        self,
    ) -> Result<ResponseValue<types::OnboardingWorkspace>, Error<ByteStream>> {
        let Self { client, body } = self;
        let body = body
            .and_then(|v| {
                types::OnboardingWorkspaceUpdate::try_from(v).map_err(|e| e.to_string())
            })
            .map_err(Error::InvalidRequest)?;
        let url = format!("{}/v1/onboarding/workspace", client.baseurl,);
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map
            .append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(crate::Client::api_version()),
            );
        #[allow(unused_mut)]
        let mut request = client
            .client
            .patch(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .json(&body)
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "update_onboarding_workspace",
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

    /// Sends `PATCH /v1/onboarding/workspace` and decodes the response.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::Response<types::OnboardingWorkspace>,
        crate::Error,
    > {
        let client = self.client;
        crate::transport::send(
                client,
                &crate::metadata::UPDATE_ONBOARDING_WORKSPACE,
                self.send_raw(),
            )
            .await
    }

    /// Sends `PATCH /v1/onboarding/workspace` with these options for this call (extra headers, time
    /// budget, retry policy) and decodes the response.
    pub async fn send_with(
        self,
        options: crate::RequestOptions,
    ) -> ::std::result::Result<
        crate::Response<types::OnboardingWorkspace>,
        crate::Error,
    > {
        let client = self.client;
        crate::transport::send_with(
                client,
                &crate::metadata::UPDATE_ONBOARDING_WORKSPACE,
                ::std::option::Option::Some(options),
                self.send_raw(),
            )
            .await
    }
}

/// Builder for [`Client::get_setup_status`]
///
/// [`Client::get_setup_status`]: crate::Client::get_setup_status
#[derive(Debug, Clone)]
pub struct GetSetupStatus<'a> {
    client: &'a crate::Client,
}

impl<'a> GetSetupStatus<'a> {
    pub(crate) fn new(client: &'a crate::Client) -> Self {
        Self { client: client }
    }

    async fn send_raw(
        self,
    ) -> Result<ResponseValue<types::OnboardingSetupStatus>, Error<ByteStream>> {
        let Self { client } = self;
        let url = format!("{}/v1/setup/status", client.baseurl,);
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
            operation_id: "get_setup_status",
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

    /// Sends `GET /v1/setup/status` and decodes the response.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::Response<types::OnboardingSetupStatus>,
        crate::Error,
    > {
        let client = self.client;
        crate::transport::send(
                client,
                &crate::metadata::GET_SETUP_STATUS,
                self.send_raw(),
            )
            .await
    }

    /// Sends `GET /v1/setup/status` with these options for this call (extra headers, time budget,
    /// retry policy) and decodes the response.
    pub async fn send_with(
        self,
        options: crate::RequestOptions,
    ) -> ::std::result::Result<
        crate::Response<types::OnboardingSetupStatus>,
        crate::Error,
    > {
        let client = self.client;
        crate::transport::send_with(
                client,
                &crate::metadata::GET_SETUP_STATUS,
                ::std::option::Option::Some(options),
                self.send_raw(),
            )
            .await
    }
}

/// Builder for [`Client::complete_setup`]
///
/// [`Client::complete_setup`]: crate::Client::complete_setup
#[derive(Debug, Clone)]
pub struct CompleteSetup<'a> {
    client: &'a crate::Client,
}

impl<'a> CompleteSetup<'a> {
    pub(crate) fn new(client: &'a crate::Client) -> Self {
        Self { client: client }
    }

    async fn send_raw(
        self,
    ) -> Result<ResponseValue<types::OnboardingSetupStatus>, Error<ByteStream>> {
        let Self { client } = self;
        let url = format!("{}/v1/setup/complete", client.baseurl,);
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
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "complete_setup",
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

    /// Sends `POST /v1/setup/complete` and decodes the response.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::Response<types::OnboardingSetupStatus>,
        crate::Error,
    > {
        let client = self.client;
        crate::transport::send(client, &crate::metadata::COMPLETE_SETUP, self.send_raw())
            .await
    }

    /// Sends `POST /v1/setup/complete` with these options for this call (extra headers, time
    /// budget, retry policy) and decodes the response.
    pub async fn send_with(
        self,
        options: crate::RequestOptions,
    ) -> ::std::result::Result<
        crate::Response<types::OnboardingSetupStatus>,
        crate::Error,
    > {
        let client = self.client;
        crate::transport::send_with(
                client,
                &crate::metadata::COMPLETE_SETUP,
                ::std::option::Option::Some(options),
                self.send_raw(),
            )
            .await
    }
}

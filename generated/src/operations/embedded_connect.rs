// @generated operations of the `embedded_connect` area by agentruntime-generator 0.1.0. Do not edit by hand.
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

/// # Embedded connect
///
/// Partner (B2B2C) integration, with hosted connect links, the partner webhook, end-user
/// principals, segments and per-principal usage export.
impl crate::Client {
    /// Create a hosted connect session for an end user
    ///
    /// Creates a one-time, short-lived (minutes) hosted connect session in which the end user
    /// identified by `external_user_id` connects an account. Open `connect_url` in a popup; when
    /// the user finishes, the partner webhook receives `connection.created`, or poll
    /// `get_connect_session`. The principal is created on first use.
    ///
    /// Requires role `project_contributor`. Sends no context headers. Not idempotent: re-sent only
    /// when the server provably did not receive it.
    ///
    /// Sends `POST /v1/connect/link` with a [`ConnectLinkCreate`](types::ConnectLinkCreate) body;
    /// `send()` returns a [`ConnectLink`](types::ConnectLink).
    ///
    /// ```no_run
    /// # async fn example(client: &agentruntime::Client, body: agentruntime::types::ConnectLinkCreate) -> Result<(), agentruntime::Error> {
    /// let response = client.create_connect_link(body).send().await?;
    /// # let _ = response;
    /// # Ok(())
    /// # }
    /// ```
    pub fn create_connect_link(
        &self,
        body: impl ::std::convert::Into<types::ConnectLinkCreate>,
    ) -> CreateConnectLink<'_> {
        CreateConnectLink::new(self, body.into())
    }

    /// Poll a connect session's status
    ///
    /// Requires role `project_contributor`. Sends no context headers. Idempotent: retried on
    /// transient failures.
    ///
    /// Arguments:
    /// - `id`: Connect session id (`cs_…`).
    ///
    /// Sends `GET /v1/connect/sessions/{id}`; `send()` returns a
    /// [`ConnectSession`](types::ConnectSession).
    ///
    /// ```no_run
    /// # async fn example(client: &agentruntime::Client, id: &str) -> Result<(), agentruntime::Error> {
    /// let response = client.get_connect_session(id).send().await?;
    /// # let _ = response;
    /// # Ok(())
    /// # }
    /// ```
    pub fn get_connect_session(
        &self,
        id: impl ::std::convert::TryInto<::std::string::String>,
    ) -> GetConnectSession<'_> {
        GetConnectSession::new(self).id(id)
    }

    /// Set the partner webhook URL and secret
    ///
    /// Stores the URL that receives Embedded Connect events (see `EmbeddedConnectWebhookEvent`) and
    /// the secret they are signed with. Each event is a JSON POST carrying
    /// `X-Agentruntime-Signature: sha256=<hex>`, the lowercase hex HMAC-SHA256 of the raw body
    /// keyed with this secret, the same pattern as inbound webhooks. Verify it before trusting the
    /// body.
    ///
    /// Requires role `tenant_admin`. Sends no context headers. Idempotent: retried on transient
    /// failures.
    ///
    /// Sends `PUT /v1/embedded-connect/settings` with a
    /// [`EmbeddedConnectSettingsUpdate`](types::EmbeddedConnectSettingsUpdate) body; `send()`
    /// returns a [`EmbeddedConnectSettings`](types::EmbeddedConnectSettings).
    ///
    /// ```no_run
    /// # async fn example(client: &agentruntime::Client, body: agentruntime::types::EmbeddedConnectSettingsUpdate) -> Result<(), agentruntime::Error> {
    /// let response = client.update_embedded_connect_settings(body).send().await?;
    /// # let _ = response;
    /// # Ok(())
    /// # }
    /// ```
    pub fn update_embedded_connect_settings(
        &self,
        body: impl ::std::convert::Into<types::EmbeddedConnectSettingsUpdate>,
    ) -> UpdateEmbeddedConnectSettings<'_> {
        UpdateEmbeddedConnectSettings::new(self, body.into())
    }

    /// List end-user principals
    ///
    /// Lists the workspace's principals (the partner's end users), filtered.
    ///
    /// Requires role `project_contributor`. Sends no context headers. Idempotent: retried on
    /// transient failures. Paginated by `page_token`: `.stream()` yields every item, keeping all
    /// filters on every page.
    ///
    /// Arguments:
    /// - `external_user_id`: Only the principal with this partner-side user id.
    /// - `has_connection`: Only principals with (true) or without (false) at least one connection.
    /// - `limit`: Maximum number of items in one page.
    /// - `page_token`: Opaque cursor from the previous page's `next_page`. Every other filter of
    ///   the first request must be sent again unchanged with it.
    /// - `provider`: Only principals with a connection of this provider (for example
    ///   `google_account`).
    /// - `status`: Only principals in this state, for example `active` or `suspended`.
    /// - `tag`: Only principals carrying this tag.
    /// - `team`: Only principals of this team.
    ///
    /// Sends `GET /v1/principals`; `send()` returns a [`PrincipalPage`](types::PrincipalPage).
    ///
    /// Optional parameters are setters of [`ListPrincipals`]:
    /// [`external_user_id`](ListPrincipals::external_user_id),
    /// [`has_connection`](ListPrincipals::has_connection), [`limit`](ListPrincipals::limit),
    /// [`page_token`](ListPrincipals::page_token), [`provider`](ListPrincipals::provider),
    /// [`status`](ListPrincipals::status), [`tag`](ListPrincipals::tag),
    /// [`team`](ListPrincipals::team).
    ///
    /// ```no_run
    /// # async fn example(client: &agentruntime::Client) -> Result<(), agentruntime::Error> {
    /// let response = client.list_principals().send().await?;
    /// # let _ = response;
    /// # Ok(())
    /// # }
    /// ```
    pub fn list_principals(&self) -> ListPrincipals<'_> {
        ListPrincipals::new(self)
    }

    /// Batch upsert principal metadata
    ///
    /// Creates or updates many principals at once, keyed by `external_user_id`. Principals not in
    /// the request are left unchanged.
    ///
    /// Requires role `project_contributor`. Sends no context headers. Not idempotent: re-sent only
    /// when the server provably did not receive it.
    ///
    /// Sends `POST /v1/principals/sync` with a
    /// [`PrincipalSyncRequest`](types::PrincipalSyncRequest) body; `send()` returns a
    /// [`PrincipalSyncResult`](types::PrincipalSyncResult).
    ///
    /// ```no_run
    /// # async fn example(client: &agentruntime::Client, body: agentruntime::types::PrincipalSyncRequest) -> Result<(), agentruntime::Error> {
    /// let response = client.sync_principals(body).send().await?;
    /// # let _ = response;
    /// # Ok(())
    /// # }
    /// ```
    pub fn sync_principals(
        &self,
        body: impl ::std::convert::Into<types::PrincipalSyncRequest>,
    ) -> SyncPrincipals<'_> {
        SyncPrincipals::new(self, body.into())
    }

    /// Get one principal with its connections
    ///
    /// Requires role `project_contributor`. Sends no context headers. Idempotent: retried on
    /// transient failures.
    ///
    /// Arguments:
    /// - `external_id`: The principal's `external_user_id` (the partner's own user id).
    ///
    /// Sends `GET /v1/principals/{external_id}`; `send()` returns a
    /// [`Principal`](types::Principal).
    ///
    /// ```no_run
    /// # async fn example(client: &agentruntime::Client, external_id: &str) -> Result<(), agentruntime::Error> {
    /// let response = client.get_principal(external_id).send().await?;
    /// # let _ = response;
    /// # Ok(())
    /// # }
    /// ```
    pub fn get_principal(
        &self,
        external_id: impl ::std::convert::TryInto<::std::string::String>,
    ) -> GetPrincipal<'_> {
        GetPrincipal::new(self).external_id(external_id)
    }

    /// Create or update one principal's metadata
    ///
    /// Creates the principal if it does not exist, otherwise replaces its metadata. The principal
    /// is identified by the path's `external_id`.
    ///
    /// Requires role `project_contributor`. Sends no context headers. Idempotent: retried on
    /// transient failures.
    ///
    /// Arguments:
    /// - `external_id`: The principal's `external_user_id` (the partner's own user id).
    /// - `body`
    ///
    /// Sends `PUT /v1/principals/{external_id}` with a [`PrincipalUpsert`](types::PrincipalUpsert)
    /// body; `send()` returns a [`Principal`](types::Principal).
    ///
    /// ```no_run
    /// # async fn example(client: &agentruntime::Client, external_id: &str, body: agentruntime::types::PrincipalUpsert) -> Result<(), agentruntime::Error> {
    /// let response = client.upsert_principal(external_id, body).send().await?;
    /// # let _ = response;
    /// # Ok(())
    /// # }
    /// ```
    pub fn upsert_principal(
        &self,
        external_id: impl ::std::convert::TryInto<::std::string::String>,
        body: impl ::std::convert::Into<types::PrincipalUpsert>,
    ) -> UpsertPrincipal<'_> {
        UpsertPrincipal::new(self, body.into()).external_id(external_id)
    }

    /// Delete a principal
    ///
    /// Soft-deletes the principal: its connections are revoked and their secrets purged. Run
    /// history is kept.
    ///
    /// Requires role `project_contributor`. Sends no context headers. Idempotent: retried on
    /// transient failures.
    ///
    /// Arguments:
    /// - `external_id`: The principal's `external_user_id` (the partner's own user id).
    ///
    /// Sends `DELETE /v1/principals/{external_id}`; `send()` returns no body.
    ///
    /// ```no_run
    /// # async fn example(client: &agentruntime::Client, external_id: &str) -> Result<(), agentruntime::Error> {
    /// let response = client.delete_principal(external_id).send().await?;
    /// # let _ = response;
    /// # Ok(())
    /// # }
    /// ```
    pub fn delete_principal(
        &self,
        external_id: impl ::std::convert::TryInto<::std::string::String>,
    ) -> DeletePrincipal<'_> {
        DeletePrincipal::new(self).external_id(external_id)
    }

    /// Suspend a principal from future runs
    ///
    /// Marks the principal `suspended`: no new runs start for it (directly or through segments and
    /// triggers). Its connections are kept.
    ///
    /// Requires role `project_contributor`. Sends no context headers. Not idempotent: re-sent only
    /// when the server provably did not receive it.
    ///
    /// Arguments:
    /// - `external_id`: The principal's `external_user_id` (the partner's own user id).
    ///
    /// Sends `POST /v1/principals/{external_id}/suspend`; `send()` returns a
    /// [`Principal`](types::Principal).
    ///
    /// ```no_run
    /// # async fn example(client: &agentruntime::Client, external_id: &str) -> Result<(), agentruntime::Error> {
    /// let response = client.suspend_principal(external_id).send().await?;
    /// # let _ = response;
    /// # Ok(())
    /// # }
    /// ```
    pub fn suspend_principal(
        &self,
        external_id: impl ::std::convert::TryInto<::std::string::String>,
    ) -> SuspendPrincipal<'_> {
        SuspendPrincipal::new(self).external_id(external_id)
    }

    /// Link a principal to a Console user
    ///
    /// Admin-only. Links the principal to a Console user of the workspace, so runs for the
    /// principal and the user's own runs share an identity.
    ///
    /// Requires role `tenant_admin`. Sends no context headers. Not idempotent: re-sent only when
    /// the server provably did not receive it.
    ///
    /// Arguments:
    /// - `external_id`: The principal's `external_user_id` (the partner's own user id).
    /// - `body`
    ///
    /// Sends `POST /v1/principals/{external_id}/link` with a
    /// [`PrincipalLinkRequest`](types::PrincipalLinkRequest) body; `send()` returns a
    /// [`Principal`](types::Principal).
    ///
    /// ```no_run
    /// # async fn example(client: &agentruntime::Client, external_id: &str, body: agentruntime::types::PrincipalLinkRequest) -> Result<(), agentruntime::Error> {
    /// let response = client.link_principal_user(external_id, body).send().await?;
    /// # let _ = response;
    /// # Ok(())
    /// # }
    /// ```
    pub fn link_principal_user(
        &self,
        external_id: impl ::std::convert::TryInto<::std::string::String>,
        body: impl ::std::convert::Into<types::PrincipalLinkRequest>,
    ) -> LinkPrincipalUser<'_> {
        LinkPrincipalUser::new(self, body.into()).external_id(external_id)
    }

    /// Remove a principal's Console user link
    ///
    /// Admin-only. Removes the link created by `link_principal_user`.
    ///
    /// Requires role `tenant_admin`. Sends no context headers. Idempotent: retried on transient
    /// failures.
    ///
    /// Arguments:
    /// - `external_id`: The principal's `external_user_id` (the partner's own user id).
    ///
    /// Sends `DELETE /v1/principals/{external_id}/link`; `send()` returns no body.
    ///
    /// ```no_run
    /// # async fn example(client: &agentruntime::Client, external_id: &str) -> Result<(), agentruntime::Error> {
    /// let response = client.unlink_principal_user(external_id).send().await?;
    /// # let _ = response;
    /// # Ok(())
    /// # }
    /// ```
    pub fn unlink_principal_user(
        &self,
        external_id: impl ::std::convert::TryInto<::std::string::String>,
    ) -> UnlinkPrincipalUser<'_> {
        UnlinkPrincipalUser::new(self).external_id(external_id)
    }

    /// List principal segments
    ///
    /// Requires role `project_contributor`. Sends no context headers. Idempotent: retried on
    /// transient failures. Paginated by `page_token`: `.stream()` yields every item, keeping all
    /// filters on every page.
    ///
    /// Arguments:
    /// - `limit`: Maximum number of items in one page.
    /// - `page_token`: Opaque cursor from the previous page's `next_page`. Every other filter of
    ///   the first request must be sent again unchanged with it.
    ///
    /// Sends `GET /v1/principal-segments`; `send()` returns a
    /// [`PrincipalSegmentPage`](types::PrincipalSegmentPage).
    ///
    /// Optional parameters are setters of [`ListPrincipalSegments`]:
    /// [`limit`](ListPrincipalSegments::limit), [`page_token`](ListPrincipalSegments::page_token).
    ///
    /// ```no_run
    /// # async fn example(client: &agentruntime::Client) -> Result<(), agentruntime::Error> {
    /// let response = client.list_principal_segments().send().await?;
    /// # let _ = response;
    /// # Ok(())
    /// # }
    /// ```
    pub fn list_principal_segments(&self) -> ListPrincipalSegments<'_> {
        ListPrincipalSegments::new(self)
    }

    /// Create a principal segment
    ///
    /// Defines a named, dynamic set of principals by tags, team and required connection. Runs can
    /// target a segment (one run per matching principal).
    ///
    /// Requires role `project_contributor`. Sends no context headers. Not idempotent: re-sent only
    /// when the server provably did not receive it.
    ///
    /// Sends `POST /v1/principal-segments` with a
    /// [`PrincipalSegmentCreate`](types::PrincipalSegmentCreate) body; `send()` returns a
    /// [`PrincipalSegment`](types::PrincipalSegment).
    ///
    /// ```no_run
    /// # async fn example(client: &agentruntime::Client, body: agentruntime::types::PrincipalSegmentCreate) -> Result<(), agentruntime::Error> {
    /// let response = client.create_principal_segment(body).send().await?;
    /// # let _ = response;
    /// # Ok(())
    /// # }
    /// ```
    pub fn create_principal_segment(
        &self,
        body: impl ::std::convert::Into<types::PrincipalSegmentCreate>,
    ) -> CreatePrincipalSegment<'_> {
        CreatePrincipalSegment::new(self, body.into())
    }

    /// Get a segment definition
    ///
    /// Requires role `project_contributor`. Sends no context headers. Idempotent: retried on
    /// transient failures.
    ///
    /// Arguments:
    /// - `id`: Segment id (`seg_…`).
    ///
    /// Sends `GET /v1/principal-segments/{id}`; `send()` returns a
    /// [`PrincipalSegment`](types::PrincipalSegment).
    ///
    /// ```no_run
    /// # async fn example(client: &agentruntime::Client, id: &str) -> Result<(), agentruntime::Error> {
    /// let response = client.get_principal_segment(id).send().await?;
    /// # let _ = response;
    /// # Ok(())
    /// # }
    /// ```
    pub fn get_principal_segment(
        &self,
        id: impl ::std::convert::TryInto<::std::string::String>,
    ) -> GetPrincipalSegment<'_> {
        GetPrincipalSegment::new(self).id(id)
    }

    /// Export usage per principal
    ///
    /// Usage export for partners: runs and credits per principal in a time range. Separate from the
    /// workspace billing history at `/v1/billing/usage-history`.
    ///
    /// Requires role `project_contributor`. Sends no context headers. Idempotent: retried on
    /// transient failures. Paginated by `page_token`: `.stream()` yields every item, keeping all
    /// filters on every page.
    ///
    /// Arguments:
    /// - `from`: Start of the range, inclusive (RFC 3339 UTC).
    /// - `group_by`: Grouping of the rows; `principal` is the only documented value.
    /// - `limit`: Maximum number of items in one page.
    /// - `page_token`: Opaque cursor from the previous page's `next_page`. Every other filter of
    ///   the first request must be sent again unchanged with it.
    /// - `to`: End of the range, exclusive (RFC 3339 UTC).
    ///
    /// Sends `GET /v1/usage-history`; `send()` returns a
    /// [`PrincipalUsagePage`](types::PrincipalUsagePage).
    ///
    /// Optional parameters are setters of [`ListUsageHistory`]: [`from`](ListUsageHistory::from),
    /// [`group_by`](ListUsageHistory::group_by), [`limit`](ListUsageHistory::limit),
    /// [`page_token`](ListUsageHistory::page_token), [`to`](ListUsageHistory::to).
    ///
    /// ```no_run
    /// # async fn example(client: &agentruntime::Client) -> Result<(), agentruntime::Error> {
    /// let response = client.list_usage_history().send().await?;
    /// # let _ = response;
    /// # Ok(())
    /// # }
    /// ```
    pub fn list_usage_history(&self) -> ListUsageHistory<'_> {
        ListUsageHistory::new(self)
    }
}

/// Builder for [`Client::create_connect_link`]
///
/// [`Client::create_connect_link`]: crate::Client::create_connect_link
#[derive(Debug, Clone)]
pub struct CreateConnectLink<'a> {
    client: &'a crate::Client,
    body: Result<types::ConnectLinkCreate, String>,
}

impl<'a> CreateConnectLink<'a> {
    pub(crate) fn new(
        client: &'a crate::Client,
        body: types::ConnectLinkCreate,
    ) -> Self {
        Self {
            client: client,
            body: Ok(body),
        }
    }

    async fn send_raw(
        self,
    ) -> Result<ResponseValue<types::ConnectLink>, Error<ByteStream>> {
        let Self { client, body } = self;
        let body = body
            .and_then(|v| {
                types::ConnectLinkCreate::try_from(v).map_err(|e| e.to_string())
            })
            .map_err(Error::InvalidRequest)?;
        let url = format!("{}/v1/connect/link", client.baseurl,);
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
            operation_id: "create_connect_link",
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

    /// Sends `POST /v1/connect/link` and decodes the response.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::Response<types::ConnectLink>, crate::Error> {
        let client = self.client;
        crate::transport::send(
                client,
                &crate::metadata::CREATE_CONNECT_LINK,
                self.send_raw(),
            )
            .await
    }

    /// Sends `POST /v1/connect/link` with these options for this call (extra headers, time budget,
    /// retry policy) and decodes the response.
    pub async fn send_with(
        self,
        options: crate::RequestOptions,
    ) -> ::std::result::Result<crate::Response<types::ConnectLink>, crate::Error> {
        let client = self.client;
        crate::transport::send_with(
                client,
                &crate::metadata::CREATE_CONNECT_LINK,
                ::std::option::Option::Some(options),
                self.send_raw(),
            )
            .await
    }
}

/// Builder for [`Client::get_connect_session`]
///
/// [`Client::get_connect_session`]: crate::Client::get_connect_session
#[derive(Debug, Clone)]
pub struct GetConnectSession<'a> {
    client: &'a crate::Client,
    id: Result<::std::string::String, String>,
}

impl<'a> GetConnectSession<'a> {
    pub(crate) fn new(client: &'a crate::Client) -> Self {
        Self {
            client: client,
            id: Err("id was not initialized".to_string()),
        }
    }

    /// Sets the required path parameter `id`.
    ///
    /// Connect session id (`cs_…`).
    fn id<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<::std::string::String>,
    {
        self.id = value
            .try_into()
            .map_err(|_| {
                "conversion to `:: std :: string :: String` for id failed".to_string()
            });
        self
    }

    async fn send_raw(
        self,
    ) -> Result<ResponseValue<types::ConnectSession>, Error<ByteStream>> {
        let Self { client, id } = self;
        let id = id.map_err(Error::InvalidRequest)?;
        let url = format!(
            "{}/v1/connect/sessions/{}", client.baseurl, crate ::params::path("id", crate
            ::params::PathStyle::Simple, false, & id) ?,
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
            operation_id: "get_connect_session",
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

    /// Sends `GET /v1/connect/sessions/{id}` and decodes the response.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::Response<types::ConnectSession>, crate::Error> {
        let client = self.client;
        crate::transport::send(
                client,
                &crate::metadata::GET_CONNECT_SESSION,
                self.send_raw(),
            )
            .await
    }

    /// Sends `GET /v1/connect/sessions/{id}` with these options for this call (extra headers, time
    /// budget, retry policy) and decodes the response.
    pub async fn send_with(
        self,
        options: crate::RequestOptions,
    ) -> ::std::result::Result<crate::Response<types::ConnectSession>, crate::Error> {
        let client = self.client;
        crate::transport::send_with(
                client,
                &crate::metadata::GET_CONNECT_SESSION,
                ::std::option::Option::Some(options),
                self.send_raw(),
            )
            .await
    }
}

/// Builder for [`Client::update_embedded_connect_settings`]
///
/// [`Client::update_embedded_connect_settings`]: crate::Client::update_embedded_connect_settings
#[derive(Debug, Clone)]
pub struct UpdateEmbeddedConnectSettings<'a> {
    client: &'a crate::Client,
    body: Result<types::EmbeddedConnectSettingsUpdate, String>,
}

impl<'a> UpdateEmbeddedConnectSettings<'a> {
    pub(crate) fn new(
        client: &'a crate::Client,
        body: types::EmbeddedConnectSettingsUpdate,
    ) -> Self {
        Self {
            client: client,
            body: Ok(body),
        }
    }

    async fn send_raw(
        self,
    ) -> Result<ResponseValue<types::EmbeddedConnectSettings>, Error<ByteStream>> {
        let Self { client, body } = self;
        let body = body
            .and_then(|v| {
                types::EmbeddedConnectSettingsUpdate::try_from(v)
                    .map_err(|e| e.to_string())
            })
            .map_err(Error::InvalidRequest)?;
        let url = format!("{}/v1/embedded-connect/settings", client.baseurl,);
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map
            .append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(crate::Client::api_version()),
            );
        #[allow(unused_mut)]
        let mut request = client
            .client
            .put(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .json(&body)
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "update_embedded_connect_settings",
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

    /// Sends `PUT /v1/embedded-connect/settings` and decodes the response.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::Response<types::EmbeddedConnectSettings>,
        crate::Error,
    > {
        let client = self.client;
        crate::transport::send(
                client,
                &crate::metadata::UPDATE_EMBEDDED_CONNECT_SETTINGS,
                self.send_raw(),
            )
            .await
    }

    /// Sends `PUT /v1/embedded-connect/settings` with these options for this call (extra headers,
    /// time budget, retry policy) and decodes the response.
    pub async fn send_with(
        self,
        options: crate::RequestOptions,
    ) -> ::std::result::Result<
        crate::Response<types::EmbeddedConnectSettings>,
        crate::Error,
    > {
        let client = self.client;
        crate::transport::send_with(
                client,
                &crate::metadata::UPDATE_EMBEDDED_CONNECT_SETTINGS,
                ::std::option::Option::Some(options),
                self.send_raw(),
            )
            .await
    }
}

/// Builder for [`Client::list_principals`]
///
/// [`Client::list_principals`]: crate::Client::list_principals
#[derive(Debug, Clone)]
pub struct ListPrincipals<'a> {
    client: &'a crate::Client,
    external_user_id: Result<Option<::std::string::String>, String>,
    has_connection: Result<Option<bool>, String>,
    limit: Result<Option<i32>, String>,
    page_token: Result<Option<::std::string::String>, String>,
    provider: Result<Option<::std::string::String>, String>,
    status: Result<Option<::std::string::String>, String>,
    tag: Result<Option<::std::string::String>, String>,
    team: Result<Option<::std::string::String>, String>,
}

impl<'a> ListPrincipals<'a> {
    pub(crate) fn new(client: &'a crate::Client) -> Self {
        Self {
            client: client,
            external_user_id: Ok(None),
            has_connection: Ok(None),
            limit: Ok(None),
            page_token: Ok(None),
            provider: Ok(None),
            status: Ok(None),
            tag: Ok(None),
            team: Ok(None),
        }
    }

    /// Sets the optional query parameter `external_user_id`.
    ///
    /// Only the principal with this partner-side user id.
    pub fn external_user_id<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<::std::string::String>,
    {
        self.external_user_id = value
            .try_into()
            .map(Some)
            .map_err(|_| {
                "conversion to `:: std :: string :: String` for external_user_id failed"
                    .to_string()
            });
        self
    }

    /// Sets the optional query parameter `has_connection`.
    ///
    /// Only principals with (true) or without (false) at least one connection.
    pub fn has_connection<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<bool>,
    {
        self.has_connection = value
            .try_into()
            .map(Some)
            .map_err(|_| "conversion to `bool` for has_connection failed".to_string());
        self
    }

    /// Sets the optional query parameter `limit`.
    ///
    /// Maximum number of items in one page.
    pub fn limit<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<i32>,
    {
        self.limit = value
            .try_into()
            .map(Some)
            .map_err(|_| "conversion to `i32` for limit failed".to_string());
        self
    }

    /// Sets the optional query parameter `page_token`.
    ///
    /// Opaque cursor from the previous page's `next_page`. Every other filter of the first request
    /// must be sent again unchanged with it.
    pub fn page_token<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<::std::string::String>,
    {
        self.page_token = value
            .try_into()
            .map(Some)
            .map_err(|_| {
                "conversion to `:: std :: string :: String` for page_token failed"
                    .to_string()
            });
        self
    }

    /// Sets the optional query parameter `provider`.
    ///
    /// Only principals with a connection of this provider (for example `google_account`).
    pub fn provider<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<::std::string::String>,
    {
        self.provider = value
            .try_into()
            .map(Some)
            .map_err(|_| {
                "conversion to `:: std :: string :: String` for provider failed"
                    .to_string()
            });
        self
    }

    /// Sets the optional query parameter `status`.
    ///
    /// Only principals in this state, for example `active` or `suspended`.
    pub fn status<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<::std::string::String>,
    {
        self.status = value
            .try_into()
            .map(Some)
            .map_err(|_| {
                "conversion to `:: std :: string :: String` for status failed"
                    .to_string()
            });
        self
    }

    /// Sets the optional query parameter `tag`.
    ///
    /// Only principals carrying this tag.
    pub fn tag<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<::std::string::String>,
    {
        self.tag = value
            .try_into()
            .map(Some)
            .map_err(|_| {
                "conversion to `:: std :: string :: String` for tag failed".to_string()
            });
        self
    }

    /// Sets the optional query parameter `team`.
    ///
    /// Only principals of this team.
    pub fn team<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<::std::string::String>,
    {
        self.team = value
            .try_into()
            .map(Some)
            .map_err(|_| {
                "conversion to `:: std :: string :: String` for team failed".to_string()
            });
        self
    }

    async fn send_raw(
        self,
    ) -> Result<ResponseValue<types::PrincipalPage>, Error<ByteStream>> {
        let Self {
            client,
            external_user_id,
            has_connection,
            limit,
            page_token,
            provider,
            status,
            tag,
            team,
        } = self;
        let external_user_id = external_user_id.map_err(Error::InvalidRequest)?;
        let has_connection = has_connection.map_err(Error::InvalidRequest)?;
        let limit = limit.map_err(Error::InvalidRequest)?;
        let page_token = page_token.map_err(Error::InvalidRequest)?;
        let provider = provider.map_err(Error::InvalidRequest)?;
        let status = status.map_err(Error::InvalidRequest)?;
        let tag = tag.map_err(Error::InvalidRequest)?;
        let team = team.map_err(Error::InvalidRequest)?;
        let url = format!("{}/v1/principals", client.baseurl,);
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
                "external_user_id",
                &external_user_id,
                crate::params::QueryStyle::Form,
                true,
                false,
            )?;
        query
            .push(
                "has_connection",
                &has_connection,
                crate::params::QueryStyle::Form,
                true,
                false,
            )?;
        query.push("limit", &limit, crate::params::QueryStyle::Form, true, false)?;
        query
            .push(
                "page_token",
                &page_token,
                crate::params::QueryStyle::Form,
                true,
                false,
            )?;
        query.push("provider", &provider, crate::params::QueryStyle::Form, true, false)?;
        query.push("status", &status, crate::params::QueryStyle::Form, true, false)?;
        query.push("tag", &tag, crate::params::QueryStyle::Form, true, false)?;
        query.push("team", &team, crate::params::QueryStyle::Form, true, false)?;
        query.apply(&mut request);
        let info = OperationInfo {
            operation_id: "list_principals",
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

    /// Sends `GET /v1/principals` and decodes the response.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::Response<types::PrincipalPage>, crate::Error> {
        let client = self.client;
        crate::transport::send(
                client,
                &crate::metadata::LIST_PRINCIPALS,
                self.send_raw(),
            )
            .await
    }

    /// Sends `GET /v1/principals` with these options for this call (extra headers, time budget,
    /// retry policy) and decodes the response.
    pub async fn send_with(
        self,
        options: crate::RequestOptions,
    ) -> ::std::result::Result<crate::Response<types::PrincipalPage>, crate::Error> {
        let client = self.client;
        crate::transport::send_with(
                client,
                &crate::metadata::LIST_PRINCIPALS,
                ::std::option::Option::Some(options),
                self.send_raw(),
            )
            .await
    }

    /// Streams every item of every page of `GET /v1/principals`, in order. Each page is requested
    /// with this builder's filters and the previous page's `next_page` as `page_token`; the stream
    /// ends after the last page.
    pub fn stream(
        self,
    ) -> impl ::futures::Stream<
        Item = ::std::result::Result<
            <types::PrincipalPage as crate::pagination::Page>::Item,
            crate::Error,
        >,
    > + ::std::marker::Unpin + 'a {
        crate::pagination::items(self.pages())
    }

    /// Streams the pages of `GET /v1/principals` (see
    /// [`PrincipalPage`](crate::types::PrincipalPage)), each with its response metadata.
    pub fn pages(
        self,
    ) -> impl ::futures::Stream<
        Item = ::std::result::Result<crate::Response<types::PrincipalPage>, crate::Error>,
    > + ::std::marker::Unpin + 'a {
        crate::pagination::by_cursor(
            self,
            Self::send,
            |builder, cursor| builder.page_token(cursor),
        )
    }
}

/// Builder for [`Client::sync_principals`]
///
/// [`Client::sync_principals`]: crate::Client::sync_principals
#[derive(Debug, Clone)]
pub struct SyncPrincipals<'a> {
    client: &'a crate::Client,
    body: Result<types::PrincipalSyncRequest, String>,
}

impl<'a> SyncPrincipals<'a> {
    pub(crate) fn new(
        client: &'a crate::Client,
        body: types::PrincipalSyncRequest,
    ) -> Self {
        Self {
            client: client,
            body: Ok(body),
        }
    }

    async fn send_raw(
        self,
    ) -> Result<ResponseValue<types::PrincipalSyncResult>, Error<ByteStream>> {
        let Self { client, body } = self;
        let body = body
            .and_then(|v| {
                types::PrincipalSyncRequest::try_from(v).map_err(|e| e.to_string())
            })
            .map_err(Error::InvalidRequest)?;
        let url = format!("{}/v1/principals/sync", client.baseurl,);
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
            operation_id: "sync_principals",
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

    /// Sends `POST /v1/principals/sync` and decodes the response.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::Response<types::PrincipalSyncResult>,
        crate::Error,
    > {
        let client = self.client;
        crate::transport::send(
                client,
                &crate::metadata::SYNC_PRINCIPALS,
                self.send_raw(),
            )
            .await
    }

    /// Sends `POST /v1/principals/sync` with these options for this call (extra headers, time
    /// budget, retry policy) and decodes the response.
    pub async fn send_with(
        self,
        options: crate::RequestOptions,
    ) -> ::std::result::Result<
        crate::Response<types::PrincipalSyncResult>,
        crate::Error,
    > {
        let client = self.client;
        crate::transport::send_with(
                client,
                &crate::metadata::SYNC_PRINCIPALS,
                ::std::option::Option::Some(options),
                self.send_raw(),
            )
            .await
    }
}

/// Builder for [`Client::get_principal`]
///
/// [`Client::get_principal`]: crate::Client::get_principal
#[derive(Debug, Clone)]
pub struct GetPrincipal<'a> {
    client: &'a crate::Client,
    external_id: Result<::std::string::String, String>,
}

impl<'a> GetPrincipal<'a> {
    pub(crate) fn new(client: &'a crate::Client) -> Self {
        Self {
            client: client,
            external_id: Err("external_id was not initialized".to_string()),
        }
    }

    /// Sets the required path parameter `external_id`.
    ///
    /// The principal's `external_user_id` (the partner's own user id).
    fn external_id<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<::std::string::String>,
    {
        self.external_id = value
            .try_into()
            .map_err(|_| {
                "conversion to `:: std :: string :: String` for external_id failed"
                    .to_string()
            });
        self
    }

    async fn send_raw(
        self,
    ) -> Result<ResponseValue<types::Principal>, Error<ByteStream>> {
        let Self { client, external_id } = self;
        let external_id = external_id.map_err(Error::InvalidRequest)?;
        let url = format!(
            "{}/v1/principals/{}", client.baseurl, crate ::params::path("external_id",
            crate ::params::PathStyle::Simple, false, & external_id) ?,
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
            operation_id: "get_principal",
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

    /// Sends `GET /v1/principals/{external_id}` and decodes the response.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::Response<types::Principal>, crate::Error> {
        let client = self.client;
        crate::transport::send(client, &crate::metadata::GET_PRINCIPAL, self.send_raw())
            .await
    }

    /// Sends `GET /v1/principals/{external_id}` with these options for this call (extra headers,
    /// time budget, retry policy) and decodes the response.
    pub async fn send_with(
        self,
        options: crate::RequestOptions,
    ) -> ::std::result::Result<crate::Response<types::Principal>, crate::Error> {
        let client = self.client;
        crate::transport::send_with(
                client,
                &crate::metadata::GET_PRINCIPAL,
                ::std::option::Option::Some(options),
                self.send_raw(),
            )
            .await
    }
}

/// Builder for [`Client::upsert_principal`]
///
/// [`Client::upsert_principal`]: crate::Client::upsert_principal
#[derive(Debug, Clone)]
pub struct UpsertPrincipal<'a> {
    client: &'a crate::Client,
    external_id: Result<::std::string::String, String>,
    body: Result<types::PrincipalUpsert, String>,
}

impl<'a> UpsertPrincipal<'a> {
    pub(crate) fn new(client: &'a crate::Client, body: types::PrincipalUpsert) -> Self {
        Self {
            client: client,
            external_id: Err("external_id was not initialized".to_string()),
            body: Ok(body),
        }
    }

    /// Sets the required path parameter `external_id`.
    ///
    /// The principal's `external_user_id` (the partner's own user id).
    fn external_id<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<::std::string::String>,
    {
        self.external_id = value
            .try_into()
            .map_err(|_| {
                "conversion to `:: std :: string :: String` for external_id failed"
                    .to_string()
            });
        self
    }

    async fn send_raw(
        self,
    ) -> Result<ResponseValue<types::Principal>, Error<ByteStream>> {
        let Self { client, external_id, body } = self;
        let external_id = external_id.map_err(Error::InvalidRequest)?;
        let body = body
            .and_then(|v| types::PrincipalUpsert::try_from(v).map_err(|e| e.to_string()))
            .map_err(Error::InvalidRequest)?;
        let url = format!(
            "{}/v1/principals/{}", client.baseurl, crate ::params::path("external_id",
            crate ::params::PathStyle::Simple, false, & external_id) ?,
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
            .put(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .json(&body)
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "upsert_principal",
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

    /// Sends `PUT /v1/principals/{external_id}` and decodes the response.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::Response<types::Principal>, crate::Error> {
        let client = self.client;
        crate::transport::send(
                client,
                &crate::metadata::UPSERT_PRINCIPAL,
                self.send_raw(),
            )
            .await
    }

    /// Sends `PUT /v1/principals/{external_id}` with these options for this call (extra headers,
    /// time budget, retry policy) and decodes the response.
    pub async fn send_with(
        self,
        options: crate::RequestOptions,
    ) -> ::std::result::Result<crate::Response<types::Principal>, crate::Error> {
        let client = self.client;
        crate::transport::send_with(
                client,
                &crate::metadata::UPSERT_PRINCIPAL,
                ::std::option::Option::Some(options),
                self.send_raw(),
            )
            .await
    }
}

/// Builder for [`Client::delete_principal`]
///
/// [`Client::delete_principal`]: crate::Client::delete_principal
#[derive(Debug, Clone)]
pub struct DeletePrincipal<'a> {
    client: &'a crate::Client,
    external_id: Result<::std::string::String, String>,
}

impl<'a> DeletePrincipal<'a> {
    pub(crate) fn new(client: &'a crate::Client) -> Self {
        Self {
            client: client,
            external_id: Err("external_id was not initialized".to_string()),
        }
    }

    /// Sets the required path parameter `external_id`.
    ///
    /// The principal's `external_user_id` (the partner's own user id).
    fn external_id<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<::std::string::String>,
    {
        self.external_id = value
            .try_into()
            .map_err(|_| {
                "conversion to `:: std :: string :: String` for external_id failed"
                    .to_string()
            });
        self
    }

    async fn send_raw(self) -> Result<ResponseValue<()>, Error<ByteStream>> {
        let Self { client, external_id } = self;
        let external_id = external_id.map_err(Error::InvalidRequest)?;
        let url = format!(
            "{}/v1/principals/{}", client.baseurl, crate ::params::path("external_id",
            crate ::params::PathStyle::Simple, false, & external_id) ?,
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map
            .append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(crate::Client::api_version()),
            );
        #[allow(unused_mut)]
        let mut request = client.client.delete(url).headers(header_map).build()?;
        let info = OperationInfo {
            operation_id: "delete_principal",
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

    /// Sends `DELETE /v1/principals/{external_id}` and decodes the response.
    pub async fn send(self) -> ::std::result::Result<crate::Response<()>, crate::Error> {
        let client = self.client;
        crate::transport::send(
                client,
                &crate::metadata::DELETE_PRINCIPAL,
                self.send_raw(),
            )
            .await
    }

    /// Sends `DELETE /v1/principals/{external_id}` with these options for this call (extra headers,
    /// time budget, retry policy) and decodes the response.
    pub async fn send_with(
        self,
        options: crate::RequestOptions,
    ) -> ::std::result::Result<crate::Response<()>, crate::Error> {
        let client = self.client;
        crate::transport::send_with(
                client,
                &crate::metadata::DELETE_PRINCIPAL,
                ::std::option::Option::Some(options),
                self.send_raw(),
            )
            .await
    }
}

/// Builder for [`Client::suspend_principal`]
///
/// [`Client::suspend_principal`]: crate::Client::suspend_principal
#[derive(Debug, Clone)]
pub struct SuspendPrincipal<'a> {
    client: &'a crate::Client,
    external_id: Result<::std::string::String, String>,
}

impl<'a> SuspendPrincipal<'a> {
    pub(crate) fn new(client: &'a crate::Client) -> Self {
        Self {
            client: client,
            external_id: Err("external_id was not initialized".to_string()),
        }
    }

    /// Sets the required path parameter `external_id`.
    ///
    /// The principal's `external_user_id` (the partner's own user id).
    fn external_id<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<::std::string::String>,
    {
        self.external_id = value
            .try_into()
            .map_err(|_| {
                "conversion to `:: std :: string :: String` for external_id failed"
                    .to_string()
            });
        self
    }

    async fn send_raw(
        self,
    ) -> Result<ResponseValue<types::Principal>, Error<ByteStream>> {
        let Self { client, external_id } = self;
        let external_id = external_id.map_err(Error::InvalidRequest)?;
        let url = format!(
            "{}/v1/principals/{}/suspend", client.baseurl, crate
            ::params::path("external_id", crate ::params::PathStyle::Simple, false, &
            external_id) ?,
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
            .post(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "suspend_principal",
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

    /// Sends `POST /v1/principals/{external_id}/suspend` and decodes the response.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::Response<types::Principal>, crate::Error> {
        let client = self.client;
        crate::transport::send(
                client,
                &crate::metadata::SUSPEND_PRINCIPAL,
                self.send_raw(),
            )
            .await
    }

    /// Sends `POST /v1/principals/{external_id}/suspend` with these options for this call (extra
    /// headers, time budget, retry policy) and decodes the response.
    pub async fn send_with(
        self,
        options: crate::RequestOptions,
    ) -> ::std::result::Result<crate::Response<types::Principal>, crate::Error> {
        let client = self.client;
        crate::transport::send_with(
                client,
                &crate::metadata::SUSPEND_PRINCIPAL,
                ::std::option::Option::Some(options),
                self.send_raw(),
            )
            .await
    }
}

/// Builder for [`Client::link_principal_user`]
///
/// [`Client::link_principal_user`]: crate::Client::link_principal_user
#[derive(Debug, Clone)]
pub struct LinkPrincipalUser<'a> {
    client: &'a crate::Client,
    external_id: Result<::std::string::String, String>,
    body: Result<types::PrincipalLinkRequest, String>,
}

impl<'a> LinkPrincipalUser<'a> {
    pub(crate) fn new(
        client: &'a crate::Client,
        body: types::PrincipalLinkRequest,
    ) -> Self {
        Self {
            client: client,
            external_id: Err("external_id was not initialized".to_string()),
            body: Ok(body),
        }
    }

    /// Sets the required path parameter `external_id`.
    ///
    /// The principal's `external_user_id` (the partner's own user id).
    fn external_id<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<::std::string::String>,
    {
        self.external_id = value
            .try_into()
            .map_err(|_| {
                "conversion to `:: std :: string :: String` for external_id failed"
                    .to_string()
            });
        self
    }

    async fn send_raw(
        self,
    ) -> Result<ResponseValue<types::Principal>, Error<ByteStream>> {
        let Self { client, external_id, body } = self;
        let external_id = external_id.map_err(Error::InvalidRequest)?;
        let body = body
            .and_then(|v| {
                types::PrincipalLinkRequest::try_from(v).map_err(|e| e.to_string())
            })
            .map_err(Error::InvalidRequest)?;
        let url = format!(
            "{}/v1/principals/{}/link", client.baseurl, crate
            ::params::path("external_id", crate ::params::PathStyle::Simple, false, &
            external_id) ?,
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
            .post(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .json(&body)
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "link_principal_user",
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

    /// Sends `POST /v1/principals/{external_id}/link` and decodes the response.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::Response<types::Principal>, crate::Error> {
        let client = self.client;
        crate::transport::send(
                client,
                &crate::metadata::LINK_PRINCIPAL_USER,
                self.send_raw(),
            )
            .await
    }

    /// Sends `POST /v1/principals/{external_id}/link` with these options for this call (extra
    /// headers, time budget, retry policy) and decodes the response.
    pub async fn send_with(
        self,
        options: crate::RequestOptions,
    ) -> ::std::result::Result<crate::Response<types::Principal>, crate::Error> {
        let client = self.client;
        crate::transport::send_with(
                client,
                &crate::metadata::LINK_PRINCIPAL_USER,
                ::std::option::Option::Some(options),
                self.send_raw(),
            )
            .await
    }
}

/// Builder for [`Client::unlink_principal_user`]
///
/// [`Client::unlink_principal_user`]: crate::Client::unlink_principal_user
#[derive(Debug, Clone)]
pub struct UnlinkPrincipalUser<'a> {
    client: &'a crate::Client,
    external_id: Result<::std::string::String, String>,
}

impl<'a> UnlinkPrincipalUser<'a> {
    pub(crate) fn new(client: &'a crate::Client) -> Self {
        Self {
            client: client,
            external_id: Err("external_id was not initialized".to_string()),
        }
    }

    /// Sets the required path parameter `external_id`.
    ///
    /// The principal's `external_user_id` (the partner's own user id).
    fn external_id<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<::std::string::String>,
    {
        self.external_id = value
            .try_into()
            .map_err(|_| {
                "conversion to `:: std :: string :: String` for external_id failed"
                    .to_string()
            });
        self
    }

    async fn send_raw(self) -> Result<ResponseValue<()>, Error<ByteStream>> {
        let Self { client, external_id } = self;
        let external_id = external_id.map_err(Error::InvalidRequest)?;
        let url = format!(
            "{}/v1/principals/{}/link", client.baseurl, crate
            ::params::path("external_id", crate ::params::PathStyle::Simple, false, &
            external_id) ?,
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map
            .append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(crate::Client::api_version()),
            );
        #[allow(unused_mut)]
        let mut request = client.client.delete(url).headers(header_map).build()?;
        let info = OperationInfo {
            operation_id: "unlink_principal_user",
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

    /// Sends `DELETE /v1/principals/{external_id}/link` and decodes the response.
    pub async fn send(self) -> ::std::result::Result<crate::Response<()>, crate::Error> {
        let client = self.client;
        crate::transport::send(
                client,
                &crate::metadata::UNLINK_PRINCIPAL_USER,
                self.send_raw(),
            )
            .await
    }

    /// Sends `DELETE /v1/principals/{external_id}/link` with these options for this call (extra
    /// headers, time budget, retry policy) and decodes the response.
    pub async fn send_with(
        self,
        options: crate::RequestOptions,
    ) -> ::std::result::Result<crate::Response<()>, crate::Error> {
        let client = self.client;
        crate::transport::send_with(
                client,
                &crate::metadata::UNLINK_PRINCIPAL_USER,
                ::std::option::Option::Some(options),
                self.send_raw(),
            )
            .await
    }
}

/// Builder for [`Client::list_principal_segments`]
///
/// [`Client::list_principal_segments`]: crate::Client::list_principal_segments
#[derive(Debug, Clone)]
pub struct ListPrincipalSegments<'a> {
    client: &'a crate::Client,
    limit: Result<Option<i32>, String>,
    page_token: Result<Option<::std::string::String>, String>,
}

impl<'a> ListPrincipalSegments<'a> {
    pub(crate) fn new(client: &'a crate::Client) -> Self {
        Self {
            client: client,
            limit: Ok(None),
            page_token: Ok(None),
        }
    }

    /// Sets the optional query parameter `limit`.
    ///
    /// Maximum number of items in one page.
    pub fn limit<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<i32>,
    {
        self.limit = value
            .try_into()
            .map(Some)
            .map_err(|_| "conversion to `i32` for limit failed".to_string());
        self
    }

    /// Sets the optional query parameter `page_token`.
    ///
    /// Opaque cursor from the previous page's `next_page`. Every other filter of the first request
    /// must be sent again unchanged with it.
    pub fn page_token<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<::std::string::String>,
    {
        self.page_token = value
            .try_into()
            .map(Some)
            .map_err(|_| {
                "conversion to `:: std :: string :: String` for page_token failed"
                    .to_string()
            });
        self
    }

    async fn send_raw(
        self,
    ) -> Result<ResponseValue<types::PrincipalSegmentPage>, Error<ByteStream>> {
        let Self { client, limit, page_token } = self;
        let limit = limit.map_err(Error::InvalidRequest)?;
        let page_token = page_token.map_err(Error::InvalidRequest)?;
        let url = format!("{}/v1/principal-segments", client.baseurl,);
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
        query.push("limit", &limit, crate::params::QueryStyle::Form, true, false)?;
        query
            .push(
                "page_token",
                &page_token,
                crate::params::QueryStyle::Form,
                true,
                false,
            )?;
        query.apply(&mut request);
        let info = OperationInfo {
            operation_id: "list_principal_segments",
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

    /// Sends `GET /v1/principal-segments` and decodes the response.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::Response<types::PrincipalSegmentPage>,
        crate::Error,
    > {
        let client = self.client;
        crate::transport::send(
                client,
                &crate::metadata::LIST_PRINCIPAL_SEGMENTS,
                self.send_raw(),
            )
            .await
    }

    /// Sends `GET /v1/principal-segments` with these options for this call (extra headers, time
    /// budget, retry policy) and decodes the response.
    pub async fn send_with(
        self,
        options: crate::RequestOptions,
    ) -> ::std::result::Result<
        crate::Response<types::PrincipalSegmentPage>,
        crate::Error,
    > {
        let client = self.client;
        crate::transport::send_with(
                client,
                &crate::metadata::LIST_PRINCIPAL_SEGMENTS,
                ::std::option::Option::Some(options),
                self.send_raw(),
            )
            .await
    }

    /// Streams every item of every page of `GET /v1/principal-segments`, in order. Each page is
    /// requested with this builder's filters and the previous page's `next_page` as `page_token`;
    /// the stream ends after the last page.
    pub fn stream(
        self,
    ) -> impl ::futures::Stream<
        Item = ::std::result::Result<
            <types::PrincipalSegmentPage as crate::pagination::Page>::Item,
            crate::Error,
        >,
    > + ::std::marker::Unpin + 'a {
        crate::pagination::items(self.pages())
    }

    /// Streams the pages of `GET /v1/principal-segments` (see
    /// [`PrincipalSegmentPage`](crate::types::PrincipalSegmentPage)), each with its response
    /// metadata.
    pub fn pages(
        self,
    ) -> impl ::futures::Stream<
        Item = ::std::result::Result<
            crate::Response<types::PrincipalSegmentPage>,
            crate::Error,
        >,
    > + ::std::marker::Unpin + 'a {
        crate::pagination::by_cursor(
            self,
            Self::send,
            |builder, cursor| builder.page_token(cursor),
        )
    }
}

/// Builder for [`Client::create_principal_segment`]
///
/// [`Client::create_principal_segment`]: crate::Client::create_principal_segment
#[derive(Debug, Clone)]
pub struct CreatePrincipalSegment<'a> {
    client: &'a crate::Client,
    body: Result<types::PrincipalSegmentCreate, String>,
}

impl<'a> CreatePrincipalSegment<'a> {
    pub(crate) fn new(
        client: &'a crate::Client,
        body: types::PrincipalSegmentCreate,
    ) -> Self {
        Self {
            client: client,
            body: Ok(body),
        }
    }

    async fn send_raw(
        self,
    ) -> Result<ResponseValue<types::PrincipalSegment>, Error<ByteStream>> {
        let Self { client, body } = self;
        let body = body
            .and_then(|v| {
                types::PrincipalSegmentCreate::try_from(v).map_err(|e| e.to_string())
            })
            .map_err(Error::InvalidRequest)?;
        let url = format!("{}/v1/principal-segments", client.baseurl,);
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
            operation_id: "create_principal_segment",
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

    /// Sends `POST /v1/principal-segments` and decodes the response.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::Response<types::PrincipalSegment>, crate::Error> {
        let client = self.client;
        crate::transport::send(
                client,
                &crate::metadata::CREATE_PRINCIPAL_SEGMENT,
                self.send_raw(),
            )
            .await
    }

    /// Sends `POST /v1/principal-segments` with these options for this call (extra headers, time
    /// budget, retry policy) and decodes the response.
    pub async fn send_with(
        self,
        options: crate::RequestOptions,
    ) -> ::std::result::Result<crate::Response<types::PrincipalSegment>, crate::Error> {
        let client = self.client;
        crate::transport::send_with(
                client,
                &crate::metadata::CREATE_PRINCIPAL_SEGMENT,
                ::std::option::Option::Some(options),
                self.send_raw(),
            )
            .await
    }
}

/// Builder for [`Client::get_principal_segment`]
///
/// [`Client::get_principal_segment`]: crate::Client::get_principal_segment
#[derive(Debug, Clone)]
pub struct GetPrincipalSegment<'a> {
    client: &'a crate::Client,
    id: Result<::std::string::String, String>,
}

impl<'a> GetPrincipalSegment<'a> {
    pub(crate) fn new(client: &'a crate::Client) -> Self {
        Self {
            client: client,
            id: Err("id was not initialized".to_string()),
        }
    }

    /// Sets the required path parameter `id`.
    ///
    /// Segment id (`seg_…`).
    fn id<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<::std::string::String>,
    {
        self.id = value
            .try_into()
            .map_err(|_| {
                "conversion to `:: std :: string :: String` for id failed".to_string()
            });
        self
    }

    async fn send_raw(
        self,
    ) -> Result<ResponseValue<types::PrincipalSegment>, Error<ByteStream>> {
        let Self { client, id } = self;
        let id = id.map_err(Error::InvalidRequest)?;
        let url = format!(
            "{}/v1/principal-segments/{}", client.baseurl, crate ::params::path("id",
            crate ::params::PathStyle::Simple, false, & id) ?,
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
            operation_id: "get_principal_segment",
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

    /// Sends `GET /v1/principal-segments/{id}` and decodes the response.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::Response<types::PrincipalSegment>, crate::Error> {
        let client = self.client;
        crate::transport::send(
                client,
                &crate::metadata::GET_PRINCIPAL_SEGMENT,
                self.send_raw(),
            )
            .await
    }

    /// Sends `GET /v1/principal-segments/{id}` with these options for this call (extra headers,
    /// time budget, retry policy) and decodes the response.
    pub async fn send_with(
        self,
        options: crate::RequestOptions,
    ) -> ::std::result::Result<crate::Response<types::PrincipalSegment>, crate::Error> {
        let client = self.client;
        crate::transport::send_with(
                client,
                &crate::metadata::GET_PRINCIPAL_SEGMENT,
                ::std::option::Option::Some(options),
                self.send_raw(),
            )
            .await
    }
}

/// Builder for [`Client::list_usage_history`]
///
/// [`Client::list_usage_history`]: crate::Client::list_usage_history
#[derive(Debug, Clone)]
pub struct ListUsageHistory<'a> {
    client: &'a crate::Client,
    from: Result<Option<::chrono::DateTime<::chrono::offset::Utc>>, String>,
    group_by: Result<Option<types::ListUsageHistoryGroupBy>, String>,
    limit: Result<Option<i32>, String>,
    page_token: Result<Option<::std::string::String>, String>,
    to: Result<Option<::chrono::DateTime<::chrono::offset::Utc>>, String>,
}

impl<'a> ListUsageHistory<'a> {
    pub(crate) fn new(client: &'a crate::Client) -> Self {
        Self {
            client: client,
            from: Ok(None),
            group_by: Ok(None),
            limit: Ok(None),
            page_token: Ok(None),
            to: Ok(None),
        }
    }

    /// Sets the optional query parameter `from`.
    ///
    /// Start of the range, inclusive (RFC 3339 UTC).
    pub fn from<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
    {
        self.from = value
            .try_into()
            .map(Some)
            .map_err(|_| {
                "conversion to `:: chrono :: DateTime < :: chrono :: offset :: Utc >` for from failed"
                    .to_string()
            });
        self
    }

    /// Sets the optional query parameter `group_by`.
    ///
    /// Grouping of the rows; `principal` is the only documented value.
    pub fn group_by<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<types::ListUsageHistoryGroupBy>,
    {
        self.group_by = value
            .try_into()
            .map(Some)
            .map_err(|_| {
                "conversion to `ListUsageHistoryGroupBy` for group_by failed".to_string()
            });
        self
    }

    /// Sets the optional query parameter `limit`.
    ///
    /// Maximum number of items in one page.
    pub fn limit<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<i32>,
    {
        self.limit = value
            .try_into()
            .map(Some)
            .map_err(|_| "conversion to `i32` for limit failed".to_string());
        self
    }

    /// Sets the optional query parameter `page_token`.
    ///
    /// Opaque cursor from the previous page's `next_page`. Every other filter of the first request
    /// must be sent again unchanged with it.
    pub fn page_token<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<::std::string::String>,
    {
        self.page_token = value
            .try_into()
            .map(Some)
            .map_err(|_| {
                "conversion to `:: std :: string :: String` for page_token failed"
                    .to_string()
            });
        self
    }

    /// Sets the optional query parameter `to`.
    ///
    /// End of the range, exclusive (RFC 3339 UTC).
    pub fn to<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
    {
        self.to = value
            .try_into()
            .map(Some)
            .map_err(|_| {
                "conversion to `:: chrono :: DateTime < :: chrono :: offset :: Utc >` for to failed"
                    .to_string()
            });
        self
    }

    async fn send_raw(
        self,
    ) -> Result<ResponseValue<types::PrincipalUsagePage>, Error<ByteStream>> {
        let Self { client, from, group_by, limit, page_token, to } = self;
        let from = from.map_err(Error::InvalidRequest)?;
        let group_by = group_by.map_err(Error::InvalidRequest)?;
        let limit = limit.map_err(Error::InvalidRequest)?;
        let page_token = page_token.map_err(Error::InvalidRequest)?;
        let to = to.map_err(Error::InvalidRequest)?;
        let url = format!("{}/v1/usage-history", client.baseurl,);
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
        query.push("from", &from, crate::params::QueryStyle::Form, true, false)?;
        query.push("group_by", &group_by, crate::params::QueryStyle::Form, true, false)?;
        query.push("limit", &limit, crate::params::QueryStyle::Form, true, false)?;
        query
            .push(
                "page_token",
                &page_token,
                crate::params::QueryStyle::Form,
                true,
                false,
            )?;
        query.push("to", &to, crate::params::QueryStyle::Form, true, false)?;
        query.apply(&mut request);
        let info = OperationInfo {
            operation_id: "list_usage_history",
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

    /// Sends `GET /v1/usage-history` and decodes the response.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::Response<types::PrincipalUsagePage>,
        crate::Error,
    > {
        let client = self.client;
        crate::transport::send(
                client,
                &crate::metadata::LIST_USAGE_HISTORY,
                self.send_raw(),
            )
            .await
    }

    /// Sends `GET /v1/usage-history` with these options for this call (extra headers, time budget,
    /// retry policy) and decodes the response.
    pub async fn send_with(
        self,
        options: crate::RequestOptions,
    ) -> ::std::result::Result<
        crate::Response<types::PrincipalUsagePage>,
        crate::Error,
    > {
        let client = self.client;
        crate::transport::send_with(
                client,
                &crate::metadata::LIST_USAGE_HISTORY,
                ::std::option::Option::Some(options),
                self.send_raw(),
            )
            .await
    }

    /// Streams every item of every page of `GET /v1/usage-history`, in order. Each page is
    /// requested with this builder's filters and the previous page's `next_page` as `page_token`;
    /// the stream ends after the last page.
    pub fn stream(
        self,
    ) -> impl ::futures::Stream<
        Item = ::std::result::Result<
            <types::PrincipalUsagePage as crate::pagination::Page>::Item,
            crate::Error,
        >,
    > + ::std::marker::Unpin + 'a {
        crate::pagination::items(self.pages())
    }

    /// Streams the pages of `GET /v1/usage-history` (see
    /// [`PrincipalUsagePage`](crate::types::PrincipalUsagePage)), each with its response metadata.
    pub fn pages(
        self,
    ) -> impl ::futures::Stream<
        Item = ::std::result::Result<
            crate::Response<types::PrincipalUsagePage>,
            crate::Error,
        >,
    > + ::std::marker::Unpin + 'a {
        crate::pagination::by_cursor(
            self,
            Self::send,
            |builder, cursor| builder.page_token(cursor),
        )
    }
}

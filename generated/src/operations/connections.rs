// @generated operations of the `connections` area by agentruntime-generator 0.1.0. Do not edit by hand.
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

/// # Connections
///
/// The project's stored third-party credentials (custom API keys and DSNs, Google accounts,
/// WhatsApp Business) used by MCP steps.
impl crate::Client {
    /// List the project's connections
    ///
    /// Lists connections without their secrets.
    ///
    /// Requires role `project_contributor`. Sends the client's tenant and project as `X-Tenant-Id`
    /// and `X-Project-Id`. Idempotent: retried on transient failures. Paginated by `page_token`:
    /// `.stream()` yields every item, keeping all filters on every page.
    ///
    /// Arguments:
    /// - `limit`: Maximum number of items in one page.
    /// - `page_token`: Opaque cursor from the previous page's `next_page`. Every other filter of
    ///   the first request must be sent again unchanged with it.
    ///
    /// Sends `GET /v1/connections`; `send()` returns a [`ConnectionPage`](types::ConnectionPage).
    ///
    /// Optional parameters are setters of [`ListConnections`]: [`limit`](ListConnections::limit),
    /// [`page_token`](ListConnections::page_token).
    ///
    /// ```no_run
    /// # async fn example(client: &agentruntime::Client) -> Result<(), agentruntime::Error> {
    /// let response = client.list_connections().send().await?;
    /// # let _ = response;
    /// # Ok(())
    /// # }
    /// ```
    pub fn list_connections(&self) -> ListConnections<'_> {
        ListConnections::new(self)
    }

    /// Create a custom connection
    ///
    /// Creates a connection from credentials you supply (an API key, a DSN, ...). Google and
    /// WhatsApp connections are created through their helper routes instead. The request names the
    /// connection `display_name`; responses call the same value `name`.
    ///
    /// Requires role `project_contributor`. Sends the client's tenant and project as `X-Tenant-Id`
    /// and `X-Project-Id`. Not idempotent: re-sent only when the server provably did not receive
    /// it.
    ///
    /// Sends `POST /v1/connections` with a [`ConnectionCreate`](types::ConnectionCreate) body;
    /// `send()` returns a [`Connection`](types::Connection).
    ///
    /// ```no_run
    /// # async fn example(client: &agentruntime::Client, body: agentruntime::types::ConnectionCreate) -> Result<(), agentruntime::Error> {
    /// let response = client.create_connection(body).send().await?;
    /// # let _ = response;
    /// # Ok(())
    /// # }
    /// ```
    pub fn create_connection(
        &self,
        body: impl ::std::convert::Into<types::ConnectionCreate>,
    ) -> CreateConnection<'_> {
        CreateConnection::new(self, body.into())
    }

    /// Delete a connection
    ///
    /// Deletes the connection and its stored secrets.
    ///
    /// Requires role `project_contributor`. Sends the client's tenant and project as `X-Tenant-Id`
    /// and `X-Project-Id`. Idempotent: retried on transient failures.
    ///
    /// Arguments:
    /// - `id`: Connection id.
    ///
    /// Sends `DELETE /v1/connections/{id}`; `send()` returns no body.
    ///
    /// ```no_run
    /// # async fn example(client: &agentruntime::Client, id: &str) -> Result<(), agentruntime::Error> {
    /// let response = client.delete_connection(id).send().await?;
    /// # let _ = response;
    /// # Ok(())
    /// # }
    /// ```
    pub fn delete_connection(
        &self,
        id: impl ::std::convert::TryInto<::std::string::String>,
    ) -> DeleteConnection<'_> {
        DeleteConnection::new(self).id(id)
    }

    /// Update a connection
    ///
    /// Renames a connection or replaces some of its credentials. Credential keys not sent keep
    /// their stored values.
    ///
    /// Requires role `project_contributor`. Sends the client's tenant and project as `X-Tenant-Id`
    /// and `X-Project-Id`. Not idempotent: re-sent only when the server provably did not receive
    /// it.
    ///
    /// Arguments:
    /// - `id`: Connection id.
    /// - `body`
    ///
    /// Sends `PATCH /v1/connections/{id}` with a [`ConnectionUpdate`](types::ConnectionUpdate)
    /// body; `send()` returns a [`Connection`](types::Connection).
    ///
    /// ```no_run
    /// # async fn example(client: &agentruntime::Client, id: &str, body: agentruntime::types::ConnectionUpdate) -> Result<(), agentruntime::Error> {
    /// let response = client.update_connection(id, body).send().await?;
    /// # let _ = response;
    /// # Ok(())
    /// # }
    /// ```
    pub fn update_connection(
        &self,
        id: impl ::std::convert::TryInto<::std::string::String>,
        body: impl ::std::convert::Into<types::ConnectionUpdate>,
    ) -> UpdateConnection<'_> {
        UpdateConnection::new(self, body.into()).id(id)
    }

    /// Get a connection's credential metadata
    ///
    /// Returns which credential keys are stored for the connection. Secret values are never
    /// returned.
    ///
    /// Requires role `project_contributor`. Sends the client's tenant and project as `X-Tenant-Id`
    /// and `X-Project-Id`. Idempotent: retried on transient failures.
    ///
    /// Arguments:
    /// - `id`: Connection id.
    ///
    /// Sends `GET /v1/connections/{id}/credentials`; `send()` returns a
    /// [`ConnectionCredentials`](types::ConnectionCredentials).
    ///
    /// ```no_run
    /// # async fn example(client: &agentruntime::Client, id: &str) -> Result<(), agentruntime::Error> {
    /// let response = client.get_connection_credentials(id).send().await?;
    /// # let _ = response;
    /// # Ok(())
    /// # }
    /// ```
    pub fn get_connection_credentials(
        &self,
        id: impl ::std::convert::TryInto<::std::string::String>,
    ) -> GetConnectionCredentials<'_> {
        GetConnectionCredentials::new(self).id(id)
    }

    /// Check whether Google connections are enabled
    ///
    /// Tells whether this deployment can connect Google accounts. Google sign-in for users is a
    /// separate feature under `/v1/auth/oauth/google/*`.
    ///
    /// Requires role `project_contributor`. Sends the client's tenant and project as `X-Tenant-Id`
    /// and `X-Project-Id`. Idempotent: retried on transient failures.
    ///
    /// Sends `GET /v1/connections/google/config`; `send()` returns a
    /// [`GoogleConnectionConfig`](types::GoogleConnectionConfig).
    ///
    /// ```no_run
    /// # async fn example(client: &agentruntime::Client) -> Result<(), agentruntime::Error> {
    /// let response = client.get_google_connection_config().send().await?;
    /// # let _ = response;
    /// # Ok(())
    /// # }
    /// ```
    pub fn get_google_connection_config(&self) -> GetGoogleConnectionConfig<'_> {
        GetGoogleConnectionConfig::new(self)
    }

    /// Begin Google OAuth for a connection
    ///
    /// Returns the Google consent URL to send the user to. After consent Google redirects back with
    /// `code` and `state`; pass both to `complete_google_connection`.
    ///
    /// Requires role `project_contributor`. Sends the client's tenant and project as `X-Tenant-Id`
    /// and `X-Project-Id`. Not idempotent: re-sent only when the server provably did not receive
    /// it.
    ///
    /// Sends `POST /v1/connections/google/oauth-url` with a
    /// [`GoogleConnectionOAuthUrlRequest`](types::GoogleConnectionOAuthUrlRequest) body; `send()`
    /// returns a [`GoogleConnectionOAuthUrl`](types::GoogleConnectionOAuthUrl).
    ///
    /// ```no_run
    /// # async fn example(client: &agentruntime::Client, body: agentruntime::types::GoogleConnectionOAuthUrlRequest) -> Result<(), agentruntime::Error> {
    /// let response = client.create_google_oauth_url(body).send().await?;
    /// # let _ = response;
    /// # Ok(())
    /// # }
    /// ```
    pub fn create_google_oauth_url(
        &self,
        body: impl ::std::convert::Into<types::GoogleConnectionOAuthUrlRequest>,
    ) -> CreateGoogleOauthUrl<'_> {
        CreateGoogleOauthUrl::new(self, body.into())
    }

    /// Finish Google OAuth and save the connection
    ///
    /// Exchanges the OAuth callback's `code` for tokens and saves (or refreshes) the Google
    /// connection.
    ///
    /// Requires role `project_contributor`. Sends the client's tenant and project as `X-Tenant-Id`
    /// and `X-Project-Id`. Not idempotent: re-sent only when the server provably did not receive
    /// it.
    ///
    /// Sends `POST /v1/connections/google/complete` with a
    /// [`GoogleConnectionComplete`](types::GoogleConnectionComplete) body; `send()` returns a
    /// [`Connection`](types::Connection).
    ///
    /// ```no_run
    /// # async fn example(client: &agentruntime::Client, body: agentruntime::types::GoogleConnectionComplete) -> Result<(), agentruntime::Error> {
    /// let response = client.complete_google_connection(body).send().await?;
    /// # let _ = response;
    /// # Ok(())
    /// # }
    /// ```
    pub fn complete_google_connection(
        &self,
        body: impl ::std::convert::Into<types::GoogleConnectionComplete>,
    ) -> CompleteGoogleConnection<'_> {
        CompleteGoogleConnection::new(self, body.into())
    }

    /// Get a Google connection's account and services
    ///
    /// Returns the connected Google account and which of its services are enabled.
    ///
    /// Requires role `project_contributor`. Sends the client's tenant and project as `X-Tenant-Id`
    /// and `X-Project-Id`. Idempotent: retried on transient failures.
    ///
    /// Arguments:
    /// - `connection_id`: Id of the Google connection (the docs name this parameter
    ///   `connectionId`).
    ///
    /// Sends `GET /v1/connections/google/accounts/{connectionId}`; `send()` returns a
    /// [`GoogleConnectionAccount`](types::GoogleConnectionAccount).
    ///
    /// ```no_run
    /// # async fn example(client: &agentruntime::Client, connection_id: &str) -> Result<(), agentruntime::Error> {
    /// let response = client.get_google_connection_account(connection_id).send().await?;
    /// # let _ = response;
    /// # Ok(())
    /// # }
    /// ```
    pub fn get_google_connection_account(
        &self,
        connection_id: impl ::std::convert::TryInto<::std::string::String>,
    ) -> GetGoogleConnectionAccount<'_> {
        GetGoogleConnectionAccount::new(self).connection_id(connection_id)
    }

    /// Enable or disable services of a Google connection
    ///
    /// Turns individual Google services on or off for the connection; services not named keep their
    /// state.
    ///
    /// Requires role `project_contributor`. Sends the client's tenant and project as `X-Tenant-Id`
    /// and `X-Project-Id`. Not idempotent: re-sent only when the server provably did not receive
    /// it.
    ///
    /// Arguments:
    /// - `connection_id`: Id of the Google connection (the docs name this parameter
    ///   `connectionId`).
    /// - `body`
    ///
    /// Sends `PATCH /v1/connections/google/accounts/{connectionId}/services` with a
    /// [`GoogleConnectionServicesUpdate`](types::GoogleConnectionServicesUpdate) body; `send()`
    /// returns a [`GoogleConnectionAccount`](types::GoogleConnectionAccount).
    ///
    /// ```no_run
    /// # async fn example(client: &agentruntime::Client, connection_id: &str, body: agentruntime::types::GoogleConnectionServicesUpdate) -> Result<(), agentruntime::Error> {
    /// let response = client.update_google_connection_services(connection_id, body).send().await?;
    /// # let _ = response;
    /// # Ok(())
    /// # }
    /// ```
    pub fn update_google_connection_services(
        &self,
        connection_id: impl ::std::convert::TryInto<::std::string::String>,
        body: impl ::std::convert::Into<types::GoogleConnectionServicesUpdate>,
    ) -> UpdateGoogleConnectionServices<'_> {
        UpdateGoogleConnectionServices::new(self, body.into())
            .connection_id(connection_id)
    }

    /// Check whether WhatsApp connections are enabled
    ///
    /// Tells whether this deployment supports WhatsApp Business embedded signup, and gives the Meta
    /// identifiers the signup popup needs.
    ///
    /// Requires role `project_contributor`. Sends the client's tenant and project as `X-Tenant-Id`
    /// and `X-Project-Id`. Idempotent: retried on transient failures.
    ///
    /// Sends `GET /v1/connections/whatsapp/config`; `send()` returns a
    /// [`WhatsappConnectionConfig`](types::WhatsappConnectionConfig).
    ///
    /// ```no_run
    /// # async fn example(client: &agentruntime::Client) -> Result<(), agentruntime::Error> {
    /// let response = client.get_whatsapp_connection_config().send().await?;
    /// # let _ = response;
    /// # Ok(())
    /// # }
    /// ```
    pub fn get_whatsapp_connection_config(&self) -> GetWhatsappConnectionConfig<'_> {
        GetWhatsappConnectionConfig::new(self)
    }

    /// Finish WhatsApp embedded signup
    ///
    /// Exchanges the code returned by Meta's embedded signup for a token and saves the WhatsApp
    /// Business connection.
    ///
    /// Requires role `project_contributor`. Sends the client's tenant and project as `X-Tenant-Id`
    /// and `X-Project-Id`. Not idempotent: re-sent only when the server provably did not receive
    /// it.
    ///
    /// Sends `POST /v1/connections/whatsapp/complete` with a
    /// [`WhatsappConnectionComplete`](types::WhatsappConnectionComplete) body; `send()` returns a
    /// [`Connection`](types::Connection).
    ///
    /// ```no_run
    /// # async fn example(client: &agentruntime::Client, body: agentruntime::types::WhatsappConnectionComplete) -> Result<(), agentruntime::Error> {
    /// let response = client.complete_whatsapp_connection(body).send().await?;
    /// # let _ = response;
    /// # Ok(())
    /// # }
    /// ```
    pub fn complete_whatsapp_connection(
        &self,
        body: impl ::std::convert::Into<types::WhatsappConnectionComplete>,
    ) -> CompleteWhatsappConnection<'_> {
        CompleteWhatsappConnection::new(self, body.into())
    }

    /// Save manual WhatsApp Business credentials
    ///
    /// Saves a WhatsApp Business connection from credentials copied out of Meta Business Manager,
    /// for when embedded signup is not available.
    ///
    /// Requires role `project_contributor`. Sends the client's tenant and project as `X-Tenant-Id`
    /// and `X-Project-Id`. Not idempotent: re-sent only when the server provably did not receive
    /// it.
    ///
    /// Sends `POST /v1/connections/whatsapp/manual` with a
    /// [`WhatsappConnectionManual`](types::WhatsappConnectionManual) body; `send()` returns a
    /// [`Connection`](types::Connection).
    ///
    /// ```no_run
    /// # async fn example(client: &agentruntime::Client, body: agentruntime::types::WhatsappConnectionManual) -> Result<(), agentruntime::Error> {
    /// let response = client.save_whatsapp_manual_credentials(body).send().await?;
    /// # let _ = response;
    /// # Ok(())
    /// # }
    /// ```
    pub fn save_whatsapp_manual_credentials(
        &self,
        body: impl ::std::convert::Into<types::WhatsappConnectionManual>,
    ) -> SaveWhatsappManualCredentials<'_> {
        SaveWhatsappManualCredentials::new(self, body.into())
    }
}

/// Builder for [`Client::list_connections`]
///
/// [`Client::list_connections`]: crate::Client::list_connections
#[derive(Debug, Clone)]
pub struct ListConnections<'a> {
    client: &'a crate::Client,
    limit: Result<Option<i32>, String>,
    page_token: Result<Option<::std::string::String>, String>,
}

impl<'a> ListConnections<'a> {
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
    ) -> Result<ResponseValue<types::ConnectionPage>, Error<ByteStream>> {
        let Self { client, limit, page_token } = self;
        let limit = limit.map_err(Error::InvalidRequest)?;
        let page_token = page_token.map_err(Error::InvalidRequest)?;
        let url = format!("{}/v1/connections", client.baseurl,);
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
            operation_id: "list_connections",
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

    /// Sends `GET /v1/connections` and decodes the response.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::Response<types::ConnectionPage>, crate::Error> {
        let client = self.client;
        crate::transport::send(
                client,
                &crate::metadata::LIST_CONNECTIONS,
                self.send_raw(),
            )
            .await
    }

    /// Sends `GET /v1/connections` with these options for this call (extra headers, time budget,
    /// retry policy) and decodes the response.
    pub async fn send_with(
        self,
        options: crate::RequestOptions,
    ) -> ::std::result::Result<crate::Response<types::ConnectionPage>, crate::Error> {
        let client = self.client;
        crate::transport::send_with(
                client,
                &crate::metadata::LIST_CONNECTIONS,
                ::std::option::Option::Some(options),
                self.send_raw(),
            )
            .await
    }

    /// Streams every item of every page of `GET /v1/connections`, in order. Each page is requested
    /// with this builder's filters and the previous page's `next_page` as `page_token`; the stream
    /// ends after the last page.
    pub fn stream(
        self,
    ) -> impl ::futures::Stream<
        Item = ::std::result::Result<
            <types::ConnectionPage as crate::pagination::Page>::Item,
            crate::Error,
        >,
    > + ::std::marker::Unpin + 'a {
        crate::pagination::items(self.pages())
    }

    /// Streams the pages of `GET /v1/connections` (see
    /// [`ConnectionPage`](crate::types::ConnectionPage)), each with its response metadata.
    pub fn pages(
        self,
    ) -> impl ::futures::Stream<
        Item = ::std::result::Result<
            crate::Response<types::ConnectionPage>,
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

/// Builder for [`Client::create_connection`]
///
/// [`Client::create_connection`]: crate::Client::create_connection
#[derive(Debug, Clone)]
pub struct CreateConnection<'a> {
    client: &'a crate::Client,
    body: Result<types::ConnectionCreate, String>,
}

impl<'a> CreateConnection<'a> {
    pub(crate) fn new(client: &'a crate::Client, body: types::ConnectionCreate) -> Self {
        Self {
            client: client,
            body: Ok(body),
        }
    }

    async fn send_raw(
        self,
    ) -> Result<ResponseValue<types::Connection>, Error<ByteStream>> {
        let Self { client, body } = self;
        let body = body
            .and_then(|v| {
                types::ConnectionCreate::try_from(v).map_err(|e| e.to_string())
            })
            .map_err(Error::InvalidRequest)?;
        let url = format!("{}/v1/connections", client.baseurl,);
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
            operation_id: "create_connection",
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

    /// Sends `POST /v1/connections` and decodes the response.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::Response<types::Connection>, crate::Error> {
        let client = self.client;
        crate::transport::send(
                client,
                &crate::metadata::CREATE_CONNECTION,
                self.send_raw(),
            )
            .await
    }

    /// Sends `POST /v1/connections` with these options for this call (extra headers, time budget,
    /// retry policy) and decodes the response.
    pub async fn send_with(
        self,
        options: crate::RequestOptions,
    ) -> ::std::result::Result<crate::Response<types::Connection>, crate::Error> {
        let client = self.client;
        crate::transport::send_with(
                client,
                &crate::metadata::CREATE_CONNECTION,
                ::std::option::Option::Some(options),
                self.send_raw(),
            )
            .await
    }
}

/// Builder for [`Client::delete_connection`]
///
/// [`Client::delete_connection`]: crate::Client::delete_connection
#[derive(Debug, Clone)]
pub struct DeleteConnection<'a> {
    client: &'a crate::Client,
    id: Result<::std::string::String, String>,
}

impl<'a> DeleteConnection<'a> {
    pub(crate) fn new(client: &'a crate::Client) -> Self {
        Self {
            client: client,
            id: Err("id was not initialized".to_string()),
        }
    }

    /// Sets the required path parameter `id`.
    ///
    /// Connection id.
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

    async fn send_raw(self) -> Result<ResponseValue<()>, Error<ByteStream>> {
        let Self { client, id } = self;
        let id = id.map_err(Error::InvalidRequest)?;
        let url = format!(
            "{}/v1/connections/{}", client.baseurl, crate ::params::path("id", crate
            ::params::PathStyle::Simple, false, & id) ?,
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
            operation_id: "delete_connection",
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

    /// Sends `DELETE /v1/connections/{id}` and decodes the response.
    pub async fn send(self) -> ::std::result::Result<crate::Response<()>, crate::Error> {
        let client = self.client;
        crate::transport::send(
                client,
                &crate::metadata::DELETE_CONNECTION,
                self.send_raw(),
            )
            .await
    }

    /// Sends `DELETE /v1/connections/{id}` with these options for this call (extra headers, time
    /// budget, retry policy) and decodes the response.
    pub async fn send_with(
        self,
        options: crate::RequestOptions,
    ) -> ::std::result::Result<crate::Response<()>, crate::Error> {
        let client = self.client;
        crate::transport::send_with(
                client,
                &crate::metadata::DELETE_CONNECTION,
                ::std::option::Option::Some(options),
                self.send_raw(),
            )
            .await
    }
}

/// Builder for [`Client::update_connection`]
///
/// [`Client::update_connection`]: crate::Client::update_connection
#[derive(Debug, Clone)]
pub struct UpdateConnection<'a> {
    client: &'a crate::Client,
    id: Result<::std::string::String, String>,
    body: Result<types::ConnectionUpdate, String>,
}

impl<'a> UpdateConnection<'a> {
    pub(crate) fn new(client: &'a crate::Client, body: types::ConnectionUpdate) -> Self {
        Self {
            client: client,
            id: Err("id was not initialized".to_string()),
            body: Ok(body),
        }
    }

    /// Sets the required path parameter `id`.
    ///
    /// Connection id.
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
    ) -> Result<ResponseValue<types::Connection>, Error<ByteStream>> {
        let Self { client, id, body } = self;
        let id = id.map_err(Error::InvalidRequest)?;
        let body = body
            .and_then(|v| {
                types::ConnectionUpdate::try_from(v).map_err(|e| e.to_string())
            })
            .map_err(Error::InvalidRequest)?;
        let url = format!(
            "{}/v1/connections/{}", client.baseurl, crate ::params::path("id", crate
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
            .patch(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .json(&body)
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "update_connection",
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

    /// Sends `PATCH /v1/connections/{id}` and decodes the response.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::Response<types::Connection>, crate::Error> {
        let client = self.client;
        crate::transport::send(
                client,
                &crate::metadata::UPDATE_CONNECTION,
                self.send_raw(),
            )
            .await
    }

    /// Sends `PATCH /v1/connections/{id}` with these options for this call (extra headers, time
    /// budget, retry policy) and decodes the response.
    pub async fn send_with(
        self,
        options: crate::RequestOptions,
    ) -> ::std::result::Result<crate::Response<types::Connection>, crate::Error> {
        let client = self.client;
        crate::transport::send_with(
                client,
                &crate::metadata::UPDATE_CONNECTION,
                ::std::option::Option::Some(options),
                self.send_raw(),
            )
            .await
    }
}

/// Builder for [`Client::get_connection_credentials`]
///
/// [`Client::get_connection_credentials`]: crate::Client::get_connection_credentials
#[derive(Debug, Clone)]
pub struct GetConnectionCredentials<'a> {
    client: &'a crate::Client,
    id: Result<::std::string::String, String>,
}

impl<'a> GetConnectionCredentials<'a> {
    pub(crate) fn new(client: &'a crate::Client) -> Self {
        Self {
            client: client,
            id: Err("id was not initialized".to_string()),
        }
    }

    /// Sets the required path parameter `id`.
    ///
    /// Connection id.
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
    ) -> Result<ResponseValue<types::ConnectionCredentials>, Error<ByteStream>> {
        let Self { client, id } = self;
        let id = id.map_err(Error::InvalidRequest)?;
        let url = format!(
            "{}/v1/connections/{}/credentials", client.baseurl, crate
            ::params::path("id", crate ::params::PathStyle::Simple, false, & id) ?,
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
            operation_id: "get_connection_credentials",
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

    /// Sends `GET /v1/connections/{id}/credentials` and decodes the response.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::Response<types::ConnectionCredentials>,
        crate::Error,
    > {
        let client = self.client;
        crate::transport::send(
                client,
                &crate::metadata::GET_CONNECTION_CREDENTIALS,
                self.send_raw(),
            )
            .await
    }

    /// Sends `GET /v1/connections/{id}/credentials` with these options for this call (extra
    /// headers, time budget, retry policy) and decodes the response.
    pub async fn send_with(
        self,
        options: crate::RequestOptions,
    ) -> ::std::result::Result<
        crate::Response<types::ConnectionCredentials>,
        crate::Error,
    > {
        let client = self.client;
        crate::transport::send_with(
                client,
                &crate::metadata::GET_CONNECTION_CREDENTIALS,
                ::std::option::Option::Some(options),
                self.send_raw(),
            )
            .await
    }
}

/// Builder for [`Client::get_google_connection_config`]
///
/// [`Client::get_google_connection_config`]: crate::Client::get_google_connection_config
#[derive(Debug, Clone)]
pub struct GetGoogleConnectionConfig<'a> {
    client: &'a crate::Client,
}

impl<'a> GetGoogleConnectionConfig<'a> {
    pub(crate) fn new(client: &'a crate::Client) -> Self {
        Self { client: client }
    }

    async fn send_raw(
        self,
    ) -> Result<ResponseValue<types::GoogleConnectionConfig>, Error<ByteStream>> {
        let Self { client } = self;
        let url = format!("{}/v1/connections/google/config", client.baseurl,);
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
            operation_id: "get_google_connection_config",
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

    /// Sends `GET /v1/connections/google/config` and decodes the response.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::Response<types::GoogleConnectionConfig>,
        crate::Error,
    > {
        let client = self.client;
        crate::transport::send(
                client,
                &crate::metadata::GET_GOOGLE_CONNECTION_CONFIG,
                self.send_raw(),
            )
            .await
    }

    /// Sends `GET /v1/connections/google/config` with these options for this call (extra headers,
    /// time budget, retry policy) and decodes the response.
    pub async fn send_with(
        self,
        options: crate::RequestOptions,
    ) -> ::std::result::Result<
        crate::Response<types::GoogleConnectionConfig>,
        crate::Error,
    > {
        let client = self.client;
        crate::transport::send_with(
                client,
                &crate::metadata::GET_GOOGLE_CONNECTION_CONFIG,
                ::std::option::Option::Some(options),
                self.send_raw(),
            )
            .await
    }
}

/// Builder for [`Client::create_google_oauth_url`]
///
/// [`Client::create_google_oauth_url`]: crate::Client::create_google_oauth_url
#[derive(Debug, Clone)]
pub struct CreateGoogleOauthUrl<'a> {
    client: &'a crate::Client,
    body: Result<types::GoogleConnectionOAuthUrlRequest, String>,
}

impl<'a> CreateGoogleOauthUrl<'a> {
    pub(crate) fn new(
        client: &'a crate::Client,
        body: types::GoogleConnectionOAuthUrlRequest,
    ) -> Self {
        Self {
            client: client,
            body: Ok(body),
        }
    }

    async fn send_raw(
        self,
    ) -> Result<ResponseValue<types::GoogleConnectionOAuthUrl>, Error<ByteStream>> {
        let Self { client, body } = self;
        let body = body
            .and_then(|v| {
                types::GoogleConnectionOAuthUrlRequest::try_from(v)
                    .map_err(|e| e.to_string())
            })
            .map_err(Error::InvalidRequest)?;
        let url = format!("{}/v1/connections/google/oauth-url", client.baseurl,);
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
            operation_id: "create_google_oauth_url",
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

    /// Sends `POST /v1/connections/google/oauth-url` and decodes the response.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::Response<types::GoogleConnectionOAuthUrl>,
        crate::Error,
    > {
        let client = self.client;
        crate::transport::send(
                client,
                &crate::metadata::CREATE_GOOGLE_OAUTH_URL,
                self.send_raw(),
            )
            .await
    }

    /// Sends `POST /v1/connections/google/oauth-url` with these options for this call (extra
    /// headers, time budget, retry policy) and decodes the response.
    pub async fn send_with(
        self,
        options: crate::RequestOptions,
    ) -> ::std::result::Result<
        crate::Response<types::GoogleConnectionOAuthUrl>,
        crate::Error,
    > {
        let client = self.client;
        crate::transport::send_with(
                client,
                &crate::metadata::CREATE_GOOGLE_OAUTH_URL,
                ::std::option::Option::Some(options),
                self.send_raw(),
            )
            .await
    }
}

/// Builder for [`Client::complete_google_connection`]
///
/// [`Client::complete_google_connection`]: crate::Client::complete_google_connection
#[derive(Debug, Clone)]
pub struct CompleteGoogleConnection<'a> {
    client: &'a crate::Client,
    body: Result<types::GoogleConnectionComplete, String>,
}

impl<'a> CompleteGoogleConnection<'a> {
    pub(crate) fn new(
        client: &'a crate::Client,
        body: types::GoogleConnectionComplete,
    ) -> Self {
        Self {
            client: client,
            body: Ok(body),
        }
    }

    async fn send_raw(
        self,
    ) -> Result<ResponseValue<types::Connection>, Error<ByteStream>> {
        let Self { client, body } = self;
        let body = body
            .and_then(|v| {
                types::GoogleConnectionComplete::try_from(v).map_err(|e| e.to_string())
            })
            .map_err(Error::InvalidRequest)?;
        let url = format!("{}/v1/connections/google/complete", client.baseurl,);
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
            operation_id: "complete_google_connection",
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

    /// Sends `POST /v1/connections/google/complete` and decodes the response.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::Response<types::Connection>, crate::Error> {
        let client = self.client;
        crate::transport::send(
                client,
                &crate::metadata::COMPLETE_GOOGLE_CONNECTION,
                self.send_raw(),
            )
            .await
    }

    /// Sends `POST /v1/connections/google/complete` with these options for this call (extra
    /// headers, time budget, retry policy) and decodes the response.
    pub async fn send_with(
        self,
        options: crate::RequestOptions,
    ) -> ::std::result::Result<crate::Response<types::Connection>, crate::Error> {
        let client = self.client;
        crate::transport::send_with(
                client,
                &crate::metadata::COMPLETE_GOOGLE_CONNECTION,
                ::std::option::Option::Some(options),
                self.send_raw(),
            )
            .await
    }
}

/// Builder for [`Client::get_google_connection_account`]
///
/// [`Client::get_google_connection_account`]: crate::Client::get_google_connection_account
#[derive(Debug, Clone)]
pub struct GetGoogleConnectionAccount<'a> {
    client: &'a crate::Client,
    connection_id: Result<::std::string::String, String>,
}

impl<'a> GetGoogleConnectionAccount<'a> {
    pub(crate) fn new(client: &'a crate::Client) -> Self {
        Self {
            client: client,
            connection_id: Err("connection_id was not initialized".to_string()),
        }
    }

    /// Sets the required path parameter `connectionId`.
    ///
    /// Id of the Google connection (the docs name this parameter `connectionId`).
    fn connection_id<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<::std::string::String>,
    {
        self.connection_id = value
            .try_into()
            .map_err(|_| {
                "conversion to `:: std :: string :: String` for connection_id failed"
                    .to_string()
            });
        self
    }

    async fn send_raw(
        self,
    ) -> Result<ResponseValue<types::GoogleConnectionAccount>, Error<ByteStream>> {
        let Self { client, connection_id } = self;
        let connection_id = connection_id.map_err(Error::InvalidRequest)?;
        let url = format!(
            "{}/v1/connections/google/accounts/{}", client.baseurl, crate
            ::params::path("connectionId", crate ::params::PathStyle::Simple, false, &
            connection_id) ?,
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
            operation_id: "get_google_connection_account",
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

    /// Sends `GET /v1/connections/google/accounts/{connectionId}` and decodes the response.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::Response<types::GoogleConnectionAccount>,
        crate::Error,
    > {
        let client = self.client;
        crate::transport::send(
                client,
                &crate::metadata::GET_GOOGLE_CONNECTION_ACCOUNT,
                self.send_raw(),
            )
            .await
    }

    /// Sends `GET /v1/connections/google/accounts/{connectionId}` with these options for this call
    /// (extra headers, time budget, retry policy) and decodes the response.
    pub async fn send_with(
        self,
        options: crate::RequestOptions,
    ) -> ::std::result::Result<
        crate::Response<types::GoogleConnectionAccount>,
        crate::Error,
    > {
        let client = self.client;
        crate::transport::send_with(
                client,
                &crate::metadata::GET_GOOGLE_CONNECTION_ACCOUNT,
                ::std::option::Option::Some(options),
                self.send_raw(),
            )
            .await
    }
}

/// Builder for [`Client::update_google_connection_services`]
///
/// [`Client::update_google_connection_services`]: crate::Client::update_google_connection_services
#[derive(Debug, Clone)]
pub struct UpdateGoogleConnectionServices<'a> {
    client: &'a crate::Client,
    connection_id: Result<::std::string::String, String>,
    body: Result<types::GoogleConnectionServicesUpdate, String>,
}

impl<'a> UpdateGoogleConnectionServices<'a> {
    pub(crate) fn new(
        client: &'a crate::Client,
        body: types::GoogleConnectionServicesUpdate,
    ) -> Self {
        Self {
            client: client,
            connection_id: Err("connection_id was not initialized".to_string()),
            body: Ok(body),
        }
    }

    /// Sets the required path parameter `connectionId`.
    ///
    /// Id of the Google connection (the docs name this parameter `connectionId`).
    fn connection_id<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<::std::string::String>,
    {
        self.connection_id = value
            .try_into()
            .map_err(|_| {
                "conversion to `:: std :: string :: String` for connection_id failed"
                    .to_string()
            });
        self
    }

    async fn send_raw(
        self,
    ) -> Result<ResponseValue<types::GoogleConnectionAccount>, Error<ByteStream>> {
        let Self { client, connection_id, body } = self;
        let connection_id = connection_id.map_err(Error::InvalidRequest)?;
        let body = body
            .and_then(|v| {
                types::GoogleConnectionServicesUpdate::try_from(v)
                    .map_err(|e| e.to_string())
            })
            .map_err(Error::InvalidRequest)?;
        let url = format!(
            "{}/v1/connections/google/accounts/{}/services", client.baseurl, crate
            ::params::path("connectionId", crate ::params::PathStyle::Simple, false, &
            connection_id) ?,
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
            .patch(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .json(&body)
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "update_google_connection_services",
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

    /// Sends `PATCH /v1/connections/google/accounts/{connectionId}/services` and decodes the
    /// response.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::Response<types::GoogleConnectionAccount>,
        crate::Error,
    > {
        let client = self.client;
        crate::transport::send(
                client,
                &crate::metadata::UPDATE_GOOGLE_CONNECTION_SERVICES,
                self.send_raw(),
            )
            .await
    }

    /// Sends `PATCH /v1/connections/google/accounts/{connectionId}/services` with these options for
    /// this call (extra headers, time budget, retry policy) and decodes the response.
    pub async fn send_with(
        self,
        options: crate::RequestOptions,
    ) -> ::std::result::Result<
        crate::Response<types::GoogleConnectionAccount>,
        crate::Error,
    > {
        let client = self.client;
        crate::transport::send_with(
                client,
                &crate::metadata::UPDATE_GOOGLE_CONNECTION_SERVICES,
                ::std::option::Option::Some(options),
                self.send_raw(),
            )
            .await
    }
}

/// Builder for [`Client::get_whatsapp_connection_config`]
///
/// [`Client::get_whatsapp_connection_config`]: crate::Client::get_whatsapp_connection_config
#[derive(Debug, Clone)]
pub struct GetWhatsappConnectionConfig<'a> {
    client: &'a crate::Client,
}

impl<'a> GetWhatsappConnectionConfig<'a> {
    pub(crate) fn new(client: &'a crate::Client) -> Self {
        Self { client: client }
    }

    async fn send_raw(
        self,
    ) -> Result<ResponseValue<types::WhatsappConnectionConfig>, Error<ByteStream>> {
        let Self { client } = self;
        let url = format!("{}/v1/connections/whatsapp/config", client.baseurl,);
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
            operation_id: "get_whatsapp_connection_config",
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

    /// Sends `GET /v1/connections/whatsapp/config` and decodes the response.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::Response<types::WhatsappConnectionConfig>,
        crate::Error,
    > {
        let client = self.client;
        crate::transport::send(
                client,
                &crate::metadata::GET_WHATSAPP_CONNECTION_CONFIG,
                self.send_raw(),
            )
            .await
    }

    /// Sends `GET /v1/connections/whatsapp/config` with these options for this call (extra headers,
    /// time budget, retry policy) and decodes the response.
    pub async fn send_with(
        self,
        options: crate::RequestOptions,
    ) -> ::std::result::Result<
        crate::Response<types::WhatsappConnectionConfig>,
        crate::Error,
    > {
        let client = self.client;
        crate::transport::send_with(
                client,
                &crate::metadata::GET_WHATSAPP_CONNECTION_CONFIG,
                ::std::option::Option::Some(options),
                self.send_raw(),
            )
            .await
    }
}

/// Builder for [`Client::complete_whatsapp_connection`]
///
/// [`Client::complete_whatsapp_connection`]: crate::Client::complete_whatsapp_connection
#[derive(Debug, Clone)]
pub struct CompleteWhatsappConnection<'a> {
    client: &'a crate::Client,
    body: Result<types::WhatsappConnectionComplete, String>,
}

impl<'a> CompleteWhatsappConnection<'a> {
    pub(crate) fn new(
        client: &'a crate::Client,
        body: types::WhatsappConnectionComplete,
    ) -> Self {
        Self {
            client: client,
            body: Ok(body),
        }
    }

    async fn send_raw(
        self,
    ) -> Result<ResponseValue<types::Connection>, Error<ByteStream>> {
        let Self { client, body } = self;
        let body = body
            .and_then(|v| {
                types::WhatsappConnectionComplete::try_from(v).map_err(|e| e.to_string())
            })
            .map_err(Error::InvalidRequest)?;
        let url = format!("{}/v1/connections/whatsapp/complete", client.baseurl,);
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
            operation_id: "complete_whatsapp_connection",
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

    /// Sends `POST /v1/connections/whatsapp/complete` and decodes the response.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::Response<types::Connection>, crate::Error> {
        let client = self.client;
        crate::transport::send(
                client,
                &crate::metadata::COMPLETE_WHATSAPP_CONNECTION,
                self.send_raw(),
            )
            .await
    }

    /// Sends `POST /v1/connections/whatsapp/complete` with these options for this call (extra
    /// headers, time budget, retry policy) and decodes the response.
    pub async fn send_with(
        self,
        options: crate::RequestOptions,
    ) -> ::std::result::Result<crate::Response<types::Connection>, crate::Error> {
        let client = self.client;
        crate::transport::send_with(
                client,
                &crate::metadata::COMPLETE_WHATSAPP_CONNECTION,
                ::std::option::Option::Some(options),
                self.send_raw(),
            )
            .await
    }
}

/// Builder for [`Client::save_whatsapp_manual_credentials`]
///
/// [`Client::save_whatsapp_manual_credentials`]: crate::Client::save_whatsapp_manual_credentials
#[derive(Debug, Clone)]
pub struct SaveWhatsappManualCredentials<'a> {
    client: &'a crate::Client,
    body: Result<types::WhatsappConnectionManual, String>,
}

impl<'a> SaveWhatsappManualCredentials<'a> {
    pub(crate) fn new(
        client: &'a crate::Client,
        body: types::WhatsappConnectionManual,
    ) -> Self {
        Self {
            client: client,
            body: Ok(body),
        }
    }

    async fn send_raw(
        self,
    ) -> Result<ResponseValue<types::Connection>, Error<ByteStream>> {
        let Self { client, body } = self;
        let body = body
            .and_then(|v| {
                types::WhatsappConnectionManual::try_from(v).map_err(|e| e.to_string())
            })
            .map_err(Error::InvalidRequest)?;
        let url = format!("{}/v1/connections/whatsapp/manual", client.baseurl,);
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
            operation_id: "save_whatsapp_manual_credentials",
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

    /// Sends `POST /v1/connections/whatsapp/manual` and decodes the response.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::Response<types::Connection>, crate::Error> {
        let client = self.client;
        crate::transport::send(
                client,
                &crate::metadata::SAVE_WHATSAPP_MANUAL_CREDENTIALS,
                self.send_raw(),
            )
            .await
    }

    /// Sends `POST /v1/connections/whatsapp/manual` with these options for this call (extra
    /// headers, time budget, retry policy) and decodes the response.
    pub async fn send_with(
        self,
        options: crate::RequestOptions,
    ) -> ::std::result::Result<crate::Response<types::Connection>, crate::Error> {
        let client = self.client;
        crate::transport::send_with(
                client,
                &crate::metadata::SAVE_WHATSAPP_MANUAL_CREDENTIALS,
                ::std::option::Option::Some(options),
                self.send_raw(),
            )
            .await
    }
}

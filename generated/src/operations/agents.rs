// @generated operations of the `agents` area by agentruntime-generator 0.1.0. Do not edit by hand.
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

/// # Agents
///
/// Platform agents of a project (behind the `enableAgents` deployment flag).
impl crate::Client {
    /// List platform agents
    ///
    /// Requires role `project_viewer`. Sends the client's tenant and project as `X-Tenant-Id` and
    /// `X-Project-Id`. Idempotent: retried on transient failures. Paginated by `page_token`:
    /// `.stream()` yields every item, keeping all filters on every page.
    ///
    /// Arguments:
    /// - `limit`: Maximum number of items in one page.
    /// - `page_token`: Opaque cursor from the previous page's `next_page`. Every other filter of
    ///   the first request must be sent again unchanged with it.
    ///
    /// Sends `GET /v1/agents`; `send()` returns a [`AgentPage`](types::AgentPage).
    ///
    /// Optional parameters are setters of [`ListAgents`]: [`limit`](ListAgents::limit),
    /// [`page_token`](ListAgents::page_token).
    ///
    /// ```no_run
    /// # async fn example(client: &agentruntime::Client) -> Result<(), agentruntime::Error> {
    /// let response = client.list_agents().send().await?;
    /// # let _ = response;
    /// # Ok(())
    /// # }
    /// ```
    pub fn list_agents(&self) -> ListAgents<'_> {
        ListAgents::new(self)
    }

    /// Create an agent
    ///
    /// Requires role `project_contributor`. Sends the client's tenant and project as `X-Tenant-Id`
    /// and `X-Project-Id`. Not idempotent: re-sent only when the server provably did not receive
    /// it.
    ///
    /// Sends `POST /v1/agents` with a [`AgentCreate`](types::AgentCreate) body; `send()` returns a
    /// [`Agent`](types::Agent).
    ///
    /// ```no_run
    /// # async fn example(client: &agentruntime::Client, body: agentruntime::types::AgentCreate) -> Result<(), agentruntime::Error> {
    /// let response = client.create_agent(body).send().await?;
    /// # let _ = response;
    /// # Ok(())
    /// # }
    /// ```
    pub fn create_agent(
        &self,
        body: impl ::std::convert::Into<types::AgentCreate>,
    ) -> CreateAgent<'_> {
        CreateAgent::new(self, body.into())
    }

    /// Get an agent
    ///
    /// Requires role `project_viewer`. Sends the client's tenant and project as `X-Tenant-Id` and
    /// `X-Project-Id`. Idempotent: retried on transient failures.
    ///
    /// Arguments:
    /// - `id`: Agent id.
    ///
    /// Sends `GET /v1/agents/{id}`; `send()` returns a [`Agent`](types::Agent).
    ///
    /// ```no_run
    /// # async fn example(client: &agentruntime::Client, id: &str) -> Result<(), agentruntime::Error> {
    /// let response = client.get_agent(id).send().await?;
    /// # let _ = response;
    /// # Ok(())
    /// # }
    /// ```
    pub fn get_agent(
        &self,
        id: impl ::std::convert::TryInto<::std::string::String>,
    ) -> GetAgent<'_> {
        GetAgent::new(self).id(id)
    }

    /// Delete an agent
    ///
    /// Requires role `project_contributor`. Sends the client's tenant and project as `X-Tenant-Id`
    /// and `X-Project-Id`. Idempotent: retried on transient failures.
    ///
    /// Arguments:
    /// - `id`: Agent id.
    ///
    /// Sends `DELETE /v1/agents/{id}`; `send()` returns no body.
    ///
    /// ```no_run
    /// # async fn example(client: &agentruntime::Client, id: &str) -> Result<(), agentruntime::Error> {
    /// let response = client.delete_agent(id).send().await?;
    /// # let _ = response;
    /// # Ok(())
    /// # }
    /// ```
    pub fn delete_agent(
        &self,
        id: impl ::std::convert::TryInto<::std::string::String>,
    ) -> DeleteAgent<'_> {
        DeleteAgent::new(self).id(id)
    }

    /// Update an agent
    ///
    /// Changes the given fields; fields left out keep their values.
    ///
    /// Requires role `project_contributor`. Sends the client's tenant and project as `X-Tenant-Id`
    /// and `X-Project-Id`. Not idempotent: re-sent only when the server provably did not receive
    /// it.
    ///
    /// Arguments:
    /// - `id`: Agent id.
    /// - `body`
    ///
    /// Sends `PATCH /v1/agents/{id}` with a [`AgentUpdate`](types::AgentUpdate) body; `send()`
    /// returns a [`Agent`](types::Agent).
    ///
    /// ```no_run
    /// # async fn example(client: &agentruntime::Client, id: &str, body: agentruntime::types::AgentUpdate) -> Result<(), agentruntime::Error> {
    /// let response = client.update_agent(id, body).send().await?;
    /// # let _ = response;
    /// # Ok(())
    /// # }
    /// ```
    pub fn update_agent(
        &self,
        id: impl ::std::convert::TryInto<::std::string::String>,
        body: impl ::std::convert::Into<types::AgentUpdate>,
    ) -> UpdateAgent<'_> {
        UpdateAgent::new(self, body.into()).id(id)
    }
}

/// Builder for [`Client::list_agents`]
///
/// [`Client::list_agents`]: crate::Client::list_agents
#[derive(Debug, Clone)]
pub struct ListAgents<'a> {
    client: &'a crate::Client,
    limit: Result<Option<i32>, String>,
    page_token: Result<Option<::std::string::String>, String>,
}

impl<'a> ListAgents<'a> {
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
    ) -> Result<ResponseValue<types::AgentPage>, Error<ByteStream>> {
        let Self { client, limit, page_token } = self;
        let limit = limit.map_err(Error::InvalidRequest)?;
        let page_token = page_token.map_err(Error::InvalidRequest)?;
        let url = format!("{}/v1/agents", client.baseurl,);
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
            operation_id: "list_agents",
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

    /// Sends `GET /v1/agents` and decodes the response.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::Response<types::AgentPage>, crate::Error> {
        let client = self.client;
        crate::transport::send(client, &crate::metadata::LIST_AGENTS, self.send_raw())
            .await
    }

    /// Sends `GET /v1/agents` with these options for this call (extra headers, time budget, retry
    /// policy) and decodes the response.
    pub async fn send_with(
        self,
        options: crate::RequestOptions,
    ) -> ::std::result::Result<crate::Response<types::AgentPage>, crate::Error> {
        let client = self.client;
        crate::transport::send_with(
                client,
                &crate::metadata::LIST_AGENTS,
                ::std::option::Option::Some(options),
                self.send_raw(),
            )
            .await
    }

    /// Streams every item of every page of `GET /v1/agents`, in order. Each page is requested with
    /// this builder's filters and the previous page's `next_page` as `page_token`; the stream ends
    /// after the last page.
    pub fn stream(
        self,
    ) -> impl ::futures::Stream<
        Item = ::std::result::Result<
            <types::AgentPage as crate::pagination::Page>::Item,
            crate::Error,
        >,
    > + ::std::marker::Unpin + 'a {
        crate::pagination::items(self.pages())
    }

    /// Streams the pages of `GET /v1/agents` (see [`AgentPage`](crate::types::AgentPage)), each
    /// with its response metadata.
    pub fn pages(
        self,
    ) -> impl ::futures::Stream<
        Item = ::std::result::Result<crate::Response<types::AgentPage>, crate::Error>,
    > + ::std::marker::Unpin + 'a {
        crate::pagination::by_cursor(
            self,
            Self::send,
            |builder, cursor| builder.page_token(cursor),
        )
    }
}

/// Builder for [`Client::create_agent`]
///
/// [`Client::create_agent`]: crate::Client::create_agent
#[derive(Debug, Clone)]
pub struct CreateAgent<'a> {
    client: &'a crate::Client,
    body: Result<types::AgentCreate, String>,
}

impl<'a> CreateAgent<'a> {
    pub(crate) fn new(client: &'a crate::Client, body: types::AgentCreate) -> Self {
        Self {
            client: client,
            body: Ok(body),
        }
    }

    async fn send_raw(self) -> Result<ResponseValue<types::Agent>, Error<ByteStream>> {
        let Self { client, body } = self;
        let body = body
            .and_then(|v| types::AgentCreate::try_from(v).map_err(|e| e.to_string()))
            .map_err(Error::InvalidRequest)?;
        let url = format!("{}/v1/agents", client.baseurl,);
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
            operation_id: "create_agent",
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

    /// Sends `POST /v1/agents` and decodes the response.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::Response<types::Agent>, crate::Error> {
        let client = self.client;
        crate::transport::send(client, &crate::metadata::CREATE_AGENT, self.send_raw())
            .await
    }

    /// Sends `POST /v1/agents` with these options for this call (extra headers, time budget, retry
    /// policy) and decodes the response.
    pub async fn send_with(
        self,
        options: crate::RequestOptions,
    ) -> ::std::result::Result<crate::Response<types::Agent>, crate::Error> {
        let client = self.client;
        crate::transport::send_with(
                client,
                &crate::metadata::CREATE_AGENT,
                ::std::option::Option::Some(options),
                self.send_raw(),
            )
            .await
    }
}

/// Builder for [`Client::get_agent`]
///
/// [`Client::get_agent`]: crate::Client::get_agent
#[derive(Debug, Clone)]
pub struct GetAgent<'a> {
    client: &'a crate::Client,
    id: Result<::std::string::String, String>,
}

impl<'a> GetAgent<'a> {
    pub(crate) fn new(client: &'a crate::Client) -> Self {
        Self {
            client: client,
            id: Err("id was not initialized".to_string()),
        }
    }

    /// Sets the required path parameter `id`.
    ///
    /// Agent id.
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

    async fn send_raw(self) -> Result<ResponseValue<types::Agent>, Error<ByteStream>> {
        let Self { client, id } = self;
        let id = id.map_err(Error::InvalidRequest)?;
        let url = format!(
            "{}/v1/agents/{}", client.baseurl, crate ::params::path("id", crate
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
            operation_id: "get_agent",
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

    /// Sends `GET /v1/agents/{id}` and decodes the response.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::Response<types::Agent>, crate::Error> {
        let client = self.client;
        crate::transport::send(client, &crate::metadata::GET_AGENT, self.send_raw())
            .await
    }

    /// Sends `GET /v1/agents/{id}` with these options for this call (extra headers, time budget,
    /// retry policy) and decodes the response.
    pub async fn send_with(
        self,
        options: crate::RequestOptions,
    ) -> ::std::result::Result<crate::Response<types::Agent>, crate::Error> {
        let client = self.client;
        crate::transport::send_with(
                client,
                &crate::metadata::GET_AGENT,
                ::std::option::Option::Some(options),
                self.send_raw(),
            )
            .await
    }
}

/// Builder for [`Client::delete_agent`]
///
/// [`Client::delete_agent`]: crate::Client::delete_agent
#[derive(Debug, Clone)]
pub struct DeleteAgent<'a> {
    client: &'a crate::Client,
    id: Result<::std::string::String, String>,
}

impl<'a> DeleteAgent<'a> {
    pub(crate) fn new(client: &'a crate::Client) -> Self {
        Self {
            client: client,
            id: Err("id was not initialized".to_string()),
        }
    }

    /// Sets the required path parameter `id`.
    ///
    /// Agent id.
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
            "{}/v1/agents/{}", client.baseurl, crate ::params::path("id", crate
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
            operation_id: "delete_agent",
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

    /// Sends `DELETE /v1/agents/{id}` and decodes the response.
    pub async fn send(self) -> ::std::result::Result<crate::Response<()>, crate::Error> {
        let client = self.client;
        crate::transport::send(client, &crate::metadata::DELETE_AGENT, self.send_raw())
            .await
    }

    /// Sends `DELETE /v1/agents/{id}` with these options for this call (extra headers, time budget,
    /// retry policy) and decodes the response.
    pub async fn send_with(
        self,
        options: crate::RequestOptions,
    ) -> ::std::result::Result<crate::Response<()>, crate::Error> {
        let client = self.client;
        crate::transport::send_with(
                client,
                &crate::metadata::DELETE_AGENT,
                ::std::option::Option::Some(options),
                self.send_raw(),
            )
            .await
    }
}

/// Builder for [`Client::update_agent`]
///
/// [`Client::update_agent`]: crate::Client::update_agent
#[derive(Debug, Clone)]
pub struct UpdateAgent<'a> {
    client: &'a crate::Client,
    id: Result<::std::string::String, String>,
    body: Result<types::AgentUpdate, String>,
}

impl<'a> UpdateAgent<'a> {
    pub(crate) fn new(client: &'a crate::Client, body: types::AgentUpdate) -> Self {
        Self {
            client: client,
            id: Err("id was not initialized".to_string()),
            body: Ok(body),
        }
    }

    /// Sets the required path parameter `id`.
    ///
    /// Agent id.
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

    async fn send_raw(self) -> Result<ResponseValue<types::Agent>, Error<ByteStream>> {
        let Self { client, id, body } = self;
        let id = id.map_err(Error::InvalidRequest)?;
        let body = body
            .and_then(|v| types::AgentUpdate::try_from(v).map_err(|e| e.to_string()))
            .map_err(Error::InvalidRequest)?;
        let url = format!(
            "{}/v1/agents/{}", client.baseurl, crate ::params::path("id", crate
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
            operation_id: "update_agent",
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

    /// Sends `PATCH /v1/agents/{id}` and decodes the response.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::Response<types::Agent>, crate::Error> {
        let client = self.client;
        crate::transport::send(client, &crate::metadata::UPDATE_AGENT, self.send_raw())
            .await
    }

    /// Sends `PATCH /v1/agents/{id}` with these options for this call (extra headers, time budget,
    /// retry policy) and decodes the response.
    pub async fn send_with(
        self,
        options: crate::RequestOptions,
    ) -> ::std::result::Result<crate::Response<types::Agent>, crate::Error> {
        let client = self.client;
        crate::transport::send_with(
                client,
                &crate::metadata::UPDATE_AGENT,
                ::std::option::Option::Some(options),
                self.send_raw(),
            )
            .await
    }
}

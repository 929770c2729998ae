// @generated operations of the `pats` area by agentruntime-generator 0.1.0. Do not edit by hand.
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

/// # Pats
///
/// Personal access tokens: create, list, reveal and revoke scoped bearer credentials.
impl crate::Client {
    /// List personal access tokens
    ///
    /// Lists the caller's personal access tokens in this workspace. List items carry metadata only;
    /// the secret `token` is never part of a list item.
    ///
    /// Requires role `project_contributor`. Sends the client's tenant as `X-Tenant-Id`. Idempotent:
    /// retried on transient failures. Paginated by `page_token`: `.stream()` yields every item,
    /// keeping all filters on every page.
    ///
    /// Arguments:
    /// - `limit`: Maximum number of items in one page.
    /// - `page_token`: Opaque cursor from the previous page's `next_page`. Every other filter of
    ///   the first request must be sent again unchanged with it.
    ///
    /// Sends `GET /v1/pats`; `send()` returns a [`PatPage`](types::PatPage).
    ///
    /// Optional parameters are setters of [`ListPats`]: [`limit`](ListPats::limit),
    /// [`page_token`](ListPats::page_token).
    ///
    /// ```no_run
    /// # async fn example(client: &agentruntime::Client) -> Result<(), agentruntime::Error> {
    /// let response = client.list_pats().send().await?;
    /// # let _ = response;
    /// # Ok(())
    /// # }
    /// ```
    pub fn list_pats(&self) -> ListPats<'_> {
        ListPats::new(self)
    }

    /// Create a personal access token
    ///
    /// Creates a PAT with the given scopes. The response carries the secret `token` (`pat_…`);
    /// store it immediately and treat it like a password. The token's scopes never widen the user's
    /// role: `workflow:run` still needs project_contributor on the project.
    ///
    /// Requires role `project_contributor`. Sends the client's tenant as `X-Tenant-Id`. Not
    /// idempotent: re-sent only when the server provably did not receive it.
    ///
    /// Sends `POST /v1/pats` with a [`PatCreate`](types::PatCreate) body; `send()` returns a
    /// [`PatCreated`](types::PatCreated).
    ///
    /// ```no_run
    /// # async fn example(client: &agentruntime::Client, body: agentruntime::types::PatCreate) -> Result<(), agentruntime::Error> {
    /// let response = client.create_pat(body).send().await?;
    /// # let _ = response;
    /// # Ok(())
    /// # }
    /// ```
    pub fn create_pat(
        &self,
        body: impl ::std::convert::Into<types::PatCreate>,
    ) -> CreatePat<'_> {
        CreatePat::new(self, body.into())
    }

    /// Revoke a personal access token
    ///
    /// Revokes the PAT. Requests that present its token fail with 401 from then on, including
    /// inbound webhook subscriptions and triggers that use it as their automation PAT.
    ///
    /// Requires role `project_contributor`. Sends the client's tenant as `X-Tenant-Id`. Idempotent:
    /// retried on transient failures.
    ///
    /// Arguments:
    /// - `id`: PAT metadata id (for example `pat-abc123`), not the secret token.
    ///
    /// Sends `DELETE /v1/pats/{id}`; `send()` returns no body.
    ///
    /// ```no_run
    /// # async fn example(client: &agentruntime::Client, id: &str) -> Result<(), agentruntime::Error> {
    /// let response = client.revoke_pat(id).send().await?;
    /// # let _ = response;
    /// # Ok(())
    /// # }
    /// ```
    pub fn revoke_pat(
        &self,
        id: impl ::std::convert::TryInto<::std::string::String>,
    ) -> RevokePat<'_> {
        RevokePat::new(self).id(id)
    }

    /// Reveal a personal access token's secret once
    ///
    /// Returns the PAT's secret `token` a single time, for tokens whose value was not captured at
    /// creation. The token is a secret: do not log it. A later reveal of the same PAT is refused
    /// with 409.
    ///
    /// Requires role `project_viewer`. Sends the client's tenant as `X-Tenant-Id`. Idempotent:
    /// retried on transient failures.
    ///
    /// Arguments:
    /// - `id`: PAT metadata id (for example `pat-abc123`), not the secret token.
    ///
    /// Sends `GET /v1/pats/{id}/reveal`; `send()` returns a [`PatToken`](types::PatToken).
    ///
    /// ```no_run
    /// # async fn example(client: &agentruntime::Client, id: &str) -> Result<(), agentruntime::Error> {
    /// let response = client.reveal_pat(id).send().await?;
    /// # let _ = response;
    /// # Ok(())
    /// # }
    /// ```
    pub fn reveal_pat(
        &self,
        id: impl ::std::convert::TryInto<::std::string::String>,
    ) -> RevealPat<'_> {
        RevealPat::new(self).id(id)
    }
}

/// Builder for [`Client::list_pats`]
///
/// [`Client::list_pats`]: crate::Client::list_pats
#[derive(Debug, Clone)]
pub struct ListPats<'a> {
    client: &'a crate::Client,
    limit: Result<Option<i32>, String>,
    page_token: Result<Option<::std::string::String>, String>,
}

impl<'a> ListPats<'a> {
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

    async fn send_raw(self) -> Result<ResponseValue<types::PatPage>, Error<ByteStream>> {
        let Self { client, limit, page_token } = self;
        let limit = limit.map_err(Error::InvalidRequest)?;
        let page_token = page_token.map_err(Error::InvalidRequest)?;
        let url = format!("{}/v1/pats", client.baseurl,);
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
            operation_id: "list_pats",
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

    /// Sends `GET /v1/pats` and decodes the response.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::Response<types::PatPage>, crate::Error> {
        let client = self.client;
        crate::transport::send(client, &crate::metadata::LIST_PATS, self.send_raw())
            .await
    }

    /// Sends `GET /v1/pats` with these options for this call (extra headers, time budget, retry
    /// policy) and decodes the response.
    pub async fn send_with(
        self,
        options: crate::RequestOptions,
    ) -> ::std::result::Result<crate::Response<types::PatPage>, crate::Error> {
        let client = self.client;
        crate::transport::send_with(
                client,
                &crate::metadata::LIST_PATS,
                ::std::option::Option::Some(options),
                self.send_raw(),
            )
            .await
    }

    /// Streams every item of every page of `GET /v1/pats`, in order. Each page is requested with
    /// this builder's filters and the previous page's `next_page` as `page_token`; the stream ends
    /// after the last page.
    pub fn stream(
        self,
    ) -> impl ::futures::Stream<
        Item = ::std::result::Result<
            <types::PatPage as crate::pagination::Page>::Item,
            crate::Error,
        >,
    > + ::std::marker::Unpin + 'a {
        crate::pagination::items(self.pages())
    }

    /// Streams the pages of `GET /v1/pats` (see [`PatPage`](crate::types::PatPage)), each with its
    /// response metadata.
    pub fn pages(
        self,
    ) -> impl ::futures::Stream<
        Item = ::std::result::Result<crate::Response<types::PatPage>, crate::Error>,
    > + ::std::marker::Unpin + 'a {
        crate::pagination::by_cursor(
            self,
            Self::send,
            |builder, cursor| builder.page_token(cursor),
        )
    }
}

/// Builder for [`Client::create_pat`]
///
/// [`Client::create_pat`]: crate::Client::create_pat
#[derive(Debug, Clone)]
pub struct CreatePat<'a> {
    client: &'a crate::Client,
    body: Result<types::PatCreate, String>,
}

impl<'a> CreatePat<'a> {
    pub(crate) fn new(client: &'a crate::Client, body: types::PatCreate) -> Self {
        Self {
            client: client,
            body: Ok(body),
        }
    }

    async fn send_raw(
        self,
    ) -> Result<ResponseValue<types::PatCreated>, Error<ByteStream>> {
        let Self { client, body } = self;
        let body = body
            .and_then(|v| types::PatCreate::try_from(v).map_err(|e| e.to_string()))
            .map_err(Error::InvalidRequest)?;
        let url = format!("{}/v1/pats", client.baseurl,);
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
            operation_id: "create_pat",
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

    /// Sends `POST /v1/pats` and decodes the response.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::Response<types::PatCreated>, crate::Error> {
        let client = self.client;
        crate::transport::send(client, &crate::metadata::CREATE_PAT, self.send_raw())
            .await
    }

    /// Sends `POST /v1/pats` with these options for this call (extra headers, time budget, retry
    /// policy) and decodes the response.
    pub async fn send_with(
        self,
        options: crate::RequestOptions,
    ) -> ::std::result::Result<crate::Response<types::PatCreated>, crate::Error> {
        let client = self.client;
        crate::transport::send_with(
                client,
                &crate::metadata::CREATE_PAT,
                ::std::option::Option::Some(options),
                self.send_raw(),
            )
            .await
    }
}

/// Builder for [`Client::revoke_pat`]
///
/// [`Client::revoke_pat`]: crate::Client::revoke_pat
#[derive(Debug, Clone)]
pub struct RevokePat<'a> {
    client: &'a crate::Client,
    id: Result<::std::string::String, String>,
}

impl<'a> RevokePat<'a> {
    pub(crate) fn new(client: &'a crate::Client) -> Self {
        Self {
            client: client,
            id: Err("id was not initialized".to_string()),
        }
    }

    /// Sets the required path parameter `id`.
    ///
    /// PAT metadata id (for example `pat-abc123`), not the secret token.
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
            "{}/v1/pats/{}", client.baseurl, crate ::params::path("id", crate
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
            operation_id: "revoke_pat",
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

    /// Sends `DELETE /v1/pats/{id}` and decodes the response.
    pub async fn send(self) -> ::std::result::Result<crate::Response<()>, crate::Error> {
        let client = self.client;
        crate::transport::send(client, &crate::metadata::REVOKE_PAT, self.send_raw())
            .await
    }

    /// Sends `DELETE /v1/pats/{id}` with these options for this call (extra headers, time budget,
    /// retry policy) and decodes the response.
    pub async fn send_with(
        self,
        options: crate::RequestOptions,
    ) -> ::std::result::Result<crate::Response<()>, crate::Error> {
        let client = self.client;
        crate::transport::send_with(
                client,
                &crate::metadata::REVOKE_PAT,
                ::std::option::Option::Some(options),
                self.send_raw(),
            )
            .await
    }
}

/// Builder for [`Client::reveal_pat`]
///
/// [`Client::reveal_pat`]: crate::Client::reveal_pat
#[derive(Debug, Clone)]
pub struct RevealPat<'a> {
    client: &'a crate::Client,
    id: Result<::std::string::String, String>,
}

impl<'a> RevealPat<'a> {
    pub(crate) fn new(client: &'a crate::Client) -> Self {
        Self {
            client: client,
            id: Err("id was not initialized".to_string()),
        }
    }

    /// Sets the required path parameter `id`.
    ///
    /// PAT metadata id (for example `pat-abc123`), not the secret token.
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
    ) -> Result<ResponseValue<types::PatToken>, Error<ByteStream>> {
        let Self { client, id } = self;
        let id = id.map_err(Error::InvalidRequest)?;
        let url = format!(
            "{}/v1/pats/{}/reveal", client.baseurl, crate ::params::path("id", crate
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
            operation_id: "reveal_pat",
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

    /// Sends `GET /v1/pats/{id}/reveal` and decodes the response.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::Response<types::PatToken>, crate::Error> {
        let client = self.client;
        crate::transport::send(client, &crate::metadata::REVEAL_PAT, self.send_raw())
            .await
    }

    /// Sends `GET /v1/pats/{id}/reveal` with these options for this call (extra headers, time
    /// budget, retry policy) and decodes the response.
    pub async fn send_with(
        self,
        options: crate::RequestOptions,
    ) -> ::std::result::Result<crate::Response<types::PatToken>, crate::Error> {
        let client = self.client;
        crate::transport::send_with(
                client,
                &crate::metadata::REVEAL_PAT,
                ::std::option::Option::Some(options),
                self.send_raw(),
            )
            .await
    }
}

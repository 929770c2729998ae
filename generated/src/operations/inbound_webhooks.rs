// @generated operations of the `inbound_webhooks` area by agentruntime-generator 0.1.0. Do not edit by hand.
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

/// # Inbound webhooks
///
/// Signed public ingress URLs that start a workflow run for each third-party event, and their
/// management.
impl crate::Client {
    /// List inbound webhook subscriptions
    ///
    /// Lists the project's inbound webhook subscriptions. Signing secrets are shown only once, in
    /// the create response, and never appear in list items.
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
    /// Sends `GET /v1/inbound-webhooks`; `send()` returns a
    /// [`InboundWebhookPage`](types::InboundWebhookPage).
    ///
    /// Optional parameters are setters of [`ListInboundWebhooks`]:
    /// [`limit`](ListInboundWebhooks::limit), [`page_token`](ListInboundWebhooks::page_token).
    ///
    /// ```no_run
    /// # async fn example(client: &agentruntime::Client) -> Result<(), agentruntime::Error> {
    /// let response = client.list_inbound_webhooks().send().await?;
    /// # let _ = response;
    /// # Ok(())
    /// # }
    /// ```
    pub fn list_inbound_webhooks(&self) -> ListInboundWebhooks<'_> {
        ListInboundWebhooks::new(self)
    }

    /// Create an inbound webhook subscription
    ///
    /// Creates a subscription that starts runs of `workflow_id` when a signed POST arrives at its
    /// ingress URL. Runs started by the ingress act as the automation PAT: either a stored PAT
    /// (`automation_pat_id`) or a plaintext PAT pasted once (`automation_bearer`), for when the
    /// stored PAT's secret cannot be read back. The response carries the `signing_secret`
    /// (`whsec_…`) exactly once; store it, it is never returned again.
    ///
    /// Requires role `project_contributor`. Sends the client's tenant and project as `X-Tenant-Id`
    /// and `X-Project-Id`. Not idempotent: re-sent only when the server provably did not receive
    /// it.
    ///
    /// Sends `POST /v1/inbound-webhooks` with a
    /// [`InboundWebhookCreate`](types::InboundWebhookCreate) body; `send()` returns a
    /// [`InboundWebhookCreated`](types::InboundWebhookCreated).
    ///
    /// ```no_run
    /// # async fn example(client: &agentruntime::Client, body: agentruntime::types::InboundWebhookCreate) -> Result<(), agentruntime::Error> {
    /// let response = client.create_inbound_webhook(body).send().await?;
    /// # let _ = response;
    /// # Ok(())
    /// # }
    /// ```
    pub fn create_inbound_webhook(
        &self,
        body: impl ::std::convert::Into<types::InboundWebhookCreate>,
    ) -> CreateInboundWebhook<'_> {
        CreateInboundWebhook::new(self, body.into())
    }

    /// Deliver a signed event to a subscription's ingress
    ///
    /// The public ingress a third party calls to start a run. No session cookie and no context
    /// headers: the subscription fixes tenant, project and workflow. Send both `Authorization:
    /// Bearer pat_…` (the automation PAT bound to the subscription) and
    /// `X-Agentruntime-Signature`, the lowercase hex HMAC-SHA256 of the raw request body bytes,
    /// keyed with the subscription's signing secret string as returned at create (including its
    /// `whsec_` prefix), prefixed with `sha256=`. Sign the exact bytes you send: re-serialising the
    /// JSON after signing breaks the signature. Requests with a stale (expired skew) or invalid
    /// signature are rejected.
    ///
    /// The JSON body becomes the run's `trigger_payload` (read in templates as `{{input.*}}`); the
    /// subscription's `extras` are applied next, and the POST body wins on key conflicts. Send an
    /// `Idempotency-Key` to make retries of the same delivery safe.
    ///
    /// Requires role `public`. Sends no context headers. Not idempotent: re-sent only when the
    /// server provably did not receive it.
    ///
    /// Arguments:
    /// - `id`: Subscription id (the last segment of `ingress_path`).
    /// - `idempotency_key`: Client-chosen key that identifies one delivery; a retry with the same
    ///   key does not start a second run.
    /// - `x_agentruntime_signature`: `sha256=` followed by the lowercase hex HMAC-SHA256 of the raw
    ///   request body, keyed with the subscription's signing secret.
    /// - `body`
    ///
    /// Sends `POST /v1/inbound-webhooks/{id}` with a
    /// [`InboundWebhookPayload`](types::InboundWebhookPayload) body; `send()` returns a
    /// [`InboundWebhookDelivery`](types::InboundWebhookDelivery).
    ///
    /// Optional parameters are setters of [`TriggerInboundWebhook`]:
    /// [`idempotency_key`](TriggerInboundWebhook::idempotency_key).
    ///
    /// ```no_run
    /// # async fn example(client: &agentruntime::Client, id: &str, x_agentruntime_signature: &str, body: agentruntime::types::InboundWebhookPayload) -> Result<(), agentruntime::Error> {
    /// let response = client.trigger_inbound_webhook(id, x_agentruntime_signature, body).send().await?;
    /// # let _ = response;
    /// # Ok(())
    /// # }
    /// ```
    pub fn trigger_inbound_webhook(
        &self,
        id: impl ::std::convert::TryInto<::std::string::String>,
        x_agentruntime_signature: impl ::std::convert::TryInto<::std::string::String>,
        body: impl ::std::convert::Into<types::InboundWebhookPayload>,
    ) -> TriggerInboundWebhook<'_> {
        TriggerInboundWebhook::new(self, body.into())
            .id(id)
            .x_agentruntime_signature(x_agentruntime_signature)
    }

    /// Delete a subscription
    ///
    /// Deletes the subscription; later POSTs to its ingress URL are rejected with 404.
    ///
    /// Requires role `project_contributor`. Sends the client's tenant and project as `X-Tenant-Id`
    /// and `X-Project-Id`. Idempotent: retried on transient failures.
    ///
    /// Arguments:
    /// - `id`: Subscription id (the last segment of `ingress_path`).
    ///
    /// Sends `DELETE /v1/inbound-webhooks/{id}`; `send()` returns no body.
    ///
    /// ```no_run
    /// # async fn example(client: &agentruntime::Client, id: &str) -> Result<(), agentruntime::Error> {
    /// let response = client.delete_inbound_webhook(id).send().await?;
    /// # let _ = response;
    /// # Ok(())
    /// # }
    /// ```
    pub fn delete_inbound_webhook(
        &self,
        id: impl ::std::convert::TryInto<::std::string::String>,
    ) -> DeleteInboundWebhook<'_> {
        DeleteInboundWebhook::new(self).id(id)
    }

    /// Update a subscription's start-parameter extras
    ///
    /// Replaces the subscription's `extras`: the start parameters merged into every run the ingress
    /// starts. At delivery the POST body becomes `trigger_payload`, then the extras are applied; on
    /// key conflicts the POST body wins.
    ///
    /// Requires role `project_contributor`. Sends the client's tenant and project as `X-Tenant-Id`
    /// and `X-Project-Id`. Not idempotent: re-sent only when the server provably did not receive
    /// it.
    ///
    /// Arguments:
    /// - `id`: Subscription id (the last segment of `ingress_path`).
    /// - `body`
    ///
    /// Sends `PATCH /v1/inbound-webhooks/{id}` with a
    /// [`InboundWebhookUpdate`](types::InboundWebhookUpdate) body; `send()` returns a
    /// [`InboundWebhook`](types::InboundWebhook).
    ///
    /// ```no_run
    /// # async fn example(client: &agentruntime::Client, id: &str, body: agentruntime::types::InboundWebhookUpdate) -> Result<(), agentruntime::Error> {
    /// let response = client.update_inbound_webhook(id, body).send().await?;
    /// # let _ = response;
    /// # Ok(())
    /// # }
    /// ```
    pub fn update_inbound_webhook(
        &self,
        id: impl ::std::convert::TryInto<::std::string::String>,
        body: impl ::std::convert::Into<types::InboundWebhookUpdate>,
    ) -> UpdateInboundWebhook<'_> {
        UpdateInboundWebhook::new(self, body.into()).id(id)
    }
}

/// Builder for [`Client::list_inbound_webhooks`]
///
/// [`Client::list_inbound_webhooks`]: crate::Client::list_inbound_webhooks
#[derive(Debug, Clone)]
pub struct ListInboundWebhooks<'a> {
    client: &'a crate::Client,
    limit: Result<Option<i32>, String>,
    page_token: Result<Option<::std::string::String>, String>,
}

impl<'a> ListInboundWebhooks<'a> {
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
    ) -> Result<ResponseValue<types::InboundWebhookPage>, Error<ByteStream>> {
        let Self { client, limit, page_token } = self;
        let limit = limit.map_err(Error::InvalidRequest)?;
        let page_token = page_token.map_err(Error::InvalidRequest)?;
        let url = format!("{}/v1/inbound-webhooks", client.baseurl,);
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
            operation_id: "list_inbound_webhooks",
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

    /// Sends `GET /v1/inbound-webhooks` and decodes the response.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::Response<types::InboundWebhookPage>,
        crate::Error,
    > {
        let client = self.client;
        crate::transport::send(
                client,
                &crate::metadata::LIST_INBOUND_WEBHOOKS,
                self.send_raw(),
            )
            .await
    }

    /// Sends `GET /v1/inbound-webhooks` with these options for this call (extra headers, time
    /// budget, retry policy) and decodes the response.
    pub async fn send_with(
        self,
        options: crate::RequestOptions,
    ) -> ::std::result::Result<
        crate::Response<types::InboundWebhookPage>,
        crate::Error,
    > {
        let client = self.client;
        crate::transport::send_with(
                client,
                &crate::metadata::LIST_INBOUND_WEBHOOKS,
                ::std::option::Option::Some(options),
                self.send_raw(),
            )
            .await
    }

    /// Streams every item of every page of `GET /v1/inbound-webhooks`, in order. Each page is
    /// requested with this builder's filters and the previous page's `next_page` as `page_token`;
    /// the stream ends after the last page.
    pub fn stream(
        self,
    ) -> impl ::futures::Stream<
        Item = ::std::result::Result<
            <types::InboundWebhookPage as crate::pagination::Page>::Item,
            crate::Error,
        >,
    > + ::std::marker::Unpin + 'a {
        crate::pagination::items(self.pages())
    }

    /// Streams the pages of `GET /v1/inbound-webhooks` (see
    /// [`InboundWebhookPage`](crate::types::InboundWebhookPage)), each with its response metadata.
    pub fn pages(
        self,
    ) -> impl ::futures::Stream<
        Item = ::std::result::Result<
            crate::Response<types::InboundWebhookPage>,
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

/// Builder for [`Client::create_inbound_webhook`]
///
/// [`Client::create_inbound_webhook`]: crate::Client::create_inbound_webhook
#[derive(Debug, Clone)]
pub struct CreateInboundWebhook<'a> {
    client: &'a crate::Client,
    body: Result<types::InboundWebhookCreate, String>,
}

impl<'a> CreateInboundWebhook<'a> {
    pub(crate) fn new(
        client: &'a crate::Client,
        body: types::InboundWebhookCreate,
    ) -> Self {
        Self {
            client: client,
            body: Ok(body),
        }
    }

    async fn send_raw(
        self,
    ) -> Result<ResponseValue<types::InboundWebhookCreated>, Error<ByteStream>> {
        let Self { client, body } = self;
        let body = body
            .and_then(|v| {
                types::InboundWebhookCreate::try_from(v).map_err(|e| e.to_string())
            })
            .map_err(Error::InvalidRequest)?;
        let url = format!("{}/v1/inbound-webhooks", client.baseurl,);
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
            operation_id: "create_inbound_webhook",
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

    /// Sends `POST /v1/inbound-webhooks` and decodes the response.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::Response<types::InboundWebhookCreated>,
        crate::Error,
    > {
        let client = self.client;
        crate::transport::send(
                client,
                &crate::metadata::CREATE_INBOUND_WEBHOOK,
                self.send_raw(),
            )
            .await
    }

    /// Sends `POST /v1/inbound-webhooks` with these options for this call (extra headers, time
    /// budget, retry policy) and decodes the response.
    pub async fn send_with(
        self,
        options: crate::RequestOptions,
    ) -> ::std::result::Result<
        crate::Response<types::InboundWebhookCreated>,
        crate::Error,
    > {
        let client = self.client;
        crate::transport::send_with(
                client,
                &crate::metadata::CREATE_INBOUND_WEBHOOK,
                ::std::option::Option::Some(options),
                self.send_raw(),
            )
            .await
    }
}

/// Builder for [`Client::trigger_inbound_webhook`]
///
/// [`Client::trigger_inbound_webhook`]: crate::Client::trigger_inbound_webhook
#[derive(Debug, Clone)]
pub struct TriggerInboundWebhook<'a> {
    client: &'a crate::Client,
    id: Result<::std::string::String, String>,
    idempotency_key: Result<Option<::std::string::String>, String>,
    x_agentruntime_signature: Result<::std::string::String, String>,
    body: Result<types::InboundWebhookPayload, String>,
}

impl<'a> TriggerInboundWebhook<'a> {
    pub(crate) fn new(
        client: &'a crate::Client,
        body: types::InboundWebhookPayload,
    ) -> Self {
        Self {
            client: client,
            id: Err("id was not initialized".to_string()),
            idempotency_key: Ok(None),
            x_agentruntime_signature: Err(
                "x_agentruntime_signature was not initialized".to_string(),
            ),
            body: Ok(body),
        }
    }

    /// Sets the required path parameter `id`.
    ///
    /// Subscription id (the last segment of `ingress_path`).
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

    /// Sets the optional header parameter `Idempotency-Key`.
    ///
    /// Client-chosen key that identifies one delivery; a retry with the same key does not start a
    /// second run.
    pub fn idempotency_key<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<::std::string::String>,
    {
        self.idempotency_key = value
            .try_into()
            .map(Some)
            .map_err(|_| {
                "conversion to `:: std :: string :: String` for idempotency_key failed"
                    .to_string()
            });
        self
    }

    /// Sets the required header parameter `X-Agentruntime-Signature`.
    ///
    /// `sha256=` followed by the lowercase hex HMAC-SHA256 of the raw request body, keyed with the
    /// subscription's signing secret.
    fn x_agentruntime_signature<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<::std::string::String>,
    {
        self.x_agentruntime_signature = value
            .try_into()
            .map_err(|_| {
                "conversion to `:: std :: string :: String` for x_agentruntime_signature failed"
                    .to_string()
            });
        self
    }

    async fn send_raw(
        self,
    ) -> Result<ResponseValue<types::InboundWebhookDelivery>, Error<ByteStream>> {
        let Self { client, id, idempotency_key, x_agentruntime_signature, body } = self;
        let id = id.map_err(Error::InvalidRequest)?;
        let idempotency_key = idempotency_key.map_err(Error::InvalidRequest)?;
        let x_agentruntime_signature = x_agentruntime_signature
            .map_err(Error::InvalidRequest)?;
        let body = body.map_err(Error::InvalidRequest)?;
        let url = format!(
            "{}/v1/inbound-webhooks/{}", client.baseurl, crate ::params::path("id", crate
            ::params::PathStyle::Simple, false, & id) ?,
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(3usize);
        header_map
            .append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(crate::Client::api_version()),
            );
        crate::params::header(
            &mut header_map,
            "Idempotency-Key",
            &idempotency_key,
            false,
        )?;
        crate::params::header(
            &mut header_map,
            "X-Agentruntime-Signature",
            &x_agentruntime_signature,
            false,
        )?;
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
            operation_id: "trigger_inbound_webhook",
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

    /// Sends `POST /v1/inbound-webhooks/{id}` and decodes the response.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::Response<types::InboundWebhookDelivery>,
        crate::Error,
    > {
        let client = self.client;
        crate::transport::send(
                client,
                &crate::metadata::TRIGGER_INBOUND_WEBHOOK,
                self.send_raw(),
            )
            .await
    }

    /// Sends `POST /v1/inbound-webhooks/{id}` with these options for this call (extra headers, time
    /// budget, retry policy) and decodes the response.
    pub async fn send_with(
        self,
        options: crate::RequestOptions,
    ) -> ::std::result::Result<
        crate::Response<types::InboundWebhookDelivery>,
        crate::Error,
    > {
        let client = self.client;
        crate::transport::send_with(
                client,
                &crate::metadata::TRIGGER_INBOUND_WEBHOOK,
                ::std::option::Option::Some(options),
                self.send_raw(),
            )
            .await
    }
}

/// Builder for [`Client::delete_inbound_webhook`]
///
/// [`Client::delete_inbound_webhook`]: crate::Client::delete_inbound_webhook
#[derive(Debug, Clone)]
pub struct DeleteInboundWebhook<'a> {
    client: &'a crate::Client,
    id: Result<::std::string::String, String>,
}

impl<'a> DeleteInboundWebhook<'a> {
    pub(crate) fn new(client: &'a crate::Client) -> Self {
        Self {
            client: client,
            id: Err("id was not initialized".to_string()),
        }
    }

    /// Sets the required path parameter `id`.
    ///
    /// Subscription id (the last segment of `ingress_path`).
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
            "{}/v1/inbound-webhooks/{}", client.baseurl, crate ::params::path("id", crate
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
            operation_id: "delete_inbound_webhook",
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

    /// Sends `DELETE /v1/inbound-webhooks/{id}` and decodes the response.
    pub async fn send(self) -> ::std::result::Result<crate::Response<()>, crate::Error> {
        let client = self.client;
        crate::transport::send(
                client,
                &crate::metadata::DELETE_INBOUND_WEBHOOK,
                self.send_raw(),
            )
            .await
    }

    /// Sends `DELETE /v1/inbound-webhooks/{id}` with these options for this call (extra headers,
    /// time budget, retry policy) and decodes the response.
    pub async fn send_with(
        self,
        options: crate::RequestOptions,
    ) -> ::std::result::Result<crate::Response<()>, crate::Error> {
        let client = self.client;
        crate::transport::send_with(
                client,
                &crate::metadata::DELETE_INBOUND_WEBHOOK,
                ::std::option::Option::Some(options),
                self.send_raw(),
            )
            .await
    }
}

/// Builder for [`Client::update_inbound_webhook`]
///
/// [`Client::update_inbound_webhook`]: crate::Client::update_inbound_webhook
#[derive(Debug, Clone)]
pub struct UpdateInboundWebhook<'a> {
    client: &'a crate::Client,
    id: Result<::std::string::String, String>,
    body: Result<types::InboundWebhookUpdate, String>,
}

impl<'a> UpdateInboundWebhook<'a> {
    pub(crate) fn new(
        client: &'a crate::Client,
        body: types::InboundWebhookUpdate,
    ) -> Self {
        Self {
            client: client,
            id: Err("id was not initialized".to_string()),
            body: Ok(body),
        }
    }

    /// Sets the required path parameter `id`.
    ///
    /// Subscription id (the last segment of `ingress_path`).
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
    ) -> Result<ResponseValue<types::InboundWebhook>, Error<ByteStream>> {
        let Self { client, id, body } = self;
        let id = id.map_err(Error::InvalidRequest)?;
        let body = body
            .and_then(|v| {
                types::InboundWebhookUpdate::try_from(v).map_err(|e| e.to_string())
            })
            .map_err(Error::InvalidRequest)?;
        let url = format!(
            "{}/v1/inbound-webhooks/{}", client.baseurl, crate ::params::path("id", crate
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
            operation_id: "update_inbound_webhook",
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

    /// Sends `PATCH /v1/inbound-webhooks/{id}` and decodes the response.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::Response<types::InboundWebhook>, crate::Error> {
        let client = self.client;
        crate::transport::send(
                client,
                &crate::metadata::UPDATE_INBOUND_WEBHOOK,
                self.send_raw(),
            )
            .await
    }

    /// Sends `PATCH /v1/inbound-webhooks/{id}` with these options for this call (extra headers,
    /// time budget, retry policy) and decodes the response.
    pub async fn send_with(
        self,
        options: crate::RequestOptions,
    ) -> ::std::result::Result<crate::Response<types::InboundWebhook>, crate::Error> {
        let client = self.client;
        crate::transport::send_with(
                client,
                &crate::metadata::UPDATE_INBOUND_WEBHOOK,
                ::std::option::Option::Some(options),
                self.send_raw(),
            )
            .await
    }
}

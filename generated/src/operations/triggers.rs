// @generated operations of the `triggers` area by agentruntime-generator 0.1.0. Do not edit by hand.
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

/// # Triggers
///
/// Cron and platform-event triggers that start runs of a workflow automatically.
impl crate::Client {
    /// List a workflow's triggers
    ///
    /// Lists the cron and platform-event triggers of one workflow.
    ///
    /// Requires role `project_viewer`. Sends the client's tenant and project as `X-Tenant-Id` and
    /// `X-Project-Id`. Idempotent: retried on transient failures. Paginated by `page_token`:
    /// `.stream()` yields every item, keeping all filters on every page.
    ///
    /// Arguments:
    /// - `id`: Workflow id (a UUID).
    /// - `limit`: Maximum number of items in one page.
    /// - `page_token`: Opaque cursor from the previous page's `next_page`. Every other filter of
    ///   the first request must be sent again unchanged with it.
    ///
    /// Sends `GET /v1/workflows/{id}/triggers`; `send()` returns a
    /// [`TriggerPage`](types::TriggerPage).
    ///
    /// Optional parameters are setters of [`ListTriggers`]: [`limit`](ListTriggers::limit),
    /// [`page_token`](ListTriggers::page_token).
    ///
    /// ```no_run
    /// # async fn example(client: &agentruntime::Client, id: &str) -> Result<(), agentruntime::Error> {
    /// let response = client.list_triggers(id).send().await?;
    /// # let _ = response;
    /// # Ok(())
    /// # }
    /// ```
    pub fn list_triggers(
        &self,
        id: impl ::std::convert::TryInto<::std::string::String>,
    ) -> ListTriggers<'_> {
        ListTriggers::new(self).id(id)
    }

    /// Create a cron or platform-event trigger
    ///
    /// Creates a trigger that starts runs of the workflow's published version. A fire starts runs
    /// with the trigger's own `config` (start params); the workflow's saved run-setup defaults are
    /// never applied. With `segment_id` (or, for cron, `team_id`) one run is started per member.
    ///
    /// Requires role `project_contributor`. Sends the client's tenant and project as `X-Tenant-Id`
    /// and `X-Project-Id`. Not idempotent: re-sent only when the server provably did not receive
    /// it.
    ///
    /// Arguments:
    /// - `id`: Workflow id (a UUID).
    /// - `body`
    ///
    /// Sends `POST /v1/workflows/{id}/triggers` with a `crate::types::TriggerCreate` body; `send()`
    /// returns a `crate::types::Trigger`.
    ///
    /// ```no_run
    /// # async fn example(client: &agentruntime::Client, id: &str, body: agentruntime::types::TriggerCreate) -> Result<(), agentruntime::Error> {
    /// let response = client.create_trigger(id, body).send().await?;
    /// # let _ = response;
    /// # Ok(())
    /// # }
    /// ```
    pub fn create_trigger(
        &self,
        id: impl ::std::convert::TryInto<::std::string::String>,
        body: impl ::std::convert::Into<crate::types::TriggerCreate>,
    ) -> CreateTrigger<'_> {
        CreateTrigger::new(self, body.into()).id(id)
    }

    /// Delete a trigger
    ///
    /// Deletes the trigger; runs it already started are not affected.
    ///
    /// Requires role `project_contributor`. Sends the client's tenant and project as `X-Tenant-Id`
    /// and `X-Project-Id`. Idempotent: retried on transient failures.
    ///
    /// Arguments:
    /// - `id`: Workflow id (a UUID).
    /// - `trigger_id`: Id of the trigger to update or delete. The docs document PATCH and DELETE on
    ///   the collection path and never say how the trigger is named; a query parameter is this
    ///   spec's guess (it works for a DELETE without a body).
    ///
    /// Sends `DELETE /v1/workflows/{id}/triggers`; `send()` returns no body.
    ///
    /// ```no_run
    /// # async fn example(client: &agentruntime::Client, id: &str, trigger_id: &str) -> Result<(), agentruntime::Error> {
    /// let response = client.delete_trigger(id, trigger_id).send().await?;
    /// # let _ = response;
    /// # Ok(())
    /// # }
    /// ```
    pub fn delete_trigger(
        &self,
        id: impl ::std::convert::TryInto<::std::string::String>,
        trigger_id: impl ::std::convert::TryInto<::std::string::String>,
    ) -> DeleteTrigger<'_> {
        DeleteTrigger::new(self).id(id).trigger_id(trigger_id)
    }

    /// Update a trigger
    ///
    /// Enables or disables a trigger, or replaces its `config`. `type` is required and must be the
    /// trigger's current type (a trigger cannot change type); `config`, when sent, replaces the
    /// whole config.
    ///
    /// Requires role `project_contributor`. Sends the client's tenant and project as `X-Tenant-Id`
    /// and `X-Project-Id`. Not idempotent: re-sent only when the server provably did not receive
    /// it.
    ///
    /// Arguments:
    /// - `id`: Workflow id (a UUID).
    /// - `trigger_id`: Id of the trigger to update or delete. The docs document PATCH and DELETE on
    ///   the collection path and never say how the trigger is named; a query parameter is this
    ///   spec's guess (it works for a DELETE without a body).
    /// - `body`
    ///
    /// Sends `PATCH /v1/workflows/{id}/triggers` with a `crate::types::TriggerUpdate` body;
    /// `send()` returns a `crate::types::Trigger`.
    ///
    /// ```no_run
    /// # async fn example(client: &agentruntime::Client, id: &str, trigger_id: &str, body: agentruntime::types::TriggerUpdate) -> Result<(), agentruntime::Error> {
    /// let response = client.update_trigger(id, trigger_id, body).send().await?;
    /// # let _ = response;
    /// # Ok(())
    /// # }
    /// ```
    pub fn update_trigger(
        &self,
        id: impl ::std::convert::TryInto<::std::string::String>,
        trigger_id: impl ::std::convert::TryInto<::std::string::String>,
        body: impl ::std::convert::Into<crate::types::TriggerUpdate>,
    ) -> UpdateTrigger<'_> {
        UpdateTrigger::new(self, body.into()).id(id).trigger_id(trigger_id)
    }
}

/// Builder for [`Client::list_triggers`]
///
/// [`Client::list_triggers`]: crate::Client::list_triggers
#[derive(Debug, Clone)]
pub struct ListTriggers<'a> {
    client: &'a crate::Client,
    id: Result<::std::string::String, String>,
    limit: Result<Option<i32>, String>,
    page_token: Result<Option<::std::string::String>, String>,
}

impl<'a> ListTriggers<'a> {
    pub(crate) fn new(client: &'a crate::Client) -> Self {
        Self {
            client: client,
            id: Err("id was not initialized".to_string()),
            limit: Ok(None),
            page_token: Ok(None),
        }
    }

    /// Sets the required path parameter `id`.
    ///
    /// Workflow id (a UUID).
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
    ) -> Result<ResponseValue<types::TriggerPage>, Error<ByteStream>> {
        let Self { client, id, limit, page_token } = self;
        let id = id.map_err(Error::InvalidRequest)?;
        let limit = limit.map_err(Error::InvalidRequest)?;
        let page_token = page_token.map_err(Error::InvalidRequest)?;
        let url = format!(
            "{}/v1/workflows/{}/triggers", client.baseurl, crate ::params::path("id",
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
            operation_id: "list_triggers",
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

    /// Sends `GET /v1/workflows/{id}/triggers` and decodes the response.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::Response<types::TriggerPage>, crate::Error> {
        let client = self.client;
        crate::transport::send(client, &crate::metadata::LIST_TRIGGERS, self.send_raw())
            .await
    }

    /// Sends `GET /v1/workflows/{id}/triggers` with these options for this call (extra headers,
    /// time budget, retry policy) and decodes the response.
    pub async fn send_with(
        self,
        options: crate::RequestOptions,
    ) -> ::std::result::Result<crate::Response<types::TriggerPage>, crate::Error> {
        let client = self.client;
        crate::transport::send_with(
                client,
                &crate::metadata::LIST_TRIGGERS,
                ::std::option::Option::Some(options),
                self.send_raw(),
            )
            .await
    }

    /// Streams every item of every page of `GET /v1/workflows/{id}/triggers`, in order. Each page
    /// is requested with this builder's filters and the previous page's `next_page` as
    /// `page_token`; the stream ends after the last page.
    pub fn stream(
        self,
    ) -> impl ::futures::Stream<
        Item = ::std::result::Result<
            <types::TriggerPage as crate::pagination::Page>::Item,
            crate::Error,
        >,
    > + ::std::marker::Unpin + 'a {
        crate::pagination::items(self.pages())
    }

    /// Streams the pages of `GET /v1/workflows/{id}/triggers` (see
    /// [`TriggerPage`](crate::types::TriggerPage)), each with its response metadata.
    pub fn pages(
        self,
    ) -> impl ::futures::Stream<
        Item = ::std::result::Result<crate::Response<types::TriggerPage>, crate::Error>,
    > + ::std::marker::Unpin + 'a {
        crate::pagination::by_cursor(
            self,
            Self::send,
            |builder, cursor| builder.page_token(cursor),
        )
    }
}

/// Builder for [`Client::create_trigger`]
///
/// [`Client::create_trigger`]: crate::Client::create_trigger
#[derive(Debug, Clone)]
pub struct CreateTrigger<'a> {
    client: &'a crate::Client,
    id: Result<::std::string::String, String>,
    body: Result<crate::types::TriggerCreate, String>,
}

impl<'a> CreateTrigger<'a> {
    pub(crate) fn new(
        client: &'a crate::Client,
        body: crate::types::TriggerCreate,
    ) -> Self {
        Self {
            client: client,
            id: Err("id was not initialized".to_string()),
            body: Ok(body),
        }
    }

    /// Sets the required path parameter `id`.
    ///
    /// Workflow id (a UUID).
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
    ) -> Result<ResponseValue<crate::types::Trigger>, Error<ByteStream>> {
        let Self { client, id, body } = self;
        let id = id.map_err(Error::InvalidRequest)?;
        let body = body.map_err(Error::InvalidRequest)?;
        let url = format!(
            "{}/v1/workflows/{}/triggers", client.baseurl, crate ::params::path("id",
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
            .post(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .json(&body)
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "create_trigger",
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

    /// Sends `POST /v1/workflows/{id}/triggers` and decodes the response.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::Response<crate::types::Trigger>, crate::Error> {
        let client = self.client;
        crate::transport::send(client, &crate::metadata::CREATE_TRIGGER, self.send_raw())
            .await
    }

    /// Sends `POST /v1/workflows/{id}/triggers` with these options for this call (extra headers,
    /// time budget, retry policy) and decodes the response.
    pub async fn send_with(
        self,
        options: crate::RequestOptions,
    ) -> ::std::result::Result<crate::Response<crate::types::Trigger>, crate::Error> {
        let client = self.client;
        crate::transport::send_with(
                client,
                &crate::metadata::CREATE_TRIGGER,
                ::std::option::Option::Some(options),
                self.send_raw(),
            )
            .await
    }
}

/// Builder for [`Client::delete_trigger`]
///
/// [`Client::delete_trigger`]: crate::Client::delete_trigger
#[derive(Debug, Clone)]
pub struct DeleteTrigger<'a> {
    client: &'a crate::Client,
    id: Result<::std::string::String, String>,
    trigger_id: Result<::std::string::String, String>,
}

impl<'a> DeleteTrigger<'a> {
    pub(crate) fn new(client: &'a crate::Client) -> Self {
        Self {
            client: client,
            id: Err("id was not initialized".to_string()),
            trigger_id: Err("trigger_id was not initialized".to_string()),
        }
    }

    /// Sets the required path parameter `id`.
    ///
    /// Workflow id (a UUID).
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

    /// Sets the required query parameter `trigger_id`.
    ///
    /// Id of the trigger to update or delete. The docs document PATCH and DELETE on the collection
    /// path and never say how the trigger is named; a query parameter is this spec's guess (it
    /// works for a DELETE without a body).
    fn trigger_id<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<::std::string::String>,
    {
        self.trigger_id = value
            .try_into()
            .map_err(|_| {
                "conversion to `:: std :: string :: String` for trigger_id failed"
                    .to_string()
            });
        self
    }

    async fn send_raw(self) -> Result<ResponseValue<()>, Error<ByteStream>> {
        let Self { client, id, trigger_id } = self;
        let id = id.map_err(Error::InvalidRequest)?;
        let trigger_id = trigger_id.map_err(Error::InvalidRequest)?;
        let url = format!(
            "{}/v1/workflows/{}/triggers", client.baseurl, crate ::params::path("id",
            crate ::params::PathStyle::Simple, false, & id) ?,
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map
            .append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(crate::Client::api_version()),
            );
        #[allow(unused_mut)]
        let mut request = client.client.delete(url).headers(header_map).build()?;
        let mut query = crate::params::Query::new();
        query
            .push(
                "trigger_id",
                &trigger_id,
                crate::params::QueryStyle::Form,
                true,
                false,
            )?;
        query.apply(&mut request);
        let info = OperationInfo {
            operation_id: "delete_trigger",
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

    /// Sends `DELETE /v1/workflows/{id}/triggers` and decodes the response.
    pub async fn send(self) -> ::std::result::Result<crate::Response<()>, crate::Error> {
        let client = self.client;
        crate::transport::send(client, &crate::metadata::DELETE_TRIGGER, self.send_raw())
            .await
    }

    /// Sends `DELETE /v1/workflows/{id}/triggers` with these options for this call (extra headers,
    /// time budget, retry policy) and decodes the response.
    pub async fn send_with(
        self,
        options: crate::RequestOptions,
    ) -> ::std::result::Result<crate::Response<()>, crate::Error> {
        let client = self.client;
        crate::transport::send_with(
                client,
                &crate::metadata::DELETE_TRIGGER,
                ::std::option::Option::Some(options),
                self.send_raw(),
            )
            .await
    }
}

/// Builder for [`Client::update_trigger`]
///
/// [`Client::update_trigger`]: crate::Client::update_trigger
#[derive(Debug, Clone)]
pub struct UpdateTrigger<'a> {
    client: &'a crate::Client,
    id: Result<::std::string::String, String>,
    trigger_id: Result<::std::string::String, String>,
    body: Result<crate::types::TriggerUpdate, String>,
}

impl<'a> UpdateTrigger<'a> {
    pub(crate) fn new(
        client: &'a crate::Client,
        body: crate::types::TriggerUpdate,
    ) -> Self {
        Self {
            client: client,
            id: Err("id was not initialized".to_string()),
            trigger_id: Err("trigger_id was not initialized".to_string()),
            body: Ok(body),
        }
    }

    /// Sets the required path parameter `id`.
    ///
    /// Workflow id (a UUID).
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

    /// Sets the required query parameter `trigger_id`.
    ///
    /// Id of the trigger to update or delete. The docs document PATCH and DELETE on the collection
    /// path and never say how the trigger is named; a query parameter is this spec's guess (it
    /// works for a DELETE without a body).
    fn trigger_id<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<::std::string::String>,
    {
        self.trigger_id = value
            .try_into()
            .map_err(|_| {
                "conversion to `:: std :: string :: String` for trigger_id failed"
                    .to_string()
            });
        self
    }

    async fn send_raw(
        self,
    ) -> Result<ResponseValue<crate::types::Trigger>, Error<ByteStream>> {
        let Self { client, id, trigger_id, body } = self;
        let id = id.map_err(Error::InvalidRequest)?;
        let trigger_id = trigger_id.map_err(Error::InvalidRequest)?;
        let body = body.map_err(Error::InvalidRequest)?;
        let url = format!(
            "{}/v1/workflows/{}/triggers", client.baseurl, crate ::params::path("id",
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
            .patch(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .json(&body)
            .headers(header_map)
            .build()?;
        let mut query = crate::params::Query::new();
        query
            .push(
                "trigger_id",
                &trigger_id,
                crate::params::QueryStyle::Form,
                true,
                false,
            )?;
        query.apply(&mut request);
        let info = OperationInfo {
            operation_id: "update_trigger",
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

    /// Sends `PATCH /v1/workflows/{id}/triggers` and decodes the response.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::Response<crate::types::Trigger>, crate::Error> {
        let client = self.client;
        crate::transport::send(client, &crate::metadata::UPDATE_TRIGGER, self.send_raw())
            .await
    }

    /// Sends `PATCH /v1/workflows/{id}/triggers` with these options for this call (extra headers,
    /// time budget, retry policy) and decodes the response.
    pub async fn send_with(
        self,
        options: crate::RequestOptions,
    ) -> ::std::result::Result<crate::Response<crate::types::Trigger>, crate::Error> {
        let client = self.client;
        crate::transport::send_with(
                client,
                &crate::metadata::UPDATE_TRIGGER,
                ::std::option::Option::Some(options),
                self.send_raw(),
            )
            .await
    }
}

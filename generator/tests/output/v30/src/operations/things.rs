// @generated operations of the `things` area by agentruntime-generator 0.1.0. Do not edit by hand.
// Spec: fixtures/v30/openapi.json (sha256 76802303fef5ea9341473990ae5e531df637c83522ad3341588262dac14ea0c8), OpenAPI 3.0.3, API version 0.3.0.
// Regenerate: cargo xtask regen --spec fixtures/v30/openapi.json --out DIR

#![allow(clippy::all, clippy::pedantic)]
#[allow(unused_imports)]
use crate::types;

#[allow(unused_imports)]
use progenitor_client::{
    ByteStream, ClientHooks, ClientInfo, Error, OperationInfo, RequestBuilderExt,
    ResponseValue,
};

/// # Things
impl crate::Client {
    /// List things
    ///
    /// Requires role `project_viewer`. Sends the client's tenant and project as `X-Tenant-Id` and
    /// `X-Project-Id`. Idempotent: retried on transient failures. Paginated by `page_token`:
    /// `.stream()` yields every item, keeping all filters on every page.
    ///
    /// Sends `GET /v1/things`; `send()` returns a [`ThingPage`](types::ThingPage).
    ///
    /// Optional parameters are setters of [`ListThings`]: [`color`](ListThings::color),
    /// [`limit`](ListThings::limit), [`page_token`](ListThings::page_token).
    ///
    /// ```no_run
    /// # async fn example(client: &agentruntime::Client) -> Result<(), agentruntime::Error> {
    /// let response = client.list_things().send().await?;
    /// # let _ = response;
    /// # Ok(())
    /// # }
    /// ```
    pub fn list_things(&self) -> ListThings<'_> {
        ListThings::new(self)
    }

    /// Create a thing
    ///
    /// Requires role `project_contributor`. Sends the client's tenant and project as `X-Tenant-Id`
    /// and `X-Project-Id`. Not idempotent: re-sent only when the server provably did not receive
    /// it.
    ///
    /// Sends `POST /v1/things` with a [`Thing`](types::Thing) body; `send()` returns a
    /// [`Thing`](types::Thing).
    ///
    /// ```no_run
    /// # async fn example(client: &agentruntime::Client, body: agentruntime::types::Thing) -> Result<(), agentruntime::Error> {
    /// let response = client.create_thing(body).send().await?;
    /// # let _ = response;
    /// # Ok(())
    /// # }
    /// ```
    pub fn create_thing(
        &self,
        body: impl ::std::convert::Into<types::Thing>,
    ) -> CreateThing<'_> {
        CreateThing::new(self, body.into())
    }

    /// Send a command
    ///
    /// Required role: not stated by the spec. Sends the client's tenant as `X-Tenant-Id`.
    /// Idempotent: retried on transient failures.
    ///
    /// Sends `POST /v1/things/{thing_id}/commands` with a `crate::types::Command` body; `send()`
    /// returns a [`CommandThingResponse`](types::CommandThingResponse).
    ///
    /// ```no_run
    /// # async fn example(client: &agentruntime::Client, thing_id: &str, body: agentruntime::types::Command) -> Result<(), agentruntime::Error> {
    /// let response = client.command_thing(thing_id, body).send().await?;
    /// # let _ = response;
    /// # Ok(())
    /// # }
    /// ```
    pub fn command_thing(
        &self,
        thing_id: impl ::std::convert::TryInto<::std::string::String>,
        body: impl ::std::convert::Into<crate::types::Command>,
    ) -> CommandThing<'_> {
        CommandThing::new(self, body.into()).thing_id(thing_id)
    }
}

/// Builder for [`Client::list_things`]
///
/// [`Client::list_things`]: crate::Client::list_things
#[derive(Debug, Clone)]
pub struct ListThings<'a> {
    client: &'a crate::Client,
    color: Result<Option<types::Color>, String>,
    limit: Result<Option<i32>, String>,
    page_token: Result<Option<::std::string::String>, String>,
}

impl<'a> ListThings<'a> {
    pub(crate) fn new(client: &'a crate::Client) -> Self {
        Self {
            client: client,
            color: Ok(None),
            limit: Ok(None),
            page_token: Ok(None),
        }
    }

    /// Sets the optional query parameter `color`.
    pub fn color<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<types::Color>,
    {
        self.color = value
            .try_into()
            .map(Some)
            .map_err(|_| "conversion to `Color` for color failed".to_string());
        self
    }

    /// Sets the optional query parameter `limit`.
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
    ) -> Result<ResponseValue<types::ThingPage>, Error<ByteStream>> {
        let Self { client, color, limit, page_token } = self;
        let color = color.map_err(Error::InvalidRequest)?;
        let limit = limit.map_err(Error::InvalidRequest)?;
        let page_token = page_token.map_err(Error::InvalidRequest)?;
        let url = format!("{}/v1/things", client.baseurl,);
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
        query.push("color", &color, crate::params::QueryStyle::Form, true, false)?;
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
            operation_id: "list_things",
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

    /// Sends `GET /v1/things` and decodes the response.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::Response<types::ThingPage>, crate::Error> {
        let client = self.client;
        crate::transport::send(client, &crate::metadata::LIST_THINGS, self.send_raw())
            .await
    }

    /// Sends `GET /v1/things` with these options for this call (extra headers, time budget, retry
    /// policy) and decodes the response.
    pub async fn send_with(
        self,
        options: crate::RequestOptions,
    ) -> ::std::result::Result<crate::Response<types::ThingPage>, crate::Error> {
        let client = self.client;
        crate::transport::send_with(
                client,
                &crate::metadata::LIST_THINGS,
                ::std::option::Option::Some(options),
                self.send_raw(),
            )
            .await
    }

    /// Streams every item of every page of `GET /v1/things`, in order. Each page is requested with
    /// this builder's filters and the previous page's `next_page` as `page_token`; the stream ends
    /// after the last page.
    pub fn stream(
        self,
    ) -> impl ::futures::Stream<
        Item = ::std::result::Result<
            <types::ThingPage as crate::pagination::Page>::Item,
            crate::Error,
        >,
    > + ::std::marker::Unpin + 'a {
        crate::pagination::items(self.pages())
    }

    /// Streams the pages of `GET /v1/things` (see [`ThingPage`](crate::types::ThingPage)), each
    /// with its response metadata.
    pub fn pages(
        self,
    ) -> impl ::futures::Stream<
        Item = ::std::result::Result<crate::Response<types::ThingPage>, crate::Error>,
    > + ::std::marker::Unpin + 'a {
        crate::pagination::by_cursor(
            self,
            Self::send,
            |builder, cursor| builder.page_token(cursor),
        )
    }
}

/// Builder for [`Client::create_thing`]
///
/// [`Client::create_thing`]: crate::Client::create_thing
#[derive(Debug, Clone)]
pub struct CreateThing<'a> {
    client: &'a crate::Client,
    body: Result<types::Thing, String>,
}

impl<'a> CreateThing<'a> {
    pub(crate) fn new(client: &'a crate::Client, body: types::Thing) -> Self {
        Self {
            client: client,
            body: Ok(body),
        }
    }

    async fn send_raw(self) -> Result<ResponseValue<types::Thing>, Error<ByteStream>> {
        let Self { client, body } = self;
        let body = body
            .and_then(|v| types::Thing::try_from(v).map_err(|e| e.to_string()))
            .map_err(Error::InvalidRequest)?;
        let url = format!("{}/v1/things", client.baseurl,);
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
            operation_id: "create_thing",
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

    /// Sends `POST /v1/things` and decodes the response.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::Response<types::Thing>, crate::Error> {
        let client = self.client;
        crate::transport::send(client, &crate::metadata::CREATE_THING, self.send_raw())
            .await
    }

    /// Sends `POST /v1/things` with these options for this call (extra headers, time budget, retry
    /// policy) and decodes the response.
    pub async fn send_with(
        self,
        options: crate::RequestOptions,
    ) -> ::std::result::Result<crate::Response<types::Thing>, crate::Error> {
        let client = self.client;
        crate::transport::send_with(
                client,
                &crate::metadata::CREATE_THING,
                ::std::option::Option::Some(options),
                self.send_raw(),
            )
            .await
    }
}

/// Builder for [`Client::command_thing`]
///
/// [`Client::command_thing`]: crate::Client::command_thing
#[derive(Debug, Clone)]
pub struct CommandThing<'a> {
    client: &'a crate::Client,
    thing_id: Result<::std::string::String, String>,
    body: Result<crate::types::Command, String>,
}

impl<'a> CommandThing<'a> {
    pub(crate) fn new(client: &'a crate::Client, body: crate::types::Command) -> Self {
        Self {
            client: client,
            thing_id: Err("thing_id was not initialized".to_string()),
            body: Ok(body),
        }
    }

    /// Sets the required path parameter `thing_id`.
    fn thing_id<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<::std::string::String>,
    {
        self.thing_id = value
            .try_into()
            .map_err(|_| {
                "conversion to `:: std :: string :: String` for thing_id failed"
                    .to_string()
            });
        self
    }

    async fn send_raw(
        self,
    ) -> Result<ResponseValue<types::CommandThingResponse>, Error<ByteStream>> {
        let Self { client, thing_id, body } = self;
        let thing_id = thing_id.map_err(Error::InvalidRequest)?;
        let body = body.map_err(Error::InvalidRequest)?;
        let url = format!(
            "{}/v1/things/{}/commands", client.baseurl, crate ::params::path("thing_id",
            crate ::params::PathStyle::Simple, false, & thing_id) ?,
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
            operation_id: "command_thing",
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

    /// Sends `POST /v1/things/{thing_id}/commands` and decodes the response.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::Response<types::CommandThingResponse>,
        crate::Error,
    > {
        let client = self.client;
        crate::transport::send(client, &crate::metadata::COMMAND_THING, self.send_raw())
            .await
    }

    /// Sends `POST /v1/things/{thing_id}/commands` with these options for this call (extra headers,
    /// time budget, retry policy) and decodes the response.
    pub async fn send_with(
        self,
        options: crate::RequestOptions,
    ) -> ::std::result::Result<
        crate::Response<types::CommandThingResponse>,
        crate::Error,
    > {
        let client = self.client;
        crate::transport::send_with(
                client,
                &crate::metadata::COMMAND_THING,
                ::std::option::Option::Some(options),
                self.send_raw(),
            )
            .await
    }
}

// @generated operations of the `events` area by agentruntime-generator 0.1.0. Do not edit by hand.
// Spec: fixtures/v31/openapi.yaml (sha256 b69c2022c2653af0f660ebe1c5e7c8c62701d8c07d5567eefb4914e0cf957b77), OpenAPI 3.1.0, API version 3.1.0.
// Regenerate: cargo xtask regen --spec fixtures/v31/openapi.yaml --out DIR

#![allow(clippy::all, clippy::pedantic)]
#[allow(unused_imports)]
use crate::types;

#[allow(unused_imports)]
use progenitor_client::{
    ByteStream, ClientHooks, ClientInfo, Error, OperationInfo, RequestBuilderExt,
    ResponseValue,
};

/// # Events
impl crate::Client {
    /// List events
    ///
    /// Requires role `project_viewer`. Sends the client's tenant as `X-Tenant-Id`. Idempotent:
    /// retried on transient failures. Paginated by `page_token`: `.stream()` yields every item,
    /// keeping all filters on every page.
    ///
    /// Sends `GET /v1/events`; `send()` returns a [`EventPage`](types::EventPage).
    ///
    /// Optional parameters are setters of [`ListEvents`]: [`kind`](ListEvents::kind),
    /// [`limit`](ListEvents::limit), [`page_token`](ListEvents::page_token).
    ///
    /// ```no_run
    /// # async fn example(client: &agentruntime::Client) -> Result<(), agentruntime::Error> {
    /// let response = client.list_events().send().await?;
    /// # let _ = response;
    /// # Ok(())
    /// # }
    /// ```
    pub fn list_events(&self) -> ListEvents<'_> {
        ListEvents::new(self)
    }

    /// Get one event
    ///
    /// Required role: not stated by the spec. Sends no context headers. Idempotent: retried on
    /// transient failures.
    ///
    /// Sends `GET /v1/events/{event_id}`; `send()` returns a `crate::types::Event`.
    ///
    /// ```no_run
    /// # async fn example(client: &agentruntime::Client, event_id: &str) -> Result<(), agentruntime::Error> {
    /// let response = client.get_event(event_id).send().await?;
    /// # let _ = response;
    /// # Ok(())
    /// # }
    /// ```
    pub fn get_event(
        &self,
        event_id: impl ::std::convert::TryInto<::std::string::String>,
    ) -> GetEvent<'_> {
        GetEvent::new(self).event_id(event_id)
    }

    /// An HTTP upgrade the SDK does not model as a stream (progenitor's own upgrade)
    ///
    /// Required role: not stated by the spec. Sends no context headers. Idempotent: retried on
    /// transient failures.
    ///
    /// Sends `GET /v1/raw-socket`; `send()` returns a `ByteStream`.
    ///
    /// ```no_run
    /// # async fn example(client: &agentruntime::Client) -> Result<(), agentruntime::Error> {
    /// let response = client.open_raw_socket().send().await?;
    /// # let _ = response;
    /// # Ok(())
    /// # }
    /// ```
    pub fn open_raw_socket(&self) -> OpenRawSocket<'_> {
        OpenRawSocket::new(self)
    }

    /// Follow the feed as Server-Sent Events typed by an item schema
    ///
    /// Required role: not stated by the spec. Sends no context headers. Idempotent: retried on
    /// transient failures.
    ///
    /// Sends `GET /v1/feed`; `send()` returns a `ByteStream`. [`events()`](FollowFeed::events)
    /// reads it as Server-Sent Events, each a [`FollowFeedEvent`](types::FollowFeedEvent), resuming
    /// after a dropped connection.
    ///
    /// ```no_run
    /// use futures::TryStreamExt;
    ///
    /// # async fn example(client: &agentruntime::Client) -> Result<(), agentruntime::Error> {
    /// let mut events = client.follow_feed().events().await?;
    /// while let Some(item) = events.try_next().await? {
    ///     println!("{item:?}");
    /// }
    /// # Ok(())
    /// # }
    /// ```
    pub fn follow_feed(&self) -> FollowFeed<'_> {
        FollowFeed::new(self)
    }

    /// The feed without an item schema (untyped events)
    ///
    /// Required role: not stated by the spec. Sends no context headers. Idempotent: retried on
    /// transient failures.
    ///
    /// Sends `GET /v1/feed/raw`; `send()` returns a `ByteStream`.
    /// [`events()`](FollowRawFeed::events) reads it as Server-Sent Events, resuming after a dropped
    /// connection.
    ///
    /// ```no_run
    /// use futures::TryStreamExt;
    ///
    /// # async fn example(client: &agentruntime::Client) -> Result<(), agentruntime::Error> {
    /// let mut events = client.follow_raw_feed().events().await?;
    /// while let Some(item) = events.try_next().await? {
    ///     println!("{item:?}");
    /// }
    /// # Ok(())
    /// # }
    /// ```
    pub fn follow_raw_feed(&self) -> FollowRawFeed<'_> {
        FollowRawFeed::new(self)
    }

    /// The feed as JSON lines of an inline item schema
    ///
    /// Required role: not stated by the spec. Sends no context headers. Idempotent: retried on
    /// transient failures.
    ///
    /// Sends `GET /v1/feed/lines`; `send()` returns a `ByteStream`.
    /// [`lines()`](FollowFeedLines::lines) reads it as one
    /// [`FollowFeedLinesLine`](types::FollowFeedLinesLine) per line.
    ///
    /// ```no_run
    /// use futures::TryStreamExt;
    ///
    /// # async fn example(client: &agentruntime::Client) -> Result<(), agentruntime::Error> {
    /// let mut lines = client.follow_feed_lines().lines().await?;
    /// while let Some(item) = lines.try_next().await? {
    ///     println!("{item:?}");
    /// }
    /// # Ok(())
    /// # }
    /// ```
    pub fn follow_feed_lines(&self) -> FollowFeedLines<'_> {
        FollowFeedLines::new(self)
    }

    /// JSON lines without an item schema (any `T`)
    ///
    /// Required role: not stated by the spec. Sends no context headers. Idempotent: retried on
    /// transient failures.
    ///
    /// Sends `GET /v1/feed/raw-lines`; `send()` returns a `ByteStream`.
    /// [`lines()`](FollowRawFeedLines::lines) reads it as one JSON value per line.
    ///
    /// ```no_run
    /// use futures::TryStreamExt;
    ///
    /// # async fn example(client: &agentruntime::Client) -> Result<(), agentruntime::Error> {
    /// let mut lines = client.follow_raw_feed_lines().lines::<serde_json::Value>().await?;
    /// while let Some(item) = lines.try_next().await? {
    ///     println!("{item:?}");
    /// }
    /// # Ok(())
    /// # }
    /// ```
    pub fn follow_raw_feed_lines(&self) -> FollowRawFeedLines<'_> {
        FollowRawFeedLines::new(self)
    }
}

/// Builder for [`Client::list_events`]
///
/// [`Client::list_events`]: crate::Client::list_events
#[derive(Debug, Clone)]
pub struct ListEvents<'a> {
    client: &'a crate::Client,
    kind: Result<Option<::std::string::String>, String>,
    limit: Result<Option<::std::num::NonZeroU64>, String>,
    page_token: Result<Option<::std::string::String>, String>,
}

impl<'a> ListEvents<'a> {
    pub(crate) fn new(client: &'a crate::Client) -> Self {
        Self {
            client: client,
            kind: Ok(None),
            limit: Ok(None),
            page_token: Ok(None),
        }
    }

    /// Sets the optional query parameter `kind`.
    pub fn kind<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<::std::string::String>,
    {
        self.kind = value
            .try_into()
            .map(Some)
            .map_err(|_| {
                "conversion to `:: std :: string :: String` for kind failed".to_string()
            });
        self
    }

    /// Sets the optional query parameter `limit`.
    pub fn limit<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<::std::num::NonZeroU64>,
    {
        self.limit = value
            .try_into()
            .map(Some)
            .map_err(|_| {
                "conversion to `:: std :: num :: NonZeroU64` for limit failed"
                    .to_string()
            });
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
    ) -> Result<ResponseValue<types::EventPage>, Error<ByteStream>> {
        let Self { client, kind, limit, page_token } = self;
        let kind = kind.map_err(Error::InvalidRequest)?;
        let limit = limit.map_err(Error::InvalidRequest)?;
        let page_token = page_token.map_err(Error::InvalidRequest)?;
        let url = format!("{}/v1/events", client.baseurl,);
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
        query.push("kind", &kind, crate::params::QueryStyle::Form, true, false)?;
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
            operation_id: "list_events",
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

    /// Sends `GET /v1/events` and decodes the response.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::Response<types::EventPage>, crate::Error> {
        let client = self.client;
        crate::transport::send(client, &crate::metadata::LIST_EVENTS, self.send_raw())
            .await
    }

    /// Sends `GET /v1/events` with these options for this call (extra headers, time budget, retry
    /// policy) and decodes the response.
    pub async fn send_with(
        self,
        options: crate::RequestOptions,
    ) -> ::std::result::Result<crate::Response<types::EventPage>, crate::Error> {
        let client = self.client;
        crate::transport::send_with(
                client,
                &crate::metadata::LIST_EVENTS,
                ::std::option::Option::Some(options),
                self.send_raw(),
            )
            .await
    }

    /// Streams every item of every page of `GET /v1/events`, in order. Each page is requested with
    /// this builder's filters and the previous page's `next_page` as `page_token`; the stream ends
    /// after the last page.
    pub fn stream(
        self,
    ) -> impl ::futures::Stream<
        Item = ::std::result::Result<
            <types::EventPage as crate::pagination::Page>::Item,
            crate::Error,
        >,
    > + ::std::marker::Unpin + 'a {
        crate::pagination::items(self.pages())
    }

    /// Streams the pages of `GET /v1/events` (see [`EventPage`](crate::types::EventPage)), each
    /// with its response metadata.
    pub fn pages(
        self,
    ) -> impl ::futures::Stream<
        Item = ::std::result::Result<crate::Response<types::EventPage>, crate::Error>,
    > + ::std::marker::Unpin + 'a {
        crate::pagination::by_cursor(
            self,
            Self::send,
            |builder, cursor| builder.page_token(cursor),
        )
    }
}

/// Builder for [`Client::get_event`]
///
/// [`Client::get_event`]: crate::Client::get_event
#[derive(Debug, Clone)]
pub struct GetEvent<'a> {
    client: &'a crate::Client,
    event_id: Result<::std::string::String, String>,
}

impl<'a> GetEvent<'a> {
    pub(crate) fn new(client: &'a crate::Client) -> Self {
        Self {
            client: client,
            event_id: Err("event_id was not initialized".to_string()),
        }
    }

    /// Sets the required path parameter `event_id`.
    fn event_id<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<::std::string::String>,
    {
        self.event_id = value
            .try_into()
            .map_err(|_| {
                "conversion to `:: std :: string :: String` for event_id failed"
                    .to_string()
            });
        self
    }

    async fn send_raw(
        self,
    ) -> Result<ResponseValue<crate::types::Event>, Error<ByteStream>> {
        let Self { client, event_id } = self;
        let event_id = event_id.map_err(Error::InvalidRequest)?;
        let url = format!(
            "{}/v1/events/{}", client.baseurl, crate ::params::path("event_id", crate
            ::params::PathStyle::Simple, false, & event_id) ?,
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
            operation_id: "get_event",
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

    /// Sends `GET /v1/events/{event_id}` and decodes the response.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::Response<crate::types::Event>, crate::Error> {
        let client = self.client;
        crate::transport::send(client, &crate::metadata::GET_EVENT, self.send_raw())
            .await
    }

    /// Sends `GET /v1/events/{event_id}` with these options for this call (extra headers, time
    /// budget, retry policy) and decodes the response.
    pub async fn send_with(
        self,
        options: crate::RequestOptions,
    ) -> ::std::result::Result<crate::Response<crate::types::Event>, crate::Error> {
        let client = self.client;
        crate::transport::send_with(
                client,
                &crate::metadata::GET_EVENT,
                ::std::option::Option::Some(options),
                self.send_raw(),
            )
            .await
    }
}

/// Builder for [`Client::open_raw_socket`]
///
/// [`Client::open_raw_socket`]: crate::Client::open_raw_socket
#[derive(Debug, Clone)]
pub struct OpenRawSocket<'a> {
    client: &'a crate::Client,
}

impl<'a> OpenRawSocket<'a> {
    pub(crate) fn new(client: &'a crate::Client) -> Self {
        Self { client: client }
    }

    async fn send_raw(self) -> Result<ResponseValue<ByteStream>, Error<ByteStream>> {
        let Self { client } = self;
        let url = format!("{}/v1/raw-socket", client.baseurl,);
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map
            .append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(crate::Client::api_version()),
            );
        #[allow(unused_mut)]
        let mut request = client.client.get(url).headers(header_map).build()?;
        let info = OperationInfo {
            operation_id: "open_raw_socket",
        };
        client.pre(&mut request, &info).await?;
        let result = client.exec(request, &info).await;
        client.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200..=299 => Ok(ResponseValue::stream(response)),
            400u16..=499u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
            500u16..=599u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    /// Sends `GET /v1/raw-socket` and decodes the response.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::Response<ByteStream>, crate::Error> {
        let client = self.client;
        crate::transport::send(
                client,
                &crate::metadata::OPEN_RAW_SOCKET,
                self.send_raw(),
            )
            .await
    }

    /// Sends `GET /v1/raw-socket` with these options for this call (extra headers, time budget,
    /// retry policy) and decodes the response.
    pub async fn send_with(
        self,
        options: crate::RequestOptions,
    ) -> ::std::result::Result<crate::Response<ByteStream>, crate::Error> {
        let client = self.client;
        crate::transport::send_with(
                client,
                &crate::metadata::OPEN_RAW_SOCKET,
                ::std::option::Option::Some(options),
                self.send_raw(),
            )
            .await
    }
}

/// Builder for [`Client::follow_feed`]
///
/// [`Client::follow_feed`]: crate::Client::follow_feed
#[derive(Debug, Clone)]
pub struct FollowFeed<'a> {
    client: &'a crate::Client,
}

impl<'a> FollowFeed<'a> {
    pub(crate) fn new(client: &'a crate::Client) -> Self {
        Self { client: client }
    }

    async fn send_raw(self) -> Result<ResponseValue<ByteStream>, Error<ByteStream>> {
        let Self { client } = self;
        let url = format!("{}/v1/feed", client.baseurl,);
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map
            .append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(crate::Client::api_version()),
            );
        #[allow(unused_mut)]
        let mut request = client.client.get(url).headers(header_map).build()?;
        let info = OperationInfo {
            operation_id: "follow_feed",
        };
        client.pre(&mut request, &info).await?;
        let result = client.exec(request, &info).await;
        client.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16..=299u16 => Ok(ResponseValue::stream(response)),
            400u16..=499u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
            500u16..=599u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    /// Sends `GET /v1/feed` and decodes the response.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::Response<ByteStream>, crate::Error> {
        let client = self.client;
        crate::transport::send(client, &crate::metadata::FOLLOW_FEED, self.send_raw())
            .await
    }

    /// Sends `GET /v1/feed` with these options for this call (extra headers, time budget, retry
    /// policy) and decodes the response.
    pub async fn send_with(
        self,
        options: crate::RequestOptions,
    ) -> ::std::result::Result<crate::Response<ByteStream>, crate::Error> {
        let client = self.client;
        crate::transport::send_with(
                client,
                &crate::metadata::FOLLOW_FEED,
                ::std::option::Option::Some(options),
                self.send_raw(),
            )
            .await
    }

    /// Sends `GET /v1/feed` and reads the response as Server-Sent Events, each a
    /// [`FollowFeedEvent`](crate::types::FollowFeedEvent) (events the spec does not name are kept
    /// as `Unknown`), in bounded memory. When the connection drops after the server sent an event
    /// id, the request is sent again with `Last-Event-ID` after the server's `retry:` delay.
    pub async fn events(
        self,
    ) -> ::std::result::Result<
        crate::TypedEvents<'a, crate::types::FollowFeedEvent>,
        crate::Error,
    > {
        let again = self.clone();
        let body = self.send().await?.into_inner();
        let resume: crate::framing::Resume<'a> = ::std::boxed::Box::new(move |
            last_id: ::std::string::String|
        {
            let call = again.clone();
            ::std::boxed::Box::pin(async move {
                let options = crate::RequestOptions::new()
                    .header("Last-Event-ID", &last_id);
                call.send_with(options).await.map(crate::Response::into_inner)
            })
        });
        let events = crate::EventStream::new(
            &crate::metadata::FOLLOW_FEED,
            body,
            ::std::option::Option::Some(resume),
        );
        ::std::result::Result::Ok(
            crate::TypedEvents::new(&crate::metadata::FOLLOW_FEED, events),
        )
    }
}

/// Builder for [`Client::follow_raw_feed`]
///
/// [`Client::follow_raw_feed`]: crate::Client::follow_raw_feed
#[derive(Debug, Clone)]
pub struct FollowRawFeed<'a> {
    client: &'a crate::Client,
}

impl<'a> FollowRawFeed<'a> {
    pub(crate) fn new(client: &'a crate::Client) -> Self {
        Self { client: client }
    }

    async fn send_raw(self) -> Result<ResponseValue<ByteStream>, Error<ByteStream>> {
        let Self { client } = self;
        let url = format!("{}/v1/feed/raw", client.baseurl,);
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map
            .append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(crate::Client::api_version()),
            );
        #[allow(unused_mut)]
        let mut request = client.client.get(url).headers(header_map).build()?;
        let info = OperationInfo {
            operation_id: "follow_raw_feed",
        };
        client.pre(&mut request, &info).await?;
        let result = client.exec(request, &info).await;
        client.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16..=299u16 => Ok(ResponseValue::stream(response)),
            400u16..=499u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
            500u16..=599u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    /// Sends `GET /v1/feed/raw` and decodes the response.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::Response<ByteStream>, crate::Error> {
        let client = self.client;
        crate::transport::send(
                client,
                &crate::metadata::FOLLOW_RAW_FEED,
                self.send_raw(),
            )
            .await
    }

    /// Sends `GET /v1/feed/raw` with these options for this call (extra headers, time budget, retry
    /// policy) and decodes the response.
    pub async fn send_with(
        self,
        options: crate::RequestOptions,
    ) -> ::std::result::Result<crate::Response<ByteStream>, crate::Error> {
        let client = self.client;
        crate::transport::send_with(
                client,
                &crate::metadata::FOLLOW_RAW_FEED,
                ::std::option::Option::Some(options),
                self.send_raw(),
            )
            .await
    }

    /// Sends `GET /v1/feed/raw` and reads the response as Server-Sent Events, in bounded memory.
    /// When the connection drops after the server sent an event id, the request is sent again with
    /// `Last-Event-ID` after the server's `retry:` delay.
    pub async fn events(
        self,
    ) -> ::std::result::Result<crate::EventStream<'a>, crate::Error> {
        let again = self.clone();
        let body = self.send().await?.into_inner();
        let resume: crate::framing::Resume<'a> = ::std::boxed::Box::new(move |
            last_id: ::std::string::String|
        {
            let call = again.clone();
            ::std::boxed::Box::pin(async move {
                let options = crate::RequestOptions::new()
                    .header("Last-Event-ID", &last_id);
                call.send_with(options).await.map(crate::Response::into_inner)
            })
        });
        let events = crate::EventStream::new(
            &crate::metadata::FOLLOW_RAW_FEED,
            body,
            ::std::option::Option::Some(resume),
        );
        ::std::result::Result::Ok(events)
    }
}

/// Builder for [`Client::follow_feed_lines`]
///
/// [`Client::follow_feed_lines`]: crate::Client::follow_feed_lines
#[derive(Debug, Clone)]
pub struct FollowFeedLines<'a> {
    client: &'a crate::Client,
}

impl<'a> FollowFeedLines<'a> {
    pub(crate) fn new(client: &'a crate::Client) -> Self {
        Self { client: client }
    }

    async fn send_raw(self) -> Result<ResponseValue<ByteStream>, Error<ByteStream>> {
        let Self { client } = self;
        let url = format!("{}/v1/feed/lines", client.baseurl,);
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map
            .append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(crate::Client::api_version()),
            );
        #[allow(unused_mut)]
        let mut request = client.client.get(url).headers(header_map).build()?;
        let info = OperationInfo {
            operation_id: "follow_feed_lines",
        };
        client.pre(&mut request, &info).await?;
        let result = client.exec(request, &info).await;
        client.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16..=299u16 => Ok(ResponseValue::stream(response)),
            400u16..=499u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
            500u16..=599u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    /// Sends `GET /v1/feed/lines` and decodes the response.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::Response<ByteStream>, crate::Error> {
        let client = self.client;
        crate::transport::send(
                client,
                &crate::metadata::FOLLOW_FEED_LINES,
                self.send_raw(),
            )
            .await
    }

    /// Sends `GET /v1/feed/lines` with these options for this call (extra headers, time budget,
    /// retry policy) and decodes the response.
    pub async fn send_with(
        self,
        options: crate::RequestOptions,
    ) -> ::std::result::Result<crate::Response<ByteStream>, crate::Error> {
        let client = self.client;
        crate::transport::send_with(
                client,
                &crate::metadata::FOLLOW_FEED_LINES,
                ::std::option::Option::Some(options),
                self.send_raw(),
            )
            .await
    }

    /// Sends `GET /v1/feed/lines` and reads the response as newline-delimited JSON, one
    /// [`FollowFeedLinesLine`](crate::types::FollowFeedLinesLine) per line, in bounded memory.
    pub async fn lines(
        self,
    ) -> ::std::result::Result<
        crate::JsonLines<'a, crate::types::FollowFeedLinesLine>,
        crate::Error,
    > {
        let body = self.send().await?.into_inner();
        ::std::result::Result::Ok(
            crate::JsonLines::new(&crate::metadata::FOLLOW_FEED_LINES, body),
        )
    }
}

/// Builder for [`Client::follow_raw_feed_lines`]
///
/// [`Client::follow_raw_feed_lines`]: crate::Client::follow_raw_feed_lines
#[derive(Debug, Clone)]
pub struct FollowRawFeedLines<'a> {
    client: &'a crate::Client,
}

impl<'a> FollowRawFeedLines<'a> {
    pub(crate) fn new(client: &'a crate::Client) -> Self {
        Self { client: client }
    }

    async fn send_raw(self) -> Result<ResponseValue<ByteStream>, Error<ByteStream>> {
        let Self { client } = self;
        let url = format!("{}/v1/feed/raw-lines", client.baseurl,);
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map
            .append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(crate::Client::api_version()),
            );
        #[allow(unused_mut)]
        let mut request = client.client.get(url).headers(header_map).build()?;
        let info = OperationInfo {
            operation_id: "follow_raw_feed_lines",
        };
        client.pre(&mut request, &info).await?;
        let result = client.exec(request, &info).await;
        client.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16..=299u16 => Ok(ResponseValue::stream(response)),
            400u16..=499u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
            500u16..=599u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    /// Sends `GET /v1/feed/raw-lines` and decodes the response.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::Response<ByteStream>, crate::Error> {
        let client = self.client;
        crate::transport::send(
                client,
                &crate::metadata::FOLLOW_RAW_FEED_LINES,
                self.send_raw(),
            )
            .await
    }

    /// Sends `GET /v1/feed/raw-lines` with these options for this call (extra headers, time budget,
    /// retry policy) and decodes the response.
    pub async fn send_with(
        self,
        options: crate::RequestOptions,
    ) -> ::std::result::Result<crate::Response<ByteStream>, crate::Error> {
        let client = self.client;
        crate::transport::send_with(
                client,
                &crate::metadata::FOLLOW_RAW_FEED_LINES,
                ::std::option::Option::Some(options),
                self.send_raw(),
            )
            .await
    }

    /// Sends `GET /v1/feed/raw-lines` and reads the response as newline-delimited JSON, one `T` per
    /// line (`serde_json::Value` when the lines are not documented), in bounded memory.
    pub async fn lines<T>(
        self,
    ) -> ::std::result::Result<crate::JsonLines<'a, T>, crate::Error>
    where
        T: ::serde::de::DeserializeOwned + ::std::marker::Send + 'a,
    {
        let body = self.send().await?.into_inner();
        ::std::result::Result::Ok(
            crate::JsonLines::new(&crate::metadata::FOLLOW_RAW_FEED_LINES, body),
        )
    }
}

// @generated operations of the `events` area by agentruntime-generator 0.1.0. Do not edit by hand.
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

/// # Events
///
/// Run events: the persisted event log, the live WebSocket stream and the NDJSON replay of an agent
/// turn.
impl crate::Client {
    /// List a run's persisted events
    ///
    /// Pages through the run's persisted event log in `sequence` order, oldest first. This is also
    /// how a finished run is replayed; there is no separate replay endpoint. Live-only events
    /// (`agent_turn_tool_round`, `agent_turn_limit_reached`) appear only on the WebSocket stream.
    ///
    /// To fill a gap after a stream reconnect that did not resume, pass the `id` of the last event
    /// received as `after`.
    ///
    /// Paged by `?cursor=` as the docs say: send the previous page's `next_cursor` as `cursor`
    /// until it is null. The docs do not name the response's cursor field; `next_cursor` is the
    /// spec's choice.
    ///
    /// Requires role `project_viewer`. Sends the client's tenant and project as `X-Tenant-Id` and
    /// `X-Project-Id`. Idempotent: retried on transient failures. Paginated by `cursor`:
    /// `.stream()` yields every item, keeping all filters on every page.
    ///
    /// Arguments:
    /// - `id`: Workflow id (a UUID).
    /// - `run_id`: Run id (a UUID).
    /// - `after`: Event `id`; only events after this one are returned (exclusive). Used to backfill
    ///   the events a WebSocket client missed.
    /// - `cursor`: Opaque cursor from the previous page's `next_cursor`. Every other filter of the
    ///   first request (`after`, `limit`) must be sent again unchanged with it.
    /// - `limit`: Maximum number of items in one page.
    ///
    /// Sends `GET /v1/workflows/{id}/runs/{runID}/events`; `send()` returns a
    /// [`RunEventPage`](types::RunEventPage).
    ///
    /// Optional parameters are setters of [`ListRunEvents`]: [`after`](ListRunEvents::after),
    /// [`cursor`](ListRunEvents::cursor), [`limit`](ListRunEvents::limit).
    ///
    /// ```no_run
    /// # async fn example(client: &agentruntime::Client, id: &str, run_id: &str) -> Result<(), agentruntime::Error> {
    /// let response = client.list_run_events(id, run_id).send().await?;
    /// # let _ = response;
    /// # Ok(())
    /// # }
    /// ```
    pub fn list_run_events(
        &self,
        id: impl ::std::convert::TryInto<::std::string::String>,
        run_id: impl ::std::convert::TryInto<::std::string::String>,
    ) -> ListRunEvents<'_> {
        ListRunEvents::new(self).id(id).run_id(run_id)
    }

    /// Replay one agent turn as NDJSON
    ///
    /// Streams one turn of an agent step as newline-delimited JSON: each line is one JSON object, a
    /// snapshot of the turn or a delta to it. A client that joins late first gets a snapshot
    /// rebuilt from the run's events, then the live deltas; the response ends when the turn ends.
    /// The `turn_id` comes from the agent step's result (`RunStepState.result`).
    ///
    /// Requires role `project_viewer`. Sends the client's tenant and project as `X-Tenant-Id` and
    /// `X-Project-Id`. Idempotent: retried on transient failures.
    ///
    /// Arguments:
    /// - `id`: Workflow id (a UUID).
    /// - `run_id`: Run id (a UUID).
    /// - `step_id`: Id of the agent step.
    /// - `turn_id`: Id of the turn (`turn_id` of the step result).
    ///
    /// Sends `GET /v1/workflows/{id}/runs/{runID}/steps/{stepID}/turns/{turnID}/stream`; `send()`
    /// returns a `ByteStream`. [`lines()`](StreamAgentTurn::lines) reads it as one
    /// [`AgentTurnLine`](types::AgentTurnLine) per line.
    ///
    /// ```no_run
    /// use futures::TryStreamExt;
    ///
    /// # async fn example(client: &agentruntime::Client, id: &str, run_id: &str, step_id: &str, turn_id: &str) -> Result<(), agentruntime::Error> {
    /// let mut lines = client.stream_agent_turn(id, run_id, step_id, turn_id).lines().await?;
    /// while let Some(item) = lines.try_next().await? {
    ///     println!("{item:?}");
    /// }
    /// # Ok(())
    /// # }
    /// ```
    pub fn stream_agent_turn(
        &self,
        id: impl ::std::convert::TryInto<::std::string::String>,
        run_id: impl ::std::convert::TryInto<::std::string::String>,
        step_id: impl ::std::convert::TryInto<::std::string::String>,
        turn_id: impl ::std::convert::TryInto<::std::string::String>,
    ) -> StreamAgentTurn<'_> {
        StreamAgentTurn::new(self)
            .id(id)
            .run_id(run_id)
            .step_id(step_id)
            .turn_id(turn_id)
    }
}

/// Builder for [`Client::list_run_events`]
///
/// [`Client::list_run_events`]: crate::Client::list_run_events
#[derive(Debug, Clone)]
pub struct ListRunEvents<'a> {
    client: &'a crate::Client,
    id: Result<::std::string::String, String>,
    run_id: Result<::std::string::String, String>,
    after: Result<Option<::std::string::String>, String>,
    cursor: Result<Option<types::ListRunEventsCursor>, String>,
    limit: Result<Option<i32>, String>,
}

impl<'a> ListRunEvents<'a> {
    pub(crate) fn new(client: &'a crate::Client) -> Self {
        Self {
            client: client,
            id: Err("id was not initialized".to_string()),
            run_id: Err("run_id was not initialized".to_string()),
            after: Ok(None),
            cursor: Ok(None),
            limit: Ok(None),
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

    /// Sets the required path parameter `runID`.
    ///
    /// Run id (a UUID).
    fn run_id<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<::std::string::String>,
    {
        self.run_id = value
            .try_into()
            .map_err(|_| {
                "conversion to `:: std :: string :: String` for run_id failed"
                    .to_string()
            });
        self
    }

    /// Sets the optional query parameter `after`.
    ///
    /// Event `id`; only events after this one are returned (exclusive). Used to backfill the events
    /// a WebSocket client missed.
    pub fn after<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<::std::string::String>,
    {
        self.after = value
            .try_into()
            .map(Some)
            .map_err(|_| {
                "conversion to `:: std :: string :: String` for after failed".to_string()
            });
        self
    }

    /// Sets the optional query parameter `cursor`.
    ///
    /// Opaque cursor from the previous page's `next_cursor`. Every other filter of the first
    /// request (`after`, `limit`) must be sent again unchanged with it.
    pub fn cursor<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<types::ListRunEventsCursor>,
    {
        self.cursor = value
            .try_into()
            .map(Some)
            .map_err(|_| {
                "conversion to `ListRunEventsCursor` for cursor failed".to_string()
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

    async fn send_raw(
        self,
    ) -> Result<ResponseValue<types::RunEventPage>, Error<ByteStream>> {
        let Self { client, id, run_id, after, cursor, limit } = self;
        let id = id.map_err(Error::InvalidRequest)?;
        let run_id = run_id.map_err(Error::InvalidRequest)?;
        let after = after.map_err(Error::InvalidRequest)?;
        let cursor = cursor.map_err(Error::InvalidRequest)?;
        let limit = limit.map_err(Error::InvalidRequest)?;
        let url = format!(
            "{}/v1/workflows/{}/runs/{}/events", client.baseurl, crate
            ::params::path("id", crate ::params::PathStyle::Simple, false, & id) ?, crate
            ::params::path("runID", crate ::params::PathStyle::Simple, false, & run_id)
            ?,
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
        query.push("after", &after, crate::params::QueryStyle::Form, true, false)?;
        query.push("cursor", &cursor, crate::params::QueryStyle::Form, true, false)?;
        query.push("limit", &limit, crate::params::QueryStyle::Form, true, false)?;
        query.apply(&mut request);
        let info = OperationInfo {
            operation_id: "list_run_events",
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

    /// Sends `GET /v1/workflows/{id}/runs/{runID}/events` and decodes the response.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::Response<types::RunEventPage>, crate::Error> {
        let client = self.client;
        crate::transport::send(
                client,
                &crate::metadata::LIST_RUN_EVENTS,
                self.send_raw(),
            )
            .await
    }

    /// Sends `GET /v1/workflows/{id}/runs/{runID}/events` with these options for this call (extra
    /// headers, time budget, retry policy) and decodes the response.
    pub async fn send_with(
        self,
        options: crate::RequestOptions,
    ) -> ::std::result::Result<crate::Response<types::RunEventPage>, crate::Error> {
        let client = self.client;
        crate::transport::send_with(
                client,
                &crate::metadata::LIST_RUN_EVENTS,
                ::std::option::Option::Some(options),
                self.send_raw(),
            )
            .await
    }

    /// Streams every item of every page of `GET /v1/workflows/{id}/runs/{runID}/events`, in order.
    /// Each page is requested with this builder's filters and the previous page's `next_cursor` as
    /// `cursor`; the stream ends after the last page.
    pub fn stream(
        self,
    ) -> impl ::futures::Stream<
        Item = ::std::result::Result<
            <types::RunEventPage as crate::pagination::Page>::Item,
            crate::Error,
        >,
    > + ::std::marker::Unpin + 'a {
        crate::pagination::items(self.pages())
    }

    /// Streams the pages of `GET /v1/workflows/{id}/runs/{runID}/events` (see
    /// [`RunEventPage`](crate::types::RunEventPage)), each with its response metadata.
    pub fn pages(
        self,
    ) -> impl ::futures::Stream<
        Item = ::std::result::Result<crate::Response<types::RunEventPage>, crate::Error>,
    > + ::std::marker::Unpin + 'a {
        crate::pagination::by_cursor(
            self,
            Self::send,
            |builder, cursor| builder.cursor(cursor),
        )
    }
}

/// Builder for [`Client::stream_agent_turn`]
///
/// [`Client::stream_agent_turn`]: crate::Client::stream_agent_turn
#[derive(Debug, Clone)]
pub struct StreamAgentTurn<'a> {
    client: &'a crate::Client,
    id: Result<::std::string::String, String>,
    run_id: Result<::std::string::String, String>,
    step_id: Result<::std::string::String, String>,
    turn_id: Result<::std::string::String, String>,
}

impl<'a> StreamAgentTurn<'a> {
    pub(crate) fn new(client: &'a crate::Client) -> Self {
        Self {
            client: client,
            id: Err("id was not initialized".to_string()),
            run_id: Err("run_id was not initialized".to_string()),
            step_id: Err("step_id was not initialized".to_string()),
            turn_id: Err("turn_id was not initialized".to_string()),
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

    /// Sets the required path parameter `runID`.
    ///
    /// Run id (a UUID).
    fn run_id<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<::std::string::String>,
    {
        self.run_id = value
            .try_into()
            .map_err(|_| {
                "conversion to `:: std :: string :: String` for run_id failed"
                    .to_string()
            });
        self
    }

    /// Sets the required path parameter `stepID`.
    ///
    /// Id of the agent step.
    fn step_id<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<::std::string::String>,
    {
        self.step_id = value
            .try_into()
            .map_err(|_| {
                "conversion to `:: std :: string :: String` for step_id failed"
                    .to_string()
            });
        self
    }

    /// Sets the required path parameter `turnID`.
    ///
    /// Id of the turn (`turn_id` of the step result).
    fn turn_id<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<::std::string::String>,
    {
        self.turn_id = value
            .try_into()
            .map_err(|_| {
                "conversion to `:: std :: string :: String` for turn_id failed"
                    .to_string()
            });
        self
    }

    async fn send_raw(self) -> Result<ResponseValue<ByteStream>, Error<ByteStream>> {
        let Self { client, id, run_id, step_id, turn_id } = self;
        let id = id.map_err(Error::InvalidRequest)?;
        let run_id = run_id.map_err(Error::InvalidRequest)?;
        let step_id = step_id.map_err(Error::InvalidRequest)?;
        let turn_id = turn_id.map_err(Error::InvalidRequest)?;
        let url = format!(
            "{}/v1/workflows/{}/runs/{}/steps/{}/turns/{}/stream", client.baseurl, crate
            ::params::path("id", crate ::params::PathStyle::Simple, false, & id) ?, crate
            ::params::path("runID", crate ::params::PathStyle::Simple, false, & run_id)
            ?, crate ::params::path("stepID", crate ::params::PathStyle::Simple, false, &
            step_id) ?, crate ::params::path("turnID", crate ::params::PathStyle::Simple,
            false, & turn_id) ?,
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map
            .append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(crate::Client::api_version()),
            );
        #[allow(unused_mut)]
        let mut request = client.client.get(url).headers(header_map).build()?;
        let info = OperationInfo {
            operation_id: "stream_agent_turn",
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

    /// Sends `GET /v1/workflows/{id}/runs/{runID}/steps/{stepID}/turns/{turnID}/stream` and decodes
    /// the response.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::Response<ByteStream>, crate::Error> {
        let client = self.client;
        crate::transport::send(
                client,
                &crate::metadata::STREAM_AGENT_TURN,
                self.send_raw(),
            )
            .await
    }

    /// Sends `GET /v1/workflows/{id}/runs/{runID}/steps/{stepID}/turns/{turnID}/stream` with these
    /// options for this call (extra headers, time budget, retry policy) and decodes the response.
    pub async fn send_with(
        self,
        options: crate::RequestOptions,
    ) -> ::std::result::Result<crate::Response<ByteStream>, crate::Error> {
        let client = self.client;
        crate::transport::send_with(
                client,
                &crate::metadata::STREAM_AGENT_TURN,
                ::std::option::Option::Some(options),
                self.send_raw(),
            )
            .await
    }

    /// Sends `GET /v1/workflows/{id}/runs/{runID}/steps/{stepID}/turns/{turnID}/stream` and reads
    /// the response as newline-delimited JSON, one [`AgentTurnLine`](crate::types::AgentTurnLine)
    /// per line, in bounded memory.
    pub async fn lines(
        self,
    ) -> ::std::result::Result<
        crate::JsonLines<'a, crate::types::AgentTurnLine>,
        crate::Error,
    > {
        let body = self.send().await?.into_inner();
        ::std::result::Result::Ok(
            crate::JsonLines::new(&crate::metadata::STREAM_AGENT_TURN, body),
        )
    }
}

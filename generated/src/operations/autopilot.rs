// @generated operations of the `autopilot` area by agentruntime-generator 0.1.0. Do not edit by hand.
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

/// # Autopilot
///
/// Autopilot, the in-Console AI assistant: send a message in Ask or Act mode and stream the reply.
impl crate::Client {
    /// Send a message to Autopilot
    ///
    /// Posts a user message to an Autopilot thread (a new thread when `thread_id` is left out) and
    /// returns the ids of the thread and the message. The reply is produced asynchronously: read it
    /// with `stream_autopilot_response`. Each turn prepares its mode from the message unless `mode`
    /// is sent: in `ask` mode Autopilot only answers; in `act` mode it may also take actions such
    /// as creating, scaffolding or running a workflow.
    ///
    /// Requires role `project_viewer`. Sends the client's tenant and project as `X-Tenant-Id` and
    /// `X-Project-Id`. Not idempotent: re-sent only when the server provably did not receive it.
    ///
    /// Sends `POST /v1/autopilot/chat` with a [`AutopilotChatRequest`](types::AutopilotChatRequest)
    /// body; `send()` returns a [`AutopilotChatResponse`](types::AutopilotChatResponse).
    ///
    /// ```no_run
    /// # async fn example(client: &agentruntime::Client, body: agentruntime::types::AutopilotChatRequest) -> Result<(), agentruntime::Error> {
    /// let response = client.send_autopilot_message(body).send().await?;
    /// # let _ = response;
    /// # Ok(())
    /// # }
    /// ```
    pub fn send_autopilot_message(
        &self,
        body: impl ::std::convert::Into<types::AutopilotChatRequest>,
    ) -> SendAutopilotMessage<'_> {
        SendAutopilotMessage::new(self, body.into())
    }

    /// Stream Autopilot's reply token by token
    ///
    /// Streams the reply to the thread's latest message as Server-Sent Events
    /// (`text/event-stream`). Each event has an `event:` name and a JSON `data:` line:
    ///
    /// - `token`: `{"delta": "<text>"}`, the next piece of the reply text; concatenate the
    ///   deltas in order.
    /// - `action`: `{"type": "<action>", ...}`, an action Autopilot proposes or takes, where
    ///   `type` is `create_workflow`, `scaffold_starter`, `run_workflow`, `navigate` or a client
    ///   action such as `copilot_navigate`; further keys depend on the action (for example
    ///   `workflow_id`, `run_id`, `path`).
    /// - `done`: `{"message_id": "<id>"}`, the reply is complete; the server closes the stream.
    /// - `error`: `{"error": "<message>"}`, the reply failed; the server closes the stream.
    ///
    /// Unknown event names may be added later and should be ignored.
    ///
    /// Requires role `project_viewer`. Sends the client's tenant and project as `X-Tenant-Id` and
    /// `X-Project-Id`. Idempotent: retried on transient failures.
    ///
    /// Arguments:
    /// - `thread_id`: Thread whose latest reply to stream (from `send_autopilot_message`).
    ///
    /// Sends `GET /v1/autopilot/stream`; `send()` returns a `ByteStream`.
    /// [`events()`](StreamAutopilotResponse::events) reads it as Server-Sent Events, each a
    /// [`StreamAutopilotResponseEvent`](types::StreamAutopilotResponseEvent), resuming after a
    /// dropped connection.
    ///
    /// ```no_run
    /// use futures::TryStreamExt;
    ///
    /// # async fn example(client: &agentruntime::Client, thread_id: &str) -> Result<(), agentruntime::Error> {
    /// let mut events = client.stream_autopilot_response(thread_id).events().await?;
    /// while let Some(item) = events.try_next().await? {
    ///     println!("{item:?}");
    /// }
    /// # Ok(())
    /// # }
    /// ```
    pub fn stream_autopilot_response(
        &self,
        thread_id: impl ::std::convert::TryInto<::std::string::String>,
    ) -> StreamAutopilotResponse<'_> {
        StreamAutopilotResponse::new(self).thread_id(thread_id)
    }
}

/// Builder for [`Client::send_autopilot_message`]
///
/// [`Client::send_autopilot_message`]: crate::Client::send_autopilot_message
#[derive(Debug, Clone)]
pub struct SendAutopilotMessage<'a> {
    client: &'a crate::Client,
    body: Result<types::AutopilotChatRequest, String>,
}

impl<'a> SendAutopilotMessage<'a> {
    pub(crate) fn new(
        client: &'a crate::Client,
        body: types::AutopilotChatRequest,
    ) -> Self {
        Self {
            client: client,
            body: Ok(body),
        }
    }

    async fn send_raw(
        self,
    ) -> Result<ResponseValue<types::AutopilotChatResponse>, Error<ByteStream>> {
        let Self { client, body } = self;
        let body = body
            .and_then(|v| {
                types::AutopilotChatRequest::try_from(v).map_err(|e| e.to_string())
            })
            .map_err(Error::InvalidRequest)?;
        let url = format!("{}/v1/autopilot/chat", client.baseurl,);
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
            operation_id: "send_autopilot_message",
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

    /// Sends `POST /v1/autopilot/chat` and decodes the response.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::Response<types::AutopilotChatResponse>,
        crate::Error,
    > {
        let client = self.client;
        crate::transport::send(
                client,
                &crate::metadata::SEND_AUTOPILOT_MESSAGE,
                self.send_raw(),
            )
            .await
    }

    /// Sends `POST /v1/autopilot/chat` with these options for this call (extra headers, time
    /// budget, retry policy) and decodes the response.
    pub async fn send_with(
        self,
        options: crate::RequestOptions,
    ) -> ::std::result::Result<
        crate::Response<types::AutopilotChatResponse>,
        crate::Error,
    > {
        let client = self.client;
        crate::transport::send_with(
                client,
                &crate::metadata::SEND_AUTOPILOT_MESSAGE,
                ::std::option::Option::Some(options),
                self.send_raw(),
            )
            .await
    }
}

/// Builder for [`Client::stream_autopilot_response`]
///
/// [`Client::stream_autopilot_response`]: crate::Client::stream_autopilot_response
#[derive(Debug, Clone)]
pub struct StreamAutopilotResponse<'a> {
    client: &'a crate::Client,
    thread_id: Result<::std::string::String, String>,
}

impl<'a> StreamAutopilotResponse<'a> {
    pub(crate) fn new(client: &'a crate::Client) -> Self {
        Self {
            client: client,
            thread_id: Err("thread_id was not initialized".to_string()),
        }
    }

    /// Sets the required query parameter `thread_id`.
    ///
    /// Thread whose latest reply to stream (from `send_autopilot_message`).
    fn thread_id<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<::std::string::String>,
    {
        self.thread_id = value
            .try_into()
            .map_err(|_| {
                "conversion to `:: std :: string :: String` for thread_id failed"
                    .to_string()
            });
        self
    }

    async fn send_raw(self) -> Result<ResponseValue<ByteStream>, Error<ByteStream>> {
        let Self { client, thread_id } = self;
        let thread_id = thread_id.map_err(Error::InvalidRequest)?;
        let url = format!("{}/v1/autopilot/stream", client.baseurl,);
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map
            .append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(crate::Client::api_version()),
            );
        #[allow(unused_mut)]
        let mut request = client.client.get(url).headers(header_map).build()?;
        let mut query = crate::params::Query::new();
        query
            .push(
                "thread_id",
                &thread_id,
                crate::params::QueryStyle::Form,
                true,
                false,
            )?;
        query.apply(&mut request);
        let info = OperationInfo {
            operation_id: "stream_autopilot_response",
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

    /// Sends `GET /v1/autopilot/stream` and decodes the response.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::Response<ByteStream>, crate::Error> {
        let client = self.client;
        crate::transport::send(
                client,
                &crate::metadata::STREAM_AUTOPILOT_RESPONSE,
                self.send_raw(),
            )
            .await
    }

    /// Sends `GET /v1/autopilot/stream` with these options for this call (extra headers, time
    /// budget, retry policy) and decodes the response.
    pub async fn send_with(
        self,
        options: crate::RequestOptions,
    ) -> ::std::result::Result<crate::Response<ByteStream>, crate::Error> {
        let client = self.client;
        crate::transport::send_with(
                client,
                &crate::metadata::STREAM_AUTOPILOT_RESPONSE,
                ::std::option::Option::Some(options),
                self.send_raw(),
            )
            .await
    }

    /// Sends `GET /v1/autopilot/stream` and reads the response as Server-Sent Events, each a
    /// [`StreamAutopilotResponseEvent`](crate::types::StreamAutopilotResponseEvent) (events the
    /// spec does not name are kept as `Unknown`), in bounded memory. When the connection drops
    /// after the server sent an event id, the request is sent again with `Last-Event-ID` after the
    /// server's `retry:` delay.
    pub async fn events(
        self,
    ) -> ::std::result::Result<
        crate::TypedEvents<'a, crate::types::StreamAutopilotResponseEvent>,
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
            &crate::metadata::STREAM_AUTOPILOT_RESPONSE,
            body,
            ::std::option::Option::Some(resume),
        );
        ::std::result::Result::Ok(
            crate::TypedEvents::new(&crate::metadata::STREAM_AUTOPILOT_RESPONSE, events),
        )
    }
}

// @generated operations of the `chat` area by agentruntime-generator 0.1.0. Do not edit by hand.
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

/// # Chat
///
/// Workspace Chat conversations and messages, served through the BFF's chat service proxy.
impl crate::Client {
    /// List chat conversations
    ///
    /// Lists the caller's chat conversations in the project, most recently updated first.
    ///
    /// Requires role `project_viewer`. Sends the client's tenant and project as `X-Tenant-Id` and
    /// `X-Project-Id`. Idempotent: retried on transient failures. Paginated by `page_token`:
    /// `.stream()` yields every item, keeping all filters on every page.
    ///
    /// Arguments:
    /// - `include_archived`: Also list archived conversations.
    /// - `limit`: Maximum number of items in one page.
    /// - `page_token`: Opaque cursor from the previous page's `next_page`. Every other filter of
    ///   the first request must be sent again unchanged with it.
    ///
    /// Sends `GET /v1/chat/conversations`; `send()` returns a
    /// [`ChatConversationPage`](types::ChatConversationPage).
    ///
    /// Optional parameters are setters of [`ListChatConversations`]:
    /// [`include_archived`](ListChatConversations::include_archived),
    /// [`limit`](ListChatConversations::limit), [`page_token`](ListChatConversations::page_token).
    ///
    /// ```no_run
    /// # async fn example(client: &agentruntime::Client) -> Result<(), agentruntime::Error> {
    /// let response = client.list_chat_conversations().send().await?;
    /// # let _ = response;
    /// # Ok(())
    /// # }
    /// ```
    pub fn list_chat_conversations(&self) -> ListChatConversations<'_> {
        ListChatConversations::new(self)
    }

    /// Create a chat conversation
    ///
    /// Creates an empty conversation for the caller. With `workflow_id` the conversation talks to
    /// that session workflow: one run serves every turn and pauses (`awaiting_chat`) between
    /// messages.
    ///
    /// Requires role `project_viewer`. Sends the client's tenant and project as `X-Tenant-Id` and
    /// `X-Project-Id`. Not idempotent: re-sent only when the server provably did not receive it.
    ///
    /// Sends `POST /v1/chat/conversations` with a
    /// [`ChatConversationCreate`](types::ChatConversationCreate) body; `send()` returns a
    /// [`ChatConversation`](types::ChatConversation).
    ///
    /// ```no_run
    /// # async fn example(client: &agentruntime::Client, body: agentruntime::types::ChatConversationCreate) -> Result<(), agentruntime::Error> {
    /// let response = client.create_chat_conversation(body).send().await?;
    /// # let _ = response;
    /// # Ok(())
    /// # }
    /// ```
    pub fn create_chat_conversation(
        &self,
        body: impl ::std::convert::Into<types::ChatConversationCreate>,
    ) -> CreateChatConversation<'_> {
        CreateChatConversation::new(self, body.into())
    }

    /// Get a chat conversation
    ///
    /// Requires role `project_viewer`. Sends the client's tenant and project as `X-Tenant-Id` and
    /// `X-Project-Id`. Idempotent: retried on transient failures.
    ///
    /// Arguments:
    /// - `conversation_id`: Chat conversation id.
    ///
    /// Sends `GET /v1/chat/conversations/{conversation_id}`; `send()` returns a
    /// [`ChatConversation`](types::ChatConversation).
    ///
    /// ```no_run
    /// # async fn example(client: &agentruntime::Client, conversation_id: &str) -> Result<(), agentruntime::Error> {
    /// let response = client.get_chat_conversation(conversation_id).send().await?;
    /// # let _ = response;
    /// # Ok(())
    /// # }
    /// ```
    pub fn get_chat_conversation(
        &self,
        conversation_id: impl ::std::convert::TryInto<::std::string::String>,
    ) -> GetChatConversation<'_> {
        GetChatConversation::new(self).conversation_id(conversation_id)
    }

    /// List a conversation's messages
    ///
    /// Lists the conversation's user and assistant messages, oldest first.
    ///
    /// Requires role `project_viewer`. Sends the client's tenant and project as `X-Tenant-Id` and
    /// `X-Project-Id`. Idempotent: retried on transient failures. Paginated by `page_token`:
    /// `.stream()` yields every item, keeping all filters on every page.
    ///
    /// Arguments:
    /// - `conversation_id`: Chat conversation id.
    /// - `limit`: Maximum number of items in one page.
    /// - `page_token`: Opaque cursor from the previous page's `next_page`. Every other filter of
    ///   the first request must be sent again unchanged with it.
    ///
    /// Sends `GET /v1/chat/conversations/{conversation_id}/messages`; `send()` returns a
    /// [`ChatMessagePage`](types::ChatMessagePage).
    ///
    /// Optional parameters are setters of [`ListChatMessages`]: [`limit`](ListChatMessages::limit),
    /// [`page_token`](ListChatMessages::page_token).
    ///
    /// ```no_run
    /// # async fn example(client: &agentruntime::Client, conversation_id: &str) -> Result<(), agentruntime::Error> {
    /// let response = client.list_chat_messages(conversation_id).send().await?;
    /// # let _ = response;
    /// # Ok(())
    /// # }
    /// ```
    pub fn list_chat_messages(
        &self,
        conversation_id: impl ::std::convert::TryInto<::std::string::String>,
    ) -> ListChatMessages<'_> {
        ListChatMessages::new(self).conversation_id(conversation_id)
    }

    /// Send a message to a conversation
    ///
    /// Adds a user message to the conversation. When the conversation is busy with an earlier turn,
    /// the message waits in the server-side queue with status `queued` and can be cancelled until
    /// it is picked up. Poll the reply with `get_chat_turn_status` using the message's `turn_id`.
    ///
    /// Requires role `project_viewer`. Sends the client's tenant and project as `X-Tenant-Id` and
    /// `X-Project-Id`. Not idempotent: re-sent only when the server provably did not receive it.
    ///
    /// Arguments:
    /// - `conversation_id`: Chat conversation id.
    /// - `body`
    ///
    /// Sends `POST /v1/chat/conversations/{conversation_id}/messages` with a
    /// [`ChatMessageCreate`](types::ChatMessageCreate) body; `send()` returns a
    /// [`ChatMessage`](types::ChatMessage).
    ///
    /// ```no_run
    /// # async fn example(client: &agentruntime::Client, conversation_id: &str, body: agentruntime::types::ChatMessageCreate) -> Result<(), agentruntime::Error> {
    /// let response = client.send_chat_message(conversation_id, body).send().await?;
    /// # let _ = response;
    /// # Ok(())
    /// # }
    /// ```
    pub fn send_chat_message(
        &self,
        conversation_id: impl ::std::convert::TryInto<::std::string::String>,
        body: impl ::std::convert::Into<types::ChatMessageCreate>,
    ) -> SendChatMessage<'_> {
        SendChatMessage::new(self, body.into()).conversation_id(conversation_id)
    }

    /// Cancel a queued message
    ///
    /// Removes a `queued` user message from the conversation's queue before it is processed.
    /// Refused with 409 once the message is being processed or done.
    ///
    /// Requires role `project_viewer`. Sends the client's tenant and project as `X-Tenant-Id` and
    /// `X-Project-Id`. Not idempotent: re-sent only when the server provably did not receive it.
    ///
    /// Arguments:
    /// - `conversation_id`: Chat conversation id.
    /// - `message_id`: Id of the queued user message.
    ///
    /// Sends `POST /v1/chat/conversations/{conversation_id}/messages/{message_id}/cancel`; `send()`
    /// returns a [`ChatMessage`](types::ChatMessage).
    ///
    /// ```no_run
    /// # async fn example(client: &agentruntime::Client, conversation_id: &str, message_id: &str) -> Result<(), agentruntime::Error> {
    /// let response = client.cancel_chat_message(conversation_id, message_id).send().await?;
    /// # let _ = response;
    /// # Ok(())
    /// # }
    /// ```
    pub fn cancel_chat_message(
        &self,
        conversation_id: impl ::std::convert::TryInto<::std::string::String>,
        message_id: impl ::std::convert::TryInto<::std::string::String>,
    ) -> CancelChatMessage<'_> {
        CancelChatMessage::new(self)
            .conversation_id(conversation_id)
            .message_id(message_id)
    }

    /// Get a chat turn's status
    ///
    /// Returns the state of one turn: the processing of a user message into an assistant reply.
    /// When the conversation is served by a session workflow, `run_id` names its run, which pauses
    /// with `awaiting_chat` between turns.
    ///
    /// Requires role `project_viewer`. Sends the client's tenant and project as `X-Tenant-Id` and
    /// `X-Project-Id`. Idempotent: retried on transient failures.
    ///
    /// Arguments:
    /// - `conversation_id`: Chat conversation id.
    /// - `turn_id`: Turn id, from the user message's `turn_id`.
    ///
    /// Sends `GET /v1/chat/conversations/{conversation_id}/turns/{turn_id}`; `send()` returns a
    /// [`ChatTurnStatus`](types::ChatTurnStatus).
    ///
    /// ```no_run
    /// # async fn example(client: &agentruntime::Client, conversation_id: &str, turn_id: &str) -> Result<(), agentruntime::Error> {
    /// let response = client.get_chat_turn_status(conversation_id, turn_id).send().await?;
    /// # let _ = response;
    /// # Ok(())
    /// # }
    /// ```
    pub fn get_chat_turn_status(
        &self,
        conversation_id: impl ::std::convert::TryInto<::std::string::String>,
        turn_id: impl ::std::convert::TryInto<::std::string::String>,
    ) -> GetChatTurnStatus<'_> {
        GetChatTurnStatus::new(self).conversation_id(conversation_id).turn_id(turn_id)
    }
}

/// Builder for [`Client::list_chat_conversations`]
///
/// [`Client::list_chat_conversations`]: crate::Client::list_chat_conversations
#[derive(Debug, Clone)]
pub struct ListChatConversations<'a> {
    client: &'a crate::Client,
    include_archived: Result<Option<bool>, String>,
    limit: Result<Option<i32>, String>,
    page_token: Result<Option<::std::string::String>, String>,
}

impl<'a> ListChatConversations<'a> {
    pub(crate) fn new(client: &'a crate::Client) -> Self {
        Self {
            client: client,
            include_archived: Ok(None),
            limit: Ok(None),
            page_token: Ok(None),
        }
    }

    /// Sets the optional query parameter `include_archived`.
    ///
    /// Also list archived conversations.
    pub fn include_archived<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<bool>,
    {
        self.include_archived = value
            .try_into()
            .map(Some)
            .map_err(|_| "conversion to `bool` for include_archived failed".to_string());
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
    ) -> Result<ResponseValue<types::ChatConversationPage>, Error<ByteStream>> {
        let Self { client, include_archived, limit, page_token } = self;
        let include_archived = include_archived.map_err(Error::InvalidRequest)?;
        let limit = limit.map_err(Error::InvalidRequest)?;
        let page_token = page_token.map_err(Error::InvalidRequest)?;
        let url = format!("{}/v1/chat/conversations", client.baseurl,);
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
                "include_archived",
                &include_archived,
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
        query.apply(&mut request);
        let info = OperationInfo {
            operation_id: "list_chat_conversations",
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

    /// Sends `GET /v1/chat/conversations` and decodes the response.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::Response<types::ChatConversationPage>,
        crate::Error,
    > {
        let client = self.client;
        crate::transport::send(
                client,
                &crate::metadata::LIST_CHAT_CONVERSATIONS,
                self.send_raw(),
            )
            .await
    }

    /// Sends `GET /v1/chat/conversations` with these options for this call (extra headers, time
    /// budget, retry policy) and decodes the response.
    pub async fn send_with(
        self,
        options: crate::RequestOptions,
    ) -> ::std::result::Result<
        crate::Response<types::ChatConversationPage>,
        crate::Error,
    > {
        let client = self.client;
        crate::transport::send_with(
                client,
                &crate::metadata::LIST_CHAT_CONVERSATIONS,
                ::std::option::Option::Some(options),
                self.send_raw(),
            )
            .await
    }

    /// Streams every item of every page of `GET /v1/chat/conversations`, in order. Each page is
    /// requested with this builder's filters and the previous page's `next_page` as `page_token`;
    /// the stream ends after the last page.
    pub fn stream(
        self,
    ) -> impl ::futures::Stream<
        Item = ::std::result::Result<
            <types::ChatConversationPage as crate::pagination::Page>::Item,
            crate::Error,
        >,
    > + ::std::marker::Unpin + 'a {
        crate::pagination::items(self.pages())
    }

    /// Streams the pages of `GET /v1/chat/conversations` (see
    /// [`ChatConversationPage`](crate::types::ChatConversationPage)), each with its response
    /// metadata.
    pub fn pages(
        self,
    ) -> impl ::futures::Stream<
        Item = ::std::result::Result<
            crate::Response<types::ChatConversationPage>,
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

/// Builder for [`Client::create_chat_conversation`]
///
/// [`Client::create_chat_conversation`]: crate::Client::create_chat_conversation
#[derive(Debug, Clone)]
pub struct CreateChatConversation<'a> {
    client: &'a crate::Client,
    body: Result<types::ChatConversationCreate, String>,
}

impl<'a> CreateChatConversation<'a> {
    pub(crate) fn new(
        client: &'a crate::Client,
        body: types::ChatConversationCreate,
    ) -> Self {
        Self {
            client: client,
            body: Ok(body),
        }
    }

    async fn send_raw(
        self,
    ) -> Result<ResponseValue<types::ChatConversation>, Error<ByteStream>> {
        let Self { client, body } = self;
        let body = body
            .and_then(|v| {
                types::ChatConversationCreate::try_from(v).map_err(|e| e.to_string())
            })
            .map_err(Error::InvalidRequest)?;
        let url = format!("{}/v1/chat/conversations", client.baseurl,);
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
            operation_id: "create_chat_conversation",
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

    /// Sends `POST /v1/chat/conversations` and decodes the response.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::Response<types::ChatConversation>, crate::Error> {
        let client = self.client;
        crate::transport::send(
                client,
                &crate::metadata::CREATE_CHAT_CONVERSATION,
                self.send_raw(),
            )
            .await
    }

    /// Sends `POST /v1/chat/conversations` with these options for this call (extra headers, time
    /// budget, retry policy) and decodes the response.
    pub async fn send_with(
        self,
        options: crate::RequestOptions,
    ) -> ::std::result::Result<crate::Response<types::ChatConversation>, crate::Error> {
        let client = self.client;
        crate::transport::send_with(
                client,
                &crate::metadata::CREATE_CHAT_CONVERSATION,
                ::std::option::Option::Some(options),
                self.send_raw(),
            )
            .await
    }
}

/// Builder for [`Client::get_chat_conversation`]
///
/// [`Client::get_chat_conversation`]: crate::Client::get_chat_conversation
#[derive(Debug, Clone)]
pub struct GetChatConversation<'a> {
    client: &'a crate::Client,
    conversation_id: Result<::std::string::String, String>,
}

impl<'a> GetChatConversation<'a> {
    pub(crate) fn new(client: &'a crate::Client) -> Self {
        Self {
            client: client,
            conversation_id: Err("conversation_id was not initialized".to_string()),
        }
    }

    /// Sets the required path parameter `conversation_id`.
    ///
    /// Chat conversation id.
    fn conversation_id<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<::std::string::String>,
    {
        self.conversation_id = value
            .try_into()
            .map_err(|_| {
                "conversion to `:: std :: string :: String` for conversation_id failed"
                    .to_string()
            });
        self
    }

    async fn send_raw(
        self,
    ) -> Result<ResponseValue<types::ChatConversation>, Error<ByteStream>> {
        let Self { client, conversation_id } = self;
        let conversation_id = conversation_id.map_err(Error::InvalidRequest)?;
        let url = format!(
            "{}/v1/chat/conversations/{}", client.baseurl, crate
            ::params::path("conversation_id", crate ::params::PathStyle::Simple, false, &
            conversation_id) ?,
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
            operation_id: "get_chat_conversation",
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

    /// Sends `GET /v1/chat/conversations/{conversation_id}` and decodes the response.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::Response<types::ChatConversation>, crate::Error> {
        let client = self.client;
        crate::transport::send(
                client,
                &crate::metadata::GET_CHAT_CONVERSATION,
                self.send_raw(),
            )
            .await
    }

    /// Sends `GET /v1/chat/conversations/{conversation_id}` with these options for this call (extra
    /// headers, time budget, retry policy) and decodes the response.
    pub async fn send_with(
        self,
        options: crate::RequestOptions,
    ) -> ::std::result::Result<crate::Response<types::ChatConversation>, crate::Error> {
        let client = self.client;
        crate::transport::send_with(
                client,
                &crate::metadata::GET_CHAT_CONVERSATION,
                ::std::option::Option::Some(options),
                self.send_raw(),
            )
            .await
    }
}

/// Builder for [`Client::list_chat_messages`]
///
/// [`Client::list_chat_messages`]: crate::Client::list_chat_messages
#[derive(Debug, Clone)]
pub struct ListChatMessages<'a> {
    client: &'a crate::Client,
    conversation_id: Result<::std::string::String, String>,
    limit: Result<Option<i32>, String>,
    page_token: Result<Option<::std::string::String>, String>,
}

impl<'a> ListChatMessages<'a> {
    pub(crate) fn new(client: &'a crate::Client) -> Self {
        Self {
            client: client,
            conversation_id: Err("conversation_id was not initialized".to_string()),
            limit: Ok(None),
            page_token: Ok(None),
        }
    }

    /// Sets the required path parameter `conversation_id`.
    ///
    /// Chat conversation id.
    fn conversation_id<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<::std::string::String>,
    {
        self.conversation_id = value
            .try_into()
            .map_err(|_| {
                "conversion to `:: std :: string :: String` for conversation_id failed"
                    .to_string()
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
    ) -> Result<ResponseValue<types::ChatMessagePage>, Error<ByteStream>> {
        let Self { client, conversation_id, limit, page_token } = self;
        let conversation_id = conversation_id.map_err(Error::InvalidRequest)?;
        let limit = limit.map_err(Error::InvalidRequest)?;
        let page_token = page_token.map_err(Error::InvalidRequest)?;
        let url = format!(
            "{}/v1/chat/conversations/{}/messages", client.baseurl, crate
            ::params::path("conversation_id", crate ::params::PathStyle::Simple, false, &
            conversation_id) ?,
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
            operation_id: "list_chat_messages",
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

    /// Sends `GET /v1/chat/conversations/{conversation_id}/messages` and decodes the response.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::Response<types::ChatMessagePage>, crate::Error> {
        let client = self.client;
        crate::transport::send(
                client,
                &crate::metadata::LIST_CHAT_MESSAGES,
                self.send_raw(),
            )
            .await
    }

    /// Sends `GET /v1/chat/conversations/{conversation_id}/messages` with these options for this
    /// call (extra headers, time budget, retry policy) and decodes the response.
    pub async fn send_with(
        self,
        options: crate::RequestOptions,
    ) -> ::std::result::Result<crate::Response<types::ChatMessagePage>, crate::Error> {
        let client = self.client;
        crate::transport::send_with(
                client,
                &crate::metadata::LIST_CHAT_MESSAGES,
                ::std::option::Option::Some(options),
                self.send_raw(),
            )
            .await
    }

    /// Streams every item of every page of `GET /v1/chat/conversations/{conversation_id}/messages`,
    /// in order. Each page is requested with this builder's filters and the previous page's
    /// `next_page` as `page_token`; the stream ends after the last page.
    pub fn stream(
        self,
    ) -> impl ::futures::Stream<
        Item = ::std::result::Result<
            <types::ChatMessagePage as crate::pagination::Page>::Item,
            crate::Error,
        >,
    > + ::std::marker::Unpin + 'a {
        crate::pagination::items(self.pages())
    }

    /// Streams the pages of `GET /v1/chat/conversations/{conversation_id}/messages` (see
    /// [`ChatMessagePage`](crate::types::ChatMessagePage)), each with its response metadata.
    pub fn pages(
        self,
    ) -> impl ::futures::Stream<
        Item = ::std::result::Result<
            crate::Response<types::ChatMessagePage>,
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

/// Builder for [`Client::send_chat_message`]
///
/// [`Client::send_chat_message`]: crate::Client::send_chat_message
#[derive(Debug, Clone)]
pub struct SendChatMessage<'a> {
    client: &'a crate::Client,
    conversation_id: Result<::std::string::String, String>,
    body: Result<types::ChatMessageCreate, String>,
}

impl<'a> SendChatMessage<'a> {
    pub(crate) fn new(
        client: &'a crate::Client,
        body: types::ChatMessageCreate,
    ) -> Self {
        Self {
            client: client,
            conversation_id: Err("conversation_id was not initialized".to_string()),
            body: Ok(body),
        }
    }

    /// Sets the required path parameter `conversation_id`.
    ///
    /// Chat conversation id.
    fn conversation_id<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<::std::string::String>,
    {
        self.conversation_id = value
            .try_into()
            .map_err(|_| {
                "conversion to `:: std :: string :: String` for conversation_id failed"
                    .to_string()
            });
        self
    }

    async fn send_raw(
        self,
    ) -> Result<ResponseValue<types::ChatMessage>, Error<ByteStream>> {
        let Self { client, conversation_id, body } = self;
        let conversation_id = conversation_id.map_err(Error::InvalidRequest)?;
        let body = body
            .and_then(|v| {
                types::ChatMessageCreate::try_from(v).map_err(|e| e.to_string())
            })
            .map_err(Error::InvalidRequest)?;
        let url = format!(
            "{}/v1/chat/conversations/{}/messages", client.baseurl, crate
            ::params::path("conversation_id", crate ::params::PathStyle::Simple, false, &
            conversation_id) ?,
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
            operation_id: "send_chat_message",
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

    /// Sends `POST /v1/chat/conversations/{conversation_id}/messages` and decodes the response.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::Response<types::ChatMessage>, crate::Error> {
        let client = self.client;
        crate::transport::send(
                client,
                &crate::metadata::SEND_CHAT_MESSAGE,
                self.send_raw(),
            )
            .await
    }

    /// Sends `POST /v1/chat/conversations/{conversation_id}/messages` with these options for this
    /// call (extra headers, time budget, retry policy) and decodes the response.
    pub async fn send_with(
        self,
        options: crate::RequestOptions,
    ) -> ::std::result::Result<crate::Response<types::ChatMessage>, crate::Error> {
        let client = self.client;
        crate::transport::send_with(
                client,
                &crate::metadata::SEND_CHAT_MESSAGE,
                ::std::option::Option::Some(options),
                self.send_raw(),
            )
            .await
    }
}

/// Builder for [`Client::cancel_chat_message`]
///
/// [`Client::cancel_chat_message`]: crate::Client::cancel_chat_message
#[derive(Debug, Clone)]
pub struct CancelChatMessage<'a> {
    client: &'a crate::Client,
    conversation_id: Result<::std::string::String, String>,
    message_id: Result<::std::string::String, String>,
}

impl<'a> CancelChatMessage<'a> {
    pub(crate) fn new(client: &'a crate::Client) -> Self {
        Self {
            client: client,
            conversation_id: Err("conversation_id was not initialized".to_string()),
            message_id: Err("message_id was not initialized".to_string()),
        }
    }

    /// Sets the required path parameter `conversation_id`.
    ///
    /// Chat conversation id.
    fn conversation_id<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<::std::string::String>,
    {
        self.conversation_id = value
            .try_into()
            .map_err(|_| {
                "conversion to `:: std :: string :: String` for conversation_id failed"
                    .to_string()
            });
        self
    }

    /// Sets the required path parameter `message_id`.
    ///
    /// Id of the queued user message.
    fn message_id<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<::std::string::String>,
    {
        self.message_id = value
            .try_into()
            .map_err(|_| {
                "conversion to `:: std :: string :: String` for message_id failed"
                    .to_string()
            });
        self
    }

    async fn send_raw(
        self,
    ) -> Result<ResponseValue<types::ChatMessage>, Error<ByteStream>> {
        let Self { client, conversation_id, message_id } = self;
        let conversation_id = conversation_id.map_err(Error::InvalidRequest)?;
        let message_id = message_id.map_err(Error::InvalidRequest)?;
        let url = format!(
            "{}/v1/chat/conversations/{}/messages/{}/cancel", client.baseurl, crate
            ::params::path("conversation_id", crate ::params::PathStyle::Simple, false, &
            conversation_id) ?, crate ::params::path("message_id", crate
            ::params::PathStyle::Simple, false, & message_id) ?,
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
            operation_id: "cancel_chat_message",
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

    /// Sends `POST /v1/chat/conversations/{conversation_id}/messages/{message_id}/cancel` and
    /// decodes the response.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::Response<types::ChatMessage>, crate::Error> {
        let client = self.client;
        crate::transport::send(
                client,
                &crate::metadata::CANCEL_CHAT_MESSAGE,
                self.send_raw(),
            )
            .await
    }

    /// Sends `POST /v1/chat/conversations/{conversation_id}/messages/{message_id}/cancel` with
    /// these options for this call (extra headers, time budget, retry policy) and decodes the
    /// response.
    pub async fn send_with(
        self,
        options: crate::RequestOptions,
    ) -> ::std::result::Result<crate::Response<types::ChatMessage>, crate::Error> {
        let client = self.client;
        crate::transport::send_with(
                client,
                &crate::metadata::CANCEL_CHAT_MESSAGE,
                ::std::option::Option::Some(options),
                self.send_raw(),
            )
            .await
    }
}

/// Builder for [`Client::get_chat_turn_status`]
///
/// [`Client::get_chat_turn_status`]: crate::Client::get_chat_turn_status
#[derive(Debug, Clone)]
pub struct GetChatTurnStatus<'a> {
    client: &'a crate::Client,
    conversation_id: Result<::std::string::String, String>,
    turn_id: Result<::std::string::String, String>,
}

impl<'a> GetChatTurnStatus<'a> {
    pub(crate) fn new(client: &'a crate::Client) -> Self {
        Self {
            client: client,
            conversation_id: Err("conversation_id was not initialized".to_string()),
            turn_id: Err("turn_id was not initialized".to_string()),
        }
    }

    /// Sets the required path parameter `conversation_id`.
    ///
    /// Chat conversation id.
    fn conversation_id<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<::std::string::String>,
    {
        self.conversation_id = value
            .try_into()
            .map_err(|_| {
                "conversion to `:: std :: string :: String` for conversation_id failed"
                    .to_string()
            });
        self
    }

    /// Sets the required path parameter `turn_id`.
    ///
    /// Turn id, from the user message's `turn_id`.
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

    async fn send_raw(
        self,
    ) -> Result<ResponseValue<types::ChatTurnStatus>, Error<ByteStream>> {
        let Self { client, conversation_id, turn_id } = self;
        let conversation_id = conversation_id.map_err(Error::InvalidRequest)?;
        let turn_id = turn_id.map_err(Error::InvalidRequest)?;
        let url = format!(
            "{}/v1/chat/conversations/{}/turns/{}", client.baseurl, crate
            ::params::path("conversation_id", crate ::params::PathStyle::Simple, false, &
            conversation_id) ?, crate ::params::path("turn_id", crate
            ::params::PathStyle::Simple, false, & turn_id) ?,
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
            operation_id: "get_chat_turn_status",
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

    /// Sends `GET /v1/chat/conversations/{conversation_id}/turns/{turn_id}` and decodes the
    /// response.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::Response<types::ChatTurnStatus>, crate::Error> {
        let client = self.client;
        crate::transport::send(
                client,
                &crate::metadata::GET_CHAT_TURN_STATUS,
                self.send_raw(),
            )
            .await
    }

    /// Sends `GET /v1/chat/conversations/{conversation_id}/turns/{turn_id}` with these options for
    /// this call (extra headers, time budget, retry policy) and decodes the response.
    pub async fn send_with(
        self,
        options: crate::RequestOptions,
    ) -> ::std::result::Result<crate::Response<types::ChatTurnStatus>, crate::Error> {
        let client = self.client;
        crate::transport::send_with(
                client,
                &crate::metadata::GET_CHAT_TURN_STATUS,
                ::std::option::Option::Some(options),
                self.send_raw(),
            )
            .await
    }
}

// @generated operations of the `memory` area by agentruntime-generator 0.1.0. Do not edit by hand.
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

/// # Memory
///
/// Semantic memory (preview): search, conversation and file indexing, extraction jobs, episodes and
/// memory tools.
impl crate::Client {
    /// Search memory semantically
    ///
    /// Returns the memory items closest in meaning to `query`, best first, at most `limit` of them.
    /// Only reads; safe to retry.
    ///
    /// Requires role `project_contributor`. Sends the client's tenant and project as `X-Tenant-Id`
    /// and `X-Project-Id`. Idempotent: retried on transient failures.
    ///
    /// Sends `POST /v1/memory/search` with a [`MemorySearchRequest`](types::MemorySearchRequest)
    /// body; `send()` returns a [`MemorySearchResult`](types::MemorySearchResult).
    ///
    /// ```no_run
    /// # async fn example(client: &agentruntime::Client, body: agentruntime::types::MemorySearchRequest) -> Result<(), agentruntime::Error> {
    /// let response = client.search_memory(body).send().await?;
    /// # let _ = response;
    /// # Ok(())
    /// # }
    /// ```
    pub fn search_memory(
        &self,
        body: impl ::std::convert::Into<types::MemorySearchRequest>,
    ) -> SearchMemory<'_> {
        SearchMemory::new(self, body.into())
    }

    /// Queue indexing of a chat conversation
    ///
    /// Queues extraction of memory from a chat conversation and returns the job to poll with
    /// `get_memory_extract_job`. Billed as `memory_extract_interactive`. Answers 503 (`queue
    /// unavailable`) when the job queue is down.
    ///
    /// Requires role `project_contributor`. Sends the client's tenant and project as `X-Tenant-Id`
    /// and `X-Project-Id`. Not idempotent: re-sent only when the server provably did not receive
    /// it.
    ///
    /// Sends `POST /v1/memory/index-conversation` with a
    /// [`MemoryIndexConversationRequest`](types::MemoryIndexConversationRequest) body; `send()`
    /// returns a [`MemoryExtractJob`](types::MemoryExtractJob).
    ///
    /// ```no_run
    /// # async fn example(client: &agentruntime::Client, body: agentruntime::types::MemoryIndexConversationRequest) -> Result<(), agentruntime::Error> {
    /// let response = client.index_memory_conversation(body).send().await?;
    /// # let _ = response;
    /// # Ok(())
    /// # }
    /// ```
    pub fn index_memory_conversation(
        &self,
        body: impl ::std::convert::Into<types::MemoryIndexConversationRequest>,
    ) -> IndexMemoryConversation<'_> {
        IndexMemoryConversation::new(self, body.into())
    }

    /// Queue indexing of a work file
    ///
    /// Queues indexing of a work file into memory and returns the job to poll with
    /// `get_memory_extract_job`. Billed per MB as `memory_index_file_mb`. Answers 404 (`work file
    /// not found`) for an unknown file.
    ///
    /// Requires role `project_contributor`. Sends the client's tenant and project as `X-Tenant-Id`
    /// and `X-Project-Id`. Not idempotent: re-sent only when the server provably did not receive
    /// it.
    ///
    /// Sends `POST /v1/memory/index-file` with a
    /// [`MemoryIndexFileRequest`](types::MemoryIndexFileRequest) body; `send()` returns a
    /// [`MemoryExtractJob`](types::MemoryExtractJob).
    ///
    /// ```no_run
    /// # async fn example(client: &agentruntime::Client, body: agentruntime::types::MemoryIndexFileRequest) -> Result<(), agentruntime::Error> {
    /// let response = client.index_memory_file(body).send().await?;
    /// # let _ = response;
    /// # Ok(())
    /// # }
    /// ```
    pub fn index_memory_file(
        &self,
        body: impl ::std::convert::Into<types::MemoryIndexFileRequest>,
    ) -> IndexMemoryFile<'_> {
        IndexMemoryFile::new(self, body.into())
    }

    /// Start a batch of extraction jobs
    ///
    /// Queues one extraction job per listed conversation and work file, and returns the batch to
    /// poll with `get_memory_extract_batch`. Billed as `memory_extract_bulk`. At least one id must
    /// be given.
    ///
    /// Requires role `project_contributor`. Sends the client's tenant and project as `X-Tenant-Id`
    /// and `X-Project-Id`. Not idempotent: re-sent only when the server provably did not receive
    /// it.
    ///
    /// Sends `POST /v1/memory/extract/batch` with a
    /// [`MemoryExtractBatchRequest`](types::MemoryExtractBatchRequest) body; `send()` returns a
    /// [`MemoryExtractBatch`](types::MemoryExtractBatch).
    ///
    /// ```no_run
    /// # async fn example(client: &agentruntime::Client, body: agentruntime::types::MemoryExtractBatchRequest) -> Result<(), agentruntime::Error> {
    /// let response = client.start_memory_extract_batch(body).send().await?;
    /// # let _ = response;
    /// # Ok(())
    /// # }
    /// ```
    pub fn start_memory_extract_batch(
        &self,
        body: impl ::std::convert::Into<types::MemoryExtractBatchRequest>,
    ) -> StartMemoryExtractBatch<'_> {
        StartMemoryExtractBatch::new(self, body.into())
    }

    /// Get a batch extraction's status
    ///
    /// Requires role `project_contributor`. Sends the client's tenant and project as `X-Tenant-Id`
    /// and `X-Project-Id`. Idempotent: retried on transient failures.
    ///
    /// Arguments:
    /// - `batch_id`: Batch id from `start_memory_extract_batch`.
    ///
    /// Sends `GET /v1/memory/extract/batch/{batchId}`; `send()` returns a
    /// [`MemoryExtractBatch`](types::MemoryExtractBatch).
    ///
    /// ```no_run
    /// # async fn example(client: &agentruntime::Client, batch_id: &str) -> Result<(), agentruntime::Error> {
    /// let response = client.get_memory_extract_batch(batch_id).send().await?;
    /// # let _ = response;
    /// # Ok(())
    /// # }
    /// ```
    pub fn get_memory_extract_batch(
        &self,
        batch_id: impl ::std::convert::TryInto<::std::string::String>,
    ) -> GetMemoryExtractBatch<'_> {
        GetMemoryExtractBatch::new(self).batch_id(batch_id)
    }

    /// Get an extraction job's status
    ///
    /// Returns an indexing or extraction job. Once `status` is `completed`, `episode_id` names the
    /// episode the job produced.
    ///
    /// Requires role `project_contributor`. Sends the client's tenant and project as `X-Tenant-Id`
    /// and `X-Project-Id`. Idempotent: retried on transient failures.
    ///
    /// Arguments:
    /// - `job_id`: Job id from an index or batch request.
    ///
    /// Sends `GET /v1/memory/extract/{jobId}`; `send()` returns a
    /// [`MemoryExtractJob`](types::MemoryExtractJob).
    ///
    /// ```no_run
    /// # async fn example(client: &agentruntime::Client, job_id: &str) -> Result<(), agentruntime::Error> {
    /// let response = client.get_memory_extract_job(job_id).send().await?;
    /// # let _ = response;
    /// # Ok(())
    /// # }
    /// ```
    pub fn get_memory_extract_job(
        &self,
        job_id: impl ::std::convert::TryInto<::std::string::String>,
    ) -> GetMemoryExtractJob<'_> {
        GetMemoryExtractJob::new(self).job_id(job_id)
    }

    /// Get an episode bundle
    ///
    /// Returns an episode and its memory items. With `detail=false` the items are listed without
    /// their payloads (`content` and `data`).
    ///
    /// Requires role `project_contributor`. Sends the client's tenant and project as `X-Tenant-Id`
    /// and `X-Project-Id`. Idempotent: retried on transient failures.
    ///
    /// Arguments:
    /// - `episode_id`: Episode id.
    /// - `detail`: Include item payloads; `false` returns the items without `content` and `data`.
    ///
    /// Sends `GET /v1/memory/episodes/{episodeId}`; `send()` returns a
    /// [`MemoryEpisode`](types::MemoryEpisode).
    ///
    /// Optional parameters are setters of [`GetMemoryEpisode`]:
    /// [`detail`](GetMemoryEpisode::detail).
    ///
    /// ```no_run
    /// # async fn example(client: &agentruntime::Client, episode_id: &str) -> Result<(), agentruntime::Error> {
    /// let response = client.get_memory_episode(episode_id).send().await?;
    /// # let _ = response;
    /// # Ok(())
    /// # }
    /// ```
    pub fn get_memory_episode(
        &self,
        episode_id: impl ::std::convert::TryInto<::std::string::String>,
    ) -> GetMemoryEpisode<'_> {
        GetMemoryEpisode::new(self).episode_id(episode_id)
    }

    /// Invoke a memory tool by name
    ///
    /// Runs one memory tool, the same tools agents use. `memory_search`, `memory_get_episode` and
    /// `memory_get_continuation` only read; `memory_propose_items` proposes new memory items and
    /// `memory_confirm_item` confirms a proposed one, so the call as a whole is not retried
    /// automatically.
    ///
    /// Requires role `project_contributor`. Sends the client's tenant and project as `X-Tenant-Id`
    /// and `X-Project-Id`. Not idempotent: re-sent only when the server provably did not receive
    /// it.
    ///
    /// Sends `POST /v1/memory/tools/call` with a
    /// [`MemoryToolCallRequest`](types::MemoryToolCallRequest) body; `send()` returns a
    /// [`MemoryToolCallResult`](types::MemoryToolCallResult).
    ///
    /// ```no_run
    /// # async fn example(client: &agentruntime::Client, body: agentruntime::types::MemoryToolCallRequest) -> Result<(), agentruntime::Error> {
    /// let response = client.call_memory_tool(body).send().await?;
    /// # let _ = response;
    /// # Ok(())
    /// # }
    /// ```
    pub fn call_memory_tool(
        &self,
        body: impl ::std::convert::Into<types::MemoryToolCallRequest>,
    ) -> CallMemoryTool<'_> {
        CallMemoryTool::new(self, body.into())
    }
}

/// Builder for [`Client::search_memory`]
///
/// [`Client::search_memory`]: crate::Client::search_memory
#[derive(Debug, Clone)]
pub struct SearchMemory<'a> {
    client: &'a crate::Client,
    body: Result<types::MemorySearchRequest, String>,
}

impl<'a> SearchMemory<'a> {
    pub(crate) fn new(
        client: &'a crate::Client,
        body: types::MemorySearchRequest,
    ) -> Self {
        Self {
            client: client,
            body: Ok(body),
        }
    }

    async fn send_raw(
        self,
    ) -> Result<ResponseValue<types::MemorySearchResult>, Error<ByteStream>> {
        let Self { client, body } = self;
        let body = body
            .and_then(|v| {
                types::MemorySearchRequest::try_from(v).map_err(|e| e.to_string())
            })
            .map_err(Error::InvalidRequest)?;
        let url = format!("{}/v1/memory/search", client.baseurl,);
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
            operation_id: "search_memory",
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

    /// Sends `POST /v1/memory/search` and decodes the response.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::Response<types::MemorySearchResult>,
        crate::Error,
    > {
        let client = self.client;
        crate::transport::send(client, &crate::metadata::SEARCH_MEMORY, self.send_raw())
            .await
    }

    /// Sends `POST /v1/memory/search` with these options for this call (extra headers, time budget,
    /// retry policy) and decodes the response.
    pub async fn send_with(
        self,
        options: crate::RequestOptions,
    ) -> ::std::result::Result<
        crate::Response<types::MemorySearchResult>,
        crate::Error,
    > {
        let client = self.client;
        crate::transport::send_with(
                client,
                &crate::metadata::SEARCH_MEMORY,
                ::std::option::Option::Some(options),
                self.send_raw(),
            )
            .await
    }
}

/// Builder for [`Client::index_memory_conversation`]
///
/// [`Client::index_memory_conversation`]: crate::Client::index_memory_conversation
#[derive(Debug, Clone)]
pub struct IndexMemoryConversation<'a> {
    client: &'a crate::Client,
    body: Result<types::MemoryIndexConversationRequest, String>,
}

impl<'a> IndexMemoryConversation<'a> {
    pub(crate) fn new(
        client: &'a crate::Client,
        body: types::MemoryIndexConversationRequest,
    ) -> Self {
        Self {
            client: client,
            body: Ok(body),
        }
    }

    async fn send_raw(
        self,
    ) -> Result<ResponseValue<types::MemoryExtractJob>, Error<ByteStream>> {
        let Self { client, body } = self;
        let body = body
            .and_then(|v| {
                types::MemoryIndexConversationRequest::try_from(v)
                    .map_err(|e| e.to_string())
            })
            .map_err(Error::InvalidRequest)?;
        let url = format!("{}/v1/memory/index-conversation", client.baseurl,);
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
            operation_id: "index_memory_conversation",
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

    /// Sends `POST /v1/memory/index-conversation` and decodes the response.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::Response<types::MemoryExtractJob>, crate::Error> {
        let client = self.client;
        crate::transport::send(
                client,
                &crate::metadata::INDEX_MEMORY_CONVERSATION,
                self.send_raw(),
            )
            .await
    }

    /// Sends `POST /v1/memory/index-conversation` with these options for this call (extra headers,
    /// time budget, retry policy) and decodes the response.
    pub async fn send_with(
        self,
        options: crate::RequestOptions,
    ) -> ::std::result::Result<crate::Response<types::MemoryExtractJob>, crate::Error> {
        let client = self.client;
        crate::transport::send_with(
                client,
                &crate::metadata::INDEX_MEMORY_CONVERSATION,
                ::std::option::Option::Some(options),
                self.send_raw(),
            )
            .await
    }
}

/// Builder for [`Client::index_memory_file`]
///
/// [`Client::index_memory_file`]: crate::Client::index_memory_file
#[derive(Debug, Clone)]
pub struct IndexMemoryFile<'a> {
    client: &'a crate::Client,
    body: Result<types::MemoryIndexFileRequest, String>,
}

impl<'a> IndexMemoryFile<'a> {
    pub(crate) fn new(
        client: &'a crate::Client,
        body: types::MemoryIndexFileRequest,
    ) -> Self {
        Self {
            client: client,
            body: Ok(body),
        }
    }

    async fn send_raw(
        self,
    ) -> Result<ResponseValue<types::MemoryExtractJob>, Error<ByteStream>> {
        let Self { client, body } = self;
        let body = body
            .and_then(|v| {
                types::MemoryIndexFileRequest::try_from(v).map_err(|e| e.to_string())
            })
            .map_err(Error::InvalidRequest)?;
        let url = format!("{}/v1/memory/index-file", client.baseurl,);
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
            operation_id: "index_memory_file",
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

    /// Sends `POST /v1/memory/index-file` and decodes the response.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::Response<types::MemoryExtractJob>, crate::Error> {
        let client = self.client;
        crate::transport::send(
                client,
                &crate::metadata::INDEX_MEMORY_FILE,
                self.send_raw(),
            )
            .await
    }

    /// Sends `POST /v1/memory/index-file` with these options for this call (extra headers, time
    /// budget, retry policy) and decodes the response.
    pub async fn send_with(
        self,
        options: crate::RequestOptions,
    ) -> ::std::result::Result<crate::Response<types::MemoryExtractJob>, crate::Error> {
        let client = self.client;
        crate::transport::send_with(
                client,
                &crate::metadata::INDEX_MEMORY_FILE,
                ::std::option::Option::Some(options),
                self.send_raw(),
            )
            .await
    }
}

/// Builder for [`Client::start_memory_extract_batch`]
///
/// [`Client::start_memory_extract_batch`]: crate::Client::start_memory_extract_batch
#[derive(Debug, Clone)]
pub struct StartMemoryExtractBatch<'a> {
    client: &'a crate::Client,
    body: Result<types::MemoryExtractBatchRequest, String>,
}

impl<'a> StartMemoryExtractBatch<'a> {
    pub(crate) fn new(
        client: &'a crate::Client,
        body: types::MemoryExtractBatchRequest,
    ) -> Self {
        Self {
            client: client,
            body: Ok(body),
        }
    }

    async fn send_raw(
        self,
    ) -> Result<ResponseValue<types::MemoryExtractBatch>, Error<ByteStream>> {
        let Self { client, body } = self;
        let body = body
            .and_then(|v| {
                types::MemoryExtractBatchRequest::try_from(v).map_err(|e| e.to_string())
            })
            .map_err(Error::InvalidRequest)?;
        let url = format!("{}/v1/memory/extract/batch", client.baseurl,);
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
            operation_id: "start_memory_extract_batch",
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

    /// Sends `POST /v1/memory/extract/batch` and decodes the response.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::Response<types::MemoryExtractBatch>,
        crate::Error,
    > {
        let client = self.client;
        crate::transport::send(
                client,
                &crate::metadata::START_MEMORY_EXTRACT_BATCH,
                self.send_raw(),
            )
            .await
    }

    /// Sends `POST /v1/memory/extract/batch` with these options for this call (extra headers, time
    /// budget, retry policy) and decodes the response.
    pub async fn send_with(
        self,
        options: crate::RequestOptions,
    ) -> ::std::result::Result<
        crate::Response<types::MemoryExtractBatch>,
        crate::Error,
    > {
        let client = self.client;
        crate::transport::send_with(
                client,
                &crate::metadata::START_MEMORY_EXTRACT_BATCH,
                ::std::option::Option::Some(options),
                self.send_raw(),
            )
            .await
    }
}

/// Builder for [`Client::get_memory_extract_batch`]
///
/// [`Client::get_memory_extract_batch`]: crate::Client::get_memory_extract_batch
#[derive(Debug, Clone)]
pub struct GetMemoryExtractBatch<'a> {
    client: &'a crate::Client,
    batch_id: Result<::std::string::String, String>,
}

impl<'a> GetMemoryExtractBatch<'a> {
    pub(crate) fn new(client: &'a crate::Client) -> Self {
        Self {
            client: client,
            batch_id: Err("batch_id was not initialized".to_string()),
        }
    }

    /// Sets the required path parameter `batchId`.
    ///
    /// Batch id from `start_memory_extract_batch`.
    fn batch_id<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<::std::string::String>,
    {
        self.batch_id = value
            .try_into()
            .map_err(|_| {
                "conversion to `:: std :: string :: String` for batch_id failed"
                    .to_string()
            });
        self
    }

    async fn send_raw(
        self,
    ) -> Result<ResponseValue<types::MemoryExtractBatch>, Error<ByteStream>> {
        let Self { client, batch_id } = self;
        let batch_id = batch_id.map_err(Error::InvalidRequest)?;
        let url = format!(
            "{}/v1/memory/extract/batch/{}", client.baseurl, crate
            ::params::path("batchId", crate ::params::PathStyle::Simple, false, &
            batch_id) ?,
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
            operation_id: "get_memory_extract_batch",
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

    /// Sends `GET /v1/memory/extract/batch/{batchId}` and decodes the response.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::Response<types::MemoryExtractBatch>,
        crate::Error,
    > {
        let client = self.client;
        crate::transport::send(
                client,
                &crate::metadata::GET_MEMORY_EXTRACT_BATCH,
                self.send_raw(),
            )
            .await
    }

    /// Sends `GET /v1/memory/extract/batch/{batchId}` with these options for this call (extra
    /// headers, time budget, retry policy) and decodes the response.
    pub async fn send_with(
        self,
        options: crate::RequestOptions,
    ) -> ::std::result::Result<
        crate::Response<types::MemoryExtractBatch>,
        crate::Error,
    > {
        let client = self.client;
        crate::transport::send_with(
                client,
                &crate::metadata::GET_MEMORY_EXTRACT_BATCH,
                ::std::option::Option::Some(options),
                self.send_raw(),
            )
            .await
    }
}

/// Builder for [`Client::get_memory_extract_job`]
///
/// [`Client::get_memory_extract_job`]: crate::Client::get_memory_extract_job
#[derive(Debug, Clone)]
pub struct GetMemoryExtractJob<'a> {
    client: &'a crate::Client,
    job_id: Result<::std::string::String, String>,
}

impl<'a> GetMemoryExtractJob<'a> {
    pub(crate) fn new(client: &'a crate::Client) -> Self {
        Self {
            client: client,
            job_id: Err("job_id was not initialized".to_string()),
        }
    }

    /// Sets the required path parameter `jobId`.
    ///
    /// Job id from an index or batch request.
    fn job_id<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<::std::string::String>,
    {
        self.job_id = value
            .try_into()
            .map_err(|_| {
                "conversion to `:: std :: string :: String` for job_id failed"
                    .to_string()
            });
        self
    }

    async fn send_raw(
        self,
    ) -> Result<ResponseValue<types::MemoryExtractJob>, Error<ByteStream>> {
        let Self { client, job_id } = self;
        let job_id = job_id.map_err(Error::InvalidRequest)?;
        let url = format!(
            "{}/v1/memory/extract/{}", client.baseurl, crate ::params::path("jobId",
            crate ::params::PathStyle::Simple, false, & job_id) ?,
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
            operation_id: "get_memory_extract_job",
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

    /// Sends `GET /v1/memory/extract/{jobId}` and decodes the response.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::Response<types::MemoryExtractJob>, crate::Error> {
        let client = self.client;
        crate::transport::send(
                client,
                &crate::metadata::GET_MEMORY_EXTRACT_JOB,
                self.send_raw(),
            )
            .await
    }

    /// Sends `GET /v1/memory/extract/{jobId}` with these options for this call (extra headers, time
    /// budget, retry policy) and decodes the response.
    pub async fn send_with(
        self,
        options: crate::RequestOptions,
    ) -> ::std::result::Result<crate::Response<types::MemoryExtractJob>, crate::Error> {
        let client = self.client;
        crate::transport::send_with(
                client,
                &crate::metadata::GET_MEMORY_EXTRACT_JOB,
                ::std::option::Option::Some(options),
                self.send_raw(),
            )
            .await
    }
}

/// Builder for [`Client::get_memory_episode`]
///
/// [`Client::get_memory_episode`]: crate::Client::get_memory_episode
#[derive(Debug, Clone)]
pub struct GetMemoryEpisode<'a> {
    client: &'a crate::Client,
    episode_id: Result<::std::string::String, String>,
    detail: Result<Option<bool>, String>,
}

impl<'a> GetMemoryEpisode<'a> {
    pub(crate) fn new(client: &'a crate::Client) -> Self {
        Self {
            client: client,
            episode_id: Err("episode_id was not initialized".to_string()),
            detail: Ok(None),
        }
    }

    /// Sets the required path parameter `episodeId`.
    ///
    /// Episode id.
    fn episode_id<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<::std::string::String>,
    {
        self.episode_id = value
            .try_into()
            .map_err(|_| {
                "conversion to `:: std :: string :: String` for episode_id failed"
                    .to_string()
            });
        self
    }

    /// Sets the optional query parameter `detail`.
    ///
    /// Include item payloads; `false` returns the items without `content` and `data`.
    pub fn detail<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<bool>,
    {
        self.detail = value
            .try_into()
            .map(Some)
            .map_err(|_| "conversion to `bool` for detail failed".to_string());
        self
    }

    async fn send_raw(
        self,
    ) -> Result<ResponseValue<types::MemoryEpisode>, Error<ByteStream>> {
        let Self { client, episode_id, detail } = self;
        let episode_id = episode_id.map_err(Error::InvalidRequest)?;
        let detail = detail.map_err(Error::InvalidRequest)?;
        let url = format!(
            "{}/v1/memory/episodes/{}", client.baseurl, crate ::params::path("episodeId",
            crate ::params::PathStyle::Simple, false, & episode_id) ?,
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
        query.push("detail", &detail, crate::params::QueryStyle::Form, true, false)?;
        query.apply(&mut request);
        let info = OperationInfo {
            operation_id: "get_memory_episode",
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

    /// Sends `GET /v1/memory/episodes/{episodeId}` and decodes the response.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::Response<types::MemoryEpisode>, crate::Error> {
        let client = self.client;
        crate::transport::send(
                client,
                &crate::metadata::GET_MEMORY_EPISODE,
                self.send_raw(),
            )
            .await
    }

    /// Sends `GET /v1/memory/episodes/{episodeId}` with these options for this call (extra headers,
    /// time budget, retry policy) and decodes the response.
    pub async fn send_with(
        self,
        options: crate::RequestOptions,
    ) -> ::std::result::Result<crate::Response<types::MemoryEpisode>, crate::Error> {
        let client = self.client;
        crate::transport::send_with(
                client,
                &crate::metadata::GET_MEMORY_EPISODE,
                ::std::option::Option::Some(options),
                self.send_raw(),
            )
            .await
    }
}

/// Builder for [`Client::call_memory_tool`]
///
/// [`Client::call_memory_tool`]: crate::Client::call_memory_tool
#[derive(Debug, Clone)]
pub struct CallMemoryTool<'a> {
    client: &'a crate::Client,
    body: Result<types::MemoryToolCallRequest, String>,
}

impl<'a> CallMemoryTool<'a> {
    pub(crate) fn new(
        client: &'a crate::Client,
        body: types::MemoryToolCallRequest,
    ) -> Self {
        Self {
            client: client,
            body: Ok(body),
        }
    }

    async fn send_raw(
        self,
    ) -> Result<ResponseValue<types::MemoryToolCallResult>, Error<ByteStream>> {
        let Self { client, body } = self;
        let body = body
            .and_then(|v| {
                types::MemoryToolCallRequest::try_from(v).map_err(|e| e.to_string())
            })
            .map_err(Error::InvalidRequest)?;
        let url = format!("{}/v1/memory/tools/call", client.baseurl,);
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
            operation_id: "call_memory_tool",
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

    /// Sends `POST /v1/memory/tools/call` and decodes the response.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::Response<types::MemoryToolCallResult>,
        crate::Error,
    > {
        let client = self.client;
        crate::transport::send(
                client,
                &crate::metadata::CALL_MEMORY_TOOL,
                self.send_raw(),
            )
            .await
    }

    /// Sends `POST /v1/memory/tools/call` with these options for this call (extra headers, time
    /// budget, retry policy) and decodes the response.
    pub async fn send_with(
        self,
        options: crate::RequestOptions,
    ) -> ::std::result::Result<
        crate::Response<types::MemoryToolCallResult>,
        crate::Error,
    > {
        let client = self.client;
        crate::transport::send_with(
                client,
                &crate::metadata::CALL_MEMORY_TOOL,
                ::std::option::Option::Some(options),
                self.send_raw(),
            )
            .await
    }
}

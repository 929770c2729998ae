// @generated operations of the `runs` area by agentruntime-generator 0.1.0. Do not edit by hand.
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

/// # Runs
///
/// Run control (start, execute, pause, resume, stop) and run reads: the workspace feed, a
/// workflow's runs, a run's context and summary.
impl crate::Client {
    /// Control runs: start, execute, pause, resume, stop
    ///
    /// One endpoint for every run-control command; the body is `{command, params}`.
    ///
    /// - `start` begins a new run of the workflow's latest published version. Run input goes in
    ///   `trigger_payload` (read as `{{input.*}}`), per-step input and entry grants in
    ///   `trigger_steps`; identity params (`external_user_id`, `segment_id`, `team_id`,
    ///   `principal_id`) run it for an end user, or once per member of a segment or team. Keys
    ///   sent directly in `params` (legacy flat params) also become run input. Response:
    ///   `run_id`, `status`, `workflow_id`, `started_at`. A start is never retried
    ///   automatically: a repeated start starts a second run.
    /// - `execute` (Embedded Connect) runs the workflow for one end user (`external_user_id`) or
    ///   once per principal of a segment (`segment_id`). For one user the response is like
    ///   `start`'s; for a segment it is the batch counts `matched`, `started`, `skipped`,
    ///   `failed` and per-principal `results`. An empty segment is `200` with
    ///   `error: segment_empty`.
    /// - `pause` stops scheduling new steps (in-flight steps may finish); `resume` continues a
    ///   paused run and is rejected for any other status. Response: `run_id` and the new
    ///   `status`.
    /// - `stop` ends the run: `immediate` (default) cancels in-flight work, `graceful` lets
    ///   in-flight steps finish while the run is `draining`. Both are terminal. Response:
    ///   `run_id` and the new `status`.
    ///
    /// A principal-scoped step whose end user has not connected the provider rejects the start
    /// with `422` and code `principal_not_connected` (`details.step_name`, `details.provider`);
    /// no run is started and nothing is charged. A command that does not fit the run's status
    /// (resuming a run that is not paused, stopping a finished run) is `409`.
    ///
    /// Requires role `project_contributor`. Sends the client's tenant and project as `X-Tenant-Id`
    /// and `X-Project-Id`. Not idempotent: re-sent only when the server provably did not receive
    /// it.
    ///
    /// Arguments:
    /// - `id`: Workflow id (a UUID).
    /// - `body`
    ///
    /// Sends `POST /v1/workflows/{id}/command` with a `crate::types::RunCommand` body; `send()`
    /// returns a [`RunCommandResult`](types::RunCommandResult).
    ///
    /// ```no_run
    /// # async fn example(client: &agentruntime::Client, id: &str, body: agentruntime::types::RunCommand) -> Result<(), agentruntime::Error> {
    /// let response = client.run_workflow_command(id, body).send().await?;
    /// # let _ = response;
    /// # Ok(())
    /// # }
    /// ```
    pub fn run_workflow_command(
        &self,
        id: impl ::std::convert::TryInto<::std::string::String>,
        body: impl ::std::convert::Into<crate::types::RunCommand>,
    ) -> RunWorkflowCommand<'_> {
        RunWorkflowCommand::new(self, body.into()).id(id)
    }

    /// List runs across the workspace
    ///
    /// The tenant-wide run feed behind the Command Center, newest first, across every project the
    /// caller can read.
    ///
    /// Requires role `project_viewer`. Sends the client's tenant as `X-Tenant-Id`. Idempotent:
    /// retried on transient failures. Paginated by `page_token`: `.stream()` yields every item,
    /// keeping all filters on every page.
    ///
    /// Arguments:
    /// - `limit`: Maximum number of items in one page.
    /// - `page_token`: Opaque cursor from the previous page's `next_page`. Every other filter of
    ///   the first request must be sent again unchanged with it.
    /// - `status`: Only runs in this status.
    /// - `workflow_id`: Only runs of this workflow.
    ///
    /// Sends `GET /v1/runs`; `send()` returns a [`RunPage`](types::RunPage).
    ///
    /// Optional parameters are setters of [`ListRuns`]: [`limit`](ListRuns::limit),
    /// [`page_token`](ListRuns::page_token), [`status`](ListRuns::status),
    /// [`workflow_id`](ListRuns::workflow_id).
    ///
    /// ```no_run
    /// # async fn example(client: &agentruntime::Client) -> Result<(), agentruntime::Error> {
    /// let response = client.list_runs().send().await?;
    /// # let _ = response;
    /// # Ok(())
    /// # }
    /// ```
    pub fn list_runs(&self) -> ListRuns<'_> {
        ListRuns::new(self)
    }

    /// List the runs of one workflow
    ///
    /// Lists the workflow's runs, newest first (`started_at` descending), paged by `limit` and
    /// `offset`; `total` counts every run that matches the filters. Filter with `status`, e.g.
    /// `paused` for the runs waiting for a human.
    ///
    /// Requires role `project_viewer`. Sends the client's tenant and project as `X-Tenant-Id` and
    /// `X-Project-Id`. Idempotent: retried on transient failures. Paginated by `offset`:
    /// `.stream()` yields every item, keeping all filters on every page.
    ///
    /// Arguments:
    /// - `id`: Workflow id (a UUID).
    /// - `limit`: Number of runs in one page.
    /// - `offset`: Number of matching runs to skip. Every other filter of the first request must be
    ///   sent again unchanged with each offset.
    /// - `status`: Only runs in this status.
    ///
    /// Sends `GET /v1/workflows/{id}/runs`; `send()` returns a
    /// [`WorkflowRunPage`](types::WorkflowRunPage).
    ///
    /// Optional parameters are setters of [`ListWorkflowRuns`]: [`limit`](ListWorkflowRuns::limit),
    /// [`offset`](ListWorkflowRuns::offset), [`status`](ListWorkflowRuns::status).
    ///
    /// ```no_run
    /// # async fn example(client: &agentruntime::Client, id: &str) -> Result<(), agentruntime::Error> {
    /// let response = client.list_workflow_runs(id).send().await?;
    /// # let _ = response;
    /// # Ok(())
    /// # }
    /// ```
    pub fn list_workflow_runs(
        &self,
        id: impl ::std::convert::TryInto<::std::string::String>,
    ) -> ListWorkflowRuns<'_> {
        ListWorkflowRuns::new(self).id(id)
    }

    /// Get a run's variables and step results
    ///
    /// Returns the run's input and variables and, per step, its status and result. Runs in episode
    /// mode also carry `custom.episode`.
    ///
    /// Requires role `project_viewer`. Sends the client's tenant and project as `X-Tenant-Id` and
    /// `X-Project-Id`. Idempotent: retried on transient failures.
    ///
    /// Arguments:
    /// - `id`: Workflow id (a UUID).
    /// - `run_id`: Run id (a UUID).
    ///
    /// Sends `GET /v1/workflows/{id}/runs/{runID}/context`; `send()` returns a
    /// [`RunContext`](types::RunContext).
    ///
    /// ```no_run
    /// # async fn example(client: &agentruntime::Client, id: &str, run_id: &str) -> Result<(), agentruntime::Error> {
    /// let response = client.get_run_context(id, run_id).send().await?;
    /// # let _ = response;
    /// # Ok(())
    /// # }
    /// ```
    pub fn get_run_context(
        &self,
        id: impl ::std::convert::TryInto<::std::string::String>,
        run_id: impl ::std::convert::TryInto<::std::string::String>,
    ) -> GetRunContext<'_> {
        GetRunContext::new(self).id(id).run_id(run_id)
    }

    /// Get a run's status summary
    ///
    /// The preferred way to poll a run: its status, orchestration phase and whether it is complete,
    /// without the step results of `get_run_context`.
    ///
    /// Requires role `project_viewer`. Sends the client's tenant and project as `X-Tenant-Id` and
    /// `X-Project-Id`. Idempotent: retried on transient failures.
    ///
    /// Arguments:
    /// - `id`: Workflow id (a UUID).
    /// - `run_id`: Run id (a UUID).
    ///
    /// Sends `GET /v1/workflows/{id}/runs/{run_id}/summary`; `send()` returns a
    /// [`RunSummary`](types::RunSummary).
    ///
    /// ```no_run
    /// # async fn example(client: &agentruntime::Client, id: &str, run_id: &str) -> Result<(), agentruntime::Error> {
    /// let response = client.get_run_summary(id, run_id).send().await?;
    /// # let _ = response;
    /// # Ok(())
    /// # }
    /// ```
    pub fn get_run_summary(
        &self,
        id: impl ::std::convert::TryInto<::std::string::String>,
        run_id: impl ::std::convert::TryInto<::std::string::String>,
    ) -> GetRunSummary<'_> {
        GetRunSummary::new(self).id(id).run_id(run_id)
    }
}

/// Builder for [`Client::run_workflow_command`]
///
/// [`Client::run_workflow_command`]: crate::Client::run_workflow_command
#[derive(Debug, Clone)]
pub struct RunWorkflowCommand<'a> {
    client: &'a crate::Client,
    id: Result<::std::string::String, String>,
    body: Result<crate::types::RunCommand, String>,
}

impl<'a> RunWorkflowCommand<'a> {
    pub(crate) fn new(
        client: &'a crate::Client,
        body: crate::types::RunCommand,
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
    ) -> Result<ResponseValue<types::RunCommandResult>, Error<ByteStream>> {
        let Self { client, id, body } = self;
        let id = id.map_err(Error::InvalidRequest)?;
        let body = body.map_err(Error::InvalidRequest)?;
        let url = format!(
            "{}/v1/workflows/{}/command", client.baseurl, crate ::params::path("id",
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
            operation_id: "run_workflow_command",
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

    /// Sends `POST /v1/workflows/{id}/command` and decodes the response.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::Response<types::RunCommandResult>, crate::Error> {
        let client = self.client;
        crate::transport::send(
                client,
                &crate::metadata::RUN_WORKFLOW_COMMAND,
                self.send_raw(),
            )
            .await
    }

    /// Sends `POST /v1/workflows/{id}/command` with these options for this call (extra headers,
    /// time budget, retry policy) and decodes the response.
    pub async fn send_with(
        self,
        options: crate::RequestOptions,
    ) -> ::std::result::Result<crate::Response<types::RunCommandResult>, crate::Error> {
        let client = self.client;
        crate::transport::send_with(
                client,
                &crate::metadata::RUN_WORKFLOW_COMMAND,
                ::std::option::Option::Some(options),
                self.send_raw(),
            )
            .await
    }
}

/// Builder for [`Client::list_runs`]
///
/// [`Client::list_runs`]: crate::Client::list_runs
#[derive(Debug, Clone)]
pub struct ListRuns<'a> {
    client: &'a crate::Client,
    limit: Result<Option<i32>, String>,
    page_token: Result<Option<::std::string::String>, String>,
    status: Result<Option<types::RunStatus>, String>,
    workflow_id: Result<Option<::std::string::String>, String>,
}

impl<'a> ListRuns<'a> {
    pub(crate) fn new(client: &'a crate::Client) -> Self {
        Self {
            client: client,
            limit: Ok(None),
            page_token: Ok(None),
            status: Ok(None),
            workflow_id: Ok(None),
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

    /// Sets the optional query parameter `status`.
    ///
    /// Only runs in this status.
    pub fn status<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<types::RunStatus>,
    {
        self.status = value
            .try_into()
            .map(Some)
            .map_err(|_| "conversion to `RunStatus` for status failed".to_string());
        self
    }

    /// Sets the optional query parameter `workflow_id`.
    ///
    /// Only runs of this workflow.
    pub fn workflow_id<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<::std::string::String>,
    {
        self.workflow_id = value
            .try_into()
            .map(Some)
            .map_err(|_| {
                "conversion to `:: std :: string :: String` for workflow_id failed"
                    .to_string()
            });
        self
    }

    async fn send_raw(self) -> Result<ResponseValue<types::RunPage>, Error<ByteStream>> {
        let Self { client, limit, page_token, status, workflow_id } = self;
        let limit = limit.map_err(Error::InvalidRequest)?;
        let page_token = page_token.map_err(Error::InvalidRequest)?;
        let status = status.map_err(Error::InvalidRequest)?;
        let workflow_id = workflow_id.map_err(Error::InvalidRequest)?;
        let url = format!("{}/v1/runs", client.baseurl,);
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
        query.push("status", &status, crate::params::QueryStyle::Form, true, false)?;
        query
            .push(
                "workflow_id",
                &workflow_id,
                crate::params::QueryStyle::Form,
                true,
                false,
            )?;
        query.apply(&mut request);
        let info = OperationInfo {
            operation_id: "list_runs",
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

    /// Sends `GET /v1/runs` and decodes the response.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::Response<types::RunPage>, crate::Error> {
        let client = self.client;
        crate::transport::send(client, &crate::metadata::LIST_RUNS, self.send_raw())
            .await
    }

    /// Sends `GET /v1/runs` with these options for this call (extra headers, time budget, retry
    /// policy) and decodes the response.
    pub async fn send_with(
        self,
        options: crate::RequestOptions,
    ) -> ::std::result::Result<crate::Response<types::RunPage>, crate::Error> {
        let client = self.client;
        crate::transport::send_with(
                client,
                &crate::metadata::LIST_RUNS,
                ::std::option::Option::Some(options),
                self.send_raw(),
            )
            .await
    }

    /// Streams every item of every page of `GET /v1/runs`, in order. Each page is requested with
    /// this builder's filters and the previous page's `next_page` as `page_token`; the stream ends
    /// after the last page.
    pub fn stream(
        self,
    ) -> impl ::futures::Stream<
        Item = ::std::result::Result<
            <types::RunPage as crate::pagination::Page>::Item,
            crate::Error,
        >,
    > + ::std::marker::Unpin + 'a {
        crate::pagination::items(self.pages())
    }

    /// Streams the pages of `GET /v1/runs` (see [`RunPage`](crate::types::RunPage)), each with its
    /// response metadata.
    pub fn pages(
        self,
    ) -> impl ::futures::Stream<
        Item = ::std::result::Result<crate::Response<types::RunPage>, crate::Error>,
    > + ::std::marker::Unpin + 'a {
        crate::pagination::by_cursor(
            self,
            Self::send,
            |builder, cursor| builder.page_token(cursor),
        )
    }
}

/// Builder for [`Client::list_workflow_runs`]
///
/// [`Client::list_workflow_runs`]: crate::Client::list_workflow_runs
#[derive(Debug, Clone)]
pub struct ListWorkflowRuns<'a> {
    client: &'a crate::Client,
    id: Result<::std::string::String, String>,
    limit: Result<Option<i32>, String>,
    offset: Result<Option<i32>, String>,
    status: Result<Option<types::RunStatus>, String>,
}

impl<'a> ListWorkflowRuns<'a> {
    pub(crate) fn new(client: &'a crate::Client) -> Self {
        Self {
            client: client,
            id: Err("id was not initialized".to_string()),
            limit: Ok(None),
            offset: Ok(None),
            status: Ok(None),
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
    /// Number of runs in one page.
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

    /// Sets the optional query parameter `offset`.
    ///
    /// Number of matching runs to skip. Every other filter of the first request must be sent again
    /// unchanged with each offset.
    pub fn offset<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<i32>,
    {
        self.offset = value
            .try_into()
            .map(Some)
            .map_err(|_| "conversion to `i32` for offset failed".to_string());
        self
    }

    /// Sets the optional query parameter `status`.
    ///
    /// Only runs in this status.
    pub fn status<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<types::RunStatus>,
    {
        self.status = value
            .try_into()
            .map(Some)
            .map_err(|_| "conversion to `RunStatus` for status failed".to_string());
        self
    }

    async fn send_raw(
        self,
    ) -> Result<ResponseValue<types::WorkflowRunPage>, Error<ByteStream>> {
        let Self { client, id, limit, offset, status } = self;
        let id = id.map_err(Error::InvalidRequest)?;
        let limit = limit.map_err(Error::InvalidRequest)?;
        let offset = offset.map_err(Error::InvalidRequest)?;
        let status = status.map_err(Error::InvalidRequest)?;
        let url = format!(
            "{}/v1/workflows/{}/runs", client.baseurl, crate ::params::path("id", crate
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
        let mut query = crate::params::Query::new();
        query.push("limit", &limit, crate::params::QueryStyle::Form, true, false)?;
        query.push("offset", &offset, crate::params::QueryStyle::Form, true, false)?;
        query.push("status", &status, crate::params::QueryStyle::Form, true, false)?;
        query.apply(&mut request);
        let info = OperationInfo {
            operation_id: "list_workflow_runs",
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

    /// Sends `GET /v1/workflows/{id}/runs` and decodes the response.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::Response<types::WorkflowRunPage>, crate::Error> {
        let client = self.client;
        crate::transport::send(
                client,
                &crate::metadata::LIST_WORKFLOW_RUNS,
                self.send_raw(),
            )
            .await
    }

    /// Sends `GET /v1/workflows/{id}/runs` with these options for this call (extra headers, time
    /// budget, retry policy) and decodes the response.
    pub async fn send_with(
        self,
        options: crate::RequestOptions,
    ) -> ::std::result::Result<crate::Response<types::WorkflowRunPage>, crate::Error> {
        let client = self.client;
        crate::transport::send_with(
                client,
                &crate::metadata::LIST_WORKFLOW_RUNS,
                ::std::option::Option::Some(options),
                self.send_raw(),
            )
            .await
    }

    /// Streams every item of every page of `GET /v1/workflows/{id}/runs`, in order. Each page is
    /// requested with this builder's filters and the next `offset`; the stream ends after the last
    /// page.
    pub fn stream(
        self,
    ) -> impl ::futures::Stream<
        Item = ::std::result::Result<
            <types::WorkflowRunPage as crate::pagination::Page>::Item,
            crate::Error,
        >,
    > + ::std::marker::Unpin + 'a {
        crate::pagination::items(self.pages())
    }

    /// Streams the pages of `GET /v1/workflows/{id}/runs` (see
    /// [`WorkflowRunPage`](crate::types::WorkflowRunPage)), each with its response metadata.
    pub fn pages(
        self,
    ) -> impl ::futures::Stream<
        Item = ::std::result::Result<
            crate::Response<types::WorkflowRunPage>,
            crate::Error,
        >,
    > + ::std::marker::Unpin + 'a {
        let start = self
            .offset
            .as_ref()
            .ok()
            .and_then(|v| v.as_ref())
            .and_then(|v| u64::try_from(*v).ok())
            .unwrap_or(0);
        let limit = self
            .limit
            .as_ref()
            .ok()
            .and_then(|v| v.as_ref())
            .and_then(|v| u64::try_from(*v).ok());
        crate::pagination::by_offset(
            self,
            Self::send,
            |builder, offset| builder.offset(offset),
            start,
            limit,
        )
    }
}

/// Builder for [`Client::get_run_context`]
///
/// [`Client::get_run_context`]: crate::Client::get_run_context
#[derive(Debug, Clone)]
pub struct GetRunContext<'a> {
    client: &'a crate::Client,
    id: Result<::std::string::String, String>,
    run_id: Result<::std::string::String, String>,
}

impl<'a> GetRunContext<'a> {
    pub(crate) fn new(client: &'a crate::Client) -> Self {
        Self {
            client: client,
            id: Err("id was not initialized".to_string()),
            run_id: Err("run_id was not initialized".to_string()),
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

    async fn send_raw(
        self,
    ) -> Result<ResponseValue<types::RunContext>, Error<ByteStream>> {
        let Self { client, id, run_id } = self;
        let id = id.map_err(Error::InvalidRequest)?;
        let run_id = run_id.map_err(Error::InvalidRequest)?;
        let url = format!(
            "{}/v1/workflows/{}/runs/{}/context", client.baseurl, crate
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
        let info = OperationInfo {
            operation_id: "get_run_context",
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

    /// Sends `GET /v1/workflows/{id}/runs/{runID}/context` and decodes the response.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::Response<types::RunContext>, crate::Error> {
        let client = self.client;
        crate::transport::send(
                client,
                &crate::metadata::GET_RUN_CONTEXT,
                self.send_raw(),
            )
            .await
    }

    /// Sends `GET /v1/workflows/{id}/runs/{runID}/context` with these options for this call (extra
    /// headers, time budget, retry policy) and decodes the response.
    pub async fn send_with(
        self,
        options: crate::RequestOptions,
    ) -> ::std::result::Result<crate::Response<types::RunContext>, crate::Error> {
        let client = self.client;
        crate::transport::send_with(
                client,
                &crate::metadata::GET_RUN_CONTEXT,
                ::std::option::Option::Some(options),
                self.send_raw(),
            )
            .await
    }
}

/// Builder for [`Client::get_run_summary`]
///
/// [`Client::get_run_summary`]: crate::Client::get_run_summary
#[derive(Debug, Clone)]
pub struct GetRunSummary<'a> {
    client: &'a crate::Client,
    id: Result<::std::string::String, String>,
    run_id: Result<::std::string::String, String>,
}

impl<'a> GetRunSummary<'a> {
    pub(crate) fn new(client: &'a crate::Client) -> Self {
        Self {
            client: client,
            id: Err("id was not initialized".to_string()),
            run_id: Err("run_id was not initialized".to_string()),
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

    /// Sets the required path parameter `run_id`.
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

    async fn send_raw(
        self,
    ) -> Result<ResponseValue<types::RunSummary>, Error<ByteStream>> {
        let Self { client, id, run_id } = self;
        let id = id.map_err(Error::InvalidRequest)?;
        let run_id = run_id.map_err(Error::InvalidRequest)?;
        let url = format!(
            "{}/v1/workflows/{}/runs/{}/summary", client.baseurl, crate
            ::params::path("id", crate ::params::PathStyle::Simple, false, & id) ?, crate
            ::params::path("run_id", crate ::params::PathStyle::Simple, false, & run_id)
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
        let info = OperationInfo {
            operation_id: "get_run_summary",
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

    /// Sends `GET /v1/workflows/{id}/runs/{run_id}/summary` and decodes the response.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::Response<types::RunSummary>, crate::Error> {
        let client = self.client;
        crate::transport::send(
                client,
                &crate::metadata::GET_RUN_SUMMARY,
                self.send_raw(),
            )
            .await
    }

    /// Sends `GET /v1/workflows/{id}/runs/{run_id}/summary` with these options for this call (extra
    /// headers, time budget, retry policy) and decodes the response.
    pub async fn send_with(
        self,
        options: crate::RequestOptions,
    ) -> ::std::result::Result<crate::Response<types::RunSummary>, crate::Error> {
        let client = self.client;
        crate::transport::send_with(
                client,
                &crate::metadata::GET_RUN_SUMMARY,
                ::std::option::Option::Some(options),
                self.send_raw(),
            )
            .await
    }
}

// @generated operations of the `tasks` area by agentruntime-generator 0.1.0. Do not edit by hand.
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

/// # Tasks
///
/// Human-in-the-loop tasks: the pending inboxes and completing a task.
impl crate::Client {
    /// List pending human tasks across the workspace
    ///
    /// The workspace-wide human-task inbox: every task still waiting for a decision, across the
    /// projects the caller can read, oldest first. Complete a task with `complete_task`, using the
    /// item's `project_id` as the project context. Not paginated; the body is taken to be
    /// `{"tasks": [...]}` like the run-level list (the docs show none).
    ///
    /// Requires role `project_viewer`. Sends the client's tenant as `X-Tenant-Id`. Idempotent:
    /// retried on transient failures.
    ///
    /// Sends `GET /v1/tasks/pending`; `send()` returns a
    /// [`PendingTaskList`](types::PendingTaskList).
    ///
    /// ```no_run
    /// # async fn example(client: &agentruntime::Client) -> Result<(), agentruntime::Error> {
    /// let response = client.list_pending_tasks().send().await?;
    /// # let _ = response;
    /// # Ok(())
    /// # }
    /// ```
    pub fn list_pending_tasks(&self) -> ListPendingTasks<'_> {
        ListPendingTasks::new(self)
    }

    /// List pending human tasks of one run
    ///
    /// The tasks of one run still waiting for a decision, oldest first, all in one `{"tasks":
    /// [...]}` body (not paginated).
    ///
    /// Requires role `project_contributor`. Sends the client's tenant and project as `X-Tenant-Id`
    /// and `X-Project-Id`. Idempotent: retried on transient failures.
    ///
    /// Arguments:
    /// - `id`: Workflow id (a UUID).
    /// - `run_id`: Run id (a UUID).
    ///
    /// Sends `GET /v1/workflows/{id}/runs/{runID}/tasks/pending`; `send()` returns a
    /// [`PendingTaskList`](types::PendingTaskList).
    ///
    /// ```no_run
    /// # async fn example(client: &agentruntime::Client, id: &str, run_id: &str) -> Result<(), agentruntime::Error> {
    /// let response = client.list_run_pending_tasks(id, run_id).send().await?;
    /// # let _ = response;
    /// # Ok(())
    /// # }
    /// ```
    pub fn list_run_pending_tasks(
        &self,
        id: impl ::std::convert::TryInto<::std::string::String>,
        run_id: impl ::std::convert::TryInto<::std::string::String>,
    ) -> ListRunPendingTasks<'_> {
        ListRunPendingTasks::new(self).id(id).run_id(run_id)
    }

    /// Approve or reject a human task
    ///
    /// Records the decision on a pending task and lets the run continue. `approved` and the keys of
    /// `result` are merged into the human_task step's result, so downstream steps read
    /// `{{steps.<step>.result.approved}}`. The Console sends only `approved`. Completing a task
    /// that is no longer pending is `409`.
    ///
    /// Requires role `project_contributor`. Sends the client's tenant and project as `X-Tenant-Id`
    /// and `X-Project-Id`. Not idempotent: re-sent only when the server provably did not receive
    /// it.
    ///
    /// Arguments:
    /// - `id`: Workflow id (a UUID).
    /// - `run_id`: Run id (a UUID).
    /// - `task_id`: Task id; the id of the human_task step.
    /// - `body`
    ///
    /// Sends `POST /v1/workflows/{id}/runs/{runID}/tasks/{task_id}/complete` with a
    /// [`TaskCompletionRequest`](types::TaskCompletionRequest) body; `send()` returns a
    /// [`TaskCompletion`](types::TaskCompletion).
    ///
    /// ```no_run
    /// # async fn example(client: &agentruntime::Client, id: &str, run_id: &str, task_id: &str, body: agentruntime::types::TaskCompletionRequest) -> Result<(), agentruntime::Error> {
    /// let response = client.complete_task(id, run_id, task_id, body).send().await?;
    /// # let _ = response;
    /// # Ok(())
    /// # }
    /// ```
    pub fn complete_task(
        &self,
        id: impl ::std::convert::TryInto<::std::string::String>,
        run_id: impl ::std::convert::TryInto<::std::string::String>,
        task_id: impl ::std::convert::TryInto<::std::string::String>,
        body: impl ::std::convert::Into<types::TaskCompletionRequest>,
    ) -> CompleteTask<'_> {
        CompleteTask::new(self, body.into()).id(id).run_id(run_id).task_id(task_id)
    }
}

/// Builder for [`Client::list_pending_tasks`]
///
/// [`Client::list_pending_tasks`]: crate::Client::list_pending_tasks
#[derive(Debug, Clone)]
pub struct ListPendingTasks<'a> {
    client: &'a crate::Client,
}

impl<'a> ListPendingTasks<'a> {
    pub(crate) fn new(client: &'a crate::Client) -> Self {
        Self { client: client }
    }

    async fn send_raw(
        self,
    ) -> Result<ResponseValue<types::PendingTaskList>, Error<ByteStream>> {
        let Self { client } = self;
        let url = format!("{}/v1/tasks/pending", client.baseurl,);
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
            operation_id: "list_pending_tasks",
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

    /// Sends `GET /v1/tasks/pending` and decodes the response.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::Response<types::PendingTaskList>, crate::Error> {
        let client = self.client;
        crate::transport::send(
                client,
                &crate::metadata::LIST_PENDING_TASKS,
                self.send_raw(),
            )
            .await
    }

    /// Sends `GET /v1/tasks/pending` with these options for this call (extra headers, time budget,
    /// retry policy) and decodes the response.
    pub async fn send_with(
        self,
        options: crate::RequestOptions,
    ) -> ::std::result::Result<crate::Response<types::PendingTaskList>, crate::Error> {
        let client = self.client;
        crate::transport::send_with(
                client,
                &crate::metadata::LIST_PENDING_TASKS,
                ::std::option::Option::Some(options),
                self.send_raw(),
            )
            .await
    }
}

/// Builder for [`Client::list_run_pending_tasks`]
///
/// [`Client::list_run_pending_tasks`]: crate::Client::list_run_pending_tasks
#[derive(Debug, Clone)]
pub struct ListRunPendingTasks<'a> {
    client: &'a crate::Client,
    id: Result<::std::string::String, String>,
    run_id: Result<::std::string::String, String>,
}

impl<'a> ListRunPendingTasks<'a> {
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
    ) -> Result<ResponseValue<types::PendingTaskList>, Error<ByteStream>> {
        let Self { client, id, run_id } = self;
        let id = id.map_err(Error::InvalidRequest)?;
        let run_id = run_id.map_err(Error::InvalidRequest)?;
        let url = format!(
            "{}/v1/workflows/{}/runs/{}/tasks/pending", client.baseurl, crate
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
            operation_id: "list_run_pending_tasks",
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

    /// Sends `GET /v1/workflows/{id}/runs/{runID}/tasks/pending` and decodes the response.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::Response<types::PendingTaskList>, crate::Error> {
        let client = self.client;
        crate::transport::send(
                client,
                &crate::metadata::LIST_RUN_PENDING_TASKS,
                self.send_raw(),
            )
            .await
    }

    /// Sends `GET /v1/workflows/{id}/runs/{runID}/tasks/pending` with these options for this call
    /// (extra headers, time budget, retry policy) and decodes the response.
    pub async fn send_with(
        self,
        options: crate::RequestOptions,
    ) -> ::std::result::Result<crate::Response<types::PendingTaskList>, crate::Error> {
        let client = self.client;
        crate::transport::send_with(
                client,
                &crate::metadata::LIST_RUN_PENDING_TASKS,
                ::std::option::Option::Some(options),
                self.send_raw(),
            )
            .await
    }
}

/// Builder for [`Client::complete_task`]
///
/// [`Client::complete_task`]: crate::Client::complete_task
#[derive(Debug, Clone)]
pub struct CompleteTask<'a> {
    client: &'a crate::Client,
    id: Result<::std::string::String, String>,
    run_id: Result<::std::string::String, String>,
    task_id: Result<::std::string::String, String>,
    body: Result<types::TaskCompletionRequest, String>,
}

impl<'a> CompleteTask<'a> {
    pub(crate) fn new(
        client: &'a crate::Client,
        body: types::TaskCompletionRequest,
    ) -> Self {
        Self {
            client: client,
            id: Err("id was not initialized".to_string()),
            run_id: Err("run_id was not initialized".to_string()),
            task_id: Err("task_id was not initialized".to_string()),
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

    /// Sets the required path parameter `task_id`.
    ///
    /// Task id; the id of the human_task step.
    fn task_id<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<::std::string::String>,
    {
        self.task_id = value
            .try_into()
            .map_err(|_| {
                "conversion to `:: std :: string :: String` for task_id failed"
                    .to_string()
            });
        self
    }

    async fn send_raw(
        self,
    ) -> Result<ResponseValue<types::TaskCompletion>, Error<ByteStream>> {
        let Self { client, id, run_id, task_id, body } = self;
        let id = id.map_err(Error::InvalidRequest)?;
        let run_id = run_id.map_err(Error::InvalidRequest)?;
        let task_id = task_id.map_err(Error::InvalidRequest)?;
        let body = body
            .and_then(|v| {
                types::TaskCompletionRequest::try_from(v).map_err(|e| e.to_string())
            })
            .map_err(Error::InvalidRequest)?;
        let url = format!(
            "{}/v1/workflows/{}/runs/{}/tasks/{}/complete", client.baseurl, crate
            ::params::path("id", crate ::params::PathStyle::Simple, false, & id) ?, crate
            ::params::path("runID", crate ::params::PathStyle::Simple, false, & run_id)
            ?, crate ::params::path("task_id", crate ::params::PathStyle::Simple, false,
            & task_id) ?,
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
            operation_id: "complete_task",
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

    /// Sends `POST /v1/workflows/{id}/runs/{runID}/tasks/{task_id}/complete` and decodes the
    /// response.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::Response<types::TaskCompletion>, crate::Error> {
        let client = self.client;
        crate::transport::send(client, &crate::metadata::COMPLETE_TASK, self.send_raw())
            .await
    }

    /// Sends `POST /v1/workflows/{id}/runs/{runID}/tasks/{task_id}/complete` with these options for
    /// this call (extra headers, time budget, retry policy) and decodes the response.
    pub async fn send_with(
        self,
        options: crate::RequestOptions,
    ) -> ::std::result::Result<crate::Response<types::TaskCompletion>, crate::Error> {
        let client = self.client;
        crate::transport::send_with(
                client,
                &crate::metadata::COMPLETE_TASK,
                ::std::option::Option::Some(options),
                self.send_raw(),
            )
            .await
    }
}

// @generated operations of the `workflows` area by agentruntime-generator 0.1.0. Do not edit by hand.
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

/// # Workflows
///
/// Workflow definitions: drafts and their graphs, published versions, static validation (dry-run)
/// and the deprecated connection overrides.
impl crate::Client {
    /// List workflows
    ///
    /// Lists all of the project's workflows, most recently updated first (`updated_at` descending).
    /// The list is not paginated: the vendor's site document shows one `{"workflows": [...]}` body
    /// and no paging parameters.
    ///
    /// Requires role `project_viewer`. Sends the client's tenant and project as `X-Tenant-Id` and
    /// `X-Project-Id`. Idempotent: retried on transient failures.
    ///
    /// Arguments:
    /// - `status`: Only workflows in this lifecycle status (a filter no source documents).
    ///
    /// Sends `GET /v1/workflows`; `send()` returns a [`WorkflowList`](types::WorkflowList).
    ///
    /// Optional parameters are setters of [`ListWorkflows`]: [`status`](ListWorkflows::status).
    ///
    /// ```no_run
    /// # async fn example(client: &agentruntime::Client) -> Result<(), agentruntime::Error> {
    /// let response = client.list_workflows().send().await?;
    /// # let _ = response;
    /// # Ok(())
    /// # }
    /// ```
    pub fn list_workflows(&self) -> ListWorkflows<'_> {
        ListWorkflows::new(self)
    }

    /// Create a draft workflow with its graph
    ///
    /// Creates a workflow in `draft` status. The draft can be edited with `update_workflow`; runs
    /// need a published version (`publish_workflow_version`).
    ///
    /// Requires role `project_contributor`. Sends the client's tenant and project as `X-Tenant-Id`
    /// and `X-Project-Id`. Not idempotent: re-sent only when the server provably did not receive
    /// it.
    ///
    /// Sends `POST /v1/workflows` with a [`WorkflowCreate`](types::WorkflowCreate) body; `send()`
    /// returns a [`Workflow`](types::Workflow).
    ///
    /// ```no_run
    /// # async fn example(client: &agentruntime::Client, body: agentruntime::types::WorkflowCreate) -> Result<(), agentruntime::Error> {
    /// let response = client.create_workflow(body).send().await?;
    /// # let _ = response;
    /// # Ok(())
    /// # }
    /// ```
    pub fn create_workflow(
        &self,
        body: impl ::std::convert::Into<types::WorkflowCreate>,
    ) -> CreateWorkflow<'_> {
        CreateWorkflow::new(self, body.into())
    }

    /// Get one workflow and its graph
    ///
    /// Returns the workflow with its current draft graph and saved run-setup defaults.
    ///
    /// Requires role `project_viewer`. Sends the client's tenant and project as `X-Tenant-Id` and
    /// `X-Project-Id`. Idempotent: retried on transient failures.
    ///
    /// Arguments:
    /// - `id`: Workflow id (a UUID).
    ///
    /// Sends `GET /v1/workflows/{id}`; `send()` returns a [`Workflow`](types::Workflow).
    ///
    /// ```no_run
    /// # async fn example(client: &agentruntime::Client, id: &str) -> Result<(), agentruntime::Error> {
    /// let response = client.get_workflow(id).send().await?;
    /// # let _ = response;
    /// # Ok(())
    /// # }
    /// ```
    pub fn get_workflow(
        &self,
        id: impl ::std::convert::TryInto<::std::string::String>,
    ) -> GetWorkflow<'_> {
        GetWorkflow::new(self).id(id)
    }

    /// Archive a workflow
    ///
    /// Soft-deletes the workflow: it moves to `archived` and its definition is kept for run
    /// history. No restore endpoint exists yet.
    ///
    /// Requires role `project_contributor`. Sends the client's tenant and project as `X-Tenant-Id`
    /// and `X-Project-Id`. Idempotent: retried on transient failures.
    ///
    /// Arguments:
    /// - `id`: Workflow id (a UUID).
    ///
    /// Sends `DELETE /v1/workflows/{id}`; `send()` returns no body.
    ///
    /// ```no_run
    /// # async fn example(client: &agentruntime::Client, id: &str) -> Result<(), agentruntime::Error> {
    /// let response = client.archive_workflow(id).send().await?;
    /// # let _ = response;
    /// # Ok(())
    /// # }
    /// ```
    pub fn archive_workflow(
        &self,
        id: impl ::std::convert::TryInto<::std::string::String>,
    ) -> ArchiveWorkflow<'_> {
        ArchiveWorkflow::new(self).id(id)
    }

    /// Update the draft graph or the saved run-setup defaults
    ///
    /// Updates the draft: name, description, graph, or the saved run-setup defaults
    /// (`run_setup_json`). Fields left out keep their values. Published versions never change;
    /// publish again to make a new draft graph runnable. The run-setup defaults pre-fill the Studio
    /// run form; trigger fires ignore them, and API starts apply them only with the deprecated
    /// `use_run_setup_defaults` flag.
    ///
    /// Requires role `project_contributor`. Sends the client's tenant and project as `X-Tenant-Id`
    /// and `X-Project-Id`. Not idempotent: re-sent only when the server provably did not receive
    /// it.
    ///
    /// Arguments:
    /// - `id`: Workflow id (a UUID).
    /// - `body`
    ///
    /// Sends `PATCH /v1/workflows/{id}` with a [`WorkflowUpdate`](types::WorkflowUpdate) body;
    /// `send()` returns a [`Workflow`](types::Workflow).
    ///
    /// ```no_run
    /// # async fn example(client: &agentruntime::Client, id: &str, body: agentruntime::types::WorkflowUpdate) -> Result<(), agentruntime::Error> {
    /// let response = client.update_workflow(id, body).send().await?;
    /// # let _ = response;
    /// # Ok(())
    /// # }
    /// ```
    pub fn update_workflow(
        &self,
        id: impl ::std::convert::TryInto<::std::string::String>,
        body: impl ::std::convert::Into<types::WorkflowUpdate>,
    ) -> UpdateWorkflow<'_> {
        UpdateWorkflow::new(self, body.into()).id(id)
    }

    /// List published versions
    ///
    /// Lists the workflow's published versions, newest first.
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
    /// Sends `GET /v1/workflows/{id}/versions`; `send()` returns a
    /// [`WorkflowVersionPage`](types::WorkflowVersionPage).
    ///
    /// Optional parameters are setters of [`ListWorkflowVersions`]:
    /// [`limit`](ListWorkflowVersions::limit), [`page_token`](ListWorkflowVersions::page_token).
    ///
    /// ```no_run
    /// # async fn example(client: &agentruntime::Client, id: &str) -> Result<(), agentruntime::Error> {
    /// let response = client.list_workflow_versions(id).send().await?;
    /// # let _ = response;
    /// # Ok(())
    /// # }
    /// ```
    pub fn list_workflow_versions(
        &self,
        id: impl ::std::convert::TryInto<::std::string::String>,
    ) -> ListWorkflowVersions<'_> {
        ListWorkflowVersions::new(self).id(id)
    }

    /// Publish an immutable version
    ///
    /// Snapshots the current draft graph as the next immutable version. New runs use the latest
    /// published version. Publishing does not run a dry-run itself; validate first with
    /// `validate_workflow`.
    ///
    /// Requires role `project_contributor`. Sends the client's tenant and project as `X-Tenant-Id`
    /// and `X-Project-Id`. Not idempotent: re-sent only when the server provably did not receive
    /// it.
    ///
    /// Arguments:
    /// - `id`: Workflow id (a UUID).
    /// - `body`
    ///
    /// Sends `POST /v1/workflows/{id}/versions` with a
    /// [`WorkflowVersionPublish`](types::WorkflowVersionPublish) body; `send()` returns a
    /// [`WorkflowVersion`](types::WorkflowVersion).
    ///
    /// ```no_run
    /// # async fn example(client: &agentruntime::Client, id: &str, body: agentruntime::types::WorkflowVersionPublish) -> Result<(), agentruntime::Error> {
    /// let response = client.publish_workflow_version(id, body).send().await?;
    /// # let _ = response;
    /// # Ok(())
    /// # }
    /// ```
    pub fn publish_workflow_version(
        &self,
        id: impl ::std::convert::TryInto<::std::string::String>,
        body: impl ::std::convert::Into<types::WorkflowVersionPublish>,
    ) -> PublishWorkflowVersion<'_> {
        PublishWorkflowVersion::new(self, body.into()).id(id)
    }

    /// Validate a graph statically (dry-run)
    ///
    /// Runs static checks on a graph without executing it: schema, dependencies, step config,
    /// templates, Lua syntax, MCP bindings and more (`checks` replaces the default set,
    /// `skip_checks` removes from it). The result is stored per `(workflow_id, graph_hash)` and can
    /// be read back with `get_latest_graph_dry_run`.
    ///
    /// A graph that fails validation is a normal `200` response with `valid: false` and the
    /// findings in `issues`; `422` means the request itself could not be understood as a validation
    /// request.
    ///
    /// Requires role `project_contributor`. Sends the client's tenant and project as `X-Tenant-Id`
    /// and `X-Project-Id`. Idempotent: retried on transient failures.
    ///
    /// Arguments:
    /// - `id`: Workflow id (a UUID).
    /// - `body`
    ///
    /// Sends `POST /v1/workflows/{id}/validate` with a
    /// [`ValidateWorkflowRequest`](types::ValidateWorkflowRequest) body; `send()` returns a
    /// [`WorkflowValidation`](types::WorkflowValidation).
    ///
    /// ```no_run
    /// # async fn example(client: &agentruntime::Client, id: &str, body: agentruntime::types::ValidateWorkflowRequest) -> Result<(), agentruntime::Error> {
    /// let response = client.validate_workflow(id, body).send().await?;
    /// # let _ = response;
    /// # Ok(())
    /// # }
    /// ```
    pub fn validate_workflow(
        &self,
        id: impl ::std::convert::TryInto<::std::string::String>,
        body: impl ::std::convert::Into<types::ValidateWorkflowRequest>,
    ) -> ValidateWorkflow<'_> {
        ValidateWorkflow::new(self, body.into()).id(id)
    }

    /// Get the latest stored validation result
    ///
    /// Returns the most recent stored `validate_workflow` result for this workflow. With
    /// `graph_hash`, only a result for exactly that graph counts; use it to check whether the graph
    /// you are about to publish has already passed.
    ///
    /// Requires role `project_viewer`. Sends the client's tenant and project as `X-Tenant-Id` and
    /// `X-Project-Id`. Idempotent: retried on transient failures.
    ///
    /// Arguments:
    /// - `id`: Workflow id (a UUID).
    /// - `graph_hash`: Only a result stored for this graph hash (`validation_evidence.graph_hash`
    ///   of a validation result). Without it, the latest result for any graph of the workflow.
    ///
    /// Sends `GET /v1/workflows/{id}/graph-dry-runs`; `send()` returns a
    /// [`WorkflowValidation`](types::WorkflowValidation).
    ///
    /// Optional parameters are setters of [`GetLatestGraphDryRun`]:
    /// [`graph_hash`](GetLatestGraphDryRun::graph_hash).
    ///
    /// ```no_run
    /// # async fn example(client: &agentruntime::Client, id: &str) -> Result<(), agentruntime::Error> {
    /// let response = client.get_latest_graph_dry_run(id).send().await?;
    /// # let _ = response;
    /// # Ok(())
    /// # }
    /// ```
    pub fn get_latest_graph_dry_run(
        &self,
        id: impl ::std::convert::TryInto<::std::string::String>,
    ) -> GetLatestGraphDryRun<'_> {
        GetLatestGraphDryRun::new(self).id(id)
    }

    /// List connection overrides (deprecated)
    ///
    /// Lists the workflow's connection overrides: which connection each MCP instance uses in this
    /// workflow instead of its default. API-only. Documented only in earlier revisions of the docs;
    /// the latest docs dropped this route, so it may be removed.
    ///
    /// Requires role `project_viewer`. Sends the client's tenant and project as `X-Tenant-Id` and
    /// `X-Project-Id`. Idempotent: retried on transient failures.
    ///
    /// Arguments:
    /// - `id`: Workflow id (a UUID).
    ///
    /// Sends `GET /v1/workflows/{id}/connection-overrides`; `send()` returns a
    /// [`WorkflowConnectionOverrideList`](types::WorkflowConnectionOverrideList).
    ///
    /// ```no_run
    /// # async fn example(client: &agentruntime::Client, id: &str) -> Result<(), agentruntime::Error> {
    /// let response = client.list_connection_overrides(id).send().await?;
    /// # let _ = response;
    /// # Ok(())
    /// # }
    /// ```
    #[deprecated(note = "deprecated in the API spec")]
    pub fn list_connection_overrides(
        &self,
        id: impl ::std::convert::TryInto<::std::string::String>,
    ) -> ListConnectionOverrides<'_> {
        ListConnectionOverrides::new(self).id(id)
    }

    /// Replace the connection override map (deprecated)
    ///
    /// Replaces all of the workflow's connection overrides with the given list; an empty list
    /// removes them all. API-only. Documented only in earlier revisions of the docs; the latest
    /// docs dropped this route, so it may be removed.
    ///
    /// Requires role `project_contributor`. Sends the client's tenant and project as `X-Tenant-Id`
    /// and `X-Project-Id`. Idempotent: retried on transient failures.
    ///
    /// Arguments:
    /// - `id`: Workflow id (a UUID).
    /// - `body`
    ///
    /// Sends `PUT /v1/workflows/{id}/connection-overrides` with a
    /// [`WorkflowConnectionOverridesReplace`](types::WorkflowConnectionOverridesReplace) body;
    /// `send()` returns a
    /// [`WorkflowConnectionOverridesStatus`](types::WorkflowConnectionOverridesStatus).
    ///
    /// ```no_run
    /// # async fn example(client: &agentruntime::Client, id: &str, body: agentruntime::types::WorkflowConnectionOverridesReplace) -> Result<(), agentruntime::Error> {
    /// let response = client.replace_connection_overrides(id, body).send().await?;
    /// # let _ = response;
    /// # Ok(())
    /// # }
    /// ```
    #[deprecated(note = "deprecated in the API spec")]
    pub fn replace_connection_overrides(
        &self,
        id: impl ::std::convert::TryInto<::std::string::String>,
        body: impl ::std::convert::Into<types::WorkflowConnectionOverridesReplace>,
    ) -> ReplaceConnectionOverrides<'_> {
        ReplaceConnectionOverrides::new(self, body.into()).id(id)
    }
}

/// Builder for [`Client::list_workflows`]
///
/// [`Client::list_workflows`]: crate::Client::list_workflows
#[derive(Debug, Clone)]
pub struct ListWorkflows<'a> {
    client: &'a crate::Client,
    status: Result<Option<types::WorkflowStatus>, String>,
}

impl<'a> ListWorkflows<'a> {
    pub(crate) fn new(client: &'a crate::Client) -> Self {
        Self {
            client: client,
            status: Ok(None),
        }
    }

    /// Sets the optional query parameter `status`.
    ///
    /// Only workflows in this lifecycle status (a filter no source documents).
    pub fn status<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<types::WorkflowStatus>,
    {
        self.status = value
            .try_into()
            .map(Some)
            .map_err(|_| "conversion to `WorkflowStatus` for status failed".to_string());
        self
    }

    async fn send_raw(
        self,
    ) -> Result<ResponseValue<types::WorkflowList>, Error<ByteStream>> {
        let Self { client, status } = self;
        let status = status.map_err(Error::InvalidRequest)?;
        let url = format!("{}/v1/workflows", client.baseurl,);
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
        query.push("status", &status, crate::params::QueryStyle::Form, true, false)?;
        query.apply(&mut request);
        let info = OperationInfo {
            operation_id: "list_workflows",
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

    /// Sends `GET /v1/workflows` and decodes the response.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::Response<types::WorkflowList>, crate::Error> {
        let client = self.client;
        crate::transport::send(client, &crate::metadata::LIST_WORKFLOWS, self.send_raw())
            .await
    }

    /// Sends `GET /v1/workflows` with these options for this call (extra headers, time budget,
    /// retry policy) and decodes the response.
    pub async fn send_with(
        self,
        options: crate::RequestOptions,
    ) -> ::std::result::Result<crate::Response<types::WorkflowList>, crate::Error> {
        let client = self.client;
        crate::transport::send_with(
                client,
                &crate::metadata::LIST_WORKFLOWS,
                ::std::option::Option::Some(options),
                self.send_raw(),
            )
            .await
    }
}

/// Builder for [`Client::create_workflow`]
///
/// [`Client::create_workflow`]: crate::Client::create_workflow
#[derive(Debug, Clone)]
pub struct CreateWorkflow<'a> {
    client: &'a crate::Client,
    body: Result<types::WorkflowCreate, String>,
}

impl<'a> CreateWorkflow<'a> {
    pub(crate) fn new(client: &'a crate::Client, body: types::WorkflowCreate) -> Self {
        Self {
            client: client,
            body: Ok(body),
        }
    }

    async fn send_raw(
        self,
    ) -> Result<ResponseValue<types::Workflow>, Error<ByteStream>> {
        let Self { client, body } = self;
        let body = body
            .and_then(|v| types::WorkflowCreate::try_from(v).map_err(|e| e.to_string()))
            .map_err(Error::InvalidRequest)?;
        let url = format!("{}/v1/workflows", client.baseurl,);
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
            operation_id: "create_workflow",
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

    /// Sends `POST /v1/workflows` and decodes the response.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::Response<types::Workflow>, crate::Error> {
        let client = self.client;
        crate::transport::send(
                client,
                &crate::metadata::CREATE_WORKFLOW,
                self.send_raw(),
            )
            .await
    }

    /// Sends `POST /v1/workflows` with these options for this call (extra headers, time budget,
    /// retry policy) and decodes the response.
    pub async fn send_with(
        self,
        options: crate::RequestOptions,
    ) -> ::std::result::Result<crate::Response<types::Workflow>, crate::Error> {
        let client = self.client;
        crate::transport::send_with(
                client,
                &crate::metadata::CREATE_WORKFLOW,
                ::std::option::Option::Some(options),
                self.send_raw(),
            )
            .await
    }
}

/// Builder for [`Client::get_workflow`]
///
/// [`Client::get_workflow`]: crate::Client::get_workflow
#[derive(Debug, Clone)]
pub struct GetWorkflow<'a> {
    client: &'a crate::Client,
    id: Result<::std::string::String, String>,
}

impl<'a> GetWorkflow<'a> {
    pub(crate) fn new(client: &'a crate::Client) -> Self {
        Self {
            client: client,
            id: Err("id was not initialized".to_string()),
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
    ) -> Result<ResponseValue<types::Workflow>, Error<ByteStream>> {
        let Self { client, id } = self;
        let id = id.map_err(Error::InvalidRequest)?;
        let url = format!(
            "{}/v1/workflows/{}", client.baseurl, crate ::params::path("id", crate
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
        let info = OperationInfo {
            operation_id: "get_workflow",
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

    /// Sends `GET /v1/workflows/{id}` and decodes the response.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::Response<types::Workflow>, crate::Error> {
        let client = self.client;
        crate::transport::send(client, &crate::metadata::GET_WORKFLOW, self.send_raw())
            .await
    }

    /// Sends `GET /v1/workflows/{id}` with these options for this call (extra headers, time budget,
    /// retry policy) and decodes the response.
    pub async fn send_with(
        self,
        options: crate::RequestOptions,
    ) -> ::std::result::Result<crate::Response<types::Workflow>, crate::Error> {
        let client = self.client;
        crate::transport::send_with(
                client,
                &crate::metadata::GET_WORKFLOW,
                ::std::option::Option::Some(options),
                self.send_raw(),
            )
            .await
    }
}

/// Builder for [`Client::archive_workflow`]
///
/// [`Client::archive_workflow`]: crate::Client::archive_workflow
#[derive(Debug, Clone)]
pub struct ArchiveWorkflow<'a> {
    client: &'a crate::Client,
    id: Result<::std::string::String, String>,
}

impl<'a> ArchiveWorkflow<'a> {
    pub(crate) fn new(client: &'a crate::Client) -> Self {
        Self {
            client: client,
            id: Err("id was not initialized".to_string()),
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

    async fn send_raw(self) -> Result<ResponseValue<()>, Error<ByteStream>> {
        let Self { client, id } = self;
        let id = id.map_err(Error::InvalidRequest)?;
        let url = format!(
            "{}/v1/workflows/{}", client.baseurl, crate ::params::path("id", crate
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
            operation_id: "archive_workflow",
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

    /// Sends `DELETE /v1/workflows/{id}` and decodes the response.
    pub async fn send(self) -> ::std::result::Result<crate::Response<()>, crate::Error> {
        let client = self.client;
        crate::transport::send(
                client,
                &crate::metadata::ARCHIVE_WORKFLOW,
                self.send_raw(),
            )
            .await
    }

    /// Sends `DELETE /v1/workflows/{id}` with these options for this call (extra headers, time
    /// budget, retry policy) and decodes the response.
    pub async fn send_with(
        self,
        options: crate::RequestOptions,
    ) -> ::std::result::Result<crate::Response<()>, crate::Error> {
        let client = self.client;
        crate::transport::send_with(
                client,
                &crate::metadata::ARCHIVE_WORKFLOW,
                ::std::option::Option::Some(options),
                self.send_raw(),
            )
            .await
    }
}

/// Builder for [`Client::update_workflow`]
///
/// [`Client::update_workflow`]: crate::Client::update_workflow
#[derive(Debug, Clone)]
pub struct UpdateWorkflow<'a> {
    client: &'a crate::Client,
    id: Result<::std::string::String, String>,
    body: Result<types::WorkflowUpdate, String>,
}

impl<'a> UpdateWorkflow<'a> {
    pub(crate) fn new(client: &'a crate::Client, body: types::WorkflowUpdate) -> Self {
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
    ) -> Result<ResponseValue<types::Workflow>, Error<ByteStream>> {
        let Self { client, id, body } = self;
        let id = id.map_err(Error::InvalidRequest)?;
        let body = body
            .and_then(|v| types::WorkflowUpdate::try_from(v).map_err(|e| e.to_string()))
            .map_err(Error::InvalidRequest)?;
        let url = format!(
            "{}/v1/workflows/{}", client.baseurl, crate ::params::path("id", crate
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
            operation_id: "update_workflow",
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

    /// Sends `PATCH /v1/workflows/{id}` and decodes the response.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::Response<types::Workflow>, crate::Error> {
        let client = self.client;
        crate::transport::send(
                client,
                &crate::metadata::UPDATE_WORKFLOW,
                self.send_raw(),
            )
            .await
    }

    /// Sends `PATCH /v1/workflows/{id}` with these options for this call (extra headers, time
    /// budget, retry policy) and decodes the response.
    pub async fn send_with(
        self,
        options: crate::RequestOptions,
    ) -> ::std::result::Result<crate::Response<types::Workflow>, crate::Error> {
        let client = self.client;
        crate::transport::send_with(
                client,
                &crate::metadata::UPDATE_WORKFLOW,
                ::std::option::Option::Some(options),
                self.send_raw(),
            )
            .await
    }
}

/// Builder for [`Client::list_workflow_versions`]
///
/// [`Client::list_workflow_versions`]: crate::Client::list_workflow_versions
#[derive(Debug, Clone)]
pub struct ListWorkflowVersions<'a> {
    client: &'a crate::Client,
    id: Result<::std::string::String, String>,
    limit: Result<Option<i32>, String>,
    page_token: Result<Option<::std::string::String>, String>,
}

impl<'a> ListWorkflowVersions<'a> {
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
    ) -> Result<ResponseValue<types::WorkflowVersionPage>, Error<ByteStream>> {
        let Self { client, id, limit, page_token } = self;
        let id = id.map_err(Error::InvalidRequest)?;
        let limit = limit.map_err(Error::InvalidRequest)?;
        let page_token = page_token.map_err(Error::InvalidRequest)?;
        let url = format!(
            "{}/v1/workflows/{}/versions", client.baseurl, crate ::params::path("id",
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
            operation_id: "list_workflow_versions",
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

    /// Sends `GET /v1/workflows/{id}/versions` and decodes the response.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::Response<types::WorkflowVersionPage>,
        crate::Error,
    > {
        let client = self.client;
        crate::transport::send(
                client,
                &crate::metadata::LIST_WORKFLOW_VERSIONS,
                self.send_raw(),
            )
            .await
    }

    /// Sends `GET /v1/workflows/{id}/versions` with these options for this call (extra headers,
    /// time budget, retry policy) and decodes the response.
    pub async fn send_with(
        self,
        options: crate::RequestOptions,
    ) -> ::std::result::Result<
        crate::Response<types::WorkflowVersionPage>,
        crate::Error,
    > {
        let client = self.client;
        crate::transport::send_with(
                client,
                &crate::metadata::LIST_WORKFLOW_VERSIONS,
                ::std::option::Option::Some(options),
                self.send_raw(),
            )
            .await
    }

    /// Streams every item of every page of `GET /v1/workflows/{id}/versions`, in order. Each page
    /// is requested with this builder's filters and the previous page's `next_page` as
    /// `page_token`; the stream ends after the last page.
    pub fn stream(
        self,
    ) -> impl ::futures::Stream<
        Item = ::std::result::Result<
            <types::WorkflowVersionPage as crate::pagination::Page>::Item,
            crate::Error,
        >,
    > + ::std::marker::Unpin + 'a {
        crate::pagination::items(self.pages())
    }

    /// Streams the pages of `GET /v1/workflows/{id}/versions` (see
    /// [`WorkflowVersionPage`](crate::types::WorkflowVersionPage)), each with its response
    /// metadata.
    pub fn pages(
        self,
    ) -> impl ::futures::Stream<
        Item = ::std::result::Result<
            crate::Response<types::WorkflowVersionPage>,
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

/// Builder for [`Client::publish_workflow_version`]
///
/// [`Client::publish_workflow_version`]: crate::Client::publish_workflow_version
#[derive(Debug, Clone)]
pub struct PublishWorkflowVersion<'a> {
    client: &'a crate::Client,
    id: Result<::std::string::String, String>,
    body: Result<types::WorkflowVersionPublish, String>,
}

impl<'a> PublishWorkflowVersion<'a> {
    pub(crate) fn new(
        client: &'a crate::Client,
        body: types::WorkflowVersionPublish,
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
    ) -> Result<ResponseValue<types::WorkflowVersion>, Error<ByteStream>> {
        let Self { client, id, body } = self;
        let id = id.map_err(Error::InvalidRequest)?;
        let body = body
            .and_then(|v| {
                types::WorkflowVersionPublish::try_from(v).map_err(|e| e.to_string())
            })
            .map_err(Error::InvalidRequest)?;
        let url = format!(
            "{}/v1/workflows/{}/versions", client.baseurl, crate ::params::path("id",
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
            operation_id: "publish_workflow_version",
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

    /// Sends `POST /v1/workflows/{id}/versions` and decodes the response.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::Response<types::WorkflowVersion>, crate::Error> {
        let client = self.client;
        crate::transport::send(
                client,
                &crate::metadata::PUBLISH_WORKFLOW_VERSION,
                self.send_raw(),
            )
            .await
    }

    /// Sends `POST /v1/workflows/{id}/versions` with these options for this call (extra headers,
    /// time budget, retry policy) and decodes the response.
    pub async fn send_with(
        self,
        options: crate::RequestOptions,
    ) -> ::std::result::Result<crate::Response<types::WorkflowVersion>, crate::Error> {
        let client = self.client;
        crate::transport::send_with(
                client,
                &crate::metadata::PUBLISH_WORKFLOW_VERSION,
                ::std::option::Option::Some(options),
                self.send_raw(),
            )
            .await
    }
}

/// Builder for [`Client::validate_workflow`]
///
/// [`Client::validate_workflow`]: crate::Client::validate_workflow
#[derive(Debug, Clone)]
pub struct ValidateWorkflow<'a> {
    client: &'a crate::Client,
    id: Result<::std::string::String, String>,
    body: Result<types::ValidateWorkflowRequest, String>,
}

impl<'a> ValidateWorkflow<'a> {
    pub(crate) fn new(
        client: &'a crate::Client,
        body: types::ValidateWorkflowRequest,
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
    ) -> Result<ResponseValue<types::WorkflowValidation>, Error<ByteStream>> {
        let Self { client, id, body } = self;
        let id = id.map_err(Error::InvalidRequest)?;
        let body = body
            .and_then(|v| {
                types::ValidateWorkflowRequest::try_from(v).map_err(|e| e.to_string())
            })
            .map_err(Error::InvalidRequest)?;
        let url = format!(
            "{}/v1/workflows/{}/validate", client.baseurl, crate ::params::path("id",
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
            operation_id: "validate_workflow",
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

    /// Sends `POST /v1/workflows/{id}/validate` and decodes the response.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::Response<types::WorkflowValidation>,
        crate::Error,
    > {
        let client = self.client;
        crate::transport::send(
                client,
                &crate::metadata::VALIDATE_WORKFLOW,
                self.send_raw(),
            )
            .await
    }

    /// Sends `POST /v1/workflows/{id}/validate` with these options for this call (extra headers,
    /// time budget, retry policy) and decodes the response.
    pub async fn send_with(
        self,
        options: crate::RequestOptions,
    ) -> ::std::result::Result<
        crate::Response<types::WorkflowValidation>,
        crate::Error,
    > {
        let client = self.client;
        crate::transport::send_with(
                client,
                &crate::metadata::VALIDATE_WORKFLOW,
                ::std::option::Option::Some(options),
                self.send_raw(),
            )
            .await
    }
}

/// Builder for [`Client::get_latest_graph_dry_run`]
///
/// [`Client::get_latest_graph_dry_run`]: crate::Client::get_latest_graph_dry_run
#[derive(Debug, Clone)]
pub struct GetLatestGraphDryRun<'a> {
    client: &'a crate::Client,
    id: Result<::std::string::String, String>,
    graph_hash: Result<Option<::std::string::String>, String>,
}

impl<'a> GetLatestGraphDryRun<'a> {
    pub(crate) fn new(client: &'a crate::Client) -> Self {
        Self {
            client: client,
            id: Err("id was not initialized".to_string()),
            graph_hash: Ok(None),
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

    /// Sets the optional query parameter `graph_hash`.
    ///
    /// Only a result stored for this graph hash (`validation_evidence.graph_hash` of a validation
    /// result). Without it, the latest result for any graph of the workflow.
    pub fn graph_hash<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<::std::string::String>,
    {
        self.graph_hash = value
            .try_into()
            .map(Some)
            .map_err(|_| {
                "conversion to `:: std :: string :: String` for graph_hash failed"
                    .to_string()
            });
        self
    }

    async fn send_raw(
        self,
    ) -> Result<ResponseValue<types::WorkflowValidation>, Error<ByteStream>> {
        let Self { client, id, graph_hash } = self;
        let id = id.map_err(Error::InvalidRequest)?;
        let graph_hash = graph_hash.map_err(Error::InvalidRequest)?;
        let url = format!(
            "{}/v1/workflows/{}/graph-dry-runs", client.baseurl, crate
            ::params::path("id", crate ::params::PathStyle::Simple, false, & id) ?,
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
        query
            .push(
                "graph_hash",
                &graph_hash,
                crate::params::QueryStyle::Form,
                true,
                false,
            )?;
        query.apply(&mut request);
        let info = OperationInfo {
            operation_id: "get_latest_graph_dry_run",
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

    /// Sends `GET /v1/workflows/{id}/graph-dry-runs` and decodes the response.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::Response<types::WorkflowValidation>,
        crate::Error,
    > {
        let client = self.client;
        crate::transport::send(
                client,
                &crate::metadata::GET_LATEST_GRAPH_DRY_RUN,
                self.send_raw(),
            )
            .await
    }

    /// Sends `GET /v1/workflows/{id}/graph-dry-runs` with these options for this call (extra
    /// headers, time budget, retry policy) and decodes the response.
    pub async fn send_with(
        self,
        options: crate::RequestOptions,
    ) -> ::std::result::Result<
        crate::Response<types::WorkflowValidation>,
        crate::Error,
    > {
        let client = self.client;
        crate::transport::send_with(
                client,
                &crate::metadata::GET_LATEST_GRAPH_DRY_RUN,
                ::std::option::Option::Some(options),
                self.send_raw(),
            )
            .await
    }
}

/// Builder for [`Client::list_connection_overrides`]
///
/// [`Client::list_connection_overrides`]: crate::Client::list_connection_overrides
#[derive(Debug, Clone)]
pub struct ListConnectionOverrides<'a> {
    client: &'a crate::Client,
    id: Result<::std::string::String, String>,
}

impl<'a> ListConnectionOverrides<'a> {
    pub(crate) fn new(client: &'a crate::Client) -> Self {
        Self {
            client: client,
            id: Err("id was not initialized".to_string()),
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
    ) -> Result<
        ResponseValue<types::WorkflowConnectionOverrideList>,
        Error<ByteStream>,
    > {
        let Self { client, id } = self;
        let id = id.map_err(Error::InvalidRequest)?;
        let url = format!(
            "{}/v1/workflows/{}/connection-overrides", client.baseurl, crate
            ::params::path("id", crate ::params::PathStyle::Simple, false, & id) ?,
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
            operation_id: "list_connection_overrides",
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

    /// Sends `GET /v1/workflows/{id}/connection-overrides` and decodes the response.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::Response<types::WorkflowConnectionOverrideList>,
        crate::Error,
    > {
        let client = self.client;
        crate::transport::send(
                client,
                &crate::metadata::LIST_CONNECTION_OVERRIDES,
                self.send_raw(),
            )
            .await
    }

    /// Sends `GET /v1/workflows/{id}/connection-overrides` with these options for this call (extra
    /// headers, time budget, retry policy) and decodes the response.
    pub async fn send_with(
        self,
        options: crate::RequestOptions,
    ) -> ::std::result::Result<
        crate::Response<types::WorkflowConnectionOverrideList>,
        crate::Error,
    > {
        let client = self.client;
        crate::transport::send_with(
                client,
                &crate::metadata::LIST_CONNECTION_OVERRIDES,
                ::std::option::Option::Some(options),
                self.send_raw(),
            )
            .await
    }
}

/// Builder for [`Client::replace_connection_overrides`]
///
/// [`Client::replace_connection_overrides`]: crate::Client::replace_connection_overrides
#[derive(Debug, Clone)]
pub struct ReplaceConnectionOverrides<'a> {
    client: &'a crate::Client,
    id: Result<::std::string::String, String>,
    body: Result<types::WorkflowConnectionOverridesReplace, String>,
}

impl<'a> ReplaceConnectionOverrides<'a> {
    pub(crate) fn new(
        client: &'a crate::Client,
        body: types::WorkflowConnectionOverridesReplace,
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
    ) -> Result<
        ResponseValue<types::WorkflowConnectionOverridesStatus>,
        Error<ByteStream>,
    > {
        let Self { client, id, body } = self;
        let id = id.map_err(Error::InvalidRequest)?;
        let body = body
            .and_then(|v| {
                types::WorkflowConnectionOverridesReplace::try_from(v)
                    .map_err(|e| e.to_string())
            })
            .map_err(Error::InvalidRequest)?;
        let url = format!(
            "{}/v1/workflows/{}/connection-overrides", client.baseurl, crate
            ::params::path("id", crate ::params::PathStyle::Simple, false, & id) ?,
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
            .put(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .json(&body)
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "replace_connection_overrides",
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

    /// Sends `PUT /v1/workflows/{id}/connection-overrides` and decodes the response.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::Response<types::WorkflowConnectionOverridesStatus>,
        crate::Error,
    > {
        let client = self.client;
        crate::transport::send(
                client,
                &crate::metadata::REPLACE_CONNECTION_OVERRIDES,
                self.send_raw(),
            )
            .await
    }

    /// Sends `PUT /v1/workflows/{id}/connection-overrides` with these options for this call (extra
    /// headers, time budget, retry policy) and decodes the response.
    pub async fn send_with(
        self,
        options: crate::RequestOptions,
    ) -> ::std::result::Result<
        crate::Response<types::WorkflowConnectionOverridesStatus>,
        crate::Error,
    > {
        let client = self.client;
        crate::transport::send_with(
                client,
                &crate::metadata::REPLACE_CONNECTION_OVERRIDES,
                ::std::option::Option::Some(options),
                self.send_raw(),
            )
            .await
    }
}

// @generated operations of the `mcp` area by agentruntime-generator 0.1.0. Do not edit by hand.
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

/// # Mcp
///
/// MCP servers, the tool and adapter catalogs, MCP instances and their config profiles.
impl crate::Client {
    /// List the platform adapter catalog
    ///
    /// Lists the MCP adapters the platform ships (Gmail, GitHub, Postgres, ...).
    ///
    /// Requires role `project_contributor`. Sends the client's tenant and project as `X-Tenant-Id`
    /// and `X-Project-Id`. Idempotent: retried on transient failures. Paginated by `page_token`:
    /// `.stream()` yields every item, keeping all filters on every page.
    ///
    /// Arguments:
    /// - `limit`: Maximum number of items in one page.
    /// - `page_token`: Opaque cursor from the previous page's `next_page`. Every other filter of
    ///   the first request must be sent again unchanged with it.
    ///
    /// Sends `GET /v1/mcp/platform-catalog`; `send()` returns a
    /// [`McpPlatformCatalogEntryPage`](types::McpPlatformCatalogEntryPage).
    ///
    /// Optional parameters are setters of [`ListMcpPlatformCatalog`]:
    /// [`limit`](ListMcpPlatformCatalog::limit),
    /// [`page_token`](ListMcpPlatformCatalog::page_token).
    ///
    /// ```no_run
    /// # async fn example(client: &agentruntime::Client) -> Result<(), agentruntime::Error> {
    /// let response = client.list_mcp_platform_catalog().send().await?;
    /// # let _ = response;
    /// # Ok(())
    /// # }
    /// ```
    pub fn list_mcp_platform_catalog(&self) -> ListMcpPlatformCatalog<'_> {
        ListMcpPlatformCatalog::new(self)
    }

    /// List the tool catalog
    ///
    /// Lists the MCP tools available to the project's workflows, across all servers, in one
    /// `{"tools": [...]}` body (not paginated). The vendor's site document says the list is cached
    /// for 300 seconds and refreshed when a credential rotates or a server is connected.
    ///
    /// Requires role `project_contributor`. Sends the client's tenant and project as `X-Tenant-Id`
    /// and `X-Project-Id`. Idempotent: retried on transient failures.
    ///
    /// Sends `GET /v1/mcp/tools`; `send()` returns a [`McpToolList`](types::McpToolList).
    ///
    /// ```no_run
    /// # async fn example(client: &agentruntime::Client) -> Result<(), agentruntime::Error> {
    /// let response = client.list_mcp_tools().send().await?;
    /// # let _ = response;
    /// # Ok(())
    /// # }
    /// ```
    pub fn list_mcp_tools(&self) -> ListMcpTools<'_> {
        ListMcpTools::new(self)
    }

    /// List the tenant's MCP servers
    ///
    /// Requires role `project_contributor`. Sends the client's tenant and project as `X-Tenant-Id`
    /// and `X-Project-Id`. Idempotent: retried on transient failures. Paginated by `page_token`:
    /// `.stream()` yields every item, keeping all filters on every page.
    ///
    /// Arguments:
    /// - `limit`: Maximum number of items in one page.
    /// - `page_token`: Opaque cursor from the previous page's `next_page`. Every other filter of
    ///   the first request must be sent again unchanged with it.
    ///
    /// Sends `GET /v1/mcp/servers`; `send()` returns a [`McpServerPage`](types::McpServerPage).
    ///
    /// Optional parameters are setters of [`ListMcpServers`]: [`limit`](ListMcpServers::limit),
    /// [`page_token`](ListMcpServers::page_token).
    ///
    /// ```no_run
    /// # async fn example(client: &agentruntime::Client) -> Result<(), agentruntime::Error> {
    /// let response = client.list_mcp_servers().send().await?;
    /// # let _ = response;
    /// # Ok(())
    /// # }
    /// ```
    pub fn list_mcp_servers(&self) -> ListMcpServers<'_> {
        ListMcpServers::new(self)
    }

    /// Register a custom MCP server
    ///
    /// Registers a third-party MCP server by URL. The server starts as `draft` with no tools;
    /// continue with `discover_mcp_server_tools`, `publish_mcp_server_version`,
    /// `validate_mcp_server` and finally `create_mcp_instance`.
    ///
    /// Requires role `project_contributor`. Sends the client's tenant and project as `X-Tenant-Id`
    /// and `X-Project-Id`. Not idempotent: re-sent only when the server provably did not receive
    /// it.
    ///
    /// Sends `POST /v1/mcp/servers` with a [`McpServerCreate`](types::McpServerCreate) body;
    /// `send()` returns a [`McpServer`](types::McpServer).
    ///
    /// ```no_run
    /// # async fn example(client: &agentruntime::Client, body: agentruntime::types::McpServerCreate) -> Result<(), agentruntime::Error> {
    /// let response = client.create_mcp_server(body).send().await?;
    /// # let _ = response;
    /// # Ok(())
    /// # }
    /// ```
    pub fn create_mcp_server(
        &self,
        body: impl ::std::convert::Into<types::McpServerCreate>,
    ) -> CreateMcpServer<'_> {
        CreateMcpServer::new(self, body.into())
    }

    /// Get one MCP server
    ///
    /// Requires role `project_contributor`. Sends the client's tenant and project as `X-Tenant-Id`
    /// and `X-Project-Id`. Idempotent: retried on transient failures.
    ///
    /// Arguments:
    /// - `id`: MCP server id.
    ///
    /// Sends `GET /v1/mcp/servers/{id}`; `send()` returns a [`McpServer`](types::McpServer).
    ///
    /// ```no_run
    /// # async fn example(client: &agentruntime::Client, id: &str) -> Result<(), agentruntime::Error> {
    /// let response = client.get_mcp_server(id).send().await?;
    /// # let _ = response;
    /// # Ok(())
    /// # }
    /// ```
    pub fn get_mcp_server(
        &self,
        id: impl ::std::convert::TryInto<::std::string::String>,
    ) -> GetMcpServer<'_> {
        GetMcpServer::new(self).id(id)
    }

    /// Discover the tools a custom server offers
    ///
    /// Connects to the server's `canonical_url` and lists its tools. Nothing is saved: publish the
    /// tools you want with `publish_mcp_server_version`. An unreachable server fails with a 5XX
    /// error.
    ///
    /// Requires role `project_contributor`. Sends the client's tenant and project as `X-Tenant-Id`
    /// and `X-Project-Id`. Not idempotent: re-sent only when the server provably did not receive
    /// it.
    ///
    /// Arguments:
    /// - `id`: MCP server id.
    ///
    /// Sends `POST /v1/mcp/servers/{id}/discover`; `send()` returns a
    /// [`McpServerDiscovery`](types::McpServerDiscovery).
    ///
    /// ```no_run
    /// # async fn example(client: &agentruntime::Client, id: &str) -> Result<(), agentruntime::Error> {
    /// let response = client.discover_mcp_server_tools(id).send().await?;
    /// # let _ = response;
    /// # Ok(())
    /// # }
    /// ```
    pub fn discover_mcp_server_tools(
        &self,
        id: impl ::std::convert::TryInto<::std::string::String>,
    ) -> DiscoverMcpServerTools<'_> {
        DiscoverMcpServerTools::new(self).id(id)
    }

    /// Publish a server version
    ///
    /// Publishes a version of the server's tool list and configuration schema. With `activate:
    /// true` the version becomes the one instances use.
    ///
    /// Requires role `project_contributor`. Sends the client's tenant and project as `X-Tenant-Id`
    /// and `X-Project-Id`. Not idempotent: re-sent only when the server provably did not receive
    /// it.
    ///
    /// Arguments:
    /// - `id`: MCP server id.
    /// - `body`
    ///
    /// Sends `POST /v1/mcp/servers/{id}/versions` with a
    /// [`McpServerVersionCreate`](types::McpServerVersionCreate) body; `send()` returns a
    /// [`McpServerVersion`](types::McpServerVersion).
    ///
    /// ```no_run
    /// # async fn example(client: &agentruntime::Client, id: &str, body: agentruntime::types::McpServerVersionCreate) -> Result<(), agentruntime::Error> {
    /// let response = client.publish_mcp_server_version(id, body).send().await?;
    /// # let _ = response;
    /// # Ok(())
    /// # }
    /// ```
    pub fn publish_mcp_server_version(
        &self,
        id: impl ::std::convert::TryInto<::std::string::String>,
        body: impl ::std::convert::Into<types::McpServerVersionCreate>,
    ) -> PublishMcpServerVersion<'_> {
        PublishMcpServerVersion::new(self, body.into()).id(id)
    }

    /// Run a server's validation checks
    ///
    /// Checks that the server is reachable and that its active version's tools answer as published.
    /// Reads only; failed checks are reported in the body, not as an error status.
    ///
    /// Requires role `project_contributor`. Sends the client's tenant and project as `X-Tenant-Id`
    /// and `X-Project-Id`. Idempotent: retried on transient failures.
    ///
    /// Arguments:
    /// - `id`: MCP server id.
    ///
    /// Sends `POST /v1/mcp/servers/{id}/validate`; `send()` returns a
    /// [`McpValidationResult`](types::McpValidationResult).
    ///
    /// ```no_run
    /// # async fn example(client: &agentruntime::Client, id: &str) -> Result<(), agentruntime::Error> {
    /// let response = client.validate_mcp_server(id).send().await?;
    /// # let _ = response;
    /// # Ok(())
    /// # }
    /// ```
    pub fn validate_mcp_server(
        &self,
        id: impl ::std::convert::TryInto<::std::string::String>,
    ) -> ValidateMcpServer<'_> {
        ValidateMcpServer::new(self).id(id)
    }

    /// Validate a server-connection binding
    ///
    /// Checks that the connection's credentials work against the server. Reads only; failed checks
    /// are reported in the body.
    ///
    /// Requires role `project_contributor`. Sends the client's tenant and project as `X-Tenant-Id`
    /// and `X-Project-Id`. Idempotent: retried on transient failures.
    ///
    /// Arguments:
    /// - `id`: MCP server id.
    /// - `connection_id`: Connection to test against the server.
    ///
    /// Sends `POST /v1/mcp/servers/{id}/connections/{connection_id}/validate`; `send()` returns a
    /// [`McpValidationResult`](types::McpValidationResult).
    ///
    /// ```no_run
    /// # async fn example(client: &agentruntime::Client, id: &str, connection_id: &str) -> Result<(), agentruntime::Error> {
    /// let response = client.validate_mcp_server_connection(id, connection_id).send().await?;
    /// # let _ = response;
    /// # Ok(())
    /// # }
    /// ```
    pub fn validate_mcp_server_connection(
        &self,
        id: impl ::std::convert::TryInto<::std::string::String>,
        connection_id: impl ::std::convert::TryInto<::std::string::String>,
    ) -> ValidateMcpServerConnection<'_> {
        ValidateMcpServerConnection::new(self).id(id).connection_id(connection_id)
    }

    /// List MCP instances
    ///
    /// Requires role `project_contributor`. Sends the client's tenant and project as `X-Tenant-Id`
    /// and `X-Project-Id`. Idempotent: retried on transient failures. Paginated by `page_token`:
    /// `.stream()` yields every item, keeping all filters on every page.
    ///
    /// Arguments:
    /// - `limit`: Maximum number of items in one page.
    /// - `page_token`: Opaque cursor from the previous page's `next_page`. Every other filter of
    ///   the first request must be sent again unchanged with it.
    ///
    /// Sends `GET /v1/mcp/instances`; `send()` returns a
    /// [`McpInstancePage`](types::McpInstancePage).
    ///
    /// Optional parameters are setters of [`ListMcpInstances`]: [`limit`](ListMcpInstances::limit),
    /// [`page_token`](ListMcpInstances::page_token).
    ///
    /// ```no_run
    /// # async fn example(client: &agentruntime::Client) -> Result<(), agentruntime::Error> {
    /// let response = client.list_mcp_instances().send().await?;
    /// # let _ = response;
    /// # Ok(())
    /// # }
    /// ```
    pub fn list_mcp_instances(&self) -> ListMcpInstances<'_> {
        ListMcpInstances::new(self)
    }

    /// Create an MCP instance from a server
    ///
    /// Creates an instance of a server for this project. Workflows' MCP steps call tools through
    /// instances; wire credentials in with config profiles.
    ///
    /// Requires role `project_contributor`. Sends the client's tenant and project as `X-Tenant-Id`
    /// and `X-Project-Id`. Not idempotent: re-sent only when the server provably did not receive
    /// it.
    ///
    /// Sends `POST /v1/mcp/instances` with a [`McpInstanceCreate`](types::McpInstanceCreate) body;
    /// `send()` returns a [`McpInstance`](types::McpInstance).
    ///
    /// ```no_run
    /// # async fn example(client: &agentruntime::Client, body: agentruntime::types::McpInstanceCreate) -> Result<(), agentruntime::Error> {
    /// let response = client.create_mcp_instance(body).send().await?;
    /// # let _ = response;
    /// # Ok(())
    /// # }
    /// ```
    pub fn create_mcp_instance(
        &self,
        body: impl ::std::convert::Into<types::McpInstanceCreate>,
    ) -> CreateMcpInstance<'_> {
        CreateMcpInstance::new(self, body.into())
    }

    /// Resolve the MCP instances a workflow would use
    ///
    /// For each MCP step of the workflow, reports which instance, config profile and connection a
    /// run would use. Reads only.
    ///
    /// Requires role `project_contributor`. Sends the client's tenant and project as `X-Tenant-Id`
    /// and `X-Project-Id`. Idempotent: retried on transient failures.
    ///
    /// Sends `POST /v1/mcp/instances/resolve` with a
    /// [`McpInstanceResolveRequest`](types::McpInstanceResolveRequest) body; `send()` returns a
    /// [`McpInstanceResolution`](types::McpInstanceResolution).
    ///
    /// ```no_run
    /// # async fn example(client: &agentruntime::Client, body: agentruntime::types::McpInstanceResolveRequest) -> Result<(), agentruntime::Error> {
    /// let response = client.resolve_mcp_instances(body).send().await?;
    /// # let _ = response;
    /// # Ok(())
    /// # }
    /// ```
    pub fn resolve_mcp_instances(
        &self,
        body: impl ::std::convert::Into<types::McpInstanceResolveRequest>,
    ) -> ResolveMcpInstances<'_> {
        ResolveMcpInstances::new(self, body.into())
    }

    /// Validate an instance's bindings
    ///
    /// Checks the instance's active config profile: the server is reachable and the wired
    /// connection authenticates. Reads only; failed checks are reported in the body.
    ///
    /// Requires role `project_contributor`. Sends the client's tenant and project as `X-Tenant-Id`
    /// and `X-Project-Id`. Idempotent: retried on transient failures.
    ///
    /// Arguments:
    /// - `id`: MCP instance id.
    ///
    /// Sends `POST /v1/mcp/instances/{id}/validate`; `send()` returns a
    /// [`McpValidationResult`](types::McpValidationResult).
    ///
    /// ```no_run
    /// # async fn example(client: &agentruntime::Client, id: &str) -> Result<(), agentruntime::Error> {
    /// let response = client.validate_mcp_instance(id).send().await?;
    /// # let _ = response;
    /// # Ok(())
    /// # }
    /// ```
    pub fn validate_mcp_instance(
        &self,
        id: impl ::std::convert::TryInto<::std::string::String>,
    ) -> ValidateMcpInstance<'_> {
        ValidateMcpInstance::new(self).id(id)
    }

    /// List an instance's config profiles
    ///
    /// Requires role `project_contributor`. Sends the client's tenant and project as `X-Tenant-Id`
    /// and `X-Project-Id`. Idempotent: retried on transient failures. Paginated by `page_token`:
    /// `.stream()` yields every item, keeping all filters on every page.
    ///
    /// Arguments:
    /// - `id`: MCP instance id.
    /// - `limit`: Maximum number of items in one page.
    /// - `page_token`: Opaque cursor from the previous page's `next_page`. Every other filter of
    ///   the first request must be sent again unchanged with it.
    ///
    /// Sends `GET /v1/mcp/instances/{id}/config-profiles`; `send()` returns a
    /// [`McpConfigProfilePage`](types::McpConfigProfilePage).
    ///
    /// Optional parameters are setters of [`ListMcpConfigProfiles`]:
    /// [`limit`](ListMcpConfigProfiles::limit), [`page_token`](ListMcpConfigProfiles::page_token).
    ///
    /// ```no_run
    /// # async fn example(client: &agentruntime::Client, id: &str) -> Result<(), agentruntime::Error> {
    /// let response = client.list_mcp_config_profiles(id).send().await?;
    /// # let _ = response;
    /// # Ok(())
    /// # }
    /// ```
    pub fn list_mcp_config_profiles(
        &self,
        id: impl ::std::convert::TryInto<::std::string::String>,
    ) -> ListMcpConfigProfiles<'_> {
        ListMcpConfigProfiles::new(self).id(id)
    }

    /// Create a config profile
    ///
    /// Adds a config profile to the instance: server configuration plus a `source_spec` that wires
    /// in the connection whose credentials the tools use. Mark it active with
    /// `set_active_mcp_config_profile`.
    ///
    /// Requires role `project_contributor`. Sends the client's tenant and project as `X-Tenant-Id`
    /// and `X-Project-Id`. Not idempotent: re-sent only when the server provably did not receive
    /// it.
    ///
    /// Arguments:
    /// - `id`: MCP instance id.
    /// - `body`
    ///
    /// Sends `POST /v1/mcp/instances/{id}/config-profiles` with a
    /// [`McpConfigProfileCreate`](types::McpConfigProfileCreate) body; `send()` returns a
    /// [`McpConfigProfile`](types::McpConfigProfile).
    ///
    /// ```no_run
    /// # async fn example(client: &agentruntime::Client, id: &str, body: agentruntime::types::McpConfigProfileCreate) -> Result<(), agentruntime::Error> {
    /// let response = client.create_mcp_config_profile(id, body).send().await?;
    /// # let _ = response;
    /// # Ok(())
    /// # }
    /// ```
    pub fn create_mcp_config_profile(
        &self,
        id: impl ::std::convert::TryInto<::std::string::String>,
        body: impl ::std::convert::Into<types::McpConfigProfileCreate>,
    ) -> CreateMcpConfigProfile<'_> {
        CreateMcpConfigProfile::new(self, body.into()).id(id)
    }

    /// Update a config profile's wiring
    ///
    /// Changes a profile's name, configuration or connection wiring; omitted fields are kept.
    ///
    /// Requires role `project_contributor`. Sends the client's tenant and project as `X-Tenant-Id`
    /// and `X-Project-Id`. Not idempotent: re-sent only when the server provably did not receive
    /// it.
    ///
    /// Arguments:
    /// - `id`: MCP instance id.
    /// - `profile_id`: Config profile id.
    /// - `body`
    ///
    /// Sends `PATCH /v1/mcp/instances/{id}/config-profiles/{profile_id}` with a
    /// [`McpConfigProfileUpdate`](types::McpConfigProfileUpdate) body; `send()` returns a
    /// [`McpConfigProfile`](types::McpConfigProfile).
    ///
    /// ```no_run
    /// # async fn example(client: &agentruntime::Client, id: &str, profile_id: &str, body: agentruntime::types::McpConfigProfileUpdate) -> Result<(), agentruntime::Error> {
    /// let response = client.update_mcp_config_profile(id, profile_id, body).send().await?;
    /// # let _ = response;
    /// # Ok(())
    /// # }
    /// ```
    pub fn update_mcp_config_profile(
        &self,
        id: impl ::std::convert::TryInto<::std::string::String>,
        profile_id: impl ::std::convert::TryInto<::std::string::String>,
        body: impl ::std::convert::Into<types::McpConfigProfileUpdate>,
    ) -> UpdateMcpConfigProfile<'_> {
        UpdateMcpConfigProfile::new(self, body.into()).id(id).profile_id(profile_id)
    }

    /// Mark a config profile active
    ///
    /// Makes this profile the instance's active one; the previously active profile becomes
    /// inactive. Repeating the call is harmless.
    ///
    /// Requires role `project_contributor`. Sends the client's tenant and project as `X-Tenant-Id`
    /// and `X-Project-Id`. Not idempotent: re-sent only when the server provably did not receive
    /// it.
    ///
    /// Arguments:
    /// - `id`: MCP instance id.
    /// - `profile_id`: Config profile id.
    ///
    /// Sends `POST /v1/mcp/instances/{id}/config-profiles/{profile_id}/set-active`; `send()`
    /// returns a [`McpConfigProfile`](types::McpConfigProfile).
    ///
    /// ```no_run
    /// # async fn example(client: &agentruntime::Client, id: &str, profile_id: &str) -> Result<(), agentruntime::Error> {
    /// let response = client.set_active_mcp_config_profile(id, profile_id).send().await?;
    /// # let _ = response;
    /// # Ok(())
    /// # }
    /// ```
    pub fn set_active_mcp_config_profile(
        &self,
        id: impl ::std::convert::TryInto<::std::string::String>,
        profile_id: impl ::std::convert::TryInto<::std::string::String>,
    ) -> SetActiveMcpConfigProfile<'_> {
        SetActiveMcpConfigProfile::new(self).id(id).profile_id(profile_id)
    }

    /// List connections (legacy MCP alias)
    ///
    /// Legacy duplicate of `list_connections` kept for old clients; same items, same paging. Use
    /// `list_connections` instead.
    ///
    /// Requires role `project_contributor`. Sends the client's tenant and project as `X-Tenant-Id`
    /// and `X-Project-Id`. Idempotent: retried on transient failures. Paginated by `page_token`:
    /// `.stream()` yields every item, keeping all filters on every page.
    ///
    /// Arguments:
    /// - `limit`: Maximum number of items in one page.
    /// - `page_token`: Opaque cursor from the previous page's `next_page`. Every other filter of
    ///   the first request must be sent again unchanged with it.
    ///
    /// Sends `GET /v1/mcp/connections`; `send()` returns a
    /// [`ConnectionPage`](types::ConnectionPage).
    ///
    /// Optional parameters are setters of [`ListMcpConnections`]:
    /// [`limit`](ListMcpConnections::limit), [`page_token`](ListMcpConnections::page_token).
    ///
    /// ```no_run
    /// # async fn example(client: &agentruntime::Client) -> Result<(), agentruntime::Error> {
    /// let response = client.list_mcp_connections().send().await?;
    /// # let _ = response;
    /// # Ok(())
    /// # }
    /// ```
    #[deprecated(note = "deprecated in the API spec")]
    pub fn list_mcp_connections(&self) -> ListMcpConnections<'_> {
        ListMcpConnections::new(self)
    }

    /// Create a connection (legacy MCP alias)
    ///
    /// Legacy duplicate of `create_connection` kept for old clients. Use `create_connection`
    /// instead.
    ///
    /// Requires role `project_contributor`. Sends the client's tenant and project as `X-Tenant-Id`
    /// and `X-Project-Id`. Not idempotent: re-sent only when the server provably did not receive
    /// it.
    ///
    /// Sends `POST /v1/mcp/connections` with a [`ConnectionCreate`](types::ConnectionCreate) body;
    /// `send()` returns a [`Connection`](types::Connection).
    ///
    /// ```no_run
    /// # async fn example(client: &agentruntime::Client, body: agentruntime::types::ConnectionCreate) -> Result<(), agentruntime::Error> {
    /// let response = client.create_mcp_connection(body).send().await?;
    /// # let _ = response;
    /// # Ok(())
    /// # }
    /// ```
    #[deprecated(note = "deprecated in the API spec")]
    pub fn create_mcp_connection(
        &self,
        body: impl ::std::convert::Into<types::ConnectionCreate>,
    ) -> CreateMcpConnection<'_> {
        CreateMcpConnection::new(self, body.into())
    }
}

/// Builder for [`Client::list_mcp_platform_catalog`]
///
/// [`Client::list_mcp_platform_catalog`]: crate::Client::list_mcp_platform_catalog
#[derive(Debug, Clone)]
pub struct ListMcpPlatformCatalog<'a> {
    client: &'a crate::Client,
    limit: Result<Option<i32>, String>,
    page_token: Result<Option<::std::string::String>, String>,
}

impl<'a> ListMcpPlatformCatalog<'a> {
    pub(crate) fn new(client: &'a crate::Client) -> Self {
        Self {
            client: client,
            limit: Ok(None),
            page_token: Ok(None),
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

    async fn send_raw(
        self,
    ) -> Result<ResponseValue<types::McpPlatformCatalogEntryPage>, Error<ByteStream>> {
        let Self { client, limit, page_token } = self;
        let limit = limit.map_err(Error::InvalidRequest)?;
        let page_token = page_token.map_err(Error::InvalidRequest)?;
        let url = format!("{}/v1/mcp/platform-catalog", client.baseurl,);
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
            operation_id: "list_mcp_platform_catalog",
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

    /// Sends `GET /v1/mcp/platform-catalog` and decodes the response.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::Response<types::McpPlatformCatalogEntryPage>,
        crate::Error,
    > {
        let client = self.client;
        crate::transport::send(
                client,
                &crate::metadata::LIST_MCP_PLATFORM_CATALOG,
                self.send_raw(),
            )
            .await
    }

    /// Sends `GET /v1/mcp/platform-catalog` with these options for this call (extra headers, time
    /// budget, retry policy) and decodes the response.
    pub async fn send_with(
        self,
        options: crate::RequestOptions,
    ) -> ::std::result::Result<
        crate::Response<types::McpPlatformCatalogEntryPage>,
        crate::Error,
    > {
        let client = self.client;
        crate::transport::send_with(
                client,
                &crate::metadata::LIST_MCP_PLATFORM_CATALOG,
                ::std::option::Option::Some(options),
                self.send_raw(),
            )
            .await
    }

    /// Streams every item of every page of `GET /v1/mcp/platform-catalog`, in order. Each page is
    /// requested with this builder's filters and the previous page's `next_page` as `page_token`;
    /// the stream ends after the last page.
    pub fn stream(
        self,
    ) -> impl ::futures::Stream<
        Item = ::std::result::Result<
            <types::McpPlatformCatalogEntryPage as crate::pagination::Page>::Item,
            crate::Error,
        >,
    > + ::std::marker::Unpin + 'a {
        crate::pagination::items(self.pages())
    }

    /// Streams the pages of `GET /v1/mcp/platform-catalog` (see
    /// [`McpPlatformCatalogEntryPage`](crate::types::McpPlatformCatalogEntryPage)), each with its
    /// response metadata.
    pub fn pages(
        self,
    ) -> impl ::futures::Stream<
        Item = ::std::result::Result<
            crate::Response<types::McpPlatformCatalogEntryPage>,
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

/// Builder for [`Client::list_mcp_tools`]
///
/// [`Client::list_mcp_tools`]: crate::Client::list_mcp_tools
#[derive(Debug, Clone)]
pub struct ListMcpTools<'a> {
    client: &'a crate::Client,
}

impl<'a> ListMcpTools<'a> {
    pub(crate) fn new(client: &'a crate::Client) -> Self {
        Self { client: client }
    }

    async fn send_raw(
        self,
    ) -> Result<ResponseValue<types::McpToolList>, Error<ByteStream>> {
        let Self { client } = self;
        let url = format!("{}/v1/mcp/tools", client.baseurl,);
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
            operation_id: "list_mcp_tools",
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

    /// Sends `GET /v1/mcp/tools` and decodes the response.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::Response<types::McpToolList>, crate::Error> {
        let client = self.client;
        crate::transport::send(client, &crate::metadata::LIST_MCP_TOOLS, self.send_raw())
            .await
    }

    /// Sends `GET /v1/mcp/tools` with these options for this call (extra headers, time budget,
    /// retry policy) and decodes the response.
    pub async fn send_with(
        self,
        options: crate::RequestOptions,
    ) -> ::std::result::Result<crate::Response<types::McpToolList>, crate::Error> {
        let client = self.client;
        crate::transport::send_with(
                client,
                &crate::metadata::LIST_MCP_TOOLS,
                ::std::option::Option::Some(options),
                self.send_raw(),
            )
            .await
    }
}

/// Builder for [`Client::list_mcp_servers`]
///
/// [`Client::list_mcp_servers`]: crate::Client::list_mcp_servers
#[derive(Debug, Clone)]
pub struct ListMcpServers<'a> {
    client: &'a crate::Client,
    limit: Result<Option<i32>, String>,
    page_token: Result<Option<::std::string::String>, String>,
}

impl<'a> ListMcpServers<'a> {
    pub(crate) fn new(client: &'a crate::Client) -> Self {
        Self {
            client: client,
            limit: Ok(None),
            page_token: Ok(None),
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

    async fn send_raw(
        self,
    ) -> Result<ResponseValue<types::McpServerPage>, Error<ByteStream>> {
        let Self { client, limit, page_token } = self;
        let limit = limit.map_err(Error::InvalidRequest)?;
        let page_token = page_token.map_err(Error::InvalidRequest)?;
        let url = format!("{}/v1/mcp/servers", client.baseurl,);
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
            operation_id: "list_mcp_servers",
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

    /// Sends `GET /v1/mcp/servers` and decodes the response.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::Response<types::McpServerPage>, crate::Error> {
        let client = self.client;
        crate::transport::send(
                client,
                &crate::metadata::LIST_MCP_SERVERS,
                self.send_raw(),
            )
            .await
    }

    /// Sends `GET /v1/mcp/servers` with these options for this call (extra headers, time budget,
    /// retry policy) and decodes the response.
    pub async fn send_with(
        self,
        options: crate::RequestOptions,
    ) -> ::std::result::Result<crate::Response<types::McpServerPage>, crate::Error> {
        let client = self.client;
        crate::transport::send_with(
                client,
                &crate::metadata::LIST_MCP_SERVERS,
                ::std::option::Option::Some(options),
                self.send_raw(),
            )
            .await
    }

    /// Streams every item of every page of `GET /v1/mcp/servers`, in order. Each page is requested
    /// with this builder's filters and the previous page's `next_page` as `page_token`; the stream
    /// ends after the last page.
    pub fn stream(
        self,
    ) -> impl ::futures::Stream<
        Item = ::std::result::Result<
            <types::McpServerPage as crate::pagination::Page>::Item,
            crate::Error,
        >,
    > + ::std::marker::Unpin + 'a {
        crate::pagination::items(self.pages())
    }

    /// Streams the pages of `GET /v1/mcp/servers` (see
    /// [`McpServerPage`](crate::types::McpServerPage)), each with its response metadata.
    pub fn pages(
        self,
    ) -> impl ::futures::Stream<
        Item = ::std::result::Result<crate::Response<types::McpServerPage>, crate::Error>,
    > + ::std::marker::Unpin + 'a {
        crate::pagination::by_cursor(
            self,
            Self::send,
            |builder, cursor| builder.page_token(cursor),
        )
    }
}

/// Builder for [`Client::create_mcp_server`]
///
/// [`Client::create_mcp_server`]: crate::Client::create_mcp_server
#[derive(Debug, Clone)]
pub struct CreateMcpServer<'a> {
    client: &'a crate::Client,
    body: Result<types::McpServerCreate, String>,
}

impl<'a> CreateMcpServer<'a> {
    pub(crate) fn new(client: &'a crate::Client, body: types::McpServerCreate) -> Self {
        Self {
            client: client,
            body: Ok(body),
        }
    }

    async fn send_raw(
        self,
    ) -> Result<ResponseValue<types::McpServer>, Error<ByteStream>> {
        let Self { client, body } = self;
        let body = body
            .and_then(|v| types::McpServerCreate::try_from(v).map_err(|e| e.to_string()))
            .map_err(Error::InvalidRequest)?;
        let url = format!("{}/v1/mcp/servers", client.baseurl,);
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
            operation_id: "create_mcp_server",
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

    /// Sends `POST /v1/mcp/servers` and decodes the response.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::Response<types::McpServer>, crate::Error> {
        let client = self.client;
        crate::transport::send(
                client,
                &crate::metadata::CREATE_MCP_SERVER,
                self.send_raw(),
            )
            .await
    }

    /// Sends `POST /v1/mcp/servers` with these options for this call (extra headers, time budget,
    /// retry policy) and decodes the response.
    pub async fn send_with(
        self,
        options: crate::RequestOptions,
    ) -> ::std::result::Result<crate::Response<types::McpServer>, crate::Error> {
        let client = self.client;
        crate::transport::send_with(
                client,
                &crate::metadata::CREATE_MCP_SERVER,
                ::std::option::Option::Some(options),
                self.send_raw(),
            )
            .await
    }
}

/// Builder for [`Client::get_mcp_server`]
///
/// [`Client::get_mcp_server`]: crate::Client::get_mcp_server
#[derive(Debug, Clone)]
pub struct GetMcpServer<'a> {
    client: &'a crate::Client,
    id: Result<::std::string::String, String>,
}

impl<'a> GetMcpServer<'a> {
    pub(crate) fn new(client: &'a crate::Client) -> Self {
        Self {
            client: client,
            id: Err("id was not initialized".to_string()),
        }
    }

    /// Sets the required path parameter `id`.
    ///
    /// MCP server id.
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
    ) -> Result<ResponseValue<types::McpServer>, Error<ByteStream>> {
        let Self { client, id } = self;
        let id = id.map_err(Error::InvalidRequest)?;
        let url = format!(
            "{}/v1/mcp/servers/{}", client.baseurl, crate ::params::path("id", crate
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
            operation_id: "get_mcp_server",
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

    /// Sends `GET /v1/mcp/servers/{id}` and decodes the response.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::Response<types::McpServer>, crate::Error> {
        let client = self.client;
        crate::transport::send(client, &crate::metadata::GET_MCP_SERVER, self.send_raw())
            .await
    }

    /// Sends `GET /v1/mcp/servers/{id}` with these options for this call (extra headers, time
    /// budget, retry policy) and decodes the response.
    pub async fn send_with(
        self,
        options: crate::RequestOptions,
    ) -> ::std::result::Result<crate::Response<types::McpServer>, crate::Error> {
        let client = self.client;
        crate::transport::send_with(
                client,
                &crate::metadata::GET_MCP_SERVER,
                ::std::option::Option::Some(options),
                self.send_raw(),
            )
            .await
    }
}

/// Builder for [`Client::discover_mcp_server_tools`]
///
/// [`Client::discover_mcp_server_tools`]: crate::Client::discover_mcp_server_tools
#[derive(Debug, Clone)]
pub struct DiscoverMcpServerTools<'a> {
    client: &'a crate::Client,
    id: Result<::std::string::String, String>,
}

impl<'a> DiscoverMcpServerTools<'a> {
    pub(crate) fn new(client: &'a crate::Client) -> Self {
        Self {
            client: client,
            id: Err("id was not initialized".to_string()),
        }
    }

    /// Sets the required path parameter `id`.
    ///
    /// MCP server id.
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
    ) -> Result<ResponseValue<types::McpServerDiscovery>, Error<ByteStream>> {
        let Self { client, id } = self;
        let id = id.map_err(Error::InvalidRequest)?;
        let url = format!(
            "{}/v1/mcp/servers/{}/discover", client.baseurl, crate ::params::path("id",
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
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "discover_mcp_server_tools",
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

    /// Sends `POST /v1/mcp/servers/{id}/discover` and decodes the response.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::Response<types::McpServerDiscovery>,
        crate::Error,
    > {
        let client = self.client;
        crate::transport::send(
                client,
                &crate::metadata::DISCOVER_MCP_SERVER_TOOLS,
                self.send_raw(),
            )
            .await
    }

    /// Sends `POST /v1/mcp/servers/{id}/discover` with these options for this call (extra headers,
    /// time budget, retry policy) and decodes the response.
    pub async fn send_with(
        self,
        options: crate::RequestOptions,
    ) -> ::std::result::Result<
        crate::Response<types::McpServerDiscovery>,
        crate::Error,
    > {
        let client = self.client;
        crate::transport::send_with(
                client,
                &crate::metadata::DISCOVER_MCP_SERVER_TOOLS,
                ::std::option::Option::Some(options),
                self.send_raw(),
            )
            .await
    }
}

/// Builder for [`Client::publish_mcp_server_version`]
///
/// [`Client::publish_mcp_server_version`]: crate::Client::publish_mcp_server_version
#[derive(Debug, Clone)]
pub struct PublishMcpServerVersion<'a> {
    client: &'a crate::Client,
    id: Result<::std::string::String, String>,
    body: Result<types::McpServerVersionCreate, String>,
}

impl<'a> PublishMcpServerVersion<'a> {
    pub(crate) fn new(
        client: &'a crate::Client,
        body: types::McpServerVersionCreate,
    ) -> Self {
        Self {
            client: client,
            id: Err("id was not initialized".to_string()),
            body: Ok(body),
        }
    }

    /// Sets the required path parameter `id`.
    ///
    /// MCP server id.
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
    ) -> Result<ResponseValue<types::McpServerVersion>, Error<ByteStream>> {
        let Self { client, id, body } = self;
        let id = id.map_err(Error::InvalidRequest)?;
        let body = body
            .and_then(|v| {
                types::McpServerVersionCreate::try_from(v).map_err(|e| e.to_string())
            })
            .map_err(Error::InvalidRequest)?;
        let url = format!(
            "{}/v1/mcp/servers/{}/versions", client.baseurl, crate ::params::path("id",
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
            operation_id: "publish_mcp_server_version",
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

    /// Sends `POST /v1/mcp/servers/{id}/versions` and decodes the response.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::Response<types::McpServerVersion>, crate::Error> {
        let client = self.client;
        crate::transport::send(
                client,
                &crate::metadata::PUBLISH_MCP_SERVER_VERSION,
                self.send_raw(),
            )
            .await
    }

    /// Sends `POST /v1/mcp/servers/{id}/versions` with these options for this call (extra headers,
    /// time budget, retry policy) and decodes the response.
    pub async fn send_with(
        self,
        options: crate::RequestOptions,
    ) -> ::std::result::Result<crate::Response<types::McpServerVersion>, crate::Error> {
        let client = self.client;
        crate::transport::send_with(
                client,
                &crate::metadata::PUBLISH_MCP_SERVER_VERSION,
                ::std::option::Option::Some(options),
                self.send_raw(),
            )
            .await
    }
}

/// Builder for [`Client::validate_mcp_server`]
///
/// [`Client::validate_mcp_server`]: crate::Client::validate_mcp_server
#[derive(Debug, Clone)]
pub struct ValidateMcpServer<'a> {
    client: &'a crate::Client,
    id: Result<::std::string::String, String>,
}

impl<'a> ValidateMcpServer<'a> {
    pub(crate) fn new(client: &'a crate::Client) -> Self {
        Self {
            client: client,
            id: Err("id was not initialized".to_string()),
        }
    }

    /// Sets the required path parameter `id`.
    ///
    /// MCP server id.
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
    ) -> Result<ResponseValue<types::McpValidationResult>, Error<ByteStream>> {
        let Self { client, id } = self;
        let id = id.map_err(Error::InvalidRequest)?;
        let url = format!(
            "{}/v1/mcp/servers/{}/validate", client.baseurl, crate ::params::path("id",
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
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "validate_mcp_server",
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

    /// Sends `POST /v1/mcp/servers/{id}/validate` and decodes the response.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::Response<types::McpValidationResult>,
        crate::Error,
    > {
        let client = self.client;
        crate::transport::send(
                client,
                &crate::metadata::VALIDATE_MCP_SERVER,
                self.send_raw(),
            )
            .await
    }

    /// Sends `POST /v1/mcp/servers/{id}/validate` with these options for this call (extra headers,
    /// time budget, retry policy) and decodes the response.
    pub async fn send_with(
        self,
        options: crate::RequestOptions,
    ) -> ::std::result::Result<
        crate::Response<types::McpValidationResult>,
        crate::Error,
    > {
        let client = self.client;
        crate::transport::send_with(
                client,
                &crate::metadata::VALIDATE_MCP_SERVER,
                ::std::option::Option::Some(options),
                self.send_raw(),
            )
            .await
    }
}

/// Builder for [`Client::validate_mcp_server_connection`]
///
/// [`Client::validate_mcp_server_connection`]: crate::Client::validate_mcp_server_connection
#[derive(Debug, Clone)]
pub struct ValidateMcpServerConnection<'a> {
    client: &'a crate::Client,
    id: Result<::std::string::String, String>,
    connection_id: Result<::std::string::String, String>,
}

impl<'a> ValidateMcpServerConnection<'a> {
    pub(crate) fn new(client: &'a crate::Client) -> Self {
        Self {
            client: client,
            id: Err("id was not initialized".to_string()),
            connection_id: Err("connection_id was not initialized".to_string()),
        }
    }

    /// Sets the required path parameter `id`.
    ///
    /// MCP server id.
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

    /// Sets the required path parameter `connection_id`.
    ///
    /// Connection to test against the server.
    fn connection_id<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<::std::string::String>,
    {
        self.connection_id = value
            .try_into()
            .map_err(|_| {
                "conversion to `:: std :: string :: String` for connection_id failed"
                    .to_string()
            });
        self
    }

    async fn send_raw(
        self,
    ) -> Result<ResponseValue<types::McpValidationResult>, Error<ByteStream>> {
        let Self { client, id, connection_id } = self;
        let id = id.map_err(Error::InvalidRequest)?;
        let connection_id = connection_id.map_err(Error::InvalidRequest)?;
        let url = format!(
            "{}/v1/mcp/servers/{}/connections/{}/validate", client.baseurl, crate
            ::params::path("id", crate ::params::PathStyle::Simple, false, & id) ?, crate
            ::params::path("connection_id", crate ::params::PathStyle::Simple, false, &
            connection_id) ?,
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
            operation_id: "validate_mcp_server_connection",
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

    /// Sends `POST /v1/mcp/servers/{id}/connections/{connection_id}/validate` and decodes the
    /// response.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::Response<types::McpValidationResult>,
        crate::Error,
    > {
        let client = self.client;
        crate::transport::send(
                client,
                &crate::metadata::VALIDATE_MCP_SERVER_CONNECTION,
                self.send_raw(),
            )
            .await
    }

    /// Sends `POST /v1/mcp/servers/{id}/connections/{connection_id}/validate` with these options
    /// for this call (extra headers, time budget, retry policy) and decodes the response.
    pub async fn send_with(
        self,
        options: crate::RequestOptions,
    ) -> ::std::result::Result<
        crate::Response<types::McpValidationResult>,
        crate::Error,
    > {
        let client = self.client;
        crate::transport::send_with(
                client,
                &crate::metadata::VALIDATE_MCP_SERVER_CONNECTION,
                ::std::option::Option::Some(options),
                self.send_raw(),
            )
            .await
    }
}

/// Builder for [`Client::list_mcp_instances`]
///
/// [`Client::list_mcp_instances`]: crate::Client::list_mcp_instances
#[derive(Debug, Clone)]
pub struct ListMcpInstances<'a> {
    client: &'a crate::Client,
    limit: Result<Option<i32>, String>,
    page_token: Result<Option<::std::string::String>, String>,
}

impl<'a> ListMcpInstances<'a> {
    pub(crate) fn new(client: &'a crate::Client) -> Self {
        Self {
            client: client,
            limit: Ok(None),
            page_token: Ok(None),
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

    async fn send_raw(
        self,
    ) -> Result<ResponseValue<types::McpInstancePage>, Error<ByteStream>> {
        let Self { client, limit, page_token } = self;
        let limit = limit.map_err(Error::InvalidRequest)?;
        let page_token = page_token.map_err(Error::InvalidRequest)?;
        let url = format!("{}/v1/mcp/instances", client.baseurl,);
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
            operation_id: "list_mcp_instances",
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

    /// Sends `GET /v1/mcp/instances` and decodes the response.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::Response<types::McpInstancePage>, crate::Error> {
        let client = self.client;
        crate::transport::send(
                client,
                &crate::metadata::LIST_MCP_INSTANCES,
                self.send_raw(),
            )
            .await
    }

    /// Sends `GET /v1/mcp/instances` with these options for this call (extra headers, time budget,
    /// retry policy) and decodes the response.
    pub async fn send_with(
        self,
        options: crate::RequestOptions,
    ) -> ::std::result::Result<crate::Response<types::McpInstancePage>, crate::Error> {
        let client = self.client;
        crate::transport::send_with(
                client,
                &crate::metadata::LIST_MCP_INSTANCES,
                ::std::option::Option::Some(options),
                self.send_raw(),
            )
            .await
    }

    /// Streams every item of every page of `GET /v1/mcp/instances`, in order. Each page is
    /// requested with this builder's filters and the previous page's `next_page` as `page_token`;
    /// the stream ends after the last page.
    pub fn stream(
        self,
    ) -> impl ::futures::Stream<
        Item = ::std::result::Result<
            <types::McpInstancePage as crate::pagination::Page>::Item,
            crate::Error,
        >,
    > + ::std::marker::Unpin + 'a {
        crate::pagination::items(self.pages())
    }

    /// Streams the pages of `GET /v1/mcp/instances` (see
    /// [`McpInstancePage`](crate::types::McpInstancePage)), each with its response metadata.
    pub fn pages(
        self,
    ) -> impl ::futures::Stream<
        Item = ::std::result::Result<
            crate::Response<types::McpInstancePage>,
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

/// Builder for [`Client::create_mcp_instance`]
///
/// [`Client::create_mcp_instance`]: crate::Client::create_mcp_instance
#[derive(Debug, Clone)]
pub struct CreateMcpInstance<'a> {
    client: &'a crate::Client,
    body: Result<types::McpInstanceCreate, String>,
}

impl<'a> CreateMcpInstance<'a> {
    pub(crate) fn new(
        client: &'a crate::Client,
        body: types::McpInstanceCreate,
    ) -> Self {
        Self {
            client: client,
            body: Ok(body),
        }
    }

    async fn send_raw(
        self,
    ) -> Result<ResponseValue<types::McpInstance>, Error<ByteStream>> {
        let Self { client, body } = self;
        let body = body
            .and_then(|v| {
                types::McpInstanceCreate::try_from(v).map_err(|e| e.to_string())
            })
            .map_err(Error::InvalidRequest)?;
        let url = format!("{}/v1/mcp/instances", client.baseurl,);
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
            operation_id: "create_mcp_instance",
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

    /// Sends `POST /v1/mcp/instances` and decodes the response.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::Response<types::McpInstance>, crate::Error> {
        let client = self.client;
        crate::transport::send(
                client,
                &crate::metadata::CREATE_MCP_INSTANCE,
                self.send_raw(),
            )
            .await
    }

    /// Sends `POST /v1/mcp/instances` with these options for this call (extra headers, time budget,
    /// retry policy) and decodes the response.
    pub async fn send_with(
        self,
        options: crate::RequestOptions,
    ) -> ::std::result::Result<crate::Response<types::McpInstance>, crate::Error> {
        let client = self.client;
        crate::transport::send_with(
                client,
                &crate::metadata::CREATE_MCP_INSTANCE,
                ::std::option::Option::Some(options),
                self.send_raw(),
            )
            .await
    }
}

/// Builder for [`Client::resolve_mcp_instances`]
///
/// [`Client::resolve_mcp_instances`]: crate::Client::resolve_mcp_instances
#[derive(Debug, Clone)]
pub struct ResolveMcpInstances<'a> {
    client: &'a crate::Client,
    body: Result<types::McpInstanceResolveRequest, String>,
}

impl<'a> ResolveMcpInstances<'a> {
    pub(crate) fn new(
        client: &'a crate::Client,
        body: types::McpInstanceResolveRequest,
    ) -> Self {
        Self {
            client: client,
            body: Ok(body),
        }
    }

    async fn send_raw(
        self,
    ) -> Result<ResponseValue<types::McpInstanceResolution>, Error<ByteStream>> {
        let Self { client, body } = self;
        let body = body
            .and_then(|v| {
                types::McpInstanceResolveRequest::try_from(v).map_err(|e| e.to_string())
            })
            .map_err(Error::InvalidRequest)?;
        let url = format!("{}/v1/mcp/instances/resolve", client.baseurl,);
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
            operation_id: "resolve_mcp_instances",
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

    /// Sends `POST /v1/mcp/instances/resolve` and decodes the response.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::Response<types::McpInstanceResolution>,
        crate::Error,
    > {
        let client = self.client;
        crate::transport::send(
                client,
                &crate::metadata::RESOLVE_MCP_INSTANCES,
                self.send_raw(),
            )
            .await
    }

    /// Sends `POST /v1/mcp/instances/resolve` with these options for this call (extra headers, time
    /// budget, retry policy) and decodes the response.
    pub async fn send_with(
        self,
        options: crate::RequestOptions,
    ) -> ::std::result::Result<
        crate::Response<types::McpInstanceResolution>,
        crate::Error,
    > {
        let client = self.client;
        crate::transport::send_with(
                client,
                &crate::metadata::RESOLVE_MCP_INSTANCES,
                ::std::option::Option::Some(options),
                self.send_raw(),
            )
            .await
    }
}

/// Builder for [`Client::validate_mcp_instance`]
///
/// [`Client::validate_mcp_instance`]: crate::Client::validate_mcp_instance
#[derive(Debug, Clone)]
pub struct ValidateMcpInstance<'a> {
    client: &'a crate::Client,
    id: Result<::std::string::String, String>,
}

impl<'a> ValidateMcpInstance<'a> {
    pub(crate) fn new(client: &'a crate::Client) -> Self {
        Self {
            client: client,
            id: Err("id was not initialized".to_string()),
        }
    }

    /// Sets the required path parameter `id`.
    ///
    /// MCP instance id.
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
    ) -> Result<ResponseValue<types::McpValidationResult>, Error<ByteStream>> {
        let Self { client, id } = self;
        let id = id.map_err(Error::InvalidRequest)?;
        let url = format!(
            "{}/v1/mcp/instances/{}/validate", client.baseurl, crate ::params::path("id",
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
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "validate_mcp_instance",
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

    /// Sends `POST /v1/mcp/instances/{id}/validate` and decodes the response.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::Response<types::McpValidationResult>,
        crate::Error,
    > {
        let client = self.client;
        crate::transport::send(
                client,
                &crate::metadata::VALIDATE_MCP_INSTANCE,
                self.send_raw(),
            )
            .await
    }

    /// Sends `POST /v1/mcp/instances/{id}/validate` with these options for this call (extra
    /// headers, time budget, retry policy) and decodes the response.
    pub async fn send_with(
        self,
        options: crate::RequestOptions,
    ) -> ::std::result::Result<
        crate::Response<types::McpValidationResult>,
        crate::Error,
    > {
        let client = self.client;
        crate::transport::send_with(
                client,
                &crate::metadata::VALIDATE_MCP_INSTANCE,
                ::std::option::Option::Some(options),
                self.send_raw(),
            )
            .await
    }
}

/// Builder for [`Client::list_mcp_config_profiles`]
///
/// [`Client::list_mcp_config_profiles`]: crate::Client::list_mcp_config_profiles
#[derive(Debug, Clone)]
pub struct ListMcpConfigProfiles<'a> {
    client: &'a crate::Client,
    id: Result<::std::string::String, String>,
    limit: Result<Option<i32>, String>,
    page_token: Result<Option<::std::string::String>, String>,
}

impl<'a> ListMcpConfigProfiles<'a> {
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
    /// MCP instance id.
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
    ) -> Result<ResponseValue<types::McpConfigProfilePage>, Error<ByteStream>> {
        let Self { client, id, limit, page_token } = self;
        let id = id.map_err(Error::InvalidRequest)?;
        let limit = limit.map_err(Error::InvalidRequest)?;
        let page_token = page_token.map_err(Error::InvalidRequest)?;
        let url = format!(
            "{}/v1/mcp/instances/{}/config-profiles", client.baseurl, crate
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
            operation_id: "list_mcp_config_profiles",
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

    /// Sends `GET /v1/mcp/instances/{id}/config-profiles` and decodes the response.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::Response<types::McpConfigProfilePage>,
        crate::Error,
    > {
        let client = self.client;
        crate::transport::send(
                client,
                &crate::metadata::LIST_MCP_CONFIG_PROFILES,
                self.send_raw(),
            )
            .await
    }

    /// Sends `GET /v1/mcp/instances/{id}/config-profiles` with these options for this call (extra
    /// headers, time budget, retry policy) and decodes the response.
    pub async fn send_with(
        self,
        options: crate::RequestOptions,
    ) -> ::std::result::Result<
        crate::Response<types::McpConfigProfilePage>,
        crate::Error,
    > {
        let client = self.client;
        crate::transport::send_with(
                client,
                &crate::metadata::LIST_MCP_CONFIG_PROFILES,
                ::std::option::Option::Some(options),
                self.send_raw(),
            )
            .await
    }

    /// Streams every item of every page of `GET /v1/mcp/instances/{id}/config-profiles`, in order.
    /// Each page is requested with this builder's filters and the previous page's `next_page` as
    /// `page_token`; the stream ends after the last page.
    pub fn stream(
        self,
    ) -> impl ::futures::Stream<
        Item = ::std::result::Result<
            <types::McpConfigProfilePage as crate::pagination::Page>::Item,
            crate::Error,
        >,
    > + ::std::marker::Unpin + 'a {
        crate::pagination::items(self.pages())
    }

    /// Streams the pages of `GET /v1/mcp/instances/{id}/config-profiles` (see
    /// [`McpConfigProfilePage`](crate::types::McpConfigProfilePage)), each with its response
    /// metadata.
    pub fn pages(
        self,
    ) -> impl ::futures::Stream<
        Item = ::std::result::Result<
            crate::Response<types::McpConfigProfilePage>,
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

/// Builder for [`Client::create_mcp_config_profile`]
///
/// [`Client::create_mcp_config_profile`]: crate::Client::create_mcp_config_profile
#[derive(Debug, Clone)]
pub struct CreateMcpConfigProfile<'a> {
    client: &'a crate::Client,
    id: Result<::std::string::String, String>,
    body: Result<types::McpConfigProfileCreate, String>,
}

impl<'a> CreateMcpConfigProfile<'a> {
    pub(crate) fn new(
        client: &'a crate::Client,
        body: types::McpConfigProfileCreate,
    ) -> Self {
        Self {
            client: client,
            id: Err("id was not initialized".to_string()),
            body: Ok(body),
        }
    }

    /// Sets the required path parameter `id`.
    ///
    /// MCP instance id.
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
    ) -> Result<ResponseValue<types::McpConfigProfile>, Error<ByteStream>> {
        let Self { client, id, body } = self;
        let id = id.map_err(Error::InvalidRequest)?;
        let body = body
            .and_then(|v| {
                types::McpConfigProfileCreate::try_from(v).map_err(|e| e.to_string())
            })
            .map_err(Error::InvalidRequest)?;
        let url = format!(
            "{}/v1/mcp/instances/{}/config-profiles", client.baseurl, crate
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
            .post(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .json(&body)
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "create_mcp_config_profile",
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

    /// Sends `POST /v1/mcp/instances/{id}/config-profiles` and decodes the response.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::Response<types::McpConfigProfile>, crate::Error> {
        let client = self.client;
        crate::transport::send(
                client,
                &crate::metadata::CREATE_MCP_CONFIG_PROFILE,
                self.send_raw(),
            )
            .await
    }

    /// Sends `POST /v1/mcp/instances/{id}/config-profiles` with these options for this call (extra
    /// headers, time budget, retry policy) and decodes the response.
    pub async fn send_with(
        self,
        options: crate::RequestOptions,
    ) -> ::std::result::Result<crate::Response<types::McpConfigProfile>, crate::Error> {
        let client = self.client;
        crate::transport::send_with(
                client,
                &crate::metadata::CREATE_MCP_CONFIG_PROFILE,
                ::std::option::Option::Some(options),
                self.send_raw(),
            )
            .await
    }
}

/// Builder for [`Client::update_mcp_config_profile`]
///
/// [`Client::update_mcp_config_profile`]: crate::Client::update_mcp_config_profile
#[derive(Debug, Clone)]
pub struct UpdateMcpConfigProfile<'a> {
    client: &'a crate::Client,
    id: Result<::std::string::String, String>,
    profile_id: Result<::std::string::String, String>,
    body: Result<types::McpConfigProfileUpdate, String>,
}

impl<'a> UpdateMcpConfigProfile<'a> {
    pub(crate) fn new(
        client: &'a crate::Client,
        body: types::McpConfigProfileUpdate,
    ) -> Self {
        Self {
            client: client,
            id: Err("id was not initialized".to_string()),
            profile_id: Err("profile_id was not initialized".to_string()),
            body: Ok(body),
        }
    }

    /// Sets the required path parameter `id`.
    ///
    /// MCP instance id.
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

    /// Sets the required path parameter `profile_id`.
    ///
    /// Config profile id.
    fn profile_id<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<::std::string::String>,
    {
        self.profile_id = value
            .try_into()
            .map_err(|_| {
                "conversion to `:: std :: string :: String` for profile_id failed"
                    .to_string()
            });
        self
    }

    async fn send_raw(
        self,
    ) -> Result<ResponseValue<types::McpConfigProfile>, Error<ByteStream>> {
        let Self { client, id, profile_id, body } = self;
        let id = id.map_err(Error::InvalidRequest)?;
        let profile_id = profile_id.map_err(Error::InvalidRequest)?;
        let body = body
            .and_then(|v| {
                types::McpConfigProfileUpdate::try_from(v).map_err(|e| e.to_string())
            })
            .map_err(Error::InvalidRequest)?;
        let url = format!(
            "{}/v1/mcp/instances/{}/config-profiles/{}", client.baseurl, crate
            ::params::path("id", crate ::params::PathStyle::Simple, false, & id) ?, crate
            ::params::path("profile_id", crate ::params::PathStyle::Simple, false, &
            profile_id) ?,
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
            operation_id: "update_mcp_config_profile",
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

    /// Sends `PATCH /v1/mcp/instances/{id}/config-profiles/{profile_id}` and decodes the response.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::Response<types::McpConfigProfile>, crate::Error> {
        let client = self.client;
        crate::transport::send(
                client,
                &crate::metadata::UPDATE_MCP_CONFIG_PROFILE,
                self.send_raw(),
            )
            .await
    }

    /// Sends `PATCH /v1/mcp/instances/{id}/config-profiles/{profile_id}` with these options for
    /// this call (extra headers, time budget, retry policy) and decodes the response.
    pub async fn send_with(
        self,
        options: crate::RequestOptions,
    ) -> ::std::result::Result<crate::Response<types::McpConfigProfile>, crate::Error> {
        let client = self.client;
        crate::transport::send_with(
                client,
                &crate::metadata::UPDATE_MCP_CONFIG_PROFILE,
                ::std::option::Option::Some(options),
                self.send_raw(),
            )
            .await
    }
}

/// Builder for [`Client::set_active_mcp_config_profile`]
///
/// [`Client::set_active_mcp_config_profile`]: crate::Client::set_active_mcp_config_profile
#[derive(Debug, Clone)]
pub struct SetActiveMcpConfigProfile<'a> {
    client: &'a crate::Client,
    id: Result<::std::string::String, String>,
    profile_id: Result<::std::string::String, String>,
}

impl<'a> SetActiveMcpConfigProfile<'a> {
    pub(crate) fn new(client: &'a crate::Client) -> Self {
        Self {
            client: client,
            id: Err("id was not initialized".to_string()),
            profile_id: Err("profile_id was not initialized".to_string()),
        }
    }

    /// Sets the required path parameter `id`.
    ///
    /// MCP instance id.
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

    /// Sets the required path parameter `profile_id`.
    ///
    /// Config profile id.
    fn profile_id<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<::std::string::String>,
    {
        self.profile_id = value
            .try_into()
            .map_err(|_| {
                "conversion to `:: std :: string :: String` for profile_id failed"
                    .to_string()
            });
        self
    }

    async fn send_raw(
        self,
    ) -> Result<ResponseValue<types::McpConfigProfile>, Error<ByteStream>> {
        let Self { client, id, profile_id } = self;
        let id = id.map_err(Error::InvalidRequest)?;
        let profile_id = profile_id.map_err(Error::InvalidRequest)?;
        let url = format!(
            "{}/v1/mcp/instances/{}/config-profiles/{}/set-active", client.baseurl, crate
            ::params::path("id", crate ::params::PathStyle::Simple, false, & id) ?, crate
            ::params::path("profile_id", crate ::params::PathStyle::Simple, false, &
            profile_id) ?,
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
            operation_id: "set_active_mcp_config_profile",
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

    /// Sends `POST /v1/mcp/instances/{id}/config-profiles/{profile_id}/set-active` and decodes the
    /// response.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::Response<types::McpConfigProfile>, crate::Error> {
        let client = self.client;
        crate::transport::send(
                client,
                &crate::metadata::SET_ACTIVE_MCP_CONFIG_PROFILE,
                self.send_raw(),
            )
            .await
    }

    /// Sends `POST /v1/mcp/instances/{id}/config-profiles/{profile_id}/set-active` with these
    /// options for this call (extra headers, time budget, retry policy) and decodes the response.
    pub async fn send_with(
        self,
        options: crate::RequestOptions,
    ) -> ::std::result::Result<crate::Response<types::McpConfigProfile>, crate::Error> {
        let client = self.client;
        crate::transport::send_with(
                client,
                &crate::metadata::SET_ACTIVE_MCP_CONFIG_PROFILE,
                ::std::option::Option::Some(options),
                self.send_raw(),
            )
            .await
    }
}

/// Builder for [`Client::list_mcp_connections`]
///
/// [`Client::list_mcp_connections`]: crate::Client::list_mcp_connections
#[derive(Debug, Clone)]
pub struct ListMcpConnections<'a> {
    client: &'a crate::Client,
    limit: Result<Option<i32>, String>,
    page_token: Result<Option<::std::string::String>, String>,
}

impl<'a> ListMcpConnections<'a> {
    pub(crate) fn new(client: &'a crate::Client) -> Self {
        Self {
            client: client,
            limit: Ok(None),
            page_token: Ok(None),
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

    async fn send_raw(
        self,
    ) -> Result<ResponseValue<types::ConnectionPage>, Error<ByteStream>> {
        let Self { client, limit, page_token } = self;
        let limit = limit.map_err(Error::InvalidRequest)?;
        let page_token = page_token.map_err(Error::InvalidRequest)?;
        let url = format!("{}/v1/mcp/connections", client.baseurl,);
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
            operation_id: "list_mcp_connections",
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

    /// Sends `GET /v1/mcp/connections` and decodes the response.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::Response<types::ConnectionPage>, crate::Error> {
        let client = self.client;
        crate::transport::send(
                client,
                &crate::metadata::LIST_MCP_CONNECTIONS,
                self.send_raw(),
            )
            .await
    }

    /// Sends `GET /v1/mcp/connections` with these options for this call (extra headers, time
    /// budget, retry policy) and decodes the response.
    pub async fn send_with(
        self,
        options: crate::RequestOptions,
    ) -> ::std::result::Result<crate::Response<types::ConnectionPage>, crate::Error> {
        let client = self.client;
        crate::transport::send_with(
                client,
                &crate::metadata::LIST_MCP_CONNECTIONS,
                ::std::option::Option::Some(options),
                self.send_raw(),
            )
            .await
    }

    /// Streams every item of every page of `GET /v1/mcp/connections`, in order. Each page is
    /// requested with this builder's filters and the previous page's `next_page` as `page_token`;
    /// the stream ends after the last page.
    pub fn stream(
        self,
    ) -> impl ::futures::Stream<
        Item = ::std::result::Result<
            <types::ConnectionPage as crate::pagination::Page>::Item,
            crate::Error,
        >,
    > + ::std::marker::Unpin + 'a {
        crate::pagination::items(self.pages())
    }

    /// Streams the pages of `GET /v1/mcp/connections` (see
    /// [`ConnectionPage`](crate::types::ConnectionPage)), each with its response metadata.
    pub fn pages(
        self,
    ) -> impl ::futures::Stream<
        Item = ::std::result::Result<
            crate::Response<types::ConnectionPage>,
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

/// Builder for [`Client::create_mcp_connection`]
///
/// [`Client::create_mcp_connection`]: crate::Client::create_mcp_connection
#[derive(Debug, Clone)]
pub struct CreateMcpConnection<'a> {
    client: &'a crate::Client,
    body: Result<types::ConnectionCreate, String>,
}

impl<'a> CreateMcpConnection<'a> {
    pub(crate) fn new(client: &'a crate::Client, body: types::ConnectionCreate) -> Self {
        Self {
            client: client,
            body: Ok(body),
        }
    }

    async fn send_raw(
        self,
    ) -> Result<ResponseValue<types::Connection>, Error<ByteStream>> {
        let Self { client, body } = self;
        let body = body
            .and_then(|v| {
                types::ConnectionCreate::try_from(v).map_err(|e| e.to_string())
            })
            .map_err(Error::InvalidRequest)?;
        let url = format!("{}/v1/mcp/connections", client.baseurl,);
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
            operation_id: "create_mcp_connection",
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

    /// Sends `POST /v1/mcp/connections` and decodes the response.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::Response<types::Connection>, crate::Error> {
        let client = self.client;
        crate::transport::send(
                client,
                &crate::metadata::CREATE_MCP_CONNECTION,
                self.send_raw(),
            )
            .await
    }

    /// Sends `POST /v1/mcp/connections` with these options for this call (extra headers, time
    /// budget, retry policy) and decodes the response.
    pub async fn send_with(
        self,
        options: crate::RequestOptions,
    ) -> ::std::result::Result<crate::Response<types::Connection>, crate::Error> {
        let client = self.client;
        crate::transport::send_with(
                client,
                &crate::metadata::CREATE_MCP_CONNECTION,
                ::std::option::Option::Some(options),
                self.send_raw(),
            )
            .await
    }
}

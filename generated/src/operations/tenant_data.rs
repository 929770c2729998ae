// @generated operations of the `tenant_data` area by agentruntime-generator 0.1.0. Do not edit by hand.
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

/// # Tenant data
///
/// Tenant Data databases of a tenant: create with a logical schema, migrate it incrementally, read
/// the published API contract and provision the MCP instance.
impl crate::Client {
    /// List the tenant's databases
    ///
    /// Requires role `project_viewer`. Sends the client's tenant as `X-Tenant-Id`. Idempotent:
    /// retried on transient failures. Paginated by `page_token`: `.stream()` yields every item,
    /// keeping all filters on every page.
    ///
    /// Arguments:
    /// - `tenant_id`: Tenant (workspace) of the databases; the same slug as `X-Tenant-Id`.
    /// - `limit`: Maximum number of items in one page.
    /// - `page_token`: Opaque cursor from the previous page's `next_page`. Every other filter of
    ///   the first request must be sent again unchanged with it.
    ///
    /// Sends `GET /v1/tenant-data/tenants/{tenant_id}/databases`; `send()` returns a
    /// [`TenantDatabasePage`](types::TenantDatabasePage).
    ///
    /// Optional parameters are setters of [`ListTenantDatabases`]:
    /// [`limit`](ListTenantDatabases::limit), [`page_token`](ListTenantDatabases::page_token).
    ///
    /// ```no_run
    /// # async fn example(client: &agentruntime::Client, tenant_id: &str) -> Result<(), agentruntime::Error> {
    /// let response = client.list_tenant_databases(tenant_id).send().await?;
    /// # let _ = response;
    /// # Ok(())
    /// # }
    /// ```
    pub fn list_tenant_databases(
        &self,
        tenant_id: impl ::std::convert::TryInto<::std::string::String>,
    ) -> ListTenantDatabases<'_> {
        ListTenantDatabases::new(self).tenant_id(tenant_id)
    }

    /// Create a database and its initial schema
    ///
    /// Creates a database with the given logical schema as its first version. `database_id` is the
    /// stable logical database key; `database_name` the human-readable name. Refused with 409 when
    /// the tenant already has a database with that key.
    ///
    /// Requires role `project_contributor`. Sends the client's tenant as `X-Tenant-Id`. Not
    /// idempotent: re-sent only when the server provably did not receive it.
    ///
    /// Arguments:
    /// - `tenant_id`: Tenant (workspace) of the databases; the same slug as `X-Tenant-Id`.
    /// - `body`
    ///
    /// Sends `POST /v1/tenant-data/tenants/{tenant_id}/databases` with a
    /// [`TenantDatabaseCreate`](types::TenantDatabaseCreate) body; `send()` returns a
    /// [`TenantDatabase`](types::TenantDatabase).
    ///
    /// ```no_run
    /// # async fn example(client: &agentruntime::Client, tenant_id: &str, body: agentruntime::types::TenantDatabaseCreate) -> Result<(), agentruntime::Error> {
    /// let response = client.create_tenant_database(tenant_id, body).send().await?;
    /// # let _ = response;
    /// # Ok(())
    /// # }
    /// ```
    pub fn create_tenant_database(
        &self,
        tenant_id: impl ::std::convert::TryInto<::std::string::String>,
        body: impl ::std::convert::Into<types::TenantDatabaseCreate>,
    ) -> CreateTenantDatabase<'_> {
        CreateTenantDatabase::new(self, body.into()).tenant_id(tenant_id)
    }

    /// Preview a schema migration
    ///
    /// Preflight of `apply_tenant_database_migration`: returns the SQL the operations would run and
    /// what blocks them. Changes nothing; safe to retry.
    ///
    /// Requires role `project_contributor`. Sends the client's tenant as `X-Tenant-Id`. Idempotent:
    /// retried on transient failures.
    ///
    /// Arguments:
    /// - `tenant_id`: Tenant (workspace) of the databases; the same slug as `X-Tenant-Id`.
    /// - `database_id`: The database's logical key (`database_id` of its creation).
    /// - `body`
    ///
    /// Sends `POST
    /// /v1/tenant-data/tenants/{tenant_id}/databases/{database_id}/schema/migrate/preview` with a
    /// [`TenantDataMigrationRequest`](types::TenantDataMigrationRequest) body; `send()` returns a
    /// [`TenantDataMigrationPreview`](types::TenantDataMigrationPreview).
    ///
    /// ```no_run
    /// # async fn example(client: &agentruntime::Client, tenant_id: &str, database_id: &str, body: agentruntime::types::TenantDataMigrationRequest) -> Result<(), agentruntime::Error> {
    /// let response = client.preview_tenant_database_migration(tenant_id, database_id, body).send().await?;
    /// # let _ = response;
    /// # Ok(())
    /// # }
    /// ```
    pub fn preview_tenant_database_migration(
        &self,
        tenant_id: impl ::std::convert::TryInto<::std::string::String>,
        database_id: impl ::std::convert::TryInto<::std::string::String>,
        body: impl ::std::convert::Into<types::TenantDataMigrationRequest>,
    ) -> PreviewTenantDatabaseMigration<'_> {
        PreviewTenantDatabaseMigration::new(self, body.into())
            .tenant_id(tenant_id)
            .database_id(database_id)
    }

    /// Apply a schema migration
    ///
    /// Applies incremental operations (`add_table`, `add_column`, `drop_column`, `update_table`,
    /// …) and publishes a new schema version. Preview first; read the API contract again after
    /// every migration instead of caching column lists.
    ///
    /// Requires role `project_contributor`. Sends the client's tenant as `X-Tenant-Id`. Not
    /// idempotent: re-sent only when the server provably did not receive it.
    ///
    /// Arguments:
    /// - `tenant_id`: Tenant (workspace) of the databases; the same slug as `X-Tenant-Id`.
    /// - `database_id`: The database's logical key (`database_id` of its creation).
    /// - `body`
    ///
    /// Sends `POST /v1/tenant-data/tenants/{tenant_id}/databases/{database_id}/schema/migrate` with
    /// a [`TenantDataMigrationRequest`](types::TenantDataMigrationRequest) body; `send()` returns a
    /// [`TenantDataMigrationResult`](types::TenantDataMigrationResult).
    ///
    /// ```no_run
    /// # async fn example(client: &agentruntime::Client, tenant_id: &str, database_id: &str, body: agentruntime::types::TenantDataMigrationRequest) -> Result<(), agentruntime::Error> {
    /// let response = client.apply_tenant_database_migration(tenant_id, database_id, body).send().await?;
    /// # let _ = response;
    /// # Ok(())
    /// # }
    /// ```
    pub fn apply_tenant_database_migration(
        &self,
        tenant_id: impl ::std::convert::TryInto<::std::string::String>,
        database_id: impl ::std::convert::TryInto<::std::string::String>,
        body: impl ::std::convert::Into<types::TenantDataMigrationRequest>,
    ) -> ApplyTenantDatabaseMigration<'_> {
        ApplyTenantDatabaseMigration::new(self, body.into())
            .tenant_id(tenant_id)
            .database_id(database_id)
    }

    /// Get the published API contract
    ///
    /// The published logical schema (`{tables}`): columns, keys and each table's conflict and
    /// upsert policy. The same `{tables}` is what `validate_workflow` takes as `tenantdata_schema`;
    /// the BFF fetches it itself for authenticated validations of graphs bound to a Tenant Data MCP
    /// instance.
    ///
    /// Requires role `project_viewer`. Sends the client's tenant as `X-Tenant-Id`. Idempotent:
    /// retried on transient failures.
    ///
    /// Arguments:
    /// - `tenant_id`: Tenant (workspace) of the databases; the same slug as `X-Tenant-Id`.
    /// - `database_id`: The database's logical key (`database_id` of its creation).
    ///
    /// Sends `GET /v1/tenant-data/tenants/{tenant_id}/databases/{database_id}/api-contract`;
    /// `send()` returns a [`TenantDataApiContract`](types::TenantDataApiContract).
    ///
    /// ```no_run
    /// # async fn example(client: &agentruntime::Client, tenant_id: &str, database_id: &str) -> Result<(), agentruntime::Error> {
    /// let response = client.get_tenant_database_api_contract(tenant_id, database_id).send().await?;
    /// # let _ = response;
    /// # Ok(())
    /// # }
    /// ```
    pub fn get_tenant_database_api_contract(
        &self,
        tenant_id: impl ::std::convert::TryInto<::std::string::String>,
        database_id: impl ::std::convert::TryInto<::std::string::String>,
    ) -> GetTenantDatabaseApiContract<'_> {
        GetTenantDatabaseApiContract::new(self)
            .tenant_id(tenant_id)
            .database_id(database_id)
    }

    /// Provision the database's Tenant Data MCP instance
    ///
    /// Creates (or updates) the Tenant Data MCP instance of the database. Set the returned
    /// `mcp_instance_id` as `instance_id` of the workflow's `tenantdata_*` MCP steps.
    ///
    /// Requires role `project_contributor`. Sends the client's tenant and project as `X-Tenant-Id`
    /// and `X-Project-Id`. Not idempotent: re-sent only when the server provably did not receive
    /// it.
    ///
    /// Arguments:
    /// - `tenant_id`: Tenant (workspace) of the databases; the same slug as `X-Tenant-Id`.
    /// - `database_id`: The database's logical key (`database_id` of its creation).
    ///
    /// Sends `POST /v1/tenant-data/tenants/{tenant_id}/databases/{database_id}/mcp/provision`;
    /// `send()` returns a [`TenantDataMcpProvisioning`](types::TenantDataMcpProvisioning).
    ///
    /// ```no_run
    /// # async fn example(client: &agentruntime::Client, tenant_id: &str, database_id: &str) -> Result<(), agentruntime::Error> {
    /// let response = client.provision_tenant_database_mcp(tenant_id, database_id).send().await?;
    /// # let _ = response;
    /// # Ok(())
    /// # }
    /// ```
    pub fn provision_tenant_database_mcp(
        &self,
        tenant_id: impl ::std::convert::TryInto<::std::string::String>,
        database_id: impl ::std::convert::TryInto<::std::string::String>,
    ) -> ProvisionTenantDatabaseMcp<'_> {
        ProvisionTenantDatabaseMcp::new(self)
            .tenant_id(tenant_id)
            .database_id(database_id)
    }
}

/// Builder for [`Client::list_tenant_databases`]
///
/// [`Client::list_tenant_databases`]: crate::Client::list_tenant_databases
#[derive(Debug, Clone)]
pub struct ListTenantDatabases<'a> {
    client: &'a crate::Client,
    tenant_id: Result<::std::string::String, String>,
    limit: Result<Option<i32>, String>,
    page_token: Result<Option<::std::string::String>, String>,
}

impl<'a> ListTenantDatabases<'a> {
    pub(crate) fn new(client: &'a crate::Client) -> Self {
        Self {
            client: client,
            tenant_id: Err("tenant_id was not initialized".to_string()),
            limit: Ok(None),
            page_token: Ok(None),
        }
    }

    /// Sets the required path parameter `tenant_id`.
    ///
    /// Tenant (workspace) of the databases; the same slug as `X-Tenant-Id`.
    fn tenant_id<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<::std::string::String>,
    {
        self.tenant_id = value
            .try_into()
            .map_err(|_| {
                "conversion to `:: std :: string :: String` for tenant_id failed"
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
    ) -> Result<ResponseValue<types::TenantDatabasePage>, Error<ByteStream>> {
        let Self { client, tenant_id, limit, page_token } = self;
        let tenant_id = tenant_id.map_err(Error::InvalidRequest)?;
        let limit = limit.map_err(Error::InvalidRequest)?;
        let page_token = page_token.map_err(Error::InvalidRequest)?;
        let url = format!(
            "{}/v1/tenant-data/tenants/{}/databases", client.baseurl, crate
            ::params::path("tenant_id", crate ::params::PathStyle::Simple, false, &
            tenant_id) ?,
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
            operation_id: "list_tenant_databases",
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

    /// Sends `GET /v1/tenant-data/tenants/{tenant_id}/databases` and decodes the response.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::Response<types::TenantDatabasePage>,
        crate::Error,
    > {
        let client = self.client;
        crate::transport::send(
                client,
                &crate::metadata::LIST_TENANT_DATABASES,
                self.send_raw(),
            )
            .await
    }

    /// Sends `GET /v1/tenant-data/tenants/{tenant_id}/databases` with these options for this call
    /// (extra headers, time budget, retry policy) and decodes the response.
    pub async fn send_with(
        self,
        options: crate::RequestOptions,
    ) -> ::std::result::Result<
        crate::Response<types::TenantDatabasePage>,
        crate::Error,
    > {
        let client = self.client;
        crate::transport::send_with(
                client,
                &crate::metadata::LIST_TENANT_DATABASES,
                ::std::option::Option::Some(options),
                self.send_raw(),
            )
            .await
    }

    /// Streams every item of every page of `GET /v1/tenant-data/tenants/{tenant_id}/databases`, in
    /// order. Each page is requested with this builder's filters and the previous page's
    /// `next_page` as `page_token`; the stream ends after the last page.
    pub fn stream(
        self,
    ) -> impl ::futures::Stream<
        Item = ::std::result::Result<
            <types::TenantDatabasePage as crate::pagination::Page>::Item,
            crate::Error,
        >,
    > + ::std::marker::Unpin + 'a {
        crate::pagination::items(self.pages())
    }

    /// Streams the pages of `GET /v1/tenant-data/tenants/{tenant_id}/databases` (see
    /// [`TenantDatabasePage`](crate::types::TenantDatabasePage)), each with its response metadata.
    pub fn pages(
        self,
    ) -> impl ::futures::Stream<
        Item = ::std::result::Result<
            crate::Response<types::TenantDatabasePage>,
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

/// Builder for [`Client::create_tenant_database`]
///
/// [`Client::create_tenant_database`]: crate::Client::create_tenant_database
#[derive(Debug, Clone)]
pub struct CreateTenantDatabase<'a> {
    client: &'a crate::Client,
    tenant_id: Result<::std::string::String, String>,
    body: Result<types::TenantDatabaseCreate, String>,
}

impl<'a> CreateTenantDatabase<'a> {
    pub(crate) fn new(
        client: &'a crate::Client,
        body: types::TenantDatabaseCreate,
    ) -> Self {
        Self {
            client: client,
            tenant_id: Err("tenant_id was not initialized".to_string()),
            body: Ok(body),
        }
    }

    /// Sets the required path parameter `tenant_id`.
    ///
    /// Tenant (workspace) of the databases; the same slug as `X-Tenant-Id`.
    fn tenant_id<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<::std::string::String>,
    {
        self.tenant_id = value
            .try_into()
            .map_err(|_| {
                "conversion to `:: std :: string :: String` for tenant_id failed"
                    .to_string()
            });
        self
    }

    async fn send_raw(
        self,
    ) -> Result<ResponseValue<types::TenantDatabase>, Error<ByteStream>> {
        let Self { client, tenant_id, body } = self;
        let tenant_id = tenant_id.map_err(Error::InvalidRequest)?;
        let body = body
            .and_then(|v| {
                types::TenantDatabaseCreate::try_from(v).map_err(|e| e.to_string())
            })
            .map_err(Error::InvalidRequest)?;
        let url = format!(
            "{}/v1/tenant-data/tenants/{}/databases", client.baseurl, crate
            ::params::path("tenant_id", crate ::params::PathStyle::Simple, false, &
            tenant_id) ?,
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
            operation_id: "create_tenant_database",
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

    /// Sends `POST /v1/tenant-data/tenants/{tenant_id}/databases` and decodes the response.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::Response<types::TenantDatabase>, crate::Error> {
        let client = self.client;
        crate::transport::send(
                client,
                &crate::metadata::CREATE_TENANT_DATABASE,
                self.send_raw(),
            )
            .await
    }

    /// Sends `POST /v1/tenant-data/tenants/{tenant_id}/databases` with these options for this call
    /// (extra headers, time budget, retry policy) and decodes the response.
    pub async fn send_with(
        self,
        options: crate::RequestOptions,
    ) -> ::std::result::Result<crate::Response<types::TenantDatabase>, crate::Error> {
        let client = self.client;
        crate::transport::send_with(
                client,
                &crate::metadata::CREATE_TENANT_DATABASE,
                ::std::option::Option::Some(options),
                self.send_raw(),
            )
            .await
    }
}

/// Builder for [`Client::preview_tenant_database_migration`]
///
/// [`Client::preview_tenant_database_migration`]: crate::Client::preview_tenant_database_migration
#[derive(Debug, Clone)]
pub struct PreviewTenantDatabaseMigration<'a> {
    client: &'a crate::Client,
    tenant_id: Result<::std::string::String, String>,
    database_id: Result<::std::string::String, String>,
    body: Result<types::TenantDataMigrationRequest, String>,
}

impl<'a> PreviewTenantDatabaseMigration<'a> {
    pub(crate) fn new(
        client: &'a crate::Client,
        body: types::TenantDataMigrationRequest,
    ) -> Self {
        Self {
            client: client,
            tenant_id: Err("tenant_id was not initialized".to_string()),
            database_id: Err("database_id was not initialized".to_string()),
            body: Ok(body),
        }
    }

    /// Sets the required path parameter `tenant_id`.
    ///
    /// Tenant (workspace) of the databases; the same slug as `X-Tenant-Id`.
    fn tenant_id<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<::std::string::String>,
    {
        self.tenant_id = value
            .try_into()
            .map_err(|_| {
                "conversion to `:: std :: string :: String` for tenant_id failed"
                    .to_string()
            });
        self
    }

    /// Sets the required path parameter `database_id`.
    ///
    /// The database's logical key (`database_id` of its creation).
    fn database_id<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<::std::string::String>,
    {
        self.database_id = value
            .try_into()
            .map_err(|_| {
                "conversion to `:: std :: string :: String` for database_id failed"
                    .to_string()
            });
        self
    }

    async fn send_raw(
        self,
    ) -> Result<ResponseValue<types::TenantDataMigrationPreview>, Error<ByteStream>> {
        let Self { client, tenant_id, database_id, body } = self;
        let tenant_id = tenant_id.map_err(Error::InvalidRequest)?;
        let database_id = database_id.map_err(Error::InvalidRequest)?;
        let body = body
            .and_then(|v| {
                types::TenantDataMigrationRequest::try_from(v).map_err(|e| e.to_string())
            })
            .map_err(Error::InvalidRequest)?;
        let url = format!(
            "{}/v1/tenant-data/tenants/{}/databases/{}/schema/migrate/preview", client
            .baseurl, crate ::params::path("tenant_id", crate
            ::params::PathStyle::Simple, false, & tenant_id) ?, crate
            ::params::path("database_id", crate ::params::PathStyle::Simple, false, &
            database_id) ?,
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
            operation_id: "preview_tenant_database_migration",
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

    /// Sends `POST
    /// /v1/tenant-data/tenants/{tenant_id}/databases/{database_id}/schema/migrate/preview` and
    /// decodes the response.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::Response<types::TenantDataMigrationPreview>,
        crate::Error,
    > {
        let client = self.client;
        crate::transport::send(
                client,
                &crate::metadata::PREVIEW_TENANT_DATABASE_MIGRATION,
                self.send_raw(),
            )
            .await
    }

    /// Sends `POST
    /// /v1/tenant-data/tenants/{tenant_id}/databases/{database_id}/schema/migrate/preview` with
    /// these options for this call (extra headers, time budget, retry policy) and decodes the
    /// response.
    pub async fn send_with(
        self,
        options: crate::RequestOptions,
    ) -> ::std::result::Result<
        crate::Response<types::TenantDataMigrationPreview>,
        crate::Error,
    > {
        let client = self.client;
        crate::transport::send_with(
                client,
                &crate::metadata::PREVIEW_TENANT_DATABASE_MIGRATION,
                ::std::option::Option::Some(options),
                self.send_raw(),
            )
            .await
    }
}

/// Builder for [`Client::apply_tenant_database_migration`]
///
/// [`Client::apply_tenant_database_migration`]: crate::Client::apply_tenant_database_migration
#[derive(Debug, Clone)]
pub struct ApplyTenantDatabaseMigration<'a> {
    client: &'a crate::Client,
    tenant_id: Result<::std::string::String, String>,
    database_id: Result<::std::string::String, String>,
    body: Result<types::TenantDataMigrationRequest, String>,
}

impl<'a> ApplyTenantDatabaseMigration<'a> {
    pub(crate) fn new(
        client: &'a crate::Client,
        body: types::TenantDataMigrationRequest,
    ) -> Self {
        Self {
            client: client,
            tenant_id: Err("tenant_id was not initialized".to_string()),
            database_id: Err("database_id was not initialized".to_string()),
            body: Ok(body),
        }
    }

    /// Sets the required path parameter `tenant_id`.
    ///
    /// Tenant (workspace) of the databases; the same slug as `X-Tenant-Id`.
    fn tenant_id<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<::std::string::String>,
    {
        self.tenant_id = value
            .try_into()
            .map_err(|_| {
                "conversion to `:: std :: string :: String` for tenant_id failed"
                    .to_string()
            });
        self
    }

    /// Sets the required path parameter `database_id`.
    ///
    /// The database's logical key (`database_id` of its creation).
    fn database_id<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<::std::string::String>,
    {
        self.database_id = value
            .try_into()
            .map_err(|_| {
                "conversion to `:: std :: string :: String` for database_id failed"
                    .to_string()
            });
        self
    }

    async fn send_raw(
        self,
    ) -> Result<ResponseValue<types::TenantDataMigrationResult>, Error<ByteStream>> {
        let Self { client, tenant_id, database_id, body } = self;
        let tenant_id = tenant_id.map_err(Error::InvalidRequest)?;
        let database_id = database_id.map_err(Error::InvalidRequest)?;
        let body = body
            .and_then(|v| {
                types::TenantDataMigrationRequest::try_from(v).map_err(|e| e.to_string())
            })
            .map_err(Error::InvalidRequest)?;
        let url = format!(
            "{}/v1/tenant-data/tenants/{}/databases/{}/schema/migrate", client.baseurl,
            crate ::params::path("tenant_id", crate ::params::PathStyle::Simple, false, &
            tenant_id) ?, crate ::params::path("database_id", crate
            ::params::PathStyle::Simple, false, & database_id) ?,
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
            operation_id: "apply_tenant_database_migration",
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

    /// Sends `POST /v1/tenant-data/tenants/{tenant_id}/databases/{database_id}/schema/migrate` and
    /// decodes the response.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::Response<types::TenantDataMigrationResult>,
        crate::Error,
    > {
        let client = self.client;
        crate::transport::send(
                client,
                &crate::metadata::APPLY_TENANT_DATABASE_MIGRATION,
                self.send_raw(),
            )
            .await
    }

    /// Sends `POST /v1/tenant-data/tenants/{tenant_id}/databases/{database_id}/schema/migrate` with
    /// these options for this call (extra headers, time budget, retry policy) and decodes the
    /// response.
    pub async fn send_with(
        self,
        options: crate::RequestOptions,
    ) -> ::std::result::Result<
        crate::Response<types::TenantDataMigrationResult>,
        crate::Error,
    > {
        let client = self.client;
        crate::transport::send_with(
                client,
                &crate::metadata::APPLY_TENANT_DATABASE_MIGRATION,
                ::std::option::Option::Some(options),
                self.send_raw(),
            )
            .await
    }
}

/// Builder for [`Client::get_tenant_database_api_contract`]
///
/// [`Client::get_tenant_database_api_contract`]: crate::Client::get_tenant_database_api_contract
#[derive(Debug, Clone)]
pub struct GetTenantDatabaseApiContract<'a> {
    client: &'a crate::Client,
    tenant_id: Result<::std::string::String, String>,
    database_id: Result<::std::string::String, String>,
}

impl<'a> GetTenantDatabaseApiContract<'a> {
    pub(crate) fn new(client: &'a crate::Client) -> Self {
        Self {
            client: client,
            tenant_id: Err("tenant_id was not initialized".to_string()),
            database_id: Err("database_id was not initialized".to_string()),
        }
    }

    /// Sets the required path parameter `tenant_id`.
    ///
    /// Tenant (workspace) of the databases; the same slug as `X-Tenant-Id`.
    fn tenant_id<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<::std::string::String>,
    {
        self.tenant_id = value
            .try_into()
            .map_err(|_| {
                "conversion to `:: std :: string :: String` for tenant_id failed"
                    .to_string()
            });
        self
    }

    /// Sets the required path parameter `database_id`.
    ///
    /// The database's logical key (`database_id` of its creation).
    fn database_id<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<::std::string::String>,
    {
        self.database_id = value
            .try_into()
            .map_err(|_| {
                "conversion to `:: std :: string :: String` for database_id failed"
                    .to_string()
            });
        self
    }

    async fn send_raw(
        self,
    ) -> Result<ResponseValue<types::TenantDataApiContract>, Error<ByteStream>> {
        let Self { client, tenant_id, database_id } = self;
        let tenant_id = tenant_id.map_err(Error::InvalidRequest)?;
        let database_id = database_id.map_err(Error::InvalidRequest)?;
        let url = format!(
            "{}/v1/tenant-data/tenants/{}/databases/{}/api-contract", client.baseurl,
            crate ::params::path("tenant_id", crate ::params::PathStyle::Simple, false, &
            tenant_id) ?, crate ::params::path("database_id", crate
            ::params::PathStyle::Simple, false, & database_id) ?,
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
            operation_id: "get_tenant_database_api_contract",
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

    /// Sends `GET /v1/tenant-data/tenants/{tenant_id}/databases/{database_id}/api-contract` and
    /// decodes the response.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::Response<types::TenantDataApiContract>,
        crate::Error,
    > {
        let client = self.client;
        crate::transport::send(
                client,
                &crate::metadata::GET_TENANT_DATABASE_API_CONTRACT,
                self.send_raw(),
            )
            .await
    }

    /// Sends `GET /v1/tenant-data/tenants/{tenant_id}/databases/{database_id}/api-contract` with
    /// these options for this call (extra headers, time budget, retry policy) and decodes the
    /// response.
    pub async fn send_with(
        self,
        options: crate::RequestOptions,
    ) -> ::std::result::Result<
        crate::Response<types::TenantDataApiContract>,
        crate::Error,
    > {
        let client = self.client;
        crate::transport::send_with(
                client,
                &crate::metadata::GET_TENANT_DATABASE_API_CONTRACT,
                ::std::option::Option::Some(options),
                self.send_raw(),
            )
            .await
    }
}

/// Builder for [`Client::provision_tenant_database_mcp`]
///
/// [`Client::provision_tenant_database_mcp`]: crate::Client::provision_tenant_database_mcp
#[derive(Debug, Clone)]
pub struct ProvisionTenantDatabaseMcp<'a> {
    client: &'a crate::Client,
    tenant_id: Result<::std::string::String, String>,
    database_id: Result<::std::string::String, String>,
}

impl<'a> ProvisionTenantDatabaseMcp<'a> {
    pub(crate) fn new(client: &'a crate::Client) -> Self {
        Self {
            client: client,
            tenant_id: Err("tenant_id was not initialized".to_string()),
            database_id: Err("database_id was not initialized".to_string()),
        }
    }

    /// Sets the required path parameter `tenant_id`.
    ///
    /// Tenant (workspace) of the databases; the same slug as `X-Tenant-Id`.
    fn tenant_id<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<::std::string::String>,
    {
        self.tenant_id = value
            .try_into()
            .map_err(|_| {
                "conversion to `:: std :: string :: String` for tenant_id failed"
                    .to_string()
            });
        self
    }

    /// Sets the required path parameter `database_id`.
    ///
    /// The database's logical key (`database_id` of its creation).
    fn database_id<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<::std::string::String>,
    {
        self.database_id = value
            .try_into()
            .map_err(|_| {
                "conversion to `:: std :: string :: String` for database_id failed"
                    .to_string()
            });
        self
    }

    async fn send_raw(
        self,
    ) -> Result<ResponseValue<types::TenantDataMcpProvisioning>, Error<ByteStream>> {
        let Self { client, tenant_id, database_id } = self;
        let tenant_id = tenant_id.map_err(Error::InvalidRequest)?;
        let database_id = database_id.map_err(Error::InvalidRequest)?;
        let url = format!(
            "{}/v1/tenant-data/tenants/{}/databases/{}/mcp/provision", client.baseurl,
            crate ::params::path("tenant_id", crate ::params::PathStyle::Simple, false, &
            tenant_id) ?, crate ::params::path("database_id", crate
            ::params::PathStyle::Simple, false, & database_id) ?,
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
            operation_id: "provision_tenant_database_mcp",
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

    /// Sends `POST /v1/tenant-data/tenants/{tenant_id}/databases/{database_id}/mcp/provision` and
    /// decodes the response.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::Response<types::TenantDataMcpProvisioning>,
        crate::Error,
    > {
        let client = self.client;
        crate::transport::send(
                client,
                &crate::metadata::PROVISION_TENANT_DATABASE_MCP,
                self.send_raw(),
            )
            .await
    }

    /// Sends `POST /v1/tenant-data/tenants/{tenant_id}/databases/{database_id}/mcp/provision` with
    /// these options for this call (extra headers, time budget, retry policy) and decodes the
    /// response.
    pub async fn send_with(
        self,
        options: crate::RequestOptions,
    ) -> ::std::result::Result<
        crate::Response<types::TenantDataMcpProvisioning>,
        crate::Error,
    > {
        let client = self.client;
        crate::transport::send_with(
                client,
                &crate::metadata::PROVISION_TENANT_DATABASE_MCP,
                ::std::option::Option::Some(options),
                self.send_raw(),
            )
            .await
    }
}

// @generated operations of the `tenant_data` area by agentruntime-generator 0.1.0. Do not edit by hand.
// Spec: spec/openapi.yaml (sha256 30c1d38da430abece64bd45a9713968d56e678002e3b03f8517556d4a56e28d3), OpenAPI 3.1.0, API version 1.0.0.
// Regenerate: cargo xtask regen

#![allow(clippy::all, clippy::pedantic)]
#[allow(unused_imports)]
use crate::types;
#[allow(unused_imports)]
use progenitor_client::{
    ByteStream, ClientHooks, ClientInfo, Error, OperationInfo, RequestBuilderExt,
    ResponseValue,
};
impl crate::Client {
    /// List tenant databases
    ///
    /// Requires role `project_viewer`. Sends the client's tenant and project as `X-Tenant-Id` and `X-Project-Id`. Idempotent: retried on transient failures. Paginated: `.stream()` yields every item, keeping all filters on every page.
    ///
    /// Sends a `GET` request to `/v1/tenant-data/databases`
    ///
    /// Arguments:
    /// - `limit`: Maximum number of items in one page.
    /// - `page_token`: Opaque cursor from the previous page's `next_page`. Every other filter of the first request must be sent again unchanged with it.
    ///
    /// ```ignore
    /// let response = client.list_tenant_databases()
    ///     .limit(limit)
    ///     .page_token(page_token)
    ///     .send()
    ///     .await?;
    /// ```
    pub fn list_tenant_databases(&self) -> ListTenantDatabases<'_> {
        ListTenantDatabases::new(self)
    }
}
/// Builder for [`Client::list_tenant_databases`]
///
/// [`Client::list_tenant_databases`]: crate::Client::list_tenant_databases
#[derive(Debug, Clone)]
pub struct ListTenantDatabases<'a> {
    client: &'a crate::Client,
    limit: Result<Option<i32>, String>,
    page_token: Result<Option<types::ListTenantDatabasesPageToken>, String>,
}
impl<'a> ListTenantDatabases<'a> {
    /// A builder with no arguments set; the `Client` method that returns it is the usual way in.
    pub fn new(client: &'a crate::Client) -> Self {
        Self {
            client: client,
            limit: Ok(None),
            page_token: Ok(None),
        }
    }
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
    pub fn page_token<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<types::ListTenantDatabasesPageToken>,
    {
        self.page_token = value
            .try_into()
            .map(Some)
            .map_err(|_| {
                "conversion to `ListTenantDatabasesPageToken` for page_token failed"
                    .to_string()
            });
        self
    }
    async fn send_raw(
        self,
    ) -> Result<ResponseValue<types::TenantDatabasePage>, Error<ByteStream>> {
        let Self { client, limit, page_token } = self;
        let limit = limit.map_err(Error::InvalidRequest)?;
        let page_token = page_token.map_err(Error::InvalidRequest)?;
        let url = format!("{}/v1/tenant-data/databases", client.baseurl,);
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
            .query(&progenitor_client::QueryParam::new("limit", &limit))
            .query(&progenitor_client::QueryParam::new("page_token", &page_token))
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "list_tenant_databases",
        };
        client.pre(&mut request, &info).await?;
        let result = client.exec(request, &info).await;
        client.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => ResponseValue::from_response(response).await,
            400u16..=499u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
            500u16..=599u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }
    /// Sends `GET /v1/tenant-data/databases` and decodes the response.
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
    /// Streams every item of every page of `GET /v1/tenant-data/databases`, in order. Each page is requested with this builder's filters and the previous page's `next_page`; the stream ends after the last page.
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
    /// Streams the pages of `GET /v1/tenant-data/databases` (see [`TenantDatabasePage`]), each with its response metadata.
    pub fn pages(
        self,
    ) -> impl ::futures::Stream<
        Item = ::std::result::Result<
            crate::Response<types::TenantDatabasePage>,
            crate::Error,
        >,
    > + ::std::marker::Unpin + 'a {
        crate::pagination::pages(
            self,
            Self::send,
            |builder, token| builder.page_token(token),
        )
    }
}
impl crate::Client {
    /// Create a tenant database and its schema
    ///
    /// Creates a database in the project with the given schema as version 1. Refused with 409 when the project already has a database of that name.
    ///
    /// Requires role `project_contributor`. Sends the client's tenant and project as `X-Tenant-Id` and `X-Project-Id`. Not idempotent: re-sent only when the server provably did not receive it.
    ///
    /// Sends a `POST` request to `/v1/tenant-data/databases`
    ///
    /// ```ignore
    /// let response = client.create_tenant_database()
    ///     .body(body)
    ///     .send()
    ///     .await?;
    /// ```
    pub fn create_tenant_database(&self) -> CreateTenantDatabase<'_> {
        CreateTenantDatabase::new(self)
    }
}
/// Builder for [`Client::create_tenant_database`]
///
/// [`Client::create_tenant_database`]: crate::Client::create_tenant_database
#[derive(Debug, Clone)]
pub struct CreateTenantDatabase<'a> {
    client: &'a crate::Client,
    body: Result<types::TenantDatabaseCreate, String>,
}
impl<'a> CreateTenantDatabase<'a> {
    /// A builder with no arguments set; the `Client` method that returns it is the usual way in.
    pub fn new(client: &'a crate::Client) -> Self {
        Self {
            client: client,
            body: Err("body was not initialized".to_string()),
        }
    }
    pub fn body<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<types::TenantDatabaseCreate>,
        <V as std::convert::TryInto<
            types::TenantDatabaseCreate,
        >>::Error: std::fmt::Display,
    {
        self.body = value
            .try_into()
            .map(From::from)
            .map_err(|s| {
                format!("conversion to `TenantDatabaseCreate` for body failed: {}", s)
            });
        self
    }
    async fn send_raw(
        self,
    ) -> Result<ResponseValue<types::TenantDatabase>, Error<ByteStream>> {
        let Self { client, body } = self;
        let body = body
            .and_then(|v| {
                types::TenantDatabaseCreate::try_from(v).map_err(|e| e.to_string())
            })
            .map_err(Error::InvalidRequest)?;
        let url = format!("{}/v1/tenant-data/databases", client.baseurl,);
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
            201u16 => ResponseValue::from_response(response).await,
            400u16..=499u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
            500u16..=599u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }
    /// Sends `POST /v1/tenant-data/databases` and decodes the response.
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
}
impl crate::Client {
    /// Preview a schema migration
    ///
    /// Compares the target schema with the database's current schema and returns the changes a migration would make, flagging destructive ones. Changes nothing; safe to retry.
    ///
    /// Requires role `project_contributor`. Sends the client's tenant and project as `X-Tenant-Id` and `X-Project-Id`. Idempotent: retried on transient failures.
    ///
    /// Sends a `POST` request to `/v1/tenant-data/databases/{database_id}/schema/migrate/preview`
    ///
    /// Arguments:
    /// - `database_id`: Tenant database id.
    /// - `body`
    ///
    /// ```ignore
    /// let response = client.preview_tenant_database_migration(database_id)
    ///     .body(body)
    ///     .send()
    ///     .await?;
    /// ```
    pub fn preview_tenant_database_migration(
        &self,
        database_id: impl ::std::convert::TryInto<::std::string::String>,
    ) -> PreviewTenantDatabaseMigration<'_> {
        PreviewTenantDatabaseMigration::new(self).database_id(database_id)
    }
}
/// Builder for [`Client::preview_tenant_database_migration`]
///
/// [`Client::preview_tenant_database_migration`]: crate::Client::preview_tenant_database_migration
#[derive(Debug, Clone)]
pub struct PreviewTenantDatabaseMigration<'a> {
    client: &'a crate::Client,
    database_id: Result<::std::string::String, String>,
    body: Result<types::TenantDataMigrationPreviewRequest, String>,
}
impl<'a> PreviewTenantDatabaseMigration<'a> {
    /// A builder with no arguments set; the `Client` method that returns it is the usual way in.
    pub fn new(client: &'a crate::Client) -> Self {
        Self {
            client: client,
            database_id: Err("database_id was not initialized".to_string()),
            body: Err("body was not initialized".to_string()),
        }
    }
    pub fn database_id<V>(mut self, value: V) -> Self
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
    pub fn body<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<types::TenantDataMigrationPreviewRequest>,
        <V as std::convert::TryInto<
            types::TenantDataMigrationPreviewRequest,
        >>::Error: std::fmt::Display,
    {
        self.body = value
            .try_into()
            .map(From::from)
            .map_err(|s| {
                format!(
                    "conversion to `TenantDataMigrationPreviewRequest` for body failed: {}",
                    s
                )
            });
        self
    }
    async fn send_raw(
        self,
    ) -> Result<ResponseValue<types::TenantDataMigrationPlan>, Error<ByteStream>> {
        let Self { client, database_id, body } = self;
        let database_id = database_id.map_err(Error::InvalidRequest)?;
        let body = body
            .and_then(|v| {
                types::TenantDataMigrationPreviewRequest::try_from(v)
                    .map_err(|e| e.to_string())
            })
            .map_err(Error::InvalidRequest)?;
        let url = format!(
            "{}/v1/tenant-data/databases/{}/schema/migrate/preview", client.baseurl,
            crate ::transport::path_segment("database_id", & database_id.to_string()) ?,
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
            200u16 => ResponseValue::from_response(response).await,
            400u16..=499u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
            500u16..=599u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }
    /// Sends `POST /v1/tenant-data/databases/{database_id}/schema/migrate/preview` and decodes the response.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::Response<types::TenantDataMigrationPlan>,
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
}
impl crate::Client {
    /// Apply a schema migration
    ///
    /// Migrates the database to the target schema and bumps its `schema_version`. Destructive changes (dropping tables or columns, narrowing types) need `allow_destructive: true`. With `expected_schema_version`, the migration is refused with 409 if the schema changed since it was previewed.
    ///
    /// Requires role `project_contributor`. Sends the client's tenant and project as `X-Tenant-Id` and `X-Project-Id`. Not idempotent: re-sent only when the server provably did not receive it.
    ///
    /// Sends a `POST` request to `/v1/tenant-data/databases/{database_id}/schema/migrate`
    ///
    /// Arguments:
    /// - `database_id`: Tenant database id.
    /// - `body`
    ///
    /// ```ignore
    /// let response = client.apply_tenant_database_migration(database_id)
    ///     .body(body)
    ///     .send()
    ///     .await?;
    /// ```
    pub fn apply_tenant_database_migration(
        &self,
        database_id: impl ::std::convert::TryInto<::std::string::String>,
    ) -> ApplyTenantDatabaseMigration<'_> {
        ApplyTenantDatabaseMigration::new(self).database_id(database_id)
    }
}
/// Builder for [`Client::apply_tenant_database_migration`]
///
/// [`Client::apply_tenant_database_migration`]: crate::Client::apply_tenant_database_migration
#[derive(Debug, Clone)]
pub struct ApplyTenantDatabaseMigration<'a> {
    client: &'a crate::Client,
    database_id: Result<::std::string::String, String>,
    body: Result<types::TenantDataMigrationApplyRequest, String>,
}
impl<'a> ApplyTenantDatabaseMigration<'a> {
    /// A builder with no arguments set; the `Client` method that returns it is the usual way in.
    pub fn new(client: &'a crate::Client) -> Self {
        Self {
            client: client,
            database_id: Err("database_id was not initialized".to_string()),
            body: Err("body was not initialized".to_string()),
        }
    }
    pub fn database_id<V>(mut self, value: V) -> Self
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
    pub fn body<V>(mut self, value: V) -> Self
    where
        V: std::convert::TryInto<types::TenantDataMigrationApplyRequest>,
        <V as std::convert::TryInto<
            types::TenantDataMigrationApplyRequest,
        >>::Error: std::fmt::Display,
    {
        self.body = value
            .try_into()
            .map(From::from)
            .map_err(|s| {
                format!(
                    "conversion to `TenantDataMigrationApplyRequest` for body failed: {}",
                    s
                )
            });
        self
    }
    async fn send_raw(
        self,
    ) -> Result<ResponseValue<types::TenantDataMigrationResult>, Error<ByteStream>> {
        let Self { client, database_id, body } = self;
        let database_id = database_id.map_err(Error::InvalidRequest)?;
        let body = body
            .and_then(|v| {
                types::TenantDataMigrationApplyRequest::try_from(v)
                    .map_err(|e| e.to_string())
            })
            .map_err(Error::InvalidRequest)?;
        let url = format!(
            "{}/v1/tenant-data/databases/{}/schema/migrate", client.baseurl, crate
            ::transport::path_segment("database_id", & database_id.to_string()) ?,
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
            200u16 => ResponseValue::from_response(response).await,
            400u16..=499u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
            500u16..=599u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }
    /// Sends `POST /v1/tenant-data/databases/{database_id}/schema/migrate` and decodes the response.
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
}
impl crate::Client {
    /// Get a database's published API contract
    ///
    /// Returns the columns each table publishes to workflows and its upsert policy: the key columns an upsert matches rows on and the columns it may overwrite. Workflow validation (`tenantdata_upsert`) checks upsert steps against this contract.
    ///
    /// Requires role `project_viewer`. Sends the client's tenant and project as `X-Tenant-Id` and `X-Project-Id`. Idempotent: retried on transient failures.
    ///
    /// Sends a `GET` request to `/v1/tenant-data/databases/{database_id}/api-contract`
    ///
    /// Arguments:
    /// - `database_id`: Tenant database id.
    ///
    /// ```ignore
    /// let response = client.get_tenant_database_api_contract(database_id)
    ///     .send()
    ///     .await?;
    /// ```
    pub fn get_tenant_database_api_contract(
        &self,
        database_id: impl ::std::convert::TryInto<::std::string::String>,
    ) -> GetTenantDatabaseApiContract<'_> {
        GetTenantDatabaseApiContract::new(self).database_id(database_id)
    }
}
/// Builder for [`Client::get_tenant_database_api_contract`]
///
/// [`Client::get_tenant_database_api_contract`]: crate::Client::get_tenant_database_api_contract
#[derive(Debug, Clone)]
pub struct GetTenantDatabaseApiContract<'a> {
    client: &'a crate::Client,
    database_id: Result<::std::string::String, String>,
}
impl<'a> GetTenantDatabaseApiContract<'a> {
    /// A builder with no arguments set; the `Client` method that returns it is the usual way in.
    pub fn new(client: &'a crate::Client) -> Self {
        Self {
            client: client,
            database_id: Err("database_id was not initialized".to_string()),
        }
    }
    pub fn database_id<V>(mut self, value: V) -> Self
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
        let Self { client, database_id } = self;
        let database_id = database_id.map_err(Error::InvalidRequest)?;
        let url = format!(
            "{}/v1/tenant-data/databases/{}/api-contract", client.baseurl, crate
            ::transport::path_segment("database_id", & database_id.to_string()) ?,
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
            200u16 => ResponseValue::from_response(response).await,
            400u16..=499u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
            500u16..=599u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }
    /// Sends `GET /v1/tenant-data/databases/{database_id}/api-contract` and decodes the response.
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
}
impl crate::Client {
    /// Provision the database's Tenant Data MCP instance
    ///
    /// Creates the Tenant Data MCP instance through which workflow `mcp_call` steps read and write the database. Provisioning an already provisioned database returns its existing instance.
    ///
    /// Requires role `project_contributor`. Sends the client's tenant and project as `X-Tenant-Id` and `X-Project-Id`. Not idempotent: re-sent only when the server provably did not receive it.
    ///
    /// Sends a `POST` request to `/v1/tenant-data/databases/{database_id}/mcp/provision`
    ///
    /// Arguments:
    /// - `database_id`: Tenant database id.
    ///
    /// ```ignore
    /// let response = client.provision_tenant_database_mcp(database_id)
    ///     .send()
    ///     .await?;
    /// ```
    pub fn provision_tenant_database_mcp(
        &self,
        database_id: impl ::std::convert::TryInto<::std::string::String>,
    ) -> ProvisionTenantDatabaseMcp<'_> {
        ProvisionTenantDatabaseMcp::new(self).database_id(database_id)
    }
}
/// Builder for [`Client::provision_tenant_database_mcp`]
///
/// [`Client::provision_tenant_database_mcp`]: crate::Client::provision_tenant_database_mcp
#[derive(Debug, Clone)]
pub struct ProvisionTenantDatabaseMcp<'a> {
    client: &'a crate::Client,
    database_id: Result<::std::string::String, String>,
}
impl<'a> ProvisionTenantDatabaseMcp<'a> {
    /// A builder with no arguments set; the `Client` method that returns it is the usual way in.
    pub fn new(client: &'a crate::Client) -> Self {
        Self {
            client: client,
            database_id: Err("database_id was not initialized".to_string()),
        }
    }
    pub fn database_id<V>(mut self, value: V) -> Self
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
        let Self { client, database_id } = self;
        let database_id = database_id.map_err(Error::InvalidRequest)?;
        let url = format!(
            "{}/v1/tenant-data/databases/{}/mcp/provision", client.baseurl, crate
            ::transport::path_segment("database_id", & database_id.to_string()) ?,
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
            200u16 => ResponseValue::from_response(response).await,
            400u16..=499u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
            500u16..=599u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }
    /// Sends `POST /v1/tenant-data/databases/{database_id}/mcp/provision` and decodes the response.
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
}

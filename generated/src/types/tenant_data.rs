// @generated types of the `tenant_data` area by agentruntime-generator 0.1.0. Do not edit by hand.
// Spec: spec/openapi.yaml (sha256 30c1d38da430abece64bd45a9713968d56e678002e3b03f8517556d4a56e28d3), OpenAPI 3.1.0, API version 1.0.0.
// Regenerate: cargo xtask regen

#![allow(clippy::all, clippy::pedantic)]
#[allow(unused_imports)]
use super::*;
/// `ListTenantDatabasesPageToken`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct ListTenantDatabasesPageToken(::std::string::String);
impl ::std::ops::Deref for ListTenantDatabasesPageToken {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<ListTenantDatabasesPageToken> for ::std::string::String {
    fn from(value: ListTenantDatabasesPageToken) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for ListTenantDatabasesPageToken {
    type Err = super::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, super::error::ConversionError> {
        if value.chars().count() < 1usize {
            return Err("shorter than 1 characters".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for ListTenantDatabasesPageToken {
    type Error = super::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, super::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for ListTenantDatabasesPageToken {
    type Error = super::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, super::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for ListTenantDatabasesPageToken {
    fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        ::std::string::String::deserialize(deserializer)?
            .parse()
            .map_err(|e: super::error::ConversionError| {
                <D::Error as ::serde::de::Error>::custom(e.to_string())
            })
    }
}
/// The columns and upsert policies a database publishes to workflows.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct TenantDataApiContract {
    pub database_id: ::std::string::String,
    /// Schema version the contract describes.
    pub schema_version: i32,
    pub tables: ::std::vec::Vec<TenantDataContractTable>,
}
/// One column of a table.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct TenantDataColumn {
    /// What the column holds.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub description: ::std::option::Option<::std::string::String>,
    pub name: ::std::string::String,
    /// Whether the column accepts nulls.
    #[serde(default = "defaults::default_bool::<true>")]
    pub nullable: bool,
    /// Column type (for example `text`, `integer`, `numeric`, `boolean`, `uuid`, `timestamptz`, `jsonb`).
    #[serde(rename = "type")]
    pub type_: ::std::string::String,
}
/// One table of the published API contract.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct TenantDataContractTable {
    /// Columns published to workflows.
    pub columns: ::std::vec::Vec<TenantDataColumn>,
    pub name: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub upsert: ::std::option::Option<TenantDataUpsertPolicy>,
}
/// A database's Tenant Data MCP instance.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct TenantDataMcpProvisioning {
    pub database_id: ::std::string::String,
    /// MCP instance id; use it to bind `mcp_call` steps.
    pub mcp_instance_id: ::std::string::String,
    /// Instance state (for example `active`, `provisioning`).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub status: ::std::option::Option<::std::string::String>,
}
/// Request body to migrate a database to a target schema.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct TenantDataMigrationApplyRequest {
    /// Allow changes that drop tables or columns or narrow types.
    #[serde(default)]
    pub allow_destructive: bool,
    /// Refuse with 409 unless the database is still at this version (the preview's `from_version`).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub expected_schema_version: ::std::option::Option<i32>,
    pub schema: TenantDataSchema,
}
/// The changes a migration would make.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct TenantDataMigrationPlan {
    pub changes: ::std::vec::Vec<TenantDataSchemaChange>,
    pub database_id: ::std::string::String,
    /// Whether any change is destructive (applying then needs `allow_destructive`).
    pub destructive: bool,
    /// The database's current schema version.
    pub from_version: i32,
    /// The version the migration would produce.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub to_version: ::std::option::Option<i32>,
}
/// Request body to preview a migration to a target schema.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct TenantDataMigrationPreviewRequest {
    pub schema: TenantDataSchema,
}
/// The outcome of an applied migration.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct TenantDataMigrationResult {
    pub applied_changes: ::std::vec::Vec<TenantDataSchemaChange>,
    pub database_id: ::std::string::String,
    /// The database's new schema version.
    pub schema_version: i32,
}
/// A declarative database schema; migrations move a database to such a target.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct TenantDataSchema {
    pub tables: ::std::vec::Vec<TenantDataTable>,
}
/// One change of a schema migration.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct TenantDataSchemaChange {
    /// Column affected, for column changes.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub column: ::std::option::Option<::std::string::String>,
    /// Human-readable summary of the change.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub description: ::std::option::Option<::std::string::String>,
    /// Whether the change can lose data.
    pub destructive: bool,
    /// What changes (for example `add_table`, `drop_table`, `add_column`, `drop_column`, `alter_column`).
    pub kind: ::std::string::String,
    pub table: ::std::string::String,
}
/// One table of a database schema.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct TenantDataTable {
    pub columns: ::std::vec::Vec<TenantDataColumn>,
    pub name: ::std::string::String,
    /// Columns of the primary key.
    #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
    pub primary_key: ::std::vec::Vec<::std::string::String>,
}
/// How upserts into a table match and update rows.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct TenantDataUpsertPolicy {
    /// Columns an upsert matches existing rows on.
    pub key_columns: ::std::vec::Vec<::std::string::String>,
    /// Columns an upsert may overwrite on a match.
    #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
    pub update_columns: ::std::vec::Vec<::std::string::String>,
}
/// A tenant database of the project.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct TenantDatabase {
    pub created_at: ::chrono::DateTime<::chrono::offset::Utc>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub description: ::std::option::Option<::std::string::String>,
    pub id: ::std::string::String,
    /// The database's Tenant Data MCP instance, once provisioned.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub mcp_instance_id: ::std::option::Option<::std::string::String>,
    /// Database name, unique in the project.
    pub name: ::std::string::String,
    /// Current schema version; 1 at creation, bumped by every applied migration.
    pub schema_version: i32,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub updated_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
}
/// Request body to create a tenant database with its initial schema.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct TenantDatabaseCreate {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub description: ::std::option::Option<::std::string::String>,
    /// Database name, unique in the project.
    pub name: ::std::string::String,
    pub schema: TenantDataSchema,
}
/// One page of tenant databases.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct TenantDatabasePage {
    pub items: ::std::vec::Vec<TenantDatabase>,
    /// Cursor for the next page (`page_token`); null on the last page.
    #[serde(deserialize_with = "::std::option::Option::deserialize")]
    pub next_page: ::std::option::Option<::std::string::String>,
}
impl crate::pagination::Page for TenantDatabasePage {
    type Item = TenantDatabase;
    fn next_page(&self) -> ::std::option::Option<::std::string::String> {
        self.next_page.as_ref().map(::std::string::ToString::to_string)
    }
    fn into_items(self) -> ::std::vec::Vec<Self::Item> {
        self.items
    }
}

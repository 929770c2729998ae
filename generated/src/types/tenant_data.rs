// @generated types of the `tenant_data` area by agentruntime-generator 0.1.0. Do not edit by hand.
// Spec: spec/openapi.yaml (sha256 aab3041a7d360a69e58dfceca5f9a2bffcbf688e5ad868463978c58def134800), OpenAPI 3.1.0, API version 1.0.0.
// Regenerate: cargo xtask regen

#![allow(clippy::all, clippy::pedantic)]
#[allow(unused_imports)]
use super::*;

/// The published API contract: the logical schema (`{tables}`) workflows write against. Read it
/// again after every migration.
#[cfg(feature = "tenant_data")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct TenantDataApiContract {
    /// The published schema version (undocumented).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub schema_version: ::std::option::Option<i32>,
    /// The published tables with their insert policies.
    #[serde(deserialize_with = "crate::lenient::null_as_default")]
    pub tables: ::std::vec::Vec<TenantDataTable>,
}

/// One column of a table.
#[cfg(any(feature = "tenant_data", feature = "workflows"))]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct TenantDataColumn {
    /// The server generates the value (prefer `uuid` ids with `auto_generate`).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub auto_generate: ::std::option::Option<bool>,
    /// Default value.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub default: ::std::option::Option<::std::string::String>,
    /// Vector size; required when `type` is `vector`.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub dimensions: ::std::option::Option<i32>,
    /// Column name (snake_case).
    pub name: ::std::string::String,
    /// The column is (part of) the primary key.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub primary_key: ::std::option::Option<bool>,
    /// `references`: [`TenantDataColumnReference`]. A logical foreign key; documentation today (the
    /// database enforces little of it).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub references: ::std::option::Option<TenantDataColumnReference>,
    /// The column must have a value (NOT NULL).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub required: ::std::option::Option<bool>,
    /// `type`: [`TenantDataColumnType`]. Logical column type: `string` and `email` (text),
    /// `short_text` (varchar(255)), `integer`, `number` (numeric), `boolean`, `date`, `datetime`
    /// (timestamptz), `uuid`, `json` (jsonb) and `vector` (with `dimensions`).
    #[serde(rename = "type")]
    pub type_: TenantDataColumnType,
    /// Values are unique.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub unique: ::std::option::Option<bool>,
}

#[cfg(any(feature = "tenant_data", feature = "workflows"))]
impl TenantDataColumn {
    /// A `TenantDataColumn` with its required fields; the optional ones are set with the chained
    /// setters.
    ///
    /// - `name`: Column name (snake_case).
    /// - `type_`
    pub fn new(
        name: impl ::std::convert::Into<::std::string::String>,
        type_: impl ::std::convert::Into<TenantDataColumnType>,
    ) -> Self {
        Self {
            name: name.into(),
            type_: type_.into(),
            auto_generate: ::std::option::Option::None,
            default: ::std::option::Option::None,
            dimensions: ::std::option::Option::None,
            primary_key: ::std::option::Option::None,
            references: ::std::option::Option::None,
            required: ::std::option::Option::None,
            unique: ::std::option::Option::None,
        }
    }

    /// Sets `auto_generate`: The server generates the value (prefer `uuid` ids with
    /// `auto_generate`).
    pub fn auto_generate(mut self, value: impl ::std::convert::Into<bool>) -> Self {
        self.auto_generate = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `default`: Default value.
    pub fn default(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.default = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `dimensions`: Vector size; required when `type` is `vector`.
    pub fn dimensions(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.dimensions = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `primary_key`: The column is (part of) the primary key.
    pub fn primary_key(mut self, value: impl ::std::convert::Into<bool>) -> Self {
        self.primary_key = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `references`.
    pub fn references(
        mut self,
        value: impl ::std::convert::Into<TenantDataColumnReference>,
    ) -> Self {
        self.references = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `required`: The column must have a value (NOT NULL).
    pub fn required(mut self, value: impl ::std::convert::Into<bool>) -> Self {
        self.required = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `unique`: Values are unique.
    pub fn unique(mut self, value: impl ::std::convert::Into<bool>) -> Self {
        self.unique = ::std::option::Option::Some(value.into());
        self
    }
}

/// A logical foreign key; documentation today (the database enforces little of it).
#[cfg(any(feature = "tenant_data", feature = "workflows"))]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct TenantDataColumnReference {
    /// Referenced column.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub column: ::std::option::Option<::std::string::String>,
    /// Referenced table.
    pub table: ::std::string::String,
}

#[cfg(any(feature = "tenant_data", feature = "workflows"))]
impl TenantDataColumnReference {
    /// A `TenantDataColumnReference` with its required fields; the optional ones are set with the
    /// chained setters.
    ///
    /// - `table`: Referenced table.
    pub fn new(table: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            table: table.into(),
            column: ::std::option::Option::None,
        }
    }

    /// Sets `column`: Referenced column.
    pub fn column(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.column = ::std::option::Option::Some(value.into());
        self
    }
}

/// Logical column type: `string` and `email` (text), `short_text` (varchar(255)), `integer`,
/// `number` (numeric), `boolean`, `date`, `datetime` (timestamptz), `uuid`, `json` (jsonb) and
/// `vector` (with `dimensions`).
#[cfg(any(feature = "tenant_data", feature = "workflows"))]
#[derive(Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[non_exhaustive]
pub enum TenantDataColumnType {
    /// `string`
    String,
    /// `short_text`
    ShortText,
    /// `email`
    Email,
    /// `integer`
    Integer,
    /// `number`
    Number,
    /// `boolean`
    Boolean,
    /// `date`
    Date,
    /// `datetime`
    Datetime,
    /// `uuid`
    Uuid,
    /// `json`
    Json,
    /// `vector`
    Vector,
    /// A value this version of the SDK does not know yet, kept as it was sent.
    Unknown(::std::string::String),
}

#[cfg(any(feature = "tenant_data", feature = "workflows"))]
impl ::std::fmt::Display for TenantDataColumnType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::String => f.write_str("string"),
            Self::ShortText => f.write_str("short_text"),
            Self::Email => f.write_str("email"),
            Self::Integer => f.write_str("integer"),
            Self::Number => f.write_str("number"),
            Self::Boolean => f.write_str("boolean"),
            Self::Date => f.write_str("date"),
            Self::Datetime => f.write_str("datetime"),
            Self::Uuid => f.write_str("uuid"),
            Self::Json => f.write_str("json"),
            Self::Vector => f.write_str("vector"),
            Self::Unknown(value) => f.write_str(value),
        }
    }
}

#[cfg(any(feature = "tenant_data", feature = "workflows"))]
impl ::std::str::FromStr for TenantDataColumnType {
    type Err = super::error::ConversionError;

    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, super::error::ConversionError> {
        match value {
            "string" => Ok(Self::String),
            "short_text" => Ok(Self::ShortText),
            "email" => Ok(Self::Email),
            "integer" => Ok(Self::Integer),
            "number" => Ok(Self::Number),
            "boolean" => Ok(Self::Boolean),
            "date" => Ok(Self::Date),
            "datetime" => Ok(Self::Datetime),
            "uuid" => Ok(Self::Uuid),
            "json" => Ok(Self::Json),
            "vector" => Ok(Self::Vector),
            _ => Err("invalid value".into()),
        }
    }
}

#[cfg(any(feature = "tenant_data", feature = "workflows"))]
impl ::std::convert::TryFrom<&str> for TenantDataColumnType {
    type Error = super::error::ConversionError;

    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, super::error::ConversionError> {
        value.parse()
    }
}

#[cfg(any(feature = "tenant_data", feature = "workflows"))]
impl ::std::convert::TryFrom<::std::string::String> for TenantDataColumnType {
    type Error = super::error::ConversionError;

    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, super::error::ConversionError> {
        value.parse()
    }
}

/// The docs' Tenant Data logical schema (`{tables}`; logical-schema.schema.json). Identifier rules
/// of the docs (snake_case, `^[a-z][a-z0-9_]{0,62}$`; at least one table and one column) are stated
/// rather than enforced.
#[cfg(any(feature = "tenant_data", feature = "workflows"))]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct TenantDataLogicalSchema {
    /// The tables (at least one).
    #[serde(deserialize_with = "crate::lenient::null_as_default")]
    pub tables: ::std::vec::Vec<TenantDataTable>,
}

#[cfg(any(feature = "tenant_data", feature = "workflows"))]
impl TenantDataLogicalSchema {
    /// A `TenantDataLogicalSchema` with its required fields; the optional ones are set with the
    /// chained setters.
    ///
    /// - `tables`: The tables (at least one).
    pub fn new(
        tables: impl ::std::iter::IntoIterator<
            Item = impl ::std::convert::Into<TenantDataTable>,
        >,
    ) -> Self {
        Self {
            tables: tables.into_iter().map(::std::convert::Into::into).collect(),
        }
    }
}

/// The provisioned Tenant Data MCP instance.
#[cfg(feature = "tenant_data")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct TenantDataMcpProvisioning {
    /// The database the instance serves (undocumented).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub database_id: ::std::option::Option<::std::string::String>,
    /// Id of the MCP instance; use it as `instance_id` of `tenantdata_*` steps.
    pub mcp_instance_id: ::std::string::String,
}

/// One migration operation, named by `op`. Its other fields (the table definition of `add_table`,
/// the table name and column of `add_column`, ...) are undocumented and passed through as given.
#[cfg(feature = "tenant_data")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct TenantDataMigrationOperation {
    /// The operation: `add_table`, `add_column`, `drop_column`, `update_table` or another the
    /// Console migrate API supports.
    pub op: ::std::string::String,
    /// Properties the spec does not name, kept as they were received (and sent back).
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}

#[cfg(feature = "tenant_data")]
impl TenantDataMigrationOperation {
    /// A `TenantDataMigrationOperation` with its required fields; the optional ones are set with
    /// the chained setters.
    ///
    /// - `op`: The operation: `add_table`, `add_column`, `drop_column`, `update_table` or another
    ///   the Console migrate API supports.
    pub fn new(op: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            op: op.into(),
            extra: ::std::default::Default::default(),
        }
    }

    /// Adds (or replaces) one property the spec does not name; it is sent next to the others (kept
    /// in `extra`).
    pub fn extra_property(
        mut self,
        key: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<::serde_json::Value>,
    ) -> Self {
        self.extra.insert(key.into(), value.into());
        self
    }
}

/// Preflight of a migration: the SQL it would run and what blocks it. Undocumented beyond
/// "preflight SQL + blockers"; every property is optional.
#[cfg(feature = "tenant_data")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct TenantDataMigrationPreview {
    /// Reasons the migration cannot be applied as is (empty when none).
    #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
    #[serde(deserialize_with = "crate::lenient::null_as_default")]
    pub blockers: ::std::vec::Vec<::serde_json::Value>,
    /// Statements the migration would run.
    #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
    #[serde(deserialize_with = "crate::lenient::null_as_default")]
    pub sql: ::std::vec::Vec<::std::string::String>,
}

/// Incremental migration operations, as the Console migrate API takes them. The docs name the
/// operations (`add_table`, `add_column`, `drop_column`, `update_table`, …) but not the body's
/// field names.
#[cfg(feature = "tenant_data")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct TenantDataMigrationRequest {
    /// The operations, applied in order.
    #[serde(deserialize_with = "crate::lenient::null_as_default")]
    pub operations: ::std::vec::Vec<TenantDataMigrationOperation>,
}

#[cfg(feature = "tenant_data")]
impl TenantDataMigrationRequest {
    /// A `TenantDataMigrationRequest` with its required fields; the optional ones are set with the
    /// chained setters.
    ///
    /// - `operations`: The operations, applied in order.
    pub fn new(
        operations: impl ::std::iter::IntoIterator<
            Item = impl ::std::convert::Into<TenantDataMigrationOperation>,
        >,
    ) -> Self {
        Self {
            operations: operations.into_iter().map(::std::convert::Into::into).collect(),
        }
    }
}

/// The applied migration. Undocumented; every property is optional.
#[cfg(feature = "tenant_data")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct TenantDataMigrationResult {
    /// The newly published schema version.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub current_schema_version: ::std::option::Option<i32>,
    /// The migrated database.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub database_id: ::std::option::Option<::std::string::String>,
}

/// What an insert does with a row whose conflict key exists: `fail`, `ignore` (skip it) or `upsert`
/// (overwrite `upsert_columns`).
#[cfg(any(feature = "tenant_data", feature = "workflows"))]
#[derive(Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[non_exhaustive]
pub enum TenantDataOnDuplicate {
    /// `fail`
    Fail,
    /// `ignore`
    Ignore,
    /// `upsert`
    Upsert,
    /// A value this version of the SDK does not know yet, kept as it was sent.
    Unknown(::std::string::String),
}

#[cfg(any(feature = "tenant_data", feature = "workflows"))]
impl ::std::fmt::Display for TenantDataOnDuplicate {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Fail => f.write_str("fail"),
            Self::Ignore => f.write_str("ignore"),
            Self::Upsert => f.write_str("upsert"),
            Self::Unknown(value) => f.write_str(value),
        }
    }
}

#[cfg(any(feature = "tenant_data", feature = "workflows"))]
impl ::std::str::FromStr for TenantDataOnDuplicate {
    type Err = super::error::ConversionError;

    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, super::error::ConversionError> {
        match value {
            "fail" => Ok(Self::Fail),
            "ignore" => Ok(Self::Ignore),
            "upsert" => Ok(Self::Upsert),
            _ => Err("invalid value".into()),
        }
    }
}

#[cfg(any(feature = "tenant_data", feature = "workflows"))]
impl ::std::convert::TryFrom<&str> for TenantDataOnDuplicate {
    type Error = super::error::ConversionError;

    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, super::error::ConversionError> {
        value.parse()
    }
}

#[cfg(any(feature = "tenant_data", feature = "workflows"))]
impl ::std::convert::TryFrom<::std::string::String> for TenantDataOnDuplicate {
    type Error = super::error::ConversionError;

    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, super::error::ConversionError> {
        value.parse()
    }
}

/// One table. Every table needs a primary key. `on_duplicate`, `conflict_columns` and
/// `upsert_columns` are the table's default insert policy for `tenantdata_insert`.
#[cfg(any(feature = "tenant_data", feature = "workflows"))]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct TenantDataTable {
    /// The columns (at least one).
    #[serde(deserialize_with = "crate::lenient::null_as_default")]
    pub columns: ::std::vec::Vec<TenantDataColumn>,
    /// Conflict target of inserts (the primary key or a single unique column).
    #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
    #[serde(deserialize_with = "crate::lenient::null_as_default")]
    pub conflict_columns: ::std::vec::Vec<::std::string::String>,
    /// Human-readable name.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub display_name: ::std::option::Option<::std::string::String>,
    /// Logical table name (snake_case).
    pub name: ::std::string::String,
    /// `on_duplicate`: [`TenantDataOnDuplicate`]. What an insert does with a row whose conflict key
    /// exists: `fail`, `ignore` (skip it) or `upsert` (overwrite `upsert_columns`).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub on_duplicate: ::std::option::Option<TenantDataOnDuplicate>,
    /// Columns an upsert overwrites.
    #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
    #[serde(deserialize_with = "crate::lenient::null_as_default")]
    pub upsert_columns: ::std::vec::Vec<::std::string::String>,
}

#[cfg(any(feature = "tenant_data", feature = "workflows"))]
impl TenantDataTable {
    /// A `TenantDataTable` with its required fields; the optional ones are set with the chained
    /// setters.
    ///
    /// - `name`: Logical table name (snake_case).
    /// - `columns`: The columns (at least one).
    pub fn new(
        name: impl ::std::convert::Into<::std::string::String>,
        columns: impl ::std::iter::IntoIterator<
            Item = impl ::std::convert::Into<TenantDataColumn>,
        >,
    ) -> Self {
        Self {
            name: name.into(),
            columns: columns.into_iter().map(::std::convert::Into::into).collect(),
            conflict_columns: ::std::default::Default::default(),
            display_name: ::std::option::Option::None,
            on_duplicate: ::std::option::Option::None,
            upsert_columns: ::std::default::Default::default(),
        }
    }

    /// Sets `conflict_columns`: Conflict target of inserts (the primary key or a single unique
    /// column).
    pub fn conflict_columns(
        mut self,
        value: impl ::std::iter::IntoIterator<
            Item = impl ::std::convert::Into<::std::string::String>,
        >,
    ) -> Self {
        self.conflict_columns = value
            .into_iter()
            .map(::std::convert::Into::into)
            .collect();
        self
    }

    /// Sets `display_name`: Human-readable name.
    pub fn display_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.display_name = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `on_duplicate`.
    pub fn on_duplicate(
        mut self,
        value: impl ::std::convert::Into<TenantDataOnDuplicate>,
    ) -> Self {
        self.on_duplicate = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `upsert_columns`: Columns an upsert overwrites.
    pub fn upsert_columns(
        mut self,
        value: impl ::std::iter::IntoIterator<
            Item = impl ::std::convert::Into<::std::string::String>,
        >,
    ) -> Self {
        self.upsert_columns = value
            .into_iter()
            .map(::std::convert::Into::into)
            .collect();
        self
    }
}

/// A tenant database. Undocumented shape: the request's names plus the documented
/// `current_schema_version` of each database; every property is optional.
#[cfg(feature = "tenant_data")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct TenantDatabase {
    /// When the database was created.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub created_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
    /// Version of the published schema.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub current_schema_version: ::std::option::Option<i32>,
    /// The logical database key.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub database_id: ::std::option::Option<::std::string::String>,
    /// Human-readable name.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub database_name: ::std::option::Option<::std::string::String>,
    /// The Tenant Data MCP instance, once provisioned.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub mcp_instance_id: ::std::option::Option<::std::string::String>,
    /// When the database or its schema last changed.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub updated_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
}

/// Body of `create_tenant_database`, as documented.
#[cfg(feature = "tenant_data")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct TenantDatabaseCreate {
    /// The stable logical database key (`crm`).
    pub database_id: ::std::string::String,
    /// Human-readable name (`CRM`).
    pub database_name: ::std::string::String,
    /// `schema`: [`TenantDataLogicalSchema`]. The docs' Tenant Data logical schema (`{tables}`;
    /// logical-schema.schema.json).
    pub schema: TenantDataLogicalSchema,
}

#[cfg(feature = "tenant_data")]
impl TenantDatabaseCreate {
    /// A `TenantDatabaseCreate` with its required fields; the optional ones are set with the
    /// chained setters.
    ///
    /// - `database_id`: The stable logical database key (`crm`).
    /// - `database_name`: Human-readable name (`CRM`).
    /// - `schema`
    pub fn new(
        database_id: impl ::std::convert::Into<::std::string::String>,
        database_name: impl ::std::convert::Into<::std::string::String>,
        schema: impl ::std::convert::Into<TenantDataLogicalSchema>,
    ) -> Self {
        Self {
            database_id: database_id.into(),
            database_name: database_name.into(),
            schema: schema.into(),
        }
    }
}

/// One page of databases.
#[cfg(feature = "tenant_data")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct TenantDatabasePage {
    /// The databases of this page.
    #[serde(deserialize_with = "crate::lenient::null_as_default")]
    pub items: ::std::vec::Vec<TenantDatabase>,
    /// Cursor for the next page (`page_token`); null on the last page.
    #[serde(deserialize_with = "::std::option::Option::deserialize")]
    pub next_page: ::std::option::Option<::std::string::String>,
}

#[cfg(any(feature = "tenant_data", feature = "workflows"))]
impl TenantDataColumnType {
    /// The value as it is on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::String => "string",
            Self::ShortText => "short_text",
            Self::Email => "email",
            Self::Integer => "integer",
            Self::Number => "number",
            Self::Boolean => "boolean",
            Self::Date => "date",
            Self::Datetime => "datetime",
            Self::Uuid => "uuid",
            Self::Json => "json",
            Self::Vector => "vector",
            Self::Unknown(value) => value,
        }
    }
}

#[cfg(any(feature = "tenant_data", feature = "workflows"))]
impl ::serde::Serialize for TenantDataColumnType {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

#[cfg(any(feature = "tenant_data", feature = "workflows"))]
impl<'de> ::serde::Deserialize<'de> for TenantDataColumnType {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        let value = <::std::string::String as ::serde::Deserialize>::deserialize(
            deserializer,
        )?;
        Ok(
            match value.as_str() {
                "string" => Self::String,
                "short_text" => Self::ShortText,
                "email" => Self::Email,
                "integer" => Self::Integer,
                "number" => Self::Number,
                "boolean" => Self::Boolean,
                "date" => Self::Date,
                "datetime" => Self::Datetime,
                "uuid" => Self::Uuid,
                "json" => Self::Json,
                "vector" => Self::Vector,
                _ => Self::Unknown(value),
            },
        )
    }
}

#[cfg(any(feature = "tenant_data", feature = "workflows"))]
impl TenantDataOnDuplicate {
    /// The value as it is on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Fail => "fail",
            Self::Ignore => "ignore",
            Self::Upsert => "upsert",
            Self::Unknown(value) => value,
        }
    }
}

#[cfg(any(feature = "tenant_data", feature = "workflows"))]
impl ::serde::Serialize for TenantDataOnDuplicate {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

#[cfg(any(feature = "tenant_data", feature = "workflows"))]
impl<'de> ::serde::Deserialize<'de> for TenantDataOnDuplicate {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        let value = <::std::string::String as ::serde::Deserialize>::deserialize(
            deserializer,
        )?;
        Ok(
            match value.as_str() {
                "fail" => Self::Fail,
                "ignore" => Self::Ignore,
                "upsert" => Self::Upsert,
                _ => Self::Unknown(value),
            },
        )
    }
}

#[cfg(feature = "tenant_data")]
impl crate::pagination::Page for TenantDatabasePage {
    type Item = TenantDatabase;

    fn next_cursor(&self) -> ::std::option::Option<::std::string::String> {
        self.next_page.as_ref().map(::std::string::ToString::to_string)
    }

    fn total(&self) -> ::std::option::Option<u64> {
        ::std::option::Option::None
    }

    fn len(&self) -> usize {
        self.items.len()
    }

    fn into_items(self) -> ::std::vec::Vec<Self::Item> {
        self.items
    }
}

// @generated struct builders of the `tenant_data` area by agentruntime-generator 0.1.0. Do not edit by hand.
// Spec: spec/openapi.yaml (sha256 519ac2a915cd9c7a211905e5012ef39e9645387cfc93c6c8dc097895fccb21cc), OpenAPI 3.1.0, API version 1.0.0.
// Regenerate: cargo xtask regen

#![allow(clippy::all, clippy::pedantic)]
#[derive(Clone, Debug)]
pub struct TenantDataApiContract {
    database_id: ::std::result::Result<::std::string::String, ::std::string::String>,
    schema_version: ::std::result::Result<i32, ::std::string::String>,
    tables: ::std::result::Result<
        ::std::vec::Vec<crate::types::TenantDataContractTable>,
        ::std::string::String,
    >,
}
impl ::std::default::Default for TenantDataApiContract {
    fn default() -> Self {
        Self {
            database_id: Err("no value supplied for database_id".to_string()),
            schema_version: Err("no value supplied for schema_version".to_string()),
            tables: Err("no value supplied for tables".to_string()),
        }
    }
}
impl TenantDataApiContract {
    pub fn database_id<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.database_id = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for database_id: {e}")
            });
        self
    }
    pub fn schema_version<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<i32>,
        T::Error: ::std::fmt::Display,
    {
        self.schema_version = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for schema_version: {e}")
            });
        self
    }
    pub fn tables<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<
            ::std::vec::Vec<crate::types::TenantDataContractTable>,
        >,
        T::Error: ::std::fmt::Display,
    {
        self.tables = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for tables: {e}"));
        self
    }
}
impl ::std::convert::TryFrom<TenantDataApiContract>
for crate::types::TenantDataApiContract {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: TenantDataApiContract,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self {
            database_id: value.database_id?,
            schema_version: value.schema_version?,
            tables: value.tables?,
        })
    }
}
impl ::std::convert::From<crate::types::TenantDataApiContract>
for TenantDataApiContract {
    fn from(value: crate::types::TenantDataApiContract) -> Self {
        Self {
            database_id: Ok(value.database_id),
            schema_version: Ok(value.schema_version),
            tables: Ok(value.tables),
        }
    }
}
#[derive(Clone, Debug)]
pub struct TenantDataColumn {
    description: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
    name: ::std::result::Result<::std::string::String, ::std::string::String>,
    nullable: ::std::result::Result<bool, ::std::string::String>,
    type_: ::std::result::Result<::std::string::String, ::std::string::String>,
}
impl ::std::default::Default for TenantDataColumn {
    fn default() -> Self {
        Self {
            description: Ok(Default::default()),
            name: Err("no value supplied for name".to_string()),
            nullable: Ok(crate::types::defaults::default_bool::<true>()),
            type_: Err("no value supplied for type_".to_string()),
        }
    }
}
impl TenantDataColumn {
    pub fn description<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.description = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for description: {e}")
            });
        self
    }
    pub fn name<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.name = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for name: {e}"));
        self
    }
    pub fn nullable<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<bool>,
        T::Error: ::std::fmt::Display,
    {
        self.nullable = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for nullable: {e}"));
        self
    }
    pub fn type_<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.type_ = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for type_: {e}"));
        self
    }
}
impl ::std::convert::TryFrom<TenantDataColumn> for crate::types::TenantDataColumn {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: TenantDataColumn,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self {
            description: value.description?,
            name: value.name?,
            nullable: value.nullable?,
            type_: value.type_?,
        })
    }
}
impl ::std::convert::From<crate::types::TenantDataColumn> for TenantDataColumn {
    fn from(value: crate::types::TenantDataColumn) -> Self {
        Self {
            description: Ok(value.description),
            name: Ok(value.name),
            nullable: Ok(value.nullable),
            type_: Ok(value.type_),
        }
    }
}
#[derive(Clone, Debug)]
pub struct TenantDataContractTable {
    columns: ::std::result::Result<
        ::std::vec::Vec<crate::types::TenantDataColumn>,
        ::std::string::String,
    >,
    name: ::std::result::Result<::std::string::String, ::std::string::String>,
    upsert: ::std::result::Result<
        ::std::option::Option<crate::types::TenantDataUpsertPolicy>,
        ::std::string::String,
    >,
}
impl ::std::default::Default for TenantDataContractTable {
    fn default() -> Self {
        Self {
            columns: Err("no value supplied for columns".to_string()),
            name: Err("no value supplied for name".to_string()),
            upsert: Ok(Default::default()),
        }
    }
}
impl TenantDataContractTable {
    pub fn columns<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::vec::Vec<crate::types::TenantDataColumn>>,
        T::Error: ::std::fmt::Display,
    {
        self.columns = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for columns: {e}"));
        self
    }
    pub fn name<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.name = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for name: {e}"));
        self
    }
    pub fn upsert<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<
            ::std::option::Option<crate::types::TenantDataUpsertPolicy>,
        >,
        T::Error: ::std::fmt::Display,
    {
        self.upsert = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for upsert: {e}"));
        self
    }
}
impl ::std::convert::TryFrom<TenantDataContractTable>
for crate::types::TenantDataContractTable {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: TenantDataContractTable,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self {
            columns: value.columns?,
            name: value.name?,
            upsert: value.upsert?,
        })
    }
}
impl ::std::convert::From<crate::types::TenantDataContractTable>
for TenantDataContractTable {
    fn from(value: crate::types::TenantDataContractTable) -> Self {
        Self {
            columns: Ok(value.columns),
            name: Ok(value.name),
            upsert: Ok(value.upsert),
        }
    }
}
#[derive(Clone, Debug)]
pub struct TenantDataMcpProvisioning {
    database_id: ::std::result::Result<::std::string::String, ::std::string::String>,
    mcp_instance_id: ::std::result::Result<::std::string::String, ::std::string::String>,
    status: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
}
impl ::std::default::Default for TenantDataMcpProvisioning {
    fn default() -> Self {
        Self {
            database_id: Err("no value supplied for database_id".to_string()),
            mcp_instance_id: Err("no value supplied for mcp_instance_id".to_string()),
            status: Ok(Default::default()),
        }
    }
}
impl TenantDataMcpProvisioning {
    pub fn database_id<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.database_id = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for database_id: {e}")
            });
        self
    }
    pub fn mcp_instance_id<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.mcp_instance_id = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for mcp_instance_id: {e}")
            });
        self
    }
    pub fn status<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.status = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for status: {e}"));
        self
    }
}
impl ::std::convert::TryFrom<TenantDataMcpProvisioning>
for crate::types::TenantDataMcpProvisioning {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: TenantDataMcpProvisioning,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self {
            database_id: value.database_id?,
            mcp_instance_id: value.mcp_instance_id?,
            status: value.status?,
        })
    }
}
impl ::std::convert::From<crate::types::TenantDataMcpProvisioning>
for TenantDataMcpProvisioning {
    fn from(value: crate::types::TenantDataMcpProvisioning) -> Self {
        Self {
            database_id: Ok(value.database_id),
            mcp_instance_id: Ok(value.mcp_instance_id),
            status: Ok(value.status),
        }
    }
}
#[derive(Clone, Debug)]
pub struct TenantDataMigrationApplyRequest {
    allow_destructive: ::std::result::Result<bool, ::std::string::String>,
    expected_schema_version: ::std::result::Result<
        ::std::option::Option<i32>,
        ::std::string::String,
    >,
    schema: ::std::result::Result<crate::types::TenantDataSchema, ::std::string::String>,
}
impl ::std::default::Default for TenantDataMigrationApplyRequest {
    fn default() -> Self {
        Self {
            allow_destructive: Ok(Default::default()),
            expected_schema_version: Ok(Default::default()),
            schema: Err("no value supplied for schema".to_string()),
        }
    }
}
impl TenantDataMigrationApplyRequest {
    pub fn allow_destructive<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<bool>,
        T::Error: ::std::fmt::Display,
    {
        self.allow_destructive = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for allow_destructive: {e}")
            });
        self
    }
    pub fn expected_schema_version<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<i32>>,
        T::Error: ::std::fmt::Display,
    {
        self.expected_schema_version = value
            .try_into()
            .map_err(|e| {
                format!(
                    "error converting supplied value for expected_schema_version: {e}"
                )
            });
        self
    }
    pub fn schema<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<crate::types::TenantDataSchema>,
        T::Error: ::std::fmt::Display,
    {
        self.schema = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for schema: {e}"));
        self
    }
}
impl ::std::convert::TryFrom<TenantDataMigrationApplyRequest>
for crate::types::TenantDataMigrationApplyRequest {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: TenantDataMigrationApplyRequest,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self {
            allow_destructive: value.allow_destructive?,
            expected_schema_version: value.expected_schema_version?,
            schema: value.schema?,
        })
    }
}
impl ::std::convert::From<crate::types::TenantDataMigrationApplyRequest>
for TenantDataMigrationApplyRequest {
    fn from(value: crate::types::TenantDataMigrationApplyRequest) -> Self {
        Self {
            allow_destructive: Ok(value.allow_destructive),
            expected_schema_version: Ok(value.expected_schema_version),
            schema: Ok(value.schema),
        }
    }
}
#[derive(Clone, Debug)]
pub struct TenantDataMigrationPlan {
    changes: ::std::result::Result<
        ::std::vec::Vec<crate::types::TenantDataSchemaChange>,
        ::std::string::String,
    >,
    database_id: ::std::result::Result<::std::string::String, ::std::string::String>,
    destructive: ::std::result::Result<bool, ::std::string::String>,
    from_version: ::std::result::Result<i32, ::std::string::String>,
    to_version: ::std::result::Result<::std::option::Option<i32>, ::std::string::String>,
}
impl ::std::default::Default for TenantDataMigrationPlan {
    fn default() -> Self {
        Self {
            changes: Err("no value supplied for changes".to_string()),
            database_id: Err("no value supplied for database_id".to_string()),
            destructive: Err("no value supplied for destructive".to_string()),
            from_version: Err("no value supplied for from_version".to_string()),
            to_version: Ok(Default::default()),
        }
    }
}
impl TenantDataMigrationPlan {
    pub fn changes<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<
            ::std::vec::Vec<crate::types::TenantDataSchemaChange>,
        >,
        T::Error: ::std::fmt::Display,
    {
        self.changes = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for changes: {e}"));
        self
    }
    pub fn database_id<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.database_id = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for database_id: {e}")
            });
        self
    }
    pub fn destructive<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<bool>,
        T::Error: ::std::fmt::Display,
    {
        self.destructive = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for destructive: {e}")
            });
        self
    }
    pub fn from_version<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<i32>,
        T::Error: ::std::fmt::Display,
    {
        self.from_version = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for from_version: {e}")
            });
        self
    }
    pub fn to_version<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<i32>>,
        T::Error: ::std::fmt::Display,
    {
        self.to_version = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for to_version: {e}"));
        self
    }
}
impl ::std::convert::TryFrom<TenantDataMigrationPlan>
for crate::types::TenantDataMigrationPlan {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: TenantDataMigrationPlan,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self {
            changes: value.changes?,
            database_id: value.database_id?,
            destructive: value.destructive?,
            from_version: value.from_version?,
            to_version: value.to_version?,
        })
    }
}
impl ::std::convert::From<crate::types::TenantDataMigrationPlan>
for TenantDataMigrationPlan {
    fn from(value: crate::types::TenantDataMigrationPlan) -> Self {
        Self {
            changes: Ok(value.changes),
            database_id: Ok(value.database_id),
            destructive: Ok(value.destructive),
            from_version: Ok(value.from_version),
            to_version: Ok(value.to_version),
        }
    }
}
#[derive(Clone, Debug)]
pub struct TenantDataMigrationPreviewRequest {
    schema: ::std::result::Result<crate::types::TenantDataSchema, ::std::string::String>,
}
impl ::std::default::Default for TenantDataMigrationPreviewRequest {
    fn default() -> Self {
        Self {
            schema: Err("no value supplied for schema".to_string()),
        }
    }
}
impl TenantDataMigrationPreviewRequest {
    pub fn schema<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<crate::types::TenantDataSchema>,
        T::Error: ::std::fmt::Display,
    {
        self.schema = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for schema: {e}"));
        self
    }
}
impl ::std::convert::TryFrom<TenantDataMigrationPreviewRequest>
for crate::types::TenantDataMigrationPreviewRequest {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: TenantDataMigrationPreviewRequest,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self { schema: value.schema? })
    }
}
impl ::std::convert::From<crate::types::TenantDataMigrationPreviewRequest>
for TenantDataMigrationPreviewRequest {
    fn from(value: crate::types::TenantDataMigrationPreviewRequest) -> Self {
        Self { schema: Ok(value.schema) }
    }
}
#[derive(Clone, Debug)]
pub struct TenantDataMigrationResult {
    applied_changes: ::std::result::Result<
        ::std::vec::Vec<crate::types::TenantDataSchemaChange>,
        ::std::string::String,
    >,
    database_id: ::std::result::Result<::std::string::String, ::std::string::String>,
    schema_version: ::std::result::Result<i32, ::std::string::String>,
}
impl ::std::default::Default for TenantDataMigrationResult {
    fn default() -> Self {
        Self {
            applied_changes: Err("no value supplied for applied_changes".to_string()),
            database_id: Err("no value supplied for database_id".to_string()),
            schema_version: Err("no value supplied for schema_version".to_string()),
        }
    }
}
impl TenantDataMigrationResult {
    pub fn applied_changes<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<
            ::std::vec::Vec<crate::types::TenantDataSchemaChange>,
        >,
        T::Error: ::std::fmt::Display,
    {
        self.applied_changes = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for applied_changes: {e}")
            });
        self
    }
    pub fn database_id<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.database_id = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for database_id: {e}")
            });
        self
    }
    pub fn schema_version<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<i32>,
        T::Error: ::std::fmt::Display,
    {
        self.schema_version = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for schema_version: {e}")
            });
        self
    }
}
impl ::std::convert::TryFrom<TenantDataMigrationResult>
for crate::types::TenantDataMigrationResult {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: TenantDataMigrationResult,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self {
            applied_changes: value.applied_changes?,
            database_id: value.database_id?,
            schema_version: value.schema_version?,
        })
    }
}
impl ::std::convert::From<crate::types::TenantDataMigrationResult>
for TenantDataMigrationResult {
    fn from(value: crate::types::TenantDataMigrationResult) -> Self {
        Self {
            applied_changes: Ok(value.applied_changes),
            database_id: Ok(value.database_id),
            schema_version: Ok(value.schema_version),
        }
    }
}
#[derive(Clone, Debug)]
pub struct TenantDataSchema {
    tables: ::std::result::Result<
        ::std::vec::Vec<crate::types::TenantDataTable>,
        ::std::string::String,
    >,
}
impl ::std::default::Default for TenantDataSchema {
    fn default() -> Self {
        Self {
            tables: Err("no value supplied for tables".to_string()),
        }
    }
}
impl TenantDataSchema {
    pub fn tables<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::vec::Vec<crate::types::TenantDataTable>>,
        T::Error: ::std::fmt::Display,
    {
        self.tables = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for tables: {e}"));
        self
    }
}
impl ::std::convert::TryFrom<TenantDataSchema> for crate::types::TenantDataSchema {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: TenantDataSchema,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self { tables: value.tables? })
    }
}
impl ::std::convert::From<crate::types::TenantDataSchema> for TenantDataSchema {
    fn from(value: crate::types::TenantDataSchema) -> Self {
        Self { tables: Ok(value.tables) }
    }
}
#[derive(Clone, Debug)]
pub struct TenantDataSchemaChange {
    column: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
    description: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
    destructive: ::std::result::Result<bool, ::std::string::String>,
    kind: ::std::result::Result<::std::string::String, ::std::string::String>,
    table: ::std::result::Result<::std::string::String, ::std::string::String>,
}
impl ::std::default::Default for TenantDataSchemaChange {
    fn default() -> Self {
        Self {
            column: Ok(Default::default()),
            description: Ok(Default::default()),
            destructive: Err("no value supplied for destructive".to_string()),
            kind: Err("no value supplied for kind".to_string()),
            table: Err("no value supplied for table".to_string()),
        }
    }
}
impl TenantDataSchemaChange {
    pub fn column<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.column = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for column: {e}"));
        self
    }
    pub fn description<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.description = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for description: {e}")
            });
        self
    }
    pub fn destructive<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<bool>,
        T::Error: ::std::fmt::Display,
    {
        self.destructive = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for destructive: {e}")
            });
        self
    }
    pub fn kind<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.kind = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for kind: {e}"));
        self
    }
    pub fn table<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.table = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for table: {e}"));
        self
    }
}
impl ::std::convert::TryFrom<TenantDataSchemaChange>
for crate::types::TenantDataSchemaChange {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: TenantDataSchemaChange,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self {
            column: value.column?,
            description: value.description?,
            destructive: value.destructive?,
            kind: value.kind?,
            table: value.table?,
        })
    }
}
impl ::std::convert::From<crate::types::TenantDataSchemaChange>
for TenantDataSchemaChange {
    fn from(value: crate::types::TenantDataSchemaChange) -> Self {
        Self {
            column: Ok(value.column),
            description: Ok(value.description),
            destructive: Ok(value.destructive),
            kind: Ok(value.kind),
            table: Ok(value.table),
        }
    }
}
#[derive(Clone, Debug)]
pub struct TenantDataTable {
    columns: ::std::result::Result<
        ::std::vec::Vec<crate::types::TenantDataColumn>,
        ::std::string::String,
    >,
    name: ::std::result::Result<::std::string::String, ::std::string::String>,
    primary_key: ::std::result::Result<
        ::std::vec::Vec<::std::string::String>,
        ::std::string::String,
    >,
}
impl ::std::default::Default for TenantDataTable {
    fn default() -> Self {
        Self {
            columns: Err("no value supplied for columns".to_string()),
            name: Err("no value supplied for name".to_string()),
            primary_key: Ok(Default::default()),
        }
    }
}
impl TenantDataTable {
    pub fn columns<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::vec::Vec<crate::types::TenantDataColumn>>,
        T::Error: ::std::fmt::Display,
    {
        self.columns = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for columns: {e}"));
        self
    }
    pub fn name<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.name = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for name: {e}"));
        self
    }
    pub fn primary_key<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.primary_key = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for primary_key: {e}")
            });
        self
    }
}
impl ::std::convert::TryFrom<TenantDataTable> for crate::types::TenantDataTable {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: TenantDataTable,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self {
            columns: value.columns?,
            name: value.name?,
            primary_key: value.primary_key?,
        })
    }
}
impl ::std::convert::From<crate::types::TenantDataTable> for TenantDataTable {
    fn from(value: crate::types::TenantDataTable) -> Self {
        Self {
            columns: Ok(value.columns),
            name: Ok(value.name),
            primary_key: Ok(value.primary_key),
        }
    }
}
#[derive(Clone, Debug)]
pub struct TenantDataUpsertPolicy {
    key_columns: ::std::result::Result<
        ::std::vec::Vec<::std::string::String>,
        ::std::string::String,
    >,
    update_columns: ::std::result::Result<
        ::std::vec::Vec<::std::string::String>,
        ::std::string::String,
    >,
}
impl ::std::default::Default for TenantDataUpsertPolicy {
    fn default() -> Self {
        Self {
            key_columns: Err("no value supplied for key_columns".to_string()),
            update_columns: Ok(Default::default()),
        }
    }
}
impl TenantDataUpsertPolicy {
    pub fn key_columns<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.key_columns = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for key_columns: {e}")
            });
        self
    }
    pub fn update_columns<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.update_columns = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for update_columns: {e}")
            });
        self
    }
}
impl ::std::convert::TryFrom<TenantDataUpsertPolicy>
for crate::types::TenantDataUpsertPolicy {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: TenantDataUpsertPolicy,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self {
            key_columns: value.key_columns?,
            update_columns: value.update_columns?,
        })
    }
}
impl ::std::convert::From<crate::types::TenantDataUpsertPolicy>
for TenantDataUpsertPolicy {
    fn from(value: crate::types::TenantDataUpsertPolicy) -> Self {
        Self {
            key_columns: Ok(value.key_columns),
            update_columns: Ok(value.update_columns),
        }
    }
}
#[derive(Clone, Debug)]
pub struct TenantDatabase {
    created_at: ::std::result::Result<
        ::chrono::DateTime<::chrono::offset::Utc>,
        ::std::string::String,
    >,
    description: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
    id: ::std::result::Result<::std::string::String, ::std::string::String>,
    mcp_instance_id: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
    name: ::std::result::Result<::std::string::String, ::std::string::String>,
    schema_version: ::std::result::Result<i32, ::std::string::String>,
    updated_at: ::std::result::Result<
        ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        ::std::string::String,
    >,
}
impl ::std::default::Default for TenantDatabase {
    fn default() -> Self {
        Self {
            created_at: Err("no value supplied for created_at".to_string()),
            description: Ok(Default::default()),
            id: Err("no value supplied for id".to_string()),
            mcp_instance_id: Ok(Default::default()),
            name: Err("no value supplied for name".to_string()),
            schema_version: Err("no value supplied for schema_version".to_string()),
            updated_at: Ok(Default::default()),
        }
    }
}
impl TenantDatabase {
    pub fn created_at<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
        T::Error: ::std::fmt::Display,
    {
        self.created_at = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for created_at: {e}"));
        self
    }
    pub fn description<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.description = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for description: {e}")
            });
        self
    }
    pub fn id<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.id = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for id: {e}"));
        self
    }
    pub fn mcp_instance_id<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.mcp_instance_id = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for mcp_instance_id: {e}")
            });
        self
    }
    pub fn name<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.name = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for name: {e}"));
        self
    }
    pub fn schema_version<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<i32>,
        T::Error: ::std::fmt::Display,
    {
        self.schema_version = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for schema_version: {e}")
            });
        self
    }
    pub fn updated_at<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<
            ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        >,
        T::Error: ::std::fmt::Display,
    {
        self.updated_at = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for updated_at: {e}"));
        self
    }
}
impl ::std::convert::TryFrom<TenantDatabase> for crate::types::TenantDatabase {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: TenantDatabase,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self {
            created_at: value.created_at?,
            description: value.description?,
            id: value.id?,
            mcp_instance_id: value.mcp_instance_id?,
            name: value.name?,
            schema_version: value.schema_version?,
            updated_at: value.updated_at?,
        })
    }
}
impl ::std::convert::From<crate::types::TenantDatabase> for TenantDatabase {
    fn from(value: crate::types::TenantDatabase) -> Self {
        Self {
            created_at: Ok(value.created_at),
            description: Ok(value.description),
            id: Ok(value.id),
            mcp_instance_id: Ok(value.mcp_instance_id),
            name: Ok(value.name),
            schema_version: Ok(value.schema_version),
            updated_at: Ok(value.updated_at),
        }
    }
}
#[derive(Clone, Debug)]
pub struct TenantDatabaseCreate {
    description: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
    name: ::std::result::Result<::std::string::String, ::std::string::String>,
    schema: ::std::result::Result<crate::types::TenantDataSchema, ::std::string::String>,
}
impl ::std::default::Default for TenantDatabaseCreate {
    fn default() -> Self {
        Self {
            description: Ok(Default::default()),
            name: Err("no value supplied for name".to_string()),
            schema: Err("no value supplied for schema".to_string()),
        }
    }
}
impl TenantDatabaseCreate {
    pub fn description<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.description = value
            .try_into()
            .map_err(|e| {
                format!("error converting supplied value for description: {e}")
            });
        self
    }
    pub fn name<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::string::String>,
        T::Error: ::std::fmt::Display,
    {
        self.name = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for name: {e}"));
        self
    }
    pub fn schema<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<crate::types::TenantDataSchema>,
        T::Error: ::std::fmt::Display,
    {
        self.schema = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for schema: {e}"));
        self
    }
}
impl ::std::convert::TryFrom<TenantDatabaseCreate>
for crate::types::TenantDatabaseCreate {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: TenantDatabaseCreate,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self {
            description: value.description?,
            name: value.name?,
            schema: value.schema?,
        })
    }
}
impl ::std::convert::From<crate::types::TenantDatabaseCreate> for TenantDatabaseCreate {
    fn from(value: crate::types::TenantDatabaseCreate) -> Self {
        Self {
            description: Ok(value.description),
            name: Ok(value.name),
            schema: Ok(value.schema),
        }
    }
}
#[derive(Clone, Debug)]
pub struct TenantDatabasePage {
    items: ::std::result::Result<
        ::std::vec::Vec<crate::types::TenantDatabase>,
        ::std::string::String,
    >,
    next_page: ::std::result::Result<
        ::std::option::Option<::std::string::String>,
        ::std::string::String,
    >,
}
impl ::std::default::Default for TenantDatabasePage {
    fn default() -> Self {
        Self {
            items: Err("no value supplied for items".to_string()),
            next_page: Err("no value supplied for next_page".to_string()),
        }
    }
}
impl TenantDatabasePage {
    pub fn items<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::vec::Vec<crate::types::TenantDatabase>>,
        T::Error: ::std::fmt::Display,
    {
        self.items = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for items: {e}"));
        self
    }
    pub fn next_page<T>(mut self, value: T) -> Self
    where
        T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
        T::Error: ::std::fmt::Display,
    {
        self.next_page = value
            .try_into()
            .map_err(|e| format!("error converting supplied value for next_page: {e}"));
        self
    }
}
impl ::std::convert::TryFrom<TenantDatabasePage> for crate::types::TenantDatabasePage {
    type Error = crate::types::error::ConversionError;
    fn try_from(
        value: TenantDatabasePage,
    ) -> ::std::result::Result<Self, crate::types::error::ConversionError> {
        Ok(Self {
            items: value.items?,
            next_page: value.next_page?,
        })
    }
}
impl ::std::convert::From<crate::types::TenantDatabasePage> for TenantDatabasePage {
    fn from(value: crate::types::TenantDatabasePage) -> Self {
        Self {
            items: Ok(value.items),
            next_page: Ok(value.next_page),
        }
    }
}

// @generated types of the `mcp` area by agentruntime-generator 0.1.0. Do not edit by hand.
// Spec: spec/openapi.yaml (sha256 aab3041a7d360a69e58dfceca5f9a2bffcbf688e5ad868463978c58def134800), OpenAPI 3.1.0, API version 1.0.0.
// Regenerate: cargo xtask regen

#![allow(clippy::all, clippy::pedantic)]
#[allow(unused_imports)]
use super::*;

/// A named configuration of an instance; exactly one profile is active at a time.
#[cfg(feature = "mcp")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct McpConfigProfile {
    /// Whether runs use this profile.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub active: ::std::option::Option<bool>,
    /// Values for the server version's `config_schema`.
    #[serde(default, skip_serializing_if = "::serde_json::Map::is_empty")]
    #[serde(deserialize_with = "crate::lenient::null_as_default")]
    pub config: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    /// `created_at` (the spec does not describe it).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub created_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
    /// `id` (the spec does not describe it).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub id: ::std::option::Option<::std::string::String>,
    /// `instance_id` (the spec does not describe it).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub instance_id: ::std::option::Option<::std::string::String>,
    /// `name` (the spec does not describe it).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
    /// `source_spec`: [`McpSourceSpec`]. Wiring of a config profile: which connection supplies the
    /// credentials.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub source_spec: ::std::option::Option<McpSourceSpec>,
    /// `updated_at` (the spec does not describe it).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub updated_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
}

/// Request to create a config profile.
#[cfg(feature = "mcp")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct McpConfigProfileCreate {
    /// Values for the server version's `config_schema`.
    #[serde(default, skip_serializing_if = "::serde_json::Map::is_empty")]
    #[serde(deserialize_with = "crate::lenient::null_as_default")]
    pub config: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    /// `name` (the spec does not describe it).
    pub name: ::std::string::String,
    /// `source_spec`: [`McpSourceSpec`]. Wiring of a config profile: which connection supplies the
    /// credentials.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub source_spec: ::std::option::Option<McpSourceSpec>,
}

#[cfg(feature = "mcp")]
impl McpConfigProfileCreate {
    /// A `McpConfigProfileCreate` with its required fields; the optional ones are set with the
    /// chained setters.
    ///
    /// - `name`
    pub fn new(name: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            name: name.into(),
            config: ::std::default::Default::default(),
            source_spec: ::std::option::Option::None,
        }
    }

    /// Sets `config`: Values for the server version's `config_schema`.
    ///
    /// # Panics
    ///
    /// When `value` is a JSON value other than an object (or `null`, the empty object).
    pub fn config(
        mut self,
        value: impl ::std::convert::Into<crate::JsonObject>,
    ) -> Self {
        self.config = value.into().expect_map("config");
        self
    }

    /// Sets `source_spec`.
    pub fn source_spec(
        mut self,
        value: impl ::std::convert::Into<McpSourceSpec>,
    ) -> Self {
        self.source_spec = ::std::option::Option::Some(value.into());
        self
    }
}

/// One page of config profiles.
#[cfg(feature = "mcp")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct McpConfigProfilePage {
    /// `items`: [`McpConfigProfile`]. A named configuration of an instance; exactly one profile is
    /// active at a time.
    #[serde(deserialize_with = "crate::lenient::null_as_default")]
    pub items: ::std::vec::Vec<McpConfigProfile>,
    /// Cursor for the next page (`page_token`); null on the last page.
    #[serde(deserialize_with = "::std::option::Option::deserialize")]
    pub next_page: ::std::option::Option<::std::string::String>,
}

/// Partial update of a config profile; omitted fields are kept.
#[cfg(feature = "mcp")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct McpConfigProfileUpdate {
    /// Replacement configuration values.
    #[serde(default, skip_serializing_if = "::serde_json::Map::is_empty")]
    #[serde(deserialize_with = "crate::lenient::null_as_default")]
    pub config: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    /// `name` (the spec does not describe it).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
    /// `source_spec`: [`McpSourceSpec`]. Wiring of a config profile: which connection supplies the
    /// credentials.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub source_spec: ::std::option::Option<McpSourceSpec>,
}

#[cfg(feature = "mcp")]
impl McpConfigProfileUpdate {
    /// A `McpConfigProfileUpdate` with its required fields; the optional ones are set with the
    /// chained setters.
    pub fn new() -> Self {
        Self {
            config: ::std::default::Default::default(),
            name: ::std::option::Option::None,
            source_spec: ::std::option::Option::None,
        }
    }

    /// Sets `config`: Replacement configuration values.
    ///
    /// # Panics
    ///
    /// When `value` is a JSON value other than an object (or `null`, the empty object).
    pub fn config(
        mut self,
        value: impl ::std::convert::Into<crate::JsonObject>,
    ) -> Self {
        self.config = value.into().expect_map("config");
        self
    }

    /// Sets `name`.
    pub fn name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.name = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `source_spec`.
    pub fn source_spec(
        mut self,
        value: impl ::std::convert::Into<McpSourceSpec>,
    ) -> Self {
        self.source_spec = ::std::option::Option::Some(value.into());
        self
    }
}

/// A project's instance of an MCP server; MCP steps call tools through it.
#[cfg(feature = "mcp")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct McpInstance {
    /// The profile runs use; null until one is marked active.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub active_config_profile_id: ::std::option::Option<::std::string::String>,
    /// `created_at` (the spec does not describe it).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub created_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
    /// `id` (the spec does not describe it).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub id: ::std::option::Option<::std::string::String>,
    /// Display name; defaults to the server's name.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
    /// Server the instance was created from.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub server_id: ::std::option::Option<::std::string::String>,
    /// Service key of the server.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub service: ::std::option::Option<::std::string::String>,
}

/// Request to create an instance.
#[cfg(feature = "mcp")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct McpInstanceCreate {
    /// Display name; defaults to the server's name.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
    /// Server to instantiate.
    pub server_id: ::std::string::String,
}

#[cfg(feature = "mcp")]
impl McpInstanceCreate {
    /// A `McpInstanceCreate` with its required fields; the optional ones are set with the chained
    /// setters.
    ///
    /// - `server_id`: Server to instantiate.
    pub fn new(server_id: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            server_id: server_id.into(),
            name: ::std::option::Option::None,
        }
    }

    /// Sets `name`: Display name; defaults to the server's name.
    pub fn name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.name = ::std::option::Option::Some(value.into());
        self
    }
}

/// One page of MCP instances.
#[cfg(feature = "mcp")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct McpInstancePage {
    /// `items`: [`McpInstance`]. A project's instance of an MCP server; MCP steps call tools
    /// through it.
    #[serde(deserialize_with = "crate::lenient::null_as_default")]
    pub items: ::std::vec::Vec<McpInstance>,
    /// Cursor for the next page (`page_token`); null on the last page.
    #[serde(deserialize_with = "::std::option::Option::deserialize")]
    pub next_page: ::std::option::Option<::std::string::String>,
}

/// Per-step resolution of a workflow's MCP bindings.
#[cfg(feature = "mcp")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct McpInstanceResolution {
    /// `bindings`: [`McpResolvedBinding`]. How one MCP step resolves to an instance, a profile and
    /// a connection.
    #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
    #[serde(deserialize_with = "crate::lenient::null_as_default")]
    pub bindings: ::std::vec::Vec<McpResolvedBinding>,
    /// `workflow_id` (the spec does not describe it).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub workflow_id: ::std::option::Option<::std::string::String>,
}

/// Request to resolve the instances a workflow's MCP steps would use.
#[cfg(feature = "mcp")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct McpInstanceResolveRequest {
    /// `workflow_id` (the spec does not describe it).
    pub workflow_id: ::std::string::String,
}

#[cfg(feature = "mcp")]
impl McpInstanceResolveRequest {
    /// A `McpInstanceResolveRequest` with its required fields; the optional ones are set with the
    /// chained setters.
    ///
    /// - `workflow_id`
    pub fn new(workflow_id: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            workflow_id: workflow_id.into(),
        }
    }
}

/// One adapter of the platform catalog; create an instance of it to use its tools.
#[cfg(feature = "mcp")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct McpPlatformCatalogEntry {
    /// How the adapter authenticates, for example `oauth2` or `token`.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub auth_mode: ::std::option::Option<::std::string::String>,
    /// `description` (the spec does not describe it).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub description: ::std::option::Option<::std::string::String>,
    /// Display name.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
    /// Stable service key (for example `gmail`); MCP steps name tools by it.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub service: ::std::option::Option<::std::string::String>,
    /// Number of tools the adapter offers.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub tool_count: ::std::option::Option<i32>,
}

/// One page of the platform adapter catalog.
#[cfg(feature = "mcp")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct McpPlatformCatalogEntryPage {
    /// `items`: [`McpPlatformCatalogEntry`]. One adapter of the platform catalog; create an
    /// instance of it to use its tools.
    #[serde(deserialize_with = "crate::lenient::null_as_default")]
    pub items: ::std::vec::Vec<McpPlatformCatalogEntry>,
    /// Cursor for the next page (`page_token`); null on the last page.
    #[serde(deserialize_with = "::std::option::Option::deserialize")]
    pub next_page: ::std::option::Option<::std::string::String>,
}

/// How one MCP step resolves to an instance, a profile and a connection.
#[cfg(feature = "mcp")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct McpResolvedBinding {
    /// `config_profile_id` (the spec does not describe it).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub config_profile_id: ::std::option::Option<::std::string::String>,
    /// `connection_id` (the spec does not describe it).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub connection_id: ::std::option::Option<::std::string::String>,
    /// `instance_id` (the spec does not describe it).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub instance_id: ::std::option::Option<::std::string::String>,
    /// Why the step did not resolve.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub reason: ::std::option::Option<::std::string::String>,
    /// True when an instance and a connection were found.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub resolved: ::std::option::Option<bool>,
    /// Service key the step calls.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub service: ::std::option::Option<::std::string::String>,
    /// `step_id` (the spec does not describe it).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub step_id: ::std::option::Option<::std::string::String>,
}

/// An MCP server registered for the tenant.
#[cfg(feature = "mcp")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct McpServer {
    /// How the platform authenticates to the server, for example `token`.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub auth_mode: ::std::option::Option<::std::string::String>,
    /// The server's MCP endpoint URL.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub canonical_url: ::std::option::Option<::std::string::String>,
    /// `description` (the spec does not describe it).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub description: ::std::option::Option<::std::string::String>,
    /// `id` (the spec does not describe it).
    pub id: ::std::string::String,
    /// Hosting mode; `third_party` for servers you run yourself.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub mode: ::std::option::Option<::std::string::String>,
    /// Display name.
    pub name: ::std::string::String,
    /// Service key derived from the name (for example `internal_tools`).
    pub service: ::std::string::String,
    /// Lifecycle state, for example `draft` until a version is published, then `active`.
    pub status: ::std::string::String,
    /// Number of tools in the active version.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub tool_count: ::std::option::Option<i32>,
}

/// Request to register a custom MCP server.
#[cfg(feature = "mcp")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct McpServerCreate {
    /// How the platform authenticates to the server, for example `token`.
    pub auth_mode: ::std::string::String,
    /// The server's MCP endpoint URL.
    pub canonical_url: ::std::string::String,
    /// `description` (the spec does not describe it).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub description: ::std::option::Option<::std::string::String>,
    /// Hosting mode; `third_party` for a server you run.
    pub mode: ::std::string::String,
    /// Display name; the service key is derived from it.
    pub name: ::std::string::String,
}

#[cfg(feature = "mcp")]
impl McpServerCreate {
    /// A `McpServerCreate` with its required fields; the optional ones are set with the chained
    /// setters.
    ///
    /// - `name`: Display name; the service key is derived from it.
    /// - `canonical_url`: The server's MCP endpoint URL.
    /// - `mode`: Hosting mode; `third_party` for a server you run.
    /// - `auth_mode`: How the platform authenticates to the server, for example `token`.
    pub fn new(
        name: impl ::std::convert::Into<::std::string::String>,
        canonical_url: impl ::std::convert::Into<::std::string::String>,
        mode: impl ::std::convert::Into<::std::string::String>,
        auth_mode: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            name: name.into(),
            canonical_url: canonical_url.into(),
            mode: mode.into(),
            auth_mode: auth_mode.into(),
            description: ::std::option::Option::None,
        }
    }

    /// Sets `description`.
    pub fn description(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.description = ::std::option::Option::Some(value.into());
        self
    }
}

/// The tools a server reported during discovery.
#[cfg(feature = "mcp")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct McpServerDiscovery {
    /// `server_id` (the spec does not describe it).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub server_id: ::std::option::Option<::std::string::String>,
    /// `tools`: [`McpToolDefinition`]. A tool as a server declares it.
    #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
    #[serde(deserialize_with = "crate::lenient::null_as_default")]
    pub tools: ::std::vec::Vec<McpToolDefinition>,
}

/// One page of MCP servers.
#[cfg(feature = "mcp")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct McpServerPage {
    /// `items`: [`McpServer`]. An MCP server registered for the tenant.
    #[serde(deserialize_with = "crate::lenient::null_as_default")]
    pub items: ::std::vec::Vec<McpServer>,
    /// Cursor for the next page (`page_token`); null on the last page.
    #[serde(deserialize_with = "::std::option::Option::deserialize")]
    pub next_page: ::std::option::Option<::std::string::String>,
}

/// A published version of a server's tools and configuration schema.
#[cfg(feature = "mcp")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct McpServerVersion {
    /// Whether instances use this version.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub active: ::std::option::Option<bool>,
    /// `created_at` (the spec does not describe it).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub created_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
    /// `server_id` (the spec does not describe it).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub server_id: ::std::option::Option<::std::string::String>,
    /// `tool_count` (the spec does not describe it).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub tool_count: ::std::option::Option<i32>,
    /// Version label; the Console wizard publishes `1.0.0` (integrations/custom-mcp-servers.mdx),
    /// so it is a string, not a number.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub version: ::std::option::Option<::std::string::String>,
}

/// Request to publish a server version.
#[cfg(feature = "mcp")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct McpServerVersionCreate {
    /// Make this version the active one.
    #[serde(default)]
    pub activate: bool,
    /// JSON Schema of the configuration an instance's config profiles supply.
    #[serde(default, skip_serializing_if = "::serde_json::Map::is_empty")]
    #[serde(deserialize_with = "crate::lenient::null_as_default")]
    pub config_schema: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    /// Tools of this version, usually taken from discovery.
    #[serde(deserialize_with = "crate::lenient::null_as_default")]
    pub tools: ::std::vec::Vec<McpToolDefinition>,
    /// Version label to publish (the Console wizard publishes `1.0.0`); whether the server assigns
    /// one when it is left out is undocumented.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub version: ::std::option::Option<::std::string::String>,
}

#[cfg(feature = "mcp")]
impl McpServerVersionCreate {
    /// A `McpServerVersionCreate` with its required fields; the optional ones are set with the
    /// chained setters.
    ///
    /// - `tools`: Tools of this version, usually taken from discovery.
    pub fn new(
        tools: impl ::std::iter::IntoIterator<
            Item = impl ::std::convert::Into<McpToolDefinition>,
        >,
    ) -> Self {
        Self {
            tools: tools.into_iter().map(::std::convert::Into::into).collect(),
            activate: ::std::default::Default::default(),
            config_schema: ::std::default::Default::default(),
            version: ::std::option::Option::None,
        }
    }

    /// Sets `activate`: Make this version the active one.
    pub fn activate(mut self, value: impl ::std::convert::Into<bool>) -> Self {
        self.activate = value.into();
        self
    }

    /// Sets `config_schema`: JSON Schema of the configuration an instance's config profiles supply.
    ///
    /// # Panics
    ///
    /// When `value` is a JSON value other than an object (or `null`, the empty object).
    pub fn config_schema(
        mut self,
        value: impl ::std::convert::Into<crate::JsonObject>,
    ) -> Self {
        self.config_schema = value.into().expect_map("config_schema");
        self
    }

    /// Sets `version`: Version label to publish (the Console wizard publishes `1.0.0`); whether the
    /// server assigns one when it is left out is undocumented.
    pub fn version(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.version = ::std::option::Option::Some(value.into());
        self
    }
}

/// Wiring of a config profile: which connection supplies the credentials. Further server-specific
/// keys may appear.
#[cfg(feature = "mcp")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct McpSourceSpec {
    /// Connection whose credentials the instance's tools use.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub connection_id: ::std::option::Option<::std::string::String>,
    /// Properties the spec does not name, kept as they were received (and sent back).
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}

#[cfg(feature = "mcp")]
impl McpSourceSpec {
    /// A `McpSourceSpec` with its required fields; the optional ones are set with the chained
    /// setters.
    pub fn new() -> Self {
        Self {
            connection_id: ::std::option::Option::None,
            extra: ::std::default::Default::default(),
        }
    }

    /// Sets `connection_id`: Connection whose credentials the instance's tools use.
    pub fn connection_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.connection_id = ::std::option::Option::Some(value.into());
        self
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

/// One tool of the catalog.
#[cfg(feature = "mcp")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct McpTool {
    /// `description` (the spec does not describe it).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub description: ::std::option::Option<::std::string::String>,
    /// JSON Schema of the tool's arguments.
    #[serde(default, skip_serializing_if = "::serde_json::Map::is_empty")]
    #[serde(deserialize_with = "crate::lenient::null_as_default")]
    pub input_schema: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    /// The MCP server the tool belongs to, as the vendor's site document names it (`mcp_id`);
    /// omitted for built-in tools.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub mcp_id: ::std::option::Option<::std::string::String>,
    /// Tool name as MCP steps reference it.
    pub name: ::std::string::String,
    /// Id of the server that offers the tool (field name undocumented).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub server_id: ::std::option::Option<::std::string::String>,
    /// Service key of the server that offers the tool (undocumented field).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub service: ::std::option::Option<::std::string::String>,
}

/// A tool as a server declares it.
#[cfg(feature = "mcp")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct McpToolDefinition {
    /// `description` (the spec does not describe it).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub description: ::std::option::Option<::std::string::String>,
    /// JSON Schema of the tool's arguments.
    #[serde(default, skip_serializing_if = "::serde_json::Map::is_empty")]
    #[serde(deserialize_with = "crate::lenient::null_as_default")]
    pub input_schema: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    /// `name` (the spec does not describe it).
    pub name: ::std::string::String,
}

#[cfg(feature = "mcp")]
impl McpToolDefinition {
    /// A `McpToolDefinition` with its required fields; the optional ones are set with the chained
    /// setters.
    ///
    /// - `name`
    pub fn new(name: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            name: name.into(),
            description: ::std::option::Option::None,
            input_schema: ::std::default::Default::default(),
        }
    }

    /// Sets `description`.
    pub fn description(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.description = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `input_schema`: JSON Schema of the tool's arguments.
    ///
    /// # Panics
    ///
    /// When `value` is a JSON value other than an object (or `null`, the empty object).
    pub fn input_schema(
        mut self,
        value: impl ::std::convert::Into<crate::JsonObject>,
    ) -> Self {
        self.input_schema = value.into().expect_map("input_schema");
        self
    }
}

/// The tool catalog, `{"tools": [...]}` as the site document's `GET /api/v1/mcp/tools` shows it;
/// not paginated.
#[cfg(feature = "mcp")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct McpToolList {
    /// Every tool available to the project's workflows.
    #[serde(deserialize_with = "crate::lenient::null_as_default")]
    pub tools: ::std::vec::Vec<McpTool>,
}

/// One validation check.
#[cfg(feature = "mcp")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct McpValidationCheck {
    /// Check id, for example `reachable` or `authenticated`.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub check: ::std::option::Option<::std::string::String>,
    /// Why the check failed, when it did.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
    /// Outcome, for example `passed`, `failed` or `skipped`.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub status: ::std::option::Option<::std::string::String>,
}

/// Outcome of a server, binding or instance validation.
#[cfg(feature = "mcp")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct McpValidationResult {
    /// `checks`: [`McpValidationCheck`]. One validation check.
    #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
    #[serde(deserialize_with = "crate::lenient::null_as_default")]
    pub checks: ::std::vec::Vec<McpValidationCheck>,
    /// True when every check passed.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub valid: ::std::option::Option<bool>,
}

#[cfg(feature = "mcp")]
impl crate::pagination::Page for McpConfigProfilePage {
    type Item = McpConfigProfile;

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

#[cfg(feature = "mcp")]
impl crate::pagination::Page for McpInstancePage {
    type Item = McpInstance;

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

#[cfg(feature = "mcp")]
impl crate::pagination::Page for McpPlatformCatalogEntryPage {
    type Item = McpPlatformCatalogEntry;

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

#[cfg(feature = "mcp")]
impl crate::pagination::Page for McpServerPage {
    type Item = McpServer;

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

//! What the generator knows about each operation beyond what progenitor sees: the metadata table
//! the overlays read at run time.

/// Which context headers an operation needs.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Scope {
    /// Neither `X-Tenant-Id` nor `X-Project-Id`.
    None,
    /// `X-Tenant-Id` only.
    Tenant,
    /// `X-Tenant-Id` and `X-Project-Id`.
    Project,
}

impl Scope {
    pub fn variant(self) -> &'static str {
        match self {
            Self::None => "None",
            Self::Tenant => "Tenant",
            Self::Project => "Project",
        }
    }
}

/// The minimum role an operation requires (`x-agentruntime-role`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Role {
    ProjectViewer,
    ProjectContributor,
    ProjectAdmin,
    TenantAdmin,
    Public,
}

impl Role {
    pub const ALL: [Role; 5] = [
        Role::ProjectViewer,
        Role::ProjectContributor,
        Role::ProjectAdmin,
        Role::TenantAdmin,
        Role::Public,
    ];

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|r| r.as_str() == s)
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Self::ProjectViewer => "project_viewer",
            Self::ProjectContributor => "project_contributor",
            Self::ProjectAdmin => "project_admin",
            Self::TenantAdmin => "tenant_admin",
            Self::Public => "public",
        }
    }

    pub fn variant(self) -> &'static str {
        match self {
            Self::ProjectViewer => "ProjectViewer",
            Self::ProjectContributor => "ProjectContributor",
            Self::ProjectAdmin => "ProjectAdmin",
            Self::TenantAdmin => "TenantAdmin",
            Self::Public => "Public",
        }
    }
}

/// One operation of the spec, as the overlays and the rewrite stage need it.
#[derive(Clone, Debug)]
pub struct Operation {
    /// `operationId` as written in the spec.
    pub id: String,
    /// The Rust method name (progenitor's snake case of the id).
    pub method_name: String,
    /// Upper-case HTTP method.
    pub method: String,
    /// Path template as written in the spec.
    pub path: String,
    /// Rust module (snake case of the first tag) the operation is emitted into.
    pub module: String,
    pub summary: Option<String>,
    pub scope: Scope,
    pub role: Option<Role>,
    pub idempotent: bool,
    pub deprecated: bool,
    /// How the list pages, when it does (cursor or offset; see `paging.rs`).
    pub pagination: Option<crate::paging::Pagination>,
    /// The success body is handed to the caller as a byte stream, not read into memory (no 2xx
    /// response is JSON: Server-Sent Events, NDJSON, binary).
    pub streamed: bool,
    /// The `$ref` of the message schema, for WebSocket operations.
    pub websocket_message: Option<String>,
    /// Path parameters in template order, as written in the spec.
    pub path_params: Vec<String>,
    /// JSON pointer of the operation in the bundled document.
    pub pointer: String,
}

impl Operation {
    pub fn const_name(&self) -> String {
        crate::names::const_name(&self.method_name)
    }
}

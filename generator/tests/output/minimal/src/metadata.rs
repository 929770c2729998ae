// @generated operation table by agentruntime-generator 0.1.0. Do not edit by hand.
// Spec: fixtures/minimal/openapi.yaml (sha256 1b5b7f7854c49521e9feaf31493f7487b3486a7ac218bb15b3ba3be96e293f4b), OpenAPI 3.0.3, API version 0.0.1.
// Regenerate: cargo xtask regen --spec fixtures/minimal/openapi.yaml --out DIR

//! What the spec says about each operation that the client needs at run time: the
//! context it sends, the role it needs, and whether it may be retried.
/// Which context headers an operation sends.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Scope {
    /// Neither `X-Tenant-Id` nor `X-Project-Id`.
    None,
    /// `X-Tenant-Id` only.
    Tenant,
    /// `X-Tenant-Id` and `X-Project-Id`.
    Project,
}

/// The minimum role an operation requires, as the spec states it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Role {
    /// `project_viewer`: read workflows, runs, analytics.
    ProjectViewer,
    /// `project_contributor`: edit, publish and run workflows; manage integrations.
    ProjectContributor,
    /// `project_admin`: manage members and visibility.
    ProjectAdmin,
    /// `tenant_admin`: workspace administration and billing.
    TenantAdmin,
    /// `public`: no role check (login flows, signed webhook ingress).
    Public,
}

impl Role {
    /// The role as the spec and the API name it.
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::ProjectViewer => "project_viewer",
            Self::ProjectContributor => "project_contributor",
            Self::ProjectAdmin => "project_admin",
            Self::TenantAdmin => "tenant_admin",
            Self::Public => "public",
        }
    }
}

impl ::std::fmt::Display for Role {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One operation of the API.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Operation {
    /// Rust method name; also the id progenitor reports to hooks.
    pub id: &'static str,
    /// `operationId` as written in the spec.
    pub operation_id: &'static str,
    /// HTTP method, upper case.
    pub method: &'static str,
    /// Path template as written in the spec.
    pub path: &'static str,
    /// The area (tag) the operation belongs to.
    pub tag: &'static str,
    /// One-line summary from the spec.
    pub summary: &'static str,
    /// Context headers the operation sends.
    pub scope: Scope,
    /// Minimum role, when the spec states one.
    pub role: ::std::option::Option<Role>,
    /// Safe to send more than once: GET, HEAD, PUT, DELETE, or marked idempotent.
    pub idempotent: bool,
    /// A list that pages (by cursor or offset): its builder has `stream()` and `pages()`.
    pub paginated: bool,
    /// The success body is handed over as a byte stream (Server-Sent Events, NDJSON,
    /// binary), so the response-size limit does not apply to it.
    pub streamed: bool,
    /// A WebSocket stream rather than a request/response call.
    pub websocket: bool,
    /// Deprecated in the spec.
    pub deprecated: bool,
}

/// `health`: `GET /health`.
pub const HEALTH: Operation = Operation {
    id: "health",
    operation_id: "health",
    method: "GET",
    path: "/health",
    tag: "api",
    summary: "Is the service up",
    scope: Scope::None,
    role: ::std::option::Option::None,
    idempotent: true,
    paginated: false,
    streamed: false,
    websocket: false,
    deprecated: false,
};

/// Every operation, sorted by `id`.
pub static OPERATIONS: [Operation; 1usize] = [HEALTH];

/// The operation with this `id` (the Rust method name).
pub fn operation(id: &str) -> ::std::option::Option<&'static Operation> {
    OPERATIONS.binary_search_by(|op| op.id.cmp(id)).ok().map(|index| &OPERATIONS[index])
}

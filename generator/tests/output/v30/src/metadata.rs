// @generated operation table by agentruntime-generator 0.1.0. Do not edit by hand.
// Spec: fixtures/v30/openapi.json (sha256 76802303fef5ea9341473990ae5e531df637c83522ad3341588262dac14ea0c8), OpenAPI 3.0.3, API version 0.3.0.
// Regenerate: cargo xtask regen --spec fixtures/v30/openapi.json --out DIR

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

/// `list_things`: `GET /v1/things`.
pub const LIST_THINGS: Operation = Operation {
    id: "list_things",
    operation_id: "list_things",
    method: "GET",
    path: "/v1/things",
    tag: "things",
    summary: "List things",
    scope: Scope::Project,
    role: ::std::option::Option::Some(Role::ProjectViewer),
    idempotent: true,
    paginated: true,
    streamed: false,
    websocket: false,
    deprecated: false,
};

/// `create_thing`: `POST /v1/things`.
pub const CREATE_THING: Operation = Operation {
    id: "create_thing",
    operation_id: "create_thing",
    method: "POST",
    path: "/v1/things",
    tag: "things",
    summary: "Create a thing",
    scope: Scope::Project,
    role: ::std::option::Option::Some(Role::ProjectContributor),
    idempotent: false,
    paginated: false,
    streamed: false,
    websocket: false,
    deprecated: false,
};

/// `command_thing`: `POST /v1/things/{thing_id}/commands`.
pub const COMMAND_THING: Operation = Operation {
    id: "command_thing",
    operation_id: "command_thing",
    method: "POST",
    path: "/v1/things/{thing_id}/commands",
    tag: "things",
    summary: "Send a command",
    scope: Scope::Tenant,
    role: ::std::option::Option::None,
    idempotent: true,
    paginated: false,
    streamed: false,
    websocket: false,
    deprecated: false,
};

/// `health`: `GET /health`.
pub const HEALTH: Operation = Operation {
    id: "health",
    operation_id: "health",
    method: "GET",
    path: "/health",
    tag: "api",
    summary: "Health check",
    scope: Scope::None,
    role: ::std::option::Option::Some(Role::Public),
    idempotent: true,
    paginated: false,
    streamed: true,
    websocket: false,
    deprecated: false,
};

/// Every operation, sorted by `id`.
pub static OPERATIONS: [Operation; 4usize] = [
    COMMAND_THING,
    CREATE_THING,
    HEALTH,
    LIST_THINGS,
];

/// The operation with this `id` (the Rust method name).
pub fn operation(id: &str) -> ::std::option::Option<&'static Operation> {
    OPERATIONS.binary_search_by(|op| op.id.cmp(id)).ok().map(|index| &OPERATIONS[index])
}

// @generated operation table by agentruntime-generator 0.1.0. Do not edit by hand.
// Spec: fixtures/v31/openapi.yaml (sha256 ef62e837fe41fb86ae69cf337865feacdb09aef98ec1dd5303e07cc3a3f88e44), OpenAPI 3.1.0, API version 3.1.0.
// Regenerate: cargo xtask regen --spec fixtures/v31/openapi.yaml --out DIR

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

/// `list_events`: `GET /v1/events`.
pub const LIST_EVENTS: Operation = Operation {
    id: "list_events",
    operation_id: "list_events",
    method: "GET",
    path: "/v1/events",
    tag: "events",
    summary: "List events",
    scope: Scope::Tenant,
    role: ::std::option::Option::Some(Role::ProjectViewer),
    idempotent: true,
    paginated: true,
    streamed: false,
    websocket: false,
    deprecated: false,
};

/// `get_event`: `GET /v1/events/{event_id}`.
pub const GET_EVENT: Operation = Operation {
    id: "get_event",
    operation_id: "get_event",
    method: "GET",
    path: "/v1/events/{event_id}",
    tag: "events",
    summary: "Get one event",
    scope: Scope::None,
    role: ::std::option::Option::None,
    idempotent: true,
    paginated: false,
    streamed: false,
    websocket: false,
    deprecated: false,
};

/// `stream_events`: `GET /v1/stream`.
pub const STREAM_EVENTS: Operation = Operation {
    id: "stream_events",
    operation_id: "stream_events",
    method: "GET",
    path: "/v1/stream",
    tag: "events",
    summary: "Stream events",
    scope: Scope::None,
    role: ::std::option::Option::Some(Role::ProjectViewer),
    idempotent: true,
    paginated: false,
    streamed: false,
    websocket: true,
    deprecated: false,
};

/// `list_audits`: `GET /v1/audits`.
pub const LIST_AUDITS: Operation = Operation {
    id: "list_audits",
    operation_id: "list_audits",
    method: "GET",
    path: "/v1/audits",
    tag: "events",
    summary: "List audits (offset paging, a named array and a total)",
    scope: Scope::None,
    role: ::std::option::Option::None,
    idempotent: true,
    paginated: true,
    streamed: false,
    websocket: false,
    deprecated: false,
};

/// `list_notes`: `GET /v1/notes`.
pub const LIST_NOTES: Operation = Operation {
    id: "list_notes",
    operation_id: "list_notes",
    method: "GET",
    path: "/v1/notes",
    tag: "events",
    summary: "List notes (cursor paging under other names)",
    scope: Scope::None,
    role: ::std::option::Option::None,
    idempotent: true,
    paginated: true,
    streamed: false,
    websocket: false,
    deprecated: false,
};

/// `open_raw_socket`: `GET /v1/raw-socket`.
pub const OPEN_RAW_SOCKET: Operation = Operation {
    id: "open_raw_socket",
    operation_id: "open_raw_socket",
    method: "GET",
    path: "/v1/raw-socket",
    tag: "events",
    summary: "An HTTP upgrade the SDK does not model as a stream (progenitor's own upgrade)",
    scope: Scope::None,
    role: ::std::option::Option::None,
    idempotent: true,
    paginated: false,
    streamed: false,
    websocket: false,
    deprecated: false,
};

/// Every operation, sorted by `id`.
pub static OPERATIONS: [Operation; 6usize] = [
    GET_EVENT,
    LIST_AUDITS,
    LIST_EVENTS,
    LIST_NOTES,
    OPEN_RAW_SOCKET,
    STREAM_EVENTS,
];

/// The operation with this `id` (the Rust method name).
pub fn operation(id: &str) -> ::std::option::Option<&'static Operation> {
    OPERATIONS.binary_search_by(|op| op.id.cmp(id)).ok().map(|index| &OPERATIONS[index])
}

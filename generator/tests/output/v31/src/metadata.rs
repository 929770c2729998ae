// @generated operation table by agentruntime-generator 0.1.0. Do not edit by hand.
// Spec: fixtures/v31/openapi.yaml (sha256 b69c2022c2653af0f660ebe1c5e7c8c62701d8c07d5567eefb4914e0cf957b77), OpenAPI 3.1.0, API version 3.1.0.
// Regenerate: cargo xtask regen --spec fixtures/v31/openapi.yaml --out DIR

//! What the spec says about each operation that the client needs at run time: the
//! context it sends, the role it needs, and whether it may be retried.
pub use agentruntime_runtime::{HttpMethod, Operation, Role, Scope};

/// `list_events`: `GET /v1/events`.
pub const LIST_EVENTS: Operation = Operation::new(
        "list_events",
        HttpMethod::Get,
        "/v1/events",
    )
    .tag("events")
    .summary("List events")
    .scope(Scope::Tenant)
    .role(Role::ProjectViewer)
    .idempotent(true)
    .paginated(true);
/// `get_event`: `GET /v1/events/{event_id}`.
pub const GET_EVENT: Operation = Operation::new(
        "get_event",
        HttpMethod::Get,
        "/v1/events/{event_id}",
    )
    .tag("events")
    .summary("Get one event")
    .idempotent(true);
/// `stream_events`: `GET /v1/stream`.
pub const STREAM_EVENTS: Operation = Operation::new(
        "stream_events",
        HttpMethod::Get,
        "/v1/stream",
    )
    .tag("events")
    .summary("Stream events")
    .role(Role::ProjectViewer)
    .idempotent(true)
    .websocket(true);
/// `list_audits`: `GET /v1/audits`.
pub const LIST_AUDITS: Operation = Operation::new(
        "list_audits",
        HttpMethod::Get,
        "/v1/audits",
    )
    .tag("audits")
    .summary("List audits (offset paging, a named array and a total)")
    .idempotent(true)
    .paginated(true);
/// `list_notes`: `GET /v1/notes`.
pub const LIST_NOTES: Operation = Operation::new(
        "list_notes",
        HttpMethod::Get,
        "/v1/notes",
    )
    .tag("notes")
    .summary("List notes (cursor paging under other names)")
    .idempotent(true)
    .paginated(true);
/// `open_raw_socket`: `GET /v1/raw-socket`.
pub const OPEN_RAW_SOCKET: Operation = Operation::new(
        "open_raw_socket",
        HttpMethod::Get,
        "/v1/raw-socket",
    )
    .tag("events")
    .summary(
        "An HTTP upgrade the SDK does not model as a stream (progenitor's own upgrade)",
    )
    .idempotent(true);
/// `follow_feed`: `GET /v1/feed`.
pub const FOLLOW_FEED: Operation = Operation::new(
        "follow_feed",
        HttpMethod::Get,
        "/v1/feed",
    )
    .tag("events")
    .summary("Follow the feed as Server-Sent Events typed by an item schema")
    .idempotent(true)
    .streamed(true);
/// `follow_raw_feed`: `GET /v1/feed/raw`.
pub const FOLLOW_RAW_FEED: Operation = Operation::new(
        "follow_raw_feed",
        HttpMethod::Get,
        "/v1/feed/raw",
    )
    .tag("events")
    .summary("The feed without an item schema (untyped events)")
    .idempotent(true)
    .streamed(true);
/// `follow_feed_lines`: `GET /v1/feed/lines`.
pub const FOLLOW_FEED_LINES: Operation = Operation::new(
        "follow_feed_lines",
        HttpMethod::Get,
        "/v1/feed/lines",
    )
    .tag("events")
    .summary("The feed as JSON lines of an inline item schema")
    .idempotent(true)
    .streamed(true);
/// `follow_raw_feed_lines`: `GET /v1/feed/raw-lines`.
pub const FOLLOW_RAW_FEED_LINES: Operation = Operation::new(
        "follow_raw_feed_lines",
        HttpMethod::Get,
        "/v1/feed/raw-lines",
    )
    .tag("events")
    .summary("JSON lines without an item schema (any `T`)")
    .idempotent(true)
    .streamed(true);
/// Every operation, sorted by `id`.
pub static OPERATIONS: [Operation; 10usize] = [
    FOLLOW_FEED,
    FOLLOW_FEED_LINES,
    FOLLOW_RAW_FEED,
    FOLLOW_RAW_FEED_LINES,
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

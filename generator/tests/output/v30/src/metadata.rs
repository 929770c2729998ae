// @generated operation table by agentruntime-generator 0.1.0. Do not edit by hand.
// Spec: fixtures/v30/openapi.json (sha256 76802303fef5ea9341473990ae5e531df637c83522ad3341588262dac14ea0c8), OpenAPI 3.0.3, API version 0.3.0.
// Regenerate: cargo xtask regen --spec fixtures/v30/openapi.json --out DIR

//! What the spec says about each operation that the client needs at run time: the
//! context it sends, the role it needs, and whether it may be retried.
pub use agentruntime_runtime::{HttpMethod, Operation, Role, Scope};

/// `list_things`: `GET /v1/things`.
pub const LIST_THINGS: Operation = Operation::new(
        "list_things",
        HttpMethod::Get,
        "/v1/things",
    )
    .tag("things")
    .summary("List things")
    .scope(Scope::Project)
    .role(Role::ProjectViewer)
    .idempotent(true)
    .paginated(true);
/// `create_thing`: `POST /v1/things`.
pub const CREATE_THING: Operation = Operation::new(
        "create_thing",
        HttpMethod::Post,
        "/v1/things",
    )
    .tag("things")
    .summary("Create a thing")
    .scope(Scope::Project)
    .role(Role::ProjectContributor);
/// `command_thing`: `POST /v1/things/{thing_id}/commands`.
pub const COMMAND_THING: Operation = Operation::new(
        "command_thing",
        HttpMethod::Post,
        "/v1/things/{thing_id}/commands",
    )
    .tag("things")
    .summary("Send a command")
    .scope(Scope::Tenant)
    .idempotent(true);
/// `health`: `GET /health`.
pub const HEALTH: Operation = Operation::new("health", HttpMethod::Get, "/health")
    .tag("api")
    .summary("Health check")
    .role(Role::Public)
    .idempotent(true);
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

// @generated operation table by agentruntime-generator 0.1.0. Do not edit by hand.
// Spec: fixtures/minimal/openapi.yaml (sha256 1b5b7f7854c49521e9feaf31493f7487b3486a7ac218bb15b3ba3be96e293f4b), OpenAPI 3.0.3, API version 0.0.1.
// Regenerate: cargo xtask regen --spec fixtures/minimal/openapi.yaml --out DIR

//! What the spec says about each operation that the client needs at run time: the
//! context it sends, the role it needs, and whether it may be retried.
pub use agentruntime_runtime::{HttpMethod, Operation, Role, Scope};

/// `health`: `GET /health`.
pub const HEALTH: Operation = Operation::new("health", HttpMethod::Get, "/health")
    .tag("api")
    .summary("Is the service up")
    .idempotent(true);
/// Every operation, sorted by `id`.
pub static OPERATIONS: [Operation; 1usize] = [HEALTH];

/// The operation with this `id` (the Rust method name).
pub fn operation(id: &str) -> ::std::option::Option<&'static Operation> {
    OPERATIONS.binary_search_by(|op| op.id.cmp(id)).ok().map(|index| &OPERATIONS[index])
}

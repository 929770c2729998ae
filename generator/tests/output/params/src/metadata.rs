// @generated operation table by agentruntime-generator 0.1.0. Do not edit by hand.
// Spec: fixtures/params/openapi.yaml (sha256 4756fe77f6f3d4eb53e4cc27b54b772846354225e7707caba945bafed0eebfb3), OpenAPI 3.1.0, API version 0.1.0.
// Regenerate: cargo xtask regen --spec fixtures/params/openapi.yaml --out DIR

//! What the spec says about each operation that the client needs at run time: the
//! context it sends, the role it needs, and whether it may be retried.
pub use agentruntime_runtime::{HttpMethod, Operation, Role, Scope};

/// `search_items`: `GET /v1/items`.
pub const SEARCH_ITEMS: Operation = Operation::new(
        "search_items",
        HttpMethod::Get,
        "/v1/items",
    )
    .tag("items")
    .summary("Search items")
    .idempotent(true);
/// Every operation, sorted by `id`.
pub static OPERATIONS: [Operation; 1usize] = [SEARCH_ITEMS];

/// The operation with this `id` (the Rust method name).
pub fn operation(id: &str) -> ::std::option::Option<&'static Operation> {
    OPERATIONS.binary_search_by(|op| op.id.cmp(id)).ok().map(|index| &OPERATIONS[index])
}

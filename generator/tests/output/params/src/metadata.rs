// @generated operation table by agentruntime-generator 0.1.0. Do not edit by hand.
// Spec: fixtures/params/openapi.yaml (sha256 286eeb2e529e703bc355b01bd9be0e5bc6b6ccf1771e6e69f730e24645a3beaf), OpenAPI 3.1.0, API version 0.1.0.
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
/// `get_shape`: `GET /v1/shapes/{ids}/{tags}{point}`.
pub const GET_SHAPE: Operation = Operation::new(
        "get_shape",
        HttpMethod::Get,
        "/v1/shapes/{ids}/{tags}{point}",
    )
    .tag("items")
    .summary("Get a shape")
    .idempotent(true);
/// Every operation, sorted by `id`.
pub static OPERATIONS: [Operation; 2usize] = [GET_SHAPE, SEARCH_ITEMS];

/// The operation with this `id` (the Rust method name).
pub fn operation(id: &str) -> ::std::option::Option<&'static Operation> {
    OPERATIONS.binary_search_by(|op| op.id.cmp(id)).ok().map(|index| &OPERATIONS[index])
}

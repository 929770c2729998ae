// @generated types index by agentruntime-generator 0.1.0. Do not edit by hand.
// Spec: fixtures/params/openapi.yaml (sha256 c727e6035be29743339176a60ea26735e37f3b695fe40c4facdd672a85cbbeca), OpenAPI 3.1.0, API version 0.1.0.
// Regenerate: cargo xtask regen --spec fixtures/params/openapi.yaml --out DIR

//! Request and response bodies, enums and unions of the API, grouped by area in the
//! source and flattened here: every type is `agentruntime::types::Name`.
pub mod defaults;

pub mod error;

mod items;

#[allow(unused_imports)]
pub use items::*;

// @generated types index by agentruntime-generator 0.1.0. Do not edit by hand.
// Spec: fixtures/v31/openapi.yaml (sha256 b69c2022c2653af0f660ebe1c5e7c8c62701d8c07d5567eefb4914e0cf957b77), OpenAPI 3.1.0, API version 3.1.0.
// Regenerate: cargo xtask regen --spec fixtures/v31/openapi.yaml --out DIR

//! Request and response bodies, enums and unions of the API, grouped by area in the
//! source and flattened here: every type is `agentruntime::types::Name`.
pub mod defaults;

pub mod error;

mod audits;

#[allow(unused_imports)]
pub use audits::*;

mod events;

#[allow(unused_imports)]
pub use events::*;

mod notes;

#[allow(unused_imports)]
pub use notes::*;

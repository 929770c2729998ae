// @generated types index by agentruntime-generator 0.1.0. Do not edit by hand.
// Spec: fixtures/v30/openapi.json (sha256 76802303fef5ea9341473990ae5e531df637c83522ad3341588262dac14ea0c8), OpenAPI 3.0.3, API version 0.3.0.
// Regenerate: cargo xtask regen --spec fixtures/v30/openapi.json --out DIR

//! Request and response bodies, enums and unions of the API, grouped by area in the
//! source and flattened here: every type is `agentruntime::types::Name`.
pub mod defaults;

pub mod error;

mod things;

#[allow(unused_imports)]
pub use things::*;

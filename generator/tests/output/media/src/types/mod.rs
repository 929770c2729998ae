// @generated types index by agentruntime-generator 0.1.0. Do not edit by hand.
// Spec: fixtures/media/openapi.yaml (sha256 b3891f4b4204dd3d8c65100af7ae9aa3a01107f1a87d1964bdf8f90fd4abf5da), OpenAPI 3.1.0, API version 1.0.
// Regenerate: cargo xtask regen --spec fixtures/media/openapi.yaml --out DIR

//! Request and response bodies, enums and unions of the API, grouped by area in the
//! source and flattened here: every type is `agentruntime::types::Name`.
pub mod defaults;

pub mod error;

mod media;

#[allow(unused_imports)]
pub use media::*;

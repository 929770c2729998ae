// @generated types index by agentruntime-generator 0.1.0. Do not edit by hand.
// Spec: fixtures/v31/openapi.yaml (sha256 18d097434344eee60504c8f58c02a46285cf86277efaaddc50517f217123a4ce), OpenAPI 3.1.0, API version 3.1.0.
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

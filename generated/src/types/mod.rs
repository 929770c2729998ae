// @generated types index by agentruntime-generator 0.1.0. Do not edit by hand.
// Spec: spec/openapi.yaml (sha256 aab3041a7d360a69e58dfceca5f9a2bffcbf688e5ad868463978c58def134800), OpenAPI 3.1.0, API version 1.0.0.
// Regenerate: cargo xtask regen

//! Request and response bodies, enums and unions of the API, grouped by area in the
//! source and flattened here: every type is `agentruntime::types::Name`.
pub mod defaults;

pub mod error;

mod agents;

#[allow(unused_imports)]
pub use agents::*;

mod analytics;

#[allow(unused_imports)]
pub use analytics::*;

mod auth;

#[allow(unused_imports)]
pub use auth::*;

mod autopilot;

#[allow(unused_imports)]
pub use autopilot::*;

mod billing;

#[allow(unused_imports)]
pub use billing::*;

mod chat;

#[allow(unused_imports)]
pub use chat::*;

mod common;

pub use common::*;

mod connections;

#[allow(unused_imports)]
pub use connections::*;

mod embedded_connect;

#[allow(unused_imports)]
pub use embedded_connect::*;

mod events;

#[allow(unused_imports)]
pub use events::*;

mod inbound_webhooks;

#[allow(unused_imports)]
pub use inbound_webhooks::*;

mod llm;

#[allow(unused_imports)]
pub use llm::*;

mod mcp;

#[allow(unused_imports)]
pub use mcp::*;

mod memory;

#[allow(unused_imports)]
pub use memory::*;

mod onboarding;

#[allow(unused_imports)]
pub use onboarding::*;

mod pats;

#[allow(unused_imports)]
pub use pats::*;

mod runs;

#[allow(unused_imports)]
pub use runs::*;

mod surfaces;

#[allow(unused_imports)]
pub use surfaces::*;

mod tasks;

#[allow(unused_imports)]
pub use tasks::*;

mod tenant_data;

#[allow(unused_imports)]
pub use tenant_data::*;

mod triggers;

#[allow(unused_imports)]
pub use triggers::*;

mod workflows;

#[allow(unused_imports)]
pub use workflows::*;

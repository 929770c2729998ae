// @generated operations index by agentruntime-generator 0.1.0. Do not edit by hand.
// Spec: spec/openapi.yaml (sha256 30c1d38da430abece64bd45a9713968d56e678002e3b03f8517556d4a56e28d3), OpenAPI 3.1.0, API version 1.0.0.
// Regenerate: cargo xtask regen

//! One builder per operation. Each is returned by the `Client` method of the same
//! name, takes the optional parameters and the body as setters, and is sent with
//! `.send()` (and, for lists, streamed with `.stream()`).
mod agents;
pub use agents::*;
mod analytics;
pub use analytics::*;
mod auth;
pub use auth::*;
mod autopilot;
pub use autopilot::*;
mod billing;
pub use billing::*;
mod chat;
pub use chat::*;
mod connections;
pub use connections::*;
mod embedded_connect;
pub use embedded_connect::*;
mod events;
pub use events::*;
mod inbound_webhooks;
pub use inbound_webhooks::*;
mod llm;
pub use llm::*;
mod mcp;
pub use mcp::*;
mod memory;
pub use memory::*;
mod onboarding;
pub use onboarding::*;
mod pats;
pub use pats::*;
mod runs;
pub use runs::*;
mod surfaces;
pub use surfaces::*;
mod tasks;
pub use tasks::*;
mod tenant_data;
pub use tenant_data::*;
mod triggers;
pub use triggers::*;
mod workflows;
pub use workflows::*;

// @generated types index by agentruntime-generator 0.1.0. Do not edit by hand.
// Spec: spec/openapi.yaml (sha256 2ee91eb600a9020a711b22c67badc04e0dc6e58d405f9a4f2ff50071d31c80ca), OpenAPI 3.1.0, API version 1.0.0.
// Regenerate: cargo xtask regen

//! Request and response bodies, enums and unions of the API, grouped by area in the
//! source and flattened here: every type is `agentruntime::types::Name`.
pub mod defaults;

pub mod error;

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

mod common;

pub use common::*;

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

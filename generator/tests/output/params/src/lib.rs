// @generated crate root by agentruntime-generator 0.1.0. Do not edit by hand.
// Spec: fixtures/params/openapi.yaml (sha256 286eeb2e529e703bc355b01bd9be0e5bc6b6ccf1771e6e69f730e24645a3beaf), OpenAPI 3.1.0, API version 0.1.0.
// Regenerate: cargo xtask regen --spec fixtures/params/openapi.yaml --out DIR

#![doc = include_str!("../README.md")]
#![forbid(unsafe_code)]
#![warn(missing_debug_implementations)]
#![deny(missing_docs)]
#[rustfmt::skip]
mod api;

#[rustfmt::skip]
pub mod metadata;

#[rustfmt::skip]
pub mod operations;

#[rustfmt::skip]
pub mod types;

#[rustfmt::skip]
mod client;

#[rustfmt::skip]
mod hooks;

pub use agentruntime_runtime::JsonObject;
pub use agentruntime_runtime::serde_json;
pub use agentruntime_runtime::{ApiError, Certificate, DEFAULT_MAX_RESPONSE_SIZE};
pub use agentruntime_runtime::{Environment, Error, ErrorKind, FieldViolation};
pub use agentruntime_runtime::{EventStream, JsonLines, SseEvent, TypedEvents};
pub use agentruntime_runtime::{FilePart, HttpMethod, Page, Proxy, RateLimit};
pub use agentruntime_runtime::{RawRequest, RequestOptions, Response, RetryPolicy};
pub use agentruntime_runtime::{Secret, Timeouts, USER_AGENT};

#[allow(unused_imports)]
use agentruntime_runtime::{framing, lenient, multipart, pagination, params, transport};

#[cfg(feature = "webhooks")]
pub use agentruntime_runtime::{verify_webhook_signature, webhook_signature};
pub use api::Client;
pub use client::ClientBuilder;

/// The body of a streamed response (Server-Sent Events, NDJSON, binary), chunk by chunk.
pub use progenitor_client::ByteStream;

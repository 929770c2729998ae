// @generated crate root by agentruntime-generator 0.1.0. Do not edit by hand.
// Spec: fixtures/v30/openapi.json (sha256 76802303fef5ea9341473990ae5e531df637c83522ad3341588262dac14ea0c8), OpenAPI 3.0.3, API version 0.3.0.
// Regenerate: cargo xtask regen --spec fixtures/v30/openapi.json --out DIR

#![doc = include_str!("../README.md")]
#![forbid(unsafe_code)]
#![warn(missing_debug_implementations)]
#[rustfmt::skip]
mod api;

#[rustfmt::skip]
pub mod metadata;

#[rustfmt::skip]
pub mod operations;

#[rustfmt::skip]
pub mod types;

#[rustfmt::skip]
mod auth;

#[rustfmt::skip]
mod client;

#[rustfmt::skip]
mod context;

#[rustfmt::skip]
mod error;

#[rustfmt::skip]
mod hooks;

#[rustfmt::skip]
mod lenient;

#[rustfmt::skip]
mod limit;

#[rustfmt::skip]
mod pagination;

#[rustfmt::skip]
mod rate_limit;

#[rustfmt::skip]
mod response;

#[rustfmt::skip]
mod retry;

#[rustfmt::skip]
mod secret;

#[rustfmt::skip]
mod transport;

#[rustfmt::skip]
mod webhooks;

pub use api::Client;
pub use client::{Certificate, ClientBuilder, Environment, Proxy, Timeouts, USER_AGENT};
pub use error::{ApiError, Error, ErrorKind, FieldViolation};
pub use limit::DEFAULT_MAX_RESPONSE_SIZE;
pub use pagination::Page;
pub use progenitor_client::{ByteStream, ClientInfo};
pub use rate_limit::RateLimit;
pub use response::Response;
pub use retry::RetryPolicy;
pub use secret::Secret;
pub use webhooks::{verify_webhook_signature, webhook_signature};

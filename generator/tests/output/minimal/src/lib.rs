// @generated crate root by agentruntime-generator 0.1.0. Do not edit by hand.
// Spec: fixtures/minimal/openapi.yaml (sha256 1b5b7f7854c49521e9feaf31493f7487b3486a7ac218bb15b3ba3be96e293f4b), OpenAPI 3.0.3, API version 0.0.1.
// Regenerate: cargo xtask regen --spec fixtures/minimal/openapi.yaml --out DIR

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

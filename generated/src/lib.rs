// @generated crate root by agentruntime-generator 0.1.0. Do not edit by hand.
// Spec: spec/openapi.yaml (sha256 30c1d38da430abece64bd45a9713968d56e678002e3b03f8517556d4a56e28d3), OpenAPI 3.1.0, API version 1.0.0.
// Regenerate: cargo xtask regen

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
pub use client::*;
#[rustfmt::skip]
mod context;
#[rustfmt::skip]
mod error;
pub use error::*;
#[rustfmt::skip]
mod hooks;
#[rustfmt::skip]
mod pagination;
pub use pagination::*;
#[rustfmt::skip]
mod response;
pub use response::*;
#[rustfmt::skip]
mod retry;
pub use retry::*;
#[rustfmt::skip]
mod secret;
pub use secret::*;
#[rustfmt::skip]
mod stream;
pub use stream::*;
#[rustfmt::skip]
mod transport;
#[rustfmt::skip]
mod webhooks;
pub use api::Client;
/// Raw response bodies (for operations that return bytes) and the client's info trait.
pub use progenitor_client::{ByteStream, ClientInfo};
pub use webhooks::*;

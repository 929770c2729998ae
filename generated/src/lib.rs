// @generated crate root by agentruntime-generator 0.1.0. Do not edit by hand.
// Spec: spec/openapi.yaml (sha256 7b9bb2c3369722eb9a3de3da8032be18e52b71bc77f0764f3373b3333c9b3b13), OpenAPI 3.1.0, API version 1.0.0.
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
mod stream;
pub use stream::*;
#[rustfmt::skip]
mod transport;
pub use api::Client;
/// Raw response bodies (for operations that return bytes) and the client's info trait.
pub use progenitor_client::{ByteStream, ClientInfo};

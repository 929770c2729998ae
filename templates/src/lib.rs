//! The runtime of the generated `agentruntime` crate: everything a call needs that does not
//! depend on the spec. The generated crate holds the API's types and one builder per operation;
//! each builder's `send()` goes through [`transport::send`], whose hooks add credentials and
//! context, retry under the [`RetryPolicy`], bound the body and turn every failure into one
//! [`Error`].
//!
//! Application code uses these items through the generated crate's re-exports
//! (`agentruntime::Error`, `agentruntime::RetryPolicy` …). The seam to generated code is the
//! [`ApiClient`] trait (and, for the event stream, `stream::RunEvents` and `stream::RunWaits`).

#![forbid(unsafe_code)]
#![warn(missing_docs, missing_debug_implementations)]

mod auth;
mod client;
mod context;
mod error;
mod execute;
pub mod framing;
pub mod handle;
pub mod lenient;
mod limit;
pub mod multipart;
mod operation;
mod options;
pub mod pagination;
pub mod params;
mod rate_limit;
mod raw;
mod response;
mod retry;
mod secret;
#[cfg(feature = "stream")]
pub mod stream;
mod tls;
pub mod transport;
pub mod wait;
#[cfg(feature = "webhooks")]
mod webhooks;

pub use client::{
    ApiClient, Certificate, ClientBuilder, ClientState, Environment, Proxy, Timeouts, USER_AGENT,
};
pub use error::{ApiError, Error, ErrorKind, FieldViolation};
pub use execute::{execute, prepare};
pub use framing::{EventStream, JsonLines, SseEvent, TypedEvents};
pub use handle::JsonObject;
pub use limit::DEFAULT_MAX_RESPONSE_SIZE;
pub use multipart::FilePart;
pub use operation::{HttpMethod, Operation, Role, Scope};
pub use options::RequestOptions;
pub use pagination::Page;
pub use rate_limit::RateLimit;
pub use raw::RawRequest;
pub use response::Response;
pub use retry::RetryPolicy;
pub use secret::Secret;
pub use wait::WaitOptions;
#[cfg(feature = "webhooks")]
pub use webhooks::{verify_webhook_signature, webhook_signature};

/// The JSON library the API's values are made of (`serde_json::json!`, `Value`, `Map`), so
/// building a body needs no dependency of its own.
pub use serde_json;

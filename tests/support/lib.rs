//! Shared support for the integration tests: loopback servers (plain or TLS) and log capture.

pub mod http;
pub mod logs;
pub mod prism;
pub mod tls;
pub mod ws;

pub use http::{HttpServer, Recorded, Reply};
pub use logs::LogCapture;
pub use tls::TestCa;

/// A client for `server` with a PAT, tenant `acme` and project `proj_1`, and the given retry
/// policy.
pub fn client_for(server: &HttpServer, retry: agentruntime::RetryPolicy) -> agentruntime::Client {
    agentruntime::Client::builder()
        .base_url(server.url())
        .pat("pat_test_secret_0123456789")
        .tenant("acme")
        .project("proj_1")
        .retry(retry)
        .build()
        .expect("valid client")
}

/// A workflow as the server returns it, with the fields the spec requires.
pub fn workflow_json(id: &str) -> serde_json::Value {
    serde_json::json!({
        "id": id, "name": "Daily report", "tenant_id": "acme", "project_id": "proj_1",
        "status": "draft", "created_at": "2026-06-06T12:00:00Z", "updated_at": "2026-06-06T12:00:00Z"
    })
}

/// The repository README's example, compiled as a doctest so it cannot rot.
#[cfg(doctest)]
#[doc = include_str!("../../README.md")]
mod readme {}

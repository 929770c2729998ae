// @generated `Client` struct (from progenitor) by agentruntime-generator 0.1.0. Do not edit by hand.
// Spec: fixtures/minimal/openapi.yaml (sha256 1b5b7f7854c49521e9feaf31493f7487b3486a7ac218bb15b3ba3be96e293f4b), OpenAPI 3.0.3, API version 0.0.1.
// Regenerate: cargo xtask regen --spec fixtures/minimal/openapi.yaml --out DIR

//! The `Client` struct progenitor generates; `Client::builder()` and the request
//! behaviour are overlays (`client.rs`, `hooks.rs`).
#[allow(unused_imports)]
use progenitor_client::{ClientHooks, ClientInfo};

#[derive(Clone, Debug)]
/// Client for Minimal
///
/// No path parameters, no lists, no JSON bodies, no streams: every optional part of the runtime
/// goes unused.
///
/// Version: 0.0.1
pub struct Client {
    pub(crate) baseurl: String,
    pub(crate) client: reqwest::Client,
    pub(crate) inner: agentruntime_runtime::ClientState,
}

impl Client {
    /// Wraps a configured `reqwest::Client`; `Client::builder()` is the public way in.
    pub(crate) fn new_with_client(
        baseurl: &str,
        client: reqwest::Client,
        inner: agentruntime_runtime::ClientState,
    ) -> Self {
        Self {
            baseurl: baseurl.to_string(),
            client,
            inner,
        }
    }
}

impl ClientInfo<agentruntime_runtime::ClientState> for Client {
    fn api_version() -> &'static str {
        "0.0.1"
    }

    fn baseurl(&self) -> &str {
        self.baseurl.as_str()
    }

    fn client(&self) -> &reqwest::Client {
        &self.client
    }

    fn inner(&self) -> &agentruntime_runtime::ClientState {
        &self.inner
    }
}

const _: () = {
    #[allow(dead_code)]
    fn assert_client_hooks()
    where
        Client: ClientHooks<agentruntime_runtime::ClientState>,
    {}
};

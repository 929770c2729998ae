// @generated `Client` struct (from progenitor) by agentruntime-generator 0.1.0. Do not edit by hand.
// Spec: fixtures/v31/openapi.yaml (sha256 b69c2022c2653af0f660ebe1c5e7c8c62701d8c07d5567eefb4914e0cf957b77), OpenAPI 3.1.0, API version 3.1.0.
// Regenerate: cargo xtask regen --spec fixtures/v31/openapi.yaml --out DIR

//! The `Client` struct progenitor generates; `Client::builder()` and the request
//! behaviour are overlays (`client.rs`, `hooks.rs`).
#[allow(unused_imports)]
use progenitor_client::{ClientHooks, ClientInfo};

#[derive(Clone, Debug)]
/// Client for Fixture 3.1
///
/// Version: 3.1.0
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
        "3.1.0"
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

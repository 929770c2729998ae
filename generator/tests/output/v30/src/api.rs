// @generated `Client` struct (from progenitor) by agentruntime-generator 0.1.0. Do not edit by hand.
// Spec: fixtures/v30/openapi.json (sha256 76802303fef5ea9341473990ae5e531df637c83522ad3341588262dac14ea0c8), OpenAPI 3.0.3, API version 0.3.0.
// Regenerate: cargo xtask regen --spec fixtures/v30/openapi.json --out DIR

//! The `Client` struct progenitor generates; `Client::builder()` and the request
//! behaviour are overlays (`client.rs`, `hooks.rs`).
#[allow(unused_imports)]
use progenitor_client::{ClientHooks, ClientInfo};

#[derive(Clone, Debug)]
/// Client for Fixture 3.0
///
/// Version: 0.3.0
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
        "0.3.0"
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

// @generated `Client` struct (from progenitor) by agentruntime-generator 0.1.0. Do not edit by hand.
// Spec: fixtures/params/openapi.yaml (sha256 286eeb2e529e703bc355b01bd9be0e5bc6b6ccf1771e6e69f730e24645a3beaf), OpenAPI 3.1.0, API version 0.1.0.
// Regenerate: cargo xtask regen --spec fixtures/params/openapi.yaml --out DIR

//! The `Client` struct progenitor generates; `Client::builder()` and the request
//! behaviour are overlays (`client.rs`, `hooks.rs`).
#[allow(unused_imports)]
use progenitor_client::{ClientHooks, ClientInfo};

#[derive(Clone, Debug)]
/// Client for Parameters
///
/// Every query and path style, header parameters of array and object schemas, cookie parameters,
/// and enums typify cannot name as they are.
///
/// Version: 0.1.0
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
        "0.1.0"
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

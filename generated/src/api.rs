// @generated `Client` struct (from progenitor) by agentruntime-generator 0.1.0. Do not edit by hand.
// Spec: spec/openapi.yaml (sha256 aab3041a7d360a69e58dfceca5f9a2bffcbf688e5ad868463978c58def134800), OpenAPI 3.1.0, API version 1.0.0.
// Regenerate: cargo xtask regen

//! The `Client` struct progenitor generates; `Client::builder()` and the request
//! behaviour are overlays (`client.rs`, `hooks.rs`).
#[allow(unused_imports)]
use progenitor_client::{ClientHooks, ClientInfo};

#[derive(Clone, Debug)]
/// Client for AgentRuntime BFF API
///
/// The AgentRuntime BFF (backend for frontend) is the one public surface for programmatic access:
/// workflows and runs, human tasks, integrations, AI and chat, and the platform (auth, billing,
/// analytics, PATs, onboarding). No official spec of the whole BFF exists; this description is
/// authored from the public docs by the agentruntime-rs project.
///
/// Authenticate with a personal access token (`Authorization: Bearer pat_…`) or a browser session
/// cookie. Scoped endpoints need the `X-Tenant-Id` and `X-Project-Id` context headers; each
/// operation's documentation names the context and the role it needs.
///
/// Version: 1.0.0
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
        "1.0.0"
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

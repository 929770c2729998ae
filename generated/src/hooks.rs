// @generated from templates/glue/hooks.rs by agentruntime-generator 0.1.0. Do not edit by hand.
// Spec: spec/openapi.yaml (sha256 aab3041a7d360a69e58dfceca5f9a2bffcbf688e5ad868463978c58def134800), OpenAPI 3.1.0, API version 1.0.0.
// Regenerate: cargo xtask regen

//! The seam between progenitor's generated calls and the runtime: every call's `pre` and `exec`
//! hooks delegate to `agentruntime_runtime`, which reads the operation `transport::send`
//! recorded for the call.

use agentruntime_runtime::ClientState;
use progenitor_client::{ClientHooks, OperationInfo};

use crate::Client;

impl ClientHooks<ClientState> for Client {
    async fn pre<E>(
        &self,
        request: &mut reqwest::Request,
        info: &OperationInfo,
    ) -> Result<(), progenitor_client::Error<E>> {
        agentruntime_runtime::prepare(&self.inner, request, info)
            .map_err(progenitor_client::Error::Custom)
    }

    async fn exec(
        &self,
        request: reqwest::Request,
        info: &OperationInfo,
    ) -> reqwest::Result<reqwest::Response> {
        agentruntime_runtime::execute(&self.client, &self.inner, request, info).await
    }
}

impl agentruntime_runtime::ApiClient for Client {
    fn from_parts(base_url: &str, http: reqwest::Client, state: ClientState) -> Self {
        Self::new_with_client(base_url, http, state)
    }
}

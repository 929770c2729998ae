// @generated from templates/glue/client.rs by agentruntime-generator 0.1.0. Do not edit by hand.
// Spec: spec/openapi.yaml (sha256 aab3041a7d360a69e58dfceca5f9a2bffcbf688e5ad868463978c58def134800), OpenAPI 3.1.0, API version 1.0.0.
// Regenerate: cargo xtask regen

//! The client's own methods: building it, acting in another tenant or project, reading its
//! configuration. The configuration itself lives in `agentruntime_runtime`.

use crate::{Client, Error, HttpMethod, RawRequest, RetryPolicy};

/// Builds a [`Client`]; see [`Client::builder`].
pub type ClientBuilder = agentruntime_runtime::ClientBuilder<Client>;

/// # Connecting
///
/// Building a client, its context (tenant and project), and raw calls.
impl Client {
    /// Starts building a client.
    ///
    /// ```no_run
    /// # fn main() -> Result<(), agentruntime::Error> {
    /// let client = agentruntime::Client::builder()
    ///     .environment(agentruntime::Environment::Production)
    ///     .pat("pat_…")
    ///     .tenant("acme")
    ///     .project("proj_1")
    ///     .build()?;
    /// # Ok(()) }
    /// ```
    pub fn builder() -> ClientBuilder {
        ClientBuilder::default()
    }

    /// A client configured from the environment variables the docs use: `AR_API` (base URL;
    /// production when unset), `AR_TOKEN` (a PAT), `AR_TENANT` and `AR_PROJECT`.
    pub fn from_env() -> Result<Self, Error> {
        let var = |name: &str| std::env::var(name).ok().filter(|v| !v.trim().is_empty());
        let mut builder = Self::builder();
        if let Some(url) = var("AR_API") {
            builder = builder.base_url(url);
        }
        if let Some(token) = var("AR_TOKEN") {
            builder = builder.pat(token);
        }
        if let Some(tenant) = var("AR_TENANT") {
            builder = builder.tenant(tenant);
        }
        if let Some(project) = var("AR_PROJECT") {
            builder = builder.project(project);
        }
        builder.build()
    }

    /// The same client (connection pool, credentials, policy) acting in another tenant.
    pub fn with_tenant(&self, tenant: impl AsRef<str>) -> Self {
        let state = self.inner.with_tenant(tenant.as_ref());
        Self::new_with_client(&self.baseurl, self.client.clone(), state)
    }

    /// The same client (connection pool, credentials, policy) acting in another project.
    pub fn with_project(&self, project: impl AsRef<str>) -> Self {
        let state = self.inner.with_project(project.as_ref());
        Self::new_with_client(&self.baseurl, self.client.clone(), state)
    }

    /// The tenant this client sends, if any.
    pub fn tenant(&self) -> Option<&str> {
        self.inner.tenant()
    }

    /// The project this client sends, if any.
    pub fn project(&self) -> Option<&str> {
        self.inner.project()
    }

    /// The base URL requests go to.
    pub fn base_url(&self) -> &str {
        &self.baseurl
    }

    /// The retry policy of this client.
    pub fn retry_policy(&self) -> &RetryPolicy {
        self.inner.retry_policy()
    }

    /// The largest success body a call reads (`None`: no limit); see
    /// [`ClientBuilder::max_response_size`].
    pub fn max_response_size(&self) -> Option<u64> {
        self.inner.max_response_size()
    }

    /// A call to an endpoint the spec does not describe, with this client's credentials,
    /// context (sent when the client has it, required by nothing), retries, limits and errors:
    /// `method` on `path` (from the base URL, starting with `/`).
    ///
    /// ```no_run
    /// # async fn run(client: agentruntime::Client) -> Result<(), agentruntime::Error> {
    /// use agentruntime::HttpMethod;
    /// let created = client
    ///     .request(HttpMethod::Post, "/v1/experimental/things")
    ///     .json(&serde_json::json!({"name": "x"}))
    ///     .send()
    ///     .await?;
    /// # let _ = created; Ok(()) }
    /// ```
    pub fn request(&self, method: HttpMethod, path: impl Into<String>) -> RawRequest<'_, Self> {
        RawRequest::new(self, method, path)
    }
}

// @generated from templates/client.rs by agentruntime-generator 0.1.0. Do not edit by hand.
// Spec: spec/openapi.yaml (sha256 30c1d38da430abece64bd45a9713968d56e678002e3b03f8517556d4a56e28d3), OpenAPI 3.1.0, API version 1.0.0.
// Regenerate: cargo xtask regen

//! Building a [`Client`]: environment or base URL, credentials, tenant and project context,
//! retry policy and timeouts.

use std::fmt;
use std::sync::Arc;
use std::time::Duration;

use reqwest::header::{HeaderName, HeaderValue};
use secrecy::SecretString;

use crate::auth::Credentials;
use crate::context::{Context, ContextValue};
use crate::{Client, Error, ErrorKind, RetryPolicy};

/// The AgentRuntime deployments.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
#[non_exhaustive]
pub enum Environment {
    /// `https://api.agentruntime.io`
    #[default]
    Production,
    /// `https://api-dev.agentruntime.io`
    Development,
}

impl Environment {
    /// The BFF base URL of this environment.
    pub fn base_url(self) -> &'static str {
        match self {
            Self::Production => "https://api.agentruntime.io",
            Self::Development => "https://api-dev.agentruntime.io",
        }
    }
}

/// Connect and per-attempt timeouts. The WebSocket event stream is exempt from the attempt
/// timeout (it is long-lived and has its own liveness checks).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Timeouts {
    /// Time to establish a connection. Default 5 s.
    pub connect: Option<Duration>,
    /// Time for one attempt, from sending to the end of the response body. Default 60 s.
    pub attempt: Option<Duration>,
}

impl Default for Timeouts {
    fn default() -> Self {
        Self {
            connect: Some(Duration::from_secs(5)),
            attempt: Some(Duration::from_secs(60)),
        }
    }
}

impl Timeouts {
    /// No timeouts at all (for callers that bound calls themselves).
    pub fn none() -> Self {
        Self {
            connect: None,
            attempt: None,
        }
    }
}

/// State shared by a client and its `with_tenant`/`with_project` clones.
pub(crate) struct Shared {
    pub(crate) credentials: Option<Credentials>,
    /// The credential header, built once and marked sensitive.
    pub(crate) auth: Option<(HeaderName, HeaderValue)>,
    pub(crate) retry: RetryPolicy,
    pub(crate) timeouts: Timeouts,
}

/// What progenitor's `Client` carries besides its `reqwest::Client`: shared configuration and
/// this client's context. Cloning it is cheap.
#[doc(hidden)]
#[derive(Clone)]
pub struct ClientState {
    pub(crate) shared: Arc<Shared>,
    pub(crate) context: Context,
}

impl fmt::Debug for ClientState {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ClientState")
            .field("credentials", &self.shared.credentials)
            .field("tenant", &self.context.tenant)
            .field("project", &self.context.project)
            .field("retry", &self.shared.retry)
            .field("timeouts", &self.shared.timeouts)
            .finish()
    }
}

/// The `User-Agent` every request carries.
pub const USER_AGENT: &str = concat!("agentruntime-rust/", env!("CARGO_PKG_VERSION"));

/// Builds a [`Client`]; see [`Client::builder`].
#[derive(Default)]
pub struct ClientBuilder {
    base_url: Option<String>,
    environment: Environment,
    credentials: Option<Credentials>,
    conflicting_credentials: bool,
    tenant: Option<String>,
    project: Option<String>,
    retry: RetryPolicy,
    timeouts: Timeouts,
    http: Option<reqwest::Client>,
}

impl fmt::Debug for ClientBuilder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ClientBuilder")
            .field("base_url", &self.base_url)
            .field("environment", &self.environment)
            .field("credentials", &self.credentials)
            .field("tenant", &self.tenant)
            .field("project", &self.project)
            .field("retry", &self.retry)
            .field("timeouts", &self.timeouts)
            .finish()
    }
}

impl ClientBuilder {
    /// The deployment to talk to (default: production). A `base_url` takes precedence.
    pub fn environment(mut self, environment: Environment) -> Self {
        self.environment = environment;
        self
    }

    /// An explicit base URL, e.g. `http://127.0.0.1:8080` for a local server.
    pub fn base_url(mut self, url: impl Into<String>) -> Self {
        self.base_url = Some(url.into());
        self
    }

    /// Authenticate with a personal access token (`Authorization: Bearer <pat>`).
    pub fn pat(mut self, token: impl Into<String>) -> Self {
        self.set_credentials(Credentials::Pat(SecretString::from(token.into())));
        self
    }

    /// Authenticate with a browser session: the `Cookie` header value, sent as is.
    pub fn session_cookie(mut self, cookie: impl Into<String>) -> Self {
        self.set_credentials(Credentials::SessionCookie(SecretString::from(
            cookie.into(),
        )));
        self
    }

    fn set_credentials(&mut self, credentials: Credentials) {
        self.conflicting_credentials |= self.credentials.is_some();
        self.credentials = Some(credentials);
    }

    /// The workspace (tenant) slug sent as `X-Tenant-Id` on tenant- and project-scoped calls.
    pub fn tenant(mut self, tenant: impl Into<String>) -> Self {
        self.tenant = Some(tenant.into());
        self
    }

    /// The project id sent as `X-Project-Id` on project-scoped calls.
    pub fn project(mut self, project: impl Into<String>) -> Self {
        self.project = Some(project.into());
        self
    }

    /// The retry policy (default [`RetryPolicy::default`]; [`RetryPolicy::none`] turns it off).
    pub fn retry(mut self, policy: RetryPolicy) -> Self {
        self.retry = policy;
        self
    }

    /// Connect and per-attempt timeouts (default 5 s and 60 s).
    pub fn timeouts(mut self, timeouts: Timeouts) -> Self {
        self.timeouts = timeouts;
        self
    }

    /// Time to establish a connection.
    pub fn connect_timeout(mut self, timeout: Duration) -> Self {
        self.timeouts.connect = Some(timeout);
        self
    }

    /// Time for one attempt, from sending to the end of the response body.
    pub fn attempt_timeout(mut self, timeout: Duration) -> Self {
        self.timeouts.attempt = Some(timeout);
        self
    }

    /// Use this `reqwest::Client` instead of building one (its own timeouts, TLS and proxy
    /// settings apply; credentials are still added per request).
    pub fn http_client(mut self, client: reqwest::Client) -> Self {
        self.http = Some(client);
        self
    }

    /// Checks the configuration and builds the client.
    pub fn build(self) -> Result<Client, Error> {
        let invalid = |message: String| Error::new(ErrorKind::InvalidConfig).with_message(message);
        if self.conflicting_credentials {
            return Err(invalid(
                "both a PAT and a session cookie were given; use one".to_owned(),
            ));
        }
        let base_url = self
            .base_url
            .unwrap_or_else(|| self.environment.base_url().to_owned());
        let parsed = url::Url::parse(&base_url)
            .map_err(|e| invalid(format!("base URL {base_url:?} is not a URL: {e}")))?;
        if !matches!(parsed.scheme(), "http" | "https") || parsed.host().is_none() {
            return Err(invalid(format!(
                "base URL {base_url:?} must be an http or https URL with a host"
            )));
        }
        let base_url = base_url.trim_end_matches('/').to_owned();
        let auth = match &self.credentials {
            Some(credentials) => Some(credentials.header().ok_or_else(|| {
                invalid(format!(
                    "the {} contains characters a header cannot carry",
                    credentials.kind()
                ))
            })?),
            None => None,
        };
        let http = match self.http {
            Some(http) => http,
            None => {
                let mut builder = reqwest::Client::builder().user_agent(USER_AGENT);
                if let Some(connect) = self.timeouts.connect {
                    builder = builder.connect_timeout(connect);
                }
                if let Some(attempt) = self.timeouts.attempt {
                    builder = builder.timeout(attempt);
                }
                builder
                    .build()
                    .map_err(|e| invalid(format!("cannot build the HTTP client: {e}")))?
            }
        };
        let context = Context {
            tenant: self.tenant.as_deref().map(ContextValue::new),
            project: self.project.as_deref().map(ContextValue::new),
        };
        let state = ClientState {
            shared: Arc::new(Shared {
                credentials: self.credentials,
                auth,
                retry: self.retry,
                timeouts: self.timeouts,
            }),
            context,
        };
        Ok(Client::new_with_client(&base_url, http, state))
    }
}

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
        let mut client = self.clone();
        client.inner.context.tenant = Some(ContextValue::new(tenant.as_ref()));
        client
    }

    /// The same client (connection pool, credentials, policy) acting in another project.
    pub fn with_project(&self, project: impl AsRef<str>) -> Self {
        let mut client = self.clone();
        client.inner.context.project = Some(ContextValue::new(project.as_ref()));
        client
    }

    /// The tenant this client sends, if any.
    pub fn tenant(&self) -> Option<&str> {
        self.inner.context.tenant.as_ref().map(ContextValue::as_str)
    }

    /// The project this client sends, if any.
    pub fn project(&self) -> Option<&str> {
        self.inner
            .context
            .project
            .as_ref()
            .map(ContextValue::as_str)
    }

    /// The base URL requests go to.
    pub fn base_url(&self) -> &str {
        &self.baseurl
    }

    /// The retry policy of this client.
    pub fn retry_policy(&self) -> &RetryPolicy {
        &self.inner.shared.retry
    }
}

//! Building a client: environment or base URL, credentials, tenant and project context, retry
//! policy, timeouts, the response-size limit, and one TLS trust and proxy configuration for both
//! REST calls and the WebSocket event stream. [`ApiClient`] is the seam to the generated
//! `Client`: the builder makes its parts, the generated crate assembles them.

use std::fmt;
use std::marker::PhantomData;
use std::sync::Arc;
use std::time::Duration;

use reqwest::header::{HeaderName, HeaderValue};
pub use reqwest::{Certificate, Proxy};
use secrecy::SecretString;

use progenitor_client::ClientInfo;

use crate::auth::Credentials;
use crate::context::{Context, ContextValue};
use crate::limit::DEFAULT_MAX_RESPONSE_SIZE;
use crate::{Error, ErrorKind, RetryPolicy};

/// What the runtime needs from a generated client: progenitor's [`ClientInfo`] (base URL, the
/// `reqwest` client, the [`ClientState`]) and a way to assemble one from those parts.
///
/// Generated crates implement it for their `Client`; application code never needs to.
pub trait ApiClient: ClientInfo<ClientState> + Clone + Send + Sync + 'static {
    /// A client of this base URL (no trailing slash), `reqwest` client and state.
    fn from_parts(base_url: &str, http: reqwest::Client, state: ClientState) -> Self;
}

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
    /// Largest success body read into memory; `None` reads any size.
    pub(crate) max_response_size: Option<u64>,
    /// The client the WebSocket upgrade goes through: the same roots and proxy as REST calls,
    /// HTTP/1.1 only (an upgrade cannot ride an HTTP/2 connection), no per-request timeout.
    #[cfg(feature = "stream")]
    pub(crate) stream_http: reqwest::Client,
}

/// What a generated `Client` carries besides its `reqwest::Client`: shared configuration and
/// this client's context. Cloning it is cheap.
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
            .field("max_response_size", &self.shared.max_response_size)
            .finish()
    }
}

impl ClientState {
    /// The tenant this client sends, if any.
    pub fn tenant(&self) -> Option<&str> {
        self.context.tenant.as_ref().map(ContextValue::as_str)
    }

    /// The project this client sends, if any.
    pub fn project(&self) -> Option<&str> {
        self.context.project.as_ref().map(ContextValue::as_str)
    }

    /// The same state acting in another tenant.
    pub fn with_tenant(&self, tenant: &str) -> Self {
        let mut state = self.clone();
        state.context.tenant = Some(ContextValue::new(tenant));
        state
    }

    /// The same state acting in another project.
    pub fn with_project(&self, project: &str) -> Self {
        let mut state = self.clone();
        state.context.project = Some(ContextValue::new(project));
        state
    }

    /// The retry policy.
    pub fn retry_policy(&self) -> &RetryPolicy {
        &self.shared.retry
    }

    /// The largest success body a call reads (`None`: no limit).
    pub fn max_response_size(&self) -> Option<u64> {
        self.shared.max_response_size
    }
}

/// The `User-Agent` every request carries.
pub const USER_AGENT: &str = concat!("agentruntime-rust/", env!("CARGO_PKG_VERSION"));

/// Builds a client (`agentruntime::Client::builder()`); `C` is the generated client type.
pub struct ClientBuilder<C> {
    base_url: Option<String>,
    environment: Environment,
    credentials: Option<Credentials>,
    conflicting_credentials: bool,
    tenant: Option<String>,
    project: Option<String>,
    retry: RetryPolicy,
    timeouts: Timeouts,
    max_response_size: Option<u64>,
    roots: Vec<reqwest::Certificate>,
    proxy: Option<reqwest::Proxy>,
    http: Option<reqwest::Client>,
    client: PhantomData<fn() -> C>,
}

impl<C> Default for ClientBuilder<C> {
    fn default() -> Self {
        Self {
            base_url: None,
            environment: Environment::default(),
            credentials: None,
            conflicting_credentials: false,
            tenant: None,
            project: None,
            retry: RetryPolicy::default(),
            timeouts: Timeouts::default(),
            max_response_size: Some(DEFAULT_MAX_RESPONSE_SIZE),
            roots: Vec::new(),
            proxy: None,
            http: None,
            client: PhantomData,
        }
    }
}

impl<C> fmt::Debug for ClientBuilder<C> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ClientBuilder")
            .field("base_url", &self.base_url)
            .field("environment", &self.environment)
            .field("credentials", &self.credentials)
            .field("tenant", &self.tenant)
            .field("project", &self.project)
            .field("retry", &self.retry)
            .field("timeouts", &self.timeouts)
            .field("max_response_size", &self.max_response_size)
            .field("extra_roots", &self.roots.len())
            .field("proxy", &self.proxy.is_some())
            .field("custom_http_client", &self.http.is_some())
            .finish()
    }
}

impl<C: ApiClient> ClientBuilder<C> {
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

    /// The largest success body a call reads, in bytes (default
    /// [`DEFAULT_MAX_RESPONSE_SIZE`], 32 MiB); `None` lifts the limit. A larger body, by its
    /// `Content-Length` or while it arrives, ends the call with
    /// [`ErrorKind::ResponseTooLarge`] after reading at most the limit. Each page of a list is
    /// its own response, so `stream()` and `pages()` are limited per page, and bodies handed
    /// over as byte streams are not limited.
    ///
    /// ```
    /// # fn main() -> Result<(), agentruntime::Error> {
    /// let client = agentruntime::Client::builder().max_response_size(4 * 1024 * 1024).build()?;
    /// assert_eq!(client.max_response_size(), Some(4 * 1024 * 1024));
    /// let unlimited = agentruntime::Client::builder().max_response_size(None).build()?;
    /// assert_eq!(unlimited.max_response_size(), None);
    /// # Ok(()) }
    /// ```
    pub fn max_response_size(mut self, limit: impl Into<Option<u64>>) -> Self {
        self.max_response_size = limit.into();
        self
    }

    /// Trusts this certificate authority besides the operating system's roots, for REST calls
    /// and the WebSocket stream alike (a private CA in front of the API, a TLS-inspecting proxy).
    ///
    /// ```no_run
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// let pem = std::fs::read("private-ca.pem")?;
    /// let ca = agentruntime::Certificate::from_pem(&pem)?;
    /// let client = agentruntime::Client::builder().add_root_certificate(ca).build()?;
    /// # let _ = client; Ok(()) }
    /// ```
    pub fn add_root_certificate(mut self, certificate: Certificate) -> Self {
        self.roots.push(certificate);
        self
    }

    /// Sends REST calls and the WebSocket upgrade through this proxy (without one, the
    /// `HTTP_PROXY`/`HTTPS_PROXY`/`NO_PROXY` environment variables apply to both).
    ///
    /// ```
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// let proxy = agentruntime::Proxy::all("http://proxy.internal:3128")?;
    /// let client = agentruntime::Client::builder().proxy(proxy).build()?;
    /// # let _ = client; Ok(()) }
    /// ```
    pub fn proxy(mut self, proxy: Proxy) -> Self {
        self.proxy = Some(proxy);
        self
    }

    /// Use this `reqwest::Client` instead of building one, for REST calls and the WebSocket
    /// upgrade alike: its own timeouts, TLS roots and proxy apply, and the builder's
    /// [`add_root_certificate`](Self::add_root_certificate), [`proxy`](Self::proxy) and
    /// timeouts do not; credentials are still added per request. The upgrade is sent as
    /// HTTP/1.1: if the server would negotiate HTTP/2 with this client, build it with
    /// `http1_only()` or the stream cannot open.
    pub fn http_client(mut self, client: reqwest::Client) -> Self {
        self.http = Some(client);
        self
    }

    /// A `reqwest` client with this builder's trust, proxy and connect timeout; REST calls add
    /// the per-attempt timeout, the stream keeps to HTTP/1.1.
    fn transport(&self, stream: bool) -> Result<reqwest::Client, String> {
        crate::tls::install_provider();
        let mut builder = reqwest::Client::builder()
            .user_agent(USER_AGENT)
            .tls_certs_merge(self.roots.iter().cloned());
        if let Some(proxy) = &self.proxy {
            builder = builder.proxy(proxy.clone());
        }
        if let Some(connect) = self.timeouts.connect {
            builder = builder.connect_timeout(connect);
        }
        if stream {
            builder = builder.http1_only();
        } else if let Some(attempt) = self.timeouts.attempt {
            builder = builder.timeout(attempt);
        }
        builder
            .build()
            .map_err(|e| format!("cannot build the HTTP client: {e}"))
    }

    /// Checks the configuration and builds the client.
    pub fn build(self) -> Result<C, Error> {
        let invalid = |message: String| Error::new(ErrorKind::InvalidConfig).with_message(message);
        if self.conflicting_credentials {
            return Err(invalid(
                "both a PAT and a session cookie were given; use one".to_owned(),
            ));
        }
        let base_url = self
            .base_url
            .clone()
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
        let http = match &self.http {
            Some(http) => http.clone(),
            None => self.transport(false).map_err(invalid)?,
        };
        #[cfg(feature = "stream")]
        let stream_http = match &self.http {
            Some(http) => http.clone(),
            None => self.transport(true).map_err(invalid)?,
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
                max_response_size: self.max_response_size,
                #[cfg(feature = "stream")]
                stream_http,
            }),
            context,
        };
        Ok(C::from_parts(&base_url, http, state))
    }
}

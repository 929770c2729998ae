//! One error type for every call, with a kind to `match` on.
//!
//! Every error names the operation, carries the HTTP status and `X-Request-Id` when there was a
//! response, and keeps what a caller needs for its kind: the field violations of a 422, the
//! server's retry hint of a 429, the role a 403 operation requires, a preview of a body that did
//! not decode. Nothing secret is ever part of an error: credentials are never read back.

use std::fmt;
use std::time::Duration;

use reqwest::StatusCode;
use serde::Deserialize;

use crate::rate_limit::RateLimit;
use crate::{Operation, Role};

/// Largest error body read into memory; the rest is discarded.
pub(crate) const MAX_ERROR_BODY: usize = 64 * 1024;
/// Length of the body preview kept on decode errors.
pub(crate) const PREVIEW_LEN: usize = 1024;

/// What went wrong, for `match`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ErrorKind {
    /// 400: the server could not parse the request.
    BadRequest,
    /// 401: missing or invalid credentials.
    Unauthorized,
    /// 403: role, PAT scope or tenant/project context do not allow it ([`Error::required_role`]).
    Forbidden,
    /// 404 (or 410): the resource does not exist, or the feature is disabled.
    NotFound,
    /// 409: the resource's state does not allow it.
    Conflict,
    /// 422: validation failed ([`Error::violations`]).
    Validation,
    /// 429: rate limited ([`Error::retry_after`]).
    RateLimited,
    /// 5xx: the server or a dependency failed.
    Server,
    /// Any other unexpected status.
    UnexpectedStatus,
    /// An attempt (or the overall deadline) timed out.
    Timeout,
    /// The connection could not be made or broke.
    Connect,
    /// A response did not match the spec ([`Error::body_preview`]).
    Decode,
    /// A scoped operation was called on a client without tenant or project.
    MissingContext,
    /// The client's configuration is unusable (bad URL, bad header value, ...).
    InvalidConfig,
    /// A request argument could not be converted (or a required one is missing).
    InvalidRequest,
    /// A live stream was closed by the server with a code that forbids reconnecting unchanged:
    /// 1008 (policy violation), a protocol error, or a code the SDK does not know. The message
    /// names the code and the server's reason.
    StreamClosed,
    /// A success body was larger than the client's limit
    /// ([`ClientBuilder::max_response_size`](crate::ClientBuilder::max_response_size)); the
    /// message names the limit. Nothing beyond the limit was read.
    ResponseTooLarge,
}

impl ErrorKind {
    /// The kind of an HTTP error status.
    pub fn of_status(status: StatusCode) -> Self {
        match status.as_u16() {
            400 => Self::BadRequest,
            401 => Self::Unauthorized,
            403 => Self::Forbidden,
            404 | 410 => Self::NotFound,
            409 => Self::Conflict,
            422 => Self::Validation,
            429 => Self::RateLimited,
            500..=599 => Self::Server,
            _ => Self::UnexpectedStatus,
        }
    }
}

/// The JSON body of an error response, as far as it could be read.
#[derive(Clone, Debug, Default, Deserialize, PartialEq, Eq)]
#[non_exhaustive]
pub struct ApiError {
    /// Human-readable message (`error`, or `message` from some proxies).
    #[serde(default, alias = "message")]
    pub error: Option<String>,
    /// Stable machine-readable code, when the server sends one.
    #[serde(default)]
    pub code: Option<String>,
    /// Free-form context.
    #[serde(default)]
    pub details: Option<serde_json::Value>,
    /// Per-field validation failures (422).
    #[serde(default)]
    pub violations: Vec<FieldViolation>,
}

/// One field that failed validation.
#[derive(Clone, Debug, Default, Deserialize, PartialEq, Eq)]
#[non_exhaustive]
pub struct FieldViolation {
    /// Path of the field in the request (`graph.steps[2].id`).
    #[serde(default, alias = "path")]
    pub field: String,
    /// Machine-readable reason.
    #[serde(default)]
    pub code: Option<String>,
    /// Human-readable reason.
    #[serde(default)]
    pub message: String,
}

/// An error from the AgentRuntime SDK.
pub struct Error {
    inner: Box<Inner>,
}

struct Inner {
    kind: ErrorKind,
    operation: Option<&'static Operation>,
    status: Option<StatusCode>,
    request_id: Option<String>,
    message: Option<String>,
    api: Option<ApiError>,
    preview: Option<String>,
    retry_after: Option<Duration>,
    attempts: u32,
    missing_header: Option<&'static str>,
    maybe_processed: bool,
    decode_path: Option<String>,
    rate_limit: Option<RateLimit>,
    source: Option<Box<dyn std::error::Error + Send + Sync>>,
}

impl Error {
    /// An error of this kind and nothing else; the `with_*` methods add the rest. Generated
    /// code builds its errors this way, and so can tests that stand in for the API:
    ///
    /// ```
    /// use agentruntime_runtime::{Error, ErrorKind};
    ///
    /// let error = Error::new(ErrorKind::NotFound).with_message("no such workflow");
    /// assert_eq!(error.kind(), ErrorKind::NotFound);
    /// assert!(error.to_string().contains("no such workflow"));
    /// ```
    pub fn new(kind: ErrorKind) -> Self {
        Self {
            inner: Box::new(Inner {
                kind,
                operation: None,
                status: None,
                request_id: None,
                message: None,
                api: None,
                preview: None,
                retry_after: None,
                attempts: 0,
                missing_header: None,
                maybe_processed: false,
                decode_path: None,
                rate_limit: None,
                source: None,
            }),
        }
    }

    pub(crate) fn missing_context(
        op: &'static Operation,
        header: &'static str,
        what: &str,
    ) -> Self {
        let mut error = Self::new(ErrorKind::MissingContext)
            .with_operation(op)
            .with_message(format!(
                "it sends the {header} header, but the client has no {what}; set one with \
                 `.{what}(..)` on the builder or `with_{what}(..)` on the client"
            ));
        error.inner.missing_header = Some(header);
        error
    }

    /// The operation the error belongs to.
    pub fn with_operation(mut self, op: &'static Operation) -> Self {
        self.inner.operation = Some(op);
        self
    }

    /// What happened, in words (shown after the kind).
    pub fn with_message(mut self, message: impl Into<String>) -> Self {
        self.inner.message = Some(message.into());
        self
    }

    /// The HTTP status of the response, if there was one.
    pub fn with_status(mut self, status: Option<StatusCode>) -> Self {
        self.inner.status = status;
        self
    }

    pub(crate) fn with_request_id(mut self, request_id: Option<String>) -> Self {
        self.inner.request_id = request_id;
        self
    }

    pub(crate) fn with_api(mut self, api: Option<ApiError>) -> Self {
        self.inner.api = api;
        self
    }

    /// A bounded preview of the body that caused the error (a body that did not decode).
    pub fn with_preview(mut self, body: &[u8]) -> Self {
        self.inner.preview = Some(preview(body));
        self
    }

    pub(crate) fn with_decode_path(mut self, path: Option<String>) -> Self {
        self.inner.decode_path = path;
        self
    }

    pub(crate) fn with_rate_limit(mut self, rate_limit: Option<RateLimit>) -> Self {
        self.inner.rate_limit = rate_limit;
        self
    }

    pub(crate) fn with_retry_after(mut self, hint: Option<Duration>) -> Self {
        self.inner.retry_after = hint;
        self
    }

    /// Whether the server may have acted on the request (see
    /// [`may_have_been_processed`](Self::may_have_been_processed)).
    pub fn with_maybe_processed(mut self, maybe: bool) -> Self {
        self.inner.maybe_processed = maybe;
        self
    }

    /// How many attempts were made.
    pub fn with_attempts(mut self, attempts: u32) -> Self {
        self.inner.attempts = attempts;
        self
    }

    /// The underlying error.
    pub fn with_source(
        mut self,
        source: impl Into<Box<dyn std::error::Error + Send + Sync>>,
    ) -> Self {
        self.inner.source = Some(source.into());
        self
    }

    /// What went wrong.
    pub fn kind(&self) -> ErrorKind {
        self.inner.kind
    }

    /// The operation's id (its Rust method name), when the error belongs to one.
    pub fn operation(&self) -> Option<&'static str> {
        self.inner.operation.map(|op| op.id)
    }

    /// The HTTP status of the response, when there was one.
    pub fn status(&self) -> Option<StatusCode> {
        self.inner.status
    }

    /// The server's `X-Request-Id` of the response, when it sent one.
    pub fn request_id(&self) -> Option<&str> {
        self.inner.request_id.as_deref()
    }

    /// The error body the server sent, when it was JSON.
    pub fn api_error(&self) -> Option<&ApiError> {
        self.inner.api.as_ref()
    }

    /// The server's machine-readable error code, when it sent one.
    pub fn code(&self) -> Option<&str> {
        self.inner.api.as_ref()?.code.as_deref()
    }

    /// The field violations of a 422 (empty for other errors).
    pub fn violations(&self) -> &[FieldViolation] {
        self.inner
            .api
            .as_ref()
            .map(|api| api.violations.as_slice())
            .unwrap_or_default()
    }

    /// How long the server asked to wait before retrying (`retry-after-ms` or `Retry-After`).
    pub fn retry_after(&self) -> Option<Duration> {
        self.inner.retry_after
    }

    /// The role the operation requires according to the spec (useful on 403).
    pub fn required_role(&self) -> Option<Role> {
        self.inner.operation.and_then(|op| op.role)
    }

    /// The context header a scoped call lacked (`MissingContext`).
    pub fn missing_header(&self) -> Option<&'static str> {
        self.inner.missing_header
    }

    /// The first KiB of a body that could not be decoded (or of an error body).
    pub fn body_preview(&self) -> Option<&str> {
        self.inner.preview.as_deref()
    }

    /// Where in a body that did not decode the mismatch is (`items[3].status`); `Decode` only.
    pub fn decode_path(&self) -> Option<&str> {
        self.inner.decode_path.as_deref()
    }

    /// The rate-limit state the error response reported (`X-RateLimit-*`), if any.
    pub fn rate_limit(&self) -> Option<RateLimit> {
        self.inner.rate_limit
    }

    /// How many attempts were made (0 when none was sent).
    pub fn attempts(&self) -> u32 {
        self.inner.attempts
    }

    /// Whether the server may have acted on the request although the call failed: an attempt
    /// reached it and neither a refused connection nor a 4xx proves it did nothing (a 5xx, a
    /// timeout or a reset after sending, a 2xx whose body did not decode). `false` when nothing
    /// was sent or every answer was a refusal.
    ///
    /// For an operation that is not idempotent (a run start, a payment), `true` means sending it
    /// again may do it twice: look first (e.g. list the runs) instead of retrying blindly.
    pub fn may_have_been_processed(&self) -> bool {
        self.inner.maybe_processed
    }

    /// Whether sending the same request again later may succeed and is safe: rate limits,
    /// server errors, timeouts and connection failures, except for an operation that is not
    /// idempotent and [may have been processed](Self::may_have_been_processed), which a resend
    /// could perform twice.
    ///
    /// ```
    /// use agentruntime::{Error, ErrorKind};
    ///
    /// let refused = Error::new(ErrorKind::Connect);
    /// assert!(refused.is_transient());
    /// let start = &agentruntime::metadata::RUN_WORKFLOW_COMMAND; // POST, not idempotent
    /// let lost = Error::new(ErrorKind::Timeout).with_operation(start).with_maybe_processed(true);
    /// assert!(!lost.is_transient());
    /// ```
    pub fn is_transient(&self) -> bool {
        let kind = matches!(
            self.inner.kind,
            ErrorKind::RateLimited | ErrorKind::Server | ErrorKind::Timeout | ErrorKind::Connect
        );
        let unsafe_to_resend =
            self.inner.maybe_processed && self.inner.operation.is_some_and(|op| !op.idempotent);
        kind && !unsafe_to_resend
    }
}

/// The start of a body, cut at a character boundary, for messages.
pub(crate) fn preview(body: &[u8]) -> String {
    let mut end = body.len().min(PREVIEW_LEN);
    let text = loop {
        match std::str::from_utf8(&body[..end]) {
            Ok(text) => break text.to_owned(),
            Err(e) if e.valid_up_to() > 0 && e.error_len().is_none() => end = e.valid_up_to(),
            Err(_) => break String::from_utf8_lossy(&body[..end]).into_owned(),
        }
    };
    if body.len() > end {
        format!("{text}…")
    } else {
        text
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let i = &self.inner;
        match i.operation {
            Some(op) => write!(f, "{} ({} {}) failed: ", op.id, op.method, op.path)?,
            None => f.write_str("agentruntime: ")?,
        }
        match i.kind {
            ErrorKind::MissingContext | ErrorKind::InvalidConfig | ErrorKind::InvalidRequest => {}
            ErrorKind::Timeout => f.write_str("timed out")?,
            ErrorKind::Connect => f.write_str("could not reach the server")?,
            ErrorKind::Decode => f.write_str("the response does not match the spec")?,
            ErrorKind::ResponseTooLarge => f.write_str("response too large")?,
            _ => match i.status {
                Some(status) => write!(f, "{status}")?,
                None => write!(f, "{:?}", i.kind)?,
            },
        }
        if i.kind == ErrorKind::Forbidden
            && let Some(role) = self.required_role()
        {
            write!(f, " (the operation requires role {role})")?;
        }
        if let Some(message) = &i.message {
            if !matches!(
                i.kind,
                ErrorKind::MissingContext | ErrorKind::InvalidConfig | ErrorKind::InvalidRequest
            ) {
                f.write_str(": ")?;
            }
            f.write_str(message)?;
        } else if let Some(message) = i.api.as_ref().and_then(|a| a.error.as_deref()) {
            write!(f, ": {message}")?;
        }
        if let Some(code) = self.code() {
            write!(f, " [code {code}]")?;
        }
        let violations = self.violations();
        if !violations.is_empty() {
            f.write_str(" (")?;
            for (n, v) in violations.iter().enumerate() {
                if n > 0 {
                    f.write_str("; ")?;
                }
                write!(f, "{}: {}", v.field, v.message)?;
            }
            f.write_str(")")?;
        }
        if let Some(hint) = i.retry_after {
            write!(
                f,
                "; the server asks to retry after {:.1} s",
                hint.as_secs_f64()
            )?;
        }
        if i.attempts > 1 {
            write!(f, "; after {} attempts", i.attempts)?;
        }
        if let Some(source) = &i.source
            && i.kind != ErrorKind::Decode
        {
            write!(f, ": {source}")?;
        }
        if let Some(preview) = &i.preview
            && i.kind == ErrorKind::Decode
        {
            if let Some(source) = &i.source {
                write!(f, " ({source})")?;
            }
            write!(f, "; body: {preview}")?;
        }
        if let Some(id) = &i.request_id {
            write!(f, " (request id {id})")?;
        }
        Ok(())
    }
}

impl fmt::Debug for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let i = &self.inner;
        f.debug_struct("Error")
            .field("kind", &i.kind)
            .field("operation", &i.operation.map(|op| op.id))
            .field("status", &i.status)
            .field("request_id", &i.request_id)
            .field("message", &i.message)
            .field("api", &i.api)
            .field("retry_after", &i.retry_after)
            .field("attempts", &i.attempts)
            .field("preview", &i.preview)
            .field("source", &i.source)
            .finish()
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        self.inner
            .source
            .as_deref()
            .map(|s| s as &(dyn std::error::Error + 'static))
    }
}

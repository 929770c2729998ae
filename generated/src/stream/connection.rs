// @generated from templates/stream/connection.rs by agentruntime-generator 0.1.0. Do not edit by hand.
// Spec: spec/openapi.yaml (sha256 30c1d38da430abece64bd45a9713968d56e678002e3b03f8517556d4a56e28d3), OpenAPI 3.1.0, API version 1.0.0.
// Regenerate: cargo xtask regen

//! Opening one WebSocket: the upgrade request (URL, credentials, context) and the handshake,
//! with its failures sorted into "try again" and "stop".

use std::time::{Duration, SystemTime};

use progenitor_client::ClientInfo;
use reqwest::header::{HeaderName, HeaderValue, USER_AGENT};
use tokio_tungstenite::tungstenite::client::IntoClientRequest;
use tokio_tungstenite::tungstenite::handshake::client::Request;
use tokio_tungstenite::tungstenite::protocol::WebSocketConfig;
use tokio_tungstenite::tungstenite::{self, Error as WsError};

use crate::error::ApiError;
use crate::metadata::STREAM_WORKFLOW_EVENTS;
use crate::response::request_id;
use crate::{Client, Error, ErrorKind};

/// The socket type of a stream connection.
pub(super) type Socket =
    tokio_tungstenite::WebSocketStream<tokio_tungstenite::MaybeTlsStream<tokio::net::TcpStream>>;

/// The response header that says whether `cursor` was honoured.
const RESUMED_HEADER: &str = "x-agentruntime-resumed";

/// The longest server-requested wait (`Retry-After` on a 429/503 upgrade) that is honoured.
pub(super) const MAX_RETRY_AFTER: Duration = Duration::from_secs(60);

/// Largest frame accepted from the server.
const MAX_MESSAGE: usize = 16 * 1024 * 1024;

/// An open connection.
pub(super) struct Opened {
    pub(super) socket: Socket,
    /// The server confirmed it replays from the cursor (`X-Agentruntime-Resumed: true`).
    pub(super) resumed: bool,
}

/// Why a connection could not be opened.
pub(super) enum OpenError {
    /// Worth another attempt after a backoff (and at least `hint`, the server's wait).
    Transient(Error, Option<Duration>),
    /// Trying again unchanged would fail the same way.
    Fatal(Error),
}

/// The `ws://`/`wss://` URL of the stream: the base URL's scheme switched, the path from the
/// operation table, `run_id` and `cursor` as query parameters.
pub(super) fn url(
    base_url: &str,
    workflow_id: &str,
    run_id: Option<&str>,
    cursor: Option<&str>,
) -> Result<url::Url, Error> {
    let path = STREAM_WORKFLOW_EVENTS
        .path
        .replace("{id}", &progenitor_client::encode_path(workflow_id));
    let invalid = |message: String| {
        Error::new(ErrorKind::InvalidConfig)
            .with_operation(&STREAM_WORKFLOW_EVENTS)
            .with_message(message)
    };
    let mut url = url::Url::parse(&format!("{base_url}{path}"))
        .map_err(|e| invalid(format!("the stream URL is not valid: {e}")))?;
    let scheme = match url.scheme() {
        "https" => "wss",
        "http" => "ws",
        other => return Err(invalid(format!("unsupported base URL scheme {other:?}"))),
    };
    url.set_scheme(scheme)
        .map_err(|()| invalid(format!("cannot switch the base URL to {scheme}")))?;
    if run_id.is_some() || cursor.is_some() {
        let mut query = url.query_pairs_mut();
        if let Some(run_id) = run_id {
            query.append_pair("run_id", run_id);
        }
        if let Some(cursor) = cursor {
            query.append_pair("cursor", cursor);
        }
    }
    Ok(url)
}

/// The upgrade request: the URL plus the headers every REST call of this client sends.
pub(super) fn request(client: &Client, url: &url::Url) -> Result<Request, Error> {
    let mut request = url.as_str().into_client_request().map_err(|e| {
        Error::new(ErrorKind::InvalidConfig)
            .with_operation(&STREAM_WORKFLOW_EVENTS)
            .with_message(format!("cannot build the upgrade request: {e}"))
    })?;
    let headers = request.headers_mut();
    if let Some((name, value)) = &client.inner.shared.auth {
        headers.insert(name.clone(), value.clone());
    }
    client
        .inner
        .context
        .apply(STREAM_WORKFLOW_EVENTS.scope, headers);
    headers.insert(
        USER_AGENT,
        HeaderValue::from_static(crate::client::USER_AGENT),
    );
    headers.insert(
        HeaderName::from_static("api-version"),
        HeaderValue::from_static(<Client as ClientInfo<_>>::api_version()),
    );
    Ok(request)
}

/// Connects and upgrades, within the client's connect timeout.
pub(super) async fn open(client: &Client, request: Request) -> Result<Opened, OpenError> {
    let mut config = WebSocketConfig::default();
    config.max_message_size = Some(MAX_MESSAGE);
    config.max_frame_size = Some(MAX_MESSAGE);
    let handshake =
        tokio_tungstenite::connect_async_tls_with_config(request, Some(config), true, None);
    let result = match client.inner.shared.timeouts.connect {
        Some(limit) => match tokio::time::timeout(limit, handshake).await {
            Ok(result) => result,
            Err(_) => {
                return Err(OpenError::Transient(
                    base(ErrorKind::Timeout).with_message(format!(
                        "the WebSocket handshake took longer than the connect timeout ({:.1} s)",
                        limit.as_secs_f64()
                    )),
                    None,
                ));
            }
        },
        None => handshake.await,
    };
    match result {
        Ok((socket, response)) => {
            let resumed = response
                .headers()
                .get(RESUMED_HEADER)
                .is_some_and(|v| v.as_bytes().eq_ignore_ascii_case(b"true"));
            Ok(Opened { socket, resumed })
        }
        Err(error) => Err(classify(error)),
    }
}

fn base(kind: ErrorKind) -> Error {
    Error::new(kind)
        .with_operation(&STREAM_WORKFLOW_EVENTS)
        .with_attempts(1)
}

/// Sorts a failed handshake.
fn classify(error: WsError) -> OpenError {
    match error {
        WsError::Http(response) => {
            let status = response.status();
            let kind = ErrorKind::of_status(status);
            let body = response.body().as_deref().unwrap_or_default();
            let api = serde_json::from_slice::<ApiError>(body).ok();
            let hint = crate::retry::server_hint(response.headers(), SystemTime::now());
            let mut error = base(kind)
                .with_status(Some(status))
                .with_request_id(request_id(response.headers()).map(str::to_owned))
                .with_retry_after(hint.filter(|_| kind == ErrorKind::RateLimited));
            if api.is_none() && !body.is_empty() {
                error = error.with_preview(body);
            }
            let error = error.with_api(api);
            match status.as_u16() {
                408 | 429 | 500..=599 => OpenError::Transient(error, hint),
                _ => OpenError::Fatal(error),
            }
        }
        WsError::Url(e) => OpenError::Fatal(
            base(ErrorKind::InvalidConfig).with_message(format!("invalid stream URL: {e}")),
        ),
        WsError::Tls(e) => OpenError::Fatal(base(ErrorKind::Connect).with_source(e)),
        WsError::Io(e) if e.kind() == std::io::ErrorKind::TimedOut => {
            OpenError::Transient(base(ErrorKind::Timeout).with_source(e), None)
        }
        other => OpenError::Transient(base(ErrorKind::Connect).with_source(other), None),
    }
}

/// Whether a read error means the connection is gone (as opposed to a protocol problem that
/// would recur); both reconnect, this only picks the words of the log line.
pub(super) fn describe_read_error(error: &WsError) -> String {
    match error {
        WsError::Io(e) => format!("connection error: {e}"),
        WsError::Protocol(tungstenite::error::ProtocolError::ResetWithoutClosingHandshake) => {
            "connection reset without a close frame".to_owned()
        }
        other => format!("WebSocket error: {other}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_switch_scheme_and_encode_parameters() {
        let first = url("https://api.agentruntime.io", "wf 1", Some("run/2"), None).unwrap();
        assert_eq!(
            first.as_str(),
            "wss://api.agentruntime.io/v1/workflows/wf%201/stream?run_id=run%2F2"
        );
        let second = url(
            "http://127.0.0.1:8080/prefix",
            "wf",
            None,
            Some("evt_1&x=y"),
        )
        .unwrap();
        assert_eq!(
            second.as_str(),
            "ws://127.0.0.1:8080/prefix/v1/workflows/wf/stream?cursor=evt_1%26x%3Dy"
        );
    }

    #[test]
    fn handshake_statuses_are_sorted() {
        let response = |status: u16| {
            WsError::Http(Box::new(
                http::Response::builder()
                    .status(status)
                    .header("retry-after", "2")
                    .body(Some(br#"{"error":"nope","code":"X"}"#.to_vec()))
                    .unwrap(),
            ))
        };
        for status in [408, 429, 500, 502, 503] {
            match classify(response(status)) {
                OpenError::Transient(error, hint) => {
                    assert_eq!(error.status().map(|s| s.as_u16()), Some(status));
                    assert_eq!(hint, Some(Duration::from_secs(2)));
                }
                OpenError::Fatal(error) => panic!("{status} should be transient: {error}"),
            }
        }
        for (status, kind) in [
            (401, ErrorKind::Unauthorized),
            (403, ErrorKind::Forbidden),
            (404, ErrorKind::NotFound),
            (400, ErrorKind::BadRequest),
        ] {
            match classify(response(status)) {
                OpenError::Fatal(error) => {
                    assert_eq!(error.kind(), kind);
                    assert_eq!(error.code(), Some("X"));
                    assert_eq!(error.operation(), Some("stream_workflow_events"));
                }
                OpenError::Transient(error, _) => panic!("{status} should be fatal: {error}"),
            }
        }
    }
}

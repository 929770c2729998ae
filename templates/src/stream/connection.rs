//! Opening one WebSocket: the upgrade request (URL, credentials, context), sent through the
//! client's own `reqwest` transport so REST calls and the stream share one TLS trust and one
//! proxy configuration, and the handshake, with its failures sorted into "try again" and "stop".

use std::time::{Duration, SystemTime};

use reqwest::StatusCode;
use reqwest::header::{
    CONNECTION, HeaderMap, HeaderName, HeaderValue, SEC_WEBSOCKET_ACCEPT, SEC_WEBSOCKET_KEY,
    SEC_WEBSOCKET_VERSION, UPGRADE, USER_AGENT,
};
use tokio_tungstenite::tungstenite::handshake::client::generate_key;
use tokio_tungstenite::tungstenite::handshake::derive_accept_key;
use tokio_tungstenite::tungstenite::protocol::{Role, WebSocketConfig};
use tokio_tungstenite::tungstenite::{self, Error as WsError};

use crate::error::ApiError;
use crate::response::request_id;
use crate::transport::{encode_segment, read_response_bounded};
use crate::{ApiClient, Error, ErrorKind, Operation};

/// The socket type of a stream connection: the upgraded `reqwest` connection.
pub(super) type Socket = tokio_tungstenite::WebSocketStream<reqwest::Upgraded>;

/// The response header that says whether `cursor` was honoured.
const RESUMED_HEADER: &str = "x-agentruntime-resumed";

/// The longest server-requested wait (`Retry-After` on a 429/503 upgrade) that is honoured.
pub(super) const MAX_RETRY_AFTER: Duration = Duration::from_secs(60);

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

impl OpenError {
    /// The same failure, naming the operation.
    pub(super) fn of(self, op: &'static Operation) -> Self {
        match self {
            Self::Transient(error, hint) => Self::Transient(error.with_operation(op), hint),
            Self::Fatal(error) => Self::Fatal(error.with_operation(op)),
        }
    }
}

/// The URL of the stream: the base URL, the path from the operation table with the workflow id
/// as one encoded segment, `run_id` and `cursor` as query parameters. It keeps the `http(s)`
/// scheme: the upgrade is an HTTP/1.1 request, and `ws(s)://` names the same resource.
pub(super) fn url(
    op: &'static Operation,
    base_url: &str,
    workflow_id: &str,
    run_id: Option<&str>,
    cursor: Option<&str>,
) -> Result<url::Url, Error> {
    let segment = encode_segment("id", workflow_id).map_err(|message| {
        Error::new(ErrorKind::InvalidRequest)
            .with_operation(op)
            .with_message(message)
    })?;
    let path = op.path.replace("{id}", &segment);
    let mut url = url::Url::parse(&format!("{base_url}{path}")).map_err(|e| {
        Error::new(ErrorKind::InvalidConfig)
            .with_operation(op)
            .with_message(format!("the stream URL is not valid: {e}"))
    })?;
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

/// The upgrade request: the URL, a fresh `Sec-WebSocket-Key`, and the headers every REST call
/// of this client sends (the credential header is marked sensitive, so no `Debug` of the request
/// shows it). Returns the key's expected `Sec-WebSocket-Accept` too.
pub(super) fn request<C: ApiClient>(
    client: &C,
    op: &'static Operation,
    url: url::Url,
) -> (reqwest::Request, String) {
    let key = generate_key();
    let accept = derive_accept_key(key.as_bytes());
    let mut request = reqwest::Request::new(reqwest::Method::GET, url);
    *request.version_mut() = reqwest::Version::HTTP_11;
    let headers = request.headers_mut();
    headers.insert(CONNECTION, HeaderValue::from_static("Upgrade"));
    headers.insert(UPGRADE, HeaderValue::from_static("websocket"));
    headers.insert(SEC_WEBSOCKET_VERSION, HeaderValue::from_static("13"));
    if let Ok(key) = HeaderValue::from_str(&key) {
        headers.insert(SEC_WEBSOCKET_KEY, key);
    }
    let state = client.inner();
    if let Some((name, value)) = &state.shared.auth {
        headers.insert(name.clone(), value.clone());
    }
    state.context.apply(op.scope, headers);
    headers.insert(
        USER_AGENT,
        HeaderValue::from_static(crate::client::USER_AGENT),
    );
    headers.insert(
        HeaderName::from_static("api-version"),
        HeaderValue::from_static(C::api_version()),
    );
    (request, accept)
}

/// Sends the upgrade and completes the handshake, within the client's connect timeout. Errors
/// name no operation; the engine adds it.
pub(super) async fn open<C: ApiClient>(
    client: &C,
    (mut request, accept): (reqwest::Request, String),
    max_message_size: usize,
) -> Result<Opened, OpenError> {
    let shared = &client.inner().shared;
    let limit = shared.timeouts.connect;
    // The per-request timeout covers sending and the response head; the upgraded connection
    // itself is not timed.
    *request.timeout_mut() = limit;
    let handshake = async {
        let response = shared
            .stream_http
            .execute(request)
            .await
            .map_err(classify_transport)?;
        let resumed = response
            .headers()
            .get(RESUMED_HEADER)
            .is_some_and(|v| v.as_bytes().eq_ignore_ascii_case(b"true"));
        if response.status() != StatusCode::SWITCHING_PROTOCOLS {
            return Err(refused(response).await);
        }
        if response
            .headers()
            .get(SEC_WEBSOCKET_ACCEPT)
            .map(HeaderValue::as_bytes)
            != Some(accept.as_bytes())
        {
            return Err(OpenError::Fatal(base(ErrorKind::Connect).with_message(
                "the server switched protocols without a valid Sec-WebSocket-Accept".to_owned(),
            )));
        }
        let upgraded = response.upgrade().await.map_err(classify_transport)?;
        let config = WebSocketConfig::default()
            .max_message_size(Some(max_message_size))
            .max_frame_size(Some(max_message_size));
        let socket = tokio_tungstenite::WebSocketStream::from_raw_socket(
            upgraded,
            Role::Client,
            Some(config),
        )
        .await;
        Ok(Opened { socket, resumed })
    };
    match limit {
        Some(limit) => tokio::time::timeout(limit, handshake)
            .await
            .unwrap_or_else(|_| {
                Err(OpenError::Transient(
                    base(ErrorKind::Timeout).with_message(format!(
                        "the WebSocket handshake took longer than the connect timeout ({:.1} s)",
                        limit.as_secs_f64()
                    )),
                    None,
                ))
            }),
        None => handshake.await,
    }
}

fn base(kind: ErrorKind) -> Error {
    Error::new(kind).with_attempts(1)
}

/// Sorts a transport failure: timeouts and broken connections are worth another attempt; a TLS
/// failure (an untrusted or invalid certificate) would recur unchanged.
fn classify_transport(error: reqwest::Error) -> OpenError {
    let kind = if error.is_timeout() {
        ErrorKind::Timeout
    } else {
        ErrorKind::Connect
    };
    let tls = is_tls_failure(&error);
    let error = base(kind).with_source(error.without_url());
    if tls {
        OpenError::Fatal(error)
    } else {
        OpenError::Transient(error, None)
    }
}

/// TLS stacks report a failed handshake as an `InvalidData` I/O error somewhere in the chain
/// (possibly wrapped in another I/O error, whose `source` skips the wrapped error itself).
fn is_tls_failure(error: &(dyn std::error::Error + 'static)) -> bool {
    let mut current = Some(error);
    while let Some(error) = current {
        if let Some(io) = error.downcast_ref::<std::io::Error>() {
            if io.kind() == std::io::ErrorKind::InvalidData {
                return true;
            }
            if let Some(inner) = io.get_ref() {
                current = Some(inner);
                continue;
            }
        }
        current = error.source();
    }
    false
}

/// Sorts an upgrade the server answered with another status than 101.
async fn refused(response: reqwest::Response) -> OpenError {
    let status = response.status();
    let headers = response.headers().clone();
    let body = read_response_bounded(response).await.unwrap_or_default();
    classify_status(status, &headers, &body)
}

fn classify_status(status: StatusCode, headers: &HeaderMap, body: &[u8]) -> OpenError {
    let kind = match ErrorKind::of_status(status) {
        ErrorKind::UnexpectedStatus if status.is_success() => ErrorKind::Connect,
        kind => kind,
    };
    let api = serde_json::from_slice::<ApiError>(body).ok();
    let hint = crate::retry::server_hint(headers, SystemTime::now());
    let mut error = base(kind)
        .with_status(Some(status))
        .with_request_id(request_id(headers).map(str::to_owned))
        .with_retry_after(hint.filter(|_| kind == ErrorKind::RateLimited));
    if status.is_success() {
        error = error.with_message(format!(
            "the server answered {status} instead of switching to the WebSocket protocol"
        ));
    }
    if api.is_none() && !body.is_empty() {
        error = error.with_preview(body);
    }
    let error = error.with_api(api);
    match status.as_u16() {
        408 | 429 | 500..=599 => OpenError::Transient(error, hint),
        _ => OpenError::Fatal(error),
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
    use crate::{HttpMethod, Scope};

    const STREAM: Operation = Operation::new(
        "stream_workflow_events",
        HttpMethod::Get,
        "/v1/workflows/{id}/stream",
    )
    .scope(Scope::Project)
    .websocket(true);

    #[test]
    fn urls_encode_the_id_as_one_segment_and_the_parameters() {
        let first = url(
            &STREAM,
            "https://api.agentruntime.io",
            "wf 1/..\\x",
            Some("run/2"),
            None,
        )
        .unwrap();
        assert_eq!(
            first.as_str(),
            "https://api.agentruntime.io/v1/workflows/wf%201%2F..%5Cx/stream?run_id=run%2F2"
        );
        let second = url(
            &STREAM,
            "http://127.0.0.1:8080/prefix",
            "wf",
            None,
            Some("evt_1&x=y"),
        )
        .unwrap();
        assert_eq!(
            second.as_str(),
            "http://127.0.0.1:8080/prefix/v1/workflows/wf/stream?cursor=evt_1%26x%3Dy"
        );
        for id in ["", ".", ".."] {
            let error = url(&STREAM, "http://h", id, None, None).unwrap_err();
            assert_eq!(error.kind(), ErrorKind::InvalidRequest, "{id:?}");
            assert_eq!(error.operation(), Some("stream_workflow_events"));
        }
    }

    #[test]
    fn a_certificate_error_wrapped_in_io_errors_is_a_tls_failure() {
        let rustls = std::io::Error::new(std::io::ErrorKind::InvalidData, "UnknownIssuer");
        let wrapped = std::io::Error::other(rustls);
        assert!(is_tls_failure(&wrapped));
        let reset =
            std::io::Error::other(std::io::Error::from(std::io::ErrorKind::ConnectionReset));
        assert!(!is_tls_failure(&reset));
    }

    #[test]
    fn handshake_statuses_are_sorted() {
        let response = |status: u16| {
            let mut headers = HeaderMap::new();
            headers.insert("retry-after", HeaderValue::from_static("2"));
            classify_status(
                StatusCode::from_u16(status).unwrap(),
                &headers,
                br#"{"error":"nope","code":"X"}"#,
            )
        };
        for status in [408, 429, 500, 502, 503] {
            match response(status) {
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
            match response(status) {
                OpenError::Fatal(error) => {
                    assert_eq!(error.kind(), kind);
                    assert_eq!(error.code(), Some("X"));
                }
                OpenError::Transient(error, _) => panic!("{status} should be fatal: {error}"),
            }
        }
    }
}

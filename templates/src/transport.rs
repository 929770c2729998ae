//! The path of every call: context check → tracing span → progenitor's request (with the hooks
//! for headers and retries) → `Response<T>` or one typed `Error`. Generated builders call
//! [`send`], [`decode`] and [`path_segment`]; nothing here is for application code.

use std::cell::RefCell;
use std::future::Future;
use std::time::{Duration, Instant};

use futures::StreamExt;
use progenitor_client::{ByteStream, ResponseValue};
use reqwest::StatusCode;
use reqwest::header::HeaderMap;
use tracing::Instrument;

use crate::error::{ApiError, MAX_ERROR_BODY};
use crate::limit::is_too_large;
use crate::rate_limit::RateLimit;
use crate::response::request_id;
use crate::{ApiClient, Error, ErrorKind, Operation, RequestOptions, Response};

/// What the hooks learn about one call while progenitor drives it.
#[derive(Debug, Default)]
pub(crate) struct CallRecord {
    /// The operation [`send`] runs: the hooks read it here instead of looking its id up.
    pub(crate) operation: Option<&'static Operation>,
    /// The caller's options for this call, if any.
    pub(crate) options: Option<RequestOptions>,
    /// An attempt reached the server and its answer (or its absence) does not prove the server
    /// ignored it: a 2xx or 5xx, or a failure after the connection was made.
    pub(crate) maybe_processed: bool,
    pub(crate) attempts: u32,
    pub(crate) status: Option<StatusCode>,
    pub(crate) request_id: Option<String>,
    /// A server wait hint longer than the policy honours (retries stopped because of it).
    pub(crate) retry_after: Option<Duration>,
    /// The response-size limit applied to the success body, and its `Content-Length`.
    pub(crate) body_limit: Option<(u64, Option<u64>)>,
    /// Where a success body stopped decoding (`items[3].status`).
    pub(crate) decode_path: Option<String>,
}

tokio::task_local! {
    pub(crate) static CALL: RefCell<CallRecord>;
}

/// Updates the record of the call in progress (a no-op outside [`send`]).
pub(crate) fn record(update: impl FnOnce(&mut CallRecord)) {
    let _ = CALL.try_with(|call| update(&mut call.borrow_mut()));
}

/// Runs `call` as a call of `op`, without [`send`]'s context check and error mapping: the
/// hooks it drives ([`prepare`](crate::prepare), [`execute`](crate::execute)) apply `op`'s
/// credentials, context and retry rules. For tools that build requests themselves (the probe).
pub async fn within<F: Future>(op: &'static Operation, call: F) -> F::Output {
    let record = CallRecord {
        operation: Some(op),
        ..CallRecord::default()
    };
    CALL.scope(RefCell::new(record), call).await
}

/// The operation of the call in progress (`None` outside [`send`]).
pub(crate) fn current_operation() -> Option<&'static Operation> {
    CALL.try_with(|call| call.borrow().operation).ok().flatten()
}

/// The options of the call in progress (`None`: none were given, or outside [`send`]). A
/// plain `send()` has none, so the common path clones nothing.
pub(crate) fn call_options() -> Option<RequestOptions> {
    CALL.try_with(|call| call.borrow().options.clone())
        .ok()
        .flatten()
}

pub(crate) type RawError = progenitor_client::Error<ByteStream>;

/// Runs one generated call of `op` and turns its outcome into `Response<T>` or [`Error`]. The
/// client's hooks ([`prepare`](crate::prepare), [`execute`](crate::execute)) see `op` while
/// `call` runs.
pub async fn send<C: ApiClient, T>(
    client: &C,
    op: &'static Operation,
    call: impl Future<Output = Result<ResponseValue<T>, RawError>>,
) -> Result<Response<T>, Error> {
    send_with(client, op, None, call).await
}

/// [`send`] with the caller's [`RequestOptions`] for this call.
pub async fn send_with<C: ApiClient, T>(
    client: &C,
    op: &'static Operation,
    options: Option<RequestOptions>,
    call: impl Future<Output = Result<ResponseValue<T>, RawError>>,
) -> Result<Response<T>, Error> {
    self::call(client, op, options, true, call).await
}

/// Runs a call; `check_context` refuses it before sending when the client lacks the context its
/// operation's scope needs (raw calls send what the client has and require nothing).
pub(crate) async fn call<C: ApiClient, T>(
    client: &C,
    op: &'static Operation,
    options: Option<RequestOptions>,
    check_context: bool,
    call: impl Future<Output = Result<ResponseValue<T>, RawError>>,
) -> Result<Response<T>, Error> {
    if check_context {
        client.inner().context.check(op)?;
    }
    if let Some(invalid) = options.as_ref().and_then(RequestOptions::invalid) {
        return Err(Error::new(ErrorKind::InvalidRequest)
            .with_operation(op)
            .with_message(invalid.to_owned()));
    }
    let span = tracing::info_span!(
        "agentruntime.request",
        operation = op.id,
        method = op.method.as_str(),
        path = op.path,
        status = tracing::field::Empty,
        attempts = tracing::field::Empty,
        duration_ms = tracing::field::Empty,
    );
    let started = Instant::now();
    let record = CallRecord {
        operation: Some(op),
        options,
        ..CallRecord::default()
    };
    let (result, call) = CALL
        .scope(RefCell::new(record), async {
            let result = call.await;
            (result, CALL.with(|c| std::mem::take(&mut *c.borrow_mut())))
        })
        .instrument(span.clone())
        .await;
    let result = match result {
        Ok(value) => Ok(Response::new(value)),
        Err(raw) => Err(convert(raw, op, &call).await),
    };
    let status = match &result {
        Ok(response) => Some(response.status()),
        Err(error) => error.status(),
    };
    if let Some(status) = status {
        span.record("status", status.as_u16());
    }
    span.record("attempts", call.attempts);
    span.record("duration_ms", started.elapsed().as_millis() as u64);
    if let Err(error) = &result {
        tracing::debug!(parent: &span, kind = ?error.kind(), "request failed: {error}");
    }
    result
}

/// Which limit elapsed, and what that says about the request.
fn timeout_message(call: &CallRecord) -> String {
    let limit = match call.options.as_ref().and_then(RequestOptions::time_budget) {
        Some(budget) => format!("the call's time budget of {budget:?} ran out"),
        None => "no response in time (the client's attempt timeout or the retry policy's deadline)"
            .to_owned(),
    };
    if call.maybe_processed {
        format!("{limit} after the request was sent; the server may have processed it")
    } else {
        format!("{limit} before the server received the request")
    }
}

async fn convert(raw: RawError, op: &'static Operation, call: &CallRecord) -> Error {
    use progenitor_client::Error as E;
    let base = |kind: ErrorKind| {
        Error::new(kind)
            .with_operation(op)
            .with_attempts(call.attempts)
            .with_status(call.status)
            .with_request_id(call.request_id.clone())
            .with_maybe_processed(call.maybe_processed)
    };
    match raw {
        E::InvalidRequest(message) | E::Custom(message) => base(ErrorKind::InvalidRequest)
            .with_status(None)
            .with_message(message),
        E::ResponseBodyError(e) if is_too_large(&e) => {
            let (limit, declared) = call.body_limit.unwrap_or_default();
            let declared = declared.map_or(String::new(), |n| format!(" (Content-Length {n})"));
            base(ErrorKind::ResponseTooLarge).with_message(format!(
                "the body exceeds the limit of {limit} bytes{declared}; \
                 raise it with ClientBuilder::max_response_size"
            ))
        }
        E::CommunicationError(e) | E::InvalidUpgrade(e) | E::ResponseBodyError(e) => {
            if e.is_timeout() {
                return base(ErrorKind::Timeout)
                    .with_message(timeout_message(call))
                    .with_source(e.without_url());
            }
            let kind = if e.is_decode() {
                ErrorKind::Decode
            } else {
                ErrorKind::Connect
            };
            base(kind).with_source(e.without_url())
        }
        E::InvalidResponsePayload(bytes, e) => {
            let message = match &call.decode_path {
                Some(path) => format!("{path}: {e}"),
                None => e.to_string(),
            };
            base(ErrorKind::Decode)
                .with_message(message)
                .with_decode_path(call.decode_path.clone())
                .with_source(e)
                .with_preview(&bytes)
        }
        E::ErrorResponse(value) => {
            let status = value.status();
            let headers = value.headers().clone();
            let body = read_bounded(value.into_inner()).await;
            from_status(base, status, &headers, body, call)
        }
        E::UnexpectedResponse(response) => {
            let status = response.status();
            let headers = response.headers().clone();
            let body = read_response_bounded(response).await;
            if status.is_success() {
                return base(ErrorKind::Decode)
                    .with_status(Some(status))
                    .with_request_id(request_id(&headers).map(str::to_owned))
                    .with_message(format!("status {status} is not one the spec documents"))
                    .with_preview(&body.unwrap_or_default());
            }
            from_status(base, status, &headers, body, call)
        }
    }
}

fn from_status(
    base: impl Fn(ErrorKind) -> Error,
    status: StatusCode,
    headers: &HeaderMap,
    body: Result<Vec<u8>, reqwest::Error>,
    call: &CallRecord,
) -> Error {
    let kind = ErrorKind::of_status(status);
    let body = body.unwrap_or_default();
    let api = serde_json::from_slice::<ApiError>(&body).ok();
    let hint =
        crate::retry::server_hint(headers, std::time::SystemTime::now()).or(call.retry_after);
    let mut error = base(kind)
        .with_status(Some(status))
        .with_request_id(request_id(headers).map(str::to_owned))
        .with_rate_limit(RateLimit::from_headers(
            headers,
            std::time::SystemTime::now(),
        ))
        .with_retry_after(if kind == ErrorKind::RateLimited || hint.is_some() {
            hint
        } else {
            None
        });
    if api.is_none() && !body.is_empty() {
        error = error.with_preview(&body);
    }
    error.with_api(api)
}

/// Reads at most [`MAX_ERROR_BODY`] bytes of a response; the rest is dropped unread.
pub(crate) async fn read_response_bounded(
    mut response: reqwest::Response,
) -> Result<Vec<u8>, reqwest::Error> {
    let mut body = Vec::new();
    while let Some(chunk) = response.chunk().await? {
        let room = MAX_ERROR_BODY - body.len();
        body.extend_from_slice(&chunk[..chunk.len().min(room)]);
        if body.len() >= MAX_ERROR_BODY {
            break;
        }
    }
    Ok(body)
}

/// Reads at most [`MAX_ERROR_BODY`] bytes of a body; the rest is dropped unread.
async fn read_bounded(mut stream: ByteStream) -> Result<Vec<u8>, reqwest::Error> {
    let mut body = Vec::new();
    while let Some(chunk) = stream.next().await {
        let chunk = chunk?;
        let room = MAX_ERROR_BODY - body.len();
        body.extend_from_slice(&chunk[..chunk.len().min(room)]);
        if body.len() >= MAX_ERROR_BODY {
            break;
        }
    }
    Ok(body)
}

/// Decodes a JSON success body (the generated builders call it for every 2xx), recording the
/// path of the field that did not match so the `Decode` error can name it.
pub async fn decode<T, E>(
    response: reqwest::Response,
) -> Result<ResponseValue<T>, progenitor_client::Error<E>>
where
    T: serde::de::DeserializeOwned,
{
    let status = response.status();
    let headers = response.headers().clone();
    let body = response
        .bytes()
        .await
        .map_err(progenitor_client::Error::ResponseBodyError)?;
    decode_bytes(status, headers, body)
}

/// Reads a textual success body (`text/*`, `application/xml`, `application/jwt` …) as a
/// `String`; a body that is not UTF-8 is a `Decode` error naming the operation.
pub async fn decode_text<E>(
    response: reqwest::Response,
) -> Result<ResponseValue<String>, progenitor_client::Error<E>> {
    let status = response.status();
    let headers = response.headers().clone();
    let body = response
        .bytes()
        .await
        .map_err(progenitor_client::Error::ResponseBodyError)?;
    text_of(status, headers, body)
}

#[allow(clippy::result_large_err)] // progenitor's error type, as the builders return it
fn text_of<E>(
    status: StatusCode,
    headers: HeaderMap,
    body: bytes::Bytes,
) -> Result<ResponseValue<String>, progenitor_client::Error<E>> {
    match std::str::from_utf8(&body) {
        Ok(text) => Ok(ResponseValue::new(text.to_owned(), status, headers)),
        Err(error) => Err(progenitor_client::Error::InvalidResponsePayload(
            body,
            serde::de::Error::custom(format!("the text body is not valid UTF-8: {error}")),
        )),
    }
}

/// The request's `Content-Type` as the spec names it (`application/vnd.api+json`,
/// `application/x-www-form-urlencoded; charset=utf-8`), for the generated builders to set after
/// the body: `RequestBuilder::headers` replaces the one the body's encoder chose.
pub fn content_type(media_type: &'static str) -> HeaderMap {
    let mut headers = HeaderMap::with_capacity(1);
    headers.insert(
        reqwest::header::CONTENT_TYPE,
        reqwest::header::HeaderValue::from_static(media_type),
    );
    headers
}

/// [`decode`] of a body already read.
#[allow(clippy::result_large_err)] // progenitor's error type, as the builders return it
pub(crate) fn decode_bytes<T, E>(
    status: StatusCode,
    headers: HeaderMap,
    body: bytes::Bytes,
) -> Result<ResponseValue<T>, progenitor_client::Error<E>>
where
    T: serde::de::DeserializeOwned,
{
    // The fast path decodes as progenitor would; only a body that fails is decoded again,
    // tracking the path, to name the field (path tracking costs on every field).
    match serde_json::from_slice::<T>(&body) {
        Ok(value) => Ok(ResponseValue::new(value, status, headers)),
        Err(error) => {
            let mut deserializer = serde_json::Deserializer::from_slice(&body);
            if let Err(located) = serde_path_to_error::deserialize::<_, T>(&mut deserializer) {
                let path = located.path().to_string();
                if path != "." {
                    record(|call| call.decode_path = Some(path));
                }
            }
            Err(progenitor_client::Error::InvalidResponsePayload(
                body, error,
            ))
        }
    }
}

/// RFC 3986 unreserved characters: the only bytes a path segment keeps as they are.
pub(crate) const UNRESERVED: &percent_encoding::AsciiSet = &percent_encoding::NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

/// One path parameter as exactly one URL path segment: every byte outside the unreserved set is
/// percent-encoded (`/`, `\`, `?`, `#`, `%` included). Empty values, `.` and `..` are refused:
/// URL parsers resolve `.`/`..` (and their encodings `%2E`/`%2E%2E`) as dot segments, so no
/// encoding keeps them in place.
pub fn encode_segment(name: &str, value: &str) -> Result<String, String> {
    match value {
        "" => Err(format!("path parameter `{name}` is empty")),
        "." | ".." => Err(format!(
            "path parameter `{name}` is {value:?}, which a URL resolves as a dot segment"
        )),
        _ => Ok(percent_encoding::utf8_percent_encode(value, UNRESERVED).to_string()),
    }
}

/// [`encode_segment`] for the generated builders (their error type is progenitor's).
#[allow(clippy::result_large_err)] // the builders' own error type; built once per failed call
pub fn path_segment<E>(name: &str, value: &str) -> Result<String, progenitor_client::Error<E>> {
    encode_segment(name, value).map_err(progenitor_client::Error::InvalidRequest)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_segment_stays_one_segment() {
        let cases = [
            ("wf_1", "wf_1"),
            ("a.b-c~d", "a.b-c~d"),
            ("a/b", "a%2Fb"),
            ("a\\b", "a%5Cb"),
            ("..\\admin", "..%5Cadmin"),
            ("...", "..."),
            ("%2e%2e", "%252e%252e"),
            ("a?b#c", "a%3Fb%23c"),
            ("a b", "a%20b"),
            ("é", "%C3%A9"),
            (";x=1", "%3Bx%3D1"),
        ];
        for (value, encoded) in cases {
            assert_eq!(
                encode_segment("id", value).as_deref(),
                Ok(encoded),
                "{value:?}"
            );
            let url = url::Url::parse(&format!("http://h/v1/workflows/{encoded}/x")).unwrap();
            assert_eq!(url.path_segments().unwrap().count(), 4, "{value:?} → {url}");
        }
    }

    #[test]
    fn a_text_body_is_utf8_or_a_decode_error() {
        let ok = text_of::<()>(StatusCode::OK, HeaderMap::new(), "héllo".into()).unwrap();
        assert_eq!(ok.into_inner(), "héllo");
        let error = text_of::<()>(StatusCode::OK, HeaderMap::new(), vec![b'a', 0xff].into())
            .err()
            .unwrap();
        let progenitor_client::Error::InvalidResponsePayload(bytes, error) = error else {
            panic!("{error:?}")
        };
        assert_eq!(&bytes[..], b"a\xff");
        assert!(error.to_string().contains("not valid UTF-8"), "{error}");
    }

    #[test]
    fn the_content_type_replaces_the_encoders() {
        crate::tls::install_provider();
        let request = reqwest::Client::new()
            .post("http://127.0.0.1:9/x")
            .json(&1)
            .headers(content_type("application/vnd.api+json"))
            .build()
            .unwrap();
        let values: Vec<_> = request.headers().get_all("content-type").iter().collect();
        assert_eq!(values, ["application/vnd.api+json"]);
    }

    #[test]
    fn values_no_encoding_keeps_in_place_are_refused() {
        for value in ["", ".", ".."] {
            let message = encode_segment("trigger_id", value).unwrap_err();
            assert!(message.contains("`trigger_id`"), "{message}");
        }
    }
}

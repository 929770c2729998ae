//! Raw calls, for an endpoint the spec lacks: `client.request(method, path)` sends with the
//! client's credentials, context, retries, limits and errors, like a generated call.

use progenitor_client::{OperationInfo, ResponseValue};
use reqwest::header::{ACCEPT, CONTENT_TYPE, HeaderValue};
use serde::Serialize;
use serde::de::DeserializeOwned;

use crate::transport::{self, RawError};
use crate::{ApiClient, Error, ErrorKind, HttpMethod, Operation, RequestOptions, Response, Scope};

/// What errors and traces name a raw call by: its path is the caller's.
const PATH: &str = "(raw request)";

/// The operation of a raw call, one per method and idempotency: raw calls send the client's
/// tenant and project when it has them, and require neither.
static RAW_OPERATIONS: [Operation; 16] = raw_operations();

const fn raw_operations() -> [Operation; 16] {
    let mut out = [Operation::new("request", HttpMethod::Get, PATH); 16];
    let mut i = 0;
    while i < HttpMethod::ALL.len() {
        let method = HttpMethod::ALL[i];
        out[2 * i] = Operation::new("request", method, PATH).scope(Scope::Project);
        out[2 * i + 1] = out[2 * i].idempotent(true);
        i += 1;
    }
    out
}

fn raw_operation(method: HttpMethod, idempotent: bool) -> &'static Operation {
    let index = HttpMethod::ALL
        .iter()
        .position(|m| *m == method)
        .unwrap_or_default();
    &RAW_OPERATIONS[2 * index + usize::from(idempotent)]
}

/// A call to an endpoint the spec does not describe; see the client's `request`.
///
/// ```no_run
/// use agentruntime::HttpMethod;
///
/// # async fn run(client: agentruntime::Client) -> Result<(), agentruntime::Error> {
/// let answer = client
///     .request(HttpMethod::Get, "/v1/experimental/insights")
///     .query("window", "7d")
///     .send()
///     .await?;
/// println!("{}", answer.into_inner());
/// # Ok(()) }
/// ```
#[derive(Debug)]
#[must_use = "nothing is sent until `.send().await`"]
pub struct RawRequest<'a, C> {
    client: &'a C,
    method: HttpMethod,
    path: String,
    query: Vec<(String, String)>,
    body: Option<Result<Vec<u8>, String>>,
    options: RequestOptions,
    idempotent: bool,
}

impl<'a, C: ApiClient> RawRequest<'a, C> {
    /// `method` on `path` (from the base URL, starting with `/`; encode its segments yourself,
    /// e.g. with [`encode_segment`](crate::transport::encode_segment)). Retried like a generated
    /// call of that method: GET, PUT, DELETE, HEAD, OPTIONS and TRACE are idempotent.
    pub fn new(client: &'a C, method: HttpMethod, path: impl Into<String>) -> Self {
        Self {
            client,
            method,
            path: path.into(),
            query: Vec::new(),
            body: None,
            options: RequestOptions::default(),
            idempotent: method.is_idempotent(),
        }
    }

    /// Adds a query parameter.
    pub fn query(mut self, name: impl Into<String>, value: impl ToString) -> Self {
        self.query.push((name.into(), value.to_string()));
        self
    }

    /// Sends `body` as JSON.
    pub fn json(mut self, body: &impl Serialize) -> Self {
        self.body = Some(serde_json::to_vec(body).map_err(|e| e.to_string()));
        self
    }

    /// Sends this header too (see [`RequestOptions::header`]).
    pub fn header(mut self, name: &str, value: &str) -> Self {
        self.options = self.options.header(name, value);
        self
    }

    /// Options for this call (replaces headers set before).
    pub fn options(mut self, options: RequestOptions) -> Self {
        self.options = options;
        self
    }

    /// Whether the call is safe to send more than once (default: by its method), which decides
    /// what is retried.
    pub fn idempotent(mut self, idempotent: bool) -> Self {
        self.idempotent = idempotent;
        self
    }

    /// Sends the call and decodes the body as JSON (an empty body is `null`).
    pub async fn send(self) -> Result<Response<serde_json::Value>, Error> {
        self.send_as().await
    }

    /// Sends the call and decodes the body as `T` (an empty body decodes as JSON `null`, so
    /// `()` and `Option<_>` accept it).
    pub async fn send_as<T: DeserializeOwned>(self) -> Result<Response<T>, Error> {
        let op = raw_operation(self.method, self.idempotent);
        if !self.path.starts_with('/') {
            return Err(Error::new(ErrorKind::InvalidRequest)
                .with_operation(op)
                .with_message(format!("the path {:?} does not start with `/`", self.path)));
        }
        let client = self.client;
        let call = async move {
            let url = format!("{}{}", client.baseurl(), self.path);
            let method = reqwest::Method::from_bytes(self.method.as_str().as_bytes())
                .map_err(|e| RawError::InvalidRequest(e.to_string()))?;
            let mut builder = client
                .client()
                .request(method, url)
                .header(ACCEPT, HeaderValue::from_static("application/json"))
                .query(&self.query);
            if let Some(body) = self.body {
                let body = body.map_err(RawError::InvalidRequest)?;
                builder = builder
                    .header(CONTENT_TYPE, HeaderValue::from_static("application/json"))
                    .body(body);
            }
            let mut request = builder
                .build()
                .map_err(|e| RawError::InvalidRequest(e.to_string()))?;
            let info = OperationInfo {
                operation_id: op.id,
            };
            crate::prepare(client.inner(), &mut request, &info).map_err(RawError::Custom)?;
            let response = crate::execute(client.client(), client.inner(), request, &info)
                .await
                .map_err(RawError::CommunicationError)?;
            match response.status().as_u16() {
                200..=299 => decode_or_null(response).await,
                400..=599 => Err(RawError::ErrorResponse(ResponseValue::stream(response))),
                _ => Err(RawError::UnexpectedResponse(response)),
            }
        };
        transport::call(client, op, Some(self.options), false, call).await
    }
}

/// [`transport::decode`], with an empty body read as `null`.
async fn decode_or_null<T: DeserializeOwned>(
    response: reqwest::Response,
) -> Result<ResponseValue<T>, RawError> {
    let status = response.status();
    let headers = response.headers().clone();
    let body = response
        .bytes()
        .await
        .map_err(RawError::ResponseBodyError)?;
    let body = if body.is_empty() {
        bytes::Bytes::from_static(b"null")
    } else {
        body
    };
    transport::decode_bytes(status, headers, body)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_method_and_idempotency_has_its_operation() {
        for method in HttpMethod::ALL {
            for idempotent in [false, true] {
                let op = raw_operation(method, idempotent);
                assert_eq!((op.method, op.idempotent), (method, idempotent));
                assert_eq!(op.scope, Scope::Project);
                assert_eq!(op.id, "request");
            }
        }
    }
}

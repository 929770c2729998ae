//! A scriptable HTTP/1.1 server on 127.0.0.1 for fault injection.
//!
//! It is hand-written on `httparse` rather than a framework so a test can do what frameworks
//! prevent: reset a connection, answer slower than a timeout, send a body that is not JSON. It
//! runs on its own thread and runtime, so tests on tokio's paused clock still talk to a server
//! that lives in real time.
//!
//! [`HttpServer::start_tls`] serves the same over TLS with a [`TestCa`]'s certificate. Requests
//! in absolute form, as a forward proxy receives them (`GET http://host/path HTTP/1.1`), are
//! recorded like origin-form ones, with the authority in [`Recorded::absolute_authority`].

use std::collections::{HashMap, VecDeque};
use std::future::Future;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use tokio::io::{AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use tokio_rustls::TlsAcceptor;

use crate::tls::TestCa;

/// One request as the server received it.
#[derive(Clone, Debug)]
pub struct Recorded {
    pub method: String,
    /// The path of the request target, also when it came in absolute form.
    pub path: String,
    /// The raw query string (without `?`), empty when there is none.
    pub query: String,
    /// The authority (`host[:port]`) of a request target in absolute form
    /// (`GET http://api.example.test/v1/workflows HTTP/1.1`, as a client sends to a forward
    /// proxy); `None` for origin-form (`GET /v1/workflows`).
    pub absolute_authority: Option<String>,
    /// Header names lower-cased, in arrival order.
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
    pub at: Instant,
}

impl Recorded {
    /// The value of a header (case-insensitive name).
    pub fn header(&self, name: &str) -> Option<&str> {
        let name = name.to_ascii_lowercase();
        self.headers
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, v)| v.as_str())
    }

    /// Query parameters in order, not percent-decoded beyond `+`/`%20`.
    pub fn query_pairs(&self) -> Vec<(String, String)> {
        self.query
            .split('&')
            .filter(|p| !p.is_empty())
            .map(|pair| {
                let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
                (decode(k), decode(v))
            })
            .collect()
    }

    pub fn json(&self) -> serde_json::Value {
        serde_json::from_slice(&self.body).expect("request body is JSON")
    }
}

fn decode(s: &str) -> String {
    let bytes = s.replace('+', " ").into_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%'
            && i + 2 < bytes.len()
            && let Ok(b) =
                u8::from_str_radix(std::str::from_utf8(&bytes[i + 1..i + 3]).unwrap_or(""), 16)
        {
            out.push(b);
            i += 3;
            continue;
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// What the server does with a request.
#[derive(Clone, Debug)]
pub enum Reply {
    /// A response with a status, headers and body.
    Respond {
        status: u16,
        headers: Vec<(String, String)>,
        body: Vec<u8>,
    },
    /// A chunked body written piece by piece, each on its own after a short pause (so the
    /// client reads them apart); with `then_reset` the connection is reset instead of the body
    /// ending.
    Pieces {
        status: u16,
        content_type: String,
        pieces: Vec<Vec<u8>>,
        then_reset: bool,
    },
    /// Close the connection with a TCP reset, without answering.
    Reset,
    /// Wait, then do the inner reply.
    Delay(Duration, Box<Reply>),
}

impl Reply {
    pub fn json(status: u16, body: serde_json::Value) -> Self {
        Self::Respond {
            status,
            headers: vec![("content-type".into(), "application/json".into())],
            body: serde_json::to_vec(&body).expect("serialisable"),
        }
    }

    pub fn status(status: u16) -> Self {
        Self::json(
            status,
            serde_json::json!({"error": format!("status {status}")}),
        )
    }

    pub fn raw(status: u16, content_type: &str, body: impl Into<Vec<u8>>) -> Self {
        Self::Respond {
            status,
            headers: vec![("content-type".into(), content_type.into())],
            body: body.into(),
        }
    }

    /// A chunked body written in these pieces, each read apart by the client.
    pub fn pieces(status: u16, content_type: &str, pieces: Vec<Vec<u8>>) -> Self {
        Self::Pieces {
            status,
            content_type: content_type.to_owned(),
            pieces,
            then_reset: false,
        }
    }

    /// As [`Reply::pieces`], then a TCP reset where the body would end.
    pub fn pieces_then_reset(status: u16, content_type: &str, pieces: Vec<Vec<u8>>) -> Self {
        Self::Pieces {
            status,
            content_type: content_type.to_owned(),
            pieces,
            then_reset: true,
        }
    }

    /// A body sent with `Transfer-Encoding: chunked` (no `Content-Length`), in three chunks.
    pub fn chunked(status: u16, content_type: &str, body: impl Into<Vec<u8>>) -> Self {
        Self::raw(status, content_type, body).header("transfer-encoding", "chunked")
    }

    pub fn redirect(status: u16, location: &str) -> Self {
        Self::Respond {
            status,
            headers: vec![("location".into(), location.into())],
            body: Vec::new(),
        }
    }

    pub fn reset() -> Self {
        Self::Reset
    }

    /// Adds a response header.
    pub fn header(mut self, name: &str, value: &str) -> Self {
        if let Self::Respond { headers, .. } = &mut self {
            headers.push((name.to_ascii_lowercase(), value.to_owned()));
        }
        self
    }

    /// The same reply, after a pause.
    pub fn after(self, delay: Duration) -> Self {
        Self::Delay(delay, Box::new(self))
    }
}

#[derive(Default)]
struct State {
    /// (method, path) → replies in order; the last one repeats.
    scripts: HashMap<(String, String), VecDeque<Reply>>,
    recorded: Vec<Recorded>,
    /// Benchmarks turn recording off so the server does the same work on every request.
    quiet: bool,
}

/// A running server; it stops when dropped.
pub struct HttpServer {
    addr: SocketAddr,
    tls: bool,
    state: Arc<Mutex<State>>,
    tls_failures: TlsFailures,
    _shutdown: tokio::sync::oneshot::Sender<()>,
}

impl HttpServer {
    /// Starts a server on 127.0.0.1 (a free port) on its own thread.
    pub fn start() -> Self {
        Self::launch(None)
    }

    /// Starts a server like [`start`](Self::start) that speaks HTTPS with `ca`'s leaf
    /// certificate (valid for `127.0.0.1` and `localhost`), offering ALPN `http/1.1` only.
    /// A failed handshake (say, a client that does not trust `ca`) drops that connection and
    /// is counted in [`tls_failures`](Self::tls_failures).
    pub fn start_tls(ca: &TestCa) -> Self {
        Self::launch(Some(ca.acceptor()))
    }

    fn launch(tls: Option<TlsAcceptor>) -> Self {
        let state = Arc::new(Mutex::new(State::default()));
        let tls_failures = TlsFailures::default();
        let listening = Listening {
            // Plain TCP answers each request with one write; TLS also writes handshake flights
            // and session tickets, which Nagle's algorithm could hold back behind a delayed ACK.
            nodelay: tls.is_some(),
            tls: tls.clone(),
            tls_failures: tls_failures.clone(),
        };
        let (addr, shutdown) = listening.spawn(ServeScripted(state.clone()));
        Self {
            addr,
            tls: tls.is_some(),
            state,
            tls_failures,
            _shutdown: shutdown,
        }
    }

    /// Stops recording requests (for benchmarks: a growing log would slow later requests).
    pub fn quiet(self) -> Self {
        self.state.lock().unwrap().quiet = true;
        self
    }

    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// `http://127.0.0.1:<port>`, or `https://127.0.0.1:<port>` when started with TLS.
    pub fn url(&self) -> String {
        let scheme = if self.tls { "https" } else { "http" };
        format!("{scheme}://{}", self.addr)
    }

    /// How many TLS handshakes failed (a client that does not trust the CA, or that closed
    /// before finishing the handshake); always 0 without TLS.
    pub fn tls_failures(&self) -> usize {
        self.tls_failures.count()
    }

    /// The errors of the failed TLS handshakes, in order.
    pub fn tls_failure_reasons(&self) -> Vec<String> {
        self.tls_failures.reasons()
    }

    /// Replies to `method path` with these replies in order; the last one repeats.
    pub fn on(&self, method: &str, path: &str, replies: impl IntoIterator<Item = Reply>) {
        let replies: VecDeque<Reply> = replies.into_iter().collect();
        assert!(!replies.is_empty(), "a script needs at least one reply");
        self.state
            .lock()
            .unwrap()
            .scripts
            .insert((method.to_owned(), path.to_owned()), replies);
    }

    /// Every request received so far.
    pub fn requests(&self) -> Vec<Recorded> {
        self.state.lock().unwrap().recorded.clone()
    }

    /// Requests received for one path.
    pub fn requests_to(&self, path: &str) -> Vec<Recorded> {
        self.requests()
            .into_iter()
            .filter(|r| r.path == path)
            .collect()
    }
}

/// Failed TLS handshakes of one server.
#[derive(Clone, Default)]
pub(crate) struct TlsFailures(Arc<Mutex<Vec<String>>>);

impl TlsFailures {
    fn record(&self, error: std::io::Error) {
        self.0.lock().unwrap().push(error.to_string());
    }

    pub(crate) fn count(&self) -> usize {
        self.0.lock().unwrap().len()
    }

    pub(crate) fn reasons(&self) -> Vec<String> {
        self.0.lock().unwrap().clone()
    }
}

/// A connection the servers speak HTTP on: plain TCP, or TLS over TCP.
pub(crate) trait Socket: AsyncRead + AsyncWrite + Unpin + Send + 'static {
    /// Sets a zero linger on the TCP socket underneath, so dropping the connection resets it
    /// (for TLS: without a `close_notify`).
    fn set_reset_on_drop(&self);
}

impl Socket for TcpStream {
    fn set_reset_on_drop(&self) {
        // A zero linger makes the close a TCP reset; it does not block (no data to flush).
        #[allow(deprecated)]
        let _ = self.set_linger(Some(Duration::ZERO));
    }
}

impl Socket for tokio_rustls::server::TlsStream<TcpStream> {
    fn set_reset_on_drop(&self) {
        self.get_ref().0.set_reset_on_drop();
    }
}

/// Writes all of `bytes` and flushes (a no-op on TCP; over TLS it sends what rustls still
/// buffers); false when the connection is gone.
pub(crate) async fn send(socket: &mut impl Socket, bytes: &[u8]) -> bool {
    socket.write_all(bytes).await.is_ok() && socket.flush().await.is_ok()
}

/// Serves one accepted connection, whichever kind it is.
pub(crate) trait Serve: Clone + Send + 'static {
    fn serve(self, socket: impl Socket) -> impl Future<Output = ()> + Send;
}

/// How a server listens.
pub(crate) struct Listening {
    /// Wrap accepted sockets in TLS (the handshake runs in the connection's task).
    pub(crate) tls: Option<TlsAcceptor>,
    /// Set `TCP_NODELAY` on accepted sockets (before any TLS).
    pub(crate) nodelay: bool,
    pub(crate) tls_failures: TlsFailures,
}

impl Listening {
    /// Binds 127.0.0.1 (a free port) and accepts on a thread and runtime of its own until the
    /// returned sender is dropped, serving each connection with `serve` in its own task.
    pub(crate) fn spawn(self, serve: impl Serve) -> (SocketAddr, tokio::sync::oneshot::Sender<()>) {
        let (addr_tx, addr_rx) = std::sync::mpsc::channel();
        let (shutdown_tx, mut shutdown_rx) = tokio::sync::oneshot::channel::<()>();
        std::thread::spawn(move || {
            let runtime = tokio::runtime::Builder::new_multi_thread()
                .worker_threads(1)
                .enable_all()
                .build()
                .expect("server runtime");
            runtime.block_on(async move {
                let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
                addr_tx.send(listener.local_addr().expect("addr")).ok();
                loop {
                    tokio::select! {
                        _ = &mut shutdown_rx => break,
                        accepted = listener.accept() => {
                            let Ok((socket, _)) = accepted else { continue };
                            if self.nodelay {
                                socket.set_nodelay(true).ok();
                            }
                            let serve = serve.clone();
                            match &self.tls {
                                None => {
                                    tokio::spawn(serve.serve(socket));
                                }
                                Some(acceptor) => {
                                    let handshake = acceptor.accept(socket);
                                    let failures = self.tls_failures.clone();
                                    tokio::spawn(async move {
                                        match handshake.await {
                                            Ok(socket) => serve.serve(socket).await,
                                            Err(error) => failures.record(error),
                                        }
                                    });
                                }
                            }
                        }
                    }
                }
            });
        });
        let addr = addr_rx.recv().expect("server started");
        (addr, shutdown_tx)
    }
}

/// The scripted server's connections.
#[derive(Clone)]
struct ServeScripted(Arc<Mutex<State>>);

impl Serve for ServeScripted {
    fn serve(self, socket: impl Socket) -> impl Future<Output = ()> + Send {
        serve(socket, self.0)
    }
}

async fn serve(mut socket: impl Socket, state: Arc<Mutex<State>>) {
    let mut buffer = Vec::new();
    loop {
        let Some(request) = read_request(&mut socket, &mut buffer).await else {
            return;
        };
        let reply = {
            let mut state = state.lock().unwrap();
            if !state.quiet {
                state.recorded.push(request.clone());
            }
            let key = (request.method.clone(), request.path.clone());
            match state.scripts.get_mut(&key) {
                Some(queue) if queue.len() > 1 => queue.pop_front().expect("non-empty"),
                Some(queue) => queue.front().cloned().expect("non-empty"),
                None => Reply::json(
                    404,
                    serde_json::json!({"error": "no script for this route"}),
                ),
            }
        };
        if !act(&mut socket, reply).await {
            return;
        }
    }
}

/// Performs a reply; false when the connection is gone.
pub(crate) async fn act(socket: &mut impl Socket, reply: Reply) -> bool {
    let mut reply = reply;
    loop {
        match reply {
            Reply::Delay(delay, inner) => {
                tokio::time::sleep(delay).await;
                reply = *inner;
            }
            Reply::Reset => {
                socket.set_reset_on_drop();
                return false;
            }
            Reply::Pieces {
                status,
                content_type,
                pieces,
                then_reset,
            } => {
                let head = format!(
                    "HTTP/1.1 {status} {}\r\ncontent-type: {content_type}\r\ntransfer-encoding: chunked\r\n\r\n",
                    reason(status)
                );
                if !send(socket, head.as_bytes()).await {
                    return false;
                }
                for piece in pieces.iter().filter(|p| !p.is_empty()) {
                    let mut bytes = format!("{:x}\r\n", piece.len()).into_bytes();
                    bytes.extend_from_slice(piece);
                    bytes.extend_from_slice(b"\r\n");
                    if !send(socket, &bytes).await {
                        return false;
                    }
                    tokio::time::sleep(Duration::from_millis(3)).await;
                }
                if then_reset {
                    socket.set_reset_on_drop();
                    return false;
                }
                return send(socket, b"0\r\n\r\n").await;
            }
            Reply::Respond {
                status,
                headers,
                body,
            } => {
                let mut head = format!("HTTP/1.1 {status} {}\r\n", reason(status));
                for (name, value) in &headers {
                    head.push_str(&format!("{name}: {value}\r\n"));
                }
                let chunked = headers
                    .iter()
                    .any(|(n, v)| n == "transfer-encoding" && v == "chunked");
                if chunked {
                    head.push_str("\r\n");
                } else {
                    head.push_str(&format!("content-length: {}\r\n\r\n", body.len()));
                }
                let mut bytes = head.into_bytes();
                if chunked {
                    // Three chunks of unequal size, then the last, empty one.
                    for piece in body.chunks(body.len().div_ceil(3).max(1)) {
                        bytes.extend_from_slice(format!("{:x}\r\n", piece.len()).as_bytes());
                        bytes.extend_from_slice(piece);
                        bytes.extend_from_slice(b"\r\n");
                    }
                    bytes.extend_from_slice(b"0\r\n\r\n");
                } else {
                    bytes.extend_from_slice(&body);
                }
                return send(socket, &bytes).await;
            }
        }
    }
}

/// The canonical reason phrase of a status, for hand-written responses.
pub(crate) fn reason(status: u16) -> &'static str {
    http::StatusCode::from_u16(status)
        .ok()
        .and_then(|s| s.canonical_reason())
        .unwrap_or("Unknown")
}

/// Reads one request (head and `content-length` body) from the connection; `None` when it closes.
pub(crate) async fn read_request(
    socket: &mut (impl AsyncRead + Unpin),
    buffer: &mut Vec<u8>,
) -> Option<Recorded> {
    loop {
        let mut headers = [httparse::EMPTY_HEADER; 64];
        let mut parsed = httparse::Request::new(&mut headers);
        if let Ok(httparse::Status::Complete(head_len)) = parsed.parse(buffer) {
            let method = parsed.method?.to_owned();
            let target = parsed.path?.to_owned();
            let headers: Vec<(String, String)> = parsed
                .headers
                .iter()
                .map(|h| {
                    (
                        h.name.to_ascii_lowercase(),
                        String::from_utf8_lossy(h.value).into_owned(),
                    )
                })
                .collect();
            let length: usize = headers
                .iter()
                .find(|(n, _)| n == "content-length")
                .and_then(|(_, v)| v.trim().parse().ok())
                .unwrap_or(0);
            while buffer.len() < head_len + length {
                if !fill(socket, buffer).await {
                    return None;
                }
            }
            let body = buffer[head_len..head_len + length].to_vec();
            buffer.drain(..head_len + length);
            let (absolute_authority, target) = match split_absolute_form(&target) {
                Some((authority, origin_form)) => (Some(authority), origin_form),
                None => (None, target),
            };
            let (path, query) = match target.split_once('?') {
                Some((p, q)) => (p.to_owned(), q.to_owned()),
                None => (target, String::new()),
            };
            return Some(Recorded {
                method,
                path,
                query,
                absolute_authority,
                headers,
                body,
                at: Instant::now(),
            });
        }
        if !fill(socket, buffer).await {
            return None;
        }
    }
}

/// Splits a request target in absolute form (`http://host:port/path?query`) into its authority
/// and the origin-form rest (`/path?query`, `/` when the path is empty); `None` for any other
/// form (origin-form `/path`, asterisk `*`, authority-form `host:port` of `CONNECT`).
fn split_absolute_form(target: &str) -> Option<(String, String)> {
    if target.starts_with('/') {
        return None;
    }
    let (scheme, rest) = target.split_once("://")?;
    let scheme_ok = scheme.starts_with(|c: char| c.is_ascii_alphabetic())
        && scheme
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'));
    if !scheme_ok {
        return None;
    }
    let end = rest.find(['/', '?']).unwrap_or(rest.len());
    let (authority, origin_form) = rest.split_at(end);
    let origin_form = if origin_form.starts_with('/') {
        origin_form.to_owned()
    } else {
        format!("/{origin_form}")
    };
    Some((authority.to_owned(), origin_form))
}

async fn fill(socket: &mut (impl AsyncRead + Unpin), buffer: &mut Vec<u8>) -> bool {
    let mut chunk = [0u8; 8192];
    match socket.read(&mut chunk).await {
        Ok(0) | Err(_) => false,
        Ok(n) => {
            buffer.extend_from_slice(&chunk[..n]);
            true
        }
    }
}

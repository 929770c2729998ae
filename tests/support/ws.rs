//! A loopback server for the live event stream: WebSocket upgrades and plain HTTP on one port,
//! as the SDK derives both from one base URL.
//!
//! Each request head is parsed with `httparse`. An upgrade (`Upgrade: websocket`) is recorded
//! and handed to the test's plan, which says how to answer: refuse with a status, or switch
//! protocols (with or without `X-Agentruntime-Resumed`), send frames, then close with a code,
//! drop the TCP connection, go silent, or hold the connection open. The 101 response and the
//! planned frames go out in one write, so a client on tokio's paused clock finds them already
//! in its socket. Plain requests serve a run's event log (`list_run_events` with `after`,
//! `limit` and `page_token`, up to the "published" sequence) and scripted run summaries; any
//! other route can be scripted with [`WsServer::on`], as on the HTTP server, so one server can
//! play the whole API of a flow (create, start, then stream).
//!
//! The server runs on its own thread and runtime, in real time.
//!
//! [`WsServer::start_tls`] serves the same over TLS (`https://`, so `wss://` upgrades) with a
//! [`TestCa`]'s certificate. Upgrades and requests in absolute form, as a forward proxy
//! receives them, are recorded like origin-form ones (see [`Recorded::absolute_authority`]).

use std::collections::{HashMap, VecDeque};
use std::future::Future;
use std::net::SocketAddr;
use std::ops::RangeInclusive;
use std::sync::atomic::{AtomicI64, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use futures::StreamExt;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio_rustls::TlsAcceptor;
use tokio_tungstenite::WebSocketStream;
use tokio_tungstenite::tungstenite::handshake::derive_accept_key;
use tokio_tungstenite::tungstenite::protocol::Role;
use tokio_tungstenite::tungstenite::protocol::frame::CloseFrame;

use crate::http::{
    Listening, Recorded, Reply, Serve, Socket, TlsFailures, act, read_request as read_head, reason,
    send,
};
use crate::tls::TestCa;

/// The workflow of the generated logs.
pub const WORKFLOW_ID: &str = "550e8400-e29b-41d4-a716-446655440000";
/// The run of the generated logs.
pub const RUN_ID: &str = "7c9e6679-7425-40de-944b-e07fc1f90ae7";

/// The id of the event with this sequence in a generated log.
pub fn event_id(sequence: i64) -> String {
    format!("evt_{sequence:06}")
}

/// The sequence of a generated event id.
pub fn sequence_of(id: &str) -> Option<i64> {
    id.strip_prefix("evt_")?.parse().ok()
}

/// A run's events as JSON text, sequence 1 first.
#[derive(Clone, Debug)]
pub struct EventLog {
    events: Vec<String>,
}

impl EventLog {
    /// `count` events of [`RUN_ID`]: `run_started`, then steps starting and completing (with an
    /// agent tool round now and then), and a final `state_changed` to `completed`.
    pub fn generate(count: i64) -> Self {
        let events = (1..=count)
            .map(|sequence| {
                let (kind, step, data) = if sequence == 1 {
                    (
                        "run_started",
                        None,
                        serde_json::json!({"trigger_type": "api", "workflow_version": 3}),
                    )
                } else if sequence == count {
                    (
                        "state_changed",
                        None,
                        serde_json::json!({"from": "running", "to": "completed"}),
                    )
                } else if sequence % 10 == 0 {
                    (
                        "agent_turn_tool_round",
                        Some(format!("agent-{}", sequence / 10)),
                        serde_json::json!({"turn_id": format!("turn-{sequence}"), "round": 2}),
                    )
                } else if sequence % 2 == 0 {
                    (
                        "step_started",
                        Some(format!("step-{}", sequence / 2)),
                        serde_json::json!({"step_name": "Fetch from API", "step_type": "mcp_call", "attempt": 1}),
                    )
                } else {
                    (
                        "step_completed",
                        Some(format!("step-{}", sequence / 2)),
                        serde_json::json!({"result": {"message": "ok", "rows": sequence % 7}, "duration_ms": 412}),
                    )
                };
                Self::event(sequence, kind, step.as_deref(), data)
            })
            .collect();
        Self { events }
    }

    /// One event of [`RUN_ID`] as JSON text.
    pub fn event(
        sequence: i64,
        kind: &str,
        step_id: Option<&str>,
        data: serde_json::Value,
    ) -> String {
        serde_json::json!({
            "id": event_id(sequence),
            "run_id": RUN_ID,
            "workflow_id": WORKFLOW_ID,
            "sequence": sequence,
            "timestamp": format!(
                "2026-06-06T12:{:02}:{:02}.{:03}Z",
                (sequence / 60_000) % 60,
                (sequence / 1000) % 60,
                sequence % 1000
            ),
            "step_id": step_id,
            "event_type": kind,
            "data": data,
        })
        .to_string()
    }

    /// A log of the given event texts (sequence 1 first).
    pub fn from_events(events: Vec<String>) -> Self {
        Self { events }
    }

    pub fn len(&self) -> i64 {
        self.events.len() as i64
    }

    pub fn is_empty(&self) -> bool {
        self.events.is_empty()
    }

    /// The JSON text of one event.
    pub fn json(&self, sequence: i64) -> &str {
        &self.events[(sequence - 1) as usize]
    }

    /// Text frames of these events, concatenated.
    pub fn frames(&self, sequences: RangeInclusive<i64>) -> Vec<u8> {
        let mut out = Vec::new();
        for sequence in sequences {
            out.extend_from_slice(&text_frame(self.json(sequence)));
        }
        out
    }
}

/// A server-to-client (unmasked) text frame.
pub fn text_frame(text: &str) -> Vec<u8> {
    frame(0x1, text.as_bytes())
}

/// A server-to-client close frame.
pub fn close_frame(code: u16, reason: &str) -> Vec<u8> {
    let mut payload = code.to_be_bytes().to_vec();
    payload.extend_from_slice(reason.as_bytes());
    frame(0x8, &payload)
}

fn frame(opcode: u8, payload: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(payload.len() + 10);
    out.push(0x80 | opcode);
    match payload.len() {
        n if n < 126 => out.push(n as u8),
        n if n <= u16::MAX as usize => {
            out.push(126);
            out.extend_from_slice(&(n as u16).to_be_bytes());
        }
        n => {
            out.push(127);
            out.extend_from_slice(&(n as u64).to_be_bytes());
        }
    }
    out.extend_from_slice(payload);
    out
}

/// One upgrade request, as the plan sees it.
#[derive(Clone, Debug)]
pub struct Upgrade {
    /// 0 for the first upgrade the server received.
    pub index: usize,
    pub request: Recorded,
}

impl Upgrade {
    /// A query parameter.
    pub fn param(&self, name: &str) -> Option<String> {
        self.request
            .query_pairs()
            .into_iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v)
    }

    /// The sequence of the `cursor` parameter (0 when there is none).
    pub fn cursor_sequence(&self) -> i64 {
        self.param("cursor")
            .and_then(|c| sequence_of(&c))
            .unwrap_or(0)
    }
}

/// What follows the frames of an accepted upgrade.
#[derive(Clone, Debug)]
pub enum Then {
    /// A close frame with this code and reason; then wait for the client to go.
    Close(u16, String),
    /// A close frame without a status code (the client sees 1005); then wait for the client.
    CloseWithoutCode,
    /// Close the TCP connection without a close frame.
    Drop,
    /// Reset the TCP connection.
    Reset,
    /// Keep the connection open but never read or answer; record what the client sends.
    Silent,
    /// Answer pings and wait for the client to close.
    Hold,
    /// Write these bytes (frames) in chunks, counting what was written, then close with 1000.
    Stream(Arc<Vec<u8>>),
}

/// How to answer one upgrade.
#[derive(Clone, Debug)]
pub struct Plan {
    /// Refuse the upgrade with this HTTP status and JSON body.
    pub refuse: Option<(u16, serde_json::Value)>,
    /// The `X-Agentruntime-Resumed` header (`None`: absent).
    pub resumed: Option<bool>,
    /// Frames sent with the 101, in the same write.
    pub frames: Vec<u8>,
    /// Events up to this sequence become visible to `list_run_events`.
    pub publish: Option<i64>,
    pub then: Then,
}

impl Plan {
    /// Accepts without frames, then holds the connection.
    pub fn accept() -> Self {
        Self {
            refuse: None,
            resumed: None,
            frames: Vec::new(),
            publish: None,
            then: Then::Hold,
        }
    }

    /// Refuses the upgrade.
    pub fn refuse(status: u16, body: serde_json::Value) -> Self {
        Self {
            refuse: Some((status, body)),
            ..Self::accept()
        }
    }

    pub fn resumed(mut self, resumed: bool) -> Self {
        self.resumed = Some(resumed);
        self
    }

    /// Sends these events of the log; the log is published up to the first of them.
    pub fn events(mut self, log: &EventLog, sequences: RangeInclusive<i64>) -> Self {
        if !sequences.is_empty() {
            self.publish = Some(self.publish.unwrap_or(0).max(*sequences.start()));
        }
        self.frames.extend_from_slice(&log.frames(sequences));
        self
    }

    /// Sends a raw text frame.
    pub fn text(mut self, text: &str) -> Self {
        self.frames.extend_from_slice(&text_frame(text));
        self
    }

    /// Publishes the log up to this sequence.
    pub fn publish(mut self, sequence: i64) -> Self {
        self.publish = Some(sequence);
        self
    }

    pub fn then(mut self, then: Then) -> Self {
        self.then = then;
        self
    }

    /// Closes with this code (a separate write after the frames), then waits for the client.
    pub fn close(self, code: u16) -> Self {
        self.then(Then::Close(code, String::new()))
    }

    /// Appends a close frame with this code to the frames (same write as the 101), then waits
    /// for the client's answer.
    pub fn closing(mut self, code: u16) -> Self {
        self.frames.extend_from_slice(&close_frame(code, ""));
        self.then(Then::Hold)
    }
}

type PlanFn = dyn Fn(&Upgrade) -> Plan + Send + Sync;

struct Shared {
    plan: Box<PlanFn>,
    log: EventLog,
    published: AtomicI64,
    summaries: Mutex<VecDeque<serde_json::Value>>,
    /// (method, path) → scripted replies in order; the last one repeats.
    scripts: Mutex<HashMap<(String, String), VecDeque<Reply>>>,
    upgrades: Mutex<Vec<Recorded>>,
    http: Mutex<Vec<Recorded>>,
    silent: Mutex<Vec<Vec<u8>>>,
    written: AtomicU64,
}

/// A running server; it stops when dropped.
pub struct WsServer {
    addr: SocketAddr,
    tls: bool,
    shared: Arc<Shared>,
    tls_failures: TlsFailures,
    _shutdown: tokio::sync::oneshot::Sender<()>,
}

impl WsServer {
    /// Starts a server on 127.0.0.1 serving `log` and answering upgrades with `plan`.
    pub fn start(log: EventLog, plan: impl Fn(&Upgrade) -> Plan + Send + Sync + 'static) -> Self {
        Self::launch(None, log, plan)
    }

    /// Starts a server like [`start`](Self::start) that speaks HTTPS (and so `wss://`) with
    /// `ca`'s leaf certificate (valid for `127.0.0.1` and `localhost`), offering ALPN
    /// `http/1.1` only. A failed handshake drops that connection and is counted in
    /// [`tls_failures`](Self::tls_failures).
    pub fn start_tls(
        ca: &TestCa,
        log: EventLog,
        plan: impl Fn(&Upgrade) -> Plan + Send + Sync + 'static,
    ) -> Self {
        Self::launch(Some(ca.acceptor()), log, plan)
    }

    fn launch(
        tls: Option<TlsAcceptor>,
        log: EventLog,
        plan: impl Fn(&Upgrade) -> Plan + Send + Sync + 'static,
    ) -> Self {
        let shared = Arc::new(Shared {
            plan: Box::new(plan),
            log,
            published: AtomicI64::new(0),
            summaries: Mutex::new(VecDeque::new()),
            scripts: Mutex::new(HashMap::new()),
            upgrades: Mutex::new(Vec::new()),
            http: Mutex::new(Vec::new()),
            silent: Mutex::new(Vec::new()),
            written: AtomicU64::new(0),
        });
        let tls_failures = TlsFailures::default();
        let listening = Listening {
            tls: tls.clone(),
            nodelay: true,
            tls_failures: tls_failures.clone(),
        };
        let (addr, shutdown) = listening.spawn(ServeStream(shared.clone()));
        Self {
            addr,
            tls: tls.is_some(),
            shared,
            tls_failures,
            _shutdown: shutdown,
        }
    }

    /// `http://127.0.0.1:<port>`, or `https://127.0.0.1:<port>` when started with TLS.
    pub fn url(&self) -> String {
        let scheme = if self.tls { "https" } else { "http" };
        format!("{scheme}://{}", self.addr)
    }

    /// The address the server listens on.
    pub fn addr(&self) -> SocketAddr {
        self.addr
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

    /// A client builder for this server with a PAT, tenant `acme` and project `proj_1`.
    pub fn client_builder(&self) -> agentruntime::ClientBuilder {
        agentruntime::Client::builder()
            .base_url(self.url())
            .pat("pat_test_secret_0123456789")
            .tenant("acme")
            .project("proj_1")
    }

    /// Replies of `get_run_summary`, in order; the last one repeats.
    pub fn summaries(&self, replies: impl IntoIterator<Item = serde_json::Value>) {
        *self.shared.summaries.lock().unwrap() = replies.into_iter().collect();
    }

    /// Replies to plain `method path` requests with these replies in order (the last one
    /// repeats), like [`HttpServer::on`](crate::HttpServer::on); a scripted route takes
    /// precedence over the built-in event-log and summary routes.
    pub fn on(&self, method: &str, path: &str, replies: impl IntoIterator<Item = Reply>) {
        let replies: VecDeque<Reply> = replies.into_iter().collect();
        assert!(!replies.is_empty(), "a script needs at least one reply");
        self.shared
            .scripts
            .lock()
            .unwrap()
            .insert((method.to_owned(), path.to_owned()), replies);
    }

    /// Makes the log visible to `list_run_events` up to this sequence.
    pub fn publish(&self, sequence: i64) {
        self.shared.published.fetch_max(sequence, Ordering::SeqCst);
    }

    /// Every upgrade request received so far.
    pub fn upgrades(&self) -> Vec<Recorded> {
        self.shared.upgrades.lock().unwrap().clone()
    }

    /// Every plain HTTP request received so far.
    pub fn http_requests(&self) -> Vec<Recorded> {
        self.shared.http.lock().unwrap().clone()
    }

    /// What clients sent on silent connections, one entry per connection once it ended.
    pub fn silent_reads(&self) -> Vec<Vec<u8>> {
        self.shared.silent.lock().unwrap().clone()
    }

    /// Bytes written so far by [`Then::Stream`] connections.
    pub fn streamed_bytes(&self) -> u64 {
        self.shared.written.load(Ordering::SeqCst)
    }
}

/// The stream server's connections.
#[derive(Clone)]
struct ServeStream(Arc<Shared>);

impl Serve for ServeStream {
    fn serve(self, socket: impl Socket) -> impl Future<Output = ()> + Send {
        serve(socket, self.0)
    }
}

async fn serve(mut socket: impl Socket, shared: Arc<Shared>) {
    let mut buffer = Vec::new();
    loop {
        let Some(request) = read_head(&mut socket, &mut buffer).await else {
            return;
        };
        let upgrade = request
            .header("upgrade")
            .is_some_and(|v| v.eq_ignore_ascii_case("websocket"));
        if upgrade {
            let index = {
                let mut upgrades = shared.upgrades.lock().unwrap();
                upgrades.push(request.clone());
                upgrades.len() - 1
            };
            let plan = (shared.plan)(&Upgrade {
                index,
                request: request.clone(),
            });
            serve_upgrade(socket, &request, plan, &shared).await;
            return;
        }
        shared.http.lock().unwrap().push(request.clone());
        let scripted = {
            let mut scripts = shared.scripts.lock().unwrap();
            let key = (request.method.clone(), request.path.clone());
            scripts.get_mut(&key).and_then(|queue| {
                if queue.len() > 1 {
                    queue.pop_front()
                } else {
                    queue.front().cloned()
                }
            })
        };
        if let Some(reply) = scripted {
            if !act(&mut socket, reply).await {
                return;
            }
            continue;
        }
        let (status, body) = answer(&request, &shared);
        let body = serde_json::to_vec(&body).expect("serialisable");
        let head = format!(
            "HTTP/1.1 {status} {}\r\ncontent-type: application/json\r\ncontent-length: {}\r\n\r\n",
            reason(status),
            body.len()
        );
        let mut bytes = head.into_bytes();
        bytes.extend_from_slice(&body);
        if !send(&mut socket, &bytes).await {
            return;
        }
    }
}

/// The HTTP routes: the run's event log and its summary.
fn answer(request: &Recorded, shared: &Shared) -> (u16, serde_json::Value) {
    let segments: Vec<&str> = request.path.trim_matches('/').split('/').collect();
    match segments.as_slice() {
        ["v1", "workflows", _, "runs", _, "events"] => {
            let params = request.query_pairs();
            let param = |name: &str| {
                params
                    .iter()
                    .find(|(k, _)| k == name)
                    .map(|(_, v)| v.clone())
            };
            let published = shared
                .published
                .load(Ordering::SeqCst)
                .min(shared.log.len());
            let mut start = param("after").and_then(|a| sequence_of(&a)).unwrap_or(0) + 1;
            if let Some(token) = param("cursor") {
                start = token.parse().unwrap_or(start);
            }
            let limit: i64 = param("limit").and_then(|l| l.parse().ok()).unwrap_or(50);
            let end = published.min(start + limit - 1);
            let items: Vec<serde_json::Value> = (start..=end)
                .map(|s| serde_json::from_str(shared.log.json(s)).expect("log JSON"))
                .collect();
            let next = (end < published).then(|| (end + 1).to_string());
            (
                200,
                serde_json::json!({"events": items, "next_cursor": next}),
            )
        }
        ["v1", "workflows", _, "runs", _, "summary"] => {
            let mut summaries = shared.summaries.lock().unwrap();
            let reply = if summaries.len() > 1 {
                summaries.pop_front()
            } else {
                summaries.front().cloned()
            };
            match reply {
                Some(body) => (200, body),
                None => (404, serde_json::json!({"error": "no summary scripted"})),
            }
        }
        _ => (404, serde_json::json!({"error": "no such route"})),
    }
}

async fn serve_upgrade(mut socket: impl Socket, request: &Recorded, plan: Plan, shared: &Shared) {
    if let Some((status, body)) = plan.refuse {
        let body = serde_json::to_vec(&body).expect("serialisable");
        let head = format!(
            "HTTP/1.1 {status} {}\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n\r\n",
            reason(status),
            body.len()
        );
        let mut bytes = head.into_bytes();
        bytes.extend_from_slice(&body);
        let _ = send(&mut socket, &bytes).await;
        let _ = socket.shutdown().await;
        return;
    }
    let key = request.header("sec-websocket-key").unwrap_or_default();
    let mut head = format!(
        "HTTP/1.1 101 Switching Protocols\r\nupgrade: websocket\r\nconnection: Upgrade\r\nsec-websocket-accept: {}\r\n",
        derive_accept_key(key.as_bytes())
    );
    if let Some(resumed) = plan.resumed {
        head.push_str(&format!("x-agentruntime-resumed: {resumed}\r\n"));
    }
    head.push_str("\r\n");
    if let Some(sequence) = plan.publish {
        shared.published.fetch_max(sequence, Ordering::SeqCst);
    }
    let mut bytes = head.into_bytes();
    bytes.extend_from_slice(&plan.frames);
    if !send(&mut socket, &bytes).await {
        return;
    }
    match plan.then {
        Then::Drop => {
            // Over TLS this sends a `close_notify` before the FIN.
            let _ = socket.shutdown().await;
        }
        Then::Reset => {
            socket.set_reset_on_drop();
        }
        Then::Silent => {
            let mut seen = Vec::new();
            let mut chunk = [0u8; 4096];
            let deadline = Instant::now() + Duration::from_secs(30);
            loop {
                let left = deadline.saturating_duration_since(Instant::now());
                match tokio::time::timeout(left, socket.read(&mut chunk)).await {
                    Ok(Ok(n)) if n > 0 => seen.extend_from_slice(&chunk[..n]),
                    _ => break,
                }
            }
            shared.silent.lock().unwrap().push(seen);
        }
        Then::Hold => {
            let mut ws = WebSocketStream::from_raw_socket(socket, Role::Server, None).await;
            while let Some(Ok(_)) = ws.next().await {}
        }
        Then::Close(_, _) | Then::CloseWithoutCode => {
            let frame = match plan.then {
                Then::Close(code, reason) => Some(CloseFrame {
                    code: code.into(),
                    reason: reason.into(),
                }),
                _ => None,
            };
            let mut ws = WebSocketStream::from_raw_socket(socket, Role::Server, None).await;
            let _ = ws.close(frame).await;
            let _ = tokio::time::timeout(Duration::from_secs(10), async {
                while let Some(Ok(_)) = ws.next().await {}
            })
            .await;
        }
        Then::Stream(bytes) => {
            for chunk in bytes.chunks(64 * 1024) {
                if !send(&mut socket, chunk).await {
                    return;
                }
                shared
                    .written
                    .fetch_add(chunk.len() as u64, Ordering::SeqCst);
            }
            let mut ws = WebSocketStream::from_raw_socket(socket, Role::Server, None).await;
            let _ = ws
                .close(Some(CloseFrame {
                    code: 1000.into(),
                    reason: "".into(),
                }))
                .await;
            let _ = tokio::time::timeout(Duration::from_secs(10), async {
                while let Some(Ok(_)) = ws.next().await {}
            })
            .await;
        }
    }
}

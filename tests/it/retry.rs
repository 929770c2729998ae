//! The retry policy against a fault-injecting loopback server: which failures are retried for
//! which operations, how long the client waits (tokio's paused clock; the server lives in real
//! time on its own thread), and when it stops.

use std::time::{Duration, SystemTime};

use agentruntime::types::{RunCommand, StartRunParams};
use agentruntime::{Client, ErrorKind, RetryPolicy, Timeouts};
use agentruntime_tests::{HttpServer, LogCapture, Reply};
use serde_json::json;

fn workflow() -> serde_json::Value {
    agentruntime_tests::workflow_json("wf_1")
}

/// A client with the default policy and no timeouts: on a paused clock, a pending timeout
/// timer would be auto-advanced while the client waits on the (real-time) server.
fn client(url: &str, policy: RetryPolicy) -> Client {
    Client::builder()
        .base_url(url)
        .pat("pat_retry_secret")
        .tenant("acme")
        .project("proj_1")
        .retry(policy)
        .timeouts(Timeouts::none())
        .build()
        .unwrap()
}

fn start_command() -> RunCommand {
    RunCommand::Start(StartRunParams::default())
}

/// The `delay_ms` of every "retrying request" event, in order.
fn retry_delays(logs: &LogCapture) -> Vec<u64> {
    logs.lines_with("retrying request")
        .iter()
        .map(|line| {
            let at = line.find("delay_ms=").expect("delay_ms field") + "delay_ms=".len();
            line[at..]
                .split(|c: char| !c.is_ascii_digit())
                .next()
                .unwrap()
                .parse()
                .unwrap()
        })
        .collect()
}

#[tokio::test(start_paused = true)]
async fn idempotent_reads_retry_5xx_until_success() {
    let server = HttpServer::start();
    server.on(
        "GET",
        "/v1/workflows/wf_1",
        [
            Reply::status(503),
            Reply::status(502),
            Reply::json(200, workflow()),
        ],
    );
    let logs = LogCapture::start();
    let response = client(&server.url(), RetryPolicy::default())
        .get_workflow("wf_1")
        .send()
        .await
        .unwrap();
    assert_eq!(response.id, "wf_1");
    assert_eq!(
        server.requests().len(),
        3,
        "attempts as counted by the server"
    );

    // Full jitter: the n-th retry waits a random time in [0, min(0.5 s × 2^n, 8 s)].
    let delays = retry_delays(&logs);
    assert_eq!(delays.len(), 2);
    assert!(delays[0] <= 500, "{delays:?}");
    assert!(delays[1] <= 1000, "{delays:?}");
    let events = logs.lines_with("retrying request");
    assert!(events[0].contains("operation=\"get_workflow\"") && events[0].contains("attempt=1"));
    assert!(events[0].contains("reason=status 503"), "{}", events[0]);
}

#[tokio::test(start_paused = true)]
async fn at_most_three_attempts_then_the_last_error() {
    let server = HttpServer::start();
    server.on(
        "GET",
        "/v1/workflows/wf_1",
        [Reply::status(503).header("x-request-id", "req_3")],
    );
    let error = client(&server.url(), RetryPolicy::default())
        .get_workflow("wf_1")
        .send()
        .await
        .unwrap_err();
    assert_eq!(error.kind(), ErrorKind::Server);
    assert_eq!(error.status().map(|s| s.as_u16()), Some(503));
    assert_eq!(error.attempts(), 3);
    assert_eq!(error.request_id(), Some("req_3"));
    assert_eq!(server.requests().len(), 3);
}

#[tokio::test(start_paused = true)]
async fn a_run_start_is_never_sent_twice_after_a_5xx() {
    let server = HttpServer::start();
    server.on("POST", "/v1/workflows/wf_1/command", [Reply::status(503)]);
    let error = client(&server.url(), RetryPolicy::default())
        .run_workflow_command("wf_1", start_command())
        .send()
        .await
        .unwrap_err();
    assert_eq!(error.kind(), ErrorKind::Server);
    let sent = server.requests_to("/v1/workflows/wf_1/command");
    assert_eq!(sent.len(), 1, "POST start sent exactly once under 503");
    assert_eq!(sent[0].json()["command"], "start");
}

#[tokio::test(start_paused = true)]
async fn any_operation_retries_a_429_the_server_did_not_process() {
    let server = HttpServer::start();
    server.on(
        "POST",
        "/v1/workflows/wf_1/command",
        [
            Reply::status(429).header("retry-after", "1"),
            Reply::json(200, json!({"run_id": "run_1", "status": "running"})),
        ],
    );
    let logs = LogCapture::start();
    let result = client(&server.url(), RetryPolicy::default())
        .run_workflow_command("wf_1", start_command())
        .send()
        .await
        .unwrap();
    assert_eq!(result.run_id.as_deref(), Some("run_1"));
    assert_eq!(server.requests().len(), 2);
    assert_eq!(
        retry_delays(&logs),
        vec![1000],
        "Retry-After in seconds is honoured exactly"
    );
}

#[tokio::test(start_paused = true)]
async fn retry_after_as_an_http_date_and_retry_after_ms() {
    let server = HttpServer::start();
    let date = httpdate::fmt_http_date(SystemTime::now() + Duration::from_secs(3));
    server.on(
        "GET",
        "/v1/workflows/wf_1",
        [
            Reply::status(503).header("retry-after", &date),
            Reply::status(503)
                .header("retry-after-ms", "1500")
                .header("retry-after", "9"),
            Reply::json(200, workflow()),
        ],
    );
    let logs = LogCapture::start();
    client(&server.url(), RetryPolicy::default())
        .get_workflow("wf_1")
        .send()
        .await
        .unwrap();
    let delays = retry_delays(&logs);
    assert_eq!(delays.len(), 2);
    // An HTTP date has one-second resolution: "in 3 s" means 2–3 s from when it was written,
    // less however long the loaded machine took to deliver the 503 (seen: 180 ms). Anything
    // above 1 s is the date's doing: the policy's own first backoff is at most 0.5 s.
    assert!((1000..=3000).contains(&delays[0]), "{delays:?}");
    assert_eq!(
        delays[1], 1500,
        "retry-after-ms takes precedence over Retry-After"
    );
}

#[tokio::test(start_paused = true)]
async fn a_hint_longer_than_60_s_stops_retrying_and_the_error_carries_it() {
    let server = HttpServer::start();
    server.on(
        "GET",
        "/v1/workflows/wf_1",
        [Reply::status(429).header("retry-after", "120")],
    );
    let error = client(&server.url(), RetryPolicy::default())
        .get_workflow("wf_1")
        .send()
        .await
        .unwrap_err();
    assert_eq!(error.kind(), ErrorKind::RateLimited);
    assert_eq!(error.retry_after(), Some(Duration::from_secs(120)));
    assert_eq!(server.requests().len(), 1);
    assert!(error.to_string().contains("retry after 120.0 s"), "{error}");
}

#[tokio::test(start_paused = true)]
async fn refused_connections_are_retried_even_for_a_run_start() {
    // Bind a port, then free it: nothing listens there, so every connect is refused.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let logs = LogCapture::start();
    let error = client(&format!("http://127.0.0.1:{port}"), RetryPolicy::default())
        .run_workflow_command("wf_1", start_command())
        .send()
        .await
        .unwrap_err();
    assert_eq!(error.kind(), ErrorKind::Connect);
    assert_eq!(
        error.attempts(),
        3,
        "the server provably saw nothing, so retrying is safe"
    );
    assert_eq!(retry_delays(&logs).len(), 2);
    assert!(logs.text().contains("reason=connection not established"));
}

#[tokio::test(start_paused = true)]
async fn a_reset_connection_is_retried_for_reads_only() {
    let server = HttpServer::start();
    server.on(
        "GET",
        "/v1/workflows/wf_1",
        [Reply::reset(), Reply::json(200, workflow())],
    );
    server.on("POST", "/v1/workflows/wf_1/command", [Reply::reset()]);
    let client = client(&server.url(), RetryPolicy::default());

    client.get_workflow("wf_1").send().await.unwrap();
    assert_eq!(server.requests_to("/v1/workflows/wf_1").len(), 2);

    let error = client
        .run_workflow_command("wf_1", start_command())
        .send()
        .await
        .unwrap_err();
    assert_eq!(error.kind(), ErrorKind::Connect);
    assert_eq!(server.requests_to("/v1/workflows/wf_1/command").len(), 1);
}

#[tokio::test]
async fn a_slow_response_times_out_and_only_reads_are_retried() {
    let server = HttpServer::start();
    let slow = Duration::from_secs(5);
    server.on(
        "GET",
        "/v1/workflows/wf_1",
        [Reply::json(200, workflow()).after(slow)],
    );
    server.on(
        "POST",
        "/v1/workflows/wf_1/command",
        [Reply::json(200, json!({})).after(slow)],
    );
    let client = Client::builder()
        .base_url(server.url())
        .pat("pat_retry_secret")
        .tenant("acme")
        .project("proj_1")
        .attempt_timeout(Duration::from_millis(150))
        .retry(RetryPolicy::default().initial_backoff(Duration::from_millis(10)))
        .build()
        .unwrap();

    let error = client.get_workflow("wf_1").send().await.unwrap_err();
    assert_eq!(error.kind(), ErrorKind::Timeout);
    assert_eq!(error.attempts(), 3);
    assert_eq!(server.requests_to("/v1/workflows/wf_1").len(), 3);

    let error = client
        .run_workflow_command("wf_1", start_command())
        .send()
        .await
        .unwrap_err();
    assert_eq!(error.kind(), ErrorKind::Timeout);
    assert_eq!(
        error.attempts(),
        1,
        "a run start is never re-sent after a timeout"
    );
}

// Real time: the deadline also bounds each attempt with a timer, which a paused clock would fire
// while the client waits on the server.
#[tokio::test]
async fn the_deadline_bounds_all_attempts_and_waits() {
    let server = HttpServer::start();
    server.on(
        "GET",
        "/v1/workflows/wf_1",
        [Reply::status(503).header("retry-after", "2")],
    );
    let error = client(
        &server.url(),
        RetryPolicy::default().deadline(Duration::from_secs(1)),
    )
    .get_workflow("wf_1")
    .send()
    .await
    .unwrap_err();
    assert_eq!(error.kind(), ErrorKind::Server);
    assert_eq!(
        server.requests().len(),
        1,
        "a 2 s wait does not fit a 1 s deadline"
    );
}

#[tokio::test(start_paused = true)]
async fn retries_can_be_turned_off() {
    let server = HttpServer::start();
    server.on("GET", "/v1/workflows/wf_1", [Reply::status(503)]);
    let error = client(&server.url(), RetryPolicy::none())
        .get_workflow("wf_1")
        .send()
        .await
        .unwrap_err();
    assert_eq!(error.attempts(), 1);
    assert_eq!(server.requests().len(), 1);
}

#[tokio::test(start_paused = true)]
async fn a_body_that_cannot_be_cloned_is_sent_once() {
    use progenitor_client::{ClientHooks, OperationInfo};
    let server = HttpServer::start();
    server.on(
        "PUT",
        "/v1/workflows/wf_1/connection-overrides",
        [Reply::status(503)],
    );
    let client = client(&server.url(), RetryPolicy::default());
    // replace_connection_overrides is a PUT (idempotent), but a streamed body cannot be replayed.
    let chunks = futures::stream::iter([Ok::<_, std::io::Error>(bytes::Bytes::from_static(
        b"{\"overrides\":[]}",
    ))]);
    let request = reqwest::Client::new()
        .put(format!(
            "{}/v1/workflows/wf_1/connection-overrides",
            server.url()
        ))
        .body(reqwest::Body::wrap_stream(chunks))
        .build()
        .unwrap();
    let info = OperationInfo {
        operation_id: "replace_connection_overrides",
    };
    let response = client.exec(request, &info).await.unwrap();
    assert_eq!(response.status(), 503);
    assert_eq!(server.requests().len(), 1);
}

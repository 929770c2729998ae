//! One transport for REST and the WebSocket stream: the same trusted roots (a private CA made at
//! test time), the same proxy, the same custom `reqwest` client; and no credential in any log,
//! the dependencies' `log` records included, at TRACE level.

use std::time::Duration;

use agentruntime::{Certificate, ErrorKind, Proxy, RunEventStream, StreamOptions};
use agentruntime_tests::ws::{EventLog, Plan, RUN_ID, WORKFLOW_ID, WsServer};
use agentruntime_tests::{LogCapture, TestCa};
use serde_json::json;

const PAT: &str = "pat_test_secret_0123456789";

fn summary() -> serde_json::Value {
    json!({
        "run_id": RUN_ID, "workflow_id": WORKFLOW_ID, "status": "running",
        "orchestration_phase": "executing", "run_complete": false
    })
}

fn certificate(ca: &TestCa) -> Certificate {
    Certificate::from_pem(ca.ca_pem().as_bytes()).expect("CA PEM")
}

fn quick() -> StreamOptions {
    StreamOptions::default()
        .initial_backoff(Duration::from_millis(5))
        .max_backoff(Duration::from_millis(20))
}

/// A server that serves three events and closes normally, plus a summary.
fn events_server(ca: Option<&TestCa>) -> WsServer {
    let log = EventLog::generate(3);
    let plan_log = log.clone();
    let plan = move |_: &_| Plan::accept().events(&plan_log, 1..=3).close(1000);
    let server = match ca {
        Some(ca) => WsServer::start_tls(ca, log, plan),
        None => WsServer::start(log, plan),
    };
    server.summaries([summary()]);
    server
}

/// Opens the run's event stream with quick reconnects.
async fn connect(client: &agentruntime::Client) -> Result<RunEventStream, agentruntime::Error> {
    client
        .stream_workflow_events(WORKFLOW_ID)
        .run_id(RUN_ID)
        .options(quick())
        .connect()
        .await
}

async fn drain(mut events: RunEventStream) -> Vec<i64> {
    let mut sequences = Vec::new();
    while let Some(event) = events.next().await {
        sequences.push(event.expect("an event").sequence.expect("sequenced"));
    }
    sequences
}

#[tokio::test]
async fn rest_and_stream_trust_a_root_added_on_the_builder() {
    let ca = TestCa::new();
    let server = events_server(Some(&ca));
    assert!(server.url().starts_with("https://"));
    let client = server
        .client_builder()
        .add_root_certificate(certificate(&ca))
        .build()
        .unwrap();
    let summary = client
        .get_run_summary(WORKFLOW_ID, RUN_ID)
        .send()
        .await
        .unwrap();
    assert_eq!(summary.status().as_u16(), 200);
    let events = connect(&client).await.expect("wss:// with the same root");
    assert_eq!(drain(events).await, [1, 2, 3]);
    assert_eq!(server.upgrades().len(), 1);
    assert_eq!(server.tls_failures(), 0);
}

#[tokio::test]
async fn without_the_root_both_fail_and_the_stream_does_not_retry_a_bad_certificate() {
    let ca = TestCa::new();
    let server = events_server(Some(&ca));
    let client = server.client_builder().build().unwrap();
    let rest = client
        .get_run_summary(WORKFLOW_ID, RUN_ID)
        .send()
        .await
        .unwrap_err();
    assert_eq!(rest.kind(), ErrorKind::Connect, "{rest}");
    let stream = connect(&client).await.unwrap_err();
    assert_eq!(stream.kind(), ErrorKind::Connect, "{stream}");
    assert_eq!(stream.attempts(), 1, "a certificate error is not retried");
    assert!(server.upgrades().is_empty());
    assert!(
        server.tls_failures() >= 2,
        "{:?}",
        server.tls_failure_reasons()
    );
}

#[tokio::test]
async fn a_custom_http_client_carries_its_trust_to_the_stream() {
    let ca = TestCa::new();
    let server = events_server(Some(&ca));
    let http = reqwest::Client::builder()
        .tls_certs_merge([certificate(&ca)])
        .build()
        .unwrap();
    let client = server.client_builder().http_client(http).build().unwrap();
    client
        .get_run_summary(WORKFLOW_ID, RUN_ID)
        .send()
        .await
        .unwrap();
    let events = connect(&client)
        .await
        .expect("the custom client's roots apply to the upgrade");
    assert_eq!(drain(events).await, [1, 2, 3]);
}

#[tokio::test]
async fn a_proxy_set_on_the_builder_carries_rest_calls_and_the_upgrade() {
    let server = events_server(None);
    let client = agentruntime::Client::builder()
        .base_url("http://api.agentruntime.test")
        .pat(PAT)
        .tenant("acme")
        .project("proj_1")
        .proxy(Proxy::http(server.url()).unwrap())
        .build()
        .unwrap();
    client
        .get_run_summary(WORKFLOW_ID, RUN_ID)
        .send()
        .await
        .unwrap();
    let events = connect(&client)
        .await
        .expect("the upgrade goes through the proxy");
    assert_eq!(drain(events).await, [1, 2, 3]);
    let rest = &server.http_requests()[0];
    assert_eq!(
        rest.absolute_authority.as_deref(),
        Some("api.agentruntime.test")
    );
    let upgrade = &server.upgrades()[0];
    assert_eq!(
        upgrade.absolute_authority.as_deref(),
        Some("api.agentruntime.test")
    );
    assert_eq!(
        upgrade.header("authorization"),
        Some(&*format!("Bearer {PAT}"))
    );
}

#[tokio::test]
async fn no_credential_reaches_any_log_at_trace_level() {
    let logs = LogCapture::start();
    let ca = TestCa::new();
    let cookie = "session=cookie_secret_abcdef0123";
    for credentials in ["pat", "cookie"] {
        let server = events_server(Some(&ca));
        let builder = agentruntime::Client::builder()
            .base_url(server.url())
            .tenant("acme")
            .project("proj_1")
            .add_root_certificate(certificate(&ca));
        let client = match credentials {
            "pat" => builder.pat(PAT),
            _ => builder.session_cookie(cookie),
        }
        .build()
        .unwrap();
        client
            .get_run_summary(WORKFLOW_ID, RUN_ID)
            .send()
            .await
            .unwrap();
        let events = connect(&client).await.unwrap();
        assert_eq!(drain(events).await, [1, 2, 3]);
        let upgrade = &server.upgrades()[0];
        assert!(
            upgrade.header("authorization").is_some() || upgrade.header("cookie").is_some(),
            "the credential was sent"
        );
    }
    let text = logs.text();
    // The capture sees the dependencies' `log` records (rustls's handshake) and our spans.
    assert!(text.contains("rustls"), "log records are captured:\n{text}");
    assert!(text.contains("agentruntime.request"), "{text}");
    for secret in ["pat_test_secret", "cookie_secret"] {
        assert!(!text.contains(secret), "{secret} leaked:\n{text}");
    }
}

#[tokio::test]
async fn a_message_above_the_stream_limit_is_refused() {
    let big = json!({"padding": "x".repeat(4096)}).to_string();
    let log = EventLog::generate(1);
    let server = WsServer::start(log, move |_| Plan::accept().text(&big).close(1000));
    let client = server.client_builder().build().unwrap();
    assert_eq!(
        StreamOptions::default().get_max_message_size(),
        16 * 1024 * 1024
    );
    let options = quick().max_message_size(1024).max_reconnect_attempts(0);
    assert_eq!(options.get_max_message_size(), 1024);
    let mut events = client
        .stream_workflow_events(WORKFLOW_ID)
        .run_id(RUN_ID)
        .options(options)
        .connect()
        .await
        .unwrap();
    let error = events
        .next()
        .await
        .expect("an item")
        .expect_err("the frame is too large");
    assert!(
        error.to_string().contains("too long") || error.to_string().contains("size"),
        "{error}"
    );
}

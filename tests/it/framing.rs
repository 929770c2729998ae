//! Streamed bodies as streams of items, against a loopback server that writes each body in
//! pieces the client reads apart: Server-Sent Events (`stream_autopilot_response(..).events()`)
//! and NDJSON (`stream_agent_turn(..).lines()`), split at every byte boundary, resumed with
//! `Last-Event-ID` after a dropped connection, and bounded in memory.

use agentruntime::{ErrorKind, RetryPolicy, SseEvent};
use agentruntime_tests::{HttpServer, Reply, client_for};
use futures::TryStreamExt;
use serde_json::{Value, json};

const SSE_PATH: &str = "/v1/autopilot/stream";
const TURN_PATH: &str = "/v1/workflows/wf_1/runs/run_1/steps/s1/turns/t1/stream";

/// One reply per byte boundary of `body`, written as the two pieces either side of it.
fn every_split(body: &[u8], content_type: &str) -> Vec<Reply> {
    (0..=body.len())
        .map(|cut| {
            Reply::pieces(
                200,
                content_type,
                vec![body[..cut].to_vec(), body[cut..].to_vec()],
            )
        })
        .collect()
}

/// Event names and data, what a caller reads.
fn names_and_data(events: &[SseEvent]) -> Vec<(String, String)> {
    events
        .iter()
        .map(|e| (e.event.clone(), e.data.clone()))
        .collect()
}

#[tokio::test]
async fn server_sent_events_decode_the_same_at_every_split() {
    let body = ": keep-alive\r\nevent: token\r\ndata: {\"delta\": \"Caf\u{e9} \u{20ac}\"}\r\n\r\nevent: token\ndata: {\"delta\": \"two\"}\n\nevent: done\rdata: {\"message_id\": \"m1\"}\r\r"
        .as_bytes()
        .to_vec();
    let server = HttpServer::start();
    server.on("GET", SSE_PATH, every_split(&body, "text/event-stream"));
    let client = client_for(&server, RetryPolicy::none());
    for cut in 0..=body.len() {
        let events: Vec<SseEvent> = client
            .stream_autopilot_response("th_1")
            .events()
            .await
            .unwrap()
            .try_collect()
            .await
            .unwrap_or_else(|e| panic!("cut at {cut}: {e}"));
        assert_eq!(
            names_and_data(&events),
            [
                ("token", "{\"delta\": \"Caf\u{e9} \u{20ac}\"}"),
                ("token", "{\"delta\": \"two\"}"),
                ("done", "{\"message_id\": \"m1\"}"),
            ]
            .map(|(n, d)| (n.to_owned(), d.to_owned())),
            "cut at {cut}"
        );
        assert_eq!(events[0].json::<Value>().unwrap()["delta"], "Café €");
    }
    let requests = server.requests_to(SSE_PATH);
    assert_eq!(
        requests[0].query_pairs(),
        [("thread_id".into(), "th_1".into())]
    );
}

#[tokio::test]
async fn a_dropped_event_stream_resumes_after_the_last_id() {
    let server = HttpServer::start();
    let first = "retry: 10\nid: 1\nevent: token\ndata: one\n\nid: 2\nevent: token\ndata: two\n\nid: 3\nevent: tok";
    let second = "id: 3\nevent: token\ndata: three\n\nevent: done\ndata: {}\n\n";
    server.on(
        "GET",
        SSE_PATH,
        [
            Reply::pieces_then_reset(200, "text/event-stream", vec![first.into()]),
            Reply::pieces(200, "text/event-stream", vec![second.into()]),
        ],
    );
    let client = client_for(&server, RetryPolicy::none());
    let events: Vec<SseEvent> = client
        .stream_autopilot_response("th_1")
        .events()
        .await
        .unwrap()
        .try_collect()
        .await
        .unwrap();
    let data: Vec<&str> = events.iter().map(|e| e.data.as_str()).collect();
    assert_eq!(data, ["one", "two", "three", "{}"]);
    let requests = server.requests_to(SSE_PATH);
    assert_eq!(requests.len(), 2);
    assert_eq!(requests[0].header("last-event-id"), None);
    assert_eq!(requests[1].header("last-event-id"), Some("2"));
    // The resumed request is the same call: credentials, context and query again.
    assert_eq!(requests[1].header("x-tenant-id"), Some("acme"));
    assert_eq!(requests[1].query_pairs(), requests[0].query_pairs());
}

#[tokio::test]
async fn a_dropped_event_stream_without_ids_ends_with_a_connect_error() {
    let server = HttpServer::start();
    server.on(
        "GET",
        SSE_PATH,
        [Reply::pieces_then_reset(
            200,
            "text/event-stream",
            vec![b"event: token\ndata: one\n\n".to_vec()],
        )],
    );
    let client = client_for(&server, RetryPolicy::none());
    let mut events = client
        .stream_autopilot_response("th_1")
        .events()
        .await
        .unwrap();
    assert_eq!(events.try_next().await.unwrap().unwrap().data, "one");
    let error = events.try_next().await.unwrap_err();
    assert_eq!(error.kind(), ErrorKind::Connect);
    assert!(
        error.to_string().contains("stream_autopilot_response"),
        "{error}"
    );
    assert!(events.try_next().await.unwrap().is_none());
    assert_eq!(server.requests_to(SSE_PATH).len(), 1);
}

#[tokio::test]
async fn json_lines_decode_the_same_at_every_split() {
    let body =
        "{\"turn_id\":\"t1\",\"message\":\"Caf\u{e9}\"}\r\n\n{\"turn_id\":\"t1\",\"done\":true}"
            .as_bytes()
            .to_vec();
    let server = HttpServer::start();
    server.on("GET", TURN_PATH, every_split(&body, "application/x-ndjson"));
    let client = client_for(&server, RetryPolicy::none());
    for cut in 0..=body.len() {
        let lines: Vec<Value> = client
            .stream_agent_turn("wf_1", "run_1", "s1", "t1")
            .lines()
            .await
            .unwrap()
            .try_collect()
            .await
            .unwrap_or_else(|e| panic!("cut at {cut}: {e}"));
        assert_eq!(
            lines,
            [
                json!({"turn_id": "t1", "message": "Café"}),
                json!({"turn_id": "t1", "done": true})
            ],
            "cut at {cut}"
        );
    }
}

#[tokio::test]
async fn a_line_past_the_limit_or_not_json_is_a_decode_error() {
    let server = HttpServer::start();
    let long = format!("{{\"pad\":\"{}\"}}\n", "x".repeat(1 << 20));
    server.on(
        "GET",
        TURN_PATH,
        [
            Reply::pieces(200, "application/x-ndjson", vec![long.into_bytes()]),
            Reply::pieces(
                200,
                "application/x-ndjson",
                vec![b"{\"ok\":1}\nnot json\n".to_vec()],
            ),
        ],
    );
    let client = client_for(&server, RetryPolicy::none());
    let call = || client.stream_agent_turn("wf_1", "run_1", "s1", "t1");
    let error = call()
        .lines::<Value>()
        .await
        .unwrap()
        .try_collect::<Vec<_>>()
        .await
        .unwrap_err();
    assert_eq!(error.kind(), ErrorKind::Decode);
    assert!(
        error
            .to_string()
            .contains("exceeds the limit of 1048576 bytes"),
        "{error}"
    );

    let mut lines = call().lines::<Value>().await.unwrap();
    assert_eq!(lines.try_next().await.unwrap(), Some(json!({"ok": 1})));
    let error = lines.try_next().await.unwrap_err();
    assert_eq!(error.kind(), ErrorKind::Decode);
    assert_eq!(error.body_preview(), Some("not json"));
}

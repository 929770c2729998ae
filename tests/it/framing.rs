//! Streamed bodies as streams of typed items, against a loopback server that writes each body
//! in pieces the client reads apart: Server-Sent Events (`stream_autopilot_response(..).events()`,
//! each a `StreamAutopilotResponseEvent` by its event name) and NDJSON
//! (`stream_agent_turn(..).lines()`, each an `AgentTurnLine`), split at every byte boundary,
//! resumed with `Last-Event-ID` after a dropped connection, bounded in memory, and a malformed
//! item named by operation, event and field.

use agentruntime::types::{AgentTurnLine, StreamAutopilotResponseEvent as Event};
use agentruntime::{ErrorKind, RetryPolicy};
use agentruntime_tests::{HttpServer, Reply, client_for};
use futures::TryStreamExt;
use serde_json::json;

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

/// What a caller reads of each event: its name and the field that matters.
fn summary(events: &[Event]) -> Vec<String> {
    events
        .iter()
        .map(|e| match e {
            Event::Token(t) => format!("token {}", t.delta),
            Event::Action(a) => format!("action {} {:?}", a.type_, a.extra),
            Event::Done(d) => format!("done {}", d.message_id),
            Event::Error(e) => format!("error {}", e.error),
            Event::Unknown(raw) => format!("unknown {} {}", raw.event, raw.data),
            other => format!("{other:?}"),
        })
        .collect()
}

#[tokio::test]
async fn server_sent_events_decode_the_same_at_every_split() {
    let body = ": keep-alive\r\nevent: token\r\ndata: {\"delta\": \"Caf\u{e9} \u{20ac}\"}\r\n\r\nevent: heartbeat\ndata: 1\n\nevent: action\ndata: {\"type\": \"copilot_navigate\", \"tab\": \"runs\"}\n\nevent: done\rdata: {\"message_id\": \"m1\"}\r\r"
        .as_bytes()
        .to_vec();
    let server = HttpServer::start();
    server.on("GET", SSE_PATH, every_split(&body, "text/event-stream"));
    let client = client_for(&server, RetryPolicy::none());
    for cut in 0..=body.len() {
        let events: Vec<Event> = client
            .stream_autopilot_response("th_1")
            .events()
            .await
            .unwrap()
            .try_collect()
            .await
            .unwrap_or_else(|e| panic!("cut at {cut}: {e}"));
        assert_eq!(
            summary(&events),
            [
                "token Caf\u{e9} \u{20ac}",
                // An event the spec does not name is kept as it came.
                "unknown heartbeat 1",
                "action copilot_navigate {\"tab\": String(\"runs\")}",
                "done m1",
            ],
            "cut at {cut}"
        );
    }
    let requests = server.requests_to(SSE_PATH);
    assert_eq!(
        requests[0].query_pairs(),
        [("thread_id".into(), "th_1".into())]
    );
}

#[tokio::test]
async fn an_event_whose_data_is_not_its_type_is_a_decode_error_and_the_stream_goes_on() {
    let server = HttpServer::start();
    server.on(
        "GET",
        SSE_PATH,
        [Reply::pieces(
            200,
            "text/event-stream",
            vec![b"event: token\ndata: {\"delta\": 5}\n\nevent: done\ndata: {\"message_id\": \"m1\"}\n\n".to_vec()],
        )],
    );
    let client = client_for(&server, RetryPolicy::none());
    let mut events = client
        .stream_autopilot_response("th_1")
        .events()
        .await
        .unwrap();
    let error = events.try_next().await.unwrap_err();
    assert_eq!(error.kind(), ErrorKind::Decode);
    assert_eq!(error.decode_path(), Some("delta"));
    assert_eq!(error.body_preview(), Some("{\"delta\": 5}"));
    let text = error.to_string();
    assert!(text.contains("stream_autopilot_response"), "{text}");
    assert!(text.contains("`token` event"), "{text}");
    let next = events.try_next().await.unwrap();
    assert!(matches!(next, Some(Event::Done(d)) if d.message_id == "m1"));
}

#[tokio::test]
async fn a_dropped_event_stream_resumes_after_the_last_id() {
    let server = HttpServer::start();
    let token = |text: &str| format!("event: token\ndata: {{\"delta\": \"{text}\"}}\n\n");
    let first = format!(
        "retry: 10\nid: 1\n{}id: 2\n{}id: 3\nevent: tok",
        token("one"),
        token("two")
    );
    let second = format!(
        "id: 3\n{}event: done\ndata: {{\"message_id\": \"m1\"}}\n\n",
        token("three")
    );
    server.on(
        "GET",
        SSE_PATH,
        [
            Reply::pieces_then_reset(200, "text/event-stream", vec![first.into()]),
            Reply::pieces(200, "text/event-stream", vec![second.into()]),
        ],
    );
    let client = client_for(&server, RetryPolicy::none());
    let events: Vec<Event> = client
        .stream_autopilot_response("th_1")
        .events()
        .await
        .unwrap()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(
        summary(&events),
        ["token one", "token two", "token three", "done m1"]
    );
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
            vec![b"event: token\ndata: {\"delta\": \"one\"}\n\n".to_vec()],
        )],
    );
    let client = client_for(&server, RetryPolicy::none());
    let mut events = client
        .stream_autopilot_response("th_1")
        .events()
        .await
        .unwrap();
    let first = events.try_next().await.unwrap();
    assert!(matches!(first, Some(Event::Token(t)) if t.delta == "one"));
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
        "{\"turn_id\":\"t1\",\"message\":\"Caf\u{e9}\"}\r\n\n{\"turn_id\":\"t1\",\"done\":true,\"tokens\":3}"
            .as_bytes()
            .to_vec();
    let server = HttpServer::start();
    server.on("GET", TURN_PATH, every_split(&body, "application/x-ndjson"));
    let client = client_for(&server, RetryPolicy::none());
    for cut in 0..=body.len() {
        let lines: Vec<AgentTurnLine> = client
            .stream_agent_turn("wf_1", "run_1", "s1", "t1")
            .lines()
            .await
            .unwrap()
            .try_collect()
            .await
            .unwrap_or_else(|e| panic!("cut at {cut}: {e}"));
        let read: Vec<_> = lines
            .iter()
            .map(|l| (l.turn_id.as_deref(), l.message.as_deref(), l.done))
            .collect();
        assert_eq!(
            read,
            [
                (Some("t1"), Some("Café"), None),
                (Some("t1"), None, Some(true))
            ],
            "cut at {cut}"
        );
        // Fields the spec does not type are kept.
        assert_eq!(
            lines[1].extra.get("tokens"),
            Some(&json!(3)),
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
                vec![b"{\"turn_id\":\"t1\"}\nnot json\n{\"done\":\"yes\"}\n".to_vec()],
            ),
        ],
    );
    let client = client_for(&server, RetryPolicy::none());
    let call = || client.stream_agent_turn("wf_1", "run_1", "s1", "t1");
    let error = call()
        .lines()
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

    let mut lines = call().lines().await.unwrap();
    let first = lines.try_next().await.unwrap().unwrap();
    assert_eq!(first.turn_id.as_deref(), Some("t1"));
    let error = lines.try_next().await.unwrap_err();
    assert_eq!(error.kind(), ErrorKind::Decode);
    assert_eq!(error.body_preview(), Some("not json"));
    // A line of the wrong type names the field.
    let error = lines.try_next().await.unwrap_err();
    assert_eq!(error.decode_path(), Some("done"));
    assert!(lines.try_next().await.unwrap().is_none());
}

//! Tests: the live run event stream (`stream_workflow_events`) and `wait_for_run`, against a
//! WebSocket + HTTP server on 127.0.0.1 (`support::ws`).

use std::sync::Arc;
use std::time::Duration;

use agentruntime::types::FailureCode;
use agentruntime::{ErrorKind, RunEvent, RunEventKind, RunStatus, StreamOptions, Timeouts};
use agentruntime_tests::LogCapture;
use agentruntime_tests::ws::{
    EventLog, Plan, RUN_ID, Then, WORKFLOW_ID, WsServer, event_id, sequence_of,
};

/// Reconnects without the production backoff, so the tests run in milliseconds.
fn quick() -> StreamOptions {
    StreamOptions::default()
        .initial_backoff(Duration::from_millis(5))
        .max_backoff(Duration::from_millis(20))
}

/// Reads the stream to its end: the events and the errors, in order.
async fn drain(
    mut events: agentruntime::RunEventStream,
) -> Vec<Result<RunEvent, agentruntime::Error>> {
    let mut out = Vec::new();
    while let Some(item) = events.next().await {
        out.push(item);
    }
    out
}

fn sequences(items: &[Result<RunEvent, agentruntime::Error>]) -> Vec<i64> {
    items
        .iter()
        .map(|item| match item {
            Ok(event) => event.sequence.expect("the test logs are sequenced"),
            Err(error) => panic!("unexpected error item: {error}"),
        })
        .collect()
}

/// The server's ending for connection `k` of the 10,000-event run: every kind of drop.
fn ending(k: i64) -> Then {
    match k % 7 {
        0 => Then::Drop,
        1 => Then::Reset,
        2 => Then::Close(1011, "internal error".into()),
        3 => Then::Close(1001, "going away".into()),
        4 => Then::Close(1012, "service restart".into()),
        5 => Then::Close(1013, "try again later".into()),
        _ => Then::CloseWithoutCode,
    }
}

#[tokio::test]
async fn ten_thousand_events_arrive_once_and_in_order_across_drops_replays_and_backfills() {
    const TOTAL: i64 = 10_000;
    let log = Arc::new(EventLog::generate(TOTAL));
    let plan_log = log.clone();
    let server = WsServer::start((*log).clone(), move |upgrade| {
        let cursor = upgrade.cursor_sequence();
        let k = cursor / 500;
        let end = ((k + 1) * 500).min(TOTAL);
        let (resumed, start) = match k {
            // Replays of events the client already has.
            3 | 7 | 12 => (Some(true), (cursor - 40).max(1)),
            // A refused resume: the server goes on live 100 events later.
            5 => (Some(false), cursor + 101),
            // A resume the server claims but with a hole: a sequence gap.
            9 => (Some(true), cursor + 31),
            // No header at all: not resumed.
            16 => (None, cursor + 1),
            _ => (Some(true), cursor + 1),
        };
        let mut plan = Plan::accept().events(&plan_log, start..=end);
        plan.resumed = if cursor == 0 { None } else { resumed };
        if end == TOTAL {
            plan.closing(1000)
        } else {
            plan.then(ending(k))
        }
    });
    let client = server.client_builder().build().unwrap();
    let events = client
        .stream_workflow_events(WORKFLOW_ID)
        .run_id(RUN_ID)
        .options(quick().backfill_page_size(40))
        .connect()
        .await
        .expect("connected");
    let items = drain(events).await;

    let received = sequences(&items);
    assert_eq!(received.len(), TOTAL as usize, "every event exactly once");
    assert!(
        received.iter().copied().eq(1..=TOTAL),
        "in order, without duplicates"
    );
    let last = items.last().unwrap().as_ref().unwrap();
    assert!(
        matches!(&last.kind, RunEventKind::StateChanged(change) if change.to == RunStatus::Completed)
    );

    // One connection per 500 events at least; each reconnect resumes from the last event.
    let upgrades = server.upgrades();
    assert!(upgrades.len() >= 20, "{} upgrades", upgrades.len());
    let mut previous = 0;
    for (n, upgrade) in upgrades.iter().enumerate() {
        let cursor = upgrade
            .query_pairs()
            .into_iter()
            .find(|(k, _)| k == "cursor")
            .map(|(_, v)| v);
        if n == 0 {
            assert_eq!(cursor, None);
            continue;
        }
        let sequence = sequence_of(&cursor.expect("reconnects send a cursor")).unwrap();
        assert!(
            sequence >= previous,
            "cursor went back: {sequence} < {previous}"
        );
        previous = sequence;
    }

    // The refused resume, the gap and the missing header were backfilled over HTTP, page by page.
    let backfills: Vec<(String, String)> = server
        .http_requests()
        .iter()
        .map(|r| {
            assert_eq!(
                r.path,
                format!("/v1/workflows/{WORKFLOW_ID}/runs/{RUN_ID}/events")
            );
            assert_eq!(r.header("x-project-id"), Some("proj_1"));
            let params = r.query_pairs();
            let get = |name: &str| {
                params
                    .iter()
                    .find(|(k, _)| k == name)
                    .map(|(_, v)| v.clone())
                    .unwrap_or_default()
            };
            assert_eq!(get("limit"), "40");
            (get("after"), get("cursor"))
        })
        .collect();
    let afters: Vec<&str> = backfills
        .iter()
        .filter(|(_, token)| token.is_empty())
        .map(|(after, _)| after.as_str())
        .collect();
    assert_eq!(
        afters,
        [event_id(2500), event_id(4500), event_id(8000)],
        "{backfills:?}"
    );
    assert!(
        backfills.iter().any(|(_, token)| !token.is_empty()),
        "a 101-event backfill takes several pages of 40"
    );
}

#[tokio::test]
async fn the_upgrade_request_carries_auth_context_and_user_agent() {
    let log = EventLog::generate(3);
    let plan_log = log.clone();
    let server = WsServer::start(log, move |_| {
        Plan::accept().events(&plan_log, 1..=3).closing(1000)
    });
    let client = server.client_builder().build().unwrap();
    let events = client
        .stream_workflow_events(WORKFLOW_ID)
        .run_id(RUN_ID)
        .cursor("evt_000000")
        .connect()
        .await
        .unwrap();
    assert_eq!(sequences(&drain(events).await), [1, 2, 3]);

    let upgrades = server.upgrades();
    assert_eq!(upgrades.len(), 1);
    let upgrade = &upgrades[0];
    assert_eq!(upgrade.method, "GET");
    assert_eq!(upgrade.path, format!("/v1/workflows/{WORKFLOW_ID}/stream"));
    assert_eq!(
        upgrade.query_pairs(),
        [
            ("run_id".to_owned(), RUN_ID.to_owned()),
            ("cursor".to_owned(), "evt_000000".to_owned())
        ]
    );
    assert_eq!(
        upgrade.header("authorization"),
        Some("Bearer pat_test_secret_0123456789")
    );
    assert_eq!(upgrade.header("x-tenant-id"), Some("acme"));
    assert_eq!(upgrade.header("x-project-id"), Some("proj_1"));
    assert!(
        upgrade
            .header("user-agent")
            .is_some_and(|ua| ua.starts_with("agentruntime-rust/")),
        "{:?}",
        upgrade.header("user-agent")
    );
    assert_eq!(upgrade.header("upgrade"), Some("websocket"));
}

#[tokio::test]
async fn a_session_cookie_client_sends_its_cookie_on_the_upgrade() {
    let log = EventLog::generate(1);
    let plan_log = log.clone();
    let server = WsServer::start(log, move |_| {
        Plan::accept().events(&plan_log, 1..=1).closing(1000)
    });
    let client = agentruntime::Client::builder()
        .base_url(server.url())
        .session_cookie("session=abc123")
        .tenant("acme")
        .project("proj_1")
        .build()
        .unwrap();
    let events = client
        .stream_workflow_events(WORKFLOW_ID)
        .connect()
        .await
        .unwrap();
    assert_eq!(sequences(&drain(events).await), [1]);
    let upgrade = &server.upgrades()[0];
    assert_eq!(upgrade.header("cookie"), Some("session=abc123"));
    assert_eq!(upgrade.header("authorization"), None);
    assert_eq!(upgrade.query, "", "no run filter, no cursor");
}

#[tokio::test]
async fn close_1000_ends_the_stream() {
    let log = EventLog::generate(3);
    let plan_log = log.clone();
    let server = WsServer::start(log, move |_| {
        Plan::accept().events(&plan_log, 1..=3).close(1000)
    });
    let client = server.client_builder().build().unwrap();
    let mut events = client
        .stream_workflow_events(WORKFLOW_ID)
        .run_id(RUN_ID)
        .options(quick())
        .connect()
        .await
        .unwrap();
    let mut received = Vec::new();
    while let Some(event) = events.next().await {
        received.push(event.unwrap().sequence.unwrap());
    }
    assert_eq!(received, [1, 2, 3]);
    assert!(futures::stream::FusedStream::is_terminated(&events));
    assert!(events.next().await.is_none());
    assert_eq!(events.cursor(), Some(event_id(3).as_str()));
    assert_eq!(
        server.upgrades().len(),
        1,
        "a normal close does not reconnect"
    );
}

#[tokio::test]
async fn the_stream_moves_into_a_task_and_its_logs_keep_the_token_out() {
    let logs = LogCapture::start();
    let log = EventLog::generate(4);
    let plan_log = log.clone();
    let server = WsServer::start(log, move |upgrade| match upgrade.index {
        0 => Plan::accept().events(&plan_log, 1..=2).then(Then::Drop),
        _ => Plan::accept()
            .resumed(true)
            .events(&plan_log, upgrade.cursor_sequence() + 1..=4)
            .closing(1000),
    });
    let client = server.client_builder().build().unwrap();
    let events = client
        .stream_workflow_events(WORKFLOW_ID)
        .run_id(RUN_ID)
        .options(quick())
        .connect()
        .await
        .unwrap();
    let items = tokio::spawn(drain(events)).await.unwrap();
    assert_eq!(sequences(&items), [1, 2, 3, 4]);
    assert!(
        !logs.lines_with("reconnecting the event stream").is_empty(),
        "{}",
        logs.text()
    );
    assert!(!logs.text().contains("pat_test_secret"), "{}", logs.text());
}

#[tokio::test]
async fn close_1011_reconnects_and_resumes_from_the_last_event() {
    let log = EventLog::generate(6);
    let plan_log = log.clone();
    let server = WsServer::start(log, move |upgrade| match upgrade.index {
        0 => Plan::accept()
            .events(&plan_log, 1..=3)
            .then(Then::Close(1011, "internal error".into())),
        _ => Plan::accept()
            .resumed(true)
            .events(&plan_log, upgrade.cursor_sequence() + 1..=6)
            .closing(1000),
    });
    let client = server.client_builder().build().unwrap();
    let events = client
        .stream_workflow_events(WORKFLOW_ID)
        .run_id(RUN_ID)
        .options(quick())
        .connect()
        .await
        .unwrap();
    assert_eq!(sequences(&drain(events).await), [1, 2, 3, 4, 5, 6]);
    let upgrades = server.upgrades();
    assert_eq!(upgrades.len(), 2);
    assert!(
        upgrades[1]
            .query_pairs()
            .contains(&("cursor".to_owned(), event_id(3)))
    );
    assert_eq!(upgrades[1].header("x-project-id"), Some("proj_1"));
    assert!(
        server.http_requests().is_empty(),
        "a confirmed resume needs no backfill"
    );
}

async fn closed_with(code: u16, reason: &str) -> (Vec<i64>, agentruntime::Error, usize) {
    let log = EventLog::generate(2);
    let plan_log = log.clone();
    let reason = reason.to_owned();
    let server = WsServer::start(log, move |_| {
        Plan::accept()
            .events(&plan_log, 1..=2)
            .then(Then::Close(code, reason.clone()))
    });
    let client = server.client_builder().build().unwrap();
    let mut events = client
        .stream_workflow_events(WORKFLOW_ID)
        .run_id(RUN_ID)
        .options(quick())
        .connect()
        .await
        .unwrap();
    let mut received = Vec::new();
    let error = loop {
        match events.next().await {
            Some(Ok(event)) => received.push(event.sequence.unwrap()),
            Some(Err(error)) => break error,
            None => panic!("the stream ended without an error"),
        }
    };
    assert!(events.next().await.is_none(), "the error ends the stream");
    (received, error, server.upgrades().len())
}

#[tokio::test]
async fn close_4401_ends_the_stream_with_unauthorized() {
    let (received, error, upgrades) = closed_with(4401, "token expired").await;
    assert_eq!(received, [1, 2]);
    assert_eq!(error.kind(), ErrorKind::Unauthorized);
    assert_eq!(error.operation(), Some("stream_workflow_events"));
    let text = error.to_string();
    assert!(
        text.contains("4401") && text.contains("token expired"),
        "{text}"
    );
    assert_eq!(upgrades, 1, "an auth close is not retried");
}

#[tokio::test]
async fn close_4403_ends_the_stream_with_forbidden() {
    let (received, error, upgrades) = closed_with(4403, "").await;
    assert_eq!(received, [1, 2]);
    assert_eq!(error.kind(), ErrorKind::Forbidden);
    assert_eq!(upgrades, 1);
}

#[tokio::test]
async fn close_1008_ends_the_stream_with_stream_closed() {
    let (received, error, upgrades) = closed_with(1008, "too many streams").await;
    assert_eq!(received, [1, 2]);
    assert_eq!(error.kind(), ErrorKind::StreamClosed);
    assert!(error.to_string().contains("1008 (policy violation)"));
    assert_eq!(upgrades, 1);
}

#[tokio::test]
async fn a_malformed_frame_yields_a_decode_error_and_the_stream_goes_on() {
    let log = EventLog::generate(3);
    let plan_log = log.clone();
    let server = WsServer::start(log, move |_| {
        Plan::accept()
            .events(&plan_log, 1..=2)
            .text(r#"{"id": "evt_x", "sequence": "not a number"}"#)
            .events(&plan_log, 3..=3)
            .closing(1000)
    });
    let client = server.client_builder().build().unwrap();
    let events = client
        .stream_workflow_events(WORKFLOW_ID)
        .run_id(RUN_ID)
        .connect()
        .await
        .unwrap();
    let items = drain(events).await;
    assert_eq!(items.len(), 4);
    assert_eq!(items[0].as_ref().unwrap().sequence, Some(1));
    assert_eq!(items[1].as_ref().unwrap().sequence, Some(2));
    let error = items[2].as_ref().unwrap_err();
    assert_eq!(error.kind(), ErrorKind::Decode);
    assert_eq!(error.operation(), Some("stream_workflow_events"));
    assert_eq!(
        error.body_preview(),
        Some(r#"{"id": "evt_x", "sequence": "not a number"}"#)
    );
    assert!(error.to_string().contains("not a number"));
    assert_eq!(items[3].as_ref().unwrap().sequence, Some(3));
    assert_eq!(server.upgrades().len(), 1, "a bad frame does not reconnect");
}

#[tokio::test]
async fn unknown_event_types_keep_their_raw_json() {
    let events_json = vec![
        EventLog::event(
            1,
            "human_task_paused",
            Some("approve"),
            serde_json::json!({"task_id": "t1"}),
        ),
        EventLog::event(
            2,
            "run_started",
            None,
            serde_json::json!({"trigger_type": "api"}),
        ),
    ];
    let log = EventLog::from_events(events_json);
    let plan_log = log.clone();
    let server = WsServer::start(log, move |_| {
        Plan::accept().events(&plan_log, 1..=2).closing(1000)
    });
    let client = server.client_builder().build().unwrap();
    let events = client
        .stream_workflow_events(WORKFLOW_ID)
        .connect()
        .await
        .unwrap();
    let items = drain(events).await;
    let first = items[0].as_ref().unwrap();
    assert_eq!(first.kind.tag(), "human_task_paused");
    match &first.kind {
        RunEventKind::Unknown(raw) => assert_eq!(raw["data"]["task_id"], "t1"),
        other => panic!("expected Unknown, got {other:?}"),
    }
    assert_eq!(first.step_id.as_deref(), Some("approve"));
    assert!(matches!(
        &items[1].as_ref().unwrap().kind,
        RunEventKind::RunStarted(data) if data.trigger_type.as_deref() == Some("api")
    ));
}

/// The client on tokio's paused clock, the server in real time on its own thread: the server
/// sends three events, then stops reading (so it never answers the ping). The stream must send a
/// ping after 20 s, give up on the connection 20 s later, reconnect and resume.
#[tokio::test(start_paused = true)]
async fn a_dead_connection_is_noticed_within_the_liveness_window() {
    let log = EventLog::generate(5);
    let plan_log = log.clone();
    let server = WsServer::start(log, move |upgrade| match upgrade.index {
        0 => Plan::accept().events(&plan_log, 1..=3).then(Then::Silent),
        _ => Plan::accept()
            .resumed(true)
            .events(&plan_log, upgrade.cursor_sequence() + 1..=5)
            .closing(1000),
    });
    // No connect or attempt timers: on a paused clock they would fire while the real server
    // answers.
    let client = server
        .client_builder()
        .timeouts(Timeouts::none())
        .build()
        .unwrap();
    let options = StreamOptions::default();
    let mut events = client
        .stream_workflow_events(WORKFLOW_ID)
        .run_id(RUN_ID)
        .options(options.clone())
        .connect()
        .await
        .unwrap();
    let mut times = Vec::new();
    while let Some(event) = events.next().await {
        let event = event.expect("no error items");
        times.push((event.sequence.unwrap(), tokio::time::Instant::now()));
    }
    let received: Vec<i64> = times.iter().map(|(s, _)| *s).collect();
    assert_eq!(received, [1, 2, 3, 4, 5]);

    let silence = times[3].1 - times[2].1;
    let window = options.get_ping_interval() + options.get_liveness_timeout();
    assert!(
        silence >= options.get_liveness_timeout(),
        "declared dead too early: {silence:?}"
    );
    assert!(
        silence <= window + options.backoff_cap(1),
        "declared dead after {silence:?}, beyond the {window:?} liveness window (+ backoff)"
    );
    assert_eq!(server.upgrades().len(), 2);
    assert!(
        server.upgrades()[1]
            .query_pairs()
            .contains(&("cursor".to_owned(), event_id(3)))
    );

    // The silent connection saw the ping (a masked frame with FIN and opcode 9) and nothing
    // before it.
    let mut reads = server.silent_reads();
    for _ in 0..500 {
        if !reads.is_empty() {
            break;
        }
        std::thread::sleep(Duration::from_millis(10));
        reads = server.silent_reads();
    }
    assert_eq!(
        reads.len(),
        1,
        "the dead connection was closed by the client"
    );
    assert_eq!(reads[0].first(), Some(&0x89), "{:x?}", reads[0]);
}

#[tokio::test]
async fn a_quiet_connection_that_answers_pings_stays_up() {
    let log = EventLog::generate(2);
    let plan_log = log.clone();
    let server = WsServer::start(log, move |_| {
        Plan::accept().events(&plan_log, 1..=2).then(Then::Hold)
    });
    let client = server.client_builder().build().unwrap();
    let mut events = client
        .stream_workflow_events(WORKFLOW_ID)
        .run_id(RUN_ID)
        .options(
            quick()
                .ping_interval(Duration::from_millis(20))
                .liveness_timeout(Duration::from_millis(200)),
        )
        .connect()
        .await
        .unwrap();
    assert_eq!(events.next().await.unwrap().unwrap().sequence, Some(1));
    assert_eq!(events.next().await.unwrap().unwrap().sequence, Some(2));
    // About 25 pings go out and are answered; nothing else happens.
    let more = tokio::time::timeout(Duration::from_millis(500), events.next()).await;
    assert!(more.is_err(), "expected no item, got {more:?}");
    assert_eq!(server.upgrades().len(), 1, "no reconnect");
}

#[tokio::test]
async fn reconnects_stop_after_the_attempts_in_a_row_run_out() {
    let log = EventLog::generate(1);
    let plan_log = log.clone();
    let server = WsServer::start(log, move |upgrade| match upgrade.index {
        0 => Plan::accept().events(&plan_log, 1..=1).close(1011),
        _ => Plan::accept().resumed(true).close(1011),
    });
    let client = server.client_builder().build().unwrap();
    let events = client
        .stream_workflow_events(WORKFLOW_ID)
        .run_id(RUN_ID)
        .options(quick().max_reconnect_attempts(3))
        .connect()
        .await
        .unwrap();
    let items = drain(events).await;
    assert_eq!(items.len(), 2);
    assert_eq!(items[0].as_ref().unwrap().sequence, Some(1));
    let error = items[1].as_ref().unwrap_err();
    assert_eq!(error.kind(), ErrorKind::Server, "{error}");
    assert_eq!(error.attempts(), 3);
    assert!(error.to_string().contains("1011"), "{error}");
    assert_eq!(
        server.upgrades().len(),
        4,
        "the first connection, then three reconnect attempts"
    );
}

#[tokio::test]
async fn the_first_connection_retries_a_503_and_fails_at_once_on_401() {
    let log = EventLog::generate(2);
    let plan_log = log.clone();
    let server = WsServer::start(log, move |upgrade| match upgrade.index {
        0 => Plan::refuse(503, serde_json::json!({"error": "deploying"})),
        _ => Plan::accept().events(&plan_log, 1..=2).closing(1000),
    });
    let client = server.client_builder().build().unwrap();
    let events = client
        .stream_workflow_events(WORKFLOW_ID)
        .options(quick())
        .connect()
        .await
        .expect("the 503 is retried");
    assert_eq!(sequences(&drain(events).await), [1, 2]);
    assert_eq!(server.upgrades().len(), 2);

    let server = WsServer::start(EventLog::generate(1), |_| {
        Plan::refuse(
            401,
            serde_json::json!({"error": "invalid token", "code": "UNAUTHENTICATED"}),
        )
    });
    let client = server.client_builder().build().unwrap();
    let error = client
        .stream_workflow_events(WORKFLOW_ID)
        .options(quick())
        .connect()
        .await
        .unwrap_err();
    assert_eq!(error.kind(), ErrorKind::Unauthorized);
    assert_eq!(error.status().map(|s| s.as_u16()), Some(401));
    assert_eq!(error.code(), Some("UNAUTHENTICATED"));
    assert_eq!(server.upgrades().len(), 1);
}

#[tokio::test]
async fn a_client_without_a_project_fails_before_connecting() {
    let server = WsServer::start(EventLog::generate(1), |_| Plan::accept());
    let client = agentruntime::Client::builder()
        .base_url(server.url())
        .pat("pat_test_secret_0123456789")
        .tenant("acme")
        .build()
        .unwrap();
    let error = client
        .stream_workflow_events(WORKFLOW_ID)
        .connect()
        .await
        .unwrap_err();
    assert_eq!(error.kind(), ErrorKind::MissingContext);
    assert_eq!(error.missing_header(), Some("X-Project-Id"));
    assert!(server.upgrades().is_empty());
    let error = client.wait_for_run(WORKFLOW_ID, RUN_ID).await.unwrap_err();
    assert_eq!(error.kind(), ErrorKind::MissingContext);
}

#[tokio::test]
async fn a_slow_consumer_holds_the_server_back() {
    // About 80 MB of frames; the consumer reads ten events and then stops reading.
    let log = EventLog::generate(1000);
    let chunk = log.frames(1..=1000);
    let mut bytes = Vec::with_capacity(chunk.len() * 300);
    while bytes.len() < 80 * 1024 * 1024 {
        bytes.extend_from_slice(&chunk);
    }
    let total = bytes.len() as u64;
    let bytes = Arc::new(bytes);
    let server = WsServer::start(log, move |_| {
        Plan::accept().then(Then::Stream(bytes.clone()))
    });
    let client = server.client_builder().build().unwrap();
    let mut events = client
        .stream_workflow_events(WORKFLOW_ID)
        .run_id(RUN_ID)
        .connect()
        .await
        .unwrap();
    for expected in 1..=10 {
        assert_eq!(
            events.next().await.unwrap().unwrap().sequence,
            Some(expected)
        );
    }
    tokio::time::sleep(Duration::from_millis(500)).await;
    let written = server.streamed_bytes();
    assert!(
        written < total / 2,
        "the server wrote {written} of {total} bytes while nobody read: something buffers"
    );
    drop(events);
}

fn summary(status: &str, complete: bool) -> serde_json::Value {
    serde_json::json!({
        "run_id": RUN_ID,
        "workflow_id": WORKFLOW_ID,
        "status": status,
        "orchestration_phase": if complete { "finished" } else { "executing" },
        "run_complete": complete,
    })
}

#[tokio::test]
async fn wait_for_run_follows_the_stream_to_the_final_state() {
    let events = vec![
        EventLog::event(
            1,
            "run_started",
            None,
            serde_json::json!({"trigger_type": "api"}),
        ),
        EventLog::event(
            2,
            "step_started",
            Some("fetch"),
            serde_json::json!({"step_name": "Fetch"}),
        ),
        EventLog::event(
            3,
            "step_failed",
            Some("fetch"),
            serde_json::json!({"error": "tool failed", "failure_code": "MCP_TOOL_FAILED"}),
        ),
        EventLog::event(
            4,
            "state_changed",
            None,
            serde_json::json!({"from": "running", "to": "failed", "failure_code": "MCP_TOOL_FAILED", "reason": "step fetch failed"}),
        ),
    ];
    let log = EventLog::from_events(events);
    let plan_log = log.clone();
    let server = WsServer::start(log, move |_| {
        Plan::accept().events(&plan_log, 1..=4).then(Then::Hold)
    });
    let mut done = summary("failed", true);
    done["failure_code"] = "MCP_TOOL_FAILED".into();
    server.summaries([summary("running", false), summary("running", false), done]);
    let client = server.client_builder().build().unwrap();

    // The wait is `Send`: it can run in its own task.
    let outcome = tokio::spawn(async move { client.wait_for_run(WORKFLOW_ID, RUN_ID).await })
        .await
        .unwrap()
        .unwrap();
    assert_eq!(outcome.status, RunStatus::Failed);
    assert!(!outcome.succeeded());
    assert_eq!(outcome.failure_code, Some(FailureCode::McpToolFailed));
    assert_eq!(outcome.reason.as_deref(), Some("step fetch failed"));
    assert!(outcome.summary.run_complete);
    assert_eq!(outcome.summary.status, Some(RunStatus::Failed));

    let upgrades = server.upgrades();
    assert_eq!(upgrades.len(), 1);
    assert!(
        upgrades[0]
            .query_pairs()
            .contains(&("run_id".to_owned(), RUN_ID.to_owned()))
    );
    let summaries = server
        .http_requests()
        .iter()
        .filter(|r| r.path.ends_with("/summary"))
        .count();
    assert_eq!(
        summaries, 3,
        "before connecting, after connecting, at the end"
    );
}

#[tokio::test]
async fn wait_for_run_returns_at_once_for_a_finished_run() {
    let server = WsServer::start(EventLog::generate(1), |_| Plan::accept());
    let mut done = summary("completed", true);
    done["orchestration_phase"] = "finished".into();
    server.summaries([done]);
    let client = server.client_builder().build().unwrap();
    let outcome = client.wait_for_run(WORKFLOW_ID, RUN_ID).await.unwrap();
    assert_eq!(outcome.status, RunStatus::Completed);
    assert!(outcome.succeeded());
    assert_eq!(outcome.failure_code, None);
    assert!(server.upgrades().is_empty(), "no stream for a finished run");
}

#[tokio::test]
async fn wait_for_run_uses_the_summary_when_the_stream_ends_first() {
    // The server ends the stream (1000) without a terminal event; the summary says the run is
    // stopped.
    let log = EventLog::generate(3);
    let plan_log = log.clone();
    let server = WsServer::start(log, move |_| {
        Plan::accept().events(&plan_log, 1..=2).closing(1000)
    });
    server.summaries([
        summary("running", false),
        summary("running", false),
        summary("stopped", true),
    ]);
    let client = server.client_builder().build().unwrap();
    let outcome = client.wait_for_run(WORKFLOW_ID, RUN_ID).await.unwrap();
    assert_eq!(outcome.status, RunStatus::Stopped);
    assert_eq!(outcome.reason, None);
}

/// A frame as a server that sends neither `sequence` nor `workflow_id` would (no source
/// documents either).
fn unsequenced(id: &str) -> String {
    serde_json::json!({
        "id": id, "run_id": RUN_ID, "timestamp": "2026-06-06T12:10:00Z",
        "event_type": "step_started", "data": {"step_name": id}
    })
    .to_string()
}

#[tokio::test]
async fn events_without_a_sequence_are_delivered_once_across_a_replay() {
    let server = WsServer::start(EventLog::generate(0), move |upgrade| match upgrade.index {
        0 => Plan::accept()
            .text(&unsequenced("e1"))
            .text(&unsequenced("e2"))
            .then(Then::Drop),
        _ => {
            assert_eq!(upgrade.param("cursor").as_deref(), Some("e2"));
            Plan::accept()
                .resumed(true)
                .text(&unsequenced("e2"))
                .text(&unsequenced("e3"))
                .close(1000)
        }
    });
    let client = server.client_builder().build().unwrap();
    let events = client
        .stream_workflow_events(WORKFLOW_ID)
        .run_id(RUN_ID)
        .options(quick())
        .connect()
        .await
        .unwrap();
    let items = drain(events).await;
    let ids: Vec<String> = items
        .into_iter()
        .map(|item| {
            let event = item.expect("an event");
            assert_eq!(event.sequence, None);
            assert_eq!(event.workflow_id, None);
            event.id
        })
        .collect();
    assert_eq!(ids, ["e1", "e2", "e3"], "the replayed e2 is dropped");
    assert_eq!(server.upgrades().len(), 2);
}

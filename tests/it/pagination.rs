//! `.stream()` over paginated lists, by cursor (`page_token` → `next_page`, `cursor` →
//! `next_cursor`) and by offset (`limit`/`offset` up to `total`): every item of every page, in
//! order, with the caller's filters on every page (progenitor's built-in stream keeps only
//! `limit` after page 1).

use agentruntime::types::RunStatus;
use agentruntime::{ErrorKind, RetryPolicy};
use agentruntime_tests::{HttpServer, Reply, client_for};
use futures::{StreamExt, TryStreamExt};
use serde_json::json;

fn run(id: &str) -> serde_json::Value {
    json!({"run_id": id, "workflow_id": "wf_1", "status": "running"})
}

fn page(ids: &[&str], next: Option<&str>) -> Reply {
    let items: Vec<_> = ids.iter().map(|id| run(id)).collect();
    Reply::json(200, json!({"items": items, "next_page": next}))
}

/// The value of query parameter `name` of a recorded request.
fn param(request: &agentruntime_tests::Recorded, name: &str) -> Option<String> {
    request
        .query_pairs()
        .into_iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v)
}

#[tokio::test]
async fn the_stream_keeps_every_filter_on_every_page() {
    let server = HttpServer::start();
    server.on(
        "GET",
        "/v1/runs",
        [
            page(&["run_1", "run_2"], Some("cursor_2")),
            page(&["run_3", "run_4"], Some("cursor_3")),
            page(&["run_5"], None),
        ],
    );
    let client = client_for(&server, RetryPolicy::none());
    let runs: Vec<_> = client
        .list_runs()
        .status(RunStatus::Running)
        .workflow_id("wf_1")
        .limit(2)
        .stream()
        .try_collect()
        .await
        .unwrap();
    let ids: Vec<_> = runs.iter().map(|r| r.run_id.as_deref().unwrap()).collect();
    assert_eq!(ids, ["run_1", "run_2", "run_3", "run_4", "run_5"]);

    let requests = server.requests_to("/v1/runs");
    assert_eq!(requests.len(), 3);
    let tokens = [None, Some("cursor_2"), Some("cursor_3")];
    for (request, token) in requests.iter().zip(tokens) {
        let query = request.query_pairs();
        let get = |name: &str| {
            query
                .iter()
                .find(|(k, _)| k == name)
                .map(|(_, v)| v.as_str())
        };
        assert_eq!(get("status"), Some("running"), "status filter on {query:?}");
        assert_eq!(
            get("workflow_id"),
            Some("wf_1"),
            "workflow filter on {query:?}"
        );
        assert_eq!(get("limit"), Some("2"));
        assert_eq!(get("page_token"), token);
        assert_eq!(request.header("x-tenant-id"), Some("acme"));
    }
}

#[tokio::test]
async fn pages_expose_each_response() {
    let server = HttpServer::start();
    server.on(
        "GET",
        "/v1/runs",
        [
            page(&["run_1"], Some("c2")).header("x-request-id", "req_p1"),
            page(&["run_2"], None).header("x-request-id", "req_p2"),
        ],
    );
    let pages: Vec<_> = client_for(&server, RetryPolicy::none())
        .list_runs()
        .pages()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(pages.len(), 2);
    assert_eq!(pages[0].request_id(), Some("req_p1"));
    assert_eq!(pages[1].items[0].run_id.as_deref(), Some("run_2"));
}

#[tokio::test]
async fn a_repeated_cursor_ends_the_stream_with_an_error_instead_of_looping() {
    let server = HttpServer::start();
    server.on(
        "GET",
        "/v1/runs",
        [
            page(&["run_1"], Some("same")),
            page(&["run_2"], Some("same")),
        ],
    );
    let items: Vec<_> = client_for(&server, RetryPolicy::none())
        .list_runs()
        .stream()
        .collect()
        .await;
    assert_eq!(items.len(), 3, "two items, then the error: {items:?}");
    let error = items[2].as_ref().unwrap_err();
    assert_eq!(error.kind(), ErrorKind::Decode);
    assert!(error.to_string().contains("twice"), "{error}");
    assert_eq!(server.requests().len(), 2);
}

#[tokio::test]
async fn an_error_on_a_later_page_is_yielded_and_ends_the_stream() {
    let server = HttpServer::start();
    server.on(
        "GET",
        "/v1/runs",
        [page(&["run_1"], Some("c2")), Reply::status(403)],
    );
    let items: Vec<_> = client_for(&server, RetryPolicy::none())
        .list_runs()
        .stream()
        .collect()
        .await;
    assert_eq!(items.len(), 2);
    assert_eq!(items[0].as_ref().unwrap().run_id.as_deref(), Some("run_1"));
    assert_eq!(items[1].as_ref().unwrap_err().kind(), ErrorKind::Forbidden);
}

#[tokio::test]
async fn an_empty_string_cursor_is_the_last_page() {
    let server = HttpServer::start();
    server.on("GET", "/v1/runs", [page(&["run_1"], Some(""))]);
    let runs: Vec<_> = client_for(&server, RetryPolicy::none())
        .list_runs()
        .stream()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(runs.len(), 1);
    assert_eq!(server.requests().len(), 1);
}

/// One offset page of a workflow's runs (`list_workflow_runs`): runs `from..to` of `total`.
fn offset_page(from: usize, to: usize, total: u64) -> Reply {
    let runs: Vec<_> = (from..to).map(|n| run(&format!("run_{n}"))).collect();
    Reply::json(200, json!({"runs": runs, "total": total}))
}

#[tokio::test]
async fn an_offset_list_pages_by_offset_up_to_total_keeping_every_filter() {
    let server = HttpServer::start();
    server.on(
        "GET",
        "/v1/workflows/wf_1/runs",
        [
            offset_page(0, 2, 6),
            offset_page(2, 4, 6),
            offset_page(4, 6, 6),
            offset_page(6, 6, 6),
        ],
    );
    let runs: Vec<_> = client_for(&server, RetryPolicy::none())
        .list_workflow_runs("wf_1")
        .status(RunStatus::Completed)
        .limit(2)
        .offset(0)
        .stream()
        .try_collect()
        .await
        .unwrap();
    let ids: Vec<_> = runs.iter().map(|r| r.run_id.as_deref().unwrap()).collect();
    assert_eq!(ids, ["run_0", "run_1", "run_2", "run_3", "run_4", "run_5"]);

    // The third page is full, so only `total` tells the stream to stop: no fourth request.
    let requests = server.requests_to("/v1/workflows/wf_1/runs");
    assert_eq!(requests.len(), 3, "no request past the total");
    for (request, offset) in requests.iter().zip(["0", "2", "4"]) {
        assert_eq!(param(request, "offset").as_deref(), Some(offset));
        assert_eq!(param(request, "limit").as_deref(), Some("2"));
        assert_eq!(
            param(request, "status").as_deref(),
            Some("completed"),
            "status filter on {:?}",
            request.query_pairs()
        );
        assert_eq!(param(request, "page_token"), None);
        assert_eq!(request.header("x-project-id"), Some("proj_1"));
    }
}

#[tokio::test]
async fn an_offset_stream_starts_at_the_callers_offset_and_ends_on_a_short_page() {
    let server = HttpServer::start();
    server.on(
        "GET",
        "/v1/workflows/wf_1/runs",
        [offset_page(10, 13, 100), offset_page(13, 15, 100)],
    );
    let pages: Vec<_> = client_for(&server, RetryPolicy::none())
        .list_workflow_runs("wf_1")
        .offset(10)
        .limit(3)
        .pages()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(pages.len(), 2, "a page shorter than `limit` is the last");
    assert_eq!(pages[0].total, 100);
    assert_eq!(pages[1].runs[1].run_id.as_deref(), Some("run_14"));
    let offsets: Vec<_> = server
        .requests_to("/v1/workflows/wf_1/runs")
        .iter()
        .map(|r| param(r, "offset"))
        .collect();
    assert_eq!(offsets, [Some("10".to_owned()), Some("13".to_owned())]);
}

fn event(sequence: i64) -> serde_json::Value {
    json!({
        "id": format!("evt_{sequence}"), "run_id": "run_1", "workflow_id": "wf_1",
        "sequence": sequence, "timestamp": "2026-06-06T12:10:00Z", "step_id": "ping",
        "event_type": "step_started", "data": {"step_name": "Ping", "attempt": 1}
    })
}

/// One page of `list_run_events`: events `sequences`, then `next` as `next_cursor`.
fn event_page(sequences: std::ops::RangeInclusive<i64>, next: Option<&str>) -> Reply {
    let events: Vec<_> = sequences.map(event).collect();
    Reply::json(200, json!({"events": events, "next_cursor": next}))
}

#[tokio::test]
async fn run_events_page_by_cursor_and_next_cursor_keeping_after_and_limit() {
    let server = HttpServer::start();
    let path = "/v1/workflows/wf_1/runs/run_1/events";
    server.on(
        "GET",
        path,
        [
            event_page(5..=6, Some("c_7")),
            event_page(7..=8, Some("c_9")),
            event_page(9..=9, None),
        ],
    );
    let events: Vec<_> = client_for(&server, RetryPolicy::none())
        .list_run_events("wf_1", "run_1")
        .after("evt_4")
        .limit(2)
        .stream()
        .try_collect()
        .await
        .unwrap();
    let sequences: Vec<_> = events.iter().map(|e| e.sequence.unwrap()).collect();
    assert_eq!(sequences, [5, 6, 7, 8, 9]);

    let requests = server.requests_to(path);
    assert_eq!(requests.len(), 3);
    for (request, cursor) in requests.iter().zip([None, Some("c_7"), Some("c_9")]) {
        assert_eq!(param(request, "cursor").as_deref(), cursor);
        assert_eq!(param(request, "after").as_deref(), Some("evt_4"));
        assert_eq!(param(request, "limit").as_deref(), Some("2"));
        assert_eq!(param(request, "page_token"), None);
    }
}

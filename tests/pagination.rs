//! `.stream()` over cursor-paginated lists: every item of every page, in order, with the
//! caller's filters on every page (progenitor's built-in stream keeps only `limit` after page 1).

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
    let ids: Vec<_> = runs.iter().map(|r| r.run_id.as_str()).collect();
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
    assert_eq!(pages[1].items[0].run_id, "run_2");
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
    assert_eq!(items[0].as_ref().unwrap().run_id, "run_1");
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

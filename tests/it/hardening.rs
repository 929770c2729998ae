//! What the crate guarantees against hostile or careless input and oversized answers: a path
//! parameter is always exactly one segment of the route it was given for, and a success body
//! larger than the client's limit ends the call without being read into memory.

use agentruntime::{Client, ErrorKind, RetryPolicy};
use agentruntime_tests::{HttpServer, Reply, client_for};
use futures::TryStreamExt;
use serde_json::json;

use agentruntime_tests::workflow_json as workflow;

fn client(server: &HttpServer) -> Client {
    client_for(server, RetryPolicy::none())
}

#[tokio::test]
async fn ids_that_look_like_paths_stay_one_segment() {
    let server = HttpServer::start();
    let cases = [
        ("..\\admin", "/v1/workflows/..%5Cadmin"),
        ("a\\b", "/v1/workflows/a%5Cb"),
        ("a/b", "/v1/workflows/a%2Fb"),
        ("../../v1/pats", "/v1/workflows/..%2F..%2Fv1%2Fpats"),
        ("%2e%2e", "/v1/workflows/%252e%252e"),
        ("wf?x=1#f", "/v1/workflows/wf%3Fx%3D1%23f"),
        ("wf;v=2", "/v1/workflows/wf%3Bv%3D2"),
        ("...", "/v1/workflows/..."),
        ("wf_1.v2~a-b", "/v1/workflows/wf_1.v2~a-b"),
    ];
    for (_, path) in cases {
        server.on("GET", path, [Reply::json(200, workflow("x"))]);
    }
    let client = client(&server);
    for (id, path) in cases {
        client
            .get_workflow(id)
            .send()
            .await
            .unwrap_or_else(|e| panic!("{id:?}: {e}"));
        let last = server.requests().pop().unwrap();
        assert_eq!(last.path, path, "{id:?} must reach {path}");
    }
}

#[tokio::test]
async fn dot_segments_and_empty_ids_are_refused_before_sending() {
    let server = HttpServer::start();
    let client = client(&server);
    for id in ["", ".", ".."] {
        let error = client.get_workflow(id).send().await.unwrap_err();
        assert_eq!(error.kind(), ErrorKind::InvalidRequest, "{id:?}: {error}");
        assert!(error.to_string().contains("`id`"), "{error}");
        let error = client.get_run_context("wf_1", id).send().await.unwrap_err();
        assert_eq!(error.kind(), ErrorKind::InvalidRequest, "{id:?}: {error}");
        // Named as the spec names it, like query and header parameters.
        assert!(error.to_string().contains("`runID`"), "{error}");
        assert_eq!(error.operation(), Some("get_run_context"));
    }
    assert!(
        server.requests().is_empty(),
        "nothing is sent: {:?}",
        server.requests()
    );
}

#[tokio::test]
async fn the_stream_url_encodes_its_id_the_same_way() {
    let server = HttpServer::start();
    let client = client(&server);
    let error = client
        .stream_workflow_events("..")
        .connect()
        .await
        .unwrap_err();
    assert_eq!(error.kind(), ErrorKind::InvalidRequest, "{error}");
    assert!(server.requests().is_empty());
}

/// A JSON workflow padded with an unknown field to `size` bytes.
fn padded_workflow(size: usize) -> Vec<u8> {
    let mut value = workflow("wf_big");
    let base = serde_json::to_vec(&value).unwrap().len();
    value["padding"] = json!("x".repeat(size.saturating_sub(base + 14)));
    let body = serde_json::to_vec(&value).unwrap();
    assert!(body.len().abs_diff(size) < 16, "{} vs {size}", body.len());
    body
}

#[tokio::test]
async fn a_body_over_the_limit_ends_the_call_with_a_typed_error() {
    let server = HttpServer::start();
    server.on(
        "GET",
        "/v1/workflows/wf_big",
        [Reply::raw(
            200,
            "application/json",
            padded_workflow(300_000),
        )],
    );
    let client = Client::builder()
        .base_url(server.url())
        .pat("pat_test_secret_0123456789")
        .tenant("acme")
        .project("proj_1")
        .max_response_size(100_000)
        .build()
        .unwrap();
    let error = client.get_workflow("wf_big").send().await.unwrap_err();
    assert_eq!(error.kind(), ErrorKind::ResponseTooLarge, "{error}");
    assert_eq!(error.operation(), Some("get_workflow"));
    assert_eq!(error.status().map(|s| s.as_u16()), Some(200));
    let text = error.to_string();
    assert!(text.contains("get_workflow"), "{text}");
    assert!(text.contains("100000 bytes"), "{text}");
    assert!(text.contains("Content-Length"), "{text}");
    assert!(!error.is_transient(), "a retry would get the same body");

    // The same body within a larger limit, and with the limit lifted.
    for limit in [Some(400_000), None] {
        let roomy = Client::builder()
            .base_url(server.url())
            .tenant("acme")
            .project("proj_1")
            .max_response_size(limit)
            .build()
            .unwrap();
        assert_eq!(roomy.max_response_size(), limit);
        let workflow = roomy.get_workflow("wf_big").send().await.unwrap();
        assert_eq!(workflow.id, "wf_big");
    }
}

#[tokio::test]
async fn the_default_limit_is_documented_and_generous() {
    let client = Client::builder().build().unwrap();
    assert_eq!(
        client.max_response_size(),
        Some(agentruntime::DEFAULT_MAX_RESPONSE_SIZE)
    );
    assert_eq!(agentruntime::DEFAULT_MAX_RESPONSE_SIZE, 32 * 1024 * 1024);
}

#[tokio::test]
async fn a_list_streams_every_page_even_when_all_pages_together_exceed_the_limit() {
    let server = HttpServer::start();
    let page = |from: usize, next: Option<&str>| {
        let items: Vec<_> = (from..from + 20)
            .map(|n| {
                json!({
                    "run_id": format!("run_{n}"), "workflow_id": "wf_1", "status": "completed",
                    "workflow_name": "d".repeat(200)
                })
            })
            .collect();
        json!({"items": items, "next_page": next})
    };
    let pages = [page(0, Some("p2")), page(20, Some("p3")), page(40, None)];
    let sizes: Vec<usize> = pages.iter().map(|p| p.to_string().len()).collect();
    assert!(sizes.iter().all(|&size| size < 12_000), "{sizes:?}");
    assert!(sizes.iter().sum::<usize>() > 12_000, "{sizes:?}");
    server.on("GET", "/v1/runs", pages.map(|p| Reply::json(200, p)));
    let client = Client::builder()
        .base_url(server.url())
        .tenant("acme")
        .project("proj_1")
        .max_response_size(12_000)
        .build()
        .unwrap();
    let all: Vec<_> = client.list_runs().stream().try_collect().await.unwrap();
    assert_eq!(all.len(), 60);
    assert_eq!(server.requests().len(), 3);
}

#[tokio::test]
async fn a_byte_stream_response_is_not_limited() {
    let server = HttpServer::start();
    let events = "data: {\"delta\":\"x\"}\n\n".repeat(2_000);
    server.on(
        "GET",
        "/v1/autopilot/stream",
        [Reply::raw(200, "text/event-stream", events.clone())],
    );
    let client = Client::builder()
        .base_url(server.url())
        .tenant("acme")
        .project("proj_1")
        .max_response_size(1_000)
        .build()
        .unwrap();
    let response = client
        .stream_autopilot_response("th_1")
        .send()
        .await
        .unwrap();
    let chunks: Vec<bytes::Bytes> = response
        .into_inner()
        .into_inner()
        .try_collect()
        .await
        .unwrap();
    let received: usize = chunks.iter().map(|c| c.len()).sum();
    assert_eq!(received, events.len());
    assert!(received > 1_000);
}

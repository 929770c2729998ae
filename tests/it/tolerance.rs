//! A server that differs from the spec in the ways servers plausibly do: an unlisted 2xx, a body
//! where none was documented, `null` for an empty list or object, compression, extra fields,
//! rate-limit headers. Every call here must succeed (or fail with a precise `Decode` error).

use std::io::Write;
use std::time::Duration;

use agentruntime::types::{WorkflowCreate, WorkflowGraph};
use agentruntime::{Client, ErrorKind, RetryPolicy};
use agentruntime_tests::{HttpServer, Reply, client_for};
use serde_json::json;

use agentruntime_tests::workflow_json as workflow;

fn client(server: &HttpServer) -> Client {
    client_for(server, RetryPolicy::none())
}

fn new_workflow() -> WorkflowCreate {
    WorkflowCreate {
        description: None,
        graph: WorkflowGraph {
            input_schema: None,
            steps: Vec::new(),
            extra: Default::default(),
        },
        name: "Daily report".into(),
    }
}

#[tokio::test]
async fn a_delete_answered_with_200_and_a_body_succeeds() {
    let server = HttpServer::start();
    let client = client(&server);
    for reply in [
        Reply::json(200, json!({})),
        Reply::json(200, json!({"deleted": true})),
        Reply::json(202, json!({"status": "accepted"})),
        Reply::status(204),
    ] {
        server.on("DELETE", "/v1/workflows/wf_1", [reply]);
        let response = client.archive_workflow("wf_1").send().await.unwrap();
        assert!(response.status().is_success());
    }
}

#[tokio::test]
async fn a_create_answered_with_200_or_202_instead_of_201_succeeds() {
    let server = HttpServer::start();
    let client = client(&server);
    for status in [200, 201, 202, 203] {
        server.on(
            "POST",
            "/v1/workflows",
            [Reply::json(status, workflow("wf_new"))],
        );
        let created = client
            .create_workflow(new_workflow())
            .send()
            .await
            .unwrap_or_else(|e| panic!("{status}: {e}"));
        assert_eq!(created.status().as_u16(), status);
        assert_eq!(created.id, "wf_new");
    }
}

#[tokio::test]
async fn null_lists_and_objects_decode_as_empty() {
    let server = HttpServer::start();
    let mut body = workflow("wf_1");
    body["graph"] = json!({
        "steps": [
            {"id": "a", "type": "lua_script", "depends_on": null, "input_allowlist": null},
            {"id": "b", "type": "llm_call", "depends_on": ["a"]}
        ]
    });
    server.on("GET", "/v1/workflows/wf_1", [Reply::json(200, body)]);
    server.on(
        "GET",
        "/v1/workflows",
        [Reply::json(200, json!({"workflows": null}))],
    );
    let client = client(&server);
    let workflow = client.get_workflow("wf_1").send().await.unwrap();
    let steps = &workflow.graph.as_ref().unwrap().steps;
    assert!(steps[0].depends_on.is_empty());
    assert_eq!(steps[1].depends_on, ["a"]);
    let page = client.list_workflows().send().await.unwrap();
    assert!(page.workflows.is_empty());
}

#[tokio::test]
async fn a_gzip_body_is_asked_for_and_decoded() {
    let server = HttpServer::start();
    let items: Vec<_> = (0..300).map(|n| workflow(&format!("wf_{n}"))).collect();
    let plain = serde_json::to_vec(&json!({"workflows": items})).unwrap();
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    encoder.write_all(&plain).unwrap();
    let compressed = encoder.finish().unwrap();
    assert!(
        compressed.len() * 3 < plain.len(),
        "{} vs {}",
        compressed.len(),
        plain.len()
    );
    server.on(
        "GET",
        "/v1/workflows",
        [Reply::raw(200, "application/json", compressed).header("content-encoding", "gzip")],
    );
    let client = client(&server);
    let page = client.list_workflows().send().await.unwrap();
    assert_eq!(page.workflows.len(), 300);
    let request = &server.requests()[0];
    let accepted = request.header("accept-encoding").unwrap_or_default();
    assert!(accepted.contains("gzip"), "{accepted:?}");
}

#[tokio::test]
async fn rate_limit_headers_are_exposed_on_responses_and_errors() {
    let server = HttpServer::start();
    server.on(
        "GET",
        "/v1/workflows/wf_1",
        [
            Reply::json(200, workflow("wf_1"))
                .header("x-ratelimit-limit", "100")
                .header("x-ratelimit-remaining", "99")
                .header("x-ratelimit-reset", "30"),
            Reply::status(429)
                .header("x-ratelimit-remaining", "0")
                .header("x-ratelimit-reset", "12")
                .header("retry-after", "12"),
        ],
    );
    let client = client(&server);
    let ok = client.get_workflow("wf_1").send().await.unwrap();
    let limit = ok.rate_limit().expect("rate limit on the response");
    assert_eq!(limit.limit, Some(100));
    assert_eq!(limit.remaining, Some(99));
    assert_eq!(limit.reset, Some(Duration::from_secs(30)));

    let error = client.get_workflow("wf_1").send().await.unwrap_err();
    assert_eq!(error.kind(), ErrorKind::RateLimited);
    let limit = error.rate_limit().expect("rate limit on the error");
    assert_eq!(limit.remaining, Some(0));
    assert_eq!(limit.reset, Some(Duration::from_secs(12)));

    server.on(
        "GET",
        "/v1/workflows/wf_2",
        [Reply::json(200, workflow("wf_2"))],
    );
    let plain = client.get_workflow("wf_2").send().await.unwrap();
    assert_eq!(plain.rate_limit(), None);
}

#[tokio::test]
async fn a_decode_error_names_the_field_path() {
    let server = HttpServer::start();
    let mut items: Vec<_> = (0..5).map(|n| workflow(&format!("wf_{n}"))).collect();
    items[3]["created_at"] = json!(17);
    server.on(
        "GET",
        "/v1/workflows",
        [Reply::json(200, json!({"workflows": items}))],
    );
    let error = client(&server).list_workflows().send().await.unwrap_err();
    assert_eq!(error.kind(), ErrorKind::Decode);
    assert_eq!(error.decode_path(), Some("workflows[3].created_at"));
    let text = error.to_string();
    assert!(text.contains("list_workflows"), "{text}");
    assert!(
        text.contains("workflows[3].created_at: invalid type"),
        "{text}"
    );
    assert!(
        error
            .body_preview()
            .is_some_and(|p| p.starts_with("{\"workflows\""))
    );
}

#[tokio::test]
async fn extra_fields_and_unknown_enum_values_decode() {
    let server = HttpServer::start();
    let mut body = workflow("wf_1");
    body["status"] = json!("quarantined");
    body["brand_new_field"] = json!({"nested": [1, 2, 3]});
    server.on("GET", "/v1/workflows/wf_1", [Reply::json(200, body)]);
    let workflow = client(&server).get_workflow("wf_1").send().await.unwrap();
    assert_eq!(workflow.status.as_str(), "quarantined");
}

#[tokio::test]
async fn a_chunked_body_without_length_decodes_and_is_limited_while_it_arrives() {
    let server = HttpServer::start();
    let body = serde_json::to_vec(&workflow("wf_1")).unwrap();
    server.on(
        "GET",
        "/v1/workflows/wf_1",
        [Reply::chunked(200, "application/json", body.clone())],
    );
    let client = client(&server);
    let workflow = client.get_workflow("wf_1").send().await.unwrap();
    assert_eq!(workflow.id, "wf_1");
    assert_eq!(workflow.headers().get("content-length"), None);

    let small = Client::builder()
        .base_url(server.url())
        .tenant("acme")
        .project("proj_1")
        .max_response_size(body.len() as u64 / 2)
        .build()
        .unwrap();
    let error = small.get_workflow("wf_1").send().await.unwrap_err();
    assert_eq!(error.kind(), ErrorKind::ResponseTooLarge, "{error}");
    assert!(!error.to_string().contains("Content-Length"), "{error}");
}

//! Every error kind, from real responses and real transport failures: status, request id,
//! operation, the data each kind carries, and a `Display` that is one clear sentence.

use std::time::Duration;

use agentruntime::metadata::Role;
use agentruntime::types::{WorkflowCreate, WorkflowGraph};
use agentruntime::{Client, ErrorKind, RetryPolicy};
use agentruntime_tests::{HttpServer, Reply, client_for};
use serde_json::json;

fn error_reply(status: u16, code: &str, message: &str) -> Reply {
    Reply::json(status, json!({"error": message, "code": code})).header("x-request-id", "req_err_1")
}

async fn get_workflow_error(reply: Reply) -> agentruntime::Error {
    let server = HttpServer::start();
    server.on("GET", "/v1/workflows/wf_1", [reply]);
    client_for(&server, RetryPolicy::none())
        .get_workflow("wf_1")
        .send()
        .await
        .unwrap_err()
}

#[tokio::test]
async fn statuses_map_to_kinds_with_status_request_id_and_operation() {
    for (status, kind) in [
        (400, ErrorKind::BadRequest),
        (401, ErrorKind::Unauthorized),
        (403, ErrorKind::Forbidden),
        (404, ErrorKind::NotFound),
        (409, ErrorKind::Conflict),
        (422, ErrorKind::Validation),
        (429, ErrorKind::RateLimited),
        (500, ErrorKind::Server),
        (503, ErrorKind::Server),
        (418, ErrorKind::UnexpectedStatus),
    ] {
        let error = get_workflow_error(error_reply(status, "some_code", "it went wrong")).await;
        assert_eq!(error.kind(), kind, "{status}");
        assert_eq!(error.status().map(|s| s.as_u16()), Some(status));
        assert_eq!(error.request_id(), Some("req_err_1"));
        assert_eq!(error.operation(), Some("get_workflow"));
        assert_eq!(error.code(), Some("some_code"));
        let text = error.to_string();
        assert!(
            text.starts_with("get_workflow (GET /v1/workflows/{id}) failed: "),
            "{text}"
        );
        assert!(
            text.contains(&status.to_string()) && text.contains("it went wrong"),
            "{text}"
        );
        assert!(text.contains("(request id req_err_1)"), "{text}");
        assert!(!text.contains('\n'), "one sentence on one line: {text}");
    }
}

#[tokio::test]
async fn forbidden_names_the_role_the_operation_requires() {
    let error = get_workflow_error(error_reply(403, "forbidden", "forbidden")).await;
    assert_eq!(error.required_role(), Some(Role::ProjectViewer));
    assert!(
        error.to_string().contains("requires role project_viewer"),
        "{error}"
    );
}

#[tokio::test]
async fn validation_errors_carry_the_field_violations() {
    let server = HttpServer::start();
    server.on(
        "POST",
        "/v1/workflows",
        [Reply::json(
            422,
            json!({
                "error": "validation failed",
                "code": "validation_failed",
                "violations": [
                    {"field": "name", "code": "required", "message": "name is required"},
                    {"field": "graph.steps[0].id", "message": "duplicate step id"}
                ]
            }),
        )],
    );
    let body = WorkflowCreate {
        name: String::new(),
        description: None,
        graph: WorkflowGraph {
            steps: vec![],
            input_schema: None,
            extra: Default::default(),
        },
    };
    let error = client_for(&server, RetryPolicy::none())
        .create_workflow(body)
        .send()
        .await
        .unwrap_err();
    assert_eq!(error.kind(), ErrorKind::Validation);
    let violations = error.violations();
    assert_eq!(violations.len(), 2);
    assert_eq!(violations[0].field, "name");
    assert_eq!(violations[0].code.as_deref(), Some("required"));
    assert_eq!(violations[1].field, "graph.steps[0].id");
    assert_eq!(violations[1].message, "duplicate step id");
    let text = error.to_string();
    assert!(
        text.contains("name: name is required; graph.steps[0].id: duplicate step id"),
        "{text}"
    );
}

#[tokio::test]
async fn rate_limited_carries_the_retry_hint() {
    let error = get_workflow_error(
        error_reply(429, "rate_limited", "slow down").header("retry-after-ms", "2500"),
    )
    .await;
    assert_eq!(error.kind(), ErrorKind::RateLimited);
    assert_eq!(error.retry_after(), Some(Duration::from_millis(2500)));
    assert!(error.is_transient());
}

#[tokio::test]
async fn a_body_that_does_not_match_the_spec_is_a_decode_error_with_a_preview() {
    let long_name = "x".repeat(3000);
    let body = format!(r#"{{"id": 7, "name": "{long_name}"}}"#);
    let error = get_workflow_error(
        Reply::raw(200, "application/json", body).header("x-request-id", "req_dec"),
    )
    .await;
    assert_eq!(error.kind(), ErrorKind::Decode);
    assert_eq!(error.operation(), Some("get_workflow"));
    assert_eq!(error.status().map(|s| s.as_u16()), Some(200));
    assert_eq!(error.request_id(), Some("req_dec"));
    let preview = error.body_preview().expect("a preview");
    assert!(
        preview.starts_with(r#"{"id": 7, "name": "xxx"#),
        "{preview}"
    );
    assert!(
        preview.len() <= 1024 + '…'.len_utf8(),
        "at most 1 KiB: {}",
        preview.len()
    );
    assert!(preview.ends_with('…'));
    assert!(
        error.to_string().contains("does not match the spec"),
        "{error}"
    );

    let error = get_workflow_error(Reply::raw(200, "application/json", "{not json")).await;
    assert_eq!(error.kind(), ErrorKind::Decode);
    assert_eq!(error.body_preview(), Some("{not json"));
}

#[tokio::test]
async fn a_non_json_error_body_keeps_its_status_and_a_preview() {
    let error = get_workflow_error(Reply::raw(502, "text/html", "<html>bad gateway</html>")).await;
    assert_eq!(error.kind(), ErrorKind::Server);
    assert_eq!(error.status().map(|s| s.as_u16()), Some(502));
    assert_eq!(error.body_preview(), Some("<html>bad gateway</html>"));
    assert!(error.api_error().is_none());
}

#[tokio::test]
async fn timeouts_and_refused_connections() {
    let server = HttpServer::start();
    server.on(
        "GET",
        "/v1/workflows/wf_1",
        [Reply::status(200).after(Duration::from_secs(3))],
    );
    let slow = Client::builder()
        .base_url(server.url())
        .tenant("acme")
        .project("proj_1")
        .retry(RetryPolicy::none())
        .attempt_timeout(Duration::from_millis(100))
        .build()
        .unwrap();
    let error = slow.get_workflow("wf_1").send().await.unwrap_err();
    assert_eq!(error.kind(), ErrorKind::Timeout);
    assert_eq!(error.status(), None);
    assert!(error.to_string().contains("timed out"), "{error}");

    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let refused = Client::builder()
        .base_url(format!("http://127.0.0.1:{port}"))
        .tenant("acme")
        .project("proj_1")
        .retry(RetryPolicy::none())
        .build()
        .unwrap();
    let error = refused.get_workflow("wf_1").send().await.unwrap_err();
    assert_eq!(error.kind(), ErrorKind::Connect);
    assert!(
        error.to_string().contains("could not reach the server"),
        "{error}"
    );
    assert!(
        std::error::Error::source(&error).is_some(),
        "the transport error is the source"
    );
}

#[tokio::test]
async fn an_error_body_larger_than_the_limit_is_cut() {
    let huge = "y".repeat(200 * 1024);
    let error = get_workflow_error(Reply::raw(500, "text/plain", huge)).await;
    assert_eq!(error.kind(), ErrorKind::Server);
    assert!(error.body_preview().unwrap().len() <= 1024 + '…'.len_utf8());
}

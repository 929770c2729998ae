//! Per-call options (`send_with`), raw calls (`client.request`) and what an error says about
//! resending: each against a real loopback server.

use std::time::Duration;

use agentruntime::types::{RunCommand, StartRunParams};
use agentruntime::{Client, ErrorKind, HttpMethod, RequestOptions, RetryPolicy};
use agentruntime_tests::{HttpServer, Reply, client_for, workflow_json};
use serde_json::json;

fn start() -> RunCommand {
    RunCommand::Start(StartRunParams::default())
}

#[tokio::test]
async fn extra_headers_are_sent_and_credentials_stay_the_clients() {
    let server = HttpServer::start();
    server.on(
        "GET",
        "/v1/workflows/wf_1",
        [Reply::json(200, workflow_json("wf_1"))],
    );
    let options = RequestOptions::new()
        .header("Prefer", "code=200")
        .header("Authorization", "Bearer someone-else")
        .header("X-Tenant-Id", "other");
    let client = client_for(&server, RetryPolicy::none());
    client
        .get_workflow("wf_1")
        .send_with(options)
        .await
        .unwrap();
    let request = &server.requests()[0];
    assert_eq!(request.header("prefer"), Some("code=200"));
    assert_eq!(
        request.header("authorization"),
        Some("Bearer pat_test_secret_0123456789")
    );
    assert_eq!(request.header("x-tenant-id"), Some("acme"));
}

#[tokio::test]
async fn a_header_that_cannot_be_sent_fails_before_sending() {
    let server = HttpServer::start();
    let client = client_for(&server, RetryPolicy::none());
    let error = client
        .get_workflow("wf_1")
        .send_with(RequestOptions::new().header("bad name", "x"))
        .await
        .unwrap_err();
    assert_eq!(error.kind(), ErrorKind::InvalidRequest);
    assert!(error.to_string().contains("bad name"), "{error}");
    assert!(server.requests().is_empty());
}

#[tokio::test]
async fn a_calls_retry_policy_replaces_the_clients() {
    let server = HttpServer::start();
    server.on(
        "GET",
        "/v1/workflows/wf_1",
        [Reply::status(503), Reply::json(200, workflow_json("wf_1"))],
    );
    let client = client_for(&server, RetryPolicy::default());
    let error = client
        .get_workflow("wf_1")
        .send_with(RequestOptions::new().retry(RetryPolicy::none()))
        .await
        .unwrap_err();
    assert_eq!(error.kind(), ErrorKind::Server);
    assert_eq!(error.attempts(), 1);

    let patient = client_for(&server, RetryPolicy::none());
    server.on(
        "GET",
        "/v1/workflows/wf_2",
        [Reply::status(503), Reply::json(200, workflow_json("wf_2"))],
    );
    let retrying = RetryPolicy::default().initial_backoff(Duration::from_millis(10));
    let workflow = patient
        .get_workflow("wf_2")
        .send_with(RequestOptions::new().retry(retrying))
        .await
        .unwrap();
    assert_eq!(workflow.id, "wf_2");
    assert_eq!(server.requests_to("/v1/workflows/wf_2").len(), 2);
}

#[tokio::test]
async fn a_calls_time_budget_ends_it_with_a_timeout() {
    let server = HttpServer::start();
    server.on(
        "GET",
        "/v1/workflows/wf_1",
        [Reply::json(200, workflow_json("wf_1")).after(Duration::from_secs(5))],
    );
    let client = client_for(&server, RetryPolicy::none());
    let error = client
        .get_workflow("wf_1")
        .send_with(RequestOptions::new().timeout(Duration::from_millis(200)))
        .await
        .unwrap_err();
    assert_eq!(error.kind(), ErrorKind::Timeout);
    let text = error.to_string();
    assert!(
        text.contains("the call's time budget of 200ms ran out after the request was sent"),
        "{text}"
    );
    assert!(error.may_have_been_processed(), "{text}");
}

#[tokio::test]
async fn raw_calls_carry_the_clients_credentials_context_and_errors() {
    let server = HttpServer::start();
    server.on(
        "GET",
        "/v1/experimental/insights",
        [Reply::json(200, json!({"score": 7}))],
    );
    server.on("POST", "/v1/experimental/things", [Reply::status(204)]);
    server.on(
        "DELETE",
        "/v1/experimental/things/t1",
        [Reply::json(
            404,
            json!({"error": "gone", "code": "not_found"}),
        )],
    );
    let client = client_for(&server, RetryPolicy::none());

    let answer = client
        .request(HttpMethod::Get, "/v1/experimental/insights")
        .query("window", "7d")
        .header("X-Trace", "t-1")
        .send()
        .await
        .unwrap();
    assert_eq!(answer.into_inner(), json!({"score": 7}));
    let request = &server.requests()[0];
    assert_eq!(
        request.query_pairs(),
        [("window".to_owned(), "7d".to_owned())]
    );
    assert_eq!(
        request.header("authorization"),
        Some("Bearer pat_test_secret_0123456789")
    );
    assert_eq!(request.header("x-tenant-id"), Some("acme"));
    assert_eq!(request.header("x-project-id"), Some("proj_1"));
    assert_eq!(request.header("x-trace"), Some("t-1"));

    let created = client
        .request(HttpMethod::Post, "/v1/experimental/things")
        .json(&json!({"name": "x"}))
        .send()
        .await
        .unwrap();
    assert_eq!(created.status(), 204);
    assert_eq!(
        created.into_inner(),
        serde_json::Value::Null,
        "an empty body is null"
    );
    assert_eq!(server.requests()[1].json(), json!({"name": "x"}));

    let error = client
        .request(HttpMethod::Delete, "/v1/experimental/things/t1")
        .send()
        .await
        .unwrap_err();
    assert_eq!(error.kind(), ErrorKind::NotFound);
    assert_eq!(error.operation(), Some("request"));
    assert_eq!(error.code(), Some("not_found"));
}

#[tokio::test]
async fn raw_calls_need_no_context_and_check_their_path() {
    let server = HttpServer::start();
    server.on("GET", "/v1/me", [Reply::json(200, json!({"id": "u1"}))]);
    let bare = Client::builder().base_url(server.url()).build().unwrap();
    #[derive(serde::Deserialize)]
    struct Me {
        id: String,
    }
    let me = bare
        .request(HttpMethod::Get, "/v1/me")
        .send_as::<Me>()
        .await
        .unwrap();
    assert_eq!(me.id, "u1");
    assert_eq!(server.requests()[0].header("x-tenant-id"), None);

    let error = bare
        .request(HttpMethod::Get, "v1/me")
        .send()
        .await
        .unwrap_err();
    assert_eq!(error.kind(), ErrorKind::InvalidRequest);
    assert_eq!(server.requests().len(), 1, "nothing more was sent");
}

#[tokio::test]
async fn a_run_start_that_may_have_been_processed_is_not_transient() {
    let server = HttpServer::start();
    server.on("POST", "/v1/workflows/wf_1/command", [Reply::status(503)]);
    let client = client_for(&server, RetryPolicy::default());
    let error = client
        .run_workflow_command("wf_1", start())
        .send()
        .await
        .unwrap_err();
    assert_eq!(error.kind(), ErrorKind::Server);
    assert_eq!(error.attempts(), 1, "a run start is never sent twice");
    assert!(error.may_have_been_processed());
    assert!(!error.is_transient(), "resending could start a second run");

    // The same status on a read is safe to resend.
    server.on("GET", "/v1/workflows/wf_1", [Reply::status(503)]);
    let read = client
        .get_workflow("wf_1")
        .send_with(RequestOptions::new().retry(RetryPolicy::none()))
        .await
        .unwrap_err();
    assert!(read.may_have_been_processed() && read.is_transient());

    // A refusal proves nothing happened.
    server.on(
        "POST",
        "/v1/workflows/wf_2/command",
        [Reply::json(409, json!({}))],
    );
    let conflict = client
        .run_workflow_command("wf_2", start())
        .send()
        .await
        .unwrap_err();
    assert!(!conflict.may_have_been_processed());
}

#[tokio::test]
async fn a_refused_connection_was_not_processed_and_is_transient() {
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let client = Client::builder()
        .base_url(format!("http://127.0.0.1:{port}"))
        .tenant("acme")
        .project("proj_1")
        .retry(RetryPolicy::none())
        .build()
        .unwrap();
    let error = client
        .run_workflow_command("wf_1", start())
        .send()
        .await
        .unwrap_err();
    assert_eq!(error.kind(), ErrorKind::Connect);
    assert!(!error.may_have_been_processed());
    assert!(error.is_transient());
}

#[tokio::test]
async fn bodies_build_with_the_re_exported_serde_json() {
    use agentruntime::serde_json::json as body;
    let server = HttpServer::start();
    server.on(
        "POST",
        "/v1/experimental/things",
        [Reply::json(201, body!({"id": "t1"}))],
    );
    let client = client_for(&server, RetryPolicy::none());
    let created = client
        .request(HttpMethod::Post, "/v1/experimental/things")
        .json(&body!({"name": "x", "tags": ["a"]}))
        .send()
        .await
        .unwrap();
    let value: agentruntime::serde_json::Value = created.into_inner();
    assert_eq!(value["id"], "t1");
    assert_eq!(
        server.requests()[0].json(),
        json!({"name": "x", "tags": ["a"]})
    );
}

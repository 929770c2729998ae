//! The client against a real loopback server: what every request carries (credentials, context
//! per operation scope, User-Agent), configuration errors, and secrets kept out of `Debug`.

use agentruntime::{Client, Environment, ErrorKind, RetryPolicy};
use agentruntime_tests::{HttpServer, LogCapture, Reply, client_for};
use serde_json::json;

const PAT: &str = "pat_test_secret_0123456789";

use agentruntime_tests::workflow_json as workflow;

fn empty_page() -> serde_json::Value {
    json!({"items": [], "next_page": null})
}

#[tokio::test]
async fn builder_values_are_sent() {
    let server = HttpServer::start();
    server.on(
        "GET",
        "/v1/workflows/wf_1",
        [Reply::json(200, workflow("wf_1"))],
    );
    let client = Client::builder()
        .base_url(server.url())
        .pat(PAT)
        .tenant("acme")
        .project("proj_1")
        .build()
        .unwrap();

    let response = client.get_workflow("wf_1").send().await.unwrap();
    assert_eq!(response.name, "Daily report");

    let request = &server.requests()[0];
    assert_eq!(request.method, "GET");
    assert_eq!(request.path, "/v1/workflows/wf_1");
    assert_eq!(
        request.header("authorization"),
        Some(&*format!("Bearer {PAT}"))
    );
    assert_eq!(request.header("x-tenant-id"), Some("acme"));
    assert_eq!(request.header("x-project-id"), Some("proj_1"));
    assert_eq!(
        request.header("user-agent"),
        Some(agentruntime::USER_AGENT),
        "User-Agent is agentruntime-rust/<crate version>"
    );
    assert!(agentruntime::USER_AGENT.starts_with("agentruntime-rust/"));
}

#[tokio::test]
async fn context_headers_follow_each_operations_scope() {
    let server = HttpServer::start();
    server.on(
        "GET",
        "/v1/workflows/wf_1",
        [Reply::json(200, workflow("wf_1"))],
    );
    server.on("GET", "/v1/runs", [Reply::json(200, empty_page())]);
    server.on(
        "GET",
        "/v1/config/stripe",
        [Reply::json(200, json!({"publishable_key": "pk_test_1"}))],
    );
    let client = client_for(&server, RetryPolicy::none());

    client.get_workflow("wf_1").send().await.unwrap(); // project scope
    client.list_runs().send().await.unwrap(); // tenant scope
    client.get_stripe_config().send().await.unwrap(); // no scope

    let project = &server.requests_to("/v1/workflows/wf_1")[0];
    assert_eq!(project.header("x-tenant-id"), Some("acme"));
    assert_eq!(project.header("x-project-id"), Some("proj_1"));
    let tenant = &server.requests_to("/v1/runs")[0];
    assert_eq!(tenant.header("x-tenant-id"), Some("acme"));
    assert_eq!(tenant.header("x-project-id"), None);
    let none = &server.requests_to("/v1/config/stripe")[0];
    assert_eq!(none.header("x-tenant-id"), None);
    assert_eq!(none.header("x-project-id"), None);
}

#[tokio::test]
async fn a_scoped_call_without_context_fails_before_sending() {
    let server = HttpServer::start();
    let no_project = Client::builder()
        .base_url(server.url())
        .pat(PAT)
        .tenant("acme")
        .build()
        .unwrap();
    let error = no_project.get_workflow("wf_1").send().await.unwrap_err();
    assert_eq!(error.kind(), ErrorKind::MissingContext);
    assert_eq!(error.operation(), Some("get_workflow"));
    assert_eq!(error.missing_header(), Some("X-Project-Id"));
    assert_eq!(error.attempts(), 0);
    let message = error.to_string();
    assert!(
        message.contains("get_workflow") && message.contains("X-Project-Id"),
        "{message}"
    );

    let no_tenant = Client::builder()
        .base_url(server.url())
        .pat(PAT)
        .build()
        .unwrap();
    let error = no_tenant.list_runs().send().await.unwrap_err();
    assert_eq!(error.kind(), ErrorKind::MissingContext);
    assert_eq!(error.missing_header(), Some("X-Tenant-Id"));

    assert!(server.requests().is_empty(), "nothing may reach the server");
}

#[tokio::test]
async fn with_project_and_with_tenant_are_cheap_clones_acting_elsewhere() {
    let server = HttpServer::start();
    server.on(
        "GET",
        "/v1/workflows/wf_1",
        [Reply::json(200, workflow("wf_1"))],
    );
    let client = client_for(&server, RetryPolicy::none());
    let other = client.with_project("proj_2").with_tenant("globex");
    assert_eq!(other.project(), Some("proj_2"));
    assert_eq!(other.tenant(), Some("globex"));
    assert_eq!(
        client.project(),
        Some("proj_1"),
        "the original keeps its context"
    );

    other.get_workflow("wf_1").send().await.unwrap();
    client.get_workflow("wf_1").send().await.unwrap();
    let requests = server.requests();
    assert_eq!(requests[0].header("x-project-id"), Some("proj_2"));
    assert_eq!(requests[0].header("x-tenant-id"), Some("globex"));
    assert_eq!(
        requests[0].header("authorization"),
        Some(&*format!("Bearer {PAT}"))
    );
    assert_eq!(requests[1].header("x-project-id"), Some("proj_1"));
}

#[tokio::test]
async fn a_session_cookie_is_sent_instead_of_a_bearer_token() {
    let server = HttpServer::start();
    server.on(
        "GET",
        "/v1/workflows/wf_1",
        [Reply::json(200, workflow("wf_1"))],
    );
    let client = Client::builder()
        .base_url(server.url())
        .session_cookie("session=s_secret_cookie")
        .tenant("acme")
        .project("proj_1")
        .build()
        .unwrap();
    client.get_workflow("wf_1").send().await.unwrap();
    let request = &server.requests()[0];
    assert_eq!(request.header("cookie"), Some("session=s_secret_cookie"));
    assert_eq!(request.header("authorization"), None);
}

#[tokio::test]
async fn a_redirect_to_another_host_does_not_carry_credentials() {
    let target = HttpServer::start();
    target.on(
        "GET",
        "/v1/workflows/wf_1",
        [Reply::json(200, workflow("wf_1"))],
    );
    let origin = HttpServer::start();
    let location = format!(
        "{}/v1/workflows/wf_1",
        target.url().replace("127.0.0.1", "localhost")
    );
    origin.on(
        "GET",
        "/v1/workflows/wf_1",
        [Reply::redirect(307, &location)],
    );
    let client = client_for(&origin, RetryPolicy::none());

    client.get_workflow("wf_1").send().await.unwrap();
    assert_eq!(
        origin.requests()[0].header("authorization"),
        Some(&*format!("Bearer {PAT}"))
    );
    let followed = &target.requests()[0];
    assert_eq!(
        followed.header("authorization"),
        None,
        "credentials must not follow a redirect"
    );
    assert_eq!(followed.header("cookie"), None);
}

#[tokio::test]
async fn successful_responses_expose_status_and_request_id() {
    let server = HttpServer::start();
    server.on(
        "GET",
        "/v1/workflows/wf_1",
        [Reply::json(200, workflow("wf_1")).header("x-request-id", "req_42")],
    );
    let client = client_for(&server, RetryPolicy::none());
    let response = client.get_workflow("wf_1").send().await.unwrap();
    assert_eq!(response.request_id(), Some("req_42"));
    assert_eq!(response.status(), 200);
    assert_eq!(response.into_inner().id, "wf_1");
}

#[test]
fn environments_name_the_documented_hosts() {
    assert_eq!(
        Environment::Production.base_url(),
        "https://api.agentruntime.io"
    );
    assert_eq!(
        Environment::Development.base_url(),
        "https://api-dev.agentruntime.io"
    );
    let client = Client::builder()
        .environment(Environment::Development)
        .build()
        .unwrap();
    assert_eq!(client.base_url(), "https://api-dev.agentruntime.io");
    let client = Client::builder().build().unwrap();
    assert_eq!(
        client.base_url(),
        "https://api.agentruntime.io",
        "production is the default"
    );
    let client = Client::builder()
        .base_url("http://127.0.0.1:8080/")
        .build()
        .unwrap();
    assert_eq!(
        client.base_url(),
        "http://127.0.0.1:8080",
        "a base URL wins and loses its trailing slash"
    );
}

#[test]
fn from_env_reads_the_documented_variables() {
    // SAFETY: no other test of this binary reads or writes the AR_* variables.
    unsafe {
        std::env::set_var("AR_API", "http://127.0.0.1:9");
        std::env::set_var("AR_TOKEN", PAT);
        std::env::set_var("AR_TENANT", "acme");
        std::env::set_var("AR_PROJECT", "proj_9");
    }
    let client = Client::from_env().unwrap();
    assert_eq!(client.base_url(), "http://127.0.0.1:9");
    assert_eq!(client.tenant(), Some("acme"));
    assert_eq!(client.project(), Some("proj_9"));
    assert!(!format!("{client:?}").contains(PAT));
    unsafe {
        for name in ["AR_API", "AR_TOKEN", "AR_TENANT", "AR_PROJECT"] {
            std::env::remove_var(name);
        }
    }
}

#[tokio::test]
async fn bad_configuration_is_reported_as_invalid_config() {
    for url in ["not a url", "ftp://example.com", "http://"] {
        let error = Client::builder().base_url(url).build().unwrap_err();
        assert_eq!(error.kind(), ErrorKind::InvalidConfig, "{url}");
    }
    let error = Client::builder()
        .pat(PAT)
        .session_cookie("s=1")
        .build()
        .unwrap_err();
    assert_eq!(error.kind(), ErrorKind::InvalidConfig);
    let error = Client::builder()
        .pat("pat_with\nnewline")
        .build()
        .unwrap_err();
    assert_eq!(error.kind(), ErrorKind::InvalidConfig);
    assert!(
        !error.to_string().contains("pat_with"),
        "the bad secret is not echoed"
    );

    let server = HttpServer::start();
    let client = client_for(&server, RetryPolicy::none()).with_project("bad\nproject");
    let error = client.get_workflow("wf_1").send().await.unwrap_err();
    assert_eq!(error.kind(), ErrorKind::InvalidConfig);
    assert!(server.requests().is_empty());
}

#[tokio::test]
async fn secrets_never_show_in_debug_display_or_traces() {
    let logs = LogCapture::start();
    let server = HttpServer::start();
    server.on(
        "GET",
        "/v1/workflows/wf_1",
        [Reply::status(401).header("x-request-id", "req_1")],
    );
    let builder = Client::builder()
        .base_url(server.url())
        .pat(PAT)
        .tenant("acme")
        .project("proj_1");
    let builder_debug = format!("{builder:?}");
    let client = builder.build().unwrap();
    let error = client.get_workflow("wf_1").send().await.unwrap_err();

    let cookie_client = Client::builder()
        .base_url(server.url())
        .session_cookie("session=s_secret_cookie")
        .build()
        .unwrap();

    for text in [
        builder_debug,
        format!("{client:?}"),
        format!("{client:#?}"),
        format!("{cookie_client:?}"),
        format!("{error}"),
        format!("{error:?}"),
        logs.text(),
    ] {
        assert!(!text.contains(PAT), "PAT leaked: {text}");
        assert!(!text.contains("s_secret_cookie"), "cookie leaked: {text}");
    }
    assert!(format!("{client:?}").contains("[REDACTED]"));
    assert!(format!("{cookie_client:?}").contains("[REDACTED]"));
    assert!(!logs.text().is_empty(), "the call was traced");
}

#[tokio::test]
async fn every_call_is_traced_with_operation_method_path_status_and_attempts() {
    let logs = LogCapture::start();
    let server = HttpServer::start();
    server.on(
        "GET",
        "/v1/workflows/wf_1",
        [Reply::json(200, workflow("wf_1"))],
    );
    client_for(&server, RetryPolicy::none())
        .get_workflow("wf_1")
        .send()
        .await
        .unwrap();
    let spans = logs.lines_with("agentruntime.request");
    let closed = spans
        .iter()
        .find(|l| l.contains("close"))
        .expect("the span closes");
    for field in [
        "operation=\"get_workflow\"",
        "method=\"GET\"",
        "path=\"/v1/workflows/{id}\"",
        "status=200",
        "attempts=1",
        "duration_ms=",
    ] {
        assert!(closed.contains(field), "{field} missing in {closed}");
    }
}

#[tokio::test]
async fn secret_fields_travel_in_plain_but_never_print() {
    use agentruntime::Secret;
    use agentruntime::types::{InboundWebhookCreate, PatCreate};
    let server = HttpServer::start();
    server.on(
        "POST",
        "/v1/pats",
        [Reply::json(
            201,
            json!({"id": "pat-1", "display_name": "ci", "token": "pat_new_secret_value",
                   "scopes": ["workflow:read"], "created_at": "2026-06-06T12:00:00Z"}),
        )],
    );
    server.on(
        "POST",
        "/v1/inbound-webhooks",
        [Reply::json(
            201,
            json!({"subscription": {"id": "sub_1", "tenant_id": "acme", "project_id": "proj_1",
                   "workflow_id": "wf_1", "name": "github", "enabled": true,
                   "created_at": "2026-06-06T12:00:00Z", "updated_at": "2026-06-06T12:00:00Z"},
                   "signing_secret": "whsec_signing_secret_value",
                   "ingress_url": "https://api.agentruntime.io/v1/inbound-webhooks/sub_1",
                   "ingress_path": "/v1/inbound-webhooks/sub_1"}),
        )],
    );
    let client = client_for(&server, RetryPolicy::none());
    let body: PatCreate =
        serde_json::from_value(json!({"display_name": "ci", "scopes": ["workflow:read"]})).unwrap();
    let created = client.create_pat(body).send().await.unwrap().into_inner();
    assert_eq!(created.token.expose_secret(), "pat_new_secret_value");
    assert!(!format!("{created:?}").contains("pat_new_secret_value"));

    let subscription = client
        .create_inbound_webhook(InboundWebhookCreate {
            automation_bearer: Some(Secret::new("pat_pasted_once_value")),
            automation_pat_id: None,
            extras: None,
            name: "github".into(),
            workflow_id: "wf_1".into(),
        })
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_eq!(
        subscription.signing_secret.expose_secret(),
        "whsec_signing_secret_value"
    );
    assert!(!format!("{subscription:?}").contains("whsec_signing_secret_value"));
    let sent = &server.requests_to("/v1/inbound-webhooks")[0];
    assert_eq!(
        sent.json()["automation_bearer"],
        "pat_pasted_once_value",
        "sent as the plain string"
    );
}

#[tokio::test]
async fn a_signed_ingress_delivery_verifies_against_the_bytes_the_server_received() {
    use agentruntime::types::InboundWebhookPayload;
    use agentruntime::{Secret, verify_webhook_signature, webhook_signature};
    let server = HttpServer::start();
    server.on(
        "POST",
        "/v1/inbound-webhooks/sub_1",
        [Reply::json(
            202,
            json!({"accepted": true, "delivery_id": "dlv_1", "run_id": "run_1"}),
        )],
    );
    let secret = Secret::new("whsec_signing_secret_value");
    let payload = InboundWebhookPayload(
        json!({"action": "opened", "pull_request": {"number": 42}})
            .as_object()
            .unwrap()
            .clone(),
    );
    // The SDK sends serde_json's bytes of the body, so signing those bytes signs what is sent.
    let signature = webhook_signature(&secret, &serde_json::to_vec(&payload).unwrap());
    let delivery = client_for(&server, RetryPolicy::none())
        .trigger_inbound_webhook("sub_1", signature.as_str(), payload)
        .idempotency_key("delivery-42")
        .send()
        .await
        .unwrap();
    assert_eq!(delivery.accepted, Some(true));
    let received = &server.requests_to("/v1/inbound-webhooks/sub_1")[0];
    let header = received.header("x-agentruntime-signature").unwrap();
    assert!(verify_webhook_signature(&secret, &received.body, header));
    assert_eq!(received.header("idempotency-key"), Some("delivery-42"));
    assert_eq!(received.header("x-tenant-id"), None, "ingress is unscoped");
}

#[tokio::test]
async fn an_enum_value_added_by_a_newer_server_still_decodes() {
    use agentruntime::types::{Run, RunStatus};
    let server = HttpServer::start();
    server.on(
        "GET",
        "/v1/runs",
        [Reply::json(
            200,
            json!({"items": [
                {"run_id": "run_1", "workflow_id": "wf_1", "status": "running"},
                {"run_id": "run_2", "workflow_id": "wf_1", "status": "cancelling"}
            ], "next_page": null}),
        )],
    );
    let page = client_for(&server, RetryPolicy::none())
        .list_runs()
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_eq!(page.items[0].status, RunStatus::Running);
    assert_eq!(
        page.items[1].status,
        RunStatus::Unknown("cancelling".into())
    );
    assert_eq!(page.items[1].status.to_string(), "cancelling");
    // Sent back as it came.
    let again: Run = serde_json::from_value(serde_json::to_value(&page.items[1]).unwrap()).unwrap();
    assert_eq!(again.status, RunStatus::Unknown("cancelling".into()));
    // Values the caller writes are still checked.
    assert!("runing".parse::<RunStatus>().is_err());
}

#[test]
fn default_timeouts_and_retry_policy_are_the_documented_ones() {
    use std::time::Duration;
    let timeouts = agentruntime::Timeouts::default();
    assert_eq!(timeouts.connect, Some(Duration::from_secs(5)));
    assert_eq!(timeouts.attempt, Some(Duration::from_secs(60)));
    let policy = RetryPolicy::default();
    assert_eq!(policy.get_max_attempts(), 3);
    assert_eq!(policy.backoff_cap(0), Duration::from_millis(500));
    assert_eq!(policy.backoff_cap(10), Duration::from_secs(8));
    assert_eq!(policy.get_deadline(), None);
    assert_eq!(RetryPolicy::none().get_max_attempts(), 1);
    let client = Client::builder().build().unwrap();
    assert_eq!(client.retry_policy(), &RetryPolicy::default());
}

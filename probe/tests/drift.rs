//! The probe against a loopback server that answers some operations in the vendor site
//! document's shapes (a list under another name, a run with `id` instead of `run_id`, events with
//! `type` instead of `event_type`, a step type the spec does not know) and others in the spec's
//! own shape: exactly those drifts are reported, at their JSON pointers, and the server only ever
//! sees GET requests sent through the SDK's pipeline.
//!
//! The bodies are the spec's own examples, changed in one place each, so the test follows the
//! spec as it evolves: where the spec has come to accept a vendor shape (it makes a field
//! optional), that operation is expected `ok`, and the test says so.

mod common;

use agentruntime_probe::{Config, Report, Verdict, probe};
use agentruntime_tests::{HttpServer, Reply};
use common::{PROJECT, TENANT, TOKEN, example, list_key, rename, required};
use serde_json::{Value, json};

fn config(server: &HttpServer, only: &[&str]) -> Config {
    let mut config = Config::new(server.url());
    config.token = Some(TOKEN.to_owned());
    config.tenant = Some(TENANT.to_owned());
    config.project = Some(PROJECT.to_owned());
    config.only = only.iter().map(|id| (*id).to_owned()).collect();
    config
}

fn pointers(report: &Report, id: &str) -> Vec<String> {
    let op = report
        .operation(id)
        .unwrap_or_else(|| panic!("{id} is in the report"));
    op.drifts.iter().map(|d| d.pointer.clone()).collect()
}

fn verdict(report: &Report, id: &str) -> Verdict {
    report.operation(id).expect("in the report").verdict
}

fn str_at<'a>(value: &'a Value, pointer: &str) -> &'a str {
    value
        .pointer(pointer)
        .and_then(Value::as_str)
        .unwrap_or_else(|| panic!("no string at {pointer} in {value}"))
}

#[tokio::test]
async fn vendor_shapes_are_reported_at_their_pointers() {
    let spec = common::spec();
    let server = HttpServer::start();

    // list_workflows: the list under another property name.
    let mut workflows = example(&spec, "list_workflows");
    let workflows_key = list_key(&workflows);
    rename(&mut workflows, &workflows_key, "data");
    let workflow_id = str_at(&workflows, "/data/0/id").to_owned();
    server.on("GET", "/v1/workflows", [Reply::json(200, workflows)]);

    // get_workflow: a step type the spec does not list.
    let mut workflow = example(&spec, "get_workflow");
    assert!(
        workflow.pointer("/graph/steps/0/type").is_some(),
        "the example has a typed step"
    );
    workflow["graph"]["steps"][0]["type"] = json!("x");
    let workflow_path = format!("/v1/workflows/{workflow_id}");
    server.on("GET", &workflow_path, [Reply::json(200, workflow)]);

    // list_workflow_versions: the spec's shape.
    let versions = example(&spec, "list_workflow_versions");
    server.on(
        "GET",
        &format!("{workflow_path}/versions"),
        [Reply::json(200, versions)],
    );

    // list_workflow_runs: a run with `id` instead of `run_id`.
    let mut runs = example(&spec, "list_workflow_runs");
    let runs_key = list_key(&runs);
    rename(&mut runs[&runs_key][0], "run_id", "id");
    let run_id = str_at(&runs, &format!("/{runs_key}/0/id")).to_owned();
    server.on(
        "GET",
        &format!("{workflow_path}/runs"),
        [Reply::json(200, runs)],
    );

    // get_run_context: the spec's shape; found through the renamed run's `id`.
    let run_path = format!("{workflow_path}/runs/{run_id}");
    let context = example(&spec, "get_run_context");
    server.on(
        "GET",
        &format!("{run_path}/context"),
        [Reply::json(200, context)],
    );

    // list_run_events: events with `type` instead of `event_type`.
    let mut events = example(&spec, "list_run_events");
    let events_key = list_key(&events);
    rename(&mut events[&events_key][0], "event_type", "type");
    server.on(
        "GET",
        &format!("{run_path}/events"),
        [Reply::json(200, events)],
    );

    let selected = [
        "list_workflows",
        "get_workflow",
        "list_workflow_versions",
        "list_workflow_runs",
        "get_run_context",
        "list_run_events",
    ];
    let report = probe(&config(&server, &selected))
        .await
        .expect("the probe runs");
    print!("{}", report.render());

    // The list under another name: its envelope field is required.
    assert!(required(&spec, "list_workflows", None).contains(&workflows_key));
    assert_eq!(
        pointers(&report, "list_workflows"),
        [format!("/{workflows_key}")]
    );
    // A step type outside the spec's enum, reported at the step's `type`.
    assert_eq!(pointers(&report, "get_workflow"), ["/graph/steps/0/type"]);
    let step = &report.operation("get_workflow").unwrap().drifts[0];
    assert!(step.expected.starts_with("one of ["), "{step:?}");
    assert!(step.expected.contains("llm_call"), "{step:?}");
    assert_eq!(step.actual, "\"x\"");
    // `id` for `run_id`, `type` for `event_type`: drift exactly where the spec requires the
    // field the vendor shape renames.
    let mut expected_ok = vec!["list_workflow_versions", "get_run_context"];
    for (id, list, field) in [
        ("list_workflow_runs", &runs_key, "run_id"),
        ("list_run_events", &events_key, "event_type"),
    ] {
        if required(&spec, id, Some(list))
            .iter()
            .any(|name| name == field)
        {
            assert_eq!(
                pointers(&report, id),
                [format!("/{list}/0/{field}")],
                "{id}"
            );
        } else {
            println!("{id}: the spec accepts a missing `{field}` now");
            expected_ok.push(id);
        }
    }
    for id in &expected_ok {
        assert_eq!(verdict(&report, id), Verdict::Ok, "{id}");
    }
    assert_eq!(
        (report.ok, report.drift),
        (expected_ok.len(), 6 - expected_ok.len())
    );
    assert!(report.has_drift());

    let requests = server.requests();
    assert_eq!(requests.len(), 6, "one call per operation: {requests:?}");
    assert_eq!(report.requests, 6);
    for request in &requests {
        assert_eq!(request.method, "GET", "{} {}", request.method, request.path);
        // The SDK's pipeline added the credentials and the context.
        assert_eq!(
            request.header("authorization"),
            Some(format!("Bearer {TOKEN}").as_str())
        );
        assert_eq!(request.header("x-tenant-id"), Some(TENANT));
        assert_eq!(request.header("x-project-id"), Some(PROJECT));
    }
    // Lists get a small page when they take a `limit`.
    for request in requests.iter().filter(|r| r.path.ends_with("/runs")) {
        assert_eq!(
            request.query_pairs(),
            [("limit".to_owned(), "5".to_owned())]
        );
    }
}

#[tokio::test]
async fn statuses_second_ids_and_the_request_budget() {
    let spec = common::spec();
    let server = HttpServer::start();
    let mut workflows = example(&spec, "list_workflows");
    let key = list_key(&workflows);
    let mut second = workflows[&key][0].clone();
    second["id"] = json!("wf_second");
    workflows[&key].as_array_mut().unwrap().push(second);
    let first_id = str_at(&workflows, &format!("/{key}/0/id")).to_owned();
    server.on("GET", "/v1/workflows", [Reply::json(200, workflows)]);
    // The first id is unknown to the server (unscripted routes answer 404); the second works.
    server.on(
        "GET",
        "/v1/workflows/wf_second",
        [Reply::json(200, example(&spec, "get_workflow"))],
    );
    // A status the spec does not document for the operation is drift; 403 is a skip.
    server.on(
        "GET",
        &format!("/v1/workflows/{first_id}/versions"),
        [Reply::status(418)],
    );
    server.on(
        "GET",
        &format!("/v1/workflows/{first_id}/runs"),
        [Reply::json(
            403,
            json!({"error": "forbidden for ada@example.org"}),
        )],
    );

    let only = [
        "list_workflows",
        "get_workflow",
        "list_workflow_versions",
        "list_workflow_runs",
    ];
    let report = probe(&config(&server, &only))
        .await
        .expect("the probe runs");
    print!("{}", report.render());

    let get = report.operation("get_workflow").unwrap();
    assert_eq!((get.verdict, get.requests), (Verdict::Ok, 2), "{get:?}");
    assert_eq!(get.called.as_deref(), Some("/v1/workflows/wf_second"));
    let versions = report.operation("list_workflow_versions").unwrap();
    assert_eq!(versions.verdict, Verdict::Drift);
    assert_eq!(versions.drifts[0].pointer, "status");
    assert_eq!(versions.drifts[0].actual, "418");
    let runs = report.operation("list_workflow_runs").unwrap();
    assert_eq!(runs.verdict, Verdict::Skipped);
    assert_eq!(
        runs.skip.as_deref(),
        Some("status 403: forbidden for user@example.com"),
        "messages are redacted"
    );
    assert_eq!(report.requests, 5);

    // The budget stops the run; what was not called says why.
    let mut limited = config(&server, &only);
    limited.max_requests = 1;
    let before = server.requests().len();
    let report = probe(&limited).await.expect("the probe runs");
    assert_eq!(report.requests, 1);
    assert_eq!(server.requests().len() - before, 1);
    let skipped: Vec<&str> = report
        .operations
        .iter()
        .filter(|o| only.contains(&o.id.as_str()) && o.verdict == Verdict::Skipped)
        .map(|o| o.skip.as_deref().unwrap_or_default())
        .collect();
    assert_eq!(skipped, ["request budget spent (--max-requests 1)"; 3]);
}

#[tokio::test]
async fn without_context_scoped_operations_are_skipped_unsent() {
    let server = HttpServer::start();
    let mut config = config(&server, &["list_workflows", "list_runs"]);
    config.tenant = None;
    config.project = None;
    let report = probe(&config).await.expect("the probe runs");
    for id in ["list_workflows", "list_runs"] {
        let op = report.operation(id).unwrap();
        assert_eq!(op.verdict, Verdict::Skipped);
        assert_eq!(
            op.skip.as_deref(),
            Some("no value for X-Tenant-Id (--tenant)")
        );
    }
    assert!(server.requests().is_empty());
}

//! Runs every example program against a loopback server that plays the BFF for its flow, and
//! checks its exit status, the lines it prints and what the server received.
//!
//! The programs are the example binaries cargo built: `cargo test -p agentruntime-examples`
//! builds a package's examples before running its tests, into `target/<profile>/examples/`, next
//! to this test's `deps/` directory. (`cargo test --test run` alone does not build them.)

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, ExitStatus, Stdio};
use std::thread;
use std::time::{Duration, Instant};

use agentruntime::{Secret, verify_webhook_signature, webhook_signature};
use agentruntime_tests::ws::{EventLog, Plan, RUN_ID, Then, WORKFLOW_ID, WsServer};
use agentruntime_tests::{HttpServer, Recorded, Reply};
use serde_json::{Value, json};

/// The PAT the examples are given.
const TOKEN: &str = "pat_example_0123456789";

/// How long one example may run before it is killed (a hung example fails its test rather than
/// the whole run).
const LIMIT: Duration = Duration::from_secs(120);

/// What an example did.
struct Ran {
    status: ExitStatus,
    stdout: String,
    stderr: String,
}

impl Ran {
    /// Panics, showing everything it printed, unless it exited with status 0.
    fn assert_success(&self) -> &Self {
        assert!(self.status.success(), "exited with {}\n{self}", self.status);
        self
    }

    /// Panics unless one line of its standard output is exactly `line`.
    fn assert_line(&self, line: &str) -> &Self {
        assert!(
            self.stdout.lines().any(|l| l == line),
            "no line {line:?}\n{self}"
        );
        self
    }

    /// Panics unless one line of its standard output contains `part`.
    fn assert_line_with(&self, part: &str) -> &Self {
        assert!(
            self.stdout.lines().any(|l| l.contains(part)),
            "no line with {part:?}\n{self}"
        );
        self
    }
}

impl std::fmt::Display for Ran {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "--- stdout\n{}--- stderr\n{}---",
            self.stdout, self.stderr
        )
    }
}

/// The binary of the example `name`, built by `cargo test` before this test ran.
fn binary(name: &str) -> PathBuf {
    let exe = std::env::current_exe().expect("the test's own path");
    // target/<profile>/deps/run-<hash> → target/<profile>/examples/<name>
    let profile = exe
        .parent()
        .and_then(Path::parent)
        .expect("the test runs from target/<profile>/deps");
    let path = profile
        .join("examples")
        .join(format!("{name}{}", std::env::consts::EXE_SUFFIX));
    assert!(
        path.is_file(),
        "the example binary {} is missing: run `cargo test -p agentruntime-examples`, which \
         builds the examples before running this test",
        path.display()
    );
    let source = Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("{name}.rs"));
    let modified = |p: &Path| p.metadata().and_then(|m| m.modified()).ok();
    if let (Some(built), Some(edited)) = (modified(&path), modified(&source)) {
        assert!(
            built >= edited,
            "the example binary {} is older than {}: run `cargo test -p agentruntime-examples`, \
             which builds the examples before running this test",
            path.display(),
            source.display()
        );
    }
    path
}

/// Runs the example `name` with `args`, `AR_*` pointing at `api` (tenant `acme`, project
/// `proj_1`), the extra variables `env`, and `stdin` on its standard input.
fn run_with(name: &str, api: &str, args: &[&str], env: &[(&str, &str)], stdin: &[u8]) -> Ran {
    let mut command = Command::new(binary(name));
    command.args(args);
    // Nothing of the caller's configuration: no AR_* of their own, no proxy for loopback.
    for (key, _) in std::env::vars_os() {
        let key = key.to_string_lossy().to_ascii_uppercase();
        if key.starts_with("AR_") || key.ends_with("_PROXY") || key == "RUST_LOG" {
            command.env_remove(&key);
            command.env_remove(key.to_ascii_lowercase());
        }
    }
    command
        .env("AR_API", api)
        .env("AR_TOKEN", TOKEN)
        .env("AR_TENANT", "acme")
        .env("AR_PROJECT", "proj_1")
        .env("NO_PROXY", "127.0.0.1,localhost")
        .envs(env.iter().copied())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = command.spawn().expect("the example starts");
    let mut input = child.stdin.take().expect("piped stdin");
    input.write_all(stdin).expect("stdin written");
    drop(input);
    let read = |mut pipe: Box<dyn Read + Send>| {
        thread::spawn(move || {
            let mut text = String::new();
            pipe.read_to_string(&mut text).ok();
            text
        })
    };
    let stdout = read(Box::new(child.stdout.take().expect("piped stdout")));
    let stderr = read(Box::new(child.stderr.take().expect("piped stderr")));
    let start = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().expect("the example can be waited for") {
            break status;
        }
        if start.elapsed() > LIMIT {
            child.kill().ok();
            let status = child.wait().expect("the killed example ends");
            let ran = Ran {
                status,
                stdout: stdout.join().unwrap_or_default(),
                stderr: stderr.join().unwrap_or_default(),
            };
            panic!("{name} did not end within {LIMIT:?}\n{ran}");
        }
        thread::sleep(Duration::from_millis(20));
    };
    Ran {
        status,
        stdout: stdout.join().expect("stdout read"),
        stderr: stderr.join().expect("stderr read"),
    }
}

fn run(name: &str, api: &str, args: &[&str]) -> Ran {
    run_with(name, api, args, &[], b"")
}

/// Asserts the credential and context headers every scoped call sends.
fn assert_scoped(request: &Recorded, project: Option<&str>) {
    let what = format!("{} {}", request.method, request.path);
    assert_eq!(
        request.header("authorization"),
        Some(format!("Bearer {TOKEN}").as_str()),
        "{what}"
    );
    assert_eq!(request.header("x-tenant-id"), Some("acme"), "{what}");
    assert_eq!(request.header("x-project-id"), project, "{what}");
}

fn workflow(id: &str, name: &str) -> Value {
    json!({
        "id": id, "name": name, "tenant_id": "acme", "project_id": "proj_1", "status": "draft",
        "created_at": "2026-06-06T12:00:00Z", "updated_at": "2026-06-06T12:00:00Z"
    })
}

fn summary(status: &str, complete: bool) -> Value {
    json!({
        "run_id": RUN_ID, "workflow_id": WORKFLOW_ID, "status": status,
        "orchestration_phase": if complete { "finished" } else { "executing" },
        "run_complete": complete,
    })
}

fn started() -> Reply {
    Reply::json(
        200,
        json!({"run_id": RUN_ID, "status": "running", "workflow_id": WORKFLOW_ID,
               "started_at": "2026-06-06T12:00:00Z"}),
    )
}

/// The events of a run of the quickstart's workflow: `greet`, then `shout`, then `completed`,
/// with an event type this SDK does not know in between.
fn greeting_run() -> EventLog {
    let step = |name: &str| json!({"step_name": name, "step_type": "lua_script", "attempt": 1});
    EventLog::from_events(vec![
        EventLog::event(
            1,
            "run_started",
            None,
            json!({"trigger_type": "api", "workflow_version": 1}),
        ),
        EventLog::event(2, "step_started", Some("greet"), step("Greet")),
        EventLog::event(
            3,
            "step_completed",
            Some("greet"),
            json!({"result": {"greeting": "Hello, Ada"}, "duration_ms": 12}),
        ),
        EventLog::event(4, "step_started", Some("shout"), step("Shout")),
        EventLog::event(5, "step_note", Some("shout"), json!({"note": "newer"})),
        EventLog::event(
            6,
            "step_completed",
            Some("shout"),
            json!({"result": {"text": "HELLO, ADA"}, "duration_ms": 8}),
        ),
        EventLog::event(
            7,
            "state_changed",
            None,
            json!({"from": "running", "to": "completed"}),
        ),
    ])
}

/// A server that streams the whole `log` on the first upgrade, then holds the connection.
fn streaming(log: EventLog) -> WsServer {
    let frames = log.clone();
    let last = log.len();
    WsServer::start(log, move |_| {
        Plan::accept().events(&frames, 1..=last).then(Then::Hold)
    })
}

#[test]
fn quickstart_creates_publishes_starts_and_waits_for_a_run() {
    let server = streaming(greeting_run());
    let workflow_path = format!("/v1/workflows/{WORKFLOW_ID}");
    server.on(
        "POST",
        "/v1/workflows",
        [Reply::json(201, workflow(WORKFLOW_ID, "quickstart"))],
    );
    server.on(
        "POST",
        &format!("{workflow_path}/versions"),
        [Reply::json(
            201,
            json!({"workflow_id": WORKFLOW_ID, "version": 1, "changelog": "first version",
                   "published_at": "2026-06-06T12:00:00Z"}),
        )],
    );
    server.on("POST", &format!("{workflow_path}/command"), [started()]);
    server.on(
        "GET",
        &format!("{workflow_path}/runs/{RUN_ID}/context"),
        [Reply::json(
            200,
            json!({"run_id": RUN_ID, "status": "completed", "input": {"name": "Ada"},
            "steps": {
                "greet": {"status": "completed", "result": {"greeting": "Hello, Ada"}},
                "shout": {"status": "completed", "result": {"text": "HELLO, ADA"}},
            }}),
        )],
    );
    server.summaries([
        summary("running", false),
        summary("running", false),
        summary("completed", true),
    ]);

    run("quickstart", &server.url(), &[])
        .assert_success()
        .assert_line(&format!("created workflow {WORKFLOW_ID}"))
        .assert_line("published version 1")
        .assert_line(&format!("started run {RUN_ID}"))
        .assert_line("run completed")
        .assert_line(r#"shout returned {"text":"HELLO, ADA"}"#);

    let requests = server.http_requests();
    let create = &requests[0];
    assert_eq!(
        (create.method.as_str(), create.path.as_str()),
        ("POST", "/v1/workflows")
    );
    assert_scoped(create, Some("proj_1"));
    assert_eq!(
        create.json(),
        json!({
            "name": "quickstart",
            "graph": {"steps": [
                {"id": "greet", "type": "lua_script",
                 "script": "return { greeting = 'Hello, ' .. input.name }"},
                {"id": "shout", "type": "lua_script", "depends_on": ["greet"],
                 "script": "return { text = string.upper(steps.greet.result.greeting) }"},
            ]},
        })
    );
    let publish = &requests[1];
    assert_eq!(publish.path, format!("{workflow_path}/versions"));
    assert_eq!(publish.json(), json!({"changelog": "first version"}));
    let start = &requests[2];
    assert_eq!(start.path, format!("{workflow_path}/command"));
    let body = start.json();
    assert_eq!(body["command"], "start");
    assert_eq!(body["params"]["trigger_payload"], json!({"name": "Ada"}));
    // The wait followed the run's own stream.
    let upgrades = server.upgrades();
    assert_eq!(upgrades.len(), 1);
    assert_eq!(upgrades[0].path, format!("{workflow_path}/stream"));
    assert!(
        upgrades[0]
            .query_pairs()
            .contains(&("run_id".to_owned(), RUN_ID.to_owned()))
    );
    assert_scoped(&upgrades[0], Some("proj_1"));
    assert!(
        requests
            .iter()
            .any(|r| r.path.ends_with(&format!("/runs/{RUN_ID}/context")))
    );
}

#[test]
fn approve_tasks_approves_small_amounts_rejects_large_ones_and_leaves_the_rest() {
    let server = HttpServer::start();
    server.on(
        "GET",
        "/v1/tasks/pending",
        [Reply::json(
            200,
            json!({"tasks": [
                {"workflow_id": "wf_1", "run_id": "run_1", "task_id": "t_small",
                 "task_type": "approval", "project_id": "proj_2", "workflow_name": "Expenses",
                 "task_payload": {"amount": 250, "title": "Team lunch"}},
                // Some servers name the payload `context`.
                {"workflow_id": "wf_1", "run_id": "run_2", "task_id": "t_large",
                 "task_type": "approval", "context": {"amount": 5000}},
                {"workflow_id": "wf_2", "run_id": "run_3", "task_id": "t_edit",
                 "task_type": "edit", "task_payload": {"amount": 1}},
                {"workflow_id": "wf_2", "run_id": "run_4", "step_id": "t_none",
                 "task_type": "approval"},
            ]}),
        )],
    );
    let small = "/v1/workflows/wf_1/runs/run_1/tasks/t_small/complete";
    let large = "/v1/workflows/wf_1/runs/run_2/tasks/t_large/complete";
    let done = |id: &str, approved: bool| {
        Reply::json(
            200,
            json!({"status": "completed", "task_id": id, "approved": approved}),
        )
    };
    server.on("POST", small, [done("t_small", true)]);
    server.on("POST", large, [done("t_large", false)]);

    run("approve_tasks", &server.url(), &["1000"])
        .assert_success()
        .assert_line("4 pending task(s)")
        .assert_line("approved t_small of run run_1 (Expenses)")
        .assert_line("rejected t_large of run run_2 (?): amount 5000 exceeds the limit of 1000")
        .assert_line("left t_edit of run run_3 (?): not an approval")
        .assert_line("left t_none of run run_4 (?): no amount to check");

    let requests = server.requests();
    assert_eq!(requests.len(), 3, "the list and two decisions");
    let approve = &server.requests_to(small)[0];
    assert_eq!(
        approve.json(),
        json!({"approved": true, "result": {"comment": "approved automatically"}})
    );
    assert_scoped(approve, Some("proj_2"));
    let reject = &server.requests_to(large)[0];
    assert_eq!(
        reject.json(),
        json!({"approved": false,
               "result": {"reason": "amount 5000 exceeds the limit of 1000"}})
    );
    assert_scoped(reject, Some("proj_1"));
}

#[test]
fn errors_explains_each_kind_and_looks_before_creating_again() {
    let server = HttpServer::start();
    server.on(
        "GET",
        "/v1/workflows/00000000-0000-0000-0000-000000000000",
        [Reply::json(
            404,
            json!({"error": "workflow not found", "code": "not_found"}),
        )
        .header("x-request-id", "req_404")],
    );
    server.on(
        "POST",
        "/v1/workflows",
        [
            Reply::json(
                422,
                json!({"error": "validation failed", "code": "validation_failed",
                       "violations": [{"field": "graph.steps[0].depends_on[0]",
                                       "code": "unknown_step",
                                       "message": "unknown step missing"}]}),
            ),
            // Created, but only after the caller gave up.
            Reply::json(201, workflow("wf_late", "errors-example")).after(Duration::from_secs(30)),
        ],
    );
    server.on(
        "GET",
        "/v1/workflows",
        [
            Reply::json(
                429,
                json!({"error": "rate limited", "code": "rate_limited"}),
            )
            .header("retry-after", "7"),
            Reply::json(
                200,
                json!({"workflows": [
                    workflow("wf_1", "nightly"),
                    workflow("wf_late", "errors-example"),
                ]}),
            ),
        ],
    );

    run("errors", &server.url(), &[])
        .assert_success()
        .assert_line_with("404 Not Found: workflow not found [code not_found]")
        .assert_line("  -> no such resource (or the feature is off)")
        .assert_line("  -> transient: false, may have been processed: false, request id: req_404")
        .assert_line("  -> graph.steps[0].depends_on[0]: unknown step missing")
        .assert_line("  -> rate limited; retry after 7 s")
        .assert_line("  -> transient: true, may have been processed: false, request id: none")
        .assert_line_with("create_workflow (POST /v1/workflows) failed: timed out")
        .assert_line("  -> transient: false, may have been processed: true, request id: none")
        .assert_line("it was created after all: wf_late");

    let creates = server.requests_to("/v1/workflows");
    let (creates, lists): (Vec<_>, Vec<_>) = creates.iter().partition(|r| r.method == "POST");
    assert_eq!(
        creates.len(),
        2,
        "a create that timed out is not sent again"
    );
    assert_eq!(
        creates[0].json()["graph"]["steps"][0]["depends_on"],
        json!(["missing"])
    );
    assert_eq!(
        lists.len(),
        2,
        "no retry of the 429 under RetryPolicy::none()"
    );
    assert_eq!(
        lists[0].header("x-correlation-id"),
        Some("errors-example-3")
    );
    assert_eq!(lists[1].header("x-correlation-id"), None);
}

#[test]
fn live_events_starts_a_run_and_prints_its_events_until_it_ends() {
    let server = streaming(greeting_run());
    let command = format!("/v1/workflows/{WORKFLOW_ID}/command");
    server.on("POST", &command, [started()]);

    let ran = run("live_events", &server.url(), &[WORKFLOW_ID]);
    ran.assert_success()
        .assert_line(&format!("following run {RUN_ID} of {WORKFLOW_ID}"))
        .assert_line("12:00:00 #evt_000001 run started (version 1)")
        .assert_line("12:00:00 #evt_000002 step greet started (lua_script)")
        .assert_line(
            r#"12:00:00 #evt_000003 step greet completed in 12 ms: {"greeting":"Hello, Ada"}"#,
        )
        .assert_line("12:00:00 #evt_000005 step_note")
        .assert_line("12:00:00 #evt_000007 run is now completed")
        .assert_line("last event: evt_000007");
    assert_eq!(ran.stdout.lines().count(), 9, "a line per event\n{ran}");

    let requests = server.http_requests();
    assert_eq!(requests.len(), 1, "the start only\n{ran}");
    let body = requests[0].json();
    assert_eq!(body["command"], "start");
    assert_eq!(
        body["params"]["trigger_payload"],
        json!({"source": "live_events"})
    );
    let upgrades = server.upgrades();
    assert_eq!(upgrades.len(), 1);
    assert!(
        upgrades[0]
            .query_pairs()
            .contains(&("run_id".to_owned(), RUN_ID.to_owned()))
    );
}

#[test]
fn live_events_attaches_to_a_run_it_is_given() {
    let server = streaming(greeting_run());
    run("live_events", &server.url(), &[WORKFLOW_ID, RUN_ID])
        .assert_success()
        .assert_line(&format!("following run {RUN_ID} of {WORKFLOW_ID}"))
        .assert_line("12:00:00 #evt_000007 run is now completed");
    assert!(server.http_requests().is_empty(), "no run was started");
    assert_eq!(server.upgrades().len(), 1);
}

#[test]
fn list_runs_streams_every_page_then_stops_after_two_pages() {
    let server = HttpServer::start();
    // A listed run: its id field, status and any other fields.
    let item = |id: Value, status: &str, extra: Value| {
        let mut item = json!({"workflow_id": "wf_1", "status": status});
        let fields = item.as_object_mut().unwrap();
        fields.extend(id.as_object().unwrap().clone());
        fields.extend(extra.as_object().unwrap().clone());
        item
    };
    let page = |items: Vec<Value>, next: Option<&str>, request_id: &str| {
        Reply::json(200, json!({"items": items, "next_page": next}))
            .header("x-request-id", request_id)
    };
    server.on(
        "GET",
        "/v1/runs",
        [
            page(
                vec![
                    item(
                        json!({"run_id": "run_a"}),
                        "running",
                        json!({"workflow_name": "Nightly sync",
                               "started_at": "2026-06-06T12:00:00Z"}),
                    ),
                    // The run's id as the site document names it; not started yet.
                    item(json!({"id": "run_b"}), "running", json!({})),
                ],
                Some("r2"),
                "req_r1",
            ),
            page(
                vec![item(json!({"run_id": "run_c"}), "running", json!({}))],
                None,
                "req_r2",
            ),
            page(
                vec![item(
                    json!({"run_id": "run_f1"}),
                    "failed",
                    json!({"failure_code": "MCP_TOOL_FAILED"}),
                )],
                Some("f2"),
                "req_f1",
            ),
            page(
                vec![item(json!({"run_id": "run_f2"}), "failed", json!({}))],
                Some("f3"),
                "req_f2",
            ),
            page(vec![], None, "req_never"),
        ],
    );

    let ran = run("list_runs", &server.url(), &["wf_1"]);
    ran.assert_success()
        .assert_line("running: run_a of Nightly sync since 2026-06-06T12:00:00+00:00")
        .assert_line("running: run_b of wf_1 since (queued)")
        .assert_line("running: run_c of wf_1 since (queued)")
        .assert_line("3 running run(s)")
        .assert_line("page 1: 1 failed run(s), request id req_f1")
        .assert_line("  run_f1 (MCP_TOOL_FAILED)")
        .assert_line("page 2: 1 failed run(s), request id req_f2")
        .assert_line("  run_f2 (no code)")
        .assert_line("stopping after 2 pages");

    let queries: Vec<Vec<(String, String)>> = server
        .requests_to("/v1/runs")
        .iter()
        .map(|r| {
            let mut pairs = r.query_pairs();
            pairs.sort();
            pairs
        })
        .collect();
    let pairs = |list: &[(&str, &str)]| -> Vec<(String, String)> {
        let mut pairs: Vec<_> = list
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        pairs.sort();
        pairs
    };
    assert_eq!(
        queries,
        [
            pairs(&[
                ("limit", "50"),
                ("status", "running"),
                ("workflow_id", "wf_1")
            ]),
            pairs(&[
                ("limit", "50"),
                ("page_token", "r2"),
                ("status", "running"),
                ("workflow_id", "wf_1"),
            ]),
            pairs(&[("limit", "20"), ("status", "failed")]),
            pairs(&[("limit", "20"), ("page_token", "f2"), ("status", "failed")]),
        ],
        "filters on every page; no third page of failed runs\n{ran}"
    );
    for request in server.requests() {
        assert_scoped(&request, None);
    }
}

#[test]
fn raw_request_prints_the_json_and_decodes_it_into_its_own_type() {
    let server = HttpServer::start();
    server.on(
        "GET",
        "/v1/workflows",
        [
            Reply::json(
                200,
                json!({"workflows": [
                    workflow("wf_1", "Nightly sync"),
                    workflow("wf_2", "Triage"),
                ]}),
            )
            .header("x-request-id", "req_raw"),
            Reply::json(
                200,
                json!({"workflows": [workflow("wf_1", "Nightly sync")]}),
            ),
        ],
    );

    run("raw_request", &server.url(), &[])
        .assert_success()
        .assert_line("GET /v1/workflows: 200 OK (request id req_raw)")
        .assert_line(r#"      "name": "Triage","#)
        .assert_line("published: Nightly sync (wf_1)");

    let requests = server.requests_to("/v1/workflows");
    assert_eq!(requests.len(), 2);
    assert_eq!(
        requests[0].header("x-correlation-id"),
        Some("raw-request-example")
    );
    assert_eq!(requests[0].query, "");
    assert_eq!(requests[1].query, "status=published");
    for request in &requests {
        assert_scoped(request, Some("proj_1"));
    }
}

const SECRET: &str = "whsec_example_secret";

#[test]
fn webhooks_send_signs_the_bytes_it_sends() {
    let server = HttpServer::start();
    let ingress = "/v1/inbound-webhooks/sub_1";
    server.on(
        "POST",
        ingress,
        [Reply::json(
            202,
            json!({"accepted": true, "delivery_id": "dlv_1", "run_id": null}),
        )],
    );

    run_with(
        "webhooks",
        &server.url(),
        &["send", "sub_1"],
        &[("AR_WEBHOOK_SECRET", SECRET)],
        b"",
    )
    .assert_success()
    .assert_line("delivered: accepted true, delivery dlv_1, run not known yet");

    let delivery = &server.requests_to(ingress)[0];
    let signature = delivery
        .header("x-agentruntime-signature")
        .expect("a signature");
    assert!(
        verify_webhook_signature(&Secret::new(SECRET), &delivery.body, signature),
        "the signature covers the body as sent: {signature} over {}",
        String::from_utf8_lossy(&delivery.body)
    );
    assert_eq!(
        delivery.json(),
        json!({"order_id": "A-1001", "amount": 250, "currency": "EUR"})
    );
    assert_eq!(delivery.header("idempotency-key"), Some("order-A-1001"));
    assert_eq!(
        delivery.header("authorization"),
        Some(format!("Bearer {TOKEN}").as_str())
    );
    assert_eq!(
        delivery.header("x-tenant-id"),
        None,
        "the ingress takes no context"
    );
    assert_eq!(delivery.header("x-project-id"), None);
}

#[test]
fn webhooks_verify_accepts_a_signed_body_and_refuses_a_tampered_one() {
    // Keys in sorted order, so the event prints the same whether or not serde_json keeps
    // insertion order (its `preserve_order` feature, on in a whole-workspace build).
    let body = br#"{"connection_id":"conn_1","event":"connection.created"}"#;
    let signature = webhook_signature(&Secret::new(SECRET), body);
    let env = [("AR_WEBHOOK_SECRET", SECRET)];
    // No server: verifying is local. The URL is never called.
    let api = "http://127.0.0.1:9";

    run_with("webhooks", api, &["verify", &signature], &env, body)
        .assert_success()
        .assert_line(
            r#"signature ok; event: {"connection_id":"conn_1","event":"connection.created"}"#,
        );

    let tampered = br#"{"connection_id":"conn_2","event":"connection.created"}"#;
    let ran = run_with("webhooks", api, &["verify", &signature], &env, tampered);
    assert_eq!(ran.status.code(), Some(1), "{ran}");
    assert!(
        ran.stderr.contains("the signature does not match the body"),
        "{ran}"
    );
    assert!(ran.stdout.is_empty(), "{ran}");
}

#[test]
fn ask_autopilot_prints_the_reply_as_it_streams_and_stops_at_done() {
    let server = HttpServer::start();
    server.on(
        "POST",
        "/v1/autopilot/chat",
        [Reply::json(
            200,
            json!({"thread_id": "th_9", "message_id": "m_1", "mode": "ask"}),
        )],
    );
    let events = concat!(
        "event: token\ndata: {\"delta\": \"The run failed because \"}\n\n",
        "event: heartbeat\ndata: {}\n\n",
        "event: token\ndata: {\"delta\": \"the key was revoked.\"}\n\n",
        "event: action\ndata: {\"type\": \"run_workflow\", \"workflow_id\": \"wf_7\"}\n\n",
        "event: done\ndata: {\"message_id\": \"m_2\"}\n\n",
    );
    server.on(
        "GET",
        "/v1/autopilot/stream",
        [Reply::pieces(
            200,
            "text/event-stream",
            events.as_bytes().chunks(7).map(<[u8]>::to_vec).collect(),
        )],
    );
    run("ask_autopilot", &server.url(), &["Why did my run fail?"])
        .assert_success()
        .assert_line("The run failed because the key was revoked.")
        .assert_line("[action: run_workflow wf_7]")
        .assert_line("(reply m_2)");

    let sent = &server.requests_to("/v1/autopilot/chat")[0];
    assert_eq!(sent.json(), json!({"message": "Why did my run fail?"}));
    assert_eq!(sent.header("x-project-id"), Some("proj_1"));
    let streamed = &server.requests_to("/v1/autopilot/stream")[0];
    assert_eq!(
        streamed.query_pairs(),
        [("thread_id".to_owned(), "th_9".to_owned())]
    );
}

//! Run and task handles against loopback servers: `start_run` and a run's controls
//! (`support::http`), a run's events and wait with its timeout and polling fallback
//! (`support::ws`, tokio's paused clock where the wait waits), and task handles completing the
//! task they were listed for.

use std::time::Duration;

use agentruntime::types::StopMode;
use agentruntime::{
    ErrorKind, JsonObject, RetryPolicy, RunHandle, RunStatus, StreamOptions, Timeouts, WaitOptions,
};
use agentruntime_tests::ws::{EventLog, Plan, RUN_ID, Then, WORKFLOW_ID, WsServer};
use agentruntime_tests::{HttpServer, Reply, client_for};
use serde_json::json;

const COMMAND: &str = "/v1/workflows/wf_1/command";

fn started(run_id: &str) -> serde_json::Value {
    json!({"run_id": run_id, "status": "running", "workflow_id": "wf_1",
           "started_at": "2026-06-06T12:00:00Z"})
}

#[tokio::test]
async fn start_run_sends_a_start_command_with_the_input_and_returns_the_run() {
    let server = HttpServer::start();
    server.on("POST", COMMAND, [Reply::json(200, started("run_1"))]);
    let client = client_for(&server, RetryPolicy::default());

    let run = client
        .start_run(
            "wf_1",
            json!({"customer_email": "ada@example.com", "priority": 2}),
        )
        .await
        .unwrap();
    assert_eq!(run.run_id(), "run_1");
    assert_eq!(run.workflow_id(), "wf_1");

    let requests = server.requests_to(COMMAND);
    assert_eq!(requests.len(), 1);
    assert_eq!(requests[0].method, "POST");
    assert_eq!(requests[0].header("x-project-id"), Some("proj_1"));
    let body = requests[0].json();
    assert_eq!(body["command"], "start");
    assert_eq!(
        body["params"]["trigger_payload"],
        json!({"customer_email": "ada@example.com", "priority": 2})
    );

    // Pairs are an object too; no input sends no `trigger_payload`.
    client.start_run("wf_1", [("ticket", 42)]).await.unwrap();
    client.start_run("wf_1", JsonObject::new()).await.unwrap();
    let requests = server.requests_to(COMMAND);
    assert_eq!(
        requests[1].json()["params"]["trigger_payload"],
        json!({"ticket": 42})
    );
    assert!(
        requests[2].json()["params"]
            .get("trigger_payload")
            .is_none()
    );
}

#[tokio::test]
async fn a_start_without_a_run_id_is_a_decode_error_naming_the_operation() {
    for reply in [
        json!({"status": "running", "workflow_id": "wf_1"}),
        json!({"run_id": "", "status": "running"}),
        json!({"run_id": null}),
    ] {
        let server = HttpServer::start();
        server.on(
            "POST",
            COMMAND,
            [Reply::json(200, reply.clone()).header("x-request-id", "req_9")],
        );
        let client = client_for(&server, RetryPolicy::default());
        let error = client.start_run("wf_1", json!({"a": 1})).await.unwrap_err();
        assert_eq!(error.kind(), ErrorKind::Decode, "{reply}: {error}");
        assert_eq!(error.operation(), Some("run_workflow_command"));
        assert_eq!(error.decode_path(), Some("run_id"));
        assert_eq!(error.request_id(), Some("req_9"));
        assert!(error.to_string().contains("run_id"), "{error}");
        assert_eq!(server.requests().len(), 1, "a start is sent once");
        assert!(
            error.may_have_been_processed(),
            "the run may well have started"
        );
        assert!(
            !error.is_transient(),
            "starting again could start a second run"
        );
    }
}

#[tokio::test]
async fn input_that_is_not_an_object_is_refused_before_sending() {
    let server = HttpServer::start();
    let client = client_for(&server, RetryPolicy::default());
    let error = client
        .start_run("wf_1", json!(["not", "an", "object"]))
        .await
        .unwrap_err();
    assert_eq!(error.kind(), ErrorKind::InvalidRequest);
    assert_eq!(error.operation(), Some("run_workflow_command"));
    assert!(
        error.to_string().contains("`input` must be a JSON object"),
        "{error}"
    );
    assert!(server.requests().is_empty());
}

#[tokio::test]
async fn pause_resume_and_stop_send_their_command_for_the_run() {
    let server = HttpServer::start();
    let status = |status: &str| json!({"run_id": "run_1", "status": status});
    server.on(
        "POST",
        COMMAND,
        [
            Reply::json(200, started("run_1")),
            Reply::json(200, status("paused")),
            Reply::json(200, status("running")),
            Reply::json(200, status("stopped")),
            Reply::json(200, status("draining")),
        ],
    );
    let client = client_for(&server, RetryPolicy::default());
    let run = client.start_run("wf_1", JsonObject::new()).await.unwrap();

    assert_eq!(run.pause().await.unwrap().status, Some(RunStatus::Paused));
    assert_eq!(run.resume().await.unwrap().status, Some(RunStatus::Running));
    assert_eq!(run.stop().await.unwrap().status, Some(RunStatus::Stopped));
    run.stop_with(StopMode::Graceful).await.unwrap();

    let bodies: Vec<serde_json::Value> = server
        .requests_to(COMMAND)
        .iter()
        .skip(1)
        .map(|r| r.json())
        .collect();
    assert_eq!(
        bodies,
        [
            json!({"command": "pause", "params": {"run_id": "run_1"}}),
            json!({"command": "resume", "params": {"run_id": "run_1"}}),
            json!({"command": "stop", "params": {"run_id": "run_1"}}),
            json!({"command": "stop", "params": {"run_id": "run_1", "mode": "graceful"}}),
        ]
    );
}

#[tokio::test]
async fn a_handle_for_an_existing_run_reads_its_summary() {
    let server = HttpServer::start();
    let path = "/v1/workflows/wf_1/runs/run_7/summary";
    server.on(
        "GET",
        path,
        [Reply::json(200, summary_of("run_7", "running", false))],
    );
    let client = client_for(&server, RetryPolicy::default());
    let run = RunHandle::new(&client, "wf_1", "run_7");
    let summary = run.summary().await.unwrap();
    assert_eq!(summary.status, Some(RunStatus::Running));
    assert!(!summary.run_complete);
    assert_eq!(server.requests_to(path).len(), 1);
}

fn summary_of(run_id: &str, status: &str, complete: bool) -> serde_json::Value {
    json!({
        "run_id": run_id,
        "workflow_id": WORKFLOW_ID,
        "status": status,
        "orchestration_phase": if complete { "finished" } else { "executing" },
        "run_complete": complete,
    })
}

fn summary(status: &str, complete: bool) -> serde_json::Value {
    summary_of(RUN_ID, status, complete)
}

/// Two events of the run, the second ending it as `completed`.
fn finishing_log() -> EventLog {
    EventLog::from_events(vec![
        EventLog::event(1, "run_started", None, json!({"trigger_type": "api"})),
        EventLog::event(
            2,
            "state_changed",
            None,
            json!({"from": "running", "to": "completed"}),
        ),
    ])
}

/// The summary requests the server received.
fn summary_reads(server: &WsServer) -> usize {
    server
        .http_requests()
        .iter()
        .filter(|r| r.path.ends_with("/summary"))
        .count()
}

#[tokio::test]
async fn events_are_the_runs_stream() {
    let log = finishing_log();
    let plan_log = log.clone();
    let server = WsServer::start(log, move |_| {
        Plan::accept().events(&plan_log, 1..=2).closing(1000)
    });
    let client = server.client_builder().build().unwrap();
    let run = RunHandle::new(&client, WORKFLOW_ID, RUN_ID);
    let mut events = run.events().connect().await.unwrap();
    let mut ids = Vec::new();
    while let Some(event) = events.next().await {
        ids.push(event.unwrap().sequence.unwrap());
    }
    assert_eq!(ids, [1, 2]);
    let upgrades = server.upgrades();
    assert_eq!(upgrades.len(), 1);
    assert!(
        upgrades[0]
            .path
            .ends_with(&format!("/{WORKFLOW_ID}/stream"))
    );
    assert!(
        upgrades[0]
            .query_pairs()
            .contains(&("run_id".to_owned(), RUN_ID.to_owned()))
    );
}

#[tokio::test]
async fn wait_follows_the_stream_to_the_final_state() {
    let log = finishing_log();
    let plan_log = log.clone();
    let server = WsServer::start(log, move |_| {
        Plan::accept().events(&plan_log, 1..=2).then(Then::Hold)
    });
    server.summaries([
        summary("running", false),
        summary("running", false),
        summary("completed", true),
    ]);
    let client = server.client_builder().build().unwrap();
    let run = RunHandle::new(&client, WORKFLOW_ID, RUN_ID);
    // The wait is `Send`: it can run in its own task.
    let outcome = tokio::spawn(async move { run.wait().await })
        .await
        .unwrap()
        .unwrap();
    assert_eq!(outcome.status, RunStatus::Completed);
    assert!(outcome.succeeded());
    assert!(outcome.summary.run_complete);
    assert_eq!(server.upgrades().len(), 1);
    assert_eq!(
        summary_reads(&server),
        3,
        "before connecting, after connecting, at the end"
    );
}

#[tokio::test(start_paused = true)]
async fn wait_with_a_timeout_ends_with_a_timeout_error() {
    // The run never ends: the stream stays open and quiet, the summary says running.
    let server = WsServer::start(EventLog::generate(0), |_| Plan::accept().then(Then::Hold));
    server.summaries([summary("running", false)]);
    // No connect or attempt timers: on a paused clock they would fire while the real server
    // answers.
    let client = server
        .client_builder()
        .timeouts(Timeouts::none())
        .build()
        .unwrap();
    let run = RunHandle::new(&client, WORKFLOW_ID, RUN_ID);
    let limit = Duration::from_secs(30);
    let start = tokio::time::Instant::now();
    let error = run
        .wait_with(WaitOptions::default().timeout(limit))
        .await
        .unwrap_err();
    assert_eq!(error.kind(), ErrorKind::Timeout, "{error}");
    assert!(
        error.to_string().contains(&format!(
            "run {RUN_ID} of workflow {WORKFLOW_ID} did not end within 30.0 s"
        )),
        "{error}"
    );
    assert!(start.elapsed() >= limit);
}

/// A wait on a server that refuses the upgrade with `status`, polling every 5 s; the summary
/// shows the run running for three reads, then completed.
async fn wait_with_refused_upgrade(
    status: u16,
    stream: StreamOptions,
) -> (
    Result<agentruntime::RunOutcome, agentruntime::Error>,
    WsServer,
    Duration,
) {
    let server = WsServer::start(EventLog::generate(0), move |_| {
        Plan::refuse(status, json!({"error": format!("status {status}")}))
    });
    server.summaries([
        summary("running", false),
        summary("running", false),
        summary("running", false),
        summary("completed", true),
    ]);
    let client = server
        .client_builder()
        .timeouts(Timeouts::none())
        .build()
        .unwrap();
    let run = RunHandle::new(&client, WORKFLOW_ID, RUN_ID);
    let options = WaitOptions::default()
        .poll_interval(Duration::from_secs(5))
        .stream_options(stream);
    let start = tokio::time::Instant::now();
    let outcome = run.wait_with(options).await;
    (outcome, server, start.elapsed())
}

#[tokio::test(start_paused = true)]
async fn wait_with_polls_the_summary_when_the_upgrade_is_refused() {
    // 404 and 501: a server (or a proxy) without the WebSocket route. 404 fails at once; 501 is
    // a server error, retried like a reconnect before the wait gives up on the stream.
    for (status, upgrades) in [(404, 1), (501, 3)] {
        let stream = StreamOptions::default().max_reconnect_attempts(2);
        let (outcome, server, elapsed) = wait_with_refused_upgrade(status, stream).await;
        let outcome = outcome.unwrap_or_else(|e| panic!("{status}: {e}"));
        assert_eq!(outcome.status, RunStatus::Completed);
        assert!(outcome.summary.run_complete);
        assert_eq!(server.upgrades().len(), upgrades, "{status}");
        assert_eq!(
            summary_reads(&server),
            4,
            "{status}: the first look, then a read per interval until the run is over"
        );
        assert!(elapsed >= Duration::from_secs(15), "{status}: {elapsed:?}");
    }
}

#[tokio::test(start_paused = true)]
async fn a_refusal_polling_cannot_help_ends_the_wait() {
    let (outcome, server, _) = wait_with_refused_upgrade(401, StreamOptions::default()).await;
    let error = outcome.unwrap_err();
    assert_eq!(error.kind(), ErrorKind::Unauthorized);
    assert_eq!(summary_reads(&server), 1, "no polling after a 401");

    // Without the fallback, the stream's error ends the wait; `wait_for_run` works that way.
    let server = WsServer::start(EventLog::generate(0), |_| {
        Plan::refuse(404, json!({"error": "no such route"}))
    });
    server.summaries([summary("running", false)]);
    let client = server
        .client_builder()
        .timeouts(Timeouts::none())
        .build()
        .unwrap();
    let run = RunHandle::new(&client, WORKFLOW_ID, RUN_ID);
    let error = run
        .wait_with(WaitOptions::default().fallback_to_polling(false))
        .await
        .unwrap_err();
    assert_eq!(error.kind(), ErrorKind::NotFound);
    let error = client.wait_for_run(WORKFLOW_ID, RUN_ID).await.unwrap_err();
    assert_eq!(error.kind(), ErrorKind::NotFound);
    assert_eq!(summary_reads(&server), 2, "one first look per wait");
}

fn pending(tasks: serde_json::Value) -> Reply {
    Reply::json(200, json!({ "tasks": tasks }))
}

fn completed(task_id: &str, approved: bool) -> Reply {
    Reply::json(
        200,
        json!({"status": "completed", "task_id": task_id, "approved": approved}),
    )
}

#[tokio::test]
async fn listed_tasks_approve_and_reject_with_their_own_ids() {
    let server = HttpServer::start();
    server.on(
        "GET",
        "/v1/tasks/pending",
        [pending(json!([
            {"workflow_id": "wf_1", "run_id": "run_1", "task_id": "approve-review",
             "task_type": "approval", "project_id": "proj_2"},
            {"workflow_id": "wf_2", "run_id": "run_2", "id": "t_2", "task_type": "edit"},
            {"workflow_id": "wf_3", "run_id": "run_3", "step_id": "review#body#check",
             "task_type": "approval"},
        ]))],
    );
    let approve_path = "/v1/workflows/wf_1/runs/run_1/tasks/approve-review/complete";
    let reject_path = "/v1/workflows/wf_2/runs/run_2/tasks/t_2/complete";
    let step_path = "/v1/workflows/wf_3/runs/run_3/tasks/review%23body%23check/complete";
    server.on("POST", approve_path, [completed("approve-review", true)]);
    server.on("POST", reject_path, [completed("t_2", false)]);
    server.on("POST", step_path, [completed("review#body#check", true)]);
    let client = client_for(&server, RetryPolicy::default());

    let tasks = client.pending_tasks().await.unwrap();
    let ids: Vec<(&str, &str, &str)> = tasks
        .iter()
        .map(|t| (t.workflow_id(), t.run_id(), t.task_id()))
        .collect();
    assert_eq!(
        ids,
        [
            ("wf_1", "run_1", "approve-review"),
            ("wf_2", "run_2", "t_2"),
            ("wf_3", "run_3", "review#body#check"),
        ]
    );
    assert_eq!(tasks[0].task().task_type, "approval");

    let done = tasks[0]
        .approve(json!({"comment_body": "Edited review text"}))
        .await
        .unwrap();
    assert!(done.approved);
    let done = tasks[1]
        .reject("the amount exceeds the limit")
        .await
        .unwrap();
    assert!(!done.approved);
    tasks[2].approve(JsonObject::new()).await.unwrap();

    let approve = &server.requests_to(approve_path)[0];
    assert_eq!(
        approve.json(),
        json!({"approved": true, "result": {"comment_body": "Edited review text"}})
    );
    assert_eq!(
        approve.header("x-project-id"),
        Some("proj_2"),
        "a task acts in its own project"
    );
    let reject = &server.requests_to(reject_path)[0];
    assert_eq!(
        reject.json(),
        json!({"approved": false, "result": {"reason": "the amount exceeds the limit"}})
    );
    assert_eq!(reject.header("x-project-id"), Some("proj_1"));
    assert_eq!(
        server.requests_to(step_path)[0].json(),
        json!({"approved": true})
    );
}

#[tokio::test]
async fn a_runs_pending_tasks_come_from_its_own_list() {
    let server = HttpServer::start();
    let list = "/v1/workflows/wf_1/runs/run_1/tasks/pending";
    server.on(
        "GET",
        list,
        [pending(json!([
            {"workflow_id": "wf_1", "run_id": "run_1", "task_id": "t_1", "task_type": "approval"},
        ]))],
    );
    let complete = "/v1/workflows/wf_1/runs/run_1/tasks/t_1/complete";
    server.on("POST", complete, [completed("t_1", true)]);
    let client = client_for(&server, RetryPolicy::default());
    let run = RunHandle::new(&client, "wf_1", "run_1");
    let tasks = run.pending_tasks().await.unwrap();
    assert_eq!(tasks.len(), 1);
    tasks[0].approve([("amount", 1200)]).await.unwrap();
    assert_eq!(
        server.requests_to(complete)[0].json(),
        json!({"approved": true, "result": {"amount": 1200}})
    );
}

#[tokio::test]
async fn a_listed_task_without_an_id_is_a_decode_error() {
    let server = HttpServer::start();
    server.on(
        "GET",
        "/v1/tasks/pending",
        [pending(json!([
            {"workflow_id": "wf_1", "run_id": "run_1", "task_id": "t_1", "task_type": "approval"},
            {"workflow_id": "wf_1", "run_id": "run_1", "task_type": "approval"},
        ]))],
    );
    let client = client_for(&server, RetryPolicy::default());
    let error = client.pending_tasks().await.unwrap_err();
    assert_eq!(error.kind(), ErrorKind::Decode);
    assert_eq!(error.operation(), Some("list_pending_tasks"));
    assert_eq!(error.decode_path(), Some("tasks[1].task_id"));
}

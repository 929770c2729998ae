//! Request values that build themselves: constructors take the required fields, chained setters
//! the optional ones, JSON-object fields take `json!({..})`, and a required body is an argument
//! of the operation method. Checked by what a real loopback server receives.

use agentruntime::types::{
    InboundWebhookCreate, TaskCompletionRequest, WorkflowCreate, WorkflowGraph, WorkflowStep,
};
use agentruntime::{RetryPolicy, Secret};
use agentruntime_tests::{HttpServer, Reply, client_for, workflow_json};
use serde_json::json;

fn step() -> WorkflowStep {
    serde_json::from_value(json!({"id": "draft", "type": "llm_call"})).unwrap()
}

#[tokio::test]
async fn a_body_built_from_its_constructor_is_sent_as_the_spec_says() {
    let server = HttpServer::start();
    server.on(
        "POST",
        "/v1/workflows",
        [Reply::json(200, workflow_json("wf_1"))],
    );
    let client = client_for(&server, RetryPolicy::none());
    let graph = WorkflowGraph::new(vec![step()]).extra_property("params", json!({"tone": "dry"}));
    let body = WorkflowCreate::new("triage", graph).description("Sorts tickets");
    let created = client.create_workflow(body).send().await.unwrap();
    assert_eq!(created.id, "wf_1");
    assert_eq!(
        server.requests()[0].json(),
        json!({
            "name": "triage",
            "description": "Sorts tickets",
            "graph": {"steps": [{"id": "draft", "type": "llm_call"}], "params": {"tone": "dry"}}
        })
    );
}

#[test]
fn optional_fields_left_unset_are_not_sent() {
    let body = WorkflowCreate::new("triage", WorkflowGraph::new(Vec::<WorkflowStep>::new()));
    assert_eq!(
        serde_json::to_value(&body).unwrap(),
        json!({"name": "triage", "graph": {"steps": []}})
    );
}

#[test]
fn a_json_object_field_takes_json_a_map_or_nothing() {
    let from_json = TaskCompletionRequest::new(true).result(json!({"comment": "ok"}));
    assert_eq!(
        serde_json::to_value(&from_json).unwrap(),
        json!({"approved": true, "result": {"comment": "ok"}})
    );
    let mut map = serde_json::Map::new();
    map.insert("score".into(), json!(3));
    let from_map = TaskCompletionRequest::new(false).result(map);
    assert_eq!(from_map.result["score"], 3);
    let from_null = TaskCompletionRequest::new(false).result(serde_json::Value::Null);
    assert!(from_null.result.is_empty());
}

#[test]
#[should_panic(expected = "`result` must be a JSON object, not an array")]
fn a_json_object_field_given_an_array_panics_naming_the_field() {
    let _ = TaskCompletionRequest::new(true).result(json!([1, 2]));
}

#[test]
fn secrets_and_strings_take_str_and_stay_secret_in_debug() {
    let body = InboundWebhookCreate::new("wf_1", "orders").automation_bearer("bearer-xyz");
    assert_eq!(
        body.automation_bearer.as_ref().map(Secret::expose_secret),
        Some("bearer-xyz")
    );
    assert!(!format!("{body:?}").contains("bearer-xyz"));
    assert_eq!(
        serde_json::to_value(&body).unwrap()["automation_bearer"],
        "bearer-xyz"
    );
}

#[test]
fn typed_steps_convert_into_their_kind_and_encode_with_their_tag() {
    use agentruntime::types::{HumanTaskStep, LlmCallStep, WorkflowStepKind};
    let steps = vec![
        WorkflowStep::new(
            "draft",
            LlmCallStep::new().prompt("Triage {{input.ticket}}"),
        ),
        WorkflowStep::new("review", HumanTaskStep::new().task_type("approval"))
            .depends_on(["draft"]),
    ];
    assert!(matches!(steps[0].kind, WorkflowStepKind::LlmCall(_)));
    assert_eq!(
        serde_json::to_value(WorkflowGraph::new(steps)).unwrap(),
        json!({"steps": [
            {"id": "draft", "type": "llm_call", "prompt": "Triage {{input.ticket}}"},
            {"id": "review", "type": "human_task", "task_type": "approval", "depends_on": ["draft"]}
        ]})
    );
}

//! Workflow steps are a union on `type`: each documented step type decodes into its variant with
//! its fields typed, the shared fields stay on `WorkflowStep`, and a step type or a field the SDK
//! does not know is kept, so a graph read and written back is unchanged. The samples are the
//! docs' own (`tests/fixtures/docs/`).

use agentruntime::RetryPolicy;
use agentruntime::types::{
    ForEachErrorPolicy, McpCallStep, McpConnectionResolution, WhileMode, WorkflowGraph,
    WorkflowStep, WorkflowStepKind, WorkflowUpdate,
};
use agentruntime_tests::{HttpServer, Reply, client_for, workflow_json};
use serde_json::{Value, json};

macro_rules! doc {
    ($file:literal) => {
        serde_json::from_str::<Value>(include_str!(concat!("../fixtures/docs/", $file)))
            .expect($file)
    };
}

fn decode(value: &Value) -> WorkflowStep {
    serde_json::from_value(value.clone()).unwrap_or_else(|e| panic!("{e}: {value}"))
}

/// Decodes `value` and encodes it again.
fn round_trip(value: &Value) -> Value {
    serde_json::to_value(decode(value)).unwrap()
}

#[test]
fn an_mcp_call_step_decodes_with_its_fields_typed() {
    let sample = doc!("workflows.graph.step.mcp-retry.json");
    let step = decode(&sample);
    assert_eq!(step.id, "fetch-data");
    assert_eq!(step.name.as_deref(), Some("Fetch from API"));
    assert_eq!((step.retry_count, step.timeout_s), (Some(3), Some(30)));
    assert_eq!(step.kind.tag(), "mcp_call");
    let WorkflowStepKind::McpCall(mcp) = &step.kind else {
        panic!("{:?}", step.kind)
    };
    assert_eq!(mcp.tool_name.as_deref(), Some("postgres_query"));
    assert!(mcp.extra.is_empty(), "{:?}", mcp.extra);
    assert_eq!(round_trip(&sample), sample);

    // The binding fields (step-types.mdx, embedded-connect.md, the authoring profile).
    let bound = json!({
        "id": "send_email", "type": "mcp_call", "tool_name": "gmail_send_message",
        "instance_id": "7d0c8a52-5bd4-4c3e-9a1e-1f5a8c2b9e10",
        "server_url": "https://mcp.example.com/gmail", "server_id": "gmail",
        "connection_resolution": "principal",
        "tool_args": {"to": "{{input.recipient}}", "subject": "{{input.subject}}"}
    });
    let step = decode(&bound);
    let WorkflowStepKind::McpCall(mcp) = &step.kind else {
        panic!("{:?}", step.kind)
    };
    assert_eq!(
        mcp.connection_resolution,
        Some(McpConnectionResolution::Principal)
    );
    assert_eq!(mcp.server_id.as_deref(), Some("gmail"));
    assert_eq!(mcp.tool_args["to"], "{{input.recipient}}");
    assert_eq!(round_trip(&bound), bound);
}

#[test]
fn an_llm_call_step_decodes_with_its_fields_typed() {
    let graph = doc!("workflows.graph.cookbook-2-mcp-lua-llm.json");
    let sample = &graph["steps"][3];
    let step = decode(sample);
    assert_eq!(step.depends_on, ["calculate-pricing"]);
    let WorkflowStepKind::LlmCall(llm) = &step.kind else {
        panic!("{:?}", step.kind)
    };
    assert_eq!(llm.model.as_deref(), Some("gpt-4o-mini"));
    assert!(
        llm.prompt
            .as_deref()
            .unwrap()
            .starts_with("Write a one-line invoice")
    );

    let arguments = doc!("platform-mcp.workflows_validate.arguments.json");
    let step = decode(&arguments["graph"]["steps"][0]);
    let WorkflowStepKind::LlmCall(llm) = &step.kind else {
        panic!("{:?}", step.kind)
    };
    assert_eq!(llm.model_ref.as_deref(), Some("direct.openai.gpt-4o-mini"));

    // The provider fields (step-types.mdx §llm_call, ai/llm-providers.mdx).
    let provider = json!({
        "id": "summarize", "type": "llm_call", "model_ref": "direct.openai.gpt-4o",
        "prompt": "Summarize {{steps.fetch.result.text}}",
        "llm_params": {"temperature": 0.2, "max_tokens": 400},
        "llm_credential_id": "cred_1", "llm_credential_scope": "tenant"
    });
    let step = decode(&provider);
    let WorkflowStepKind::LlmCall(llm) = &step.kind else {
        panic!("{:?}", step.kind)
    };
    assert_eq!(llm.llm_params["max_tokens"], 400);
    assert_eq!(llm.llm_credential_scope.as_deref(), Some("tenant"));
    assert_eq!(round_trip(&provider), provider);
}

#[test]
fn a_human_task_step_decodes_with_its_fields_typed() {
    let sample = doc!("workflows.graph.step.human-task.json");
    let step = decode(&sample);
    let WorkflowStepKind::HumanTask(task) = &step.kind else {
        panic!("{:?}", step.kind)
    };
    assert_eq!(task.task_type.as_deref(), Some("approval"));
    assert_eq!(task.task_payload["title"], "Review email draft");
    assert_eq!(round_trip(&sample), sample);
}

#[test]
fn a_lua_script_step_decodes_with_its_fields_typed() {
    let sample = doc!("workflows.graph.step.lua-validate-input.json");
    let step = decode(&sample);
    assert_eq!(step.timeout_s, Some(5));
    let WorkflowStepKind::LuaScript(lua) = &step.kind else {
        panic!("{:?}", step.kind)
    };
    assert!(lua.script.as_deref().unwrap().contains("order_id required"));
    assert_eq!(round_trip(&sample), sample);
}

#[test]
fn a_for_each_step_decodes_with_its_body_steps_typed() {
    let sample = doc!("workflows.graph.step.for-each-multi-body.json");
    let step = decode(&sample);
    assert_eq!(step.depends_on, ["load-tickets"]);
    let WorkflowStepKind::ForEach(each) = &step.kind else {
        panic!("{:?}", step.kind)
    };
    assert_eq!(
        each.for_each_items.as_deref(),
        Some("{{steps.load-tickets.result.tickets}}")
    );
    assert_eq!(each.for_each_max_parallel, Some(5));
    let body: Vec<&str> = each
        .for_each_body_steps
        .iter()
        .map(|s| s.kind.tag())
        .collect();
    assert_eq!(body, ["agent_call", "lua_script"]);
    assert_eq!(each.for_each_body_steps[1].depends_on, ["triage"]);
    assert_eq!(round_trip(&sample), sample);

    let fan_out = doc!("workflows.graph.step.for-each-fan-out.json");
    let step = decode(&fan_out);
    let WorkflowStepKind::ForEach(each) = &step.kind else {
        panic!("{:?}", step.kind)
    };
    let WorkflowStepKind::McpCall(send) = &each.for_each_body_steps[0].kind else {
        panic!("{:?}", each.for_each_body_steps[0].kind)
    };
    assert_eq!(send.tool_args["to"], "{{foreach.item.phone}}");
    assert_eq!(round_trip(&fan_out), fan_out);

    // The iteration budgets (step-types.mdx §for_each, runtime-contract.md §for_each).
    let budgeted = json!({
        "id": "each", "type": "for_each", "for_each_items": "{{steps.seed.result.items}}",
        "for_each_item_timeout_s": 600, "for_each_error_policy": "continue_on_error",
        "for_each_body_steps": [{"id": "child", "type": "workflow_call", "workflow_id": "wf_child"}]
    });
    let step = decode(&budgeted);
    let WorkflowStepKind::ForEach(each) = &step.kind else {
        panic!("{:?}", step.kind)
    };
    assert_eq!(each.for_each_item_timeout_s, Some(600));
    assert_eq!(
        each.for_each_error_policy,
        Some(ForEachErrorPolicy::ContinueOnError)
    );
    assert_eq!(round_trip(&budgeted), budgeted);
}

#[test]
fn a_while_step_decodes_with_its_body_steps_typed() {
    let sample = doc!("workflows.graph.step.while.json");
    let step = decode(&sample);
    let WorkflowStepKind::While(repeat) = &step.kind else {
        panic!("{:?}", step.kind)
    };
    assert_eq!(repeat.while_mode, Some(WhileMode::Until));
    assert_eq!(repeat.while_max_iterations, Some(5));
    assert_eq!(
        repeat.while_condition.as_deref(),
        Some("{{body.score.pass}}")
    );
    let body: Vec<&str> = repeat
        .while_body_steps
        .iter()
        .map(|s| s.id.as_str())
        .collect();
    assert_eq!(body, ["draft", "score"]);
    assert!(matches!(
        repeat.while_body_steps[1].kind,
        WorkflowStepKind::LuaScript(_)
    ));
    assert_eq!(round_trip(&sample), sample);

    // Lua evaluation and the iteration cap (step-types.mdx §while).
    let scripted = json!({
        "id": "paginate", "type": "while", "while_mode": "while", "while_max_iterations": 3,
        "while_iteration_timeout_s": 120,
        "while_eval_script": "return { pass = body.capture.more == true }",
        "while_body_steps": [{"id": "capture", "type": "lua_script", "script": "return { more = false }"}]
    });
    let step = decode(&scripted);
    let WorkflowStepKind::While(repeat) = &step.kind else {
        panic!("{:?}", step.kind)
    };
    assert_eq!(repeat.while_mode, Some(WhileMode::While));
    assert_eq!(repeat.while_iteration_timeout_s, Some(120));
    assert!(repeat.while_eval_script.is_some());
    assert_eq!(round_trip(&scripted), scripted);
}

#[test]
fn an_agent_call_step_decodes_with_its_fields_typed() {
    let sample = doc!("workflows.graph.step.agent-terminal.json");
    let step = decode(&sample);
    assert_eq!(
        (step.terminal, step.no_auto_start),
        (Some(true), Some(true))
    );
    assert!(matches!(step.kind, WorkflowStepKind::AgentCall(_)));
    assert_eq!(round_trip(&sample), sample);

    let graph = doc!("workflows.graph.step.for-each-multi-body.json");
    let inner = &graph["for_each_body_steps"][0];
    let step = decode(inner);
    let WorkflowStepKind::AgentCall(agent) = &step.kind else {
        panic!("{:?}", step.kind)
    };
    assert_eq!(agent.agent_id.as_deref(), Some("YOUR_AGENT_ID"));
    assert_eq!(agent.prompt.as_deref(), Some("Triage: {{foreach.item}}"));

    // `input` instead of `prompt` (runtime-contract.md §Other step types): any JSON.
    let with_input = json!({
        "id": "router", "type": "agent_call", "agent_id": "agt_1",
        "input": {"topic": "{{input.topic}}"}, "input_allowlist": ["human"]
    });
    let step = decode(&with_input);
    assert_eq!(step.input_allowlist, ["human"]);
    let WorkflowStepKind::AgentCall(agent) = &step.kind else {
        panic!("{:?}", step.kind)
    };
    assert_eq!(agent.input, Some(json!({"topic": "{{input.topic}}"})));
    assert_eq!(round_trip(&with_input), with_input);
}

#[test]
fn a_workflow_call_step_decodes_with_its_fields_typed() {
    // The child input of references/template-modifiers.md, on the documented `workflow_id`.
    let sample = json!({
        "id": "sync", "type": "workflow_call", "workflow_id": "REPLACE_CHILD_SYNC",
        "input": {
            "backfill_after": "{{input.backfill_after | \"2026/01/01\"}}",
            "backfill_query": "{{input.backfill_query | omit}}"
        }
    });
    let step = decode(&sample);
    let WorkflowStepKind::WorkflowCall(call) = &step.kind else {
        panic!("{:?}", step.kind)
    };
    assert_eq!(call.workflow_id.as_deref(), Some("REPLACE_CHILD_SYNC"));
    assert_eq!(
        call.input["backfill_query"],
        "{{input.backfill_query | omit}}"
    );
    assert_eq!(round_trip(&sample), sample);
}

#[test]
fn an_external_agent_step_decodes_with_its_config() {
    // The docs name only `config` (references/platform-mcp-discovery.md); its shape is the
    // deployment's.
    let sample = json!({
        "id": "vendor", "type": "external_agent",
        "config": {"provider": "acme-agents", "model": "large", "prompt": "{{input.q}}"}
    });
    let step = decode(&sample);
    let WorkflowStepKind::ExternalAgent(external) = &step.kind else {
        panic!("{:?}", step.kind)
    };
    assert_eq!(external.config["provider"], "acme-agents");
    assert_eq!(round_trip(&sample), sample);
}

#[test]
fn an_unknown_step_type_decodes_as_unknown_and_round_trips_unchanged() {
    // A legacy type the engine removed, and a future one, with fields of their own.
    for sample in [
        json!({
            "id": "gate", "type": "condition", "name": "Only gold customers",
            "condition": "{{steps.fetch.result.tier == 'gold'}}",
            "branches": {"then": ["send"], "else": []}, "depends_on": ["fetch"]
        }),
        json!({
            "id": "next", "type": "quantum_call", "qubits": 7,
            "settings": {"shots": [1, 2, 3], "noise": null}, "timeout_s": 9
        }),
    ] {
        let step = decode(&sample);
        assert_eq!(step.kind.tag(), sample["type"]);
        let WorkflowStepKind::Unknown(raw) = &step.kind else {
            panic!("{:?}", step.kind)
        };
        // The shared fields are typed; everything else is kept raw, tag included.
        assert_eq!(raw["type"], sample["type"]);
        assert!(raw.get("id").is_none(), "{raw}");
        assert_eq!(round_trip(&sample), sample);
    }
    let gate = decode(&json!({"id": "gate", "type": "condition", "depends_on": ["fetch"]}));
    assert_eq!(gate.depends_on, ["fetch"]);

    // Inside a loop body too.
    let nested = json!({
        "id": "each", "type": "for_each", "for_each_items": "{{input.items}}",
        "for_each_body_steps": [{"id": "x", "type": "teleport", "to": "{{item}}"}]
    });
    let step = decode(&nested);
    let WorkflowStepKind::ForEach(each) = &step.kind else {
        panic!("{:?}", step.kind)
    };
    assert_eq!(each.for_each_body_steps[0].kind.tag(), "teleport");
    assert_eq!(round_trip(&nested), nested);
}

#[test]
fn extra_fields_on_a_known_step_type_are_kept() {
    let sample = json!({
        "id": "child", "type": "workflow_call", "workflow_id": "wf_child",
        "wait_for_child": true, "output_from": "report",
        "x_studio": {"position": {"x": 120.5, "y": -4}, "collapsed": false},
        "retry_count": 1
    });
    let step = decode(&sample);
    assert_eq!(step.retry_count, Some(1));
    let WorkflowStepKind::WorkflowCall(call) = &step.kind else {
        panic!("{:?}", step.kind)
    };
    // Only the undocumented fields: neither the tag nor the shared fields.
    let mut extra: Vec<&str> = call.extra.keys().map(String::as_str).collect();
    extra.sort_unstable();
    assert_eq!(extra, ["output_from", "wait_for_child", "x_studio"]);
    assert_eq!(round_trip(&sample), sample);
}

#[test]
fn a_known_step_type_with_a_malformed_field_is_an_error() {
    let error = serde_json::from_value::<WorkflowStep>(json!({
        "id": "refine", "type": "while", "while_max_iterations": "five"
    }))
    .unwrap_err()
    .to_string();
    assert!(error.contains("`type: while`"), "{error}");
    assert!(
        serde_json::from_value::<WorkflowStep>(json!({"type": "lua_script"})).is_err(),
        "a step without `id`"
    );
}

#[test]
fn steps_built_in_code_encode_with_their_tag() {
    let step = WorkflowStep {
        id: "notify".into(),
        name: Some("Notify".into()),
        depends_on: vec!["draft".into()],
        condition: None,
        enabled: None,
        input_allowlist: Vec::new(),
        no_auto_start: None,
        retry_count: Some(2),
        skip_when: None,
        terminal: None,
        timeout_s: None,
        kind: WorkflowStepKind::McpCall(McpCallStep {
            tool_name: Some("send_message".into()),
            tool_args: [("to".to_owned(), json!("{{input.phone}}"))]
                .into_iter()
                .collect(),
            ..Default::default()
        }),
    };
    let expected = json!({
        "id": "notify", "type": "mcp_call", "name": "Notify", "depends_on": ["draft"],
        "retry_count": 2, "tool_name": "send_message", "tool_args": {"to": "{{input.phone}}"}
    });
    assert_eq!(serde_json::to_value(&step).unwrap(), expected);

    // The same with the constructors.
    let built = WorkflowStep::new(
        "notify",
        WorkflowStepKind::McpCall(
            McpCallStep::new()
                .tool_name("send_message")
                .tool_args(json!({"to": "{{input.phone}}"})),
        ),
    )
    .name("Notify")
    .depends_on(vec!["draft".to_owned()])
    .retry_count(2);
    assert_eq!(serde_json::to_value(&built).unwrap(), expected);
}

#[test]
fn documented_graphs_decode_and_round_trip() {
    for graph in [
        doc!("workflows.graph.cookbook-1-mcp-chain.json"),
        doc!("workflows.graph.cookbook-2-mcp-lua-llm.json"),
        doc!("workflows.graph.cookbook-3-for-each.json"),
    ] {
        let decoded: WorkflowGraph = serde_json::from_value(graph.clone()).unwrap();
        assert!(!decoded.steps.is_empty());
        // The cookbook envelope's `tenant_id` and `workflow_id` are kept as extra properties.
        assert!(decoded.extra.contains_key("workflow_id"));
        assert_eq!(serde_json::to_value(&decoded).unwrap(), graph);
    }

    let graph: WorkflowGraph =
        serde_json::from_value(doc!("workflows.graph.cookbook-3-for-each.json")).unwrap();
    let kinds: Vec<&str> = graph.steps.iter().map(|s| s.kind.tag()).collect();
    assert_eq!(kinds, ["llm_call", "for_each"]);
    let WorkflowStepKind::ForEach(each) = &graph.steps[1].kind else {
        panic!("{:?}", graph.steps[1].kind)
    };
    assert_eq!(each.for_each_body_steps[0].timeout_s, Some(5));

    // Step b2 of the MCP chain has no `tool_name`: the docs' sample still decodes.
    let chain: WorkflowGraph =
        serde_json::from_value(doc!("workflows.graph.cookbook-1-mcp-chain.json")).unwrap();
    let WorkflowStepKind::McpCall(b2) = &chain.steps[2].kind else {
        panic!("{:?}", chain.steps[2].kind)
    };
    assert_eq!(b2.tool_name, None);

    // `input_schema` as an array, and `depends_on: []` (an empty list is not sent back).
    let arguments = doc!("platform-mcp.workflows_validate.arguments.json");
    let graph: WorkflowGraph = serde_json::from_value(arguments["graph"].clone()).unwrap();
    assert!(graph.input_schema.as_ref().is_some_and(Value::is_array));
    assert!(graph.steps[0].depends_on.is_empty());
}

#[tokio::test]
async fn a_graph_read_from_the_api_is_written_back_unchanged() {
    let graph = json!({
        "steps": [
            {"id": "fetch", "type": "mcp_call", "tool_name": "get_rows", "server_url": "https://mcp.example.com/db",
             "tool_args": {"limit": 30}, "x_new": 1},
            {"id": "legacy", "type": "sequence", "steps": ["a", "b"], "depends_on": ["fetch"]},
            {"id": "each", "type": "for_each", "depends_on": ["fetch"],
             "for_each_items": "{{steps.fetch.result.rows}}",
             "for_each_body_steps": [{"id": "map", "type": "lua_script", "script": "return { id = item.id }"}]}
        ],
        "tenant_id": "acme"
    });
    let server = HttpServer::start();
    let mut body = workflow_json("wf_1");
    body["graph"] = graph.clone();
    server.on(
        "GET",
        "/v1/workflows/wf_1",
        [Reply::json(200, body.clone())],
    );
    server.on("PATCH", "/v1/workflows/wf_1", [Reply::json(200, body)]);
    let client = client_for(&server, RetryPolicy::none());

    let workflow = client.get_workflow("wf_1").send().await.unwrap();
    let read = workflow.into_inner().graph.expect("a graph");
    let tags: Vec<&str> = read.steps.iter().map(|s| s.kind.tag()).collect();
    assert_eq!(tags, ["mcp_call", "sequence", "for_each"]);
    client
        .update_workflow("wf_1", WorkflowUpdate::new().graph(read))
        .send()
        .await
        .unwrap();
    let sent = server.requests_to("/v1/workflows/wf_1")[1].json();
    assert_eq!(sent["graph"], graph);
}

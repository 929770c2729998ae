//! Quickstart: create a two-step workflow, publish it, start a run with some input, wait for the
//! run to end and print what it produced.
//!
//! ```sh
//! AR_TOKEN=pat_… AR_TENANT=acme AR_PROJECT=proj_1 \
//!     cargo run -p agentruntime-examples --example quickstart
//! ```
//!
//! `Client::from_env()` reads `AR_API` (the base URL; production when unset), `AR_TOKEN` (a
//! personal access token with at least `project_contributor` in the project), `AR_TENANT` and
//! `AR_PROJECT`. The program exits with status 1 when a call fails or the run does not complete.

use std::error::Error;
use std::time::Duration;

use agentruntime::serde_json::json;
use agentruntime::types::{
    LuaScriptStep, WorkflowCreate, WorkflowGraph, WorkflowStep, WorkflowVersionPublish,
};
use agentruntime::{Client, WaitOptions};

#[tokio::main]
async fn main() -> Result<(), Box<dyn Error>> {
    let client = Client::from_env()?;

    // A draft workflow; runs need a published version of it.
    let graph = WorkflowGraph::new(steps());
    let workflow = client
        .create_workflow(WorkflowCreate::new("quickstart", graph))
        .send()
        .await?;
    println!("created workflow {}", workflow.id);

    let publish = WorkflowVersionPublish::new().changelog("first version");
    let version = client
        .publish_workflow_version(&workflow.id, publish)
        .send()
        .await?;
    println!("published version {}", version.version);

    // The input is what steps read as `input.*`.
    let run = client
        .start_run(&workflow.id, json!({"name": "Ada"}))
        .await?;
    println!("started run {}", run.run_id());

    // Follows the run's live events until it ends (polls its summary if it cannot stream).
    let options = WaitOptions::default().timeout(Duration::from_secs(300));
    let outcome = run.wait_with(options).await?;
    println!("{outcome}");
    if !outcome.succeeded() {
        return Err(format!("the run did not complete: {outcome}").into());
    }

    // Each step's result is in the run's context.
    let context = client
        .get_run_context(run.workflow_id(), run.run_id())
        .send()
        .await?;
    if let Some(result) = context.steps.get("shout").and_then(|s| s.result.as_ref()) {
        println!("shout returned {result}");
    }
    Ok(())
}

/// The graph's steps: `greet` builds a greeting from the run input, then `shout` (which depends
/// on it) upper-cases it. Both are Lua scripts, so the workflow needs no connection or model.
fn steps() -> Vec<WorkflowStep> {
    let greet = LuaScriptStep::new().script("return { greeting = 'Hello, ' .. input.name }");
    let shout =
        LuaScriptStep::new().script("return { text = string.upper(steps.greet.result.greeting) }");
    vec![
        WorkflowStep::new("greet", greet)
            .name("Greet")
            .timeout_s(10),
        WorkflowStep::new("shout", shout)
            .name("Shout")
            .depends_on(["greet"])
            .timeout_s(10),
    ]
}

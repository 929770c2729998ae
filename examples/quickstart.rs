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
use agentruntime::types::WorkflowVersionPublish;
use agentruntime::types::{LuaScriptStep, WorkflowCreate, WorkflowGraph, WorkflowStep};
use agentruntime::{Client, WaitOptions};

#[tokio::main]
async fn main() -> Result<(), Box<dyn Error>> {
    let client = Client::from_env()?;

    // Two Lua steps (no connection or model needed): `greet` reads the run input, `shout`
    // upper-cases what `greet` returned.
    let greet = LuaScriptStep::new().script("return { greeting = 'Hello, ' .. input.name }");
    let shout =
        LuaScriptStep::new().script("return { text = string.upper(steps.greet.result.greeting) }");
    let steps = [
        WorkflowStep::new("greet", greet),
        WorkflowStep::new("shout", shout).depends_on(["greet"]),
    ];
    let draft = WorkflowCreate::new("quickstart", WorkflowGraph::new(steps));
    let workflow = client.create_workflow(draft).send().await?;
    println!("created workflow {}", workflow.id);

    // Runs need a published version of the draft.
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
    let outcome = run
        .wait_with(WaitOptions::default().timeout(Duration::from_secs(300)))
        .await?;
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

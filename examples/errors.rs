//! Error handling: one `Error` type for every call, with a kind to `match` on and what each kind
//! needs (field violations, the server's retry hint, the request id), whether a failed call may
//! still have been carried out, and per-call options (retry policy, time budget, extra header).
//!
//! ```sh
//! AR_TOKEN=pat_… AR_TENANT=acme AR_PROJECT=proj_1 \
//!     cargo run -p agentruntime-examples --example errors
//! ```
//!
//! It asks for a workflow that does not exist, creates one with a broken graph, lists workflows
//! without retries, then creates a small workflow named `errors-example` under a time budget
//! (archiving it again when that succeeds). `Client::from_env()` reads `AR_API`, `AR_TOKEN`,
//! `AR_TENANT` and `AR_PROJECT`.

use std::time::Duration;

use agentruntime::types::{LuaScriptStep, WorkflowCreate, WorkflowGraph, WorkflowStep};
use agentruntime::{Client, Error, ErrorKind, RequestOptions, RetryPolicy};

const NAME: &str = "errors-example";

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let client = Client::from_env()?;

    // 1. A workflow that does not exist: `NotFound`.
    match client
        .get_workflow("00000000-0000-0000-0000-000000000000")
        .send()
        .await
    {
        Ok(workflow) => println!("found {}", workflow.name),
        Err(error) => explain(&error),
    }

    // 2. A graph the server refuses: `Validation`, with the fields at fault.
    let broken = WorkflowStep::new("second", LuaScriptStep::new().script("return {}"))
        .depends_on(["missing"]);
    let create = WorkflowCreate::new(NAME, WorkflowGraph::new(vec![broken]));
    if let Err(error) = client.create_workflow(create).send().await {
        explain(&error);
    }

    // 3. Options for one call: no retries (a 429 comes back at once, with the server's hint), a
    //    time budget for the whole call, and a header of your own.
    let options = RequestOptions::new()
        .retry(RetryPolicy::none())
        .timeout(Duration::from_secs(10))
        .header("X-Correlation-Id", "errors-example-3");
    match client.list_workflows().send_with(options).await {
        Ok(list) => println!("{} workflow(s)", list.workflows.len()),
        Err(error) => explain(&error),
    }

    // 4. A create is not idempotent: when it fails after the server may have received it (a
    //    timeout, a 5xx), the SDK does not send it again, and neither should you blindly.
    let ping = WorkflowStep::new(
        "ping",
        LuaScriptStep::new().script("return { message = 'ok' }"),
    );
    let create = WorkflowCreate::new(NAME, WorkflowGraph::new(vec![ping]));
    let options = RequestOptions::new().timeout(Duration::from_secs(3));
    match client.create_workflow(create).send_with(options).await {
        Ok(workflow) => {
            println!("created {}; archiving it again", workflow.id);
            client.archive_workflow(&workflow.id).send().await?;
        }
        Err(error) if error.may_have_been_processed() => {
            explain(&error);
            // Look before creating again.
            let list = client.list_workflows().send().await?;
            match list.workflows.iter().find(|w| w.name == NAME) {
                Some(workflow) => println!("it was created after all: {}", workflow.id),
                None => println!("it was not created; creating it again is safe"),
            }
        }
        Err(error) => return Err(error.into()),
    }
    Ok(())
}

/// What a program can tell from an error, by kind.
fn explain(error: &Error) {
    // The message names the operation, the status and the server's message and code.
    println!("{error}");
    match error.kind() {
        ErrorKind::NotFound => println!("  -> no such resource (or the feature is off)"),
        ErrorKind::Validation => {
            for violation in error.violations() {
                println!("  -> {}: {}", violation.field, violation.message);
            }
        }
        ErrorKind::RateLimited => match error.retry_after() {
            Some(wait) => println!("  -> rate limited; retry after {} s", wait.as_secs()),
            None => println!("  -> rate limited; back off before retrying"),
        },
        ErrorKind::Forbidden => match error.required_role() {
            Some(role) => println!("  -> the call needs role {role}"),
            None => println!("  -> not allowed"),
        },
        ErrorKind::Unauthorized => println!("  -> check AR_TOKEN"),
        ErrorKind::MissingContext => println!("  -> set AR_TENANT and AR_PROJECT"),
        ErrorKind::Timeout => println!("  -> timed out after {} attempt(s)", error.attempts()),
        _ => {}
    }
    println!(
        "  -> transient: {}, may have been processed: {}, request id: {}",
        error.is_transient(),
        error.may_have_been_processed(),
        error.request_id().unwrap_or("none"),
    );
}

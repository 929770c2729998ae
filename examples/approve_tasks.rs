//! An approver: lists the workspace's pending human tasks and decides each approval by a rule.
//! Approvals whose payload `amount` is at most the limit are approved (with a comment), larger
//! ones are rejected with a reason, and anything else (edit tasks, approvals without an amount)
//! is left for a person.
//!
//! ```sh
//! AR_TOKEN=pat_… AR_TENANT=acme AR_PROJECT=proj_1 \
//!     cargo run -p agentruntime-examples --example approve_tasks -- 1000
//! ```
//!
//! The argument is the limit (default 1000). `Client::from_env()` reads `AR_API`, `AR_TOKEN`,
//! `AR_TENANT` and `AR_PROJECT`; each task is completed in its own project, whatever
//! `AR_PROJECT` says.

use std::error::Error;

use agentruntime::serde_json::json;
use agentruntime::types::PendingTask;
use agentruntime::{Client, TaskHandle};

/// What the rule decides for one task.
enum Decision {
    Approve,
    Reject(String),
    Leave(&'static str),
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn Error>> {
    let limit: f64 = match std::env::args().nth(1) {
        Some(arg) => arg.parse()?,
        None => 1000.0,
    };
    let client = Client::from_env()?;

    // Every task still waiting for a decision, oldest first, as handles that keep the
    // workflow, run and task ids together.
    let tasks = client.pending_tasks().await?;
    println!("{} pending task(s)", tasks.len());

    for task in &tasks {
        match decide(task.task(), limit) {
            Decision::Approve => {
                task.approve(json!({"comment": "approved automatically"}))
                    .await?;
                println!("approved {}", describe(task));
            }
            Decision::Reject(reason) => {
                task.reject(&reason).await?;
                println!("rejected {}: {reason}", describe(task));
            }
            Decision::Leave(why) => println!("left {}: {why}", describe(task)),
        }
    }
    Ok(())
}

/// The rule: approve small amounts, reject large ones, leave the rest to a person.
fn decide(task: &PendingTask, limit: f64) -> Decision {
    if task.task_type != "approval" {
        return Decision::Leave("not an approval");
    }
    // The step's payload with its templates resolved (servers name it either way).
    let payload = if task.task_payload.is_empty() {
        &task.context
    } else {
        &task.task_payload
    };
    match payload.get("amount").and_then(|a| a.as_f64()) {
        Some(amount) if amount <= limit => Decision::Approve,
        Some(amount) => Decision::Reject(format!("amount {amount} exceeds the limit of {limit}")),
        None => Decision::Leave("no amount to check"),
    }
}

fn describe(task: &TaskHandle) -> String {
    let workflow = task.task().workflow_name.as_deref().unwrap_or("?");
    format!("{} of run {} ({workflow})", task.task_id(), task.run_id())
}

//! Live events: follows one run's events over the WebSocket stream and prints each typed event
//! until the run ends. With only a workflow id it starts a run first; with a run id too it
//! attaches to that run (a run that has already ended shows its events from the start).
//!
//! ```sh
//! AR_TOKEN=pat_… AR_TENANT=acme AR_PROJECT=proj_1 \
//!     cargo run -p agentruntime-examples --example live_events -- WORKFLOW_ID [RUN_ID]
//! ```
//!
//! The stream reconnects and resumes by itself (missing events are fetched from the run's log),
//! so every event is printed once, in order. `Client::from_env()` reads `AR_API`, `AR_TOKEN`,
//! `AR_TENANT` and `AR_PROJECT`.

use std::error::Error;

use agentruntime::serde_json::json;
use agentruntime::{Client, RunEvent, RunEventKind, RunHandle};

#[tokio::main]
async fn main() -> Result<(), Box<dyn Error>> {
    let mut args = std::env::args().skip(1);
    let workflow_id = args
        .next()
        .ok_or("usage: live_events WORKFLOW_ID [RUN_ID]")?;
    let client = Client::from_env()?;

    let run = match args.next() {
        Some(run_id) => RunHandle::new(&client, workflow_id, run_id),
        None => {
            client
                .start_run(workflow_id, json!({"source": "live_events"}))
                .await?
        }
    };
    println!("following run {} of {}", run.run_id(), run.workflow_id());

    // The stream does not end by itself when the run does: stop at its final state change.
    let mut events = run.events().connect().await?;
    while let Some(event) = events.next().await {
        let event = event?;
        println!("{}", describe(&event));
        if event.ends_run() {
            break;
        }
    }
    // The last event's id resumes the stream later: `.cursor(id)` on `run.events()`.
    println!("last event: {}", events.cursor().unwrap_or("none"));
    Ok(())
}

/// One line per event, by its type; event types newer than this SDK arrive as `Unknown`.
fn describe(event: &RunEvent) -> String {
    let step = event.step_id.as_deref().unwrap_or("-");
    let what = match &event.kind {
        RunEventKind::RunStarted(data) => format!(
            "run started (version {})",
            data.workflow_version.unwrap_or_default()
        ),
        RunEventKind::StepStarted(data) => format!(
            "step {step} started ({})",
            data.step_type.as_deref().unwrap_or("?")
        ),
        RunEventKind::StepCompleted(data) if data.skipped == Some(true) => {
            format!("step {step} skipped")
        }
        RunEventKind::StepCompleted(data) => format!(
            "step {step} completed in {} ms: {}",
            data.duration_ms.unwrap_or_default(),
            json!(data.result)
        ),
        RunEventKind::StepFailed(data) => format!(
            "step {step} failed: {}",
            data.error.as_deref().unwrap_or("?")
        ),
        RunEventKind::StateChanged(change) => format!("run is now {}", change.to),
        other => other.tag().to_owned(),
    };
    format!(
        "{} #{} {what}",
        event.timestamp.format("%H:%M:%S"),
        event.id
    )
}

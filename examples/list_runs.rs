//! Pagination: every running run of the workspace (optionally of one workflow) item by item
//! across all pages with `.stream()`, then the failed runs page by page with `.pages()`, which
//! also gives each page's response metadata and lets you stop early.
//!
//! ```sh
//! AR_TOKEN=pat_… AR_TENANT=acme \
//!     cargo run -p agentruntime-examples --example list_runs -- [WORKFLOW_ID]
//! ```
//!
//! `list_runs` needs a tenant only. `Client::from_env()` reads `AR_API`, `AR_TOKEN`, `AR_TENANT`
//! and `AR_PROJECT`.

use std::error::Error;

use agentruntime::Client;
use agentruntime::types::{Run, RunStatus};
use futures::TryStreamExt;

/// How many pages of failed runs to show.
const MAX_PAGES: usize = 2;

#[tokio::main]
async fn main() -> Result<(), Box<dyn Error>> {
    let client = Client::from_env()?;

    // Filters are setters; `.stream()` sends them again with each page's cursor.
    let mut list = client.list_runs().status(RunStatus::Running).limit(50);
    if let Some(workflow_id) = std::env::args().nth(1) {
        list = list.workflow_id(workflow_id);
    }
    let mut running = list.stream();
    let mut count = 0;
    while let Some(run) = running.try_next().await? {
        count += 1;
        let since = run.started_at.map(|t| t.to_rfc3339());
        println!(
            "running: {} of {} since {}",
            run_id(&run),
            run.workflow_name.as_deref().unwrap_or(&run.workflow_id),
            since.as_deref().unwrap_or("(queued)")
        );
    }
    println!("{count} running run(s)");

    // Page by page: a page is a response (request id, rate limit) that derefs to the `RunPage`.
    // Pages are fetched as you ask for them, so stopping early fetches no more.
    let mut pages = client
        .list_runs()
        .status(RunStatus::Failed)
        .limit(20)
        .pages();
    let mut shown = 0;
    while let Some(page) = pages.try_next().await? {
        shown += 1;
        println!(
            "page {shown}: {} failed run(s), request id {}",
            page.items.len(),
            page.request_id().unwrap_or("none")
        );
        for run in &page.items {
            let code = run.failure_code.as_ref().map(ToString::to_string);
            println!(
                "  {} ({})",
                run_id(run),
                code.as_deref().unwrap_or("no code")
            );
        }
        if shown == MAX_PAGES {
            println!("stopping after {MAX_PAGES} pages");
            break;
        }
    }
    Ok(())
}

/// A listed run's id (servers name it `run_id` or `id`).
fn run_id(run: &Run) -> &str {
    run.run_id.as_deref().or(run.id.as_deref()).unwrap_or("?")
}

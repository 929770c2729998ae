//! Raw requests: call an endpoint this version of the SDK does not describe (or see a response
//! exactly as the server sent it) with the client's credentials, context headers, retries and
//! typed errors. Sends `GET PATH` (default `/v1/workflows`) and prints the JSON, then lists the
//! published workflows into a type of your own with `send_as`.
//!
//! ```sh
//! AR_TOKEN=pat_… AR_TENANT=acme AR_PROJECT=proj_1 \
//!     cargo run -p agentruntime-examples --example raw_request -- /v1/workflows
//! ```
//!
//! Path segments are sent as written: percent-encode ids that may contain `/`, `?` or `#`.
//! `Client::from_env()` reads `AR_API`, `AR_TOKEN`, `AR_TENANT` and `AR_PROJECT`.

use std::error::Error;

use agentruntime::serde_json;
use agentruntime::{Client, HttpMethod};
use serde::Deserialize;

/// Only the fields this program reads; serde ignores the rest.
#[derive(Debug, Deserialize)]
struct Workflows {
    workflows: Vec<Named>,
}

#[derive(Debug, Deserialize)]
struct Named {
    id: String,
    name: String,
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn Error>> {
    let path = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "/v1/workflows".to_owned());
    let client = Client::from_env()?;

    // GET, PUT and DELETE are retried on transient failures; `.idempotent(true)` opts a POST in.
    let answer = client
        .request(HttpMethod::Get, &path)
        .header("X-Correlation-Id", "raw-request-example")
        .send()
        .await?;
    println!(
        "GET {path}: {} (request id {})",
        answer.status(),
        answer.request_id().unwrap_or("none")
    );
    println!("{}", serde_json::to_string_pretty(&*answer)?);

    // The same call decoded into your own type, with a query parameter.
    let published = client
        .request(HttpMethod::Get, "/v1/workflows")
        .query("status", "published")
        .send_as::<Workflows>()
        .await?
        .into_inner();
    for workflow in &published.workflows {
        println!("published: {} ({})", workflow.name, workflow.id);
    }
    Ok(())
}

//! Per-request overhead of an SDK call against a raw `reqwest` call of the same request: same
//! loopback server, same `reqwest::Client` (so the same connection pool), same decoding into the
//! same type. The SDK adds the metadata lookup, context and auth headers, the retry loop (one
//! attempt), the tracing span and error mapping.
//!
//! Timings on a shared 2-core machine drift by 10–20 % between runs, so the two clients are
//! measured in alternating rounds (raw, SDK, raw, SDK, ...) and the medians of the rounds are
//! compared; each round is 500 sequential calls after a warm-up.
//!
//! Run: `cargo bench -p agentruntime-tests --bench overhead`

use std::time::{Duration, Instant};

use agentruntime::types::Workflow;
use agentruntime::{Client, RetryPolicy};
use agentruntime_tests::{HttpServer, Reply};
use serde_json::json;

const ROUNDS: usize = 41;
const CALLS: u32 = 500;

fn median(mut values: Vec<Duration>) -> Duration {
    values.sort();
    values[values.len() / 2]
}

fn main() {
    let server = HttpServer::start().quiet();
    server.on(
        "GET",
        "/v1/workflows/wf_1",
        [Reply::json(
            200,
            json!({
                "id": "wf_1", "name": "Daily report", "description": "Sends the daily report",
                "tenant_id": "acme", "project_id": "proj_1", "status": "draft",
                "created_at": "2026-06-06T12:00:00Z", "updated_at": "2026-06-06T12:00:00Z",
                "graph": {"steps": [{"id": "fetch", "type": "mcp_call", "tool_name": "http.get"}]}
            }),
        )],
    );
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let http = reqwest::Client::builder().build().unwrap();
    let sdk = Client::builder()
        .base_url(server.url())
        .pat("pat_bench_0123456789")
        .tenant("acme")
        .project("proj_1")
        .retry(RetryPolicy::default())
        .http_client(http.clone())
        .build()
        .unwrap();
    let url = format!("{}/v1/workflows/wf_1", server.url());

    let raw_call = || async {
        let workflow: Workflow = http
            .get(&url)
            .header("authorization", "Bearer pat_bench_0123456789")
            .header("x-tenant-id", "acme")
            .header("x-project-id", "proj_1")
            .header("accept", "application/json")
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        workflow
    };
    let sdk_call = || async { sdk.get_workflow("wf_1").send().await.unwrap().into_inner() };

    runtime.block_on(async {
        for _ in 0..2000 {
            std::hint::black_box(raw_call().await);
            std::hint::black_box(sdk_call().await);
        }
        let (mut raw, mut with_sdk) = (Vec::new(), Vec::new());
        for _ in 0..ROUNDS {
            let started = Instant::now();
            for _ in 0..CALLS {
                std::hint::black_box(raw_call().await);
            }
            raw.push(started.elapsed() / CALLS);
            let started = Instant::now();
            for _ in 0..CALLS {
                std::hint::black_box(sdk_call().await);
            }
            with_sdk.push(started.elapsed() / CALLS);
        }
        let (raw, with_sdk) = (median(raw), median(with_sdk));
        println!(
            "get_workflow raw reqwest: {raw:?} per request (median of {ROUNDS} rounds of {CALLS})"
        );
        println!("get_workflow SDK:         {with_sdk:?} per request");
        println!(
            "ratio SDK / raw: {:.3} (target <= 1.10)",
            with_sdk.as_secs_f64() / raw.as_secs_f64()
        );
    });
}

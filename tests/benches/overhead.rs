//! Per-request overhead of an SDK call against a raw `reqwest` call of the same request: same
//! loopback server, same `reqwest::Client` (so the same connection pool), same decoding into the
//! same type. The SDK adds metadata lookup, context and auth headers, the retry loop (one
//! attempt), the tracing span and error mapping.
//!
//! Run: `cargo bench -p agentruntime-tests --bench overhead`

use agentruntime::types::Workflow;
use agentruntime::{Client, RetryPolicy};
use agentruntime_tests::{HttpServer, Reply};
use criterion::{Criterion, criterion_group, criterion_main};
use serde_json::json;

fn overhead(c: &mut Criterion) {
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

    let mut group = c.benchmark_group("get_workflow");
    group.bench_function("raw_reqwest", |b| {
        b.to_async(&runtime).iter(|| async {
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
        })
    });
    group.bench_function("sdk", |b| {
        b.to_async(&runtime)
            .iter(|| async { sdk.get_workflow("wf_1").send().await.unwrap().into_inner() })
    });
    group.finish();
}

criterion_group!(benches, overhead);
criterion_main!(benches);

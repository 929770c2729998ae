//! Live run events: events per second decoded through the SDK stream
//! (`client.stream_workflow_events(..).connect()` → typed `RunEvent`s, with dedupe, cursor and
//! liveness bookkeeping) against raw tokio-tungstenite + serde_json (each text frame decoded into
//! a `serde_json::Value`, the natural untyped approach), both reading the same frames from the
//! same loopback server.
//!
//! The server pre-encodes every frame and writes them in 64 KiB chunks, so it is never the
//! bottleneck; the client runs on a current-thread runtime, the server on its own thread.
//!
//! `cargo bench -p agentruntime-tests --bench stream` runs 9 alternating rounds of 100,000
//! events and prints the medians and their ratio. Without `--bench` (as under
//! `cargo test --benches`) it runs one small round as a smoke test.

use std::hint::black_box;
use std::sync::Arc;
use std::time::{Duration, Instant};

use agentruntime_tests::ws::{EventLog, Plan, RUN_ID, Then, WORKFLOW_ID, WsServer};
use futures::StreamExt;
use tokio_tungstenite::tungstenite::Message;

fn main() {
    let full = std::env::args().any(|a| a == "--bench");
    let (events, rounds) = if full { (100_000, 9) } else { (2_000, 1) };
    // `STREAM_BENCH_ONLY=sdk` (or `raw`) runs one side only, for profiling.
    let only_var = std::env::var("STREAM_BENCH_ONLY").ok();
    let only = only_var.as_deref();

    let log = EventLog::generate(events);
    let frames = log.frames(1..=events);
    let bytes_per_event = frames.len() as f64 / events as f64;
    let frames = Arc::new(frames);
    let server = WsServer::start(log, move |_| {
        Plan::accept().then(Then::Stream(frames.clone()))
    });
    let client = server.client_builder().build().expect("client");
    let raw_url = format!(
        "{}/v1/workflows/{WORKFLOW_ID}/stream?run_id={RUN_ID}",
        server.url().replacen("http", "ws", 1)
    );
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime");

    let mut raw_rates = Vec::new();
    let mut sdk_rates = Vec::new();
    runtime.block_on(async {
        // Warm-up: connections, allocator, page cache of the binary.
        raw(&raw_url, events).await;
        sdk(&client, events).await;
        for _ in 0..rounds {
            if only != Some("sdk") {
                raw_rates.push(events as f64 / raw(&raw_url, events).await.as_secs_f64());
            }
            if only != Some("raw") {
                sdk_rates.push(events as f64 / sdk(&client, events).await.as_secs_f64());
            }
        }
        if only.is_some() {
            println!("{only:?} only: raw {raw_rates:?}, sdk {sdk_rates:?}");
            std::process::exit(0);
        }
    });

    let raw = median(&mut raw_rates);
    let sdk = median(&mut sdk_rates);
    println!(
        "live run events: {events} events per round, {bytes_per_event:.0} bytes per frame, {rounds} rounds"
    );
    println!(
        "  raw tokio-tungstenite + serde_json::Value: {:>10.0} events/s (median; min {:.0}, max {:.0})",
        raw,
        min(&raw_rates),
        max(&raw_rates)
    );
    println!(
        "  SDK stream, typed RunEvent:                {:>10.0} events/s (median; min {:.0}, max {:.0})",
        sdk,
        min(&sdk_rates),
        max(&sdk_rates)
    );
    println!("  ratio SDK / raw: {:.3} (target >= 0.9)", sdk / raw);
    if !full {
        println!("  (smoke run without --bench: too short to be a measurement)");
    }
}

/// Raw: connect, decode every text frame into a `serde_json::Value`, stop at the close.
async fn raw(url: &str, expected: i64) -> Duration {
    let started = Instant::now();
    let (mut socket, _) = tokio_tungstenite::connect_async(url)
        .await
        .expect("raw connect");
    let mut count = 0;
    while let Some(message) = socket.next().await {
        match message.expect("raw read") {
            Message::Text(text) => {
                let value: serde_json::Value = serde_json::from_str(&text).expect("JSON");
                black_box(&value);
                count += 1;
            }
            Message::Close(_) => break,
            _ => {}
        }
    }
    let elapsed = started.elapsed();
    assert_eq!(count, expected, "raw client saw every event");
    elapsed
}

/// SDK: open the stream, take every typed event, stop at the end of the stream.
async fn sdk(client: &agentruntime::Client, expected: i64) -> Duration {
    let started = Instant::now();
    let mut events = client
        .stream_workflow_events(WORKFLOW_ID)
        .run_id(RUN_ID)
        .connect()
        .await
        .expect("SDK connect");
    let mut count = 0;
    while let Some(event) = events.next().await {
        black_box(&event.expect("typed event"));
        count += 1;
    }
    let elapsed = started.elapsed();
    assert_eq!(count, expected, "SDK stream delivered every event");
    elapsed
}

fn median(values: &mut [f64]) -> f64 {
    values.sort_by(f64::total_cmp);
    values[values.len() / 2]
}

fn min(values: &[f64]) -> f64 {
    values.iter().copied().fold(f64::INFINITY, f64::min)
}

fn max(values: &[f64]) -> f64 {
    values.iter().copied().fold(0.0, f64::max)
}

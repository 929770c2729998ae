//! The probe against Prism serving our own spec: every probe-able operation answers with the
//! spec's examples, so nothing may drift. A drift here means the spec's examples, its schemas and
//! the SDK's types disagree with each other.
//!
//! Needs the pinned Prism: `cargo xtask test` installs it and runs the tests (or run
//! `cargo xtask tools` once before `cargo test`).

mod common;

use agentruntime_probe::{Config, Verdict, probe};
use agentruntime_tests::prism::Prism;
use common::{PROJECT, TENANT, TOKEN};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn no_drift_against_prism() {
    let mut prism = Prism::start();
    let recorded = tempfile::tempdir().expect("a temporary folder");
    let mut config = Config::new(prism.url());
    config.token = Some(TOKEN.to_owned());
    config.tenant = Some(TENANT.to_owned());
    config.project = Some(PROJECT.to_owned());
    config.record = Some(recorded.path().to_owned());
    let report = probe(&config).await.expect("the probe runs");
    print!("{}", report.render());
    println!(
        "prism: {} ok, {} drift, {} skipped ({} requests)",
        report.ok, report.drift, report.skipped, report.requests
    );

    let drifts: Vec<String> = report
        .operations
        .iter()
        .flat_map(|op| op.drifts.iter().map(move |d| format!("{}: {d}", op.id)))
        .collect();
    assert!(
        drifts.is_empty(),
        "drift against the spec's own examples:\n{}",
        drifts.join("\n")
    );
    assert!(report.ok >= 50, "only {} operations came out ok", report.ok);

    // Prism validates each request against the spec: a request the probe got wrong would come
    // back as a 4xx (a skip with its status), a crash as a failed request.
    for op in &report.operations {
        if let Some(reason) = &op.skip {
            assert!(
                reason.starts_with("not a safe read")
                    || reason == "stream"
                    || reason.starts_with("no value for {"),
                "{} skipped: {reason}",
                op.id
            );
        }
    }
    let ok: Vec<&str> = report
        .operations
        .iter()
        .filter(|op| op.verdict == Verdict::Ok)
        .map(|op| op.id.as_str())
        .collect();

    // Every success was recorded, redacted, and decodes with the SDK's types.
    for id in &ok {
        let file = recorded.path().join(format!("{id}.json"));
        let body = std::fs::read(&file).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
        let decoded = agentruntime::operations::decode_body(id, &body).expect("a known operation");
        assert!(decoded.is_ok(), "{id}: {decoded:?}");
        let text = String::from_utf8(body).expect("UTF-8");
        assert!(!text.contains(TOKEN), "{id} records the token");
    }
    assert!(prism.is_running(), "Prism survived every request");
}

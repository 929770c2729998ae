//! The command line: exit codes (0 clean, 1 drift, 2 usage or configuration), the total line,
//! `--out`, and a token that appears nowhere but in the request's header.

mod common;

use std::process::{Command, Output};

use agentruntime_tests::{HttpServer, Reply};
use common::{TOKEN, example, list_key, rename};
use serde_json::Value;

fn probe(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_agentruntime-probe"))
        .args(args)
        .env("AR_TOKEN", TOKEN)
        .env_remove("AR_TENANT")
        .env_remove("AR_PROJECT")
        .output()
        .expect("the probe runs")
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

fn total_line(output: &Output) -> String {
    stdout(output).lines().last().unwrap_or_default().to_owned()
}

/// Everything but the one selected operation is skipped.
fn others() -> usize {
    agentruntime::metadata::OPERATIONS.len() - 1
}

#[test]
fn exit_0_when_clean_1_on_drift() {
    let spec = common::spec();
    let server = HttpServer::start();
    let base = server.url();
    let args = [
        "--base-url",
        &base,
        "--tenant",
        "acme",
        "--project",
        "proj_1",
        "--only",
        "list_workflows",
    ];

    server.on(
        "GET",
        "/v1/workflows",
        [Reply::json(200, example(&spec, "list_workflows"))],
    );
    let clean = probe(&args);
    assert_eq!(
        clean.status.code(),
        Some(0),
        "{}{}",
        stdout(&clean),
        stderr(&clean)
    );
    assert!(
        stdout(&clean)
            .lines()
            .any(|line| line.starts_with("ok       list_workflows ")
                && line.ends_with(" GET /v1/workflows")),
        "{}",
        stdout(&clean)
    );
    assert_eq!(
        total_line(&clean),
        format!("probe: 1 ok, 0 drift, {} skipped (1 requests)", others())
    );

    let mut vendor = example(&spec, "list_workflows");
    let key = list_key(&vendor);
    rename(&mut vendor, &key, "data");
    server.on("GET", "/v1/workflows", [Reply::json(200, vendor)]);
    let out = tempfile::tempdir().expect("a temporary folder");
    let report_file = out.path().join("report.json");
    let report_arg = report_file.to_str().expect("UTF-8 path");
    let drift = probe(&[&args[..], &["--out", report_arg]].concat());
    assert_eq!(
        drift.status.code(),
        Some(1),
        "{}{}",
        stdout(&drift),
        stderr(&drift)
    );
    let expected = format!(" /{key}: expected a value (required), got nothing");
    assert!(
        stdout(&drift)
            .lines()
            .any(|line| line.starts_with("drift    list_workflows ") && line.ends_with(&expected)),
        "{}",
        stdout(&drift)
    );
    assert_eq!(
        total_line(&drift),
        format!("probe: 0 ok, 1 drift, {} skipped (1 requests)", others())
    );

    let report: Value =
        serde_json::from_str(&std::fs::read_to_string(&report_file).expect("--out written"))
            .expect("JSON");
    let entry = report["operations"]
        .as_array()
        .and_then(|ops| ops.iter().find(|op| op["id"] == "list_workflows"))
        .expect("the operation is in the report");
    assert_eq!(entry["verdict"], "drift");
    assert_eq!(entry["status"], 200);
    assert_eq!(entry["method"], "GET");
    assert_eq!(entry["path"], "/v1/workflows");
    assert_eq!(entry["drifts"][0]["pointer"], format!("/{key}"));
    assert_eq!(report["drift"], 1);

    // The token went out in the header, and nowhere else.
    for request in server.requests() {
        assert_eq!(
            request.header("authorization"),
            Some(format!("Bearer {TOKEN}").as_str())
        );
    }
    let written = std::fs::read_to_string(&report_file).unwrap();
    for text in [
        stdout(&clean),
        stderr(&clean),
        stdout(&drift),
        stderr(&drift),
        written,
    ] {
        assert!(!text.contains(TOKEN), "the token leaked: {text}");
    }
}

#[test]
fn exit_2_on_usage_and_configuration_errors() {
    let usage = [
        vec![],
        vec!["--base-url"],
        vec!["--base-url", "http://127.0.0.1:9", "--max-requests", "0"],
        vec!["--base-url", "http://127.0.0.1:9", "--no-such-flag"],
        vec!["--base-url", "not a url"],
        vec![
            "--base-url",
            "http://127.0.0.1:9",
            "--spec",
            "/no/such/spec.yaml",
        ],
    ];
    for args in usage {
        let output = probe(&args);
        assert_eq!(
            output.status.code(),
            Some(2),
            "{args:?}: {}",
            stderr(&output)
        );
        assert!(!stderr(&output).is_empty(), "{args:?} says why");
        assert!(!stderr(&output).contains(TOKEN));
    }
    // A server that never answers is a configuration error too, not a clean run.
    let closed = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("a free port");
    let base = format!("http://{closed}");
    let output = probe(&["--base-url", &base, "--only", "get_auth_session"]);
    assert_eq!(
        output.status.code(),
        Some(2),
        "{}{}",
        stdout(&output),
        stderr(&output)
    );
    assert!(
        stderr(&output).contains("no answer from the server"),
        "{}",
        stderr(&output)
    );
    // --help is not an error.
    assert_eq!(probe(&["--help"]).status.code(), Some(0));
}

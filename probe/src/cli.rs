//! The command line: `agentruntime-probe --base-url URL [--tenant T] [--project P]
//! [--out report.json] [--record DIR] [--max-requests N]`, the token from `AR_TOKEN`.
//!
//! Exit codes: 0 when nothing drifted, 1 when something did, 2 on a usage or configuration error
//! (bad arguments, an unreadable spec, a server that never answered).

use std::ffi::OsString;
use std::path::PathBuf;

use clap::Parser;

use crate::{Config, Error};

/// Exit code when no operation drifted.
pub const EXIT_OK: i32 = 0;
/// Exit code when at least one operation drifted.
pub const EXIT_DRIFT: i32 = 1;
/// Exit code on a usage or configuration error.
pub const EXIT_USAGE: i32 = 2;

/// Calls every safe read of a live AgentRuntime BFF and reports where its answers drift from
/// spec/. The token is read from AR_TOKEN (never printed, never written).
#[derive(Debug, Parser)]
#[command(name = "agentruntime-probe", version)]
pub struct Args {
    /// Base URL of the BFF.
    #[arg(
        long,
        value_name = "URL",
        help = "Base URL of the BFF (https://api-dev.agentruntime.io)"
    )]
    pub base_url: String,
    /// Tenant for X-Tenant-Id (default: AR_TENANT).
    #[arg(long, value_name = "T")]
    pub tenant: Option<String>,
    /// Project for X-Project-Id (default: AR_PROJECT).
    #[arg(long, value_name = "P")]
    pub project: Option<String>,
    /// Also write the report as JSON to this file.
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
    /// Write each operation's first success body, redacted, to `DIR/<operation>.json`.
    #[arg(
        long,
        value_name = "DIR",
        help = "Write each operation's first success body, redacted, to DIR/<operation>.json"
    )]
    pub record: Option<PathBuf>,
    /// Send at most this many requests in all.
    #[arg(long, value_name = "N", default_value_t = 300, value_parser = clap::value_parser!(u32).range(1..))]
    pub max_requests: u32,
    /// Root spec file (default: the repository's spec/openapi.yaml).
    #[arg(long, value_name = "FILE")]
    pub spec: Option<PathBuf>,
    /// Probe only these operations (ids, comma-separated or repeated).
    #[arg(long, value_name = "ID", value_delimiter = ',')]
    pub only: Vec<String>,
}

impl Args {
    /// The probe's configuration: these arguments, plus `AR_TOKEN` (and `AR_TENANT`,
    /// `AR_PROJECT` for what the arguments leave out) from `env`.
    pub fn config(&self, env: impl Fn(&str) -> Option<String>) -> Config {
        let env = |name: &str| env(name).filter(|value| !value.trim().is_empty());
        let mut config = Config::new(self.base_url.clone());
        config.token = env("AR_TOKEN");
        config.tenant = self.tenant.clone().or_else(|| env("AR_TENANT"));
        config.project = self.project.clone().or_else(|| env("AR_PROJECT"));
        if let Some(spec) = &self.spec {
            config.spec = spec.clone();
        }
        config.max_requests = self.max_requests as usize;
        config.record = self.record.clone();
        config.only = self.only.clone();
        config
    }
}

/// Runs the command with these arguments (the first is the program name) and the process's
/// environment; prints the report and returns the exit code.
pub fn main(args: impl IntoIterator<Item = OsString>) -> i32 {
    let args = match Args::try_parse_from(args) {
        Ok(args) => args,
        Err(error) => {
            let _ = error.print();
            return if error.use_stderr() {
                EXIT_USAGE
            } else {
                EXIT_OK
            };
        }
    };
    let config = args.config(|name| std::env::var(name).ok());
    let runtime = match tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
    {
        Ok(runtime) => runtime,
        Err(error) => {
            eprintln!("error: cannot start the async runtime: {error}");
            return EXIT_USAGE;
        }
    };
    match runtime.block_on(run(&args, &config)) {
        Ok(code) => code,
        Err(error) => {
            eprintln!("error: {error}");
            EXIT_USAGE
        }
    }
}

/// Probes, prints the report to stdout, writes `--out`, and returns the exit code.
pub async fn run(args: &Args, config: &Config) -> Result<i32, Error> {
    let report = crate::probe(config).await?;
    print!("{}", report.render());
    if let Some(out) = &args.out {
        let mut json = report.to_json();
        json.push('\n');
        std::fs::write(out, json).map_err(|e| Error::Io(format!("{}: {e}", out.display())))?;
    }
    Ok(if report.has_drift() {
        EXIT_DRIFT
    } else {
        EXIT_OK
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arguments_and_environment() {
        let args = Args::try_parse_from([
            "probe",
            "--base-url",
            "http://127.0.0.1:9",
            "--project",
            "p_arg",
            "--only",
            "list_workflows,get_workflow",
            "--only",
            "list_runs",
        ])
        .unwrap();
        let config = args.config(|name| match name {
            "AR_TOKEN" => Some("pat_x".into()),
            "AR_TENANT" => Some("t_env".into()),
            "AR_PROJECT" => Some("p_env".into()),
            _ => None,
        });
        assert_eq!(config.token.as_deref(), Some("pat_x"));
        assert_eq!(config.tenant.as_deref(), Some("t_env"));
        assert_eq!(config.project.as_deref(), Some("p_arg"));
        assert_eq!(config.max_requests, 300);
        assert_eq!(config.only, ["list_workflows", "get_workflow", "list_runs"]);
        let blank = args.config(|name| (name == "AR_TOKEN").then(|| " ".to_owned()));
        assert_eq!(blank.token, None);
        assert!(Args::try_parse_from(["probe"]).is_err());
        assert!(Args::try_parse_from(["probe", "--base-url", "x", "--max-requests", "0"]).is_err());
    }
}

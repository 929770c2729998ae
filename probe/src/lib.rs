//! `cargo xtask probe`: the sensor that keeps `spec/` true against a live AgentRuntime BFF.
//!
//! The probe calls every safe read of the API (`GET` operations that are neither WebSocket nor
//! byte streams) through the SDK's own request pipeline (credentials, context headers, retries,
//! the response-size limit), finds ids for path parameters in the answers of earlier lists, and
//! checks each answer twice: against the spec's JSON Schema for that operation's success response
//! (OpenAPI 3.1, JSON Schema 2020-12) and against the SDK's own types
//! ([`agentruntime::operations::decode_body`]). Every difference is a [`Drift`] with a JSON
//! pointer, what the spec expects and what the server sent.
//!
//! ```no_run
//! # async fn run() -> Result<(), agentruntime_probe::Error> {
//! let mut config = agentruntime_probe::Config::new("https://api-dev.agentruntime.io");
//! config.token = std::env::var("AR_TOKEN").ok();
//! config.tenant = Some("acme".into());
//! config.project = Some("proj_1".into());
//! let report = agentruntime_probe::probe(&config).await?;
//! print!("{}", report.render());
//! # Ok(()) }
//! ```
//!
//! Modules: [`spec`] reads the bundled spec, [`schema`] validates bodies, [`discover`] finds path
//! values, [`redact`] cleans recorded bodies, [`report`] prints the findings, [`cli`] is the
//! command line.

#![warn(missing_docs)]

pub mod cli;
pub mod discover;
mod probe;
pub mod redact;
pub mod report;
pub mod schema;
pub mod spec;

pub use probe::{Config, MAX_CALLS_PER_OPERATION, default_spec_path, probe, probe_with_spec};
pub use report::{Drift, DriftSource, OperationReport, Report, Verdict};
pub use spec::Spec;

/// Why the probe could not run (the command exits with 2).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Error {
    /// The configuration is unusable (a base URL that is not one, a credential a header cannot
    /// carry).
    Config(String),
    /// The spec cannot be read, bundled or compiled.
    Spec(String),
    /// Writing the report or a recorded body failed.
    Io(String),
    /// No request got an answer (the base URL is wrong, or the server is down).
    Unreachable(String),
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Config(message) => write!(f, "configuration: {message}"),
            Self::Spec(message) => write!(f, "spec: {message}"),
            Self::Io(message) => write!(f, "{message}"),
            Self::Unreachable(message) => write!(f, "no answer from the server: {message}"),
        }
    }
}

impl std::error::Error for Error {}

// @generated from templates/glue/stream/wait.rs by agentruntime-generator 0.1.0. Do not edit by hand.
// Spec: spec/openapi.yaml (sha256 aab3041a7d360a69e58dfceca5f9a2bffcbf688e5ad868463978c58def134800), OpenAPI 3.1.0, API version 1.0.0.
// Regenerate: cargo xtask regen

//! [`Client::wait_for_run`]: follow a run until it ends, and say how it ended (the wait itself is
//! the runtime's `stream::wait_for`; this names the summary and outcome types).

use std::fmt;

use agentruntime_runtime::stream::{RunWaits, wait_for};

use crate::types::{FailureCode, RunEvent, RunEventKind, RunStatus, RunSummary};
use crate::{Client, Error, WaitOptions};

/// How a run ended, as [`Client::wait_for_run`] and [`RunHandle::wait`](crate::RunHandle::wait)
/// report it.
///
/// `status` is always terminal: [`RunStatus::Completed`], [`RunStatus::Failed`] or
/// [`RunStatus::Stopped`]. A failed or stopped run is an `Ok` outcome, not an `Err`: the wait
/// succeeded, the run did not; check [`RunOutcome::succeeded`].
#[derive(Clone, Debug)]
#[non_exhaustive]
pub struct RunOutcome {
    /// The terminal status.
    pub status: RunStatus,
    /// Why the run failed, when the server says (from the final `state_changed` event, else
    /// from the summary).
    pub failure_code: Option<FailureCode>,
    /// The reason of the final `state_changed` event, when the wait saw it and it had one.
    pub reason: Option<String>,
    /// The run's summary, fetched once the run had ended.
    pub summary: RunSummary,
}

impl RunOutcome {
    /// Whether the run completed.
    pub fn succeeded(&self) -> bool {
        self.status == RunStatus::Completed
    }
}

impl fmt::Display for RunOutcome {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "run {}", self.status)?;
        if let Some(code) = &self.failure_code {
            write!(f, " ({code})")?;
        }
        if let Some(reason) = &self.reason {
            write!(f, ": {reason}")?;
        }
        Ok(())
    }
}

/// # Waiting for runs
///
/// How a run ended, by its live events.
impl Client {
    /// Waits until a run ends (completed, failed or stopped) and returns how it ended.
    ///
    /// Checks `get_run_summary` first and returns at once for a run that has already ended.
    /// Otherwise it follows [`Client::stream_workflow_events`] filtered to the run (reconnecting,
    /// resuming and backfilling from `list_run_events` as the stream does) until a
    /// `state_changed` event moves the run to a terminal status, then fetches the summary once
    /// more for [`RunOutcome::summary`]. Frames that do not decode are skipped. If the server
    /// ends the stream while the run is still going, the summary decides; when it still shows
    /// the run going, the stream is opened again from its cursor, at most `max_reconnect_attempts`
    /// ([`StreamOptions`](crate::StreamOptions)) times in a row. A stream that fails ends the
    /// wait with its error.
    ///
    /// There is no time limit: wrap the call in `tokio::time::timeout` to bound it, or use
    /// [`RunHandle::wait_with`](crate::RunHandle::wait_with), which takes a timeout and falls
    /// back to polling the summary when the stream cannot be used.
    ///
    /// ```no_run
    /// # async fn run(client: agentruntime::Client) -> Result<(), agentruntime::Error> {
    /// let outcome = client.wait_for_run("wf_id", "run_id").await?;
    /// if !outcome.succeeded() {
    ///     eprintln!("{outcome}; failure code {:?}", outcome.failure_code);
    /// }
    /// # Ok(()) }
    /// ```
    pub async fn wait_for_run(
        &self,
        id: impl Into<String>,
        run_id: impl Into<String>,
    ) -> Result<RunOutcome, Error> {
        let options = WaitOptions::default().fallback_to_polling(false);
        wait_for(self, &id.into(), &run_id.into(), &options).await
    }
}

impl RunWaits for Client {
    type Summary = RunSummary;
    type Outcome = RunOutcome;

    async fn run_summary(&self, id: &str, run_id: &str) -> Result<RunSummary, Error> {
        Ok(self.get_run_summary(id, run_id).send().await?.into_inner())
    }

    fn outcome_of_summary(summary: RunSummary) -> Result<RunOutcome, RunSummary> {
        match summary.status.clone().filter(RunStatus::is_terminal) {
            Some(status) => Ok(RunOutcome {
                status,
                failure_code: summary.failure_code.clone(),
                reason: None,
                summary,
            }),
            None => Err(summary),
        }
    }

    fn outcome_of_event(event: &RunEvent, summary: RunSummary) -> Result<RunOutcome, RunSummary> {
        let RunEventKind::StateChanged(change) = &event.kind else {
            return Err(summary);
        };
        Ok(RunOutcome {
            status: change.to.clone(),
            failure_code: change.failure_code.clone().or(summary.failure_code.clone()),
            reason: change.reason.clone(),
            summary,
        })
    }

    fn status_of(summary: &RunSummary) -> String {
        summary
            .status
            .as_ref()
            .map_or_else(|| "unknown".to_owned(), ToString::to_string)
    }
}

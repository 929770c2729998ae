//! [`Client::wait_for_run`]: follow a run until it ends, and say how it ended.

use std::fmt;

use super::{RunEventStream, StreamOptions, is_terminal};
use crate::metadata::STREAM_WORKFLOW_EVENTS;
use crate::types::{FailureCode, RunEventKind, RunStatus, RunSummary};
use crate::{Client, Error, ErrorKind};

/// How a run ended, as [`Client::wait_for_run`] reports it.
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

    /// The outcome of a summary that shows a terminal status.
    fn from_summary(summary: RunSummary) -> Option<Self> {
        let status = summary.status.clone().filter(is_terminal)?;
        Some(Self {
            status,
            failure_code: summary.failure_code.clone(),
            reason: None,
            summary,
        })
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

impl Client {
    /// Waits until a run ends (completed, failed or stopped) and returns how it ended.
    ///
    /// Checks `get_run_summary` first and returns at once for a run that has already ended.
    /// Otherwise it follows [`Client::stream_workflow_events`] filtered to the run (reconnecting,
    /// resuming and backfilling from `list_run_events` as the stream does) until a
    /// `state_changed` event moves the run to a terminal status, then fetches the summary once
    /// more for [`RunOutcome::summary`]. Frames that do not decode are skipped. If the server
    /// ends the stream while the run is still going, the summary decides; when it still shows
    /// the run going, the stream is opened again from its cursor, at most
    /// [`StreamOptions::get_max_reconnect_attempts`] times in a row.
    ///
    /// There is no time limit: wrap the call in `tokio::time::timeout` to bound it.
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
        let id = id.into();
        let run_id = run_id.into();
        let summary = summary_of(self, &id, &run_id).await?;
        if let Some(outcome) = RunOutcome::from_summary(summary) {
            return Ok(outcome);
        }
        let options = StreamOptions::default();
        let mut events = follow(self, &id, &run_id, None, &options).await?;
        // The run may have ended between the first check and the connection.
        let summary = summary_of(self, &id, &run_id).await?;
        if let Some(outcome) = RunOutcome::from_summary(summary) {
            return Ok(outcome);
        }
        let mut quiet_ends = 0;
        let mut last_error = None;
        loop {
            match events.next().await {
                Some(Ok(event)) => {
                    quiet_ends = 0;
                    let RunEventKind::StateChanged(change) = &event.kind else {
                        continue;
                    };
                    if event.run_id != run_id || !is_terminal(&change.to) {
                        continue;
                    }
                    let summary = summary_of(self, &id, &run_id).await?;
                    return Ok(RunOutcome {
                        status: change.to.clone(),
                        failure_code: change.failure_code.clone().or(summary.failure_code.clone()),
                        reason: change.reason.clone(),
                        summary,
                    });
                }
                Some(Err(error)) if error.kind() == ErrorKind::Decode => continue,
                Some(Err(error)) => last_error = Some(error),
                None => {
                    let summary = summary_of(self, &id, &run_id).await?;
                    if let Some(outcome) = RunOutcome::from_summary(summary.clone()) {
                        return Ok(outcome);
                    }
                    if let Some(error) = last_error.take() {
                        return Err(error);
                    }
                    quiet_ends += 1;
                    if quiet_ends > options.get_max_reconnect_attempts() {
                        let status = summary
                            .status
                            .map_or_else(|| "unknown".to_owned(), |s| s.to_string());
                        return Err(Error::new(ErrorKind::StreamClosed)
                            .with_operation(&STREAM_WORKFLOW_EVENTS)
                            .with_attempts(quiet_ends)
                            .with_message(format!(
                                "the server kept ending the stream while run {run_id} is still \
                                 {status}"
                            )));
                    }
                    tokio::time::sleep(options.backoff(quiet_ends)).await;
                    let cursor = events.cursor().map(str::to_owned);
                    events = follow(self, &id, &run_id, cursor, &options).await?;
                }
            }
        }
    }
}

async fn summary_of(client: &Client, id: &str, run_id: &str) -> Result<RunSummary, Error> {
    Ok(client
        .get_run_summary(id, run_id)
        .send()
        .await?
        .into_inner())
}

/// Opens the run's stream.
async fn follow(
    client: &Client,
    id: &str,
    run_id: &str,
    cursor: Option<String>,
    options: &StreamOptions,
) -> Result<RunEventStream, Error> {
    let mut builder = client
        .stream_workflow_events(id)
        .run_id(run_id)
        .options(options.clone());
    if let Some(cursor) = cursor {
        builder = builder.cursor(cursor);
    }
    builder.connect().await
}

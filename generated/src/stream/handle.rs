// @generated from templates/glue/stream/handle.rs by agentruntime-generator 0.1.0. Do not edit by hand.
// Spec: spec/openapi.yaml (sha256 aab3041a7d360a69e58dfceca5f9a2bffcbf688e5ad868463978c58def134800), OpenAPI 3.1.0, API version 1.0.0.
// Regenerate: cargo xtask regen

//! A run handle's live events and wait (the wait is the runtime's `stream::wait_for`).

use agentruntime_runtime::stream::wait_for;

use super::{RunOutcome, StreamWorkflowEvents};
use crate::{Error, RunHandle, WaitOptions};

impl RunHandle {
    /// The run's live event stream ([`Client::stream_workflow_events`](crate::Client::stream_workflow_events)
    /// filtered to the run), ready to `.connect()`; set a cursor or options first if need be.
    ///
    /// ```no_run
    /// # async fn run(run: agentruntime::RunHandle) -> Result<(), agentruntime::Error> {
    /// let mut events = run.events().connect().await?;
    /// while let Some(event) = events.next().await {
    ///     println!("{}", event?.kind.tag());
    /// }
    /// # Ok(()) }
    /// ```
    pub fn events(&self) -> StreamWorkflowEvents<'_> {
        let events = self.client().stream_workflow_events(self.workflow_id());
        events.run_id(self.run_id())
    }

    /// Waits until the run ends and returns how it ended: [`RunHandle::wait_with`] with
    /// [`WaitOptions::default`] (no time limit; polls the summary every 2 s when the event
    /// stream cannot be used).
    ///
    /// ```no_run
    /// # async fn run(client: agentruntime::Client) -> Result<(), agentruntime::Error> {
    /// let run = client.start_run("wf_id", serde_json::json!({"ticket": 42})).await?;
    /// let outcome = run.wait().await?;
    /// println!("{outcome}");
    /// # Ok(()) }
    /// ```
    pub async fn wait(&self) -> Result<RunOutcome, Error> {
        self.wait_with(WaitOptions::default()).await
    }

    /// Waits until the run ends, as [`Client::wait_for_run`](crate::Client::wait_for_run) does,
    /// with a time limit ([`WaitOptions::timeout`]: an
    /// [`ErrorKind::Timeout`](crate::ErrorKind::Timeout) error when it elapses; the run goes
    /// on) and a fallback: when the event stream cannot be used (its upgrade is refused with a
    /// status other than 401/403, its connection keeps failing), the run's summary is polled
    /// every [`WaitOptions::poll_interval`] until it shows the run over.
    ///
    /// ```no_run
    /// # async fn run(run: agentruntime::RunHandle) -> Result<(), agentruntime::Error> {
    /// use std::time::Duration;
    /// let options = agentruntime::WaitOptions::default().timeout(Duration::from_secs(300));
    /// let outcome = run.wait_with(options).await?;
    /// assert!(outcome.succeeded(), "{outcome}");
    /// # Ok(()) }
    /// ```
    pub async fn wait_with(&self, options: WaitOptions) -> Result<RunOutcome, Error> {
        wait_for(self.client(), self.workflow_id(), self.run_id(), &options).await
    }
}

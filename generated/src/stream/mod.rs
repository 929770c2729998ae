// @generated from templates/glue/stream/mod.rs by agentruntime-generator 0.1.0. Do not edit by hand.
// Spec: spec/openapi.yaml (sha256 aab3041a7d360a69e58dfceca5f9a2bffcbf688e5ad868463978c58def134800), OpenAPI 3.1.0, API version 1.0.0.
// Regenerate: cargo xtask regen

//! The WebSocket run-event stream of this API: its event type, frame decoder and backfill read
//! plugged into the runtime's engine (`agentruntime_runtime::stream`), `wait_for_run`, and a run
//! handle's events and wait.

mod decode;
mod handle;
mod wait;

use agentruntime_runtime::stream::{BackfillPage, BackfillRequest, RunEvents, StreamEvent};

use crate::metadata::{Operation, STREAM_WORKFLOW_EVENTS};
use crate::{Client, Error};

pub use crate::types::{RunEvent, RunEventKind, RunStatus};
pub use agentruntime_runtime::WaitOptions;
pub use agentruntime_runtime::stream::StreamOptions;
pub use wait::RunOutcome;

/// A live stream of [`RunEvent`]s; see [`Client::stream_workflow_events`] and
/// [`agentruntime_runtime::stream`] for what it guarantees.
pub type RunEventStream = agentruntime_runtime::stream::RunEventStream<Client>;

/// Builder for [`Client::stream_workflow_events`]: the run filter, a resume cursor and the
/// [`StreamOptions`]; `.connect()` opens the stream.
pub type StreamWorkflowEvents<'a> = agentruntime_runtime::stream::StreamWorkflowEvents<'a, Client>;

/// # Live run events
///
/// The WebSocket stream of a workflow's run events.
impl Client {
    /// Stream a workflow's live run events over a WebSocket (`GET /v1/workflows/{id}/stream`).
    ///
    /// Requires role `project_viewer`; sends the client's tenant and project. The stream
    /// reconnects, resumes and backfills by itself; see [`RunEventStream`].
    ///
    /// ```no_run
    /// # async fn run(client: agentruntime::Client) -> Result<(), agentruntime::Error> {
    /// let mut events = client.stream_workflow_events("wf_id").run_id("run_id").connect().await?;
    /// while let Some(event) = events.next().await {
    ///     let event = event?;
    ///     println!("{} {}", event.id, event.kind.tag());
    /// }
    /// # Ok(()) }
    /// ```
    pub fn stream_workflow_events(&self, id: impl Into<String>) -> StreamWorkflowEvents<'_> {
        StreamWorkflowEvents::new(self, id)
    }
}

impl RunStatus {
    /// Whether a run in this status is over: completed, failed and stopped runs do not change
    /// any more.
    ///
    /// ```
    /// use agentruntime::RunStatus;
    ///
    /// assert!(RunStatus::Failed.is_terminal());
    /// assert!(!RunStatus::Running.is_terminal());
    /// ```
    pub fn is_terminal(&self) -> bool {
        matches!(
            self,
            RunStatus::Completed | RunStatus::Failed | RunStatus::Stopped
        )
    }
}

impl RunEvent {
    /// Whether the run is over after this event: a state change to a terminal status.
    ///
    /// ```
    /// # fn show(event: agentruntime::RunEvent) {
    /// if event.ends_run() {
    ///     println!("run {} ended", event.run_id);
    /// }
    /// # }
    /// ```
    pub fn ends_run(&self) -> bool {
        matches!(&self.kind, RunEventKind::StateChanged(change) if change.to.is_terminal())
    }
}

impl StreamEvent for RunEvent {
    fn run_id(&self) -> &str {
        &self.run_id
    }

    fn event_id(&self) -> &str {
        &self.id
    }

    fn sequence(&self) -> Option<i64> {
        self.sequence
    }

    fn ends_run(&self) -> bool {
        RunEvent::ends_run(self)
    }
}

impl RunEvents for Client {
    type Event = RunEvent;
    const OPERATION: &'static Operation = &STREAM_WORKFLOW_EVENTS;

    fn decode_text(frame: &str) -> Result<RunEvent, Error> {
        decode::text(frame)
    }

    fn decode_binary(frame: &[u8]) -> Result<RunEvent, Error> {
        decode::binary(frame)
    }

    async fn backfill(
        &self,
        request: BackfillRequest<'_>,
    ) -> Result<BackfillPage<RunEvent>, Error> {
        let mut call = self
            .list_run_events(request.workflow_id, request.run_id)
            .after(request.after)
            .limit(request.limit);
        if let Some(cursor) = request.cursor {
            call = call.cursor(cursor);
        }
        let page = call.send().await?.into_inner();
        Ok(BackfillPage {
            events: page.events,
            next_cursor: page.next_cursor,
        })
    }
}

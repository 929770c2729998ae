//! Waiting for a run to end: the first look at its summary, the event stream filtered to it
//! until an event ends it, and the summary polled instead when the stream cannot be used. The
//! generated crate's `wait_for_run` and `RunHandle::wait_with` are this, with the API's summary
//! and outcome types plugged in through [`RunWaits`].

use std::fmt;
use std::future::Future;

use super::{RunEventStream, RunEvents, StreamEvent, StreamOptions, StreamWorkflowEvents};
use crate::wait::{WaitOptions, poll, polling_may_help, within};
use crate::{Error, ErrorKind};

/// What a wait needs from a client beyond its event stream: the run's summary, and how a summary
/// or the event that ends the run says how it ended.
pub trait RunWaits: RunEvents + fmt::Debug {
    /// The run's summary (status and whether it is over).
    type Summary: Send;
    /// How a run ended.
    type Outcome: Send;
    /// Reads the run's summary.
    fn run_summary(
        &self,
        workflow_id: &str,
        run_id: &str,
    ) -> impl Future<Output = Result<Self::Summary, Error>> + Send;
    /// The outcome when the summary shows the run over; the summary back otherwise.
    fn outcome_of_summary(summary: Self::Summary) -> Result<Self::Outcome, Self::Summary>;
    /// The outcome an event that ends the run ([`StreamEvent::ends_run`]) announces, with the
    /// summary read after it; the summary back when the event says too little.
    fn outcome_of_event(
        event: &Self::Event,
        summary: Self::Summary,
    ) -> Result<Self::Outcome, Self::Summary>;
    /// The run's status in words, for errors.
    fn status_of(summary: &Self::Summary) -> String;
}

/// How following the stream ended.
enum Followed<O> {
    Ended(O),
    /// The stream could not be used; the error says why.
    Unusable(Error),
}

/// Waits until the run ends and returns how it ended.
///
/// Reads the summary first and returns at once for a run that is over. Otherwise it follows the
/// workflow's event stream filtered to the run (reconnecting, resuming and backfilling as the
/// stream does) until an event ends the run, then reads the summary once more for the outcome.
/// Frames that do not decode are skipped. When the server ends the stream while the run goes
/// on, the summary decides; while it still shows the run going, the stream is opened again from
/// its cursor, at most [`StreamOptions::get_max_reconnect_attempts`] times in a row.
///
/// When the stream cannot be used (its upgrade is refused, its connection keeps failing, the
/// server keeps ending it) and the failure is not one polling would meet again
/// ([`polling_may_help`]), the summary is read every [`WaitOptions::poll_interval`] until it shows
/// the run over; with [`WaitOptions::fallback_to_polling`] off, the stream's error ends the wait.
/// A failed summary read ends the wait with its error. With a [`WaitOptions::timeout`] the wait
/// ends with an [`ErrorKind::Timeout`] error when it elapses.
pub async fn wait_for<S: RunWaits>(
    client: &S,
    workflow_id: &str,
    run_id: &str,
    options: &WaitOptions,
) -> Result<S::Outcome, Error> {
    let what = || format!("run {run_id} of workflow {workflow_id} did not end");
    within(options.get_timeout(), what, async {
        let summary = client.run_summary(workflow_id, run_id).await?;
        if let Ok(outcome) = S::outcome_of_summary(summary) {
            return Ok(outcome);
        }
        let cause = match follow(client, workflow_id, run_id, options.get_stream_options()).await? {
            Followed::Ended(outcome) => return Ok(outcome),
            Followed::Unusable(cause) => cause,
        };
        if !options.get_fallback_to_polling() || !polling_may_help(&cause) {
            return Err(cause);
        }
        tracing::info!(
            operation = S::OPERATION.id,
            workflow_id,
            run_id,
            interval_ms = options.get_poll_interval().as_millis() as u64,
            "the event stream cannot be used ({cause}); polling the run's summary"
        );
        poll(
            options.get_poll_interval(),
            || client.run_summary(workflow_id, run_id),
            S::outcome_of_summary,
        )
        .await
    })
    .await
}

/// Follows the run's events until one ends it. `Err` is a failed summary read; a stream that
/// cannot be used is [`Followed::Unusable`].
async fn follow<S: RunWaits>(
    client: &S,
    workflow_id: &str,
    run_id: &str,
    options: &StreamOptions,
) -> Result<Followed<S::Outcome>, Error> {
    let mut events = match open(client, workflow_id, run_id, None, options).await {
        Ok(events) => events,
        Err(error) => return Ok(Followed::Unusable(error)),
    };
    // The run may have ended between the first look and the connection.
    let summary = client.run_summary(workflow_id, run_id).await?;
    if let Ok(outcome) = S::outcome_of_summary(summary) {
        return Ok(Followed::Ended(outcome));
    }
    let mut quiet_ends = 0;
    let mut last_error = None;
    loop {
        match events.next().await {
            Some(Ok(event)) => {
                quiet_ends = 0;
                if event.run_id() != run_id || !event.ends_run() {
                    continue;
                }
                let summary = client.run_summary(workflow_id, run_id).await?;
                if let Ok(outcome) = S::outcome_of_event(&event, summary) {
                    return Ok(Followed::Ended(outcome));
                }
            }
            Some(Err(error)) if error.kind() == ErrorKind::Decode => continue,
            Some(Err(error)) => last_error = Some(error),
            None => {
                let summary =
                    match S::outcome_of_summary(client.run_summary(workflow_id, run_id).await?) {
                        Ok(outcome) => return Ok(Followed::Ended(outcome)),
                        Err(summary) => summary,
                    };
                if let Some(error) = last_error.take() {
                    return Ok(Followed::Unusable(error));
                }
                quiet_ends += 1;
                if quiet_ends > options.get_max_reconnect_attempts() {
                    return Ok(Followed::Unusable(
                        Error::new(ErrorKind::StreamClosed)
                            .with_operation(S::OPERATION)
                            .with_attempts(quiet_ends)
                            .with_message(format!(
                                "the server kept ending the stream while run {run_id} is still \
                                 {}",
                                S::status_of(&summary)
                            )),
                    ));
                }
                tokio::time::sleep(options.backoff(quiet_ends)).await;
                let cursor = events.cursor().map(str::to_owned);
                events = match open(client, workflow_id, run_id, cursor, options).await {
                    Ok(events) => events,
                    Err(error) => return Ok(Followed::Unusable(error)),
                };
            }
        }
    }
}

/// Opens the run's stream.
async fn open<S: RunWaits>(
    client: &S,
    workflow_id: &str,
    run_id: &str,
    cursor: Option<String>,
    options: &StreamOptions,
) -> Result<RunEventStream<S>, Error> {
    let mut builder = StreamWorkflowEvents::new(client, workflow_id)
        .run_id(run_id)
        .options(options.clone());
    if let Some(cursor) = cursor {
        builder = builder.cursor(cursor);
    }
    builder.connect().await
}

//! Live run events over a WebSocket (`stream_workflow_events`) that reconnects, resumes and
//! backfills by itself; the generated crate's `wait_for_run` is built on it. The engine is
//! generic over the client ([`RunEvents`]: how frames decode and how the run log is read) and
//! its event type ([`StreamEvent`]).
//!
//! ```no_run
//! # async fn run(client: agentruntime::Client) -> Result<(), agentruntime::Error> {
//! let mut events = client.stream_workflow_events("wf_id").run_id("run_id").connect().await?;
//! while let Some(event) = events.next().await {
//!     let event: agentruntime::RunEvent = event?;
//!     println!("{} {}: {}", event.run_id, event.id, event.kind.tag());
//! }
//! let outcome = client.wait_for_run("wf_id", "run_id").await?;
//! println!("the run ended {}", outcome.status);
//! # Ok(()) }
//! ```
//!
//! What the stream guarantees, and how:
//! - **Typed events.** Each text frame is one event; a frame that is not one yields an
//!   `Err` of kind [`ErrorKind::Decode`] with a preview of the frame, and the stream goes on.
//! - **Liveness.** A ping every 20 s; when neither a pong nor any other frame arrives within
//!   20 s of a ping, the connection is dead and is replaced.
//! - **Reconnects.** Network errors, a connection that ends without a close frame and the close
//!   codes 1001, 1005, 1006, 1011, 1012 and 1013 reconnect after a jittered backoff (a
//!   random delay in `[cap/2, cap]`, the cap doubling from 0.5 s to 8 s), at most 5 attempts in
//!   a row. The count starts again once a connection has proved healthy: it delivered a new
//!   event, or stayed open for 30 s. A failed upgrade with 408, 429 or 5xx counts as an attempt
//!   (a `Retry-After` longer than the backoff is honoured up to 60 s); other statuses end the
//!   stream with their error kind.
//! - **Resume, backfill, exactly once.** Reconnects send the id of the last delivered event as
//!   `cursor`. When the server does not answer `X-Agentruntime-Resumed: true`, or when a run's
//!   `sequence` skips a number, the missing events are fetched from `list_run_events` (`after`
//!   = the last delivered id of that run) before the stream goes on. Events are delivered once
//!   per `(run_id, sequence)`, in `sequence` order for each run; replays are dropped.
//! - **Endings.** Close code 1000 ends the stream (`None`). 4401 ends it with an
//!   [`ErrorKind::Unauthorized`] error, 4403 with [`ErrorKind::Forbidden`], and 1008 (policy
//!   violation) or any other code with [`ErrorKind::StreamClosed`]; reconnecting unchanged would
//!   fail the same way. Giving up after the attempts are spent ends it with the last failure's
//!   error ([`Error::attempts`] tells how many were made).
//! - **Bounded memory, backpressure.** Nothing reads the socket in the background: a frame is
//!   read when the caller asks for the next event, so a slow consumer leaves data in the socket
//!   and TCP flow control slows the server. A backfill holds one page (100 events) at a time.
//!
//! The upgrade request carries the client's credentials, `X-Tenant-Id`, `X-Project-Id`,
//! `User-Agent` and `api-version`, like every REST call, and goes through the client's own
//! `reqwest` transport (HTTP/1.1): the same TLS roots (the operating system's, plus any
//! [`ClientBuilder::add_root_certificate`]) and the same proxy as REST calls, or the custom
//! [`ClientBuilder::http_client`]. The handshake is bounded by the client's connect timeout; the
//! stream itself is exempt from the per-attempt timeout. A message larger than
//! [`StreamOptions::max_message_size`] (16 MiB by default) is refused at its frame header.
//!
//! [`ClientBuilder::add_root_certificate`]: crate::ClientBuilder::add_root_certificate
//! [`ClientBuilder::http_client`]: crate::ClientBuilder::http_client
//! [`ErrorKind::Decode`]: crate::ErrorKind::Decode
//! [`ErrorKind::Unauthorized`]: crate::ErrorKind::Unauthorized
//! [`ErrorKind::Forbidden`]: crate::ErrorKind::Forbidden
//! [`ErrorKind::StreamClosed`]: crate::ErrorKind::StreamClosed
//! [`Error::attempts`]: crate::Error::attempts

mod close;
mod connection;
mod engine;
mod wait;

use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};
use std::time::Duration;

use futures::Stream;
use futures::stream::FusedStream;

use crate::{ApiClient, Error, Operation};

pub use wait::{RunWaits, wait_for};

/// What the engine needs to know about one event: whose it is, where it sits in its run, and
/// whether it ends the run.
pub trait StreamEvent: Send + 'static {
    /// The run the event belongs to.
    fn run_id(&self) -> &str;
    /// The event's `id` (the resume cursor).
    fn event_id(&self) -> &str;
    /// The event's position in its run, when the server sends one.
    fn sequence(&self) -> Option<i64>;
    /// Whether the run is over after it (completed, failed, stopped).
    fn ends_run(&self) -> bool;
}

/// One backfill request: a run's events after an id, one page.
#[derive(Clone, Copy, Debug)]
#[non_exhaustive]
pub struct BackfillRequest<'a> {
    /// The workflow whose stream is open.
    pub workflow_id: &'a str,
    /// The run whose events are missing.
    pub run_id: &'a str,
    /// The last event of the run delivered; the page starts after it.
    pub after: &'a str,
    /// The page cursor the previous page named, if any.
    pub cursor: Option<&'a str>,
    /// Events per page.
    pub limit: u32,
}

/// One backfilled page.
#[derive(Clone, Debug)]
pub struct BackfillPage<E> {
    /// The page's events, in order.
    pub events: Vec<E>,
    /// The cursor of the next page, when there is one.
    pub next_cursor: Option<String>,
}

/// The seam between a generated client and the stream engine: the stream's operation, how a
/// frame decodes, and how a run's log is read to fill a gap.
pub trait RunEvents: ApiClient {
    /// The event type of the stream.
    type Event: StreamEvent;
    /// The WebSocket operation (its path names the workflow as `{id}`).
    const OPERATION: &'static Operation;
    /// One text frame as an event.
    fn decode_text(frame: &str) -> Result<Self::Event, Error>;
    /// One binary frame as an event.
    fn decode_binary(frame: &[u8]) -> Result<Self::Event, Error>;
    /// One page of a run's events after an id.
    fn backfill(
        &self,
        request: BackfillRequest<'_>,
    ) -> impl Future<Output = Result<BackfillPage<Self::Event>, Error>> + Send;
}

/// How a [`RunEventStream`] keeps its connection alive and comes back after a drop.
///
/// `StreamOptions::default()`: a ping every 20 s, dead after 20 s more without a pong or a
/// message, at most 5 reconnect attempts in a row with a jittered backoff from 0.5 s to 8 s, the
/// attempt count reset after 30 s of healthy connection (or a new event), backfill pages of 100,
/// messages of at most 16 MiB.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StreamOptions {
    ping_interval: Duration,
    liveness_timeout: Duration,
    max_reconnect_attempts: u32,
    initial_backoff: Duration,
    max_backoff: Duration,
    healthy_after: Duration,
    backfill_page_size: u32,
    max_message_size: usize,
}

impl Default for StreamOptions {
    fn default() -> Self {
        Self {
            ping_interval: Duration::from_secs(20),
            liveness_timeout: Duration::from_secs(20),
            max_reconnect_attempts: 5,
            initial_backoff: Duration::from_millis(500),
            max_backoff: Duration::from_secs(8),
            healthy_after: Duration::from_secs(30),
            backfill_page_size: 100,
            max_message_size: 16 * 1024 * 1024,
        }
    }
}

impl StreamOptions {
    /// How often a ping is sent (default 20 s; at least 1 ms).
    pub fn ping_interval(mut self, interval: Duration) -> Self {
        self.ping_interval = interval.max(Duration::from_millis(1));
        self
    }

    /// How long after a ping the connection may stay silent (no pong, no message) before it is
    /// considered dead and replaced (default 20 s).
    pub fn liveness_timeout(mut self, timeout: Duration) -> Self {
        self.liveness_timeout = timeout;
        self
    }

    /// Reconnect attempts in a row before the stream gives up (default 5; 0 never reconnects).
    pub fn max_reconnect_attempts(mut self, attempts: u32) -> Self {
        self.max_reconnect_attempts = attempts;
        self
    }

    /// The backoff cap of the first reconnect (default 0.5 s); each further attempt in a row
    /// doubles it, up to [`StreamOptions::max_backoff`]. The delay is random in `[cap/2, cap]`.
    pub fn initial_backoff(mut self, delay: Duration) -> Self {
        self.initial_backoff = delay;
        self
    }

    /// The largest backoff cap (default 8 s).
    pub fn max_backoff(mut self, delay: Duration) -> Self {
        self.max_backoff = delay;
        self
    }

    /// How long a connection must stay open to reset the attempt count when it delivered no new
    /// event (default 30 s). A connection that delivers a new event resets it at once.
    pub fn healthy_after(mut self, period: Duration) -> Self {
        self.healthy_after = period;
        self
    }

    /// Events per backfill request (`limit` of `list_run_events`; 1 to 200, default 100).
    pub fn backfill_page_size(mut self, size: u32) -> Self {
        self.backfill_page_size = size.clamp(1, 200);
        self
    }

    /// The largest message (and frame) accepted from the server, in bytes (default 16 MiB; at
    /// least 1 KiB). A larger one is refused at its header, before it is read, and the
    /// connection is replaced; memory per connection stays bounded by this size.
    pub fn max_message_size(mut self, bytes: usize) -> Self {
        self.max_message_size = bytes.max(1024);
        self
    }

    /// The largest message accepted (the getters carry `get_` because the setters are the
    /// builder methods of the same name).
    pub fn get_max_message_size(&self) -> usize {
        self.max_message_size
    }

    /// How often a ping is sent.
    pub fn get_ping_interval(&self) -> Duration {
        self.ping_interval
    }

    /// How long after a ping the connection may stay silent.
    pub fn get_liveness_timeout(&self) -> Duration {
        self.liveness_timeout
    }

    /// Reconnect attempts in a row before the stream gives up.
    pub fn get_max_reconnect_attempts(&self) -> u32 {
        self.max_reconnect_attempts
    }

    /// How long a connection must stay open to reset the attempt count.
    pub fn get_healthy_after(&self) -> Duration {
        self.healthy_after
    }

    /// Events per backfill request.
    pub fn get_backfill_page_size(&self) -> u32 {
        self.backfill_page_size
    }

    /// The upper bound of the delay before reconnect attempt `attempt` (1 for the first).
    pub fn backoff_cap(&self, attempt: u32) -> Duration {
        crate::retry::doubling_cap(
            self.initial_backoff,
            self.max_backoff,
            attempt.saturating_sub(1),
        )
    }

    /// The random delay before reconnect attempt `attempt` (1 for the first): uniform in
    /// `[cap/2, cap]` of [`StreamOptions::backoff_cap`].
    pub fn backoff(&self, attempt: u32) -> Duration {
        let cap = self.backoff_cap(attempt);
        cap.mul_f64(0.5 + rand::random::<f64>() / 2.0)
    }
}

/// Builder for the client's `stream_workflow_events`: the run filter, a resume cursor and the
/// [`StreamOptions`]; [`StreamWorkflowEvents::connect`] opens the stream.
#[derive(Clone, Debug)]
#[must_use = "nothing is opened until `.connect().await`"]
pub struct StreamWorkflowEvents<'a, S> {
    client: &'a S,
    workflow_id: String,
    run_id: Option<String>,
    cursor: Option<String>,
    options: StreamOptions,
}

impl<'a, S: RunEvents + fmt::Debug> StreamWorkflowEvents<'a, S> {
    /// The stream of `workflow_id`'s run events, with the default options.
    pub fn new(client: &'a S, workflow_id: impl Into<String>) -> Self {
        Self {
            client,
            workflow_id: workflow_id.into(),
            run_id: None,
            cursor: None,
            options: StreamOptions::default(),
        }
    }

    /// Only this run's events (`run_id`); without it, events of every run of the workflow.
    pub fn run_id(mut self, run_id: impl Into<String>) -> Self {
        self.run_id = Some(run_id.into());
        self
    }

    /// Resume after this event `id` (`cursor`), e.g. [`RunEventStream::cursor`] of an earlier
    /// stream. When the server cannot replay from it and a run filter is set, the gap is
    /// backfilled from `list_run_events`.
    pub fn cursor(mut self, event_id: impl Into<String>) -> Self {
        self.cursor = Some(event_id.into());
        self
    }

    /// Liveness, reconnect and backfill settings (default [`StreamOptions::default`]).
    pub fn options(mut self, options: StreamOptions) -> Self {
        self.options = options;
        self
    }

    /// Reconnect attempts in a row before giving up (shortcut for
    /// [`StreamOptions::max_reconnect_attempts`]).
    pub fn max_reconnect_attempts(mut self, attempts: u32) -> Self {
        self.options.max_reconnect_attempts = attempts;
        self
    }

    /// Opens the WebSocket and returns the stream once the first connection is up.
    ///
    /// Fails before connecting with [`ErrorKind::MissingContext`](crate::ErrorKind::MissingContext) when the client has no tenant
    /// or project. A refused connection, a handshake timeout, 408, 429 or 5xx are retried like
    /// reconnects; 401, 403, 404 and other statuses fail at once with their kind.
    pub async fn connect(self) -> Result<RunEventStream<S>, Error> {
        let state = engine::State::new(
            self.client.clone(),
            self.workflow_id,
            self.run_id,
            self.cursor,
            self.options,
        );
        let state = state.establish().await?;
        Ok(RunEventStream {
            state: Some(state),
            task: None,
            parked: None,
        })
    }
}

type Item<S> = Option<Result<<S as RunEvents>::Event, Error>>;
type SlowTask<S> = Pin<Box<dyn Future<Output = (Box<engine::State<S>>, Item<S>)> + Send>>;

/// A live stream of run events; see the client's `stream_workflow_events`.
///
/// A `futures::Stream` of `Result<Event, Error>` (and [`RunEventStream::next`] without importing
/// anything). `Err` items are either a frame that did not decode or a backfill request that
/// failed, after which the stream goes on, or the error that ended it, after which it yields
/// `None`. It owns a clone of the client, so it can be moved into a task.
pub struct RunEventStream<S: RunEvents> {
    /// The engine, when no slow step (connect, ping, backfill) is in flight and the stream has
    /// not ended.
    state: Option<Box<engine::State<S>>>,
    /// The slow step in flight; it hands the engine back when done.
    task: Option<SlowTask<S>>,
    /// The cursor while a slow step holds the engine (slow steps do not deliver events), and
    /// after the end.
    parked: Option<String>,
}

impl<S: RunEvents> RunEventStream<S> {
    /// The next event; `None` once the stream has ended.
    pub async fn next(&mut self) -> Item<S> {
        futures::StreamExt::next(self).await
    }

    /// The `id` of the last event delivered (or the cursor the stream was opened with): pass it
    /// to [`StreamWorkflowEvents::cursor`] to resume later.
    pub fn cursor(&self) -> Option<&str> {
        match &self.state {
            Some(state) => state.cursor(),
            None => self.parked.as_deref(),
        }
    }
}

impl<S: RunEvents> Stream for RunEventStream<S> {
    type Item = Result<S::Event, Error>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        let this = &mut *self;
        loop {
            if let Some(task) = &mut this.task {
                let (state, item) = std::task::ready!(task.as_mut().poll(cx));
                this.task = None;
                this.parked = None;
                this.state = Some(state);
                if let Some(item) = item {
                    return Poll::Ready(Some(item));
                }
                continue;
            }
            let Some(state) = &mut this.state else {
                return Poll::Ready(None);
            };
            match state.poll_step(cx) {
                engine::Step::Item(item) => return Poll::Ready(Some(item)),
                engine::Step::Pending => return Poll::Pending,
                engine::Step::End => {
                    this.parked = state.cursor().map(str::to_owned);
                    this.state = None;
                    return Poll::Ready(None);
                }
                engine::Step::Slow(action) => {
                    let mut state = this.state.take().expect("engine present");
                    this.parked = state.cursor().map(str::to_owned);
                    this.task = Some(Box::pin(async move {
                        let item = state.slow(action).await;
                        (state, item)
                    }));
                }
            }
        }
    }
}

impl<S: RunEvents> FusedStream for RunEventStream<S> {
    fn is_terminated(&self) -> bool {
        self.state.is_none() && self.task.is_none()
    }
}

impl<S: RunEvents> fmt::Debug for RunEventStream<S> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut d = f.debug_struct("RunEventStream");
        match &self.state {
            Some(state) => state.describe(&mut d),
            None => {
                d.field("ended", &self.task.is_none());
            }
        }
        d.field("cursor", &self.cursor()).finish()
    }
}

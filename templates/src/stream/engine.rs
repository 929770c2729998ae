//! The stream's engine. Reading frames is the hot path and runs inside `poll_next` without
//! allocating a future; connecting, pinging and backfilling are "slow steps" run as one boxed
//! future that owns the engine until it is done. Nothing runs in the background: the socket is
//! read only when the caller asks for the next event.

use std::collections::{HashMap, HashSet, VecDeque};
use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};

use futures::{SinkExt, StreamExt};
use tokio::time::{Instant, Sleep};
use tokio_tungstenite::tungstenite::Message;

use super::close::{self, Disposition};
use super::connection::{self, OpenError, Socket};
use super::{BackfillRequest, RunEvents, StreamEvent, StreamOptions};
use crate::{Error, ErrorKind};

/// Runs whose positions are remembered for deduplication; beyond it the least recently active
/// run is forgotten (a replay of its old events would then be delivered again).
const MAX_TRACKED_RUNS: usize = 10_000;
/// Ids remembered per run for events without a `sequence`.
const RECENT_IDS: usize = 1024;

/// What `poll_step` decided.
// Returned by value once per event and consumed at once; boxing would allocate per event.
#[allow(clippy::large_enum_variant)]
pub(super) enum Step<E> {
    Item(Result<E, Error>),
    Pending,
    End,
    Slow(Slow),
}

/// A step that awaits: it runs as a future owning the engine.
pub(super) enum Slow {
    /// The connection is lost: reconnect (after a backoff) and resume.
    Reconnect { cause: Error },
    /// A ping is due.
    Ping,
    /// Fetch the next backfill page.
    Backfill,
    /// The server closed normally: answer the close, then end.
    Finish,
}

/// The last delivered position of one run.
struct Mark {
    /// The last delivered `sequence`, once the run's events carry one.
    sequence: Option<i64>,
    id: String,
    /// Ids of the run's recent events without a `sequence`, to drop their replays.
    recent: RecentIds,
    terminal: bool,
    touched: u64,
}

/// The last [`RECENT_IDS`] ids of one run's unsequenced events: replays after a reconnect or a
/// backfill repeat recent events, so a bounded window is enough and memory stays flat.
#[derive(Default)]
struct RecentIds {
    order: VecDeque<String>,
    seen: HashSet<String>,
}

impl RecentIds {
    /// Remembers `id`; false when it was already there.
    fn insert(&mut self, id: &str) -> bool {
        if self.seen.contains(id) {
            return false;
        }
        if self.order.len() >= RECENT_IDS
            && let Some(oldest) = self.order.pop_front()
        {
            self.seen.remove(&oldest);
        }
        self.order.push_back(id.to_owned());
        self.seen.insert(id.to_owned());
        true
    }
}

/// How an event relates to what was delivered.
#[derive(Debug, PartialEq, Eq)]
enum Admit {
    New,
    Duplicate,
    /// New, but events are missing before it: the id to backfill after.
    Gap(String),
}

/// Per-run positions: what makes delivery exactly once and in order. Events that carry a
/// `sequence` are ordered by it and gaps are backfilled; events without one (no source
/// documents the field) are de-duplicated by `id` and delivered as they come.
#[derive(Default)]
struct Tracker {
    runs: HashMap<String, Mark>,
    clock: u64,
}

impl Tracker {
    /// Records `event` when it is new and returns how it relates to what was delivered. A gap
    /// is recorded only when `accept_gap` (nothing can fill it any more); otherwise the caller
    /// backfills first and offers the event again.
    fn offer(&mut self, event: &impl StreamEvent, accept_gap: bool) -> Admit {
        self.clock += 1;
        let terminal = event.ends_run();
        if !self.runs.contains_key(event.run_id()) {
            self.make_room();
            self.runs.insert(
                event.run_id().to_owned(),
                Mark {
                    sequence: None,
                    id: String::new(),
                    recent: RecentIds::default(),
                    terminal: false,
                    touched: self.clock,
                },
            );
        }
        let Some(mark) = self.runs.get_mut(event.run_id()) else {
            return Admit::New;
        };
        let admit = match (event.sequence(), mark.sequence) {
            (Some(sequence), Some(last)) if sequence <= last => return Admit::Duplicate,
            (Some(sequence), Some(last)) if sequence > last.saturating_add(1) => {
                Admit::Gap(mark.id.clone())
            }
            (Some(_), _) => Admit::New,
            (None, _) if mark.recent.insert(event.event_id()) => Admit::New,
            (None, _) => return Admit::Duplicate,
        };
        if matches!(admit, Admit::Gap(_)) && !accept_gap {
            return admit;
        }
        if event.sequence().is_some() {
            mark.sequence = event.sequence();
        }
        mark.id.clear();
        mark.id.push_str(event.event_id());
        mark.terminal |= terminal;
        mark.touched = self.clock;
        admit
    }

    /// Forgets the least interesting run (finished first, then least recently touched) when
    /// the table is full.
    fn make_room(&mut self) {
        if self.runs.len() < MAX_TRACKED_RUNS {
            return;
        }
        let oldest = self
            .runs
            .iter()
            .min_by_key(|(_, mark)| (!mark.terminal, mark.touched))
            .map(|(run, _)| run.clone());
        if let Some(run) = oldest {
            self.runs.remove(&run);
        }
    }
}

/// Remembers the last delivered id without allocating once the cursor has room.
fn set_cursor(cursor: &mut Option<String>, id: &str) {
    match cursor {
        Some(cursor) => {
            cursor.clear();
            cursor.push_str(id);
        }
        None => *cursor = Some(id.to_owned()),
    }
}

/// One backfill in progress: a run's events after an id, page by page.
struct Backfill {
    run_id: String,
    after: String,
    page_token: Option<String>,
    pages: u32,
}

/// One open connection and its liveness timers.
struct Connection {
    socket: Socket,
    /// Wakes the engine at the next ping or liveness deadline.
    timer: Pin<Box<Sleep>>,
    next_ping: Instant,
    /// Set when a ping is sent; cleared by any frame. Passing it means the connection is dead.
    deadline: Option<Instant>,
    opened_at: Instant,
    /// Delivered a new event: the connection is healthy.
    delivered: bool,
}

impl Connection {
    fn new(socket: Socket, options: &StreamOptions) -> Self {
        let now = Instant::now();
        let next_ping = now + options.ping_interval;
        Self {
            socket,
            timer: Box::pin(tokio::time::sleep_until(next_ping)),
            next_ping,
            deadline: None,
            opened_at: now,
            delivered: false,
        }
    }

    fn wake_at(&self) -> Instant {
        match self.deadline {
            Some(deadline) => deadline.min(self.next_ping),
            None => self.next_ping,
        }
    }
}

/// The engine of one [`super::RunEventStream`].
pub(super) struct State<S: RunEvents> {
    client: S,
    workflow_id: String,
    run_filter: Option<String>,
    options: StreamOptions,
    /// The id of the last delivered event (or the caller's cursor before any).
    cursor: Option<String>,
    tracker: Tracker,
    connection: Option<Connection>,
    /// Reconnect attempts in a row without a healthy connection.
    attempts: u32,
    /// Backfills to do, the first one in progress.
    backfills: VecDeque<Backfill>,
    /// The fetched backfill page not delivered yet.
    page: VecDeque<S::Event>,
    /// A live event that revealed a gap; delivered after the backfill.
    held: Option<S::Event>,
    connections: u64,
}

impl<S: RunEvents> State<S> {
    pub(super) fn new(
        client: S,
        workflow_id: String,
        run_filter: Option<String>,
        cursor: Option<String>,
        options: StreamOptions,
    ) -> Box<Self> {
        Box::new(Self {
            client,
            workflow_id,
            run_filter,
            options,
            cursor,
            tracker: Tracker::default(),
            connection: None,
            attempts: 0,
            backfills: VecDeque::new(),
            page: VecDeque::new(),
            held: None,
            connections: 0,
        })
    }

    pub(super) fn cursor(&self) -> Option<&str> {
        self.cursor.as_deref()
    }

    pub(super) fn describe(&self, d: &mut fmt::DebugStruct<'_, '_>) {
        d.field("workflow_id", &self.workflow_id)
            .field("run_id", &self.run_filter)
            .field("connected", &self.connection.is_some())
            .field("connections", &self.connections)
            .field("reconnect_attempts", &self.attempts)
            .field("backfilling", &!self.backfills.is_empty());
    }

    /// Opens the first connection (retrying transient failures like reconnects).
    pub(super) async fn establish(mut self: Box<Self>) -> Result<Box<Self>, Error> {
        self.client.inner().context.check(S::OPERATION)?;
        match self.open().await {
            Ok(()) => Ok(self),
            Err(OpenError::Fatal(error)) => Err(error),
            Err(OpenError::Transient(error, hint)) => {
                self.retry(error, hint, 1).await?;
                Ok(self)
            }
        }
    }

    /// The synchronous part: deliver what is buffered, read frames, watch the timers.
    pub(super) fn poll_step(&mut self, cx: &mut Context<'_>) -> Step<S::Event> {
        // Backfilled events first, then the held live event, then the socket.
        while let Some(event) = self.page.pop_front() {
            if self.admit_backfilled(&event) {
                return Step::Item(Ok(event));
            }
        }
        if !self.backfills.is_empty() {
            return Step::Slow(Slow::Backfill);
        }
        if let Some(event) = self.held.take()
            && self.admit_backfilled(&event)
        {
            return Step::Item(Ok(event));
        }
        let Some(connection) = self.connection.as_mut() else {
            return Step::End;
        };
        loop {
            let message = match connection.socket.poll_next_unpin(cx) {
                Poll::Pending => break,
                Poll::Ready(Some(Ok(message))) => message,
                Poll::Ready(Some(Err(error))) => {
                    let cause = Error::new(ErrorKind::Connect)
                        .with_operation(S::OPERATION)
                        .with_message(connection::describe_read_error(&error))
                        .with_source(error);
                    return Step::Slow(Slow::Reconnect { cause });
                }
                Poll::Ready(None) => {
                    let cause = close::error(ErrorKind::Connect, Some(1006), "")
                        .with_operation(S::OPERATION);
                    return Step::Slow(Slow::Reconnect { cause });
                }
            };
            connection.deadline = None;
            let decoded = match &message {
                Message::Text(text) => S::decode_text(text),
                Message::Binary(bytes) => S::decode_binary(bytes),
                Message::Close(frame) => {
                    let code = frame.as_ref().map(|f| u16::from(f.code));
                    let reason = frame.as_ref().map_or("", |f| f.reason.as_str());
                    return match close::classify(code) {
                        Disposition::Finished => Step::Slow(Slow::Finish),
                        Disposition::Reconnect(kind) => Step::Slow(Slow::Reconnect {
                            cause: close::error(kind, code, reason).with_operation(S::OPERATION),
                        }),
                        Disposition::Fail(kind) => {
                            self.finish();
                            Step::Item(Err(
                                close::error(kind, code, reason).with_operation(S::OPERATION)
                            ))
                        }
                    };
                }
                Message::Ping(_) | Message::Pong(_) | Message::Frame(_) => continue,
            };
            let event = match decoded {
                Ok(event) => event,
                Err(error) => {
                    tracing::warn!(
                        operation = S::OPERATION.id,
                        workflow_id = %self.workflow_id,
                        "skipping a frame that is not an event: {error}"
                    );
                    return Step::Item(Err(error));
                }
            };
            if let Some(run) = &self.run_filter
                && event.run_id() != run.as_str()
            {
                continue;
            }
            match self.tracker.offer(&event, false) {
                Admit::Duplicate => continue,
                Admit::New => {
                    connection.delivered = true;
                    set_cursor(&mut self.cursor, event.event_id());
                    return Step::Item(Ok(event));
                }
                Admit::Gap(after) => {
                    connection.delivered = true;
                    tracing::info!(
                        operation = S::OPERATION.id,
                        workflow_id = %self.workflow_id,
                        run_id = %event.run_id(),
                        after = %after,
                        sequence = event.sequence(),
                        "sequence gap in the live stream; backfilling"
                    );
                    self.backfills.push_back(Backfill {
                        run_id: event.run_id().to_owned(),
                        after,
                        page_token: None,
                        pages: 0,
                    });
                    self.held = Some(event);
                    return Step::Slow(Slow::Backfill);
                }
            }
        }
        // Nothing to read: the timers decide.
        while connection.timer.as_mut().poll(cx).is_ready() {
            let now = Instant::now();
            if connection.deadline.is_some_and(|deadline| now >= deadline) {
                let cause = Error::new(ErrorKind::Timeout)
                    .with_operation(S::OPERATION)
                    .with_message(format!(
                        "no pong or message within {:.1} s of a ping; the connection is dead",
                        self.options.liveness_timeout.as_secs_f64()
                    ));
                return Step::Slow(Slow::Reconnect { cause });
            }
            if now >= connection.next_ping {
                return Step::Slow(Slow::Ping);
            }
            let wake = connection.wake_at();
            connection.timer.as_mut().reset(wake);
        }
        Step::Pending
    }

    /// Admits a backfilled (or held) event: a gap here cannot be filled any further.
    fn admit_backfilled(&mut self, event: &S::Event) -> bool {
        if let Some(run) = &self.run_filter
            && event.run_id() != run.as_str()
        {
            return false;
        }
        match self.tracker.offer(event, true) {
            Admit::Duplicate => false,
            admit => {
                if let Admit::Gap(after) = admit {
                    tracing::warn!(
                        operation = S::OPERATION.id,
                        run_id = %event.run_id(),
                        after = %after,
                        sequence = event.sequence(),
                        "events before this one are neither live nor in the run's log; going on"
                    );
                }
                set_cursor(&mut self.cursor, event.event_id());
                true
            }
        }
    }

    fn finish(&mut self) {
        self.connection = None;
        self.backfills.clear();
        self.page.clear();
        self.held = None;
    }

    /// The awaiting part. Returns an item to yield, if any; after a fatal error the engine has
    /// no connection and the stream ends on the next poll.
    pub(super) async fn slow(&mut self, action: Slow) -> Option<Result<S::Event, Error>> {
        match action {
            Slow::Reconnect { cause } => self.reconnect(cause).await.err().map(Err),
            Slow::Ping => self.ping().await.err().map(Err),
            Slow::Backfill => self.backfill().await.err().map(Err),
            Slow::Finish => {
                if let Some(mut connection) = self.connection.take() {
                    // Answer the close frame; the stream is over either way.
                    let _ = tokio::time::timeout(
                        self.options.liveness_timeout,
                        connection.socket.close(None),
                    )
                    .await;
                }
                tracing::debug!(
                    operation = S::OPERATION.id,
                    workflow_id = %self.workflow_id,
                    "the server ended the stream (1000)"
                );
                self.finish();
                None
            }
        }
    }

    async fn ping(&mut self) -> Result<(), Error> {
        let Some(connection) = self.connection.as_mut() else {
            return Ok(());
        };
        let now = Instant::now();
        let deadline = connection
            .deadline
            .unwrap_or(now + self.options.liveness_timeout);
        let sent = tokio::time::timeout_at(
            deadline,
            connection.socket.send(Message::Ping(Default::default())),
        )
        .await;
        match sent {
            Ok(Ok(())) => {
                connection.deadline = Some(deadline);
                connection.next_ping = now + self.options.ping_interval;
                let wake = connection.wake_at();
                connection.timer.as_mut().reset(wake);
                Ok(())
            }
            Ok(Err(error)) => {
                let cause = Error::new(ErrorKind::Connect)
                    .with_operation(S::OPERATION)
                    .with_message(connection::describe_read_error(&error))
                    .with_source(error);
                self.reconnect(cause).await
            }
            Err(_) => {
                let cause = Error::new(ErrorKind::Timeout)
                    .with_operation(S::OPERATION)
                    .with_message("a ping could not be sent in time; the connection is dead");
                self.reconnect(cause).await
            }
        }
    }

    /// Replaces a lost connection. `Err` ends the stream.
    async fn reconnect(&mut self, cause: Error) -> Result<(), Error> {
        if let Some(lost) = self.connection.take() {
            let healthy = lost.delivered || lost.opened_at.elapsed() >= self.options.healthy_after;
            if healthy {
                self.attempts = 0;
            }
        }
        tracing::info!(
            operation = S::OPERATION.id,
            workflow_id = %self.workflow_id,
            reason = %cause,
            "event stream connection lost"
        );
        let result = self.retry(cause, None, 0).await;
        if result.is_err() {
            self.finish();
        }
        result
    }

    /// Attempts connections with backoff until one opens, a failure is fatal, or the attempts
    /// in a row run out. `earlier` counts attempts already made (the first connection's).
    async fn retry(
        &mut self,
        mut last: Error,
        mut hint: Option<std::time::Duration>,
        earlier: u32,
    ) -> Result<(), Error> {
        loop {
            if self.attempts >= self.options.max_reconnect_attempts {
                tracing::warn!(
                    operation = S::OPERATION.id,
                    workflow_id = %self.workflow_id,
                    attempts = self.attempts,
                    "giving up on the event stream: {last}"
                );
                return Err(last.with_attempts(self.attempts + earlier));
            }
            self.attempts += 1;
            let backoff = self.options.backoff(self.attempts);
            let delay = match hint {
                Some(hint) => backoff.max(hint.min(connection::MAX_RETRY_AFTER)),
                None => backoff,
            };
            tracing::info!(
                operation = S::OPERATION.id,
                workflow_id = %self.workflow_id,
                attempt = self.attempts,
                delay_ms = delay.as_millis() as u64,
                cursor = self.cursor.as_deref().unwrap_or(""),
                "reconnecting the event stream"
            );
            tokio::time::sleep(delay).await;
            match self.open().await {
                Ok(()) => return Ok(()),
                Err(OpenError::Fatal(error)) => {
                    return Err(error.with_attempts(self.attempts + earlier));
                }
                Err(OpenError::Transient(error, server_hint)) => {
                    last = error;
                    hint = server_hint;
                }
            }
        }
    }

    /// One connection attempt; on success, plans the backfill the resume did not cover.
    async fn open(&mut self) -> Result<(), OpenError> {
        let url = connection::url(
            S::OPERATION,
            self.client.baseurl(),
            &self.workflow_id,
            self.run_filter.as_deref(),
            self.cursor.as_deref(),
        )
        .map_err(OpenError::Fatal)?;
        let request = connection::request(&self.client, S::OPERATION, url);
        let opened = connection::open(&self.client, request, self.options.max_message_size)
            .await
            .map_err(|e| e.of(S::OPERATION))?;
        self.connections += 1;
        tracing::debug!(
            operation = S::OPERATION.id,
            workflow_id = %self.workflow_id,
            resumed = opened.resumed,
            cursor = self.cursor.as_deref().unwrap_or(""),
            "event stream connected"
        );
        self.connection = Some(Connection::new(opened.socket, &self.options));
        if !opened.resumed
            && let Some(cursor) = self.cursor.clone()
        {
            self.plan_backfill(&cursor);
        }
        Ok(())
    }

    /// The server did not replay from `cursor`: backfill each run that may have missed events.
    fn plan_backfill(&mut self, cursor: &str) {
        let mut runs: Vec<(String, String)> = match &self.run_filter {
            Some(run) => {
                let after = self
                    .tracker
                    .runs
                    .get(run.as_str())
                    .map_or_else(|| cursor.to_owned(), |mark| mark.id.clone());
                vec![(run.clone(), after)]
            }
            None => self
                .tracker
                .runs
                .iter()
                .filter(|(_, mark)| !mark.terminal)
                .map(|(run, mark)| (run.clone(), mark.id.clone()))
                .collect(),
        };
        if runs.is_empty() {
            tracing::warn!(
                operation = S::OPERATION.id,
                workflow_id = %self.workflow_id,
                cursor,
                "the server did not resume and no run is known to backfill; events may be missing"
            );
            return;
        }
        runs.sort();
        tracing::info!(
            operation = S::OPERATION.id,
            workflow_id = %self.workflow_id,
            runs = runs.len(),
            cursor,
            "the server did not resume; backfilling from the run log"
        );
        for (run_id, after) in runs {
            if self.backfills.iter().any(|b| b.run_id == run_id) {
                continue;
            }
            self.backfills.push_back(Backfill {
                run_id,
                after,
                page_token: None,
                pages: 0,
            });
        }
    }

    /// Fetches one page of the first backfill into `page`.
    async fn backfill(&mut self) -> Result<(), Error> {
        let Some(job) = self.backfills.front_mut() else {
            return Ok(());
        };
        let request = BackfillRequest {
            workflow_id: &self.workflow_id,
            run_id: &job.run_id,
            after: &job.after,
            cursor: job.page_token.as_deref(),
            limit: self.options.backfill_page_size,
        };
        let page = match self.client.backfill(request).await {
            Ok(page) => page,
            Err(error) => {
                tracing::warn!(
                    operation = S::OPERATION.id,
                    run_id = %job.run_id,
                    after = %job.after,
                    "backfill failed; events of this run may be missing: {error}"
                );
                self.backfills.pop_front();
                return Err(error);
            }
        };
        job.pages += 1;
        let next = page
            .next_cursor
            .filter(|token| !token.is_empty() && Some(token) != job.page_token.as_ref());
        tracing::debug!(
            operation = S::OPERATION.id,
            run_id = %job.run_id,
            after = %job.after,
            page = job.pages,
            events = page.events.len(),
            more = next.is_some(),
            "backfilled a page"
        );
        match next {
            Some(token) if !page.events.is_empty() => job.page_token = Some(token),
            _ => {
                self.backfills.pop_front();
            }
        }
        self.page.extend(page.events);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The engine sees an event only through [`StreamEvent`].
    struct TestEvent {
        id: String,
        run_id: String,
        sequence: Option<i64>,
        ends_run: bool,
    }

    impl StreamEvent for TestEvent {
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
            self.ends_run
        }
    }

    fn event(run: &str, sequence: i64) -> TestEvent {
        TestEvent {
            id: format!("{run}_{sequence}"),
            run_id: run.to_owned(),
            sequence: Some(sequence),
            ends_run: false,
        }
    }

    #[test]
    fn tracker_delivers_each_sequence_once_and_spots_gaps() {
        let mut tracker = Tracker::default();
        assert_eq!(tracker.offer(&event("r1", 5), false), Admit::New);
        assert_eq!(tracker.offer(&event("r1", 5), false), Admit::Duplicate);
        assert_eq!(tracker.offer(&event("r1", 4), false), Admit::Duplicate);
        assert_eq!(
            tracker.offer(&event("r1", 8), false),
            Admit::Gap("r1_5".into())
        );
        assert_eq!(
            tracker.offer(&event("r1", 6), false),
            Admit::New,
            "the gap was not recorded"
        );
        assert_eq!(
            tracker.offer(&event("r1", 8), true),
            Admit::Gap("r1_6".into())
        );
        assert_eq!(
            tracker.offer(&event("r1", 8), true),
            Admit::Duplicate,
            "an accepted gap is"
        );
        assert_eq!(tracker.offer(&event("r2", 8), false), Admit::New);
    }

    /// An event as a server that sends no `sequence` would.
    fn unsequenced(run: &str, id: &str) -> TestEvent {
        TestEvent {
            id: id.to_owned(),
            run_id: run.to_owned(),
            sequence: None,
            ends_run: false,
        }
    }

    #[test]
    fn tracker_drops_replays_of_unsequenced_events_by_id() {
        let mut tracker = Tracker::default();
        assert_eq!(tracker.offer(&unsequenced("r1", "e1"), false), Admit::New);
        assert_eq!(tracker.offer(&unsequenced("r1", "e2"), false), Admit::New);
        assert_eq!(
            tracker.offer(&unsequenced("r1", "e1"), false),
            Admit::Duplicate
        );
        assert_eq!(
            tracker.offer(&unsequenced("r2", "e1"), false),
            Admit::New,
            "ids are per run"
        );
        // A run whose events start carrying a sequence is ordered by it from then on.
        assert_eq!(tracker.offer(&event("r1", 3), false), Admit::New);
        assert_eq!(tracker.offer(&event("r1", 3), false), Admit::Duplicate);
        // The window is bounded: the oldest ids are forgotten, memory stays flat.
        for n in 0..RECENT_IDS + 10 {
            tracker.offer(&unsequenced("r3", &format!("x{n}")), false);
        }
        assert_eq!(tracker.runs["r3"].recent.order.len(), RECENT_IDS);
        assert_eq!(
            tracker.offer(&unsequenced("r3", "x0"), false),
            Admit::New,
            "forgotten"
        );
        assert_eq!(
            tracker.offer(&unsequenced("r3", &format!("x{}", RECENT_IDS + 9)), false),
            Admit::Duplicate
        );
    }

    #[test]
    fn tracker_forgets_finished_runs_first_when_full() {
        let mut tracker = Tracker::default();
        for n in 0..MAX_TRACKED_RUNS {
            tracker.offer(&event(&format!("run{n}"), 1), false);
        }
        let done = TestEvent {
            ends_run: true,
            ..event("run7", 2)
        };
        tracker.offer(&done, false);
        tracker.offer(&event("fresh", 1), false);
        assert_eq!(tracker.runs.len(), MAX_TRACKED_RUNS);
        assert!(!tracker.runs.contains_key("run7"));
        assert!(tracker.runs.contains_key("run0"));
    }

    #[test]
    fn backoff_doubles_from_half_a_second_to_eight() {
        let options = StreamOptions::default();
        let caps: Vec<u64> = (1..=7)
            .map(|n| options.backoff_cap(n).as_millis() as u64)
            .collect();
        assert_eq!(caps, [500, 1000, 2000, 4000, 8000, 8000, 8000]);
        for attempt in 1..=7 {
            let cap = options.backoff_cap(attempt);
            for _ in 0..50 {
                let delay = options.backoff(attempt);
                assert!(delay >= cap / 2 && delay <= cap, "{delay:?} for {cap:?}");
            }
        }
    }
}

//! Streamed response bodies as streams of items: Server-Sent Events ([`EventStream`]) and
//! newline-delimited JSON ([`JsonLines`]). Both read chunk by chunk in bounded memory (an item
//! past [`DEFAULT_ITEM_LIMIT`] is a `Decode` error, not a growing buffer) and survive lines and
//! UTF-8 characters split across chunks. An event stream whose server sends ids resumes after a
//! dropped connection with `Last-Event-ID`, after the `retry:` delay the server asked for.

mod lines;
mod sse;
mod typed;

use std::collections::VecDeque;
use std::pin::Pin;
use std::task::{Context, Poll};
use std::time::Duration;

use futures::future::BoxFuture;
use futures::stream::BoxStream;
use futures::{Stream, StreamExt};
use progenitor_client::ByteStream;
use serde::de::DeserializeOwned;

pub use lines::{LineError, LineSplitter};
pub use sse::{EventTooLarge, SseEvent, SseParser};
pub use typed::{DataError, FromSseEvent, TypedEvents, data};

use crate::{Error, ErrorKind, Operation};

/// The largest line (NDJSON) or event data (SSE) a stream accepts: 1 MiB.
pub const DEFAULT_ITEM_LIMIT: usize = 1 << 20;

/// Reconnection delay when the server asked for none.
const DEFAULT_RETRY: Duration = Duration::from_secs(3);

/// Resumptions in a row (without an event in between) before the stream gives up.
const MAX_RESUMPTIONS: u32 = 5;

/// Opens the stream again after the given event id (the generated code sends the operation
/// again with a `Last-Event-ID` header).
pub type Resume<'a> =
    Box<dyn FnMut(String) -> BoxFuture<'a, Result<ByteStream, Error>> + Send + 'a>;

/// The events of a `text/event-stream` response, in order.
///
/// Ends when the server closes the stream. When the connection drops mid-stream after the
/// server sent an event id, the request is sent again with `Last-Event-ID` (up to five times in
/// a row); otherwise the drop is the stream's last item, a `Connect` error.
///
/// ```no_run
/// use futures::TryStreamExt;
///
/// # async fn show(mut events: agentruntime::EventStream<'_>) -> Result<(), agentruntime::Error> {
/// while let Some(event) = events.try_next().await? {
///     println!("{}: {}", event.event, event.data);
/// }
/// # Ok(()) }
/// ```
pub struct EventStream<'a> {
    inner: BoxStream<'a, Result<SseEvent, Error>>,
}

impl std::fmt::Debug for EventStream<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("EventStream").finish_non_exhaustive()
    }
}

struct SseState<'a> {
    op: &'static Operation,
    body: Option<ByteStream>,
    lines: LineSplitter,
    parser: SseParser,
    ready: VecDeque<SseEvent>,
    resume: Option<Resume<'a>>,
    resumptions: u32,
    ended: bool,
    limit: usize,
}

impl<'a> EventStream<'a> {
    /// Reads `body`, the response of `op`; `resume` reopens it after a dropped connection.
    pub fn new(op: &'static Operation, body: ByteStream, resume: Option<Resume<'a>>) -> Self {
        Self::with_limit(op, body, resume, DEFAULT_ITEM_LIMIT)
    }

    /// As [`new`](Self::new), with another limit on an event's data, in bytes.
    pub fn with_limit(
        op: &'static Operation,
        body: ByteStream,
        resume: Option<Resume<'a>>,
        limit: usize,
    ) -> Self {
        let state = SseState {
            op,
            body: Some(body),
            lines: LineSplitter::new(limit),
            parser: SseParser::new(limit),
            ready: VecDeque::new(),
            resume,
            resumptions: 0,
            ended: false,
            limit,
        };
        let inner = futures::stream::unfold(state, |mut state| async move {
            let item = next_event(&mut state).await?;
            Some((item, state))
        })
        .boxed();
        Self { inner }
    }
}

async fn next_event(state: &mut SseState<'_>) -> Option<Result<SseEvent, Error>> {
    loop {
        if let Some(event) = state.ready.pop_front() {
            state.resumptions = 0;
            return Some(Ok(event));
        }
        if state.ended {
            return None;
        }
        let body = state.body.as_mut()?;
        match body.next().await {
            Some(Ok(chunk)) => {
                let lines = match state.lines.push(&chunk) {
                    Ok(lines) => lines,
                    Err(e) => return Some(Err(state.fail(line_error(state.op, e)))),
                };
                for line in lines {
                    match state.parser.line(&line) {
                        Ok(Some(event)) => state.ready.push_back(event),
                        Ok(None) => {}
                        Err(e) => {
                            let error = decode_error(state.op, "an event", e.limit);
                            return Some(Err(state.fail(error)));
                        }
                    }
                }
            }
            // The server closed the stream: an unfinished event is not an event.
            None => state.ended = true,
            Some(Err(e)) => {
                let Some(last_id) = state.parser.last_id().map(str::to_owned) else {
                    return Some(Err(state.fail(dropped(state.op, e))));
                };
                if state.resume.is_none() || state.resumptions >= MAX_RESUMPTIONS {
                    return Some(Err(state.fail(dropped(state.op, e))));
                }
                state.resumptions += 1;
                // What the dropped connection left half-read is sent again after the id.
                state.lines = LineSplitter::new(state.limit);
                state.parser.discard_partial();
                tokio::time::sleep(state.parser.retry().unwrap_or(DEFAULT_RETRY)).await;
                let resume = state.resume.as_mut()?;
                match resume(last_id).await {
                    Ok(body) => state.body = Some(body),
                    Err(error) => return Some(Err(state.fail(error))),
                }
            }
        }
    }
}

impl SseState<'_> {
    /// Ends the stream with `error` as its last item.
    fn fail(&mut self, error: Error) -> Error {
        self.ended = true;
        self.ready.clear();
        error
    }
}

impl Stream for EventStream<'_> {
    type Item = Result<SseEvent, Error>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        self.inner.poll_next_unpin(cx)
    }
}

/// The lines of a newline-delimited JSON response (`application/x-ndjson`,
/// `application/jsonl`), each decoded into `T`; blank lines are skipped.
///
/// ```no_run
/// use futures::TryStreamExt;
///
/// # async fn show(mut lines: agentruntime::JsonLines<'_, serde_json::Value>) -> Result<(), agentruntime::Error> {
/// while let Some(line) = lines.try_next().await? {
///     println!("{line}");
/// }
/// # Ok(()) }
/// ```
pub struct JsonLines<'a, T> {
    inner: BoxStream<'a, Result<T, Error>>,
}

impl<T> std::fmt::Debug for JsonLines<'_, T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("JsonLines").finish_non_exhaustive()
    }
}

struct LinesState {
    op: &'static Operation,
    body: ByteStream,
    lines: LineSplitter,
    ready: VecDeque<String>,
    ended: bool,
}

impl<'a, T: DeserializeOwned + Send + 'a> JsonLines<'a, T> {
    /// Reads `body`, the response of `op`.
    pub fn new(op: &'static Operation, body: ByteStream) -> Self {
        Self::with_limit(op, body, DEFAULT_ITEM_LIMIT)
    }

    /// As [`new`](Self::new), with another limit on a line, in bytes.
    pub fn with_limit(op: &'static Operation, body: ByteStream, limit: usize) -> Self {
        let state = LinesState {
            op,
            body,
            lines: LineSplitter::new(limit),
            ready: VecDeque::new(),
            ended: false,
        };
        let inner = futures::stream::unfold(state, |mut state| async move {
            let item = next_line(&mut state).await?;
            let item = item.and_then(|line| {
                typed::json::<T>(&line).map_err(|e| {
                    let (path, e) = e.into_parts();
                    Error::new(ErrorKind::Decode)
                        .with_operation(state.op)
                        .with_message(format!("a line is not the documented JSON: {e}"))
                        .with_decode_path(path)
                        .with_source(e)
                        .with_preview(line.as_bytes())
                })
            });
            Some((item, state))
        })
        .boxed();
        Self { inner }
    }
}

async fn next_line(state: &mut LinesState) -> Option<Result<String, Error>> {
    loop {
        if let Some(line) = state.ready.pop_front() {
            return Some(Ok(line));
        }
        if state.ended {
            return None;
        }
        match state.body.next().await {
            Some(Ok(chunk)) => match state.lines.push(&chunk) {
                Ok(lines) => state
                    .ready
                    .extend(lines.into_iter().filter(|l| !l.trim().is_empty())),
                Err(e) => {
                    state.ended = true;
                    return Some(Err(line_error(state.op, e)));
                }
            },
            None => {
                state.ended = true;
                match state.lines.finish() {
                    Ok(Some(last)) if !last.trim().is_empty() => return Some(Ok(last)),
                    Ok(_) => {}
                    Err(e) => return Some(Err(line_error(state.op, e))),
                }
            }
            Some(Err(e)) => {
                state.ended = true;
                return Some(Err(dropped(state.op, e)));
            }
        }
    }
}

impl<T> Stream for JsonLines<'_, T> {
    type Item = Result<T, Error>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        self.inner.poll_next_unpin(cx)
    }
}

fn line_error(op: &'static Operation, error: LineError) -> Error {
    match error {
        LineError::TooLong { limit } => decode_error(op, "a line", limit),
        LineError::NotUtf8 { valid_up_to } => Error::new(ErrorKind::Decode)
            .with_operation(op)
            .with_message(format!(
                "a line is not UTF-8 (invalid after byte {valid_up_to})"
            )),
    }
}

fn decode_error(op: &'static Operation, what: &str, limit: usize) -> Error {
    Error::new(ErrorKind::Decode)
        .with_operation(op)
        .with_message(format!("{what} exceeds the limit of {limit} bytes"))
}

fn dropped(op: &'static Operation, error: reqwest::Error) -> Error {
    Error::new(ErrorKind::Connect)
        .with_operation(op)
        .with_message("the stream broke off")
        .with_source(error.without_url())
}

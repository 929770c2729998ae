//! Server-Sent Events typed by the spec: each event name with its payload type.

use std::pin::Pin;
use std::task::{Context, Poll};

use futures::stream::BoxStream;
use futures::{Stream, StreamExt};
use serde::de::DeserializeOwned;

use super::{EventStream, SseEvent};
use crate::{Error, ErrorKind, Operation};

/// An event type a spec describes for a `text/event-stream` response: generated as an enum with
/// one variant per event name, its `data` decoded into the payload type, and a variant keeping
/// events the spec does not name.
pub trait FromSseEvent: Sized {
    /// The typed event for `event`; an error only when a named event's `data` is not its type.
    fn from_sse_event(event: &SseEvent) -> Result<Self, DataError>;
}

/// Decodes an event's `data` as JSON of `T`, naming the field where it fails.
///
/// ```
/// use agentruntime_runtime::framing::data;
/// # use agentruntime_runtime::SseEvent;
/// # fn show(event: &SseEvent) {
/// let value: Result<serde_json::Value, _> = data(event);
/// # let _ = value; }
/// ```
pub fn data<T: DeserializeOwned>(event: &SseEvent) -> Result<T, DataError> {
    json(&event.data)
}

/// Decodes one JSON text (an event's data, a line) with the path of a failure.
pub(super) fn json<T: DeserializeOwned>(text: &str) -> Result<T, DataError> {
    let mut deserializer = serde_json::Deserializer::from_str(text);
    let value = serde_path_to_error::deserialize(&mut deserializer).map_err(|error| DataError {
        path: Some(error.path().to_string()).filter(|p| p != "."),
        source: error.into_inner(),
    })?;
    deserializer
        .end()
        .map_err(|source| DataError { path: None, source })?;
    Ok(value)
}

/// An event's `data` (or a line) that is not the JSON the spec promises.
#[derive(Debug)]
pub struct DataError {
    path: Option<String>,
    source: serde_json::Error,
}

impl DataError {
    pub(super) fn into_parts(self) -> (Option<String>, serde_json::Error) {
        (self.path, self.source)
    }

    /// The field path inside `data` where decoding failed (`delta`, `items[2].id`), if inside.
    pub fn path(&self) -> Option<&str> {
        self.path.as_deref()
    }
}

impl std::fmt::Display for DataError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.path {
            Some(path) => write!(f, "{path}: {}", self.source),
            None => self.source.fmt(f),
        }
    }
}

impl std::error::Error for DataError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        Some(&self.source)
    }
}

/// The events of a `text/event-stream` response as the spec types them (`E`), in order, with
/// the resumption of [`EventStream`] (`Last-Event-ID` after the server's `retry:` delay).
///
/// An event whose `data` is not its documented type ends nothing: it is an `ErrorKind::Decode`
/// item naming the operation, the event, the field path and a preview of the data, and the
/// stream goes on with the next event.
///
/// ```no_run
/// use futures::TryStreamExt;
///
/// # async fn show<E: std::fmt::Debug>(mut events: agentruntime_runtime::TypedEvents<'_, E>) -> Result<(), agentruntime_runtime::Error> {
/// while let Some(event) = events.try_next().await? {
///     println!("{event:?}");
/// }
/// # Ok(()) }
/// ```
pub struct TypedEvents<'a, E> {
    inner: BoxStream<'a, Result<E, Error>>,
}

impl<E> std::fmt::Debug for TypedEvents<'_, E> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TypedEvents").finish_non_exhaustive()
    }
}

impl<'a, E: FromSseEvent + Send + 'a> TypedEvents<'a, E> {
    /// Types the events of `events`, the response of `op`.
    pub fn new(op: &'static Operation, events: EventStream<'a>) -> Self {
        let inner = events
            .map(move |item| {
                let event = item?;
                E::from_sse_event(&event).map_err(|e| decode_error(op, &event, e))
            })
            .boxed();
        Self { inner }
    }
}

fn decode_error(op: &'static Operation, event: &SseEvent, error: DataError) -> Error {
    let path = error.path.clone();
    Error::new(ErrorKind::Decode)
        .with_operation(op)
        .with_message(format!(
            "the data of a `{}` event is not its documented JSON: {error}",
            event.event
        ))
        .with_decode_path(path)
        .with_source(error)
        .with_preview(event.data.as_bytes())
}

impl<E> Stream for TypedEvents<'_, E> {
    type Item = Result<E, Error>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        self.inner.poll_next_unpin(cx)
    }
}

#[cfg(test)]
mod tests {
    use futures::TryStreamExt;
    use serde::Deserialize;

    use super::*;
    use crate::HttpMethod;

    static OP: Operation = Operation::new("follow_feed", HttpMethod::Get, "/feed");

    #[derive(Debug, Deserialize, PartialEq)]
    struct Entry {
        id: u32,
    }

    #[derive(Debug, PartialEq)]
    enum Feed {
        Entry(Entry),
        Other(String),
    }

    impl FromSseEvent for Feed {
        fn from_sse_event(event: &SseEvent) -> Result<Self, DataError> {
            Ok(match event.event.as_str() {
                "entry" => Self::Entry(data(event)?),
                _ => Self::Other(event.event.clone()),
            })
        }
    }

    fn body(text: &'static str) -> progenitor_client::ByteStream {
        let chunks = futures::stream::iter([Ok::<_, reqwest::Error>(bytes::Bytes::from(text))]);
        progenitor_client::ByteStream::new(Box::pin(chunks))
    }

    #[test]
    fn data_names_the_field_that_fails_and_refuses_trailing_text() {
        let event = |data: &str| SseEvent {
            event: "entry".into(),
            data: data.into(),
            id: None,
            retry: None,
        };
        assert_eq!(
            data::<Entry>(&event("{\"id\": 7}")).unwrap(),
            Entry { id: 7 }
        );
        let error = data::<Entry>(&event("{\"id\": \"seven\"}")).unwrap_err();
        assert_eq!(error.path(), Some("id"));
        assert!(error.to_string().starts_with("id: invalid type"), "{error}");
        let error = data::<Entry>(&event("{\"id\": 7} {}")).unwrap_err();
        assert_eq!(error.path(), None);
    }

    #[tokio::test]
    async fn a_bad_event_is_one_decode_error_and_the_events_after_it_still_arrive() {
        let text = "event: entry\ndata: {\"id\": 1}\n\nevent: entry\ndata: {\"id\": -1}\n\nevent: ping\ndata: x\n\n";
        let mut events = TypedEvents::<Feed>::new(&OP, EventStream::new(&OP, body(text), None));
        assert_eq!(
            events.try_next().await.unwrap(),
            Some(Feed::Entry(Entry { id: 1 }))
        );
        let error = events.try_next().await.unwrap_err();
        assert_eq!(error.kind(), ErrorKind::Decode);
        assert_eq!(error.decode_path(), Some("id"));
        assert_eq!(error.body_preview(), Some("{\"id\": -1}"));
        assert!(error.to_string().contains("follow_feed"), "{error}");
        assert!(error.to_string().contains("`entry` event"), "{error}");
        assert_eq!(
            events.try_next().await.unwrap(),
            Some(Feed::Other("ping".into()))
        );
        assert_eq!(events.try_next().await.unwrap(), None);
    }
}

//! Server-Sent Events (`text/event-stream`): lines → events, as the HTML standard's
//! "interpreting an event stream" says, in bounded memory.

use std::time::Duration;

use serde::de::DeserializeOwned;

/// One Server-Sent Event.
///
/// ```
/// use agentruntime::SseEvent;
///
/// # fn show(event: SseEvent) -> Result<(), serde_json::Error> {
/// if event.event == "token" {
///     let token: serde_json::Value = event.json()?;
///     print!("{}", token["delta"]);
/// }
/// # Ok(()) }
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct SseEvent {
    /// The `event:` name; `message` when the server sent none.
    pub event: String,
    /// The `data:` lines, joined with `\n`.
    pub data: String,
    /// The last `id:` the server sent (it carries over to later events), the resume point.
    pub id: Option<String>,
    /// The reconnection delay the server asked for with `retry:`, if it did.
    pub retry: Option<Duration>,
}

impl SseEvent {
    /// Decodes `data` as JSON.
    pub fn json<T: DeserializeOwned>(&self) -> Result<T, serde_json::Error> {
        serde_json::from_str(&self.data)
    }
}

/// The event being built from lines; `None` from [`SseParser::line`] until a blank line ends it.
#[derive(Debug)]
pub struct SseParser {
    event: String,
    data: String,
    has_data: bool,
    /// The `id:` of the event being built; it becomes `last_id` when the event is dispatched.
    id_buffer: Option<String>,
    last_id: Option<String>,
    retry: Option<Duration>,
    limit: usize,
}

/// An event's `data` grew past the limit.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct EventTooLarge {
    /// The limit, in bytes.
    pub limit: usize,
}

impl SseParser {
    /// A parser refusing events whose data exceeds `limit` bytes.
    pub fn new(limit: usize) -> Self {
        Self {
            event: String::new(),
            data: String::new(),
            has_data: false,
            id_buffer: None,
            last_id: None,
            retry: None,
            limit,
        }
    }

    /// The id of the last event dispatched (to resume with `Last-Event-ID`).
    pub fn last_id(&self) -> Option<&str> {
        self.last_id.as_deref()
    }

    /// The reconnection delay the server asked for, if any.
    pub fn retry(&self) -> Option<Duration> {
        self.retry
    }

    /// Takes one line (without its line end); returns the event a blank line completes.
    pub fn line(&mut self, line: &str) -> Result<Option<SseEvent>, EventTooLarge> {
        if line.is_empty() {
            return Ok(self.dispatch());
        }
        if line.starts_with(':') {
            return Ok(None);
        }
        let (field, value) = match line.split_once(':') {
            Some((field, value)) => (field, value.strip_prefix(' ').unwrap_or(value)),
            None => (line, ""),
        };
        match field {
            "event" => value.clone_into(&mut self.event),
            "data" => {
                if self.data.len() + value.len() + 1 > self.limit {
                    self.reset();
                    return Err(EventTooLarge { limit: self.limit });
                }
                self.data.push_str(value);
                self.data.push('\n');
                self.has_data = true;
            }
            "id" if !value.contains('\0') => self.id_buffer = Some(value.to_owned()),
            "retry" if !value.is_empty() && value.bytes().all(|b| b.is_ascii_digit()) => {
                if let Ok(ms) = value.parse::<u64>() {
                    self.retry = Some(Duration::from_millis(ms));
                }
            }
            _ => {}
        }
        Ok(None)
    }

    fn dispatch(&mut self) -> Option<SseEvent> {
        self.last_id.clone_from(&self.id_buffer);
        if !self.has_data {
            self.reset();
            return None;
        }
        let mut data = std::mem::take(&mut self.data);
        data.pop();
        let event = std::mem::take(&mut self.event);
        self.has_data = false;
        Some(SseEvent {
            event: if event.is_empty() {
                "message".to_owned()
            } else {
                event
            },
            data,
            id: self.last_id.clone(),
            retry: self.retry,
        })
    }

    /// Drops the event being built (its lines are resent after a resumption); the last id and
    /// the retry delay stay.
    pub fn discard_partial(&mut self) {
        self.reset();
        self.id_buffer.clone_from(&self.last_id);
    }

    fn reset(&mut self) {
        self.event.clear();
        self.data.clear();
        self.has_data = false;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Vec<SseEvent> {
        let mut parser = SseParser::new(1024);
        text.split('\n')
            .filter_map(|line| parser.line(line).unwrap())
            .collect()
    }

    #[test]
    fn events_are_built_as_the_standard_says() {
        let events = parse(
            ": a comment\nevent: token\ndata: {\"delta\": \"Hi\"}\n\ndata:first\ndata: second\nid: 7\nretry: 1500\n\nevent: lonely\n\nid: 8\ndata\n\n",
        );
        assert_eq!(events.len(), 3, "{events:?}");
        assert_eq!(events[0].event, "token");
        assert_eq!(
            events[0].json::<serde_json::Value>().unwrap()["delta"],
            "Hi"
        );
        assert_eq!(events[0].id, None);
        assert_eq!(events[1].event, "message");
        assert_eq!(events[1].data, "first\nsecond");
        assert_eq!(events[1].id.as_deref(), Some("7"));
        assert_eq!(events[1].retry, Some(Duration::from_millis(1500)));
        // An event without data is not dispatched; the id carries over.
        assert_eq!(events[2].data, "");
        assert_eq!(events[2].id.as_deref(), Some("8"));
        assert_eq!(events[2].event, "message");
    }

    #[test]
    fn the_resume_id_is_the_last_dispatched_events() {
        let mut parser = SseParser::new(64);
        for line in ["id: 1", "data: a", ""] {
            parser.line(line).unwrap();
        }
        parser.line("id: 2").unwrap();
        parser.line("data: half").unwrap();
        assert_eq!(parser.last_id(), Some("1"));
        parser.discard_partial();
        parser.line("data: b").unwrap();
        assert_eq!(parser.line("").unwrap().unwrap().id.as_deref(), Some("1"));
    }

    #[test]
    fn an_id_with_nul_and_a_retry_that_is_not_a_number_are_ignored() {
        let events = parse("id: 1\ndata: a\n\nid: 2\0x\nretry: 5s\ndata: b\n\n");
        assert_eq!(events[1].id.as_deref(), Some("1"));
        assert_eq!(events[1].retry, None);
    }

    #[test]
    fn data_past_the_limit_is_an_error_and_the_event_is_dropped() {
        let mut parser = SseParser::new(8);
        assert_eq!(parser.line("data: 1234"), Ok(None));
        assert_eq!(parser.line("data: 5678"), Err(EventTooLarge { limit: 8 }));
        assert_eq!(parser.line(""), Ok(None));
        assert_eq!(parser.line("data: ok"), Ok(None));
        assert_eq!(parser.line("").unwrap().unwrap().data, "ok");
    }
}

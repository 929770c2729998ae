//! One frame → one [`RunEvent`], or a `Decode` error with a preview of the frame.
//!
//! The generated `Deserialize` of `RunEvent` is generic: `#[serde(flatten)]` buffers every
//! field, the tagged union then rebuilds a `serde_json::Map` and converts the payload from a
//! `serde_json::Value`. On a busy stream that costs more than parsing the JSON. This decoder
//! reads the frame once: envelope fields straight into their types, `data` straight into the
//! payload type when `event_type` came first (as servers send it), through a `Value` otherwise.
//! It produces the same `RunEvent` as the generated code for every input the generated code
//! accepts (checked by the tests below); it rejects a duplicated `event_type`, which the
//! generated code resolves by keeping the last.

use std::fmt;

use serde::Deserialize;
use serde::de::{self, DeserializeSeed, Deserializer, IgnoredAny, MapAccess, Visitor};

use crate::metadata::STREAM_WORKFLOW_EVENTS;
use crate::types::{RunEvent, RunEventKind};
use crate::{Error, ErrorKind};

/// Decodes a text frame (already valid UTF-8, so strings are not checked again).
pub(super) fn text(frame: &str) -> Result<RunEvent, Error> {
    let mut deserializer = serde_json::Deserializer::from_str(frame);
    deserializer
        .deserialize_map(EventVisitor)
        .and_then(|event| deserializer.end().map(|()| event))
        .map_err(|e| failure(frame.as_bytes(), e))
}

/// Decodes a binary frame (its bytes must be UTF-8 JSON).
pub(super) fn binary(frame: &[u8]) -> Result<RunEvent, Error> {
    let mut deserializer = serde_json::Deserializer::from_slice(frame);
    deserializer
        .deserialize_map(EventVisitor)
        .and_then(|event| deserializer.end().map(|()| event))
        .map_err(|e| failure(frame, e))
}

fn failure(frame: &[u8], error: serde_json::Error) -> Error {
    Error::new(ErrorKind::Decode)
        .with_operation(&STREAM_WORKFLOW_EVENTS)
        .with_message("a frame is not a RunEvent")
        .with_source(error)
        .with_preview(frame)
}

/// The event types with a typed payload.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Known {
    StepStarted,
    StepCompleted,
    StepFailed,
    StepCancelled,
    StateChanged,
    RunStarted,
    RunRejected,
    AgentTurnToolRound,
    AgentTurnLimitReached,
}

impl Known {
    fn of(tag: &str) -> Option<Self> {
        Some(match tag {
            "step_started" => Self::StepStarted,
            "step_completed" => Self::StepCompleted,
            "step_failed" => Self::StepFailed,
            "step_cancelled" => Self::StepCancelled,
            "state_changed" => Self::StateChanged,
            "run_started" => Self::RunStarted,
            "run_rejected" => Self::RunRejected,
            "agent_turn_tool_round" => Self::AgentTurnToolRound,
            "agent_turn_limit_reached" => Self::AgentTurnLimitReached,
            _ => return None,
        })
    }

    fn tag(self) -> &'static str {
        match self {
            Self::StepStarted => "step_started",
            Self::StepCompleted => "step_completed",
            Self::StepFailed => "step_failed",
            Self::StepCancelled => "step_cancelled",
            Self::StateChanged => "state_changed",
            Self::RunStarted => "run_started",
            Self::RunRejected => "run_rejected",
            Self::AgentTurnToolRound => "agent_turn_tool_round",
            Self::AgentTurnLimitReached => "agent_turn_limit_reached",
        }
    }

    /// The payload of this type, from any deserializer, with the generated code's message.
    fn payload<'de, D: Deserializer<'de>>(self, d: D) -> Result<RunEventKind, D::Error> {
        use RunEventKind as K;
        let kind = match self {
            Self::StepStarted => Deserialize::deserialize(d).map(K::StepStarted),
            Self::StepCompleted => Deserialize::deserialize(d).map(K::StepCompleted),
            Self::StepFailed => Deserialize::deserialize(d).map(K::StepFailed),
            Self::StepCancelled => Deserialize::deserialize(d).map(K::StepCancelled),
            Self::StateChanged => Deserialize::deserialize(d).map(K::StateChanged),
            Self::RunStarted => Deserialize::deserialize(d).map(K::RunStarted),
            Self::RunRejected => Deserialize::deserialize(d).map(K::RunRejected),
            Self::AgentTurnToolRound => Deserialize::deserialize(d).map(K::AgentTurnToolRound),
            Self::AgentTurnLimitReached => {
                Deserialize::deserialize(d).map(K::AgentTurnLimitReached)
            }
        };
        kind.map_err(|e| de::Error::custom(format_args!("`event_type: {}`: {e}", self.tag())))
    }
}

impl<'de> DeserializeSeed<'de> for Known {
    type Value = RunEventKind;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<RunEventKind, D::Error> {
        self.payload(d)
    }
}

/// A key of the event object.
enum Field {
    Id,
    RunId,
    WorkflowId,
    Sequence,
    Timestamp,
    StepId,
    EventType,
    Data,
    Other(String),
}

impl<'de> Deserialize<'de> for Field {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct FieldVisitor;
        impl Visitor<'_> for FieldVisitor {
            type Value = Field;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a field name")
            }
            fn visit_str<E: de::Error>(self, key: &str) -> Result<Field, E> {
                Ok(match key {
                    "id" => Field::Id,
                    "run_id" => Field::RunId,
                    "workflow_id" => Field::WorkflowId,
                    "sequence" => Field::Sequence,
                    "timestamp" => Field::Timestamp,
                    "step_id" => Field::StepId,
                    "event_type" => Field::EventType,
                    "data" => Field::Data,
                    other => Field::Other(other.to_owned()),
                })
            }
        }
        d.deserialize_identifier(FieldVisitor)
    }
}

/// What `event_type` said.
enum Tag {
    Known(Known),
    Other(String),
    NotAString(serde_json::Value),
}

impl<'de> Deserialize<'de> for Tag {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        // A string without allocating when it is a known type; anything else as a `Value`
        // for the error message.
        struct TagVisitor;
        impl<'de> Visitor<'de> for TagVisitor {
            type Value = Tag;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("an event type")
            }
            fn visit_str<E: de::Error>(self, tag: &str) -> Result<Tag, E> {
                Ok(match Known::of(tag) {
                    Some(known) => Tag::Known(known),
                    None => Tag::Other(tag.to_owned()),
                })
            }
            fn visit_bool<E: de::Error>(self, v: bool) -> Result<Tag, E> {
                Ok(Tag::NotAString(v.into()))
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<Tag, E> {
                Ok(Tag::NotAString(v.into()))
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<Tag, E> {
                Ok(Tag::NotAString(v.into()))
            }
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<Tag, E> {
                Ok(Tag::NotAString(v.into()))
            }
            fn visit_unit<E: de::Error>(self) -> Result<Tag, E> {
                Ok(Tag::NotAString(serde_json::Value::Null))
            }
            fn visit_none<E: de::Error>(self) -> Result<Tag, E> {
                Ok(Tag::NotAString(serde_json::Value::Null))
            }
            fn visit_seq<A: de::SeqAccess<'de>>(self, seq: A) -> Result<Tag, A::Error> {
                let value = Deserialize::deserialize(de::value::SeqAccessDeserializer::new(seq))?;
                Ok(Tag::NotAString(value))
            }
            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Tag, A::Error> {
                let value = Deserialize::deserialize(de::value::MapAccessDeserializer::new(map))?;
                Ok(Tag::NotAString(value))
            }
        }
        d.deserialize_any(TagVisitor)
    }
}

struct EventVisitor;

impl<'de> Visitor<'de> for EventVisitor {
    type Value = RunEvent;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a RunEvent object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<RunEvent, A::Error> {
        fn once<T, E: de::Error>(slot: &Option<T>, name: &'static str) -> Result<(), E> {
            match slot {
                Some(_) => Err(E::duplicate_field(name)),
                None => Ok(()),
            }
        }
        let mut id = None;
        let mut run_id = None;
        let mut workflow_id = None;
        let mut sequence = None;
        let mut timestamp = None;
        let mut step_id = None;
        let mut tag: Option<Tag> = None;
        // `data` decoded with the tag already known, or kept raw until the tag arrives.
        let mut kind: Option<RunEventKind> = None;
        let mut data: Option<serde_json::Value> = None;
        // Other keys: kept only while the event may turn out to be of an unknown type.
        let mut extra = serde_json::Map::new();
        while let Some(field) = map.next_key::<Field>()? {
            match field {
                Field::Id => {
                    once(&id, "id")?;
                    id = Some(map.next_value()?);
                }
                Field::RunId => {
                    once(&run_id, "run_id")?;
                    run_id = Some(map.next_value()?);
                }
                Field::WorkflowId => {
                    once(&workflow_id, "workflow_id")?;
                    workflow_id = Some(map.next_value()?);
                }
                Field::Sequence => {
                    once(&sequence, "sequence")?;
                    sequence = Some(map.next_value()?);
                }
                Field::Timestamp => {
                    once(&timestamp, "timestamp")?;
                    timestamp = Some(map.next_value()?);
                }
                Field::StepId => {
                    once(&step_id, "step_id")?;
                    step_id = Some(map.next_value()?);
                }
                Field::EventType => {
                    once(&tag, "event_type")?;
                    tag = Some(map.next_value()?);
                }
                Field::Data => match &tag {
                    Some(Tag::Known(known)) => {
                        data = None;
                        kind = Some(map.next_value_seed(*known)?);
                    }
                    _ => data = Some(map.next_value()?),
                },
                Field::Other(key) => match &tag {
                    Some(Tag::Known(_)) => {
                        map.next_value::<IgnoredAny>()?;
                    }
                    _ => {
                        extra.insert(key, map.next_value()?);
                    }
                },
            }
        }
        let kind = match tag {
            Some(Tag::NotAString(other)) => {
                return Err(de::Error::custom(format_args!(
                    "`event_type` must be a string, found {other}"
                )));
            }
            Some(Tag::Known(known)) => match (kind, data) {
                (_, Some(raw)) => known.payload(raw).map_err(de::Error::custom)?,
                (Some(kind), None) => kind,
                (None, None) => known
                    .payload(serde_json::Value::Object(serde_json::Map::new()))
                    .map_err(de::Error::custom)?,
            },
            Some(Tag::Other(text)) => {
                extra.insert("event_type".to_owned(), serde_json::Value::String(text));
                if let Some(raw) = data {
                    extra.insert("data".to_owned(), raw);
                }
                RunEventKind::Unknown(serde_json::Value::Object(extra))
            }
            None => {
                if let Some(raw) = data {
                    extra.insert("data".to_owned(), raw);
                }
                RunEventKind::Unknown(serde_json::Value::Object(extra))
            }
        };
        Ok(RunEvent {
            id: id.ok_or_else(|| de::Error::missing_field("id"))?,
            run_id: run_id.ok_or_else(|| de::Error::missing_field("run_id"))?,
            sequence: sequence.flatten(),
            step_id: step_id.flatten(),
            timestamp: timestamp.ok_or_else(|| de::Error::missing_field("timestamp"))?,
            workflow_id: workflow_id.flatten(),
            kind,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const ENVELOPE: &str = r#""id":"evt_1","run_id":"r1","workflow_id":"wf","sequence":7,"timestamp":"2026-06-06T12:10:00.5+02:00""#;

    /// Every sample decodes to the same event as the generated `Deserialize`, or both refuse it.
    #[test]
    fn agrees_with_the_generated_decoder() {
        let bodies = [
            r#""event_type":"step_started","data":{"step_name":"Fetch","step_type":"mcp_call","attempt":2}"#,
            r#""data":{"step_name":"Fetch","attempt":2},"event_type":"step_started""#,
            r#""event_type":"step_completed","data":{"result":{"message":"ok"},"duration_ms":412},"step_id":"fetch""#,
            r#""event_type":"step_completed","data":{"skipped":true,"reason":"blocked"},"step_id":null"#,
            r#""event_type":"step_failed","data":{"error":"boom","failure_code":"MCP_TOOL_FAILED"}"#,
            r#""event_type":"step_cancelled","data":{"cancelled":true,"caused_by_step_id":null}"#,
            r#""event_type":"state_changed","data":{"from":"running","to":"failed","failure_code":"INSUFFICIENT_CREDITS"}"#,
            r#""event_type":"run_started","data":{"trigger_type":"api","workflow_version":1,"external_user_id":null}"#,
            r#""event_type":"run_rejected","data":{"reason":"no credits","code":"INSUFFICIENT_CREDITS"}"#,
            r#""event_type":"agent_turn_tool_round","data":{"turn_id":"t","round":2}"#,
            r#""event_type":"agent_turn_limit_reached","data":{"turn_id":"t","round":8,"limit":8}"#,
            r#""event_type":"run_started""#,
            r#""event_type":"run_started","data":{},"extra":[1,2],"more":{"a":null}"#,
            r#""extra":"before","event_type":"run_started","data":{"trigger_type":"api"}"#,
            r#""event_type":"human_task_paused","data":{"task_id":"t1"},"extra":true"#,
            r#""extra":1,"data":{"task_id":"t1"},"event_type":"human_task_paused""#,
            r#""data":{"x":1},"extra":"no tag""#,
            r#""no_tag":true"#,
            r#""event_type":"state_changed","data":{"from":"running"}"#,
            r#""event_type":"state_changed","data":{"to":"exploded"}"#,
            r#""data":{"to":"exploded"},"event_type":"state_changed""#,
            r#""event_type":"step_started","data":null"#,
            r#""event_type":"step_started","data":"text""#,
            r#""event_type":7,"data":{}"#,
            r#""event_type":null,"data":{}"#,
            r#""event_type":["a"],"data":{}"#,
            r#""event_type":{"a":1},"data":{}"#,
            r#""event_type":"st\u0061te_changed","data":{"to":"running"}"#,
            r#""event_type":"step_started","data":{"attempt":1.5}"#,
            r#""event_type":"run_started","data":{"workflow_version":99999999999}"#,
        ];
        for body in bodies {
            let text = format!("{{{ENVELOPE},{body}}}");
            compare(&text);
        }
        for text in [
            r#"{"id":"evt_1","run_id":"r1","timestamp":"2026-06-06T12:10:00Z","event_type":"run_started","data":{}}"#,
            r#"{"id":"evt_1","run_id":"r1","workflow_id":null,"sequence":null,"timestamp":"2026-06-06T12:10:00Z","event_type":"run_started"}"#,
            r#"{"run_id":"r1","timestamp":"2026-06-06T12:10:00Z","event_type":"run_started"}"#,
            r#"{"id":"evt_1","run_id":"r1","workflow_id":"wf","sequence":1,"timestamp":"yesterday","event_type":"run_started"}"#,
            r#"{"id":1,"run_id":"r1","workflow_id":"wf","sequence":1,"timestamp":"2026-06-06T12:10:00Z"}"#,
            r#"{"id":"evt_1","run_id":"r1","workflow_id":"wf","sequence":"1","timestamp":"2026-06-06T12:10:00Z"}"#,
            r#"{"id":"evt_1","run_id":"r1","workflow_id":"wf","sequence":1,"timestamp":"2026-06-06T12:10:00Z","step_id":5}"#,
            r#"[1,2,3]"#,
            r#"{"id":"evt_1"} trailing"#,
            r#"{"id":"evt_1","#,
            "",
        ] {
            compare(text);
        }
    }

    /// Decodes as a text frame and as a binary frame; both must agree.
    fn text_and_binary(frame: &str) -> Result<RunEvent, Error> {
        let as_text = super::text(frame);
        let as_binary = binary(frame.as_bytes());
        match (&as_text, &as_binary) {
            (Ok(a), Ok(b)) => assert_eq!(
                serde_json::to_value(a).unwrap(),
                serde_json::to_value(b).unwrap()
            ),
            (Err(_), Err(_)) => {}
            _ => panic!("text and binary decoding disagree on {frame}"),
        }
        as_text
    }

    fn compare(text: &str) {
        let generated = serde_json::from_str::<RunEvent>(text);
        let ours = text_and_binary(text);
        match (generated, ours) {
            (Ok(expected), Ok(actual)) => {
                assert_eq!(
                    serde_json::to_value(&actual).unwrap(),
                    serde_json::to_value(&expected).unwrap(),
                    "{text}"
                );
                assert_eq!(actual.kind.tag(), expected.kind.tag(), "{text}");
                assert_eq!(actual.timestamp, expected.timestamp, "{text}");
            }
            (Err(_), Err(error)) => {
                assert_eq!(error.kind(), ErrorKind::Decode);
                assert_eq!(error.body_preview(), Some(text));
            }
            (Ok(expected), Err(error)) => {
                panic!(
                    "{text}: the generated decoder accepts it ({expected:?}), ours fails: {error}"
                )
            }
            (Err(expected), Ok(actual)) => {
                panic!("{text}: the generated decoder fails ({expected}), ours accepts {actual:?}")
            }
        }
    }

    #[test]
    fn a_known_payload_error_names_the_type() {
        let text = format!("{{{ENVELOPE},\"event_type\":\"state_changed\",\"data\":{{\"to\":7}}}}");
        let error = super::text(&text).unwrap_err();
        let source = std::error::Error::source(&error).unwrap().to_string();
        assert!(source.contains("`event_type: state_changed`"), "{source}");
    }
}

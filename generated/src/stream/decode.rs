// @generated from templates/glue/stream/decode.rs by agentruntime-generator 0.1.0. Do not edit by hand.
// Spec: spec/openapi.yaml (sha256 aab3041a7d360a69e58dfceca5f9a2bffcbf688e5ad868463978c58def134800), OpenAPI 3.1.0, API version 1.0.0.
// Regenerate: cargo xtask regen

//! One frame → one [`RunEvent`], or a `Decode` error with a preview of the frame.
//!
//! The generated `Deserialize` of `RunEvent` is generic: `#[serde(flatten)]` buffers every
//! field, the tagged union then rebuilds a `serde_json::Map` and converts the payload from a
//! `serde_json::Value`. On a busy stream that costs more than parsing the JSON. This decoder
//! reads the frame once: envelope fields straight into their types, `data` straight into the
//! payload type when `event_type` came first (as servers send it), through a `Value` otherwise.
//! It produces the same `RunEvent` as the generated code for every input the generated code
//! accepts (checked by `tests/stream_decode.rs`); it rejects a duplicated `event_type`, which the
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

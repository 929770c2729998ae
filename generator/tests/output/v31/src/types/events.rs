// @generated types of the `events` area by agentruntime-generator 0.1.0. Do not edit by hand.
// Spec: fixtures/v31/openapi.yaml (sha256 b69c2022c2653af0f660ebe1c5e7c8c62701d8c07d5567eefb4914e0cf957b77), OpenAPI 3.1.0, API version 3.1.0.
// Regenerate: cargo xtask regen --spec fixtures/v31/openapi.yaml --out DIR

#![allow(clippy::all, clippy::pedantic)]
#[allow(unused_imports)]
use super::*;

/// The `CreatedData` object (the spec does not describe it).
#[cfg(feature = "events")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct CreatedData {
    /// `name` (the spec does not describe it).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
    /// `weight` (the spec does not describe it).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub weight: ::std::option::Option<f64>,
}

/// The `DeletedData` object (the spec does not describe it).
#[cfg(feature = "events")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct DeletedData {
    /// `reason` (the spec does not describe it).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub reason: ::std::option::Option<::std::string::String>,
}

/// The `Error` object (the spec does not describe it).
#[cfg(any(feature = "audits", feature = "events", feature = "notes"))]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct Error {
    /// `code` (the spec does not describe it).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub code: ::std::option::Option<::std::string::String>,
    /// `error` (the spec does not describe it).
    pub error: ::std::string::String,
}

/// The `EventPage` object (the spec does not describe it).
#[cfg(feature = "events")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct EventPage {
    /// `items`: [`Event`]. An event with an envelope and a typed payload.
    #[serde(deserialize_with = "crate::lenient::null_as_default")]
    pub items: ::std::vec::Vec<crate::types::Event>,
    /// `next_page` (the spec does not describe it).
    #[serde(deserialize_with = "::std::option::Option::deserialize")]
    pub next_page: ::std::option::Option<::std::string::String>,
}

/// The `FollowFeedEntry` object (the spec does not describe it).
#[cfg(feature = "events")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct FollowFeedEntry {
    /// `id` (the spec does not describe it).
    pub id: ::std::string::String,
    /// `title` (the spec does not describe it).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub title: ::std::option::Option<::std::string::String>,
}

/// The `FollowFeedLinesLine` object (the spec does not describe it).
#[cfg(feature = "events")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct FollowFeedLinesLine {
    /// `note` (the spec does not describe it).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub note: ::std::option::Option<::std::string::String>,
    /// `seq` (the spec does not describe it).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub seq: ::std::option::Option<i64>,
}

/// The `Ref` object (the spec does not describe it).
#[cfg(any(feature = "audits", feature = "events", feature = "notes"))]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct Ref {
    /// `id` (the spec does not describe it).
    pub id: ::std::string::String,
}

/// An event with an envelope and a typed payload.
#[cfg(feature = "events")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct Event {
    /// `at` (the spec does not describe it).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
    /// `id` (the spec does not describe it).
    pub id: ::std::string::String,
    /// `parent`: [`Ref`]. `Ref`
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub parent: ::std::option::Option<Ref>,
    /// The kind of this value and its payload (flattened on the wire).
    #[serde(flatten)]
    pub kind: EventKind,
}

/// What a [`Event`] is, by its `event_type`, with the typed payload of that kind.
#[cfg(feature = "events")]
#[derive(Clone, Debug)]
#[non_exhaustive]
pub enum EventKind {
    /// `event_type: created`
    Created(::std::option::Option<CreatedData>),
    /// `event_type: deleted`
    Deleted(DeletedData),
    /// A `event_type` this version of the SDK does not know; the raw JSON object, tag included.
    Unknown(::serde_json::Value),
}

#[cfg(feature = "events")]
impl EventKind {
    /// The `event_type` of this value, as it is on the wire.
    pub fn tag(&self) -> &str {
        match self {
            Self::Created { .. } => "created",
            Self::Deleted { .. } => "deleted",
            Self::Unknown(value) => {
                value
                    .get("event_type")
                    .and_then(::serde_json::Value::as_str)
                    .unwrap_or("")
            }
        }
    }
}

#[cfg(feature = "events")]
impl ::std::convert::From<CreatedData> for EventKind {
    fn from(value: CreatedData) -> Self {
        Self::Created(::std::option::Option::Some(value))
    }
}

#[cfg(feature = "events")]
impl ::std::convert::From<DeletedData> for EventKind {
    fn from(value: DeletedData) -> Self {
        Self::Deleted(value)
    }
}

#[cfg(feature = "events")]
impl<'de> ::serde::Deserialize<'de> for EventKind {
    fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        use ::serde::de::Error as _;
        let mut map = <::serde_json::Map<
            ::std::string::String,
            ::serde_json::Value,
        > as ::serde::Deserialize>::deserialize(deserializer)?;
        let tag = match map.get("event_type") {
            Some(::serde_json::Value::String(tag)) => tag.clone(),
            Some(other) => {
                return Err(
                    D::Error::custom(
                        ::std::format_args!(
                            "`{}` must be a string, found {}", "event_type", other
                        ),
                    ),
                );
            }
            None => return Ok(Self::Unknown(::serde_json::Value::Object(map))),
        };
        match tag.as_str() {
            "created" => {
                match map.remove("data") {
                    None | Some(::serde_json::Value::Null) => Ok(Self::Created(None)),
                    Some(payload) => {
                        ::serde_json::from_value(payload)
                            .map(|p| Self::Created(Some(p)))
                            .map_err(|e| D::Error::custom(
                                ::std::format_args!(
                                    "`{}: {}`: {}", "event_type", "created", e
                                ),
                            ))
                    }
                }
            }
            "deleted" => {
                let payload = map
                    .remove("data")
                    .unwrap_or_else(|| ::serde_json::Value::Object(
                        ::serde_json::Map::new(),
                    ));
                ::serde_json::from_value(payload)
                    .map(Self::Deleted)
                    .map_err(|e| D::Error::custom(
                        ::std::format_args!("`{}: {}`: {}", "event_type", "deleted", e),
                    ))
            }
            _ => Ok(Self::Unknown(::serde_json::Value::Object(map))),
        }
    }
}

#[cfg(feature = "events")]
impl ::serde::Serialize for EventKind {
    fn serialize<S>(&self, serializer: S) -> ::std::result::Result<S::Ok, S::Error>
    where
        S: ::serde::Serializer,
    {
        use ::serde::ser::Error as _;
        let mut map = ::serde_json::Map::new();
        match self {
            Self::Created(payload) => {
                map.insert("event_type".into(), "created".into());
                if let Some(payload) = payload {
                    map.insert(
                        "data".into(),
                        ::serde_json::to_value(payload).map_err(S::Error::custom)?,
                    );
                }
            }
            Self::Deleted(payload) => {
                map.insert("event_type".into(), "deleted".into());
                map.insert(
                    "data".into(),
                    ::serde_json::to_value(payload).map_err(S::Error::custom)?,
                );
            }
            Self::Unknown(value) => {
                match value {
                    ::serde_json::Value::Object(fields) => map.extend(fields.clone()),
                    _ => {
                        return Err(
                            S::Error::custom(
                                "an unknown union value must be a JSON object",
                            ),
                        );
                    }
                }
            }
        }
        ::serde::Serialize::serialize(&map, serializer)
    }
}

#[cfg(feature = "events")]
impl crate::pagination::Page for EventPage {
    type Item = crate::types::Event;

    fn next_cursor(&self) -> ::std::option::Option<::std::string::String> {
        self.next_page.as_ref().map(::std::string::ToString::to_string)
    }

    fn total(&self) -> ::std::option::Option<u64> {
        ::std::option::Option::None
    }

    fn len(&self) -> usize {
        self.items.len()
    }

    fn into_items(self) -> ::std::vec::Vec<Self::Item> {
        self.items
    }
}

/// An event of [`Client::follow_feed`](crate::Client::follow_feed)'s Server-Sent Events, by its
/// `event:` name.
#[cfg(feature = "events")]
#[derive(Clone, Debug)]
#[non_exhaustive]
pub enum FollowFeedEvent {
    /// `entry`: A new entry.
    Entry(FollowFeedEntry),
    /// A `gone` event.
    Gone(Ref),
    /// `ping`: A keep-alive, as text. Its data, as text.
    Ping(::std::string::String),
    /// `message`: Events sent without a name. Its data, as text.
    Message(::std::string::String),
    /// An event the spec does not name, as it was received.
    Unknown(crate::SseEvent),
}

#[cfg(feature = "events")]
impl crate::framing::FromSseEvent for FollowFeedEvent {
    fn from_sse_event(
        event: &crate::SseEvent,
    ) -> ::std::result::Result<Self, crate::framing::DataError> {
        ::std::result::Result::Ok(
            match event.event.as_str() {
                "entry" => Self::Entry(crate::framing::data(event)?),
                "gone" => Self::Gone(crate::framing::data(event)?),
                "ping" => Self::Ping(event.data.clone()),
                "message" => Self::Message(event.data.clone()),
                _ => Self::Unknown(event.clone()),
            },
        )
    }
}

// @generated types of the `things` area by agentruntime-generator 0.1.0. Do not edit by hand.
// Spec: fixtures/v30/openapi.json (sha256 76802303fef5ea9341473990ae5e531df637c83522ad3341588262dac14ea0c8), OpenAPI 3.0.3, API version 0.3.0.
// Regenerate: cargo xtask regen --spec fixtures/v30/openapi.json --out DIR

#![allow(clippy::all, clippy::pedantic)]
#[allow(unused_imports)]
use super::*;

/// One of the shapes of `Color`.
#[cfg(feature = "things")]
#[derive(Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[non_exhaustive]
pub enum Color {
    /// `red`
    Red,
    /// `green`
    Green,
    /// A value this version of the SDK does not know yet, kept as it was sent.
    Unknown(::std::string::String),
}

#[cfg(feature = "things")]
impl ::std::fmt::Display for Color {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Red => f.write_str("red"),
            Self::Green => f.write_str("green"),
            Self::Unknown(value) => f.write_str(value),
        }
    }
}

#[cfg(feature = "things")]
impl ::std::str::FromStr for Color {
    type Err = super::error::ConversionError;

    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, super::error::ConversionError> {
        match value {
            "red" => Ok(Self::Red),
            "green" => Ok(Self::Green),
            _ => Err("invalid value".into()),
        }
    }
}

#[cfg(feature = "things")]
impl ::std::convert::TryFrom<&str> for Color {
    type Error = super::error::ConversionError;

    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, super::error::ConversionError> {
        value.parse()
    }
}

#[cfg(feature = "things")]
impl ::std::convert::TryFrom<::std::string::String> for Color {
    type Error = super::error::ConversionError;

    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, super::error::ConversionError> {
        value.parse()
    }
}

/// The `CommandThingResponse` object (the spec does not describe it).
#[cfg(feature = "things")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct CommandThingResponse {
    /// `ok` (the spec does not describe it).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub ok: ::std::option::Option<bool>,
}

/// The `Error` object (the spec does not describe it).
#[cfg(any(feature = "api", feature = "things"))]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct Error {
    /// `error` (the spec does not describe it).
    pub error: ::std::string::String,
}

/// The `Paint` object (the spec does not describe it).
#[cfg(feature = "things")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct Paint {
    /// `color`: [`Color`]. `Color`
    pub color: Color,
}

#[cfg(feature = "things")]
impl Paint {
    /// A `Paint` with its required fields; the optional ones are set with the chained setters.
    ///
    /// - `color`
    pub fn new(color: impl ::std::convert::Into<Color>) -> Self {
        Self { color: color.into() }
    }
}

/// The `Stop` object (the spec does not describe it).
#[cfg(feature = "things")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct Stop {
    /// `immediately` (the spec does not describe it).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub immediately: ::std::option::Option<bool>,
}

#[cfg(feature = "things")]
impl Stop {
    /// A `Stop` with its required fields; the optional ones are set with the chained setters.
    pub fn new() -> Self {
        Self {
            immediately: ::std::option::Option::None,
        }
    }

    /// Sets `immediately`.
    pub fn immediately(mut self, value: impl ::std::convert::Into<bool>) -> Self {
        self.immediately = ::std::option::Option::Some(value.into());
        self
    }
}

/// The `Thing` object (the spec does not describe it).
#[cfg(feature = "things")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct Thing {
    /// `api_key` (the spec does not describe it).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub api_key: ::std::option::Option<crate::Secret>,
    /// `color`: [`Color`]. `Color`
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub color: ::std::option::Option<Color>,
    /// `name` (the spec does not describe it).
    pub name: ::std::string::String,
    /// `note` (the spec does not describe it).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub note: ::std::option::Option<::std::string::String>,
    /// `size` (the spec does not describe it).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub size: ::std::option::Option<i64>,
    /// Properties the spec does not name, kept as they were received (and sent back).
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}

#[cfg(feature = "things")]
impl Thing {
    /// A `Thing` with its required fields; the optional ones are set with the chained setters.
    ///
    /// - `name`
    pub fn new(name: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            name: name.into(),
            api_key: ::std::option::Option::None,
            color: ::std::option::Option::None,
            note: ::std::option::Option::None,
            size: ::std::option::Option::None,
            extra: ::std::default::Default::default(),
        }
    }

    /// Sets `api_key`.
    pub fn api_key(mut self, value: impl ::std::convert::Into<crate::Secret>) -> Self {
        self.api_key = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `color`.
    pub fn color(mut self, value: impl ::std::convert::Into<Color>) -> Self {
        self.color = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `note`.
    pub fn note(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.note = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `size`.
    pub fn size(mut self, value: impl ::std::convert::Into<i64>) -> Self {
        self.size = ::std::option::Option::Some(value.into());
        self
    }

    /// Adds (or replaces) one property the spec does not name; it is sent next to the others (kept
    /// in `extra`).
    pub fn extra_property(
        mut self,
        key: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<::serde_json::Value>,
    ) -> Self {
        self.extra.insert(key.into(), value.into());
        self
    }
}

/// The `ThingPage` object (the spec does not describe it).
#[cfg(feature = "things")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ThingPage {
    /// `items`: [`Thing`]. `Thing`
    #[serde(deserialize_with = "crate::lenient::null_as_default")]
    pub items: ::std::vec::Vec<Thing>,
    /// `next_page` (the spec does not describe it).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub next_page: ::std::option::Option<::std::string::String>,
}

/// One of the shapes of `Command`.
#[cfg(feature = "things")]
#[derive(Clone, Debug)]
#[non_exhaustive]
pub enum Command {
    /// `kind: paint`
    Paint(Paint),
    /// `kind: stop`
    Stop(Stop),
    /// A `kind` this version of the SDK does not know; the raw JSON object, tag included.
    Unknown(::serde_json::Value),
}

#[cfg(feature = "things")]
impl Command {
    /// The `kind` of this value, as it is on the wire.
    pub fn tag(&self) -> &str {
        match self {
            Self::Paint { .. } => "paint",
            Self::Stop { .. } => "stop",
            Self::Unknown(value) => {
                value.get("kind").and_then(::serde_json::Value::as_str).unwrap_or("")
            }
        }
    }
}

#[cfg(feature = "things")]
impl ::std::convert::From<Paint> for Command {
    fn from(value: Paint) -> Self {
        Self::Paint(value)
    }
}

#[cfg(feature = "things")]
impl ::std::convert::From<Stop> for Command {
    fn from(value: Stop) -> Self {
        Self::Stop(value)
    }
}

#[cfg(feature = "things")]
impl<'de> ::serde::Deserialize<'de> for Command {
    fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        use ::serde::de::Error as _;
        let mut map = <::serde_json::Map<
            ::std::string::String,
            ::serde_json::Value,
        > as ::serde::Deserialize>::deserialize(deserializer)?;
        let tag = match map.get("kind") {
            Some(::serde_json::Value::String(tag)) => tag.clone(),
            Some(other) => {
                return Err(
                    D::Error::custom(
                        ::std::format_args!(
                            "`{}` must be a string, found {}", "kind", other
                        ),
                    ),
                );
            }
            None => return Ok(Self::Unknown(::serde_json::Value::Object(map))),
        };
        match tag.as_str() {
            "paint" => {
                map.remove("kind");
                ::serde_json::from_value(::serde_json::Value::Object(map))
                    .map(Self::Paint)
                    .map_err(|e| D::Error::custom(
                        ::std::format_args!("`{}: {}`: {}", "kind", "paint", e),
                    ))
            }
            "stop" => {
                map.remove("kind");
                ::serde_json::from_value(::serde_json::Value::Object(map))
                    .map(Self::Stop)
                    .map_err(|e| D::Error::custom(
                        ::std::format_args!("`{}: {}`: {}", "kind", "stop", e),
                    ))
            }
            _ => Ok(Self::Unknown(::serde_json::Value::Object(map))),
        }
    }
}

#[cfg(feature = "things")]
impl ::serde::Serialize for Command {
    fn serialize<S>(&self, serializer: S) -> ::std::result::Result<S::Ok, S::Error>
    where
        S: ::serde::Serializer,
    {
        use ::serde::ser::Error as _;
        let mut map = ::serde_json::Map::new();
        match self {
            Self::Paint(payload) => {
                match ::serde_json::to_value(payload).map_err(S::Error::custom)? {
                    ::serde_json::Value::Object(fields) => map.extend(fields),
                    _ => {
                        return Err(
                            S::Error::custom(
                                "a union payload must serialize to an object",
                            ),
                        );
                    }
                }
                map.insert("kind".into(), "paint".into());
            }
            Self::Stop(payload) => {
                match ::serde_json::to_value(payload).map_err(S::Error::custom)? {
                    ::serde_json::Value::Object(fields) => map.extend(fields),
                    _ => {
                        return Err(
                            S::Error::custom(
                                "a union payload must serialize to an object",
                            ),
                        );
                    }
                }
                map.insert("kind".into(), "stop".into());
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

#[cfg(feature = "things")]
impl Color {
    /// The value as it is on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Red => "red",
            Self::Green => "green",
            Self::Unknown(value) => value,
        }
    }
}

#[cfg(feature = "things")]
impl ::serde::Serialize for Color {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

#[cfg(feature = "things")]
impl<'de> ::serde::Deserialize<'de> for Color {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        let value = <::std::string::String as ::serde::Deserialize>::deserialize(
            deserializer,
        )?;
        Ok(
            match value.as_str() {
                "red" => Self::Red,
                "green" => Self::Green,
                _ => Self::Unknown(value),
            },
        )
    }
}

#[cfg(feature = "things")]
impl crate::pagination::Page for ThingPage {
    type Item = Thing;

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

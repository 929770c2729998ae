// @generated types of the `items` area by agentruntime-generator 0.1.0. Do not edit by hand.
// Spec: fixtures/params/openapi.yaml (sha256 286eeb2e529e703bc355b01bd9be0e5bc6b6ccf1771e6e69f730e24645a3beaf), OpenAPI 3.1.0, API version 0.1.0.
// Regenerate: cargo xtask regen --spec fixtures/params/openapi.yaml --out DIR

#![allow(clippy::all, clippy::pedantic)]
#[allow(unused_imports)]
use super::*;

/// What to keep.
#[cfg(feature = "items")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct Filter {
    /// `created`: [`FilterCreated`]. Creation time bounds.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub created: ::std::option::Option<FilterCreated>,
    /// `status` (the spec does not describe it).
    #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
    #[serde(deserialize_with = "crate::lenient::null_as_default")]
    pub status: ::std::vec::Vec<::std::string::String>,
}

/// Creation time bounds.
#[cfg(feature = "items")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct FilterCreated {
    /// `gte` (the spec does not describe it).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub gte: ::std::option::Option<i64>,
    /// `lt` (the spec does not describe it).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub lt: ::std::option::Option<i64>,
}

/// The `Item` object (the spec does not describe it).
#[cfg(feature = "items")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct Item {
    /// `id` (the spec does not describe it).
    pub id: ::std::string::String,
    /// `level`: [`Level`]. Levels that differ only in case: typify names both `Ok`, so it is a
    /// plain string.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub level: ::std::option::Option<Level>,
}

/// The `ItemList` object (the spec does not describe it).
#[cfg(feature = "items")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ItemList {
    /// `items`: [`Item`]. `Item`
    #[serde(deserialize_with = "crate::lenient::null_as_default")]
    pub items: ::std::vec::Vec<Item>,
}

/// Levels that differ only in case: typify names both `Ok`, so it is a plain string.
#[cfg(feature = "items")]
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[serde(transparent)]
pub struct Level(
    /// The value (the spec does not describe it).
    pub ::std::string::String,
);

#[cfg(feature = "items")]
impl ::std::ops::Deref for Level {
    type Target = ::std::string::String;

    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}

#[cfg(feature = "items")]
impl ::std::convert::From<Level> for ::std::string::String {
    fn from(value: Level) -> Self {
        value.0
    }
}

#[cfg(feature = "items")]
impl ::std::convert::From<::std::string::String> for Level {
    fn from(value: ::std::string::String) -> Self {
        Self(value)
    }
}

#[cfg(feature = "items")]
impl ::std::fmt::Display for Level {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        self.0.fmt(f)
    }
}

#[cfg(feature = "items")]
impl ::std::str::FromStr for Level {
    type Err = ::std::convert::Infallible;

    fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
        Ok(Self(value.to_string()))
    }
}

/// Region codes; the list repeats `LKA` (a duplicate typify cannot name).
#[cfg(feature = "items")]
#[derive(Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[non_exhaustive]
pub enum Region {
    /// `GBR`
    Gbr,
    /// `LKA`
    Lka,
    /// `USA`
    Usa,
    /// A value this version of the SDK does not know yet, kept as it was sent.
    Unknown(::std::string::String),
}

#[cfg(feature = "items")]
impl ::std::fmt::Display for Region {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Gbr => f.write_str("GBR"),
            Self::Lka => f.write_str("LKA"),
            Self::Usa => f.write_str("USA"),
            Self::Unknown(value) => f.write_str(value),
        }
    }
}

#[cfg(feature = "items")]
impl ::std::str::FromStr for Region {
    type Err = super::error::ConversionError;

    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, super::error::ConversionError> {
        match value {
            "GBR" => Ok(Self::Gbr),
            "LKA" => Ok(Self::Lka),
            "USA" => Ok(Self::Usa),
            _ => Err("invalid value".into()),
        }
    }
}

#[cfg(feature = "items")]
impl ::std::convert::TryFrom<&str> for Region {
    type Error = super::error::ConversionError;

    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, super::error::ConversionError> {
        value.parse()
    }
}

#[cfg(feature = "items")]
impl ::std::convert::TryFrom<::std::string::String> for Region {
    type Error = super::error::ConversionError;

    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, super::error::ConversionError> {
        value.parse()
    }
}

/// A color.
#[cfg(feature = "items")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct Rgb {
    /// `B` (the spec does not describe it).
    #[serde(rename = "B", skip_serializing_if = "::std::option::Option::is_none")]
    pub b: ::std::option::Option<i64>,
    /// `G` (the spec does not describe it).
    #[serde(rename = "G", skip_serializing_if = "::std::option::Option::is_none")]
    pub g: ::std::option::Option<i64>,
    /// `R` (the spec does not describe it).
    #[serde(rename = "R", skip_serializing_if = "::std::option::Option::is_none")]
    pub r: ::std::option::Option<i64>,
}

/// The `SearchItemsSelector` object (the spec does not describe it).
#[cfg(feature = "items")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct SearchItemsSelector {
    /// `size` (the spec does not describe it).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub size: ::std::option::Option<i64>,
}

#[cfg(feature = "items")]
impl Region {
    /// The value as it is on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Gbr => "GBR",
            Self::Lka => "LKA",
            Self::Usa => "USA",
            Self::Unknown(value) => value,
        }
    }
}

#[cfg(feature = "items")]
impl ::serde::Serialize for Region {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

#[cfg(feature = "items")]
impl<'de> ::serde::Deserialize<'de> for Region {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        let value = <::std::string::String as ::serde::Deserialize>::deserialize(
            deserializer,
        )?;
        Ok(
            match value.as_str() {
                "GBR" => Self::Gbr,
                "LKA" => Self::Lka,
                "USA" => Self::Usa,
                _ => Self::Unknown(value),
            },
        )
    }
}

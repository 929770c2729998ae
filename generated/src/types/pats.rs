// @generated types of the `pats` area by agentruntime-generator 0.1.0. Do not edit by hand.
// Spec: spec/openapi.yaml (sha256 aab3041a7d360a69e58dfceca5f9a2bffcbf688e5ad868463978c58def134800), OpenAPI 3.1.0, API version 1.0.0.
// Regenerate: cargo xtask regen

#![allow(clippy::all, clippy::pedantic)]
#[allow(unused_imports)]
use super::*;

/// A personal access token's metadata. Never includes the secret token.
#[cfg(feature = "pats")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct Pat {
    /// `created_at` (the spec does not describe it).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub created_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
    /// Human-readable label.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub display_name: ::std::option::Option<::std::string::String>,
    /// PAT metadata id (for example `pat-abc123`).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub id: ::std::option::Option<::std::string::String>,
    /// Scopes granted to the token.
    #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
    #[serde(deserialize_with = "crate::lenient::null_as_default")]
    pub scopes: ::std::vec::Vec<PatScope>,
}

/// Request body to create a PAT.
#[cfg(feature = "pats")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct PatCreate {
    /// Human-readable label shown in the token list.
    pub display_name: ::std::string::String,
    /// Scopes granted to the token.
    #[serde(deserialize_with = "crate::lenient::null_as_default")]
    pub scopes: ::std::vec::Vec<PatScope>,
}

#[cfg(feature = "pats")]
impl PatCreate {
    /// A `PatCreate` with its required fields; the optional ones are set with the chained setters.
    ///
    /// - `display_name`: Human-readable label shown in the token list.
    /// - `scopes`: Scopes granted to the token.
    pub fn new(
        display_name: impl ::std::convert::Into<::std::string::String>,
        scopes: impl ::std::iter::IntoIterator<
            Item = impl ::std::convert::Into<PatScope>,
        >,
    ) -> Self {
        Self {
            display_name: display_name.into(),
            scopes: scopes.into_iter().map(::std::convert::Into::into).collect(),
        }
    }
}

/// A newly created PAT, including its secret `token`. This is the one response of create that shows
/// the token; store it securely.
#[cfg(feature = "pats")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct PatCreated {
    /// `created_at` (the spec does not describe it).
    pub created_at: ::chrono::DateTime<::chrono::offset::Utc>,
    /// Human-readable label.
    pub display_name: ::std::string::String,
    /// PAT metadata id (for example `pat-abc123`).
    pub id: ::std::string::String,
    /// Scopes granted to the token.
    #[serde(deserialize_with = "crate::lenient::null_as_default")]
    pub scopes: ::std::vec::Vec<PatScope>,
    /// `token` (the spec does not describe it).
    pub token: crate::Secret,
}

/// One page of PATs.
#[cfg(feature = "pats")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct PatPage {
    /// `items`: [`Pat`]. A personal access token's metadata.
    #[serde(deserialize_with = "crate::lenient::null_as_default")]
    pub items: ::std::vec::Vec<Pat>,
    /// Cursor for the next page (`page_token`); null on the last page.
    #[serde(deserialize_with = "::std::option::Option::deserialize")]
    pub next_page: ::std::option::Option<::std::string::String>,
}

/// A permission a PAT carries. `workflow:read` lists and reads workflows, runs and events;
/// `workflow:run` starts, pauses, resumes and stops runs; `mcp:execute` runs MCP tools inside
/// workflow runs.
#[cfg(feature = "pats")]
#[derive(Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[non_exhaustive]
pub enum PatScope {
    /// `workflow:read`
    WorkflowRead,
    /// `workflow:run`
    WorkflowRun,
    /// `mcp:execute`
    McpExecute,
    /// A value this version of the SDK does not know yet, kept as it was sent.
    Unknown(::std::string::String),
}

#[cfg(feature = "pats")]
impl ::std::fmt::Display for PatScope {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::WorkflowRead => f.write_str("workflow:read"),
            Self::WorkflowRun => f.write_str("workflow:run"),
            Self::McpExecute => f.write_str("mcp:execute"),
            Self::Unknown(value) => f.write_str(value),
        }
    }
}

#[cfg(feature = "pats")]
impl ::std::str::FromStr for PatScope {
    type Err = super::error::ConversionError;

    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, super::error::ConversionError> {
        match value {
            "workflow:read" => Ok(Self::WorkflowRead),
            "workflow:run" => Ok(Self::WorkflowRun),
            "mcp:execute" => Ok(Self::McpExecute),
            _ => Err("invalid value".into()),
        }
    }
}

#[cfg(feature = "pats")]
impl ::std::convert::TryFrom<&str> for PatScope {
    type Error = super::error::ConversionError;

    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, super::error::ConversionError> {
        value.parse()
    }
}

#[cfg(feature = "pats")]
impl ::std::convert::TryFrom<::std::string::String> for PatScope {
    type Error = super::error::ConversionError;

    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, super::error::ConversionError> {
        value.parse()
    }
}

/// A PAT's secret token, returned once by reveal.
#[cfg(feature = "pats")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct PatToken {
    /// PAT metadata id.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub id: ::std::option::Option<::std::string::String>,
    /// `token` (the spec does not describe it).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub token: ::std::option::Option<crate::Secret>,
}

#[cfg(feature = "pats")]
impl PatScope {
    /// The value as it is on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::WorkflowRead => "workflow:read",
            Self::WorkflowRun => "workflow:run",
            Self::McpExecute => "mcp:execute",
            Self::Unknown(value) => value,
        }
    }
}

#[cfg(feature = "pats")]
impl ::serde::Serialize for PatScope {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

#[cfg(feature = "pats")]
impl<'de> ::serde::Deserialize<'de> for PatScope {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        let value = <::std::string::String as ::serde::Deserialize>::deserialize(
            deserializer,
        )?;
        Ok(
            match value.as_str() {
                "workflow:read" => Self::WorkflowRead,
                "workflow:run" => Self::WorkflowRun,
                "mcp:execute" => Self::McpExecute,
                _ => Self::Unknown(value),
            },
        )
    }
}

#[cfg(feature = "pats")]
impl crate::pagination::Page for PatPage {
    type Item = Pat;

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

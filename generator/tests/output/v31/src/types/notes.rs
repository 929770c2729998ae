// @generated types of the `notes` area by agentruntime-generator 0.1.0. Do not edit by hand.
// Spec: fixtures/v31/openapi.yaml (sha256 b69c2022c2653af0f660ebe1c5e7c8c62701d8c07d5567eefb4914e0cf957b77), OpenAPI 3.1.0, API version 3.1.0.
// Regenerate: cargo xtask regen --spec fixtures/v31/openapi.yaml --out DIR

#![allow(clippy::all, clippy::pedantic)]
#[allow(unused_imports)]
use super::*;

/// The `ListNotesResponse` object (the spec does not describe it).
#[cfg(feature = "notes")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct ListNotesResponse {
    /// `next_cursor` (the spec does not describe it).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub next_cursor: ::std::option::Option<::std::string::String>,
    /// `notes`: [`Ref`]. `Ref`
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub notes: ::std::option::Option<::std::vec::Vec<Ref>>,
}

#[cfg(feature = "notes")]
impl crate::pagination::Page for ListNotesResponse {
    type Item = Ref;

    fn next_cursor(&self) -> ::std::option::Option<::std::string::String> {
        self.next_cursor.as_ref().map(::std::string::ToString::to_string)
    }

    fn total(&self) -> ::std::option::Option<u64> {
        ::std::option::Option::None
    }

    fn len(&self) -> usize {
        self.notes.as_ref().map_or(0, |items| items.len())
    }

    fn into_items(self) -> ::std::vec::Vec<Self::Item> {
        self.notes.unwrap_or_default()
    }
}

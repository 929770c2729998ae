// @generated types of the `audits` area by agentruntime-generator 0.1.0. Do not edit by hand.
// Spec: fixtures/v31/openapi.yaml (sha256 b69c2022c2653af0f660ebe1c5e7c8c62701d8c07d5567eefb4914e0cf957b77), OpenAPI 3.1.0, API version 3.1.0.
// Regenerate: cargo xtask regen --spec fixtures/v31/openapi.yaml --out DIR

#![allow(clippy::all, clippy::pedantic)]
#[allow(unused_imports)]
use super::*;

/// The `ListAuditsResponse` object (the spec does not describe it).
#[cfg(feature = "audits")]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ListAuditsResponse {
    /// `audits`: [`Ref`]. `Ref`
    #[serde(deserialize_with = "crate::lenient::null_as_default")]
    pub audits: ::std::vec::Vec<Ref>,
    /// `total` (the spec does not describe it).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub total: ::std::option::Option<i64>,
}

#[cfg(feature = "audits")]
impl crate::pagination::Page for ListAuditsResponse {
    type Item = Ref;

    fn next_cursor(&self) -> ::std::option::Option<::std::string::String> {
        ::std::option::Option::None
    }

    fn total(&self) -> ::std::option::Option<u64> {
        self.total.and_then(|n| u64::try_from(n).ok())
    }

    fn len(&self) -> usize {
        self.audits.len()
    }

    fn into_items(self) -> ::std::vec::Vec<Self::Item> {
        self.audits
    }
}

// @generated default values by agentruntime-generator 0.1.0. Do not edit by hand.
// Spec: spec/openapi.yaml (sha256 30c1d38da430abece64bd45a9713968d56e678002e3b03f8517556d4a56e28d3), OpenAPI 3.1.0, API version 1.0.0.
// Regenerate: cargo xtask regen

//! Default values the spec declares for fields.
#![allow(clippy::all, clippy::pedantic, dead_code)]
pub(super) fn default_bool<const V: bool>() -> bool {
    V
}

// @generated default values by agentruntime-generator 0.1.0. Do not edit by hand.
// Spec: spec/openapi.yaml (sha256 8531870793c116fb16574a2ffb8dcd87af0bf1d64d7092cd68416ac3d416a9cc), OpenAPI 3.1.0, API version 1.0.0.
// Regenerate: cargo xtask regen

//! Default values the spec declares for fields.
#![allow(clippy::all, clippy::pedantic, dead_code)]
pub(super) fn default_bool<const V: bool>() -> bool {
    V
}

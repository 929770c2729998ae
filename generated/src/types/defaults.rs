// @generated default values by agentruntime-generator 0.1.0. Do not edit by hand.
// Spec: spec/openapi.yaml (sha256 7b9bb2c3369722eb9a3de3da8032be18e52b71bc77f0764f3373b3333c9b3b13), OpenAPI 3.1.0, API version 1.0.0.
// Regenerate: cargo xtask regen

//! Default values the spec declares for fields.
#![allow(clippy::all, clippy::pedantic, dead_code)]
pub(super) fn default_bool<const V: bool>() -> bool {
    V
}

// @generated default values by agentruntime-generator 0.1.0. Do not edit by hand.
// Spec: spec/openapi.yaml (sha256 3ff93fc79787db305d6ec01460f4a7ce04439f095d51094428f0aa71845a273a), OpenAPI 3.1.0, API version 1.0.0.
// Regenerate: cargo xtask regen

//! Default values the spec declares for fields.
#![allow(clippy::all, clippy::pedantic, dead_code)]
pub(super) fn default_bool<const V: bool>() -> bool {
    V
}

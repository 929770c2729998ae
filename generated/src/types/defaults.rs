// @generated default values by agentruntime-generator 0.1.0. Do not edit by hand.
// Spec: spec/openapi.yaml (sha256 aab3041a7d360a69e58dfceca5f9a2bffcbf688e5ad868463978c58def134800), OpenAPI 3.1.0, API version 1.0.0.
// Regenerate: cargo xtask regen

//! Default values the spec declares for fields.
#![allow(clippy::all, clippy::pedantic, dead_code)]
pub(super) fn default_bool<const V: bool>() -> bool {
    V
}

// @generated default values by agentruntime-generator 0.1.0. Do not edit by hand.
// Spec: fixtures/params/openapi.yaml (sha256 c727e6035be29743339176a60ea26735e37f3b695fe40c4facdd672a85cbbeca), OpenAPI 3.1.0, API version 0.1.0.
// Regenerate: cargo xtask regen --spec fixtures/params/openapi.yaml --out DIR

//! Default values the spec declares for fields.
#![allow(clippy::all, clippy::pedantic, dead_code)]

// @generated default values by agentruntime-generator 0.1.0. Do not edit by hand.
// Spec: fixtures/params/openapi.yaml (sha256 286eeb2e529e703bc355b01bd9be0e5bc6b6ccf1771e6e69f730e24645a3beaf), OpenAPI 3.1.0, API version 0.1.0.
// Regenerate: cargo xtask regen --spec fixtures/params/openapi.yaml --out DIR

//! Default values the spec declares for fields.
#![allow(clippy::all, clippy::pedantic, dead_code)]

// @generated default values by agentruntime-generator 0.1.0. Do not edit by hand.
// Spec: fixtures/v31/openapi.yaml (sha256 18d097434344eee60504c8f58c02a46285cf86277efaaddc50517f217123a4ce), OpenAPI 3.1.0, API version 3.1.0.
// Regenerate: cargo xtask regen --spec fixtures/v31/openapi.yaml --out DIR

//! Default values the spec declares for fields.
#![allow(clippy::all, clippy::pedantic, dead_code)]

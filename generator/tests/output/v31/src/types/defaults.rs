// @generated default values by agentruntime-generator 0.1.0. Do not edit by hand.
// Spec: fixtures/v31/openapi.yaml (sha256 ef62e837fe41fb86ae69cf337865feacdb09aef98ec1dd5303e07cc3a3f88e44), OpenAPI 3.1.0, API version 3.1.0.
// Regenerate: cargo xtask regen --spec fixtures/v31/openapi.yaml --out DIR

//! Default values the spec declares for fields.
#![allow(clippy::all, clippy::pedantic, dead_code)]

// @generated default values by agentruntime-generator 0.1.0. Do not edit by hand.
// Spec: fixtures/minimal/openapi.yaml (sha256 1b5b7f7854c49521e9feaf31493f7487b3486a7ac218bb15b3ba3be96e293f4b), OpenAPI 3.0.3, API version 0.0.1.
// Regenerate: cargo xtask regen --spec fixtures/minimal/openapi.yaml --out DIR

//! Default values the spec declares for fields.
#![allow(clippy::all, clippy::pedantic, dead_code)]

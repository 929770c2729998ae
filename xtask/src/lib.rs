//! What `cargo xtask` shares with its tests: the corpus of real-world specs, and the progress
//! lines of a long generation.

pub mod corpus;
pub mod progress;

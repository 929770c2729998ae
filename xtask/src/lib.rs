//! What `cargo xtask` shares with its tests: the corpus of real-world specs.

pub mod corpus;

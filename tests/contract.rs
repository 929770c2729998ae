//! Tests: contract (being written).

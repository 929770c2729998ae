//! Tests: pagination (being written).

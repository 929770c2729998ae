//! Tests: stream (being written).

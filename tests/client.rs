//! Tests: client (being written).

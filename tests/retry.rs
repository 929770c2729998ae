//! Tests: retry (being written).

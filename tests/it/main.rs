//! The generated `agentruntime` crate against real servers on 127.0.0.1 that the tests start.
//!
//! One test binary with a module per concern: each binary links the whole SDK and its
//! dependencies, so fourteen of them cost CI minutes of linking and gigabytes of disk.

mod client;
mod contract;
mod errors;
mod framing;
mod handles;
mod hardening;
mod hardening_tls;
mod logs;
mod options;
mod pagination;
mod retry;
mod steps;
mod stream;
mod stream_decode;
mod tls_support;
mod tolerance;
mod values;

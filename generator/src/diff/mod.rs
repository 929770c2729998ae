//! What changed between two specs, for the people who use the crate: every change at the level
//! the crate exposes (operations, parameters, bodies, fields, enum values, union variants,
//! media types, pagination, the WebSocket message), each with two verdicts, and the semver bump
//! the crate needs.
//!
//! - **wire**: does a client built on the old spec keep working against a server of the new one?
//! - **Rust API**: does code written against the old crate keep compiling against the new one?
//!
//! # The Rust compatibility rules
//!
//! The crate promises that code keeps compiling when it builds request values with
//! `new(required…)` and setters, passes them and the required parameters to `Client` methods,
//! reads fields of responses, and matches enums and open unions with a wildcard arm (they are
//! `#[non_exhaustive]`). Struct literals and exhaustive destructuring of the crate's structs are
//! outside the promise (their fields are public for reading). So:
//!
//! - an added **optional** field of a request type is compatible (a new setter; `new` keeps its
//!   arguments); an added **required** one is breaking (`new` takes a new argument);
//! - an added field of a response type is compatible (users read responses, they do not build
//!   them);
//! - a removed field, a changed type, or a field whose Rust type changes between `T` and
//!   `Option<T>` (required ↔ optional, nullability) is breaking;
//! - a required parameter or body is a positional argument of the method: adding one, or making
//!   an optional one required or a required one optional, is breaking; an added optional one is
//!   a setter (compatible);
//! - an added value of a string enum is compatible (every string enum is open and
//!   `#[non_exhaustive]`); a removed one is breaking; an added variant of an open union
//!   (`x-agentruntime-open`) is compatible, of a closed one breaking (exhaustive matches);
//! - a renamed `operationId` renames the method: breaking; a new operation or type is compatible.
//!
//! A type used both in requests and responses gets the stricter verdict of the two; a type no
//! operation reaches is judged as both.
//!
//! # The bump
//!
//! Any break (wire or Rust) asks for a minor bump before 1.0 and a major one from 1.0; other
//! changes a patch before 1.0, and from 1.0 a minor bump when something was added, else a patch.
//! Documentation-only changes are not changes here.

mod classify;
mod model;
mod render;
mod spec;

use std::path::Path;

pub use model::{Bump, Change, ChangeKind, Impact, Report, Verdict, parse_version};
pub use render::{Format, Versions, changelog_entry, render, summary};

use crate::error::Result;

/// Compares the spec rooted at `old` with the one rooted at `new` (3.0 or 3.1, one file or
/// several, each loaded, bundled, upgraded and validated as generation does). A spec problem
/// names its file and JSON pointer.
pub fn diff_specs(old: &Path, new: &Path) -> Result<Report> {
    let old = spec::Spec::load(old)?;
    let new = spec::Spec::load(new)?;
    Ok(classify::compare(&old, &new))
}

/// The bundle of the spec rooted at `root` as one JSON document: what a generated crate keeps
/// as the record of the spec it was made from (`diff_specs` reads it back as a spec).
pub fn snapshot(root: &Path) -> Result<String> {
    let loaded = crate::load::load(root)?;
    let mut out = serde_json::to_string_pretty(&loaded.doc)
        .map_err(|e| crate::Error::Internal(format!("cannot print the spec bundle: {e}")))?;
    out.push('\n');
    Ok(out)
}

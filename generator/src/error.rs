//! Errors that name the place in the spec where the problem is.

use std::fmt;
use std::path::PathBuf;

/// A place in the spec: a file and a JSON pointer inside it (`""` is the whole file).
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Location {
    pub file: PathBuf,
    pub pointer: String,
}

impl Location {
    pub fn new(file: impl Into<PathBuf>, pointer: impl Into<String>) -> Self {
        Self {
            file: file.into(),
            pointer: pointer.into(),
        }
    }
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}#{}", self.file.display(), self.pointer)
    }
}

/// What is wrong, as a value a caller can match on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ProblemKind {
    /// The file cannot be read or parsed as YAML/JSON.
    Parse,
    /// A `$ref` points at a file or pointer that does not exist.
    UnresolvedRef,
    /// An operation has no `operationId`.
    MissingOperationId,
    /// Two operations share an `operationId`.
    DuplicateOperationId,
    /// An `operationId` cannot become a Rust identifier.
    InvalidOperationId,
    /// `x-agentruntime-role` names a role we do not know.
    UnknownRole,
    /// Two files define different components under one name.
    DuplicateComponent,
    /// A construct the generator cannot turn into Rust (cookie parameters, multipart bodies, ...).
    Unsupported,
    /// The document does not have the shape OpenAPI requires.
    Invalid,
    /// progenitor or typify rejected (or panicked on) this part of the spec.
    Generator,
}

/// One problem at one place in the spec.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Problem {
    pub location: Location,
    pub kind: ProblemKind,
    pub message: String,
}

impl Problem {
    pub fn new(location: Location, kind: ProblemKind, message: impl Into<String>) -> Self {
        Self {
            location,
            kind,
            message: message.into(),
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.location, self.message)
    }
}

/// Everything that can stop a generation run. Nothing is written when one is returned.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The spec has problems; each names its file and JSON pointer.
    #[error("{}", render_problems(.0))]
    Spec(Vec<Problem>),
    /// Reading inputs or writing outputs failed.
    #[error("{path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    /// The generated tokens did not form valid Rust; a generator bug, not a spec problem.
    #[error("internal error: {0}")]
    Internal(String),
}

impl Error {
    pub fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Self {
        Self::Io {
            path: path.into(),
            source,
        }
    }

    /// The spec problems carried by this error, if it is a spec error.
    pub fn problems(&self) -> &[Problem] {
        match self {
            Self::Spec(problems) => problems,
            _ => &[],
        }
    }
}

impl From<Problem> for Error {
    fn from(problem: Problem) -> Self {
        Self::Spec(vec![problem])
    }
}

fn render_problems(problems: &[Problem]) -> String {
    let mut out = match problems.len() {
        1 => String::from("the spec has 1 problem:"),
        n => format!("the spec has {n} problems:"),
    };
    for problem in problems {
        out.push_str("\n  ");
        out.push_str(&problem.to_string());
    }
    out
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Escapes one JSON-pointer segment (`~` → `~0`, `/` → `~1`).
pub fn escape_segment(segment: &str) -> String {
    segment.replace('~', "~0").replace('/', "~1")
}

/// Joins JSON-pointer segments into a pointer.
pub fn pointer(segments: &[&str]) -> String {
    segments
        .iter()
        .map(|s| format!("/{}", escape_segment(s)))
        .collect()
}

//! What a change is, what it does to users, and the version it asks for.

use serde::Serialize;

use crate::error::Location;

/// What one change does to one audience: nothing that stops working, or a break.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Impact {
    /// Everything that worked keeps working.
    Compatible,
    /// Something that worked stops working.
    Breaking,
}

impl Impact {
    /// `Breaking` when `breaking`, else `Compatible`.
    pub fn from_bool(breaking: bool) -> Self {
        if breaking {
            Self::Breaking
        } else {
            Self::Compatible
        }
    }

    /// Whether this is a break.
    pub fn is_breaking(self) -> bool {
        self == Self::Breaking
    }
}

/// The two verdicts of a change.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
pub struct Verdict {
    /// Wire: does a client built on the old spec keep working against a server of the new one?
    pub wire: Impact,
    /// Rust API: does code written against the old crate still compile against the new one
    /// (under the compatibility rules in the module docs of [`crate::diff`])?
    pub rust: Impact,
}

impl Verdict {
    /// Compatible on the wire and for Rust code.
    pub const COMPATIBLE: Self = Self {
        wire: Impact::Compatible,
        rust: Impact::Compatible,
    };
    /// Breaking on the wire and for Rust code.
    pub const BREAKING: Self = Self {
        wire: Impact::Breaking,
        rust: Impact::Breaking,
    };

    /// A verdict from two flags: `wire` and `rust` breaking.
    pub fn new(wire: bool, rust: bool) -> Self {
        Self {
            wire: Impact::from_bool(wire),
            rust: Impact::from_bool(rust),
        }
    }

    /// The stricter of two verdicts, per audience.
    pub fn max(self, other: Self) -> Self {
        Self {
            wire: self.wire.max(other.wire),
            rust: self.rust.max(other.rust),
        }
    }

    /// Breaking for either audience.
    pub fn is_breaking(self) -> bool {
        self.wire.is_breaking() || self.rust.is_breaking()
    }
}

/// What kind of change, as a value to match on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum ChangeKind {
    /// A new operation.
    OperationAdded,
    /// An operation is gone.
    OperationRemoved,
    /// Same method and path, new `operationId` (the Rust method is renamed).
    OperationRenamed,
    /// Same `operationId`, new method or path.
    OperationMoved,
    /// `x-agentruntime-role` changed.
    RoleChanged,
    /// The context headers (`X-Tenant-Id` / `X-Project-Id`) changed.
    ScopeChanged,
    /// The operation became safe or unsafe to retry.
    IdempotencyChanged,
    /// The list pages differently, or stopped or started paging.
    PaginationChanged,
    /// A request or response media type changed.
    ContentTypeChanged,
    /// The item schema of a streamed response (Server-Sent Events, JSON lines) appeared, went
    /// or changed: the stream's item type in Rust changes with it.
    StreamItemsChanged,
    /// A parameter appeared.
    ParameterAdded,
    /// A parameter is gone.
    ParameterRemoved,
    /// A request body appeared.
    BodyAdded,
    /// The request body is gone.
    BodyRemoved,
    /// A schema (component) appeared.
    TypeAdded,
    /// A schema (component) is gone.
    TypeRemoved,
    /// A field of an object appeared.
    FieldAdded,
    /// A field of an object is gone.
    FieldRemoved,
    /// The type of a value changed (another `$ref`, type or format).
    TypeChanged,
    /// A value (parameter, body, field) became required.
    MadeRequired,
    /// A value (parameter, body, field) became optional.
    MadeOptional,
    /// A value may now be `null`.
    MadeNullable,
    /// A value may no longer be `null`.
    MadeNonNullable,
    /// An enum gained a value.
    EnumValueAdded,
    /// An enum lost a value.
    EnumValueRemoved,
    /// A discriminated union gained a variant.
    VariantAdded,
    /// A discriminated union lost a variant.
    VariantRemoved,
    /// A union became open (an `Unknown` case) or closed.
    UnionOpennessChanged,
    /// The message of a WebSocket operation is another type.
    WebSocketMessageChanged,
}

impl ChangeKind {
    /// Whether the change only adds to the API (a new feature, not a fix or a break).
    pub fn is_addition(self) -> bool {
        matches!(
            self,
            Self::OperationAdded
                | Self::ParameterAdded
                | Self::BodyAdded
                | Self::TypeAdded
                | Self::FieldAdded
                | Self::EnumValueAdded
                | Self::VariantAdded
        )
    }
}

/// One change between two specs.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Change {
    /// What kind of change.
    pub kind: ChangeKind,
    /// Where in the API, as a reader finds it: `operation createWorkflow (POST /workflows) ›
    /// request body` or `type Workflow › field name`.
    pub subject: String,
    /// What changed, in a sentence.
    pub message: String,
    /// The file and JSON pointer of the change in the new spec (in the old one for removals),
    /// the file relative to the root spec's folder. Serialized as `file#pointer`.
    #[serde(serialize_with = "location_string")]
    pub location: Location,
    /// What it does to the wire and to Rust code.
    pub verdict: Verdict,
}

fn location_string<S: serde::Serializer>(location: &Location, s: S) -> Result<S::Ok, S::Error> {
    s.collect_str(location)
}

/// A semantic version bump.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Bump {
    /// Nothing a user sees changed.
    None,
    /// Fixes (and, before 1.0, additions).
    Patch,
    /// Additions (and, before 1.0, breaks).
    Minor,
    /// Breaks, from 1.0.
    Major,
}

impl Bump {
    /// The smallest version after `version` that this bump allows (`version` itself for
    /// [`Bump::None`]). `None` when `version` is not `MAJOR.MINOR.PATCH`.
    pub fn apply(self, version: &str) -> Option<String> {
        let [major, minor, patch] = parse_version(version)?;
        Some(match self {
            Self::None => format!("{major}.{minor}.{patch}"),
            Self::Patch => format!("{major}.{minor}.{}", patch + 1),
            Self::Minor => format!("{major}.{}.0", minor + 1),
            Self::Major => format!("{}.0.0", major + 1),
        })
    }

    /// The word for it.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::None => "none",
            Self::Patch => "patch",
            Self::Minor => "minor",
            Self::Major => "major",
        }
    }
}

/// `MAJOR.MINOR.PATCH` of a version (a pre-release or build suffix is ignored).
pub fn parse_version(version: &str) -> Option<[u64; 3]> {
    let core = version.trim().split(['-', '+']).next()?;
    let mut parts = core.split('.').map(|p| p.parse::<u64>().ok());
    let out = [parts.next()??, parts.next()??, parts.next()??];
    parts.next().is_none().then_some(out)
}

/// Every change between two specs, in a stable order (operations in the new spec's order, then
/// types by name).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Report {
    /// `info.version` of the old spec.
    pub old_api_version: String,
    /// `info.version` of the new spec.
    pub new_api_version: String,
    /// The changes.
    pub changes: Vec<Change>,
}

impl Report {
    /// No change a user of the crate or the wire can see.
    pub fn is_empty(&self) -> bool {
        self.changes.is_empty()
    }

    /// The changes that break the wire.
    pub fn wire_breaking(&self) -> impl Iterator<Item = &Change> {
        self.changes.iter().filter(|c| c.verdict.wire.is_breaking())
    }

    /// The changes that break Rust code.
    pub fn rust_breaking(&self) -> impl Iterator<Item = &Change> {
        self.changes.iter().filter(|c| c.verdict.rust.is_breaking())
    }

    /// The stricter verdict of all changes.
    pub fn verdict(&self) -> Verdict {
        self.changes
            .iter()
            .fold(Verdict::COMPATIBLE, |acc, c| acc.max(c.verdict))
    }

    /// The bump the crate needs, from `version` (the crate's version built on the old spec).
    /// Before 1.0 a break asks for a minor bump and anything else for a patch; from 1.0 a break
    /// asks for a major bump, an addition for a minor one and anything else for a patch. A break
    /// of either the wire or the Rust API counts. A version that does not parse is treated as
    /// 1.0 or later.
    pub fn bump(&self, version: &str) -> Bump {
        if self.is_empty() {
            return Bump::None;
        }
        let pre_1 = parse_version(version).is_some_and(|[major, ..]| major == 0);
        let breaking = self.verdict().is_breaking();
        let adds = self.changes.iter().any(|c| c.kind.is_addition());
        match (pre_1, breaking, adds) {
            (true, true, _) => Bump::Minor,
            (true, false, _) => Bump::Patch,
            (false, true, _) => Bump::Major,
            (false, false, true) => Bump::Minor,
            (false, false, false) => Bump::Patch,
        }
    }

    /// Whether `new_version` is at least what the bump from `old_version` requires.
    pub fn version_satisfies(&self, old_version: &str, new_version: &str) -> bool {
        let required = self.bump(old_version).apply(old_version);
        match (
            required.as_deref().and_then(parse_version),
            parse_version(new_version),
        ) {
            (Some(required), Some(actual)) => actual >= required,
            _ => false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bumps_apply_to_versions() {
        assert_eq!(Bump::Minor.apply("0.1.3").as_deref(), Some("0.2.0"));
        assert_eq!(Bump::Patch.apply("0.1.3").as_deref(), Some("0.1.4"));
        assert_eq!(Bump::Major.apply("1.2.3").as_deref(), Some("2.0.0"));
        assert_eq!(Bump::None.apply("1.2.3-beta").as_deref(), Some("1.2.3"));
        assert_eq!(Bump::Patch.apply("1.2"), None);
    }
}

//! What the spec says about one operation that a call needs at run time: the context it sends,
//! the role it needs, whether it may be re-sent. The generated crate's `metadata` module holds
//! one [`Operation`] per operation of its spec.

use std::fmt;

/// The HTTP method of an operation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum HttpMethod {
    /// `GET`
    Get,
    /// `POST`
    Post,
    /// `PUT`
    Put,
    /// `PATCH`
    Patch,
    /// `DELETE`
    Delete,
    /// `HEAD`
    Head,
    /// `OPTIONS`
    Options,
    /// `TRACE`
    Trace,
}

impl HttpMethod {
    /// Every method, in the order above.
    pub const ALL: [HttpMethod; 8] = [
        Self::Get,
        Self::Post,
        Self::Put,
        Self::Patch,
        Self::Delete,
        Self::Head,
        Self::Options,
        Self::Trace,
    ];

    /// The method as HTTP writes it (`GET`).
    ///
    /// ```
    /// assert_eq!(agentruntime_runtime::HttpMethod::Patch.as_str(), "PATCH");
    /// ```
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Get => "GET",
            Self::Post => "POST",
            Self::Put => "PUT",
            Self::Patch => "PATCH",
            Self::Delete => "DELETE",
            Self::Head => "HEAD",
            Self::Options => "OPTIONS",
            Self::Trace => "TRACE",
        }
    }

    /// The method of this name, in any case (`get`, `GET`).
    ///
    /// ```
    /// use agentruntime_runtime::HttpMethod;
    /// assert_eq!(HttpMethod::parse("delete"), Some(HttpMethod::Delete));
    /// assert_eq!(HttpMethod::parse("FETCH"), None);
    /// ```
    pub fn parse(name: &str) -> Option<Self> {
        Self::ALL
            .into_iter()
            .find(|m| m.as_str().eq_ignore_ascii_case(name))
    }

    /// The variant's name (`Get`), as generated code spells it.
    pub const fn variant(self) -> &'static str {
        match self {
            Self::Get => "Get",
            Self::Post => "Post",
            Self::Put => "Put",
            Self::Patch => "Patch",
            Self::Delete => "Delete",
            Self::Head => "Head",
            Self::Options => "Options",
            Self::Trace => "Trace",
        }
    }

    /// The methods HTTP defines as idempotent (RFC 9110 §9.2.2).
    pub const fn is_idempotent(self) -> bool {
        !matches!(self, Self::Post | Self::Patch)
    }
}

impl fmt::Display for HttpMethod {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl PartialEq<&str> for HttpMethod {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

/// Which context headers an operation sends.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub enum Scope {
    /// Neither `X-Tenant-Id` nor `X-Project-Id`.
    #[default]
    None,
    /// `X-Tenant-Id` only.
    Tenant,
    /// `X-Tenant-Id` and `X-Project-Id`.
    Project,
}

impl Scope {
    /// The variant's name (`Project`), as generated code spells it.
    pub const fn variant(self) -> &'static str {
        match self {
            Self::None => "None",
            Self::Tenant => "Tenant",
            Self::Project => "Project",
        }
    }
}

/// The minimum role an operation requires, as the spec states it (`x-agentruntime-role`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Role {
    /// `project_viewer`: read workflows, runs, analytics.
    ProjectViewer,
    /// `project_contributor`: edit, publish and run workflows; manage integrations.
    ProjectContributor,
    /// `project_admin`: manage members and visibility.
    ProjectAdmin,
    /// `tenant_admin`: workspace administration and billing.
    TenantAdmin,
    /// `public`: no role check (login flows, signed webhook ingress).
    Public,
}

impl Role {
    /// Every role, from the least to the most privileged, then `public`.
    pub const ALL: [Role; 5] = [
        Self::ProjectViewer,
        Self::ProjectContributor,
        Self::ProjectAdmin,
        Self::TenantAdmin,
        Self::Public,
    ];

    /// The role as the spec and the API name it.
    ///
    /// ```
    /// assert_eq!(agentruntime_runtime::Role::TenantAdmin.as_str(), "tenant_admin");
    /// ```
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::ProjectViewer => "project_viewer",
            Self::ProjectContributor => "project_contributor",
            Self::ProjectAdmin => "project_admin",
            Self::TenantAdmin => "tenant_admin",
            Self::Public => "public",
        }
    }

    /// The role of this name (`project_admin`).
    ///
    /// ```
    /// use agentruntime_runtime::Role;
    /// assert_eq!(Role::parse("project_admin"), Some(Role::ProjectAdmin));
    /// assert_eq!(Role::parse("owner"), None);
    /// ```
    pub fn parse(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|r| r.as_str() == name)
    }

    /// The variant's name (`ProjectAdmin`), as generated code spells it.
    pub const fn variant(self) -> &'static str {
        match self {
            Self::ProjectViewer => "ProjectViewer",
            Self::ProjectContributor => "ProjectContributor",
            Self::ProjectAdmin => "ProjectAdmin",
            Self::TenantAdmin => "TenantAdmin",
            Self::Public => "Public",
        }
    }
}

impl fmt::Display for Role {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One operation of the API. Built in `const` context by generated code:
///
/// ```
/// use agentruntime_runtime::{HttpMethod, Operation, Role, Scope};
///
/// const GET_WORKFLOW: Operation = Operation::new("get_workflow", HttpMethod::Get, "/v1/workflows/{id}")
///     .tag("workflows")
///     .scope(Scope::Project)
///     .role(Role::ProjectViewer)
///     .idempotent(true);
/// assert_eq!(GET_WORKFLOW.operation_id, "get_workflow");
/// assert_eq!(GET_WORKFLOW.method, "GET");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Operation {
    /// Rust method name; also the id progenitor reports to hooks.
    pub id: &'static str,
    /// `operationId` as written in the spec.
    pub operation_id: &'static str,
    /// HTTP method.
    pub method: HttpMethod,
    /// Path template as written in the spec.
    pub path: &'static str,
    /// The area (tag) the operation belongs to.
    pub tag: &'static str,
    /// One-line summary from the spec.
    pub summary: &'static str,
    /// Context headers the operation sends.
    pub scope: Scope,
    /// Minimum role, when the spec states one.
    pub role: Option<Role>,
    /// Safe to send more than once: GET, HEAD, PUT, DELETE, or marked idempotent.
    pub idempotent: bool,
    /// A list that pages (by cursor or offset): its builder has `stream()` and `pages()`.
    pub paginated: bool,
    /// The success body is handed over as a byte stream (Server-Sent Events, NDJSON, binary),
    /// so the response-size limit does not apply to it.
    pub streamed: bool,
    /// A WebSocket stream rather than a request/response call.
    pub websocket: bool,
    /// Deprecated in the spec.
    pub deprecated: bool,
}

impl Operation {
    /// An operation with this method name, HTTP method and path; the spec's `operationId` is
    /// the method name until [`operation_id`](Self::operation_id) says otherwise, every flag is
    /// off and the scope is [`Scope::None`].
    pub const fn new(id: &'static str, method: HttpMethod, path: &'static str) -> Self {
        Self {
            id,
            operation_id: id,
            method,
            path,
            tag: "",
            summary: "",
            scope: Scope::None,
            role: None,
            idempotent: false,
            paginated: false,
            streamed: false,
            websocket: false,
            deprecated: false,
        }
    }

    /// The `operationId` as written in the spec.
    pub const fn operation_id(mut self, operation_id: &'static str) -> Self {
        self.operation_id = operation_id;
        self
    }

    /// The area (tag).
    pub const fn tag(mut self, tag: &'static str) -> Self {
        self.tag = tag;
        self
    }

    /// The one-line summary.
    pub const fn summary(mut self, summary: &'static str) -> Self {
        self.summary = summary;
        self
    }

    /// The context headers it sends.
    pub const fn scope(mut self, scope: Scope) -> Self {
        self.scope = scope;
        self
    }

    /// The minimum role.
    pub const fn role(mut self, role: Role) -> Self {
        self.role = Some(role);
        self
    }

    /// Whether it is safe to send more than once.
    pub const fn idempotent(mut self, idempotent: bool) -> Self {
        self.idempotent = idempotent;
        self
    }

    /// Whether it is a list that pages.
    pub const fn paginated(mut self, paginated: bool) -> Self {
        self.paginated = paginated;
        self
    }

    /// Whether its success body is a byte stream.
    pub const fn streamed(mut self, streamed: bool) -> Self {
        self.streamed = streamed;
        self
    }

    /// Whether it is a WebSocket stream.
    pub const fn websocket(mut self, websocket: bool) -> Self {
        self.websocket = websocket;
        self
    }

    /// Whether the spec deprecates it.
    pub const fn deprecated(mut self, deprecated: bool) -> Self {
        self.deprecated = deprecated;
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip() {
        for method in HttpMethod::ALL {
            assert_eq!(HttpMethod::parse(method.as_str()), Some(method));
        }
        for role in Role::ALL {
            assert_eq!(Role::parse(role.as_str()), Some(role));
        }
        assert!(HttpMethod::Put.is_idempotent());
        assert!(!HttpMethod::Post.is_idempotent());
    }

    #[test]
    fn the_const_builder_sets_only_what_it_is_given() {
        const OP: Operation = Operation::new("start_run", HttpMethod::Post, "/v1/runs")
            .operation_id("startRun")
            .scope(Scope::Project);
        let op = OP; // built in const context; checked at run time
        assert_eq!(op.operation_id, "startRun");
        assert_eq!(op.scope, Scope::Project);
        assert_eq!(op.role, None);
        assert!(!op.idempotent && !op.paginated && !op.streamed && !op.websocket);
    }
}

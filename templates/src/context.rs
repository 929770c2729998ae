//! Tenant and project context: which of `X-Tenant-Id` / `X-Project-Id` each operation sends,
//! decided by the operation's scope in the generated metadata table.

use std::fmt;
use std::sync::Arc;

use reqwest::header::{HeaderMap, HeaderName, HeaderValue};

use crate::{Error, ErrorKind};
use crate::{Operation, Scope};

pub(crate) const TENANT_HEADER: HeaderName = HeaderName::from_static("x-tenant-id");
pub(crate) const PROJECT_HEADER: HeaderName = HeaderName::from_static("x-project-id");

/// One context value: the string the caller gave and its header form (`None` when the string
/// cannot be a header value; reported when a scoped call needs it).
#[derive(Clone)]
pub(crate) struct ContextValue {
    text: Arc<str>,
    header: Option<HeaderValue>,
}

impl ContextValue {
    pub(crate) fn new(text: &str) -> Self {
        Self {
            text: Arc::from(text),
            header: HeaderValue::from_str(text)
                .ok()
                .filter(|_| !text.is_empty()),
        }
    }

    pub(crate) fn as_str(&self) -> &str {
        &self.text
    }
}

impl fmt::Debug for ContextValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&*self.text, f)
    }
}

/// The tenant and project a client acts in.
#[derive(Clone, Debug, Default)]
pub(crate) struct Context {
    pub(crate) tenant: Option<ContextValue>,
    pub(crate) project: Option<ContextValue>,
}

impl Context {
    /// Fails before anything is sent when a scoped operation lacks its context.
    pub(crate) fn check(&self, op: &'static Operation) -> Result<(), Error> {
        let needed: &[(&Option<ContextValue>, &'static str, &'static str)] = match op.scope {
            Scope::None => &[],
            Scope::Tenant => &[(&self.tenant, "X-Tenant-Id", "tenant")],
            Scope::Project => &[
                (&self.tenant, "X-Tenant-Id", "tenant"),
                (&self.project, "X-Project-Id", "project"),
            ],
        };
        for (value, header, what) in needed {
            match value {
                None => {
                    return Err(Error::missing_context(op, header, what));
                }
                Some(value) if value.header.is_none() => {
                    return Err(Error::new(ErrorKind::InvalidConfig)
                        .with_operation(op)
                        .with_message(format!(
                            "the client's {what} {:?} cannot be sent as the {header} header",
                            value.as_str()
                        )));
                }
                Some(_) => {}
            }
        }
        Ok(())
    }

    /// Sets exactly the headers the operation's scope calls for.
    pub(crate) fn apply(&self, scope: Scope, headers: &mut HeaderMap) {
        let (tenant, project) = match scope {
            Scope::None => (false, false),
            Scope::Tenant => (true, false),
            Scope::Project => (true, true),
        };
        for (wanted, name, value) in [
            (tenant, TENANT_HEADER, &self.tenant),
            (project, PROJECT_HEADER, &self.project),
        ] {
            match value.as_ref().and_then(|v| v.header.clone()) {
                Some(header) if wanted => {
                    headers.insert(name, header);
                }
                _ => {
                    headers.remove(name);
                }
            }
        }
    }
}

//! Credentials: a personal access token or a session cookie. Secrets live in
//! `secrecy::SecretString`, are marked sensitive in headers, and print as `[REDACTED]`.

use std::fmt;

use reqwest::header::{AUTHORIZATION, COOKIE, HeaderName, HeaderValue};
use secrecy::{ExposeSecret, SecretString};

/// How the client authenticates.
#[derive(Clone)]
pub(crate) enum Credentials {
    /// `Authorization: Bearer <pat>`.
    Pat(SecretString),
    /// `Cookie: <session>` (the whole cookie header value).
    SessionCookie(SecretString),
}

impl Credentials {
    /// The header that carries the credential, marked sensitive so `Debug` of requests and the
    /// HTTP stack never show it. `None` when the secret is not a valid header value.
    pub(crate) fn header(&self) -> Option<(HeaderName, HeaderValue)> {
        let (name, value) = match self {
            Self::Pat(token) => (AUTHORIZATION, format!("Bearer {}", token.expose_secret())),
            Self::SessionCookie(cookie) => (COOKIE, cookie.expose_secret().to_owned()),
        };
        let mut value = HeaderValue::from_str(&value).ok()?;
        value.set_sensitive(true);
        Some((name, value))
    }

    pub(crate) fn kind(&self) -> &'static str {
        match self {
            Self::Pat(_) => "pat",
            Self::SessionCookie(_) => "session_cookie",
        }
    }
}

impl fmt::Debug for Credentials {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}([REDACTED])", self.kind())
    }
}

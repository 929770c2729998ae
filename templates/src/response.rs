//! A successful response: the decoded body plus the status, headers and request id.

use std::fmt;
use std::ops::{Deref, DerefMut};
use std::time::SystemTime;

use progenitor_client::ResponseValue;
use reqwest::StatusCode;
use reqwest::header::HeaderMap;

use crate::rate_limit::RateLimit;

/// The decoded body of a successful call, with its HTTP metadata. Derefs to the body.
pub struct Response<T> {
    value: ResponseValue<T>,
}

impl<T> Response<T> {
    pub(crate) fn new(value: ResponseValue<T>) -> Self {
        Self { value }
    }

    /// The body.
    pub fn into_inner(self) -> T {
        self.value.into_inner()
    }

    /// The HTTP status.
    pub fn status(&self) -> StatusCode {
        self.value.status()
    }

    /// The response headers.
    pub fn headers(&self) -> &HeaderMap {
        self.value.headers()
    }

    /// The server's `X-Request-Id`, when it sent one.
    pub fn request_id(&self) -> Option<&str> {
        request_id(self.value.headers())
    }

    /// The rate-limit state the server reported (`X-RateLimit-*`), if it sent any.
    pub fn rate_limit(&self) -> Option<RateLimit> {
        RateLimit::from_headers(self.value.headers(), SystemTime::now())
    }
}

pub(crate) fn request_id(headers: &HeaderMap) -> Option<&str> {
    headers.get("x-request-id").and_then(|v| v.to_str().ok())
}

impl<T> Deref for Response<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.value
    }
}

impl<T> DerefMut for Response<T> {
    fn deref_mut(&mut self) -> &mut T {
        &mut self.value
    }
}

impl<T: fmt::Debug> fmt::Debug for Response<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Response")
            .field("status", &self.status())
            .field("request_id", &self.request_id())
            .field("body", &**self)
            .finish()
    }
}

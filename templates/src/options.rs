//! Options for one call, on top of the client's configuration: extra headers, a time budget and
//! a retry policy. Every generated builder takes them through `send_with(options)`, and raw
//! requests through [`RawRequest::options`](crate::RawRequest::options).

use std::time::Duration;

use reqwest::header::{HeaderMap, HeaderName, HeaderValue};

use crate::RetryPolicy;

/// Options for one call: extra headers, a time budget and a retry policy.
///
/// ```no_run
/// use std::time::Duration;
/// use agentruntime::{RequestOptions, RetryPolicy};
///
/// # async fn run(client: agentruntime::Client) -> Result<(), agentruntime::Error> {
/// let options = RequestOptions::new()
///     .header("Prefer", "code=404")
///     .timeout(Duration::from_secs(5))
///     .retry(RetryPolicy::none());
/// let workflow = client.get_workflow("wf_123").send_with(options).await?;
/// # let _ = workflow; Ok(()) }
/// ```
#[derive(Clone, Debug, Default)]
pub struct RequestOptions {
    headers: HeaderMap,
    /// The first header that could not be sent, reported when the call is made.
    invalid: Option<String>,
    timeout: Option<Duration>,
    retry: Option<RetryPolicy>,
}

impl RequestOptions {
    /// No options: the client's configuration applies.
    pub fn new() -> Self {
        Self::default()
    }

    /// Sends this header too (appended to any of the same name). The credential and context
    /// headers (`Authorization`, `Cookie`, `X-Tenant-Id`, `X-Project-Id`) stay the client's. A
    /// name or value a header cannot carry fails the call with
    /// [`ErrorKind::InvalidRequest`](crate::ErrorKind::InvalidRequest) before it is sent.
    pub fn header(mut self, name: &str, value: &str) -> Self {
        match (
            HeaderName::from_bytes(name.as_bytes()),
            HeaderValue::from_str(value),
        ) {
            (Ok(name), Ok(value)) => {
                self.headers.append(name, value);
            }
            _ => {
                self.invalid
                    .get_or_insert_with(|| format!("the header {name:?} cannot be sent as given"));
            }
        }
        self
    }

    /// The time the whole call may take, every attempt and every wait between them included;
    /// each attempt gets what is left (and at most the client's attempt timeout). Running out
    /// is [`ErrorKind::Timeout`](crate::ErrorKind::Timeout).
    pub fn timeout(mut self, budget: Duration) -> Self {
        self.timeout = Some(budget);
        self
    }

    /// This call's retry policy instead of the client's.
    pub fn retry(mut self, policy: RetryPolicy) -> Self {
        self.retry = Some(policy);
        self
    }

    /// The extra headers.
    pub fn headers(&self) -> &HeaderMap {
        &self.headers
    }

    /// The call's time budget, when one is set.
    pub fn time_budget(&self) -> Option<Duration> {
        self.timeout
    }

    /// The call's retry policy, when it overrides the client's.
    pub fn retry_policy(&self) -> Option<&RetryPolicy> {
        self.retry.as_ref()
    }

    /// Why a header cannot be sent, if one cannot.
    pub(crate) fn invalid(&self) -> Option<&str> {
        self.invalid.as_deref()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headers_are_kept_and_a_bad_one_is_reported() {
        let options = RequestOptions::new()
            .header("Prefer", "code=404")
            .header("X-Trace", "a")
            .header("X-Trace", "b");
        assert_eq!(options.headers()["prefer"], "code=404");
        assert_eq!(options.headers().get_all("x-trace").iter().count(), 2);
        assert!(options.invalid().is_none());
        let bad = RequestOptions::new()
            .header("bad name", "x")
            .header("ok", "line\nbreak");
        assert_eq!(
            bad.invalid(),
            Some("the header \"bad name\" cannot be sent as given")
        );
    }

    #[test]
    fn nothing_set_means_the_client_decides() {
        let options = RequestOptions::new();
        assert!(options.time_budget().is_none() && options.retry_policy().is_none());
        let options = options
            .timeout(Duration::from_secs(2))
            .retry(RetryPolicy::none());
        assert_eq!(options.time_budget(), Some(Duration::from_secs(2)));
        assert_eq!(
            options.retry_policy().map(RetryPolicy::get_max_attempts),
            Some(1)
        );
    }
}

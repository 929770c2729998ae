//! When a request is sent again, and after how long.
//!
//! The rules, each a small function tested on its own:
//! - [`classify`]: whether an outcome may be retried. Idempotent operations retry connection
//!   errors, timeouts, 408, 429, 500, 502, 503 and 504. Every operation, idempotent or not,
//!   retries a connection that was provably never made and a 429 (the server did not act on it),
//!   so a run start is never sent twice after a 5xx or a timeout.
//! - [`server_hint`]: `retry-after-ms`, then `Retry-After` in seconds or as an HTTP date.
//! - [`RetryPolicy::backoff`]: full jitter, a random delay in `[0, min(initial × 2^n, max)]`.

use std::time::{Duration, SystemTime};

use reqwest::StatusCode;
use reqwest::header::{HeaderMap, RETRY_AFTER};

/// How requests are retried. `RetryPolicy::default()`: at most 3 attempts, full-jitter backoff
/// from 0.5 s doubling to at most 8 s, server hints honoured up to 60 s, no overall deadline.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RetryPolicy {
    max_attempts: u32,
    initial_backoff: Duration,
    max_backoff: Duration,
    max_retry_after: Duration,
    deadline: Option<Duration>,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        Self {
            max_attempts: 3,
            initial_backoff: Duration::from_millis(500),
            max_backoff: Duration::from_secs(8),
            max_retry_after: Duration::from_secs(60),
            deadline: None,
        }
    }
}

impl RetryPolicy {
    /// Never retry: every request is sent once.
    pub fn none() -> Self {
        Self {
            max_attempts: 1,
            ..Self::default()
        }
    }

    /// Attempts in total, the first included (at least 1).
    pub fn max_attempts(mut self, attempts: u32) -> Self {
        self.max_attempts = attempts.max(1);
        self
    }

    /// The cap of the first retry's random delay; each later retry doubles it.
    pub fn initial_backoff(mut self, delay: Duration) -> Self {
        self.initial_backoff = delay;
        self
    }

    /// The largest delay cap, however many retries came before.
    pub fn max_backoff(mut self, delay: Duration) -> Self {
        self.max_backoff = delay;
        self
    }

    /// The longest server-requested wait (`Retry-After`) that is honoured; a longer one ends the
    /// retries and the error carries the hint.
    pub fn max_retry_after(mut self, delay: Duration) -> Self {
        self.max_retry_after = delay;
        self
    }

    /// An overall time budget across all attempts and waits of one call.
    pub fn deadline(mut self, budget: Duration) -> Self {
        self.deadline = Some(budget);
        self
    }

    /// The attempts a call may take, the first included (`get_` because
    /// [`max_attempts`](Self::max_attempts) is the setter).
    pub fn get_max_attempts(&self) -> u32 {
        self.max_attempts
    }

    /// The time budget of a call across its attempts, when there is one.
    pub fn get_deadline(&self) -> Option<Duration> {
        self.deadline
    }

    /// The random delay before retry number `retry` (0 for the first retry).
    pub fn backoff(&self, retry: u32) -> Duration {
        let cap = self.backoff_cap(retry);
        cap.mul_f64(rand::random::<f64>())
    }

    /// The upper bound of [`RetryPolicy::backoff`] for retry number `retry`.
    pub fn backoff_cap(&self, retry: u32) -> Duration {
        doubling_cap(self.initial_backoff, self.max_backoff, retry)
    }
}

/// `initial × 2^doublings`, at most `max` (shared by request retries and stream reconnects).
pub(crate) fn doubling_cap(initial: Duration, max: Duration, doublings: u32) -> Duration {
    initial
        .saturating_mul(2u32.saturating_pow(doublings.min(31)))
        .min(max)
}

/// What happened to one attempt, as far as retrying is concerned.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Attempt {
    /// A response with this status arrived.
    Status(StatusCode),
    /// The connection was never made (refused, DNS, connect timeout): the server saw nothing.
    NotConnected,
    /// The request timed out after it may have been sent.
    TimedOut,
    /// The connection failed after the request may have been sent.
    Broken,
}

impl Attempt {
    pub(crate) fn of_error(error: &reqwest::Error) -> Self {
        if error.is_connect() {
            Self::NotConnected
        } else if error.is_timeout() {
            Self::TimedOut
        } else {
            Self::Broken
        }
    }

    pub(crate) fn describe(self) -> String {
        match self {
            Self::Status(status) => format!("status {}", status.as_u16()),
            Self::NotConnected => "connection not established".to_owned(),
            Self::TimedOut => "timeout".to_owned(),
            Self::Broken => "connection error".to_owned(),
        }
    }
}

/// Whether this outcome may be retried at all (hints and budgets aside).
pub(crate) fn classify(attempt: Attempt, idempotent: bool) -> bool {
    match attempt {
        Attempt::NotConnected => true,
        Attempt::Status(status) if status == StatusCode::TOO_MANY_REQUESTS => true,
        Attempt::Status(status) => {
            idempotent
                && matches!(
                    status,
                    StatusCode::REQUEST_TIMEOUT
                        | StatusCode::INTERNAL_SERVER_ERROR
                        | StatusCode::BAD_GATEWAY
                        | StatusCode::SERVICE_UNAVAILABLE
                        | StatusCode::GATEWAY_TIMEOUT
                )
        }
        Attempt::TimedOut | Attempt::Broken => idempotent,
    }
}

/// The wait the server asked for: `retry-after-ms`, else `Retry-After` (delta seconds or an
/// HTTP date, measured from `now`).
pub(crate) fn server_hint(headers: &HeaderMap, now: SystemTime) -> Option<Duration> {
    if let Some(ms) = headers
        .get("retry-after-ms")
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.trim().parse::<f64>().ok())
        .filter(|ms| ms.is_finite() && *ms >= 0.0)
    {
        return Some(Duration::from_secs_f64(ms / 1000.0));
    }
    let value = headers.get(RETRY_AFTER)?.to_str().ok()?.trim();
    if let Ok(seconds) = value.parse::<f64>() {
        return (seconds.is_finite() && seconds >= 0.0).then(|| Duration::from_secs_f64(seconds));
    }
    let at = httpdate::parse_http_date(value).ok()?;
    Some(at.duration_since(now).unwrap_or(Duration::ZERO))
}

/// The decision after an attempt that [`classify`] allows to retry.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Next {
    /// Wait this long, then send again.
    RetryAfter(Duration),
    /// Stop: the server asked for a wait longer than the policy honours.
    HintTooLong(Duration),
    /// Stop: attempts or time budget used up.
    GiveUp,
}

/// Chooses the wait before the next attempt. `attempts_made` counts the attempt just finished;
/// `remaining` is what is left of the deadline, if there is one.
pub(crate) fn next(
    policy: &RetryPolicy,
    attempts_made: u32,
    hint: Option<Duration>,
    remaining: Option<Duration>,
) -> Next {
    if attempts_made >= policy.max_attempts {
        return Next::GiveUp;
    }
    let delay = match hint {
        Some(hint) if hint > policy.max_retry_after => return Next::HintTooLong(hint),
        Some(hint) => hint,
        None => policy.backoff(attempts_made - 1),
    };
    match remaining {
        Some(remaining) if delay >= remaining => Next::GiveUp,
        _ => Next::RetryAfter(delay),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use reqwest::header::HeaderValue;

    #[test]
    fn idempotent_operations_retry_transient_failures() {
        for status in [408, 429, 500, 502, 503, 504] {
            let status = StatusCode::from_u16(status).unwrap();
            assert!(classify(Attempt::Status(status), true), "{status}");
        }
        for status in [400, 401, 403, 404, 409, 422, 501] {
            let status = StatusCode::from_u16(status).unwrap();
            assert!(!classify(Attempt::Status(status), true), "{status}");
        }
        assert!(classify(Attempt::TimedOut, true));
        assert!(classify(Attempt::Broken, true));
    }

    #[test]
    fn other_operations_retry_only_what_the_server_never_processed() {
        assert!(classify(Attempt::NotConnected, false));
        assert!(classify(
            Attempt::Status(StatusCode::TOO_MANY_REQUESTS),
            false
        ));
        for status in [500, 502, 503, 504, 408] {
            let status = StatusCode::from_u16(status).unwrap();
            assert!(!classify(Attempt::Status(status), false), "{status}");
        }
        assert!(!classify(Attempt::TimedOut, false));
        assert!(!classify(Attempt::Broken, false));
    }

    #[test]
    fn backoff_is_full_jitter_under_a_doubling_cap() {
        let policy = RetryPolicy::default();
        assert_eq!(policy.backoff_cap(0), Duration::from_millis(500));
        assert_eq!(policy.backoff_cap(1), Duration::from_secs(1));
        assert_eq!(policy.backoff_cap(4), Duration::from_secs(8));
        assert_eq!(policy.backoff_cap(40), Duration::from_secs(8));
        for retry in 0..6 {
            for _ in 0..200 {
                assert!(policy.backoff(retry) <= policy.backoff_cap(retry));
            }
        }
        let spread: std::collections::BTreeSet<_> =
            (0..50).map(|_| policy.backoff(3).as_millis()).collect();
        assert!(spread.len() > 10, "delays should be random, got {spread:?}");
    }

    #[test]
    fn hints_prefer_milliseconds_then_seconds_then_dates() {
        let now = SystemTime::UNIX_EPOCH + Duration::from_secs(1_000_000);
        let mut headers = HeaderMap::new();
        assert_eq!(server_hint(&headers, now), None);
        headers.insert(RETRY_AFTER, HeaderValue::from_static("2"));
        assert_eq!(server_hint(&headers, now), Some(Duration::from_secs(2)));
        headers.insert("retry-after-ms", HeaderValue::from_static("1500"));
        assert_eq!(
            server_hint(&headers, now),
            Some(Duration::from_millis(1500))
        );
        headers.remove("retry-after-ms");
        let date = httpdate::fmt_http_date(now + Duration::from_secs(30));
        headers.insert(RETRY_AFTER, HeaderValue::from_str(&date).unwrap());
        assert_eq!(server_hint(&headers, now), Some(Duration::from_secs(30)));
        headers.insert(RETRY_AFTER, HeaderValue::from_static("soon"));
        assert_eq!(server_hint(&headers, now), None);
    }

    #[test]
    fn next_honours_attempts_hints_and_deadline() {
        let policy = RetryPolicy::default();
        assert_eq!(next(&policy, 3, None, None), Next::GiveUp);
        assert_eq!(
            next(&policy, 1, Some(Duration::from_secs(2)), None),
            Next::RetryAfter(Duration::from_secs(2))
        );
        assert_eq!(
            next(&policy, 1, Some(Duration::from_secs(61)), None),
            Next::HintTooLong(Duration::from_secs(61))
        );
        assert_eq!(
            next(
                &policy,
                1,
                Some(Duration::from_secs(2)),
                Some(Duration::from_secs(1))
            ),
            Next::GiveUp
        );
        assert_eq!(next(&RetryPolicy::none(), 1, None, None), Next::GiveUp);
    }
}

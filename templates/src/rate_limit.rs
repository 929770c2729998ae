//! The rate-limit state a response reports (`X-RateLimit-Limit`, `X-RateLimit-Remaining`,
//! `X-RateLimit-Reset`), on every [`Response`](crate::Response) and [`Error`](crate::Error) that
//! carried it, so a caller can slow down before it gets a 429.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use reqwest::header::HeaderMap;

/// A `X-RateLimit-Reset` above this is a Unix time, not a number of seconds (2001-09-09).
const EPOCH_THRESHOLD: u64 = 1_000_000_000;

/// What the server said about its rate limit in one response.
///
/// ```
/// # async fn run(client: agentruntime::Client) -> Result<(), agentruntime::Error> {
/// let workflow = client.get_workflow("wf_123").send().await?;
/// if let Some(limit) = workflow.rate_limit() {
///     if limit.remaining == Some(0) {
///         tokio::time::sleep(limit.reset.unwrap_or_default()).await;
///     }
/// }
/// # Ok(()) }
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
#[non_exhaustive]
pub struct RateLimit {
    /// Requests allowed per window (`X-RateLimit-Limit`), when sent.
    pub limit: Option<u64>,
    /// Requests left in the current window (`X-RateLimit-Remaining`).
    pub remaining: Option<u64>,
    /// Time until the window resets (`X-RateLimit-Reset`, sent as seconds, a Unix time or an
    /// HTTP date), measured when the response arrived.
    pub reset: Option<Duration>,
}

impl RateLimit {
    /// The rate limit in `headers`, when any of the three headers is there and readable.
    pub(crate) fn from_headers(headers: &HeaderMap, now: SystemTime) -> Option<Self> {
        let text = |name: &str| headers.get(name)?.to_str().ok().map(str::trim);
        let number = |name: &str| text(name)?.parse::<u64>().ok();
        let found = Self {
            limit: number("x-ratelimit-limit"),
            remaining: number("x-ratelimit-remaining"),
            reset: text("x-ratelimit-reset").and_then(|value| reset(value, now)),
        };
        (found != Self::default()).then_some(found)
    }
}

fn reset(value: &str, now: SystemTime) -> Option<Duration> {
    if let Ok(seconds) = value.parse::<f64>() {
        if !seconds.is_finite() || seconds < 0.0 {
            return None;
        }
        if seconds as u64 > EPOCH_THRESHOLD {
            let at = UNIX_EPOCH + Duration::from_secs_f64(seconds);
            return Some(at.duration_since(now).unwrap_or_default());
        }
        return Some(Duration::from_secs_f64(seconds));
    }
    let at = httpdate::parse_http_date(value).ok()?;
    Some(at.duration_since(now).unwrap_or_default())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(pairs: &[(&'static str, &str)]) -> HeaderMap {
        let mut map = HeaderMap::new();
        for (name, value) in pairs {
            map.insert(*name, value.parse().unwrap());
        }
        map
    }

    #[test]
    fn reset_is_read_as_seconds_unix_time_or_http_date() {
        let now = UNIX_EPOCH + Duration::from_secs(1_800_000_000);
        let read = |value: &str| {
            RateLimit::from_headers(&headers(&[("x-ratelimit-reset", value)]), now)
                .and_then(|r| r.reset)
        };
        assert_eq!(read("30"), Some(Duration::from_secs(30)));
        assert_eq!(read("1.5"), Some(Duration::from_millis(1500)));
        assert_eq!(read("1800000042"), Some(Duration::from_secs(42)));
        assert_eq!(
            read("1799999000"),
            Some(Duration::ZERO),
            "a past reset is now"
        );
        let date = httpdate::fmt_http_date(now + Duration::from_secs(7));
        assert_eq!(read(&date), Some(Duration::from_secs(7)));
        assert_eq!(read("soon"), None);
        assert_eq!(read("-3"), None);
    }

    #[test]
    fn all_three_headers_are_read_and_absence_is_none() {
        let now = SystemTime::now();
        let found = RateLimit::from_headers(
            &headers(&[
                ("x-ratelimit-limit", "100"),
                ("x-ratelimit-remaining", " 7 "),
                ("x-ratelimit-reset", "12"),
            ]),
            now,
        );
        assert_eq!(
            found,
            Some(RateLimit {
                limit: Some(100),
                remaining: Some(7),
                reset: Some(Duration::from_secs(12)),
            })
        );
        assert_eq!(RateLimit::from_headers(&HeaderMap::new(), now), None);
        assert_eq!(
            RateLimit::from_headers(&headers(&[("x-ratelimit-remaining", "many")]), now),
            None
        );
    }
}

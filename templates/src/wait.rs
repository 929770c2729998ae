//! Waiting for a run to end, the parts that know nothing of the API's types: the options of a
//! wait, its time limit, and the summary polling a wait falls back to when the event stream
//! cannot be used. The generated crate's `RunHandle::wait_with` drives them (through
//! `stream::wait_for`, with the `stream` feature).

use std::future::Future;
use std::time::Duration;

use crate::{Error, ErrorKind};

/// How a run handle's `wait_with` waits for the run to end.
///
/// `WaitOptions::default()`: no time limit, the event stream with its default `StreamOptions`,
/// and, when the stream cannot be used (its upgrade is refused with a status other than 401/403,
/// or its connection keeps failing), the run's summary polled every 2 s instead.
///
/// ```no_run
/// # async fn run(run: agentruntime::RunHandle) -> Result<(), agentruntime::Error> {
/// use std::time::Duration;
/// use agentruntime::{ErrorKind, WaitOptions};
///
/// let options = WaitOptions::default()
///     .timeout(Duration::from_secs(600))
///     .poll_interval(Duration::from_secs(5));
/// match run.wait_with(options).await {
///     Ok(outcome) => println!("{outcome}"),
///     Err(error) if error.kind() == ErrorKind::Timeout => println!("still running"),
///     Err(error) => return Err(error),
/// }
/// # Ok(()) }
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WaitOptions {
    timeout: Option<Duration>,
    poll_interval: Duration,
    fallback: bool,
    #[cfg(feature = "stream")]
    stream: crate::stream::StreamOptions,
}

impl Default for WaitOptions {
    fn default() -> Self {
        Self {
            timeout: None,
            poll_interval: Duration::from_secs(2),
            fallback: true,
            #[cfg(feature = "stream")]
            stream: crate::stream::StreamOptions::default(),
        }
    }
}

impl WaitOptions {
    /// The longest the whole wait may take; when it elapses the wait ends with an
    /// [`ErrorKind::Timeout`] error (the run itself goes on). No limit by default.
    pub fn timeout(mut self, limit: Duration) -> Self {
        self.timeout = Some(limit);
        self
    }

    /// How often the run's summary is read once the wait has fallen back to polling (default
    /// 2 s; at least 10 ms).
    pub fn poll_interval(mut self, interval: Duration) -> Self {
        self.poll_interval = interval.max(Duration::from_millis(10));
        self
    }

    /// Whether the wait falls back to polling the summary when the event stream cannot be used
    /// (default `true`); with `false` the stream's error ends the wait.
    pub fn fallback_to_polling(mut self, fallback: bool) -> Self {
        self.fallback = fallback;
        self
    }

    /// How the event stream connects, reconnects and backfills (default
    /// [`StreamOptions::default`](crate::stream::StreamOptions::default)).
    #[cfg(feature = "stream")]
    pub fn stream_options(mut self, options: crate::stream::StreamOptions) -> Self {
        self.stream = options;
        self
    }

    /// The time limit of the whole wait, if any.
    pub fn get_timeout(&self) -> Option<Duration> {
        self.timeout
    }

    /// How often the summary is read when polling.
    pub fn get_poll_interval(&self) -> Duration {
        self.poll_interval
    }

    /// Whether the wait falls back to polling.
    pub fn get_fallback_to_polling(&self) -> bool {
        self.fallback
    }

    /// The event stream's options.
    #[cfg(feature = "stream")]
    pub fn get_stream_options(&self) -> &crate::stream::StreamOptions {
        &self.stream
    }
}

/// Runs `wait` within `limit` (none: unbounded). When the limit elapses first, `wait` is dropped
/// and the result is an [`ErrorKind::Timeout`] error whose message is `what` (say, "run r1 did
/// not end") followed by the limit.
pub async fn within<T>(
    limit: Option<Duration>,
    what: impl FnOnce() -> String,
    wait: impl Future<Output = Result<T, Error>>,
) -> Result<T, Error> {
    let Some(limit) = limit else {
        return wait.await;
    };
    match tokio::time::timeout(limit, wait).await {
        Ok(result) => result,
        Err(_) => Err(Error::new(ErrorKind::Timeout).with_message(format!(
            "{} within {:.1} s",
            what(),
            limit.as_secs_f64()
        ))),
    }
}

/// Reads `fetch` every `interval` (the first read one interval from now) until `done` turns what
/// it read into an outcome; `done` hands the value back when it is not final yet. A failed read
/// ends the polling with its error: each read already retries transient failures under the
/// client's retry policy.
pub async fn poll<T, O, Fut>(
    interval: Duration,
    mut fetch: impl FnMut() -> Fut,
    mut done: impl FnMut(T) -> Result<O, T>,
) -> Result<O, Error>
where
    Fut: Future<Output = Result<T, Error>>,
{
    loop {
        tokio::time::sleep(interval).await;
        if let Ok(outcome) = done(fetch().await?) {
            return Ok(outcome);
        }
    }
}

/// Whether a wait whose event stream failed with `error` can still learn how the run ends by
/// polling: yes, unless the failure is about credentials or the client itself (401, 403, a
/// missing tenant or project, an unusable configuration), which polling would meet again.
pub fn polling_may_help(error: &Error) -> bool {
    !matches!(
        error.kind(),
        ErrorKind::Unauthorized
            | ErrorKind::Forbidden
            | ErrorKind::MissingContext
            | ErrorKind::InvalidConfig
            | ErrorKind::InvalidRequest
    )
}

#[cfg(test)]
mod tests {
    use std::cell::Cell;

    use super::*;

    #[test]
    fn options_default_to_no_limit_and_polling_every_two_seconds() {
        let options = WaitOptions::default();
        assert_eq!(options.get_timeout(), None);
        assert_eq!(options.get_poll_interval(), Duration::from_secs(2));
        assert!(options.get_fallback_to_polling());
        let options = options
            .timeout(Duration::from_secs(30))
            .poll_interval(Duration::ZERO)
            .fallback_to_polling(false);
        assert_eq!(options.get_timeout(), Some(Duration::from_secs(30)));
        assert_eq!(options.get_poll_interval(), Duration::from_millis(10));
        assert!(!options.get_fallback_to_polling());
    }

    #[tokio::test(start_paused = true)]
    async fn a_wait_past_its_limit_is_a_timeout_error() {
        let start = tokio::time::Instant::now();
        let limit = Duration::from_secs(30);
        let error = within(
            Some(limit),
            || "run r1 did not end".to_owned(),
            std::future::pending::<Result<(), Error>>(),
        )
        .await
        .unwrap_err();
        assert_eq!(error.kind(), ErrorKind::Timeout);
        assert!(
            error
                .to_string()
                .contains("run r1 did not end within 30.0 s"),
            "{error}"
        );
        assert_eq!(start.elapsed(), limit);

        let value = within(None, String::new, async { Ok::<_, Error>(7) }).await;
        assert_eq!(value.unwrap(), 7);
        let error = within(Some(limit), String::new, async {
            Err::<(), _>(Error::new(ErrorKind::NotFound))
        })
        .await
        .unwrap_err();
        assert_eq!(error.kind(), ErrorKind::NotFound, "the wait's own error");
    }

    #[tokio::test(start_paused = true)]
    async fn polling_reads_every_interval_until_the_value_is_final() {
        let start = tokio::time::Instant::now();
        let reads = Cell::new(0);
        let outcome = poll(
            Duration::from_secs(2),
            || {
                reads.set(reads.get() + 1);
                let n = reads.get();
                async move { Ok::<_, Error>(n) }
            },
            |n| {
                if n == 3 {
                    Ok(format!("done after {n}"))
                } else {
                    Err(n)
                }
            },
        )
        .await
        .unwrap();
        assert_eq!(outcome, "done after 3");
        assert_eq!(reads.get(), 3);
        assert_eq!(start.elapsed(), Duration::from_secs(6));
    }

    #[tokio::test(start_paused = true)]
    async fn a_failed_read_ends_the_polling() {
        let reads = Cell::new(0);
        let error = poll(
            Duration::from_secs(1),
            || {
                reads.set(reads.get() + 1);
                let n = reads.get();
                async move {
                    if n == 2 {
                        Err(Error::new(ErrorKind::Server))
                    } else {
                        Ok(n)
                    }
                }
            },
            Err::<(), _>,
        )
        .await
        .unwrap_err();
        assert_eq!(error.kind(), ErrorKind::Server);
        assert_eq!(reads.get(), 2);
    }

    #[test]
    fn polling_helps_unless_credentials_or_the_client_are_at_fault() {
        for kind in [
            ErrorKind::NotFound,
            ErrorKind::Server,
            ErrorKind::UnexpectedStatus,
            ErrorKind::Connect,
            ErrorKind::Timeout,
            ErrorKind::StreamClosed,
            ErrorKind::RateLimited,
        ] {
            assert!(polling_may_help(&Error::new(kind)), "{kind:?}");
        }
        for kind in [
            ErrorKind::Unauthorized,
            ErrorKind::Forbidden,
            ErrorKind::MissingContext,
            ErrorKind::InvalidConfig,
            ErrorKind::InvalidRequest,
        ] {
            assert!(!polling_may_help(&Error::new(kind)), "{kind:?}");
        }
    }
}

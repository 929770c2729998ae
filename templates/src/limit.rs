//! The response-size limit: a success body larger than the client's limit ends the call with
//! [`ErrorKind::ResponseTooLarge`](crate::ErrorKind::ResponseTooLarge) instead of being read
//! into memory. Error bodies are read bounded anyway (64 KiB), and bodies handed to the caller
//! as a byte stream are the caller's to read, so only decoded success bodies are limited.

use http_body_util::{LengthLimitError, Limited};
use reqwest::ResponseBuilderExt;

/// The default largest response body a call reads: 32 MiB, far above any real page or object
/// of the API (a page of 300 workflows is about 300 KB).
pub const DEFAULT_MAX_RESPONSE_SIZE: u64 = 32 * 1024 * 1024;

/// Wraps the body of `response` so that reading more than `max` bytes fails with a
/// [`LengthLimitError`]. A `Content-Length` above the limit fails at the first chunk, before
/// anything is buffered; one within it needs no wrapper. Returns the declared length too, for the error message.
pub(crate) fn limit(response: reqwest::Response, max: u64) -> (reqwest::Response, Option<u64>) {
    let declared = response.content_length();
    // A body with a `Content-Length` within the limit cannot grow past it (the HTTP stack reads
    // exactly that many bytes; a decompressed body reports none): nothing to wrap.
    if declared.is_some_and(|length| length <= max) {
        return (response, declared);
    }
    let allowed = if declared.is_some_and(|length| length > max) {
        0
    } else {
        usize::try_from(max).unwrap_or(usize::MAX)
    };
    let url = response.url().clone();
    let (mut parts, body) = http::Response::from(response).into_parts();
    // The round trip through `http::Response` drops the URL; keep it for `Response::url`.
    if let Ok(carrier) = http::Response::builder().url(url).body(()) {
        parts.extensions.extend(carrier.into_parts().0.extensions);
    }
    let body = reqwest::Body::wrap(Limited::new(body, allowed));
    let limited = reqwest::Response::from(http::Response::from_parts(parts, body));
    (limited, declared)
}

/// Whether a body error (anywhere in its source chain) is the limit being reached.
pub(crate) fn is_too_large(error: &(dyn std::error::Error + 'static)) -> bool {
    let mut current = Some(error);
    while let Some(error) = current {
        if error.is::<LengthLimitError>() {
            return true;
        }
        current = error.source();
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A response whose body has an exact size (what a `Content-Length` gives a real one).
    fn response(body: &'static [u8]) -> reqwest::Response {
        let builder = http::Response::builder()
            .status(200)
            .url(url::Url::parse("http://h/v1/x").unwrap());
        reqwest::Response::from(builder.body(body).unwrap())
    }

    /// A response whose length is unknown until it ends (chunked).
    fn chunked(chunks: &'static [&'static [u8]]) -> reqwest::Response {
        let stream = futures::stream::iter(chunks.iter().map(|c| Ok::<_, std::io::Error>(*c)));
        let body = reqwest::Body::wrap_stream(stream);
        reqwest::Response::from(http::Response::builder().status(200).body(body).unwrap())
    }

    fn run<T>(future: impl std::future::Future<Output = T>) -> T {
        tokio::runtime::Builder::new_current_thread()
            .build()
            .unwrap()
            .block_on(future)
    }

    #[test]
    fn a_body_within_the_limit_is_read_whole_and_keeps_its_url() {
        let (limited, declared) = limit(response(b"0123456789"), 10);
        assert_eq!(declared, Some(10));
        assert_eq!(limited.url().as_str(), "http://h/v1/x");
        assert_eq!(run(limited.bytes()).unwrap().as_ref(), b"0123456789");
    }

    #[test]
    fn a_longer_chunked_body_fails_with_the_limit_error() {
        let (limited, declared) = limit(chunked(&[b"01234", b"56789"]), 9);
        assert_eq!(declared, None);
        let error = run(limited.bytes()).unwrap_err();
        assert!(is_too_large(&error), "{error:?}");
    }

    #[test]
    fn a_declared_length_above_the_limit_fails_at_the_first_chunk() {
        let (limited, declared) = limit(response(&[b'x'; 200]), 100);
        assert_eq!(declared, Some(200));
        assert!(is_too_large(&run(limited.bytes()).unwrap_err()));
    }

    #[test]
    fn other_errors_are_not_the_limit() {
        let io = std::io::Error::other("reset");
        assert!(!is_too_large(&io));
    }
}

//! What each WebSocket close code means for the stream: finished, reconnect, or a typed error.

use crate::{Error, ErrorKind};

/// What to do after the server closed the connection.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Disposition {
    /// The stream is over (`1000`).
    Finished,
    /// A transient condition: reconnect with backoff and resume. The kind is the error reported
    /// if the reconnect attempts run out.
    Reconnect(ErrorKind),
    /// Reconnecting unchanged would fail again: end the stream with this kind.
    Fail(ErrorKind),
}

/// The disposition of a close frame with this code (`None`: a close frame without a status,
/// which the protocol reports as 1005).
pub(super) fn classify(code: Option<u16>) -> Disposition {
    match code {
        Some(1000) => Disposition::Finished,
        // Going away (a deploy), no status, abnormal closure.
        None | Some(1001 | 1005 | 1006) => Disposition::Reconnect(ErrorKind::Connect),
        // Internal error, service restart, try again later.
        Some(1011..=1013) => Disposition::Reconnect(ErrorKind::Server),
        Some(4401) => Disposition::Fail(ErrorKind::Unauthorized),
        Some(4403) => Disposition::Fail(ErrorKind::Forbidden),
        // 1008 policy violation, protocol and payload errors (1002, 1003, 1007, 1009, 1010) and
        // codes this SDK does not know. (tungstenite reports a code the protocol does not allow,
        // such as 1014 or 1015, as 1002.)
        Some(_) => Disposition::Fail(ErrorKind::StreamClosed),
    }
}

/// The registered name of a close code, for messages.
pub(super) fn name(code: Option<u16>) -> &'static str {
    match code {
        None | Some(1005) => "no status",
        Some(1000) => "normal closure",
        Some(1001) => "going away",
        Some(1002) => "protocol error",
        Some(1003) => "unsupported data",
        Some(1006) => "abnormal closure",
        Some(1007) => "invalid payload",
        Some(1008) => "policy violation",
        Some(1009) => "message too big",
        Some(1010) => "mandatory extension",
        Some(1011) => "internal error",
        Some(1012) => "service restart",
        Some(1013) => "try again later",
        Some(4401) => "unauthorized",
        Some(4403) => "forbidden",
        Some(_) => "unknown code",
    }
}

/// The error describing a close by the server (the engine adds the operation).
pub(super) fn error(kind: ErrorKind, code: Option<u16>, reason: &str) -> Error {
    let code_text = code.map_or_else(|| "1005".to_owned(), |c| c.to_string());
    let mut message = format!(
        "the server closed the stream with code {code_text} ({})",
        name(code)
    );
    if !reason.is_empty() {
        message.push_str(": ");
        message.push_str(&crate::error::preview(reason.as_bytes()));
    }
    Error::new(kind).with_message(message)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normal_closure_finishes() {
        assert_eq!(classify(Some(1000)), Disposition::Finished);
    }

    #[test]
    fn transient_codes_reconnect() {
        for code in [None, Some(1001), Some(1005), Some(1006)] {
            assert_eq!(
                classify(code),
                Disposition::Reconnect(ErrorKind::Connect),
                "{code:?}"
            );
        }
        for code in [1011, 1012, 1013] {
            assert_eq!(
                classify(Some(code)),
                Disposition::Reconnect(ErrorKind::Server),
                "{code}"
            );
        }
    }

    #[test]
    fn auth_closes_end_with_typed_errors() {
        assert_eq!(
            classify(Some(4401)),
            Disposition::Fail(ErrorKind::Unauthorized)
        );
        assert_eq!(
            classify(Some(4403)),
            Disposition::Fail(ErrorKind::Forbidden)
        );
    }

    #[test]
    fn policy_protocol_and_unknown_codes_end_the_stream() {
        for code in [
            1002, 1003, 1007, 1008, 1009, 1010, 1014, 3000, 4000, 4404, 4999,
        ] {
            assert_eq!(
                classify(Some(code)),
                Disposition::Fail(ErrorKind::StreamClosed),
                "{code}"
            );
        }
    }

    #[test]
    fn close_errors_name_the_code_and_reason() {
        let error = error(ErrorKind::StreamClosed, Some(1008), "too many streams");
        assert_eq!(error.kind(), ErrorKind::StreamClosed);
        assert_eq!(error.operation(), None, "the engine names the operation");
        let text = error.to_string();
        assert!(
            text.contains("1008 (policy violation): too many streams"),
            "{text}"
        );
        let error = super::error(ErrorKind::Unauthorized, Some(4401), "");
        assert!(error.to_string().contains("4401 (unauthorized)"));
    }
}

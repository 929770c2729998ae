//! The hooks behind every generated call: [`prepare`] adds the credential and the context
//! headers each operation's scope calls for; [`execute`] sends the request under the retry
//! policy and puts the response-size limit on the body it hands back. A generated crate calls
//! both from its `progenitor_client::ClientHooks` impl; the operation comes from
//! [`transport::send`](crate::transport::send), which every generated call runs in.

use std::time::SystemTime;

use progenitor_client::OperationInfo;
use reqwest::header::{COOKIE, HeaderValue};

use crate::client::ClientState;
use crate::limit::limit;
use crate::params::settle_cookies;
use crate::response::request_id;
use crate::retry::{Attempt, Next, classify, next, server_hint};
use crate::transport::{call_options, current_operation, record};
use crate::{Operation, RequestOptions};

/// The operation progenitor reports, as [`transport::send`](crate::transport::send) recorded
/// it. A call made outside `send`, or under another operation's record, is refused: sending it
/// would silently drop its context headers and retry rules.
fn operation(info: &OperationInfo) -> Result<&'static Operation, String> {
    match current_operation() {
        Some(op) if op.id == info.operation_id => Ok(op),
        Some(op) => Err(format!(
            "`{}` ran inside the call of `{}`; generated calls go through transport::send",
            info.operation_id, op.id
        )),
        None => Err(format!(
            "`{}` was sent outside transport::send, so its context and retry rules are unknown",
            info.operation_id
        )),
    }
}

/// `ClientHooks::pre`: sets the credential and exactly the context headers the operation's
/// scope calls for. A session-cookie credential and the operation's cookie parameters are sent
/// in one `Cookie` header, the credential first.
pub fn prepare(
    state: &ClientState,
    request: &mut reqwest::Request,
    info: &OperationInfo,
) -> Result<(), String> {
    let op = operation(info)?;
    let headers = request.headers_mut();
    // The operation's cookie parameters, already in the request (`params::Cookies`).
    let own_cookies: Vec<HeaderValue> = headers.get_all(COOKIE).iter().cloned().collect();
    // The caller's extra headers first: the credential and context below replace any of theirs.
    if let Some(options) = call_options() {
        for (name, value) in options.headers() {
            headers.append(name, value.clone());
        }
    }
    let session_cookie = match &state.shared.auth {
        Some((name, value)) if name == COOKIE => Some(value),
        Some((name, value)) => {
            headers.insert(name.clone(), value.clone());
            None
        }
        None => None,
    };
    settle_cookies(headers, &own_cookies, session_cookie);
    state.context.apply(op.scope, headers);
    Ok(())
}

/// `ClientHooks::exec`: sends `request` through `http`, again while the retry policy says so,
/// and bounds the success body by the client's response-size limit.
pub async fn execute(
    http: &reqwest::Client,
    state: &ClientState,
    request: reqwest::Request,
    info: &OperationInfo,
) -> reqwest::Result<reqwest::Response> {
    // `prepare` refused a call without its operation, so this is always `Some` here.
    let op = operation(info).ok();
    let response = send_with_retries(http, state, request, info, op).await?;
    Ok(match state.shared.max_response_size {
        Some(max) if response.status().is_success() && op.is_none_or(|op| !op.streamed) => {
            let (response, declared) = limit(response, max);
            record(|call| call.body_limit = Some((max, declared)));
            response
        }
        _ => response,
    })
}

/// Sends `request`, again while the retry policy says so; the last outcome is returned.
async fn send_with_retries(
    http: &reqwest::Client,
    state: &ClientState,
    request: reqwest::Request,
    info: &OperationInfo,
    op: Option<&'static Operation>,
) -> reqwest::Result<reqwest::Response> {
    let idempotent = op.is_some_and(|op| op.idempotent);
    let shared = &state.shared;
    let options = call_options();
    let budget = options.as_ref().and_then(RequestOptions::time_budget);
    let policy = options
        .as_ref()
        .and_then(RequestOptions::retry_policy)
        .unwrap_or(&shared.retry);
    let deadline = match (policy.get_deadline(), budget) {
        (Some(policy), Some(budget)) => Some(policy.min(budget)),
        (policy, budget) => policy.or(budget),
    };
    let started = tokio::time::Instant::now();
    let remaining = || deadline.map(|d| d.saturating_sub(started.elapsed()));
    let mut current = request;
    let mut attempt = 0;
    loop {
        attempt += 1;
        // A body that cannot be cloned (a stream) is sent once.
        let spare = if attempt < policy.get_max_attempts() {
            current.try_clone()
        } else {
            None
        };
        if let Some(left) = remaining() {
            let per_attempt = shared.timeouts.attempt.map_or(left, |t| t.min(left));
            *current.timeout_mut() = Some(per_attempt);
        }
        let outcome = http.execute(current).await;
        let kind = match &outcome {
            Ok(response) => Attempt::Status(response.status()),
            Err(error) => Attempt::of_error(error),
        };
        // A refused connection or a 4xx proves the server did not act; anything else may not.
        let reached = match &outcome {
            Ok(response) => !response.status().is_client_error(),
            Err(error) => !error.is_connect(),
        };
        record(|call| {
            call.attempts = attempt;
            call.maybe_processed |= reached;
            if let Ok(response) = &outcome {
                call.status = Some(response.status());
                call.request_id = request_id(response.headers()).map(str::to_owned);
            }
        });
        let failed =
            !matches!(&outcome, Ok(r) if r.status().is_success() || r.status().is_redirection());
        let Some(spare) = spare.filter(|_| failed && classify(kind, idempotent)) else {
            return outcome;
        };
        let hint = outcome
            .as_ref()
            .ok()
            .and_then(|r| server_hint(r.headers(), SystemTime::now()));
        match next(policy, attempt, hint, remaining()) {
            Next::RetryAfter(delay) => {
                tracing::info!(
                    operation = info.operation_id,
                    attempt,
                    delay_ms = delay.as_millis() as u64,
                    reason = %kind.describe(),
                    "retrying request"
                );
                drop(outcome);
                tokio::time::sleep(delay).await;
                current = spare;
            }
            Next::HintTooLong(hint) => {
                record(|call| call.retry_after = Some(hint));
                return outcome;
            }
            Next::GiveUp => return outcome,
        }
    }
}

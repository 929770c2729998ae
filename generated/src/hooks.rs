// @generated from templates/hooks.rs by agentruntime-generator 0.1.0. Do not edit by hand.
// Spec: spec/openapi.yaml (sha256 2ee91eb600a9020a711b22c67badc04e0dc6e58d405f9a4f2ff50071d31c80ca), OpenAPI 3.1.0, API version 1.0.0.
// Regenerate: cargo xtask regen

//! The seam between progenitor's generated calls and the overlays: `pre` adds the context
//! headers each operation's scope calls for; `exec` sends the request under the retry policy and
//! puts the response-size limit on the body it hands back.

use std::time::SystemTime;

use progenitor_client::{ClientHooks, OperationInfo};

use crate::Client;
use crate::client::ClientState;
use crate::limit::limit;
use crate::metadata::{self, Operation};
use crate::response::request_id;
use crate::retry::{Attempt, Next, classify, next, server_hint};
use crate::transport::record;

impl ClientHooks<ClientState> for Client {
    async fn pre<E>(
        &self,
        request: &mut reqwest::Request,
        info: &OperationInfo,
    ) -> Result<(), progenitor_client::Error<E>> {
        let headers = request.headers_mut();
        if let Some((name, value)) = &self.inner.shared.auth {
            headers.insert(name.clone(), value.clone());
        }
        if let Some(op) = metadata::operation(info.operation_id) {
            self.inner.context.apply(op.scope, headers);
        }
        Ok(())
    }

    async fn exec(
        &self,
        request: reqwest::Request,
        info: &OperationInfo,
    ) -> reqwest::Result<reqwest::Response> {
        let op = metadata::operation(info.operation_id);
        let response = self.send_with_retries(request, info, op).await?;
        Ok(match self.inner.shared.max_response_size {
            Some(max) if response.status().is_success() && op.is_none_or(|op| !op.streamed) => {
                let (response, declared) = limit(response, max);
                record(|call| call.body_limit = Some((max, declared)));
                response
            }
            _ => response,
        })
    }
}

impl Client {
    /// Sends `request`, again while the retry policy says so; the last outcome is returned.
    async fn send_with_retries(
        &self,
        request: reqwest::Request,
        info: &OperationInfo,
        op: Option<&'static Operation>,
    ) -> reqwest::Result<reqwest::Response> {
        let idempotent = op.is_some_and(|op| op.idempotent);
        let shared = &self.inner.shared;
        let policy = &shared.retry;
        let started = tokio::time::Instant::now();
        let remaining = || {
            policy
                .get_deadline()
                .map(|d| d.saturating_sub(started.elapsed()))
        };
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
            let outcome = self.client.execute(current).await;
            let kind = match &outcome {
                Ok(response) => Attempt::Status(response.status()),
                Err(error) => Attempt::of_error(error),
            };
            record(|call| {
                call.attempts = attempt;
                if let Ok(response) = &outcome {
                    call.status = Some(response.status());
                    call.request_id = request_id(response.headers()).map(str::to_owned);
                }
            });
            let failed = !matches!(&outcome, Ok(r) if r.status().is_success() || r.status().is_redirection());
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
}

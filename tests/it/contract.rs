//! Contract tests: every operation of the spec, called through the SDK against Prism, a mock
//! server built from the same spec by a third party.
//!
//! Prism validates each request (path, method, auth, context headers, query, body) against
//! `spec/openapi.yaml` and answers with the spec's own examples. So for every operation this
//! checks that what the SDK sends is what the spec says (no `sl-violations` header) and that
//! every success example the spec promises decodes into the generated type; then, through
//! `Prefer: code=…`, that every documented error status decodes into the matching `ErrorKind`
//! with the example's error body.
//!
//! The table [`cases`] has one case per operation; `every_operation_has_a_case` fails when the
//! spec gains an operation without one. A case runs until every request example of its operation
//! (decoded into the generated body type, it is the body the SDK sends) and every named success
//! example (`Prefer: example=…`) has been used once, then once per documented error status.
//! `every_operation_against_prism` prints `contract: N/N operations`.
//!
//! Needs the pinned Prism: `cargo xtask test` installs it and runs the tests.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::future::Future;
use std::io::Write;
use std::panic::AssertUnwindSafe;
use std::path::{Path, PathBuf};
use std::pin::Pin;
use std::time::{Duration, Instant};

use agentruntime::metadata::{OPERATIONS, Scope};
use agentruntime::{ApiError, ByteStream, Client, Error, ErrorKind, Response, RetryPolicy, types};
use agentruntime_tests::prism::{self, Prism};
use futures::{FutureExt, StreamExt};
use progenitor_client::ClientInfo;
use reqwest::StatusCode;
use reqwest::header::{HeaderMap, HeaderName, HeaderValue};
use serde::de::DeserializeOwned;
use serde_json::Value;

// Real-looking ids, mostly taken from the spec's own examples.
const TOKEN: &str = "pat_contract_0123456789abcdef";
const TENANT: &str = "acme";
const PROJECT: &str = "proj_1";
const WORKFLOW: &str = "550e8400-e29b-41d4-a716-446655440000";
const RUN: &str = "7c9e6679-7425-40de-944b-e07fc1f90ae7";
const TRIGGER: &str = "3f1c2b9e-6a47-4d0b-9a51-2c8e7f0d1a23";
const TASK: &str = "approve-review";
const STEP: &str = "triage-agent";
const TURN: &str = "5d0e7f3a-9b21-4c6d-8e4f-0a1b2c3d4e5f";
const EVENT: &str = "evt_000041";
const INBOUND_WEBHOOK: &str = "a1b2c3d4-e5f6-7890-abcd-ef1234567890";
const SIGNATURE: &str = "sha256=3f1c9a7e2b8d4f6a0c5e9b1d7a3f8c2e6b0d4a9f1e7c3b5d8a2f6e0c4b9d1a7e";
const CONNECTION: &str = "conn_7f3a9c21";
const MCP_SERVER: &str = "0d6f3a2b-8c1e-4f5a-9b7d-2e4c6a8f0b1d";
const MCP_INSTANCE: &str = "inst_5b2e7d90";
const PROFILE: &str = "prof_1a2b3c";
const CONNECT_SESSION: &str = "cs_abc123";
const PRINCIPAL: &str = "cust_9182";
const SEGMENT: &str = "seg_7a41c2";
const AUTOPILOT_THREAD: &str = "c3a1f0e2-7b4d-4e8a-9c5f-1d2e3f4a5b6c";
const CHAT_CONVERSATION: &str = "9b2f6c1e-4a7d-4e0b-8f3a-2c5d7e9a1b40";
const CHAT_MESSAGE: &str = "1f4e8a2b-6c3d-4b5a-9e7f-0a1b2c3d4e5f";
const CHAT_TURN: &str = "2a3b4c5d-6e7f-4809-a1b2-c3d4e5f60718";
const BATCH: &str = "batch_51aa0e";
const JOB: &str = "job_9c1e55";
const EPISODE: &str = "ep_41b9d0";
const AGENT: &str = "3b241101-e2bb-4255-8caf-4136c566a962";
const PAT: &str = "pat-abc123";
const INVITE: &str = "inv_8Jk2Lm4N";
const DATABASE: &str = "crm";

/// A timestamp argument.
fn at(rfc3339: &str) -> chrono::DateTime<chrono::Utc> {
    rfc3339.parse().expect("an RFC 3339 timestamp")
}

/// What a case calls with: the SDK client and a plain HTTP client (for the WebSocket upgrade),
/// both sending the same `Prefer` header, if any.
struct Ctx {
    sdk: Client,
    http: reqwest::Client,
    base_url: String,
}

/// The request example a case sends as its body, if the operation has a body.
struct Input {
    op: &'static str,
    example: Option<(String, Value)>,
}

impl Input {
    /// The request example, decoded into the operation's generated body type.
    fn body<T: DeserializeOwned>(&self) -> T {
        let Some((name, value)) = &self.example else {
            panic!("{}: the spec has no request example for this body", self.op);
        };
        serde_json::from_value(value.clone()).unwrap_or_else(|e| {
            panic!(
                "{}: request example {name:?} does not decode into {}: {e}",
                self.op,
                std::any::type_name::<T>()
            )
        })
    }
}

/// What came back from a successful call.
struct Outcome {
    status: StatusCode,
    headers: HeaderMap,
    /// The raw body of a streamed (NDJSON, SSE) response, read to its end.
    streamed: Option<Vec<u8>>,
}

type CallFuture<'a> = Pin<Box<dyn Future<Output = Result<Outcome, Error>> + 'a>>;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// A call through the SDK's builder.
    Sdk,
    /// The WebSocket upgrade request, sent with plain HTTP (Prism cannot speak WebSocket).
    Upgrade,
}

/// One operation's contract case.
struct Case {
    /// The operation's method name (`metadata::Operation::id`).
    op: &'static str,
    kind: Kind,
    call: for<'a> fn(&'a Ctx, &'a Input) -> CallFuture<'a>,
}

/// A decoded JSON response.
fn decoded<T>(result: Result<Response<T>, Error>) -> Result<Outcome, Error> {
    let response = result?;
    Ok(Outcome {
        status: response.status(),
        headers: response.headers().clone(),
        streamed: None,
    })
}

/// A byte-stream response (NDJSON, SSE), read to its end.
async fn streamed(result: Result<Response<ByteStream>, Error>) -> Result<Outcome, Error> {
    let response = result?;
    let status = response.status();
    let headers = response.headers().clone();
    let mut stream = response.into_inner();
    let mut body = Vec::new();
    while let Some(chunk) = stream.next().await {
        match chunk {
            Ok(bytes) => body.extend_from_slice(&bytes),
            Err(e) => panic!("the streamed body broke off: {e}"),
        }
    }
    Ok(Outcome {
        status,
        headers,
        streamed: Some(body),
    })
}

/// A case that calls the SDK and decodes the JSON (or empty) response into its type.
macro_rules! call {
    ($op:ident, |$c:ident, $i:tt| $builder:expr) => {
        Case {
            op: stringify!($op),
            kind: Kind::Sdk,
            call: |ctx, $i| {
                Box::pin(async move {
                    let $c = &ctx.sdk;
                    decoded($builder.send().await)
                })
            },
        }
    };
}

/// A case that calls the SDK and reads its byte-stream response to the end.
macro_rules! stream {
    ($op:ident, |$c:ident, $i:tt| $builder:expr) => {
        Case {
            op: stringify!($op),
            kind: Kind::Sdk,
            call: |ctx, $i| {
                Box::pin(async move {
                    let $c = &ctx.sdk;
                    streamed($builder.send().await).await
                })
            },
        }
    };
}

/// The upgrade request the SDK sends for `stream_workflow_events`: a GET with the credentials,
/// both context headers, `User-Agent`, `api-version`, the query filters and the WebSocket
/// handshake headers, as the SDK's stream builds it (`stream/connection.rs::request`). Sent with
/// plain HTTP because Prism answers `101` but cannot carry WebSocket frames.
async fn upgrade(ctx: &Ctx) -> Result<Outcome, Error> {
    let response = ctx
        .http
        .get(format!("{}/v1/workflows/{WORKFLOW}/stream", ctx.base_url))
        .query(&[("run_id", RUN), ("cursor", EVENT)])
        .bearer_auth(TOKEN)
        .header("x-tenant-id", TENANT)
        .header("x-project-id", PROJECT)
        .header("user-agent", agentruntime::USER_AGENT)
        .header("api-version", <Client as ClientInfo<_>>::api_version())
        .header("connection", "Upgrade")
        .header("upgrade", "websocket")
        .header("sec-websocket-version", "13")
        .header("sec-websocket-key", "dGhlIHNhbXBsZSBub25jZQ==")
        .send()
        .await
        .unwrap_or_else(|e| panic!("stream_workflow_events: the upgrade request failed: {e}"));
    let status = response.status();
    let headers = response.headers().clone();
    // A 101 has no body; an error status carries the JSON error body.
    let streamed = if status == StatusCode::SWITCHING_PROTOCOLS {
        None
    } else {
        Some(
            response
                .bytes()
                .await
                .map(|b| b.to_vec())
                .unwrap_or_default(),
        )
    };
    Ok(Outcome {
        status,
        headers,
        streamed,
    })
}

/// One case per operation of the spec (deprecated operations are still served, so still checked).
#[rustfmt::skip]
#[allow(deprecated)]
fn cases() -> Vec<Case> {
    vec![
        call!(list_workflows, |c, _| c.list_workflows().status(types::WorkflowStatus::Published)),
        call!(create_workflow, |c, i| c.create_workflow(i.body::<types::WorkflowCreate>())),
        call!(get_workflow, |c, _| c.get_workflow(WORKFLOW)),
        call!(update_workflow, |c, i| c.update_workflow(WORKFLOW, i.body::<types::WorkflowUpdate>())),
        call!(archive_workflow, |c, _| c.archive_workflow(WORKFLOW)),
        call!(list_workflow_versions, |c, _| c.list_workflow_versions(WORKFLOW).limit(20)),
        call!(publish_workflow_version, |c, i| c.publish_workflow_version(WORKFLOW, i.body::<types::WorkflowVersionPublish>())),
        call!(validate_workflow, |c, i| c.validate_workflow(WORKFLOW, i.body::<types::ValidateWorkflowRequest>())),
        call!(get_latest_graph_dry_run, |c, _| c.get_latest_graph_dry_run(WORKFLOW).graph_hash("sha256:9f2c4e")),
        call!(list_connection_overrides, |c, _| c.list_connection_overrides(WORKFLOW)),
        call!(replace_connection_overrides, |c, i| c.replace_connection_overrides(WORKFLOW, i.body::<types::WorkflowConnectionOverridesReplace>())),
        call!(list_triggers, |c, _| c.list_triggers(WORKFLOW).limit(20)),
        call!(create_trigger, |c, i| c.create_trigger(WORKFLOW, i.body::<types::TriggerCreate>())),
        call!(update_trigger, |c, i| c.update_trigger(WORKFLOW, TRIGGER, i.body::<types::TriggerUpdate>())),
        call!(delete_trigger, |c, _| c.delete_trigger(WORKFLOW, TRIGGER)),
        call!(run_workflow_command, |c, i| c.run_workflow_command(WORKFLOW, i.body::<types::RunCommand>())),
        call!(list_runs, |c, _| c.list_runs().limit(20).page_token("eyJvZmZzZXQiOjIwfQ").status(types::RunStatus::Running).workflow_id(WORKFLOW)),
        call!(list_workflow_runs, |c, _| c.list_workflow_runs(WORKFLOW).limit(20).offset(40).status(types::RunStatus::Completed)),
        call!(get_run_context, |c, _| c.get_run_context(WORKFLOW, RUN)),
        call!(get_run_summary, |c, _| c.get_run_summary(WORKFLOW, RUN)),
        call!(list_run_events, |c, _| c.list_run_events(WORKFLOW, RUN).after("evt_000041").cursor("eyJzZXF1ZW5jZSI6NDF9").limit(20)),
        Case { op: "stream_workflow_events", kind: Kind::Upgrade, call: |ctx, _| Box::pin(upgrade(ctx)) },
        stream!(stream_agent_turn, |c, _| c.stream_agent_turn(WORKFLOW, RUN, STEP, TURN)),
        call!(list_pending_tasks, |c, _| c.list_pending_tasks()),
        call!(list_run_pending_tasks, |c, _| c.list_run_pending_tasks(WORKFLOW, RUN)),
        call!(complete_task, |c, i| c.complete_task(WORKFLOW, RUN, TASK, i.body::<types::TaskCompletionRequest>())),
        call!(list_inbound_webhooks, |c, _| c.list_inbound_webhooks().limit(20)),
        call!(create_inbound_webhook, |c, i| c.create_inbound_webhook(i.body::<types::InboundWebhookCreate>())),
        call!(update_inbound_webhook, |c, i| c.update_inbound_webhook(INBOUND_WEBHOOK, i.body::<types::InboundWebhookUpdate>())),
        call!(delete_inbound_webhook, |c, _| c.delete_inbound_webhook(INBOUND_WEBHOOK)),
        call!(trigger_inbound_webhook, |c, i| c.trigger_inbound_webhook(INBOUND_WEBHOOK, SIGNATURE, i.body::<types::InboundWebhookPayload>()).idempotency_key("evt_01HZX4A7K2")),
        call!(list_connections, |c, _| c.list_connections().limit(20)),
        call!(create_connection, |c, i| c.create_connection(i.body::<types::ConnectionCreate>())),
        call!(update_connection, |c, i| c.update_connection(CONNECTION, i.body::<types::ConnectionUpdate>())),
        call!(delete_connection, |c, _| c.delete_connection(CONNECTION)),
        call!(get_connection_credentials, |c, _| c.get_connection_credentials(CONNECTION)),
        call!(get_google_connection_config, |c, _| c.get_google_connection_config()),
        call!(create_google_oauth_url, |c, i| c.create_google_oauth_url(i.body::<types::GoogleConnectionOAuthUrlRequest>())),
        call!(complete_google_connection, |c, i| c.complete_google_connection(i.body::<types::GoogleConnectionComplete>())),
        call!(get_google_connection_account, |c, _| c.get_google_connection_account(CONNECTION)),
        call!(update_google_connection_services, |c, i| c.update_google_connection_services(CONNECTION, i.body::<types::GoogleConnectionServicesUpdate>())),
        call!(get_whatsapp_connection_config, |c, _| c.get_whatsapp_connection_config()),
        call!(complete_whatsapp_connection, |c, i| c.complete_whatsapp_connection(i.body::<types::WhatsappConnectionComplete>())),
        call!(save_whatsapp_manual_credentials, |c, i| c.save_whatsapp_manual_credentials(i.body::<types::WhatsappConnectionManual>())),
        call!(list_mcp_platform_catalog, |c, _| c.list_mcp_platform_catalog().limit(20)),
        call!(list_mcp_tools, |c, _| c.list_mcp_tools()),
        call!(list_mcp_servers, |c, _| c.list_mcp_servers().limit(20)),
        call!(create_mcp_server, |c, i| c.create_mcp_server(i.body::<types::McpServerCreate>())),
        call!(get_mcp_server, |c, _| c.get_mcp_server(MCP_SERVER)),
        call!(discover_mcp_server_tools, |c, _| c.discover_mcp_server_tools(MCP_SERVER)),
        call!(publish_mcp_server_version, |c, i| c.publish_mcp_server_version(MCP_SERVER, i.body::<types::McpServerVersionCreate>())),
        call!(validate_mcp_server, |c, _| c.validate_mcp_server(MCP_SERVER)),
        call!(validate_mcp_server_connection, |c, _| c.validate_mcp_server_connection(MCP_SERVER, CONNECTION)),
        call!(list_mcp_instances, |c, _| c.list_mcp_instances().limit(20)),
        call!(create_mcp_instance, |c, i| c.create_mcp_instance(i.body::<types::McpInstanceCreate>())),
        call!(resolve_mcp_instances, |c, i| c.resolve_mcp_instances(i.body::<types::McpInstanceResolveRequest>())),
        call!(validate_mcp_instance, |c, _| c.validate_mcp_instance(MCP_INSTANCE)),
        call!(list_mcp_config_profiles, |c, _| c.list_mcp_config_profiles(MCP_INSTANCE).limit(20)),
        call!(create_mcp_config_profile, |c, i| c.create_mcp_config_profile(MCP_INSTANCE, i.body::<types::McpConfigProfileCreate>())),
        call!(update_mcp_config_profile, |c, i| c.update_mcp_config_profile(MCP_INSTANCE, PROFILE, i.body::<types::McpConfigProfileUpdate>())),
        call!(set_active_mcp_config_profile, |c, _| c.set_active_mcp_config_profile(MCP_INSTANCE, PROFILE)),
        call!(list_mcp_connections, |c, _| c.list_mcp_connections().limit(20)),
        call!(create_mcp_connection, |c, i| c.create_mcp_connection(i.body::<types::ConnectionCreate>())),
        call!(create_connect_link, |c, i| c.create_connect_link(i.body::<types::ConnectLinkCreate>())),
        call!(get_connect_session, |c, _| c.get_connect_session(CONNECT_SESSION)),
        call!(update_embedded_connect_settings, |c, i| c.update_embedded_connect_settings(i.body::<types::EmbeddedConnectSettingsUpdate>())),
        call!(list_principals, |c, _| c.list_principals().external_user_id("cust_9182").has_connection(true).limit(20).provider("google_account").status("active").tag("paid").team("sales")),
        call!(sync_principals, |c, i| c.sync_principals(i.body::<types::PrincipalSyncRequest>())),
        call!(get_principal, |c, _| c.get_principal(PRINCIPAL)),
        call!(upsert_principal, |c, i| c.upsert_principal(PRINCIPAL, i.body::<types::PrincipalUpsert>())),
        call!(delete_principal, |c, _| c.delete_principal(PRINCIPAL)),
        call!(suspend_principal, |c, _| c.suspend_principal(PRINCIPAL)),
        call!(link_principal_user, |c, i| c.link_principal_user(PRINCIPAL, i.body::<types::PrincipalLinkRequest>())),
        call!(unlink_principal_user, |c, _| c.unlink_principal_user(PRINCIPAL)),
        call!(list_principal_segments, |c, _| c.list_principal_segments().limit(20)),
        call!(create_principal_segment, |c, i| c.create_principal_segment(i.body::<types::PrincipalSegmentCreate>())),
        call!(get_principal_segment, |c, _| c.get_principal_segment(SEGMENT)),
        call!(list_usage_history, |c, _| c.list_usage_history().from(at("2026-08-01T00:00:00Z")).group_by(types::ListUsageHistoryGroupBy::Principal).limit(20).to(at("2026-09-01T00:00:00Z"))),
        call!(send_autopilot_message, |c, i| c.send_autopilot_message(i.body::<types::AutopilotChatRequest>())),
        stream!(stream_autopilot_response, |c, _| c.stream_autopilot_response(AUTOPILOT_THREAD)),
        call!(list_chat_conversations, |c, _| c.list_chat_conversations().include_archived(true).limit(20)),
        call!(create_chat_conversation, |c, i| c.create_chat_conversation(i.body::<types::ChatConversationCreate>())),
        call!(get_chat_conversation, |c, _| c.get_chat_conversation(CHAT_CONVERSATION)),
        call!(list_chat_messages, |c, _| c.list_chat_messages(CHAT_CONVERSATION).limit(20)),
        call!(send_chat_message, |c, i| c.send_chat_message(CHAT_CONVERSATION, i.body::<types::ChatMessageCreate>())),
        call!(cancel_chat_message, |c, _| c.cancel_chat_message(CHAT_CONVERSATION, CHAT_MESSAGE)),
        call!(get_chat_turn_status, |c, _| c.get_chat_turn_status(CHAT_CONVERSATION, CHAT_TURN)),
        call!(get_llm_catalog, |c, _| c.get_llm_catalog()),
        call!(resolve_llm_model, |c, i| c.resolve_llm_model(i.body::<types::LlmResolveRequest>())),
        call!(search_memory, |c, i| c.search_memory(i.body::<types::MemorySearchRequest>())),
        call!(index_memory_conversation, |c, i| c.index_memory_conversation(i.body::<types::MemoryIndexConversationRequest>())),
        call!(index_memory_file, |c, i| c.index_memory_file(i.body::<types::MemoryIndexFileRequest>())),
        call!(start_memory_extract_batch, |c, i| c.start_memory_extract_batch(i.body::<types::MemoryExtractBatchRequest>())),
        call!(get_memory_extract_batch, |c, _| c.get_memory_extract_batch(BATCH)),
        call!(get_memory_extract_job, |c, _| c.get_memory_extract_job(JOB)),
        call!(get_memory_episode, |c, _| c.get_memory_episode(EPISODE).detail(false)),
        call!(call_memory_tool, |c, i| c.call_memory_tool(i.body::<types::MemoryToolCallRequest>())),
        call!(get_stripe_config, |c, _| c.get_stripe_config()),
        call!(get_billing_summary, |c, _| c.get_billing_summary()),
        call!(list_billing_plans, |c, _| c.list_billing_plans()),
        call!(get_billing_status, |c, _| c.get_billing_status()),
        call!(get_billing_usage, |c, _| c.get_billing_usage()),
        call!(list_billing_usage_dimensions, |c, _| c.list_billing_usage_dimensions()),
        call!(list_billing_usage_history, |c, _| c.list_billing_usage_history().from(at("2026-05-01T00:00:00Z")).limit(20).to(at("2026-06-01T00:00:00Z"))),
        call!(list_billing_payment_history, |c, _| c.list_billing_payment_history().from(at("2026-01-01T00:00:00Z")).limit(20).to(at("2026-07-01T00:00:00Z"))),
        call!(get_billing_action_pricing, |c, _| c.get_billing_action_pricing()),
        call!(create_payg_topup_intent, |c, i| c.create_payg_topup_intent(i.body::<types::BillingPaygTopupIntentCreate>())),
        call!(start_billing_trial, |c, i| c.start_billing_trial(i.body::<types::BillingTrialStart>())),
        call!(create_billing_subscription, |c, i| c.create_billing_subscription(i.body::<types::BillingSubscriptionCreate>())),
        call!(change_billing_plan, |c, i| c.change_billing_plan(i.body::<types::BillingPlanChange>())),
        call!(cancel_billing_subscription, |c, i| c.cancel_billing_subscription(i.body::<types::BillingSubscriptionCancel>())),
        call!(convert_billing_trial_now, |c, _| c.convert_billing_trial_now()),
        call!(apply_billing_code, |c, i| c.apply_billing_code(i.body::<types::BillingCodeApply>())),
        call!(validate_billing_discount, |c, i| c.validate_billing_discount(i.body::<types::BillingDiscountValidate>())),
        call!(list_agents, |c, _| c.list_agents().limit(20)),
        call!(create_agent, |c, i| c.create_agent(i.body::<types::AgentCreate>())),
        call!(get_agent, |c, _| c.get_agent(AGENT)),
        call!(update_agent, |c, i| c.update_agent(AGENT, i.body::<types::AgentUpdate>())),
        call!(delete_agent, |c, _| c.delete_agent(AGENT)),
        call!(get_analytics_live_runs, |c, _| c.get_analytics_live_runs()),
        call!(get_analytics_success_rate, |c, _| c.get_analytics_success_rate().window(types::AnalyticsWindow::Month)),
        call!(get_analytics_execution_duration, |c, _| c.get_analytics_execution_duration().from(at("2026-05-07T12:00:00Z")).to(at("2026-06-06T12:00:00Z"))),
        call!(get_analytics_runs_count, |c, _| c.get_analytics_runs_count().window(types::AnalyticsWindow::Week)),
        call!(get_analytics_steps_executed, |c, _| c.get_analytics_steps_executed().from(at("2026-05-07T12:00:00Z")).to(at("2026-06-06T12:00:00Z"))),
        call!(get_analytics_credits_consumed, |c, _| c.get_analytics_credits_consumed().window(types::AnalyticsWindow::All)),
        call!(get_analytics_steps_summary, |c, _| c.get_analytics_steps_summary().from(at("2026-05-07T12:00:00Z")).to(at("2026-06-06T12:00:00Z"))),
        call!(get_analytics_runs_timeseries, |c, _| c.get_analytics_runs_timeseries().window(types::AnalyticsWindow::Week).granularity(types::AnalyticsGranularity::Hour)),
        call!(get_analytics_usage_timeseries, |c, _| c.get_analytics_usage_timeseries().from(at("2026-05-07T12:00:00Z")).to(at("2026-06-06T12:00:00Z")).granularity(types::AnalyticsGranularity::Week)),
        call!(list_pats, |c, _| c.list_pats().limit(20)),
        call!(create_pat, |c, i| c.create_pat(i.body::<types::PatCreate>())),
        call!(revoke_pat, |c, _| c.revoke_pat(PAT)),
        call!(reveal_pat, |c, _| c.reveal_pat(PAT)),
        call!(validate_onboarding_invite, |c, _| c.validate_onboarding_invite(INVITE)),
        call!(check_tenant_code_availability, |c, _| c.check_tenant_code_availability("acme")),
        call!(create_onboarding_workspace, |c, i| c.create_onboarding_workspace(i.body::<types::OnboardingWorkspaceCreate>())),
        call!(update_onboarding_workspace, |c, i| c.update_onboarding_workspace(i.body::<types::OnboardingWorkspaceUpdate>())),
        call!(get_setup_status, |c, _| c.get_setup_status()),
        call!(complete_setup, |c, _| c.complete_setup()),
        call!(sign_up, |c, i| c.sign_up(i.body::<types::AuthSignupRequest>())),
        call!(verify_email, |c, i| c.verify_email(i.body::<types::AuthVerifyEmailRequest>())),
        call!(resend_verification_email, |c, i| c.resend_verification_email(i.body::<types::AuthEmailRequest>())),
        call!(log_in, |c, i| c.log_in(i.body::<types::AuthLoginRequest>())),
        call!(log_out, |c, _| c.log_out()),
        call!(get_auth_session, |c, _| c.get_auth_session()),
        call!(request_password_reset, |c, i| c.request_password_reset(i.body::<types::AuthEmailRequest>())),
        call!(reset_password, |c, i| c.reset_password(i.body::<types::AuthResetPasswordRequest>())),
        call!(change_password, |c, i| c.change_password(i.body::<types::AuthChangePasswordRequest>())),
        call!(sign_in_with_google_one_tap, |c, i| c.sign_in_with_google_one_tap(i.body::<types::AuthGoogleOneTapRequest>())),
        call!(start_google_oauth, |c, _| c.start_google_oauth().referral_code("FRIEND-2026").return_to("/workflows")),
        call!(complete_google_oauth, |c, i| c.complete_google_oauth(i.body::<types::AuthOAuthCallback>())),
        call!(execute_surface_action, |c, i| c.execute_surface_action(i.body::<types::SurfaceActionRequest>())),
        call!(list_tenant_databases, |c, _| c.list_tenant_databases(TENANT).limit(20)),
        call!(create_tenant_database, |c, i| c.create_tenant_database(TENANT, i.body::<types::TenantDatabaseCreate>())),
        call!(preview_tenant_database_migration, |c, i| c.preview_tenant_database_migration(TENANT, DATABASE, i.body::<types::TenantDataMigrationRequest>())),
        call!(apply_tenant_database_migration, |c, i| c.apply_tenant_database_migration(TENANT, DATABASE, i.body::<types::TenantDataMigrationRequest>())),
        call!(get_tenant_database_api_contract, |c, _| c.get_tenant_database_api_contract(TENANT, DATABASE)),
        call!(provision_tenant_database_mcp, |c, _| c.provision_tenant_database_mcp(TENANT, DATABASE)),
    ]
}

// ---------------------------------------------------------------------------------------------
// What the spec says about each operation, read from the YAML files (independently of the
// generator): request examples, the success response and its examples, the error responses.

/// One documented error response of an operation.
struct SpecError {
    /// The key in `responses` (`404`, `5XX`).
    key: String,
    /// The status to ask Prism for (`5XX` → 500).
    status: u16,
    /// The response's JSON example.
    example: Option<Value>,
    /// The wait the example headers promise (`retry-after-ms`, else `Retry-After` seconds).
    retry_after: Option<Duration>,
}

/// One operation as the spec describes it.
struct SpecOp {
    method: String,
    path: String,
    /// The first documented 2xx (or 101) status.
    success: u16,
    /// Its media type (`None` for an empty response).
    media_type: Option<String>,
    /// Names of its examples.
    response_examples: Vec<String>,
    /// Named request body examples.
    request_examples: Vec<(String, Value)>,
    errors: Vec<SpecError>,
}

/// The spec's YAML files, parsed on demand, with `$ref` resolution across files.
struct SpecFiles {
    docs: HashMap<PathBuf, Value>,
}

impl SpecFiles {
    fn doc(&mut self, file: &Path) -> &Value {
        self.docs.entry(file.to_owned()).or_insert_with(|| {
            let text = std::fs::read_to_string(file)
                .unwrap_or_else(|e| panic!("cannot read {}: {e}", file.display()));
            yaml_serde::from_str(&text)
                .unwrap_or_else(|e| panic!("{} is not valid YAML: {e}", file.display()))
        })
    }

    /// Follows `$ref`s (relative files, JSON pointers) until a value that is not a reference.
    fn resolve(&mut self, value: &Value, file: &Path) -> (Value, PathBuf) {
        let mut value = value.clone();
        let mut file = file.to_owned();
        while let Some(reference) = value.get("$ref").and_then(Value::as_str) {
            let (target, pointer) = reference.split_once('#').unwrap_or((reference, ""));
            if !target.is_empty() {
                file = normalize(
                    &file
                        .parent()
                        .expect("a spec file has a folder")
                        .join(target),
                );
            }
            let resolved = self
                .doc(&file)
                .pointer(pointer)
                .unwrap_or_else(|| panic!("dangling $ref {reference} in {}", file.display()))
                .clone();
            value = resolved;
        }
        (value, file)
    }

    /// Named examples of a media type object (`examples` map, or a single `example`).
    fn examples(&mut self, media: &Value, file: &Path) -> Vec<(String, Value)> {
        let mut found = Vec::new();
        if let Some(map) = media.get("examples").and_then(Value::as_object) {
            for (name, example) in map {
                let (example, _) = self.resolve(example, file);
                if let Some(value) = example.get("value") {
                    found.push((name.clone(), value.clone()));
                }
            }
        }
        if let Some(value) = media.get("example") {
            found.push(("example".to_owned(), value.clone()));
        }
        found
    }

    /// The example of a response header (case-insensitive name).
    fn header_example(&mut self, response: &Value, file: &Path, name: &str) -> Option<Value> {
        let headers = response.get("headers")?.as_object()?;
        let (_, header) = headers.iter().find(|(n, _)| n.eq_ignore_ascii_case(name))?;
        let (header, _) = self.resolve(header, file);
        header.get("example").cloned()
    }
}

fn normalize(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for part in path.components() {
        match part {
            std::path::Component::ParentDir => {
                out.pop();
            }
            std::path::Component::CurDir => {}
            other => out.push(other),
        }
    }
    out
}

/// Every operation of the spec by `operationId`.
fn read_spec() -> BTreeMap<String, SpecOp> {
    let root = prism::spec_path();
    let mut files = SpecFiles {
        docs: HashMap::new(),
    };
    let paths = files.doc(&root)["paths"]
        .as_object()
        .expect("the spec has paths")
        .clone();
    let mut ops = BTreeMap::new();
    for (path, item) in paths {
        let (item, item_file) = files.resolve(&item, &root);
        for (method, op) in item.as_object().expect("a path item is an object") {
            if !["get", "put", "post", "delete", "patch", "head", "options"].contains(&&**method) {
                continue;
            }
            let id = op["operationId"]
                .as_str()
                .expect("every operation has an id");
            let mut request_examples = Vec::new();
            if let Some(body) = op.get("requestBody") {
                let (body, file) = files.resolve(body, &item_file);
                for media in body["content"]
                    .as_object()
                    .into_iter()
                    .flat_map(|m| m.values())
                {
                    request_examples.extend(files.examples(media, &file));
                }
            }
            let mut success = None;
            let mut errors = Vec::new();
            let responses = op["responses"].as_object().expect("responses").clone();
            for (key, response) in responses {
                let (response, file) = files.resolve(&response, &item_file);
                let media = response
                    .get("content")
                    .and_then(Value::as_object)
                    .and_then(|content| content.iter().next())
                    .map(|(media_type, media)| (media_type.clone(), media.clone()));
                let examples = match &media {
                    Some((_, media)) => files.examples(media, &file),
                    None => Vec::new(),
                };
                let status: u16 = key.replace("XX", "00").parse().expect("a status code key");
                if (200..300).contains(&status) || status == 101 {
                    if success.is_none() {
                        success = Some((status, media.map(|(t, _)| t), examples));
                    }
                    continue;
                }
                let retry_after = files
                    .header_example(&response, &file, "retry-after-ms")
                    .and_then(|v| v.as_u64())
                    .map(Duration::from_millis)
                    .or_else(|| {
                        files
                            .header_example(&response, &file, "retry-after")
                            .and_then(|v| v.as_str().and_then(|s| s.parse().ok()))
                            .map(Duration::from_secs)
                    });
                errors.push(SpecError {
                    key: key.clone(),
                    status,
                    example: examples.into_iter().next().map(|(_, v)| v),
                    retry_after,
                });
            }
            let (success, media_type, response_examples) =
                success.unwrap_or_else(|| panic!("{id} documents no success response"));
            ops.insert(
                id.to_owned(),
                SpecOp {
                    method: method.to_uppercase(),
                    path: path.clone(),
                    success,
                    media_type,
                    response_examples: response_examples.into_iter().map(|(n, _)| n).collect(),
                    request_examples,
                    errors,
                },
            );
        }
    }
    ops
}

// ---------------------------------------------------------------------------------------------
// Running the table.

/// Clients for Prism, one per `Prefer` header value.
struct Contexts {
    url: String,
    by_prefer: HashMap<Option<String>, Ctx>,
}

impl Contexts {
    fn get(&mut self, prefer: Option<String>) -> &Ctx {
        let url = self.url.clone();
        self.by_prefer.entry(prefer).or_insert_with_key(|prefer| {
            let mut headers = HeaderMap::new();
            if let Some(prefer) = prefer {
                headers.insert(
                    HeaderName::from_static("prefer"),
                    HeaderValue::from_str(prefer).expect("a header value"),
                );
            }
            let http = reqwest::Client::builder()
                .default_headers(headers)
                .timeout(Duration::from_secs(10))
                .build()
                .expect("an HTTP client");
            let sdk = Client::builder()
                .base_url(&url)
                .pat(TOKEN)
                .tenant(TENANT)
                .project(PROJECT)
                .retry(RetryPolicy::none())
                .http_client(http.clone())
                .build()
                .expect("a client for Prism");
            Ctx {
                sdk,
                http,
                base_url: url,
            }
        })
    }
}

/// Runs one call of a case; a panic (an example that does not decode) becomes an `Err`.
async fn run(case: &Case, ctx: &Ctx, input: &Input) -> Result<Result<Outcome, Error>, String> {
    AssertUnwindSafe((case.call)(ctx, input))
        .catch_unwind()
        .await
        .map_err(|panic| {
            panic
                .downcast_ref::<String>()
                .cloned()
                .or_else(|| panic.downcast_ref::<&str>().map(|s| (*s).to_owned()))
                .unwrap_or_else(|| "the case panicked".to_owned())
        })
}

/// Checks a successful call: Prism accepted the request, answered the documented status, and
/// a streamed body is complete and well framed.
fn check_success(op: &SpecOp, outcome: &Outcome) -> Result<(), String> {
    if let Some(violations) = prism::violations(&outcome.headers) {
        return Err(format!(
            "Prism reports violations ({}): {violations}",
            outcome.status
        ));
    }
    if outcome.status.as_u16() != op.success {
        return Err(format!(
            "status {} where the spec documents {}",
            outcome.status, op.success
        ));
    }
    if let Some(body) = &outcome.streamed {
        let text = std::str::from_utf8(body).map_err(|e| format!("streamed body: {e}"))?;
        match op.media_type.as_deref() {
            Some("application/x-ndjson") => {
                let lines: Vec<&str> = text.lines().filter(|l| !l.trim().is_empty()).collect();
                if lines.is_empty() {
                    return Err("the NDJSON stream is empty".to_owned());
                }
                for line in lines {
                    serde_json::from_str::<Value>(line)
                        .map_err(|e| format!("NDJSON line {line:?} is not JSON: {e}"))?;
                }
            }
            Some("text/event-stream") => {
                let data: Vec<&str> = text
                    .lines()
                    .filter_map(|l| l.strip_prefix("data:"))
                    .collect();
                if data.is_empty() {
                    return Err(format!("the event stream has no `data:` line: {text:?}"));
                }
            }
            other => return Err(format!("unexpected streamed media type {other:?}")),
        }
    }
    Ok(())
}

/// The kind an error status must decode into.
fn expected_kind(status: u16) -> Option<ErrorKind> {
    Some(match status {
        400 => ErrorKind::BadRequest,
        401 => ErrorKind::Unauthorized,
        403 => ErrorKind::Forbidden,
        404 => ErrorKind::NotFound,
        409 => ErrorKind::Conflict,
        422 => ErrorKind::Validation,
        429 => ErrorKind::RateLimited,
        500..=599 => ErrorKind::Server,
        _ => return None,
    })
}

/// Checks a call made with `Prefer: code=<status>`: it failed with the matching kind, status,
/// error body (code, message, violations) and, for 429, the promised wait.
fn check_error(
    case: &Case,
    error: &SpecError,
    reply: Result<Outcome, Error>,
) -> Result<(), String> {
    let expected_body: Option<ApiError> = error
        .example
        .clone()
        .map(|example| serde_json::from_value(example).expect("an Error example"));
    match (case.kind, reply) {
        (Kind::Sdk, Ok(outcome)) => Err(format!(
            "succeeded with {} instead of failing",
            outcome.status
        )),
        (Kind::Sdk, Err(e)) => {
            let kind = expected_kind(error.status)
                .ok_or_else(|| format!("no ErrorKind is expected for {}", error.status))?;
            if e.kind() != kind {
                return Err(format!("kind {:?}, expected {kind:?}: {e}", e.kind()));
            }
            if e.status().map(|s| s.as_u16()) != Some(error.status) {
                return Err(format!("status {:?}: {e}", e.status()));
            }
            if e.operation() != Some(case.op) {
                return Err(format!("the error names operation {:?}", e.operation()));
            }
            if e.api_error() != expected_body.as_ref() {
                return Err(format!(
                    "error body {:?}, the spec example is {expected_body:?}",
                    e.api_error()
                ));
            }
            if kind == ErrorKind::Validation
                && let Some(body) = &expected_body
                && e.violations() != body.violations.as_slice()
            {
                return Err(format!("violations {:?}", e.violations()));
            }
            if kind == ErrorKind::RateLimited && e.retry_after() != error.retry_after {
                return Err(format!(
                    "retry_after {:?}, the spec's headers promise {:?}",
                    e.retry_after(),
                    error.retry_after
                ));
            }
            Ok(())
        }
        (Kind::Upgrade, Err(e)) => Err(format!("the upgrade request failed: {e}")),
        (Kind::Upgrade, Ok(outcome)) => {
            if outcome.status.as_u16() != error.status {
                return Err(format!("status {}", outcome.status));
            }
            let body: Option<ApiError> = outcome
                .streamed
                .as_deref()
                .and_then(|body| serde_json::from_slice(body).ok());
            if body != expected_body {
                return Err(format!("error body {body:?}, expected {expected_body:?}"));
            }
            Ok(())
        }
    }
}

/// Problems with the table itself: operations without a case, cases without an operation,
/// operations the spec and the generated metadata disagree on.
fn coverage_problems(cases: &[Case], spec: &BTreeMap<String, SpecOp>) -> Vec<String> {
    let mut problems = Vec::new();
    let mut seen = BTreeSet::new();
    for case in cases {
        if !seen.insert(case.op) {
            problems.push(format!("{}: two cases", case.op));
        }
        if agentruntime::metadata::operation(case.op).is_none() {
            problems.push(format!(
                "{}: a case for an operation that is not in agentruntime::metadata::OPERATIONS",
                case.op
            ));
        }
    }
    for op in OPERATIONS.iter() {
        if !seen.contains(op.id) {
            problems.push(format!("{}: no contract case for this operation", op.id));
        }
        match spec.get(op.operation_id) {
            None => problems.push(format!("{}: not in spec/openapi.yaml", op.operation_id)),
            Some(spec_op) if spec_op.method != op.method.as_str() || spec_op.path != op.path => {
                problems.push(format!(
                    "{}: the metadata says {} {}, the spec {} {}",
                    op.id, op.method, op.path, spec_op.method, spec_op.path
                ))
            }
            Some(_) => {}
        }
        let upgrade = cases
            .iter()
            .any(|c| c.op == op.id && c.kind == Kind::Upgrade);
        if upgrade != op.websocket {
            problems.push(format!(
                "{}: websocket is {} but its case {} the upgrade request",
                op.id,
                op.websocket,
                if upgrade { "sends" } else { "does not send" }
            ));
        }
    }
    for id in spec.keys() {
        if !OPERATIONS.iter().any(|op| op.operation_id == id) {
            problems.push(format!(
                "{id}: in the spec but not in the generated metadata"
            ));
        }
    }
    problems
}

/// Writes past the test harness's output capture, so the line shows in every run.
fn report(line: &str) {
    let mut stdout = std::io::stdout().lock();
    let _ = writeln!(stdout, "{line}");
    let _ = stdout.flush();
}

#[test]
fn every_operation_has_a_case() {
    let problems = coverage_problems(&cases(), &read_spec());
    assert!(
        problems.is_empty(),
        "the contract table does not match the spec:\n  {}",
        problems.join("\n  ")
    );
}

#[tokio::test]
async fn every_operation_against_prism() {
    let started = Instant::now();
    let spec = read_spec();
    let cases = cases();
    let mut prism = Prism::start();
    let mut contexts = Contexts {
        url: prism.url(),
        by_prefer: HashMap::new(),
    };
    let mut failures: BTreeMap<&str, Vec<String>> = BTreeMap::new();
    let mut calls = 0usize;
    let mut error_checks: BTreeMap<u16, usize> = BTreeMap::new();
    let mut passed = 0usize;

    for case in &cases {
        let Some(op) =
            agentruntime::metadata::operation(case.op).and_then(|meta| spec.get(meta.operation_id))
        else {
            continue; // every_operation_has_a_case reports it
        };
        let mut problems = Vec::new();

        // The success path: every request example, every named success example.
        let requests = op.request_examples.len();
        let responses = op.response_examples.len();
        // The error paths below send the first request example that went through here.
        let mut accepted_example = None;
        for k in 0..requests.max(responses).max(1) {
            let example = (requests > 0).then(|| op.request_examples[k % requests].clone());
            let prefer =
                (responses > 1).then(|| format!("example={}", op.response_examples[k % responses]));
            let label = format!(
                "request example {:?}, response {}",
                example.as_ref().map(|(name, _)| name.as_str()),
                prefer.as_deref().unwrap_or("default")
            );
            let input = Input {
                op: case.op,
                example,
            };
            let log_from = prism.log_len();
            calls += 1;
            let problem = match run(case, contexts.get(prefer), &input).await {
                Err(panic) => Some(panic),
                Ok(Err(e)) => Some(format!("{e}\n      Prism: {}", prism.log_since(log_from))),
                Ok(Ok(outcome)) => check_success(op, &outcome).err(),
            };
            match problem {
                Some(problem) => problems.push(format!("{label}: {problem}")),
                None => {
                    accepted_example = accepted_example.or(input.example);
                }
            }
        }

        // The error paths: every documented error status, through `Prefer: code=…`.
        let input = Input {
            op: case.op,
            example: accepted_example.or_else(|| op.request_examples.first().cloned()),
        };
        for error in &op.errors {
            calls += 1;
            let reply = run(
                case,
                contexts.get(Some(format!("code={}", error.status))),
                &input,
            )
            .await;
            let checked = reply.and_then(|reply| check_error(case, error, reply));
            match checked {
                Ok(()) => *error_checks.entry(error.status).or_default() += 1,
                Err(problem) => problems.push(format!(
                    "Prefer: code={} ({}): {problem}",
                    error.status, error.key
                )),
            }
        }

        assert!(
            prism.is_running(),
            "Prism died during {}; log:\n{}",
            case.op,
            prism.log_tail()
        );
        if problems.is_empty() {
            passed += 1;
        } else {
            failures.insert(case.op, problems);
        }
    }

    // The check can fail: a scoped call without its context header. The SDK refuses to send it
    // (MissingContext), so it goes out through plain reqwest; Prism rejects it.
    let no_project = Client::builder()
        .base_url(prism.url())
        .pat(TOKEN)
        .tenant(TENANT)
        .retry(RetryPolicy::none())
        .build()
        .expect("a client without project");
    let refused = no_project
        .list_workflows()
        .send()
        .await
        .expect_err("the SDK must refuse a project-scoped call without a project");
    assert_eq!(refused.kind(), ErrorKind::MissingContext, "{refused}");
    assert_eq!(refused.missing_header(), Some("X-Project-Id"));
    assert_eq!(refused.attempts(), 0, "nothing may be sent: {refused}");
    let list_workflows = &spec["list_workflows"];
    assert_eq!(
        agentruntime::metadata::operation("list_workflows").map(|op| op.scope),
        Some(Scope::Project)
    );
    let send = |project: Option<&str>| {
        let mut request = reqwest::Client::new()
            .get(format!("{}/v1/workflows", prism.url()))
            .bearer_auth(TOKEN)
            .header("x-tenant-id", TENANT);
        if let Some(project) = project {
            request = request.header("x-project-id", project);
        }
        async move {
            let response = request.send().await.expect("Prism answers");
            Outcome {
                status: response.status(),
                headers: response.headers().clone(),
                streamed: None,
            }
        }
    };
    let rejected = send(None).await;
    assert_eq!(rejected.status, StatusCode::UNPROCESSABLE_ENTITY);
    let violations = prism::violations(&rejected.headers)
        .expect("Prism explains the rejection in sl-violations");
    assert!(
        violations.contains("x-project-id"),
        "the violation names the missing header: {violations}"
    );
    assert!(
        check_success(list_workflows, &rejected).is_err(),
        "the contract check must flag a rejected request"
    );
    let control = send(Some(PROJECT)).await;
    assert_eq!(
        check_success(list_workflows, &control),
        Ok(()),
        "the same request with X-Project-Id is accepted"
    );

    // Credentials: the SDK's session-cookie form satisfies the spec's `SessionCookie` scheme,
    // and Prism does check that a credential is there (a call without one is a 401).
    let with_cookie = |cookie: Option<&str>| {
        let mut builder = Client::builder()
            .base_url(prism.url())
            .tenant(TENANT)
            .project(PROJECT)
            .retry(RetryPolicy::none());
        if let Some(cookie) = cookie {
            builder = builder.session_cookie(cookie);
        }
        builder.build().expect("a client")
    };
    let response = with_cookie(Some("session=s_7Hq2vXk9LmN4pR8t"))
        .list_workflows()
        .send()
        .await
        .expect("a session cookie is a valid credential");
    assert_eq!(prism::violations(response.headers()), None);
    let anonymous = with_cookie(None)
        .list_workflows()
        .send()
        .await
        .expect_err("Prism requires a credential");
    assert_eq!(anonymous.kind(), ErrorKind::Unauthorized, "{anonymous}");

    drop(prism);
    let total = OPERATIONS.len();
    report(&format!(
        "contract: {passed}/{total} operations ({calls} calls, error statuses checked: {}; {:.1} s)",
        error_checks
            .iter()
            .map(|(status, n)| format!("{status}×{n}"))
            .collect::<Vec<_>>()
            .join(" "),
        started.elapsed().as_secs_f64()
    ));
    let mut message = String::new();
    for (op, problems) in &failures {
        message.push_str(&format!("\n{op}:"));
        for problem in problems {
            message.push_str(&format!("\n  - {problem}"));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {total} operations break the contract:{message}",
        failures.len()
    );
    for status in [401, 403, 404, 422, 429] {
        assert!(
            error_checks.contains_key(&status),
            "no operation checked the {status} error path"
        );
    }
    assert_eq!(passed, total, "every operation has a passing case");
}

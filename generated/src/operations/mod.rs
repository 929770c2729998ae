// @generated operations index by agentruntime-generator 0.1.0. Do not edit by hand.
// Spec: spec/openapi.yaml (sha256 aab3041a7d360a69e58dfceca5f9a2bffcbf688e5ad868463978c58def134800), OpenAPI 3.1.0, API version 1.0.0.
// Regenerate: cargo xtask regen

//! One builder per operation. Each is returned by the `Client` method of the same
//! name (which takes the path parameters and a required body), takes the optional
//! parameters as setters, and is sent with `.send()` or `.send_with(options)`
//! (and, for lists, streamed with `.stream()`).
#[cfg(feature = "agents")]
mod agents;

#[cfg(feature = "agents")]
pub use agents::*;

#[cfg(feature = "analytics")]
mod analytics;

#[cfg(feature = "analytics")]
pub use analytics::*;

#[cfg(feature = "auth")]
mod auth;

#[cfg(feature = "auth")]
pub use auth::*;

#[cfg(feature = "autopilot")]
mod autopilot;

#[cfg(feature = "autopilot")]
pub use autopilot::*;

#[cfg(feature = "billing")]
mod billing;

#[cfg(feature = "billing")]
pub use billing::*;

#[cfg(feature = "chat")]
mod chat;

#[cfg(feature = "chat")]
pub use chat::*;

#[cfg(feature = "connections")]
mod connections;

#[cfg(feature = "connections")]
pub use connections::*;

#[cfg(feature = "embedded_connect")]
mod embedded_connect;

#[cfg(feature = "embedded_connect")]
pub use embedded_connect::*;

#[cfg(feature = "events")]
mod events;

#[cfg(feature = "events")]
pub use events::*;

#[cfg(feature = "inbound_webhooks")]
mod inbound_webhooks;

#[cfg(feature = "inbound_webhooks")]
pub use inbound_webhooks::*;

#[cfg(feature = "llm")]
mod llm;

#[cfg(feature = "llm")]
pub use llm::*;

#[cfg(feature = "mcp")]
mod mcp;

#[cfg(feature = "mcp")]
pub use mcp::*;

#[cfg(feature = "memory")]
mod memory;

#[cfg(feature = "memory")]
pub use memory::*;

#[cfg(feature = "onboarding")]
mod onboarding;

#[cfg(feature = "onboarding")]
pub use onboarding::*;

#[cfg(feature = "pats")]
mod pats;

#[cfg(feature = "pats")]
pub use pats::*;

#[cfg(feature = "runs")]
mod runs;

#[cfg(feature = "runs")]
pub use runs::*;

#[cfg(feature = "surfaces")]
mod surfaces;

#[cfg(feature = "surfaces")]
pub use surfaces::*;

#[cfg(feature = "tasks")]
mod tasks;

#[cfg(feature = "tasks")]
pub use tasks::*;

#[cfg(feature = "tenant_data")]
mod tenant_data;

#[cfg(feature = "tenant_data")]
pub use tenant_data::*;

#[cfg(feature = "triggers")]
mod triggers;

#[cfg(feature = "triggers")]
pub use triggers::*;

#[cfg(feature = "workflows")]
mod workflows;

#[cfg(feature = "workflows")]
pub use workflows::*;

/// Checks that `body` decodes as the success type of the operation whose Rust method is
/// `operation` (`"list_workflows"`), naming the JSON path of the first mismatch; `None`
/// for an unknown operation. A text body must be UTF-8; operations without a JSON or
/// text body accept any bytes.
///
/// ```
/// let verdict = agentruntime::operations::decode_body("get_workflow", br#"{"id": 7}"#);
/// assert!(verdict.unwrap().is_err());
/// assert!(agentruntime::operations::decode_body("no_such_operation", b"{}").is_none());
/// ```
#[allow(unused_variables, unreachable_code)]
pub fn decode_body(
    operation: &str,
    body: &[u8],
) -> ::std::option::Option<::std::result::Result<(), ::std::string::String>> {
    #[allow(unused_imports)]
    use crate::types;

    #[allow(dead_code)]
    fn check<T: ::serde::de::DeserializeOwned>(
        body: &[u8],
    ) -> ::std::result::Result<(), ::std::string::String> {
        let mut deserializer = ::serde_json::Deserializer::from_slice(body);
        match ::serde_path_to_error::deserialize::<_, T>(&mut deserializer) {
            ::std::result::Result::Ok(_) => deserializer.end().map_err(|e| e.to_string()),
            ::std::result::Result::Err(error) => {
                ::std::result::Result::Err(
                    ::std::format!("{}: {}", error.path(), error.inner()),
                )
            }
        }
    }
    ::std::option::Option::Some(
        match operation {
            #[cfg(feature = "workflows")]
            "list_workflows" => check::<types::WorkflowList>(body),
            #[cfg(feature = "workflows")]
            "create_workflow" => check::<types::Workflow>(body),
            #[cfg(feature = "workflows")]
            "get_workflow" => check::<types::Workflow>(body),
            #[cfg(feature = "workflows")]
            "archive_workflow" => ::std::result::Result::Ok(()),
            #[cfg(feature = "workflows")]
            "update_workflow" => check::<types::Workflow>(body),
            #[cfg(feature = "workflows")]
            "list_workflow_versions" => check::<types::WorkflowVersionPage>(body),
            #[cfg(feature = "workflows")]
            "publish_workflow_version" => check::<types::WorkflowVersion>(body),
            #[cfg(feature = "workflows")]
            "validate_workflow" => check::<types::WorkflowValidation>(body),
            #[cfg(feature = "workflows")]
            "get_latest_graph_dry_run" => check::<types::WorkflowValidation>(body),
            #[cfg(feature = "workflows")]
            "list_connection_overrides" => {
                check::<types::WorkflowConnectionOverrideList>(body)
            }
            #[cfg(feature = "workflows")]
            "replace_connection_overrides" => {
                check::<types::WorkflowConnectionOverridesStatus>(body)
            }
            #[cfg(feature = "triggers")]
            "list_triggers" => check::<types::TriggerPage>(body),
            #[cfg(feature = "triggers")]
            "create_trigger" => check::<crate::types::Trigger>(body),
            #[cfg(feature = "triggers")]
            "delete_trigger" => ::std::result::Result::Ok(()),
            #[cfg(feature = "triggers")]
            "update_trigger" => check::<crate::types::Trigger>(body),
            #[cfg(feature = "runs")]
            "run_workflow_command" => check::<types::RunCommandResult>(body),
            #[cfg(feature = "runs")]
            "list_runs" => check::<types::RunPage>(body),
            #[cfg(feature = "runs")]
            "list_workflow_runs" => check::<types::WorkflowRunPage>(body),
            #[cfg(feature = "runs")]
            "get_run_context" => check::<types::RunContext>(body),
            #[cfg(feature = "runs")]
            "get_run_summary" => check::<types::RunSummary>(body),
            #[cfg(feature = "events")]
            "list_run_events" => check::<types::RunEventPage>(body),
            #[cfg(feature = "events")]
            "stream_agent_turn" => ::std::result::Result::Ok(()),
            #[cfg(feature = "tasks")]
            "list_pending_tasks" => check::<types::PendingTaskList>(body),
            #[cfg(feature = "tasks")]
            "list_run_pending_tasks" => check::<types::PendingTaskList>(body),
            #[cfg(feature = "tasks")]
            "complete_task" => check::<types::TaskCompletion>(body),
            #[cfg(feature = "inbound_webhooks")]
            "list_inbound_webhooks" => check::<types::InboundWebhookPage>(body),
            #[cfg(feature = "inbound_webhooks")]
            "create_inbound_webhook" => check::<types::InboundWebhookCreated>(body),
            #[cfg(feature = "inbound_webhooks")]
            "trigger_inbound_webhook" => check::<types::InboundWebhookDelivery>(body),
            #[cfg(feature = "inbound_webhooks")]
            "delete_inbound_webhook" => ::std::result::Result::Ok(()),
            #[cfg(feature = "inbound_webhooks")]
            "update_inbound_webhook" => check::<types::InboundWebhook>(body),
            #[cfg(feature = "connections")]
            "list_connections" => check::<types::ConnectionPage>(body),
            #[cfg(feature = "connections")]
            "create_connection" => check::<types::Connection>(body),
            #[cfg(feature = "connections")]
            "delete_connection" => ::std::result::Result::Ok(()),
            #[cfg(feature = "connections")]
            "update_connection" => check::<types::Connection>(body),
            #[cfg(feature = "connections")]
            "get_connection_credentials" => check::<types::ConnectionCredentials>(body),
            #[cfg(feature = "connections")]
            "get_google_connection_config" => {
                check::<types::GoogleConnectionConfig>(body)
            }
            #[cfg(feature = "connections")]
            "create_google_oauth_url" => check::<types::GoogleConnectionOAuthUrl>(body),
            #[cfg(feature = "connections")]
            "complete_google_connection" => check::<types::Connection>(body),
            #[cfg(feature = "connections")]
            "get_google_connection_account" => {
                check::<types::GoogleConnectionAccount>(body)
            }
            #[cfg(feature = "connections")]
            "update_google_connection_services" => {
                check::<types::GoogleConnectionAccount>(body)
            }
            #[cfg(feature = "connections")]
            "get_whatsapp_connection_config" => {
                check::<types::WhatsappConnectionConfig>(body)
            }
            #[cfg(feature = "connections")]
            "complete_whatsapp_connection" => check::<types::Connection>(body),
            #[cfg(feature = "connections")]
            "save_whatsapp_manual_credentials" => check::<types::Connection>(body),
            #[cfg(feature = "mcp")]
            "list_mcp_platform_catalog" => {
                check::<types::McpPlatformCatalogEntryPage>(body)
            }
            #[cfg(feature = "mcp")]
            "list_mcp_tools" => check::<types::McpToolList>(body),
            #[cfg(feature = "mcp")]
            "list_mcp_servers" => check::<types::McpServerPage>(body),
            #[cfg(feature = "mcp")]
            "create_mcp_server" => check::<types::McpServer>(body),
            #[cfg(feature = "mcp")]
            "get_mcp_server" => check::<types::McpServer>(body),
            #[cfg(feature = "mcp")]
            "discover_mcp_server_tools" => check::<types::McpServerDiscovery>(body),
            #[cfg(feature = "mcp")]
            "publish_mcp_server_version" => check::<types::McpServerVersion>(body),
            #[cfg(feature = "mcp")]
            "validate_mcp_server" => check::<types::McpValidationResult>(body),
            #[cfg(feature = "mcp")]
            "validate_mcp_server_connection" => check::<types::McpValidationResult>(body),
            #[cfg(feature = "mcp")]
            "list_mcp_instances" => check::<types::McpInstancePage>(body),
            #[cfg(feature = "mcp")]
            "create_mcp_instance" => check::<types::McpInstance>(body),
            #[cfg(feature = "mcp")]
            "resolve_mcp_instances" => check::<types::McpInstanceResolution>(body),
            #[cfg(feature = "mcp")]
            "validate_mcp_instance" => check::<types::McpValidationResult>(body),
            #[cfg(feature = "mcp")]
            "list_mcp_config_profiles" => check::<types::McpConfigProfilePage>(body),
            #[cfg(feature = "mcp")]
            "create_mcp_config_profile" => check::<types::McpConfigProfile>(body),
            #[cfg(feature = "mcp")]
            "update_mcp_config_profile" => check::<types::McpConfigProfile>(body),
            #[cfg(feature = "mcp")]
            "set_active_mcp_config_profile" => check::<types::McpConfigProfile>(body),
            #[cfg(feature = "mcp")]
            "list_mcp_connections" => check::<types::ConnectionPage>(body),
            #[cfg(feature = "mcp")]
            "create_mcp_connection" => check::<types::Connection>(body),
            #[cfg(feature = "embedded_connect")]
            "create_connect_link" => check::<types::ConnectLink>(body),
            #[cfg(feature = "embedded_connect")]
            "get_connect_session" => check::<types::ConnectSession>(body),
            #[cfg(feature = "embedded_connect")]
            "update_embedded_connect_settings" => {
                check::<types::EmbeddedConnectSettings>(body)
            }
            #[cfg(feature = "embedded_connect")]
            "list_principals" => check::<types::PrincipalPage>(body),
            #[cfg(feature = "embedded_connect")]
            "sync_principals" => check::<types::PrincipalSyncResult>(body),
            #[cfg(feature = "embedded_connect")]
            "get_principal" => check::<types::Principal>(body),
            #[cfg(feature = "embedded_connect")]
            "upsert_principal" => check::<types::Principal>(body),
            #[cfg(feature = "embedded_connect")]
            "delete_principal" => ::std::result::Result::Ok(()),
            #[cfg(feature = "embedded_connect")]
            "suspend_principal" => check::<types::Principal>(body),
            #[cfg(feature = "embedded_connect")]
            "link_principal_user" => check::<types::Principal>(body),
            #[cfg(feature = "embedded_connect")]
            "unlink_principal_user" => ::std::result::Result::Ok(()),
            #[cfg(feature = "embedded_connect")]
            "list_principal_segments" => check::<types::PrincipalSegmentPage>(body),
            #[cfg(feature = "embedded_connect")]
            "create_principal_segment" => check::<types::PrincipalSegment>(body),
            #[cfg(feature = "embedded_connect")]
            "get_principal_segment" => check::<types::PrincipalSegment>(body),
            #[cfg(feature = "embedded_connect")]
            "list_usage_history" => check::<types::PrincipalUsagePage>(body),
            #[cfg(feature = "autopilot")]
            "send_autopilot_message" => check::<types::AutopilotChatResponse>(body),
            #[cfg(feature = "autopilot")]
            "stream_autopilot_response" => ::std::result::Result::Ok(()),
            #[cfg(feature = "chat")]
            "list_chat_conversations" => check::<types::ChatConversationPage>(body),
            #[cfg(feature = "chat")]
            "create_chat_conversation" => check::<types::ChatConversation>(body),
            #[cfg(feature = "chat")]
            "get_chat_conversation" => check::<types::ChatConversation>(body),
            #[cfg(feature = "chat")]
            "list_chat_messages" => check::<types::ChatMessagePage>(body),
            #[cfg(feature = "chat")]
            "send_chat_message" => check::<types::ChatMessage>(body),
            #[cfg(feature = "chat")]
            "cancel_chat_message" => check::<types::ChatMessage>(body),
            #[cfg(feature = "chat")]
            "get_chat_turn_status" => check::<types::ChatTurnStatus>(body),
            #[cfg(feature = "llm")]
            "get_llm_catalog" => check::<types::LlmCatalog>(body),
            #[cfg(feature = "llm")]
            "resolve_llm_model" => check::<types::LlmResolution>(body),
            #[cfg(feature = "memory")]
            "search_memory" => check::<types::MemorySearchResult>(body),
            #[cfg(feature = "memory")]
            "index_memory_conversation" => check::<types::MemoryExtractJob>(body),
            #[cfg(feature = "memory")]
            "index_memory_file" => check::<types::MemoryExtractJob>(body),
            #[cfg(feature = "memory")]
            "start_memory_extract_batch" => check::<types::MemoryExtractBatch>(body),
            #[cfg(feature = "memory")]
            "get_memory_extract_batch" => check::<types::MemoryExtractBatch>(body),
            #[cfg(feature = "memory")]
            "get_memory_extract_job" => check::<types::MemoryExtractJob>(body),
            #[cfg(feature = "memory")]
            "get_memory_episode" => check::<types::MemoryEpisode>(body),
            #[cfg(feature = "memory")]
            "call_memory_tool" => check::<types::MemoryToolCallResult>(body),
            #[cfg(feature = "billing")]
            "get_stripe_config" => check::<types::BillingStripeConfig>(body),
            #[cfg(feature = "billing")]
            "get_billing_summary" => check::<types::BillingSummary>(body),
            #[cfg(feature = "billing")]
            "list_billing_plans" => check::<types::BillingPlanList>(body),
            #[cfg(feature = "billing")]
            "get_billing_status" => check::<types::BillingStatus>(body),
            #[cfg(feature = "billing")]
            "get_billing_usage" => check::<types::BillingUsage>(body),
            #[cfg(feature = "billing")]
            "list_billing_usage_dimensions" => {
                check::<types::BillingUsageDimensionList>(body)
            }
            #[cfg(feature = "billing")]
            "list_billing_usage_history" => check::<types::BillingUsageEntryPage>(body),
            #[cfg(feature = "billing")]
            "list_billing_payment_history" => check::<types::BillingPaymentPage>(body),
            #[cfg(feature = "billing")]
            "get_billing_action_pricing" => check::<types::BillingActionPricing>(body),
            #[cfg(feature = "billing")]
            "create_payg_topup_intent" => check::<types::BillingPaygTopupIntent>(body),
            #[cfg(feature = "billing")]
            "start_billing_trial" => check::<types::BillingStatus>(body),
            #[cfg(feature = "billing")]
            "create_billing_subscription" => check::<types::BillingStatus>(body),
            #[cfg(feature = "billing")]
            "change_billing_plan" => check::<types::BillingStatus>(body),
            #[cfg(feature = "billing")]
            "cancel_billing_subscription" => check::<types::BillingStatus>(body),
            #[cfg(feature = "billing")]
            "convert_billing_trial_now" => check::<types::BillingStatus>(body),
            #[cfg(feature = "billing")]
            "apply_billing_code" => check::<types::BillingCodeApplied>(body),
            #[cfg(feature = "billing")]
            "validate_billing_discount" => {
                check::<types::BillingDiscountValidation>(body)
            }
            #[cfg(feature = "agents")]
            "list_agents" => check::<types::AgentPage>(body),
            #[cfg(feature = "agents")]
            "create_agent" => check::<types::Agent>(body),
            #[cfg(feature = "agents")]
            "get_agent" => check::<types::Agent>(body),
            #[cfg(feature = "agents")]
            "delete_agent" => ::std::result::Result::Ok(()),
            #[cfg(feature = "agents")]
            "update_agent" => check::<types::Agent>(body),
            #[cfg(feature = "analytics")]
            "get_analytics_live_runs" => check::<types::AnalyticsLiveRuns>(body),
            #[cfg(feature = "analytics")]
            "get_analytics_success_rate" => check::<types::AnalyticsSuccessRate>(body),
            #[cfg(feature = "analytics")]
            "get_analytics_execution_duration" => {
                check::<types::AnalyticsExecutionDuration>(body)
            }
            #[cfg(feature = "analytics")]
            "get_analytics_runs_count" => check::<types::AnalyticsCount>(body),
            #[cfg(feature = "analytics")]
            "get_analytics_steps_executed" => check::<types::AnalyticsCount>(body),
            #[cfg(feature = "analytics")]
            "get_analytics_credits_consumed" => {
                check::<types::AnalyticsCreditsConsumed>(body)
            }
            #[cfg(feature = "analytics")]
            "get_analytics_steps_summary" => check::<types::AnalyticsStepsSummary>(body),
            #[cfg(feature = "analytics")]
            "get_analytics_runs_timeseries" => {
                check::<types::AnalyticsRunsTimeseries>(body)
            }
            #[cfg(feature = "analytics")]
            "get_analytics_usage_timeseries" => {
                check::<types::AnalyticsUsageTimeseries>(body)
            }
            #[cfg(feature = "pats")]
            "list_pats" => check::<types::PatPage>(body),
            #[cfg(feature = "pats")]
            "create_pat" => check::<types::PatCreated>(body),
            #[cfg(feature = "pats")]
            "revoke_pat" => ::std::result::Result::Ok(()),
            #[cfg(feature = "pats")]
            "reveal_pat" => check::<types::PatToken>(body),
            #[cfg(feature = "onboarding")]
            "validate_onboarding_invite" => check::<types::OnboardingInvite>(body),
            #[cfg(feature = "onboarding")]
            "check_tenant_code_availability" => {
                check::<types::OnboardingTenantCodeAvailability>(body)
            }
            #[cfg(feature = "onboarding")]
            "create_onboarding_workspace" => check::<types::OnboardingWorkspace>(body),
            #[cfg(feature = "onboarding")]
            "update_onboarding_workspace" => check::<types::OnboardingWorkspace>(body),
            #[cfg(feature = "onboarding")]
            "get_setup_status" => check::<types::OnboardingSetupStatus>(body),
            #[cfg(feature = "onboarding")]
            "complete_setup" => check::<types::OnboardingSetupStatus>(body),
            #[cfg(feature = "auth")]
            "sign_up" => check::<types::AuthSignupResult>(body),
            #[cfg(feature = "auth")]
            "verify_email" => ::std::result::Result::Ok(()),
            #[cfg(feature = "auth")]
            "resend_verification_email" => ::std::result::Result::Ok(()),
            #[cfg(feature = "auth")]
            "log_in" => check::<types::AuthSession>(body),
            #[cfg(feature = "auth")]
            "log_out" => ::std::result::Result::Ok(()),
            #[cfg(feature = "auth")]
            "get_auth_session" => check::<types::AuthSession>(body),
            #[cfg(feature = "auth")]
            "request_password_reset" => ::std::result::Result::Ok(()),
            #[cfg(feature = "auth")]
            "reset_password" => ::std::result::Result::Ok(()),
            #[cfg(feature = "auth")]
            "change_password" => ::std::result::Result::Ok(()),
            #[cfg(feature = "auth")]
            "sign_in_with_google_one_tap" => check::<types::AuthSession>(body),
            #[cfg(feature = "auth")]
            "start_google_oauth" => check::<types::AuthOAuthStart>(body),
            #[cfg(feature = "auth")]
            "complete_google_oauth" => check::<types::AuthSession>(body),
            #[cfg(feature = "surfaces")]
            "execute_surface_action" => check::<types::SurfaceActionResult>(body),
            #[cfg(feature = "tenant_data")]
            "list_tenant_databases" => check::<types::TenantDatabasePage>(body),
            #[cfg(feature = "tenant_data")]
            "create_tenant_database" => check::<types::TenantDatabase>(body),
            #[cfg(feature = "tenant_data")]
            "preview_tenant_database_migration" => {
                check::<types::TenantDataMigrationPreview>(body)
            }
            #[cfg(feature = "tenant_data")]
            "apply_tenant_database_migration" => {
                check::<types::TenantDataMigrationResult>(body)
            }
            #[cfg(feature = "tenant_data")]
            "get_tenant_database_api_contract" => {
                check::<types::TenantDataApiContract>(body)
            }
            #[cfg(feature = "tenant_data")]
            "provision_tenant_database_mcp" => {
                check::<types::TenantDataMcpProvisioning>(body)
            }
            _ => return ::std::option::Option::None,
        },
    )
}

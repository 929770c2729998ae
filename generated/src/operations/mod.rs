// @generated operations index by agentruntime-generator 0.1.0. Do not edit by hand.
// Spec: spec/openapi.yaml (sha256 2ee91eb600a9020a711b22c67badc04e0dc6e58d405f9a4f2ff50071d31c80ca), OpenAPI 3.1.0, API version 1.0.0.
// Regenerate: cargo xtask regen

//! One builder per operation. Each is returned by the `Client` method of the same
//! name, takes the optional parameters and the body as setters, and is sent with
//! `.send()` (and, for lists, streamed with `.stream()`).
mod agents;

pub use agents::*;

mod analytics;

pub use analytics::*;

mod auth;

pub use auth::*;

mod autopilot;

pub use autopilot::*;

mod billing;

pub use billing::*;

mod chat;

pub use chat::*;

mod connections;

pub use connections::*;

mod embedded_connect;

pub use embedded_connect::*;

mod events;

pub use events::*;

mod inbound_webhooks;

pub use inbound_webhooks::*;

mod llm;

pub use llm::*;

mod mcp;

pub use mcp::*;

mod memory;

pub use memory::*;

mod onboarding;

pub use onboarding::*;

mod pats;

pub use pats::*;

mod runs;

pub use runs::*;

mod surfaces;

pub use surfaces::*;

mod tasks;

pub use tasks::*;

mod tenant_data;

pub use tenant_data::*;

mod triggers;

pub use triggers::*;

mod workflows;

pub use workflows::*;

/// Checks that `body` decodes as the success type of the operation whose Rust method is
/// `operation` (`"list_workflows"`), naming the JSON path of the first mismatch; `None`
/// for an unknown operation. Operations without a JSON body accept any bytes.
///
/// ```
/// let verdict = agentruntime::operations::decode_body("get_workflow", br#"{"id": 7}"#);
/// assert!(verdict.unwrap().is_err());
/// assert!(agentruntime::operations::decode_body("no_such_operation", b"{}").is_none());
/// ```
#[allow(unused_variables)]
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
            "list_workflows" => check::<types::WorkflowList>(body),
            "create_workflow" => check::<types::Workflow>(body),
            "get_workflow" => check::<types::Workflow>(body),
            "archive_workflow" => ::std::result::Result::Ok(()),
            "update_workflow" => check::<types::Workflow>(body),
            "list_workflow_versions" => check::<types::WorkflowVersionPage>(body),
            "publish_workflow_version" => check::<types::WorkflowVersion>(body),
            "validate_workflow" => check::<types::WorkflowValidation>(body),
            "get_latest_graph_dry_run" => check::<types::WorkflowValidation>(body),
            "list_connection_overrides" => {
                check::<types::WorkflowConnectionOverrideList>(body)
            }
            "replace_connection_overrides" => {
                check::<types::WorkflowConnectionOverridesStatus>(body)
            }
            "list_triggers" => check::<types::TriggerPage>(body),
            "create_trigger" => check::<crate::types::Trigger>(body),
            "delete_trigger" => ::std::result::Result::Ok(()),
            "update_trigger" => check::<crate::types::Trigger>(body),
            "run_workflow_command" => check::<types::RunCommandResult>(body),
            "list_runs" => check::<types::RunPage>(body),
            "list_workflow_runs" => check::<types::WorkflowRunPage>(body),
            "get_run_context" => check::<types::RunContext>(body),
            "get_run_summary" => check::<types::RunSummary>(body),
            "list_run_events" => check::<types::RunEventPage>(body),
            "stream_agent_turn" => ::std::result::Result::Ok(()),
            "list_pending_tasks" => check::<types::PendingTaskList>(body),
            "list_run_pending_tasks" => check::<types::PendingTaskList>(body),
            "complete_task" => check::<types::TaskCompletion>(body),
            "list_inbound_webhooks" => check::<types::InboundWebhookPage>(body),
            "create_inbound_webhook" => check::<types::InboundWebhookCreated>(body),
            "trigger_inbound_webhook" => check::<types::InboundWebhookDelivery>(body),
            "delete_inbound_webhook" => ::std::result::Result::Ok(()),
            "update_inbound_webhook" => check::<types::InboundWebhook>(body),
            "list_connections" => check::<types::ConnectionPage>(body),
            "create_connection" => check::<types::Connection>(body),
            "delete_connection" => ::std::result::Result::Ok(()),
            "update_connection" => check::<types::Connection>(body),
            "get_connection_credentials" => check::<types::ConnectionCredentials>(body),
            "get_google_connection_config" => {
                check::<types::GoogleConnectionConfig>(body)
            }
            "create_google_oauth_url" => check::<types::GoogleConnectionOAuthUrl>(body),
            "complete_google_connection" => check::<types::Connection>(body),
            "get_google_connection_account" => {
                check::<types::GoogleConnectionAccount>(body)
            }
            "update_google_connection_services" => {
                check::<types::GoogleConnectionAccount>(body)
            }
            "get_whatsapp_connection_config" => {
                check::<types::WhatsappConnectionConfig>(body)
            }
            "complete_whatsapp_connection" => check::<types::Connection>(body),
            "save_whatsapp_manual_credentials" => check::<types::Connection>(body),
            "list_mcp_platform_catalog" => {
                check::<types::McpPlatformCatalogEntryPage>(body)
            }
            "list_mcp_tools" => check::<types::McpToolList>(body),
            "list_mcp_servers" => check::<types::McpServerPage>(body),
            "create_mcp_server" => check::<types::McpServer>(body),
            "get_mcp_server" => check::<types::McpServer>(body),
            "discover_mcp_server_tools" => check::<types::McpServerDiscovery>(body),
            "publish_mcp_server_version" => check::<types::McpServerVersion>(body),
            "validate_mcp_server" => check::<types::McpValidationResult>(body),
            "validate_mcp_server_connection" => check::<types::McpValidationResult>(body),
            "list_mcp_instances" => check::<types::McpInstancePage>(body),
            "create_mcp_instance" => check::<types::McpInstance>(body),
            "resolve_mcp_instances" => check::<types::McpInstanceResolution>(body),
            "validate_mcp_instance" => check::<types::McpValidationResult>(body),
            "list_mcp_config_profiles" => check::<types::McpConfigProfilePage>(body),
            "create_mcp_config_profile" => check::<types::McpConfigProfile>(body),
            "update_mcp_config_profile" => check::<types::McpConfigProfile>(body),
            "set_active_mcp_config_profile" => check::<types::McpConfigProfile>(body),
            "list_mcp_connections" => check::<types::ConnectionPage>(body),
            "create_mcp_connection" => check::<types::Connection>(body),
            "create_connect_link" => check::<types::ConnectLink>(body),
            "get_connect_session" => check::<types::ConnectSession>(body),
            "update_embedded_connect_settings" => {
                check::<types::EmbeddedConnectSettings>(body)
            }
            "list_principals" => check::<types::PrincipalPage>(body),
            "sync_principals" => check::<types::PrincipalSyncResult>(body),
            "get_principal" => check::<types::Principal>(body),
            "upsert_principal" => check::<types::Principal>(body),
            "delete_principal" => ::std::result::Result::Ok(()),
            "suspend_principal" => check::<types::Principal>(body),
            "link_principal_user" => check::<types::Principal>(body),
            "unlink_principal_user" => ::std::result::Result::Ok(()),
            "list_principal_segments" => check::<types::PrincipalSegmentPage>(body),
            "create_principal_segment" => check::<types::PrincipalSegment>(body),
            "get_principal_segment" => check::<types::PrincipalSegment>(body),
            "list_usage_history" => check::<types::PrincipalUsagePage>(body),
            "send_autopilot_message" => check::<types::AutopilotChatResponse>(body),
            "stream_autopilot_response" => ::std::result::Result::Ok(()),
            "list_chat_conversations" => check::<types::ChatConversationPage>(body),
            "create_chat_conversation" => check::<types::ChatConversation>(body),
            "get_chat_conversation" => check::<types::ChatConversation>(body),
            "list_chat_messages" => check::<types::ChatMessagePage>(body),
            "send_chat_message" => check::<types::ChatMessage>(body),
            "cancel_chat_message" => check::<types::ChatMessage>(body),
            "get_chat_turn_status" => check::<types::ChatTurnStatus>(body),
            "get_llm_catalog" => check::<types::LlmCatalog>(body),
            "resolve_llm_model" => check::<types::LlmResolution>(body),
            "search_memory" => check::<types::MemorySearchResult>(body),
            "index_memory_conversation" => check::<types::MemoryExtractJob>(body),
            "index_memory_file" => check::<types::MemoryExtractJob>(body),
            "start_memory_extract_batch" => check::<types::MemoryExtractBatch>(body),
            "get_memory_extract_batch" => check::<types::MemoryExtractBatch>(body),
            "get_memory_extract_job" => check::<types::MemoryExtractJob>(body),
            "get_memory_episode" => check::<types::MemoryEpisode>(body),
            "call_memory_tool" => check::<types::MemoryToolCallResult>(body),
            "get_stripe_config" => check::<types::BillingStripeConfig>(body),
            "get_billing_summary" => check::<types::BillingSummary>(body),
            "list_billing_plans" => check::<types::BillingPlanList>(body),
            "get_billing_status" => check::<types::BillingStatus>(body),
            "get_billing_usage" => check::<types::BillingUsage>(body),
            "list_billing_usage_dimensions" => {
                check::<types::BillingUsageDimensionList>(body)
            }
            "list_billing_usage_history" => check::<types::BillingUsageEntryPage>(body),
            "list_billing_payment_history" => check::<types::BillingPaymentPage>(body),
            "get_billing_action_pricing" => check::<types::BillingActionPricing>(body),
            "create_payg_topup_intent" => check::<types::BillingPaygTopupIntent>(body),
            "start_billing_trial" => check::<types::BillingStatus>(body),
            "create_billing_subscription" => check::<types::BillingStatus>(body),
            "change_billing_plan" => check::<types::BillingStatus>(body),
            "cancel_billing_subscription" => check::<types::BillingStatus>(body),
            "convert_billing_trial_now" => check::<types::BillingStatus>(body),
            "apply_billing_code" => check::<types::BillingCodeApplied>(body),
            "validate_billing_discount" => {
                check::<types::BillingDiscountValidation>(body)
            }
            "list_agents" => check::<types::AgentPage>(body),
            "create_agent" => check::<types::Agent>(body),
            "get_agent" => check::<types::Agent>(body),
            "delete_agent" => ::std::result::Result::Ok(()),
            "update_agent" => check::<types::Agent>(body),
            "get_analytics_live_runs" => check::<types::AnalyticsLiveRuns>(body),
            "get_analytics_success_rate" => check::<types::AnalyticsSuccessRate>(body),
            "get_analytics_execution_duration" => {
                check::<types::AnalyticsExecutionDuration>(body)
            }
            "get_analytics_runs_count" => check::<types::AnalyticsCount>(body),
            "get_analytics_steps_executed" => check::<types::AnalyticsCount>(body),
            "get_analytics_credits_consumed" => {
                check::<types::AnalyticsCreditsConsumed>(body)
            }
            "get_analytics_steps_summary" => check::<types::AnalyticsStepsSummary>(body),
            "get_analytics_runs_timeseries" => {
                check::<types::AnalyticsRunsTimeseries>(body)
            }
            "get_analytics_usage_timeseries" => {
                check::<types::AnalyticsUsageTimeseries>(body)
            }
            "list_pats" => check::<types::PatPage>(body),
            "create_pat" => check::<types::PatCreated>(body),
            "revoke_pat" => ::std::result::Result::Ok(()),
            "reveal_pat" => check::<types::PatToken>(body),
            "validate_onboarding_invite" => check::<types::OnboardingInvite>(body),
            "check_tenant_code_availability" => {
                check::<types::OnboardingTenantCodeAvailability>(body)
            }
            "create_onboarding_workspace" => check::<types::OnboardingWorkspace>(body),
            "update_onboarding_workspace" => check::<types::OnboardingWorkspace>(body),
            "get_setup_status" => check::<types::OnboardingSetupStatus>(body),
            "complete_setup" => check::<types::OnboardingSetupStatus>(body),
            "sign_up" => check::<types::AuthSignupResult>(body),
            "verify_email" => ::std::result::Result::Ok(()),
            "resend_verification_email" => ::std::result::Result::Ok(()),
            "log_in" => check::<types::AuthSession>(body),
            "log_out" => ::std::result::Result::Ok(()),
            "get_auth_session" => check::<types::AuthSession>(body),
            "request_password_reset" => ::std::result::Result::Ok(()),
            "reset_password" => ::std::result::Result::Ok(()),
            "change_password" => ::std::result::Result::Ok(()),
            "sign_in_with_google_one_tap" => check::<types::AuthSession>(body),
            "start_google_oauth" => check::<types::AuthOAuthStart>(body),
            "complete_google_oauth" => check::<types::AuthSession>(body),
            "execute_surface_action" => check::<types::SurfaceActionResult>(body),
            "list_tenant_databases" => check::<types::TenantDatabasePage>(body),
            "create_tenant_database" => check::<types::TenantDatabase>(body),
            "preview_tenant_database_migration" => {
                check::<types::TenantDataMigrationPreview>(body)
            }
            "apply_tenant_database_migration" => {
                check::<types::TenantDataMigrationResult>(body)
            }
            "get_tenant_database_api_contract" => {
                check::<types::TenantDataApiContract>(body)
            }
            "provision_tenant_database_mcp" => {
                check::<types::TenantDataMcpProvisioning>(body)
            }
            _ => return ::std::option::Option::None,
        },
    )
}

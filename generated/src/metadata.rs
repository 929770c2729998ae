// @generated operation table by agentruntime-generator 0.1.0. Do not edit by hand.
// Spec: spec/openapi.yaml (sha256 aab3041a7d360a69e58dfceca5f9a2bffcbf688e5ad868463978c58def134800), OpenAPI 3.1.0, API version 1.0.0.
// Regenerate: cargo xtask regen

//! What the spec says about each operation that the client needs at run time: the
//! context it sends, the role it needs, and whether it may be retried.
pub use agentruntime_runtime::{HttpMethod, Operation, Role, Scope};

/// `list_workflows`: `GET /v1/workflows`.
pub const LIST_WORKFLOWS: Operation = Operation::new(
        "list_workflows",
        HttpMethod::Get,
        "/v1/workflows",
    )
    .tag("workflows")
    .summary("List workflows")
    .scope(Scope::Project)
    .role(Role::ProjectViewer)
    .idempotent(true);
/// `create_workflow`: `POST /v1/workflows`.
pub const CREATE_WORKFLOW: Operation = Operation::new(
        "create_workflow",
        HttpMethod::Post,
        "/v1/workflows",
    )
    .tag("workflows")
    .summary("Create a draft workflow with its graph")
    .scope(Scope::Project)
    .role(Role::ProjectContributor);
/// `get_workflow`: `GET /v1/workflows/{id}`.
pub const GET_WORKFLOW: Operation = Operation::new(
        "get_workflow",
        HttpMethod::Get,
        "/v1/workflows/{id}",
    )
    .tag("workflows")
    .summary("Get one workflow and its graph")
    .scope(Scope::Project)
    .role(Role::ProjectViewer)
    .idempotent(true);
/// `update_workflow`: `PATCH /v1/workflows/{id}`.
pub const UPDATE_WORKFLOW: Operation = Operation::new(
        "update_workflow",
        HttpMethod::Patch,
        "/v1/workflows/{id}",
    )
    .tag("workflows")
    .summary("Update the draft graph or the saved run-setup defaults")
    .scope(Scope::Project)
    .role(Role::ProjectContributor);
/// `archive_workflow`: `DELETE /v1/workflows/{id}`.
pub const ARCHIVE_WORKFLOW: Operation = Operation::new(
        "archive_workflow",
        HttpMethod::Delete,
        "/v1/workflows/{id}",
    )
    .tag("workflows")
    .summary("Archive a workflow")
    .scope(Scope::Project)
    .role(Role::ProjectContributor)
    .idempotent(true);
/// `list_workflow_versions`: `GET /v1/workflows/{id}/versions`.
pub const LIST_WORKFLOW_VERSIONS: Operation = Operation::new(
        "list_workflow_versions",
        HttpMethod::Get,
        "/v1/workflows/{id}/versions",
    )
    .tag("workflows")
    .summary("List published versions")
    .scope(Scope::Project)
    .role(Role::ProjectViewer)
    .idempotent(true)
    .paginated(true);
/// `publish_workflow_version`: `POST /v1/workflows/{id}/versions`.
pub const PUBLISH_WORKFLOW_VERSION: Operation = Operation::new(
        "publish_workflow_version",
        HttpMethod::Post,
        "/v1/workflows/{id}/versions",
    )
    .tag("workflows")
    .summary("Publish an immutable version")
    .scope(Scope::Project)
    .role(Role::ProjectContributor);
/// `validate_workflow`: `POST /v1/workflows/{id}/validate`.
pub const VALIDATE_WORKFLOW: Operation = Operation::new(
        "validate_workflow",
        HttpMethod::Post,
        "/v1/workflows/{id}/validate",
    )
    .tag("workflows")
    .summary("Validate a graph statically (dry-run)")
    .scope(Scope::Project)
    .role(Role::ProjectContributor)
    .idempotent(true);
/// `get_latest_graph_dry_run`: `GET /v1/workflows/{id}/graph-dry-runs`.
pub const GET_LATEST_GRAPH_DRY_RUN: Operation = Operation::new(
        "get_latest_graph_dry_run",
        HttpMethod::Get,
        "/v1/workflows/{id}/graph-dry-runs",
    )
    .tag("workflows")
    .summary("Get the latest stored validation result")
    .scope(Scope::Project)
    .role(Role::ProjectViewer)
    .idempotent(true);
/// `list_connection_overrides`: `GET /v1/workflows/{id}/connection-overrides`.
pub const LIST_CONNECTION_OVERRIDES: Operation = Operation::new(
        "list_connection_overrides",
        HttpMethod::Get,
        "/v1/workflows/{id}/connection-overrides",
    )
    .tag("workflows")
    .summary("List connection overrides (deprecated)")
    .scope(Scope::Project)
    .role(Role::ProjectViewer)
    .idempotent(true)
    .deprecated(true);
/// `replace_connection_overrides`: `PUT /v1/workflows/{id}/connection-overrides`.
pub const REPLACE_CONNECTION_OVERRIDES: Operation = Operation::new(
        "replace_connection_overrides",
        HttpMethod::Put,
        "/v1/workflows/{id}/connection-overrides",
    )
    .tag("workflows")
    .summary("Replace the connection override map (deprecated)")
    .scope(Scope::Project)
    .role(Role::ProjectContributor)
    .idempotent(true)
    .deprecated(true);
/// `list_triggers`: `GET /v1/workflows/{id}/triggers`.
pub const LIST_TRIGGERS: Operation = Operation::new(
        "list_triggers",
        HttpMethod::Get,
        "/v1/workflows/{id}/triggers",
    )
    .tag("triggers")
    .summary("List a workflow's triggers")
    .scope(Scope::Project)
    .role(Role::ProjectViewer)
    .idempotent(true)
    .paginated(true);
/// `create_trigger`: `POST /v1/workflows/{id}/triggers`.
pub const CREATE_TRIGGER: Operation = Operation::new(
        "create_trigger",
        HttpMethod::Post,
        "/v1/workflows/{id}/triggers",
    )
    .tag("triggers")
    .summary("Create a cron or platform-event trigger")
    .scope(Scope::Project)
    .role(Role::ProjectContributor);
/// `update_trigger`: `PATCH /v1/workflows/{id}/triggers`.
pub const UPDATE_TRIGGER: Operation = Operation::new(
        "update_trigger",
        HttpMethod::Patch,
        "/v1/workflows/{id}/triggers",
    )
    .tag("triggers")
    .summary("Update a trigger")
    .scope(Scope::Project)
    .role(Role::ProjectContributor);
/// `delete_trigger`: `DELETE /v1/workflows/{id}/triggers`.
pub const DELETE_TRIGGER: Operation = Operation::new(
        "delete_trigger",
        HttpMethod::Delete,
        "/v1/workflows/{id}/triggers",
    )
    .tag("triggers")
    .summary("Delete a trigger")
    .scope(Scope::Project)
    .role(Role::ProjectContributor)
    .idempotent(true);
/// `run_workflow_command`: `POST /v1/workflows/{id}/command`.
pub const RUN_WORKFLOW_COMMAND: Operation = Operation::new(
        "run_workflow_command",
        HttpMethod::Post,
        "/v1/workflows/{id}/command",
    )
    .tag("runs")
    .summary("Control runs: start, execute, pause, resume, stop")
    .scope(Scope::Project)
    .role(Role::ProjectContributor);
/// `list_runs`: `GET /v1/runs`.
pub const LIST_RUNS: Operation = Operation::new("list_runs", HttpMethod::Get, "/v1/runs")
    .tag("runs")
    .summary("List runs across the workspace")
    .scope(Scope::Tenant)
    .role(Role::ProjectViewer)
    .idempotent(true)
    .paginated(true);
/// `list_workflow_runs`: `GET /v1/workflows/{id}/runs`.
pub const LIST_WORKFLOW_RUNS: Operation = Operation::new(
        "list_workflow_runs",
        HttpMethod::Get,
        "/v1/workflows/{id}/runs",
    )
    .tag("runs")
    .summary("List the runs of one workflow")
    .scope(Scope::Project)
    .role(Role::ProjectViewer)
    .idempotent(true)
    .paginated(true);
/// `get_run_context`: `GET /v1/workflows/{id}/runs/{runID}/context`.
pub const GET_RUN_CONTEXT: Operation = Operation::new(
        "get_run_context",
        HttpMethod::Get,
        "/v1/workflows/{id}/runs/{runID}/context",
    )
    .tag("runs")
    .summary("Get a run's variables and step results")
    .scope(Scope::Project)
    .role(Role::ProjectViewer)
    .idempotent(true);
/// `get_run_summary`: `GET /v1/workflows/{id}/runs/{run_id}/summary`.
pub const GET_RUN_SUMMARY: Operation = Operation::new(
        "get_run_summary",
        HttpMethod::Get,
        "/v1/workflows/{id}/runs/{run_id}/summary",
    )
    .tag("runs")
    .summary("Get a run's status summary")
    .scope(Scope::Project)
    .role(Role::ProjectViewer)
    .idempotent(true);
/// `list_run_events`: `GET /v1/workflows/{id}/runs/{runID}/events`.
pub const LIST_RUN_EVENTS: Operation = Operation::new(
        "list_run_events",
        HttpMethod::Get,
        "/v1/workflows/{id}/runs/{runID}/events",
    )
    .tag("events")
    .summary("List a run's persisted events")
    .scope(Scope::Project)
    .role(Role::ProjectViewer)
    .idempotent(true)
    .paginated(true);
/// `stream_workflow_events`: `GET /v1/workflows/{id}/stream`.
pub const STREAM_WORKFLOW_EVENTS: Operation = Operation::new(
        "stream_workflow_events",
        HttpMethod::Get,
        "/v1/workflows/{id}/stream",
    )
    .tag("events")
    .summary("Stream a workflow's live run events (WebSocket)")
    .scope(Scope::Project)
    .role(Role::ProjectViewer)
    .idempotent(true)
    .websocket(true);
/// `stream_agent_turn`: `GET /v1/workflows/{id}/runs/{runID}/steps/{stepID}/turns/{turnID}/stream`.
pub const STREAM_AGENT_TURN: Operation = Operation::new(
        "stream_agent_turn",
        HttpMethod::Get,
        "/v1/workflows/{id}/runs/{runID}/steps/{stepID}/turns/{turnID}/stream",
    )
    .tag("events")
    .summary("Replay one agent turn as NDJSON")
    .scope(Scope::Project)
    .role(Role::ProjectViewer)
    .idempotent(true)
    .streamed(true);
/// `list_pending_tasks`: `GET /v1/tasks/pending`.
pub const LIST_PENDING_TASKS: Operation = Operation::new(
        "list_pending_tasks",
        HttpMethod::Get,
        "/v1/tasks/pending",
    )
    .tag("tasks")
    .summary("List pending human tasks across the workspace")
    .scope(Scope::Tenant)
    .role(Role::ProjectViewer)
    .idempotent(true);
/// `list_run_pending_tasks`: `GET /v1/workflows/{id}/runs/{runID}/tasks/pending`.
pub const LIST_RUN_PENDING_TASKS: Operation = Operation::new(
        "list_run_pending_tasks",
        HttpMethod::Get,
        "/v1/workflows/{id}/runs/{runID}/tasks/pending",
    )
    .tag("tasks")
    .summary("List pending human tasks of one run")
    .scope(Scope::Project)
    .role(Role::ProjectContributor)
    .idempotent(true);
/// `complete_task`: `POST /v1/workflows/{id}/runs/{runID}/tasks/{task_id}/complete`.
pub const COMPLETE_TASK: Operation = Operation::new(
        "complete_task",
        HttpMethod::Post,
        "/v1/workflows/{id}/runs/{runID}/tasks/{task_id}/complete",
    )
    .tag("tasks")
    .summary("Approve or reject a human task")
    .scope(Scope::Project)
    .role(Role::ProjectContributor);
/// `list_inbound_webhooks`: `GET /v1/inbound-webhooks`.
pub const LIST_INBOUND_WEBHOOKS: Operation = Operation::new(
        "list_inbound_webhooks",
        HttpMethod::Get,
        "/v1/inbound-webhooks",
    )
    .tag("inbound_webhooks")
    .summary("List inbound webhook subscriptions")
    .scope(Scope::Project)
    .role(Role::ProjectContributor)
    .idempotent(true)
    .paginated(true);
/// `create_inbound_webhook`: `POST /v1/inbound-webhooks`.
pub const CREATE_INBOUND_WEBHOOK: Operation = Operation::new(
        "create_inbound_webhook",
        HttpMethod::Post,
        "/v1/inbound-webhooks",
    )
    .tag("inbound_webhooks")
    .summary("Create an inbound webhook subscription")
    .scope(Scope::Project)
    .role(Role::ProjectContributor);
/// `update_inbound_webhook`: `PATCH /v1/inbound-webhooks/{id}`.
pub const UPDATE_INBOUND_WEBHOOK: Operation = Operation::new(
        "update_inbound_webhook",
        HttpMethod::Patch,
        "/v1/inbound-webhooks/{id}",
    )
    .tag("inbound_webhooks")
    .summary("Update a subscription's start-parameter extras")
    .scope(Scope::Project)
    .role(Role::ProjectContributor);
/// `delete_inbound_webhook`: `DELETE /v1/inbound-webhooks/{id}`.
pub const DELETE_INBOUND_WEBHOOK: Operation = Operation::new(
        "delete_inbound_webhook",
        HttpMethod::Delete,
        "/v1/inbound-webhooks/{id}",
    )
    .tag("inbound_webhooks")
    .summary("Delete a subscription")
    .scope(Scope::Project)
    .role(Role::ProjectContributor)
    .idempotent(true);
/// `trigger_inbound_webhook`: `POST /v1/inbound-webhooks/{id}`.
pub const TRIGGER_INBOUND_WEBHOOK: Operation = Operation::new(
        "trigger_inbound_webhook",
        HttpMethod::Post,
        "/v1/inbound-webhooks/{id}",
    )
    .tag("inbound_webhooks")
    .summary("Deliver a signed event to a subscription's ingress")
    .role(Role::Public);
/// `list_connections`: `GET /v1/connections`.
pub const LIST_CONNECTIONS: Operation = Operation::new(
        "list_connections",
        HttpMethod::Get,
        "/v1/connections",
    )
    .tag("connections")
    .summary("List the project's connections")
    .scope(Scope::Project)
    .role(Role::ProjectContributor)
    .idempotent(true)
    .paginated(true);
/// `create_connection`: `POST /v1/connections`.
pub const CREATE_CONNECTION: Operation = Operation::new(
        "create_connection",
        HttpMethod::Post,
        "/v1/connections",
    )
    .tag("connections")
    .summary("Create a custom connection")
    .scope(Scope::Project)
    .role(Role::ProjectContributor);
/// `update_connection`: `PATCH /v1/connections/{id}`.
pub const UPDATE_CONNECTION: Operation = Operation::new(
        "update_connection",
        HttpMethod::Patch,
        "/v1/connections/{id}",
    )
    .tag("connections")
    .summary("Update a connection")
    .scope(Scope::Project)
    .role(Role::ProjectContributor);
/// `delete_connection`: `DELETE /v1/connections/{id}`.
pub const DELETE_CONNECTION: Operation = Operation::new(
        "delete_connection",
        HttpMethod::Delete,
        "/v1/connections/{id}",
    )
    .tag("connections")
    .summary("Delete a connection")
    .scope(Scope::Project)
    .role(Role::ProjectContributor)
    .idempotent(true);
/// `get_connection_credentials`: `GET /v1/connections/{id}/credentials`.
pub const GET_CONNECTION_CREDENTIALS: Operation = Operation::new(
        "get_connection_credentials",
        HttpMethod::Get,
        "/v1/connections/{id}/credentials",
    )
    .tag("connections")
    .summary("Get a connection's credential metadata")
    .scope(Scope::Project)
    .role(Role::ProjectContributor)
    .idempotent(true);
/// `get_google_connection_config`: `GET /v1/connections/google/config`.
pub const GET_GOOGLE_CONNECTION_CONFIG: Operation = Operation::new(
        "get_google_connection_config",
        HttpMethod::Get,
        "/v1/connections/google/config",
    )
    .tag("connections")
    .summary("Check whether Google connections are enabled")
    .scope(Scope::Project)
    .role(Role::ProjectContributor)
    .idempotent(true);
/// `create_google_oauth_url`: `POST /v1/connections/google/oauth-url`.
pub const CREATE_GOOGLE_OAUTH_URL: Operation = Operation::new(
        "create_google_oauth_url",
        HttpMethod::Post,
        "/v1/connections/google/oauth-url",
    )
    .tag("connections")
    .summary("Begin Google OAuth for a connection")
    .scope(Scope::Project)
    .role(Role::ProjectContributor);
/// `complete_google_connection`: `POST /v1/connections/google/complete`.
pub const COMPLETE_GOOGLE_CONNECTION: Operation = Operation::new(
        "complete_google_connection",
        HttpMethod::Post,
        "/v1/connections/google/complete",
    )
    .tag("connections")
    .summary("Finish Google OAuth and save the connection")
    .scope(Scope::Project)
    .role(Role::ProjectContributor);
/// `get_google_connection_account`: `GET /v1/connections/google/accounts/{connectionId}`.
pub const GET_GOOGLE_CONNECTION_ACCOUNT: Operation = Operation::new(
        "get_google_connection_account",
        HttpMethod::Get,
        "/v1/connections/google/accounts/{connectionId}",
    )
    .tag("connections")
    .summary("Get a Google connection's account and services")
    .scope(Scope::Project)
    .role(Role::ProjectContributor)
    .idempotent(true);
/// `update_google_connection_services`: `PATCH
/// /v1/connections/google/accounts/{connectionId}/services`.
pub const UPDATE_GOOGLE_CONNECTION_SERVICES: Operation = Operation::new(
        "update_google_connection_services",
        HttpMethod::Patch,
        "/v1/connections/google/accounts/{connectionId}/services",
    )
    .tag("connections")
    .summary("Enable or disable services of a Google connection")
    .scope(Scope::Project)
    .role(Role::ProjectContributor);
/// `get_whatsapp_connection_config`: `GET /v1/connections/whatsapp/config`.
pub const GET_WHATSAPP_CONNECTION_CONFIG: Operation = Operation::new(
        "get_whatsapp_connection_config",
        HttpMethod::Get,
        "/v1/connections/whatsapp/config",
    )
    .tag("connections")
    .summary("Check whether WhatsApp connections are enabled")
    .scope(Scope::Project)
    .role(Role::ProjectContributor)
    .idempotent(true);
/// `complete_whatsapp_connection`: `POST /v1/connections/whatsapp/complete`.
pub const COMPLETE_WHATSAPP_CONNECTION: Operation = Operation::new(
        "complete_whatsapp_connection",
        HttpMethod::Post,
        "/v1/connections/whatsapp/complete",
    )
    .tag("connections")
    .summary("Finish WhatsApp embedded signup")
    .scope(Scope::Project)
    .role(Role::ProjectContributor);
/// `save_whatsapp_manual_credentials`: `POST /v1/connections/whatsapp/manual`.
pub const SAVE_WHATSAPP_MANUAL_CREDENTIALS: Operation = Operation::new(
        "save_whatsapp_manual_credentials",
        HttpMethod::Post,
        "/v1/connections/whatsapp/manual",
    )
    .tag("connections")
    .summary("Save manual WhatsApp Business credentials")
    .scope(Scope::Project)
    .role(Role::ProjectContributor);
/// `list_mcp_platform_catalog`: `GET /v1/mcp/platform-catalog`.
pub const LIST_MCP_PLATFORM_CATALOG: Operation = Operation::new(
        "list_mcp_platform_catalog",
        HttpMethod::Get,
        "/v1/mcp/platform-catalog",
    )
    .tag("mcp")
    .summary("List the platform adapter catalog")
    .scope(Scope::Project)
    .role(Role::ProjectContributor)
    .idempotent(true)
    .paginated(true);
/// `list_mcp_tools`: `GET /v1/mcp/tools`.
pub const LIST_MCP_TOOLS: Operation = Operation::new(
        "list_mcp_tools",
        HttpMethod::Get,
        "/v1/mcp/tools",
    )
    .tag("mcp")
    .summary("List the tool catalog")
    .scope(Scope::Project)
    .role(Role::ProjectContributor)
    .idempotent(true);
/// `list_mcp_servers`: `GET /v1/mcp/servers`.
pub const LIST_MCP_SERVERS: Operation = Operation::new(
        "list_mcp_servers",
        HttpMethod::Get,
        "/v1/mcp/servers",
    )
    .tag("mcp")
    .summary("List the tenant's MCP servers")
    .scope(Scope::Project)
    .role(Role::ProjectContributor)
    .idempotent(true)
    .paginated(true);
/// `create_mcp_server`: `POST /v1/mcp/servers`.
pub const CREATE_MCP_SERVER: Operation = Operation::new(
        "create_mcp_server",
        HttpMethod::Post,
        "/v1/mcp/servers",
    )
    .tag("mcp")
    .summary("Register a custom MCP server")
    .scope(Scope::Project)
    .role(Role::ProjectContributor);
/// `get_mcp_server`: `GET /v1/mcp/servers/{id}`.
pub const GET_MCP_SERVER: Operation = Operation::new(
        "get_mcp_server",
        HttpMethod::Get,
        "/v1/mcp/servers/{id}",
    )
    .tag("mcp")
    .summary("Get one MCP server")
    .scope(Scope::Project)
    .role(Role::ProjectContributor)
    .idempotent(true);
/// `discover_mcp_server_tools`: `POST /v1/mcp/servers/{id}/discover`.
pub const DISCOVER_MCP_SERVER_TOOLS: Operation = Operation::new(
        "discover_mcp_server_tools",
        HttpMethod::Post,
        "/v1/mcp/servers/{id}/discover",
    )
    .tag("mcp")
    .summary("Discover the tools a custom server offers")
    .scope(Scope::Project)
    .role(Role::ProjectContributor);
/// `publish_mcp_server_version`: `POST /v1/mcp/servers/{id}/versions`.
pub const PUBLISH_MCP_SERVER_VERSION: Operation = Operation::new(
        "publish_mcp_server_version",
        HttpMethod::Post,
        "/v1/mcp/servers/{id}/versions",
    )
    .tag("mcp")
    .summary("Publish a server version")
    .scope(Scope::Project)
    .role(Role::ProjectContributor);
/// `validate_mcp_server`: `POST /v1/mcp/servers/{id}/validate`.
pub const VALIDATE_MCP_SERVER: Operation = Operation::new(
        "validate_mcp_server",
        HttpMethod::Post,
        "/v1/mcp/servers/{id}/validate",
    )
    .tag("mcp")
    .summary("Run a server's validation checks")
    .scope(Scope::Project)
    .role(Role::ProjectContributor)
    .idempotent(true);
/// `validate_mcp_server_connection`: `POST
/// /v1/mcp/servers/{id}/connections/{connection_id}/validate`.
pub const VALIDATE_MCP_SERVER_CONNECTION: Operation = Operation::new(
        "validate_mcp_server_connection",
        HttpMethod::Post,
        "/v1/mcp/servers/{id}/connections/{connection_id}/validate",
    )
    .tag("mcp")
    .summary("Validate a server-connection binding")
    .scope(Scope::Project)
    .role(Role::ProjectContributor)
    .idempotent(true);
/// `list_mcp_instances`: `GET /v1/mcp/instances`.
pub const LIST_MCP_INSTANCES: Operation = Operation::new(
        "list_mcp_instances",
        HttpMethod::Get,
        "/v1/mcp/instances",
    )
    .tag("mcp")
    .summary("List MCP instances")
    .scope(Scope::Project)
    .role(Role::ProjectContributor)
    .idempotent(true)
    .paginated(true);
/// `create_mcp_instance`: `POST /v1/mcp/instances`.
pub const CREATE_MCP_INSTANCE: Operation = Operation::new(
        "create_mcp_instance",
        HttpMethod::Post,
        "/v1/mcp/instances",
    )
    .tag("mcp")
    .summary("Create an MCP instance from a server")
    .scope(Scope::Project)
    .role(Role::ProjectContributor);
/// `resolve_mcp_instances`: `POST /v1/mcp/instances/resolve`.
pub const RESOLVE_MCP_INSTANCES: Operation = Operation::new(
        "resolve_mcp_instances",
        HttpMethod::Post,
        "/v1/mcp/instances/resolve",
    )
    .tag("mcp")
    .summary("Resolve the MCP instances a workflow would use")
    .scope(Scope::Project)
    .role(Role::ProjectContributor)
    .idempotent(true);
/// `validate_mcp_instance`: `POST /v1/mcp/instances/{id}/validate`.
pub const VALIDATE_MCP_INSTANCE: Operation = Operation::new(
        "validate_mcp_instance",
        HttpMethod::Post,
        "/v1/mcp/instances/{id}/validate",
    )
    .tag("mcp")
    .summary("Validate an instance's bindings")
    .scope(Scope::Project)
    .role(Role::ProjectContributor)
    .idempotent(true);
/// `list_mcp_config_profiles`: `GET /v1/mcp/instances/{id}/config-profiles`.
pub const LIST_MCP_CONFIG_PROFILES: Operation = Operation::new(
        "list_mcp_config_profiles",
        HttpMethod::Get,
        "/v1/mcp/instances/{id}/config-profiles",
    )
    .tag("mcp")
    .summary("List an instance's config profiles")
    .scope(Scope::Project)
    .role(Role::ProjectContributor)
    .idempotent(true)
    .paginated(true);
/// `create_mcp_config_profile`: `POST /v1/mcp/instances/{id}/config-profiles`.
pub const CREATE_MCP_CONFIG_PROFILE: Operation = Operation::new(
        "create_mcp_config_profile",
        HttpMethod::Post,
        "/v1/mcp/instances/{id}/config-profiles",
    )
    .tag("mcp")
    .summary("Create a config profile")
    .scope(Scope::Project)
    .role(Role::ProjectContributor);
/// `update_mcp_config_profile`: `PATCH /v1/mcp/instances/{id}/config-profiles/{profile_id}`.
pub const UPDATE_MCP_CONFIG_PROFILE: Operation = Operation::new(
        "update_mcp_config_profile",
        HttpMethod::Patch,
        "/v1/mcp/instances/{id}/config-profiles/{profile_id}",
    )
    .tag("mcp")
    .summary("Update a config profile's wiring")
    .scope(Scope::Project)
    .role(Role::ProjectContributor);
/// `set_active_mcp_config_profile`: `POST
/// /v1/mcp/instances/{id}/config-profiles/{profile_id}/set-active`.
pub const SET_ACTIVE_MCP_CONFIG_PROFILE: Operation = Operation::new(
        "set_active_mcp_config_profile",
        HttpMethod::Post,
        "/v1/mcp/instances/{id}/config-profiles/{profile_id}/set-active",
    )
    .tag("mcp")
    .summary("Mark a config profile active")
    .scope(Scope::Project)
    .role(Role::ProjectContributor);
/// `list_mcp_connections`: `GET /v1/mcp/connections`.
pub const LIST_MCP_CONNECTIONS: Operation = Operation::new(
        "list_mcp_connections",
        HttpMethod::Get,
        "/v1/mcp/connections",
    )
    .tag("mcp")
    .summary("List connections (legacy MCP alias)")
    .scope(Scope::Project)
    .role(Role::ProjectContributor)
    .idempotent(true)
    .paginated(true)
    .deprecated(true);
/// `create_mcp_connection`: `POST /v1/mcp/connections`.
pub const CREATE_MCP_CONNECTION: Operation = Operation::new(
        "create_mcp_connection",
        HttpMethod::Post,
        "/v1/mcp/connections",
    )
    .tag("mcp")
    .summary("Create a connection (legacy MCP alias)")
    .scope(Scope::Project)
    .role(Role::ProjectContributor)
    .deprecated(true);
/// `create_connect_link`: `POST /v1/connect/link`.
pub const CREATE_CONNECT_LINK: Operation = Operation::new(
        "create_connect_link",
        HttpMethod::Post,
        "/v1/connect/link",
    )
    .tag("embedded_connect")
    .summary("Create a hosted connect session for an end user")
    .role(Role::ProjectContributor);
/// `get_connect_session`: `GET /v1/connect/sessions/{id}`.
pub const GET_CONNECT_SESSION: Operation = Operation::new(
        "get_connect_session",
        HttpMethod::Get,
        "/v1/connect/sessions/{id}",
    )
    .tag("embedded_connect")
    .summary("Poll a connect session's status")
    .role(Role::ProjectContributor)
    .idempotent(true);
/// `update_embedded_connect_settings`: `PUT /v1/embedded-connect/settings`.
pub const UPDATE_EMBEDDED_CONNECT_SETTINGS: Operation = Operation::new(
        "update_embedded_connect_settings",
        HttpMethod::Put,
        "/v1/embedded-connect/settings",
    )
    .tag("embedded_connect")
    .summary("Set the partner webhook URL and secret")
    .role(Role::TenantAdmin)
    .idempotent(true);
/// `list_principals`: `GET /v1/principals`.
pub const LIST_PRINCIPALS: Operation = Operation::new(
        "list_principals",
        HttpMethod::Get,
        "/v1/principals",
    )
    .tag("embedded_connect")
    .summary("List end-user principals")
    .role(Role::ProjectContributor)
    .idempotent(true)
    .paginated(true);
/// `sync_principals`: `POST /v1/principals/sync`.
pub const SYNC_PRINCIPALS: Operation = Operation::new(
        "sync_principals",
        HttpMethod::Post,
        "/v1/principals/sync",
    )
    .tag("embedded_connect")
    .summary("Batch upsert principal metadata")
    .role(Role::ProjectContributor);
/// `get_principal`: `GET /v1/principals/{external_id}`.
pub const GET_PRINCIPAL: Operation = Operation::new(
        "get_principal",
        HttpMethod::Get,
        "/v1/principals/{external_id}",
    )
    .tag("embedded_connect")
    .summary("Get one principal with its connections")
    .role(Role::ProjectContributor)
    .idempotent(true);
/// `upsert_principal`: `PUT /v1/principals/{external_id}`.
pub const UPSERT_PRINCIPAL: Operation = Operation::new(
        "upsert_principal",
        HttpMethod::Put,
        "/v1/principals/{external_id}",
    )
    .tag("embedded_connect")
    .summary("Create or update one principal's metadata")
    .role(Role::ProjectContributor)
    .idempotent(true);
/// `delete_principal`: `DELETE /v1/principals/{external_id}`.
pub const DELETE_PRINCIPAL: Operation = Operation::new(
        "delete_principal",
        HttpMethod::Delete,
        "/v1/principals/{external_id}",
    )
    .tag("embedded_connect")
    .summary("Delete a principal")
    .role(Role::ProjectContributor)
    .idempotent(true);
/// `suspend_principal`: `POST /v1/principals/{external_id}/suspend`.
pub const SUSPEND_PRINCIPAL: Operation = Operation::new(
        "suspend_principal",
        HttpMethod::Post,
        "/v1/principals/{external_id}/suspend",
    )
    .tag("embedded_connect")
    .summary("Suspend a principal from future runs")
    .role(Role::ProjectContributor);
/// `link_principal_user`: `POST /v1/principals/{external_id}/link`.
pub const LINK_PRINCIPAL_USER: Operation = Operation::new(
        "link_principal_user",
        HttpMethod::Post,
        "/v1/principals/{external_id}/link",
    )
    .tag("embedded_connect")
    .summary("Link a principal to a Console user")
    .role(Role::TenantAdmin);
/// `unlink_principal_user`: `DELETE /v1/principals/{external_id}/link`.
pub const UNLINK_PRINCIPAL_USER: Operation = Operation::new(
        "unlink_principal_user",
        HttpMethod::Delete,
        "/v1/principals/{external_id}/link",
    )
    .tag("embedded_connect")
    .summary("Remove a principal's Console user link")
    .role(Role::TenantAdmin)
    .idempotent(true);
/// `list_principal_segments`: `GET /v1/principal-segments`.
pub const LIST_PRINCIPAL_SEGMENTS: Operation = Operation::new(
        "list_principal_segments",
        HttpMethod::Get,
        "/v1/principal-segments",
    )
    .tag("embedded_connect")
    .summary("List principal segments")
    .role(Role::ProjectContributor)
    .idempotent(true)
    .paginated(true);
/// `create_principal_segment`: `POST /v1/principal-segments`.
pub const CREATE_PRINCIPAL_SEGMENT: Operation = Operation::new(
        "create_principal_segment",
        HttpMethod::Post,
        "/v1/principal-segments",
    )
    .tag("embedded_connect")
    .summary("Create a principal segment")
    .role(Role::ProjectContributor);
/// `get_principal_segment`: `GET /v1/principal-segments/{id}`.
pub const GET_PRINCIPAL_SEGMENT: Operation = Operation::new(
        "get_principal_segment",
        HttpMethod::Get,
        "/v1/principal-segments/{id}",
    )
    .tag("embedded_connect")
    .summary("Get a segment definition")
    .role(Role::ProjectContributor)
    .idempotent(true);
/// `list_usage_history`: `GET /v1/usage-history`.
pub const LIST_USAGE_HISTORY: Operation = Operation::new(
        "list_usage_history",
        HttpMethod::Get,
        "/v1/usage-history",
    )
    .tag("embedded_connect")
    .summary("Export usage per principal")
    .role(Role::ProjectContributor)
    .idempotent(true)
    .paginated(true);
/// `send_autopilot_message`: `POST /v1/autopilot/chat`.
pub const SEND_AUTOPILOT_MESSAGE: Operation = Operation::new(
        "send_autopilot_message",
        HttpMethod::Post,
        "/v1/autopilot/chat",
    )
    .tag("autopilot")
    .summary("Send a message to Autopilot")
    .scope(Scope::Project)
    .role(Role::ProjectViewer);
/// `stream_autopilot_response`: `GET /v1/autopilot/stream`.
pub const STREAM_AUTOPILOT_RESPONSE: Operation = Operation::new(
        "stream_autopilot_response",
        HttpMethod::Get,
        "/v1/autopilot/stream",
    )
    .tag("autopilot")
    .summary("Stream Autopilot's reply token by token")
    .scope(Scope::Project)
    .role(Role::ProjectViewer)
    .idempotent(true)
    .streamed(true);
/// `list_chat_conversations`: `GET /v1/chat/conversations`.
pub const LIST_CHAT_CONVERSATIONS: Operation = Operation::new(
        "list_chat_conversations",
        HttpMethod::Get,
        "/v1/chat/conversations",
    )
    .tag("chat")
    .summary("List chat conversations")
    .scope(Scope::Project)
    .role(Role::ProjectViewer)
    .idempotent(true)
    .paginated(true);
/// `create_chat_conversation`: `POST /v1/chat/conversations`.
pub const CREATE_CHAT_CONVERSATION: Operation = Operation::new(
        "create_chat_conversation",
        HttpMethod::Post,
        "/v1/chat/conversations",
    )
    .tag("chat")
    .summary("Create a chat conversation")
    .scope(Scope::Project)
    .role(Role::ProjectViewer);
/// `get_chat_conversation`: `GET /v1/chat/conversations/{conversation_id}`.
pub const GET_CHAT_CONVERSATION: Operation = Operation::new(
        "get_chat_conversation",
        HttpMethod::Get,
        "/v1/chat/conversations/{conversation_id}",
    )
    .tag("chat")
    .summary("Get a chat conversation")
    .scope(Scope::Project)
    .role(Role::ProjectViewer)
    .idempotent(true);
/// `list_chat_messages`: `GET /v1/chat/conversations/{conversation_id}/messages`.
pub const LIST_CHAT_MESSAGES: Operation = Operation::new(
        "list_chat_messages",
        HttpMethod::Get,
        "/v1/chat/conversations/{conversation_id}/messages",
    )
    .tag("chat")
    .summary("List a conversation's messages")
    .scope(Scope::Project)
    .role(Role::ProjectViewer)
    .idempotent(true)
    .paginated(true);
/// `send_chat_message`: `POST /v1/chat/conversations/{conversation_id}/messages`.
pub const SEND_CHAT_MESSAGE: Operation = Operation::new(
        "send_chat_message",
        HttpMethod::Post,
        "/v1/chat/conversations/{conversation_id}/messages",
    )
    .tag("chat")
    .summary("Send a message to a conversation")
    .scope(Scope::Project)
    .role(Role::ProjectViewer);
/// `cancel_chat_message`: `POST
/// /v1/chat/conversations/{conversation_id}/messages/{message_id}/cancel`.
pub const CANCEL_CHAT_MESSAGE: Operation = Operation::new(
        "cancel_chat_message",
        HttpMethod::Post,
        "/v1/chat/conversations/{conversation_id}/messages/{message_id}/cancel",
    )
    .tag("chat")
    .summary("Cancel a queued message")
    .scope(Scope::Project)
    .role(Role::ProjectViewer);
/// `get_chat_turn_status`: `GET /v1/chat/conversations/{conversation_id}/turns/{turn_id}`.
pub const GET_CHAT_TURN_STATUS: Operation = Operation::new(
        "get_chat_turn_status",
        HttpMethod::Get,
        "/v1/chat/conversations/{conversation_id}/turns/{turn_id}",
    )
    .tag("chat")
    .summary("Get a chat turn's status")
    .scope(Scope::Project)
    .role(Role::ProjectViewer)
    .idempotent(true);
/// `get_llm_catalog`: `GET /v1/llm-provider-keys/catalog`.
pub const GET_LLM_CATALOG: Operation = Operation::new(
        "get_llm_catalog",
        HttpMethod::Get,
        "/v1/llm-provider-keys/catalog",
    )
    .tag("llm")
    .summary("Get the LLM model catalog")
    .scope(Scope::Tenant)
    .role(Role::ProjectViewer)
    .idempotent(true);
/// `resolve_llm_model`: `POST /v1/llm/resolve`.
pub const RESOLVE_LLM_MODEL: Operation = Operation::new(
        "resolve_llm_model",
        HttpMethod::Post,
        "/v1/llm/resolve",
    )
    .tag("llm")
    .summary("Resolve a model reference")
    .scope(Scope::Tenant)
    .role(Role::ProjectContributor)
    .idempotent(true);
/// `search_memory`: `POST /v1/memory/search`.
pub const SEARCH_MEMORY: Operation = Operation::new(
        "search_memory",
        HttpMethod::Post,
        "/v1/memory/search",
    )
    .tag("memory")
    .summary("Search memory semantically")
    .scope(Scope::Project)
    .role(Role::ProjectContributor)
    .idempotent(true);
/// `index_memory_conversation`: `POST /v1/memory/index-conversation`.
pub const INDEX_MEMORY_CONVERSATION: Operation = Operation::new(
        "index_memory_conversation",
        HttpMethod::Post,
        "/v1/memory/index-conversation",
    )
    .tag("memory")
    .summary("Queue indexing of a chat conversation")
    .scope(Scope::Project)
    .role(Role::ProjectContributor);
/// `index_memory_file`: `POST /v1/memory/index-file`.
pub const INDEX_MEMORY_FILE: Operation = Operation::new(
        "index_memory_file",
        HttpMethod::Post,
        "/v1/memory/index-file",
    )
    .tag("memory")
    .summary("Queue indexing of a work file")
    .scope(Scope::Project)
    .role(Role::ProjectContributor);
/// `start_memory_extract_batch`: `POST /v1/memory/extract/batch`.
pub const START_MEMORY_EXTRACT_BATCH: Operation = Operation::new(
        "start_memory_extract_batch",
        HttpMethod::Post,
        "/v1/memory/extract/batch",
    )
    .tag("memory")
    .summary("Start a batch of extraction jobs")
    .scope(Scope::Project)
    .role(Role::ProjectContributor);
/// `get_memory_extract_batch`: `GET /v1/memory/extract/batch/{batchId}`.
pub const GET_MEMORY_EXTRACT_BATCH: Operation = Operation::new(
        "get_memory_extract_batch",
        HttpMethod::Get,
        "/v1/memory/extract/batch/{batchId}",
    )
    .tag("memory")
    .summary("Get a batch extraction's status")
    .scope(Scope::Project)
    .role(Role::ProjectContributor)
    .idempotent(true);
/// `get_memory_extract_job`: `GET /v1/memory/extract/{jobId}`.
pub const GET_MEMORY_EXTRACT_JOB: Operation = Operation::new(
        "get_memory_extract_job",
        HttpMethod::Get,
        "/v1/memory/extract/{jobId}",
    )
    .tag("memory")
    .summary("Get an extraction job's status")
    .scope(Scope::Project)
    .role(Role::ProjectContributor)
    .idempotent(true);
/// `get_memory_episode`: `GET /v1/memory/episodes/{episodeId}`.
pub const GET_MEMORY_EPISODE: Operation = Operation::new(
        "get_memory_episode",
        HttpMethod::Get,
        "/v1/memory/episodes/{episodeId}",
    )
    .tag("memory")
    .summary("Get an episode bundle")
    .scope(Scope::Project)
    .role(Role::ProjectContributor)
    .idempotent(true);
/// `call_memory_tool`: `POST /v1/memory/tools/call`.
pub const CALL_MEMORY_TOOL: Operation = Operation::new(
        "call_memory_tool",
        HttpMethod::Post,
        "/v1/memory/tools/call",
    )
    .tag("memory")
    .summary("Invoke a memory tool by name")
    .scope(Scope::Project)
    .role(Role::ProjectContributor);
/// `get_stripe_config`: `GET /v1/config/stripe`.
pub const GET_STRIPE_CONFIG: Operation = Operation::new(
        "get_stripe_config",
        HttpMethod::Get,
        "/v1/config/stripe",
    )
    .tag("billing")
    .summary("Get the publishable Stripe configuration")
    .role(Role::Public)
    .idempotent(true);
/// `get_billing_summary`: `GET /v1/billing/summary`.
pub const GET_BILLING_SUMMARY: Operation = Operation::new(
        "get_billing_summary",
        HttpMethod::Get,
        "/v1/billing/summary",
    )
    .tag("billing")
    .summary("Get the billing summary")
    .scope(Scope::Tenant)
    .role(Role::ProjectContributor)
    .idempotent(true);
/// `list_billing_plans`: `GET /v1/billing/plans`.
pub const LIST_BILLING_PLANS: Operation = Operation::new(
        "list_billing_plans",
        HttpMethod::Get,
        "/v1/billing/plans",
    )
    .tag("billing")
    .summary("List the plan catalog")
    .scope(Scope::Tenant)
    .role(Role::ProjectContributor)
    .idempotent(true);
/// `get_billing_status`: `GET /v1/billing/status`.
pub const GET_BILLING_STATUS: Operation = Operation::new(
        "get_billing_status",
        HttpMethod::Get,
        "/v1/billing/status",
    )
    .tag("billing")
    .summary("Get subscription and trial status")
    .scope(Scope::Tenant)
    .role(Role::ProjectContributor)
    .idempotent(true);
/// `get_billing_usage`: `GET /v1/billing/usage`.
pub const GET_BILLING_USAGE: Operation = Operation::new(
        "get_billing_usage",
        HttpMethod::Get,
        "/v1/billing/usage",
    )
    .tag("billing")
    .summary("Get credit balances")
    .scope(Scope::Tenant)
    .role(Role::ProjectContributor)
    .idempotent(true);
/// `list_billing_usage_dimensions`: `GET /v1/billing/usage-dimensions`.
pub const LIST_BILLING_USAGE_DIMENSIONS: Operation = Operation::new(
        "list_billing_usage_dimensions",
        HttpMethod::Get,
        "/v1/billing/usage-dimensions",
    )
    .tag("billing")
    .summary("List usage breakdown dimensions")
    .scope(Scope::Tenant)
    .role(Role::ProjectViewer)
    .idempotent(true);
/// `list_billing_usage_history`: `GET /v1/billing/usage-history`.
pub const LIST_BILLING_USAGE_HISTORY: Operation = Operation::new(
        "list_billing_usage_history",
        HttpMethod::Get,
        "/v1/billing/usage-history",
    )
    .tag("billing")
    .summary("List the metered usage ledger")
    .scope(Scope::Tenant)
    .role(Role::ProjectContributor)
    .idempotent(true)
    .paginated(true);
/// `list_billing_payment_history`: `GET /v1/billing/payment-history`.
pub const LIST_BILLING_PAYMENT_HISTORY: Operation = Operation::new(
        "list_billing_payment_history",
        HttpMethod::Get,
        "/v1/billing/payment-history",
    )
    .tag("billing")
    .summary("List payments and top-ups")
    .scope(Scope::Tenant)
    .role(Role::ProjectContributor)
    .idempotent(true)
    .paginated(true);
/// `get_billing_action_pricing`: `GET /v1/billing/action-pricing`.
pub const GET_BILLING_ACTION_PRICING: Operation = Operation::new(
        "get_billing_action_pricing",
        HttpMethod::Get,
        "/v1/billing/action-pricing",
    )
    .tag("billing")
    .summary("Get resolved per-action prices")
    .scope(Scope::Tenant)
    .role(Role::ProjectContributor)
    .idempotent(true);
/// `create_payg_topup_intent`: `POST /v1/billing/topups/payg/intent`.
pub const CREATE_PAYG_TOPUP_INTENT: Operation = Operation::new(
        "create_payg_topup_intent",
        HttpMethod::Post,
        "/v1/billing/topups/payg/intent",
    )
    .tag("billing")
    .summary("Create a PAYG top-up payment intent")
    .scope(Scope::Tenant)
    .role(Role::ProjectContributor);
/// `start_billing_trial`: `POST /v1/billing/trial`.
pub const START_BILLING_TRIAL: Operation = Operation::new(
        "start_billing_trial",
        HttpMethod::Post,
        "/v1/billing/trial",
    )
    .tag("billing")
    .summary("Start a trial")
    .scope(Scope::Tenant)
    .role(Role::TenantAdmin);
/// `create_billing_subscription`: `POST /v1/billing/subscription`.
pub const CREATE_BILLING_SUBSCRIPTION: Operation = Operation::new(
        "create_billing_subscription",
        HttpMethod::Post,
        "/v1/billing/subscription",
    )
    .tag("billing")
    .summary("Activate a paid subscription")
    .scope(Scope::Tenant)
    .role(Role::TenantAdmin);
/// `change_billing_plan`: `POST /v1/billing/subscription/change-plan`.
pub const CHANGE_BILLING_PLAN: Operation = Operation::new(
        "change_billing_plan",
        HttpMethod::Post,
        "/v1/billing/subscription/change-plan",
    )
    .tag("billing")
    .summary("Change the subscription's plan")
    .scope(Scope::Tenant)
    .role(Role::TenantAdmin);
/// `cancel_billing_subscription`: `POST /v1/billing/subscription/cancel`.
pub const CANCEL_BILLING_SUBSCRIPTION: Operation = Operation::new(
        "cancel_billing_subscription",
        HttpMethod::Post,
        "/v1/billing/subscription/cancel",
    )
    .tag("billing")
    .summary("Cancel the subscription")
    .scope(Scope::Tenant)
    .role(Role::TenantAdmin);
/// `convert_billing_trial_now`: `POST /v1/billing/subscription/convert-trial-now`.
pub const CONVERT_BILLING_TRIAL_NOW: Operation = Operation::new(
        "convert_billing_trial_now",
        HttpMethod::Post,
        "/v1/billing/subscription/convert-trial-now",
    )
    .tag("billing")
    .summary("End the trial early and convert to paid")
    .scope(Scope::Tenant)
    .role(Role::TenantAdmin);
/// `apply_billing_code`: `POST /v1/billing/codes/apply`.
pub const APPLY_BILLING_CODE: Operation = Operation::new(
        "apply_billing_code",
        HttpMethod::Post,
        "/v1/billing/codes/apply",
    )
    .tag("billing")
    .summary("Apply a billing code")
    .scope(Scope::Tenant)
    .role(Role::TenantAdmin);
/// `validate_billing_discount`: `POST /v1/billing/discounts/validate`.
pub const VALIDATE_BILLING_DISCOUNT: Operation = Operation::new(
        "validate_billing_discount",
        HttpMethod::Post,
        "/v1/billing/discounts/validate",
    )
    .tag("billing")
    .summary("Validate a discount code")
    .scope(Scope::Tenant)
    .role(Role::TenantAdmin)
    .idempotent(true);
/// `list_agents`: `GET /v1/agents`.
pub const LIST_AGENTS: Operation = Operation::new(
        "list_agents",
        HttpMethod::Get,
        "/v1/agents",
    )
    .tag("agents")
    .summary("List platform agents")
    .scope(Scope::Project)
    .role(Role::ProjectViewer)
    .idempotent(true)
    .paginated(true);
/// `create_agent`: `POST /v1/agents`.
pub const CREATE_AGENT: Operation = Operation::new(
        "create_agent",
        HttpMethod::Post,
        "/v1/agents",
    )
    .tag("agents")
    .summary("Create an agent")
    .scope(Scope::Project)
    .role(Role::ProjectContributor);
/// `get_agent`: `GET /v1/agents/{id}`.
pub const GET_AGENT: Operation = Operation::new(
        "get_agent",
        HttpMethod::Get,
        "/v1/agents/{id}",
    )
    .tag("agents")
    .summary("Get an agent")
    .scope(Scope::Project)
    .role(Role::ProjectViewer)
    .idempotent(true);
/// `update_agent`: `PATCH /v1/agents/{id}`.
pub const UPDATE_AGENT: Operation = Operation::new(
        "update_agent",
        HttpMethod::Patch,
        "/v1/agents/{id}",
    )
    .tag("agents")
    .summary("Update an agent")
    .scope(Scope::Project)
    .role(Role::ProjectContributor);
/// `delete_agent`: `DELETE /v1/agents/{id}`.
pub const DELETE_AGENT: Operation = Operation::new(
        "delete_agent",
        HttpMethod::Delete,
        "/v1/agents/{id}",
    )
    .tag("agents")
    .summary("Delete an agent")
    .scope(Scope::Project)
    .role(Role::ProjectContributor)
    .idempotent(true);
/// `get_analytics_live_runs`: `GET /v1/analytics/live-runs`.
pub const GET_ANALYTICS_LIVE_RUNS: Operation = Operation::new(
        "get_analytics_live_runs",
        HttpMethod::Get,
        "/v1/analytics/live-runs",
    )
    .tag("analytics")
    .summary("Count currently active runs")
    .scope(Scope::Project)
    .role(Role::ProjectContributor)
    .idempotent(true);
/// `get_analytics_success_rate`: `GET /v1/analytics/success-rate`.
pub const GET_ANALYTICS_SUCCESS_RATE: Operation = Operation::new(
        "get_analytics_success_rate",
        HttpMethod::Get,
        "/v1/analytics/success-rate",
    )
    .tag("analytics")
    .summary("Get the run success rate")
    .scope(Scope::Project)
    .role(Role::ProjectContributor)
    .idempotent(true);
/// `get_analytics_execution_duration`: `GET /v1/analytics/execution-duration`.
pub const GET_ANALYTICS_EXECUTION_DURATION: Operation = Operation::new(
        "get_analytics_execution_duration",
        HttpMethod::Get,
        "/v1/analytics/execution-duration",
    )
    .tag("analytics")
    .summary("Get wall-clock execution totals")
    .scope(Scope::Project)
    .role(Role::ProjectContributor)
    .idempotent(true);
/// `get_analytics_runs_count`: `GET /v1/analytics/runs-count`.
pub const GET_ANALYTICS_RUNS_COUNT: Operation = Operation::new(
        "get_analytics_runs_count",
        HttpMethod::Get,
        "/v1/analytics/runs-count",
    )
    .tag("analytics")
    .summary("Count runs in a window")
    .scope(Scope::Project)
    .role(Role::ProjectContributor)
    .idempotent(true);
/// `get_analytics_steps_executed`: `GET /v1/analytics/steps-executed`.
pub const GET_ANALYTICS_STEPS_EXECUTED: Operation = Operation::new(
        "get_analytics_steps_executed",
        HttpMethod::Get,
        "/v1/analytics/steps-executed",
    )
    .tag("analytics")
    .summary("Count metered steps executed")
    .scope(Scope::Project)
    .role(Role::ProjectContributor)
    .idempotent(true);
/// `get_analytics_credits_consumed`: `GET /v1/analytics/credits-consumed`.
pub const GET_ANALYTICS_CREDITS_CONSUMED: Operation = Operation::new(
        "get_analytics_credits_consumed",
        HttpMethod::Get,
        "/v1/analytics/credits-consumed",
    )
    .tag("analytics")
    .summary("Get credits consumed")
    .scope(Scope::Project)
    .role(Role::ProjectContributor)
    .idempotent(true);
/// `get_analytics_steps_summary`: `GET /v1/analytics/steps-summary`.
pub const GET_ANALYTICS_STEPS_SUMMARY: Operation = Operation::new(
        "get_analytics_steps_summary",
        HttpMethod::Get,
        "/v1/analytics/steps-summary",
    )
    .tag("analytics")
    .summary("Get the step-type breakdown and latency")
    .scope(Scope::Project)
    .role(Role::ProjectContributor)
    .idempotent(true);
/// `get_analytics_runs_timeseries`: `GET /v1/analytics/runs-timeseries`.
pub const GET_ANALYTICS_RUNS_TIMESERIES: Operation = Operation::new(
        "get_analytics_runs_timeseries",
        HttpMethod::Get,
        "/v1/analytics/runs-timeseries",
    )
    .tag("analytics")
    .summary("Get the run volume timeseries")
    .scope(Scope::Project)
    .role(Role::ProjectContributor)
    .idempotent(true);
/// `get_analytics_usage_timeseries`: `GET /v1/analytics/usage-timeseries`.
pub const GET_ANALYTICS_USAGE_TIMESERIES: Operation = Operation::new(
        "get_analytics_usage_timeseries",
        HttpMethod::Get,
        "/v1/analytics/usage-timeseries",
    )
    .tag("analytics")
    .summary("Get the usage timeseries")
    .scope(Scope::Project)
    .role(Role::ProjectContributor)
    .idempotent(true);
/// `list_pats`: `GET /v1/pats`.
pub const LIST_PATS: Operation = Operation::new("list_pats", HttpMethod::Get, "/v1/pats")
    .tag("pats")
    .summary("List personal access tokens")
    .scope(Scope::Tenant)
    .role(Role::ProjectContributor)
    .idempotent(true)
    .paginated(true);
/// `create_pat`: `POST /v1/pats`.
pub const CREATE_PAT: Operation = Operation::new(
        "create_pat",
        HttpMethod::Post,
        "/v1/pats",
    )
    .tag("pats")
    .summary("Create a personal access token")
    .scope(Scope::Tenant)
    .role(Role::ProjectContributor);
/// `revoke_pat`: `DELETE /v1/pats/{id}`.
pub const REVOKE_PAT: Operation = Operation::new(
        "revoke_pat",
        HttpMethod::Delete,
        "/v1/pats/{id}",
    )
    .tag("pats")
    .summary("Revoke a personal access token")
    .scope(Scope::Tenant)
    .role(Role::ProjectContributor)
    .idempotent(true);
/// `reveal_pat`: `GET /v1/pats/{id}/reveal`.
pub const REVEAL_PAT: Operation = Operation::new(
        "reveal_pat",
        HttpMethod::Get,
        "/v1/pats/{id}/reveal",
    )
    .tag("pats")
    .summary("Reveal a personal access token's secret once")
    .scope(Scope::Tenant)
    .role(Role::ProjectViewer)
    .idempotent(true);
/// `validate_onboarding_invite`: `GET /v1/onboarding/invites/{code}`.
pub const VALIDATE_ONBOARDING_INVITE: Operation = Operation::new(
        "validate_onboarding_invite",
        HttpMethod::Get,
        "/v1/onboarding/invites/{code}",
    )
    .tag("onboarding")
    .summary("Validate an invite code")
    .role(Role::Public)
    .idempotent(true);
/// `check_tenant_code_availability`: `GET /v1/onboarding/tenant-code-availability`.
pub const CHECK_TENANT_CODE_AVAILABILITY: Operation = Operation::new(
        "check_tenant_code_availability",
        HttpMethod::Get,
        "/v1/onboarding/tenant-code-availability",
    )
    .tag("onboarding")
    .summary("Check whether a tenant code is available")
    .role(Role::Public)
    .idempotent(true);
/// `create_onboarding_workspace`: `POST /v1/onboarding/workspace`.
pub const CREATE_ONBOARDING_WORKSPACE: Operation = Operation::new(
        "create_onboarding_workspace",
        HttpMethod::Post,
        "/v1/onboarding/workspace",
    )
    .tag("onboarding")
    .summary("Create and provision a workspace")
    .role(Role::Public);
/// `update_onboarding_workspace`: `PATCH /v1/onboarding/workspace`.
pub const UPDATE_ONBOARDING_WORKSPACE: Operation = Operation::new(
        "update_onboarding_workspace",
        HttpMethod::Patch,
        "/v1/onboarding/workspace",
    )
    .tag("onboarding")
    .summary("Update the workspace being onboarded")
    .role(Role::Public);
/// `get_setup_status`: `GET /v1/setup/status`.
pub const GET_SETUP_STATUS: Operation = Operation::new(
        "get_setup_status",
        HttpMethod::Get,
        "/v1/setup/status",
    )
    .tag("onboarding")
    .summary("Get the setup checklist")
    .role(Role::Public)
    .idempotent(true);
/// `complete_setup`: `POST /v1/setup/complete`.
pub const COMPLETE_SETUP: Operation = Operation::new(
        "complete_setup",
        HttpMethod::Post,
        "/v1/setup/complete",
    )
    .tag("onboarding")
    .summary("Mark setup as complete")
    .role(Role::Public);
/// `sign_up`: `POST /v1/auth/signup`.
pub const SIGN_UP: Operation = Operation::new(
        "sign_up",
        HttpMethod::Post,
        "/v1/auth/signup",
    )
    .tag("auth")
    .summary("Sign up with email and password")
    .role(Role::Public);
/// `verify_email`: `POST /v1/auth/verify-email`.
pub const VERIFY_EMAIL: Operation = Operation::new(
        "verify_email",
        HttpMethod::Post,
        "/v1/auth/verify-email",
    )
    .tag("auth")
    .summary("Verify an email address")
    .role(Role::Public);
/// `resend_verification_email`: `POST /v1/auth/resend-verification`.
pub const RESEND_VERIFICATION_EMAIL: Operation = Operation::new(
        "resend_verification_email",
        HttpMethod::Post,
        "/v1/auth/resend-verification",
    )
    .tag("auth")
    .summary("Resend the verification email")
    .role(Role::Public);
/// `log_in`: `POST /v1/auth/login`.
pub const LOG_IN: Operation = Operation::new(
        "log_in",
        HttpMethod::Post,
        "/v1/auth/login",
    )
    .tag("auth")
    .summary("Sign in with email and password")
    .role(Role::Public);
/// `log_out`: `POST /v1/auth/logout`.
pub const LOG_OUT: Operation = Operation::new(
        "log_out",
        HttpMethod::Post,
        "/v1/auth/logout",
    )
    .tag("auth")
    .summary("Sign out")
    .role(Role::Public);
/// `get_auth_session`: `GET /v1/auth/session`.
pub const GET_AUTH_SESSION: Operation = Operation::new(
        "get_auth_session",
        HttpMethod::Get,
        "/v1/auth/session",
    )
    .tag("auth")
    .summary("Get the current session and user")
    .role(Role::Public)
    .idempotent(true);
/// `request_password_reset`: `POST /v1/auth/forgot-password`.
pub const REQUEST_PASSWORD_RESET: Operation = Operation::new(
        "request_password_reset",
        HttpMethod::Post,
        "/v1/auth/forgot-password",
    )
    .tag("auth")
    .summary("Request a password reset email")
    .role(Role::Public);
/// `reset_password`: `POST /v1/auth/reset-password`.
pub const RESET_PASSWORD: Operation = Operation::new(
        "reset_password",
        HttpMethod::Post,
        "/v1/auth/reset-password",
    )
    .tag("auth")
    .summary("Set a new password with a reset token")
    .role(Role::Public);
/// `change_password`: `POST /v1/auth/change-password`.
pub const CHANGE_PASSWORD: Operation = Operation::new(
        "change_password",
        HttpMethod::Post,
        "/v1/auth/change-password",
    )
    .tag("auth")
    .summary("Change the signed-in user's password")
    .role(Role::Public);
/// `sign_in_with_google_one_tap`: `POST /v1/auth/oauth/google/one-tap`.
pub const SIGN_IN_WITH_GOOGLE_ONE_TAP: Operation = Operation::new(
        "sign_in_with_google_one_tap",
        HttpMethod::Post,
        "/v1/auth/oauth/google/one-tap",
    )
    .tag("auth")
    .summary("Sign in with Google One Tap")
    .role(Role::Public);
/// `start_google_oauth`: `GET /v1/auth/oauth/google/start`.
pub const START_GOOGLE_OAUTH: Operation = Operation::new(
        "start_google_oauth",
        HttpMethod::Get,
        "/v1/auth/oauth/google/start",
    )
    .tag("auth")
    .summary("Start Google sign-in")
    .role(Role::Public)
    .idempotent(true);
/// `complete_google_oauth`: `POST /v1/auth/oauth/google/callback`.
pub const COMPLETE_GOOGLE_OAUTH: Operation = Operation::new(
        "complete_google_oauth",
        HttpMethod::Post,
        "/v1/auth/oauth/google/callback",
    )
    .tag("auth")
    .summary("Complete Google sign-in")
    .role(Role::Public);
/// `execute_surface_action`: `POST /v1/surfaces/action`.
pub const EXECUTE_SURFACE_ACTION: Operation = Operation::new(
        "execute_surface_action",
        HttpMethod::Post,
        "/v1/surfaces/action",
    )
    .tag("surfaces")
    .summary("Execute a Surfaces app action")
    .scope(Scope::Project)
    .role(Role::ProjectContributor);
/// `list_tenant_databases`: `GET /v1/tenant-data/tenants/{tenant_id}/databases`.
pub const LIST_TENANT_DATABASES: Operation = Operation::new(
        "list_tenant_databases",
        HttpMethod::Get,
        "/v1/tenant-data/tenants/{tenant_id}/databases",
    )
    .tag("tenant_data")
    .summary("List the tenant's databases")
    .scope(Scope::Tenant)
    .role(Role::ProjectViewer)
    .idempotent(true)
    .paginated(true);
/// `create_tenant_database`: `POST /v1/tenant-data/tenants/{tenant_id}/databases`.
pub const CREATE_TENANT_DATABASE: Operation = Operation::new(
        "create_tenant_database",
        HttpMethod::Post,
        "/v1/tenant-data/tenants/{tenant_id}/databases",
    )
    .tag("tenant_data")
    .summary("Create a database and its initial schema")
    .scope(Scope::Tenant)
    .role(Role::ProjectContributor);
/// `preview_tenant_database_migration`: `POST
/// /v1/tenant-data/tenants/{tenant_id}/databases/{database_id}/schema/migrate/preview`.
pub const PREVIEW_TENANT_DATABASE_MIGRATION: Operation = Operation::new(
        "preview_tenant_database_migration",
        HttpMethod::Post,
        "/v1/tenant-data/tenants/{tenant_id}/databases/{database_id}/schema/migrate/preview",
    )
    .tag("tenant_data")
    .summary("Preview a schema migration")
    .scope(Scope::Tenant)
    .role(Role::ProjectContributor)
    .idempotent(true);
/// `apply_tenant_database_migration`: `POST
/// /v1/tenant-data/tenants/{tenant_id}/databases/{database_id}/schema/migrate`.
pub const APPLY_TENANT_DATABASE_MIGRATION: Operation = Operation::new(
        "apply_tenant_database_migration",
        HttpMethod::Post,
        "/v1/tenant-data/tenants/{tenant_id}/databases/{database_id}/schema/migrate",
    )
    .tag("tenant_data")
    .summary("Apply a schema migration")
    .scope(Scope::Tenant)
    .role(Role::ProjectContributor);
/// `get_tenant_database_api_contract`: `GET
/// /v1/tenant-data/tenants/{tenant_id}/databases/{database_id}/api-contract`.
pub const GET_TENANT_DATABASE_API_CONTRACT: Operation = Operation::new(
        "get_tenant_database_api_contract",
        HttpMethod::Get,
        "/v1/tenant-data/tenants/{tenant_id}/databases/{database_id}/api-contract",
    )
    .tag("tenant_data")
    .summary("Get the published API contract")
    .scope(Scope::Tenant)
    .role(Role::ProjectViewer)
    .idempotent(true);
/// `provision_tenant_database_mcp`: `POST
/// /v1/tenant-data/tenants/{tenant_id}/databases/{database_id}/mcp/provision`.
pub const PROVISION_TENANT_DATABASE_MCP: Operation = Operation::new(
        "provision_tenant_database_mcp",
        HttpMethod::Post,
        "/v1/tenant-data/tenants/{tenant_id}/databases/{database_id}/mcp/provision",
    )
    .tag("tenant_data")
    .summary("Provision the database's Tenant Data MCP instance")
    .scope(Scope::Project)
    .role(Role::ProjectContributor);
/// Every operation, sorted by `id`.
pub static OPERATIONS: [Operation; 157usize] = [
    APPLY_BILLING_CODE,
    APPLY_TENANT_DATABASE_MIGRATION,
    ARCHIVE_WORKFLOW,
    CALL_MEMORY_TOOL,
    CANCEL_BILLING_SUBSCRIPTION,
    CANCEL_CHAT_MESSAGE,
    CHANGE_BILLING_PLAN,
    CHANGE_PASSWORD,
    CHECK_TENANT_CODE_AVAILABILITY,
    COMPLETE_GOOGLE_CONNECTION,
    COMPLETE_GOOGLE_OAUTH,
    COMPLETE_SETUP,
    COMPLETE_TASK,
    COMPLETE_WHATSAPP_CONNECTION,
    CONVERT_BILLING_TRIAL_NOW,
    CREATE_AGENT,
    CREATE_BILLING_SUBSCRIPTION,
    CREATE_CHAT_CONVERSATION,
    CREATE_CONNECT_LINK,
    CREATE_CONNECTION,
    CREATE_GOOGLE_OAUTH_URL,
    CREATE_INBOUND_WEBHOOK,
    CREATE_MCP_CONFIG_PROFILE,
    CREATE_MCP_CONNECTION,
    CREATE_MCP_INSTANCE,
    CREATE_MCP_SERVER,
    CREATE_ONBOARDING_WORKSPACE,
    CREATE_PAT,
    CREATE_PAYG_TOPUP_INTENT,
    CREATE_PRINCIPAL_SEGMENT,
    CREATE_TENANT_DATABASE,
    CREATE_TRIGGER,
    CREATE_WORKFLOW,
    DELETE_AGENT,
    DELETE_CONNECTION,
    DELETE_INBOUND_WEBHOOK,
    DELETE_PRINCIPAL,
    DELETE_TRIGGER,
    DISCOVER_MCP_SERVER_TOOLS,
    EXECUTE_SURFACE_ACTION,
    GET_AGENT,
    GET_ANALYTICS_CREDITS_CONSUMED,
    GET_ANALYTICS_EXECUTION_DURATION,
    GET_ANALYTICS_LIVE_RUNS,
    GET_ANALYTICS_RUNS_COUNT,
    GET_ANALYTICS_RUNS_TIMESERIES,
    GET_ANALYTICS_STEPS_EXECUTED,
    GET_ANALYTICS_STEPS_SUMMARY,
    GET_ANALYTICS_SUCCESS_RATE,
    GET_ANALYTICS_USAGE_TIMESERIES,
    GET_AUTH_SESSION,
    GET_BILLING_ACTION_PRICING,
    GET_BILLING_STATUS,
    GET_BILLING_SUMMARY,
    GET_BILLING_USAGE,
    GET_CHAT_CONVERSATION,
    GET_CHAT_TURN_STATUS,
    GET_CONNECT_SESSION,
    GET_CONNECTION_CREDENTIALS,
    GET_GOOGLE_CONNECTION_ACCOUNT,
    GET_GOOGLE_CONNECTION_CONFIG,
    GET_LATEST_GRAPH_DRY_RUN,
    GET_LLM_CATALOG,
    GET_MCP_SERVER,
    GET_MEMORY_EPISODE,
    GET_MEMORY_EXTRACT_BATCH,
    GET_MEMORY_EXTRACT_JOB,
    GET_PRINCIPAL,
    GET_PRINCIPAL_SEGMENT,
    GET_RUN_CONTEXT,
    GET_RUN_SUMMARY,
    GET_SETUP_STATUS,
    GET_STRIPE_CONFIG,
    GET_TENANT_DATABASE_API_CONTRACT,
    GET_WHATSAPP_CONNECTION_CONFIG,
    GET_WORKFLOW,
    INDEX_MEMORY_CONVERSATION,
    INDEX_MEMORY_FILE,
    LINK_PRINCIPAL_USER,
    LIST_AGENTS,
    LIST_BILLING_PAYMENT_HISTORY,
    LIST_BILLING_PLANS,
    LIST_BILLING_USAGE_DIMENSIONS,
    LIST_BILLING_USAGE_HISTORY,
    LIST_CHAT_CONVERSATIONS,
    LIST_CHAT_MESSAGES,
    LIST_CONNECTION_OVERRIDES,
    LIST_CONNECTIONS,
    LIST_INBOUND_WEBHOOKS,
    LIST_MCP_CONFIG_PROFILES,
    LIST_MCP_CONNECTIONS,
    LIST_MCP_INSTANCES,
    LIST_MCP_PLATFORM_CATALOG,
    LIST_MCP_SERVERS,
    LIST_MCP_TOOLS,
    LIST_PATS,
    LIST_PENDING_TASKS,
    LIST_PRINCIPAL_SEGMENTS,
    LIST_PRINCIPALS,
    LIST_RUN_EVENTS,
    LIST_RUN_PENDING_TASKS,
    LIST_RUNS,
    LIST_TENANT_DATABASES,
    LIST_TRIGGERS,
    LIST_USAGE_HISTORY,
    LIST_WORKFLOW_RUNS,
    LIST_WORKFLOW_VERSIONS,
    LIST_WORKFLOWS,
    LOG_IN,
    LOG_OUT,
    PREVIEW_TENANT_DATABASE_MIGRATION,
    PROVISION_TENANT_DATABASE_MCP,
    PUBLISH_MCP_SERVER_VERSION,
    PUBLISH_WORKFLOW_VERSION,
    REPLACE_CONNECTION_OVERRIDES,
    REQUEST_PASSWORD_RESET,
    RESEND_VERIFICATION_EMAIL,
    RESET_PASSWORD,
    RESOLVE_LLM_MODEL,
    RESOLVE_MCP_INSTANCES,
    REVEAL_PAT,
    REVOKE_PAT,
    RUN_WORKFLOW_COMMAND,
    SAVE_WHATSAPP_MANUAL_CREDENTIALS,
    SEARCH_MEMORY,
    SEND_AUTOPILOT_MESSAGE,
    SEND_CHAT_MESSAGE,
    SET_ACTIVE_MCP_CONFIG_PROFILE,
    SIGN_IN_WITH_GOOGLE_ONE_TAP,
    SIGN_UP,
    START_BILLING_TRIAL,
    START_GOOGLE_OAUTH,
    START_MEMORY_EXTRACT_BATCH,
    STREAM_AGENT_TURN,
    STREAM_AUTOPILOT_RESPONSE,
    STREAM_WORKFLOW_EVENTS,
    SUSPEND_PRINCIPAL,
    SYNC_PRINCIPALS,
    TRIGGER_INBOUND_WEBHOOK,
    UNLINK_PRINCIPAL_USER,
    UPDATE_AGENT,
    UPDATE_CONNECTION,
    UPDATE_EMBEDDED_CONNECT_SETTINGS,
    UPDATE_GOOGLE_CONNECTION_SERVICES,
    UPDATE_INBOUND_WEBHOOK,
    UPDATE_MCP_CONFIG_PROFILE,
    UPDATE_ONBOARDING_WORKSPACE,
    UPDATE_TRIGGER,
    UPDATE_WORKFLOW,
    UPSERT_PRINCIPAL,
    VALIDATE_BILLING_DISCOUNT,
    VALIDATE_MCP_INSTANCE,
    VALIDATE_MCP_SERVER,
    VALIDATE_MCP_SERVER_CONNECTION,
    VALIDATE_ONBOARDING_INVITE,
    VALIDATE_WORKFLOW,
    VERIFY_EMAIL,
];

/// The operation with this `id` (the Rust method name).
pub fn operation(id: &str) -> ::std::option::Option<&'static Operation> {
    OPERATIONS.binary_search_by(|op| op.id.cmp(id)).ok().map(|index| &OPERATIONS[index])
}

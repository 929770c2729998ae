// @generated from templates/glue/runs.rs by agentruntime-generator 0.1.0. Do not edit by hand.
// Spec: spec/openapi.yaml (sha256 aab3041a7d360a69e58dfceca5f9a2bffcbf688e5ad868463978c58def134800), OpenAPI 3.1.0, API version 1.0.0.
// Regenerate: cargo xtask regen

//! Run handles: [`Client::start_run`] and [`RunHandle`], which keeps a run's ids with the client
//! so its summary and controls (and, with `stream`, its events and the wait) take none.

use agentruntime_runtime::handle::required_id;

use crate::metadata::RUN_WORKFLOW_COMMAND;
use crate::types::{
    RunCommand, RunCommandResult, RunControlParams, RunSummary, StartRunParams, StopMode,
    StopRunParams,
};
use crate::{Client, Error, JsonObject};

/// # Starting runs
///
/// A run start that returns a [`RunHandle`](crate::RunHandle).
impl Client {
    /// Starts a run of the workflow's latest published version with `input` as its run input
    /// (`trigger_payload`, read by steps as `{{input.*}}`) and returns its handle.
    ///
    /// `input` is a JSON object: `serde_json::json!({...})`, a `serde_json::Map`, pairs, or
    /// [`JsonObject::new`] for none. Sends `run_workflow_command` with a `start` command, which
    /// is never retried automatically (a repeated start starts a second run). A success without
    /// a run id is an [`ErrorKind::Decode`](crate::ErrorKind::Decode) error.
    ///
    /// ```no_run
    /// # async fn run(client: agentruntime::Client) -> Result<(), agentruntime::Error> {
    /// let run = client
    ///     .start_run("wf_id", serde_json::json!({"customer_email": "ada@example.com"}))
    ///     .await?;
    /// println!("started {}", run.run_id());
    /// # Ok(()) }
    /// ```
    pub async fn start_run(
        &self,
        workflow_id: impl Into<String>,
        input: impl Into<JsonObject>,
    ) -> Result<RunHandle, Error> {
        let trigger_payload = input
            .into()
            .into_map("input")
            .map_err(|e| e.with_operation(&RUN_WORKFLOW_COMMAND))?;
        let params = StartRunParams {
            trigger_payload,
            ..StartRunParams::default()
        };
        self.start_run_with(workflow_id, params).await
    }

    /// [`Client::start_run`] with every start parameter: per-step input (`trigger_steps`), an
    /// end user, a run id of your choosing …
    ///
    /// ```no_run
    /// # async fn run(client: agentruntime::Client) -> Result<(), agentruntime::Error> {
    /// use agentruntime::types::StartRunParams;
    /// let params = StartRunParams {
    ///     external_user_id: Some("user_42".into()),
    ///     ..StartRunParams::default()
    /// };
    /// let run = client.start_run_with("wf_id", params).await?;
    /// # let _ = run; Ok(()) }
    /// ```
    pub async fn start_run_with(
        &self,
        workflow_id: impl Into<String>,
        params: StartRunParams,
    ) -> Result<RunHandle, Error> {
        let workflow_id = workflow_id.into();
        let response = self
            .run_workflow_command(&workflow_id, RunCommand::Start(params))
            .send()
            .await?;
        let run_id = required_id(
            &RUN_WORKFLOW_COMMAND,
            &response,
            "run_id",
            response.run_id.as_deref(),
        )?;
        Ok(RunHandle::new(self, workflow_id, run_id))
    }
}

/// One run of a workflow: its ids, kept with a clone of the client, so nothing else needs them.
///
/// From [`Client::start_run`], or [`RunHandle::new`] for a run started elsewhere. Owns its
/// client (a cheap clone), so it can move into a task.
///
/// ```no_run
/// # async fn run(client: agentruntime::Client) -> Result<(), agentruntime::Error> {
/// let run = client.start_run("wf_id", serde_json::json!({"ticket": 42})).await?;
/// run.pause().await?;
/// run.resume().await?;
/// let summary = run.summary().await?;
/// println!("{} is {:?}", run.run_id(), summary.status);
/// # Ok(()) }
/// ```
#[derive(Clone, Debug)]
pub struct RunHandle {
    client: Client,
    workflow_id: String,
    run_id: String,
}

impl RunHandle {
    /// The handle of an existing run, acting with `client`.
    ///
    /// ```no_run
    /// # fn run(client: agentruntime::Client) {
    /// let run = agentruntime::RunHandle::new(&client, "wf_id", "run_id");
    /// assert_eq!(run.run_id(), "run_id");
    /// # }
    /// ```
    pub fn new(client: &Client, workflow_id: impl Into<String>, run_id: impl Into<String>) -> Self {
        Self {
            client: client.clone(),
            workflow_id: workflow_id.into(),
            run_id: run_id.into(),
        }
    }

    /// The run's id.
    ///
    /// ```no_run
    /// # fn run(run: agentruntime::RunHandle) {
    /// println!("run {} of workflow {}", run.run_id(), run.workflow_id());
    /// # }
    /// ```
    pub fn run_id(&self) -> &str {
        &self.run_id
    }

    /// The id of the run's workflow.
    ///
    /// ```no_run
    /// # fn run(run: agentruntime::RunHandle) {
    /// let workflow = run.client().get_workflow(run.workflow_id());
    /// # let _ = workflow; }
    /// ```
    pub fn workflow_id(&self) -> &str {
        &self.workflow_id
    }

    /// The client the handle acts with.
    ///
    /// ```no_run
    /// # fn run(run: agentruntime::RunHandle) {
    /// println!("in project {:?}", run.client().project());
    /// # }
    /// ```
    pub fn client(&self) -> &Client {
        &self.client
    }

    /// The run's status, orchestration phase and whether it is complete (`get_run_summary`).
    ///
    /// ```no_run
    /// # async fn run(run: agentruntime::RunHandle) -> Result<(), agentruntime::Error> {
    /// let summary = run.summary().await?;
    /// println!("{:?}, complete: {}", summary.status, summary.run_complete);
    /// # Ok(()) }
    /// ```
    pub async fn summary(&self) -> Result<RunSummary, Error> {
        let call = self.client.get_run_summary(&self.workflow_id, &self.run_id);
        Ok(call.send().await?.into_inner())
    }

    /// Pauses the run: no new steps are scheduled, steps in flight may finish.
    ///
    /// ```no_run
    /// # async fn run(run: agentruntime::RunHandle) -> Result<(), agentruntime::Error> {
    /// let paused = run.pause().await?;
    /// println!("now {:?}", paused.status);
    /// # Ok(()) }
    /// ```
    pub async fn pause(&self) -> Result<RunCommandResult, Error> {
        let run_id = self.run_id.clone();
        self.command(RunCommand::Pause(RunControlParams { run_id }))
            .await
    }

    /// Resumes a paused run (any other status is a `Conflict` error).
    ///
    /// ```no_run
    /// # async fn run(run: agentruntime::RunHandle) -> Result<(), agentruntime::Error> {
    /// run.resume().await?;
    /// # Ok(()) }
    /// ```
    pub async fn resume(&self) -> Result<RunCommandResult, Error> {
        let run_id = self.run_id.clone();
        self.command(RunCommand::Resume(RunControlParams { run_id }))
            .await
    }

    /// Stops the run the server's default way (immediately: work in flight is cancelled).
    ///
    /// ```no_run
    /// # async fn run(run: agentruntime::RunHandle) -> Result<(), agentruntime::Error> {
    /// run.stop().await?;
    /// # Ok(()) }
    /// ```
    pub async fn stop(&self) -> Result<RunCommandResult, Error> {
        self.stop_mode(None).await
    }

    /// Stops the run in this mode: [`StopMode::Graceful`] lets steps in flight finish.
    ///
    /// ```no_run
    /// # async fn run(run: agentruntime::RunHandle) -> Result<(), agentruntime::Error> {
    /// run.stop_with(agentruntime::types::StopMode::Graceful).await?;
    /// # Ok(()) }
    /// ```
    pub async fn stop_with(&self, mode: StopMode) -> Result<RunCommandResult, Error> {
        self.stop_mode(Some(mode)).await
    }

    async fn stop_mode(&self, mode: Option<StopMode>) -> Result<RunCommandResult, Error> {
        let run_id = self.run_id.clone();
        self.command(RunCommand::Stop(StopRunParams { mode, run_id }))
            .await
    }

    async fn command(&self, command: RunCommand) -> Result<RunCommandResult, Error> {
        let call = self.client.run_workflow_command(&self.workflow_id, command);
        Ok(call.send().await?.into_inner())
    }
}

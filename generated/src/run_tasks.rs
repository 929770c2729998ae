// @generated from templates/glue/run_tasks.rs by agentruntime-generator 0.1.0. Do not edit by hand.
// Spec: spec/openapi.yaml (sha256 aab3041a7d360a69e58dfceca5f9a2bffcbf688e5ad868463978c58def134800), OpenAPI 3.1.0, API version 1.0.0.
// Regenerate: cargo xtask regen

//! A run handle's pending human tasks, as task handles.

use crate::metadata::LIST_RUN_PENDING_TASKS;
use crate::{Error, RunHandle, TaskHandle};

impl RunHandle {
    /// The run's human tasks still waiting for a decision, oldest first, as handles
    /// (`list_run_pending_tasks`; not paginated).
    ///
    /// ```no_run
    /// # async fn run(client: agentruntime::Client) -> Result<(), agentruntime::Error> {
    /// let run = client.start_run("wf_id", serde_json::json!({"amount": 1200})).await?;
    /// for task in run.pending_tasks().await? {
    ///     task.approve(agentruntime::JsonObject::new()).await?;
    /// }
    /// # Ok(()) }
    /// ```
    pub async fn pending_tasks(&self) -> Result<Vec<TaskHandle>, Error> {
        let call = self
            .client()
            .list_run_pending_tasks(self.workflow_id(), self.run_id());
        TaskHandle::all(self.client(), &LIST_RUN_PENDING_TASKS, call.send().await?)
    }
}

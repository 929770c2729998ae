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

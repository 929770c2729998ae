// @generated from templates/glue/tasks.rs by agentruntime-generator 0.1.0. Do not edit by hand.
// Spec: spec/openapi.yaml (sha256 aab3041a7d360a69e58dfceca5f9a2bffcbf688e5ad868463978c58def134800), OpenAPI 3.1.0, API version 1.0.0.
// Regenerate: cargo xtask regen

//! Human-task handles: [`TaskHandle`] keeps a pending task's workflow, run and task ids (and its
//! project) together, so approving or rejecting it takes none; [`Client::pending_tasks`] lists
//! them.

use agentruntime_runtime::handle::required_id;

use crate::metadata::{COMPLETE_TASK, LIST_PENDING_TASKS, Operation};
use crate::types::{PendingTask, PendingTaskList, TaskCompletion, TaskCompletionRequest};
use crate::{Client, Error, ErrorKind, JsonObject, Response};

/// # Human tasks
///
/// The workspace's pending tasks as [`TaskHandle`](crate::TaskHandle)s.
impl Client {
    /// Every human task of the workspace still waiting for a decision, oldest first, as handles
    /// (`list_pending_tasks`; not paginated). Each acts in its task's project.
    ///
    /// ```no_run
    /// # async fn run(client: agentruntime::Client) -> Result<(), agentruntime::Error> {
    /// for task in client.pending_tasks().await? {
    ///     if task.task().task_type == "approval" {
    ///         task.approve(serde_json::json!({"comment": "ok"})).await?;
    ///     }
    /// }
    /// # Ok(()) }
    /// ```
    pub async fn pending_tasks(&self) -> Result<Vec<TaskHandle>, Error> {
        let response = self.list_pending_tasks().send().await?;
        TaskHandle::all(self, &LIST_PENDING_TASKS, response)
    }
}

/// A pending human task with what completing it needs: its workflow, run and task ids and its
/// project, from the listed task, so [`TaskHandle::approve`] and [`TaskHandle::reject`] cannot
/// mix them up.
///
/// ```no_run
/// # async fn run(client: agentruntime::Client) -> Result<(), agentruntime::Error> {
/// let tasks = client.pending_tasks().await?;
/// if let Some(task) = tasks.first() {
///     println!("{} waits in run {}", task.task_id(), task.run_id());
///     task.reject("missing invoice number").await?;
/// }
/// # Ok(()) }
/// ```
#[derive(Clone, Debug)]
pub struct TaskHandle {
    client: Client,
    task_id: String,
    task: PendingTask,
}

impl TaskHandle {
    /// The handle of a listed task. It acts in the task's `project_id` when it names one, else
    /// in `client`'s project. Its task id is the task's `task_id`, else `id`, else `step_id` (the
    /// docs' task ids are step ids); a task with none is an `InvalidRequest` error.
    ///
    /// ```no_run
    /// # async fn run(client: agentruntime::Client) -> Result<(), agentruntime::Error> {
    /// let list = client.list_pending_tasks().send().await?.into_inner();
    /// for task in list.tasks {
    ///     let task = agentruntime::TaskHandle::new(&client, task)?;
    ///     println!("{}", task.task_id());
    /// }
    /// # Ok(()) }
    /// ```
    pub fn new(client: &Client, task: PendingTask) -> Result<Self, Error> {
        match task_id_of(&task) {
            Some(id) => Ok(Self::with_id(client, id.to_owned(), task)),
            None => Err(Error::new(ErrorKind::InvalidRequest)
                .with_operation(&COMPLETE_TASK)
                .with_message("the task has no task_id, id or step_id")),
        }
    }

    /// Handles of every task of a list response; a task without an id is a `Decode` error of
    /// the list operation `op`.
    pub(crate) fn all(
        client: &Client,
        op: &'static Operation,
        response: Response<PendingTaskList>,
    ) -> Result<Vec<Self>, Error> {
        let mut ids = Vec::with_capacity(response.tasks.len());
        for (n, task) in response.tasks.iter().enumerate() {
            let field = format!("tasks[{n}].task_id");
            ids.push(required_id(op, &response, &field, task_id_of(task))?);
        }
        let tasks = response.into_inner().tasks.into_iter();
        Ok(ids
            .into_iter()
            .zip(tasks)
            .map(|(id, task)| Self::with_id(client, id, task))
            .collect())
    }

    fn with_id(client: &Client, task_id: String, task: PendingTask) -> Self {
        let client = match task.project_id.as_deref().filter(|p| !p.is_empty()) {
            Some(project) => client.with_project(project),
            None => client.clone(),
        };
        Self {
            client,
            task_id,
            task,
        }
    }

    /// The id of the task's workflow.
    ///
    /// ```no_run
    /// # fn run(task: agentruntime::TaskHandle) {
    /// println!("{} / {} / {}", task.workflow_id(), task.run_id(), task.task_id());
    /// # }
    /// ```
    pub fn workflow_id(&self) -> &str {
        &self.task.workflow_id
    }

    /// The id of the waiting run.
    ///
    /// ```no_run
    /// # fn run(task: agentruntime::TaskHandle) {
    /// println!("run {}", task.run_id());
    /// # }
    /// ```
    pub fn run_id(&self) -> &str {
        &self.task.run_id
    }

    /// The task's id, as `complete_task` takes it.
    ///
    /// ```no_run
    /// # fn run(task: agentruntime::TaskHandle) {
    /// println!("task {}", task.task_id());
    /// # }
    /// ```
    pub fn task_id(&self) -> &str {
        &self.task_id
    }

    /// The task as the server listed it: its type, prompt, payload, step …
    ///
    /// ```no_run
    /// # fn run(task: agentruntime::TaskHandle) {
    /// println!("{}: {:?}", task.task().task_type, task.task().prompt);
    /// # }
    /// ```
    pub fn task(&self) -> &PendingTask {
        &self.task
    }

    /// Approves the task; the keys of `result` (edited values, a comment; a JSON object, or
    /// [`JsonObject::new`] for none) are merged into the step's result next to `approved`.
    ///
    /// ```no_run
    /// # async fn run(task: agentruntime::TaskHandle) -> Result<(), agentruntime::Error> {
    /// task.approve(serde_json::json!({"comment_body": "Edited review text"})).await?;
    /// # Ok(()) }
    /// ```
    pub async fn approve(&self, result: impl Into<JsonObject>) -> Result<TaskCompletion, Error> {
        let result = result.into().into_map("result");
        self.complete(true, result.map_err(|e| e.with_operation(&COMPLETE_TASK))?)
            .await
    }

    /// Rejects the task; `reason` goes into the step's result as `reason`, next to
    /// `approved: false`.
    ///
    /// ```no_run
    /// # async fn run(task: agentruntime::TaskHandle) -> Result<(), agentruntime::Error> {
    /// task.reject("the amount exceeds the limit").await?;
    /// # Ok(()) }
    /// ```
    pub async fn reject(&self, reason: impl Into<String>) -> Result<TaskCompletion, Error> {
        let result = JsonObject::new().field("reason", reason.into());
        self.complete(false, result.into_map("result")?).await
    }

    async fn complete(
        &self,
        approved: bool,
        result: serde_json::Map<String, serde_json::Value>,
    ) -> Result<TaskCompletion, Error> {
        let task = &self.task;
        let body = TaskCompletionRequest { approved, result };
        let call = self
            .client
            .complete_task(&task.workflow_id, &task.run_id, &self.task_id, body);
        Ok(call.send().await?.into_inner())
    }
}

/// A listed task's id: `task_id`, else `id`, else `step_id`.
fn task_id_of(task: &PendingTask) -> Option<&str> {
    [&task.task_id, &task.id, &task.step_id]
        .into_iter()
        .filter_map(|id| id.as_deref())
        .find(|id| !id.is_empty())
}

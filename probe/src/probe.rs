//! The run: which operations are called, in what order, with which values, and what each
//! answer is checked against.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use agentruntime::metadata::{OPERATIONS, Operation, Scope};
use progenitor_client::{ClientHooks, OperationInfo};
use serde_json::Value;

use crate::discover::{self, VALUES_PER_PARAMETER};
use crate::report::{Drift, DriftSource, OperationReport, Report, Verdict};
use crate::spec::{OperationSpec, Spec};
use crate::{Error, redact};

/// At most this many calls are made for one operation (a second one only when the first
/// discovered id answered 404).
pub const MAX_CALLS_PER_OPERATION: usize = 2;

/// What to probe and how.
#[derive(Clone)]
pub struct Config {
    /// The BFF's base URL (`https://api-dev.agentruntime.io`).
    pub base_url: String,
    /// A personal access token (the command reads it from `AR_TOKEN`); never printed.
    pub token: Option<String>,
    /// Sent as `X-Tenant-Id` to tenant- and project-scoped operations.
    pub tenant: Option<String>,
    /// Sent as `X-Project-Id` to project-scoped operations.
    pub project: Option<String>,
    /// Root file of the spec (default: the repository's `spec/openapi.yaml`).
    pub spec: PathBuf,
    /// Requests in all, at most (default 300).
    pub max_requests: usize,
    /// Where to write each operation's first success body, redacted (`<dir>/<operation>.json`).
    pub record: Option<PathBuf>,
    /// The `limit` sent to operations that take one (default 5).
    pub page_size: u32,
    /// Probe only these operations (by id); empty means all.
    pub only: Vec<String>,
}

impl std::fmt::Debug for Config {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Config")
            .field("base_url", &self.base_url)
            .field("token", &self.token.as_ref().map(|_| redact::REDACTED))
            .field("tenant", &self.tenant)
            .field("project", &self.project)
            .field("spec", &self.spec)
            .field("max_requests", &self.max_requests)
            .field("record", &self.record)
            .field("page_size", &self.page_size)
            .field("only", &self.only)
            .finish()
    }
}

impl Config {
    /// A configuration for `base_url` with the defaults: no credentials or context, the
    /// repository's spec, 300 requests, `limit=5`.
    pub fn new(base_url: impl Into<String>) -> Self {
        Self {
            base_url: base_url.into(),
            token: None,
            tenant: None,
            project: None,
            spec: default_spec_path(),
            max_requests: 300,
            record: None,
            page_size: 5,
            only: Vec::new(),
        }
    }
}

/// The repository's `spec/openapi.yaml` (found from where this crate was built).
pub fn default_spec_path() -> PathBuf {
    let crate_dir = Path::new(env!("CARGO_MANIFEST_DIR"));
    crate_dir
        .parent()
        .unwrap_or(crate_dir)
        .join("spec/openapi.yaml")
}

/// Loads the spec named by the configuration and probes the server.
pub async fn probe(config: &Config) -> Result<Report, Error> {
    let spec = Spec::load(&config.spec)?;
    probe_with_spec(config, &spec).await
}

/// Probes the server against an already loaded spec.
pub async fn probe_with_spec(config: &Config, spec: &Spec) -> Result<Report, Error> {
    let mut builder = agentruntime::Client::builder().base_url(config.base_url.clone());
    if let Some(token) = &config.token {
        builder = builder.pat(token.clone());
    }
    if let Some(tenant) = &config.tenant {
        builder = builder.tenant(tenant.clone());
    }
    if let Some(project) = &config.project {
        builder = builder.project(project.clone());
    }
    let client = builder.build().map_err(|e| Error::Config(e.to_string()))?;
    if let Some(unknown) = config
        .only
        .iter()
        .find(|id| agentruntime::metadata::operation(id).is_none())
    {
        return Err(Error::Config(format!(
            "--only names {unknown:?}, which is not an operation of the SDK"
        )));
    }
    if let Some(dir) = &config.record {
        std::fs::create_dir_all(dir).map_err(|e| Error::Io(format!("{}: {e}", dir.display())))?;
    }

    let mut reports = Vec::new();
    let mut pending = Vec::new();
    for op in OPERATIONS.iter() {
        if !config.only.is_empty() && !config.only.iter().any(|id| id == op.id) {
            reports.push(OperationReport::skipped(op, "not selected (--only)"));
        } else if op.method != "GET" {
            reports.push(OperationReport::skipped(
                op,
                format!("not a safe read ({} {})", op.method, op.path),
            ));
        } else if op.websocket || op.streamed {
            reports.push(OperationReport::skipped(op, "stream"));
        } else {
            match spec.operation(op.method.as_str(), op.path) {
                Some(described) => pending.push(Pending { op, described }),
                None => reports.push(OperationReport::skipped(
                    op,
                    "not in spec/ (the SDK is older or newer than the spec)",
                )),
            }
        }
    }
    // Operations without path parameters first, then by depth.
    pending.sort_by_key(|p| (p.described.path_params.len(), p.op.path));
    let sources: Vec<&'static Operation> = pending.iter().map(|p| p.op).collect();

    let mut engine = Engine {
        config,
        spec,
        client,
        sources,
        results: HashMap::new(),
        fields: HashMap::new(),
        requests: 0,
        answered: 0,
        first_failure: None,
    };
    let mut final_pass = false;
    while !pending.is_empty() {
        let mut progressed = false;
        let mut index = 0;
        while index < pending.len() {
            match engine.plan(&pending[index], &pending, final_pass) {
                Plan::Wait => index += 1,
                Plan::Skip(reason) => {
                    let done = pending.remove(index);
                    reports.push(OperationReport::skipped(done.op, reason));
                    progressed = true;
                }
                Plan::Call { bindings, query } => {
                    let done = pending.remove(index);
                    reports.push(engine.run(&done, &bindings, &query).await?);
                    progressed = true;
                }
            }
        }
        // Nothing could move: what still waits for a value will not get one.
        if !progressed {
            final_pass = true;
        }
    }
    if engine.requests > 0
        && engine.answered == 0
        && let Some(failure) = engine.first_failure
    {
        return Err(Error::Unreachable(failure));
    }
    Ok(Report::new(&config.base_url, reports, engine.requests))
}

/// An operation still to be called.
struct Pending {
    op: &'static Operation,
    described: OperationSpec,
}

enum Plan {
    /// Call with these path values (up to [`MAX_CALLS_PER_OPERATION`] sets) and query.
    Call {
        bindings: Vec<Vec<String>>,
        query: Vec<(String, String)>,
    },
    /// A value may still come from an operation not called yet.
    Wait,
    Skip(String),
}

/// Why a parameter has no value.
enum Need {
    /// The list that would give it has not been called yet.
    Wait,
    /// Nothing can give it.
    Missing(String),
}

struct Engine<'a> {
    config: &'a Config,
    spec: &'a Spec,
    client: agentruntime::Client,
    /// Every operation the probe may call: where path values come from.
    sources: Vec<&'static Operation>,
    /// Success bodies (JSON) by the request path they answered.
    results: HashMap<String, Value>,
    /// Scalar fields seen in success bodies, by name (values for required query parameters).
    fields: HashMap<String, Vec<String>>,
    requests: usize,
    answered: usize,
    first_failure: Option<String>,
}

/// One answer.
struct Answer {
    status: u16,
    body: Vec<u8>,
}

impl Engine<'_> {
    fn plan(&self, item: &Pending, pending: &[Pending], final_pass: bool) -> Plan {
        let op = item.op;
        let described = &item.described;
        if matches!(op.scope, Scope::Tenant | Scope::Project) && self.config.tenant.is_none() {
            return Plan::Skip("no value for X-Tenant-Id (--tenant)".to_owned());
        }
        if op.scope == Scope::Project && self.config.project.is_none() {
            return Plan::Skip("no value for X-Project-Id (--project)".to_owned());
        }
        if let Some(header) = described.required_headers.first() {
            return Plan::Skip(format!("no value for {header}"));
        }
        let others_pending = pending.iter().any(|p| p.op.id != op.id);
        let mut query = Vec::new();
        if described.has_limit() {
            query.push(("limit".to_owned(), self.config.page_size.to_string()));
        }
        for parameter in described
            .query
            .iter()
            .filter(|q| q.required && q.name != "limit")
        {
            match self.fields.get(&parameter.name).and_then(|v| v.first()) {
                Some(value) => query.push((parameter.name.clone(), value.clone())),
                None if others_pending && !final_pass => return Plan::Wait,
                None => return Plan::Skip(format!("no value for {}", parameter.name)),
            }
        }
        let mut bindings = Vec::new();
        let mut need = None;
        self.bind(
            op.path,
            &described.path_params,
            Vec::new(),
            pending,
            &mut bindings,
            &mut need,
        );
        if !bindings.is_empty() {
            return Plan::Call { bindings, query };
        }
        match need {
            Some(Need::Wait) if !final_pass => Plan::Wait,
            Some(Need::Wait) => {
                let name = described.path_params.first().cloned().unwrap_or_default();
                Plan::Skip(format!("no value for {{{name}}}"))
            }
            Some(Need::Missing(name)) => Plan::Skip(format!("no value for {{{name}}}")),
            None => Plan::Skip("no value for the path parameters".to_owned()),
        }
    }

    /// Extends `bound` (values for the first parameters) to full sets of path values, depth
    /// first, at most [`VALUES_PER_PARAMETER`] values per parameter and
    /// [`MAX_CALLS_PER_OPERATION`] sets.
    fn bind(
        &self,
        template: &str,
        params: &[String],
        bound: Vec<String>,
        pending: &[Pending],
        out: &mut Vec<Vec<String>>,
        need: &mut Option<Need>,
    ) {
        if out.len() >= MAX_CALLS_PER_OPERATION {
            return;
        }
        let Some(name) = params.get(bound.len()) else {
            out.push(bound);
            return;
        };
        match self.values_for(template, name, &bound, pending) {
            Ok(values) => {
                for value in values.into_iter().take(VALUES_PER_PARAMETER) {
                    let mut next = bound.clone();
                    next.push(value);
                    self.bind(template, params, next, pending, out, need);
                }
            }
            // A list still to be called is the better reason: the value may yet come.
            Err(Need::Wait) => *need = Some(Need::Wait),
            Err(missing) => {
                if need.is_none() {
                    *need = Some(missing);
                }
            }
        }
    }

    /// Values for parameter `name` of `template`, the earlier parameters bound to `bound`.
    fn values_for(
        &self,
        template: &str,
        name: &str,
        bound: &[String],
        pending: &[Pending],
    ) -> Result<Vec<String>, Need> {
        if let Some(prefix) = discover::list_prefix(template, name) {
            let shape = discover::shape(&prefix);
            let source = self
                .sources
                .iter()
                .find(|op| discover::shape(op.path) == shape);
            if let Some(source) = source {
                let earlier = crate::spec::path_params(&prefix).len();
                let concrete = bound
                    .get(..earlier)
                    .and_then(|values| discover::fill(&prefix, values));
                let collection = prefix.rsplit('/').next().unwrap_or_default();
                match concrete.as_ref().and_then(|path| self.results.get(path)) {
                    Some(body) => {
                        let values = discover::candidates(body, name, collection);
                        if !values.is_empty() {
                            return Ok(values);
                        }
                    }
                    None if pending.iter().any(|p| p.op.id == source.id) => {
                        return Err(Need::Wait);
                    }
                    None => {}
                }
            }
        }
        // The context the probe runs in names the tenant and the project.
        let context = match discover::snake(name).as_str() {
            "tenant_id" => self.config.tenant.clone(),
            "project_id" => self.config.project.clone(),
            _ => None,
        };
        context
            .map(|value| vec![value])
            .ok_or_else(|| Need::Missing(name.to_owned()))
    }

    /// Calls one operation (a second time with the next values when the first answered 404)
    /// and checks the answer.
    async fn run(
        &mut self,
        item: &Pending,
        bindings: &[Vec<String>],
        query: &[(String, String)],
    ) -> Result<OperationReport, Error> {
        let op = item.op;
        let mut report = OperationReport::skipped(op, "no value for the path parameters");
        for values in bindings.iter().take(MAX_CALLS_PER_OPERATION) {
            let Some(path) = discover::fill(op.path, values) else {
                continue;
            };
            if self.requests >= self.config.max_requests {
                if report.requests == 0 {
                    report.skip = Some(format!(
                        "request budget spent (--max-requests {})",
                        self.config.max_requests
                    ));
                }
                break;
            }
            self.requests += 1;
            report.requests += 1;
            report.called = Some(with_query(&path, query));
            let answer = match self.call(op, &path, query).await {
                Ok(answer) => answer,
                Err(failure) => {
                    report.skip = Some(format!("request failed: {failure}"));
                    self.first_failure.get_or_insert(failure);
                    break;
                }
            };
            self.answered += 1;
            report.status = Some(answer.status);
            match answer.status {
                200..=299 => {
                    self.check(item, &path, &answer, &mut report)?;
                    break;
                }
                401 | 403 => {
                    report.skip = Some(status_reason(&answer));
                    break;
                }
                404 if !values.is_empty() => {
                    // A discovered id the server does not know (deleted, another project):
                    // try the next one.
                    report.skip = Some("status 404".to_owned());
                }
                status if item.described.response_for(status).is_some() => {
                    report.skip = Some(status_reason(&answer));
                    break;
                }
                status => {
                    report.skip = None;
                    report.verdict = Verdict::Drift;
                    report.drifts.push(Drift {
                        pointer: "status".to_owned(),
                        expected: format!("one of {}", item.described.documented_keys()),
                        actual: status.to_string(),
                        source: DriftSource::Status,
                    });
                    break;
                }
            }
        }
        Ok(report)
    }

    /// Sends one GET through the SDK's pipeline: `pre` adds the credentials and the context
    /// headers of the operation's scope, `exec` runs the retry loop and puts the response-size
    /// limit on the body.
    async fn call(
        &self,
        op: &'static Operation,
        path: &str,
        query: &[(String, String)],
    ) -> Result<Answer, String> {
        let mut url = reqwest::Url::parse(&format!("{}{path}", self.client.base_url()))
            .map_err(|e| format!("bad URL for {path}: {e}"))?;
        if !query.is_empty() {
            let mut pairs = url.query_pairs_mut();
            for (name, value) in query {
                pairs.append_pair(name, value);
            }
        }
        let mut request = reqwest::Request::new(reqwest::Method::GET, url);
        request.headers_mut().insert(
            reqwest::header::ACCEPT,
            reqwest::header::HeaderValue::from_static("application/json"),
        );
        let info = OperationInfo {
            operation_id: op.id,
        };
        // The hooks read the operation from the call's record, as in every generated call.
        let response = agentruntime_runtime::transport::within(op, async {
            self.client
                .pre::<()>(&mut request, &info)
                .await
                .map_err(|e| e.to_string())?;
            self.client
                .exec(request, &info)
                .await
                .map_err(|e| error_chain(&e))
        })
        .await?;
        let status = response.status().as_u16();
        let body = response.bytes().await.map_err(|e| error_chain(&e))?;
        Ok(Answer {
            status,
            body: body.to_vec(),
        })
    }

    /// Checks a success answer against the spec and the SDK's types, remembers it for
    /// discovery, and records it.
    fn check(
        &mut self,
        item: &Pending,
        path: &str,
        answer: &Answer,
        report: &mut OperationReport,
    ) -> Result<(), Error> {
        let op = item.op;
        let described = &item.described;
        report.skip = None;
        let mut drifts = Vec::new();
        let documented = described
            .response_for(answer.status)
            .filter(|r| r.key.starts_with('2') || r.key == "default");
        let response = match documented {
            Some(response) => Some(response),
            None => {
                let expected: Vec<&str> = described
                    .success_responses()
                    .map(|r| r.key.as_str())
                    .collect();
                drifts.push(Drift {
                    pointer: "status".to_owned(),
                    expected: format!("one of [{}]", expected.join(", ")),
                    actual: answer.status.to_string(),
                    source: DriftSource::Status,
                });
                described.success_responses().next()
            }
        };
        let parsed: Option<Value> = serde_json::from_slice(&answer.body).ok();
        if let Some(pointer) = response.and_then(|r| r.schema.as_deref()) {
            match &parsed {
                Some(body) => drifts.extend(self.spec.validate(pointer, body)?),
                None => drifts.push(Drift {
                    pointer: String::new(),
                    expected: "a JSON body".to_owned(),
                    actual: not_json(&answer.body),
                    source: DriftSource::Schema,
                }),
            }
        }
        if let Some(Err(message)) = agentruntime::operations::decode_body(op.id, &answer.body) {
            let drift = sdk_drift(&message);
            let covered = drifts.iter().any(|d| {
                d.pointer == drift.pointer
                    || d.pointer.starts_with(&format!("{}/", drift.pointer))
                    || (drift.pointer.is_empty() && d.source == DriftSource::Schema)
            });
            if !covered {
                drifts.push(drift);
            }
        }
        report.verdict = if drifts.is_empty() {
            Verdict::Ok
        } else {
            Verdict::Drift
        };
        report.drifts = drifts;
        if let Some(body) = parsed {
            self.remember(path, &body);
            if let Some(dir) = &self.config.record {
                let mut redacted = body;
                redact::redact(&mut redacted);
                let file = dir.join(format!("{}.json", op.id));
                let mut text = serde_json::to_string_pretty(&redacted)
                    .map_err(|e| Error::Io(format!("{}: {e}", file.display())))?;
                text.push('\n');
                std::fs::write(&file, text)
                    .map_err(|e| Error::Io(format!("{}: {e}", file.display())))?;
            }
        }
        Ok(())
    }

    /// Keeps a success body for discovery: the body by its path, and its scalar fields (of the
    /// body and of its first list's first elements) by name.
    fn remember(&mut self, path: &str, body: &Value) {
        let mut objects: Vec<&serde_json::Map<String, Value>> = Vec::new();
        if let Some(map) = body.as_object() {
            objects.push(map);
        }
        if let Some(items) = discover::first_object_array(body) {
            objects.extend(
                items
                    .iter()
                    .take(VALUES_PER_PARAMETER)
                    .filter_map(Value::as_object),
            );
        }
        for object in objects {
            for (name, value) in object {
                if let Some(value) = discover::scalar(value).filter(|v| discover::is_usable(v)) {
                    let known = self.fields.entry(name.clone()).or_default();
                    if known.len() < VALUES_PER_PARAMETER && !known.contains(&value) {
                        known.push(value);
                    }
                }
            }
        }
        self.results.insert(path.to_owned(), body.clone());
    }
}

fn with_query(path: &str, query: &[(String, String)]) -> String {
    if query.is_empty() {
        return path.to_owned();
    }
    let pairs: Vec<String> = query.iter().map(|(k, v)| format!("{k}={v}")).collect();
    format!("{path}?{}", pairs.join("&"))
}

/// `status 403: <the error message of the body>`.
fn status_reason(answer: &Answer) -> String {
    let message = serde_json::from_slice::<Value>(&answer.body)
        .ok()
        .and_then(|body| {
            ["message", "error", "detail", "title", "code"]
                .iter()
                .find_map(|key| body.get(*key).and_then(Value::as_str).map(str::to_owned))
        })
        .map(|message| {
            let mut value = Value::String(message);
            redact::redact(&mut value);
            value
                .as_str()
                .unwrap_or_default()
                .chars()
                .take(120)
                .collect::<String>()
        });
    match message {
        Some(message) if !message.is_empty() => format!("status {}: {message}", answer.status),
        _ => format!("status {}", answer.status),
    }
}

fn not_json(body: &[u8]) -> String {
    if body.is_empty() {
        return "an empty body".to_owned();
    }
    match serde_json::from_slice::<Value>(body) {
        Ok(_) => "JSON".to_owned(),
        Err(e) => format!("a body that is not JSON ({e})"),
    }
}

/// An error and its sources, as one line.
fn error_chain(error: &dyn std::error::Error) -> String {
    let mut text = error.to_string();
    let mut source = error.source();
    while let Some(inner) = source {
        text.push_str(": ");
        text.push_str(&inner.to_string());
        source = inner.source();
    }
    text
}

/// A drift from the SDK's decoding error (`items[0].run_id: invalid type: null, expected a
/// string at line 1 column 20`).
pub(crate) fn sdk_drift(message: &str) -> Drift {
    let (path, rest) = match message.split_once(": ") {
        Some((path, rest)) if !path.contains(' ') => (path, rest),
        _ => ("", message),
    };
    let rest = match rest.rfind(" at line ") {
        Some(at) => &rest[..at],
        None => rest,
    };
    let mut pointer = path_to_pointer(path);
    let (expected, actual) = if let Some(field) = rest
        .strip_prefix("missing field `")
        .and_then(|f| f.strip_suffix('`'))
    {
        pointer = format!("{pointer}/{}", crate::spec::escape(field));
        ("a value (required)".to_owned(), "nothing".to_owned())
    } else if let Some((actual, expected)) = rest
        .strip_prefix("invalid type: ")
        .or_else(|| rest.strip_prefix("invalid value: "))
        .and_then(|r| r.split_once(", expected "))
    {
        (expected.to_owned(), actual.to_owned())
    } else if let Some((actual, expected)) = rest
        .strip_prefix("unknown variant ")
        .and_then(|r| r.split_once(", expected "))
    {
        (expected.to_owned(), actual.replace('`', "\""))
    } else {
        ("a body the SDK's types decode".to_owned(), rest.to_owned())
    };
    Drift {
        pointer,
        expected,
        actual,
        source: DriftSource::Sdk,
    }
}

/// `items[0].run_id` → `/items/0/run_id`; `.` (the root) → ``; stops at an unknown (`?`) step.
fn path_to_pointer(path: &str) -> String {
    let mut pointer = String::new();
    let mut current = String::new();
    let push = |segment: &mut String, pointer: &mut String| {
        if !segment.is_empty() {
            pointer.push('/');
            pointer.push_str(&crate::spec::escape(segment));
            segment.clear();
        }
    };
    let mut chars = path.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '.' => push(&mut current, &mut pointer),
            '[' => {
                push(&mut current, &mut pointer);
                let index: String = chars.by_ref().take_while(|c| *c != ']').collect();
                current = index;
                push(&mut current, &mut pointer);
            }
            '?' => break,
            c => current.push(c),
        }
    }
    push(&mut current, &mut pointer);
    pointer
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sdk_errors_become_pointers() {
        let drift =
            sdk_drift("items[0].run_id: invalid type: null, expected a string at line 1 column 20");
        assert_eq!(drift.pointer, "/items/0/run_id");
        assert_eq!(drift.expected, "a string");
        assert_eq!(drift.actual, "null");
        let drift = sdk_drift("items[2]: missing field `run_id` at line 1 column 9");
        assert_eq!(drift.pointer, "/items/2/run_id");
        assert_eq!(drift.actual, "nothing");
        let drift =
            sdk_drift(".: invalid type: string \"x\", expected struct Workflow at line 1 column 3");
        assert_eq!(drift.pointer, "");
        let drift = sdk_drift("trailing characters at line 1 column 5");
        assert_eq!(
            (drift.pointer.as_str(), drift.actual.as_str()),
            ("", "trailing characters")
        );
        assert_eq!(
            path_to_pointer("graph.steps[0].type"),
            "/graph/steps/0/type"
        );
        assert_eq!(path_to_pointer("a.?.b"), "/a");
    }

    #[test]
    fn the_token_is_not_in_debug_output() {
        let mut config = Config::new("http://127.0.0.1:1");
        config.token = Some("pat_very_secret".into());
        assert!(!format!("{config:?}").contains("pat_very_secret"));
    }
}

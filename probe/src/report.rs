//! The probe's findings: one entry per operation, printed as aligned lines or written as JSON.

use std::fmt::Write as _;

use serde::Serialize;

/// How one operation came out.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Verdict {
    /// Called, and the answer matched the spec and decoded with the SDK's types.
    Ok,
    /// Called, and the answer differs from the spec (see the drifts).
    Drift,
    /// Not called, or called without an answer to check (see the reason).
    Skipped,
}

impl Verdict {
    /// `ok`, `drift` or `skipped`.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Ok => "ok",
            Self::Drift => "drift",
            Self::Skipped => "skipped",
        }
    }
}

/// Who noticed a drift.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum DriftSource {
    /// The spec's JSON Schema for the response.
    Schema,
    /// The SDK's types (`agentruntime::operations::decode_body`).
    Sdk,
    /// The status code is not one the spec documents for the operation.
    Status,
}

/// One place where an answer differs from the spec.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Drift {
    /// JSON pointer into the body (`/items/0/run_id`, `""` for the whole body), or `status` for
    /// an undocumented status code.
    pub pointer: String,
    /// What the spec expects there.
    pub expected: String,
    /// What the server sent (redacted like a recorded body, cut short).
    pub actual: String,
    /// Who noticed it.
    pub source: DriftSource,
}

impl std::fmt::Display for Drift {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let pointer = if self.pointer.is_empty() {
            "(body)"
        } else {
            &self.pointer
        };
        write!(
            f,
            "{pointer}: expected {}, got {}",
            self.expected, self.actual
        )
    }
}

/// The outcome for one operation.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct OperationReport {
    /// The operation's Rust method name (`list_workflows`), as in `agentruntime::metadata`.
    pub id: String,
    /// HTTP method.
    pub method: String,
    /// Path template.
    pub path: String,
    /// The request path actually called (path parameters filled in), when it was called.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub called: Option<String>,
    /// Status of the last answer, when there was one.
    pub status: Option<u16>,
    /// How it came out.
    pub verdict: Verdict,
    /// Every drift (empty unless the verdict is `drift`).
    pub drifts: Vec<Drift>,
    /// Why it was skipped.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub skip: Option<String>,
    /// Requests sent for this operation.
    pub requests: usize,
}

impl OperationReport {
    /// A report for an operation that was not called.
    pub fn skipped(op: &agentruntime::metadata::Operation, reason: impl Into<String>) -> Self {
        Self {
            id: op.id.to_owned(),
            method: op.method.to_string(),
            path: op.path.to_owned(),
            called: None,
            status: None,
            verdict: Verdict::Skipped,
            drifts: Vec::new(),
            skip: Some(reason.into()),
            requests: 0,
        }
    }
}

/// Everything one run found.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Report {
    /// The base URL probed.
    pub base_url: String,
    /// One entry per operation of the SDK, ordered by path then method.
    pub operations: Vec<OperationReport>,
    /// Requests sent in all.
    pub requests: usize,
    /// Operations that came out `ok`.
    pub ok: usize,
    /// Operations that came out `drift`.
    pub drift: usize,
    /// Operations that came out `skipped`.
    pub skipped: usize,
}

impl Report {
    /// Builds the report and its totals.
    pub fn new(base_url: &str, mut operations: Vec<OperationReport>, requests: usize) -> Self {
        operations.sort_by(|a, b| {
            (a.path.as_str(), method_rank(&a.method), a.id.as_str()).cmp(&(
                b.path.as_str(),
                method_rank(&b.method),
                b.id.as_str(),
            ))
        });
        let count = |verdict| operations.iter().filter(|o| o.verdict == verdict).count();
        Self {
            base_url: base_url.to_owned(),
            ok: count(Verdict::Ok),
            drift: count(Verdict::Drift),
            skipped: count(Verdict::Skipped),
            operations,
            requests,
        }
    }

    /// Whether any operation drifted (the probe then exits with 1).
    pub fn has_drift(&self) -> bool {
        self.drift > 0
    }

    /// The operation with this id.
    pub fn operation(&self, id: &str) -> Option<&OperationReport> {
        self.operations.iter().find(|o| o.id == id)
    }

    /// `probe: N ok, M drift, K skipped (R requests)`
    pub fn total_line(&self) -> String {
        format!(
            "probe: {} ok, {} drift, {} skipped ({} requests)",
            self.ok, self.drift, self.skipped, self.requests
        )
    }

    /// One aligned line per operation (one per drift for drifting ones), then the total line.
    pub fn render(&self) -> String {
        let width = self
            .operations
            .iter()
            .map(|o| o.id.len())
            .max()
            .unwrap_or(0)
            .max(23);
        let mut out = String::new();
        for op in &self.operations {
            let verdict = op.verdict.as_str();
            match op.verdict {
                Verdict::Ok => {
                    let _ = writeln!(
                        out,
                        "{verdict:<8} {:<width$} {} {}",
                        op.id, op.method, op.path
                    );
                }
                Verdict::Drift => {
                    for drift in &op.drifts {
                        let _ = writeln!(out, "{verdict:<8} {:<width$} {drift}", op.id);
                    }
                }
                Verdict::Skipped => {
                    let reason = op.skip.as_deref().unwrap_or("skipped");
                    let _ = writeln!(out, "{verdict:<8} {:<width$} {reason}", op.id);
                }
            }
        }
        out.push_str(&self.total_line());
        out.push('\n');
        out
    }

    /// The report as pretty-printed JSON.
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_default()
    }
}

fn method_rank(method: &str) -> usize {
    ["GET", "POST", "PUT", "PATCH", "DELETE"]
        .iter()
        .position(|m| *m == method)
        .unwrap_or(9)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(id: &str, path: &str, verdict: Verdict) -> OperationReport {
        OperationReport {
            id: id.into(),
            method: "GET".into(),
            path: path.into(),
            called: None,
            status: Some(200),
            verdict,
            drifts: Vec::new(),
            skip: None,
            requests: 1,
        }
    }

    #[test]
    fn renders_aligned_lines_and_the_total() {
        let mut drift = entry("get_workflow", "/v1/workflows/{id}", Verdict::Drift);
        drift.drifts = vec![
            Drift {
                pointer: "/graph/steps/0/type".into(),
                expected: r#"one of ["llm_call"]"#.into(),
                actual: r#""x""#.into(),
                source: DriftSource::Schema,
            },
            Drift {
                pointer: String::new(),
                expected: "JSON".into(),
                actual: "text".into(),
                source: DriftSource::Sdk,
            },
        ];
        let mut skipped = entry("get_pat", "/v1/pats/{id}", Verdict::Skipped);
        skipped.skip = Some("no value for {id}".into());
        let report = Report::new(
            "http://x",
            vec![
                skipped,
                drift,
                entry("list_workflows", "/v1/workflows", Verdict::Ok),
            ],
            3,
        );
        assert_eq!(
            report.render(),
            "skipped  get_pat                 no value for {id}\n\
             ok       list_workflows          GET /v1/workflows\n\
             drift    get_workflow            /graph/steps/0/type: expected one of [\"llm_call\"], got \"x\"\n\
             drift    get_workflow            (body): expected JSON, got text\n\
             probe: 1 ok, 1 drift, 1 skipped (3 requests)\n"
        );
        assert!(report.has_drift());
        let json: serde_json::Value = serde_json::from_str(&report.to_json()).unwrap();
        assert_eq!(
            json["operations"][2]["drifts"][0]["pointer"],
            "/graph/steps/0/type"
        );
        assert_eq!(json["operations"][0]["skip"], "no value for {id}");
        assert_eq!(json["drift"], 1);
    }
}

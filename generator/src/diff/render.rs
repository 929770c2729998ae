//! The report as text (a terminal), Markdown (a pull-request comment) or JSON (tools).

use std::fmt::Write as _;

use super::model::{Bump, Change, Impact, Report};

/// How to print a report.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// Plain text for a terminal.
    Text,
    /// GitHub-flavoured Markdown for a pull-request comment.
    Markdown,
    /// The [`Report`] as JSON, with the bump.
    Json,
}

impl Format {
    /// `text`, `markdown` (or `md`) or `json`.
    pub fn parse(name: &str) -> Option<Self> {
        match name {
            "text" => Some(Self::Text),
            "markdown" | "md" => Some(Self::Markdown),
            "json" => Some(Self::Json),
            _ => None,
        }
    }
}

/// The crate version a report is judged against: the version built on the old spec, and the
/// version the new crate has (when known).
#[derive(Clone, Debug, Default)]
pub struct Versions {
    /// The crate's version built on the old spec.
    pub old: String,
    /// The crate's version now, if it is to be checked.
    pub new: Option<String>,
}

/// Renders a report.
pub fn render(report: &Report, format: Format, versions: &Versions) -> String {
    match format {
        Format::Text => text(report, versions),
        Format::Markdown => markdown(report, versions),
        Format::Json => json(report, versions),
    }
}

/// One line: how many changes, the verdicts, the bump.
pub fn summary(report: &Report, versions: &Versions) -> String {
    if report.is_empty() {
        return "no API change".to_owned();
    }
    let bump = report.bump(&versions.old);
    let required = bump.apply(&versions.old).unwrap_or_else(|| "?".to_owned());
    format!(
        "{} change(s): wire {}, Rust API {}; {} bump ({} → at least {required})",
        report.changes.len(),
        count_word(report.wire_breaking().count()),
        count_word(report.rust_breaking().count()),
        bump.as_str(),
        versions.old,
    )
}

fn count_word(breaking: usize) -> String {
    match breaking {
        0 => "compatible".to_owned(),
        n => format!("breaking ({n})"),
    }
}

fn mark(impact: Impact) -> &'static str {
    match impact {
        Impact::Compatible => "ok",
        Impact::Breaking => "BREAKS",
    }
}

/// Breaking changes first, then additions, then the rest; each group in report order.
fn groups(report: &Report) -> [(&'static str, Vec<&Change>); 3] {
    let breaking = report
        .changes
        .iter()
        .filter(|c| c.verdict.is_breaking())
        .collect();
    let added = report
        .changes
        .iter()
        .filter(|c| !c.verdict.is_breaking() && c.kind.is_addition())
        .collect();
    let other = report
        .changes
        .iter()
        .filter(|c| !c.verdict.is_breaking() && !c.kind.is_addition())
        .collect();
    [
        ("Breaking", breaking),
        ("Added", added),
        ("Other compatible changes", other),
    ]
}

fn version_line(report: &Report, versions: &Versions) -> Option<String> {
    let new = versions.new.as_ref()?;
    let ok = report.version_satisfies(&versions.old, new);
    let required = report
        .bump(&versions.old)
        .apply(&versions.old)
        .unwrap_or_else(|| "?".to_owned());
    Some(if ok {
        format!("crate version {new}: ok (at least {required} required)")
    } else {
        format!(
            "crate version {new}: TOO LOW, the changes require at least {required} (set it in \
             xtask/Cargo.toml, then `cargo xtask regen`)"
        )
    })
}

fn text(report: &Report, versions: &Versions) -> String {
    let mut out = format!(
        "API change report (API {} → {})\n{}\n",
        report.old_api_version,
        report.new_api_version,
        summary(report, versions)
    );
    if let Some(line) = version_line(report, versions) {
        let _ = writeln!(out, "{line}");
    }
    for (title, changes) in groups(report) {
        if changes.is_empty() {
            continue;
        }
        let _ = writeln!(out, "\n{title} ({}):", changes.len());
        for change in changes {
            let _ = writeln!(
                out,
                "  [wire {:<6} rust {:<6}] {}: {}\n      at {}",
                mark(change.verdict.wire),
                mark(change.verdict.rust),
                change.subject,
                change.message,
                change.location
            );
        }
    }
    out
}

fn markdown(report: &Report, versions: &Versions) -> String {
    let mut out = format!(
        "### API change report\n\nAPI {} → {}: **{}**\n",
        report.old_api_version,
        report.new_api_version,
        summary(report, versions)
    );
    if let Some(line) = version_line(report, versions) {
        let _ = writeln!(out, "\n{line}");
    }
    for (title, changes) in groups(report) {
        if changes.is_empty() {
            continue;
        }
        let _ = write!(
            out,
            "\n#### {title} ({})\n\n| wire | Rust | where | change | spec |\n|---|---|---|---|---|\n",
            changes.len()
        );
        for change in changes {
            let _ = writeln!(
                out,
                "| {} | {} | {} | {} | `{}` |",
                md_mark(change.verdict.wire),
                md_mark(change.verdict.rust),
                cell(&change.subject),
                cell(&change.message),
                change.location
            );
        }
    }
    out
}

fn md_mark(impact: Impact) -> &'static str {
    match impact {
        Impact::Compatible => "✅",
        Impact::Breaking => "❌",
    }
}

fn cell(text: &str) -> String {
    text.replace('|', "\\|").replace('\n', " ")
}

fn json(report: &Report, versions: &Versions) -> String {
    let bump = report.bump(&versions.old);
    let value = serde_json::json!({
        "old_api_version": report.old_api_version,
        "new_api_version": report.new_api_version,
        "verdict": report.verdict(),
        "bump": bump,
        "old_crate_version": versions.old,
        "required_crate_version": bump.apply(&versions.old),
        "crate_version": versions.new,
        "version_ok": versions.new.as_ref().map(|v| report.version_satisfies(&versions.old, v)),
        "changes": report.changes,
    });
    let mut out = serde_json::to_string_pretty(&value).unwrap_or_default();
    out.push('\n');
    out
}

/// A `CHANGELOG.md` entry for a crate version: the breaking changes and additions, one line
/// each, with the rest counted.
pub fn changelog_entry(report: &Report, version: &str, bump: Bump) -> String {
    let mut out = format!(
        "## {version} (API {})\n\n{} change(s) from API {}; {} bump.\n",
        report.new_api_version,
        report.changes.len(),
        report.old_api_version,
        bump.as_str()
    );
    for (title, changes) in groups(report) {
        if changes.is_empty() {
            continue;
        }
        let _ = writeln!(out, "\n### {title}\n");
        for change in changes {
            let _ = writeln!(out, "- {}: {}", change.subject, change.message);
        }
    }
    out
}

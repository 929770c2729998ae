//! `cargo xtask`: the repository's tasks.
//!
//! - `regen` rewrites `generated/` from `spec/` (`--check` only compares), says what changed
//!   for users against the spec `generated/` was made from (its `openapi.json`) and adds an entry
//!   to `generated/CHANGELOG.md`;
//! - `diff` reports the API changes between the spec at a git revision and `spec/`, with their
//!   wire and Rust verdicts and the version bump they need (`--check-version` fails when the
//!   generated crate's version is too low);
//! - `lint` lints the spec with Redocly;
//! - `tools` installs the pinned Node tools (Redocly, Prism) into `.tools/`;
//! - `test` installs the tools and the corpus specs when missing, then runs the whole test suite;
//! - `corpus` generates (and with `--build` checks) every real-world spec of
//!   `xtask/corpus/corpus.yaml`, from pinned registry packages;
//! - `probe` calls every safe read of a live BFF and reports where it drifts from the spec (it
//!   runs the `agentruntime-probe` binary, so xtask itself stays light to build).

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};
use std::time::{Duration, Instant};

use agentruntime_generator::diff::{self, Format, Versions};
use agentruntime_generator::{Config, output};
use clap::{Parser, Subcommand};
use xtask::corpus::{self, Corpus};

#[derive(Parser)]
#[command(about = "agentruntime-rs repository tasks")]
struct Cli {
    #[command(subcommand)]
    command: Task,
}

#[derive(Subcommand)]
enum Task {
    /// Regenerate the `agentruntime` crate from the spec.
    Regen {
        /// Compare instead of writing; exit non-zero and list every stale, missing or extra file.
        #[arg(long)]
        check: bool,
        /// Root spec file (default: spec/openapi.yaml).
        #[arg(long)]
        spec: Option<PathBuf>,
        /// Output folder (default: generated/). Any other folder gets a standalone crate.
        #[arg(long)]
        out: Option<PathBuf>,
        /// Require an operationId on every operation instead of deriving the missing ones
        /// (always on for the project's own spec).
        #[arg(long)]
        strict: bool,
    },
    /// Report the API changes from the spec at a git revision to spec/: each with its wire and
    /// Rust verdicts, and the version bump the crate needs.
    Diff {
        /// The git revision whose spec/ (and generated/Cargo.toml version) is the base.
        #[arg(long, default_value = "HEAD")]
        base: String,
        /// text, markdown (a pull-request comment) or json.
        #[arg(long, default_value = "text")]
        format: String,
        /// Exit 1 when generated/Cargo.toml's version is lower than the changes require
        /// relative to the base's.
        #[arg(long)]
        check_version: bool,
    },
    /// Lint the spec with the pinned Redocly CLI (installs it when missing).
    Lint,
    /// Install the pinned Node tools (Redocly CLI, Prism) into .tools/.
    Tools,
    /// Install the tools and the corpus specs when missing, then run every test of the workspace.
    Test {
        /// Extra arguments for `cargo test`.
        #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
        args: Vec<String>,
    },
    /// Generate every real-world spec of xtask/corpus/corpus.yaml (pinned registry packages)
    /// and compare each outcome with the manifest; exits 1 when one differs.
    Corpus {
        /// Also `cargo check --offline` each generated crate (target dir: target/corpus-crates).
        #[arg(long)]
        build: bool,
        /// Only the spec of this name (repeatable).
        #[arg(long)]
        only: Vec<String>,
        /// Seconds one spec may take to generate before it is reported as a timeout.
        #[arg(long, default_value_t = 600)]
        timeout: u64,
    },
    /// Probe a live BFF: report where its answers drift from the spec (exits 1 on drift).
    ///
    /// Runs agentruntime-probe: `--base-url URL [--tenant T] [--project P] [--out FILE]
    /// [--record DIR] [--max-requests N]`, the token from AR_TOKEN; `--help` lists every option.
    #[command(disable_help_flag = true)]
    Probe {
        /// Arguments for agentruntime-probe.
        #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
        args: Vec<String>,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let root = workspace_root();
    let result = match cli.command {
        Task::Regen {
            check,
            spec,
            out,
            strict,
        } => regen(&root, check, spec, out, strict),
        Task::Diff {
            base,
            format,
            check_version,
        } => api_diff(&root, &base, &format, check_version),
        Task::Lint => lint(&root),
        Task::Tools => tools(&root).map(|_| ExitCode::SUCCESS),
        Task::Test { args } => test(&root, &args),
        Task::Corpus {
            build,
            only,
            timeout,
        } => corpus(&root, build, &only, Duration::from_secs(timeout)),
        Task::Probe { args } => probe(&root, &args),
    };
    match result {
        Ok(code) => code,
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::FAILURE
        }
    }
}

/// The runtime crate as the generated `Cargo.toml` names it: relative when the output is
/// inside the repository (so the checked-in crate does not name this machine's paths),
/// absolute otherwise.
fn runtime_path(root: &Path, out_dir: &Path) -> String {
    let root = agentruntime_generator::load::normalize(root);
    let out_dir = agentruntime_generator::load::normalize(out_dir);
    let templates = root.join("templates");
    let path = match out_dir.strip_prefix(&root) {
        Ok(inside) => {
            let up = inside.components().map(|_| "..").collect::<Vec<_>>();
            Path::new(&up.join("/")).join("templates")
        }
        Err(_) => templates,
    };
    path.display().to_string().replace('\\', "/")
}

fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask lives in the workspace")
        .to_owned()
}

fn regen(
    root: &Path,
    check: bool,
    spec: Option<PathBuf>,
    out: Option<PathBuf>,
    strict: bool,
) -> Result<ExitCode, String> {
    let started = Instant::now();
    let default_out = root.join("generated");
    let custom = spec.is_some() || out.is_some();
    let spec_arg = spec.unwrap_or_else(|| PathBuf::from("spec/openapi.yaml"));
    let out_arg = out.unwrap_or_else(|| PathBuf::from("generated"));
    let cwd = std::env::current_dir().map_err(|e| e.to_string())?;
    // The default paths are relative to the repository; user-given ones to where they ran it.
    let base = if custom { cwd } else { root.to_owned() };
    let spec_path = base.join(&spec_arg);
    let out_dir = base.join(&out_arg);
    let standalone = out_dir != default_out;
    let command = if custom {
        format!(
            "cargo xtask regen --spec {} --out {}",
            spec_arg.display(),
            out_arg.display()
        )
    } else {
        "cargo xtask regen".to_owned()
    };
    let config = Config {
        spec_display: spec_arg.display().to_string().replace('\\', "/"),
        spec: spec_path,
        runtime_path: runtime_path(root, &out_dir),
        templates: root.join("templates"),
        command,
        crate_name: "agentruntime".to_owned(),
        crate_version: env!("CARGO_PKG_VERSION").to_owned(),
        standalone,
        // Our own spec names every operation; a derived id there is a mistake to fix.
        strict: strict || spec_arg == Path::new("spec/openapi.yaml") && !custom,
    };
    let mut output =
        agentruntime_generator::generate_with_progress(&config, &mut xtask::progress::to_stderr())
            .map_err(|e| e.to_string())?;
    print_notes(&output.notes);
    let snapshot = diff::snapshot(&config.spec).map_err(|e| e.to_string())?;
    let changelog_path = out_dir.join(CHANGELOG);
    let changelog = std::fs::read_to_string(&changelog_path).ok();
    if !check {
        let changelog = changelog.map(|c| release_unreleased(&c, &config.crate_version));
        let report = changes_since_last_regen(&out_dir, &config.spec)?;
        let changelog = match &report {
            Some((report, old_version)) if !report.is_empty() => {
                let bump = report.bump(old_version);
                println!(
                    "regen: API changes since the last regen: {}",
                    diff::summary(
                        report,
                        &Versions {
                            old: old_version.clone(),
                            new: None
                        }
                    )
                );
                if !report.version_satisfies(old_version, &config.crate_version) {
                    println!(
                        "regen: the crate is still {}; set `version` in xtask/Cargo.toml to at \
                         least {} and regenerate (`cargo xtask diff` has the details)",
                        config.crate_version,
                        bump.apply(old_version).unwrap_or_default()
                    );
                }
                // Until the version is high enough the entry waits under `Unreleased`; the
                // regen after the bump gives it the version.
                let heading = if report.version_satisfies(old_version, &config.crate_version) {
                    config.crate_version.as_str()
                } else {
                    UNRELEASED
                };
                let entry = diff::changelog_entry(report, heading, bump);
                Some(prepend_entry(changelog.as_deref(), &entry))
            }
            Some(_) => {
                println!("regen: no API change since the last regen");
                changelog
            }
            None => {
                println!(
                    "regen: no record of the spec {} was made from",
                    out_arg.display()
                );
                changelog
            }
        };
        add_records(&mut output, snapshot, changelog);
        output::write(&out_dir, &output).map_err(|e| e.to_string())?;
        let stats = output.stats;
        println!(
            "regen: {} operations, {} types, {} files in {:.2} s -> {}",
            stats.operations,
            stats.types,
            stats.files,
            started.elapsed().as_secs_f64(),
            out_arg.display()
        );
        return Ok(ExitCode::SUCCESS);
    }
    add_records(&mut output, snapshot, changelog);
    let differences = output::check(&out_dir, &output).map_err(|e| e.to_string())?;
    if differences.is_empty() {
        println!(
            "regen --check: {} is up to date ({} files)",
            out_arg.display(),
            output.stats.files
        );
        return Ok(ExitCode::SUCCESS);
    }
    eprintln!(
        "regen --check: {} differs from the spec in {} file(s); run `cargo xtask regen`:",
        out_arg.display(),
        differences.len()
    );
    for difference in differences {
        eprintln!("  {difference}");
    }
    Ok(ExitCode::FAILURE)
}

/// The bundled spec a generated crate was made from, inside the crate.
const SNAPSHOT: &str = "openapi.json";
/// The generated crate's changelog: an entry per regeneration that changed the API.
const CHANGELOG: &str = "CHANGELOG.md";

/// The spec snapshot and the changelog join the generated files, so `regen` keeps them and
/// `--check` compares them (the changelog as it is on disk).
fn add_records(
    output: &mut agentruntime_generator::Output,
    snapshot: String,
    changelog: Option<String>,
) {
    output.files.insert(PathBuf::from(SNAPSHOT), snapshot);
    if let Some(changelog) = changelog {
        output.files.insert(PathBuf::from(CHANGELOG), changelog);
    }
    output.stats.files = output.files.len();
}

/// The changes from the spec `out_dir` was made from (its snapshot) to `spec`, with the crate
/// version `out_dir` has; `None` when `out_dir` has no snapshot.
fn changes_since_last_regen(
    out_dir: &Path,
    spec: &Path,
) -> Result<Option<(diff::Report, String)>, String> {
    let snapshot = out_dir.join(SNAPSHOT);
    if !snapshot.exists() {
        return Ok(None);
    }
    let report = diff::diff_specs(&snapshot, spec).map_err(|e| e.to_string())?;
    let manifest = std::fs::read_to_string(out_dir.join("Cargo.toml")).unwrap_or_default();
    let version = package_version(&manifest).unwrap_or_else(|| env!("CARGO_PKG_VERSION").into());
    Ok(Some((report, version)))
}

/// The heading of changelog entries made while the crate's version was too low.
const UNRELEASED: &str = "Unreleased";

/// Gives `Unreleased` entries the crate's version once no entry has that version yet (the
/// version was bumped since they were written).
fn release_unreleased(changelog: &str, version: &str) -> String {
    let unreleased = format!("## {UNRELEASED} ");
    let released = format!("## {version} ");
    if !changelog.contains(&unreleased) || changelog.contains(&released) {
        return changelog.to_owned();
    }
    changelog.replace(&unreleased, &released)
}

/// Puts `entry` at the top of the changelog, under its title.
fn prepend_entry(changelog: Option<&str>, entry: &str) -> String {
    const TITLE: &str = "# Changelog\n\nWhat each regeneration changed in the API, newest first (written by `cargo xtask regen`).\n";
    let rest = changelog
        .and_then(|c| c.strip_prefix(TITLE))
        .or(changelog)
        .unwrap_or("");
    format!(
        "{TITLE}\n{entry}{}{}",
        if rest.is_empty() { "" } else { "\n" },
        rest.trim_start()
    )
}

/// `version` of the `[package]` table of a Cargo.toml.
fn package_version(manifest: &str) -> Option<String> {
    let mut in_package = false;
    for line in manifest.lines() {
        let line = line.trim();
        if line.starts_with('[') {
            in_package = line == "[package]";
        } else if in_package && let Some(value) = line.strip_prefix("version") {
            let value = value.trim_start().strip_prefix('=')?.trim();
            return Some(value.trim_matches('"').to_owned());
        }
    }
    None
}

/// `cargo xtask diff`: the spec at `base` (from git) against spec/.
fn api_diff(
    root: &Path,
    base: &str,
    format: &str,
    check_version: bool,
) -> Result<ExitCode, String> {
    let format = Format::parse(format)
        .ok_or_else(|| format!("unknown format {format:?}: text, markdown or json"))?;
    let temp = tempfile::tempdir().map_err(|e| e.to_string())?;
    let archive = Command::new("git")
        .args(["archive", "--format=tar", base, "spec"])
        .current_dir(root)
        .output()
        .map_err(|e| format!("cannot run git: {e}"))?;
    if !archive.status.success() {
        return Err(format!(
            "git archive {base} spec: {}",
            String::from_utf8_lossy(&archive.stderr).trim()
        ));
    }
    let mut tar = Command::new("tar")
        .args(["-x", "-C"])
        .arg(temp.path())
        .stdin(std::process::Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot run tar: {e}"))?;
    {
        use std::io::Write as _;
        let mut stdin = tar.stdin.take().ok_or("tar has no stdin")?;
        stdin
            .write_all(&archive.stdout)
            .map_err(|e| format!("tar: {e}"))?;
    }
    let status = tar.wait().map_err(|e| format!("tar: {e}"))?;
    if !status.success() {
        return Err(format!("tar -x failed with {status}"));
    }
    let report = diff::diff_specs(
        &temp.path().join("spec/openapi.yaml"),
        &root.join("spec/openapi.yaml"),
    )
    .map_err(|e| e.to_string())?;
    let base_manifest = Command::new("git")
        .args(["show", &format!("{base}:generated/Cargo.toml")])
        .current_dir(root)
        .output()
        .map_err(|e| format!("cannot run git: {e}"))?;
    let current = std::fs::read_to_string(root.join("generated/Cargo.toml"))
        .map_err(|e| format!("generated/Cargo.toml: {e}"))?;
    let new = package_version(&current).ok_or("generated/Cargo.toml has no version")?;
    let old = package_version(&String::from_utf8_lossy(&base_manifest.stdout))
        .unwrap_or_else(|| new.clone());
    let ok = report.version_satisfies(&old, &new);
    let versions = Versions {
        old,
        new: Some(new),
    };
    print!("{}", diff::render(&report, format, &versions));
    Ok(if check_version && !ok {
        eprintln!(
            "diff: the generated crate's version is lower than the changes since {base} require"
        );
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    })
}

fn tools_dir(root: &Path) -> PathBuf {
    root.join(".tools")
}

fn tool(root: &Path, name: &str) -> PathBuf {
    tools_dir(root).join("node_modules/.bin").join(name)
}

/// Installs the pinned Node tools from xtask/tools/package-lock.json when they are missing or
/// the lock file changed.
fn tools(root: &Path) -> Result<(), String> {
    let dir = tools_dir(root);
    let lock = root.join("xtask/tools/package-lock.json");
    let installed_lock = dir.join("package-lock.json");
    let up_to_date = tool(root, "redocly").exists()
        && tool(root, "prism").exists()
        && std::fs::read(&lock).ok() == std::fs::read(&installed_lock).ok();
    if up_to_date {
        return Ok(());
    }
    std::fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    for file in ["package.json", "package-lock.json"] {
        std::fs::copy(root.join("xtask/tools").join(file), dir.join(file))
            .map_err(|e| format!("copying {file}: {e}"))?;
    }
    eprintln!("tools: installing the pinned Redocly CLI and Prism into .tools/ (npm ci)");
    let status = Command::new("npm")
        .args(["ci", "--no-audit", "--no-fund", "--loglevel=error"])
        .current_dir(&dir)
        .status()
        .map_err(|e| format!("cannot run npm (Node 20+ and npm are required): {e}"))?;
    if !status.success() {
        return Err(format!("npm ci failed with {status}"));
    }
    Ok(())
}

/// What the generator decided on the spec's behalf, one line each.
fn print_notes(notes: &[agentruntime_generator::Note]) {
    for note in notes {
        eprintln!("note: {note}");
    }
    if !notes.is_empty() {
        eprintln!(
            "regen: {} note(s); --strict turns them into errors",
            notes.len()
        );
    }
}

fn lint(root: &Path) -> Result<ExitCode, String> {
    tools(root)?;
    let status = Command::new(tool(root, "redocly"))
        .args(["lint", "--format", "codeframe", "spec/openapi.yaml"])
        .current_dir(root)
        .env("REDOCLY_TELEMETRY", "off")
        .env("REDOCLY_SUPPRESS_UPDATE_NOTICE", "true")
        .status()
        .map_err(|e| format!("cannot run redocly: {e}"))?;
    Ok(if status.success() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}

fn test(root: &Path, args: &[String]) -> Result<ExitCode, String> {
    tools(root)?;
    // The corpus test's specs (it installs them itself too, for a plain `cargo test`).
    corpus::install(root)?;
    let status = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()))
        .args(["test", "--workspace"])
        .args(args)
        .current_dir(root)
        .env("AGENTRUNTIME_PRISM", tool(root, "prism"))
        .status()
        .map_err(|e| format!("cannot run cargo test: {e}"))?;
    Ok(if status.success() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}

/// `cargo xtask corpus`: one line per spec (name, OpenAPI version, operations, generation time,
/// outcome), then with `build` a `cargo check` of each generated crate and `corpus: N/M build`.
fn corpus(root: &Path, build: bool, only: &[String], limit: Duration) -> Result<ExitCode, String> {
    let corpus = Corpus::prepare(root)?;
    let unknown: Vec<&String> = only
        .iter()
        .filter(|name| !corpus.entries.iter().any(|e| &&e.name == name))
        .collect();
    if !unknown.is_empty() {
        return Err(format!("not in {}: {unknown:?}", corpus::MANIFEST));
    }
    let entries: Vec<&corpus::Entry> = corpus
        .entries
        .iter()
        .filter(|e| only.is_empty() || only.contains(&e.name))
        .collect();
    let crates = root.join("target/corpus");
    let target = root.join("target/corpus-crates");
    let mut mismatches = 0;
    let mut built = 0;
    let mut generated = 0;
    for entry in &entries {
        let generation = corpus.generate(entry, Some(limit));
        let secs = generation.elapsed.as_secs_f64();
        let per_op = if generation.operations > 0 {
            format!("{:.1} ms/op", secs * 1000.0 / generation.operations as f64)
        } else {
            String::new()
        };
        let mismatch = generation.mismatch(entry);
        println!(
            "{:<28} {:<6} {:>5} ops {:>8.2} s {:>11}  {}{}",
            entry.name,
            generation.openapi,
            generation.operations,
            secs,
            per_op,
            generation.summary(),
            match &mismatch {
                Some(why) => format!("\n    MISMATCH: {why}"),
                None => String::new(),
            }
        );
        mismatches += usize::from(mismatch.is_some());
        let Ok(output) = &generation.result else {
            continue;
        };
        generated += 1;
        if !build {
            continue;
        }
        let result = corpus::build(root, output, &crates.join(&entry.name), &target);
        match &result {
            Ok(elapsed) => {
                built += 1;
                println!(
                    "{:<28} builds: cargo check {:.1} s",
                    entry.name,
                    elapsed.as_secs_f64()
                );
            }
            Err(error) => println!("{:<28} does not build: {error}", entry.name),
        }
        if let Some(why) = corpus::build_mismatch(entry, &result) {
            mismatches += 1;
            println!("    MISMATCH: {why}");
        }
    }
    if build {
        println!(
            "corpus: {built}/{} build ({generated} generate; crates in target/corpus/)",
            entries.len()
        );
    } else {
        println!("corpus: {generated}/{} generate", entries.len());
    }
    if mismatches > 0 {
        eprintln!(
            "corpus: {mismatches} outcome(s) differ from {}",
            corpus::MANIFEST
        );
        return Ok(ExitCode::FAILURE);
    }
    Ok(ExitCode::SUCCESS)
}

/// Runs `cargo run --release --quiet -p agentruntime-probe -- <args>` and passes its exit code
/// on (0 clean, 1 drift, 2 usage or configuration error).
fn probe(root: &Path, args: &[String]) -> Result<ExitCode, String> {
    let status = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()))
        .args([
            "run",
            "--release",
            "--quiet",
            "-p",
            "agentruntime-probe",
            "--",
        ])
        .args(args)
        .current_dir(root)
        .status()
        .map_err(|e| format!("cannot run cargo run: {e}"))?;
    Ok(match status.code() {
        Some(code) => ExitCode::from(u8::try_from(code).unwrap_or(2)),
        None => ExitCode::FAILURE,
    })
}

//! The corpus of real-world OpenAPI documents: `cargo xtask corpus` and the corpus test.
//!
//! Third-party specs are never copied into the repository. Each comes from a package a registry
//! serves, pinned by version and checksum: the `openapiv3` crate's `fixtures/` (a workspace
//! dependency, pinned by `Cargo.lock`, found through `cargo metadata`) and npm packages (pinned by
//! `xtask/corpus/package-lock.json`, whose integrity hashes `npm ci` verifies, installed into
//! `.tools/corpus/`). `xtask/corpus/corpus.yaml` lists every spec with the outcome expected of it;
//! a run that differs from it fails.

use std::collections::BTreeMap;
use std::fmt;
use std::panic::{self, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::mpsc;
use std::time::{Duration, Instant};

use agentruntime_generator::{Config, Error, Output};
use serde::Deserialize;
use serde_json::Value;

/// Where the manifest and the pinned npm packages live, relative to the workspace root.
pub const MANIFEST: &str = "xtask/corpus/corpus.yaml";
const NPM_DIR: &str = "xtask/corpus";
const INSTALL_DIR: &str = ".tools/corpus";

/// `xtask/corpus/corpus.yaml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Manifest {
    pub specs: Vec<Entry>,
}

/// One spec of the corpus.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Entry {
    /// Short name, unique: `--only NAME` selects it.
    pub name: String,
    /// A crate of the workspace's dependency graph (its version from `Cargo.lock`).
    #[serde(rename = "crate")]
    pub krate: Option<String>,
    /// An npm package of `xtask/corpus/package.json`.
    pub npm: Option<String>,
    /// The pinned version; the located package must have exactly this one.
    pub version: String,
    /// The spec's path inside the package.
    pub path: String,
    /// The size class, by operation count (checked).
    pub size: Size,
    /// What generating it must give.
    pub expect: Expect,
    /// For `expect: error`: a substring of the located error (file and JSON pointer included);
    /// for `expect: compile-error`: a substring of `cargo check`'s errors.
    pub error: Option<String>,
    /// Seconds generation may take before it counts as a timeout (default: `--timeout`).
    pub timeout: Option<u64>,
    /// Whether the corpus test generates it (`false`: only `cargo xtask corpus`, say why in
    /// `why`).
    #[serde(default = "yes")]
    pub ci: bool,
    /// Why the entry is as it is (a failure's cause, or why CI skips it).
    pub why: Option<String>,
}

fn yes() -> bool {
    true
}

/// Size classes by operation count. The corpus test builds the `small` ones.
#[derive(Clone, Copy, Debug, Deserialize, PartialEq, Eq, PartialOrd, Ord)]
#[serde(rename_all = "lowercase")]
pub enum Size {
    /// Under 60 operations.
    Small,
    /// 60 to 199.
    Medium,
    /// 200 to 499.
    Large,
    /// 500 and more.
    Xl,
}

impl Size {
    pub fn of(operations: usize) -> Self {
        match operations {
            0..60 => Self::Small,
            60..200 => Self::Medium,
            200..500 => Self::Large,
            _ => Self::Xl,
        }
    }
}

impl fmt::Display for Size {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Small => "small",
            Self::Medium => "medium",
            Self::Large => "large",
            Self::Xl => "xl",
        })
    }
}

#[derive(Clone, Copy, Debug, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "kebab-case")]
pub enum Expect {
    /// Generates, and the crate passes `cargo check`.
    Builds,
    /// A located error (`Error::Spec`, every problem naming its file) containing `error`.
    Error,
    /// Generates, but the crate fails `cargo check` with an error containing `error`.
    CompileError,
    /// Still generating when its time limit runs out.
    Timeout,
}

impl Manifest {
    pub fn read(root: &Path) -> Result<Self, String> {
        let path = root.join(MANIFEST);
        let text =
            std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        let manifest: Self =
            yaml_serde::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))?;
        let mut names = std::collections::BTreeSet::new();
        for entry in &manifest.specs {
            if !names.insert(entry.name.as_str()) {
                return Err(format!("{MANIFEST}: `{}` is listed twice", entry.name));
            }
            if entry.krate.is_some() == entry.npm.is_some() {
                return Err(format!(
                    "{MANIFEST}: `{}` needs exactly one of `crate` and `npm`",
                    entry.name
                ));
            }
            let wants_error = matches!(entry.expect, Expect::Error | Expect::CompileError);
            if wants_error != entry.error.is_some() {
                return Err(format!(
                    "{MANIFEST}: `{}`: `error` is required with `expect: error` or \
                     `compile-error`, and only then",
                    entry.name
                ));
            }
        }
        Ok(manifest)
    }
}

impl Entry {
    /// `openapiv3 2.2.0 fixtures/stripe.yaml`, `npm @octokit/openapi 23.0.2 generated/...`.
    pub fn source(&self) -> String {
        match (&self.krate, &self.npm) {
            (Some(krate), _) => format!("crate {krate} {} {}", self.version, self.path),
            (_, Some(npm)) => format!("npm {npm} {} {}", self.version, self.path),
            _ => unreachable!("checked by Manifest::read"),
        }
    }
}

/// Installs the pinned npm packages into `.tools/corpus/` (`npm ci`, which verifies every
/// integrity hash of the lock file) unless that install is already of the same lock file.
pub fn install(root: &Path) -> Result<PathBuf, String> {
    let dir = root.join(INSTALL_DIR);
    let lock = root.join(NPM_DIR).join("package-lock.json");
    let installed_lock = dir.join("package-lock.json");
    let up_to_date = dir.join("node_modules/.package-lock.json").exists()
        && std::fs::read(&lock).ok() == std::fs::read(&installed_lock).ok();
    if up_to_date {
        return Ok(dir);
    }
    std::fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    for file in ["package.json", "package-lock.json"] {
        std::fs::copy(root.join(NPM_DIR).join(file), dir.join(file))
            .map_err(|e| format!("copying {file}: {e}"))?;
    }
    eprintln!("corpus: installing the pinned spec packages into {INSTALL_DIR}/ (npm ci)");
    let status = Command::new("npm")
        .args([
            "ci",
            "--ignore-scripts",
            "--no-audit",
            "--no-fund",
            "--loglevel=error",
        ])
        .current_dir(&dir)
        .status()
        .map_err(|e| format!("cannot run npm (Node 20+ and npm are required): {e}"))?;
    if !status.success() {
        return Err(format!("npm ci failed with {status}"));
    }
    Ok(dir)
}

/// The corpus, its packages located.
pub struct Corpus {
    pub root: PathBuf,
    pub entries: Vec<Entry>,
    /// Entry name → the spec file on disk, and its package's folder.
    files: BTreeMap<String, (PathBuf, PathBuf)>,
}

impl Corpus {
    /// Reads the manifest, installs the npm packages and locates every spec file, checking that
    /// each package has the version the manifest pins.
    pub fn prepare(root: &Path) -> Result<Self, String> {
        let manifest = Manifest::read(root)?;
        let npm = install(root)?;
        let crates = crate_dirs(root)?;
        let mut files = BTreeMap::new();
        for entry in &manifest.specs {
            let package = match (&entry.krate, &entry.npm) {
                (Some(krate), _) => {
                    let Some((version, dir)) = crates.get(krate.as_str()) else {
                        return Err(format!(
                            "{}: crate {krate} is not in the workspace's dependency graph",
                            entry.name
                        ));
                    };
                    check_version(entry, version)?;
                    dir.clone()
                }
                (_, Some(package)) => {
                    let dir = npm.join("node_modules").join(package);
                    let meta = dir.join("package.json");
                    let text = std::fs::read_to_string(&meta)
                        .map_err(|e| format!("{}: {}: {e}", entry.name, meta.display()))?;
                    let meta: Value = serde_json::from_str(&text)
                        .map_err(|e| format!("{}: {e}", meta.display()))?;
                    check_version(entry, meta["version"].as_str().unwrap_or_default())?;
                    dir
                }
                _ => unreachable!("checked by Manifest::read"),
            };
            let file = package.join(&entry.path);
            if !file.is_file() {
                return Err(format!("{}: {} does not exist", entry.name, file.display()));
            }
            files.insert(entry.name.clone(), (file, package));
        }
        Ok(Self {
            root: root.to_owned(),
            entries: manifest.specs,
            files,
        })
    }

    pub fn file(&self, entry: &Entry) -> &Path {
        &self.files[&entry.name].0
    }

    /// `message` with the package's folder shown as `package@version/`, so messages (and the
    /// manifest's expected errors) do not depend on where registries unpack.
    fn shorten(&self, entry: &Entry, message: &str) -> String {
        let package = entry.krate.as_ref().or(entry.npm.as_ref());
        let short = format!("{}@{}/", package.map_or("", String::as_str), entry.version);
        let dir = &self.files[&entry.name].1;
        message.replace(&format!("{}/", dir.display()), &short)
    }

    /// The generator's configuration for one spec: a standalone crate using the runtime in
    /// `templates/` by absolute path.
    pub fn config(&self, entry: &Entry) -> Config {
        let templates = agentruntime_generator::load::normalize(&self.root.join("templates"));
        Config {
            spec: self.file(entry).to_owned(),
            spec_display: entry.source(),
            runtime_path: templates.display().to_string().replace('\\', "/"),
            templates,
            command: format!("cargo xtask corpus --only {}", entry.name),
            crate_name: "agentruntime".to_owned(),
            crate_version: "0.0.0".to_owned(),
            standalone: true,
            strict: false,
        }
    }

    /// Generates one spec in memory, with panics caught and, when `limit` is given, a time
    /// limit (a generation still running then is left behind on its thread).
    pub fn generate(&self, entry: &Entry, limit: Option<Duration>) -> Generation {
        let limit = entry.timeout.map(Duration::from_secs).or(limit);
        let config = self.config(entry);
        let (openapi, operations) = describe(&config.spec);
        let started = Instant::now();
        let (sender, receiver) = mpsc::channel();
        let thread = std::thread::Builder::new()
            .name(format!("corpus-{}", entry.name))
            // The generator recurses through deeply nested schemas.
            .stack_size(256 << 20)
            .spawn(move || {
                let result = panic::catch_unwind(AssertUnwindSafe(|| {
                    agentruntime_generator::generate_with_progress(
                        &config,
                        &mut crate::progress::to_stderr(),
                    )
                }));
                let _ = sender.send(result);
            })
            .expect("a thread starts");
        let received = match limit {
            Some(limit) => receiver.recv_timeout(limit).ok(),
            None => receiver.recv().ok(),
        };
        let elapsed = started.elapsed();
        let result = match received {
            Some(Ok(Ok(output))) => {
                let _ = thread.join();
                Ok(output)
            }
            Some(Ok(Err(error))) => {
                let _ = thread.join();
                Err(match Failure::from(error) {
                    Failure::Located { message, located } => Failure::Located {
                        message: self.shorten(entry, &message),
                        located,
                    },
                    Failure::Other(message) => Failure::Other(self.shorten(entry, &message)),
                    other => other,
                })
            }
            Some(Err(payload)) => {
                let _ = thread.join();
                Err(Failure::Panic(panic_message(payload.as_ref())))
            }
            None => Err(Failure::Timeout(limit.unwrap_or_default())),
        };
        Generation {
            openapi,
            operations,
            elapsed,
            result,
        }
    }
}

fn check_version(entry: &Entry, found: &str) -> Result<(), String> {
    if found == entry.version {
        Ok(())
    } else {
        Err(format!(
            "{}: the manifest pins version {} but {found} is installed (update {MANIFEST} with the lock file)",
            entry.name, entry.version
        ))
    }
}

/// Crate name → (version, folder) for every package of the workspace's dependency graph.
fn crate_dirs(root: &Path) -> Result<BTreeMap<String, (String, PathBuf)>, String> {
    let output = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()))
        .args(["metadata", "--format-version", "1", "--locked"])
        .current_dir(root)
        .output()
        .map_err(|e| format!("cannot run cargo metadata: {e}"))?;
    if !output.status.success() {
        return Err(format!(
            "cargo metadata failed: {}",
            String::from_utf8_lossy(&output.stderr)
        ));
    }
    let metadata: Value =
        serde_json::from_slice(&output.stdout).map_err(|e| format!("cargo metadata: {e}"))?;
    let mut out = BTreeMap::new();
    for package in metadata["packages"].as_array().into_iter().flatten() {
        let (Some(name), Some(version), Some(manifest)) = (
            package["name"].as_str(),
            package["version"].as_str(),
            package["manifest_path"].as_str(),
        ) else {
            continue;
        };
        let dir = Path::new(manifest)
            .parent()
            .unwrap_or(Path::new(""))
            .to_owned();
        out.insert(name.to_owned(), (version.to_owned(), dir));
    }
    Ok(out)
}

/// The document's `openapi` version and operation count. A document the generator cannot load
/// is read as plain JSON or YAML (a byte-order mark skipped), so it is still sized.
fn describe(spec: &Path) -> (String, usize) {
    let doc = match agentruntime_generator::load::load(spec) {
        Ok(loaded) => loaded.doc,
        Err(_) => std::fs::read_to_string(spec)
            .ok()
            .and_then(|text| {
                let text = text.trim_start_matches('\u{feff}');
                serde_json::from_str::<Value>(text)
                    .ok()
                    .or_else(|| yaml_serde::from_str::<Value>(text).ok())
            })
            .unwrap_or(Value::Null),
    };
    let version = doc["openapi"].as_str().or_else(|| doc["swagger"].as_str());
    (
        version.unwrap_or("?").to_owned(),
        agentruntime_generator::walk::operations(&doc).len(),
    )
}

fn panic_message(payload: &(dyn std::any::Any + Send)) -> String {
    if let Some(s) = payload.downcast_ref::<&str>() {
        (*s).to_owned()
    } else if let Some(s) = payload.downcast_ref::<String>() {
        s.clone()
    } else {
        "(no message)".to_owned()
    }
}

/// What generating one spec gave.
pub struct Generation {
    pub openapi: String,
    pub operations: usize,
    pub elapsed: Duration,
    pub result: Result<Output, Failure>,
}

/// Why a spec did not generate.
#[derive(Debug)]
pub enum Failure {
    /// `Error::Spec`: located problems (the rendered error, and whether every problem names a
    /// file).
    Located { message: String, located: bool },
    /// Any other error of the generator (I/O, internal).
    Other(String),
    /// A panic escaped `generate`.
    Panic(String),
    /// Still running when the time limit ran out.
    Timeout(Duration),
}

impl From<Error> for Failure {
    fn from(error: Error) -> Self {
        match &error {
            Error::Spec(problems) => Self::Located {
                located: !problems.is_empty()
                    && problems
                        .iter()
                        .all(|p| !p.location.file.as_os_str().is_empty()),
                message: error.to_string(),
            },
            _ => Self::Other(error.to_string()),
        }
    }
}

impl fmt::Display for Failure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Located { message, .. } => f.write_str(message),
            Self::Other(message) => write!(f, "unlocated error: {message}"),
            Self::Panic(message) => write!(f, "panic escaped generate: {message}"),
            Self::Timeout(limit) => write!(f, "still generating after {} s", limit.as_secs()),
        }
    }
}

impl Generation {
    /// Why this outcome is not the one the manifest expects (`None`: it is).
    pub fn mismatch(&self, entry: &Entry) -> Option<String> {
        let size = Size::of(self.operations);
        if size != entry.size {
            return Some(format!(
                "{} operations make it {size}, the manifest says {}",
                self.operations, entry.size
            ));
        }
        match (&self.result, entry.expect) {
            (Ok(_), Expect::Builds | Expect::CompileError) => None,
            (Ok(_), expect) => Some(format!("expected {expect:?}, but it generates")),
            (Err(Failure::Timeout(_)), Expect::Timeout) => None,
            (Err(failure), Expect::Builds | Expect::CompileError | Expect::Timeout) => {
                Some(format!(
                    "expected {:?}: {}",
                    entry.expect,
                    first_lines(&failure.to_string())
                ))
            }
            (Err(Failure::Located { message, located }), Expect::Error) => {
                let wanted = entry.error.as_deref().unwrap_or_default();
                if !located {
                    Some(format!("a problem names no file: {message}"))
                } else if !message.contains(wanted) {
                    Some(format!(
                        "expected an error containing `{wanted}`: {}",
                        first_lines(message)
                    ))
                } else {
                    None
                }
            }
            (Err(failure), Expect::Error) => Some(format!("expected a located error: {failure}")),
        }
    }

    /// `ok, 3 notes` or the first line of the failure and how many problems follow.
    pub fn summary(&self) -> String {
        match &self.result {
            Ok(output) => format!(
                "ok, {} types, {} notes",
                output.stats.types,
                output.notes.len()
            ),
            Err(Failure::Located { message, .. }) => {
                let mut lines = message.lines();
                let head = lines.next().unwrap_or_default();
                let first = lines.next().unwrap_or_default().trim();
                let more = lines.count();
                let more = if more > 0 {
                    format!(" (+{more} more)")
                } else {
                    String::new()
                };
                format!("error ({head}) {first}{more}")
            }
            Err(failure) => failure.to_string(),
        }
    }
}

/// Why a build's result is not the one the manifest expects (`None`: it is).
pub fn build_mismatch(entry: &Entry, result: &Result<Duration, String>) -> Option<String> {
    match (result, entry.expect) {
        (Ok(_), Expect::CompileError) => Some("expected a compile error, but it builds".to_owned()),
        (Ok(_), _) => None,
        (Err(error), Expect::CompileError) => {
            let wanted = entry.error.as_deref().unwrap_or_default();
            (!error.contains(wanted))
                .then(|| format!("expected a compile error containing `{wanted}`: {error}"))
        }
        (Err(error), _) => Some(format!("does not build: {error}")),
    }
}

/// The first three lines of a message, and how many more there are.
fn first_lines(message: &str) -> String {
    let lines: Vec<&str> = message.lines().collect();
    let mut out = lines.iter().take(3).copied().collect::<Vec<_>>().join("\n");
    if lines.len() > 3 {
        out.push_str(&format!("\n  … {} more", lines.len() - 3));
    }
    out
}

/// Writes a generated crate into `dir`, copies the workspace's `Cargo.lock` beside it (same
/// dependency versions, so no network is needed) and runs `cargo check --offline --lib` with
/// warnings denied and the shared `target`. Returns the check's time, or its errors. A generated
/// crate has no tests of its own: `--all-targets` would check the library a second time as a
/// test harness (for GitHub's spec, two rustc processes of 11 GB each).
pub fn build(root: &Path, output: &Output, dir: &Path, target: &Path) -> Result<Duration, String> {
    agentruntime_generator::output::write(dir, output).map_err(|e| e.to_string())?;
    std::fs::copy(root.join("Cargo.lock"), dir.join("Cargo.lock"))
        .map_err(|e| format!("copying Cargo.lock: {e}"))?;
    let started = Instant::now();
    let result = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()))
        .args(["check", "--quiet", "--offline", "--lib"])
        .current_dir(dir)
        .env("CARGO_TARGET_DIR", target)
        // As `generator/tests/build.rs` checks the fixture crates: a generated crate builds
        // without a warning. Same flags and lock file, so a shared target reuses dependencies.
        .env("RUSTFLAGS", "-D warnings")
        .output()
        .map_err(|e| format!("cannot run cargo check: {e}"))?;
    if result.status.success() {
        return Ok(started.elapsed());
    }
    let stderr = String::from_utf8_lossy(&result.stderr);
    let errors: Vec<&str> = stderr
        .lines()
        .filter(|line| line.starts_with("error"))
        .collect();
    Err(format!(
        "cargo check failed ({} error lines), first: {}\n{}",
        errors.len(),
        errors.first().copied().unwrap_or("(none)"),
        stderr.lines().take(40).collect::<Vec<_>>().join("\n")
    ))
}

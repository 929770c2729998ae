//! The AgentRuntime SDK generator: an OpenAPI document (3.0 or 3.1, YAML or JSON, one file or
//! several) in, the `agentruntime` crate out.
//!
//! Each stage is a module with one job:
//!
//! | stage | module | does |
//! |---|---|---|
//! | load | [`load`] | reads files, resolves external `$ref`s, bundles, remembers sources |
//! | upgrade | [`upgrade`] | brings 3.1 schemas down to the 3.0 subset progenitor reads |
//! | validate | [`validate`] | our rules; every problem named by file and JSON pointer |
//! | annotate | [`annotate`] | the metadata table; strips context headers and WebSocket operations |
//! | parameters | `params` | query styles, cookies and struct-typed parameters in a form progenitor takes |
//! | shape | [`shape`] | one response type per operation, raw error bodies, tagged unions |
//! | generate | [`progen`] | progenitor + typify, panics caught and located |
//! | rewrite | `rewrite` | an index of progenitor's output, then one pass per module: areas, unions, `send`/`stream` |
//! | emit | [`emit`] | prettyplease, provenance headers, Cargo.toml, lib.rs, metadata |
//! | write | [`output`] | atomic replace of the output folder, or a `--check` diff |
//!
//! Beside the pipeline, [`diff`] compares two specs at the level the crate exposes and says what
//! each change does to the wire and to Rust users, and the version bump it needs.
//!
//! Nothing is written unless every stage succeeds.

pub mod annotate;
mod conform;
pub mod diff;
pub mod emit;
pub mod error;
mod features;
mod free_names;
mod items;
mod layout;
pub mod load;
mod locate;
mod manifest;
pub mod media;
pub mod model;
mod names;
mod opids;
pub mod output;
mod paging;
mod params;
pub mod progen;
mod rewrite;
pub mod shape;
mod tokens;
pub mod upgrade;
pub mod validate;
pub mod walk;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use serde_json::Value;

pub use diff::{Bump, Change, Report, Verdict, diff_specs};
pub use error::{Error, Location, Problem, ProblemKind, Result};
pub use opids::Note;

/// The generator's own version, written into every header.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

/// What to generate and how to describe it.
#[derive(Clone, Debug)]
pub struct Config {
    /// The root spec file.
    pub spec: PathBuf,
    /// How the spec path is shown in headers (relative to the repository, usually).
    pub spec_display: String,
    /// The runtime crate's folder (`templates/`): its `overlays.yaml` manifest, and under
    /// `glue/` the small modules copied into `src/` because they name generated items.
    pub templates: PathBuf,
    /// How the generated `Cargo.toml` reaches the runtime crate: a path relative to the output
    /// folder (`../templates`) or absolute.
    pub runtime_path: String,
    /// The command that regenerates the output, written into every header.
    pub command: String,
    pub crate_name: String,
    pub crate_version: String,
    /// Add an empty `[workspace]` to the manifest (for output outside our workspace).
    pub standalone: bool,
    /// Require an `operationId` on every operation instead of deriving the missing ones
    /// (each derived one is a [`Note`] of the output).
    pub strict: bool,
}

/// A generated crate, in memory.
#[derive(Clone, Debug)]
pub struct Output {
    /// Relative path → contents.
    pub files: BTreeMap<PathBuf, String>,
    pub stats: Stats,
    /// The operation table (also emitted as `src/metadata.rs`).
    pub operations: Vec<model::Operation>,
    /// What the generator decided on the spec's behalf (operation ids it derived), located.
    pub notes: Vec<Note>,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Stats {
    pub operations: usize,
    pub types: usize,
    pub files: usize,
}

/// What a generation is doing, as it happens: for a progress display on large specs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum Progress {
    /// A stage has finished; `elapsed` counts from the start of the generation.
    Stage {
        stage: &'static str,
        elapsed: Duration,
    },
    /// progenitor failed on the whole document, and smaller documents are being generated to
    /// find the operations or schemas responsible: `tried` of them so far, `elapsed` since the
    /// search began.
    Locating { tried: usize, elapsed: Duration },
}

/// Runs every stage. Reads the spec and the templates; writes nothing.
pub fn generate(config: &Config) -> Result<Output> {
    generate_with_progress(config, &mut |_| {})
}

/// [`generate`], telling `progress` each stage as it finishes and how the search for a failure's
/// place goes.
pub fn generate_with_progress(
    config: &Config,
    progress: &mut dyn FnMut(Progress),
) -> Result<Output> {
    // What the generator cannot turn into Rust is a located error; a panic anywhere else is a
    // bug of ours, and still an error the caller gets back rather than a crash.
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        generate_unguarded(config, progress)
    }))
    .unwrap_or_else(|payload| {
        Err(Error::Internal(format!(
            "the generator panicked (a bug: please report it with the spec): {}",
            progen::panic_message(&payload)
        )))
    })
}

/// The OpenAPI version a document declares, an unsupported one a located error.
pub(crate) fn version_of(doc: &Value, sources: &load::SourceMap) -> Result<upgrade::Version> {
    upgrade::version(doc).map_err(|mut p| {
        p.location = sources.locate(&p.location.pointer);
        Error::from(p)
    })
}

/// After the operation ids and item schemas: the 3.0 upgrade, then parameters of one Rust name
/// settled (a note for each one left out). Generation and the change report (`diff/spec.rs`)
/// both run it, so both read a spec alike.
pub(crate) fn upgrade_and_settle(
    doc: &mut Value,
    version: upgrade::Version,
    sources: &load::SourceMap,
) -> Vec<Note> {
    upgrade::to_30(doc, version);
    params::drop_name_clashes(doc, sources)
}

/// The notes, or under `Config::strict` (when there are any) an error of `kind` for each.
fn strict(config: &Config, notes: Vec<Note>, kind: ProblemKind) -> Result<Vec<Note>> {
    if config.strict && !notes.is_empty() {
        return Err(Error::Spec(
            notes
                .into_iter()
                .map(|n| Problem::new(n.location, kind, n.message))
                .collect(),
        ));
    }
    Ok(notes)
}

fn generate_unguarded(config: &Config, progress: &mut dyn FnMut(Progress)) -> Result<Output> {
    let timer = Instant::now();
    let lap = |progress: &mut dyn FnMut(Progress), stage: &'static str| {
        progress(Progress::Stage {
            stage,
            elapsed: timer.elapsed(),
        })
    };
    let mut loaded = load::load(&config.spec)?;
    lap(progress, "load");
    let mut doc = std::mem::take(&mut loaded.doc);
    let version = version_of(&doc, &loaded.sources)?;
    let openapi_version = doc["openapi"].as_str().unwrap_or_default().to_owned();
    let mut notes = if config.strict {
        Vec::new()
    } else {
        opids::synthesize(&mut doc, &loaded.sources)
    };
    // Before the upgrade, so the payload schemas it makes components are upgraded too.
    let item_notes = items::hoist(&mut doc, &mut loaded.sources);
    notes.extend(strict(config, item_notes, ProblemKind::Unsupported)?);
    let clashes = upgrade_and_settle(&mut doc, version, &loaded.sources);
    notes.extend(strict(config, clashes, ProblemKind::Invalid)?);

    lap(progress, "upgrade");
    let problems = validate::validate(&doc, &loaded.sources);
    lap(progress, "validate");
    if !problems.is_empty() {
        return Err(Error::Spec(problems));
    }

    let mut operations = annotate::annotate(&mut doc);
    params::present(&mut doc, &mut operations);
    shape::mark_secrets(&mut doc);
    let unions = shape::shape(&mut doc);
    let component_areas = component_areas(&doc, &loaded.sources, &config.spec);
    let context = rewrite::Context {
        crate_ident: config.crate_name.replace('-', "_"),
        required: required_order(&doc),
        area_docs: area_docs(&doc),
    };
    lap(progress, "shape");

    let generated = progen::generate(&doc, &unions, &loaded.sources, progress)?;
    free_names::check_declared_once(&generated.file, &doc, &loaded.sources)?;
    lap(progress, "progen");
    let modules = rewrite::split(
        generated.file,
        &operations,
        &unions,
        &component_areas,
        &context,
    )?;
    lap(progress, "rewrite");

    let provenance = emit::Provenance {
        generator_version: VERSION.to_owned(),
        spec: config.spec_display.clone(),
        sha256: loaded.sha256,
        openapi_version,
        api_version: doc["info"]["version"]
            .as_str()
            .unwrap_or("unversioned")
            .to_owned(),
        command: config.command.clone(),
    };
    let settings = emit::CrateSettings {
        name: config.crate_name.clone(),
        version: config.crate_version.clone(),
        description: description(&doc),
        standalone: config.standalone,
        runtime_path: config.runtime_path.clone(),
    };
    let all_overlays = read_overlays(&config.templates.join(GLUE))?;
    let manifest = manifest::Manifest::load(
        &config.templates,
        &emit::overlay_module_names(&all_overlays),
    )?;
    let overlays = applicable_overlays(all_overlays, &manifest, &operations, &modules);
    let types = modules
        .types
        .values()
        .flatten()
        .filter(|item| matches!(item, syn::Item::Struct(_) | syn::Item::Enum(_)))
        .count();
    let files = emit::files(emit::Crate {
        modules,
        operations: &operations,
        overlays: &overlays,
        provenance: &provenance,
        settings: &settings,
        manifest: &manifest,
        uses_chrono: generated.uses_chrono,
        uses_uuid: generated.uses_uuid,
        uses_regress: generated.uses_regress,
    })?;
    lap(progress, "emit");
    Ok(Output {
        stats: Stats {
            operations: operations.len(),
            types,
            files: files.len(),
        },
        files,
        operations,
        notes,
    })
}

/// Generates and replaces `out_dir` with the result. On any error nothing is written and
/// `out_dir` keeps its old contents.
pub fn regenerate(config: &Config, out_dir: &Path) -> Result<Output> {
    let output = generate(config)?;
    output::write(out_dir, &output)?;
    Ok(output)
}

fn description(doc: &Value) -> String {
    let title = doc["info"]["title"].as_str().unwrap_or("the API");
    format!("Typed Rust client for {title}, generated from its OpenAPI spec.").replace('"', "'")
}

/// Every component schema, with the stem of the file that defines it as its area (none for the
/// root file).
/// Each tag's description, by the module its operations go to.
fn area_docs(doc: &Value) -> BTreeMap<String, String> {
    let tags = doc.get("tags").and_then(Value::as_array);
    tags.into_iter()
        .flatten()
        .filter_map(|tag| {
            let name = tag.get("name")?.as_str()?;
            let description = tag.get("description")?.as_str()?;
            Some((names::module_name(name), description.to_owned()))
        })
        .collect()
}

/// Each component's `required` list, by Rust type name: the order of its constructor's arguments.
fn required_order(doc: &Value) -> rewrite::RequiredOrder {
    let schemas = doc
        .pointer("/components/schemas")
        .and_then(Value::as_object);
    schemas
        .into_iter()
        .flatten()
        .map(|(name, schema)| {
            let required = schema
                .get("required")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
                .filter_map(Value::as_str)
                .map(str::to_owned)
                .collect();
            (names::type_name(name), required)
        })
        .collect()
}

fn component_areas(doc: &Value, sources: &load::SourceMap, root: &Path) -> rewrite::ComponentAreas {
    let root = load::normalize(root);
    let mut out = BTreeMap::new();
    let Some(schemas) = doc
        .pointer("/components/schemas")
        .and_then(Value::as_object)
    else {
        return out;
    };
    for name in schemas.keys() {
        let file = sources.file_of(&format!(
            "/components/schemas/{}",
            error::escape_segment(name)
        ));
        let area = (file != root && !file.as_os_str().is_empty())
            .then(|| file.file_stem().and_then(|s| s.to_str()))
            .flatten()
            // Shared components (common.yaml) and area files alike are named by their file.
            .map(names::module_name);
        let known = out.entry(names::type_name(name)).or_insert(None);
        if area.is_some() {
            *known = area;
        }
    }
    out
}

/// An overlay module that needs operations or types the spec lacks (its `requires` in the
/// manifest) is left out, so any spec still yields a crate that builds.
fn applicable_overlays(
    overlays: Vec<emit::Overlay>,
    manifest: &manifest::Manifest,
    operations: &[model::Operation],
    modules: &rewrite::Modules,
) -> Vec<emit::Overlay> {
    let mut known: std::collections::BTreeSet<String> =
        operations.iter().map(|op| op.method_name.clone()).collect();
    for items in modules.types.values() {
        for item in items {
            match item {
                syn::Item::Struct(s) => known.insert(s.ident.to_string()),
                syn::Item::Enum(e) => known.insert(e.ident.to_string()),
                syn::Item::Type(t) => known.insert(t.ident.to_string()),
                _ => false,
            };
        }
    }
    let left_out: Vec<&str> = manifest
        .modules
        .iter()
        .filter(|(_, module)| module.requires.iter().any(|name| !known.contains(name)))
        .map(|(name, _)| name.as_str())
        .collect();
    overlays
        .into_iter()
        .filter(|o| {
            emit::module_of(&o.path).is_none_or(|module| !left_out.contains(&module.as_str()))
        })
        .collect()
}

/// The folder of glue templates inside the runtime crate's folder.
pub const GLUE: &str = "glue";

/// Every file under the glue folder, sorted, with paths relative to it.
pub fn read_overlays(dir: &Path) -> Result<Vec<emit::Overlay>> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_owned()];
    while let Some(current) = stack.pop() {
        let entries = std::fs::read_dir(&current).map_err(|e| Error::io(&current, e))?;
        for entry in entries {
            let entry = entry.map_err(|e| Error::io(&current, e))?;
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else {
                let rel = path.strip_prefix(dir).unwrap_or(&path).to_owned();
                let text = std::fs::read_to_string(&path).map_err(|e| Error::io(&path, e))?;
                out.push(emit::Overlay { path: rel, text });
            }
        }
    }
    out.sort_by(|a, b| a.path.cmp(&b.path));
    Ok(out)
}

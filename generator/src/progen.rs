//! Stage 6: run progenitor (and through it typify) on the shaped document.
//!
//! progenitor reports some problems as errors and others as panics (`todo!`, `assert!`). Both are
//! caught; the operations (or schemas) responsible are then found by bisection over small
//! documents (`locate.rs`), so each problem names its place in the spec.

use std::panic::{self, AssertUnwindSafe};
use std::time::Instant;

use progenitor::{GenerationSettings, Generator, HooksMode, InterfaceStyle, TagStyle};
use serde_json::Value;

use crate::Progress;
use crate::error::{Error, Problem, ProblemKind, Result, escape_segment};
use crate::load::SourceMap;
use crate::locate;
use crate::shape::Union;
use crate::walk;

/// Path of the overlay type progenitor stores in `Client::inner`.
pub const CLIENT_STATE: &str = "agentruntime_runtime::ClientState";

/// progenitor's output and the crates it needs.
pub struct Generated {
    pub file: syn::File,
    pub uses_chrono: bool,
    pub uses_uuid: bool,
    pub uses_regress: bool,
}

pub fn generate(
    doc: &Value,
    unions: &[Union],
    sources: &SourceMap,
    progress: &mut dyn FnMut(Progress),
) -> Result<Generated> {
    let spec = parse_openapi(doc, sources)?;
    match attempt(&spec, unions) {
        Ok(generated) => Ok(generated),
        Err(message) => Err(Error::Spec(locate_failure(
            doc, unions, sources, &message, progress,
        ))),
    }
}

/// Deserialises into `openapiv3` types, naming the pointer where the shape is wrong.
fn parse_openapi(doc: &Value, sources: &SourceMap) -> Result<openapiv3::OpenAPI> {
    serde_path_to_error::deserialize(doc).map_err(|err| {
        let pointer: String = err
            .path()
            .iter()
            .filter_map(|seg| match seg {
                serde_path_to_error::Segment::Seq { index } => Some(format!("/{index}")),
                serde_path_to_error::Segment::Map { key } => {
                    Some(format!("/{}", escape_segment(key)))
                }
                serde_path_to_error::Segment::Enum { variant } => {
                    Some(format!("/{}", escape_segment(variant)))
                }
                serde_path_to_error::Segment::Unknown => None,
            })
            .collect();
        Problem::new(
            sources.locate(&pointer),
            ProblemKind::Invalid,
            format!("not a valid OpenAPI object here: {}", err.inner()),
        )
        .into()
    })
}

fn settings(unions: &[Union]) -> GenerationSettings {
    let secret = crate::names::type_name(crate::shape::SECRET_COMPONENT);
    let mut settings = GenerationSettings::new();
    settings
        .with_interface(InterfaceStyle::Builder)
        .with_tag(TagStyle::Merged)
        .with_hooks(HooksMode::Expected)
        .with_inner_type(CLIENT_STATE.parse().expect("static path"))
        .with_map_type("::std::collections::BTreeMap");
    settings.with_replacement(&secret, "crate::Secret", std::iter::empty());
    let file = crate::names::type_name(crate::shape::FILE_COMPONENT);
    settings.with_replacement(&file, "crate::FilePart", std::iter::empty());
    for union in unions {
        settings.with_replacement(
            &union.rust_name,
            format!("crate::types::{}", union.rust_name),
            std::iter::empty(),
        );
    }
    settings
}

/// One progenitor run with panics turned into error messages.
fn attempt(spec: &openapiv3::OpenAPI, unions: &[Union]) -> std::result::Result<Generated, String> {
    let previous = panic::take_hook();
    panic::set_hook(Box::new(|_| {}));
    let outcome = panic::catch_unwind(AssertUnwindSafe(|| {
        let mut generator = Generator::new(&settings(unions));
        let tokens = generator.generate_tokens(spec).map_err(|e| e.to_string())?;
        let space = generator.get_type_space();
        Ok::<_, String>((
            tokens,
            space.uses_chrono(),
            space.uses_uuid(),
            space.uses_regress(),
        ))
    }));
    panic::set_hook(previous);
    let (tokens, uses_chrono, uses_uuid, uses_regress) = match outcome {
        Ok(result) => result?,
        Err(payload) => return Err(format!("progenitor panicked: {}", panic_message(&payload))),
    };
    let file = syn::parse2::<syn::File>(crate::rewrite::without_struct_builders(tokens))
        .map_err(|e| format!("progenitor produced invalid Rust: {e}"))?;
    Ok(Generated {
        file,
        uses_chrono,
        uses_uuid,
        uses_regress,
    })
}

pub(crate) fn panic_message(payload: &Box<dyn std::any::Any + Send>) -> String {
    if let Some(s) = payload.downcast_ref::<&str>() {
        (*s).to_owned()
    } else if let Some(s) = payload.downcast_ref::<String>() {
        s.clone()
    } else {
        "(no message)".to_owned()
    }
}

/// Names the operations (or schemas) that make generation fail, by bisection (`locate.rs`);
/// `whole` is the message of the whole document, kept when nothing smaller fails.
fn locate_failure(
    doc: &Value,
    unions: &[Union],
    sources: &SourceMap,
    whole: &str,
    progress: &mut dyn FnMut(Progress),
) -> Vec<Problem> {
    let started = Instant::now();
    let mut tried = 0;
    let mut try_trial = |trial: &Value| {
        tried += 1;
        progress(Progress::Locating {
            tried,
            elapsed: started.elapsed(),
        });
        let spec = serde_json::from_value::<openapiv3::OpenAPI>(trial.clone())
            .map_err(|e| format!("not a valid OpenAPI document: {e}"))?;
        attempt(&spec, unions).map(drop)
    };
    let culprits = locate::culprits(doc, &mut try_trial);
    if culprits.is_empty() {
        return vec![Problem::new(
            sources.locate(""),
            ProblemKind::Generator,
            whole.to_owned(),
        )];
    }
    culprits
        .into_iter()
        .map(|culprit| {
            let first = &culprit.pointers[0];
            let what = culprit
                .pointers
                .iter()
                .map(|p| describe(doc, p))
                .collect::<Vec<_>>();
            let message = match what.as_slice() {
                [one] => format!("{one}: {}", culprit.message),
                many => format!(
                    "{} fail only together: {}",
                    many.join(", "),
                    culprit.message
                ),
            };
            Problem::new(sources.locate(first), ProblemKind::Generator, message)
        })
        .collect()
}

/// `GET /pets/{id}` for an operation's pointer, `schema Pet` for a component schema's.
fn describe(doc: &Value, pointer: &str) -> String {
    for (path, method) in walk::operations(doc) {
        if walk::operation_pointer(&path, &method) == pointer {
            return format!("{} {path}", method.to_uppercase());
        }
    }
    match pointer.strip_prefix("/components/schemas/") {
        Some(name) => format!("schema `{}`", name.replace("~1", "/").replace("~0", "~")),
        None => pointer.to_owned(),
    }
}

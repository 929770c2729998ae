//! Stage 6: run progenitor (and through it typify) on the shaped document.
//!
//! progenitor reports some problems as errors and others as panics (`todo!`, `assert!`). Both are
//! caught; the operation (or schema) responsible is then found by generating it alone, so the
//! problem names its place in the spec.

use std::panic::{self, AssertUnwindSafe};

use progenitor::{GenerationSettings, Generator, HooksMode, InterfaceStyle, TagStyle};
use serde_json::Value;

use crate::error::{Error, Problem, ProblemKind, Result, escape_segment};
use crate::load::SourceMap;
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

pub fn generate(doc: &Value, unions: &[Union], sources: &SourceMap) -> Result<Generated> {
    let spec = parse_openapi(doc, sources)?;
    match attempt(&spec, unions) {
        Ok(generated) => Ok(generated),
        Err(message) => Err(Error::Spec(locate_failure(doc, unions, sources, &message))),
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

fn panic_message(payload: &Box<dyn std::any::Any + Send>) -> String {
    if let Some(s) = payload.downcast_ref::<&str>() {
        (*s).to_owned()
    } else if let Some(s) = payload.downcast_ref::<String>() {
        s.clone()
    } else {
        "(no message)".to_owned()
    }
}

/// Finds which operations (or, failing that, the shared schemas) make generation fail.
fn locate_failure(doc: &Value, unions: &[Union], sources: &SourceMap, whole: &str) -> Vec<Problem> {
    let mut problems = Vec::new();
    let operations = walk::operations(doc);
    for (path, method) in &operations {
        let mut alone = doc.clone();
        if let Some(paths) = alone.get_mut("paths").and_then(Value::as_object_mut) {
            paths.retain(|p, _| p == path);
            if let Some(item) = paths.get_mut(path).and_then(Value::as_object_mut) {
                item.retain(|k, _| k == method || !walk::METHODS.contains(&k.as_str()));
            }
        }
        let Ok(spec) = serde_json::from_value::<openapiv3::OpenAPI>(alone) else {
            continue;
        };
        if let Err(message) = attempt(&spec, unions) {
            problems.push(Problem::new(
                sources.locate(&walk::operation_pointer(path, method)),
                ProblemKind::Generator,
                format!("{} {path}: {message}", method.to_uppercase()),
            ));
        }
    }
    if problems.is_empty() {
        let mut schemas_only = doc.clone();
        schemas_only["paths"] = Value::Object(Default::default());
        let pointer = match serde_json::from_value::<openapiv3::OpenAPI>(schemas_only) {
            Ok(spec) if attempt(&spec, unions).is_err() => "/components/schemas",
            _ => "",
        };
        problems.push(Problem::new(
            sources.locate(pointer),
            ProblemKind::Generator,
            whole.to_owned(),
        ));
    }
    problems
}

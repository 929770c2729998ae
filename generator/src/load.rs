//! Stage 1: read the spec (YAML or JSON, one file or several) into one bundled document.
//!
//! External `$ref`s are resolved here so every later stage sees a single document:
//! a reference to `<file>#/components/<kind>/<name>` becomes a component of the bundle under the
//! same name (two files defining different components under one name is an error), and any other
//! reference (a path item, a fragment) is inlined. A [`SourceMap`] remembers where each part of the
//! bundle came from, so later problems can name the original file and pointer.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::{Component, Path, PathBuf};
use std::rc::Rc;

use serde_json::{Map, Value};
use sha2::{Digest, Sha256};

use crate::error::{Error, Location, Problem, ProblemKind, Result, escape_segment};

/// The bundled spec and where its parts came from.
#[derive(Debug, Clone)]
pub struct LoadedSpec {
    /// One OpenAPI document with every external reference resolved.
    pub doc: Value,
    /// Maps pointers into `doc` back to files and pointers in them.
    pub sources: SourceMap,
    /// SHA-256 (hex) over every file read, with its path relative to the root file's folder.
    pub sha256: String,
    /// Every file read, root first.
    pub files: Vec<PathBuf>,
}

/// Maps JSON pointers in the bundled document to the file and pointer they came from.
#[derive(Debug, Clone, Default)]
pub struct SourceMap {
    entries: Vec<(String, Location)>,
}

impl SourceMap {
    fn add(&mut self, bundle_pointer: &str, origin: Location) {
        self.entries.push((bundle_pointer.to_owned(), origin));
    }

    /// Records that what now lives at `bundle_pointer` was written at `written_at` (a pointer
    /// into the bundle as it was), for a schema a later stage moved.
    pub fn alias(&mut self, bundle_pointer: &str, written_at: &str) {
        let origin = self.locate(written_at);
        self.add(bundle_pointer, origin);
    }

    /// The original location of a pointer into the bundled document.
    pub fn locate(&self, bundle_pointer: &str) -> Location {
        let best = self
            .entries
            .iter()
            .filter(|(prefix, _)| {
                bundle_pointer == prefix
                    || (bundle_pointer.starts_with(prefix.as_str())
                        && bundle_pointer.as_bytes().get(prefix.len()) == Some(&b'/'))
            })
            .max_by_key(|(prefix, _)| prefix.len());
        match best {
            Some((prefix, origin)) => Location::new(
                origin.file.clone(),
                format!("{}{}", origin.pointer, &bundle_pointer[prefix.len()..]),
            ),
            None => Location::new(PathBuf::new(), bundle_pointer),
        }
    }

    /// The file a component of the bundle was defined in.
    pub fn file_of(&self, bundle_pointer: &str) -> PathBuf {
        self.locate(bundle_pointer).file
    }
}

/// Reads `root` and every file it references, and bundles them into one document.
pub fn load(root: &Path) -> Result<LoadedSpec> {
    let root = normalize(root);
    let mut bundler = Bundler {
        root: root.clone(),
        files: BTreeMap::new(),
        order: Vec::new(),
        hoisted: HashMap::new(),
        components: BTreeMap::new(),
        inlining: HashSet::new(),
        sources: SourceMap::default(),
        problems: Vec::new(),
    };
    let root_doc = bundler.file(&root, None)?;
    bundler.sources.add("", Location::new(root.clone(), ""));
    let mut doc = bundler.walk(&root_doc, &root, "", "");
    bundler.merge_components(&mut doc);
    if !bundler.problems.is_empty() {
        bundler.problems.sort();
        bundler.problems.dedup();
        return Err(Error::Spec(bundler.problems));
    }
    let sha256 = bundler.digest();
    Ok(LoadedSpec {
        doc,
        sources: bundler.sources,
        sha256,
        files: bundler.order.iter().map(|(path, _)| path.clone()).collect(),
    })
}

struct Bundler {
    root: PathBuf,
    files: BTreeMap<PathBuf, Rc<Value>>,
    /// Files in the order they were read, with their bytes (for the digest).
    order: Vec<(PathBuf, Vec<u8>)>,
    /// (file, pointer) of a hoisted component → its name in the bundle.
    hoisted: HashMap<(PathBuf, String), String>,
    /// kind → name → (value, origin) of components hoisted from other files.
    components: BTreeMap<String, BTreeMap<String, (Value, Location)>>,
    /// (file, pointer) of fragments being inlined, to catch cycles.
    inlining: HashSet<(PathBuf, String)>,
    sources: SourceMap,
    problems: Vec<Problem>,
}

impl Bundler {
    /// Parses a file once; `from` is the `$ref` that asked for it, for error messages.
    fn file(&mut self, path: &Path, from: Option<&Location>) -> Result<Rc<Value>> {
        if let Some(doc) = self.files.get(path) {
            return Ok(Rc::clone(doc));
        }
        let bytes = match std::fs::read(path) {
            Ok(bytes) => bytes,
            Err(err) => {
                return match from {
                    None => Err(Error::io(path, err)),
                    Some(location) => Err(Problem::new(
                        location.clone(),
                        ProblemKind::UnresolvedRef,
                        format!(
                            "`$ref` names file {} which cannot be read: {err}",
                            path.display()
                        ),
                    )
                    .into()),
                };
            }
        };
        let doc = Rc::new(parse(path, &bytes)?);
        self.files.insert(path.to_owned(), Rc::clone(&doc));
        self.order.push((path.to_owned(), bytes));
        Ok(doc)
    }

    /// Walks `value` (found at `file_ptr` in `file`, placed at `bundle_ptr` in the bundle),
    /// resolving references. Pointers of nested values are only rendered when a `$ref` needs
    /// them, so walking plain data allocates nothing but the copy.
    fn walk(&mut self, value: &Value, file: &Path, file_ptr: &str, bundle_ptr: &str) -> Value {
        self.walk_at(value, file, file_ptr, bundle_ptr, None)
    }

    fn walk_at(
        &mut self,
        value: &Value,
        file: &Path,
        file_ptr: &str,
        bundle_ptr: &str,
        at: Option<&Segments<'_>>,
    ) -> Value {
        match value {
            Value::Object(map) => {
                if let Some(Value::String(reference)) = map.get("$ref") {
                    let (file_ptr, bundle_ptr) = match at {
                        Some(at) => (at.render(file_ptr), at.render(bundle_ptr)),
                        None => (file_ptr.to_owned(), bundle_ptr.to_owned()),
                    };
                    return self.reference(reference, map, file, &file_ptr, &bundle_ptr);
                }
                let mut out = Map::with_capacity(map.len());
                for (key, child) in map {
                    let here = Segments {
                        parent: at,
                        segment: Segment::Key(key),
                    };
                    let walked = self.walk_at(child, file, file_ptr, bundle_ptr, Some(&here));
                    out.insert(key.clone(), walked);
                }
                Value::Object(out)
            }
            Value::Array(items) => Value::Array(
                items
                    .iter()
                    .enumerate()
                    .map(|(i, child)| {
                        let here = Segments {
                            parent: at,
                            segment: Segment::Index(i),
                        };
                        self.walk_at(child, file, file_ptr, bundle_ptr, Some(&here))
                    })
                    .collect(),
            ),
            other => other.clone(),
        }
    }

    fn reference(
        &mut self,
        reference: &str,
        map: &Map<String, Value>,
        file: &Path,
        file_ptr: &str,
        bundle_ptr: &str,
    ) -> Value {
        let here = Location::new(file.to_owned(), format!("{file_ptr}/$ref"));
        if reference.trim().is_empty() || reference == "#" {
            self.problems.push(Problem::new(
                here,
                ProblemKind::UnresolvedRef,
                format!("`$ref` {reference:?} names the whole document, not a definition"),
            ));
            return Value::Object(map.clone());
        }
        let (file_part, pointer) = match reference.split_once('#') {
            Some((f, p)) => (f, p.to_owned()),
            None => (reference, String::new()),
        };
        if file_part.starts_with("http://") || file_part.starts_with("https://") {
            self.problems.push(Problem::new(
                here,
                ProblemKind::Unsupported,
                format!(
                    "remote `$ref` `{reference}` is not supported; vendor the file next to the spec"
                ),
            ));
            return Value::Object(map.clone());
        }
        let target_file = if file_part.is_empty() {
            file.to_owned()
        } else {
            normalize(&file.parent().unwrap_or(Path::new("")).join(file_part))
        };
        let component = component_address(&pointer);

        // A root-local component reference stays as it is; the walk of the root reaches its target.
        if target_file == self.root && component.is_some() {
            let mut local = Map::new();
            local.insert("$ref".into(), Value::String(format!("#{pointer}")));
            return self.with_siblings(map, Value::Object(local), file, file_ptr, bundle_ptr);
        }
        let target_doc = match self.file(&target_file, Some(&here)) {
            Ok(doc) => doc,
            Err(Error::Spec(mut problems)) => {
                self.problems.append(&mut problems);
                return Value::Object(map.clone());
            }
            Err(other) => {
                self.problems.push(Problem::new(
                    here,
                    ProblemKind::UnresolvedRef,
                    other.to_string(),
                ));
                return Value::Object(map.clone());
            }
        };
        let Some(target) = target_doc.pointer(&pointer).cloned() else {
            self.problems.push(Problem::new(
                here,
                ProblemKind::UnresolvedRef,
                format!(
                    "`$ref` `{reference}` does not resolve: {} has nothing at `{pointer}`",
                    target_file.display()
                ),
            ));
            return Value::Object(map.clone());
        };

        if let Some((kind, name)) = component {
            let key = (target_file.clone(), pointer.clone());
            let bundle_ref = format!("#/components/{kind}/{}", escape_segment(&name));
            if let std::collections::hash_map::Entry::Vacant(slot) = self.hoisted.entry(key) {
                slot.insert(name.clone());
                let component_ptr = format!("/components/{kind}/{}", escape_segment(&name));
                let origin = Location::new(target_file.clone(), pointer.clone());
                let walked = self.walk(&target, &target_file, &pointer, &component_ptr);
                self.add_component(&kind, &name, walked, origin, &component_ptr);
            }
            let mut out = map.clone();
            out.insert("$ref".into(), Value::String(bundle_ref));
            return Value::Object(out);
        }

        // Anything else is inlined where it is referenced.
        let key = (target_file.clone(), pointer.clone());
        if !self.inlining.insert(key.clone()) {
            self.problems.push(Problem::new(
                here,
                ProblemKind::Unsupported,
                format!("`$ref` `{reference}` is recursive outside `components`; move the target into `components`"),
            ));
            return Value::Object(map.clone());
        }
        self.sources.add(
            bundle_ptr,
            Location::new(target_file.clone(), pointer.clone()),
        );
        let inlined = self.walk(&target, &target_file, &pointer, bundle_ptr);
        self.inlining.remove(&key);
        self.with_siblings(map, inlined, file, file_ptr, bundle_ptr)
    }

    /// OpenAPI 3.1 allows keys beside `$ref`; they are kept (walked) next to the result.
    fn with_siblings(
        &mut self,
        map: &Map<String, Value>,
        base: Value,
        file: &Path,
        file_ptr: &str,
        bundle_ptr: &str,
    ) -> Value {
        let Value::Object(mut out) = base else {
            return base;
        };
        for (key, child) in map.iter().filter(|(k, _)| k.as_str() != "$ref") {
            let seg = escape_segment(key);
            let walked = self.walk(
                child,
                file,
                &format!("{file_ptr}/{seg}"),
                &format!("{bundle_ptr}/{seg}"),
            );
            out.insert(key.clone(), walked);
        }
        Value::Object(out)
    }

    fn add_component(
        &mut self,
        kind: &str,
        name: &str,
        value: Value,
        origin: Location,
        component_ptr: &str,
    ) {
        let slot = self.components.entry(kind.to_owned()).or_default();
        match slot.get(name) {
            Some((existing, first)) if *existing != value => {
                self.problems.push(Problem::new(
                    origin,
                    ProblemKind::DuplicateComponent,
                    format!("component `{kind}/{name}` is also defined, differently, at {first}"),
                ));
            }
            Some(_) => {}
            None => {
                self.sources.add(component_ptr, origin.clone());
                slot.insert(name.to_owned(), (value, origin));
            }
        }
    }

    fn merge_components(&mut self, doc: &mut Value) {
        if self.components.is_empty() {
            return;
        }
        let Some(root) = doc.as_object_mut() else {
            return;
        };
        let components = root
            .entry("components")
            .or_insert_with(|| Value::Object(Map::new()));
        let Some(components) = components.as_object_mut() else {
            return;
        };
        for (kind, entries) in std::mem::take(&mut self.components) {
            let slot = components
                .entry(kind.clone())
                .or_insert_with(|| Value::Object(Map::new()));
            let Some(slot) = slot.as_object_mut() else {
                continue;
            };
            for (name, (value, origin)) in entries {
                if slot.contains_key(&name) {
                    self.problems.push(Problem::new(
                        origin,
                        ProblemKind::DuplicateComponent,
                        format!(
                            "component `{kind}/{name}` is also defined in {}",
                            self.root.display()
                        ),
                    ));
                    continue;
                }
                slot.insert(name, value);
            }
        }
    }

    fn digest(&self) -> String {
        let base = self.root.parent().unwrap_or(Path::new(""));
        let mut files: Vec<(String, &[u8])> = self
            .order
            .iter()
            .map(|(path, bytes)| {
                let rel = path.strip_prefix(base).unwrap_or(path);
                (rel.to_string_lossy().replace('\\', "/"), bytes.as_slice())
            })
            .collect();
        files.sort();
        let mut hasher = Sha256::new();
        for (name, bytes) in files {
            hasher.update(name.as_bytes());
            hasher.update([0]);
            hasher.update((bytes.len() as u64).to_le_bytes());
            hasher.update(bytes);
        }
        hasher
            .finalize()
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect()
    }
}

/// The path from where a walk started to the current value, kept on the stack.
struct Segments<'a> {
    parent: Option<&'a Segments<'a>>,
    segment: Segment<'a>,
}

enum Segment<'a> {
    Key(&'a str),
    Index(usize),
}

impl Segments<'_> {
    /// `base` followed by every segment, escaped.
    fn render(&self, base: &str) -> String {
        let mut parts = Vec::new();
        let mut node = Some(self);
        while let Some(n) = node {
            parts.push(match n.segment {
                Segment::Key(key) => escape_segment(key),
                Segment::Index(i) => i.to_string(),
            });
            node = n.parent;
        }
        let mut out = base.to_owned();
        for part in parts.iter().rev() {
            out.push('/');
            out.push_str(part);
        }
        out
    }
}

/// `#/components/<kind>/<name>` → (kind, name).
fn component_address(pointer: &str) -> Option<(String, String)> {
    let (kind, name) = pointer.strip_prefix("/components/")?.split_once('/')?;
    if name.contains('/') || kind.is_empty() || name.is_empty() {
        return None;
    }
    Some((kind.to_owned(), unescape_segment(name)))
}

fn unescape_segment(segment: &str) -> String {
    segment.replace("~1", "/").replace("~0", "~")
}

/// Parses YAML or JSON (by extension; YAML also reads JSON) into a JSON value.
pub fn parse(path: &Path, bytes: &[u8]) -> Result<Value> {
    let is_json = path
        .extension()
        .is_some_and(|ext| ext.eq_ignore_ascii_case("json"));
    let problem = |message: String| -> Error {
        Problem::new(Location::new(path, ""), ProblemKind::Parse, message).into()
    };
    // A UTF-8 byte-order mark (some Windows tools write one) is not part of the document.
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if is_json {
        return serde_json::from_slice(bytes).map_err(|e| {
            problem(format!(
                "not valid JSON at line {} column {}: {e}",
                e.line(),
                e.column()
            ))
        });
    }
    let text = std::str::from_utf8(bytes).map_err(|e| problem(format!("not UTF-8: {e}")))?;
    let yaml: yaml_serde::Value = yaml_serde::from_str(text).map_err(|e| match e.location() {
        Some(at) => problem(format!(
            "not valid YAML at line {} column {}: {e}",
            at.line(),
            at.column()
        )),
        None => problem(format!("not valid YAML: {e}")),
    })?;
    yaml_to_json(yaml).map_err(problem)
}

fn yaml_to_json(value: yaml_serde::Value) -> std::result::Result<Value, String> {
    use yaml_serde::Value as Y;
    Ok(match value {
        Y::Null => Value::Null,
        Y::Bool(b) => Value::Bool(b),
        Y::Number(n) => {
            if let Some(i) = n.as_i64() {
                Value::from(i)
            } else if let Some(u) = n.as_u64() {
                Value::from(u)
            } else {
                let f = n.as_f64().unwrap_or(f64::NAN);
                serde_json::Number::from_f64(f)
                    .map(Value::Number)
                    .ok_or_else(|| format!("number {f} cannot be represented in JSON"))?
            }
        }
        Y::String(s) => Value::String(s),
        Y::Sequence(items) => Value::Array(
            items
                .into_iter()
                .map(yaml_to_json)
                .collect::<std::result::Result<_, _>>()?,
        ),
        Y::Mapping(mapping) => {
            let mut map = Map::with_capacity(mapping.len());
            for (key, child) in mapping {
                let key = match key {
                    Y::String(s) => s,
                    Y::Number(n) => n.to_string(),
                    Y::Bool(b) => b.to_string(),
                    Y::Null => "null".to_owned(),
                    other => return Err(format!("unsupported mapping key {other:?}")),
                };
                map.insert(key, yaml_to_json(child)?);
            }
            Value::Object(map)
        }
        Y::Tagged(tagged) => yaml_to_json(tagged.value)?,
    })
}

/// Lexically normalises a path (`a/b/../c` → `a/c`) without touching the file system, so error
/// messages show the path the way the user wrote it.
pub fn normalize(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for component in path.components() {
        match component {
            Component::CurDir => {}
            Component::ParentDir => {
                if !out.pop() {
                    out.push("..");
                }
            }
            other => out.push(other.as_os_str()),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_byte_order_mark_is_not_part_of_the_document() {
        for name in ["spec.json", "spec.yaml"] {
            let value = parse(Path::new(name), b"\xEF\xBB\xBF{\"openapi\": \"3.0.0\"}").unwrap();
            assert_eq!(value["openapi"], "3.0.0", "{name}");
        }
        let error = parse(Path::new("spec.json"), b"\xEF\xBB\xBF{").unwrap_err();
        assert!(error.to_string().contains("not valid JSON"), "{error}");
    }
}

//! The overlay manifest (`templates/overlays.yaml`): for each hand-written module, what it needs
//! from the spec, the crates it uses and the names the crate root re-exports. The generated
//! `Cargo.toml` and `lib.rs` are derived from it, so neither is decided by scanning code.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use serde::Deserialize;

use crate::error::{Error, Result};

/// The manifest's file name, in the templates folder.
pub const FILE: &str = "overlays.yaml";

/// The whole manifest.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Manifest {
    /// Crate name → its TOML dependency spec (`'"1.0"'` or an inline table).
    pub dependencies: BTreeMap<String, String>,
    /// Crates the generated code itself uses.
    pub generated: Vec<String>,
    /// Module name (`client`, `stream`) → what it needs and gives.
    pub modules: BTreeMap<String, Module>,
}

/// One overlay module.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Module {
    /// Operations (Rust method names) or types the module refers to.
    #[serde(default)]
    pub requires: Vec<String>,
    /// Crates the module uses (keys of `dependencies`).
    #[serde(default)]
    pub uses: Vec<String>,
    /// Names re-exported at the crate root.
    #[serde(default)]
    pub exports: Vec<String>,
}

impl Manifest {
    /// Reads and checks the manifest of a templates folder whose modules are `module_names`.
    pub fn load(templates: &Path, module_names: &BTreeSet<String>) -> Result<Self> {
        let path = templates.join(FILE);
        let text = std::fs::read_to_string(&path).map_err(|e| Error::io(&path, e))?;
        let manifest: Self = yaml_serde::from_str(&text)
            .map_err(|e| Error::Internal(format!("{}: {e}", path.display())))?;
        let problems = manifest.problems(module_names);
        if problems.is_empty() {
            Ok(manifest)
        } else {
            Err(Error::Internal(format!(
                "{}: {}",
                path.display(),
                problems.join("; ")
            )))
        }
    }

    /// Modules without an entry, entries without a module, crates used but not declared.
    fn problems(&self, module_names: &BTreeSet<String>) -> Vec<String> {
        let mut out = Vec::new();
        for name in module_names {
            if !self.modules.contains_key(name) {
                out.push(format!("module `{name}` has no entry"));
            }
        }
        for (name, module) in &self.modules {
            if !module_names.contains(name) {
                out.push(format!("entry `{name}` names no module"));
            }
            for used in &module.uses {
                if !self.dependencies.contains_key(used) {
                    out.push(format!(
                        "`{name}` uses `{used}`, which `dependencies` lacks"
                    ));
                }
            }
        }
        for used in &self.generated {
            if !self.dependencies.contains_key(used) {
                out.push(format!(
                    "`generated` uses `{used}`, which `dependencies` lacks"
                ));
            }
        }
        out
    }

    /// The dependencies of the generated code and of these included modules, as
    /// `name = spec` lines, sorted.
    pub fn dependency_lines<'a>(&self, included: impl IntoIterator<Item = &'a str>) -> Vec<String> {
        let mut names: BTreeSet<&str> = self.generated.iter().map(String::as_str).collect();
        for module in included {
            if let Some(entry) = self.modules.get(module) {
                names.extend(entry.uses.iter().map(String::as_str));
            }
        }
        names
            .into_iter()
            .filter_map(|name| {
                self.dependencies
                    .get(name)
                    .map(|spec| format!("{name} = {spec}"))
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn manifest() -> Manifest {
        yaml_serde::from_str(
            r#"
dependencies: {a: '"1"', b: '"2"', c: '"3"'}
generated: [a]
modules:
  one: {uses: [b], exports: [One]}
  two: {requires: [op], uses: [c]}
"#,
        )
        .unwrap()
    }

    fn names(list: &[&str]) -> BTreeSet<String> {
        list.iter().map(|n| (*n).to_owned()).collect()
    }

    #[test]
    fn dependencies_follow_the_included_modules() {
        let m = manifest();
        assert_eq!(m.dependency_lines(["one"]), ["a = \"1\"", "b = \"2\""]);
        assert_eq!(
            m.dependency_lines(["one", "two"]),
            ["a = \"1\"", "b = \"2\"", "c = \"3\""]
        );
    }

    #[test]
    fn a_manifest_that_disagrees_with_the_modules_names_each_problem() {
        let mut m = manifest();
        assert!(m.problems(&names(&["one", "two"])).is_empty());
        m.modules.get_mut("one").unwrap().uses.push("zzz".into());
        let problems = m.problems(&names(&["one", "three"]));
        assert_eq!(
            problems,
            [
                "module `three` has no entry",
                "`one` uses `zzz`, which `dependencies` lacks",
                "entry `two` names no module",
            ]
        );
    }
}

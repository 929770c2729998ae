//! The overlay manifest (`templates/overlays.yaml`): the runtime crate the generated crate
//! depends on, its features and the runtime items re-exported at the root; for each glue
//! module, what it needs from the spec, its feature, the crates it uses and the names the crate
//! root re-exports. The generated `Cargo.toml` and `lib.rs` are derived from it, so neither is
//! decided by scanning code.

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
    /// The runtime crate.
    pub runtime: Runtime,
    /// Crate name → its TOML dependency spec (`'"1.0"'` or an inline table).
    pub dependencies: BTreeMap<String, String>,
    /// Crates the generated code itself uses.
    pub generated: Vec<String>,
    /// Feature of the generated crate → the runtime features it turns on; `default` lists the
    /// features on by default.
    pub features: BTreeMap<String, Vec<String>>,
    /// Runtime items re-exported at the crate root.
    pub exports: Vec<Exports>,
    /// Glue module name (`client`, `stream`) → what it needs and gives.
    pub modules: BTreeMap<String, Module>,
}

/// The runtime crate as the generated crate depends on it.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Runtime {
    /// Package name (`agentruntime-runtime`).
    pub name: String,
    /// Version the generated crate requires exactly.
    pub version: String,
}

impl Runtime {
    /// The crate name as Rust code names it.
    pub fn ident(&self) -> String {
        self.name.replace('-', "_")
    }
}

/// A group of runtime items re-exported at the crate root.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Exports {
    /// The feature they need, if any.
    #[serde(default)]
    pub feature: Option<String>,
    /// The items.
    pub names: Vec<String>,
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
    /// The feature the module belongs to, if any.
    #[serde(default)]
    pub feature: Option<String>,
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
        let features = self.modules.values().filter_map(|m| m.feature.as_ref());
        let export_features = self.exports.iter().filter_map(|e| e.feature.as_ref());
        for feature in features.chain(export_features) {
            if !self.features.contains_key(feature) {
                out.push(format!("feature `{feature}` is not in `features`"));
            }
        }
        for feature in self.features.get("default").into_iter().flatten() {
            if !self.features.contains_key(feature) {
                out.push(format!("default feature `{feature}` is not in `features`"));
            }
        }
        out
    }

    /// The dependencies of the generated code (those of `generated` it names) and of these
    /// included modules, as `name = spec` lines, sorted.
    pub fn dependency_lines<'a>(
        &self,
        named: impl Fn(&str) -> bool,
        included: impl IntoIterator<Item = &'a str>,
    ) -> Vec<String> {
        let mut names: BTreeSet<&str> = self
            .generated
            .iter()
            .map(String::as_str)
            .filter(|krate| named(krate))
            .collect();
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

    /// The `[features]` table of the generated crate, as TOML lines: one feature per area
    /// (`areas`, all on by default), and the manifest's features, each turning on its runtime
    /// features and the areas a module of it `needs`.
    pub fn feature_lines(
        &self,
        areas: &[String],
        needs: &BTreeMap<String, BTreeSet<String>>,
    ) -> Vec<String> {
        let quote = |items: &[String]| {
            items
                .iter()
                .map(|i| format!("{i:?}"))
                .collect::<Vec<_>>()
                .join(", ")
        };
        let mut lines = BTreeMap::new();
        for area in areas {
            lines.insert(area.clone(), Vec::new());
        }
        for (feature, enables) in &self.features {
            let mut enables: Vec<String> = if feature == "default" {
                let mut all = enables.clone();
                all.extend(areas.iter().cloned());
                all
            } else {
                enables
                    .iter()
                    .map(|f| format!("{}/{f}", self.runtime.name))
                    .collect()
            };
            enables.extend(needs.get(feature).into_iter().flatten().cloned());
            enables.sort();
            enables.dedup();
            lines.insert(feature.clone(), enables);
        }
        lines
            .into_iter()
            .map(|(feature, enables)| format!("{feature} = [{}]", quote(&enables)))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn manifest() -> Manifest {
        yaml_serde::from_str(
            r#"
runtime: {name: the-runtime, version: "1.0.0"}
dependencies: {a: '"1"', b: '"2"', c: '"3"'}
generated: [a]
features: {default: [x], x: [x], y: [y1, y2]}
exports:
  - {names: [Always]}
  - {feature: y, names: [Sometimes]}
modules:
  one: {uses: [b], exports: [One]}
  two: {requires: [op], uses: [c], feature: x}
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
        let all = |_: &str| true;
        assert_eq!(m.dependency_lines(all, ["one"]), ["a = \"1\"", "b = \"2\""]);
        assert_eq!(
            m.dependency_lines(all, ["one", "two"]),
            ["a = \"1\"", "b = \"2\"", "c = \"3\""]
        );
        assert_eq!(
            m.dependency_lines(|_| false, ["one"]),
            ["b = \"2\""],
            "a crate of `generated` the code does not name"
        );
    }

    #[test]
    fn a_manifest_that_disagrees_with_the_modules_names_each_problem() {
        let mut m = manifest();
        assert!(m.problems(&names(&["one", "two"])).is_empty());
        m.modules.get_mut("one").unwrap().uses.push("zzz".into());
        m.modules.get_mut("one").unwrap().feature = Some("nope".into());
        let problems = m.problems(&names(&["one", "three"]));
        assert_eq!(
            problems,
            [
                "module `three` has no entry",
                "`one` uses `zzz`, which `dependencies` lacks",
                "entry `two` names no module",
                "feature `nope` is not in `features`",
            ]
        );
    }

    #[test]
    fn features_turn_on_the_runtime_features_of_the_same_purpose() {
        let needs = BTreeMap::from([("y".to_owned(), BTreeSet::from(["runs".to_owned()]))]);
        assert_eq!(
            manifest().feature_lines(&["runs".to_owned(), "tasks".to_owned()], &needs),
            [
                r#"default = ["runs", "tasks", "x"]"#,
                r#"runs = []"#,
                r#"tasks = []"#,
                r#"x = ["the-runtime/x"]"#,
                r#"y = ["runs", "the-runtime/y1", "the-runtime/y2"]"#,
            ]
        );
    }
}

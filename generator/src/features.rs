//! Pay for what you use: one cargo feature per area (operations module), and the `cfg` each
//! generated item needs so that a crate built with some areas compiles only their operations
//! and the types they reach.
//!
//! A type is compiled when any area that reaches it (through its operations' builders and
//! success types, then type to type) is on. Types no operation reaches (webhook payloads,
//! stream events) and everything they reach are always compiled.

use std::collections::{BTreeMap, BTreeSet};

use proc_macro2::TokenStream;
use quote::quote;
use syn::Item;

use crate::rewrite::Modules;
use crate::rewrite::index::{declared, owner};
use crate::rewrite::syntax::Idents;

/// The features a crate's items are gated by.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Gates {
    /// Area module → its feature name.
    pub areas: BTreeMap<String, String>,
    /// Type name → the features any of which compiles it; a type not listed is always compiled.
    types: BTreeMap<String, BTreeSet<String>>,
    /// Every type the crate declares.
    local: BTreeSet<String>,
}

/// The feature of an area: its module name, unless that names a feature of the manifest
/// (`stream`, `default` …), then `<area>-api`.
fn feature_of(area: &str, reserved: &BTreeSet<String>) -> String {
    if reserved.contains(area) {
        format!("{area}-api")
    } else {
        area.to_owned()
    }
}

fn mentioned<'a>(items: impl IntoIterator<Item = &'a Item>) -> BTreeSet<String> {
    let mut idents = Idents::default();
    for item in items {
        syn::visit::Visit::visit_item(&mut idents, item);
    }
    idents.0
}

impl Gates {
    /// Plans the gates of `modules`; `reserved` are the manifest's own features.
    pub fn plan(modules: &Modules, reserved: &BTreeSet<String>) -> Self {
        let all_types: Vec<&Item> = modules.types.values().flatten().collect();
        let local: BTreeSet<String> = all_types.iter().filter_map(|i| declared(i)).collect();
        // Type → the local types its items mention.
        let mut refs: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
        for item in &all_types {
            if let Some(name) = owner(item, &local) {
                let mentions = mentioned([*item]);
                refs.entry(name)
                    .or_default()
                    .extend(mentions.intersection(&local).cloned());
            }
        }
        let areas: BTreeMap<String, String> = modules
            .operations
            .keys()
            .map(|area| (area.clone(), feature_of(area, reserved)))
            .collect();
        let mut types: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
        for (area, items) in &modules.operations {
            let roots: BTreeSet<String> = mentioned(items).intersection(&local).cloned().collect();
            for name in reach(roots, &refs) {
                types.entry(name).or_default().insert(areas[area].clone());
            }
        }
        // What no operation reaches is always compiled, and so is all it reaches.
        let unreached: BTreeSet<String> = local
            .iter()
            .filter(|name| !types.contains_key(*name))
            .cloned()
            .collect();
        for name in reach(unreached, &refs) {
            types.remove(&name);
        }
        Self {
            areas,
            types,
            local,
        }
    }

    /// The `#[cfg]` of one item of the `types` modules (or of `types::defaults`): the type it
    /// belongs to must be compiled, and so must every local type it names.
    pub fn type_item_cfg(&self, item: &Item) -> Option<TokenStream> {
        let mut needed: BTreeSet<&String> = BTreeSet::new();
        if let Some(name) = owner(item, &self.local) {
            needed.insert(self.local.get(&name)?);
        } else {
            needed.extend(mentioned([item]).iter().filter_map(|n| self.local.get(n)));
        }
        // One `any(...)` per distinct feature set the item needs.
        let sets: BTreeSet<&BTreeSet<String>> = needed
            .into_iter()
            .filter_map(|name| self.types.get(name))
            .collect();
        let conditions: Vec<TokenStream> = sets.into_iter().map(|set| any(set.iter())).collect();
        match conditions.as_slice() {
            [] => None,
            [one] => Some(quote!(#[cfg(#one)])),
            _ => Some(quote!(#[cfg(all(#(#conditions),*))])),
        }
    }

    /// Whether any of these type items is gated.
    pub fn any_gated(&self, items: &[Item]) -> bool {
        items.iter().any(|item| self.type_item_cfg(item).is_some())
    }

    /// The `#[cfg]` of an area's items.
    pub fn area_cfg(&self, area: &str) -> Option<TokenStream> {
        let feature = self.areas.get(area)?;
        Some(quote!(#[cfg(feature = #feature)]))
    }

    /// The features that compile type `name` (empty: always compiled).
    pub fn features_of_type(&self, name: &str) -> BTreeSet<String> {
        self.types.get(name).cloned().unwrap_or_default()
    }

    /// The `#[cfg]` of a glue module without a feature of its own, from what it `requires`:
    /// each operation (a method name; `area_of` gives its area) needs its area's feature, each
    /// type one of the features that compile it. `None` when nothing required is gated.
    pub fn requirement_cfg<'a>(
        &self,
        requires: &[String],
        area_of: impl Fn(&str) -> Option<&'a str>,
    ) -> Option<TokenStream> {
        let features = |name: &String| match area_of(name).and_then(|a| self.areas.get(a)) {
            Some(feature) => BTreeSet::from([feature.clone()]),
            None => self.features_of_type(name),
        };
        let sets: BTreeSet<BTreeSet<String>> = requires
            .iter()
            .map(features)
            .filter(|set| !set.is_empty())
            .collect();
        // `any(a, b)` says nothing more once `a` alone is needed.
        let implied = |set: &BTreeSet<String>| sets.iter().any(|o| o != set && o.is_subset(set));
        let needed: Vec<&BTreeSet<String>> = sets.iter().filter(|set| !implied(set)).collect();
        let conditions: Vec<TokenStream> = needed.into_iter().map(|set| any(set.iter())).collect();
        match conditions.as_slice() {
            [] => None,
            [one] => Some(quote!(#[cfg(#one)])),
            _ => Some(quote!(#[cfg(all(#(#conditions),*))])),
        }
    }
}

/// `any(feature = "a", feature = "b")`, or `feature = "a"` alone.
fn any<'a>(features: impl Iterator<Item = &'a String>) -> TokenStream {
    let features: Vec<TokenStream> = features.map(|f| quote!(feature = #f)).collect();
    match features.as_slice() {
        [one] => one.clone(),
        _ => quote!(any(#(#features),*)),
    }
}

/// `roots` and every type they reach.
fn reach(roots: BTreeSet<String>, refs: &BTreeMap<String, BTreeSet<String>>) -> BTreeSet<String> {
    let mut seen = BTreeSet::new();
    let mut stack: Vec<String> = roots.into_iter().collect();
    while let Some(name) = stack.pop() {
        if seen.insert(name.clone()) {
            stack.extend(refs.get(&name).into_iter().flatten().cloned());
        }
    }
    seen
}

#[cfg(test)]
mod tests {
    use super::*;
    use syn::parse_quote;

    /// Two areas: `runs` reaches `Run` → `Status`; `tasks` reaches `Task` → `Status`;
    /// `Webhook` is reached by no operation and keeps `Payload` always compiled.
    fn modules() -> Modules {
        let types: Vec<Item> = vec![
            parse_quote!(
                pub struct Run {
                    pub status: Status,
                }
            ),
            parse_quote!(
                pub struct Task {
                    pub status: Status,
                }
            ),
            parse_quote!(
                pub enum Status {
                    Done,
                }
            ),
            parse_quote!(impl ::std::fmt::Display for Status { fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result { Ok(()) } }),
            parse_quote!(
                pub struct Webhook {
                    pub payload: Payload,
                }
            ),
            parse_quote!(
                pub struct Payload {
                    pub id: String,
                }
            ),
        ];
        let mut modules = Modules::default();
        modules.types.insert("runs".into(), types);
        modules.operations.insert(
            "runs".into(),
            vec![parse_quote!(impl Client { pub fn get_run(&self) -> types::Run { todo() } })],
        );
        modules.operations.insert(
            "stream".into(),
            vec![parse_quote!(impl Client { pub fn get_task(&self) -> types::Task { todo() } })],
        );
        modules
    }

    fn cfg(gates: &Gates, item: &Item) -> Option<String> {
        gates.type_item_cfg(item).map(|t| t.to_string())
    }

    #[test]
    fn a_type_is_compiled_by_any_area_that_reaches_it() {
        let reserved = BTreeSet::from(["stream".to_owned()]);
        let gates = Gates::plan(&modules(), &reserved);
        assert_eq!(
            gates.areas["stream"], "stream-api",
            "a reserved name is not reused"
        );
        let items = &modules().types["runs"];
        assert_eq!(
            cfg(&gates, &items[0]).as_deref(),
            Some(r#"# [cfg (feature = "runs")]"#)
        );
        assert_eq!(
            cfg(&gates, &items[2]).as_deref(),
            Some(r#"# [cfg (any (feature = "runs" , feature = "stream-api"))]"#)
        );
        assert_eq!(
            cfg(&gates, &items[3]),
            cfg(&gates, &items[2]),
            "impls follow their type"
        );
        assert_eq!(cfg(&gates, &items[4]), None, "reached by no operation");
        assert_eq!(
            cfg(&gates, &items[5]),
            None,
            "reached from an always-compiled type"
        );
    }

    #[test]
    fn a_free_item_needs_every_local_type_it_names() {
        let gates = Gates::plan(&modules(), &BTreeSet::new());
        let default: Item = parse_quote!(
            pub(super) fn default_pair() -> (super::Run, super::Task) {
                todo()
            }
        );
        assert_eq!(
            cfg(&gates, &default).as_deref(),
            Some(r#"# [cfg (all (feature = "runs" , feature = "stream"))]"#)
        );
        assert!(gates.any_gated(&modules().types["runs"]));
        assert_eq!(gates.features_of_type("Payload"), BTreeSet::new());
    }

    #[test]
    fn a_glue_module_without_a_feature_needs_the_areas_of_what_it_requires() {
        let gates = Gates::plan(&modules(), &BTreeSet::new());
        let area_of = |name: &str| match name {
            "get_run" => Some("runs"),
            "get_task" => Some("stream"),
            _ => None,
        };
        let cfg = |requires: &[&str]| {
            let requires: Vec<String> = requires.iter().map(|r| (*r).to_owned()).collect();
            gates
                .requirement_cfg(&requires, area_of)
                .map(|t| t.to_string())
        };
        assert_eq!(
            cfg(&["get_run", "Run"]).as_deref(),
            Some(r#"# [cfg (feature = "runs")]"#)
        );
        assert_eq!(
            cfg(&["get_run", "Status"]).as_deref(),
            Some(r#"# [cfg (feature = "runs")]"#),
            "any(runs, stream) adds nothing to runs"
        );
        assert_eq!(
            cfg(&["Status"]).as_deref(),
            Some(r#"# [cfg (any (feature = "runs" , feature = "stream"))]"#)
        );
        assert_eq!(
            cfg(&["get_run", "get_task", "Webhook"]).as_deref(),
            Some(r#"# [cfg (all (feature = "runs" , feature = "stream"))]"#)
        );
        assert_eq!(cfg(&["Webhook", "Payload"]), None, "always compiled");
    }
}

//! typify names the enum values `+1` and `-1` `plus1` and `minus1` (GitHub's reactions), which
//! are not upper camel case: a crate built with `-D warnings` fails on `non_camel_case_types`.
//! Such variants are renamed (`Plus1`), and so is every path that names them (`Self::plus1`,
//! `ReactionContent::plus1`), before any other pass reads them.

use std::collections::BTreeMap;

use heck::ToUpperCamelCase;
use syn::visit_mut::{self, VisitMut};

use super::syntax::type_ident;

/// Renames, throughout `file`, the enum variants whose names are not upper camel case.
pub fn rename(file: &mut syn::File) {
    let mut renames = Renames::default();
    renames.visit_file_mut(file);
    if renames.by_enum.is_empty() {
        return;
    }
    Paths {
        by_enum: &renames.by_enum,
        self_type: None,
    }
    .visit_file_mut(file);
}

/// Enum name → old variant name → new one.
type ByEnum = BTreeMap<String, BTreeMap<String, syn::Ident>>;

#[derive(Default)]
struct Renames {
    by_enum: ByEnum,
}

impl VisitMut for Renames {
    fn visit_item_enum_mut(&mut self, e: &mut syn::ItemEnum) {
        let names: Vec<String> = e.variants.iter().map(|v| v.ident.to_string()).collect();
        let mut renamed = BTreeMap::new();
        for variant in &mut e.variants {
            let old = variant.ident.to_string();
            let new = camel(&old);
            // A name another variant already has stays as it is (and keeps the lint).
            if new != old && !names.contains(&new) && !renamed.values().any(|v| *v == new) {
                variant.ident = syn::Ident::new(&new, variant.ident.span());
                renamed.insert(old, new);
            }
        }
        if !renamed.is_empty() {
            let idents = renamed
                .into_iter()
                .map(|(old, new)| (old, crate::names::ident(&new)))
                .collect();
            self.by_enum.insert(e.ident.to_string(), idents);
        }
        visit_mut::visit_item_enum_mut(self, e);
    }
}

/// `plus1` → `Plus1`; a leading `_` or a name heck cannot improve is kept.
fn camel(name: &str) -> String {
    if name.starts_with('_') {
        return name.to_owned();
    }
    let camel = name.to_upper_camel_case();
    if camel.is_empty() || syn::parse_str::<syn::Ident>(&camel).is_err() {
        name.to_owned()
    } else {
        camel
    }
}

struct Paths<'a> {
    by_enum: &'a ByEnum,
    /// The type of the `impl` being visited, which `Self` stands for.
    self_type: Option<String>,
}

impl VisitMut for Paths<'_> {
    fn visit_item_impl_mut(&mut self, imp: &mut syn::ItemImpl) {
        let outer = self
            .self_type
            .replace(type_ident(&imp.self_ty).unwrap_or_default());
        visit_mut::visit_item_impl_mut(self, imp);
        self.self_type = outer;
    }

    fn visit_path_mut(&mut self, path: &mut syn::Path) {
        let n = path.segments.len();
        if n >= 2 {
            let owner = path.segments[n - 2].ident.to_string();
            let owner = if owner == "Self" {
                self.self_type.clone().unwrap_or_default()
            } else {
                owner
            };
            let last = &mut path.segments[n - 1];
            if let Some(new) = self
                .by_enum
                .get(&owner)
                .and_then(|variants| variants.get(&last.ident.to_string()))
            {
                last.ident = new.clone();
            }
        }
        visit_mut::visit_path_mut(self, path);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn variants_and_the_paths_that_name_them_are_renamed() {
        let mut file: syn::File = syn::parse_quote! {
            pub enum ReactionContent { plus1, minus1, Laugh }
            pub enum Clash { plus1, Plus1 }
            impl ReactionContent {
                fn wire(&self) -> &str {
                    match self { Self::plus1 => "+1", Self::minus1 => "-1", Self::Laugh => "laugh" }
                }
            }
            impl Default for Other {
                fn default() -> Self { let _ = types::ReactionContent::plus1; Self::plus1 }
            }
            pub struct Counts { pub plus1: i64 }
        };
        rename(&mut file);
        let text = quote::quote!(#file).to_string();
        assert!(
            text.contains("pub enum ReactionContent { Plus1 , Minus1 , Laugh }"),
            "{text}"
        );
        assert!(text.contains("Self :: Plus1 => \"+1\""), "{text}");
        assert!(text.contains("types :: ReactionContent :: Plus1"), "{text}");
        // `Self` of another type, a clashing name and a field are left alone.
        assert!(text.contains("Self :: plus1 }"), "{text}");
        assert!(text.contains("pub enum Clash { plus1 , Plus1 }"), "{text}");
        assert!(text.contains("pub plus1 : i64"), "{text}");
    }
}

//! Which `types::<area>` module each type goes to. Components keep the area of their spec file;
//! an operation's inline success and body types go to its area; other types follow the first
//! operation, then the first type, that uses them; what nothing claims is `common`.

use std::collections::{BTreeMap, BTreeSet};

use syn::Item;
use syn::visit::Visit;

use super::index::{Entry, TypeDef, declared};
use super::syntax::{Idents, Reroot, field_type, type_ident};
use super::{Areas, COMMON_MODULE, ComponentAreas};

/// Items move from `types` into `types::<area>`: `self::x` (typify writes
/// `self::error::ConversionError`) then means `super::x`.
pub fn reroot(items: &mut [Item]) {
    Reroot(&[(&["self"], &["super"])]).items(items);
}

/// typify's `types::defaults` builds a constrained newtype's default with its tuple constructor
/// (`super::Color("#000000".to_string())`), which worked while every type sat in `types` itself.
/// Once types live in `types::<area>`, the private field is out of the defaults' reach, so a
/// newtype's private field becomes `pub(crate)`: nothing changes for users of the crate.
pub fn newtype_fields_crate_visible(defs: &mut [TypeDef]) {
    for item in defs.iter_mut().flat_map(|def| def.items.iter_mut()) {
        if let Item::Struct(s) = item
            && let syn::Fields::Unnamed(fields) = &mut s.fields
        {
            for field in &mut fields.unnamed {
                if matches!(field.vis, syn::Visibility::Inherited) {
                    field.vis = syn::parse_quote!(pub(crate));
                }
            }
        }
    }
}

/// Sorts the types into area modules, each type's items in order.
pub fn types(
    mut defs: Vec<TypeDef>,
    component_areas: &ComponentAreas,
    operations: &[Entry<'_>],
) -> Areas {
    for def in &mut defs {
        reroot(&mut def.items);
    }
    let names: BTreeSet<String> = defs
        .iter()
        .filter(|def| def.items.iter().any(|item| declared(item).is_some()))
        .map(|def| def.name.clone())
        .collect();
    let mut mentions: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for def in &defs {
        let mut found = Idents::default();
        for item in &def.items {
            found.visit_item(item);
        }
        mentions.entry(def.name.clone()).or_default().extend(
            found
                .0
                .into_iter()
                .filter(|n| *n != def.name && names.contains(n)),
        );
    }
    let areas = assign_areas(&names, &mentions, component_areas, operations);
    let mut out = Areas::new();
    for def in defs {
        let area = areas
            .get(&def.name)
            .cloned()
            .unwrap_or_else(|| COMMON_MODULE.to_owned());
        out.entry(area).or_default().extend(def.items);
    }
    out
}

fn assign_areas(
    names: &BTreeSet<String>,
    mentions: &BTreeMap<String, BTreeSet<String>>,
    component_areas: &ComponentAreas,
    operations: &[Entry<'_>],
) -> BTreeMap<String, String> {
    let mut areas: BTreeMap<String, String> = names
        .iter()
        .filter_map(|name| {
            let area = component_areas.get(name)?.as_ref()?;
            Some((name.clone(), area.clone()))
        })
        .collect();
    // An operation's inline (not component) request and response types are its own.
    for entry in operations {
        let body = field_type(&entry.builder, "body");
        let own = [Some(&entry.success), body.as_ref()];
        for name in own.into_iter().flatten().filter_map(type_ident) {
            if names.contains(&name) && !component_areas.contains_key(&name) {
                areas.insert(name, entry.op.module.clone());
            }
        }
    }
    // Types an operation's builder uses belong to its area (the first operation wins).
    for entry in operations {
        let mut found = Idents::default();
        found.visit_item_struct(&entry.builder);
        for imp in &entry.impls {
            found.visit_item_impl(imp);
        }
        for name in found.0.into_iter().filter(|n| names.contains(n)) {
            areas.entry(name).or_insert_with(|| entry.op.module.clone());
        }
    }
    loop {
        let mut changed = false;
        for (owner, mentioned) in mentions {
            let Some(area) = areas.get(owner).cloned() else {
                continue;
            };
            for name in mentioned {
                if !areas.contains_key(name) {
                    areas.insert(name.clone(), area.clone());
                    changed = true;
                }
            }
        }
        if !changed {
            break;
        }
    }
    areas
}

#[cfg(test)]
mod newtype_tests {
    use super::*;

    #[test]
    fn a_private_newtype_field_becomes_crate_visible_and_public_ones_stay() {
        let mut defs = vec![TypeDef {
            name: "Color".into(),
            items: vec![
                syn::parse_quote!(
                    pub struct Color(::std::string::String);
                ),
                syn::parse_quote!(
                    pub struct Open(pub i64);
                ),
                syn::parse_quote!(
                    pub struct Named {
                        field: i64,
                    }
                ),
            ],
        }];
        newtype_fields_crate_visible(&mut defs);
        let text: Vec<String> = defs[0]
            .items
            .iter()
            .map(|i| quote::quote!(#i).to_string())
            .collect();
        assert_eq!(
            text[0],
            "pub struct Color (pub (crate) :: std :: string :: String) ;"
        );
        assert_eq!(text[1], "pub struct Open (pub i64) ;");
        // Named fields are typify's own business (their docs and serde attributes).
        assert!(!text[2].contains("pub (crate)"), "{}", text[2]);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Operation;
    use crate::rewrite::index::tests::operation;
    use crate::rewrite::index::type_defs;

    fn entry<'o>(op: &'o Operation, builder: &str, mentions: &[&str], success: &str) -> Entry<'o> {
        let builder = crate::names::ident(builder);
        let fields = mentions.iter().enumerate().map(|(i, name)| {
            let field = crate::names::ident(&format!("f{i}"));
            let ty = crate::names::ident(name);
            quote::quote!(#field: Result<Option<types::#ty>, String>)
        });
        let success = crate::names::ident(success);
        Entry {
            op,
            method: syn::parse_quote!(pub fn f(&self) -> builder::#builder<'_> {}),
            builder: syn::parse_quote! {
                pub struct #builder<'a> {
                    client: &'a super::Client,
                    #(#fields,)*
                }
            },
            impls: Vec::new(),
            success: syn::parse_quote!(types::#success),
        }
    }

    fn defs() -> Vec<TypeDef> {
        type_defs(vec![
            syn::parse_quote!(
                pub struct Thing {
                    pub color: Color,
                }
            ),
            syn::parse_quote!(
                pub enum Color {
                    Red,
                }
            ),
            syn::parse_quote! {
                impl ::std::str::FromStr for Color {
                    type Err = self::error::ConversionError;
                }
            },
            syn::parse_quote!(
                pub struct Page {
                    pub items: Vec<Thing>,
                }
            ),
            syn::parse_quote!(
                pub struct Unused {}
            ),
            syn::parse_quote!(
                pub struct Widget {}
            ),
            syn::parse_quote!(
                pub struct ListThingsResponse {}
            ),
        ])
        .unwrap()
    }

    fn area_of<'a>(areas: &'a Areas, name: &str) -> &'a str {
        areas
            .iter()
            .find(|(_, items)| items.iter().any(|i| declared(i).as_deref() == Some(name)))
            .map(|(area, _)| area.as_str())
            .unwrap()
    }

    #[test]
    fn components_keep_their_file_and_the_rest_follows_its_users() {
        let components = ComponentAreas::from([("Widget".to_owned(), Some("widgets".to_owned()))]);
        let list = operation("listThings", "things");
        let areas = types(
            defs(),
            &components,
            &[entry(&list, "ListThings", &["Color"], "Page")],
        );
        assert_eq!(area_of(&areas, "Widget"), "widgets");
        // The success type, the type its builder mentions, and what the success type uses.
        assert_eq!(area_of(&areas, "Page"), "things");
        assert_eq!(area_of(&areas, "Color"), "things");
        assert_eq!(area_of(&areas, "Thing"), "things");
        assert_eq!(area_of(&areas, "Unused"), COMMON_MODULE);
        // A type's items stay together and leave `types` (`self::` → `super::`).
        let things = &areas["things"];
        let things = quote::quote!(#(#things)*).to_string();
        assert!(
            things.contains("super :: error :: ConversionError"),
            "{things}"
        );
    }

    #[test]
    fn a_type_used_by_two_areas_goes_with_the_first_operation() {
        let list = operation("listThings", "things");
        let other = operation("listOthers", "others");
        let operations = [
            entry(&other, "ListOthers", &["Color"], "Widget"),
            entry(&list, "ListThings", &["Color"], "Page"),
        ];
        let areas = types(defs(), &ComponentAreas::new(), &operations);
        assert_eq!(area_of(&areas, "Color"), "others");
        assert_eq!(area_of(&areas, "Widget"), "others");
        assert_eq!(area_of(&areas, "Page"), "things");
    }

    #[test]
    fn an_operations_inline_success_type_is_its_own_wherever_else_it_is_mentioned() {
        // `Page` is a component of the root file: it has no area of its own.
        let components = ComponentAreas::from([("Page".to_owned(), None)]);
        let first = operation("listOthers", "others");
        let second = operation("listThings", "things");
        let third = operation("getThing", "things");
        let operations = [
            entry(
                &first,
                "ListOthers",
                &["ListThingsResponse", "Page"],
                "Widget",
            ),
            entry(&second, "ListThings", &[], "ListThingsResponse"),
            entry(&third, "GetThing", &[], "Page"),
        ];
        let areas = types(defs(), &components, &operations);
        assert_eq!(area_of(&areas, "ListThingsResponse"), "things");
        // A component is placed like any used type: `ListOthers` mentions it first.
        assert_eq!(area_of(&areas, "Page"), "others");
    }
}

//! typify derives `Default` only when every field has one of its own defaults, which a flattened
//! map of extra properties (`additionalProperties`) prevents. A struct whose fields are all
//! optional (or defaulted, or that flattened map) gets `Default` here, so callers can write
//! `StartRunParams { run_id: Some(..), ..Default::default() }`.

use std::collections::BTreeSet;

use syn::Item;

use super::Areas;
use super::syntax::{add_derive, derives, implements, type_ident};

pub fn derive_missing(types: &mut Areas) {
    let has_impl = implemented(types);
    for item in types.values_mut().flatten() {
        let Item::Struct(s) = item else { continue };
        if has_impl.contains(&s.ident.to_string()) || s.fields.is_empty() {
            continue;
        }
        if !s.fields.iter().any(super::constructors::is_required) {
            add_derive(&mut s.attrs, "Default");
        }
    }
}

/// Names of the types that implement `Default` (derived or by hand).
pub fn implemented(types: &Areas) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for item in types.values().flatten() {
        match item {
            Item::Struct(s) if derives(&s.attrs, "Default") => {
                out.insert(s.ident.to_string());
            }
            Item::Enum(e) if derives(&e.attrs, "Default") => {
                out.insert(e.ident.to_string());
            }
            Item::Impl(imp) if implements(imp, "Default") => {
                out.extend(type_ident(&imp.self_ty));
            }
            _ => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn derived_default(items: Vec<Item>) -> BTreeSet<String> {
        let mut types = Areas::from([("things".to_owned(), items)]);
        derive_missing(&mut types);
        implemented(&types)
    }

    #[test]
    fn a_struct_of_optional_fields_derives_default() {
        let found = derived_default(vec![
            syn::parse_quote! {
                #[derive(Clone, Debug)]
                pub struct Params {
                    pub run_id: ::std::option::Option<::std::string::String>,
                    #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
                    pub tags: ::std::vec::Vec<::std::string::String>,
                    #[serde(flatten)]
                    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                }
            },
            syn::parse_quote! {
                #[derive(Clone, Debug)]
                pub struct Required {
                    pub id: ::std::string::String,
                    pub note: ::std::option::Option<::std::string::String>,
                }
            },
            syn::parse_quote!(
                #[derive(Clone)]
                pub struct Empty {}
            ),
        ]);
        assert_eq!(found, BTreeSet::from(["Params".to_owned()]));
    }

    #[test]
    fn a_flattened_field_that_is_not_a_map_is_required() {
        let found = derived_default(vec![syn::parse_quote! {
            #[derive(Clone)]
            pub struct Wrapper {
                #[serde(flatten)]
                pub inner: Inner,
            }
        }]);
        assert!(found.is_empty());
    }

    #[test]
    fn hand_written_and_derived_defaults_are_found_and_kept() {
        let mut types = Areas::from([(
            "things".to_owned(),
            vec![
                syn::parse_quote!(
                    #[derive(Clone, Default)]
                    pub struct A {
                        pub x: i64,
                    }
                ),
                syn::parse_quote!(
                    #[derive(Clone)]
                    pub enum B {
                        X,
                    }
                ),
                syn::parse_quote!(impl ::std::default::Default for B { fn default() -> Self { Self::X } }),
                syn::parse_quote!(
                    #[derive(Clone)]
                    pub struct C {
                        pub x: Option<i64>,
                    }
                ),
                syn::parse_quote!(impl Default for C { fn default() -> Self { Self { x: None } } }),
            ],
        )]);
        derive_missing(&mut types);
        assert_eq!(
            implemented(&types),
            BTreeSet::from(["A", "B", "C"].map(String::from))
        );
        // `C` has a `Default` already; deriving one would conflict.
        let Item::Struct(c) = &types["things"][3] else {
            panic!("struct")
        };
        assert!(!derives(&c.attrs, "Default"));
    }
}

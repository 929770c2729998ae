//! Makes every string enum open: a value the server adds after this SDK was generated decodes as
//! `Unknown(String)` (and is sent back as it came) instead of failing the whole response. Such
//! enums lose `Copy` (they may hold a `String`); so does every generated type, since a type that
//! derives `Copy` may contain one of them. `FromStr` stays strict, so a typo in a value the
//! caller writes is still an error.

use std::collections::BTreeMap;

use quote::quote;
use syn::{ImplItem, Item};

use super::Areas;
use super::syntax::{derives, implements, remove_derives, serde_rename, type_ident};

pub fn open(types: &mut Areas) {
    let mut opened = BTreeMap::new();
    for items in types.values_mut() {
        let mut added = Vec::new();
        for item in items.iter_mut() {
            if let Item::Enum(e) = item
                && is_string_enum(e)
            {
                let other = catch_all(e);
                added.extend(open_enum(e, &other));
                opened.insert(e.ident.to_string(), other);
            }
        }
        items.extend(added);
    }
    for item in types.values_mut().flatten() {
        match item {
            Item::Struct(s) => remove_derives(&mut s.attrs, &["Copy"]),
            Item::Enum(e) => remove_derives(&mut e.attrs, &["Copy"]),
            Item::Impl(imp) if implements(imp, "Display") => {
                if let Some(other) = type_ident(&imp.self_ty).and_then(|name| opened.get(&name)) {
                    display_unknown(imp, other);
                }
            }
            _ => {}
        }
    }
}

/// An enum of unit variants only, each a string on the wire.
fn is_string_enum(e: &syn::ItemEnum) -> bool {
    !e.variants.is_empty()
        && e.variants
            .iter()
            .all(|v| matches!(v.fields, syn::Fields::Unit))
        && derives(&e.attrs, "Deserialize")
        && !e.attrs.iter().any(|a| a.path().is_ident("serde"))
}

/// The catch-all variant's name: `Unknown`, or `UnknownValue` when a value of the enum is
/// itself named `Unknown` (`"unknown"`), and so on.
fn catch_all(e: &syn::ItemEnum) -> syn::Ident {
    let taken = |name: &str| e.variants.iter().any(|v| v.ident == name);
    let mut name = "Unknown".to_owned();
    let mut n = 1;
    while taken(&name) {
        n += 1;
        name = if n == 2 {
            "UnknownValue".to_owned()
        } else {
            format!("UnknownValue{n}")
        };
    }
    crate::names::ident(&name)
}

/// Adds `Unknown(String)` to a string enum and replaces its derived serde impls with a string
/// match (derived ones would need `#[serde(untagged)]`, which buffers every value and costs far
/// more to compile). Returns the new impl blocks.
fn open_enum(e: &mut syn::ItemEnum, other: &syn::Ident) -> Vec<Item> {
    let mut arms = Vec::new();
    let mut names = Vec::new();
    for variant in &mut e.variants {
        let ident = variant.ident.clone();
        let wire = variant
            .attrs
            .iter()
            .find_map(serde_rename)
            .unwrap_or_else(|| ident.to_string());
        variant.attrs.retain(|a| !a.path().is_ident("serde"));
        if !variant.attrs.iter().any(|a| a.path().is_ident("doc")) {
            let doc = format!(" `{wire}`");
            variant.attrs.push(syn::parse_quote!(#[doc = #doc]));
        }
        arms.push(quote!(#wire => Self::#ident,));
        names.push(quote!(Self::#ident => #wire,));
    }
    remove_derives(&mut e.attrs, &["Serialize", "Deserialize", "Copy"]);
    e.attrs.retain(|a| !a.path().is_ident("serde"));
    e.attrs.push(syn::parse_quote!(#[non_exhaustive]));
    e.variants.push(syn::parse_quote! {
        /// A value this version of the SDK does not know yet, kept as it was sent.
        #other(::std::string::String)
    });
    let name = &e.ident;
    let file: syn::File = syn::parse_quote! {
            impl #name {
                /// The value as it is on the wire.
                pub fn as_str(&self) -> &str {
                    match self {
                        #(#names)*
                        Self::#other(value) => value,
                    }
                }
            }
            impl ::serde::Serialize for #name {
                fn serialize<S: ::serde::Serializer>(&self, serializer: S) -> ::std::result::Result<S::Ok, S::Error> {
                    serializer.serialize_str(self.as_str())
                }
            }
            impl<'de> ::serde::Deserialize<'de> for #name {
                fn deserialize<D: ::serde::Deserializer<'de>>(deserializer: D) -> ::std::result::Result<Self, D::Error> {
                    let value = <::std::string::String as ::serde::Deserialize>::deserialize(deserializer)?;
                    Ok(match value.as_str() {
                        #(#arms)*
                        _ => Self::#other(value),
                    })
                }
            }
    };
    file.items
}

/// typify's `Display` matches every known variant; an unknown value prints as it came.
fn display_unknown(imp: &mut syn::ItemImpl, other: &syn::Ident) {
    for impl_item in &mut imp.items {
        if let ImplItem::Fn(f) = impl_item
            && let Some(syn::Stmt::Expr(syn::Expr::Match(m), _)) = f.block.stmts.last_mut()
        {
            m.expr = syn::parse_quote!(self);
            m.arms
                .push(syn::parse_quote!(Self::#other(value) => f.write_str(value),));
        }
    }
}

#[cfg(test)]
mod tests {
    use quote::ToTokens;

    use super::*;

    fn area(items: Vec<Item>) -> Areas {
        Areas::from([("things".to_owned(), items)])
    }

    fn text(types: &Areas) -> String {
        let items = &types["things"];
        quote!(#(#items)*).to_string().replace(' ', "")
    }

    #[test]
    fn a_string_enum_gets_unknown_and_string_serde() {
        let mut types = area(vec![
            syn::parse_quote! {
                #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Copy, Debug)]
                pub enum Color {
                    #[serde(rename = "red")]
                    Red,
                    /// Dark.
                    #[serde(rename = "dark-blue")]
                    DarkBlue,
                }
            },
            syn::parse_quote! {
                impl ::std::fmt::Display for Color {
                    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                        match *self {
                            Self::Red => f.write_str("red"),
                            Self::DarkBlue => f.write_str("dark-blue"),
                        }
                    }
                }
            },
        ]);
        open(&mut types);
        let items = &types["things"];
        // The enum, its `Display`, then `as_str`, `Serialize` and `Deserialize`.
        assert_eq!(items.len(), 5);
        let Item::Enum(color) = &items[0] else {
            panic!("enum first")
        };
        assert_eq!(
            color.attrs[0]
                .to_token_stream()
                .to_string()
                .replace(' ', ""),
            "#[derive(Clone,Debug)]"
        );
        assert!(
            color
                .attrs
                .iter()
                .any(|a| a.path().is_ident("non_exhaustive"))
        );
        let out = text(&types);
        assert!(out.contains("Unknown(::std::string::String)"), "{out}");
        assert!(out.contains(r#"#[doc="`red`"]Red"#), "{out}");
        assert!(out.contains(r#"#[doc=r"Dark."]DarkBlue"#), "{out}");
        assert!(
            out.contains(r#""dark-blue"=>Self::DarkBlue,_=>Self::Unknown(value),"#),
            "{out}"
        );
        assert!(out.contains("matchself{Self::Red"), "{out}");
        assert!(
            out.contains("Self::Unknown(value)=>f.write_str(value),"),
            "{out}"
        );
    }

    #[test]
    fn other_enums_stay_closed_and_every_type_loses_copy() {
        let mut types = area(vec![
            syn::parse_quote! {
                #[derive(::serde::Deserialize, Clone, Copy)]
                pub enum Shape { Circle(f64), Square }
            },
            syn::parse_quote! {
                #[derive(::serde::Deserialize, Clone, Copy)]
                #[serde(untagged)]
                pub enum Either { A, B }
            },
            syn::parse_quote! {
                #[derive(Clone, Copy)]
                pub struct Point { pub x: i64 }
            },
        ]);
        open(&mut types);
        let out = text(&types);
        assert_eq!(types["things"].len(), 3);
        assert!(!out.contains("Unknown") && !out.contains("Copy"), "{out}");
    }

    #[test]
    fn a_value_named_unknown_keeps_its_variant_and_the_catch_all_takes_another_name() {
        let mut types = area(vec![
            syn::parse_quote! {
                #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Copy, Debug)]
                pub enum EmailResult {
                    #[serde(rename = "valid")]
                    Valid,
                    #[serde(rename = "unknown")]
                    Unknown,
                }
            },
            syn::parse_quote! {
                impl ::std::fmt::Display for EmailResult {
                    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                        match *self {
                            Self::Valid => f.write_str("valid"),
                            Self::Unknown => f.write_str("unknown"),
                        }
                    }
                }
            },
        ]);
        open(&mut types);
        let out = text(&types);
        assert!(out.contains("UnknownValue(::std::string::String)"), "{out}");
        assert!(
            out.contains(r#""unknown"=>Self::Unknown,_=>Self::UnknownValue(value),"#),
            "{out}"
        );
        assert!(
            out.contains("Self::UnknownValue(value)=>f.write_str(value),"),
            "{out}"
        );
    }
}

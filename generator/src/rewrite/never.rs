//! A schema no value satisfies (an `allOf` whose parts contradict each other, a `false` schema)
//! is an enum without variants in typify. Code that builds one is unreachable, which a crate
//! built with `-D warnings` refuses, and a response carrying one could never decode. Such a type
//! becomes a newtype over the JSON value instead: the spec is more likely wrong than the server,
//! and a value that arrives anyway is kept.

use quote::quote;
use syn::Item;

use super::index::TypeDef;
use super::syntax::{derived, derives};

/// Replaces every enum without variants by a JSON newtype with the traits the enum derived.
pub fn to_json(types: &mut [TypeDef]) {
    for def in types {
        def.items = std::mem::take(&mut def.items)
            .into_iter()
            .flat_map(|item| match item {
                Item::Enum(e) if e.variants.is_empty() => newtype(&e),
                item => vec![item],
            })
            .collect();
    }
}

fn newtype(e: &syn::ItemEnum) -> Vec<Item> {
    let name = &e.ident;
    let kept: Vec<syn::Path> = derived(&e.attrs)
        .iter()
        .filter(|d| {
            [
                "Serialize",
                "Deserialize",
                "Clone",
                "Debug",
                "PartialEq",
                "Eq",
                "Hash",
            ]
            .contains(&d.as_str())
        })
        .map(|d| match d.as_str() {
            "Serialize" | "Deserialize" => syn::parse_str(&format!("::serde::{d}")),
            _ => syn::parse_str(d),
        })
        .collect::<Result<_, _>>()
        .expect("trait names are paths");
    let doc = format!(
        " The spec's schema for `{name}` admits no value (its parts contradict each other); \
         a value that arrives anyway is kept as JSON."
    );
    // `serde_json::Value` has no order; the JSON text gives one, for the types that hold this.
    let order = derives(&e.attrs, "PartialOrd").then(|| {
        quote! {
            impl ::std::cmp::PartialOrd for #name {
                fn partial_cmp(&self, other: &Self) -> ::std::option::Option<::std::cmp::Ordering> {
                    ::std::option::Option::Some(self.0.to_string().cmp(&other.0.to_string()))
                }
            }
        }
    });
    let total = derives(&e.attrs, "Ord").then(|| {
        quote! {
            impl ::std::cmp::Ord for #name {
                fn cmp(&self, other: &Self) -> ::std::cmp::Ordering {
                    self.0.to_string().cmp(&other.0.to_string())
                }
            }
        }
    });
    let serde = derives(&e.attrs, "Serialize") || derives(&e.attrs, "Deserialize");
    let transparent = serde.then(|| quote!(#[serde(transparent)]));
    let file: syn::File = syn::parse_quote! {
        #[doc = #doc]
        #[derive(#(#kept),*)]
        #transparent
        pub struct #name(
            /// The value as it was sent.
            pub ::serde_json::Value,
        );
        #order
        #total
    };
    file.items
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_enum_without_variants_becomes_a_json_newtype_with_its_traits() {
        let item: Item = syn::parse_quote! {
            #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Copy, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
            #[serde(deny_unknown_fields)]
            pub enum Never {}
        };
        let mut types = vec![TypeDef {
            name: "Never".into(),
            items: vec![item],
        }];
        to_json(&mut types);
        let items = &types[0].items;
        assert_eq!(items.len(), 3);
        let text = quote!(#(#items)*).to_string();
        assert!(text.contains("pub struct Never (# [doc"), "{text}");
        assert!(text.contains("pub :: serde_json :: Value ,) ;"), "{text}");
        assert!(text.contains("derive (:: serde :: Deserialize , :: serde :: Serialize , Clone , Debug , Eq , Hash , PartialEq)"), "{text}");
        assert!(
            text.contains("impl :: std :: cmp :: Ord for Never"),
            "{text}"
        );
        assert!(!text.contains("deny_unknown_fields"), "{text}");
        // Other types are left alone.
        let kept: Vec<Item> = vec![syn::parse_quote!(
            pub enum One {
                A,
            }
        )];
        let mut types = vec![TypeDef {
            name: "One".into(),
            items: kept.clone(),
        }];
        to_json(&mut types);
        assert_eq!(types[0].items, kept);
    }
}

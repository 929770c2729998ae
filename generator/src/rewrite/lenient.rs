//! `null` where a list, a map or an object with a default is expected.
//!
//! Servers written in Go send `null` for an empty slice or map, and some leave an empty object
//! out as `null`; serde refuses `null` for a `Vec`, a map or a struct, so one such field would
//! fail a whole response. Every named field of those types (not `Option`, not flattened, not
//! already custom) decodes through the runtime's `crate::lenient::null_as_default`, which reads
//! `null` as the type's default and anything else as usual. Serialisation is unchanged.

use std::collections::BTreeSet;

use syn::Item;

/// Marks the fields of every struct in `items`; `with_default` names the local types that
/// implement `Default`. Returns how many fields were marked.
pub fn mark<'a>(
    items: impl Iterator<Item = &'a mut Item>,
    with_default: &BTreeSet<String>,
) -> usize {
    let mut marked = 0;
    for item in items {
        let Item::Struct(s) = item else { continue };
        for field in s.fields.iter_mut() {
            if field.ident.is_some() && takes_null_as_default(field, with_default) {
                field.attrs.push(syn::parse_quote!(
                    #[serde(deserialize_with = "crate::lenient::null_as_default")]
                ));
                marked += 1;
            }
        }
    }
    marked
}

fn takes_null_as_default(field: &syn::Field, with_default: &BTreeSet<String>) -> bool {
    let custom = field.attrs.iter().any(|attr| {
        attr.path().is_ident("serde") && {
            let text = quote::ToTokens::to_token_stream(&attr.meta).to_string();
            text.contains("flatten") || text.contains("with")
        }
    });
    if custom {
        return false;
    }
    let syn::Type::Path(path) = &field.ty else {
        return false;
    };
    let Some(last) = path.path.segments.last() else {
        return false;
    };
    let name = last.ident.to_string();
    // A collection has type arguments; a local type that happens to be named `Map` does not.
    let generic = matches!(last.arguments, syn::PathArguments::AngleBracketed(_));
    (generic && matches!(name.as_str(), "Vec" | "HashMap" | "BTreeMap" | "Map"))
        || (!generic && with_default.contains(&name))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn marked_fields(item: Item, defaults: &[&str]) -> Vec<String> {
        let mut items = [item];
        let defaults = defaults.iter().map(|d| (*d).to_owned()).collect();
        mark(items.iter_mut(), &defaults);
        let Item::Struct(s) = &items[0] else {
            unreachable!()
        };
        s.fields
            .iter()
            .filter(|f| {
                f.attrs.iter().any(|a| {
                    quote::ToTokens::to_token_stream(a)
                        .to_string()
                        .contains("null_as_default")
                })
            })
            .map(|f| f.ident.as_ref().unwrap().to_string())
            .collect()
    }

    #[test]
    fn lists_maps_and_defaulted_structs_are_marked() {
        let item: Item = syn::parse_quote! {
            pub struct Page {
                pub items: ::std::vec::Vec<Workflow>,
                #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
                pub tags: ::std::vec::Vec<::std::string::String>,
                pub labels: ::std::collections::HashMap<::std::string::String, ::std::string::String>,
                pub meta: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                pub settings: Settings,
                pub graph: Graph,
                pub next_page: ::std::option::Option<::std::string::String>,
                pub name: ::std::string::String,
                #[serde(flatten)]
                pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
            }
        };
        assert_eq!(
            marked_fields(item, &["Settings"]),
            ["items", "tags", "labels", "meta", "settings"]
        );
    }

    #[test]
    fn a_local_type_named_like_a_collection_is_not_taken_for_one() {
        let item: Item = syn::parse_quote! {
            pub struct Holder {
                pub map: Map,
                pub list: Vec,
            }
        };
        assert!(marked_fields(item, &[]).is_empty());
    }

    #[test]
    fn tuple_structs_are_left_alone() {
        let item: Item = syn::parse_quote! {
            pub struct Tags(pub ::std::vec::Vec<::std::string::String>);
        };
        let mut items = [item];
        assert_eq!(mark(items.iter_mut(), &BTreeSet::new()), 0);
    }
}

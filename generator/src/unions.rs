//! Emits discriminated unions as tagged Rust enums (typify would guess an untagged enum).
//!
//! `serde`'s derived tagged enums cannot keep an unknown tag's raw JSON, and an `#[serde(untagged)]`
//! fallback would silently swallow a known tag whose payload is malformed; the emitted
//! `Deserialize` dispatches on the tag itself so a known tag with a bad payload is an error and an
//! unknown tag (in an open union) is kept as `Unknown(serde_json::Value)`.

use proc_macro2::{Ident, TokenStream};
use quote::quote;

use crate::names::ident;
use crate::shape::Union;

fn doc_attrs(text: Option<&str>) -> TokenStream {
    match text {
        Some(text) if !text.trim().is_empty() => {
            let lines = text.trim().lines().map(|l| format!(" {l}"));
            quote!(#(#[doc = #lines])*)
        }
        _ => TokenStream::new(),
    }
}

/// The union as Rust items. `envelope_fields` are the fields of the union's own properties (taken
/// from the struct typify generated for the `<Union>Fields` component).
pub fn emit(union: &Union, envelope_fields: Option<Vec<syn::Field>>) -> TokenStream {
    let docs = doc_attrs(union.description.as_deref());
    match envelope_fields {
        None => enum_items(union, &ident(&union.rust_name), docs),
        Some(fields) => {
            let name = ident(&union.rust_name);
            let kind_name = ident(&format!("{}Kind", union.rust_name));
            let kind_doc = format!(
                " What a [`{}`] is, by its `{}`, with the typed payload of that kind.",
                union.rust_name, union.tag
            );
            let kind = enum_items(union, &kind_name, quote!(#[doc = #kind_doc]));
            let fields = fields.iter();
            quote! {
                #docs
                #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
                pub struct #name {
                    #(#fields,)*
                    /// The kind of this value and its payload (flattened on the wire).
                    #[serde(flatten)]
                    pub kind: #kind_name,
                }

                #kind
            }
        }
    }
}

fn enum_items(union: &Union, name: &Ident, docs: TokenStream) -> TokenStream {
    let tag = &union.tag;
    let non_exhaustive = union.open.then(|| quote!(#[non_exhaustive]));

    let mut variants = Vec::new();
    let mut de_arms = Vec::new();
    let mut ser_arms = Vec::new();
    let mut tag_arms = Vec::new();
    for variant in &union.variants {
        let v = ident(&variant.rust_variant);
        let wire = &variant.tag_value;
        let vdoc = doc_attrs(
            variant
                .description
                .as_deref()
                .or(Some(&format!("`{tag}: {wire}`"))),
        );
        tag_arms.push(quote!(Self::#v { .. } => #wire,));
        match (&variant.rust_type, &union.content) {
            (Some(ty), Some(content)) if variant.optional_payload => {
                let ty = ident(ty);
                variants.push(quote!(#vdoc #v(::std::option::Option<#ty>),));
                de_arms.push(quote! {
                    #wire => match map.remove(#content) {
                        None | Some(::serde_json::Value::Null) => Ok(Self::#v(None)),
                        Some(payload) => ::serde_json::from_value(payload).map(|p| Self::#v(Some(p))).map_err(|e| D::Error::custom(::std::format_args!("`{}: {}`: {}", #tag, #wire, e))),
                    },
                });
                ser_arms.push(quote! {
                    Self::#v(payload) => {
                        map.insert(#tag.into(), #wire.into());
                        if let Some(payload) = payload {
                            map.insert(#content.into(), ::serde_json::to_value(payload).map_err(S::Error::custom)?);
                        }
                    }
                });
            }
            (Some(ty), Some(content)) => {
                let ty = ident(ty);
                variants.push(quote!(#vdoc #v(#ty),));
                de_arms.push(quote! {
                    #wire => {
                        let payload = map.remove(#content).unwrap_or_else(|| ::serde_json::Value::Object(::serde_json::Map::new()));
                        ::serde_json::from_value(payload).map(Self::#v).map_err(|e| D::Error::custom(::std::format_args!("`{}: {}`: {}", #tag, #wire, e)))
                    }
                });
                ser_arms.push(quote! {
                    Self::#v(payload) => {
                        map.insert(#tag.into(), #wire.into());
                        map.insert(#content.into(), ::serde_json::to_value(payload).map_err(S::Error::custom)?);
                    }
                });
            }
            (Some(ty), None) => {
                let ty = ident(ty);
                variants.push(quote!(#vdoc #v(#ty),));
                de_arms.push(quote! {
                    #wire => ::serde_json::from_value(::serde_json::Value::Object(map)).map(Self::#v).map_err(|e| D::Error::custom(::std::format_args!("`{}: {}`: {}", #tag, #wire, e))),
                });
                ser_arms.push(quote! {
                    Self::#v(payload) => {
                        match ::serde_json::to_value(payload).map_err(S::Error::custom)? {
                            ::serde_json::Value::Object(fields) => map.extend(fields),
                            _ => return Err(S::Error::custom("a union payload must serialize to an object")),
                        }
                        map.insert(#tag.into(), #wire.into());
                    }
                });
            }
            (None, _) => {
                variants.push(quote!(#vdoc #v,));
                de_arms.push(quote!(#wire => Ok(Self::#v),));
                ser_arms.push(quote! {
                    Self::#v => {
                        map.insert(#tag.into(), #wire.into());
                    }
                });
            }
        }
    }
    let known: Vec<&str> = union
        .variants
        .iter()
        .map(|v| v.tag_value.as_str())
        .collect();

    let (unknown_variant, unknown_de, unknown_ser, unknown_tag, missing_tag) = if union.open {
        let doc = format!(
            " A `{tag}` this version of the SDK does not know; the raw JSON object, tag included."
        );
        (
            quote!(#[doc = #doc] Unknown(::serde_json::Value),),
            quote!(_ => Ok(Self::Unknown(::serde_json::Value::Object(map))),),
            quote! {
                Self::Unknown(value) => match value {
                    ::serde_json::Value::Object(fields) => map.extend(fields.clone()),
                    _ => return Err(S::Error::custom("an unknown union value must be a JSON object")),
                },
            },
            quote!(Self::Unknown(value) => value.get(#tag).and_then(::serde_json::Value::as_str).unwrap_or(""),),
            quote!(None => return Ok(Self::Unknown(::serde_json::Value::Object(map))),),
        )
    } else {
        (
            TokenStream::new(),
            quote!(other => Err(D::Error::unknown_variant(other, &[#(#known),*])),),
            TokenStream::new(),
            TokenStream::new(),
            quote!(None => return Err(D::Error::missing_field(#tag)),),
        )
    };

    let tag_doc = format!(" The `{tag}` of this value, as it is on the wire.");
    // Only adjacently tagged payloads are taken out of the map.
    let map_binding = if union.content.is_some() {
        quote!(mut map)
    } else {
        quote!(map)
    };
    quote! {
        #docs
        #[derive(Clone, Debug)]
        #non_exhaustive
        pub enum #name {
            #(#variants)*
            #unknown_variant
        }

        impl #name {
            #[doc = #tag_doc]
            pub fn tag(&self) -> &str {
                match self {
                    #(#tag_arms)*
                    #unknown_tag
                }
            }
        }

        impl<'de> ::serde::Deserialize<'de> for #name {
            fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
            where
                D: ::serde::Deserializer<'de>,
            {
                use ::serde::de::Error as _;
                let #map_binding = <::serde_json::Map<::std::string::String, ::serde_json::Value> as ::serde::Deserialize>::deserialize(deserializer)?;
                let tag = match map.get(#tag) {
                    Some(::serde_json::Value::String(tag)) => tag.clone(),
                    Some(other) => return Err(D::Error::custom(::std::format_args!("`{}` must be a string, found {}", #tag, other))),
                    #missing_tag
                };
                match tag.as_str() {
                    #(#de_arms)*
                    #unknown_de
                }
            }
        }

        impl ::serde::Serialize for #name {
            fn serialize<S>(&self, serializer: S) -> ::std::result::Result<S::Ok, S::Error>
            where
                S: ::serde::Serializer,
            {
                use ::serde::ser::Error as _;
                let mut map = ::serde_json::Map::new();
                match self {
                    #(#ser_arms)*
                    #unknown_ser
                }
                ::serde::Serialize::serialize(&map, serializer)
            }
        }
    }
}

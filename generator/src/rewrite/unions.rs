//! Emits discriminated unions as tagged Rust enums (typify would guess an untagged enum).
//!
//! `serde`'s derived tagged enums cannot keep an unknown tag's raw JSON, and an `#[serde(untagged)]`
//! fallback would silently swallow a known tag whose payload is malformed; the emitted
//! `Deserialize` dispatches on the tag itself so a known tag with a bad payload is an error and an
//! unknown tag (in an open union) is kept as `Unknown(serde_json::Value)`.

use proc_macro2::{Ident, TokenStream};
use quote::quote;
use syn::Item;

use super::index::{TypeDef, type_defs};
use crate::error::{Error, Result};
use crate::names::{ident, type_name};
use crate::shape::Union;

/// Adds each union's items after typify's types. A union with its own properties takes them from
/// its envelope type (`<Union>Fields`), which then goes.
pub fn splice(types: &mut Vec<TypeDef>, unions: &[Union]) -> Result<()> {
    for union in unions {
        let fields = match union.envelope.as_deref().map(type_name) {
            Some(envelope) => {
                let def = types
                    .iter()
                    .position(|def| def.name == envelope)
                    .map(|at| types.remove(at));
                let fields = def.and_then(|def| {
                    def.items.into_iter().find_map(|item| match item {
                        Item::Struct(s) => Some(s.fields.into_iter().collect()),
                        _ => None,
                    })
                });
                Some(fields.ok_or_else(|| {
                    Error::Internal(format!("typify produced no struct for `{envelope}`"))
                })?)
            }
            None => None,
        };
        let file: syn::File = syn::parse2(emit(union, fields)).map_err(|e| {
            Error::Internal(format!(
                "union `{}` is not valid Rust: {e}",
                union.rust_name
            ))
        })?;
        types.extend(type_defs(file.items)?);
    }
    Ok(())
}

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
fn emit(union: &Union, envelope_fields: Option<Vec<syn::Field>>) -> TokenStream {
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

/// `impl From<Payload> for Union` for each payload type only one variant holds, so a value
/// converts into its case (`WorkflowStep::new("draft", LlmCallStep::new())`).
fn from_payloads(union: &Union, name: &Ident) -> Vec<TokenStream> {
    let payloads: Vec<(&String, &crate::shape::Variant)> = union
        .variants
        .iter()
        .filter_map(|v| Some((v.rust_type.as_ref()?, v)))
        .collect();
    payloads
        .iter()
        .filter(|(ty, _)| payloads.iter().filter(|(other, _)| other == ty).count() == 1)
        .filter(|(ty, _)| *name != ty.as_str())
        .map(|(ty, variant)| {
            let ty = ident(ty);
            let v = ident(&variant.rust_variant);
            let value = if union.content.is_some() && variant.optional_payload {
                quote!(Self::#v(::std::option::Option::Some(value)))
            } else {
                quote!(Self::#v(value))
            };
            quote! {
                impl ::std::convert::From<#ty> for #name {
                    fn from(value: #ty) -> Self {
                        #value
                    }
                }
            }
        })
        .collect()
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
                // A payload without the tag property gets the object without the tag, so a
                // payload that keeps extra properties does not keep the tag among them.
                let untag = (!variant.tag_in_payload).then(|| quote!(map.remove(#tag);));
                de_arms.push(quote! {
                    #wire => {
                        #untag
                        ::serde_json::from_value(::serde_json::Value::Object(map)).map(Self::#v).map_err(|e| D::Error::custom(::std::format_args!("`{}: {}`: {}", #tag, #wire, e)))
                    }
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

    let froms = from_payloads(union, name);
    let tag_doc = format!(" The `{tag}` of this value, as it is on the wire.");
    // Adjacently tagged payloads are taken out of the map, and tags out of payloads without one.
    let takes_from_map = union.content.is_some()
        || union
            .variants
            .iter()
            .any(|v| v.rust_type.is_some() && !v.tag_in_payload);
    let map_binding = if takes_from_map {
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

        #(#froms)*

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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::shape::Variant;

    fn union(envelope: Option<&str>) -> Union {
        let variant = |tag: &str, name: &str| Variant {
            tag_value: tag.to_owned(),
            rust_variant: name.to_owned(),
            rust_type: Some(format!("{name}Data")),
            description: None,
            component: None,
            optional_payload: false,
            tag_in_payload: true,
        };
        Union {
            component: "Event".to_owned(),
            rust_name: "Event".to_owned(),
            description: Some("Something that happened.".to_owned()),
            tag: "type".to_owned(),
            content: None,
            variants: vec![variant("started", "Started"), variant("stopped", "Stopped")],
            open: true,
            open_component: None,
            envelope: envelope.map(str::to_owned),
        }
    }

    fn names(types: &[TypeDef]) -> Vec<&str> {
        types.iter().map(|def| def.name.as_str()).collect()
    }

    #[test]
    fn a_union_is_added_as_a_tagged_enum() {
        let mut types = type_defs(vec![syn::parse_quote!(
            pub struct StartedData {}
        )])
        .unwrap();
        splice(&mut types, &[union(None)]).unwrap();
        assert_eq!(names(&types), ["StartedData", "Event"]);
        let items = &types[1].items;
        let text = quote!(#(#items)*).to_string();
        assert!(text.contains("Unknown (:: serde_json :: Value)"), "{text}");
    }

    #[test]
    fn a_payload_only_one_variant_holds_converts_into_it() {
        let mut shared = union(None);
        shared.variants.push(Variant {
            tag_value: "restarted".to_owned(),
            rust_variant: "Restarted".to_owned(),
            ..shared.variants[0].clone()
        });
        let text = emit(&shared, None).to_string().replace(' ', "");
        assert!(
            text.contains("impl::std::convert::From<StoppedData>forEvent{fnfrom(value:StoppedData)->Self{Self::Stopped(value)}}"),
            "{text}"
        );
        assert!(!text.contains("From<StartedData>"), "{text}");
    }

    #[test]
    fn a_payload_without_the_tag_is_decoded_without_it() {
        let text = |union: &Union| emit(union, None).to_string();
        let kept = union(None);
        assert!(!text(&kept).contains("map . remove"), "{}", text(&kept));
        assert!(text(&kept).contains("let map ="), "{}", text(&kept));

        let mut stripped = union(None);
        stripped.variants[0].tag_in_payload = false;
        let text = text(&stripped);
        assert!(text.contains("let mut map ="), "{text}");
        // Only the variant whose payload lost the tag drops it before decoding.
        let started = text.find("\"started\" =>").unwrap();
        let stopped = text.find("\"stopped\" =>").unwrap();
        assert!(
            text[started..stopped].contains("map . remove (\"type\")"),
            "{text}"
        );
        assert!(!text[stopped..].contains("map . remove"), "{text}");
    }

    #[test]
    fn an_envelope_gives_its_fields_and_goes() {
        let mut types = type_defs(vec![
            syn::parse_quote!(pub struct EventFields { pub id: i64, pub at: ::std::string::String }),
            syn::parse_quote!(impl From<&EventFields> for EventFields { fn from(v: &EventFields) -> Self { v.clone() } }),
        ])
        .unwrap();
        splice(&mut types, &[union(Some("EventFields"))]).unwrap();
        assert_eq!(names(&types), ["Event", "EventKind"]);
        let Item::Struct(envelope) = &types[0].items[0] else {
            panic!("struct first")
        };
        let fields: Vec<String> = envelope
            .fields
            .iter()
            .map(|f| f.ident.as_ref().unwrap().to_string())
            .collect();
        assert_eq!(fields, ["id", "at", "kind"]);
    }

    #[test]
    fn a_missing_envelope_is_an_error() {
        let mut types = Vec::new();
        let error = splice(&mut types, &[union(Some("EventFields"))]).unwrap_err();
        assert!(error.to_string().contains("no struct for `EventFields`"));
    }
}

//! Request values that build themselves: every struct a request body reaches gets
//! `new(required fields…)` and one chained setter per optional field, so
//! `WorkflowCreate::new("triage", graph).description("…")` replaces a literal that spells out
//! every field. Setters take `impl Into<T>` (a `&str` for a `String`), JSON-object fields take
//! anything [`JsonObject`](crate) converts from (a `json!({..})` included), and the flattened map
//! of extra properties gets `extra_property(key, value)`.

use std::collections::{BTreeMap, BTreeSet};

use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use syn::visit::Visit;
use syn::{Fields, Item};

use super::syntax::{
    Idents, doc_text, first_generic_arg, first_paragraph, serde_rename, serde_text, type_ident,
};
use super::{Areas, RequiredOrder};

/// The struct types reachable from `roots` (the operations' body types), through fields and
/// enum variants.
pub fn reachable(types: &Areas, roots: BTreeSet<String>) -> BTreeSet<String> {
    let mut refs: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut structs = BTreeSet::new();
    for item in types.values().flatten() {
        let (name, mut idents) = match item {
            Item::Struct(s) => {
                structs.insert(s.ident.to_string());
                let mut idents = Idents::default();
                idents.visit_fields(&s.fields);
                (s.ident.to_string(), idents)
            }
            Item::Enum(e) => {
                let mut idents = Idents::default();
                for variant in &e.variants {
                    idents.visit_fields(&variant.fields);
                }
                (e.ident.to_string(), idents)
            }
            _ => continue,
        };
        refs.entry(name).or_default().append(&mut idents.0);
    }
    let mut seen = BTreeSet::new();
    let mut queue: Vec<String> = roots.into_iter().collect();
    while let Some(name) = queue.pop() {
        if !seen.insert(name.clone()) {
            continue;
        }
        queue.extend(refs.get(&name).into_iter().flatten().cloned());
    }
    seen.retain(|name| structs.contains(name));
    seen
}

/// Adds `impl X { new, setters }` after each struct named in `targets`; `new` takes the required
/// fields in the order of the schema's `required` list (then in field order).
pub fn add(types: &mut Areas, targets: &BTreeSet<String>, required: &RequiredOrder) {
    for items in types.values_mut() {
        let mut out = Vec::with_capacity(items.len());
        for item in items.drain(..) {
            let extra = match &item {
                Item::Struct(s) if targets.contains(&s.ident.to_string()) => {
                    let order = required.get(&s.ident.to_string());
                    constructor(s, order.map_or(&[][..], Vec::as_slice))
                }
                _ => None,
            };
            out.push(item);
            out.extend(extra);
        }
        *items = out;
    }
}

/// How a field is set.
enum Kind {
    /// An argument of `new`.
    Required,
    /// `Option<T>`: the setter wraps the value in `Some`.
    Optional(Box<syn::Type>),
    /// A field with a default of its own (an empty list or map, `false`…): the setter replaces it.
    Defaulted,
    /// `#[serde(flatten)]` map of extra properties (a flattened union is required).
    Extra,
}

/// Whether a struct needs a value for this field: not an `Option`, no serde default, not the
/// flattened map of extra properties.
pub fn is_required(field: &syn::Field) -> bool {
    matches!(kind(field), Kind::Required)
}

fn kind(field: &syn::Field) -> Kind {
    let serde = serde_words(&field.attrs);
    let map = matches!(
        type_ident(&field.ty).as_deref(),
        Some("Map" | "BTreeMap" | "HashMap")
    );
    if serde.contains("flatten") && map {
        return Kind::Extra;
    }
    if type_ident(&field.ty).as_deref() == Some("Option")
        && let Some(inner) = first_generic_arg(&field.ty)
    {
        return Kind::Optional(Box::new(inner));
    }
    if serde.contains("default") {
        Kind::Defaulted
    } else {
        Kind::Required
    }
}

/// The words of a field's `#[serde(..)]`, string literals left out (`deserialize_with =
/// "…null_as_default"` is not `default`).
fn serde_words(attrs: &[syn::Attribute]) -> BTreeSet<String> {
    let text = serde_text(attrs);
    let mut words = BTreeSet::new();
    let mut in_string = false;
    let mut word = String::new();
    for c in text.chars() {
        if c == '"' {
            in_string = !in_string;
        }
        if !in_string && (c.is_alphanumeric() || c == '_') {
            word.push(c);
        } else if !word.is_empty() {
            words.insert(std::mem::take(&mut word));
        }
    }
    words.extend((!word.is_empty()).then_some(word));
    words
}

fn is_json_object(ty: &syn::Type) -> bool {
    type_ident(ty).as_deref() == Some("Map")
        && quote!(#ty)
            .to_string()
            .replace(' ', "")
            .contains("serde_json::Map")
}

/// `value.into()`, a list collected from any iterable, or for a JSON object the map `JsonObject` gives (it panics on a non-object,
/// which the setter's docs say).
fn converted(ty: &syn::Type, name: &str) -> (TokenStream, TokenStream) {
    if is_json_object(ty) {
        (
            quote!(impl ::std::convert::Into<crate::JsonObject>),
            quote!(.into().expect_map(#name)),
        )
    } else if type_ident(ty).as_deref() == Some("Vec")
        && let Some(item) = first_generic_arg(ty)
    {
        // `.depends_on(["draft"])`: any iterable of anything that converts into an item.
        (
            quote!(impl ::std::iter::IntoIterator<Item = impl ::std::convert::Into<#item>>),
            quote!(.into_iter().map(::std::convert::Into::into).collect()),
        )
    } else {
        (quote!(impl ::std::convert::Into<#ty>), quote!(.into()))
    }
}

/// The first paragraph of a field's docs, for the setter's.
fn summary(field: &syn::Field) -> String {
    first_paragraph(&doc_text(&field.attrs))
}

/// A field's name on the wire.
fn wire_name(field: &syn::Field) -> Option<String> {
    let renamed = field.attrs.iter().find_map(serde_rename);
    renamed.or_else(|| field.ident.as_ref().map(ToString::to_string))
}

fn constructor(s: &syn::ItemStruct, order: &[String]) -> Option<Item> {
    let Fields::Named(fields) = &s.fields else {
        return None;
    };
    let name = &s.ident;
    let mut args = Vec::new();
    let mut inits = Vec::new();
    let mut arg_docs = Vec::new();
    let mut setters = Vec::new();
    let mut panics = false;
    let mut fields: Vec<&syn::Field> = fields.named.iter().collect();
    // Stable: fields the list does not name keep their order, after those it does.
    fields.sort_by_key(|field| {
        let wire = wire_name(field);
        order
            .iter()
            .position(|name| Some(name) == wire.as_ref())
            .unwrap_or(usize::MAX)
    });
    for field in fields {
        let ident = field.ident.as_ref()?;
        let wire = ident.to_string();
        let doc = summary(field);
        match kind(field) {
            Kind::Required => {
                let (ty, conv) = converted(&field.ty, &wire);
                panics |= is_json_object(&field.ty);
                args.push(quote!(#ident: #ty));
                inits.push(quote!(#ident: #ident #conv));
                arg_docs.push(if doc.is_empty() {
                    format!(" - `{wire}`")
                } else {
                    format!(" - `{wire}`: {doc}")
                });
            }
            Kind::Optional(inner) => {
                inits.push(quote!(#ident: ::std::option::Option::None));
                setters.push(setter(ident, &inner, &doc, true));
            }
            Kind::Defaulted => {
                // The spec's default when it has one (typify's `defaults::…` function): the
                // type may have no `Default`.
                let value = match super::syntax::serde_default_fn(&field.attrs) {
                    Some(function) => quote!(#function()),
                    None => quote!(::std::default::Default::default()),
                };
                inits.push(quote!(#ident: #value));
                setters.push(setter(ident, &field.ty, &doc, false));
            }
            Kind::Extra => {
                inits.push(quote!(#ident: ::std::default::Default::default()));
                setters.push(extra_setter(ident, &field.ty));
            }
        }
    }
    let mut new_doc = vec![format!(
        " A `{name}` with its required fields; the optional ones are set with the chained setters."
    )];
    if !arg_docs.is_empty() {
        new_doc.push(String::new());
        new_doc.extend(arg_docs);
    }
    if panics {
        new_doc.push(String::new());
        new_doc.push(" # Panics".to_owned());
        new_doc.push(String::new());
        new_doc.push(
            " When a JSON-object argument is given a JSON value that is not an object (an array, \
             a string…)."
                .to_owned(),
        );
    }
    let generics = &s.generics;
    let many = (args.len() > 7).then(|| quote!(#[allow(clippy::too_many_arguments)]));
    Some(syn::parse_quote! {
        impl #generics #name #generics {
            #(#[doc = #new_doc])*
            #many
            pub fn new(#(#args),*) -> Self {
                Self { #(#inits),* }
            }
            #(#setters)*
        }
    })
}

fn setter(ident: &syn::Ident, ty: &syn::Type, doc: &str, optional: bool) -> TokenStream {
    let wire = ident.to_string();
    let (arg, conv) = converted(ty, &wire);
    let value = if optional {
        quote!(::std::option::Option::Some(value #conv))
    } else {
        quote!(value #conv)
    };
    let mut docs = vec![if doc.is_empty() {
        format!(" Sets `{wire}`.")
    } else {
        format!(" Sets `{wire}`: {doc}")
    }];
    if is_json_object(ty) {
        docs.extend([
            String::new(),
            " # Panics".to_owned(),
            String::new(),
            " When `value` is a JSON value other than an object (or `null`, the empty object)."
                .to_owned(),
        ]);
    }
    quote! {
        #(#[doc = #docs])*
        pub fn #ident(mut self, value: #arg) -> Self {
            self.#ident = #value;
            self
        }
    }
}

/// `extra_property(key, value)`, the value converting into the map's own value type (a
/// `serde_json::Value`, or what `additionalProperties` says).
fn extra_setter(ident: &syn::Ident, map: &syn::Type) -> TokenStream {
    let value_type = super::syntax::generic_args(map)
        .and_then(|args| args.get(1).cloned())
        .unwrap_or_else(|| syn::parse_quote!(::serde_json::Value));
    let method = format_ident!("{ident}_property");
    let doc = format!(
        " Adds (or replaces) one property the spec does not name; it is sent next to the others \
         (kept in `{ident}`)."
    );
    quote! {
        #[doc = #doc]
        pub fn #method(
            mut self,
            key: impl ::std::convert::Into<::std::string::String>,
            value: impl ::std::convert::Into<#value_type>,
        ) -> Self {
            self.#ident.insert(key.into(), value.into());
            self
        }
    }
}

#[cfg(test)]
mod tests {
    use quote::ToTokens;

    use super::*;

    fn text(node: impl ToTokens) -> String {
        node.to_token_stream().to_string().replace(' ', "")
    }

    fn areas() -> Areas {
        Areas::from([(
            "things".to_owned(),
            vec![
                syn::parse_quote! {
                    pub struct ThingCreate {
                        /// Free-text description.
                        ///
                        /// More prose.
                        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
                        pub description: ::std::option::Option<::std::string::String>,
                        /// Name of the thing.
                        pub name: ::std::string::String,
                        #[serde(deserialize_with = "crate::lenient::null_as_default")]
                        pub parts: ::std::vec::Vec<Part>,
                        #[serde(default, skip_serializing_if = "::serde_json::Map::is_empty")]
                        pub config: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                        #[serde(rename = "on", default = "defaults::default_bool::<true>")]
                        pub enabled: bool,
                        #[serde(flatten)]
                        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                    }
                },
                syn::parse_quote! { pub struct Part { pub kind: Kind } },
                syn::parse_quote! { pub enum Kind { A(Detail), B } },
                syn::parse_quote! { pub struct Detail { pub x: i64 } },
                syn::parse_quote! { pub struct Thing { pub id: ::std::string::String } },
            ],
        )])
    }

    #[test]
    fn what_a_body_reaches_through_fields_and_variants() {
        let reached = reachable(&areas(), BTreeSet::from(["ThingCreate".to_owned()]));
        assert_eq!(
            reached,
            BTreeSet::from(["ThingCreate", "Part", "Detail"].map(str::to_owned))
        );
    }

    #[test]
    fn required_fields_are_arguments_and_the_rest_chained_setters() {
        let mut types = areas();
        add(
            &mut types,
            &BTreeSet::from(["ThingCreate".to_owned()]),
            &RequiredOrder::new(),
        );
        let items = &types["things"];
        assert_eq!(items.len(), 6);
        let imp = text(&items[1]);
        assert!(
            imp.contains(
                "pubfnnew(name:impl::std::convert::Into<::std::string::String>,parts:impl::std::iter::IntoIterator<Item=impl::std::convert::Into<Part>>)->Self{Self{description:::std::option::Option::None,name:name.into(),parts:parts.into_iter().map(::std::convert::Into::into).collect(),config:::std::default::Default::default(),enabled:defaults::default_bool::<true>(),extra:::std::default::Default::default()}}"
            ),
            "{imp}"
        );
        assert!(
            imp.contains("pubfndescription(mutself,value:impl::std::convert::Into<::std::string::String>)->Self{self.description=::std::option::Option::Some(value.into());self}"),
            "{imp}"
        );
        assert!(
            imp.contains("Sets`description`:Free-textdescription.\""),
            "{imp}"
        );
        assert!(
            imp.contains(r#"pubfnconfig(mutself,value:impl::std::convert::Into<crate::JsonObject>)->Self{self.config=value.into().expect_map("config");self}"#),
            "{imp}"
        );
        assert!(imp.contains("#Panics"), "{imp}");
        assert!(imp.contains("pubfnextra_property(mutself,key:"), "{imp}");
        assert!(imp.contains("-`name`:Nameofthething."), "{imp}");
    }

    #[test]
    fn a_json_object_argument_of_new_documents_its_panic() {
        let s: syn::ItemStruct = syn::parse_quote! {
            pub struct Req { pub input: ::serde_json::Map<::std::string::String, ::serde_json::Value> }
        };
        let imp = text(constructor(&s, &[]).unwrap());
        assert!(
            imp.contains(r#"pubfnnew(input:impl::std::convert::Into<crate::JsonObject>)->Self{Self{input:input.into().expect_map("input")}}"#),
            "{imp}"
        );
        assert!(imp.contains("#Panics"), "{imp}");
    }

    #[test]
    fn arguments_follow_the_required_list_and_wire_names() {
        let s: syn::ItemStruct = syn::parse_quote! {
            pub struct Req {
                pub graph: Graph,
                pub name: ::std::string::String,
                #[serde(rename = "type")]
                pub type_: ::std::string::String,
            }
        };
        let order = ["type", "name", "graph"].map(str::to_owned);
        let imp = text(constructor(&s, &order).unwrap());
        assert!(
            imp.contains("pubfnnew(type_:impl::std::convert::Into<::std::string::String>,name:impl::std::convert::Into<::std::string::String>,graph:impl::std::convert::Into<Graph>)"),
            "{imp}"
        );
    }

    #[test]
    fn a_tuple_struct_gets_none() {
        let s: syn::ItemStruct = syn::parse_quote!(
            pub struct Id(pub String);
        );
        assert!(constructor(&s, &[]).is_none());
    }
}

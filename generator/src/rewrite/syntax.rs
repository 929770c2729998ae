//! Small questions and edits on syn trees that several passes share: derive lists, attributes,
//! doc text, type names, generic arguments, and re-rooting paths when items change modules.

use std::collections::BTreeSet;

use proc_macro2::Ident;
use quote::{ToTokens, quote};
use syn::punctuated::Punctuated;
use syn::visit_mut::VisitMut;

use crate::names::ident;

/// The last segment of a type's path (`::std::option::Option<T>` → `Option`), through `&`.
pub fn type_ident(ty: &syn::Type) -> Option<String> {
    match ty {
        syn::Type::Path(p) => p.path.segments.last().map(|s| s.ident.to_string()),
        syn::Type::Reference(r) => type_ident(&r.elem),
        _ => None,
    }
}

/// The type arguments of a type's last path segment (`Result<A, B>` → `[A, B]`).
pub fn generic_args(ty: &syn::Type) -> Option<Vec<syn::Type>> {
    let syn::Type::Path(path) = ty else {
        return None;
    };
    let syn::PathArguments::AngleBracketed(args) = &path.path.segments.last()?.arguments else {
        return None;
    };
    Some(
        args.args
            .iter()
            .filter_map(|a| match a {
                syn::GenericArgument::Type(t) => Some(t.clone()),
                _ => None,
            })
            .collect(),
    )
}

/// The first type argument (`Vec<T>` → `T`).
pub fn first_generic_arg(ty: &syn::Type) -> Option<syn::Type> {
    generic_args(ty)?.into_iter().next()
}

/// The type a function returns, by its last path segment.
pub fn return_type_ident(sig: &syn::Signature) -> Option<String> {
    match &sig.output {
        syn::ReturnType::Type(_, ty) => type_ident(ty),
        syn::ReturnType::Default => None,
    }
}

/// Whether `imp` implements the trait whose last path segment is `name`.
pub fn implements(imp: &syn::ItemImpl, name: &str) -> bool {
    imp.trait_
        .as_ref()
        .is_some_and(|(path, _)| path.segments.last().is_some_and(|s| s.ident == name))
}

/// The named field of a struct.
pub fn field<'s>(structure: &'s syn::ItemStruct, name: &str) -> Option<&'s syn::Field> {
    structure
        .fields
        .iter()
        .find(|f| f.ident.as_ref().is_some_and(|i| i == name))
}

/// The type `T` of a builder field declared `Result<T, String>`.
pub fn field_type(structure: &syn::ItemStruct, name: &str) -> Option<syn::Type> {
    first_generic_arg(&field(structure, name)?.ty)
}

/// The names of the traits `#[derive(..)]` lists (last path segment: `Deserialize`, `Copy`).
pub fn derived(attrs: &[syn::Attribute]) -> Vec<String> {
    attrs
        .iter()
        .filter(|a| a.path().is_ident("derive"))
        .filter_map(|a| {
            a.parse_args_with(Punctuated::<syn::Path, syn::Token![,]>::parse_terminated)
                .ok()
        })
        .flatten()
        .filter_map(|p| p.segments.last().map(|s| s.ident.to_string()))
        .collect()
}

/// Whether `#[derive(..)]` lists the trait `name`.
pub fn derives(attrs: &[syn::Attribute], name: &str) -> bool {
    derived(attrs).iter().any(|d| d == name)
}

/// Takes the named traits out of every `#[derive(..)]`.
pub fn remove_derives(attrs: &mut [syn::Attribute], names: &[&str]) {
    for attr in attrs {
        if !attr.path().is_ident("derive") {
            continue;
        }
        if let syn::Meta::List(list) = &mut attr.meta
            && let Ok(paths) =
                list.parse_args_with(Punctuated::<syn::Path, syn::Token![,]>::parse_terminated)
        {
            let kept: Vec<&syn::Path> = paths
                .iter()
                .filter(|p| {
                    let last = p
                        .segments
                        .last()
                        .map(|s| s.ident.to_string())
                        .unwrap_or_default();
                    !names.contains(&last.as_str())
                })
                .collect();
            list.tokens = quote!(#(#kept),*);
        }
    }
}

/// Appends a trait to the first `#[derive(..)]`.
pub fn add_derive(attrs: &mut [syn::Attribute], name: &str) {
    let name = ident(name);
    for attr in attrs {
        if attr.path().is_ident("derive")
            && let syn::Meta::List(list) = &mut attr.meta
        {
            let tokens = &list.tokens;
            list.tokens = quote!(#tokens, #name);
            break;
        }
    }
}

/// The value of `#[serde(rename = "...")]`, if the attribute is one.
pub fn serde_rename(attr: &syn::Attribute) -> Option<String> {
    if !attr.path().is_ident("serde") {
        return None;
    }
    let mut rename = None;
    let _ = attr.parse_nested_meta(|meta| {
        if meta.path.is_ident("rename") {
            rename = Some(meta.value()?.parse::<syn::LitStr>()?.value());
        }
        Ok(())
    });
    rename
}

/// The function of a field's `#[serde(default = "path")]`, if it names one.
pub fn serde_default_fn(attrs: &[syn::Attribute]) -> Option<syn::Path> {
    let mut function = None;
    for attr in attrs.iter().filter(|a| a.path().is_ident("serde")) {
        let _ = attr.parse_nested_meta(|meta| {
            if meta.path.is_ident("default")
                && let Ok(value) = meta.value()
            {
                let text = value.parse::<syn::LitStr>()?.value();
                function = syn::parse_str(&text).ok();
            } else if meta.input.peek(syn::Token![=]) {
                // Another `key = value`: consume it.
                let _: syn::Expr = meta.value()?.parse()?;
            }
            Ok(())
        });
    }
    function
}

/// Every `#[serde(..)]` of a field or item, as one string of tokens (to look for a word).
pub fn serde_text(attrs: &[syn::Attribute]) -> String {
    attrs
        .iter()
        .filter(|a| a.path().is_ident("serde"))
        .map(|a| a.meta.to_token_stream().to_string())
        .collect()
}

/// The doc comment of an item, its lines joined.
pub fn doc_text(attrs: &[syn::Attribute]) -> String {
    let mut out = String::new();
    for attr in attrs.iter().filter(|a| a.path().is_ident("doc")) {
        if let syn::Meta::NameValue(nv) = &attr.meta
            && let syn::Expr::Lit(syn::ExprLit {
                lit: syn::Lit::Str(s),
                ..
            }) = &nv.value
        {
            if !out.is_empty() {
                out.push('\n');
            }
            out.push_str(&s.value());
        }
    }
    out
}

/// The first paragraph of a doc text, its whitespace runs folded into single spaces.
pub fn first_paragraph(doc: &str) -> String {
    let paragraph = doc.trim().split("\n\n").next().unwrap_or("");
    paragraph.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Drops the doc comment of an item.
pub fn remove_docs(attrs: &mut Vec<syn::Attribute>) {
    attrs.retain(|a| !a.path().is_ident("doc"));
}

/// Every identifier the visited nodes mention (to find which types they use).
#[derive(Default)]
pub struct Idents(pub BTreeSet<String>);

impl<'ast> syn::visit::Visit<'ast> for Idents {
    fn visit_ident(&mut self, ident: &'ast Ident) {
        self.0.insert(ident.to_string());
    }
}

/// A short name for an item in error messages (`struct Thing`, `impl Display for Thing`).
pub fn describe(item: &syn::Item) -> String {
    let tokens = |t: &dyn ToTokens| t.to_token_stream().to_string();
    match item {
        syn::Item::Struct(s) => format!("struct `{}`", s.ident),
        syn::Item::Enum(e) => format!("enum `{}`", e.ident),
        syn::Item::Type(t) => format!("type `{}`", t.ident),
        syn::Item::Fn(f) => format!("fn `{}`", f.sig.ident),
        syn::Item::Impl(imp) => match &imp.trait_ {
            Some((path, _)) => format!("`impl {} for {}`", tokens(path), tokens(&imp.self_ty)),
            None => format!("`impl {}`", tokens(&imp.self_ty)),
        },
        other => format!("`{}`", tokens(other)),
    }
}

/// Rewrites path prefixes for items that move to another module (`super::Client` →
/// `crate::Client`), doc strings included, without printing and re-parsing them. The first
/// matching rule applies; a single-segment rule (`self`) rewrites only longer paths.
pub struct Reroot<'r>(pub &'r [(&'r [&'r str], &'r [&'r str])]);

impl Reroot<'_> {
    pub fn items(&mut self, items: &mut [syn::Item]) {
        for item in items {
            self.visit_item_mut(item);
        }
    }
}

impl VisitMut for Reroot<'_> {
    fn visit_path_mut(&mut self, path: &mut syn::Path) {
        if path.leading_colon.is_none() {
            for (from, to) in self.0 {
                let matches = path.segments.len() > from.len()
                    || (path.segments.len() == from.len() && from.len() > 1);
                let prefix = path.segments.iter().zip(from.iter()).all(|(seg, want)| {
                    seg.ident == want && matches!(seg.arguments, syn::PathArguments::None)
                }) && path.segments.len() >= from.len();
                if matches && prefix {
                    let rest: Vec<syn::PathSegment> =
                        path.segments.iter().skip(from.len()).cloned().collect();
                    let mut segments = Punctuated::new();
                    for name in to.iter() {
                        segments.push(syn::PathSegment::from(ident(name)));
                    }
                    segments.extend(rest);
                    path.segments = segments;
                    break;
                }
            }
        }
        syn::visit_mut::visit_path_mut(self, path);
    }

    fn visit_attribute_mut(&mut self, attr: &mut syn::Attribute) {
        if let syn::Meta::NameValue(nv) = &mut attr.meta
            && nv.path.is_ident("doc")
            && let syn::Expr::Lit(syn::ExprLit {
                lit: syn::Lit::Str(text),
                ..
            }) = &mut nv.value
        {
            let mut value = text.value();
            for (from, to) in self.0.iter().filter(|(from, _)| from.len() > 1) {
                value = replace_whole_path(&value, &from.join("::"), &to.join("::"));
            }
            *text = syn::LitStr::new(&value, text.span());
        }
        syn::visit_mut::visit_attribute_mut(self, attr);
    }
}

/// Replaces `from` in text only where it stands as a whole path (not inside a longer word or
/// after another `::` segment).
fn replace_whole_path(text: &str, from: &str, to: &str) -> String {
    let is_word = |c: char| c.is_alphanumeric() || c == '_';
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find(from) {
        let before = rest[..at].chars().next_back();
        let after = rest[at + from.len()..].chars().next();
        let whole = !before.is_some_and(|c| is_word(c) || c == ':') && !after.is_some_and(is_word);
        out.push_str(&rest[..at]);
        out.push_str(if whole { to } else { from });
        rest = &rest[at + from.len()..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(node: impl ToTokens) -> String {
        node.to_token_stream().to_string().replace(' ', "")
    }

    #[test]
    fn derive_lists_are_read_and_edited() {
        let mut s: syn::ItemStruct = syn::parse_quote! {
            #[derive(::serde::Deserialize, Clone, Copy, Debug)]
            #[serde(deny_unknown_fields)]
            pub struct Thing { pub a: i64 }
        };
        assert_eq!(derived(&s.attrs), ["Deserialize", "Clone", "Copy", "Debug"]);
        remove_derives(&mut s.attrs, &["Copy"]);
        add_derive(&mut s.attrs, "Default");
        assert!(derives(&s.attrs, "Default") && !derives(&s.attrs, "Copy"));
        assert_eq!(
            text(&s.attrs[0]),
            "#[derive(::serde::Deserialize,Clone,Debug,Default)]"
        );
    }

    #[test]
    fn types_are_named_by_their_last_segment() {
        let ty: syn::Type = syn::parse_quote!(
            ::std::result::Result<ResponseValue<types::ThingPage>, Error<ByteStream>>
        );
        assert_eq!(type_ident(&ty).as_deref(), Some("Result"));
        let response = first_generic_arg(&ty).unwrap();
        assert_eq!(
            text(first_generic_arg(&response).unwrap()),
            "types::ThingPage"
        );
        assert_eq!(generic_args(&ty).unwrap().len(), 2);
        let reference: syn::Type = syn::parse_quote!(&'a super::Client);
        assert_eq!(type_ident(&reference).as_deref(), Some("Client"));
    }

    #[test]
    fn builder_fields_are_read_through_their_result() {
        let s: syn::ItemStruct = syn::parse_quote! {
            pub struct GetThing<'a> {
                client: &'a super::Client,
                id: Result<::std::string::String, String>,
            }
        };
        assert_eq!(text(field_type(&s, "id").unwrap()), "::std::string::String");
        assert!(field_type(&s, "missing").is_none());
    }

    #[test]
    fn attributes_and_docs() {
        let f: syn::Field = syn::parse_quote! {
            /// First line.
            /// Second line.
            #[serde(rename = "type", default)]
            pub type_: ::std::option::Option<::std::string::String>
        };
        assert_eq!(doc_text(&f.attrs), " First line.\n Second line.");
        assert_eq!(serde_rename(&f.attrs[2]).as_deref(), Some("type"));
        assert!(serde_text(&f.attrs).contains("default"));
        let mut attrs = f.attrs.clone();
        remove_docs(&mut attrs);
        assert_eq!(attrs.len(), 1);
    }

    #[test]
    fn trait_impls_and_descriptions() {
        let item: syn::Item = syn::parse_quote! {
            impl ::std::fmt::Display for Color { fn fmt(&self) {} }
        };
        let syn::Item::Impl(imp) = &item else {
            unreachable!()
        };
        assert!(implements(imp, "Display") && !implements(imp, "Default"));
        assert_eq!(describe(&item), "`impl :: std :: fmt :: Display for Color`");
    }

    #[test]
    fn paths_and_doc_links_are_rerooted() {
        let mut items: Vec<syn::Item> = vec![syn::parse_quote! {
            /// Builder for [`Client::get`]: super::Client::get, not super::ClientInfo.
            pub struct Get<'a> {
                client: &'a super::Client,
                body: Result<types::builder::Thing, String>,
                conversion: self::error::ConversionError,
                me: self,
            }
        }];
        Reroot(&[
            (&["super", "Client"], &["crate", "Client"]),
            (&["types", "builder"], &["types"]),
            (&["self"], &["super"]),
        ])
        .items(&mut items);
        let out = text(&items[0]);
        assert!(out.contains("client:&'acrate::Client"), "{out}");
        assert!(out.contains("Result<types::Thing,String>"), "{out}");
        assert!(out.contains("super::error::ConversionError"), "{out}");
        assert!(out.contains("me:self"), "{out}");
        assert!(
            out.contains("crate::Client::get,notsuper::ClientInfo"),
            "{out}"
        );
    }

    #[test]
    fn identifiers_are_collected() {
        let item: syn::Item = syn::parse_quote!(
            pub struct A {
                b: Vec<C>,
                c: C,
            }
        );
        let mut found = Idents::default();
        syn::visit::Visit::visit_item(&mut found, &item);
        assert_eq!(
            found.0,
            ["A", "C", "Vec", "b", "c"].map(String::from).into()
        );
    }
}

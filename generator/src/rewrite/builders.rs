//! typify's struct builders (`types::builder`) are left out of the crate: they double its size
//! and compile time, and request bodies are plain structs built with literals (a missing required
//! field is then a compile error rather than a run-time one). Everything that refers to them is
//! removed here.

use std::collections::BTreeSet;

use proc_macro2::{Group, TokenStream, TokenTree};
use syn::visit_mut::VisitMut;
use syn::{ImplItem, Item};

use super::index::{Entry, TypeDef};
use super::syntax::{Reroot, field_type, type_ident};

/// Drops `pub mod builder { .. }` (with its attributes) from progenitor's `mod types` before the
/// tokens are parsed: it is two fifths of progenitor's output.
pub fn without_module(tokens: TokenStream) -> TokenStream {
    let mut out = Vec::new();
    for token in tokens {
        let TokenTree::Group(group) = &token else {
            out.push(token);
            continue;
        };
        let after_mod_types = matches!(
            out.as_slice(),
            [.., TokenTree::Ident(m), TokenTree::Ident(t)] if m == "mod" && t == "types"
        );
        if !after_mod_types {
            out.push(token);
            continue;
        }
        let inner: Vec<TokenTree> = group.stream().into_iter().collect();
        let mut kept: Vec<TokenTree> = Vec::with_capacity(inner.len());
        let mut i = 0;
        while i < inner.len() {
            // `#[..]`* `pub mod builder { .. }`
            let mut j = i;
            while matches!(&inner[j..], [TokenTree::Punct(p), TokenTree::Group(_), ..] if p.as_char() == '#')
            {
                j += 2;
            }
            let is_builder = matches!(
                &inner[j..],
                [TokenTree::Ident(v), TokenTree::Ident(m), TokenTree::Ident(b), TokenTree::Group(_), ..]
                    if v == "pub" && m == "mod" && b == "builder"
            );
            if is_builder {
                i = j + 4;
            } else {
                kept.push(inner[i].clone());
                i += 1;
            }
        }
        let mut filtered = Group::new(group.delimiter(), kept.into_iter().collect());
        filtered.set_span(group.span());
        out.push(TokenTree::Group(filtered));
    }
    out.into_iter().collect()
}

/// Drops each type's `impl X { pub fn builder() -> builder::X }`.
pub fn remove_entries(types: &mut [TypeDef]) {
    for def in types {
        def.items.retain(|item| !is_entry(item));
    }
}

fn is_entry(item: &Item) -> bool {
    match item {
        Item::Impl(imp) => {
            imp.trait_.is_none()
                && !imp.items.is_empty()
                && imp
                    .items
                    .iter()
                    .all(|i| matches!(i, ImplItem::Fn(f) if f.sig.ident == "builder"))
        }
        _ => false,
    }
}

/// An operation builder without typify's builder behind its body: `types::builder::X` is
/// `types::X` and `body_map` (which edits a struct builder) goes. A required body is an argument
/// of `new` (so of the entry method: a call without it does not compile) and loses its setter;
/// an optional body whose type has no `Default` (`with_default` names those that do) starts as
/// "not set".
pub fn detach(entry: &mut Entry<'_>, with_default: &BTreeSet<String>) {
    let mut reroot = Reroot(&[(&["types", "builder"], &["types"])]);
    reroot.visit_item_struct_mut(&mut entry.builder);
    let body = field_type(&entry.builder, "body");
    let body_has_default = body
        .as_ref()
        .and_then(type_ident)
        .is_some_and(|name| with_default.contains(&name));
    for imp in &mut entry.impls {
        reroot.visit_item_impl_mut(imp);
        imp.items
            .retain(|item| !matches!(item, ImplItem::Fn(f) if f.sig.ident == "body_map"));
        match &body {
            Some(ty) if entry.op.body_required => body_argument(imp, ty),
            _ if !body_has_default => body_not_set(imp),
            _ => {}
        }
    }
}

/// `new(client)` → `new(client, body: T)` with `body: Ok(body)`; the `body` setter goes.
fn body_argument(imp: &mut syn::ItemImpl, ty: &syn::Type) {
    imp.items
        .retain(|item| !matches!(item, ImplItem::Fn(f) if f.sig.ident == "body"));
    for item in &mut imp.items {
        let ImplItem::Fn(f) = item else { continue };
        if f.sig.ident != "new" {
            continue;
        }
        f.sig.inputs.push(syn::parse_quote!(body: #ty));
        set_body(f, syn::parse_quote!(Ok(body)));
    }
}

/// The `body` field's initialiser in `new`'s struct expression.
fn set_body(f: &mut syn::ImplItemFn, expr: syn::Expr) {
    let Some(syn::Stmt::Expr(syn::Expr::Struct(init), _)) = f.block.stmts.last_mut() else {
        return;
    };
    for field in init.fields.iter_mut() {
        if matches!(&field.member, syn::Member::Named(name) if name == "body") {
            field.expr = expr.clone();
        }
    }
}

/// In `new`, `body: Ok(Default::default())` → `body: Err("body was not initialized")`.
fn body_not_set(imp: &mut syn::ItemImpl) {
    for item in &mut imp.items {
        let ImplItem::Fn(f) = item else { continue };
        if f.sig.ident == "new" {
            set_body(
                f,
                syn::parse_quote!(Err("body was not initialized".to_string())),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use quote::{ToTokens, quote};

    use super::*;
    use crate::rewrite::index::tests::operation;

    fn text(node: impl ToTokens) -> String {
        node.to_token_stream().to_string().replace(' ', "")
    }

    #[test]
    fn the_builder_module_is_dropped_before_parsing() {
        let tokens = quote! {
            pub mod types {
                pub struct Thing {}
                #[allow(clippy::all)]
                pub mod builder { pub struct Thing {} }
                pub mod error {}
            }
            pub mod builder { pub struct GetThing {} }
        };
        let kept = text(without_module(tokens));
        assert_eq!(
            kept,
            "pubmodtypes{pubstructThing{}pubmoderror{}}pubmodbuilder{pubstructGetThing{}}"
        );
    }

    #[test]
    fn builder_entries_are_dropped_and_other_impls_kept() {
        let mut types = [TypeDef {
            name: "Thing".to_owned(),
            items: vec![
                syn::parse_quote!(
                    pub struct Thing {}
                ),
                syn::parse_quote!(impl Thing { pub fn builder() -> builder::Thing { Default::default() } }),
                syn::parse_quote!(impl Thing { pub fn builder() {} pub fn other() {} }),
                syn::parse_quote!(impl From<&Thing> for Thing { fn from(v: &Thing) -> Self { v.clone() } }),
            ],
        }];
        remove_entries(&mut types);
        assert_eq!(types[0].items.len(), 3);
        assert!(!text(&types[0].items[1]).contains("builder::Thing"));
    }

    fn entry(op: &crate::model::Operation) -> Entry<'_> {
        Entry {
            op,
            method: syn::parse_quote!(
                pub fn create_thing(&self) -> builder::CreateThing<'_> {}
            ),
            builder: syn::parse_quote! {
                pub struct CreateThing<'a> {
                    client: &'a super::Client,
                    body: Result<types::builder::Thing, String>,
                }
            },
            impls: vec![syn::parse_quote! {
                impl<'a> CreateThing<'a> {
                    pub fn new(client: &'a super::Client) -> Self {
                        Self { client: client, body: Ok(::std::default::Default::default()) }
                    }
                    pub fn body_map<F>(mut self, f: F) -> Self
                    where F: std::ops::FnOnce(types::builder::Thing) -> types::builder::Thing {
                        self.body = self.body.map(f);
                        self
                    }
                }
            }],
            success: syn::parse_quote!(types::Thing),
        }
    }

    #[test]
    fn a_body_without_default_starts_unset() {
        let op = operation("createThing", "things");
        let mut entry = entry(&op);
        detach(&mut entry, &BTreeSet::new());
        assert!(text(&entry.builder).contains("body:Result<types::Thing,String>"));
        let imp = text(&entry.impls[0]);
        assert!(!imp.contains("body_map"), "{imp}");
        assert!(
            imp.contains(r#"body:Err("bodywasnotinitialized".to_string())"#),
            "{imp}"
        );
    }

    #[test]
    fn a_required_body_is_an_argument_of_new_and_has_no_setter() {
        let mut op = operation("createThing", "things");
        op.body_required = true;
        let mut entry = entry(&op);
        if let syn::Item::Impl(imp) = syn::parse_quote! {
            impl<'a> CreateThing<'a> {
                pub fn body<V>(mut self, value: V) -> Self where V: TryInto<types::builder::Thing> { self }
            }
        } {
            entry.impls[0].items.extend(imp.items);
        }
        detach(&mut entry, &BTreeSet::from(["Thing".to_owned()]));
        let imp = text(&entry.impls[0]);
        assert!(
            imp.contains("pubfnnew(client:&'asuper::Client,body:types::Thing)->Self{Self{client:client,body:Ok(body)}}"),
            "{imp}"
        );
        assert!(!imp.contains("pubfnbody"), "{imp}");
    }

    #[test]
    fn a_body_with_default_starts_as_the_default() {
        let op = operation("createThing", "things");
        let mut entry = entry(&op);
        detach(&mut entry, &BTreeSet::from(["Thing".to_owned()]));
        let imp = text(&entry.impls[0]);
        assert!(!imp.contains("body_map"), "{imp}");
        assert!(
            imp.contains("body:Ok(::std::default::Default::default())"),
            "{imp}"
        );
    }
}

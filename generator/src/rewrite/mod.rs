//! Stage 7: take progenitor's single token stream apart and reassemble it as the crate's modules.
//!
//! - `types` are split by area (the spec file or tag they belong to); unions are replaced by the
//!   union emitter's tagged enums.
//! - Each operation's entry method takes its required path parameters as arguments
//!   (`client.get_workflow(id)`), and its builder gains `send()` (returning `crate::Response<T>` or
//!   `crate::Error`), plus `stream()`/`pages()` when the operation is paginated. progenitor's own
//!   `send` stays, private, as `send_raw`.
//! - The `Client` struct and its trait impls go to their own module; its constructors become
//!   crate-private because `Client::builder()` (an overlay) is the way in.

mod lenient;
mod segments;
mod statuses;

use std::collections::{BTreeMap, BTreeSet};

use quote::{ToTokens, quote};
use syn::{ImplItem, Item};

use crate::error::{Error, Result};
use crate::model::Operation;
use crate::names::{field_name, ident, method_name};
use crate::paging::Pagination;
use crate::shape::Union;
use crate::tokens::{idents, reroot_all};
use crate::unions;

/// The generated code, sorted into the files it will be written to.
#[derive(Default)]
pub struct Modules {
    /// `Client` struct, `ClientInfo` impl, hooks assertion.
    pub client: Vec<Item>,
    /// area module → type items.
    pub types: BTreeMap<String, Vec<Item>>,
    /// `types::defaults` and `types::error` contents.
    pub type_defaults: Vec<Item>,
    pub type_error: Vec<Item>,
    /// area module → operation entry methods and builders.
    pub operations: BTreeMap<String, Vec<Item>>,
    /// Operation method name → the type its success body decodes into (spec order).
    pub success_types: Vec<(String, syn::Type)>,
}

/// Where each component schema came from: Rust type name → area module.
pub type ComponentAreas = BTreeMap<String, String>;

pub const COMMON_MODULE: &str = "common";

pub fn split(
    file: syn::File,
    operations: &[Operation],
    unions: &[Union],
    component_areas: &ComponentAreas,
) -> Result<Modules> {
    let mut modules = Modules::default();
    let mut type_items = Vec::new();
    let mut builder_items = Vec::new();
    let mut client_methods = Vec::new();

    for item in file.items {
        match item {
            Item::Use(_) => {}
            Item::Mod(module) => {
                let content = module.content.map(|(_, items)| items).unwrap_or_default();
                match module.ident.to_string().as_str() {
                    // Items move from `types` into `types::<area>`: `self::x` (typify writes
                    // `self::error::ConversionError`) then means `super::x`.
                    "types" => {
                        type_items = content;
                        reroot_all(&mut type_items, &[(&["self"], &["super"])]);
                    }
                    // Builders move out of `builder`: the client is `crate::Client`, and bodies
                    // are the types themselves, not typify's struct builders.
                    "builder" => {
                        builder_items = content;
                        reroot_all(
                            &mut builder_items,
                            &[
                                (&["super", "Client"], &["crate", "Client"]),
                                (&["types", "builder"], &["types"]),
                            ],
                        );
                    }
                    _ => {}
                }
            }
            Item::Impl(imp) if is_inherent_client_impl(&imp) => {
                for impl_item in imp.items {
                    if let ImplItem::Fn(f) = impl_item {
                        let name = f.sig.ident.to_string();
                        if name == "new_with_client" {
                            modules.client.push(client_constructor(f));
                        } else if name != "new" {
                            client_methods.push(f);
                        }
                    }
                }
            }
            other => modules.client.push(other),
        }
    }

    let op_mentions = operation_mentions(&client_methods, &builder_items, operations);
    split_types(
        &mut modules,
        type_items,
        unions,
        component_areas,
        operations,
        &op_mentions,
    )?;
    open_string_enums(&mut modules);
    derive_missing_defaults(&mut modules);
    let defaults = types_with_default(&modules);
    lenient::mark(modules.types.values_mut().flatten(), &defaults);
    let pages = split_operations(
        &mut modules,
        client_methods,
        builder_items,
        operations,
        &defaults,
    )?;
    page_impls(&mut modules, &pages)?;
    Ok(modules)
}

fn is_inherent_client_impl(imp: &syn::ItemImpl) -> bool {
    imp.trait_.is_none() && type_ident(&imp.self_ty).as_deref() == Some("Client")
}

/// `impl Client { pub fn new_with_client(..) }` → crate-private.
fn client_constructor(mut f: syn::ImplItemFn) -> Item {
    f.vis = syn::parse_quote!(pub(crate));
    f.attrs.retain(|a| !a.path().is_ident("doc"));
    let doc = " Wraps a configured `reqwest::Client`; `Client::builder()` is the public way in.";
    syn::parse_quote! {
        impl Client {
            #[doc = #doc]
            #f
        }
    }
}

fn type_ident(ty: &syn::Type) -> Option<String> {
    match ty {
        syn::Type::Path(p) => p.path.segments.last().map(|s| s.ident.to_string()),
        syn::Type::Reference(r) => type_ident(&r.elem),
        _ => None,
    }
}

// ---------------------------------------------------------------------------------------------
// types

fn split_types(
    modules: &mut Modules,
    items: Vec<Item>,
    unions: &[Union],
    component_areas: &ComponentAreas,
    operations: &[Operation],
    op_mentions: &[(String, BTreeSet<String>)],
) -> Result<()> {
    let mut owned: Vec<(String, Item)> = Vec::new();
    let mut builders: Vec<Item> = Vec::new();
    for item in items {
        match item {
            Item::Mod(module) => {
                let content = module.content.map(|(_, items)| items).unwrap_or_default();
                match module.ident.to_string().as_str() {
                    "builder" => builders = content,
                    "defaults" => modules.type_defaults = content,
                    "error" => modules.type_error = content,
                    other => {
                        return Err(Error::Internal(format!("unexpected module types::{other}")));
                    }
                }
            }
            other if is_struct_builder_entry(&other) => {}
            other => {
                let owner = owner_of(&other).unwrap_or_default();
                owned.push((owner, other));
            }
        }
    }
    let names: BTreeSet<String> = owned
        .iter()
        .filter(|(_, item)| matches!(item, Item::Struct(_) | Item::Enum(_) | Item::Type(_)))
        .map(|(owner, _)| owner.clone())
        .collect();
    let mut names = names;

    // Unions: take the envelope struct's fields, drop the envelope type, emit the enum.
    for union in unions {
        let envelope = union.envelope.as_deref().map(crate::names::type_name);
        let fields = match &envelope {
            Some(envelope) => {
                let fields = owned.iter().find_map(|(owner, item)| match item {
                    Item::Struct(s) if owner == envelope => {
                        Some(s.fields.iter().cloned().collect::<Vec<_>>())
                    }
                    _ => None,
                });
                owned.retain(|(owner, _)| owner != envelope);
                builders.retain(|item| owner_of(item).as_deref() != Some(envelope));
                names.remove(envelope);
                Some(fields.ok_or_else(|| {
                    Error::Internal(format!("typify produced no struct for `{envelope}`"))
                })?)
            }
            None => None,
        };
        let tokens = unions::emit(union, fields);
        let file: syn::File = syn::parse2(tokens).map_err(|e| {
            Error::Internal(format!(
                "union `{}` is not valid Rust: {e}",
                union.rust_name
            ))
        })?;
        for item in file.items {
            let owner = owner_of(&item).unwrap_or_else(|| union.rust_name.clone());
            names.insert(owner.clone());
            owned.push((owner, item));
        }
    }

    // References between types, to place types that are not components.
    let mut mentions: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (owner, item) in &owned {
        let found = idents(item);
        let entry = mentions.entry(owner.clone()).or_default();
        entry.extend(
            found
                .into_iter()
                .filter(|n| n != owner && names.contains(n)),
        );
    }
    let areas = assign_areas(&names, &mentions, component_areas, operations, op_mentions);

    for (owner, item) in owned {
        let area = areas
            .get(&owner)
            .cloned()
            .unwrap_or_else(|| COMMON_MODULE.to_owned());
        modules.types.entry(area).or_default().push(item);
    }
    // typify's struct builders (`types::builder`) are left out: they double the crate's size and
    // compile time, and request bodies are plain structs built with literals (a missing required
    // field is then a compile error rather than a run-time one).
    drop(builders);
    Ok(())
}

/// `impl X { pub fn builder() -> builder::X }`, the entry to a typify struct builder.
fn is_struct_builder_entry(item: &Item) -> bool {
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

/// Makes every string enum open: a value the server adds after this SDK was generated decodes as
/// `Unknown(String)` (and is sent back as it came) instead of failing the whole response. Such
/// enums lose `Copy` (they may hold a `String`); so does every generated type, since a type that
/// derives `Copy` may contain one of them. `FromStr` stays strict, so a typo in a value the
/// caller writes is still an error.
fn open_string_enums(modules: &mut Modules) {
    let mut opened = BTreeSet::new();
    for items in modules.types.values_mut() {
        let mut added = Vec::new();
        for item in items.iter_mut() {
            if let Item::Enum(e) = item
                && is_string_enum(e)
            {
                added.extend(open_enum(e));
                opened.insert(e.ident.to_string());
            }
        }
        items.extend(added);
    }
    for item in modules.types.values_mut().flatten() {
        match item {
            Item::Struct(s) => remove_derives(&mut s.attrs, &["Copy"]),
            Item::Enum(e) => remove_derives(&mut e.attrs, &["Copy"]),
            Item::Impl(imp) => {
                let is_display = imp.trait_.as_ref().is_some_and(|(path, _)| {
                    path.segments.last().is_some_and(|s| s.ident == "Display")
                });
                let target = type_ident(&imp.self_ty).unwrap_or_default();
                if is_display && opened.contains(&target) {
                    for impl_item in &mut imp.items {
                        if let ImplItem::Fn(f) = impl_item
                            && let Some(syn::Stmt::Expr(syn::Expr::Match(m), _)) =
                                f.block.stmts.last_mut()
                        {
                            m.expr = syn::parse_quote!(self);
                            m.arms.push(
                                syn::parse_quote!(Self::Unknown(value) => f.write_str(value),),
                            );
                        }
                    }
                }
            }
            _ => {}
        }
    }
}

/// Adds `Unknown(String)` to a string enum and replaces its derived serde impls with a string
/// match (derived ones would need `#[serde(untagged)]`, which buffers every value and costs far
/// more to compile). Returns the new impl blocks.
fn open_enum(e: &mut syn::ItemEnum) -> Vec<Item> {
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
        Unknown(::std::string::String)
    });
    let name = &e.ident;
    let file: syn::File = syn::parse_quote! {
            impl #name {
                /// The value as it is on the wire.
                pub fn as_str(&self) -> &str {
                    match self {
                        #(#names)*
                        Self::Unknown(value) => value,
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
                        _ => Self::Unknown(value),
                    })
                }
            }
    };
    file.items
}

/// The value of `#[serde(rename = "...")]`, if the attribute is one.
fn serde_rename(attr: &syn::Attribute) -> Option<String> {
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

/// An enum of unit variants only, each a string on the wire.
fn is_string_enum(e: &syn::ItemEnum) -> bool {
    !e.variants.is_empty()
        && e.variants
            .iter()
            .all(|v| matches!(v.fields, syn::Fields::Unit))
        && derived(&e.attrs).iter().any(|d| d == "Deserialize")
        && !e.attrs.iter().any(|a| a.path().is_ident("serde"))
}

/// The names of the traits `#[derive(..)]` lists (last path segment: `Deserialize`, `Copy`).
fn derived(attrs: &[syn::Attribute]) -> Vec<String> {
    attrs
        .iter()
        .filter(|a| a.path().is_ident("derive"))
        .filter_map(|a| {
            a.parse_args_with(
                syn::punctuated::Punctuated::<syn::Path, syn::Token![,]>::parse_terminated,
            )
            .ok()
        })
        .flatten()
        .filter_map(|p| p.segments.last().map(|s| s.ident.to_string()))
        .collect()
}

/// Takes the named traits out of every `#[derive(..)]`.
fn remove_derives(attrs: &mut [syn::Attribute], names: &[&str]) {
    for attr in attrs {
        if !attr.path().is_ident("derive") {
            continue;
        }
        if let syn::Meta::List(list) = &mut attr.meta
            && let Ok(paths) = list.parse_args_with(
                syn::punctuated::Punctuated::<syn::Path, syn::Token![,]>::parse_terminated,
            )
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

/// typify derives `Default` only when every field has one of its own defaults, which a flattened
/// map of extra properties (`additionalProperties`) prevents. A struct whose fields are all
/// optional (or defaulted, or that flattened map) gets `Default` here, so callers can write
/// `StartRunParams { run_id: Some(..), ..Default::default() }`.
fn derive_missing_defaults(modules: &mut Modules) {
    let has_impl: BTreeSet<String> = types_with_default(modules);
    for item in modules.types.values_mut().flatten() {
        let Item::Struct(s) = item else { continue };
        if has_impl.contains(&s.ident.to_string()) || s.fields.is_empty() {
            continue;
        }
        let all_optional = s.fields.iter().all(|field| {
            let serde = field
                .attrs
                .iter()
                .filter(|a| a.path().is_ident("serde"))
                .map(|a| a.meta.to_token_stream().to_string())
                .collect::<String>();
            let ty = type_ident(&field.ty);
            ty.as_deref() == Some("Option")
                || serde.contains("default")
                || (serde.contains("flatten")
                    && matches!(ty.as_deref(), Some("Map" | "BTreeMap" | "HashMap")))
        });
        if !all_optional {
            continue;
        }
        for attr in &mut s.attrs {
            if attr.path().is_ident("derive")
                && let syn::Meta::List(list) = &mut attr.meta
            {
                let tokens = &list.tokens;
                list.tokens = quote!(#tokens, Default);
                break;
            }
        }
    }
}

/// Names of the types that implement `Default` (derived or by hand).
pub fn types_with_default(modules: &Modules) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for item in modules.types.values().flatten() {
        match item {
            Item::Struct(s) if derives_default(&s.attrs) => {
                out.insert(s.ident.to_string());
            }
            Item::Enum(e) if derives_default(&e.attrs) => {
                out.insert(e.ident.to_string());
            }
            Item::Impl(imp) => {
                let is_default = imp.trait_.as_ref().is_some_and(|(path, _)| {
                    path.segments.last().is_some_and(|s| s.ident == "Default")
                });
                if is_default && let Some(name) = type_ident(&imp.self_ty) {
                    out.insert(name);
                }
            }
            _ => {}
        }
    }
    out
}

fn derives_default(attrs: &[syn::Attribute]) -> bool {
    derived(attrs).iter().any(|d| d == "Default")
}

/// The type an item belongs to: the struct/enum itself, or the local type an impl is for.
fn owner_of(item: &Item) -> Option<String> {
    match item {
        Item::Struct(s) => Some(s.ident.to_string()),
        Item::Enum(e) => Some(e.ident.to_string()),
        Item::Type(t) => Some(t.ident.to_string()),
        Item::Impl(imp) => {
            let self_name = type_ident(&imp.self_ty)?;
            let foreign = matches!(
                self_name.as_str(),
                "String"
                    | "Value"
                    | "Map"
                    | "Vec"
                    | "Option"
                    | "BTreeMap"
                    | "HashMap"
                    | "str"
                    | "Uuid"
                    | "DateTime"
                    | "NaiveDate"
                    | "bool"
                    | "i64"
                    | "u64"
                    | "f64"
                    | "i32"
                    | "u32"
            );
            if !foreign {
                return Some(self_name);
            }
            // `impl From<Local> for String`: the local type is the trait's argument.
            let (path, _) = imp.trait_.as_ref()?;
            let last = path.segments.last()?;
            let syn::PathArguments::AngleBracketed(args) = &last.arguments else {
                return Some(self_name);
            };
            args.args.iter().find_map(|arg| match arg {
                syn::GenericArgument::Type(ty) => type_ident(ty),
                _ => None,
            })
        }
        _ => None,
    }
}

/// Components keep the area of their spec file; other types follow the first operation or type
/// that mentions them; what nothing claims is `common`.
fn assign_areas(
    names: &BTreeSet<String>,
    mentions: &BTreeMap<String, BTreeSet<String>>,
    component_areas: &ComponentAreas,
    operations: &[Operation],
    op_mentions: &[(String, BTreeSet<String>)],
) -> BTreeMap<String, String> {
    let mut areas: BTreeMap<String, String> = names
        .iter()
        .filter_map(|name| {
            component_areas
                .get(name)
                .map(|area| (name.clone(), area.clone()))
        })
        .collect();
    // Inline request/response types are named after their operation by progenitor.
    for op in operations {
        let pascal = crate::names::type_name(&op.method_name);
        for suffix in ["Response", "Body"] {
            let name = format!("{pascal}{suffix}");
            if names.contains(&name) && !areas.contains_key(&name) {
                areas.insert(name, op.module.clone());
            }
        }
    }
    // Types an operation uses directly belong to its area (the first operation wins).
    for (module, mentioned) in op_mentions {
        for name in mentioned.iter().filter(|n| names.contains(*n)) {
            areas.entry(name.clone()).or_insert_with(|| module.clone());
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

// ---------------------------------------------------------------------------------------------
// operations

/// For each operation (in spec order): its module and the identifiers its builder mentions.
fn operation_mentions(
    client_methods: &[syn::ImplItemFn],
    builder_items: &[Item],
    operations: &[Operation],
) -> Vec<(String, BTreeSet<String>)> {
    let module_of: BTreeMap<String, String> = client_methods
        .iter()
        .filter_map(|m| {
            let name = m.sig.ident.to_string();
            let op = operations.iter().find(|op| op.method_name == name)?;
            Some((return_type_ident(&m.sig)?, op.module.clone()))
        })
        .collect();
    let mut out: Vec<(String, BTreeSet<String>)> = Vec::new();
    for item in builder_items {
        let Some(module) = owner_of(item).and_then(|o| module_of.get(&o).cloned()) else {
            continue;
        };
        out.push((module, idents(item).into_iter().collect()));
    }
    out
}

fn split_operations(
    modules: &mut Modules,
    client_methods: Vec<syn::ImplItemFn>,
    builder_items: Vec<Item>,
    operations: &[Operation],
    defaults: &BTreeSet<String>,
) -> Result<BTreeMap<String, Pagination>> {
    let mut pages = BTreeMap::new();
    let mut success_types = Vec::new();
    let by_method: BTreeMap<&str, &Operation> = operations
        .iter()
        .map(|op| (op.method_name.as_str(), op))
        .collect();
    let mut builders: BTreeMap<String, Vec<Item>> = BTreeMap::new();
    for item in builder_items {
        if let Some(owner) = owner_of(&item) {
            builders.entry(owner).or_default().push(item);
        }
    }

    for method in client_methods {
        let name = method.sig.ident.to_string();
        let op = by_method
            .get(name.as_str())
            .ok_or_else(|| Error::Internal(format!("no metadata for generated method `{name}`")))?;
        let builder_name = return_type_ident(&method.sig)
            .ok_or_else(|| Error::Internal(format!("`{name}` returns no builder")))?;
        let items = builders
            .remove(&builder_name)
            .ok_or_else(|| Error::Internal(format!("no builder `{builder_name}` for `{name}`")))?;
        let out = modules.operations.entry(op.module.clone()).or_default();
        let (structure, impls) = builder_parts(items, &builder_name)?;
        out.push(entry_method(op, &method, &structure, &builder_name)?);
        out.push(Item::Struct(structure.clone()));
        for imp in impls {
            let imp = without_struct_builder_bodies(imp, &structure, defaults);
            let (imp, page) = rewrite_builder_impl(op, imp, &structure)?;
            pages.extend(page);
            let success = imp.items.iter().find_map(|item| match item {
                ImplItem::Fn(f) if f.sig.ident == "send_raw" => success_type(&f.sig),
                _ => None,
            });
            if let Some(success) = success {
                success_types.push((op.method_name.clone(), success));
            }
            out.push(Item::Impl(imp));
        }
    }
    modules.success_types = success_types;
    Ok(pages)
}

/// Drops `body_map` (it edits a struct builder) and starts a body without `Default` as "not set".
fn without_struct_builder_bodies(
    mut imp: syn::ItemImpl,
    structure: &syn::ItemStruct,
    defaults: &BTreeSet<String>,
) -> syn::ItemImpl {
    imp.items
        .retain(|item| !matches!(item, ImplItem::Fn(f) if f.sig.ident == "body_map"));
    let body_has_default = field_type(structure, "body")
        .and_then(|ty| type_ident(&ty))
        .is_some_and(|name| defaults.contains(&name));
    if body_has_default {
        return imp;
    }
    for item in &mut imp.items {
        let ImplItem::Fn(f) = item else { continue };
        if f.sig.ident != "new" {
            continue;
        }
        let Some(syn::Stmt::Expr(syn::Expr::Struct(init), _)) = f.block.stmts.last_mut() else {
            continue;
        };
        for field in init.fields.iter_mut() {
            if matches!(&field.member, syn::Member::Named(name) if name == "body") {
                field.expr = syn::parse_quote!(Err("body was not initialized".to_string()));
            }
        }
    }
    imp
}

fn return_type_ident(sig: &syn::Signature) -> Option<String> {
    match &sig.output {
        syn::ReturnType::Type(_, ty) => type_ident(ty),
        syn::ReturnType::Default => None,
    }
}

fn builder_parts(items: Vec<Item>, name: &str) -> Result<(syn::ItemStruct, Vec<syn::ItemImpl>)> {
    let mut structure = None;
    let mut impls = Vec::new();
    for item in items {
        match item {
            Item::Struct(s) => structure = Some(s),
            Item::Impl(i) => impls.push(i),
            _ => {}
        }
    }
    let structure =
        structure.ok_or_else(|| Error::Internal(format!("builder `{name}` has no struct")))?;
    Ok((structure, impls))
}

/// The type `T` of a builder field declared `Result<T, String>`.
fn field_type(structure: &syn::ItemStruct, field: &str) -> Option<syn::Type> {
    let f = structure
        .fields
        .iter()
        .find(|f| f.ident.as_ref().is_some_and(|i| i == field))?;
    let syn::Type::Path(path) = &f.ty else {
        return None;
    };
    let last = path.path.segments.last()?;
    let syn::PathArguments::AngleBracketed(args) = &last.arguments else {
        return None;
    };
    match args.args.first()? {
        syn::GenericArgument::Type(ty) => Some(ty.clone()),
        _ => None,
    }
}

/// `pub fn get_workflow(&self) -> builder::GetWorkflow` → `pub fn get_workflow(&self, id) -> GetWorkflow`.
fn entry_method(
    op: &Operation,
    method: &syn::ImplItemFn,
    structure: &syn::ItemStruct,
    builder: &str,
) -> Result<Item> {
    let name = &method.sig.ident;
    let builder = ident(builder);
    let mut args = Vec::new();
    let mut setters = Vec::new();
    for param in &op.path_params {
        let field = method_name(param);
        let ty = field_type(structure, &field).ok_or_else(|| {
            Error::Internal(format!("builder of `{}` has no field `{field}`", op.id))
        })?;
        let field = ident(&field);
        args.push(quote!(#field: impl ::std::convert::TryInto<#ty>));
        setters.push(quote!(.#field(#field)));
    }
    let doc = entry_doc(op, method, structure);
    let deprecated = op
        .deprecated
        .then(|| quote!(#[deprecated(note = "deprecated in the API spec")]));
    Ok(syn::parse_quote! {
        impl crate::Client {
            #(#[doc = #doc])*
            #deprecated
            pub fn #name(&self, #(#args),*) -> #builder<'_> {
                #builder::new(self)#(#setters)*
            }
        }
    })
}

/// Method docs: progenitor's summary and description (with our role/context line), what is sent,
/// and an example that matches the rewritten signature.
fn entry_doc(op: &Operation, method: &syn::ImplItemFn, structure: &syn::ItemStruct) -> Vec<String> {
    let original = doc_text(&method.attrs);
    let prose = original
        .split("```ignore")
        .next()
        .unwrap_or("")
        .trim_end()
        .to_owned();
    let path_fields: BTreeSet<String> = op.path_params.iter().map(|p| method_name(p)).collect();
    let args = op
        .path_params
        .iter()
        .map(|p| method_name(p))
        .collect::<Vec<_>>()
        .join(", ");
    let mut example = format!(
        "```ignore\nlet response = client.{}({args})",
        op.method_name
    );
    for field in structure.fields.iter().filter_map(|f| f.ident.as_ref()) {
        let field = field.to_string();
        if field != "client" && !path_fields.contains(&field) {
            example.push_str(&format!("\n    .{field}({field})"));
        }
    }
    example.push_str("\n    .send()\n    .await?;\n```");
    let text = format!("{prose}\n\n{example}");
    text.lines()
        .map(|l| format!(" {l}").trim_end().to_owned())
        .collect()
}

fn doc_text(attrs: &[syn::Attribute]) -> String {
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

/// Renames progenitor's `send` to `send_raw` and adds `send` (and `stream`/`pages`).
fn rewrite_builder_impl(
    op: &Operation,
    mut imp: syn::ItemImpl,
    structure: &syn::ItemStruct,
) -> Result<(syn::ItemImpl, Option<(String, Pagination)>)> {
    let mut success: Option<syn::Type> = None;
    for item in &mut imp.items {
        let ImplItem::Fn(f) = item else { continue };
        if f.sig.ident == "send" {
            success = Some(success_type(&f.sig).ok_or_else(|| {
                Error::Internal(format!("cannot read the response type of `{}`", op.id))
            })?);
            f.sig.ident = ident("send_raw");
            f.vis = syn::Visibility::Inherited;
            segments::guard(&mut f.block);
            statuses::tolerate(&mut f.block);
            f.attrs.retain(|a| !a.path().is_ident("doc"));
        } else if f.sig.ident == "new" {
            f.attrs.retain(|a| !a.path().is_ident("doc"));
            f.attrs.push(syn::parse_quote!(#[doc = " A builder with no arguments set; the `Client` method that returns it is the usual way in."]));
        }
    }
    let Some(success) = success else {
        return Ok((imp, None));
    };
    let op_const = ident(&op.const_name());
    let send_doc = format!(
        " Sends `{} {}` and decodes the response.",
        op.method, op.path
    );
    let send: syn::ImplItem = syn::parse_quote! {
        #[doc = #send_doc]
        pub async fn send(self) -> ::std::result::Result<crate::Response<#success>, crate::Error> {
            let client = self.client;
            crate::transport::send(client, &crate::metadata::#op_const, self.send_raw()).await
        }
    };
    imp.items.push(send);
    let mut page = None;
    let has_field = |name: &str| {
        structure
            .fields
            .iter()
            .any(|f| f.ident.as_ref().is_some_and(|i| i == name))
    };
    if let Some(pagination) = &op.pagination
        && has_field(&field_name(pagination.request_param()))
    {
        imp.items
            .extend(pagination_methods(op, pagination, &success)?);
        page = type_ident(&success).map(|name| (name, pagination.clone()));
    }
    Ok((imp, page))
}

/// `Result<ResponseValue<T>, Error<E>>` → `T`.
fn success_type(sig: &syn::Signature) -> Option<syn::Type> {
    let syn::ReturnType::Type(_, ty) = &sig.output else {
        return None;
    };
    let result = generic_args(ty)?;
    let response_value = result.first()?;
    generic_args(response_value)?.first().cloned()
}

fn generic_args(ty: &syn::Type) -> Option<Vec<syn::Type>> {
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

fn pagination_methods(
    op: &Operation,
    pagination: &Pagination,
    page: &syn::Type,
) -> Result<Vec<syn::ImplItem>> {
    let page_name = type_ident(page).unwrap_or_default();
    let param = pagination.request_param();
    let setter = ident(&field_name(param));
    let how = match pagination {
        Pagination::Cursor { next, .. } => format!("the previous page's `{next}` as `{param}`"),
        Pagination::Offset { .. } => "the next `offset`".to_owned(),
    };
    let stream_doc = format!(
        " Streams every item of every page of `{} {}`, in order. Each page is requested with this \
         builder's filters and {how}; the stream ends after the last page.",
        op.method, op.path
    );
    let items: syn::ImplItem = syn::parse_quote! {
        #[doc = #stream_doc]
        pub fn stream(
            self,
        ) -> impl ::futures::Stream<Item = ::std::result::Result<<#page as crate::pagination::Page>::Item, crate::Error>> + ::std::marker::Unpin + 'a {
            crate::pagination::items(self.pages())
        }
    };
    let pages_doc = format!(
        " Streams the pages of `{} {}` (see [`{page_name}`](crate::types::{page_name})), each with its response metadata.",
        op.method, op.path
    );
    let body = match pagination {
        Pagination::Cursor { .. } => quote! {
            crate::pagination::by_cursor(self, Self::send, |builder, cursor| builder.#setter(cursor))
        },
        Pagination::Offset { limit, .. } => {
            // The caller's own `offset` and `limit`, when set, are where paging starts and the
            // size a full page has.
            let number = |field: &str| {
                let field = ident(field);
                quote!(self.#field.as_ref().ok().and_then(|v| v.as_ref()).and_then(|v| u64::try_from(*v).ok()))
            };
            let start = number("offset");
            let limit = if *limit {
                number("limit")
            } else {
                quote!(::std::option::Option::None)
            };
            quote! {
                let start = #start.unwrap_or(0);
                let limit = #limit;
                crate::pagination::by_offset(self, Self::send, |builder, offset| builder.#setter(offset), start, limit)
            }
        }
    };
    let pages: syn::ImplItem = syn::parse_quote! {
        #[doc = #pages_doc]
        pub fn pages(
            self,
        ) -> impl ::futures::Stream<Item = ::std::result::Result<crate::Response<#page>, crate::Error>> + ::std::marker::Unpin + 'a {
            #body
        }
    };
    Ok(vec![items, pages])
}

/// The field of `structure` that carries JSON property `property` (by `serde(rename)` or name).
fn property_field<'s>(structure: &'s syn::ItemStruct, property: &str) -> Option<&'s syn::Field> {
    structure.fields.iter().find(|field| {
        field
            .attrs
            .iter()
            .any(|attr| serde_rename(attr).as_deref() == Some(property))
            || field
                .ident
                .as_ref()
                .is_some_and(|i| *i == field_name(property))
    })
}

/// Implements `crate::pagination::Page` for the response type of each paginated operation.
fn page_impls(modules: &mut Modules, pages: &BTreeMap<String, Pagination>) -> Result<()> {
    for (page, pagination) in pages {
        let found = modules.types.iter_mut().find_map(|(_, items)| {
            let structure = items.iter().find_map(|item| match item {
                Item::Struct(s) if s.ident == page.as_str() => Some(s.clone()),
                _ => None,
            })?;
            Some((items, structure))
        });
        let Some((items, structure)) = found else {
            return Err(Error::Internal(format!("no struct for page type `{page}`")));
        };
        let field = |property: &str| {
            property_field(&structure, property)
                .map(|f| (f.ident.clone().expect("named field"), f.ty.clone()))
                .ok_or_else(|| {
                    Error::Internal(format!("page type `{page}` has no field for `{property}`"))
                })
        };
        let optional = |ty: &syn::Type| type_ident(ty).as_deref() == Some("Option");
        let first_arg = |ty: &syn::Type| generic_args(ty).and_then(|a| a.first().cloned());
        let (items_field, items_ty) = field(pagination.items())?;
        let (item_ty, list) = if optional(&items_ty) {
            (
                first_arg(&items_ty).as_ref().and_then(first_arg),
                quote!(self.#items_field.unwrap_or_default()),
            )
        } else {
            (first_arg(&items_ty), quote!(self.#items_field))
        };
        let count = if optional(&items_ty) {
            quote!(self.#items_field.as_ref().map_or(0, |items| items.len()))
        } else {
            quote!(self.#items_field.len())
        };
        let Some(item_ty) = item_ty else {
            return Err(Error::Internal(format!(
                "`{page}::{items_field}` is not a list"
            )));
        };
        let none = quote!(::std::option::Option::None);
        let next = match pagination {
            Pagination::Cursor { next, .. } => {
                let (name, ty) = field(next)?;
                if optional(&ty) {
                    quote!(self.#name.as_ref().map(::std::string::ToString::to_string))
                } else {
                    quote!(::std::option::Option::Some(::std::string::ToString::to_string(&self.#name)))
                }
            }
            Pagination::Offset { .. } => none.clone(),
        };
        let total = match pagination {
            Pagination::Offset {
                total: Some(total), ..
            } => {
                let (name, ty) = field(total)?;
                if optional(&ty) {
                    quote!(self.#name.and_then(|n| u64::try_from(n).ok()))
                } else {
                    quote!(u64::try_from(self.#name).ok())
                }
            }
            _ => none,
        };
        let name = ident(page);
        items.push(syn::parse_quote! {
            impl crate::pagination::Page for #name {
                type Item = #item_ty;
                fn next_cursor(&self) -> ::std::option::Option<::std::string::String> {
                    #next
                }
                fn total(&self) -> ::std::option::Option<u64> {
                    #total
                }
                fn len(&self) -> usize {
                    #count
                }
                fn into_items(self) -> ::std::vec::Vec<Self::Item> {
                    #list
                }
            }
        });
    }
    Ok(())
}

//! Stage 7: take progenitor's single token stream apart and reassemble it as the crate's modules.
//!
//! progenitor's output is matched once into an [`index`]; each pass is a module of its own:
//!
//! - [`variant_case`]: enum variants typify did not name in upper camel case are renamed.
//! - [`builders`]: typify's struct builders go.
//! - [`never`]: types no value satisfies hold whatever JSON arrives.
//! - [`field_names`]: fields typify named alike get numbers.
//! - [`unions`]: unions become the union emitter's tagged enums.
//! - [`placement`]: types go to `types::<area>` (the spec file or tag they belong to).
//! - [`open_enums`], [`defaults`], [`lenient`]: string enums accept unknown values, all-optional
//!   structs derive `Default`, collections decode `null` as empty.
//! - [`constructors`]: what a request body reaches gets `new(required…)` and chained setters.
//! - [`docs`]: every public type, field, variant and setter is documented.
//! - [`params`]: query, header and cookie parameters are serialized as their style says.
//! - [`operations`] (with [`segments`], [`methods`] and [`statuses`]): each operation's entry method takes its
//!   required path parameters as arguments (`client.get_workflow(id)`), and its builder gains
//!   `send()`; [`pagination`] adds `stream()`/`pages()` and `Page` impls.
//! - [`bodies`]: requests carry the spec's exact `Content-Type`, multipart forms are sent as
//!   parts, textual success bodies are read into a `String`.
//! - [`client`]: the `Client` struct keeps only the constructor the overlays call.
//!
//! [`syntax`] holds the syn helpers they share; names come from `crate::names`.

mod bodies;
mod builders;
mod client;
mod constructors;
mod defaults;
mod docs;
mod events;
mod field_names;
pub(crate) mod index;
mod lenient;
mod methods;
mod never;
mod open_enums;
mod operations;
mod pagination;
mod params;
mod placement;
mod segments;
mod statuses;
pub(crate) mod syntax;
mod unions;
mod variant_case;

use std::collections::BTreeMap;

use syn::Item;

pub(crate) use builders::without_module as without_struct_builders;

use crate::error::Result;
use crate::model::Operation;
use crate::shape::Union;

/// The generated code, sorted into the files it will be written to.
#[derive(Default)]
pub struct Modules {
    /// `Client` struct, `ClientInfo` impl, hooks assertion.
    pub client: Vec<Item>,
    /// area module → type items.
    pub types: Areas,
    /// `types::defaults` and `types::error` contents.
    pub type_defaults: Vec<Item>,
    pub type_error: Vec<Item>,
    /// area module → operation entry methods and builders.
    pub operations: BTreeMap<String, Vec<Item>>,
    /// Operation method name → the type its success body decodes into (progenitor's order).
    pub success_types: Vec<(String, syn::Type)>,
}

/// Area module → its items.
pub type Areas = BTreeMap<String, Vec<Item>>;

/// Every component schema: Rust type name → the area module of the file that defines it (`None`
/// for the root file).
pub type ComponentAreas = BTreeMap<String, Option<String>>;

/// Rust type name → its schema's `required` property names, in the spec's order.
pub type RequiredOrder = BTreeMap<String, Vec<String>>;

/// What the passes need from the spec and the crate besides progenitor's output.
#[derive(Debug, Default)]
pub struct Context {
    /// The generated crate's name as code names it (`agentruntime`), for doc examples.
    pub crate_ident: String,
    /// Constructor argument order.
    pub required: RequiredOrder,
    /// Area module → its tag's description, the heading of its `impl Client` block.
    pub area_docs: BTreeMap<String, String>,
}

pub const COMMON_MODULE: &str = "common";

pub fn split(
    mut file: syn::File,
    operations: &[Operation],
    unions: &[Union],
    component_areas: &ComponentAreas,
    context: &Context,
) -> Result<Modules> {
    variant_case::rename(&mut file);
    let index::Index {
        mut client,
        mut types,
        mut type_defaults,
        mut type_error,
        operations: mut entries,
    } = index::Index::build(file, operations)?;
    entries.iter_mut().for_each(params::retype);

    client::constructors(&mut client);
    builders::remove_entries(&mut types);
    never::to_json(&mut types);
    field_names::make_unique(&mut types);
    unions::splice(&mut types, unions)?;
    placement::reroot(&mut type_defaults);
    placement::reroot(&mut type_error);
    placement::newtype_fields_crate_visible(&mut types);
    let mut types = placement::types(types, component_areas, &entries);
    open_enums::open(&mut types);
    defaults::derive_missing(&mut types);
    let bodies = entries
        .iter()
        .filter_map(|entry| syntax::field_type(&entry.builder, "body"))
        .filter_map(|ty| syntax::type_ident(&ty))
        .collect();
    let forms = multipart_forms(&entries);
    let requests = constructors::reachable(&types, bodies);
    constructors::add(&mut types, &requests, &context.required);
    let with_default = defaults::implemented(&types);
    lenient::mark(types.values_mut().flatten(), &with_default);

    let mut modules = Modules {
        client,
        type_defaults,
        type_error,
        ..Modules::default()
    };
    let mut pages = BTreeMap::new();
    for mut entry in entries {
        builders::detach(&mut entry, &with_default);
        params::rewrite(&mut entry)?;
        operations::add_send(&mut entry);
        pages.extend(pagination::add_methods(&mut entry));
        docs::setters(&mut entry);
        modules
            .success_types
            .push((entry.op.method_name.clone(), entry.success.clone()));
        let module = entry.op.module.clone();
        modules
            .operations
            .entry(module)
            .or_default()
            .extend(operations::items(entry, &context.crate_ident)?);
    }
    for (area, items) in &mut modules.operations {
        operations::group_client_methods(area, items, context.area_docs.get(area));
    }
    pagination::page_impls(&mut types, &pages)?;
    events::add(&mut types, operations);
    docs::types(&mut types);
    bodies::forms(&mut types, &forms);
    modules.types = types;
    Ok(modules)
}

/// The multipart form structs: body type name → the operation's form fields.
fn multipart_forms(entries: &[index::Entry<'_>]) -> BTreeMap<String, Vec<crate::media::FormField>> {
    entries
        .iter()
        .filter_map(|entry| {
            let body = entry.op.body.as_ref()?;
            if body.kind != crate::media::BodyKind::Multipart {
                return None;
            }
            let ty = syntax::field_type(&entry.builder, "body")?;
            Some((syntax::type_ident(&ty)?, body.fields.clone()))
        })
        .collect()
}

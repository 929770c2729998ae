//! progenitor's output, matched once: the client, typify's types, and for each operation its
//! method, builder and success type. Passes read this instead of searching the file by name; an
//! item that matches nothing is a generator bug and stops the run, naming the item.

use std::collections::{BTreeMap, BTreeSet};

use syn::{ImplItem, Item};

use super::syntax::{describe, first_generic_arg, return_type_ident, type_ident};
use crate::error::{Error, Result};
use crate::model::Operation;

pub struct Index<'o> {
    /// The `Client` struct, its trait impls, the hooks assertion, and its constructors (in their
    /// `impl Client`), in progenitor's order.
    pub client: Vec<Item>,
    /// typify's types in its order.
    pub types: Vec<TypeDef>,
    /// Contents of `types::defaults` and `types::error`.
    pub type_defaults: Vec<Item>,
    pub type_error: Vec<Item>,
    /// In progenitor's order (not always the spec's).
    pub operations: Vec<Entry<'o>>,
}

/// One type and the items that belong to it (its struct or enum, its impls).
#[derive(Debug)]
pub struct TypeDef {
    pub name: String,
    pub items: Vec<Item>,
}

/// One operation and what progenitor generated for it.
pub struct Entry<'o> {
    pub op: &'o Operation,
    /// `pub fn get_thing(&self) -> builder::GetThing<'_>`, from `impl Client`.
    pub method: syn::ImplItemFn,
    /// The builder that method returns, and the builder's impls.
    pub builder: syn::ItemStruct,
    pub impls: Vec<syn::ItemImpl>,
    /// `T` of the builder's `send() -> Result<ResponseValue<T>, Error<E>>`.
    pub success: syn::Type,
}

impl<'o> Index<'o> {
    /// `operations` is the whole operation table; WebSocket operations have no progenitor method.
    pub fn build(file: syn::File, operations: &'o [Operation]) -> Result<Self> {
        let mut client = Vec::new();
        let mut methods = Vec::new();
        let mut types = Vec::new();
        let mut builders = Vec::new();
        for item in file.items {
            match item {
                // Each emitted module writes its own imports.
                Item::Use(_) => {}
                Item::Mod(module) => {
                    let content = module.content.map(|(_, items)| items).unwrap_or_default();
                    match module.ident.to_string().as_str() {
                        "types" => types = content,
                        "builder" => builders = content,
                        // Re-exports `Client`; the crate root does that.
                        "prelude" => {}
                        other => return Err(internal(format!("unexpected module `{other}`"))),
                    }
                }
                Item::Impl(mut imp)
                    if imp.trait_.is_none()
                        && type_ident(&imp.self_ty).as_deref() == Some("Client") =>
                {
                    let (ops, rest): (Vec<ImplItem>, Vec<ImplItem>) =
                        imp.items.into_iter().partition(is_operation_method);
                    methods.extend(ops.into_iter().filter_map(|item| match item {
                        ImplItem::Fn(f) => Some(f),
                        _ => None,
                    }));
                    imp.items = rest;
                    if !imp.items.is_empty() {
                        client.push(Item::Impl(imp));
                    }
                }
                other => client.push(other),
            }
        }
        let (types, type_defaults, type_error) = split_types(types)?;
        Ok(Self {
            client,
            types,
            type_defaults,
            type_error,
            operations: match_operations(operations, methods, builders)?,
        })
    }
}

/// `pub fn get_thing(&self) -> builder::GetThing<'_>`: a method that returns a builder.
fn is_operation_method(item: &ImplItem) -> bool {
    let ImplItem::Fn(f) = item else {
        return false;
    };
    let syn::ReturnType::Type(_, ty) = &f.sig.output else {
        return false;
    };
    matches!(&**ty, syn::Type::Path(p) if p.path.segments.first().is_some_and(|s| s.ident == "builder"))
}

fn split_types(items: Vec<Item>) -> Result<(Vec<TypeDef>, Vec<Item>, Vec<Item>)> {
    let mut defs = Vec::new();
    let mut defaults = Vec::new();
    let mut error = Vec::new();
    for item in items {
        match item {
            Item::Mod(module) => {
                let content = module.content.map(|(_, items)| items).unwrap_or_default();
                match module.ident.to_string().as_str() {
                    "defaults" => defaults = content,
                    "error" => error = content,
                    other => {
                        return Err(internal(format!("unexpected module `types::{other}`")));
                    }
                }
            }
            other => defs.push(other),
        }
    }
    Ok((type_defs(defs)?, defaults, error))
}

/// Groups items by the type they belong to, in order of first appearance (typify writes each
/// type's items together).
pub fn type_defs(items: Vec<Item>) -> Result<Vec<TypeDef>> {
    let local: BTreeSet<String> = items.iter().filter_map(declared).collect();
    let mut defs: Vec<TypeDef> = Vec::new();
    let mut position: BTreeMap<String, usize> = BTreeMap::new();
    for item in items {
        let name = owner(&item, &local)
            .ok_or_else(|| internal(format!("{} belongs to no type", describe(&item))))?;
        match position.get(&name) {
            Some(&at) => defs[at].items.push(item),
            None => {
                position.insert(name.clone(), defs.len());
                defs.push(TypeDef {
                    name,
                    items: vec![item],
                });
            }
        }
    }
    Ok(defs)
}

/// The type a struct, enum or alias declares.
pub fn declared(item: &Item) -> Option<String> {
    match item {
        Item::Struct(s) => Some(s.ident.to_string()),
        Item::Enum(e) => Some(e.ident.to_string()),
        Item::Type(t) => Some(t.ident.to_string()),
        _ => None,
    }
}

/// The local type an item belongs to: the one it declares, the one an impl is for, or, for an
/// impl on a foreign type (`impl From<Local> for String`), the local type among the trait's
/// arguments.
pub fn owner(item: &Item, local: &BTreeSet<String>) -> Option<String> {
    if let Some(name) = declared(item) {
        return Some(name);
    }
    let Item::Impl(imp) = item else {
        return None;
    };
    // `impl From<Local> for [Item; 1]`: a foreign self type need not have a name.
    if let Some(self_name) = type_ident(&imp.self_ty)
        && local.contains(&self_name)
    {
        return Some(self_name);
    }
    let (path, _) = imp.trait_.as_ref()?;
    let syn::PathArguments::AngleBracketed(args) = &path.segments.last()?.arguments else {
        return None;
    };
    args.args.iter().find_map(|arg| match arg {
        syn::GenericArgument::Type(ty) => type_ident(ty).filter(|name| local.contains(name)),
        _ => None,
    })
}

fn match_operations<'o>(
    operations: &'o [Operation],
    methods: Vec<syn::ImplItemFn>,
    builders: Vec<Item>,
) -> Result<Vec<Entry<'o>>> {
    let mut by_method: BTreeMap<&str, &Operation> = operations
        .iter()
        .filter(|op| op.websocket_message.is_none())
        .map(|op| (op.method_name.as_str(), op))
        .collect();
    let mut structs = BTreeMap::new();
    let mut impls: BTreeMap<String, Vec<syn::ItemImpl>> = BTreeMap::new();
    for item in builders {
        match item {
            Item::Use(_) => {}
            Item::Struct(s) => {
                structs.insert(s.ident.to_string(), s);
            }
            Item::Impl(imp) => {
                let name = type_ident(&imp.self_ty).ok_or_else(|| {
                    internal(format!(
                        "builder {} is for no type",
                        describe(&Item::Impl(imp.clone()))
                    ))
                })?;
                impls.entry(name).or_default().push(imp);
            }
            other => {
                return Err(internal(format!(
                    "unexpected builder item {}",
                    describe(&other)
                )));
            }
        }
    }

    let mut entries = Vec::new();
    for method in methods {
        let name = method.sig.ident.to_string();
        let op = by_method
            .remove(name.as_str())
            .ok_or_else(|| internal(format!("method `{name}` belongs to no operation")))?;
        let builder_name = return_type_ident(&method.sig)
            .ok_or_else(|| internal(format!("method `{name}` returns no builder")))?;
        let builder = structs.remove(&builder_name).ok_or_else(|| {
            internal(format!(
                "method `{name}` returns `{builder_name}`, which is not generated"
            ))
        })?;
        let impls = impls.remove(&builder_name).unwrap_or_default();
        let success = impls
            .iter()
            .flat_map(|imp| &imp.items)
            .find_map(|item| match item {
                ImplItem::Fn(f) if f.sig.ident == "send" => success_type(&f.sig),
                _ => None,
            })
            .ok_or_else(|| {
                internal(format!(
                    "builder `{builder_name}` has no `send` with a response type"
                ))
            })?;
        entries.push(Entry {
            op,
            method,
            builder,
            impls,
            success,
        });
    }
    if let Some(name) = structs.keys().chain(impls.keys()).next() {
        return Err(internal(format!(
            "builder `{name}` belongs to no operation"
        )));
    }
    if let Some(op) = by_method.values().next() {
        return Err(internal(format!(
            "operation `{}` has no method in progenitor's output",
            op.id
        )));
    }
    Ok(entries)
}

/// `Result<ResponseValue<T>, Error<E>>` → `T`.
fn success_type(sig: &syn::Signature) -> Option<syn::Type> {
    let syn::ReturnType::Type(_, ty) = &sig.output else {
        return None;
    };
    first_generic_arg(&first_generic_arg(ty)?)
}

fn internal(message: String) -> Error {
    Error::Internal(format!("progenitor's output: {message}"))
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::model::Scope;

    pub fn operation(id: &str, module: &str) -> Operation {
        Operation {
            id: id.to_owned(),
            method_name: crate::names::method_name(id),
            method: "GET".to_owned(),
            path: format!("/v1/{id}"),
            module: module.to_owned(),
            summary: None,
            scope: Scope::None,
            role: None,
            idempotent: true,
            deprecated: false,
            pagination: None,
            streamed: false,
            framing: None,
            items: None,
            websocket_message: None,
            path_params: Vec::new(),
            body_required: false,
            body: None,
            text_response: false,
            params: Vec::new(),
            pointer: String::new(),
        }
    }

    /// progenitor's output for `getThing` (and whatever `extra` adds to the builder module).
    fn progenitor_file(extra: Vec<Item>) -> syn::File {
        let mut file: syn::File = syn::parse_quote! {
            pub use progenitor_client::{ByteStream, ClientInfo, Error, ResponseValue};
            pub mod types {
                #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
                pub struct Thing { pub id: ::std::string::String }
                impl Thing {
                    pub fn builder() -> builder::Thing { Default::default() }
                }
                impl ::std::convert::From<&Thing> for Thing {
                    fn from(value: &Thing) -> Self { value.clone() }
                }
                impl ::std::convert::From<Thing> for ::std::string::String {
                    fn from(value: Thing) -> Self { value.id }
                }
                pub mod error {
                    pub struct ConversionError(::std::borrow::Cow<'static, str>);
                }
            }
            pub struct Client { pub(crate) baseurl: String }
            impl Client {
                pub fn new(baseurl: &str) -> Self {}
                pub fn new_with_client(baseurl: &str) -> Self {}
            }
            impl Client {
                /// Get a thing
                pub fn get_thing(&self) -> builder::GetThing<'_> {
                    builder::GetThing::new(self)
                }
            }
            pub mod builder {
                use super::types;
                pub struct GetThing<'a> {
                    client: &'a super::Client,
                    id: Result<::std::string::String, String>,
                }
                impl<'a> GetThing<'a> {
                    pub fn new(client: &'a super::Client) -> Self {}
                    pub async fn send(self) -> Result<ResponseValue<types::Thing>, Error<ByteStream>> {}
                }
            }
            pub mod prelude { pub use self::super::Client; }
        };
        let Some(Item::Mod(builder)) = file
            .items
            .iter_mut()
            .find(|item| matches!(item, Item::Mod(m) if m.ident == "builder"))
        else {
            unreachable!()
        };
        builder.content.as_mut().unwrap().1.extend(extra);
        file
    }

    fn message(result: Result<Index<'_>>) -> String {
        match result {
            Ok(_) => panic!("expected an error"),
            Err(error) => error.to_string(),
        }
    }

    #[test]
    fn each_operation_gets_its_method_builder_and_success_type() {
        let operations = [operation("getThing", "things")];
        let index = Index::build(progenitor_file(Vec::new()), &operations).unwrap();
        let [entry] = index.operations.as_slice() else {
            panic!("one operation")
        };
        assert_eq!(entry.op.id, "getThing");
        assert_eq!(entry.method.sig.ident, "get_thing");
        assert_eq!(entry.builder.ident, "GetThing");
        assert_eq!(entry.impls.len(), 1);
        assert_eq!(type_ident(&entry.success).as_deref(), Some("Thing"));
        // The constructors stay with the client; the operation method does not.
        assert_eq!(index.client.len(), 2);
        let Item::Impl(constructors) = &index.client[1] else {
            panic!("constructors")
        };
        assert_eq!(constructors.items.len(), 2);
    }

    #[test]
    fn items_are_grouped_by_the_local_type_they_belong_to() {
        let operations = [operation("getThing", "things")];
        let index = Index::build(progenitor_file(Vec::new()), &operations).unwrap();
        let [thing] = index.types.as_slice() else {
            panic!("one type")
        };
        assert_eq!(thing.name, "Thing");
        // The struct, the builder entry, and both `From` impls (one on `String`).
        assert_eq!(thing.items.len(), 4);
        assert_eq!(index.type_error.len(), 1);
    }

    #[test]
    fn a_builder_without_an_operation_is_an_error_that_names_it() {
        let orphan: Vec<Item> = vec![
            syn::parse_quote!(
                pub struct DeleteThing<'a> {
                    client: &'a super::Client,
                }
            ),
            syn::parse_quote!(
                impl<'a> DeleteThing<'a> {}
            ),
        ];
        let operations = [operation("getThing", "things")];
        let text = message(Index::build(progenitor_file(orphan), &operations));
        assert!(
            text.contains("builder `DeleteThing` belongs to no operation"),
            "{text}"
        );
    }

    #[test]
    fn an_operation_without_a_method_is_an_error_unless_it_is_a_websocket() {
        let mut stream = operation("streamThings", "things");
        stream.websocket_message = Some("#/components/schemas/Event".to_owned());
        let operations = [operation("getThing", "things"), stream.clone()];
        assert!(Index::build(progenitor_file(Vec::new()), &operations).is_ok());

        let operations = [
            operation("getThing", "things"),
            operation("listThings", "things"),
        ];
        let text = message(Index::build(progenitor_file(Vec::new()), &operations));
        assert!(
            text.contains("operation `listThings` has no method"),
            "{text}"
        );
    }

    #[test]
    fn a_method_without_an_operation_is_an_error() {
        let operations = [operation("findThing", "things")];
        let text = message(Index::build(progenitor_file(Vec::new()), &operations));
        assert!(
            text.contains("method `get_thing` belongs to no operation"),
            "{text}"
        );
    }

    #[test]
    fn a_type_item_that_belongs_to_no_type_is_an_error() {
        let items = vec![syn::parse_quote! {
            impl ::std::convert::From<i64> for ::std::string::String {
                fn from(value: i64) -> Self {}
            }
        }];
        let text = type_defs(items).unwrap_err().to_string();
        assert!(text.contains("belongs to no type"), "{text}");
    }

    #[test]
    fn an_impl_on_an_array_belongs_to_the_local_type_among_its_trait_arguments() {
        let items = vec![
            syn::parse_quote!(
                pub struct Config(pub [Source; 1usize]);
            ),
            syn::parse_quote! {
                impl ::std::convert::From<Config> for [Source; 1usize] {
                    fn from(value: Config) -> Self { value.0 }
                }
            },
        ];
        let defs = type_defs(items).unwrap();
        assert_eq!(defs.len(), 1);
        assert_eq!(defs[0].name, "Config");
        assert_eq!(defs[0].items.len(), 2);
    }
}

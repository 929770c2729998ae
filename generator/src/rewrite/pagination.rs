//! Lists that page (see `paging.rs`): the builder gains `stream()` (every item of every page)
//! and `pages()`, and the page type implements `crate::pagination::Page`.

use std::collections::BTreeMap;

use quote::quote;
use syn::{ImplItem, Item};

use super::Areas;
use super::index::Entry;
use super::syntax::{field, field_type, first_generic_arg, serde_rename, type_ident};
use crate::error::{Error, Result};
use crate::model::Operation;
use crate::names::{field_name, ident};
use crate::paging::Pagination;

/// Adds `stream()` and `pages()` after `send()` when the operation pages by a parameter its
/// builder has. Returns the page type's name and how it pages.
pub fn add_methods(entry: &mut Entry<'_>) -> Option<(String, Pagination)> {
    let pagination = entry.op.pagination.as_ref()?;
    field(&entry.builder, &field_name(pagination.request_param()))?;
    let imp = entry.impls.iter_mut().find(|imp| {
        imp.items
            .iter()
            .any(|item| matches!(item, ImplItem::Fn(f) if f.sig.ident == "send"))
    })?;
    imp.items.extend(methods(
        entry.op,
        pagination,
        &entry.success,
        &entry.builder,
    ));
    type_ident(&entry.success).map(|name| (name, pagination.clone()))
}

fn methods(
    op: &Operation,
    pagination: &Pagination,
    page: &syn::Type,
    builder: &syn::ItemStruct,
) -> [ImplItem; 2] {
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
    let stream: ImplItem = syn::parse_quote! {
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
            // An optional parameter's field holds an `Option`, a required one's the number.
            let number = |field: &str| {
                let optional = field_type(builder, field)
                    .and_then(|ty| type_ident(&ty))
                    .is_some_and(|name| name == "Option");
                let field = ident(field);
                let value = if optional {
                    quote!(.and_then(|v| v.as_ref()))
                } else {
                    quote!()
                };
                quote!(self.#field.as_ref().ok()#value.and_then(|v| u64::try_from(*v).ok()))
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
    let pages: ImplItem = syn::parse_quote! {
        #[doc = #pages_doc]
        pub fn pages(
            self,
        ) -> impl ::futures::Stream<Item = ::std::result::Result<crate::Response<#page>, crate::Error>> + ::std::marker::Unpin + 'a {
            #body
        }
    };
    [stream, pages]
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

/// Implements `crate::pagination::Page` for each page type, after the types of its area.
pub fn page_impls(types: &mut Areas, pages: &BTreeMap<String, Pagination>) -> Result<()> {
    for (page, pagination) in pages {
        let found = types.values_mut().find_map(|items| {
            let structure = items.iter().find_map(|item| match item {
                Item::Struct(s) if s.ident == page.as_str() => Some(s.clone()),
                _ => None,
            })?;
            Some((items, structure))
        });
        let Some((items, structure)) = found else {
            return Err(Error::Internal(format!("no struct for page type `{page}`")));
        };
        items.push(page_impl(page, pagination, &structure)?);
    }
    Ok(())
}

fn page_impl(page: &str, pagination: &Pagination, structure: &syn::ItemStruct) -> Result<Item> {
    let field = |property: &str| {
        property_field(structure, property)
            .map(|f| (f.ident.clone().expect("named field"), f.ty.clone()))
            .ok_or_else(|| {
                Error::Internal(format!("page type `{page}` has no field for `{property}`"))
            })
    };
    let optional = |ty: &syn::Type| type_ident(ty).as_deref() == Some("Option");
    let (items_field, items_ty) = field(pagination.items())?;
    let (item_ty, list) = if optional(&items_ty) {
        (
            first_generic_arg(&items_ty)
                .as_ref()
                .and_then(first_generic_arg),
            quote!(self.#items_field.unwrap_or_default()),
        )
    } else {
        (first_generic_arg(&items_ty), quote!(self.#items_field))
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
    Ok(syn::parse_quote! {
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
    })
}

#[cfg(test)]
mod tests {
    use quote::ToTokens;

    use super::*;
    use crate::rewrite::index::tests::operation;

    fn text(node: impl ToTokens) -> String {
        node.to_token_stream().to_string().replace(' ', "")
    }

    fn cursor() -> Pagination {
        Pagination::Cursor {
            items: "items".to_owned(),
            param: "page_token".to_owned(),
            next: "next_page".to_owned(),
        }
    }

    fn offset(total: Option<&str>, limit: bool) -> Pagination {
        Pagination::Offset {
            items: "runs".to_owned(),
            total: total.map(str::to_owned),
            limit,
        }
    }

    fn entry<'o>(op: &'o Operation, param: &str) -> Entry<'o> {
        let param = ident(param);
        Entry {
            op,
            method: syn::parse_quote!(
                pub fn list_things(&self) -> builder::ListThings<'_> {}
            ),
            builder: syn::parse_quote! {
                pub struct ListThings<'a> {
                    client: &'a crate::Client,
                    #param: Result<Option<::std::string::String>, String>,
                }
            },
            impls: vec![syn::parse_quote! {
                impl<'a> ListThings<'a> {
                    async fn send_raw(self) {}
                    pub async fn send(self) {}
                }
            }],
            success: syn::parse_quote!(types::ThingPage),
        }
    }

    #[test]
    fn a_cursor_list_streams_by_its_next_field() {
        let mut op = operation("listThings", "things");
        op.pagination = Some(cursor());
        let mut entry = entry(&op, "page_token");
        assert_eq!(
            add_methods(&mut entry),
            Some(("ThingPage".to_owned(), cursor()))
        );
        let imp = text(&entry.impls[0]);
        assert!(imp.contains("pubfnstream(self,)"), "{imp}");
        assert!(
            imp.contains("<types::ThingPageascrate::pagination::Page>::Item"),
            "{imp}"
        );
        assert!(
            imp.contains("crate::pagination::by_cursor(self,Self::send,|builder,cursor|builder.page_token(cursor))"),
            "{imp}"
        );
        assert!(
            imp.contains("previouspage's`next_page`as`page_token`"),
            "{imp}"
        );
    }

    #[test]
    fn an_offset_list_starts_at_the_callers_offset_and_limit() {
        let mut op = operation("listRuns", "runs");
        op.pagination = Some(offset(Some("total"), true));
        let mut entry = entry(&op, "offset");
        assert!(add_methods(&mut entry).is_some());
        let imp = text(&entry.impls[0]);
        assert!(imp.contains("letstart=self.offset.as_ref()"), "{imp}");
        assert!(imp.contains("letlimit=self.limit.as_ref()"), "{imp}");
        assert!(
            imp.contains("crate::pagination::by_offset(self,Self::send,|builder,offset|builder.offset(offset),start,limit)"),
            "{imp}"
        );

        op.pagination = Some(offset(None, false));
        let mut entry = super::tests::entry(&op, "offset");
        add_methods(&mut entry);
        let imp = text(&entry.impls[0]);
        assert!(
            imp.contains("letlimit=::std::option::Option::None;"),
            "{imp}"
        );
        assert!(
            imp.contains("self.offset.as_ref().ok().and_then(|v|v.as_ref()).and_then(|v|u64::try_from(*v).ok())"),
            "{imp}"
        );

        // A required `offset` (an argument of the entry method) holds the number itself.
        let mut entry = super::tests::entry(&op, "offset");
        entry.builder = syn::parse_quote! {
            pub struct ListRuns<'a> { client: &'a crate::Client, offset: Result<i32, String> }
        };
        add_methods(&mut entry);
        let imp = text(&entry.impls[0]);
        assert!(
            imp.contains("letstart=self.offset.as_ref().ok().and_then(|v|u64::try_from(*v).ok())"),
            "{imp}"
        );
    }

    #[test]
    fn no_paging_without_the_request_parameter() {
        let mut op = operation("listThings", "things");
        op.pagination = Some(cursor());
        let mut entry = entry(&op, "color");
        assert_eq!(add_methods(&mut entry), None);
        assert_eq!(entry.impls[0].items.len(), 2);
        let plain = operation("listThings", "things");
        assert_eq!(
            add_methods(&mut super::tests::entry(&plain, "page_token")),
            None
        );
    }

    #[test]
    fn page_types_implement_page() {
        let mut types = Areas::from([(
            "things".to_owned(),
            vec![
                syn::parse_quote! {
                    pub struct ThingPage {
                        pub items: ::std::vec::Vec<Thing>,
                        #[serde(rename = "nextPage")]
                        pub next: ::std::option::Option<::std::string::String>,
                    }
                },
                syn::parse_quote! {
                    pub struct RunPage {
                        pub runs: ::std::option::Option<::std::vec::Vec<Run>>,
                        pub total: i64,
                    }
                },
            ],
        )]);
        let mut cursor = cursor();
        if let Pagination::Cursor { next, .. } = &mut cursor {
            *next = "nextPage".to_owned();
        }
        let pages = BTreeMap::from([
            ("ThingPage".to_owned(), cursor),
            ("RunPage".to_owned(), offset(Some("total"), true)),
        ]);
        page_impls(&mut types, &pages).unwrap();
        let items = &types["things"];
        // In the order of the page types' names.
        let run = text(&items[2]);
        assert!(
            run.contains("implcrate::pagination::PageforRunPage{typeItem=Run;"),
            "{run}"
        );
        assert!(run.contains("u64::try_from(self.total).ok()"), "{run}");
        assert!(run.contains("self.runs.unwrap_or_default()"), "{run}");
        assert!(
            run.contains("self.runs.as_ref().map_or(0,|items|items.len())"),
            "{run}"
        );
        let thing = text(&items[3]);
        assert!(thing.contains("typeItem=Thing;"), "{thing}");
        assert!(
            thing.contains("self.next.as_ref().map(::std::string::ToString::to_string)"),
            "{thing}"
        );
        assert!(thing.contains("self.items.len()"), "{thing}");
    }

    #[test]
    fn a_page_type_without_its_fields_is_an_error() {
        let mut types = Areas::from([(
            "things".to_owned(),
            vec![syn::parse_quote!(
                pub struct ThingPage {
                    pub data: Vec<Thing>,
                }
            )],
        )]);
        let pages = BTreeMap::from([("ThingPage".to_owned(), cursor())]);
        let error = page_impls(&mut types, &pages).unwrap_err().to_string();
        assert!(
            error.contains("`ThingPage` has no field for `items`"),
            "{error}"
        );
        let error = page_impls(&mut Areas::new(), &pages)
            .unwrap_err()
            .to_string();
        assert!(
            error.contains("no struct for page type `ThingPage`"),
            "{error}"
        );
    }
}

//! Each operation's items in its tag's module: a `Client` method that takes the required path
//! parameters as arguments (`client.get_workflow(id)`), the builder, and the builder's `send()`,
//! which returns `crate::Response<T>` or `crate::Error`. progenitor's own `send` stays, private,
//! as `send_raw`, with its path segments guarded and any 2xx taken as success.

use std::collections::BTreeSet;

use quote::quote;
use syn::visit_mut::VisitMut;
use syn::{ImplItem, Item};

use super::index::Entry;
use super::syntax::{Reroot, doc_text, field_type, remove_docs};
use super::{segments, statuses};
use crate::error::{Error, Result};
use crate::model::Operation;
use crate::names::{const_name, ident, method_name};

/// Moves the builder out of progenitor's `builder` module and gives it `send`.
pub fn add_send(entry: &mut Entry<'_>) {
    let mut reroot = Reroot(&[(&["super", "Client"], &["crate", "Client"])]);
    reroot.visit_item_struct_mut(&mut entry.builder);
    for imp in &mut entry.impls {
        reroot.visit_item_impl_mut(imp);
        let mut has_send = false;
        for item in &mut imp.items {
            let ImplItem::Fn(f) = item else { continue };
            if f.sig.ident == "send" {
                has_send = true;
                f.sig.ident = ident("send_raw");
                f.vis = syn::Visibility::Inherited;
                segments::guard(&mut f.block);
                statuses::tolerate(&mut f.block);
                remove_docs(&mut f.attrs);
            } else if f.sig.ident == "new" {
                // The entry method is the way in: it takes what the call cannot go without.
                remove_docs(&mut f.attrs);
                f.vis = syn::parse_quote!(pub(crate));
            }
        }
        if has_send {
            imp.items.extend(send(entry.op, &entry.success));
        }
    }
}

/// `send()`, and `send_with(options)` for per-call headers, time budget and retry policy.
fn send(op: &Operation, success: &syn::Type) -> [ImplItem; 2] {
    let op_const = ident(&const_name(&op.method_name));
    let doc = format!(
        " Sends `{} {}` and decodes the response.",
        op.method, op.path
    );
    let doc_with = format!(
        " Sends `{} {}` with these options for this call (extra headers, time budget, retry \
         policy) and decodes the response.",
        op.method, op.path
    );
    [
        syn::parse_quote! {
            #[doc = #doc]
            pub async fn send(self) -> ::std::result::Result<crate::Response<#success>, crate::Error> {
                let client = self.client;
                crate::transport::send(client, &crate::metadata::#op_const, self.send_raw()).await
            }
        },
        syn::parse_quote! {
            #[doc = #doc_with]
            pub async fn send_with(
                self,
                options: crate::RequestOptions,
            ) -> ::std::result::Result<crate::Response<#success>, crate::Error> {
                let client = self.client;
                crate::transport::send_with(
                    client,
                    &crate::metadata::#op_const,
                    ::std::option::Option::Some(options),
                    self.send_raw(),
                )
                .await
            }
        },
    ]
}

/// The entry method, the builder and its impls, in that order.
pub fn items(entry: Entry<'_>) -> Result<Vec<Item>> {
    let mut out = vec![entry_method(&entry)?, Item::Struct(entry.builder)];
    out.extend(entry.impls.into_iter().map(Item::Impl));
    Ok(out)
}

/// `pub fn get_workflow(&self) -> builder::GetWorkflow` → `pub fn get_workflow(&self, id) -> GetWorkflow`.
fn entry_method(entry: &Entry<'_>) -> Result<Item> {
    let op = entry.op;
    let name = &entry.method.sig.ident;
    let builder = &entry.builder.ident;
    let mut args = Vec::new();
    let mut setters = Vec::new();
    for param in &op.path_params {
        let field = method_name(param);
        let ty = field_type(&entry.builder, &field).ok_or_else(|| {
            Error::Internal(format!("builder of `{}` has no field `{field}`", op.id))
        })?;
        let field = ident(&field);
        args.push(quote!(#field: impl ::std::convert::TryInto<#ty>));
        setters.push(quote!(.#field(#field)));
    }
    let mut new_args = vec![quote!(self)];
    if let Some(ty) = required_body(entry) {
        args.push(quote!(body: impl ::std::convert::Into<#ty>));
        new_args.push(quote!(body.into()));
    }
    let doc = entry_doc(entry);
    let deprecated = op
        .deprecated
        .then(|| quote!(#[deprecated(note = "deprecated in the API spec")]));
    Ok(syn::parse_quote! {
        impl crate::Client {
            #(#[doc = #doc])*
            #deprecated
            pub fn #name(&self, #(#args),*) -> #builder<'_> {
                #builder::new(#(#new_args),*)#(#setters)*
            }
        }
    })
}

/// The body's type when the spec requires one (the builder then has no `body` setter).
fn required_body(entry: &Entry<'_>) -> Option<syn::Type> {
    entry
        .op
        .body_required
        .then(|| field_type(&entry.builder, "body"))
        .flatten()
}

/// Method docs: progenitor's summary and description (with our role/context line), what is sent,
/// and an example that matches the rewritten signature.
fn entry_doc(entry: &Entry<'_>) -> Vec<String> {
    let op = entry.op;
    let original = doc_text(&entry.method.attrs);
    let prose = original
        .split("```ignore")
        .next()
        .unwrap_or("")
        .trim_end()
        .to_owned();
    let mut path_fields: Vec<String> = op.path_params.iter().map(|p| method_name(p)).collect();
    if required_body(entry).is_some() {
        path_fields.push("body".to_owned());
    }
    let mut example = format!(
        "```ignore\nlet response = client.{}({})",
        op.method_name,
        path_fields.join(", ")
    );
    let path_fields: BTreeSet<String> = path_fields.into_iter().collect();
    for field in entry.builder.fields.iter().filter_map(|f| f.ident.as_ref()) {
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

#[cfg(test)]
mod tests {
    use quote::ToTokens;

    use super::*;
    use crate::rewrite::index::tests::operation;

    /// progenitor's `getThing` with a path parameter `id` and a query parameter `verbose`.
    fn entry(op: &Operation) -> Entry<'_> {
        Entry {
            op,
            method: syn::parse_quote! {
                #[doc = "Get a thing\n\nSends a `GET` request to `/v1/things/{id}`\n\n```ignore\n\
                         let response = client.get_thing()\n    .id(id)\n    .send()\n    .await;\n```"]
                pub fn get_thing(&self) -> builder::GetThing<'_> {
                    builder::GetThing::new(self)
                }
            },
            builder: syn::parse_quote! {
                /// Builder for [`Client::get_thing`]: super::Client::get_thing
                pub struct GetThing<'a> {
                    client: &'a super::Client,
                    id: Result<::std::string::String, String>,
                    verbose: Result<Option<bool>, String>,
                }
            },
            impls: vec![syn::parse_quote! {
                impl<'a> GetThing<'a> {
                    pub fn new(client: &'a super::Client) -> Self {}
                    ///Sends a `GET` request to `/v1/things/{id}`
                    pub async fn send(self) -> Result<ResponseValue<types::Thing>, Error<ByteStream>> {
                        let url = format!("{}/v1/things/{}", client.baseurl, encode_path(&id.to_string()));
                        match response.status().as_u16() {
                            200u16 => ResponseValue::from_response(response).await,
                            _ => Err(Error::UnexpectedResponse(response)),
                        }
                    }
                }
            }],
            success: syn::parse_quote!(types::Thing),
        }
    }

    fn text(node: impl ToTokens) -> String {
        node.to_token_stream().to_string().replace(' ', "")
    }

    fn get_thing() -> Operation {
        let mut op = operation("getThing", "things");
        op.path = "/v1/things/{id}".to_owned();
        op.path_params = vec!["id".to_owned()];
        op
    }

    #[test]
    fn the_entry_method_takes_path_parameters_and_documents_the_call() {
        let op = get_thing();
        let items = items(entry(&op)).unwrap();
        assert_eq!(items.len(), 3);
        let method = text(&items[0]);
        assert!(
            method.contains("pubfnget_thing(&self,id:impl::std::convert::TryInto<::std::string::String>)->GetThing<'_>{GetThing::new(self).id(id)}"),
            "{method}"
        );
        let Item::Impl(imp) = &items[0] else {
            panic!("impl Client")
        };
        let ImplItem::Fn(f) = &imp.items[0] else {
            panic!("method")
        };
        assert_eq!(
            doc_text(&f.attrs),
            " Get a thing\n\n Sends a `GET` request to `/v1/things/{id}`\n\n ```ignore\n \
             let response = client.get_thing(id)\n     .verbose(verbose)\n     .send()\n     \
             .await?;\n ```"
        );
        assert!(f.attrs.iter().all(|a| !a.path().is_ident("deprecated")));
    }

    #[test]
    fn a_required_body_is_the_last_argument() {
        let mut op = get_thing();
        op.body_required = true;
        let mut entry = entry(&op);
        entry.builder.fields.iter_mut().last().unwrap().ident = Some(ident("body"));
        let method = text(&items(entry).unwrap()[0]);
        assert!(
            method.contains("id:impl::std::convert::TryInto<::std::string::String>,body:impl::std::convert::Into<Option<bool>>)"),
            "{method}"
        );
        assert!(
            method.contains("GetThing::new(self,body.into()).id(id)"),
            "{method}"
        );
        assert!(method.contains("client.get_thing(id,body)"), "{method}");
    }

    #[test]
    fn a_deprecated_operation_says_so() {
        let mut op = get_thing();
        op.deprecated = true;
        let items = items(entry(&op)).unwrap();
        assert!(text(&items[0]).contains(r#"#[deprecated(note="deprecatedintheAPIspec")]"#));
    }

    #[test]
    fn a_path_parameter_the_builder_lacks_is_an_error() {
        let mut op = get_thing();
        op.path_params = vec!["thing_id".to_owned()];
        let error = items(entry(&op)).unwrap_err().to_string();
        assert!(error.contains("no field `thing_id`"), "{error}");
    }

    #[test]
    fn send_wraps_progenitors_send_which_becomes_private() {
        let op = get_thing();
        let mut entry = entry(&op);
        add_send(&mut entry);
        assert!(text(&entry.builder).contains("client:&'acrate::Client"));
        assert!(text(&entry.builder).contains("crate::Client::get_thing"));
        let imp = text(&entry.impls[0]);
        assert!(imp.contains("asyncfnsend_raw(self)"), "{imp}");
        assert!(!imp.contains("SendsaGETrequest"), "{imp}");
        assert!(
            imp.contains(r#"crate::transport::path_segment("id",&id.to_string())?"#),
            "{imp}"
        );
        assert!(
            imp.contains("200u16..=299u16=>crate::transport::decode(response).await"),
            "{imp}"
        );
        assert!(imp.contains("pub(crate)fnnew("), "{imp}");
        assert!(
            imp.contains(
                "pubasyncfnsend(self)->::std::result::Result<crate::Response<types::Thing>,crate::Error>\
                 {letclient=self.client;crate::transport::send(client,&crate::metadata::GET_THING,self.send_raw()).await}"
            ),
            "{imp}"
        );
    }
}

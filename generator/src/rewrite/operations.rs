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
use super::{bodies, segments, statuses};
use crate::error::{Error, Result};
use crate::model::{Framing, Items, Operation};
use crate::names::{const_name, ident, method_name};

/// Moves the builder out of progenitor's `builder` module and gives it `send`.
pub fn add_send(entry: &mut Entry<'_>) {
    let mut reroot = Reroot(&[(&["super", "Client"], &["crate", "Client"])]);
    reroot.visit_item_struct_mut(&mut entry.builder);
    for imp in &mut entry.impls {
        for item in &mut imp.items {
            if let ImplItem::Fn(f) = item
                && f.sig.ident == "send"
                && bodies::send(entry.op, f)
            {
                entry.success = syn::parse_quote!(::std::string::String);
            }
        }
    }
    for imp in &mut entry.impls {
        reroot.visit_item_impl_mut(imp);
        let mut has_send = false;
        for item in &mut imp.items {
            let ImplItem::Fn(f) = item else { continue };
            if f.sig.ident == "send" {
                has_send = true;
                f.sig.ident = ident("send_raw");
                f.vis = syn::Visibility::Inherited;
                segments::guard(&mut f.block, &entry.op.params);
                super::methods::spell_out(&mut f.block);
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
            imp.items.extend(framed(entry.op));
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

/// `events()` for Server-Sent Events (resuming with `Last-Event-ID`), `lines()` for JSON lines:
/// the streamed body as a stream of items, typed when the spec says what the items are
/// (`events.rs` makes the event enum), else raw events and lines of any `T`.
fn framed(op: &Operation) -> Option<ImplItem> {
    let op_const = ident(&const_name(&op.method_name));
    let what = format!("`{} {}`", op.method, op.path);
    match op.framing? {
        Framing::EventStream => {
            let resume = quote::quote! {
                let again = self.clone();
                let body = self.send().await?.into_inner();
                let resume: crate::framing::Resume<'a> = ::std::boxed::Box::new(move |last_id: ::std::string::String| {
                    let call = again.clone();
                    ::std::boxed::Box::pin(async move {
                        let options = crate::RequestOptions::new().header("Last-Event-ID", &last_id);
                        call.send_with(options).await.map(crate::Response::into_inner)
                    })
                });
                let events = crate::EventStream::new(
                    &crate::metadata::#op_const,
                    body,
                    ::std::option::Option::Some(resume),
                );
            };
            let resumes = "When the connection drops after the server sent an event id, the \
                           request is sent again with `Last-Event-ID` after the server's `retry:` \
                           delay.";
            Some(match &op.items {
                Some(Items::Events(_)) => {
                    let name = super::events::enum_name(op);
                    let event = ident(&name);
                    let doc = format!(
                        " Sends {what} and reads the response as Server-Sent Events, each a \
                         [`{name}`](crate::types::{name}) (events the spec does not name are \
                         kept as `Unknown`), in bounded memory. {resumes}"
                    );
                    syn::parse_quote! {
                        #[doc = #doc]
                        pub async fn events(self) -> ::std::result::Result<crate::TypedEvents<'a, crate::types::#event>, crate::Error> {
                            #resume
                            ::std::result::Result::Ok(crate::TypedEvents::new(&crate::metadata::#op_const, events))
                        }
                    }
                }
                _ => {
                    let doc = format!(
                        " Sends {what} and reads the response as Server-Sent Events, in bounded \
                         memory. {resumes}"
                    );
                    syn::parse_quote! {
                        #[doc = #doc]
                        pub async fn events(self) -> ::std::result::Result<crate::EventStream<'a>, crate::Error> {
                            #resume
                            ::std::result::Result::Ok(events)
                        }
                    }
                }
            })
        }
        Framing::JsonLines => Some(match &op.items {
            Some(Items::Lines(line)) => {
                let line_type = ident(line);
                let doc = format!(
                    " Sends {what} and reads the response as newline-delimited JSON, one \
                     [`{line}`](crate::types::{line}) per line, in bounded memory."
                );
                syn::parse_quote! {
                    #[doc = #doc]
                    pub async fn lines(self) -> ::std::result::Result<crate::JsonLines<'a, crate::types::#line_type>, crate::Error> {
                        let body = self.send().await?.into_inner();
                        ::std::result::Result::Ok(crate::JsonLines::new(&crate::metadata::#op_const, body))
                    }
                }
            }
            _ => {
                let doc = format!(
                    " Sends {what} and reads the response as newline-delimited JSON, one `T` per \
                     line (`serde_json::Value` when the lines are not documented), in bounded \
                     memory."
                );
                syn::parse_quote! {
                    #[doc = #doc]
                    pub async fn lines<T>(self) -> ::std::result::Result<crate::JsonLines<'a, T>, crate::Error>
                    where
                        T: ::serde::de::DeserializeOwned + ::std::marker::Send + 'a,
                    {
                        let body = self.send().await?.into_inner();
                        ::std::result::Result::Ok(crate::JsonLines::new(&crate::metadata::#op_const, body))
                    }
                }
            }
        }),
    }
}

/// The entry method, the builder and its impls, in that order.
pub fn items(mut entry: Entry<'_>, krate: &str) -> Result<Vec<Item>> {
    let method = entry_method(&entry, krate)?;
    // What the entry method takes cannot be set again on the builder.
    let arguments = argument_fields(&entry);
    for imp in &mut entry.impls {
        for item in &mut imp.items {
            if let ImplItem::Fn(f) = item
                && arguments.contains(&f.sig.ident.to_string())
            {
                f.vis = syn::Visibility::Inherited;
            }
        }
    }
    let mut out = vec![method, Item::Struct(entry.builder)];
    out.extend(entry.impls.into_iter().map(Item::Impl));
    Ok(out)
}

/// `pub fn get_workflow(&self) -> builder::GetWorkflow` → `pub fn get_workflow(&self, id) -> GetWorkflow`.
fn entry_method(entry: &Entry<'_>, krate: &str) -> Result<Item> {
    let op = entry.op;
    let name = &entry.method.sig.ident;
    let builder = &entry.builder.ident;
    let mut args = Vec::new();
    let mut setters = Vec::new();
    for field in argument_fields(entry) {
        let ty = setter_type(entry, &field)
            .or_else(|| field_type(&entry.builder, &field))
            .ok_or_else(|| {
                Error::Internal(format!("builder of `{}` has no field `{field}`", op.id))
            })?;
        let field = ident(&field);
        args.push(quote!(#field: impl ::std::convert::TryInto<#ty>));
        setters.push(quote!(.#field(#field)));
    }
    let mut new_args = vec![quote!(self)];
    if let Some(ty) = required_body(entry) {
        args.push(quote!(body: impl ::std::convert::Into<#ty>));
        new_args.push(if is_text_body(entry) {
            // The builder holds progenitor's `reqwest::Body`; callers give text.
            quote!(::reqwest::Body::from(::std::convert::Into::<#ty>::into(body)))
        } else {
            quote!(body.into())
        });
    }
    let doc = entry_doc(entry, krate);
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

/// `T` of the setter's `V: TryInto<T>` bound: what the setter takes, which is not always what
/// the field holds (a required nullable parameter's field is an `Option<T>`).
fn setter_type(entry: &Entry<'_>, field: &str) -> Option<syn::Type> {
    let setter = entry
        .impls
        .iter()
        .flat_map(|imp| &imp.items)
        .find_map(|item| match item {
            ImplItem::Fn(f) if f.sig.ident == field => Some(f),
            _ => None,
        })?;
    setter
        .sig
        .generics
        .where_clause
        .iter()
        .flat_map(|clause| &clause.predicates)
        .find_map(|predicate| match predicate {
            syn::WherePredicate::Type(bound) => bound.bounds.iter().find_map(|b| match b {
                syn::TypeParamBound::Trait(t) => {
                    let last = t.path.segments.last().filter(|s| s.ident == "TryInto")?;
                    let syn::PathArguments::AngleBracketed(args) = &last.arguments else {
                        return None;
                    };
                    args.args.iter().find_map(|arg| match arg {
                        syn::GenericArgument::Type(ty) => Some(ty.clone()),
                        _ => None,
                    })
                }
                _ => None,
            }),
            _ => None,
        })
}

/// The builder fields the entry method takes as arguments: the path parameters in template
/// order, then the required query, header and cookie parameters the builder has (context
/// headers are the client's and have no field).
fn argument_fields(entry: &Entry<'_>) -> Vec<String> {
    let op = entry.op;
    let mut fields: Vec<String> = op.path_params.iter().map(|p| method_name(p)).collect();
    for param in &op.params {
        let field = method_name(&param.name);
        if param.required
            && param.location != "path"
            && !fields.contains(&field)
            && field_type(&entry.builder, &field).is_some()
        {
            fields.push(field);
        }
    }
    fields
}

/// The body's type when the spec requires one (the builder then has no `body` setter): a text
/// body is a `String`.
fn required_body(entry: &Entry<'_>) -> Option<syn::Type> {
    let ty = entry
        .op
        .body_required
        .then(|| field_type(&entry.builder, "body"))
        .flatten()?;
    Some(if is_text_body(entry) {
        syn::parse_quote!(::std::string::String)
    } else {
        ty
    })
}

/// A text body (`text/plain`, `application/jwt` …), which progenitor's builder keeps as a
/// `reqwest::Body`.
fn is_text_body(entry: &Entry<'_>) -> bool {
    entry
        .op
        .body
        .as_ref()
        .is_some_and(|body| body.kind == crate::media::BodyKind::Text)
}

/// Method docs: progenitor's summary and description (with our role/context line), what is
/// sent and returned (linked), the optional setters, and an example that compiles (`no_run`).
fn entry_doc(entry: &Entry<'_>, krate: &str) -> Vec<String> {
    let op = entry.op;
    let original = doc_text(&entry.method.attrs);
    let prose: Vec<&str> = original
        .split("```ignore")
        .next()
        .unwrap_or("")
        .split("\n\n")
        .map(str::trim_end)
        .filter(|p| !p.trim_start().starts_with("Sends a `"))
        .collect();
    let mut text = prose.join("\n\n").trim_end().to_owned();

    let body = required_body(entry);
    let mut sends = format!("Sends `{} {}`", op.method, op.path);
    if let Some(ty) = &body {
        sends.push_str(&format!(" with a {} body", type_link(ty)));
        if let Some(sent) = op
            .body
            .as_ref()
            .filter(|b| b.content_type != "application/json")
        {
            sends.push_str(&format!(" as `{}`", sent.content_type));
        }
    }
    sends.push_str(&format!(
        "; `send()` returns {}.",
        match type_link(&entry.success).as_str() {
            "`()`" => "no body".to_owned(),
            link => format!("a {link}"),
        }
    ));
    let builder = &entry.builder.ident;
    match (op.framing, &op.items) {
        (Some(Framing::EventStream), Some(Items::Events(_))) => {
            let name = super::events::enum_name(op);
            sends.push_str(&format!(
                " [`events()`]({builder}::events) reads it as Server-Sent Events, each a \
                 [`{name}`](types::{name}), resuming after a dropped connection."
            ));
        }
        (Some(Framing::EventStream), _) => sends.push_str(&format!(
            " [`events()`]({builder}::events) reads it as Server-Sent Events, resuming after a \
             dropped connection."
        )),
        (Some(Framing::JsonLines), Some(Items::Lines(line))) => sends.push_str(&format!(
            " [`lines()`]({builder}::lines) reads it as one [`{line}`](types::{line}) per line."
        )),
        (Some(Framing::JsonLines), _) => sends.push_str(&format!(
            " [`lines()`]({builder}::lines) reads it as one JSON value per line."
        )),
        (None, _) => {}
    }
    text.push_str(&format!("\n\n{sends}"));

    let path_fields: BTreeSet<String> = argument_fields(entry).into_iter().collect();
    let optional: Vec<String> = entry
        .builder
        .fields
        .iter()
        .filter_map(|f| f.ident.as_ref().map(ToString::to_string))
        .filter(|f| f != "client" && f != "body" && !path_fields.contains(f))
        .map(|f| format!("[`{f}`]({builder}::{f})"))
        .collect();
    if !optional.is_empty() {
        text.push_str(&format!(
            "\n\nOptional parameters are setters of [`{builder}`]: {}.",
            optional.join(", ")
        ));
    }

    let mut params = vec![format!("client: &{krate}::Client")];
    let mut args = Vec::new();
    for field in argument_fields(entry) {
        let ty = field_type(&entry.builder, &field)
            .map_or_else(|| "&str".to_owned(), |ty| example_type(&ty, krate));
        params.push(format!("{field}: {ty}"));
        args.push(field);
    }
    if let Some(ty) = &body {
        params.push(format!("body: {}", example_type(ty, krate)));
        args.push("body".to_owned());
    }
    let (binding, call) = match (op.framing, &op.items) {
        (Some(Framing::EventStream), _) => ("events", "events()"),
        (Some(Framing::JsonLines), Some(Items::Lines(_))) => ("lines", "lines()"),
        (Some(Framing::JsonLines), _) => ("lines", "lines::<serde_json::Value>()"),
        (None, _) => ("response", "send()"),
    };
    let (setup, usage) = match op.framing {
        // A stream is read item by item.
        Some(_) => (
            "use futures::TryStreamExt;\n\n",
            format!(
                "let mut {binding} = client.{}({}).{call}.await?;\n\
                 while let Some(item) = {binding}.try_next().await? {{\n    \
                 println!(\"{{item:?}}\");\n}}\n",
                op.method_name,
                args.join(", ")
            ),
        ),
        None => (
            "",
            format!(
                "let {binding} = client.{}({}).{call}.await?;\n# let _ = {binding};\n",
                op.method_name,
                args.join(", ")
            ),
        ),
    };
    text.push_str(&format!(
        "\n\n```no_run\n{setup}# async fn example({}) -> Result<(), {krate}::Error> {{\n\
         {usage}# Ok(())\n# }}\n```",
        params.join(", "),
    ));
    text.lines()
        .map(|l| format!(" {l}").trim_end().to_owned())
        .collect()
}

/// A type in prose: a link when it is one of the crate's types, else its code.
fn type_link(ty: &syn::Type) -> String {
    let text = quote!(#ty).to_string().replace(' ', "");
    match text.strip_prefix("types::") {
        Some(name) if name.chars().all(|c| c.is_alphanumeric() || c == '_') => {
            format!("[`{name}`](types::{name})")
        }
        _ => format!(
            "`{}`",
            text.replace("::std::string::", "")
                .replace("::std::vec::", "")
        ),
    }
}

/// The type of an example's argument, as a doc test outside the crate names it.
fn example_type(ty: &syn::Type, krate: &str) -> String {
    let text = quote!(#ty).to_string().replace(' ', "");
    if text == "::std::string::String" {
        return "&str".to_owned();
    }
    // `types::X` is the operations module's import; `crate::…` the crate's own path.
    let text = text.replace("crate::", &format!("{krate}::"));
    let mut out = String::with_capacity(text.len());
    for (i, part) in text.split("types::").enumerate() {
        if i > 0 {
            let qualified = out.ends_with("::");
            out.push_str(if qualified { "types::" } else { "" });
            if !qualified {
                out.push_str(&format!("{krate}::types::"));
            }
        }
        out.push_str(part);
    }
    out
}

/// Puts an area's `Client` methods in one `impl Client` block, first, under the area's
/// description: rustdoc then shows the methods grouped by area instead of in one long list.
pub fn group_client_methods(area: &str, items: &mut Vec<Item>, description: Option<&String>) {
    let mut methods = Vec::new();
    items.retain_mut(|item| match item {
        Item::Impl(imp) if imp.trait_.is_none() && is_client(&imp.self_ty) => {
            methods.append(&mut imp.items);
            false
        }
        _ => true,
    });
    if methods.is_empty() {
        return;
    }
    let heading = format!(" # {}", area_title(area));
    let mut docs = vec![heading];
    if let Some(description) = description {
        docs.push(String::new());
        docs.extend(
            description
                .lines()
                .map(|l| format!(" {l}").trim_end().to_owned()),
        );
    }
    items.insert(
        0,
        syn::parse_quote! {
            #(#[doc = #docs])*
            impl crate::Client {
                #(#methods)*
            }
        },
    );
}

fn is_client(ty: &syn::Type) -> bool {
    quote!(#ty).to_string().replace(' ', "") == "crate::Client"
}

/// `tenant_data` → `Tenant data`.
fn area_title(area: &str) -> String {
    let words = area.replace('_', " ");
    let mut chars = words.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
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
        let items = items(entry(&op), "krate").unwrap();
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
            " Get a thing\n\n Sends `GET /v1/things/{id}`; `send()` returns a \
             [`Thing`](types::Thing).\n\n Optional parameters are setters of [`GetThing`]: \
             [`verbose`](GetThing::verbose).\n\n ```no_run\n # async fn example(client: \
             &krate::Client, id: &str) -> Result<(), krate::Error> {\n let response = \
             client.get_thing(id).send().await?;\n # let _ = response;\n # Ok(())\n # }\n ```"
        );
        assert!(f.attrs.iter().all(|a| !a.path().is_ident("deprecated")));
    }

    #[test]
    fn a_required_body_is_the_last_argument() {
        let mut op = get_thing();
        op.body_required = true;
        let mut entry = entry(&op);
        entry.builder.fields.iter_mut().last().unwrap().ident = Some(ident("body"));
        let method = text(&items(entry, "krate").unwrap()[0]);
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
    fn a_required_text_body_is_a_string() {
        let mut op = get_thing();
        op.body_required = true;
        op.body = Some(crate::model::RequestBody {
            content_type: "application/jwt".to_owned(),
            kind: crate::media::BodyKind::Text,
            fields: Vec::new(),
        });
        let mut entry = entry(&op);
        entry.builder.fields.iter_mut().last().unwrap().ident = Some(ident("body"));
        entry.builder.fields.iter_mut().last().unwrap().ty =
            syn::parse_quote!(Result<reqwest::Body, String>);
        let method = text(&items(entry, "krate").unwrap()[0]);
        assert!(
            method.contains("body:impl::std::convert::Into<::std::string::String>)"),
            "{method}"
        );
        assert!(
            method.contains(
                "GetThing::new(self,::reqwest::Body::from(::std::convert::Into::<::std::string::String>::into(body)))"
            ),
            "{method}"
        );
        assert!(method.contains("body:&str"), "{method}");
        assert!(
            method.contains("a`String`bodyas`application/jwt`"),
            "{method}"
        );
    }

    #[test]
    fn an_areas_client_methods_share_one_documented_impl_block_first() {
        let mut items: Vec<Item> = vec![
            syn::parse_quote!(impl crate::Client { pub fn a(&self) {} }),
            syn::parse_quote!(
                pub struct A;
            ),
            syn::parse_quote!(impl crate::Client { pub fn b(&self) {} }),
            syn::parse_quote!(impl A { pub fn send(self) {} }),
        ];
        let description = "Things and\ntheir parts.".to_owned();
        group_client_methods("tenant_data", &mut items, Some(&description));
        assert_eq!(items.len(), 3);
        let Item::Impl(imp) = &items[0] else {
            panic!("impl Client first")
        };
        assert_eq!(
            doc_text(&imp.attrs),
            " # Tenant data\n\n Things and\n their parts."
        );
        assert_eq!(imp.items.len(), 2);
        assert!(text(&items[2]).starts_with("implA"));
    }

    #[test]
    fn example_types_are_named_from_outside_the_crate() {
        let ty = |t: &str| example_type(&syn::parse_str(t).unwrap(), "krate");
        assert_eq!(ty("::std::string::String"), "&str");
        assert_eq!(ty("types::Thing"), "krate::types::Thing");
        assert_eq!(ty("crate::types::Thing"), "krate::types::Thing");
        assert_eq!(
            ty("::std::vec::Vec<types::Thing>"),
            "::std::vec::Vec<krate::types::Thing>"
        );
    }

    #[test]
    fn a_required_query_parameter_is_an_argument_and_its_setter_private() {
        let mut op = get_thing();
        op.params = vec![crate::model::Param {
            name: "verbose".to_owned(),
            location: "query".to_owned(),
            description: None,
            required: true,
            ..Default::default()
        }];
        let mut entry = entry(&op);
        entry.impls[0].items.push(syn::parse_quote!(
            pub fn verbose(self, v: bool) -> Self {
                self
            }
        ));
        entry.impls[0].items.push(syn::parse_quote!(
            pub fn id(self, v: String) -> Self {
                self
            }
        ));
        let items = items(entry, "krate").unwrap();
        let method = text(&items[0]);
        assert!(
            method.contains("verbose:impl::std::convert::TryInto<Option<bool>>)->GetThing<'_>{GetThing::new(self).id(id).verbose(verbose)}"),
            "{method}"
        );
        assert!(method.contains("client.get_thing(id,verbose)"), "{method}");
        let imp = text(&items[2]);
        assert!(imp.contains("fnverbose(self"), "{imp}");
        assert!(
            !imp.contains("pubfnverbose") && !imp.contains("pubfnid"),
            "{imp}"
        );
    }

    #[test]
    fn framed_bodies_get_a_stream_of_items() {
        let mut op = get_thing();
        op.framing = Some(Framing::EventStream);
        let mut events = entry(&op);
        add_send(&mut events);
        let imp = text(&events.impls[0]);
        assert!(
            imp.contains(
                "pubasyncfnevents(self)->::std::result::Result<crate::EventStream<'a>,crate::Error>"
            ),
            "{imp}"
        );
        assert!(imp.contains(r#"header("Last-Event-ID",&last_id)"#), "{imp}");
        assert!(text(&items(events, "krate").unwrap()[0]).contains(".events().await?"));

        op.framing = Some(Framing::JsonLines);
        let mut lines = entry(&op);
        add_send(&mut lines);
        let imp = text(&lines.impls[0]);
        assert!(imp.contains("pubasyncfnlines<T>(self)"), "{imp}");
        assert!(!imp.contains("Last-Event-ID"), "{imp}");
    }

    #[test]
    fn a_deprecated_operation_says_so() {
        let mut op = get_thing();
        op.deprecated = true;
        let items = items(entry(&op), "krate").unwrap();
        assert!(text(&items[0]).contains(r#"#[deprecated(note="deprecatedintheAPIspec")]"#));
    }

    #[test]
    fn a_path_parameter_the_builder_lacks_is_an_error() {
        let mut op = get_thing();
        op.path_params = vec!["thing_id".to_owned()];
        let error = items(entry(&op), "krate").unwrap_err().to_string();
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

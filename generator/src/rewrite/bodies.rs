//! Request and response bodies beyond JSON.
//!
//! progenitor knows four request media types and writes its own `Content-Type` for them; the
//! shape stage maps every other type onto one of those (`shape::shape_request_body`). Here each
//! `send` body gets the spec's own back:
//!
//! - bytes and text bodies: the `Content-Type` literal becomes the spec's media type
//!   (`application/cbor`, `application/jwt`);
//! - JSON and URL-encoded bodies of another exact type (`application/vnd.api+json`, a
//!   `charset` parameter): the spec's type replaces the encoder's through
//!   `crate::transport::content_type`;
//! - multipart forms: the form struct's `.json(&body)` becomes
//!   `crate::multipart::attach(request, body.into_multipart())?`, and the struct gets
//!   `into_multipart` (one part per field: `crate::FilePart` fields as files, the rest by value,
//!   with the `encoding` content types) in place of its serde derives, which a `FilePart` has no
//!   use for;
//! - a textual success body (`text/*`, XML, JWT …) is read into a `String` by
//!   `crate::transport::decode_text` instead of handed over as a byte stream.

use std::collections::BTreeMap;

use quote::{ToTokens, quote};
use syn::visit_mut::VisitMut;
use syn::{Fields, Item};

use super::Areas;
use super::syntax::{first_generic_arg, serde_rename, type_ident};
use crate::media::{BodyKind, FormField};
use crate::model::Operation;

/// progenitor's `Content-Type` for the bodies it sends raw.
const PROGENITOR_RAW: [&str; 2] = ["application/octet-stream", "text/plain"];

/// Rewrites progenitor's `send` body of `op`: the request's `Content-Type`, the multipart
/// encoding, the text decoding. Returns whether the success body is now a `String`.
pub fn send(op: &Operation, f: &mut syn::ImplItemFn) -> bool {
    if let Some(body) = &op.body {
        let mut pass = RequestPass {
            kind: body.kind,
            content_type: &body.content_type,
        };
        pass.visit_block_mut(&mut f.block);
    }
    if !op.text_response {
        return false;
    }
    let mut pass = TextPass { found: false };
    pass.visit_signature_mut(&mut f.sig);
    pass.visit_block_mut(&mut f.block);
    pass.found
}

struct RequestPass<'a> {
    kind: BodyKind,
    content_type: &'a str,
}

impl VisitMut for RequestPass<'_> {
    fn visit_expr_mut(&mut self, expr: &mut syn::Expr) {
        syn::visit_mut::visit_expr_mut(self, expr);
        let content_type = self.content_type;
        match (self.kind, &*expr) {
            (BodyKind::Multipart, syn::Expr::MethodCall(call)) if is_body_call(call, "json") => {
                let request = &call.receiver;
                *expr = syn::parse_quote!(
                    crate::multipart::attach(#request, body.into_multipart())?
                );
            }
            (BodyKind::Json, syn::Expr::MethodCall(call))
                if is_body_call(call, "json") && content_type != "application/json" =>
            {
                *expr =
                    syn::parse_quote!(#expr.headers(crate::transport::content_type(#content_type)));
            }
            (BodyKind::Form, syn::Expr::Try(attempt))
                if matches!(&*attempt.expr, syn::Expr::MethodCall(call) if is_body_call(call, "form_urlencoded"))
                    && content_type != "application/x-www-form-urlencoded" =>
            {
                *expr =
                    syn::parse_quote!(#expr.headers(crate::transport::content_type(#content_type)));
            }
            _ => {}
        }
    }

    fn visit_expr_method_call_mut(&mut self, call: &mut syn::ExprMethodCall) {
        syn::visit_mut::visit_expr_method_call_mut(self, call);
        let sets_content_type = call.method == "header"
            && call.args.first().is_some_and(|name| {
                name.to_token_stream()
                    .to_string()
                    .replace(' ', "")
                    .ends_with("::CONTENT_TYPE")
            });
        if sets_content_type && matches!(self.kind, BodyKind::Bytes | BodyKind::Text) {
            let mut literal = ContentTypeLiteral(self.content_type);
            if let Some(value) = call.args.iter_mut().nth(1) {
                literal.visit_expr_mut(value);
            }
        }
    }
}

/// Replaces progenitor's `Content-Type` literal with the spec's.
struct ContentTypeLiteral<'a>(&'a str);

impl VisitMut for ContentTypeLiteral<'_> {
    fn visit_lit_str_mut(&mut self, lit: &mut syn::LitStr) {
        if PROGENITOR_RAW.contains(&lit.value().as_str()) {
            *lit = syn::LitStr::new(self.0, lit.span());
        }
    }
}

/// `<request>.<method>(&body)`.
fn is_body_call(call: &syn::ExprMethodCall, method: &str) -> bool {
    call.method == method
        && call.args.len() == 1
        && call.args[0].to_token_stream().to_string().replace(' ', "") == "&body"
}

/// `ResponseValue<ByteStream>` → `ResponseValue<String>` in the signature; the success arm's
/// `ResponseValue::stream(response)` → `crate::transport::decode_text(response).await`.
struct TextPass {
    found: bool,
}

impl VisitMut for TextPass {
    fn visit_path_segment_mut(&mut self, segment: &mut syn::PathSegment) {
        syn::visit_mut::visit_path_segment_mut(self, segment);
        if segment.ident != "ResponseValue" {
            return;
        }
        if let syn::PathArguments::AngleBracketed(args) = &mut segment.arguments
            && let Some(syn::GenericArgument::Type(ty)) = args.args.first_mut()
            && type_ident(ty).as_deref() == Some("ByteStream")
        {
            *ty = syn::parse_quote!(::std::string::String);
        }
    }

    fn visit_arm_mut(&mut self, arm: &mut syn::Arm) {
        // A documented 2xx status, or the 2xx range `statuses` makes of the first.
        let success = match &arm.pat {
            syn::Pat::Lit(lit) => is_2xx(&lit.to_token_stream().to_string()),
            syn::Pat::Range(range) => range
                .start
                .as_ref()
                .is_some_and(|s| is_2xx(&s.to_token_stream().to_string())),
            _ => false,
        };
        let streams = arm
            .body
            .to_token_stream()
            .to_string()
            .replace(' ', "")
            .contains("Ok(ResponseValue::stream(response))");
        if success && streams {
            *arm.body = syn::parse_quote!(crate::transport::decode_text(response).await);
            self.found = true;
        }
    }
}

/// `200u16` … `299u16`.
fn is_2xx(literal: &str) -> bool {
    literal
        .strip_suffix("u16")
        .and_then(|n| n.parse::<u16>().ok())
        .is_some_and(|status| (200..300).contains(&status))
}

/// Gives each multipart form struct (`forms`: Rust type → the operation's form fields)
/// `into_multipart`, right after the struct, and takes away its serde derives and attributes.
pub fn forms(types: &mut Areas, forms: &BTreeMap<String, Vec<FormField>>) {
    for items in types.values_mut() {
        let mut index = 0;
        while index < items.len() {
            let Item::Struct(s) = &mut items[index] else {
                index += 1;
                continue;
            };
            let Some(fields) = forms.get(&s.ident.to_string()) else {
                index += 1;
                continue;
            };
            let imp = into_multipart(s, fields);
            if holds_files(s) {
                strip_serde(s);
            }
            items.insert(index + 1, imp);
            index += 2;
        }
    }
}

/// `impl Form { pub(crate) fn into_multipart(self) -> crate::multipart::Form }`, its parts in
/// the spec's property order.
fn into_multipart(s: &syn::ItemStruct, fields: &[FormField]) -> Item {
    let name = &s.ident;
    let mut parts = Vec::new();
    if let Fields::Named(named) = &s.fields {
        for field in &named.named {
            let Some(ident) = &field.ident else { continue };
            let wire = field
                .attrs
                .iter()
                .find_map(serde_rename)
                .unwrap_or_else(|| ident.to_string().trim_start_matches("r#").to_owned());
            let content_type = match fields
                .iter()
                .find(|f| f.name == wire)
                .and_then(|f| f.content_type.as_deref())
            {
                Some(t) => quote!(::std::option::Option::Some(#t)),
                None => quote!(::std::option::Option::None),
            };
            // The spec's property order (typify sorts fields by name).
            let position = fields
                .iter()
                .position(|f| f.name == wire)
                .unwrap_or(usize::MAX);
            parts.push((
                position,
                match file_shape(&field.ty) {
                    Some(FileShape::One) => quote!(.file(#wire, self.#ident, #content_type)),
                    Some(FileShape::Many) => quote!(.files(#wire, self.#ident, #content_type)),
                    Some(FileShape::OptionalMany) => {
                        quote!(.files(#wire, self.#ident.into_iter().flatten(), #content_type))
                    }
                    None => quote!(.value(#wire, &self.#ident, #content_type)),
                },
            ));
        }
    }
    parts.sort_by_key(|(position, _)| *position);
    let parts = parts.into_iter().map(|(_, part)| part);
    syn::parse_quote! {
        impl #name {
            /// The `multipart/form-data` body: one part per field that is set.
            pub(crate) fn into_multipart(self) -> crate::multipart::Form {
                crate::multipart::Form::new() #(#parts)*
            }
        }
    }
}

enum FileShape {
    /// `FilePart`.
    One,
    /// `Option<FilePart>` or `Vec<FilePart>`: zero or more.
    Many,
    /// `Option<Vec<FilePart>>`.
    OptionalMany,
}

fn is_file_part(ty: &syn::Type) -> bool {
    type_ident(ty).as_deref() == Some("FilePart")
}

fn file_shape(ty: &syn::Type) -> Option<FileShape> {
    if is_file_part(ty) {
        return Some(FileShape::One);
    }
    let inner = first_generic_arg(ty)?;
    match type_ident(ty).as_deref()? {
        "Option" | "Vec" if is_file_part(&inner) => Some(FileShape::Many),
        "Option" if type_ident(&inner).as_deref() == Some("Vec") => first_generic_arg(&inner)
            .filter(is_file_part)
            .map(|_| FileShape::OptionalMany),
        _ => None,
    }
}

fn holds_files(s: &syn::ItemStruct) -> bool {
    s.fields.iter().any(|f| file_shape(&f.ty).is_some())
}

/// A form with files is never JSON: its serde derives and attributes go.
fn strip_serde(s: &mut syn::ItemStruct) {
    super::syntax::remove_derives(&mut s.attrs, &["Serialize", "Deserialize"]);
    s.attrs.retain(|a| !a.path().is_ident("serde"));
    for field in s.fields.iter_mut() {
        field.attrs.retain(|a| !a.path().is_ident("serde"));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::RequestBody;
    use crate::rewrite::index::tests::operation;

    fn text(node: impl ToTokens) -> String {
        node.to_token_stream().to_string().replace(' ', "")
    }

    fn with_body(kind: BodyKind, content_type: &str) -> Operation {
        let mut op = operation("upload", "files");
        op.body = Some(RequestBody {
            content_type: content_type.to_owned(),
            kind,
            fields: Vec::new(),
        });
        op
    }

    /// progenitor's `send` with a body call and a raw success arm.
    fn send_fn(body_call: syn::Expr) -> syn::ImplItemFn {
        syn::parse_quote! {
            pub async fn send(self) -> Result<ResponseValue<ByteStream>, Error<ByteStream>> {
                let mut request = #body_call.headers(header_map).build()?;
                let response = result?;
                match response.status().as_u16() {
                    201u16 => Ok(ResponseValue::stream(response)),
                    _ => Err(Error::UnexpectedResponse(response)),
                }
            }
        }
    }

    #[test]
    fn raw_bodies_carry_the_specs_content_type() {
        let progenitor = |literal: &str| {
            send_fn(syn::parse_quote!(client.client.post(url).header(
                ::reqwest::header::CONTENT_TYPE,
                ::reqwest::header::HeaderValue::from_static(#literal),
            ).body(body)))
        };
        let mut f = progenitor("application/octet-stream");
        send(&with_body(BodyKind::Bytes, "application/cbor"), &mut f);
        let out = text(&f);
        assert!(out.contains(r#"from_static("application/cbor")"#), "{out}");
        let mut f = progenitor("text/plain");
        send(&with_body(BodyKind::Text, "application/jwt"), &mut f);
        assert!(text(&f).contains(r#"from_static("application/jwt")"#));
    }

    #[test]
    fn json_and_forms_of_another_type_replace_the_encoders() {
        let mut f = send_fn(syn::parse_quote!(client.client.post(url).json(&body)));
        send(
            &with_body(BodyKind::Json, "application/vnd.api+json"),
            &mut f,
        );
        assert!(
            text(&f).contains(r#".json(&body).headers(crate::transport::content_type("application/vnd.api+json")).headers(header_map)"#),
            "{}",
            text(&f)
        );
        let mut plain = send_fn(syn::parse_quote!(client.client.post(url).json(&body)));
        send(&with_body(BodyKind::Json, "application/json"), &mut plain);
        assert!(!text(&plain).contains("content_type"));

        let mut f = send_fn(syn::parse_quote!(
            client.client.post(url).form_urlencoded(&body)?
        ));
        send(
            &with_body(
                BodyKind::Form,
                "application/x-www-form-urlencoded; charset=utf-8",
            ),
            &mut f,
        );
        assert!(
            text(&f).contains(r#".form_urlencoded(&body)?.headers(crate::transport::content_type("application/x-www-form-urlencoded;charset=utf-8"))"#)
                || text(&f).contains(r#"content_type("application/x-www-form-urlencoded; charset=utf-8")"#),
            "{}",
            text(&f)
        );
    }

    #[test]
    fn a_multipart_form_is_attached_as_parts() {
        let mut f = send_fn(syn::parse_quote!(client.client.post(url).json(&body)));
        send(
            &with_body(BodyKind::Multipart, "multipart/form-data"),
            &mut f,
        );
        let out = text(&f);
        assert!(
            out.contains("crate::multipart::attach(client.client.post(url),body.into_multipart())?.headers(header_map)"),
            "{out}"
        );
    }

    #[test]
    fn a_text_success_body_is_a_string() {
        let mut op = operation("get_token", "auth");
        op.text_response = true;
        let mut f = send_fn(syn::parse_quote!(client.client.get(url)));
        assert!(send(&op, &mut f));
        let out = text(&f);
        assert!(
            out.contains("Result<ResponseValue<::std::string::String>,Error<ByteStream>>"),
            "{out}"
        );
        assert!(
            out.contains("201u16=>crate::transport::decode_text(response).await"),
            "{out}"
        );
        assert!(
            out.contains("_=>Err(Error::UnexpectedResponse(response))"),
            "{out}"
        );
    }

    #[test]
    fn a_form_struct_sends_its_fields_as_parts() {
        let mut types = Areas::new();
        types.insert(
            "files".to_owned(),
            vec![syn::parse_quote! {
                #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
                pub struct UploadBody {
                    pub file: crate::FilePart,
                    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
                    pub thumb: ::std::option::Option<crate::FilePart>,
                    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
                    pub pages: ::std::option::Option<::std::vec::Vec<crate::FilePart>>,
                    #[serde(rename = "display-name")]
                    pub display_name: ::std::string::String,
                    pub meta: Meta,
                }
            }],
        );
        let fields = vec![
            FormField {
                name: "file".to_owned(),
                content_type: Some("image/png".to_owned()),
                file: true,
            },
            FormField {
                name: "meta".to_owned(),
                content_type: Some("application/xml".to_owned()),
                file: false,
            },
        ];
        forms(
            &mut types,
            &BTreeMap::from([("UploadBody".to_owned(), fields)]),
        );
        let items = &types["files"];
        assert_eq!(items.len(), 2);
        let structure = text(&items[0]);
        assert!(
            structure.starts_with("#[derive(Clone,Debug)]"),
            "{structure}"
        );
        assert!(!structure.contains("serde"), "{structure}");
        let imp = text(&items[1]);
        assert!(
            imp.contains(
                r#"crate::multipart::Form::new().file("file",self.file,::std::option::Option::Some("image/png")).value("meta",&self.meta,::std::option::Option::Some("application/xml")).files("thumb",self.thumb,::std::option::Option::None).files("pages",self.pages.into_iter().flatten(),::std::option::Option::None).value("display-name",&self.display_name,::std::option::Option::None)"#
            ),
            "{imp}"
        );
    }

    #[test]
    fn a_form_without_files_keeps_its_serde_derives() {
        let mut types = Areas::new();
        types.insert(
            "files".to_owned(),
            vec![syn::parse_quote! {
                #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
                pub struct NoteBody {
                    pub note: ::std::string::String,
                }
            }],
        );
        forms(
            &mut types,
            &BTreeMap::from([("NoteBody".to_owned(), Vec::new())]),
        );
        assert!(text(&types["files"][0]).contains("::serde::Serialize"));
        assert!(
            text(&types["files"][1])
                .contains(r#".value("note",&self.note,::std::option::Option::None)"#)
        );
    }
}

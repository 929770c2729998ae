//! Query, header and cookie parameters as their spec says.
//!
//! progenitor serializes every query parameter as an exploded `form` one
//! (`.query(&progenitor_client::QueryParam::new("color", &color))`, then `serde_urlencoded`) and
//! every header parameter with `Display` (`header_map.append("X-Id", x_id.to_string().try_into()?)`,
//! which does not compile for a list or an object, and panics on a name `http` rejects). `params.rs`
//! presented every query parameter to it as `form` and every cookie parameter as a header, so
//! each has its typed setter; this pass replaces what progenitor sends with the runtime's
//! `crate::params` calls, which read the parameter's style, explode and allowReserved from the
//! operation table:
//!
//! ```text
//! crate::params::header(&mut header_map, "X-Id", &x_id, false)?;
//! let mut cookies = crate::params::Cookies::new();
//! cookies.push("session_hint", &session_hint, true)?;
//! cookies.apply(&mut header_map)?;
//! let mut request = client.client.get(url).headers(header_map).build()?;
//! let mut query = crate::params::Query::new();
//! query.push("color", &color, crate::params::QueryStyle::Form, false, false)?;
//! query.apply(&mut request);
//! ```
//!
//! A value the style cannot carry is an `InvalidRequest` error naming the parameter, before
//! anything is sent.

use proc_macro2::{TokenStream, TokenTree};
use quote::{ToTokens, format_ident, quote};
use syn::visit_mut::VisitMut;

use crate::error::{Error, Result};
use crate::model::{Operation, Param, Style};

/// Gives each struct-typed parameter (shown to progenitor as a JSON value, see `params.rs`) its
/// component type again: in the builder's field and in its setter.
pub fn retype(entry: &mut super::index::Entry<'_>) {
    for param in &entry.op.params {
        let Some(rust_type) = &param.rust_type else {
            continue;
        };
        let field = crate::names::method_name(&param.name);
        let type_ident = crate::names::ident(rust_type);
        let mut retype = Retype {
            to: syn::parse_quote!(types::#type_ident),
            name: rust_type.clone(),
        };
        if let syn::Fields::Named(fields) = &mut entry.builder.fields {
            for f in &mut fields.named {
                if f.ident.as_ref().is_some_and(|i| *i == field) {
                    retype.visit_type_mut(&mut f.ty);
                }
            }
        }
        for imp in &mut entry.impls {
            for item in &mut imp.items {
                if let syn::ImplItem::Fn(f) = item
                    && f.sig.ident == field
                {
                    retype.visit_impl_item_fn_mut(f);
                }
            }
        }
    }
}

/// `::serde_json::Value` → the parameter's type, in types and in the setter's error message.
struct Retype {
    to: syn::Type,
    name: String,
}

impl VisitMut for Retype {
    fn visit_type_mut(&mut self, ty: &mut syn::Type) {
        if let syn::Type::Path(path) = ty {
            let segments: Vec<String> = path
                .path
                .segments
                .iter()
                .map(|s| s.ident.to_string())
                .collect();
            if segments == ["serde_json", "Value"] {
                *ty = self.to.clone();
                return;
            }
        }
        syn::visit_mut::visit_type_mut(self, ty);
    }

    fn visit_lit_str_mut(&mut self, lit: &mut syn::LitStr) {
        let text = lit.value();
        if text.contains("`:: serde_json :: Value`") {
            let text = text.replace("`:: serde_json :: Value`", &format!("`{}`", self.name));
            *lit = syn::LitStr::new(&text, lit.span());
        }
    }
}

/// Rewrites progenitor's `send` of one operation's builder.
pub fn rewrite(entry: &mut super::index::Entry<'_>) -> Result<()> {
    for imp in &mut entry.impls {
        for item in &mut imp.items {
            if let syn::ImplItem::Fn(f) = item
                && f.sig.ident == "send"
            {
                serialize(&mut f.block, entry.op)?;
            }
        }
    }
    Ok(())
}

/// Rewrites the parameters of one `send` body; returns how many parameters it serializes.
pub fn serialize(block: &mut syn::Block, op: &Operation) -> Result<usize> {
    let mut strip = StripQuery::default();
    strip.visit_block_mut(block);
    let queries = strip.found;

    let taken = idents(block.to_token_stream());
    let fresh = |base: &str| {
        let mut name = base.to_owned();
        while taken.contains(&name) {
            name.push('_');
        }
        format_ident!("{name}")
    };
    let query_var = fresh("query");
    let cookies_var = fresh("cookies");

    let mut headers = 0;
    let mut cookies = Vec::new();
    let mut stmts = Vec::with_capacity(block.stmts.len());
    for stmt in std::mem::take(&mut block.stmts) {
        let Some((name, value)) = header_statement(&stmt) else {
            stmts.push(stmt);
            continue;
        };
        let param = find(op, &name, &["header", "cookie"]);
        let explode = param.is_some_and(|p| p.explode);
        let json = param.is_some_and(|p| p.style == Style::Json);
        if param.is_some_and(|p| p.location == "cookie") {
            cookies.push(if json {
                syn::parse_quote!(#cookies_var.push_json(#name, &#value)?;)
            } else {
                syn::parse_quote!(#cookies_var.push(#name, &#value, #explode)?;)
            });
        } else if json {
            headers += 1;
            stmts.push(syn::parse_quote!(
                crate::params::header_json(&mut header_map, #name, &#value)?;
            ));
        } else {
            headers += 1;
            stmts.push(syn::parse_quote!(
                crate::params::header(&mut header_map, #name, &#value, #explode)?;
            ));
        }
    }
    let count = headers + cookies.len() + queries.len();

    let request_at = stmts
        .iter()
        .position(|stmt| request_binding(stmt).is_some());
    let Some(request_at) = request_at else {
        if count == 0 {
            block.stmts = stmts;
            return Ok(0);
        }
        return Err(Error::Internal(format!(
            "`{}`: progenitor's `send` builds no request to put its parameters in",
            op.method_name
        )));
    };
    let request = request_binding(&stmts[request_at]).expect("found above");

    if !queries.is_empty() {
        let mut after: Vec<syn::Stmt> = vec![syn::parse_quote!(
            let mut #query_var = crate::params::Query::new();
        )];
        for (name, value) in &queries {
            let param = find(op, name, &["query"]);
            let style = match param.map_or(Style::Form, |p| p.style) {
                Style::SpaceDelimited => quote!(SpaceDelimited),
                Style::PipeDelimited => quote!(PipeDelimited),
                Style::DeepObject => quote!(DeepObject),
                Style::Json => quote!(Json),
                _ => quote!(Form),
            };
            let explode = param.is_none_or(|p| p.explode);
            let reserved = param.is_some_and(|p| p.allow_reserved);
            after.push(syn::parse_quote!(
                #query_var.push(#name, &#value, crate::params::QueryStyle::#style, #explode, #reserved)?;
            ));
        }
        after.push(syn::parse_quote!(#query_var.apply(&mut #request);));
        stmts.splice(request_at + 1..request_at + 1, after);
    }
    if !cookies.is_empty() {
        let mut before: Vec<syn::Stmt> = vec![syn::parse_quote!(
            let mut #cookies_var = crate::params::Cookies::new();
        )];
        before.extend(cookies);
        before.push(syn::parse_quote!(#cookies_var.apply(&mut header_map)?;));
        stmts.splice(request_at..request_at, before);
    }
    block.stmts = stmts;

    let left = block.to_token_stream().to_string();
    if left.contains("QueryParam") || left.contains("to_string () . try_into ()") {
        return Err(Error::Internal(format!(
            "`{}`: a parameter of progenitor's `send` has a shape this pass does not know",
            op.method_name
        )));
    }
    Ok(count)
}

/// The operation's parameter `name` at one of `locations` (an operation's own parameter comes
/// after its path item's, and wins).
fn find<'o>(op: &'o Operation, name: &str, locations: &[&str]) -> Option<&'o Param> {
    op.params
        .iter()
        .rev()
        .find(|p| p.name == name && locations.contains(&p.location.as_str()))
}

/// Removes every `.query(&progenitor_client::QueryParam::new("name", &value))` from method
/// chains, keeping `("name", value)` in order.
#[derive(Default)]
struct StripQuery {
    found: Vec<(String, syn::Expr)>,
}

impl VisitMut for StripQuery {
    fn visit_expr_mut(&mut self, expr: &mut syn::Expr) {
        // A chain is met from its last call: collect backwards, then put the batch before what
        // calls further out (met earlier) found.
        let mut batch = Vec::new();
        while let syn::Expr::MethodCall(call) = expr {
            let Some(param) = (call.method == "query" && call.args.len() == 1)
                .then(|| query_param(&call.args[0]))
                .flatten()
            else {
                break;
            };
            batch.push(param);
            *expr = (*call.receiver).clone();
        }
        batch.reverse();
        self.found.splice(0..0, batch);
        syn::visit_mut::visit_expr_mut(self, expr);
    }
}

/// `&progenitor_client::QueryParam::new("name", &value)` → `("name", value)`.
fn query_param(arg: &syn::Expr) -> Option<(String, syn::Expr)> {
    let syn::Expr::Reference(reference) = arg else {
        return None;
    };
    let syn::Expr::Call(call) = &*reference.expr else {
        return None;
    };
    let syn::Expr::Path(func) = &*call.func else {
        return None;
    };
    let segments: Vec<String> = func
        .path
        .segments
        .iter()
        .map(|s| s.ident.to_string())
        .collect();
    if !segments.ends_with(&["QueryParam".to_owned(), "new".to_owned()]) || call.args.len() != 2 {
        return None;
    }
    let name = string_literal(&call.args[0])?;
    let value = match &call.args[1] {
        syn::Expr::Reference(r) => (*r.expr).clone(),
        other => syn::parse_quote!(*#other),
    };
    Some((name, value))
}

fn string_literal(expr: &syn::Expr) -> Option<String> {
    match expr {
        syn::Expr::Lit(syn::ExprLit {
            lit: syn::Lit::Str(s),
            ..
        }) => Some(s.value()),
        _ => None,
    }
}

/// progenitor's statement for one header parameter → `(name, the variable holding it)`:
/// `header_map.append("name", value.to_string().try_into()?);` (required) or
/// `if let Some(value) = name { header_map.append(…); }` (optional; the variable holds the
/// `Option`, which sends nothing when `None`).
fn header_statement(stmt: &syn::Stmt) -> Option<(String, syn::Expr)> {
    let syn::Stmt::Expr(expr, _) = stmt else {
        return None;
    };
    match expr {
        syn::Expr::MethodCall(call) => {
            let (name, value) = header_append(call)?;
            Some((name, value))
        }
        syn::Expr::If(if_expr) if if_expr.else_branch.is_none() => {
            let syn::Expr::Let(binding) = &*if_expr.cond else {
                return None;
            };
            let [inner] = if_expr.then_branch.stmts.as_slice() else {
                return None;
            };
            let syn::Stmt::Expr(syn::Expr::MethodCall(call), _) = inner else {
                return None;
            };
            let (name, _) = header_append(call)?;
            Some((name, (*binding.expr).clone()))
        }
        _ => None,
    }
}

/// `header_map.append("name", value.to_string().try_into()?)` → `("name", value)`.
fn header_append(call: &syn::ExprMethodCall) -> Option<(String, syn::Expr)> {
    let is_header_map =
        matches!(&*call.receiver, syn::Expr::Path(p) if p.path.is_ident("header_map"));
    if !is_header_map || call.method != "append" || call.args.len() != 2 {
        return None;
    }
    let name = string_literal(&call.args[0])?;
    let syn::Expr::Try(tried) = &call.args[1] else {
        return None;
    };
    let syn::Expr::MethodCall(try_into) = &*tried.expr else {
        return None;
    };
    let syn::Expr::MethodCall(to_string) = &*try_into.receiver else {
        return None;
    };
    (try_into.method == "try_into" && to_string.method == "to_string")
        .then(|| (name, (*to_string.receiver).clone()))
}

/// `let mut request = client.client.get(url)….build()?;` → `request`.
fn request_binding(stmt: &syn::Stmt) -> Option<syn::Ident> {
    let syn::Stmt::Local(local) = stmt else {
        return None;
    };
    let syn::Pat::Ident(pat) = &local.pat else {
        return None;
    };
    let init = &local.init.as_ref()?.expr;
    let syn::Expr::Try(tried) = &**init else {
        return None;
    };
    let syn::Expr::MethodCall(build) = &*tried.expr else {
        return None;
    };
    (build.method == "build").then(|| pat.ident.clone())
}

/// Every identifier in `tokens`, macro arguments included.
fn idents(tokens: TokenStream) -> std::collections::BTreeSet<String> {
    let mut out = std::collections::BTreeSet::new();
    let mut stack = vec![tokens];
    while let Some(stream) = stack.pop() {
        for tree in stream {
            match tree {
                TokenTree::Ident(ident) => {
                    out.insert(ident.to_string());
                }
                TokenTree::Group(group) => stack.push(group.stream()),
                _ => {}
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Param;

    fn op(params: Vec<Param>) -> Operation {
        let mut op = crate::rewrite::index::tests::operation("listThings", "things");
        op.path = "/v1/things".to_owned();
        op.params = params;
        op
    }

    fn param(name: &str, location: &str, style: Style, explode: bool) -> Param {
        Param {
            name: name.to_owned(),
            location: location.to_owned(),
            style,
            explode,
            ..Param::default()
        }
    }

    /// progenitor's `send` body for query, header and (presented as header) cookie parameters.
    fn progenitor_body() -> syn::Block {
        syn::parse_quote!({
            let Self {
                client,
                color,
                filter,
                query,
                x_trace,
                accept_language,
                session_hint,
            } = self;
            let url = format!("{}/v1/things", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(4usize);
            header_map.append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(crate::Client::api_version()),
            );
            header_map.append("X-Trace", x_trace.to_string().try_into()?);
            if let Some(value) = accept_language {
                header_map.append("Accept-Language", value.to_string().try_into()?);
            }
            if let Some(value) = session_hint {
                header_map.append("session_hint", value.to_string().try_into()?);
            }
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("color", &color))
                .query(&progenitor_client::QueryParam::new("filter", &filter))
                .query(&progenitor_client::QueryParam::new("query", &query))
                .headers(header_map)
                .build()?;
            client.pre(&mut request, &info).await?;
        })
    }

    fn rewritten(params: Vec<Param>) -> (String, usize) {
        let mut body = progenitor_body();
        let count = serialize(&mut body, &op(params)).unwrap();
        (quote!(#body).to_string(), count)
    }

    #[test]
    fn every_parameter_goes_through_the_runtime_with_its_style() {
        let (text, count) = rewritten(vec![
            param("color", "query", Style::PipeDelimited, false),
            param("filter", "query", Style::DeepObject, true),
            param("query", "query", Style::Form, true),
            param("X-Trace", "header", Style::Simple, false),
            param("Accept-Language", "header", Style::Simple, true),
            param("session_hint", "cookie", Style::Form, true),
        ]);
        assert_eq!(count, 6);
        assert!(!text.contains("QueryParam"), "{text}");
        assert!(!text.contains("to_string"), "{text}");
        for expected in [
            r#"crate :: params :: header (& mut header_map , "X-Trace" , & x_trace , false) ?"#,
            r#"crate :: params :: header (& mut header_map , "Accept-Language" , & accept_language , true) ?"#,
            r#"let mut cookies = crate :: params :: Cookies :: new () ; cookies . push ("session_hint" , & session_hint , true) ? ; cookies . apply (& mut header_map) ? ; # [allow (unused_mut)] let mut request"#,
            // `query` is a parameter: the builder's variable takes another name.
            r#". build () ? ; let mut query_ = crate :: params :: Query :: new () ;"#,
            r#"query_ . push ("color" , & color , crate :: params :: QueryStyle :: PipeDelimited , false , false) ? ;"#,
            r#"query_ . push ("filter" , & filter , crate :: params :: QueryStyle :: DeepObject , true , false) ? ;"#,
            r#"query_ . push ("query" , & query , crate :: params :: QueryStyle :: Form , true , false) ? ; query_ . apply (& mut request) ;"#,
            r#". get (url) . header (:: reqwest :: header :: ACCEPT"#,
        ] {
            assert!(text.contains(expected), "{expected}\nnot in\n{text}");
        }
        // The api-version header is progenitor's own and stays.
        assert!(text.contains("from_static (\"api-version\")"), "{text}");
    }

    #[test]
    fn allow_reserved_is_passed_on() {
        let mut color = param("color", "query", Style::Form, true);
        color.allow_reserved = true;
        let (text, _) = rewritten(vec![color]);
        assert!(
            text.contains(
                r#"push ("color" , & color , crate :: params :: QueryStyle :: Form , true , true)"#
            ),
            "{text}"
        );
    }

    #[test]
    fn a_body_without_parameters_is_untouched() {
        let mut body: syn::Block = syn::parse_quote!({
            let url = format!("{}/v1/things", client.baseurl,);
            let mut request = client.client.get(url).build()?;
        });
        let before = quote!(#body).to_string();
        assert_eq!(serialize(&mut body, &op(Vec::new())).unwrap(), 0);
        assert_eq!(quote!(#body).to_string(), before);
    }

    #[test]
    fn an_unknown_shape_is_an_internal_error_not_a_silent_drop() {
        let mut body: syn::Block = syn::parse_quote!({
            let mut request = client.client.get(url).build()?;
            other.query(&progenitor_client::QueryParam::new(NAME, &color));
        });
        let error = serialize(&mut body, &op(Vec::new())).unwrap_err();
        assert!(error.to_string().contains("list_things"), "{error}");
    }
}

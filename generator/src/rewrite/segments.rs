//! Path parameters in their style, and unable to change the route.
//!
//! progenitor builds each URL with `format!("{}/v1/workflows/{}", baseurl, encode_path(&id.to_string()))`:
//! `Display` text (no list or object has one, and a date-time's is not RFC 3339), and an
//! `encode_path` that leaves `.` and `\` alone, so a URL parser later resolves an id of `..` or
//! turns `a\b` into two segments. Every such call is replaced by the runtime's
//! `crate::params::path("id", crate::params::PathStyle::Simple, false, &id)?`, which serializes
//! the value in the parameter's style (`simple`, `label`, `matrix`; exploded or not), encodes it
//! to stay in its segment and refuses what no encoding keeps in place (empty, `.`, `..`) before
//! anything is sent. An argument that names no path parameter of the operation gets
//! `crate::transport::path_segment`, which does the same for one `Display` text.

use syn::punctuated::Punctuated;
use syn::visit_mut::VisitMut;

use crate::model::{Param, Style};

/// Rewrites the `encode_path` calls of one `send` body in place; returns how many it replaced.
/// `params` are the operation's parameters (its path ones give name, style and explode).
pub fn guard(block: &mut syn::Block, params: &[Param]) -> usize {
    let mut guard = Guard {
        replaced: 0,
        params,
    };
    guard.visit_block_mut(block);
    guard.replaced
}

struct Guard<'p> {
    replaced: usize,
    params: &'p [Param],
}

impl VisitMut for Guard<'_> {
    fn visit_expr_mut(&mut self, expr: &mut syn::Expr) {
        syn::visit_mut::visit_expr_mut(self, expr);
        if let Some(replacement) = segment_call(expr, self.params) {
            *expr = replacement;
            self.replaced += 1;
        }
    }

    /// `format!` arguments are tokens to syn; parse them as expressions, rewrite, print back.
    fn visit_macro_mut(&mut self, mac: &mut syn::Macro) {
        if !mac.path.is_ident("format") {
            return;
        }
        let parser = Punctuated::<syn::Expr, syn::Token![,]>::parse_terminated;
        let Ok(mut args) = mac.parse_body_with(parser) else {
            return;
        };
        let before = self.replaced;
        for arg in args.iter_mut() {
            self.visit_expr_mut(arg);
        }
        if self.replaced != before {
            mac.tokens = quote::quote!(#args);
        }
    }
}

/// `encode_path(&name.to_string())` → `crate::params::path("name", PathStyle::…, explode, &name)?`
/// (or `crate::transport::path_segment("name", &name.to_string())?` when `name` is no path
/// parameter of the operation).
fn segment_call(expr: &syn::Expr, params: &[Param]) -> Option<syn::Expr> {
    let syn::Expr::Call(call) = expr else {
        return None;
    };
    let syn::Expr::Path(func) = &*call.func else {
        return None;
    };
    let last = func.path.segments.last()?;
    if last.ident != "encode_path" || call.args.len() != 1 {
        return None;
    }
    let arg = &call.args[0];
    let variable = parameter_name(arg);
    let param = variable.as_deref().and_then(|variable| {
        params
            .iter()
            .find(|p| p.location == "path" && crate::names::method_name(&p.name) == variable)
    });
    let style = param.and_then(|p| match p.style {
        Style::Simple => Some(quote::quote!(Simple)),
        Style::Label => Some(quote::quote!(Label)),
        Style::Matrix => Some(quote::quote!(Matrix)),
        _ => None,
    });
    match (param, style, &variable) {
        (Some(param), Some(style), Some(variable)) => {
            let wire = &param.name;
            let explode = param.explode;
            let variable = crate::names::ident(variable);
            Some(syn::parse_quote!(
                crate::params::path(#wire, crate::params::PathStyle::#style, #explode, &#variable)?
            ))
        }
        _ => {
            let name = param
                .map(|p| p.name.clone())
                .or(variable)
                .unwrap_or_else(|| "path parameter".to_owned());
            Some(syn::parse_quote!(crate::transport::path_segment(#name, #arg)?))
        }
    }
}

/// The variable a path argument is made from (`&id.to_string()` → `id`).
fn parameter_name(arg: &syn::Expr) -> Option<String> {
    let mut expr = arg;
    loop {
        match expr {
            syn::Expr::Reference(r) => expr = &r.expr,
            syn::Expr::MethodCall(m) => expr = &m.receiver,
            syn::Expr::Paren(p) => expr = &p.expr,
            syn::Expr::Path(p) => return p.path.get_ident().map(|i| i.to_string()),
            _ => return None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rewritten(body: syn::Block) -> (String, usize) {
        rewritten_with(body, &[])
    }

    fn rewritten_with(body: syn::Block, params: &[Param]) -> (String, usize) {
        let mut body = body;
        let count = guard(&mut body, params);
        (quote::quote!(#body).to_string(), count)
    }

    fn path_param(name: &str, style: Style, explode: bool) -> Param {
        Param {
            name: name.to_owned(),
            location: "path".to_owned(),
            style,
            explode,
            ..Param::default()
        }
    }

    #[test]
    fn a_path_parameter_goes_in_its_style_under_its_wire_name() {
        let params = [
            path_param("workflowId", Style::Simple, false),
            path_param("color", Style::Matrix, true),
            path_param("color", Style::Form, true),
        ];
        let (text, count) = rewritten_with(
            syn::parse_quote!({
                let url = format!(
                    "{}/w/{}/c{}",
                    client.baseurl,
                    encode_path(&workflow_id.to_string()),
                    encode_path(&color.to_string()),
                );
            }),
            &params[..2],
        );
        assert_eq!(count, 2);
        assert!(
            text.contains(
                r#"crate :: params :: path ("workflowId" , crate :: params :: PathStyle :: Simple , false , & workflow_id) ?"#
            ),
            "{text}"
        );
        assert!(
            text.contains(
                r#"path ("color" , crate :: params :: PathStyle :: Matrix , true , & color) ?"#
            ),
            "{text}"
        );
        // A query parameter of that name is not the path's.
        let (text, _) = rewritten_with(
            syn::parse_quote!({
                let url = format!("{}", encode_path(&color.to_string()));
            }),
            &params[2..],
        );
        assert!(text.contains("transport :: path_segment"), "{text}");
    }

    #[test]
    fn format_arguments_and_plain_calls_are_guarded() {
        let (text, count) = rewritten(syn::parse_quote!({
            let url = format!(
                "{}/v1/workflows/{}/triggers/{}",
                client.baseurl,
                encode_path(&id.to_string()),
                encode_path(&trigger_id.to_string()),
            );
            let other = progenitor_client::encode_path(&name);
        }));
        assert_eq!(count, 3);
        assert!(
            text.contains(r#"crate :: transport :: path_segment ("id" , & id . to_string ()) ?"#),
            "{text}"
        );
        assert!(text.contains(r#"path_segment ("trigger_id" , & trigger_id . to_string ()) ?"#));
        assert!(text.contains(r#"path_segment ("name" , & name) ?"#));
        assert!(!text.contains("encode_path"), "{text}");
    }

    #[test]
    fn bodies_without_path_parameters_are_untouched() {
        let (text, count) = rewritten(syn::parse_quote!({
            let url = format!("{}/v1/workflows", client.baseurl);
        }));
        assert_eq!(count, 0);
        assert!(
            text.contains(r#"format ! ("{}/v1/workflows" , client . baseurl)"#),
            "{text}"
        );
    }

    #[test]
    fn an_argument_that_is_not_a_variable_gets_a_generic_name() {
        let (text, _) = rewritten(syn::parse_quote!({
            let url = format!("{}/{}", base, encode_path(&ids[0]));
        }));
        assert!(
            text.contains(r#"path_segment ("path parameter" , & ids [0]) ?"#),
            "{text}"
        );
    }
}

//! Path parameters that cannot change the route.
//!
//! progenitor builds each URL with `format!("{}/v1/workflows/{}", baseurl, encode_path(&id.to_string()))`,
//! and its `encode_path` leaves `.` and `\` alone, so a URL parser later resolves an id of `..`
//! or turns `a\b` into two segments. Every such call is replaced by the runtime's
//! `crate::transport::path_segment("id", &id.to_string())?`, which encodes one whole segment
//! and refuses values no encoding can keep in place (empty, `.`, `..`) before anything is sent.

use syn::punctuated::Punctuated;
use syn::visit_mut::VisitMut;

/// Rewrites the `encode_path` calls of one `send` body in place; returns how many it replaced.
pub fn guard(block: &mut syn::Block) -> usize {
    let mut guard = Guard { replaced: 0 };
    guard.visit_block_mut(block);
    guard.replaced
}

struct Guard {
    replaced: usize,
}

impl VisitMut for Guard {
    fn visit_expr_mut(&mut self, expr: &mut syn::Expr) {
        syn::visit_mut::visit_expr_mut(self, expr);
        if let Some(replacement) = segment_call(expr) {
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

/// `encode_path(&name.to_string())` → `crate::transport::path_segment("name", &name.to_string())?`.
fn segment_call(expr: &syn::Expr) -> Option<syn::Expr> {
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
    let name = parameter_name(arg).unwrap_or_else(|| "path parameter".to_owned());
    Some(syn::parse_quote!(crate::transport::path_segment(#name, #arg)?))
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
        let mut body = body;
        let count = guard(&mut body);
        (quote::quote!(#body).to_string(), count)
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

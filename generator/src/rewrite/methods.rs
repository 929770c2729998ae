//! HTTP methods `reqwest::Client` has no shortcut for. progenitor starts every request with
//! `client.client.<method>(url)`, and reqwest has `get`, `post`, `put`, `patch`, `delete` and
//! `head` only: an `OPTIONS` or `TRACE` operation (httpbin's) did not compile. Those calls become
//! `client.client.request(::reqwest::Method::TRACE, url)`.

use syn::visit_mut::{self, VisitMut};

/// Rewrites the request-starting calls of one `send` body in place; returns how many.
pub fn spell_out(block: &mut syn::Block) -> usize {
    let mut methods = Methods { replaced: 0 };
    methods.visit_block_mut(block);
    methods.replaced
}

struct Methods {
    replaced: usize,
}

impl VisitMut for Methods {
    fn visit_expr_method_call_mut(&mut self, call: &mut syn::ExprMethodCall) {
        visit_mut::visit_expr_method_call_mut(self, call);
        let constant = match call.method.to_string().as_str() {
            "options" => "OPTIONS",
            "trace" => "TRACE",
            _ => return,
        };
        // Only `client.client.<method>(url)`: the reqwest client of progenitor's `Client`.
        let on_reqwest = matches!(&*call.receiver, syn::Expr::Field(f)
            if matches!(&f.member, syn::Member::Named(n) if n == "client"));
        if !on_reqwest || call.args.len() != 1 {
            return;
        }
        let constant = crate::names::ident(constant);
        let url = call.args[0].clone();
        call.method = crate::names::ident("request");
        call.args = syn::parse_quote!(::reqwest::Method::#constant, #url);
        self.replaced += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn options_and_trace_are_spelled_out_and_the_rest_left_alone() {
        let mut body: syn::Block = syn::parse_quote!({
            let a = client.client.trace(url).headers(header_map).build()?;
            let b = client.client.options(&url).build()?;
            let c = client.client.get(url).build()?;
            let d = span.trace(x);
        });
        assert_eq!(spell_out(&mut body), 2);
        let text = quote::quote!(#body).to_string();
        assert!(
            text.contains(
                "client . client . request (:: reqwest :: Method :: TRACE , url) . headers"
            ),
            "{text}"
        );
        assert!(
            text.contains("client . client . request (:: reqwest :: Method :: OPTIONS , & url)"),
            "{text}"
        );
        assert!(text.contains("client . client . get (url)"), "{text}");
        assert!(text.contains("span . trace (x)"), "{text}");
    }
}

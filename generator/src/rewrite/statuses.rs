//! Any 2xx is success.
//!
//! progenitor matches each documented status exactly (`200u16 => …`, `204u16 => …`), so a server
//! that answers `200` where the spec says `204`, or `201` where it says `200`, fails the call
//! although it did what was asked. Each `send` body's status match is rewritten so its first
//! success arm takes every 2xx status (the other 2xx arms would be unreachable and go), and its
//! JSON decoding goes through the runtime's `crate::transport::decode`, which names the field
//! path of a body that does not decode. An operation that documents no body still ignores one.

use syn::visit_mut::VisitMut;

/// Rewrites the status match of one `send` body; returns whether it found one.
pub fn tolerate(block: &mut syn::Block) -> bool {
    let mut pass = Pass { found: false };
    pass.visit_block_mut(block);
    pass.found
}

struct Pass {
    found: bool,
}

impl VisitMut for Pass {
    fn visit_expr_match_mut(&mut self, expr: &mut syn::ExprMatch) {
        syn::visit_mut::visit_expr_match_mut(self, expr);
        if !is_status_match(&expr.expr) {
            return;
        }
        let Some(first) = expr.arms.iter().position(|arm| is_success(&arm.pat)) else {
            return;
        };
        self.found = true;
        let mut index = 0;
        expr.arms.retain(|arm| {
            let keep = index == first || !is_success(&arm.pat);
            index += 1;
            keep
        });
        let arm = &mut expr.arms[first];
        arm.pat = syn::parse_quote!(200u16..=299u16);
        if is_json_decode(&arm.body) {
            *arm.body = syn::parse_quote!(crate::transport::decode(response).await);
        }
    }
}

/// `response.status().as_u16()`.
fn is_status_match(expr: &syn::Expr) -> bool {
    let syn::Expr::MethodCall(as_u16) = expr else {
        return false;
    };
    let syn::Expr::MethodCall(status) = &*as_u16.receiver else {
        return false;
    };
    as_u16.method == "as_u16" && status.method == "status"
}

/// A literal status from 200 to 299 (`200u16`).
fn is_success(pat: &syn::Pat) -> bool {
    let syn::Pat::Lit(syn::PatLit {
        lit: syn::Lit::Int(int),
        ..
    }) = pat
    else {
        return false;
    };
    int.base10_parse::<u16>()
        .is_ok_and(|status| (200..300).contains(&status))
}

/// `ResponseValue::from_response(response).await`, possibly inside the `{ … }` block or the
/// invisible group that progenitor's `quote!` leaves around an arm body.
fn is_json_decode(body: &syn::Expr) -> bool {
    let mut body = body;
    loop {
        match body {
            syn::Expr::Group(group) => body = &group.expr,
            syn::Expr::Block(block) if block.block.stmts.len() == 1 => {
                let syn::Stmt::Expr(inner, None) = &block.block.stmts[0] else {
                    return false;
                };
                body = inner;
            }
            _ => break,
        }
    }
    let syn::Expr::Await(awaited) = body else {
        return false;
    };
    let syn::Expr::Call(call) = &*awaited.base else {
        return false;
    };
    let syn::Expr::Path(func) = &*call.func else {
        return false;
    };
    func.path
        .segments
        .last()
        .is_some_and(|s| s.ident == "from_response")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rewritten(mut block: syn::Block) -> (String, bool) {
        let found = tolerate(&mut block);
        (quote::quote!(#block).to_string().replace(' ', ""), found)
    }

    #[test]
    fn a_json_success_takes_every_2xx_and_decodes_with_paths() {
        let (text, found) = rewritten(syn::parse_quote!({
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                201u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => Err(Error::ErrorResponse(ResponseValue::stream(response))),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }));
        assert!(found);
        assert_eq!(
            text,
            "{matchresponse.status().as_u16(){200u16..=299u16=>crate::transport::decode(response).await,\
             400u16..=499u16=>Err(Error::ErrorResponse(ResponseValue::stream(response))),\
             _=>Err(Error::UnexpectedResponse(response)),}}"
        );
    }

    #[test]
    fn an_empty_success_ignores_any_body_of_any_2xx() {
        let (text, found) = rewritten(syn::parse_quote!({
            match response.status().as_u16() {
                204u16 => Ok(ResponseValue::empty(response)),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }));
        assert!(found);
        assert!(
            text.contains("200u16..=299u16=>Ok(ResponseValue::empty(response))"),
            "{text}"
        );
    }

    #[test]
    fn an_interpolated_decode_is_recognised() {
        let decode: syn::Expr = syn::parse_quote!(ResponseValue::from_response(response).await);
        let grouped = syn::Expr::Group(syn::ExprGroup {
            attrs: Vec::new(),
            group_token: Default::default(),
            expr: Box::new(decode),
        });
        assert!(is_json_decode(&grouped));
        let block: syn::Expr = syn::parse_quote!({ ResponseValue::from_response(response).await });
        assert!(is_json_decode(&block));
    }

    #[test]
    fn other_matches_are_left_alone() {
        let (text, found) = rewritten(syn::parse_quote!({
            match value.as_u16() {
                200u16 => a,
                _ => b,
            }
        }));
        assert!(!found);
        assert!(text.contains("200u16=>a"), "{text}");
    }
}

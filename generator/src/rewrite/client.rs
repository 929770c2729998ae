//! The `Client` struct and its trait impls go to `api.rs` as progenitor wrote them, except the
//! constructors: `Client::builder()` (an overlay) is the way in, so `new` goes and
//! `new_with_client`, which the overlay calls, becomes crate-private.

use syn::{ImplItem, Item};

use super::syntax::{remove_docs, type_ident};

pub fn constructors(items: &mut Vec<Item>) {
    for item in items.iter_mut() {
        let Item::Impl(imp) = item else { continue };
        if imp.trait_.is_some() || type_ident(&imp.self_ty).as_deref() != Some("Client") {
            continue;
        }
        imp.items
            .retain(|item| !matches!(item, ImplItem::Fn(f) if f.sig.ident == "new"));
        for item in &mut imp.items {
            if let ImplItem::Fn(f) = item
                && f.sig.ident == "new_with_client"
            {
                f.vis = syn::parse_quote!(pub(crate));
                remove_docs(&mut f.attrs);
                let doc = " Wraps a configured `reqwest::Client`; `Client::builder()` is the public way in.";
                f.attrs.insert(0, syn::parse_quote!(#[doc = #doc]));
            }
        }
    }
    items.retain(|item| !matches!(item, Item::Impl(imp) if imp.items.is_empty()));
}

#[cfg(test)]
mod tests {
    use quote::quote;

    use super::*;

    #[test]
    fn new_goes_and_new_with_client_is_crate_private() {
        let mut items: Vec<Item> = vec![
            syn::parse_quote!(
                pub struct Client {
                    baseurl: String,
                }
            ),
            syn::parse_quote! {
                impl Client {
                    /// Create a new client.
                    pub fn new(baseurl: &str) -> Self {}
                    /// Construct a new client with an existing `reqwest::Client`.
                    pub fn new_with_client(baseurl: &str, client: reqwest::Client) -> Self {}
                }
            },
            syn::parse_quote!(impl Client { pub fn new() -> Self {} }),
            syn::parse_quote!(impl ClientInfo<()> for Client { fn new() {} }),
        ];
        constructors(&mut items);
        let text = quote!(#(#items)*).to_string();
        assert_eq!(items.len(), 3, "{text}");
        assert!(!text.contains("Create a new client"), "{text}");
        assert!(text.contains("pub (crate) fn new_with_client"), "{text}");
        assert!(
            text.contains("`Client::builder()` is the public way in"),
            "{text}"
        );
        // A trait's own `new` is not a constructor.
        assert!(
            text.contains("ClientInfo < () > for Client { fn new"),
            "{text}"
        );
    }
}

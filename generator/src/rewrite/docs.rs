//! Every public item documented (the crate denies `missing_docs`): what the spec describes keeps
//! its words; what it leaves undescribed gets a line that says what the item is on the wire, or
//! the docs of the type it holds. Builder setters are documented from their parameter.

use std::collections::BTreeMap;

use syn::{Fields, ImplItem, Item};

use super::Areas;
use super::index::Entry;
use super::syntax::{doc_text, first_paragraph, generic_args, serde_rename, type_ident};
use crate::model::Operation;
use crate::names::field_name;

/// Fills the missing docs of types, their fields and variants.
pub fn types(types: &mut Areas) {
    let summaries: BTreeMap<String, String> = types
        .values()
        .flatten()
        .filter_map(|item| {
            let (name, attrs) = match item {
                Item::Struct(s) => (&s.ident, &s.attrs),
                Item::Enum(e) => (&e.ident, &e.attrs),
                _ => return None,
            };
            let summary = first_sentence(&doc_text(attrs))?;
            Some((name.to_string(), summary))
        })
        .collect();
    for item in types.values_mut().flatten() {
        match item {
            Item::Struct(s) => {
                if undocumented(&mut s.attrs, &s.ident) {
                    let doc = match &s.fields {
                        Fields::Unnamed(_) => {
                            format!(" A `{}` value, as sent on the wire.", s.ident)
                        }
                        _ => format!(" The `{}` object (the spec does not describe it).", s.ident),
                    };
                    push_doc(&mut s.attrs, &doc);
                }
                for field in s.fields.iter_mut() {
                    if !doc_text(&field.attrs).trim().is_empty() || !is_pub(&field.vis) {
                        continue;
                    }
                    let doc = field_doc(field, &summaries);
                    push_doc(&mut field.attrs, &doc);
                }
            }
            Item::Enum(e) => {
                if undocumented(&mut e.attrs, &e.ident) {
                    push_doc(
                        &mut e.attrs,
                        &format!(" One of the shapes of `{}`.", e.ident),
                    );
                }
                for variant in &mut e.variants {
                    // Fields of a struct-like variant are public like the enum.
                    if let Fields::Named(fields) = &mut variant.fields {
                        for field in &mut fields.named {
                            if doc_text(&field.attrs).trim().is_empty() {
                                let doc = field_doc(field, &summaries);
                                push_doc(&mut field.attrs, &doc);
                            }
                        }
                    }
                    if !doc_text(&variant.attrs).trim().is_empty() {
                        continue;
                    }
                    let doc = match &variant.fields {
                        Fields::Unit => {
                            let wire = variant
                                .attrs
                                .iter()
                                .find_map(serde_rename)
                                .unwrap_or_else(|| variant.ident.to_string());
                            format!(" `{wire}`.")
                        }
                        Fields::Unnamed(f) if f.unnamed.len() == 1 => {
                            let ty = &f.unnamed[0].ty;
                            match held(ty).and_then(|name| summaries.get(&name).map(|s| (name, s)))
                            {
                                Some((name, summary)) => format!(" [`{name}`]: {summary}"),
                                None => format!(" The value as a `{}`.", short(ty)),
                            }
                        }
                        _ => format!(" The `{}` shape.", variant.ident),
                    };
                    push_doc(&mut variant.attrs, &doc);
                }
            }
            Item::Type(alias) => alias_doc(alias),
            _ => {}
        }
    }
}

fn alias_doc(alias: &mut syn::ItemType) {
    if undocumented(&mut alias.attrs, &alias.ident) {
        let doc = format!(" The `{}` type of the spec.", alias.ident);
        push_doc(&mut alias.attrs, &doc);
    }
}

/// Documents the builder's setters from the operation's parameters.
pub fn setters(entry: &mut Entry<'_>) {
    let op = entry.op;
    for imp in &mut entry.impls {
        for item in &mut imp.items {
            let ImplItem::Fn(f) = item else { continue };
            if !is_pub(&f.vis) || !doc_text(&f.attrs).trim().is_empty() {
                continue;
            }
            let doc = setter_doc(op, &f.sig.ident.to_string());
            let lines: Vec<String> = doc
                .lines()
                .map(|line| format!(" {line}").trim_end().to_owned())
                .collect();
            f.attrs
                .splice(0..0, lines.iter().map(|l| syn::parse_quote!(#[doc = #l])));
        }
    }
}

fn setter_doc(op: &Operation, method: &str) -> String {
    let param = op.params.iter().find(|p| field_name(&p.name) == method);
    let Some(param) = param else {
        return if method == "body" {
            "Sets the request body.".to_owned()
        } else {
            format!("Sets `{method}`.")
        };
    };
    let kind = if param.required {
        "required"
    } else {
        "optional"
    };
    let head = format!(
        "Sets the {kind} {} parameter `{}`.",
        param.location, param.name
    );
    match &param.description {
        Some(description) => format!("{head}\n\n{}", description.trim()),
        None => head,
    }
}

fn field_doc(field: &syn::Field, summaries: &BTreeMap<String, String>) -> String {
    if field
        .attrs
        .iter()
        .any(|a| a.path().is_ident("serde") && quote::quote!(#a).to_string().contains("flatten"))
        && matches!(type_ident(&field.ty).as_deref(), Some("Map" | "BTreeMap"))
    {
        return " Properties the spec does not name, kept as they were received (and sent back)."
            .to_owned();
    }
    let wire = field
        .attrs
        .iter()
        .find_map(serde_rename)
        .or_else(|| field.ident.as_ref().map(ToString::to_string))
        .unwrap_or_default();
    // A newtype's one field has no name of its own.
    let subject = if wire.is_empty() {
        "The value".to_owned()
    } else {
        format!("`{wire}`")
    };
    match held(&field.ty).and_then(|name| summaries.get(&name).map(|s| (name, s))) {
        Some((name, summary)) => format!(" {subject}: [`{name}`]. {summary}"),
        None => format!(" {subject} (the spec does not describe it)."),
    }
}

/// The local type a field holds, through `Option`, `Vec` and `Box`.
fn held(ty: &syn::Type) -> Option<String> {
    let name = type_ident(ty)?;
    match name.as_str() {
        "Option" | "Vec" | "Box" => held(generic_args(ty)?.first()?),
        _ if name.chars().next().is_some_and(char::is_uppercase) => Some(name),
        _ => None,
    }
}

fn short(ty: &syn::Type) -> String {
    quote::quote!(#ty)
        .to_string()
        .replace(' ', "")
        .replace("::std::string::", "")
        .replace("::std::vec::", "")
        .replace("::serde_json::", "serde_json::")
}

fn first_sentence(doc: &str) -> Option<String> {
    let flat = first_paragraph(doc);
    if flat.is_empty() {
        return None;
    }
    let end = flat.find(". ").map_or(flat.len(), |i| i + 1);
    Some(flat[..end].to_owned())
}

/// No docs, or typify's placeholder (the type's own name); a placeholder is removed.
fn undocumented(attrs: &mut Vec<syn::Attribute>, name: &syn::Ident) -> bool {
    let text = doc_text(attrs);
    let text = text.trim();
    if *name == text.trim_matches('`') {
        attrs.retain(|a| !a.path().is_ident("doc"));
        return true;
    }
    text.is_empty()
}

fn is_pub(vis: &syn::Visibility) -> bool {
    matches!(vis, syn::Visibility::Public(_))
}

fn push_doc(attrs: &mut Vec<syn::Attribute>, doc: &str) {
    attrs.insert(0, syn::parse_quote!(#[doc = #doc]));
}

#[cfg(test)]
mod tests {
    use quote::ToTokens;

    use super::*;
    use crate::model::Param;
    use crate::rewrite::index::tests::operation;

    fn text(node: impl ToTokens) -> String {
        node.to_token_stream().to_string()
    }

    #[test]
    fn undescribed_fields_variants_and_placeholders_get_docs() {
        let mut types = Areas::from([(
            "things".to_owned(),
            vec![
                syn::parse_quote! {
                    /// A part of a thing. More.
                    pub struct Part { pub x: i64 }
                },
                syn::parse_quote! {
                    /// `Thing`
                    pub struct Thing {
                        /// Described.
                        pub a: i64,
                        pub part: ::std::option::Option<Part>,
                        #[serde(rename = "kind-name")]
                        pub kind_name: String,
                        #[serde(flatten)]
                        pub extra: ::serde_json::Map<String, ::serde_json::Value>,
                        hidden: i64,
                    }
                },
                syn::parse_quote! {
                    /// `Alias`
                    pub type Alias = ::std::string::String;
                },
                syn::parse_quote! {
                    pub struct Wrapped(pub ::std::option::Option<Part>);
                },
                syn::parse_quote! {
                    pub enum Shape { #[serde(rename = "round")] Round, Part(Part), Text(::std::string::String), Both { part: Part } }
                },
            ],
        )]);
        super::types(&mut types);
        let thing = text(&types["things"][1]);
        assert!(
            thing.contains(r#"# [doc = " The `Thing` object (the spec does not describe it)."]"#),
            "{thing}"
        );
        assert!(!thing.contains(r#"" `Thing`""#), "{thing}");
        assert!(thing.contains(r#"" Described.""#), "{thing}");
        assert!(
            thing.contains(r#"" `part`: [`Part`]. A part of a thing.""#),
            "{thing}"
        );
        assert!(
            thing.contains(r#"" `kind-name` (the spec does not describe it).""#),
            "{thing}"
        );
        assert!(
            thing.contains("Properties the spec does not name"),
            "{thing}"
        );
        assert_eq!(thing.matches("doc").count(), 5, "{thing}");
        let alias = text(&types["things"][2]);
        assert_eq!(
            alias,
            r#"# [doc = " The `Alias` type of the spec."] pub type Alias = :: std :: string :: String ;"#
        );
        let wrapped = text(&types["things"][3]);
        assert!(
            wrapped.contains(r#"" The value: [`Part`]. A part of a thing.""#),
            "{wrapped}"
        );
        let shape = text(&types["things"][4]);
        assert!(
            shape.contains(r#"" One of the shapes of `Shape`.""#),
            "{shape}"
        );
        assert!(shape.contains(r#"" `round`.""#), "{shape}");
        assert!(
            shape.contains(r#"" [`Part`]: A part of a thing.""#),
            "{shape}"
        );
        assert!(shape.contains(r#"" The value as a `String`.""#), "{shape}");
        assert!(
            shape.contains(r#"" `part`: [`Part`]. A part of a thing."] part"#),
            "{shape}"
        );
    }

    #[test]
    fn setters_are_documented_from_their_parameter() {
        let mut op = operation("listThings", "things");
        op.params = vec![Param {
            name: "pageToken".to_owned(),
            location: "query".to_owned(),
            description: Some("Cursor of the next page.".to_owned()),
            required: false,
            ..Default::default()
        }];
        let mut entry = Entry {
            op: &op,
            method: syn::parse_quote!(
                pub fn list_things(&self) {}
            ),
            builder: syn::parse_quote!(
                pub struct ListThings {}
            ),
            impls: vec![syn::parse_quote! {
                impl ListThings {
                    pub fn page_token(self) -> Self { self }
                    pub fn other(self) -> Self { self }
                    /// Kept.
                    pub fn send(self) {}
                    fn private(self) {}
                }
            }],
            success: syn::parse_quote!(()),
        };
        setters(&mut entry);
        let imp = text(&entry.impls[0]);
        assert!(
            imp.contains(r#"" Sets the optional query parameter `pageToken`."] # [doc = ""] # [doc = " Cursor of the next page."] pub fn page_token"#),
            "{imp}"
        );
        assert!(imp.contains(r#"" Sets `other`."] pub fn other"#), "{imp}");
        assert_eq!(imp.matches("doc").count(), 5, "{imp}");
    }
}

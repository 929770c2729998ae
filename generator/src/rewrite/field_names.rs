//! typify names a struct's fields after their properties without checking the names are free:
//! Azure's `jobID` and `jobId` are both `job_id`, a struct that does not compile. The second and
//! later fields of one name get a number (`job_id_2`; serde's `rename` keeps the wire name), and
//! so do the fields of that name in the type's own struct expressions (`Self { .. }` in its
//! `Default` impl), by their order.

use std::collections::BTreeMap;

use syn::visit_mut::{self, VisitMut};
use syn::{Fields, Item};

use super::index::TypeDef;

/// Renames repeated field names in every struct of `types`.
pub fn make_unique(types: &mut [TypeDef]) {
    for def in types {
        let mut renames: Vec<Option<syn::Ident>> = Vec::new();
        let mut name = None;
        for item in &mut def.items {
            if let Item::Struct(s) = item
                && let Fields::Named(fields) = &mut s.fields
            {
                renames = unique(fields.named.iter_mut().filter_map(|f| f.ident.as_mut()));
                name = Some(s.ident.to_string());
            }
        }
        let (Some(name), true) = (name, renames.iter().any(Option::is_some)) else {
            continue;
        };
        for item in &mut def.items {
            if let Item::Impl(imp) = item {
                Literals {
                    name: &name,
                    renames: &renames,
                }
                .visit_item_impl_mut(imp);
            }
        }
    }
}

/// Makes the names unique in place; returns, per field, its new name if it got one.
fn unique<'a>(idents: impl Iterator<Item = &'a mut syn::Ident>) -> Vec<Option<syn::Ident>> {
    let idents: Vec<&mut syn::Ident> = idents.collect();
    let mut taken: Vec<String> = idents.iter().map(|i| i.to_string()).collect();
    let mut seen: BTreeMap<String, usize> = BTreeMap::new();
    let mut renames = Vec::with_capacity(idents.len());
    for ident in idents {
        let text = ident.to_string();
        let count = seen.entry(text.clone()).or_default();
        *count += 1;
        if *count == 1 {
            renames.push(None);
            continue;
        }
        let mut n = *count;
        let mut new = format!("{text}_{n}");
        while taken.contains(&new) {
            n += 1;
            new = format!("{text}_{n}");
        }
        taken.push(new.clone());
        *ident = syn::Ident::new(&new, ident.span());
        renames.push(Some(ident.clone()));
    }
    renames
}

/// Renames the fields of the struct's own struct expressions, matched by their position among
/// the fields of that name.
struct Literals<'a> {
    name: &'a str,
    renames: &'a [Option<syn::Ident>],
}

impl VisitMut for Literals<'_> {
    fn visit_expr_struct_mut(&mut self, expr: &mut syn::ExprStruct) {
        let target = expr.path.segments.last().map(|s| s.ident.to_string());
        if matches!(target.as_deref(), Some(t) if t == "Self" || t == self.name)
            && expr.fields.len() == self.renames.len()
        {
            for (field, rename) in expr.fields.iter_mut().zip(self.renames) {
                if let (Some(new), syn::Member::Named(_)) = (rename, &field.member) {
                    field.member = syn::Member::Named(new.clone());
                    field.colon_token.get_or_insert_with(Default::default);
                }
            }
        }
        visit_mut::visit_expr_struct_mut(self, expr);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_repeated_field_name_gets_a_number_in_the_struct_and_its_literals() {
        let items: Vec<Item> = vec![
            syn::parse_quote! {
                pub struct Profile {
                    #[serde(rename = "jobID")]
                    pub job_id: Option<JobId>,
                    #[serde(rename = "jobId")]
                    pub job_id: Option<String>,
                    pub job_id_2: i64,
                }
            },
            syn::parse_quote! {
                impl Default for Profile {
                    fn default() -> Self {
                        Self { job_id: None, job_id: Some(x()), job_id_2: 1 }
                    }
                }
            },
        ];
        let mut types = vec![TypeDef {
            name: "Profile".into(),
            items,
        }];
        make_unique(&mut types);
        let items = &types[0].items;
        let text = quote::quote!(#(#items)*).to_string();
        assert!(
            text.contains("pub job_id : Option < JobId > , # [serde (rename = \"jobId\")] pub job_id_3 : Option < String > , pub job_id_2 : i64"),
            "{text}"
        );
        assert!(
            text.contains("Self { job_id : None , job_id_3 : Some (x ()) , job_id_2 : 1 }"),
            "{text}"
        );
    }
}

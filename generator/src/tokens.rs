//! Rewrites for moving progenitor's items into other modules: re-rooting paths on the syn tree
//! (`super::Client` → `crate::Client`, doc strings included), and tidying printed doc comments.

use proc_macro2::{Ident, Span};

/// Replaces `from` in text only where it stands as a whole path (not inside a longer word or
/// after another `::` segment).
fn replace_whole_path(text: &str, from: &str, to: &str) -> String {
    let is_word = |c: char| c.is_alphanumeric() || c == '_';
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find(from) {
        let before = rest[..at].chars().next_back();
        let after = rest[at + from.len()..].chars().next();
        let whole = !before.is_some_and(|c| is_word(c) || c == ':') && !after.is_some_and(is_word);
        out.push_str(&rest[..at]);
        out.push_str(if whole { to } else { from });
        rest = &rest[at + from.len()..];
    }
    out.push_str(rest);
    out
}

/// Re-roots the paths of a list of items in place (`super::Client` → `crate::Client`), doc
/// strings included, without printing and re-parsing them.
pub fn reroot_all(items: &mut [syn::Item], rules: &[(&[&str], &[&str])]) {
    struct Reroot<'r>(&'r [(&'r [&'r str], &'r [&'r str])]);
    impl syn::visit_mut::VisitMut for Reroot<'_> {
        fn visit_path_mut(&mut self, path: &mut syn::Path) {
            if path.leading_colon.is_none() {
                for (from, to) in self.0 {
                    let matches = path.segments.len() > from.len()
                        || (path.segments.len() == from.len() && from.len() > 1);
                    let prefix = path.segments.iter().zip(from.iter()).all(|(seg, want)| {
                        seg.ident == want && matches!(seg.arguments, syn::PathArguments::None)
                    }) && path.segments.len() >= from.len();
                    if matches && prefix {
                        let rest: Vec<syn::PathSegment> =
                            path.segments.iter().skip(from.len()).cloned().collect();
                        let mut segments = syn::punctuated::Punctuated::new();
                        for name in to.iter() {
                            segments
                                .push(syn::PathSegment::from(Ident::new(name, Span::call_site())));
                        }
                        segments.extend(rest);
                        path.segments = segments;
                        break;
                    }
                }
            }
            syn::visit_mut::visit_path_mut(self, path);
        }

        fn visit_attribute_mut(&mut self, attr: &mut syn::Attribute) {
            if let syn::Meta::NameValue(nv) = &mut attr.meta
                && nv.path.is_ident("doc")
                && let syn::Expr::Lit(syn::ExprLit {
                    lit: syn::Lit::Str(text),
                    ..
                }) = &mut nv.value
            {
                let mut value = text.value();
                for (from, to) in self.0.iter().filter(|(from, _)| from.len() > 1) {
                    value = replace_whole_path(&value, &from.join("::"), &to.join("::"));
                }
                *text = syn::LitStr::new(&value, text.span());
            }
            syn::visit_mut::visit_attribute_mut(self, attr);
        }
    }
    let mut visitor = Reroot(rules);
    for item in items {
        syn::visit_mut::VisitMut::visit_item_mut(&mut visitor, item);
    }
}

/// Every identifier an item mentions (to find which types it uses).
pub fn idents(item: &syn::Item) -> Vec<String> {
    struct Collect(Vec<String>);
    impl<'ast> syn::visit::Visit<'ast> for Collect {
        fn visit_ident(&mut self, ident: &'ast Ident) {
            self.0.push(ident.to_string());
        }
    }
    let mut collect = Collect(Vec::new());
    syn::visit::Visit::visit_item(&mut collect, item);
    collect.0
}

/// Tidies prettyplease's doc comments: `///text` gets its space, and `/** ... */` blocks (what
/// it prints for multi-line doc strings) become `///` lines.
pub fn tidy_doc_comments(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 16);
    let mut lines = text.lines();
    while let Some(line) = lines.next() {
        let trimmed = line.trim_start();
        let indent = &line[..line.len() - trimmed.len()];
        if let Some(first) = trimmed
            .strip_prefix("/**")
            .filter(|_| !trimmed.starts_with("/***"))
        {
            // Collect the block up to `*/`.
            let mut block = vec![first.to_owned()];
            let mut closed = first.ends_with("*/");
            while !closed {
                match lines.next() {
                    Some(next) => {
                        closed = next.trim_end().ends_with("*/");
                        block.push(next.to_owned());
                    }
                    None => break,
                }
            }
            if let Some(last) = block.last_mut() {
                let trimmed_end = last.trim_end();
                *last = trimmed_end
                    .strip_suffix("*/")
                    .unwrap_or(trimmed_end)
                    .to_owned();
            }
            for doc_line in block {
                push_doc_line(&mut out, indent, &doc_line);
            }
            continue;
        }
        if let Some(rest) = trimmed.strip_prefix("///")
            && !rest.starts_with('/')
        {
            push_doc_line(&mut out, indent, rest);
            continue;
        }
        out.push_str(line);
        out.push('\n');
    }
    out
}

fn push_doc_line(out: &mut String, indent: &str, text: &str) {
    out.push_str(indent);
    out.push_str("///");
    if !text.is_empty() && !text.starts_with(' ') {
        out.push(' ');
    }
    out.push_str(text.trim_end());
    out.push('\n');
}

//! Token-level rewrites for moving progenitor's items into other modules: re-rooting paths
//! (`super::Client` → `crate::Client`) and the same inside doc strings.

use proc_macro2::{Group, Ident, Punct, Spacing, Span, TokenStream, TokenTree};
use quote::ToTokens;

/// Replaces every path that starts with the idents `from` (joined by `::`) with `to`.
/// `from` must not be preceded by `::` or another path segment, so `a::super::X` is left alone.
pub fn replace_path_prefix(stream: TokenStream, from: &[&str], to: &[&str]) -> TokenStream {
    let tokens: Vec<TokenTree> = stream.into_iter().collect();
    let mut out: Vec<TokenTree> = Vec::with_capacity(tokens.len());
    let mut i = 0;
    while i < tokens.len() {
        if let Some(len) = matches_path(&tokens, i, from)
            && !preceded_by_path_sep(&out)
        {
            out.extend(path_tokens(to));
            i += len;
            continue;
        }
        match &tokens[i] {
            TokenTree::Group(group) => {
                let inner = replace_path_prefix(group.stream(), from, to);
                let mut new = Group::new(group.delimiter(), inner);
                new.set_span(group.span());
                out.push(TokenTree::Group(new));
            }
            TokenTree::Literal(lit) => {
                out.push(TokenTree::Literal(rewrite_doc_literal(lit, from, to)))
            }
            other => out.push(other.clone()),
        }
        i += 1;
    }
    out.into_iter().collect()
}

/// Whether the output so far ends in `::` (so the next ident continues another path).
fn preceded_by_path_sep(out: &[TokenTree]) -> bool {
    match out {
        [.., TokenTree::Punct(a), TokenTree::Punct(b)] => {
            a.as_char() == ':' && a.spacing() == Spacing::Joint && b.as_char() == ':'
        }
        _ => false,
    }
}

/// Number of tokens the path `from` occupies at `tokens[start..]`, if it is there.
fn matches_path(tokens: &[TokenTree], start: usize, from: &[&str]) -> Option<usize> {
    let mut i = start;
    for (n, segment) in from.iter().enumerate() {
        if n > 0 {
            let colons = tokens.get(i..i + 2)?;
            let is_sep = colons
                .iter()
                .all(|t| matches!(t, TokenTree::Punct(p) if p.as_char() == ':'));
            if !is_sep {
                return None;
            }
            i += 2;
        }
        match tokens.get(i)? {
            TokenTree::Ident(ident) if ident == segment => i += 1,
            _ => return None,
        }
    }
    // A one-segment prefix (`self`, `super`) only counts when a path continues after it, so
    // `&self` stays as it is.
    if from.len() == 1 && !matches!(tokens.get(i), Some(TokenTree::Punct(p)) if p.as_char() == ':')
    {
        return None;
    }
    Some(i - start)
}

fn path_tokens(segments: &[&str]) -> Vec<TokenTree> {
    let mut out = Vec::new();
    for (n, segment) in segments.iter().enumerate() {
        if n > 0 {
            out.push(TokenTree::Punct(Punct::new(':', Spacing::Joint)));
            out.push(TokenTree::Punct(Punct::new(':', Spacing::Alone)));
        }
        out.push(TokenTree::Ident(Ident::new(segment, Span::call_site())));
    }
    out
}

/// Doc strings name paths too (`[`Client::x`]: super::Client::x`).
fn rewrite_doc_literal(
    lit: &proc_macro2::Literal,
    from: &[&str],
    to: &[&str],
) -> proc_macro2::Literal {
    let Ok(parsed) = syn::parse2::<syn::LitStr>(lit.to_token_stream()) else {
        return lit.clone();
    };
    let value = parsed.value();
    let from = from.join("::");
    if !value.contains(&from) {
        return lit.clone();
    }
    proc_macro2::Literal::string(&replace_whole_path(&value, &from, &to.join("::")))
}

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

/// Re-roots one item's paths.
pub fn reroot<T>(item: &T, from: &[&str], to: &[&str]) -> T
where
    T: ToTokens + syn::parse::Parse,
{
    let stream = replace_path_prefix(item.to_token_stream(), from, to);
    syn::parse2(stream).expect("re-rooting paths keeps an item parseable")
}

/// Every identifier in a token stream (for finding which types an item mentions).
pub fn idents(stream: TokenStream, out: &mut Vec<String>) {
    for token in stream {
        match token {
            TokenTree::Ident(ident) => out.push(ident.to_string()),
            TokenTree::Group(group) => idents(group.stream(), out),
            _ => {}
        }
    }
}

/// Rewrites every `#[doc = "..."]` so each line is its own attribute starting with a space:
/// prettyplease then prints `/// text` lines instead of `///text` or `/** ... */` blocks.
pub fn normalize_docs(stream: TokenStream) -> TokenStream {
    let tokens: Vec<TokenTree> = stream.into_iter().collect();
    let mut out: Vec<TokenTree> = Vec::with_capacity(tokens.len());
    let mut i = 0;
    while i < tokens.len() {
        if let TokenTree::Punct(hash) = &tokens[i]
            && hash.as_char() == '#'
        {
            let bang = matches!(tokens.get(i + 1), Some(TokenTree::Punct(p)) if p.as_char() == '!');
            let group_at = if bang { i + 2 } else { i + 1 };
            if let Some(TokenTree::Group(group)) = tokens.get(group_at)
                && group.delimiter() == proc_macro2::Delimiter::Bracket
                && let Some(text) = doc_text(group.stream())
            {
                let lines: Vec<&str> = text.lines().collect();
                let lines = if lines.is_empty() { vec![""] } else { lines };
                for line in lines {
                    let line = if line.is_empty() || line.starts_with(' ') {
                        line.to_owned()
                    } else {
                        format!(" {line}")
                    };
                    let attr: TokenStream = if bang {
                        quote::quote!(#![doc = #line])
                    } else {
                        quote::quote!(#[doc = #line])
                    };
                    out.extend(attr);
                }
                i = group_at + 1;
                continue;
            }
        }
        match &tokens[i] {
            TokenTree::Group(group) => {
                let mut new = Group::new(group.delimiter(), normalize_docs(group.stream()));
                new.set_span(group.span());
                out.push(TokenTree::Group(new));
            }
            other => out.push(other.clone()),
        }
        i += 1;
    }
    out.into_iter().collect()
}

/// The text of `doc = "..."`, if that is what the attribute holds.
fn doc_text(stream: TokenStream) -> Option<String> {
    let tokens: Vec<TokenTree> = stream.into_iter().collect();
    match tokens.as_slice() {
        [
            TokenTree::Ident(name),
            TokenTree::Punct(eq),
            TokenTree::Literal(lit),
        ] if name == "doc" && eq.as_char() == '=' => {
            syn::parse2::<syn::LitStr>(lit.to_token_stream())
                .ok()
                .map(|s| s.value())
        }
        _ => None,
    }
}

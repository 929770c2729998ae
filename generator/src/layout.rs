//! Printed code people can read: a blank line between items (prettyplease packs them), doc
//! comments wrapped near 100 columns (spec descriptions arrive as one long line). typify's
//! placeholder docs (a type documented by its own name) are replaced earlier, in `rewrite/docs.rs`.
//!
//! These are text passes over prettyplease's output, which is regular enough for them: items
//! start at the indentation of their block, doc comments are `///` lines.

/// Where docs are wrapped.
const WIDTH: usize = 100;

/// Words that start an item (after its indentation).
const ITEM_STARTS: [&str; 16] = [
    "///",
    "#[",
    "pub ",
    "pub(",
    "impl",
    "fn ",
    "async fn ",
    "struct ",
    "enum ",
    "const ",
    "static ",
    "type ",
    "mod ",
    "trait ",
    "unsafe ",
    "use ",
];

/// All three passes, in the order they need.
pub fn tidy(code: &str) -> String {
    space_out(&wrap_docs(code))
}

fn indent_of(line: &str) -> usize {
    line.len() - line.trim_start().len()
}

/// A blank line before each item of a file or an `impl`/`trait` block (indentation 0 or 4) that
/// follows the end of another (`}` or `;` at the same indentation, not in a comment).
pub fn space_out(code: &str) -> String {
    let mut out = String::with_capacity(code.len() + code.len() / 20);
    let mut previous: Option<&str> = None;
    let is_use = |l: &str| l.starts_with("use ") || l.starts_with("pub use ");
    // Whether the statement that ended last (or is open) is a `use`: a group stays together.
    let mut in_use = false;
    for line in code.lines() {
        let trimmed = line.trim_start();
        let indent = indent_of(line);
        if let Some(prev) = previous {
            let prev_trimmed = prev.trim_start();
            let ends_item = (prev_trimmed.ends_with('}') || prev_trimmed.ends_with(';'))
                && !prev_trimmed.starts_with("//");
            let starts_item = ITEM_STARTS.iter().any(|start| trimmed.starts_with(start))
                && !(is_use(trimmed) && in_use);
            if ends_item && starts_item && indent == indent_of(prev) && indent <= 4 {
                out.push('\n');
            }
        }
        if is_use(trimmed) {
            in_use = true;
        } else if !line.trim().is_empty() && indent == 0 && !in_use_body(trimmed) {
            in_use = false;
        }
        out.push_str(line);
        out.push('\n');
        previous = Some(line).filter(|l| !l.trim().is_empty());
    }
    out
}

/// The closing line of a `use` group (`};`) keeps the group open for the next `use`.
fn in_use_body(trimmed: &str) -> bool {
    trimmed == "};"
}

/// Wraps `///` lines longer than [`WIDTH`] at spaces, keeping the indentation and the indent
/// of list items; code blocks and tables are left as they are.
pub fn wrap_docs(code: &str) -> String {
    let mut out = String::with_capacity(code.len() + code.len() / 20);
    let mut in_fence = false;
    for line in code.lines() {
        let trimmed = line.trim_start();
        let Some(text) = trimmed.strip_prefix("///") else {
            out.push_str(line);
            out.push('\n');
            continue;
        };
        let text = text.strip_prefix(' ').unwrap_or(text);
        if text.trim_start().starts_with("```") {
            in_fence = !in_fence;
        }
        let linked = if in_fence {
            text.to_owned()
        } else {
            autolink(text)
        };
        let text = linked.as_str();
        let prefix = format!("{}/// ", &line[..indent_of(line)]);
        if in_fence || text.starts_with('|') || prefix.len() + text.len() <= WIDTH {
            out.push_str(line);
            out.push('\n');
            continue;
        }
        let hang = list_indent(text);
        let mut current = String::new();
        let mut first = true;
        for word in text.split(' ') {
            let lead = if first { 0 } else { hang };
            if !current.is_empty() && prefix.len() + lead + current.len() + 1 + word.len() > WIDTH {
                push_doc(&mut out, &prefix, lead, &current);
                current.clear();
                first = false;
            }
            if !current.is_empty() {
                current.push(' ');
            }
            current.push_str(word);
        }
        let lead = if first { 0 } else { hang };
        push_doc(&mut out, &prefix, lead, &current);
    }
    out
}

/// Bare `http(s)://` URLs in prose become `<…>` autolinks (rustdoc warns on bare URLs);
/// URLs already in a link, in backticks or in angle brackets are left alone.
fn autolink(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    let mut in_code = false;
    for (index, word) in text.split(' ').enumerate() {
        if index > 0 {
            out.push(' ');
        }
        let ticks = word.matches('`').count();
        let bare = !in_code && (word.starts_with("https://") || word.starts_with("http://"));
        if bare && ticks == 0 {
            let end = word.trim_end_matches(['.', ',', ';', ':', ')', '!', '?']);
            out.push('<');
            out.push_str(end);
            out.push('>');
            out.push_str(&word[end.len()..]);
        } else {
            out.push_str(word);
        }
        if ticks % 2 == 1 {
            in_code = !in_code;
        }
    }
    out
}

/// How far a list item's continuation lines are indented (`- `, `* `, `1. `).
fn list_indent(text: &str) -> usize {
    let spaces = text.len() - text.trim_start().len();
    let body = text.trim_start();
    if body.starts_with("- ") || body.starts_with("* ") {
        return spaces + 2;
    }
    let digits = body.chars().take_while(char::is_ascii_digit).count();
    if digits > 0 && body[digits..].starts_with(". ") {
        return spaces + digits + 2;
    }
    spaces
}

fn push_doc(out: &mut String, prefix: &str, lead: usize, text: &str) {
    out.push_str(prefix.trim_end_matches(' '));
    if !text.is_empty() {
        out.push(' ');
        out.extend(std::iter::repeat_n(' ', lead));
        out.push_str(text);
    }
    out.push('\n');
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn items_get_a_blank_line_between_them_and_nothing_else_does() {
        let code = "use a;\npub struct A {\n    pub x: u32,\n    pub y: u32,\n}\nimpl A {\n    pub fn new() -> Self {\n        let x = 1;\n        Self { x, y: x }\n    }\n    /// Doc.\n    pub fn get(&self) -> u32 {\n        self.x\n    }\n}\n/// `x` is:\n/// }\n/// still the same doc\nconst C: u32 = 1;\n";
        let spaced = space_out(code);
        assert_eq!(
            spaced,
            "use a;\n\npub struct A {\n    pub x: u32,\n    pub y: u32,\n}\n\nimpl A {\n    pub fn new() -> Self {\n        let x = 1;\n        Self { x, y: x }\n    }\n\n    /// Doc.\n    pub fn get(&self) -> u32 {\n        self.x\n    }\n}\n\n/// `x` is:\n/// }\n/// still the same doc\nconst C: u32 = 1;\n"
        );
        assert_eq!(space_out(&spaced), spaced, "idempotent");
        let uses = "pub use a::A;\npub use b::{\n    B,\n};\nuse c;\npub fn f() {}\nuse d;\n";
        assert_eq!(
            space_out(uses),
            "pub use a::A;\npub use b::{\n    B,\n};\nuse c;\n\npub fn f() {}\n\nuse d;\n",
            "a group of uses stays together"
        );
    }

    #[test]
    fn long_doc_lines_wrap_at_spaces_within_the_width() {
        let long = format!("    /// {}", "word ".repeat(40).trim_end());
        let wrapped = wrap_docs(&format!("{long}\n    fn f() {{}}\n"));
        let lines: Vec<&str> = wrapped.lines().collect();
        assert!(lines.len() > 2, "{wrapped}");
        assert!(lines.iter().all(|l| l.len() <= WIDTH), "{wrapped}");
        assert!(
            lines[..lines.len() - 1]
                .iter()
                .all(|l| l.starts_with("    /// word"))
        );
        let words: usize = lines.iter().map(|l| l.matches("word").count()).sum();
        assert_eq!(words, 40, "no word lost");
    }

    #[test]
    fn list_items_hang_and_code_blocks_and_tables_stay() {
        let item = format!("/// - {}", "item ".repeat(30).trim_end());
        let wrapped = wrap_docs(&item);
        assert!(
            wrapped.lines().nth(1).unwrap().starts_with("///   item"),
            "{wrapped}"
        );
        let fenced = format!("/// ```\n/// {}\n/// ```\n", "x ".repeat(80));
        assert_eq!(wrap_docs(&fenced), fenced);
        let table = format!("/// | {} |\n", "cell ".repeat(30));
        assert_eq!(wrap_docs(&table), table);
        let word = format!("/// {}\n", "unbreakable".repeat(12));
        assert_eq!(wrap_docs(&word), word, "one unbreakable word stays whole");
    }

    #[test]
    fn bare_urls_become_autolinks_and_others_stay() {
        assert_eq!(
            autolink("see https://a.io/x.json; or http://b.io."),
            "see <https://a.io/x.json>; or <http://b.io>."
        );
        for kept in [
            "[site](https://a.io)",
            "<https://a.io>",
            "`https://a.io`",
            "`GET https://a.io`",
        ] {
            assert_eq!(autolink(kept), kept);
        }
    }
}

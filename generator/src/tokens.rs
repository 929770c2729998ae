//! Tidying printed doc comments.

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

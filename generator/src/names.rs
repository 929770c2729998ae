//! Rust names for spec names, the way typify and progenitor make them, so code the generator
//! emits itself refers to the same identifiers.

use heck::{ToPascalCase, ToShoutySnakeCase, ToSnakeCase};
use proc_macro2::{Ident, Span};

/// Module used for operations without a tag.
pub const UNTAGGED_MODULE: &str = "api";

/// The Rust type name typify gives a schema name (`run_event` → `RunEvent`, `2fa` → `X2fa`).
pub fn type_name(name: &str) -> String {
    let cleaned = name
        .replace('\'', "")
        .replace(|c: char| !(c.is_alphanumeric() || c == '_'), "-");
    let pascal = match name {
        "+1" => "Plus1".to_owned(),
        "-1" => "Minus1".to_owned(),
        _ => cleaned.to_pascal_case(),
    };
    let pascal = match pascal.chars().next() {
        None => "X".to_owned(),
        Some(c) if c.is_alphabetic() || c == '_' => pascal,
        Some(_) => format!("X{pascal}"),
    };
    if syn::parse_str::<syn::Ident>(&pascal).is_ok() {
        pascal
    } else {
        format!("{pascal}_")
    }
}

/// The Rust field or method name progenitor and typify give a property or parameter
/// (`pageToken` → `page_token`, `type` → `type_`).
pub fn field_name(name: &str) -> String {
    let snake = name.to_snake_case();
    if syn::parse_str::<syn::Ident>(&snake).is_ok() {
        snake
    } else {
        format!("{snake}_")
    }
}

/// The Rust name progenitor gives an operation, and the builder field of a path parameter
/// (snake case, keywords suffixed with `_`).
pub fn method_name(id: &str) -> String {
    let snake = id
        .replace('\'', "")
        .replace(|c: char| !(c.is_alphanumeric() || c == '_'), "-")
        .to_snake_case();
    // Like typify's `sanitize`: a leading digit gets an `x`, a keyword a trailing `_`.
    let snake = match snake.chars().next() {
        Some(c) if c.is_alphabetic() || c == '_' => snake,
        _ => format!("x{snake}"),
    };
    if snake == "gen" || syn::parse_str::<syn::Ident>(&snake).is_err() {
        format!("{snake}_")
    } else {
        snake
    }
}

/// Methods the generated `Client` has besides its operations: the overlays' own (`builder`,
/// `request`, `start_run` …), progenitor's constructor and `ClientInfo`/`ClientHooks` methods,
/// which generated code calls with method syntax, and the derived `Clone`/`Debug` ones. An
/// operation method of one of these names would be a second definition, or would shadow the
/// trait method the builders call (`client.post(&result, &info)`).
pub const CLIENT_METHODS: &[&str] = &[
    "api_version",
    "backfill",
    "base_url",
    "baseurl",
    "builder",
    "client",
    "clone",
    "clone_from",
    "decode_binary",
    "decode_text",
    "exec",
    "fmt",
    "from_env",
    "from_parts",
    "inner",
    "max_response_size",
    "new",
    "new_with_client",
    "outcome_of_event",
    "outcome_of_summary",
    "pending_tasks",
    "post",
    "pre",
    "project",
    "request",
    "retry_policy",
    "run_summary",
    "start_run",
    "start_run_with",
    "status_of",
    "tenant",
    "wait_for_run",
    "with_project",
    "with_tenant",
];

/// A tag or file stem as a Rust module name.
pub fn module_name(name: &str) -> String {
    let snake = name.to_snake_case();
    let snake = if snake.is_empty() {
        UNTAGGED_MODULE.to_owned()
    } else {
        snake
    };
    // Like `method_name`: a leading digit gets an `x` (`1.0/artist` → `x1_0_artist`), a keyword
    // a trailing `_`.
    let snake = if snake.starts_with(|c: char| c.is_ascii_digit()) {
        format!("x{snake}")
    } else {
        snake
    };
    if syn::parse_str::<syn::Ident>(&snake).is_err() {
        format!("{snake}_")
    } else {
        snake
    }
}

/// The `metadata.rs` constant of an operation (`list_workflows` → `LIST_WORKFLOWS`).
pub fn const_name(method_name: &str) -> String {
    method_name.to_shouty_snake_case()
}

/// An identifier for generated code; `name` is already a valid Rust name.
pub fn ident(name: &str) -> Ident {
    Ident::new(name, Span::call_site())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every method the overlays define on `Client` (in `impl Client` or `impl Trait for
    /// Client`) is in [`CLIENT_METHODS`].
    #[test]
    fn client_methods_cover_the_overlays() {
        fn visit(dir: &std::path::Path, found: &mut Vec<String>) {
            for entry in std::fs::read_dir(dir).unwrap() {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    visit(&path, found);
                    continue;
                }
                if path.extension().is_none_or(|e| e != "rs") {
                    continue;
                }
                let file: syn::File =
                    syn::parse_file(&std::fs::read_to_string(&path).unwrap()).unwrap();
                for item in file.items {
                    if let syn::Item::Impl(imp) = item
                        && let syn::Type::Path(ty) = &*imp.self_ty
                        && ty.path.is_ident("Client")
                    {
                        found.extend(imp.items.iter().filter_map(|item| match item {
                            syn::ImplItem::Fn(f) => Some(f.sig.ident.to_string()),
                            _ => None,
                        }));
                    }
                }
            }
        }
        let glue = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../templates/glue");
        let mut found = Vec::new();
        visit(&glue, &mut found);
        assert!(found.contains(&"builder".to_owned()), "{found:?}");
        // The glue's method of our spec's WebSocket operation is that operation's own.
        let missing: Vec<&String> = found
            .iter()
            .filter(|name| !CLIENT_METHODS.contains(&name.as_str()))
            .filter(|name| *name != "stream_workflow_events")
            .collect();
        assert!(missing.is_empty(), "add to CLIENT_METHODS: {missing:?}");
    }

    #[test]
    fn field_names_are_snake_case_and_never_keywords() {
        assert_eq!(field_name("page_token"), "page_token");
        assert_eq!(field_name("pageToken"), "page_token");
        assert_eq!(field_name("type"), "type_");
    }

    #[test]
    fn matches_typify_naming() {
        assert_eq!(type_name("RunEvent"), "RunEvent");
        assert_eq!(type_name("run_event"), "RunEvent");
        assert_eq!(type_name("step_started"), "StepStarted");
        assert_eq!(type_name("2fa"), "X2fa");
        assert_eq!(type_name("Self"), "Self_");
    }

    #[test]
    fn matches_progenitor_method_naming() {
        assert_eq!(method_name("listWorkflows"), "list_workflows");
        assert_eq!(method_name("get-run's-events"), "get_runs_events");
        assert_eq!(method_name("2fa"), "x2fa");
        assert_eq!(method_name("gen"), "gen_");
        assert_eq!(method_name("type"), "type_");
    }

    #[test]
    fn modules_and_constants() {
        assert_eq!(module_name("Tenant Data"), "tenant_data");
        assert_eq!(module_name(""), UNTAGGED_MODULE);
        assert_eq!(module_name("2024"), "x2024");
        assert_eq!(module_name("/1.0/artist/{mbid}"), "x1_0_artist_mbid");
        assert_eq!(module_name("mod"), "mod_");
        assert_eq!(const_name("list_workflows"), "LIST_WORKFLOWS");
    }
}

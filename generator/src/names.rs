//! Rust names for spec names, the way typify and progenitor make them, so code the generator
//! emits itself refers to the same identifiers.

use heck::ToPascalCase;

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
    let snake = heck::ToSnakeCase::to_snake_case(name);
    if syn::parse_str::<syn::Ident>(&snake).is_ok() {
        snake
    } else {
        format!("{snake}_")
    }
}

#[cfg(test)]
mod tests {
    use super::{field_name, type_name};

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
}

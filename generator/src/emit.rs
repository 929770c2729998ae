//! Stage 8: print the modules with prettyplease, add the provenance header to every file, and
//! write the crate scaffolding (Cargo.toml, lib.rs, module indexes, the metadata table).

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use syn::parse::Parser;

use crate::error::{Error, Result};
use crate::features::Gates;
use crate::model::Operation;
use crate::rewrite::Modules;

/// What every generated file's header says about where it came from.
#[derive(Clone, Debug)]
pub struct Provenance {
    pub generator_version: String,
    /// The root spec file as the user named it.
    pub spec: String,
    pub sha256: String,
    pub openapi_version: String,
    pub api_version: String,
    /// The command that rewrites the output.
    pub command: String,
}

impl Provenance {
    fn lines(&self, what: &str) -> [String; 3] {
        [
            format!(
                "@generated {what} by agentruntime-generator {}. Do not edit by hand.",
                self.generator_version
            ),
            format!(
                "Spec: {} (sha256 {}), OpenAPI {}, API version {}.",
                self.spec, self.sha256, self.openapi_version, self.api_version
            ),
            format!("Regenerate: {}", self.command),
        ]
    }

    pub fn rust_header(&self, what: &str) -> String {
        self.lines(what).map(|l| format!("// {l}\n")).concat()
    }

    pub fn toml_header(&self, what: &str) -> String {
        self.lines(what).map(|l| format!("# {l}\n")).concat()
    }

    pub fn markdown_header(&self, what: &str) -> String {
        let [a, b, c] = self.lines(what);
        format!("<!-- {a}\n     {b}\n     {c} -->\n")
    }
}

/// Settings of the emitted crate.
#[derive(Clone, Debug)]
pub struct CrateSettings {
    pub name: String,
    pub version: String,
    pub description: String,
    /// Add an empty `[workspace]` so the crate builds on its own outside any workspace.
    pub standalone: bool,
    /// Where the runtime crate is, as the generated `Cargo.toml` names it (relative to the
    /// output folder, or absolute).
    pub runtime_path: String,
}

/// An overlay read from the templates folder.
#[derive(Clone, Debug)]
pub struct Overlay {
    /// Path relative to the templates folder (`client.rs`, `stream/mod.rs`).
    pub path: PathBuf,
    pub text: String,
}

pub struct Crate<'a> {
    pub modules: Modules,
    pub operations: &'a [Operation],
    pub overlays: &'a [Overlay],
    pub provenance: &'a Provenance,
    pub settings: &'a CrateSettings,
    pub manifest: &'a crate::manifest::Manifest,
    pub uses_chrono: bool,
    pub uses_uuid: bool,
    pub uses_regress: bool,
}

/// Every file of the crate: relative path → contents.
pub fn files(krate: Crate<'_>) -> Result<BTreeMap<PathBuf, String>> {
    let p = krate.provenance;
    let mut out = BTreeMap::new();
    let reserved: BTreeSet<String> = krate.manifest.features.keys().cloned().collect();
    let gates = Gates::plan(&krate.modules, &reserved);
    let area_of: BTreeMap<&str, &str> = krate
        .operations
        .iter()
        .map(|op| (op.method_name.as_str(), op.module.as_str()))
        .collect();
    let text: BTreeSet<&str> = krate
        .operations
        .iter()
        .filter(|op| op.text_response)
        .map(|op| op.method_name.as_str())
        .collect();
    let decoders = decode_body(
        &krate.modules.success_types,
        |id| text.contains(id),
        |id| area_of.get(id).and_then(|area| gates.area_cfg(area)),
    );
    out.insert(
        PathBuf::from("Cargo.toml"),
        cargo_toml(
            &krate,
            &crates_named(&krate.modules, &decoders),
            &gates,
            &area_of,
        ),
    );
    out.insert(
        PathBuf::from("src/lib.rs"),
        rust_file(p, "crate root", lib_rs(&krate, &gates, &area_of))?,
    );
    let m = krate.modules;

    out.insert(
        PathBuf::from("src/api.rs"),
        module_file(
            p,
            "`Client` struct (from progenitor)",
            quote! {
                //! The `Client` struct progenitor generates; `Client::builder()` and the request
                //! behaviour are overlays (`client.rs`, `hooks.rs`).
                #[allow(unused_imports)]
                use progenitor_client::{ClientHooks, ClientInfo};
            },
            m.client,
        )?,
    );
    out.insert(
        PathBuf::from("src/metadata.rs"),
        rust_file(
            p,
            "operation table",
            metadata(
                krate.operations,
                &format_ident!("{}", krate.manifest.runtime.ident()),
            ),
        )?,
    );

    // types/
    let mut type_mods = Vec::new();
    for (area, items) in m.types {
        let module = format_ident!("{}", area);
        // A module whose types are all gated off by features is empty then.
        let allow = gates
            .any_gated(&items)
            .then(|| quote!(#[allow(unused_imports)]));
        type_mods.push(quote!(mod #module; #allow pub use #module::*;));
        out.insert(
            PathBuf::from(format!("src/types/{area}.rs")),
            module_file(
                p,
                &format!("types of the `{area}` area"),
                quote! {
                    #![allow(clippy::all, clippy::pedantic)]
                    #[allow(unused_imports)]
                    use super::*;
                },
                gated(items, &gates)?,
            )?,
        );
    }
    out.insert(
        PathBuf::from("src/types/defaults.rs"),
        module_file(
            p,
            "default values",
            quote! {
                //! Default values the spec declares for fields.
                #![allow(clippy::all, clippy::pedantic, dead_code)]
            },
            gated(m.type_defaults, &gates)?,
        )?,
    );
    out.insert(
        PathBuf::from("src/types/error.rs"),
        module_file(
            p,
            "conversion error",
            quote! {
                //! The error of checked conversions into the API's types.
                #![allow(clippy::all, clippy::pedantic)]
            },
            m.type_error,
        )?,
    );
    out.insert(
        PathBuf::from("src/types/mod.rs"),
        rust_file(
            p,
            "types index",
            quote! {
                //! Request and response bodies, enums and unions of the API, grouped by area in the
                //! source and flattened here: every type is `agentruntime::types::Name`.
                    pub mod defaults;
                pub mod error;
                #(#type_mods)*
            },
        )?,
    );

    // operations/
    let mut op_mods = Vec::new();
    for (area, items) in m.operations {
        let module = format_ident!("{}", area);
        let gate = gates.area_cfg(&area);
        op_mods.push(quote!(#gate mod #module; #gate pub use #module::*;));
        out.insert(
            PathBuf::from(format!("src/operations/{area}.rs")),
            module_file(
                p,
                &format!("operations of the `{area}` area"),
                quote! {
                    #![allow(clippy::all, clippy::pedantic)]
                    #[allow(unused_imports)]
                    use crate::types;
                    #[allow(unused_imports)]
                    use progenitor_client::{
                        ByteStream, ClientHooks, ClientInfo, Error, OperationInfo,
                        RequestBuilderExt, ResponseValue,
                    };
                },
                items,
            )?,
        );
    }
    out.insert(
        PathBuf::from("src/operations/mod.rs"),
        rust_file(
            p,
            "operations index",
            quote! {
                //! One builder per operation. Each is returned by the `Client` method of the same
                //! name (which takes the path parameters and a required body), takes the optional
                //! parameters as setters, and is sent with `.send()` or `.send_with(options)`
                //! (and, for lists, streamed with `.stream()`).
                #(#op_mods)*
                #decoders
            },
        )?,
    );

    for overlay in krate.overlays {
        let rel = PathBuf::from("src").join(&overlay.path);
        let what = format!("from templates/glue/{}", overlay.path.display());
        let text = match overlay.path.extension().and_then(|e| e.to_str()) {
            Some("rs") => format!("{}\n{}", p.rust_header(&what), overlay.text),
            _ => overlay.text.clone(),
        };
        if overlay.path == Path::new("README.md") {
            out.insert(
                PathBuf::from("README.md"),
                format!("{}\n{}", p.markdown_header(&what), overlay.text),
            );
        } else {
            out.insert(rel, text);
        }
    }
    Ok(out)
}

/// Each item with the `#[cfg]` its area features call for (see `features.rs`).
fn gated(items: Vec<syn::Item>, gates: &Gates) -> Result<Vec<syn::Item>> {
    items
        .into_iter()
        .map(|mut item| {
            if let Some(cfg) = gates.type_item_cfg(&item) {
                let attrs = syn::Attribute::parse_outer
                    .parse2(cfg)
                    .map_err(|e| Error::Internal(format!("a cfg attribute: {e}")))?;
                let existing = match &mut item {
                    syn::Item::Struct(i) => &mut i.attrs,
                    syn::Item::Enum(i) => &mut i.attrs,
                    syn::Item::Impl(i) => &mut i.attrs,
                    syn::Item::Type(i) => &mut i.attrs,
                    syn::Item::Fn(i) => &mut i.attrs,
                    syn::Item::Const(i) => &mut i.attrs,
                    other => {
                        return Err(Error::Internal(format!(
                            "cannot gate {}",
                            crate::rewrite::syntax::describe(other)
                        )));
                    }
                };
                // After the docs, so each item still reads doc first.
                let at = existing
                    .iter()
                    .take_while(|a| a.path().is_ident("doc"))
                    .count();
                existing.splice(at..at, attrs);
            }
            Ok(item)
        })
        .collect()
}

fn rust_file(p: &Provenance, what: &str, tokens: TokenStream) -> Result<String> {
    let file: syn::File = syn::parse2(tokens).map_err(|e| {
        Error::Internal(format!("{what}: generated tokens are not valid Rust: {e}"))
    })?;
    Ok(print(p, what, &file))
}

/// A module of already-parsed items after a small prelude (inner attributes, `use`s).
fn module_file(
    p: &Provenance,
    what: &str,
    prelude: TokenStream,
    items: Vec<syn::Item>,
) -> Result<String> {
    let mut file: syn::File = syn::parse2(prelude)
        .map_err(|e| Error::Internal(format!("{what}: prelude is not valid Rust: {e}")))?;
    file.items.extend(items);
    Ok(print(p, what, &file))
}

fn print(p: &Provenance, what: &str, file: &syn::File) -> String {
    let code = crate::layout::tidy(&crate::tokens::tidy_doc_comments(&prettyplease::unparse(
        file,
    )));
    format!("{}\n{}", p.rust_header(what), code)
}

/// The module an overlay file belongs to: `client.rs` → `client`, `stream/engine.rs` →
/// `stream`; `None` for files that are not modules (`README.md`, `lib.rs`).
pub fn module_of(path: &Path) -> Option<String> {
    let mut parts = path.iter();
    let first = parts.next()?.to_str()?;
    match (first.strip_suffix(".rs"), parts.next()) {
        (Some(stem), None) if stem != "lib" => Some(stem.to_owned()),
        (None, Some(_)) => Some(first.to_owned()),
        _ => None,
    }
}

/// The overlay modules among these files.
pub fn overlay_module_names(overlays: &[Overlay]) -> std::collections::BTreeSet<String> {
    overlays.iter().filter_map(|o| module_of(&o.path)).collect()
}

fn lib_rs(krate: &Crate<'_>, gates: &Gates, area_of: &BTreeMap<&str, &str>) -> TokenStream {
    let manifest = krate.manifest;
    let runtime = format_ident!("{}", manifest.runtime.ident());
    let overlays = overlay_module_names(krate.overlays);
    let feature_gate = |feature: Option<&String>| feature.map(|f| quote!(#[cfg(feature = #f)]));
    // A glue module compiles with its feature, or, without one, when the areas of what it
    // requires are on.
    let module_gate = |m: &str| {
        let entry = manifest.modules.get(m)?;
        match &entry.feature {
            Some(feature) => feature_gate(Some(feature)),
            None => gates.requirement_cfg(&entry.requires, |op| area_of.get(op).copied()),
        }
    };
    let mods = overlays.iter().map(|m| {
        let gate = module_gate(m);
        let m = format_ident!("{}", m);
        quote!(#gate #[rustfmt::skip] mod #m;)
    });
    // The manifest's named re-exports, sorted as rustfmt sorts them (by path) and in lists
    // that fit on one line, so `cargo fmt` leaves this file as it is.
    let mut uses: Vec<(String, TokenStream)> = Vec::new();
    for m in &overlays {
        if let Some(entry) = manifest.modules.get(m) {
            let gate = module_gate(m);
            uses.extend(use_lines(m, &entry.exports, gate.as_ref()));
        }
    }
    for group in &manifest.exports {
        let gate = feature_gate(group.feature.as_ref());
        uses.extend(use_lines(&runtime.to_string(), &group.names, gate.as_ref()));
    }
    uses.push((
        "api".to_owned(),
        quote!(
            pub use api::Client;
        ),
    ));
    // The runtime modules generated code calls as `crate::transport::send` and so on.
    uses.push((
        format!("{runtime}::{{framing"),
        quote!(#[allow(unused_imports)] use #runtime::{framing, lenient, multipart, pagination, params, transport};),
    ));
    uses.push((
        "progenitor_client".to_owned(),
        quote!(
            /// The body of a streamed response (Server-Sent Events, NDJSON, binary), chunk by chunk.
            pub use progenitor_client::ByteStream;
        ),
    ));
    uses.sort_by(|a, b| a.0.cmp(&b.0));
    let uses = uses.into_iter().map(|(_, tokens)| tokens);
    let readme = krate
        .overlays
        .iter()
        .any(|o| o.path == Path::new("README.md"))
        .then(|| quote!(#![doc = include_str!("../README.md")]));
    quote! {
        #readme
        #![forbid(unsafe_code)]
        #![warn(missing_debug_implementations)]
        #![deny(missing_docs)]

        // Generated and copied modules are formatted by the generator (prettyplease), not rustfmt.
        #[rustfmt::skip]
        mod api;
        #[rustfmt::skip]
        pub mod metadata;
        #[rustfmt::skip]
        pub mod operations;
        #[rustfmt::skip]
        pub mod types;
        #(#mods)*

        #(#uses)*
    }
}

/// `pub use path::{names};` items, one per run of names that fits on one line (so
/// neither prettyplease nor rustfmt wraps them, and both agree), each with its sort key.
fn use_lines(
    path: &str,
    names: &[String],
    gate: Option<&TokenStream>,
) -> Vec<(String, TokenStream)> {
    // Below prettyplease's margin (89), so it prints each on one line, as rustfmt does.
    const WIDTH: usize = 85;
    let mut sorted: Vec<&String> = names.iter().collect();
    sorted.sort();
    let mut runs: Vec<Vec<&String>> = Vec::new();
    for name in sorted {
        let fits = runs.last().is_some_and(|run| {
            let len: usize = run.iter().map(|n| n.len() + 2).sum();
            format!("pub use {path}::{{}};").len() + len + name.len() <= WIDTH
        });
        match runs.last_mut() {
            Some(run) if fits => run.push(name),
            _ => runs.push(vec![name]),
        }
    }
    let path_tokens: syn::Path = syn::parse_str(path).expect("a module path");
    runs.into_iter()
        .map(|run| {
            // rustfmt puts `path::Name` before `path::{A, B}`.
            let brace = if run.len() == 1 { "" } else { "{" };
            let key = format!("{path}::{brace}{}", run[0]);
            let idents = run.iter().map(|n| format_ident!("{}", n));
            (key, quote!(#gate pub use #path_tokens::{#(#idents),*};))
        })
        .collect()
}

/// `decode_body(operation, bytes)`: checks a raw success body against the operation's Rust type
/// (for tools that read raw responses, and for recorded fixtures).
fn decode_body(
    success_types: &[(String, syn::Type)],
    is_text: impl Fn(&str) -> bool,
    gate: impl Fn(&str) -> Option<TokenStream>,
) -> TokenStream {
    let arms = success_types.iter().map(|(id, ty)| {
        let is = |name: &str| matches!(ty, syn::Type::Path(p) if p.path.segments.last().is_some_and(|s| s.ident == name));
        let unit = matches!(ty, syn::Type::Tuple(t) if t.elems.is_empty());
        let gate = gate(id);
        if unit || is("ByteStream") || is("Upgraded") {
            quote!(#gate #id => ::std::result::Result::Ok(()),)
        } else if is_text(id) {
            quote!(#gate #id => ::std::str::from_utf8(body).map(|_| ()).map_err(|e| e.to_string()),)
        } else {
            quote!(#gate #id => check::<#ty>(body),)
        }
    });
    quote! {
        /// Checks that `body` decodes as the success type of the operation whose Rust method is
        /// `operation` (`"list_workflows"`), naming the JSON path of the first mismatch; `None`
        /// for an unknown operation. A text body must be UTF-8; operations without a JSON or
        /// text body accept any bytes.
        ///
        /// ```
        /// let verdict = agentruntime::operations::decode_body("get_workflow", br#"{"id": 7}"#);
        /// assert!(verdict.unwrap().is_err());
        /// assert!(agentruntime::operations::decode_body("no_such_operation", b"{}").is_none());
        /// ```
        // Without JSON bodies `body` is never read; with every area off, no arm returns.
        #[allow(unused_variables, unreachable_code)]
        pub fn decode_body(
            operation: &str,
            body: &[u8],
        ) -> ::std::option::Option<::std::result::Result<(), ::std::string::String>> {
            #[allow(unused_imports)]
            use crate::types;
            #[allow(dead_code)]
            fn check<T: ::serde::de::DeserializeOwned>(body: &[u8]) -> ::std::result::Result<(), ::std::string::String> {
                let mut deserializer = ::serde_json::Deserializer::from_slice(body);
                match ::serde_path_to_error::deserialize::<_, T>(&mut deserializer) {
                    ::std::result::Result::Ok(_) => deserializer.end().map_err(|e| e.to_string()),
                    ::std::result::Result::Err(error) => {
                        ::std::result::Result::Err(::std::format!("{}: {}", error.path(), error.inner()))
                    }
                }
            }
            ::std::option::Option::Some(match operation {
                #(#arms)*
                _ => return ::std::option::Option::None,
            })
        }
    }
}

fn metadata(operations: &[Operation], runtime: &syn::Ident) -> TokenStream {
    let mut consts = Vec::new();
    let mut sorted: Vec<&Operation> = operations.iter().collect();
    sorted.sort_by(|a, b| a.method_name.cmp(&b.method_name));
    for op in operations {
        let name = format_ident!("{}", op.const_name());
        let id = &op.method_name;
        // `walk::METHODS` are exactly the methods `HttpMethod` knows.
        let method = crate::model::HttpMethod::parse(&op.method).map_or("Get", |m| m.variant());
        let method = format_ident!("{}", method);
        let path = &op.path;
        // Only what differs from `Operation::new`'s defaults, so each entry reads as a sentence.
        let mut setters = Vec::new();
        if op.id != op.method_name {
            let operation_id = &op.id;
            setters.push(quote!(.operation_id(#operation_id)));
        }
        let tag = &op.module;
        setters.push(quote!(.tag(#tag)));
        if let Some(summary) = &op.summary {
            setters.push(quote!(.summary(#summary)));
        }
        if op.scope != crate::model::Scope::None {
            let scope = format_ident!("{}", op.scope.variant());
            setters.push(quote!(.scope(Scope::#scope)));
        }
        if let Some(role) = op.role {
            let role = format_ident!("{}", role.variant());
            setters.push(quote!(.role(Role::#role)));
        }
        for (on, setter) in [
            (op.idempotent, "idempotent"),
            (op.pagination.is_some(), "paginated"),
            (op.streamed, "streamed"),
            (op.websocket_message.is_some(), "websocket"),
            (op.deprecated, "deprecated"),
        ] {
            if on {
                let setter = format_ident!("{}", setter);
                setters.push(quote!(.#setter(true)));
            }
        }
        let doc = format!(" `{}`: `{} {}`.", op.method_name, op.method, op.path);
        consts.push(quote! {
            #[doc = #doc]
            pub const #name: Operation = Operation::new(#id, HttpMethod::#method, #path) #(#setters)*;
        });
    }
    let all = sorted.iter().map(|op| format_ident!("{}", op.const_name()));
    let count = operations.len();
    quote! {
        //! What the spec says about each operation that the client needs at run time: the
        //! context it sends, the role it needs, and whether it may be retried.

        pub use #runtime::{HttpMethod, Operation, Role, Scope};

        #(#consts)*

        /// Every operation, sorted by `id`.
        pub static OPERATIONS: [Operation; #count] = [#(#all),*];

        /// The operation with this `id` (the Rust method name).
        pub fn operation(id: &str) -> ::std::option::Option<&'static Operation> {
            OPERATIONS
                .binary_search_by(|op| op.id.cmp(id))
                .ok()
                .map(|index| &OPERATIONS[index])
        }
    }
}

/// Every identifier the generated items name: a crate of the manifest's `generated` list is a
/// dependency only when its name is among them (a spec without lists names no `futures`).
fn crates_named(modules: &Modules, decoders: &TokenStream) -> BTreeSet<String> {
    fn walk(tokens: TokenStream, out: &mut BTreeSet<String>) {
        for tree in tokens {
            match tree {
                proc_macro2::TokenTree::Ident(ident) => {
                    out.insert(ident.to_string());
                }
                proc_macro2::TokenTree::Group(group) => walk(group.stream(), out),
                _ => {}
            }
        }
    }
    let mut named = BTreeSet::new();
    walk(decoders.clone(), &mut named);
    let items = modules
        .client
        .iter()
        .chain(modules.types.values().flatten())
        .chain(&modules.type_defaults)
        .chain(&modules.type_error)
        .chain(modules.operations.values().flatten());
    let mut idents = crate::rewrite::syntax::Idents::default();
    for item in items {
        syn::visit::Visit::visit_item(&mut idents, item);
    }
    named.extend(idents.0);
    named
}

fn cargo_toml(
    krate: &Crate<'_>,
    named: &BTreeSet<String>,
    gates: &Gates,
    area_of: &BTreeMap<&str, &str>,
) -> String {
    let s = krate.settings;
    let manifest = krate.manifest;
    // The crates the generated code names and those of the included overlays, from the
    // manifest.
    let included = overlay_module_names(krate.overlays);
    let mut deps = manifest.dependency_lines(
        |krate| named.contains(&krate.replace('-', "_")),
        included.iter().map(String::as_str),
    );
    deps.push(format!(
        "{} = {{ version = \"={}\", path = {:?}, default-features = false }}",
        manifest.runtime.name, manifest.runtime.version, s.runtime_path
    ));
    if krate.uses_chrono {
        deps.push(r#"chrono = { version = "0.4.41", default-features = false, features = ["serde", "std"] }"#.to_owned());
    }
    if krate.uses_uuid {
        deps.push(r#"uuid = { version = "1.17.0", features = ["serde"] }"#.to_owned());
    }
    if krate.uses_regress {
        deps.push(r#"regress = "0.10.3""#.to_owned());
    }
    deps.sort();
    let workspace = if s.standalone { "\n[workspace]\n" } else { "" };
    let areas: Vec<String> = gates.areas.values().cloned().collect();
    // A glue module's feature turns on the areas of what it requires.
    let mut needs: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for name in &included {
        let Some(entry) = manifest.modules.get(name) else {
            continue;
        };
        let Some(feature) = &entry.feature else {
            continue;
        };
        for required in &entry.requires {
            let area = area_of
                .get(required.as_str())
                .and_then(|area| gates.areas.get(*area).cloned())
                .or_else(|| gates.features_of_type(required).into_iter().next());
            needs.entry(feature.clone()).or_default().extend(area);
        }
    }
    format!(
        "{header}
[package]
name = \"{name}\"
version = \"{version}\"
description = \"{description}\"
edition = \"2024\"
rust-version = \"1.88\"
license = \"MIT OR Apache-2.0\"
readme = \"README.md\"
keywords = [\"agentruntime\", \"sdk\", \"api\", \"workflows\"]
categories = [\"api-bindings\", \"web-programming::http-client\"]

[features]
{features}

[dependencies]
{deps}
{workspace}",
        header = krate.provenance.toml_header("crate manifest"),
        name = s.name,
        version = s.version,
        description = s.description,
        features = manifest.feature_lines(&areas, &needs).join("\n"),
        deps = deps.join("\n"),
    )
}

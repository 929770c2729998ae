//! Stage 8: print the modules with prettyplease, add the provenance header to every file, and
//! write the crate scaffolding (Cargo.toml, lib.rs, module indexes, the metadata table).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use crate::error::{Error, Result};
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
    out.insert(PathBuf::from("Cargo.toml"), cargo_toml(&krate));
    out.insert(
        PathBuf::from("src/lib.rs"),
        rust_file(p, "crate root", lib_rs(&krate))?,
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
        rust_file(p, "operation table", metadata(krate.operations))?,
    );

    // types/
    let mut type_mods = Vec::new();
    for (area, items) in m.types {
        let module = format_ident!("{}", area);
        type_mods.push(quote!(mod #module; pub use #module::*;));
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
                items,
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
            m.type_defaults,
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
        op_mods.push(quote!(mod #module; pub use #module::*;));
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
    let decoders = decode_body(&m.success_types);
    out.insert(
        PathBuf::from("src/operations/mod.rs"),
        rust_file(
            p,
            "operations index",
            quote! {
                //! One builder per operation. Each is returned by the `Client` method of the same
                //! name, takes the optional parameters and the body as setters, and is sent with
                //! `.send()` (and, for lists, streamed with `.stream()`).
                #(#op_mods)*
                #decoders
            },
        )?,
    );

    for overlay in krate.overlays {
        let rel = PathBuf::from("src").join(&overlay.path);
        let what = format!("from templates/{}", overlay.path.display());
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

fn lib_rs(krate: &Crate<'_>) -> TokenStream {
    let overlays = overlay_module_names(krate.overlays);
    let mods = overlays.iter().map(|m| {
        let m = format_ident!("{}", m);
        quote!(#[rustfmt::skip] mod #m;)
    });
    // The manifest's named re-exports, in the order rustfmt sorts them, so `cargo fmt` leaves
    // this file as it is.
    let mut uses: Vec<(String, TokenStream)> = overlays
        .iter()
        .filter_map(|m| {
            let exports = &krate.manifest.modules.get(m)?.exports;
            if exports.is_empty() {
                return None;
            }
            let ident = format_ident!("{}", m);
            let names = exports.iter().map(|name| format_ident!("{}", name));
            Some((m.clone(), quote!(pub use #ident::{#(#names),*};)))
        })
        .collect();
    uses.push((
        "api".to_owned(),
        quote!(
            pub use api::Client;
        ),
    ));
    uses.push((
        "progenitor_client".to_owned(),
        quote!(
            pub use progenitor_client::{ByteStream, ClientInfo};
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

/// `decode_body(operation, bytes)`: checks a raw success body against the operation's Rust type
/// (for tools that read raw responses, and for recorded fixtures).
fn decode_body(success_types: &[(String, syn::Type)]) -> TokenStream {
    let arms = success_types.iter().map(|(id, ty)| {
        let is = |name: &str| matches!(ty, syn::Type::Path(p) if p.path.segments.last().is_some_and(|s| s.ident == name));
        let unit = matches!(ty, syn::Type::Tuple(t) if t.elems.is_empty());
        if unit || is("ByteStream") || is("Upgraded") {
            quote!(#id => ::std::result::Result::Ok(()),)
        } else {
            quote!(#id => check::<#ty>(body),)
        }
    });
    quote! {
        /// Checks that `body` decodes as the success type of the operation whose Rust method is
        /// `operation` (`"list_workflows"`), naming the JSON path of the first mismatch; `None`
        /// for an unknown operation. Operations without a JSON body accept any bytes.
        ///
        /// ```
        /// let verdict = agentruntime::operations::decode_body("get_workflow", br#"{"id": 7}"#);
        /// assert!(verdict.unwrap().is_err());
        /// assert!(agentruntime::operations::decode_body("no_such_operation", b"{}").is_none());
        /// ```
        #[allow(unused_variables)] // a spec without JSON bodies never reads `body`
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

fn metadata(operations: &[Operation]) -> TokenStream {
    let mut consts = Vec::new();
    let mut sorted: Vec<&Operation> = operations.iter().collect();
    sorted.sort_by(|a, b| a.method_name.cmp(&b.method_name));
    for op in operations {
        let name = format_ident!("{}", op.const_name());
        let id = &op.method_name;
        let operation_id = &op.id;
        let method = &op.method;
        let path = &op.path;
        let tag = &op.module;
        let summary = op.summary.clone().unwrap_or_default();
        let scope = format_ident!("{}", op.scope.variant());
        let role = match op.role {
            Some(role) => {
                let v = format_ident!("{}", role.variant());
                quote!(::std::option::Option::Some(Role::#v))
            }
            None => quote!(::std::option::Option::None),
        };
        let idempotent = op.idempotent;
        let paginated = op.pagination.is_some();
        let streamed = op.streamed;
        let websocket = op.websocket_message.is_some();
        let deprecated = op.deprecated;
        let doc = format!(" `{}`: `{} {}`.", op.method_name, op.method, op.path);
        consts.push(quote! {
            #[doc = #doc]
            pub const #name: Operation = Operation {
                id: #id,
                operation_id: #operation_id,
                method: #method,
                path: #path,
                tag: #tag,
                summary: #summary,
                scope: Scope::#scope,
                role: #role,
                idempotent: #idempotent,
                paginated: #paginated,
                streamed: #streamed,
                websocket: #websocket,
                deprecated: #deprecated,
            };
        });
    }
    let all = sorted.iter().map(|op| format_ident!("{}", op.const_name()));
    let count = operations.len();
    quote! {
        //! What the spec says about each operation that the client needs at run time: the
        //! context it sends, the role it needs, and whether it may be retried.

        /// Which context headers an operation sends.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Scope {
            /// Neither `X-Tenant-Id` nor `X-Project-Id`.
            None,
            /// `X-Tenant-Id` only.
            Tenant,
            /// `X-Tenant-Id` and `X-Project-Id`.
            Project,
        }

        /// The minimum role an operation requires, as the spec states it.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[non_exhaustive]
        pub enum Role {
            /// `project_viewer`: read workflows, runs, analytics.
            ProjectViewer,
            /// `project_contributor`: edit, publish and run workflows; manage integrations.
            ProjectContributor,
            /// `project_admin`: manage members and visibility.
            ProjectAdmin,
            /// `tenant_admin`: workspace administration and billing.
            TenantAdmin,
            /// `public`: no role check (login flows, signed webhook ingress).
            Public,
        }

        impl Role {
            /// The role as the spec and the API name it.
            pub const fn as_str(self) -> &'static str {
                match self {
                    Self::ProjectViewer => "project_viewer",
                    Self::ProjectContributor => "project_contributor",
                    Self::ProjectAdmin => "project_admin",
                    Self::TenantAdmin => "tenant_admin",
                    Self::Public => "public",
                }
            }
        }

        impl ::std::fmt::Display for Role {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        /// One operation of the API.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        #[non_exhaustive]
        pub struct Operation {
            /// Rust method name; also the id progenitor reports to hooks.
            pub id: &'static str,
            /// `operationId` as written in the spec.
            pub operation_id: &'static str,
            /// HTTP method, upper case.
            pub method: &'static str,
            /// Path template as written in the spec.
            pub path: &'static str,
            /// The area (tag) the operation belongs to.
            pub tag: &'static str,
            /// One-line summary from the spec.
            pub summary: &'static str,
            /// Context headers the operation sends.
            pub scope: Scope,
            /// Minimum role, when the spec states one.
            pub role: ::std::option::Option<Role>,
            /// Safe to send more than once: GET, HEAD, PUT, DELETE, or marked idempotent.
            pub idempotent: bool,
            /// A list that pages (by cursor or offset): its builder has `stream()` and `pages()`.
            pub paginated: bool,
            /// The success body is handed over as a byte stream (Server-Sent Events, NDJSON,
            /// binary), so the response-size limit does not apply to it.
            pub streamed: bool,
            /// A WebSocket stream rather than a request/response call.
            pub websocket: bool,
            /// Deprecated in the spec.
            pub deprecated: bool,
        }

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

fn cargo_toml(krate: &Crate<'_>) -> String {
    let s = krate.settings;
    // The generated code's and the included overlays' crates, from the manifest.
    let included = overlay_module_names(krate.overlays);
    let mut deps = krate
        .manifest
        .dependency_lines(included.iter().map(String::as_str));
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

[dependencies]
{deps}
{workspace}",
        header = krate.provenance.toml_header("crate manifest"),
        name = s.name,
        version = s.version,
        description = s.description,
        deps = deps.join("\n"),
    )
}

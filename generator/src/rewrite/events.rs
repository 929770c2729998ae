//! Server-Sent Events typed by the spec: for an operation whose item schema names its events
//! (`Items::Events`), an enum `{Operation}Event` with a variant per event name (its `data` as the
//! payload type, or as text) and `Unknown(SseEvent)` for names the spec does not list, and its
//! `FromSseEvent` impl. The operation's `events()` then yields it (`operations.rs`).

use std::collections::BTreeSet;

use syn::Item;

use super::Areas;
use crate::model::{Items, Operation};
use crate::names::{ident, type_name};

/// The enum's name for the operation.
pub fn enum_name(op: &Operation) -> String {
    format!("{}Event", type_name(&op.id))
}

/// Adds each typed-event enum to its operation's area.
pub fn add(types: &mut Areas, operations: &[Operation]) {
    for op in operations {
        if let Some(items) = event_items(op) {
            types.entry(op.module.clone()).or_default().extend(items);
        }
    }
}

fn event_items(op: &Operation) -> Option<Vec<Item>> {
    let Some(Items::Events(events)) = &op.items else {
        return None;
    };
    let name = ident(&enum_name(op));
    let mut taken = BTreeSet::from(["Unknown".to_owned()]);
    let mut variants = Vec::new();
    let mut arms = Vec::new();
    for event in events {
        let mut variant = type_name(&event.name);
        let base = variant.clone();
        let mut n = 2;
        while !taken.insert(variant.clone()) {
            variant = if base == "Unknown" && n == 2 {
                "UnknownEvent".to_owned()
            } else {
                format!("{base}{n}")
            };
            n += 1;
        }
        let variant = ident(&variant);
        let wire = &event.name;
        let summary = event
            .description
            .as_deref()
            .map(|d| format!(" `{wire}`: {}", d.trim()))
            .unwrap_or_else(|| format!(" A `{wire}` event."));
        match &event.payload {
            Some(payload) => {
                let payload = ident(payload);
                variants.push(quote::quote! { #[doc = #summary] #variant(#payload) });
                arms.push(quote::quote! { #wire => Self::#variant(crate::framing::data(event)?) });
            }
            None => {
                let summary = format!("{summary} Its data, as text.");
                variants.push(quote::quote! { #[doc = #summary] #variant(::std::string::String) });
                arms.push(quote::quote! { #wire => Self::#variant(event.data.clone()) });
            }
        }
    }
    let method = &op.method_name;
    let doc = format!(
        " An event of [`Client::{method}`](crate::Client::{method})'s Server-Sent Events, by \
         its `event:` name."
    );
    Some(vec![
        syn::parse_quote! {
            #[doc = #doc]
            #[derive(Clone, Debug)]
            #[non_exhaustive]
            pub enum #name {
                #(#variants,)*
                /// An event the spec does not name, as it was received.
                Unknown(crate::SseEvent),
            }
        },
        syn::parse_quote! {
            impl crate::framing::FromSseEvent for #name {
                fn from_sse_event(
                    event: &crate::SseEvent,
                ) -> ::std::result::Result<Self, crate::framing::DataError> {
                    ::std::result::Result::Ok(match event.event.as_str() {
                        #(#arms,)*
                        _ => Self::Unknown(event.clone()),
                    })
                }
            }
        },
    ])
}

#[cfg(test)]
mod tests {
    use quote::ToTokens;

    use super::*;
    use crate::model::EventType;

    fn op(events: Vec<EventType>) -> Operation {
        let mut op = crate::rewrite::index::tests::operation("stream_reply", "chat");
        op.items = Some(Items::Events(events));
        op
    }

    fn event(name: &str, payload: Option<&str>) -> EventType {
        EventType {
            name: name.into(),
            description: None,
            payload: payload.map(str::to_owned),
        }
    }

    #[test]
    fn each_event_name_is_a_variant_and_other_names_stay_unknown() {
        let mut types = Areas::new();
        add(
            &mut types,
            &[op(vec![
                event("token", Some("Token")),
                event("ping", None),
                event("unknown", Some("Odd")),
                event("to-ken", Some("Token")),
            ])],
        );
        let items = &types["chat"];
        let text = items
            .iter()
            .map(|i| i.to_token_stream().to_string())
            .collect::<String>();
        for expected in [
            "pub enum StreamReplyEvent",
            "Token (Token)",
            "Ping (:: std :: string :: String)",
            "UnknownEvent (Odd)",
            "ToKen (Token)",
            "Unknown (crate :: SseEvent)",
            "\"token\" => Self :: Token (crate :: framing :: data (event) ?)",
            "\"ping\" => Self :: Ping (event . data . clone ())",
            "_ => Self :: Unknown (event . clone ())",
        ] {
            assert!(text.contains(expected), "{expected} in {text}");
        }
    }

    #[test]
    fn operations_without_named_events_add_nothing() {
        let mut types = Areas::new();
        let mut lines = op(vec![]);
        lines.items = Some(Items::Lines("Line".into()));
        add(&mut types, &[lines]);
        assert!(types.is_empty());
    }
}

// @generated from templates/pagination.rs by agentruntime-generator 0.1.0. Do not edit by hand.
// Spec: spec/openapi.yaml (sha256 30c1d38da430abece64bd45a9713968d56e678002e3b03f8517556d4a56e28d3), OpenAPI 3.1.0, API version 1.0.0.
// Regenerate: cargo xtask regen

//! Streams over cursor-paginated lists (`limit`/`page_token` in, `items`/`next_page` out).
//!
//! Each page is requested by cloning the caller's builder and setting only `page_token`, so every
//! filter of the first request is sent on every page (progenitor's own stream drops them after
//! the first page). A server that hands back a cursor it already gave ends the stream with a
//! `Decode` error instead of looping forever.

use std::collections::HashSet;
use std::future::Future;

use futures::stream::{self, Stream, TryStreamExt};

use crate::{Error, ErrorKind, Response};

/// A page of a paginated list.
pub trait Page {
    type Item;
    /// The cursor of the next page; `None` (or empty) on the last page.
    fn next_page(&self) -> Option<String>;
    fn into_items(self) -> Vec<Self::Item>;
}

struct State<B> {
    next: Option<B>,
    seen: HashSet<String>,
    /// An error to yield after the page that caused it.
    failed: Option<Error>,
}

/// Every page, in order, each fetched with `send(builder.page_token(cursor))`.
pub(crate) fn pages<'a, B, P, F, Fut, S>(
    first: B,
    send: F,
    set_token: S,
) -> impl Stream<Item = Result<Response<P>, Error>> + Unpin + 'a
where
    B: Clone + 'a,
    P: Page + 'a,
    F: Fn(B) -> Fut + Clone + 'a,
    Fut: Future<Output = Result<Response<P>, Error>> + 'a,
    S: Fn(B, String) -> B + Clone + 'a,
{
    let state = State {
        next: Some(first.clone()),
        seen: HashSet::new(),
        failed: None,
    };
    let template = first;
    Box::pin(stream::unfold(state, move |mut state| {
        let request = state.next.take();
        let template = template.clone();
        let pending = request.map(&send);
        let set_token = set_token.clone();
        async move {
            if let Some(error) = state.failed.take() {
                return Some((Err(error), state));
            }
            let page = match pending?.await {
                Ok(page) => page,
                Err(error) => return Some((Err(error), state)),
            };
            match page.next_page().filter(|cursor| !cursor.is_empty()) {
                None => {}
                Some(cursor) if !state.seen.insert(cursor.clone()) => {
                    state.failed = Some(Error::new(ErrorKind::Decode).with_message(format!(
                        "the server returned page cursor {cursor:?} twice; stopping to avoid a loop"
                    )));
                }
                Some(cursor) => state.next = Some(set_token(template, cursor)),
            }
            Some((Ok(page), state))
        }
    }))
}

/// Every item of every page, in order.
pub(crate) fn items<'a, P>(
    pages: impl Stream<Item = Result<Response<P>, Error>> + Unpin + 'a,
) -> impl Stream<Item = Result<P::Item, Error>> + Unpin + 'a
where
    P: Page + 'a,
    P::Item: 'a,
{
    Box::pin(
        pages
            .map_ok(|page| stream::iter(page.into_inner().into_items().into_iter().map(Ok)))
            .try_flatten(),
    )
}

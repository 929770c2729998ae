//! Streams over paginated lists, in both styles the spec can describe: by cursor (the previous
//! page names the next one) and by offset (`offset`/`limit`, ending on an empty or short page or
//! at `total`).
//!
//! Each page is requested by cloning the caller's builder and setting only the paging
//! parameter, so every filter of the first request is sent on every page (progenitor's own
//! stream drops them after the first page). A server that hands back a cursor it already gave, or
//! the same page for a new offset, ends the stream with a `Decode` error instead of looping.

use std::collections::HashSet;
use std::future::Future;

use futures::stream::{self, Stream, TryStreamExt};

use crate::{Error, ErrorKind, Response};

/// A page of a paginated list.
pub trait Page {
    /// One element of the list.
    type Item;
    /// The cursor of the next page (cursor style); `None` (or empty) on the last page.
    fn next_cursor(&self) -> Option<String>;
    /// The number of items in the whole list, when the server says (offset style).
    fn total(&self) -> Option<u64>;
    /// The number of items on this page.
    fn len(&self) -> usize;
    /// Whether this page has no items.
    fn is_empty(&self) -> bool {
        self.len() == 0
    }
    /// The items of this page.
    fn into_items(self) -> Vec<Self::Item>;
}

struct State<B, K> {
    next: Option<B>,
    /// What paging has seen so far (cursors, or offset progress).
    progress: K,
    /// An error to yield after the page that caused it.
    failed: Option<Error>,
}

/// What comes after a page: the request for the next one, the end, or a server fault.
enum After<B> {
    Next(B),
    End,
    Fault(String),
}

/// The shared loop: send the pending request, yield its page, plan the next request.
fn paged<'a, B, P, F, Fut, K>(
    first: B,
    send: F,
    progress: K,
    plan: impl FnMut(&B, &mut K, &P) -> After<B> + Clone + 'a,
) -> impl Stream<Item = Result<Response<P>, Error>> + Unpin + 'a
where
    B: Clone + 'a,
    P: Page + 'a,
    F: Fn(B) -> Fut + Clone + 'a,
    Fut: Future<Output = Result<Response<P>, Error>> + 'a,
    K: 'a,
{
    let state = State {
        next: Some(first.clone()),
        progress,
        failed: None,
    };
    let template = first;
    Box::pin(stream::unfold(state, move |mut state| {
        let pending = state.next.take().map(&send);
        let template = template.clone();
        let mut plan = plan.clone();
        async move {
            if let Some(error) = state.failed.take() {
                return Some((Err(error), state));
            }
            let page = match pending?.await {
                Ok(page) => page,
                Err(error) => return Some((Err(error), state)),
            };
            match plan(&template, &mut state.progress, &page) {
                After::Next(request) => state.next = Some(request),
                After::End => {}
                After::Fault(message) => {
                    state.failed = Some(Error::new(ErrorKind::Decode).with_message(message));
                }
            }
            Some((Ok(page), state))
        }
    }))
}

/// Every page of a cursor-paged list, each fetched with `send(set_cursor(builder, cursor))`.
pub fn by_cursor<'a, B, P, F, Fut, S>(
    first: B,
    send: F,
    set_cursor: S,
) -> impl Stream<Item = Result<Response<P>, Error>> + Unpin + 'a
where
    B: Clone + 'a,
    P: Page + 'a,
    F: Fn(B) -> Fut + Clone + 'a,
    Fut: Future<Output = Result<Response<P>, Error>> + 'a,
    S: Fn(B, String) -> B + Clone + 'a,
{
    let plan = move |template: &B, seen: &mut HashSet<String>, page: &P| match page
        .next_cursor()
        .filter(|cursor| !cursor.is_empty())
    {
        None => After::End,
        Some(cursor) if !seen.insert(cursor.clone()) => After::Fault(format!(
            "the server returned page cursor {cursor:?} twice; stopping to avoid a loop"
        )),
        Some(cursor) => After::Next(set_cursor(template.clone(), cursor)),
    };
    paged(first, send, HashSet::new(), plan)
}

/// Where offset paging stands.
struct Offsets {
    next: u64,
    /// Page sizes and first items seen, to notice a server that ignores `offset`.
    previous: Option<(usize, String)>,
}

/// Every page of an offset-paged list, from `start`, each fetched with
/// `send(set_offset(builder, offset))`. The list ends on an empty page, a page shorter than
/// `limit` (when the caller set one), or once `total` items were passed.
pub fn by_offset<'a, B, P, F, Fut, S>(
    first: B,
    send: F,
    set_offset: S,
    start: u64,
    limit: Option<u64>,
) -> impl Stream<Item = Result<Response<P>, Error>> + Unpin + 'a
where
    B: Clone + 'a,
    P: Page + serde::Serialize + 'a,
    F: Fn(B) -> Fut + Clone + 'a,
    Fut: Future<Output = Result<Response<P>, Error>> + 'a,
    S: Fn(B, u64) -> B + Clone + 'a,
{
    let plan = move |template: &B, at: &mut Offsets, page: &P| {
        let count = page.len();
        let fingerprint = (count, fingerprint(page));
        if count > 0 && at.previous.as_ref() == Some(&fingerprint) {
            return After::Fault(format!(
                "the server returned the same page for offset {}; stopping to avoid a loop",
                at.next
            ));
        }
        at.previous = Some(fingerprint);
        at.next += count as u64;
        let short = limit.is_some_and(|limit| (count as u64) < limit);
        let complete = page.total().is_some_and(|total| at.next >= total);
        if count == 0 || short || complete {
            After::End
        } else {
            After::Next(set_offset(template.clone(), at.next))
        }
    };
    let progress = Offsets {
        next: start,
        previous: None,
    };
    paged(first, send, progress, plan)
}

/// The start of a page's JSON, to tell two pages apart; serialising stops at the cap, so a big
/// page costs no more than a small one.
fn fingerprint(page: &impl serde::Serialize) -> String {
    const CAP: usize = 4096;
    struct Capped(Vec<u8>);
    impl std::io::Write for Capped {
        fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
            let room = CAP - self.0.len();
            if room == 0 {
                return Err(std::io::ErrorKind::WriteZero.into());
            }
            let taken = room.min(bytes.len());
            self.0.extend_from_slice(&bytes[..taken]);
            Ok(taken)
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }
    let mut out = Capped(Vec::with_capacity(CAP));
    let _ = serde_json::to_writer(&mut out, page);
    String::from_utf8_lossy(&out.0).into_owned()
}

/// Every item of every page, in order.
pub fn items<'a, P>(
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

#[cfg(test)]
mod tests {
    use std::cell::RefCell;
    use std::rc::Rc;

    use futures::StreamExt;
    use progenitor_client::ResponseValue;

    use super::*;

    /// A page as a server of either style would send it.
    #[derive(serde::Serialize)]
    struct Numbers {
        items: Vec<u32>,
        next: Option<String>,
        total: Option<u64>,
    }

    impl Page for Numbers {
        type Item = u32;
        fn next_cursor(&self) -> Option<String> {
            self.next.clone()
        }
        fn total(&self) -> Option<u64> {
            self.total
        }
        fn len(&self) -> usize {
            self.items.len()
        }
        fn into_items(self) -> Vec<u32> {
            self.items
        }
    }

    /// A request builder: a filter that must survive every page, and the paging parameter.
    #[derive(Clone, Debug, PartialEq)]
    struct Request {
        filter: &'static str,
        offset: u64,
        cursor: Option<String>,
    }

    fn ok(page: Numbers) -> Result<Response<Numbers>, Error> {
        let value = ResponseValue::new(page, reqwest::StatusCode::OK, Default::default());
        Ok(Response::new(value))
    }

    fn run<T>(future: impl Future<Output = T>) -> T {
        tokio::runtime::Builder::new_current_thread()
            .build()
            .unwrap()
            .block_on(future)
    }

    type Reply = std::future::Ready<Result<Response<Numbers>, Error>>;
    type Log = Rc<RefCell<Vec<Request>>>;

    /// An offset server over `0..len`, pages of `size` (ignoring `offset` when `broken`).
    fn offset_server(
        len: u32,
        size: u32,
        total: bool,
        broken: bool,
    ) -> (impl Fn(Request) -> Reply + Clone, Log) {
        let seen = Rc::new(RefCell::new(Vec::new()));
        let log = seen.clone();
        let send = move |request: Request| {
            log.borrow_mut().push(request.clone());
            let from = if broken { 0 } else { request.offset as u32 };
            let items = (from..len.min(from + size)).collect();
            let total = total.then_some(u64::from(len));
            std::future::ready(ok(Numbers {
                items,
                next: None,
                total,
            }))
        };
        (send, seen)
    }

    fn collect_offsets(
        send: impl Fn(Request) -> Reply + Clone + 'static,
        limit: Option<u64>,
    ) -> (Vec<u32>, Option<Error>) {
        let first = Request {
            filter: "running",
            offset: 0,
            cursor: None,
        };
        let set = |mut request: Request, offset| {
            request.offset = offset;
            request
        };
        let results: Vec<_> = run(items(by_offset(first, send, set, 0, limit)).collect());
        let mut values = Vec::new();
        let mut error = None;
        for result in results {
            match result {
                Ok(value) => values.push(value),
                Err(e) => error = Some(e),
            }
        }
        (values, error)
    }

    #[test]
    fn offset_paging_stops_at_total_and_keeps_filters() {
        let (send, seen) = offset_server(7, 3, true, false);
        let (values, error) = collect_offsets(send, None);
        assert!(error.is_none());
        assert_eq!(values, (0..7).collect::<Vec<_>>());
        let seen = seen.borrow();
        let offsets: Vec<u64> = seen.iter().map(|r| r.offset).collect();
        assert_eq!(offsets, [0, 3, 6], "no request past the total");
        assert!(seen.iter().all(|r| r.filter == "running"));
    }

    #[test]
    fn offset_paging_stops_at_a_short_page_when_the_limit_is_known() {
        let (send, seen) = offset_server(7, 3, false, false);
        let (values, _) = collect_offsets(send, Some(3));
        assert_eq!(values.len(), 7);
        assert_eq!(seen.borrow().len(), 3);
    }

    #[test]
    fn offset_paging_without_total_or_limit_stops_at_an_empty_page() {
        let (send, seen) = offset_server(6, 3, false, false);
        let (values, error) = collect_offsets(send, None);
        assert!(error.is_none());
        assert_eq!(values.len(), 6);
        let offsets: Vec<u64> = seen.borrow().iter().map(|r| r.offset).collect();
        assert_eq!(offsets, [0, 3, 6]);
    }

    #[test]
    fn a_server_that_ignores_the_offset_ends_the_stream_with_an_error() {
        let (send, seen) = offset_server(9, 3, false, true);
        let (values, error) = collect_offsets(send, None);
        assert_eq!(
            values,
            [0, 1, 2, 0, 1, 2],
            "the repeated page is yielded once more"
        );
        let error = error.expect("a loop is reported");
        assert_eq!(error.kind(), ErrorKind::Decode);
        assert!(error.to_string().contains("same page"), "{error}");
        assert_eq!(seen.borrow().len(), 2);
    }

    #[test]
    fn cursor_paging_follows_cursors_and_stops_on_a_repeat() {
        let pages = [("a", Some("c1")), ("b", Some("c2")), ("c", Some("c1"))];
        let send = move |request: Request| {
            let index = match request.cursor.as_deref() {
                None => 0,
                Some("c1") => 1,
                Some(_) => 2,
            };
            assert_eq!(request.filter, "running");
            let (item, next) = pages[index];
            let page = Numbers {
                items: vec![u32::from(item.as_bytes()[0])],
                next: next.map(str::to_owned),
                total: None,
            };
            std::future::ready(ok(page))
        };
        let first = Request {
            filter: "running",
            offset: 0,
            cursor: None,
        };
        let set = |mut request: Request, cursor| {
            request.cursor = Some(cursor);
            request
        };
        let results: Vec<_> = run(items(by_cursor(first, send, set)).collect());
        assert_eq!(results.len(), 4);
        assert!(results[..3].iter().all(Result::is_ok));
        let error = results[3].as_ref().unwrap_err();
        assert!(error.to_string().contains("twice"), "{error}");
    }
}

//! The log capture of the support library: what it captures, and that parallel captures keep to
//! their own threads even for callsites hit for the first time while other threads capture.

use std::sync::{Arc, Barrier};

use agentruntime_tests::LogCapture;

#[test]
fn a_tracing_event_is_captured_with_its_fields() {
    let logs = LogCapture::start();
    tracing::info!(attempt = 3, "a tracing event for the capture");
    let lines = logs.lines_with("a tracing event for the capture");
    assert_eq!(lines.len(), 1, "{}", logs.text());
    assert!(lines[0].contains("INFO"), "{}", lines[0]);
    assert!(lines[0].contains("attempt=3"), "{}", lines[0]);
}

#[test]
fn spans_open_and_close_around_their_events() {
    let logs = LogCapture::start();
    tracing::trace_span!("captured.span", operation = "probe").in_scope(|| {
        tracing::debug!("inside the span");
    });
    let text = logs.text();
    assert!(
        logs.lines_with("captured.span")
            .iter()
            .any(|l| l.contains("close")),
        "{text}"
    );
    let inside = logs.lines_with("inside the span");
    assert_eq!(inside.len(), 1, "{text}");
    assert!(inside[0].contains("operation=\"probe\""), "{text}");
}

#[test]
fn a_log_crate_record_is_captured() {
    let logs = LogCapture::start();
    log::trace!(target: "some_dependency", "a log record at trace level");
    let lines = logs.lines_with("a log record at trace level");
    assert_eq!(lines.len(), 1, "{}", logs.text());
    assert!(lines[0].contains("TRACE"), "{}", lines[0]);
    assert!(lines[0].contains("some_dependency"), "{}", lines[0]);
}

#[test]
fn a_capture_sees_nothing_after_it_is_dropped_and_nested_captures_both_see() {
    let outer = LogCapture::start();
    {
        let inner = LogCapture::start();
        tracing::warn!("seen by both");
        assert_eq!(inner.lines_with("seen by both").len(), 1);
    }
    tracing::warn!("seen by the outer one");
    assert_eq!(
        outer.lines_with("seen by both").len(),
        1,
        "{}",
        outer.text()
    );
    assert_eq!(outer.lines_with("seen by the outer one").len(), 1);

    drop(outer);
    let later = LogCapture::start();
    tracing::warn!("seen by the later one");
    assert!(
        later
            .lines_with("seen by")
            .iter()
            .all(|l| l.contains("later"))
    );
}

#[test]
fn lines_from_another_thread_are_not_captured() {
    let logs = LogCapture::start();
    std::thread::spawn(|| {
        tracing::error!("from a thread without a capture");
        log::error!("a log record from a thread without a capture");
    })
    .join()
    .unwrap();
    tracing::error!("from the capturing thread");
    let text = logs.text();
    assert!(!text.contains("without a capture"), "{text}");
    assert!(text.contains("from the capturing thread"), "{text}");
}

/// Repeats its statements four times; each copy is its own macro expansion, so a `tracing`
/// macro inside becomes a separate callsite per copy.
macro_rules! four_times {
    ($($statements:tt)*) => {
        $($statements)* $($statements)* $($statements)* $($statements)*
    };
}

type Callsites = Vec<fn(&str, usize)>;

/// Two sets of 256 distinct callsites, none hit before: entry `i` of the first emits
/// `x[<who>:<i>]`, of the second `y[<who>:<i>]`.
fn fresh_callsites() -> (Callsites, Callsites) {
    let mut x: Callsites = Vec::with_capacity(256);
    let mut y: Callsites = Vec::with_capacity(256);
    four_times! { four_times! { four_times! { four_times! {
        x.push(|who, i| tracing::info!(%who, i, "x[{who}:{i}]"));
        y.push(|who, i| tracing::info!(%who, i, "y[{who}:{i}]"));
    } } } }
    (x, y)
}

const ITERATIONS: usize = 200;

/// The three threads of the parallel test.
#[derive(Clone, Copy, PartialEq)]
enum Role {
    /// Captures for the whole iteration.
    A,
    /// Captures for the second half of each iteration only.
    B,
    /// Never captures, and hits the `x` callsites first.
    C,
}

/// One thread of the parallel test: in iteration `i`, callsite `x[i]` is first hit by C while
/// A's capture is the only one alive (where thread-local subscribers cached "never"), then by
/// A; then `y[i]` is hit by all three at once, A and B capturing. Returns what went wrong.
fn run_role(
    role: Role,
    callsites: Arc<(Callsites, Callsites)>,
    barrier: Arc<Barrier>,
) -> Vec<String> {
    let who = match role {
        Role::A => "A",
        Role::B => "B",
        Role::C => "C",
    };
    let (x, y) = &*callsites;
    let mut problems = Vec::new();
    for i in 0..ITERATIONS {
        let mut logs = (role == Role::A).then(LogCapture::start);
        barrier.wait();
        if role == Role::C {
            x[i](who, i);
        }
        barrier.wait();
        match role {
            Role::A => x[i](who, i),
            Role::B => logs = Some(LogCapture::start()),
            Role::C => {}
        }
        barrier.wait();
        y[i](who, i);
        log::trace!("log[{who}:{i}]");
        barrier.wait();
        if let Some(logs) = logs {
            let text = logs.text();
            let mut own = vec![format!("y[{who}:{i}]"), format!("log[{who}:{i}]")];
            if role == Role::A {
                own.push(format!("x[{who}:{i}]"));
            }
            for own in own {
                let count = logs.lines_with(&own).len();
                if count != 1 {
                    problems.push(format!("{own} captured {count} times: {text}"));
                }
            }
            for other in ["A", "B", "C"].into_iter().filter(|o| *o != who) {
                if text.contains(&format!("[{other}:")) {
                    problems.push(format!("thread {who} captured lines of {other}: {text}"));
                }
            }
        }
        barrier.wait();
    }
    problems
}

#[test]
fn parallel_captures_keep_to_their_threads_on_fresh_callsites() {
    let callsites = Arc::new(fresh_callsites());
    assert!(callsites.0.len() >= ITERATIONS && callsites.1.len() >= ITERATIONS);
    let barrier = Arc::new(Barrier::new(3));
    let threads: Vec<_> = [Role::A, Role::B, Role::C]
        .into_iter()
        .map(|role| {
            let callsites = callsites.clone();
            let barrier = barrier.clone();
            std::thread::spawn(move || run_role(role, callsites, barrier))
        })
        .collect();
    let problems: Vec<String> = threads
        .into_iter()
        .flat_map(|t| t.join().expect("thread finished"))
        .collect();
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

//! Captures everything `tracing` emits (spans and events, every field) as text, to assert on
//! retry events and on the absence of secrets. Records of the `log` crate (tokio-tungstenite,
//! hyper, rustls…) are captured too.
//!
//! # Why one global subscriber
//!
//! Captures used to install a thread-local subscriber with `tracing::subscriber::set_default`.
//! That races with state `tracing` keeps per process, not per thread:
//!
//! - Each callsite's *interest* (never, sometimes, always) is computed once, when the callsite
//!   is first hit, and cached in the callsite's `static`. It is computed from the dispatchers
//!   alive at that moment, and while exactly one is registered `tracing-core` asks the
//!   *current thread's* default instead. A callsite first hit on a thread without a capture
//!   (another test, a server thread) while one test's capture is the only dispatcher is cached
//!   as "never", and the capture of a test on another thread silently misses that event.
//! - The global max level is recomputed from the live dispatchers whenever one registers, so a
//!   capture dropped on one thread can lower it under the feet of a capture on another.
//!
//! Under parallel tests an event was lost about one run in ten. So a capture installs, once per
//! test process, one global subscriber at TRACE level, the same for every thread and never
//! replaced, which makes every callsite's interest and the max level constant. Per-thread
//! scoping happens where `tracing` asks on every event: a filter that enables spans and events
//! only on threads with an active capture (its callsite interest is "sometimes", so nothing is
//! cached), and a writer that appends each formatted line to the buffers of the captures active
//! on the emitting thread.

use std::cell::RefCell;
use std::io::Write;
use std::sync::{Arc, Mutex, Once, Weak};

use tracing::Metadata;
use tracing::level_filters::LevelFilter;
use tracing::subscriber::Interest;
use tracing_subscriber::fmt::MakeWriter;
use tracing_subscriber::fmt::format::FmtSpan;
use tracing_subscriber::layer::{Context, Filter, SubscriberExt};
use tracing_subscriber::util::SubscriberInitExt;
use tracing_subscriber::{Layer, Registry};

type Buffer = Arc<Mutex<Vec<u8>>>;

thread_local! {
    /// The buffers of the captures started on this thread and not yet dropped.
    static ACTIVE: RefCell<Vec<Weak<Mutex<Vec<u8>>>>> = const { RefCell::new(Vec::new()) };
}

/// Whether a capture is active on the current thread (false while the thread is exiting).
fn capturing() -> bool {
    ACTIVE
        .try_with(|active| active.borrow().iter().any(|b| b.strong_count() > 0))
        .unwrap_or(false)
}

/// Enables spans and events on threads with an active capture; decided on every call, never
/// cached per callsite.
struct OnCapturingThreads;

impl<S> Filter<S> for OnCapturingThreads {
    fn enabled(&self, _: &Metadata<'_>, _: &Context<'_, S>) -> bool {
        capturing()
    }

    fn callsite_enabled(&self, _: &'static Metadata<'static>) -> Interest {
        Interest::sometimes()
    }

    fn max_level_hint(&self) -> Option<LevelFilter> {
        Some(LevelFilter::TRACE)
    }
}

/// Appends what it is given to the buffers of the captures active on the writing thread.
///
/// The fmt layer formats a line into its own buffer and writes it with one `write_all` on the
/// thread that emitted the event, so each line lands whole in each buffer.
struct ToThreadCaptures;

impl Write for ToThreadCaptures {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        let _ = ACTIVE.try_with(|active| {
            for buffer in active.borrow().iter().filter_map(Weak::upgrade) {
                buffer
                    .lock()
                    .unwrap_or_else(|poisoned| poisoned.into_inner())
                    .extend_from_slice(bytes);
            }
        });
        Ok(bytes.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl<'a> MakeWriter<'a> for ToThreadCaptures {
    type Writer = ToThreadCaptures;

    fn make_writer(&'a self) -> Self::Writer {
        ToThreadCaptures
    }
}

/// Installs the process-wide subscriber (and the `log` → `tracing` bridge) the first time.
fn install() {
    static INSTALL: Once = Once::new();
    INSTALL.call_once(|| {
        let layer = tracing_subscriber::fmt::layer::<Registry>()
            .with_writer(ToThreadCaptures)
            .with_span_events(FmtSpan::FULL)
            .with_ansi(false)
            .with_filter(OnCapturingThreads);
        // `try_init` also installs `tracing-log`'s `LogTracer` as the `log` crate's logger, at
        // the subscriber's max level (TRACE).
        tracing_subscriber::registry()
            .with(layer)
            .try_init()
            .expect(
                "LogCapture installs the global tracing subscriber and log logger; \
                 nothing else in the test process may",
            );
    });
}

/// Logs captured on the thread that started the capture, while it lives.
///
/// Everything emitted on that thread is captured, at TRACE level: events and `log` records
/// with all their fields, and span new/enter/exit/close lines. Lines emitted on other threads
/// are not, so use a current-thread runtime (the default of `#[tokio::test]`): its spawned
/// tasks run on the test's thread. Captures on other threads (parallel tests) see none of this
/// thread's lines. Several captures on one thread each get every line. Dropping the capture
/// stops it.
pub struct LogCapture {
    buffer: Buffer,
}

impl LogCapture {
    /// Starts capturing at TRACE level on this thread (use a current-thread runtime).
    pub fn start() -> Self {
        install();
        let buffer = Buffer::default();
        ACTIVE.with(|active| {
            let mut active = active.borrow_mut();
            active.retain(|b| b.strong_count() > 0);
            active.push(Arc::downgrade(&buffer));
        });
        Self { buffer }
    }

    /// Everything captured so far.
    pub fn text(&self) -> String {
        let bytes = self
            .buffer
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        String::from_utf8_lossy(&bytes).into_owned()
    }

    /// Lines containing `needle`.
    pub fn lines_with(&self, needle: &str) -> Vec<String> {
        self.text()
            .lines()
            .filter(|l| l.contains(needle))
            .map(str::to_owned)
            .collect()
    }
}

impl Drop for LogCapture {
    fn drop(&mut self) {
        // Dropped on another thread, the entry on the starting thread dies with the buffer and
        // is skipped, then pruned by the next `start` there.
        let own = Arc::downgrade(&self.buffer);
        let _ = ACTIVE.try_with(|active| {
            active
                .borrow_mut()
                .retain(|b| b.strong_count() > 0 && !b.ptr_eq(&own));
        });
    }
}

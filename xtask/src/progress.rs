//! What a long generation prints while it runs: a line per stage once it has taken a second
//! (every stage with `AGENTRUNTIME_GEN_TIMINGS` set), and how the search for a failure's place
//! goes, so a large spec is never silent.

use std::time::Duration;

use agentruntime_generator::Progress;

/// Stage lines appear once generation has run this long (small specs stay quiet).
const QUIET_FOR: Duration = Duration::from_secs(1);
/// At most one line per this interval while a failure is being located.
const LOCATING_EVERY: Duration = Duration::from_secs(2);

/// A progress observer that writes to standard error.
pub fn to_stderr() -> impl FnMut(Progress) {
    let every_stage = std::env::var_os("AGENTRUNTIME_GEN_TIMINGS").is_some();
    let mut printer = Printer::new(every_stage);
    move |event| {
        if let Some(line) = printer.line(event) {
            eprintln!("{line}");
        }
    }
}

/// Decides which events become lines (kept apart from the printing, for its tests).
#[derive(Debug)]
pub struct Printer {
    every_stage: bool,
    last_locating: Option<Duration>,
}

impl Printer {
    pub fn new(every_stage: bool) -> Self {
        Self {
            every_stage,
            last_locating: None,
        }
    }

    pub fn line(&mut self, event: Progress) -> Option<String> {
        match event {
            Progress::Stage { stage, elapsed } if self.every_stage || elapsed >= QUIET_FOR => Some(
                format!("  {stage:>8} done at {:.1} s", elapsed.as_secs_f64()),
            ),
            Progress::Locating { tried: 1, .. } => {
                self.last_locating = Some(Duration::ZERO);
                Some("  progenitor failed: generating parts of the spec to find the operations or schemas responsible".to_owned())
            }
            Progress::Locating { tried, elapsed }
                if self
                    .last_locating
                    .is_none_or(|last| elapsed >= last + LOCATING_EVERY) =>
            {
                self.last_locating = Some(elapsed);
                Some(format!(
                    "  locating: {tried} partial generations in {:.1} s",
                    elapsed.as_secs_f64()
                ))
            }
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stage(ms: u64) -> Progress {
        Progress::Stage {
            stage: "progen",
            elapsed: Duration::from_millis(ms),
        }
    }

    fn locating(tried: usize, ms: u64) -> Progress {
        Progress::Locating {
            tried,
            elapsed: Duration::from_millis(ms),
        }
    }

    #[test]
    fn a_fast_generation_is_quiet_and_a_slow_one_reports_each_stage() {
        let mut printer = Printer::new(false);
        assert_eq!(printer.line(stage(400)), None);
        assert_eq!(
            printer.line(stage(1_500)).as_deref(),
            Some("    progen done at 1.5 s")
        );
        assert!(Printer::new(true).line(stage(10)).is_some());
    }

    #[test]
    fn locating_says_it_started_then_reports_at_most_every_two_seconds() {
        let mut printer = Printer::new(false);
        assert!(
            printer
                .line(locating(1, 0))
                .unwrap()
                .contains("progenitor failed")
        );
        assert_eq!(printer.line(locating(2, 500)), None);
        assert_eq!(
            printer.line(locating(9, 2_100)).as_deref(),
            Some("  locating: 9 partial generations in 2.1 s")
        );
        assert_eq!(printer.line(locating(10, 3_000)), None);
        assert!(printer.line(locating(15, 4_200)).is_some());
    }
}

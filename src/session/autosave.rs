//! When to write the open plan without being asked: a moment after the
//! first unsaved change, and after a failure only again after a growing
//! pause, so a folder that cannot be written costs no CPU and the user is
//! told once, not on every attempt. Also how often a copy goes into the
//! plan's history.

use std::time::{Duration, Instant};

use crate::store::history;

/// The timing of saves.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SavePolicy {
    /// Write this long after the first unsaved change.
    pub delay: Duration,
    /// After a failed save, wait this long before the next try; the wait
    /// doubles with every failure in a row, up to `max_retry`.
    pub first_retry: Duration,
    pub max_retry: Duration,
    /// Copy the file on disk into the plan's history at most this often.
    pub history_interval: Duration,
}

impl Default for SavePolicy {
    fn default() -> SavePolicy {
        SavePolicy {
            delay: Duration::from_secs(1),
            first_retry: Duration::from_secs(2),
            max_retry: Duration::from_secs(60),
            history_interval: Duration::from_secs(history::INTERVAL_SECONDS.unsigned_abs()),
        }
    }
}

impl SavePolicy {
    /// The timing a front-end runs with: the default, with a test hook.
    /// Debug builds read `SAMENWERKWIJZER_TEST_AUTOSAVE_MS`, so tests on
    /// the real binary can make autosave wait (and know that only the path
    /// under test saved). Release builds have no such hook.
    #[must_use]
    pub fn configured() -> SavePolicy {
        let policy = SavePolicy::default();
        #[cfg(debug_assertions)]
        if let Some(ms) = std::env::var("SAMENWERKWIJZER_TEST_AUTOSAVE_MS")
            .ok()
            .and_then(|v| v.parse().ok())
        {
            return SavePolicy {
                delay: Duration::from_millis(ms),
                ..policy
            };
        }
        policy
    }
}

/// The autosave clock of one open plan.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Autosave {
    policy: SavePolicy,
    /// When the current unsaved changes were first seen.
    dirty_since: Option<Instant>,
    /// After failures: no autosave before this.
    retry_at: Option<Instant>,
    failures: u32,
    /// A save was started and has not reported back.
    pending: bool,
    /// When a history copy was last attempted (taken or not: a history
    /// folder that cannot be written is not retried on every save).
    last_snapshot: Option<Instant>,
}

impl Autosave {
    #[must_use]
    pub fn new(policy: SavePolicy) -> Autosave {
        Autosave {
            policy,
            dirty_since: None,
            retry_at: None,
            failures: 0,
            pending: false,
            last_snapshot: None,
        }
    }

    /// Called on every tick with whether the plan has changes that are not
    /// on disk. True when an autosave should start now.
    pub fn due(&mut self, now: Instant, dirty: bool) -> bool {
        if !dirty {
            self.dirty_since = None;
            return false;
        }
        self.dirty_since.get_or_insert(now);
        !self.pending && self.deadline().is_some_and(|at| now >= at)
    }

    /// When the next autosave is due, if one waits; the event loop sleeps
    /// until then.
    #[must_use]
    pub fn deadline(&self) -> Option<Instant> {
        if self.pending {
            return None;
        }
        let first = self.dirty_since? + self.policy.delay;
        Some(self.retry_at.map_or(first, |retry| retry.max(first)))
    }

    /// A save (of any kind: autosave, Ctrl-S, a step change) has started.
    /// True when it should also copy the file into the history first.
    pub fn started(&mut self, now: Instant) -> bool {
        self.pending = true;
        let snapshot = self
            .last_snapshot
            .is_none_or(|t| now >= t + self.policy.history_interval);
        if snapshot {
            self.last_snapshot = Some(now);
        }
        snapshot
    }

    /// The save worked: the plan is on disk.
    pub fn succeeded(&mut self) {
        self.pending = false;
        self.failures = 0;
        self.retry_at = None;
        self.dirty_since = None;
    }

    /// The save failed. True for the first failure in a row: the one the
    /// user is told about (the header keeps showing it after that).
    pub fn failed(&mut self, now: Instant) -> bool {
        self.pending = false;
        self.failures = self.failures.saturating_add(1);
        self.retry_at = Some(now + self.backoff());
        self.failures == 1
    }

    /// The wait after the current run of failures.
    fn backoff(&self) -> Duration {
        let doublings = self.failures.saturating_sub(1).min(16);
        self.policy
            .first_retry
            .saturating_mul(1 << doublings)
            .min(self.policy.max_retry)
    }

    /// Failed saves in a row.
    #[must_use]
    pub fn failures(&self) -> u32 {
        self.failures
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn policy() -> SavePolicy {
        SavePolicy {
            delay: Duration::from_secs(1),
            first_retry: Duration::from_secs(2),
            max_retry: Duration::from_secs(10),
            history_interval: Duration::from_secs(600),
        }
    }

    #[test]
    fn saves_a_second_after_the_first_change() {
        let t0 = Instant::now();
        let mut a = Autosave::new(policy());
        assert!(!a.due(t0, false));
        assert_eq!(a.deadline(), None, "nothing to wait for");
        assert!(!a.due(t0, true), "a change is not saved at once");
        assert_eq!(a.deadline(), Some(t0 + Duration::from_secs(1)));
        // More changes do not push the save further away.
        assert!(!a.due(t0 + Duration::from_millis(900), true));
        assert!(a.due(t0 + Duration::from_secs(1), true));
        assert!(
            a.started(t0 + Duration::from_secs(1)),
            "the first save copies history"
        );
        assert_eq!(a.deadline(), None, "no second save while one is running");
        assert!(!a.due(t0 + Duration::from_secs(5), true));
        a.succeeded();
        assert!(!a.due(t0 + Duration::from_secs(5), false));
        assert_eq!(a.deadline(), None);
    }

    #[test]
    fn failures_back_off_and_are_reported_once() {
        let t0 = Instant::now();
        let s = Duration::from_secs;
        let mut a = Autosave::new(policy());
        a.due(t0, true);
        let mut attempts = Vec::new();
        let mut told = 0;
        // Tick every 100 ms for two minutes of a folder that cannot be written.
        for tenth in 0..1200u64 {
            let now = t0 + Duration::from_millis(tenth * 100);
            if a.due(now, true) {
                a.started(now);
                attempts.push(now.duration_since(t0).as_secs());
                if a.failed(now) {
                    told += 1;
                }
                assert!(
                    a.deadline().is_some_and(|d| d > now),
                    "never due again at once"
                );
            }
        }
        assert_eq!(told, 1, "one message, not one per attempt");
        // 1 s, then waits of 2, 4, 8 and then 10 s (the cap).
        assert_eq!(&attempts[..5], &[1, 3, 7, 15, 25]);
        assert_eq!(attempts.len(), 14, "{attempts:?}");
        // Once it works again, the next change waits the normal second.
        a.started(t0 + s(200));
        a.succeeded();
        assert_eq!(a.failures(), 0);
        a.due(t0 + s(300), true);
        assert_eq!(a.deadline(), Some(t0 + s(301)));
    }

    #[test]
    fn history_is_copied_at_most_once_per_interval() {
        let t0 = Instant::now();
        let mut a = Autosave::new(policy());
        assert!(a.started(t0));
        a.succeeded();
        assert!(!a.started(t0 + Duration::from_secs(599)));
        a.failed(t0 + Duration::from_secs(599));
        assert!(a.started(t0 + Duration::from_secs(600)));
    }
}

//! Where a front-end gets the time from. Its loop reads `now` for ticks
//! and deadlines, and whatever writes files reads `wall` for the times in
//! them; tests pass a clock they move by hand, so no test waits for a
//! timer. The edge of each front-end is the only place a real clock is made.

use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use jiff::{SignedDuration, Timestamp, Unit};

pub trait Clock: Send + Sync {
    /// Monotonic time, for delays and pauses.
    fn now(&self) -> Instant;
    /// The date and time, rounded to whole seconds so saved files stay
    /// readable.
    fn wall(&self) -> Timestamp;
}

/// The computer's clock.
pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> Instant {
        Instant::now()
    }

    fn wall(&self) -> Timestamp {
        let now = Timestamp::now();
        now.round(Unit::Second).unwrap_or(now)
    }
}

/// A clock that only moves when told to (tests, benchmarks).
pub struct FakeClock {
    start: Instant,
    wall_start: Timestamp,
    elapsed_ms: AtomicU64,
}

impl FakeClock {
    #[must_use]
    pub fn new(wall_start: Timestamp) -> FakeClock {
        FakeClock {
            start: Instant::now(),
            wall_start,
            elapsed_ms: AtomicU64::new(0),
        }
    }

    pub fn advance(&self, by: Duration) {
        let ms = u64::try_from(by.as_millis()).unwrap_or(u64::MAX);
        self.elapsed_ms.fetch_add(ms, Ordering::SeqCst);
    }

    fn elapsed(&self) -> Duration {
        Duration::from_millis(self.elapsed_ms.load(Ordering::SeqCst))
    }
}

impl Clock for FakeClock {
    fn now(&self) -> Instant {
        self.start + self.elapsed()
    }

    fn wall(&self) -> Timestamp {
        let secs = i64::try_from(self.elapsed().as_secs()).unwrap_or(i64::MAX);
        self.wall_start
            .checked_add(SignedDuration::from_secs(secs))
            .unwrap_or(self.wall_start)
    }
}

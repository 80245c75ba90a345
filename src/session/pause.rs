//! Has the user paused? Work that would get in the way of typing (the
//! advice runs every rule over the whole plan) waits for a short pause.

use std::time::{Duration, Instant};

/// How long the user must pause before the advice is recomputed: long
/// enough to stay out of the way of typing and moving, short enough to
/// feel immediate.
pub const ADVICE_PAUSE: Duration = Duration::from_millis(120);

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pause {
    wait: Duration,
    /// When the last input was seen on a tick.
    last_input: Option<Instant>,
    /// Input arrived since the last tick.
    fresh: bool,
}

impl Pause {
    #[must_use]
    pub fn new(wait: Duration) -> Pause {
        Pause {
            wait,
            last_input: None,
            fresh: false,
        }
    }

    /// A key or a paste arrived.
    pub fn input(&mut self) {
        self.fresh = true;
    }

    /// The clock moved on. Input since the last tick happened "now".
    pub fn tick(&mut self, now: Instant) {
        if self.fresh {
            self.last_input = Some(now);
            self.fresh = false;
        }
    }

    /// Has the user paused long enough at `now`?
    #[must_use]
    pub fn over(&self, now: Instant) -> bool {
        !self.fresh && self.deadline().is_none_or(|d| now >= d)
    }

    /// When the pause will be long enough.
    #[must_use]
    pub fn deadline(&self) -> Option<Instant> {
        self.last_input.map(|t| t + self.wait)
    }
}

impl Default for Pause {
    fn default() -> Pause {
        Pause::new(ADVICE_PAUSE)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_pause_starts_at_the_tick_after_the_last_input() {
        let t0 = Instant::now();
        let ms = Duration::from_millis;
        let mut p = Pause::new(ms(120));
        assert!(p.over(t0), "no input yet: nothing to wait for");
        p.input();
        assert!(!p.over(t0), "input not yet seen by a tick");
        p.tick(t0);
        assert!(!p.over(t0 + ms(119)));
        assert!(p.over(t0 + ms(120)));
        p.tick(t0 + ms(200));
        assert!(p.over(t0 + ms(200)), "a tick without input changes nothing");
        p.input();
        p.tick(t0 + ms(300));
        assert_eq!(p.deadline(), Some(t0 + ms(420)));
    }
}

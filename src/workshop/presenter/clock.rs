//! The clock of one agenda item: planned time, time used, what is left,
//! and the tone that follows from it. Pure arithmetic on seconds.

use jiff::Timestamp;

/// What the clock of an item has used, and the minutes added or taken off
/// with +/−.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ItemClock {
    /// Seconds used in earlier runs of the clock (not the current run).
    pub used_secs: i64,
    pub extra_minutes: i32,
}

/// The shortest an item can be made with −.
pub const MIN_MINUTES: i64 = 1;
/// The longest an item can be made with +.
pub const MAX_MINUTES: i64 = 600;

/// How the countdown looks: amber at 20% left, red when the time is up.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tone {
    Normal,
    Amber,
    Red,
}

/// Whether the clock of the current item runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    /// Never started: nothing used, not running.
    Ready,
    Running,
    Paused,
}

impl ItemClock {
    /// Planned seconds: the agenda's minutes plus the extra, at least one
    /// minute.
    pub fn planned_secs(&self, minutes: u16) -> i64 {
        (i64::from(minutes) + i64::from(self.extra_minutes)).max(MIN_MINUTES) * 60
    }

    /// Seconds used, counting a run that started at `since` until `now`.
    pub fn used_at(&self, since: Option<Timestamp>, now: Timestamp) -> i64 {
        let running = since.map_or(0, |s| now.duration_since(s).as_secs().max(0));
        self.used_secs.saturating_add(running)
    }
}

/// Seconds left (negative when over time) and the tone for it.
pub fn remaining(planned: i64, used: i64) -> (i64, Tone) {
    let left = planned - used;
    let tone = if left <= 0 {
        Tone::Red
    } else if left * 5 <= planned {
        Tone::Amber
    } else {
        Tone::Normal
    };
    (left, tone)
}

/// "12:34", or "1:02:03" from an hour; the sign is the caller's.
pub fn digits(secs: i64) -> String {
    let s = secs.unsigned_abs();
    let (h, m, s) = (s / 3600, (s / 60) % 60, s % 60);
    if h > 0 {
        format!("{h}:{m:02}:{s:02}")
    } else {
        format!("{m:02}:{s:02}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amber_from_a_fifth_left_red_from_zero() {
        let planned = 10 * 60;
        assert_eq!(remaining(planned, 0), (600, Tone::Normal));
        assert_eq!(remaining(planned, 479).1, Tone::Normal);
        assert_eq!(remaining(planned, 480), (120, Tone::Amber));
        assert_eq!(remaining(planned, 599), (1, Tone::Amber));
        assert_eq!(remaining(planned, 600), (0, Tone::Red));
        assert_eq!(remaining(planned, 700), (-100, Tone::Red));
    }

    #[test]
    fn an_item_is_never_shorter_than_a_minute() {
        let clock = ItemClock {
            used_secs: 0,
            extra_minutes: -20,
        };
        assert_eq!(clock.planned_secs(5), 60);
    }

    #[test]
    fn digits_read_like_a_clock() {
        assert_eq!(digits(0), "00:00");
        assert_eq!(digits(754), "12:34");
        assert_eq!(digits(-83), "01:23");
        assert_eq!(digits(3723), "1:02:03");
    }
}

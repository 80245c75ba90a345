//! The presenter's state: the slides, a clock per item, which item is on
//! the screen, and what is shown over it. No terminal, no files, no clock
//! of its own: `now` is whatever the last event brought.

use crate::session::Colours;
use jiff::Timestamp;

use super::clock::{ItemClock, Status, Tone, remaining};
use super::slide::Slide;

/// What fills the screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum View {
    Item,
    RunSheet,
    /// A screen that hides the content: "Pauze" and the clock.
    PauseScreen,
    Help,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Presenter {
    pub title: String,
    pub date: String,
    pub slides: Vec<Slide>,
    /// One per slide.
    pub clocks: Vec<ItemClock>,
    pub current: usize,
    /// When the current item's clock started running, if it runs.
    pub running_since: Option<Timestamp>,
    /// The time of the last event.
    pub now: Timestamp,
    pub view: View,
    /// Trainer notes shown; hidden by default, since the laptop screen is
    /// often what the room sees.
    pub notes: bool,
    /// Lines scrolled in the item's content.
    pub scroll: u16,
    /// Lines scrolled on the help screen.
    pub help_scroll: u16,
    /// The terminal's size, for scrolling and layout.
    pub size: (u16, u16),
    /// A line for the trainer (resumed, saving failed), until the next key.
    pub message: Option<String>,
    /// `NO_COLOR` or high contrast, as the command line chose.
    pub colours: Colours,
}

/// The time of one item, as the run-sheet shows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ItemTime {
    pub planned_secs: i64,
    pub used_secs: i64,
}

impl Presenter {
    pub fn new(title: String, date: String, slides: Vec<Slide>, now: Timestamp) -> Presenter {
        let clocks = vec![ItemClock::default(); slides.len()];
        Presenter {
            title,
            date,
            slides,
            clocks,
            current: 0,
            running_since: None,
            now,
            view: View::Item,
            notes: false,
            scroll: 0,
            help_scroll: 0,
            size: (80, 24),
            message: None,
            colours: Colours::Normal,
        }
    }

    pub fn slide(&self) -> Option<&Slide> {
        self.slides.get(self.current)
    }

    pub fn is_running(&self) -> bool {
        self.running_since.is_some()
    }

    /// Planned and used seconds of item `i`, counting the running clock.
    pub fn time(&self, i: usize) -> ItemTime {
        let (Some(slide), Some(clock)) = (self.slides.get(i), self.clocks.get(i)) else {
            return ItemTime {
                planned_secs: 0,
                used_secs: 0,
            };
        };
        let since = if i == self.current {
            self.running_since
        } else {
            None
        };
        ItemTime {
            planned_secs: clock.planned_secs(slide.minutes),
            used_secs: clock.used_at(since, self.now),
        }
    }

    /// Seconds left of the current item (negative when over) and its tone.
    pub fn remaining(&self) -> (i64, Tone) {
        let t = self.time(self.current);
        remaining(t.planned_secs, t.used_secs)
    }

    pub fn status(&self) -> Status {
        if self.is_running() {
            Status::Running
        } else if self.time(self.current).used_secs == 0 {
            Status::Ready
        } else {
            Status::Paused
        }
    }

    /// Minutes added (+) or taken off (−) the current item.
    pub fn extra_minutes(&self) -> i32 {
        self.clocks.get(self.current).map_or(0, |c| c.extra_minutes)
    }

    /// Seconds behind the schedule (negative: ahead): every item before the
    /// current one by what it used against its plan, and the current one
    /// only once it runs over.
    pub fn behind_secs(&self) -> i64 {
        let done: i64 = (0..self.current)
            .map(|i| {
                let t = self.time(i);
                t.used_secs - t.planned_secs
            })
            .sum();
        let now = self.time(self.current);
        done + (now.used_secs - now.planned_secs).max(0)
    }

    /// Planned seconds still to go: what is left of the current item and
    /// all items after it.
    pub fn still_to_go_secs(&self) -> i64 {
        let now = self.time(self.current);
        let rest: i64 = (self.current + 1..self.slides.len())
            .map(|i| self.time(i).planned_secs)
            .sum();
        (now.planned_secs - now.used_secs).max(0) + rest
    }

    /// Stop the running clock, keeping the time it ran.
    pub(super) fn stop_clock(&mut self) {
        if let Some(since) = self.running_since.take() {
            let now = self.now;
            if let Some(clock) = self.clocks.get_mut(self.current) {
                *clock = ItemClock {
                    used_secs: clock.used_at(Some(since), now),
                    ..*clock
                };
            }
        }
    }
}

//! The messages of the line mode: what comes in ([`Incoming`]), what a
//! turn says and asks for (lines to print, work on the disk), and how the
//! disk answers ([`Done`]).

use std::path::PathBuf;

use jiff::Timestamp;

use crate::plan::Plan;
use crate::text::{Txt, fill};

/// What reaches the sitting from outside.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Incoming {
    /// A line of input, without its line ending.
    Line(String),
    /// A line longer than the limit; it was not kept.
    TooLong,
    /// The input ended (end of a script, or Ctrl-D).
    End,
    Signal(i32),
}

/// What a turn produced.
#[derive(Default)]
pub struct Out {
    /// Sentences to print, in order.
    pub lines: Vec<String>,
    pub effects: Vec<Effect>,
    /// The current question (or menu) should be said again after these lines.
    pub ask: bool,
    /// The line was not understood; its sentence says what is allowed.
    pub refused: bool,
}

impl Out {
    pub fn say(&mut self, text: impl Into<String>) {
        self.lines.push(text.into());
    }

    pub fn txt(&mut self, t: Txt) {
        self.say(t.get());
    }

    pub fn fill(&mut self, t: Txt, args: &[&dyn std::fmt::Display]) {
        self.say(fill(t, args));
    }

    /// `fill`, ended as a sentence (a value may end with its own full stop).
    pub fn sentence(&mut self, t: Txt, args: &[&dyn std::fmt::Display]) {
        self.say(super::speak::sentence(&fill(t, args)));
    }

    /// Say why the line cannot be used, then ask again.
    pub fn refuse(&mut self, why: impl Into<String>) {
        self.say(why);
        self.refused = true;
        self.ask = true;
    }

    /// Append what a later step of the same turn produced.
    pub fn extend(&mut self, other: Out) {
        self.lines.extend(other.lines);
        self.effects.extend(other.effects);
        self.ask |= other.ask;
        self.refused |= other.refused;
    }
}

/// Work for the disk.
#[derive(Debug, Clone, PartialEq)]
pub enum Effect {
    Save(SaveJob),
    /// A recovery copy: saving failed and there is no one left to ask.
    Rescue {
        path: PathBuf,
        plan: Plan,
        why: String,
    },
}

#[derive(Debug, Clone, PartialEq)]
pub struct SaveJob {
    pub path: PathBuf,
    pub plan: Plan,
    /// The revision this plan is; once written, it is not dirty any more.
    pub revision: u64,
    /// Copy the file into the history first.
    pub history: bool,
    pub then: Then,
}

/// What follows a save that worked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Then {
    /// Nothing to say (autosave).
    Stay,
    /// Say "Plan opgeslagen." (asked for, or a step change).
    Confirm,
    /// Stop.
    Stop,
}

/// How the disk carried out an effect.
#[derive(Debug, Clone, PartialEq)]
pub enum Done {
    Saved {
        revision: u64,
        /// Where the plan is now (a copy, when someone else changed the file).
        path: PathBuf,
        copy: bool,
        at: Timestamp,
        history_failed: Option<String>,
        then: Then,
    },
    SaveFailed {
        why: String,
        then: Then,
    },
    Rescued {
        written: Result<PathBuf, String>,
        why: String,
    },
}

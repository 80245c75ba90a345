//! When the plan goes to disk, and what follows: the same policy as the
//! TUI (`session::Autosave`: a moment after a change, backing off after
//! failures, a history copy at most every ten minutes), a save on every
//! step change, on `opslaan`, on `stoppen`, at the end of the input and
//! on a signal; a recovery copy when the last save of a run fails.

use std::path::PathBuf;
use std::time::Instant;

use jiff::Timestamp;

use crate::text::Txt;

use super::effect::{Done, Effect, Out, SaveJob, Then};
use super::interview::{Interview, Stopped};

impl Interview {
    /// The clock moved on: a change that has waited long enough is saved.
    pub fn tick(&mut self, now: Instant) -> Out {
        self.now = now;
        let mut out = Out::default();
        if self.stopped.is_none() && self.autosave.due(now, self.is_dirty()) {
            out.effects.push(self.save_job(Then::Stay));
        }
        out
    }

    /// When the loop must wake up for an autosave.
    #[must_use]
    pub fn deadline(&self) -> Option<Instant> {
        self.autosave.deadline()
    }

    fn save_job(&mut self, then: Then) -> Effect {
        let history = self.autosave.started(self.now);
        Effect::Save(SaveJob {
            path: self.path.clone(),
            plan: self.plan.clone(),
            revision: self.revision,
            history,
            then,
        })
    }

    /// Save if anything is not on disk yet (or the last save failed), then
    /// do `then`.
    pub fn request_save(&mut self, then: Then, out: &mut Out) {
        if self.is_dirty() || self.save_failed.is_some() {
            out.effects.push(self.save_job(then));
        } else {
            self.after(then, out);
        }
    }

    /// `stoppen`: save and stop. When the save fails the user is told
    /// once; asking again stops anyway, after writing a recovery copy.
    pub fn stop(&mut self, out: &mut Out) {
        self.request_save(Then::Stop, out);
    }

    /// The system asks the app to stop: save, or write a recovery copy
    /// when that fails; there is no second chance to ask the user.
    pub fn signal(&mut self, signal: i32) -> Out {
        let mut out = Out::default();
        if self.stopped.is_some() {
            return out;
        }
        self.signal = Some(signal);
        self.request_save(Then::Stop, &mut out);
        out
    }

    /// The input ended (a script's last line, or Ctrl-D): save and stop,
    /// as for a signal there is no one left to ask.
    pub fn end_of_input(&mut self) -> Out {
        let mut out = Out::default();
        if self.stopped.is_some() {
            return out;
        }
        out.txt(Txt::PlainEndOfInput);
        self.stop_warned = true;
        self.request_save(Then::Stop, &mut out);
        out
    }

    /// What the disk did.
    pub fn done(&mut self, done: Done) -> Out {
        match done {
            Done::Saved {
                revision,
                path,
                copy,
                at,
                history_failed,
                then,
            } => self.saved(revision, path, copy, at, history_failed, then),
            Done::SaveFailed { why, then } => self.failed(why, then),
            Done::Rescued { written, why } => self.rescued(&written, &why),
        }
    }

    fn saved(
        &mut self,
        revision: u64,
        path: PathBuf,
        copy: bool,
        at: Timestamp,
        history_failed: Option<String>,
        then: Then,
    ) -> Out {
        let mut out = Out::default();
        self.saved_revision = self.saved_revision.max(revision);
        self.save_failed = None;
        self.plan.meta.updated = at;
        self.autosave.succeeded();
        if let Some(why) = history_failed
            && !self.history_warned
        {
            // Saving works; only the earlier versions do not. Said once (R15).
            self.history_warned = true;
            out.fill(Txt::MsgHistoryFailed, &[&why]);
        }
        if copy {
            // Someone else changed the file: theirs stays, ours went beside it.
            out.fill(Txt::MsgConflict, &[&path.display()]);
            self.path = path;
        }
        self.after(then, &mut out);
        out
    }

    fn after(&mut self, then: Then, out: &mut Out) {
        match then {
            Then::Stay => {}
            Then::Confirm => out.txt(Txt::MsgSaved),
            Then::Stop => {
                out.txt(Txt::PlainGoodbye);
                self.stopped = Some(self.stop_reason());
                out.ask = false;
            }
        }
    }

    fn stop_reason(&self) -> Stopped {
        match self.signal {
            Some(s) => Stopped::Signal(s),
            None if self.refused_line.is_some() => Stopped::Refused,
            None => Stopped::Done,
        }
    }

    fn failed(&mut self, why: String, then: Then) -> Out {
        let mut out = Out::default();
        let first = self.autosave.failed(self.now);
        self.save_failed = Some(why.clone());
        if then == Then::Stop {
            if self.stop_warned || self.signal.is_some() {
                out.effects.push(Effect::Rescue {
                    path: self.path.clone(),
                    plan: self.plan.clone(),
                    why,
                });
                return out;
            }
            self.stop_warned = true;
            out.fill(Txt::PlainStopSaveFailed, &[&why]);
            out.ask = true;
            return out;
        }
        // Autosave tells once; a save the user asked for always says why.
        if first || then != Then::Stay {
            out.fill(Txt::PlainSaveFailed, &[&why]);
        }
        out
    }

    /// A recovery copy was written (or could not be: then the whole plan
    /// is printed, so nothing is lost).
    fn rescued(&mut self, written: &Result<PathBuf, String>, why: &str) -> Out {
        let mut out = Out::default();
        match written {
            Ok(path) => out.fill(Txt::ExitRecovered, &[&why, &path.display()]),
            Err(e) => {
                out.fill(Txt::ExitDump, &[e]);
                out.say(crate::plan::to_string(&self.plan));
            }
        }
        self.stopped = Some(match self.signal {
            Some(s) => Stopped::Signal(s),
            None => Stopped::Rescued,
        });
        out
    }

    /// A line of a script was refused: stop here, saving what came before,
    /// so the lines after it cannot land on the wrong question.
    pub fn stop_after_refusal(&mut self, line: usize, out: &mut Out) {
        self.refused_line = Some(line);
        out.fill(Txt::PlainScriptStopped, &[&line]);
        self.stop_warned = true;
        self.request_save(Then::Stop, out);
    }
}

/// How a stopped run ends: 0 when the plan is safely where it belongs.
#[must_use]
pub fn exit_code(stopped: Option<Stopped>) -> u8 {
    match stopped {
        Some(Stopped::Done) | None => 0,
        // The usual exit status of a program stopped by a signal.
        Some(Stopped::Signal(s)) => u8::try_from(128 + s).unwrap_or(1),
        Some(Stopped::Rescued | Stopped::Refused) => 1,
    }
}

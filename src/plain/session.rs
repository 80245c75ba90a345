//! One sitting in the line mode, without the threads: the interview and
//! the disk, fed one input at a time, answering with the lines to print.
//! The loop in `run.rs` feeds it from stdin, a signal thread and the
//! clock; tests feed it by hand with a fake clock.

use std::collections::VecDeque;
use std::sync::Arc;
use std::time::Instant;

use crate::guide::Guide;
use crate::session::clock::Clock;
use crate::session::{Opening, SavePolicy};
use crate::store::DataDir;
use crate::text::{Txt, fill};

use super::disk::Disk;
use super::effect::{Done, Effect, Incoming, Out};
use super::interview::{Interview, Stopped};

pub struct Sitting {
    pub interview: Interview,
    disk: Disk,
    clock: Arc<dyn Clock>,
}

impl Sitting {
    /// Open the plan `opening` names and say what the user hears first.
    /// `scripted`: the input is a script, so a refused line stops the run.
    ///
    /// # Errors
    ///
    /// A sentence when the plan cannot be made, read or locked.
    pub fn open(
        guide: Arc<Guide>,
        data: DataDir,
        opening: Opening,
        clock: Arc<dyn Clock>,
        policy: SavePolicy,
        scripted: bool,
    ) -> Result<(Sitting, Vec<String>), String> {
        let mut disk = Disk::new(data, clock.clone());
        let opened = disk.open(opening, &guide)?;
        let mut interview = Interview::new(guide, opened.path, opened.plan, policy, clock.now());
        interview.scripted = scripted;
        let mut lines = interview.opening(opened.created);
        if let Some(old) = opened.migrated_from {
            lines.push(fill(Txt::MsgMigrated, &[&old]));
        }
        lines.extend(interview.prompt());
        Ok((
            Sitting {
                interview,
                disk,
                clock,
            },
            lines,
        ))
    }

    /// Handle one input; the lines to print.
    pub fn handle(&mut self, incoming: Incoming) -> Vec<String> {
        let mut lines = self.tick();
        let out = match incoming {
            Incoming::Line(text) => self.interview.line(&text),
            Incoming::TooLong => self.interview.too_long(super::input::MAX_LINE),
            Incoming::End => self.interview.end_of_input(),
            Incoming::Signal(signal) => self.interview.signal(signal),
        };
        lines.extend(self.carry_out(out));
        lines
    }

    /// The clock moved on: autosave when it is due.
    pub fn tick(&mut self) -> Vec<String> {
        let out = self.interview.tick(self.clock.now());
        self.carry_out(out)
    }

    /// After a crash: the open plan into a recovery copy, unless it is
    /// safely on disk; what to tell the user.
    pub fn rescue_after_crash(&mut self) -> Vec<String> {
        let iv = &self.interview;
        if !iv.is_dirty() && iv.save_failed.is_none() {
            return Vec::new();
        }
        let done = self.disk.execute(Effect::Rescue {
            path: iv.path.clone(),
            plan: iv.plan.clone(),
            why: String::new(),
        });
        match done {
            Done::Rescued {
                written: Ok(path), ..
            } => {
                vec![fill(Txt::ExitCrashRecovered, &[&path.display()])]
            }
            Done::Rescued {
                written: Err(e), ..
            } => vec![fill(Txt::ExitDump, &[&e]), crate::plan::to_string(&iv.plan)],
            Done::Saved { .. } | Done::SaveFailed { .. } => Vec::new(),
        }
    }

    /// When the loop must wake up for an autosave.
    #[must_use]
    pub fn deadline(&self) -> Option<Instant> {
        self.interview.deadline()
    }

    #[must_use]
    pub fn stopped(&self) -> Option<Stopped> {
        self.interview.stopped
    }

    /// Print `out`, carry out its effects (their results may ask for
    /// more), and end with the question when one is to be asked.
    fn carry_out(&mut self, out: Out) -> Vec<String> {
        let mut lines = Vec::new();
        let mut ask = false;
        let mut queue = VecDeque::from([out]);
        while let Some(out) = queue.pop_front() {
            lines.extend(out.lines);
            ask |= out.ask;
            for effect in out.effects {
                let done = self.disk.execute(effect);
                queue.push_back(self.interview.done(done));
            }
        }
        if ask && self.interview.stopped.is_none() {
            lines.extend(self.interview.prompt());
        }
        lines
    }
}

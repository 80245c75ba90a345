//! Writing the open plan: the change check, history copies, "save as",
//! and recovery copies when nothing else works.

use crate::plan::Plan;
use crate::store::{self, SaveOrder, SaveOutcome, recovery};
use crate::tui::effect::{Done, RescueJob, SaveAsFailure, SaveJob, Then};

use super::Driver;

/// The store's outcome as the answer `update` expects.
pub(super) fn answer(revision: u64, then: Then, outcome: SaveOutcome) -> Done {
    match outcome {
        SaveOutcome::Saved {
            path,
            copy,
            at,
            history_failed,
        } => Done::Saved {
            revision,
            path,
            copy,
            at,
            history_failed,
            then,
        },
        SaveOutcome::Failed(why) => Done::SaveFailed { why, then },
    }
}

impl Driver {
    /// Write the plan over its file by the store's rules
    /// (`OpenPlan::save`): here, or on the writer thread once saves run in
    /// the background (then the answer comes later).
    pub(super) fn save(&mut self, job: SaveJob) -> Option<Done> {
        let SaveJob {
            path,
            plan,
            revision,
            history,
            then,
        } = job;
        let order = SaveOrder {
            path,
            plan,
            history,
            at: self.clock.wall(),
        };
        let order = match &self.saver {
            Some(saver) => match saver.submit(order, (revision, then)) {
                Ok(()) => return None,
                // The writer is gone: save here rather than not at all.
                Err(back) => back.0,
            },
            None => order,
        };
        let mut order = order;
        let outcome = self.open_plan().save(self.library.data_dir(), &mut order);
        Some(answer(revision, then, outcome))
    }

    /// Save the plan as a new file at `typed` (a path the user typed; `~`
    /// is the home folder, relative paths start there too) and go on
    /// there. An existing file is never overwritten.
    pub(super) fn save_as(&mut self, typed: &str, plan: &Plan, revision: u64) -> Done {
        let path = self.places.resolve(typed);
        // Missing folders are made 0700; the plan is checked like any save.
        match store::save_new(&path, plan) {
            Ok(()) => {
                let lock = store::lock(&path).ok().flatten();
                self.open_plan().opened(&path, lock);
                self.remember(&path);
                Done::SavedAs {
                    path,
                    at: self.clock.wall(),
                    revision,
                }
            }
            Err(e) => Done::SaveAsFailed {
                typed: typed.to_string(),
                failure: if e.kind() == std::io::ErrorKind::AlreadyExists {
                    SaveAsFailure::Exists(path)
                } else {
                    SaveAsFailure::Failed(e.to_string())
                },
            },
        }
    }

    /// The last resort when the plan cannot be saved where it belongs (or
    /// the app crashed, or was told to stop): a recovery copy, offered back
    /// at the next start.
    pub(super) fn rescue(&mut self, job: &RescueJob) -> Done {
        let written = recovery::write(
            self.library.data_dir(),
            &job.path,
            &job.plan,
            self.clock.wall(),
        )
        .map_err(|e| e.to_string());
        Done::Rescued {
            written,
            why: job.why.clone(),
            crashed: job.crashed,
        }
    }
}

//! Writing the open plan: the change check, history copies, "save as",
//! and recovery copies when nothing else works.

use crate::plan::Plan;
use crate::store::{self, FileStamp, recovery};
use crate::tui::effect::{Done, RescueJob, SaveAsFailure, SaveJob};

use super::Driver;

impl Driver {
    /// Write the plan over its file, atomically, after a history copy when
    /// the job asks for one (`store::save_checked`: someone else changed
    /// the file since we read it: keep theirs, write ours beside it, and go
    /// on in ours).
    pub(super) fn save(&mut self, job: SaveJob) -> Done {
        let SaveJob {
            path,
            mut plan,
            revision,
            history,
            then,
        } = job;
        let at = self.clock.wall();
        plan.meta.updated = at;
        // A history that cannot be written does not stop the save; the
        // answer says why, and `update` tells the user once (R15).
        match store::save_checked(
            self.library.data_dir(),
            &path,
            &plan,
            self.stamp,
            at,
            history,
        ) {
            Ok(written) => {
                self.stamp = written.stamp;
                if written.copy {
                    self.lock = written.lock;
                }
                Done::Saved {
                    revision,
                    path: written.path,
                    copy: written.copy,
                    at,
                    history_failed: written.history_failed,
                    then,
                }
            }
            Err(e) => Done::SaveFailed {
                why: e.to_string(),
                then,
            },
        }
    }

    /// Save the plan as a new file at `typed` (a path the user typed; `~`
    /// is the home folder, relative paths start there too) and go on
    /// there. An existing file is never overwritten.
    pub(super) fn save_as(&mut self, typed: &str, plan: &Plan, revision: u64) -> Done {
        let path = self.places.resolve(typed);
        // Missing folders are made 0700; the plan is checked like any save.
        match store::save_new(&path, plan) {
            Ok(()) => {
                self.lock = store::lock(&path).ok().flatten();
                self.stamp = FileStamp::of(&path).ok().flatten();
                let _ = store::Session::remember(self.library.data_dir(), &path);
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

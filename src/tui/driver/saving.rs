//! Writing the open plan: the change check, history copies, "save as",
//! and recovery copies when nothing else works.

use std::path::Path;

use crate::plan::Plan;
use crate::store::{self, FileStamp, history, recovery};
use crate::tui::effect::{Done, RescueJob, SaveAsFailure, SaveJob};

use super::Driver;

impl Driver {
    /// Write the plan over its file, atomically, after a history copy when
    /// the job asks for one. Someone else changed the file since we read
    /// it: keep theirs, write ours beside it, and go on in ours.
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
        let on_disk = FileStamp::of(&path).ok().flatten();
        if on_disk.is_some() && on_disk != self.stamp {
            return self.save_conflict_copy(&path, &plan, revision, then);
        }
        // A history that cannot be written does not stop the save; the
        // answer says why, and `update` tells the user once (R15).
        let history_failed = if history {
            history::snapshot(self.library.data_dir(), &path, at)
                .err()
                .map(|e| e.to_string())
        } else {
            None
        };
        match store::save(&path, &plan) {
            Ok(()) => {
                self.stamp = FileStamp::of(&path).ok().flatten();
                Done::Saved {
                    revision,
                    path,
                    copy: false,
                    at,
                    history_failed,
                    then,
                }
            }
            Err(e) => Done::SaveFailed {
                why: e.to_string(),
                then,
            },
        }
    }

    fn save_conflict_copy(
        &mut self,
        path: &Path,
        plan: &Plan,
        revision: u64,
        then: crate::tui::effect::Then,
    ) -> Done {
        let at = self.clock.wall();
        let stamp = at.strftime("%Y%m%d-%H%M%S").to_string();
        let stem = path
            .file_stem()
            .map_or_else(|| "plan".to_string(), |s| s.to_string_lossy().into_owned());
        let copy = path.with_file_name(format!("{stem}-kopie-{stamp}.ron"));
        match store::save_new(&copy, plan) {
            Ok(()) => {
                self.lock = store::lock(&copy).ok().flatten();
                self.stamp = FileStamp::of(&copy).ok().flatten();
                Done::Saved {
                    revision,
                    path: copy,
                    copy: true,
                    at,
                    history_failed: None,
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

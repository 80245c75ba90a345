//! Saving the plan a front-end has open: the change check, the history
//! copy, the atomic write, and a copy beside the file when someone else
//! changed it. One function, [`OpenPlan::save`], so the terminal app and
//! the plain line mode follow the same rules whether they save on their
//! own thread or on a background one ([`super::background`]).

use std::path::{Path, PathBuf};

use jiff::Timestamp;

use crate::plan::Plan;

use super::history;
use super::lock::{PlanLock, lock};
use super::paths::DataDir;
use super::plan_file::{FileStamp, save, save_new};

/// What the store keeps of the open plan: its lock (held until another
/// plan is opened) and what its file looked like when last read or
/// written, so a change by someone else is never overwritten.
#[derive(Debug, Default)]
pub struct OpenPlan {
    pub lock: Option<PlanLock>,
    pub stamp: Option<FileStamp>,
}

/// One save of the open plan.
#[derive(Debug, Clone, PartialEq)]
pub struct SaveOrder {
    pub path: PathBuf,
    pub plan: Plan,
    /// Copy the file on disk into the plan's history first.
    pub history: bool,
    /// The time the plan is saved at (its `meta.updated`).
    pub at: Timestamp,
}

/// How a save went. Error texts are Dutch clauses (see `explain.rs`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SaveOutcome {
    Saved {
        /// The plan's file, or the copy beside it (`copy`).
        path: PathBuf,
        copy: bool,
        /// The time saved in the plan.
        at: Timestamp,
        /// The history copy asked for could not be written (why).
        history_failed: Option<String>,
    },
    Failed(String),
}

impl OpenPlan {
    /// The plan at `path` was just read (or created): hold `lock` and
    /// remember what the file looks like.
    pub fn opened(&mut self, path: &Path, lock: Option<PlanLock>) {
        self.lock = lock;
        self.stamp = FileStamp::of(path).ok().flatten();
    }

    /// Let go of the open plan.
    pub fn close(&mut self) {
        self.lock = None;
        self.stamp = None;
    }

    /// Write the plan over its file, atomically, after a history copy when
    /// the order asks for one. Someone else changed the file since we read
    /// it: keep theirs, write ours beside it, and go on in ours.
    pub fn save(&mut self, data: &DataDir, order: SaveOrder) -> SaveOutcome {
        let SaveOrder {
            path,
            mut plan,
            history,
            at,
        } = order;
        plan.meta.updated = at;
        let on_disk = FileStamp::of(&path).ok().flatten();
        if on_disk.is_some() && on_disk != self.stamp {
            return self.save_copy(&path, &plan, at);
        }
        // A history that cannot be written does not stop the save; the
        // outcome says why, and the front-end tells the user once (R15).
        let history_failed = if history {
            history::snapshot(data, &path, at)
                .err()
                .map(|e| e.to_string())
        } else {
            None
        };
        match save(&path, &plan) {
            Ok(()) => {
                self.stamp = FileStamp::of(&path).ok().flatten();
                SaveOutcome::Saved {
                    path,
                    copy: false,
                    at,
                    history_failed,
                }
            }
            Err(e) => SaveOutcome::Failed(e.to_string()),
        }
    }

    fn save_copy(&mut self, path: &Path, plan: &Plan, at: Timestamp) -> SaveOutcome {
        let stamp = at.strftime("%Y%m%d-%H%M%S").to_string();
        let stem = path
            .file_stem()
            .map_or_else(|| "plan".to_string(), |s| s.to_string_lossy().into_owned());
        let copy = path.with_file_name(format!("{stem}-kopie-{stamp}.ron"));
        match save_new(&copy, plan) {
            Ok(()) => {
                let lock = lock(&copy).ok().flatten();
                self.opened(&copy, lock);
                SaveOutcome::Saved {
                    path: copy,
                    copy: true,
                    at,
                    history_failed: None,
                }
            }
            Err(e) => SaveOutcome::Failed(e.to_string()),
        }
    }
}

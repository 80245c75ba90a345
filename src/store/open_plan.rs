//! Writing the plan a front-end has open: the change check (someone else
//! changed the file since we read it: theirs stays, ours goes beside it),
//! a copy into the history first when asked, and the atomic save. The
//! TUI's driver and the plain line mode both save through here: directly
//! ([`save_checked`]), or with the open plan's lock and stamp kept in an
//! [`OpenPlan`], which a writer thread can hold ([`super::background`]).

use std::io;
use std::path::{Path, PathBuf};

use jiff::Timestamp;

use crate::plan::Plan;

use super::history;
use super::lock::{PlanLock, lock};
use super::paths::DataDir;
use super::plan_file::{FileStamp, save, save_new};

/// How a save went.
pub struct Written {
    /// Where the plan is now: its own file, or a copy beside it.
    pub path: PathBuf,
    /// The file had been changed by someone else; the plan went to a copy
    /// at `path`, and the front-end goes on there.
    pub copy: bool,
    /// The file as written, to compare with before the next save.
    pub stamp: Option<FileStamp>,
    /// For a copy: its lock (the original's lock can be let go).
    pub lock: Option<PlanLock>,
    /// Saving worked, but the history copy could not be written (R15).
    pub history_failed: Option<String>,
}

/// Save `plan` (its `meta.updated` already set to `at`) over the file at
/// `path`, which looked like `known` when last read or written.
///
/// # Errors
///
/// When neither the file nor a copy beside it can be written; the error
/// says why in Dutch.
pub fn save_checked(
    data: &DataDir,
    path: &Path,
    plan: &Plan,
    known: Option<FileStamp>,
    at: Timestamp,
    take_history: bool,
) -> io::Result<Written> {
    let on_disk = FileStamp::of(path).ok().flatten();
    if on_disk.is_some() && on_disk != known {
        return save_beside(path, plan, at);
    }
    // A history that cannot be written does not stop the save.
    let history_failed = if take_history {
        history::snapshot(data, path, at)
            .err()
            .map(|e| e.to_string())
    } else {
        None
    };
    save(path, plan)?;
    Ok(Written {
        path: path.to_path_buf(),
        copy: false,
        stamp: FileStamp::of(path).ok().flatten(),
        lock: None,
        history_failed,
    })
}

/// The plan as a new file beside `path`, named with the time.
fn save_beside(path: &Path, plan: &Plan, at: Timestamp) -> io::Result<Written> {
    let stamp = at.strftime("%Y%m%d-%H%M%S").to_string();
    let stem = path
        .file_stem()
        .map_or_else(|| "plan".to_string(), |s| s.to_string_lossy().into_owned());
    let copy = path.with_file_name(format!("{stem}-kopie-{stamp}.ron"));
    save_new(&copy, plan)?;
    Ok(Written {
        lock: lock(&copy).ok().flatten(),
        stamp: FileStamp::of(&copy).ok().flatten(),
        path: copy,
        copy: true,
        history_failed: None,
    })
}

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

/// How a save of the open plan went. Error texts are Dutch clauses
/// (see `explain.rs`).
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
        self.restamp(path);
    }

    /// Remember what the file at `path` looks like now. This reads and
    /// hashes the whole file (0.7 ms for 1,000 tasks), so a front-end with
    /// a writer thread does it there, before that thread's next save
    /// (issue 16).
    pub fn restamp(&mut self, path: &Path) {
        self.stamp = FileStamp::of(path).ok().flatten();
    }

    /// Let go of the open plan.
    pub fn close(&mut self) {
        self.lock = None;
        self.stamp = None;
    }

    /// [`save_checked`], keeping the lock and stamp for the next save.
    /// The order is borrowed, so a writer thread can hand it back to be
    /// freed where it was made (see `background.rs`).
    pub fn save(&mut self, data: &DataDir, order: &mut SaveOrder) -> SaveOutcome {
        let SaveOrder {
            path,
            plan,
            history,
            at,
        } = order;
        plan.meta.updated = *at;
        match save_checked(data, path, plan, self.stamp, *at, *history) {
            Ok(written) => {
                self.stamp = written.stamp;
                if written.copy {
                    self.lock = written.lock;
                }
                SaveOutcome::Saved {
                    path: written.path,
                    copy: written.copy,
                    at: *at,
                    history_failed: written.history_failed,
                }
            }
            Err(e) => SaveOutcome::Failed(e.to_string()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_changed_by_someone_else_is_kept_and_ours_goes_beside_it() {
        let dir = tempfile::tempdir().expect("tempdir");
        let data = DataDir::new(dir.path());
        let path = dir.path().join("plan.ron");
        let at: Timestamp = "2026-11-26T10:00:00Z".parse().expect("time");
        let mut plan = Plan::new("Ons plan", at);
        let first = save_checked(&data, &path, &plan, None, at, true).expect("first save");
        assert!(!first.copy);
        assert_eq!(first.path, path);
        std::fs::write(&path, "hun versie").expect("someone else writes");
        plan.meta.title = "Onze versie".into();
        let second = save_checked(&data, &path, &plan, first.stamp, at, false).expect("save");
        assert!(second.copy, "not over their file");
        assert_eq!(std::fs::read_to_string(&path).expect("read"), "hun versie");
        let ours = std::fs::read_to_string(&second.path).expect("the copy");
        assert!(ours.contains("Onze versie"), "{ours}");
        assert!(second.lock.is_some(), "the copy is locked for us");
    }
}

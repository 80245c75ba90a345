//! The disk, for the line mode: opening the plan (and holding its lock
//! while it is open), and carrying out the interview's effects with the
//! store's writers. The only part of the line mode that touches files.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::guide::Guide;
use crate::plan::Plan;
use crate::session::Opening;
use crate::session::clock::Clock;
use crate::store::{self, DataDir, FileStamp, Library, LockError, PlanLock, Session, recovery};
use crate::text::{Txt, describe_load_error, fill};

use super::effect::{Done, Effect};

/// A plan, opened.
pub struct Opened {
    pub path: PathBuf,
    pub plan: Plan,
    /// Made just now, not read from a file.
    pub created: bool,
    /// The file had an older format (it is rewritten at the next save).
    pub migrated_from: Option<u32>,
}

pub struct Disk {
    library: Library,
    clock: Arc<dyn Clock>,
    /// The open plan's lock, held until the line mode stops.
    lock: Option<PlanLock>,
    /// The open plan's file as we last read or wrote it.
    stamp: Option<FileStamp>,
}

impl Disk {
    pub fn new(data: DataDir, clock: Arc<dyn Clock>) -> Disk {
        Disk {
            library: Library::new(data),
            clock,
            lock: None,
            stamp: None,
        }
    }

    /// Open what the command line asked for (not the list of plans: the
    /// picker chooses first), and lock it. Errors are sentences.
    pub fn open(&mut self, opening: Opening, guide: &Guide) -> Result<Opened, String> {
        let opened = match opening {
            Opening::Create(title) => {
                let (path, plan) = self
                    .library
                    .create(&title, self.clock.wall())
                    .map_err(|e| fill(Txt::MsgCreateFailed, &[&e]))?;
                Opened {
                    path,
                    plan,
                    created: true,
                    migrated_from: None,
                }
            }
            Opening::Open(path) => {
                let loaded = store::load(&path, guide)
                    .map_err(|e| fill(Txt::MsgOpenFailed, &[&describe_load_error(&e)]))?;
                Opened {
                    path,
                    plan: loaded.plan,
                    created: false,
                    migrated_from: loaded.migrated_from,
                }
            }
            Opening::Loaded(path, loaded) => Opened {
                path,
                plan: loaded.plan,
                created: false,
                migrated_from: loaded.migrated_from,
            },
            Opening::Picker => return Err(Txt::PlainNoPlan.get().to_string()),
        };
        self.hold(&opened.path)?;
        Ok(opened)
    }

    /// Lock the plan at `path` (another window may not have it) and
    /// remember it as the last plan.
    fn hold(&mut self, path: &Path) -> Result<(), String> {
        let lock = match store::lock(path) {
            Ok(lock) => lock,
            Err(LockError::Busy) => return Err(Txt::MsgPlanBusy.get().to_string()),
        };
        // Remembering is a convenience; failing to is not worth a message.
        let _ = Session::remember(self.library.data_dir(), path);
        self.lock = lock;
        self.stamp = FileStamp::of(path).ok().flatten();
        Ok(())
    }

    /// Put recovery copy `found` back where it belongs; the path it went to.
    pub fn recover(&mut self, found: &recovery::Found) -> Result<PathBuf, String> {
        let data = self.library.data_dir();
        let target = recovery::home(data, found);
        match store::lock(&target) {
            Err(LockError::Busy) => Err(Txt::MsgPlanBusy.get().to_string()),
            Ok(_lock) => recovery::put_back(data, found, &target, self.clock.wall())
                .map(|()| target)
                .map_err(|e| e.to_string()),
        }
    }

    /// Carry out one effect and say how it went.
    pub fn execute(&mut self, effect: Effect) -> Done {
        match effect {
            Effect::Save(job) => {
                let mut plan = job.plan;
                let at = self.clock.wall();
                plan.meta.updated = at;
                let data = self.library.data_dir();
                match store::save_checked(data, &job.path, &plan, self.stamp, at, job.history) {
                    Ok(written) => {
                        self.stamp = written.stamp;
                        if written.copy {
                            self.lock = written.lock;
                        }
                        Done::Saved {
                            revision: job.revision,
                            path: written.path,
                            copy: written.copy,
                            at,
                            history_failed: written.history_failed,
                            then: job.then,
                        }
                    }
                    Err(e) => Done::SaveFailed {
                        why: e.to_string(),
                        then: job.then,
                    },
                }
            }
            Effect::Rescue { path, plan, why } => Done::Rescued {
                written: recovery::write(self.library.data_dir(), &path, &plan, self.clock.wall())
                    .map_err(|e| e.to_string()),
                why,
            },
        }
    }
}

//! Opening, creating, renaming and removing plans; the plan list with its
//! earlier versions and recovery copies.

use std::path::{Path, PathBuf};

use crate::listing::summaries;
use crate::plan::Plan;
use crate::plan::progress::overall;
use crate::store::{self, LockError, history, recovery};
use crate::text::{Txt, describe_load_error};
use crate::tui::effect::{Done, Opened, PlanDetails, RecoverOffer, VersionSummary};
use crate::workshop::case::case_for_plan;
use crate::workshop::handout::case_sheet;

use super::Driver;

fn busy() -> String {
    Txt::MsgPlanBusy.get().to_string()
}

impl Driver {
    /// Read the plan at `path` and show it.
    pub(super) fn open(&mut self, path: &Path) -> Done {
        match store::load(path, &self.guide) {
            Ok(loaded) => self.show(
                path.to_path_buf(),
                loaded.plan,
                Opened::File {
                    migrated_from: loaded.migrated_from,
                },
            ),
            Err(e) => Done::OpenFailed(describe_load_error(&e)),
        }
    }

    pub(super) fn create(&mut self, title: &str) -> Done {
        match self.library.create(title, self.clock.wall()) {
            Ok((path, plan)) => self.show(path, plan, Opened::Created),
            Err(e) => Done::CreateFailed(e.to_string()),
        }
    }

    /// Lock the plan and hand it over to be shown; `Busy` when another
    /// window has it open.
    pub(super) fn show(&mut self, path: PathBuf, plan: Plan, how: Opened) -> Done {
        let lock = match store::lock(&path) {
            Ok(lock) => lock,
            Err(LockError::Busy) => return Done::Busy,
        };
        self.remember(&path);
        self.hold(&path, lock);
        // A plan started from a workshop case shows that case beside it.
        let case = plan
            .case
            .as_deref()
            .and_then(|id| case_for_plan(&self.guide, self.library.data_dir(), id))
            .map(|found| Box::new(case_sheet(&found.case, &self.guide)));
        Done::Opened {
            path,
            plan: Box::new(plan),
            how,
            case,
        }
    }

    /// The plans, and the first recovery copy waiting, if any.
    pub(super) fn list(&mut self, select: Option<PathBuf>) -> Done {
        let (plans, error) = match summaries(&self.library, &self.guide) {
            Ok(plans) => (plans, None),
            Err(e) => (Vec::new(), Some(e.to_string())),
        };
        let recover = recovery::find(self.library.data_dir(), &self.guide)
            .into_iter()
            .next()
            .map(|f| RecoverOffer {
                path: f.path,
                original: f.original,
                title: f.plan.meta.title,
                written: f.written,
            });
        Done::Plans {
            plans,
            recover,
            error,
            select,
        }
    }

    /// The details of a plan in the picker.
    pub(super) fn read_details(&mut self, path: &Path) -> Result<PlanDetails, String> {
        store::load(path, &self.guide)
            .map(|loaded| PlanDetails::of(&loaded.plan.meta))
            .map_err(|e| describe_load_error(&e))
    }

    /// New details for a plan from the picker (not while another window
    /// has it open).
    pub(super) fn save_details(&mut self, path: &Path, details: &PlanDetails) -> Done {
        let result = match store::lock(path) {
            Err(LockError::Busy) => Err(busy()),
            Ok(_lock) => store::load(path, &self.guide)
                .map_err(|e| describe_load_error(&e))
                .and_then(|loaded| {
                    let mut plan = loaded.plan;
                    let now = self.clock.wall();
                    details.apply(&mut plan.meta);
                    plan.meta.updated = now;
                    // The file as it was goes to the history first, as
                    // with every rewrite (it may be an older format).
                    history::snapshot(self.library.data_dir(), path, now)
                        .and_then(|_| store::save(path, &plan))
                        .map_err(|e| e.to_string())
                }),
        };
        Done::DetailsSaved(result)
    }

    pub(super) fn trash(&mut self, path: &Path) -> Done {
        let result = match store::lock(path) {
            Err(LockError::Busy) => Err(busy()),
            Ok(_lock) => self
                .library
                .trash(path, self.clock.wall())
                .map_err(|e| e.to_string()),
        };
        Done::Trashed(result)
    }

    pub(super) fn versions(&mut self, path: &Path) -> Done {
        let versions = match history::versions(self.library.data_dir(), path) {
            Ok(v) => v,
            Err(e) => return Done::VersionsFailed(e.to_string()),
        };
        let versions = versions
            .into_iter()
            .map(|v| VersionSummary {
                status: store::load(&v.path, &self.guide)
                    .map(|l| overall(&l.plan, &self.guide))
                    .map_err(|e| describe_load_error(&e)),
                path: v.path,
                taken: v.taken,
            })
            .collect();
        Done::Versions {
            path: path.to_path_buf(),
            versions,
        }
    }

    pub(super) fn restore_version(&mut self, plan: &Path, version: &Path) -> Done {
        let taken = history::versions(self.library.data_dir(), plan)
            .ok()
            .and_then(|v| v.into_iter().find(|v| v.path == version))
            .map(|v| v.taken);
        let result = match store::lock(plan) {
            Err(LockError::Busy) => Err(busy()),
            Ok(_lock) => {
                history::restore(self.library.data_dir(), plan, version, self.clock.wall())
                    .map_err(|e| e.to_string())
            }
        };
        Done::Restored(result.map(|()| taken))
    }

    /// Put a recovery copy back where it belongs and open it.
    pub(super) fn recover(&mut self, recovery_file: &Path) -> Done {
        let found = recovery::find(self.library.data_dir(), &self.guide)
            .into_iter()
            .find(|f| f.path == recovery_file);
        let Some(found) = found else {
            return Done::RecoverGone;
        };
        let now = self.clock.wall();
        let target = recovery::home(self.library.data_dir(), &found);
        let written = match store::lock(&target) {
            Err(LockError::Busy) => Err(busy()),
            Ok(_lock) => recovery::put_back(self.library.data_dir(), &found, &target, now)
                .map_err(|e| e.to_string()),
        };
        match written {
            Ok(()) => self.show(target, found.plan, Opened::Recovered),
            Err(why) => Done::RecoverFailed(why),
        }
    }

    pub(super) fn discard_recovery(&mut self, recovery_file: &Path) -> Done {
        Done::Discarded(
            self.library
                .trash(recovery_file, self.clock.wall())
                .map(|_| ())
                .map_err(|e| e.to_string()),
        )
    }
}

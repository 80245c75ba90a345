//! Opening, creating, renaming and removing plans; the picker with its
//! earlier versions and recovery copies.

use std::path::{Path, PathBuf};

use crate::listing::summary;
use crate::plan::progress::overall;
use crate::plan::{Loaded, Plan};
use crate::present::format_datetime;
use crate::store::{self, FileStamp, LockError, Session, history, recovery};
use crate::text::{Txt, describe_load_error, fill};
use crate::tui::state::{
    App, Editor, Message, Picker, PickerDialog, RecoverOffer, Screen, VersionSummary,
};

use super::Driver;

impl Driver {
    /// Open the plan at `path` in the editor.
    pub fn open(&mut self, app: &mut App, path: &Path) {
        if !self.save(app) {
            return;
        }
        match store::load(path, &app.guide) {
            Ok(loaded) => self.show_loaded(app, path.to_path_buf(), loaded),
            Err(e) => {
                let why = describe_load_error(&e);
                app.message = Some(Message::error(fill(Txt::MsgOpenFailed, &[&why])));
            }
        }
    }

    pub(super) fn create(&mut self, app: &mut App, title: &str) {
        match self.library.create(title, (self.clock)()) {
            Ok((path, plan)) => {
                if self.show_plan(app, path, plan) {
                    app.message = Some(Message::info(Txt::MsgWelcome.get()));
                }
            }
            Err(e) => app.message = Some(Message::error(fill(Txt::MsgCreateFailed, &[&e]))),
        }
    }

    /// Rename a plan from the picker (not while another window has it open).
    pub(super) fn rename(&mut self, app: &mut App, path: &Path, title: &str) {
        let result = match store::lock(path) {
            Err(LockError::Busy) => Err(Txt::MsgPlanBusy.get().to_string()),
            Ok(_lock) => store::load(path, &app.guide)
                .map_err(|e| describe_load_error(&e))
                .and_then(|loaded| {
                    let mut plan = loaded.plan;
                    let now = (self.clock)();
                    plan.meta.title = title.to_string();
                    plan.meta.updated = now;
                    // The file as it was goes to the history first, as
                    // with every rewrite (it may be an older format).
                    history::snapshot(self.library.data_dir(), path, now)
                        .and_then(|_| store::save(path, &plan))
                        .map_err(|e| e.to_string())
                }),
        };
        if let Err(why) = result {
            app.message = Some(Message::error(fill(Txt::MsgSaveFailed, &[&why])));
        }
        self.show_picker(app);
    }

    pub(super) fn trash(&mut self, app: &mut App, path: &Path) {
        let result = match store::lock(path) {
            Err(LockError::Busy) => Err(Txt::MsgPlanBusy.get().to_string()),
            Ok(_lock) => self
                .library
                .trash(path, (self.clock)())
                .map_err(|e| e.to_string()),
        };
        match result {
            Ok(to) => {
                app.message = Some(Message::info(fill(Txt::PlanTrashed, &[&to.display()])));
            }
            Err(why) => app.message = Some(Message::error(why)),
        }
        self.show_picker(app);
    }

    /// Show a plan that is already loaded in the editor.
    pub fn show_loaded(&mut self, app: &mut App, path: PathBuf, loaded: Loaded) {
        if self.show_plan(app, path, loaded.plan)
            && let Some(old) = loaded.migrated_from
        {
            app.message = Some(Message::info(fill(Txt::MsgMigrated, &[&old])));
        }
    }

    /// Lock the plan and show it; false (with a message) when another
    /// window has it open.
    fn show_plan(&mut self, app: &mut App, path: PathBuf, plan: Plan) -> bool {
        let lock = match store::lock(&path) {
            Ok(lock) => lock,
            Err(LockError::Busy) => {
                self.show_picker(app);
                app.message = Some(Message::error(Txt::MsgPlanBusy.get()));
                return false;
            }
        };
        // Remembering is a convenience; failing to is not worth a message.
        let _ = Session::remember(self.library.data_dir(), &path);
        self.lock = lock;
        self.stamp = FileStamp::of(&path).ok().flatten();
        self.last_snapshot = None;
        self.dirty_since = None;
        self.quit_warned = false;
        app.screen = Screen::Editor(Box::new(Editor::new(path, plan, &app.guide)));
        true
    }

    /// List the plans and show the picker; a recovery copy, if there is
    /// one, is offered first.
    pub fn show_picker(&mut self, app: &mut App) {
        let selected_path = match &app.screen {
            Screen::Editor(e) => Some(e.path.clone()),
            Screen::Picker(p) => p.plans.get(p.selected).map(|s| s.path.clone()),
        };
        self.lock = None;
        self.stamp = None;
        let plans = match self.library.list(&app.guide) {
            Ok(entries) => entries.iter().map(|e| summary(e, &app.guide)).collect(),
            Err(e) => {
                app.message = Some(Message::error(fill(Txt::MsgListFailed, &[&e])));
                Vec::new()
            }
        };
        let mut picker = Picker::new(plans);
        if let Some(path) = selected_path {
            picker.selected = picker
                .plans
                .iter()
                .position(|p| p.path == path)
                .unwrap_or(0);
        }
        picker.dialog = recovery::find(self.library.data_dir(), &app.guide)
            .into_iter()
            .next()
            .map(|f| {
                PickerDialog::Recover(RecoverOffer {
                    path: f.path,
                    original: f.original,
                    title: f.plan.meta.title,
                    written: f.written,
                })
            });
        app.screen = Screen::Picker(Box::new(picker));
    }

    pub(super) fn show_versions(&mut self, app: &mut App, path: &Path) {
        let versions = match history::versions(self.library.data_dir(), path) {
            Ok(v) => v,
            Err(e) => {
                app.message = Some(Message::error(e.to_string()));
                return;
            }
        };
        let versions = versions
            .into_iter()
            .map(|v| VersionSummary {
                status: store::load(&v.path, &app.guide)
                    .map(|l| overall(&l.plan, &app.guide))
                    .map_err(|e| describe_load_error(&e)),
                path: v.path,
                taken: v.taken,
            })
            .collect();
        if let Screen::Picker(p) = &mut app.screen {
            let title = p
                .plans
                .iter()
                .find(|s| s.path == path)
                .map(|s| s.title.clone())
                .unwrap_or_default();
            p.dialog = Some(PickerDialog::Versions {
                path: path.to_path_buf(),
                title,
                versions,
                selected: 0,
            });
        }
    }

    pub(super) fn restore_version(&mut self, app: &mut App, plan: &Path, version: &Path) {
        let taken = history::versions(self.library.data_dir(), plan)
            .ok()
            .and_then(|v| v.into_iter().find(|v| v.path == version))
            .map(|v| format_datetime(v.taken, &app.tz))
            .unwrap_or_default();
        let result = match store::lock(plan) {
            Err(LockError::Busy) => Err(Txt::MsgPlanBusy.get().to_string()),
            Ok(_lock) => history::restore(self.library.data_dir(), plan, version, (self.clock)())
                .map_err(|e| e.to_string()),
        };
        self.show_picker(app);
        app.message = Some(match result {
            Ok(()) => Message::info(fill(Txt::VersionRestored, &[&taken])),
            Err(why) => Message::error(fill(Txt::MsgSaveFailed, &[&why])),
        });
    }

    /// Put a recovery copy back where it belongs and open it.
    pub(super) fn recover(&mut self, app: &mut App, recovery_file: &Path) {
        let found = recovery::find(self.library.data_dir(), &app.guide)
            .into_iter()
            .find(|f| f.path == recovery_file);
        let Some(found) = found else {
            self.show_picker(app);
            return;
        };
        let now = (self.clock)();
        let target = if found.original.parent().is_some_and(Path::is_dir) {
            found.original.clone()
        } else {
            self.library.data_dir().plans().join(
                found
                    .original
                    .file_name()
                    .unwrap_or_else(|| "hersteld.ron".as_ref()),
            )
        };
        let written = match store::lock(&target) {
            Err(LockError::Busy) => Err(Txt::MsgPlanBusy.get().to_string()),
            Ok(_lock) => history::snapshot(self.library.data_dir(), &target, now)
                .and_then(|_| store::save(&target, &found.plan))
                .map_err(|e| e.to_string()),
        };
        match written {
            Ok(()) => {
                let _ = recovery::remove(&found);
                if self.show_plan(app, target, found.plan) {
                    app.message = Some(Message::info(Txt::RecoverDone.get()));
                }
            }
            Err(why) => {
                self.show_picker(app);
                app.message = Some(Message::error(fill(Txt::MsgSaveFailed, &[&why])));
            }
        }
    }

    pub(super) fn discard_recovery(&mut self, app: &mut App, recovery_file: &Path) {
        let result = self.library.trash(recovery_file, (self.clock)());
        self.show_picker(app);
        app.message = Some(match result {
            Ok(_) => Message::info(Txt::RecoverDiscarded.get()),
            Err(e) => Message::error(e.to_string()),
        });
    }
}

//! Writing the open plan: autosave and Ctrl-S, the change check, history
//! copies, "save as", and recovery copies when nothing else works.

use std::path::{Path, PathBuf};

use crate::plan;
use crate::store::{self, FileStamp, history, recovery};
use crate::text::{Txt, fill};
use crate::tui::state::{App, Editor, Message, SaveState, Screen};

use super::Driver;

/// Why the last save failed, for messages.
pub fn failure(app: &App) -> String {
    match &app.screen {
        Screen::Editor(e) => match &e.save {
            SaveState::Failed(why) => why.clone(),
            SaveState::Saved(_) => String::new(),
        },
        Screen::Picker(_) => String::new(),
    }
}

impl Driver {
    /// Write the open plan if it has unsaved changes. True when the plan
    /// is safely on disk afterwards (or there is no plan open).
    pub fn save(&mut self, app: &mut App) -> bool {
        let Screen::Editor(editor) = &mut app.screen else {
            return true;
        };
        if !editor.is_dirty() && matches!(editor.save, SaveState::Saved(_)) {
            return true;
        }
        let now = (self.clock)();
        // Someone else changed the file since we read it: keep theirs,
        // write ours beside it, and go on in ours.
        let on_disk = FileStamp::of(&editor.path).ok().flatten();
        if on_disk.is_some() && on_disk != self.stamp {
            return self.save_conflict_copy(app);
        }
        let mut history_failed = None;
        if self
            .last_snapshot
            .is_none_or(|t| now.as_second() - t.as_second() >= history::INTERVAL_SECONDS)
        {
            match history::snapshot(self.library.data_dir(), &editor.path, now) {
                Ok(_) => self.last_snapshot = Some(now),
                // Said once: saving itself still works (R15).
                Err(e) if !self.history_warned => {
                    self.history_warned = true;
                    history_failed = Some(e.to_string());
                }
                Err(_) => {}
            }
        }
        let ok = self.write(editor, &editor.path.clone());
        if ok {
            self.dirty_since = None;
            if let Some(why) = history_failed {
                app.message = Some(Message::error(fill(Txt::MsgHistoryFailed, &[&why])));
            }
        } else if let SaveState::Failed(why) = &editor.save {
            app.message = Some(Message::error(fill(Txt::MsgSaveFailed, &[why])));
        }
        ok
    }

    /// Write the editor's plan to `path` (atomically) and record the new
    /// file stamp.
    fn write(&mut self, editor: &mut Editor, path: &Path) -> bool {
        let now = (self.clock)();
        let previous = editor.plan.meta.updated;
        editor.plan.meta.updated = now;
        match store::save(path, &editor.plan) {
            Ok(()) => {
                editor.saved_revision = editor.revision;
                editor.save = SaveState::Saved(now);
                self.stamp = FileStamp::of(path).ok().flatten();
                true
            }
            Err(e) => {
                editor.plan.meta.updated = previous;
                editor.save = SaveState::Failed(e.to_string());
                false
            }
        }
    }

    fn save_conflict_copy(&mut self, app: &mut App) -> bool {
        let Screen::Editor(editor) = &mut app.screen else {
            return true;
        };
        let stamp = (self.clock)().strftime("%Y%m%d-%H%M%S").to_string();
        let stem = editor
            .path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_else(|| "plan".to_string());
        let copy = editor
            .path
            .with_file_name(format!("{stem}-kopie-{stamp}.ron"));
        match store::save_new(&copy, &editor.plan) {
            Ok(()) => {
                editor.path = copy.clone();
                editor.saved_revision = editor.revision;
                editor.save = SaveState::Saved((self.clock)());
                self.lock = store::lock(&copy).ok().flatten();
                self.stamp = FileStamp::of(&copy).ok().flatten();
                self.last_snapshot = None;
                self.dirty_since = None;
                let shown = copy.display().to_string();
                app.message = Some(Message::error(fill(Txt::MsgConflict, &[&shown])));
                true
            }
            Err(e) => {
                editor.save = SaveState::Failed(e.to_string());
                let why = e.to_string();
                app.message = Some(Message::error(fill(Txt::MsgSaveFailed, &[&why])));
                false
            }
        }
    }

    /// Open the "save as" dialog with a suggested place.
    pub(super) fn ask_save_as(&mut self, app: &mut App) {
        if let Screen::Editor(editor) = &mut app.screen {
            let suggestion = suggested_path(&editor.path);
            editor.save_as = Some(crate::tui::update::name_input(&suggestion));
        }
    }

    /// Save the open plan as a new file at `typed` (a path the user typed;
    /// `~` is the home folder, relative paths start there too) and go on
    /// editing that file. An existing file is never overwritten.
    pub(super) fn save_as(&mut self, app: &mut App, typed: &str) {
        let Screen::Editor(editor) = &mut app.screen else {
            return;
        };
        let path = resolve_typed_path(typed);
        // Missing folders are made 0700; the plan is checked like any save.
        match store::save_new(&path, &editor.plan) {
            Ok(()) => {
                editor.path = path.clone();
                editor.saved_revision = editor.revision;
                editor.save = SaveState::Saved((self.clock)());
                self.lock = store::lock(&path).ok().flatten();
                self.stamp = FileStamp::of(&path).ok().flatten();
                self.last_snapshot = None;
                self.dirty_since = None;
                let _ = store::Session::remember(self.library.data_dir(), &path);
                let shown = path.display().to_string();
                app.message = Some(Message::info(fill(Txt::SaveAsDone, &[&shown])));
            }
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
                let shown = path.display().to_string();
                editor.save_as = Some(crate::tui::update::name_input(typed));
                app.message = Some(Message::error(fill(Txt::SaveAsExists, &[&shown])));
            }
            Err(e) => {
                editor.save_as = Some(crate::tui::update::name_input(typed));
                let why = e.to_string();
                app.message = Some(Message::error(fill(Txt::MsgSaveFailed, &[&why])));
            }
        }
    }

    /// The last resort when the plan cannot be saved where it belongs (or
    /// the app crashed): a recovery copy, offered back at the next start.
    /// Returns what to tell the user after the terminal is restored.
    pub fn rescue(&mut self, app: &App, crashed: bool) -> Option<String> {
        let Screen::Editor(editor) = &app.screen else {
            return None;
        };
        if !editor.is_dirty() && matches!(editor.save, SaveState::Saved(_)) {
            return None;
        }
        let why = match &editor.save {
            SaveState::Failed(why) => why.clone(),
            SaveState::Saved(_) => String::new(),
        };
        let now = (self.clock)();
        match recovery::write(self.library.data_dir(), &editor.path, &editor.plan, now) {
            Ok(path) if crashed => Some(fill(Txt::ExitCrashRecovered, &[&path.display()])),
            Ok(path) => Some(fill(Txt::ExitRecovered, &[&why, &path.display()])),
            Err(e) => Some(format!(
                "{}\n\n{}",
                fill(Txt::ExitDump, &[&e]),
                plan::to_string(&editor.plan)
            )),
        }
    }
}

/// A path as typed: `~` and relative paths are taken from the home folder,
/// which is where a user expects "Documenten/plan.ron" to be.
fn resolve_typed_path(typed: &str) -> PathBuf {
    let home = directories::UserDirs::new().map(|d| d.home_dir().to_path_buf());
    let typed = typed.trim();
    let path = match (typed.strip_prefix("~/").or(typed.strip_prefix("~")), &home) {
        (Some(rest), Some(home)) => home.join(rest),
        _ => PathBuf::from(typed),
    };
    let path = match (path.is_relative(), home) {
        (true, Some(home)) => home.join(path),
        _ => path,
    };
    if path.extension().is_none() {
        path.with_extension("ron")
    } else {
        path
    }
}

/// Where "save as" suggests to go: the same file name in the documents
/// folder (written with `~` for home), which a user can then change.
pub(super) fn suggested_path(current: &std::path::Path) -> String {
    let name = current
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "plan.ron".to_string());
    let Some(dirs) = directories::UserDirs::new() else {
        return name;
    };
    let folder = dirs.document_dir().unwrap_or(dirs.home_dir()).to_path_buf();
    match folder.strip_prefix(dirs.home_dir()) {
        Ok(rest) if rest.as_os_str().is_empty() => format!("~/{name}"),
        Ok(rest) => format!("~/{}/{name}", rest.display()),
        Err(_) => folder.join(name).display().to_string(),
    }
}

//! The driver carries out [`Effect`]s against the plans folder and runs
//! autosave. It is the only part of the shell that touches the disk, and
//! it needs no terminal, so tests drive the whole app through it.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use jiff::{Timestamp, Unit};

use crate::guide::Guide;
use crate::plan::progress::overall;
use crate::plan::{Loaded, Plan};
use crate::store::{self, Entry, Library, Session};
use crate::text::{Txt, describe_load_error, fill};

use super::event::Event;
use super::state::{App, Editor, Message, Picker, PlanSummary, SaveState, Screen};
use super::update::{Effect, update};

/// How long after the first unsaved change autosave writes the plan.
pub const AUTOSAVE_AFTER: Duration = Duration::from_secs(1);

/// Where the driver gets the time from; tests pass a fixed clock.
pub type Clock = Box<dyn Fn() -> Timestamp>;

pub struct Driver {
    library: Library,
    clock: Clock,
    /// When the open plan first had changes that are not on disk.
    dirty_since: Option<Instant>,
    /// A save on quit failed once; a second quit request stops anyway.
    quit_warned: bool,
}

/// "Now", rounded to whole seconds so saved files stay readable.
pub fn now() -> Timestamp {
    Timestamp::now()
        .round(Unit::Second)
        .unwrap_or_else(|_| Timestamp::now())
}

impl Driver {
    pub fn new(library: Library) -> Driver {
        Driver::with_clock(library, Box::new(now))
    }

    pub fn with_clock(library: Library, clock: Clock) -> Driver {
        Driver {
            library,
            clock,
            dirty_since: None,
            quit_warned: false,
        }
    }

    pub fn library(&self) -> &Library {
        &self.library
    }

    /// Feed one event through `update` and carry out what it asks.
    pub fn handle(&mut self, app: &mut App, event: Event) {
        let effects = update(app, event);
        for effect in effects {
            self.run_effect(app, effect);
        }
        self.notice_changes(app, Instant::now());
    }

    /// Start the autosave clock when the plan has new changes.
    fn notice_changes(&mut self, app: &App, now: Instant) {
        let dirty = matches!(&app.screen, Screen::Editor(e) if e.is_dirty());
        match (dirty, self.dirty_since) {
            (true, None) => self.dirty_since = Some(now),
            (false, Some(_)) => self.dirty_since = None,
            _ => {}
        }
    }

    /// How long the event loop may wait before autosave is due.
    pub fn wait_time(&self, now: Instant) -> Duration {
        match self.dirty_since {
            Some(since) => (since + AUTOSAVE_AFTER).saturating_duration_since(now),
            None => Duration::from_secs(60),
        }
    }

    /// Save if a change has waited long enough.
    pub fn tick(&mut self, app: &mut App, now: Instant) {
        self.notice_changes(app, now);
        if self
            .dirty_since
            .is_some_and(|since| now >= since + AUTOSAVE_AFTER)
        {
            self.save(app);
        }
    }

    /// Carry out one effect (also used by the command line to start up).
    pub fn run_effect(&mut self, app: &mut App, effect: Effect) {
        match effect {
            Effect::Save => {
                if self.save(app) {
                    app.message = Some(Message::info(Txt::MsgSaved.get()));
                }
            }
            Effect::Open(path) => self.open(app, &path),
            Effect::Create(title) => self.create(app, &title),
            Effect::Rename(path, title) => self.rename(app, &path, &title),
            Effect::Trash(path) => {
                match self.library.trash(&path) {
                    Ok(to) => {
                        app.message = Some(Message::info(fill(Txt::PlanTrashed, &[&to.display()])));
                    }
                    Err(e) => app.message = Some(Message::error(e.to_string())),
                }
                self.show_picker(app);
            }
            Effect::ShowPicker => {
                if self.save(app) {
                    self.show_picker(app);
                }
            }
            Effect::Quit => {
                if self.save(app) || self.quit_warned {
                    app.quit = true;
                } else {
                    self.quit_warned = true;
                    let why = match &app.screen {
                        Screen::Editor(e) => match &e.save {
                            SaveState::Failed(why) => why.clone(),
                            SaveState::Saved(_) => String::new(),
                        },
                        Screen::Picker(_) => String::new(),
                    };
                    app.message = Some(Message::error(fill(Txt::MsgQuitSaveFailed, &[&why])));
                }
            }
        }
    }

    /// Write the open plan if it has unsaved changes. True when the plan
    /// is safely on disk afterwards (or there is no plan open).
    pub fn save(&mut self, app: &mut App) -> bool {
        let Screen::Editor(editor) = &mut app.screen else {
            return true;
        };
        if !editor.is_dirty() && matches!(editor.save, SaveState::Saved(_)) {
            return true;
        }
        let ok = save_editor(editor, (self.clock)());
        if ok {
            self.dirty_since = None;
        } else if let SaveState::Failed(why) = &editor.save {
            app.message = Some(Message::error(fill(Txt::MsgSaveFailed, &[why])));
        }
        ok
    }

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

    fn create(&mut self, app: &mut App, title: &str) {
        match self.library.create(title, (self.clock)()) {
            Ok((path, plan)) => {
                self.show_plan(app, path, plan);
                app.message = Some(Message::info(Txt::MsgWelcome.get()));
            }
            Err(e) => app.message = Some(Message::error(fill(Txt::MsgCreateFailed, &[&e]))),
        }
    }

    fn rename(&mut self, app: &mut App, path: &Path, title: &str) {
        let result = store::load(path, &app.guide)
            .map_err(|e| describe_load_error(&e))
            .and_then(|loaded| {
                let mut plan = loaded.plan;
                plan.meta.title = title.to_string();
                plan.meta.updated = (self.clock)();
                store::save(path, &plan).map_err(|e| e.to_string())
            });
        if let Err(why) = result {
            app.message = Some(Message::error(fill(Txt::MsgSaveFailed, &[&why])));
        }
        self.show_picker(app);
    }

    /// Show a plan that is already loaded in the editor.
    pub fn show_loaded(&mut self, app: &mut App, path: PathBuf, loaded: Loaded) {
        self.show_plan(app, path, loaded.plan);
        if let Some(old) = loaded.migrated_from {
            app.message = Some(Message::info(fill(Txt::MsgMigrated, &[&old])));
        }
    }

    fn show_plan(&mut self, app: &mut App, path: PathBuf, plan: Plan) {
        // Remembering is a convenience; failing to is not worth a message.
        let _ = Session::remember(self.library.data_dir(), &path);
        app.screen = Screen::Editor(Box::new(Editor::new(path, plan, &app.guide)));
        self.dirty_since = None;
        self.quit_warned = false;
    }

    /// List the plans and show the picker.
    pub fn show_picker(&mut self, app: &mut App) {
        let selected_path = match &app.screen {
            Screen::Editor(e) => Some(e.path.clone()),
            Screen::Picker(p) => p.plans.get(p.selected).map(|s| s.path.clone()),
        };
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
        app.screen = Screen::Picker(Box::new(picker));
    }
}

fn save_editor(editor: &mut Editor, stamp: Timestamp) -> bool {
    let previous = editor.plan.meta.updated;
    editor.plan.meta.updated = stamp;
    match store::save(&editor.path, &editor.plan) {
        Ok(()) => {
            editor.saved_revision = editor.revision;
            editor.save = SaveState::Saved(stamp);
            true
        }
        Err(e) => {
            editor.plan.meta.updated = previous;
            editor.save = SaveState::Failed(e.to_string());
            false
        }
    }
}

/// A plan as the picker shows it: title and progress, or what is wrong.
pub fn summary(entry: &Entry, guide: &Guide) -> PlanSummary {
    let updated = entry.updated();
    match &entry.plan {
        Ok(plan) => PlanSummary {
            path: entry.path.clone(),
            title: plan.meta.title.clone(),
            updated,
            status: Ok(overall(plan, guide)),
        },
        Err(e) => PlanSummary {
            path: entry.path.clone(),
            title: entry.name(),
            updated,
            status: Err(describe_load_error(e)),
        },
    }
}

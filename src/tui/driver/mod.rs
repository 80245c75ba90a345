//! The driver carries out [`Effect`]s against the disk and runs autosave.
//! It is the only part of the shell that reads or writes files, and it
//! needs no terminal, so tests drive the whole app through it.

mod exports;
mod plans;
mod saving;

use std::time::{Duration, Instant};

use jiff::{Timestamp, Unit};

use crate::store::{FileStamp, Library, PlanLock};
use crate::text::{Txt, fill};

use super::event::Event;
use super::state::{App, Message, Screen};
use super::update::{Effect, update};

/// How long after the first unsaved change autosave writes the plan.
pub const AUTOSAVE_AFTER: Duration = Duration::from_secs(1);

/// How long the user must pause before the advice is recomputed: long
/// enough to stay out of the way of typing and moving, short enough to
/// feel immediate.
pub const ADVICE_AFTER: Duration = Duration::from_millis(120);

/// Where the driver gets the time from; tests pass a fixed clock.
pub type Clock = Box<dyn Fn() -> Timestamp>;

pub struct Driver {
    library: Library,
    clock: Clock,
    /// When the open plan first had changes that are not on disk.
    dirty_since: Option<Instant>,
    /// When the last input arrived (for the advice pause).
    last_input: Option<Instant>,
    /// A save on quit failed once; a second quit request stops anyway,
    /// after writing a recovery copy.
    quit_warned: bool,
    /// The open plan's lock, held until another plan is opened.
    lock: Option<PlanLock>,
    /// The open plan file as we last read or wrote it.
    stamp: Option<FileStamp>,
    /// When the open plan's file was last copied into its history.
    last_snapshot: Option<Timestamp>,
    /// The user was told that no history copies can be written.
    history_warned: bool,
    /// Where exports go; `None`: the user's documents folder.
    export_dir: Option<std::path::PathBuf>,
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
            last_input: None,
            quit_warned: false,
            lock: None,
            stamp: None,
            last_snapshot: None,
            history_warned: false,
            export_dir: None,
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
        let now = Instant::now();
        self.last_input = Some(now);
        self.notice_changes(app, now);
    }

    /// Recompute out-of-date advice now, as after a pause (tests, which
    /// do not wait).
    pub fn settle(&mut self, app: &mut App) {
        if let Screen::Editor(e) = &mut app.screen {
            e.settle_advice(&app.guide);
        }
    }

    fn advice_due(&self, app: &App) -> Option<Instant> {
        match &app.screen {
            Screen::Editor(e) if e.advice_stale && !e.typing() => Some(
                self.last_input
                    .map_or_else(Instant::now, |t| t + ADVICE_AFTER),
            ),
            _ => None,
        }
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

    /// How long the event loop may wait before autosave or the advice is due.
    pub fn wait_time(&self, app: &App, now: Instant) -> Duration {
        let autosave = self.dirty_since.map(|since| since + AUTOSAVE_AFTER);
        [autosave, self.advice_due(app)]
            .into_iter()
            .flatten()
            .min()
            .map_or(Duration::from_secs(60), |due| {
                due.saturating_duration_since(now)
            })
    }

    /// Save if a change has waited long enough.
    pub fn tick(&mut self, app: &mut App, now: Instant) {
        self.notice_changes(app, now);
        if self.advice_due(app).is_some_and(|due| now >= due) {
            self.settle(app);
        }
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
                // A save can end in a message of its own (a conflict copy).
                if self.save(app) && app.message.is_none() {
                    app.message = Some(Message::info(Txt::MsgSaved.get()));
                }
            }
            Effect::AskSaveAs => self.ask_save_as(app),
            Effect::SaveAs(path) => self.save_as(app, &path),
            Effect::Open(path) => self.open(app, &path),
            Effect::Create(title) => self.create(app, &title),
            Effect::Rename(path, title) => self.rename(app, &path, &title),
            Effect::Trash(path) => self.trash(app, &path),
            Effect::ShowPicker => {
                if self.save(app) {
                    self.show_picker(app);
                }
            }
            Effect::ShowVersions(path) => self.show_versions(app, &path),
            Effect::RestoreVersion { plan, version } => self.restore_version(app, &plan, &version),
            Effect::Recover(path) => self.recover(app, &path),
            Effect::DiscardRecovery(path) => self.discard_recovery(app, &path),
            Effect::Quit => self.quit(app),
            Effect::Export(format) => self.export(app, format),
        }
    }

    fn quit(&mut self, app: &mut App) {
        if self.save(app) {
            app.quit = true;
        } else if self.quit_warned {
            app.exit_note = self.rescue(app, false);
            app.quit = true;
        } else {
            self.quit_warned = true;
            let why = saving::failure(app);
            app.message = Some(Message::error(fill(Txt::MsgQuitSaveFailed, &[&why])));
        }
    }
}

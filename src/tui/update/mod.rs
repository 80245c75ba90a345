//! `update(app, event) -> effects`: the one place where state changes.
//! Pure: no disk, no terminal, no clock of its own. Work for the disk is
//! returned as [`Effect`]s; their results come back as
//! [`Event::Done`](crate::tui::event::Event::Done). Time comes in with
//! [`Event::Tick`](crate::tui::event::Event::Tick).

mod editor;
mod field;
mod form;
mod input;
mod list;
mod overlay;
mod panels;
mod picker;
mod results;
mod save;
mod step;
mod typing;

use std::time::Instant;

use crate::guide::Guide;
use crate::session::Opening;
use crate::tui::effect::{Done, Effect};
use crate::tui::event::Event;
use crate::tui::state::{App, Message, Overlay, Screen};

pub use save::{exit_note, rescue_on_crash};
pub use typing::parse_date;

pub fn update(app: &mut App, event: Event) -> Vec<Effect> {
    let before = revision(app);
    // A plan just opened has its progress already (`Editor::new`).
    let opened = matches!(&event, Event::Done(d) if matches!(**d, Done::Opened { .. }));
    let effects = match event {
        Event::Tick(now) => save::tick(app, now),
        Event::Key(key) => {
            app.pause.input();
            input::key(app, &key)
        }
        Event::Paste(text) => {
            app.pause.input();
            input::paste(app, &text)
        }
        Event::Resize => Vec::new(),
        Event::Signal(signal) => save::signal(app, signal),
        Event::Done(done) => results::done(app, *done),
    };
    if let Screen::Editor(e) = &mut app.screen
        && Some(e.revision) != before
        && !opened
    {
        e.refresh(&app.guide);
    }
    effects
}

/// The first effect of a run: what the command line asked to show.
#[must_use]
pub fn start(opening: Opening) -> Effect {
    match opening {
        Opening::Picker => Effect::ListPlans { select: None },
        Opening::Create(title) => Effect::Create(title),
        Opening::Open(path) => Effect::Open(path),
        Opening::Loaded(path, loaded) => Effect::OpenLoaded {
            path,
            plan: loaded.plan,
            migrated_from: loaded.migrated_from,
        },
    }
}

fn revision(app: &App) -> Option<u64> {
    app.editor().map(|e| e.revision)
}

/// What the handlers of one screen may touch besides that screen.
pub(crate) struct Ctx<'a> {
    pub guide: &'a Guide,
    pub message: &'a mut Option<Message>,
    pub overlays: &'a mut Vec<Overlay>,
    pub now: Instant,
}

/// The app split into the screen and everything else, so a handler can
/// change both.
pub(crate) fn parts(app: &mut App) -> (Ctx<'_>, &mut Screen) {
    let App {
        guide,
        screen,
        overlays,
        message,
        now,
        ..
    } = app;
    let ctx = Ctx {
        guide,
        message,
        overlays,
        now: *now,
    };
    (ctx, screen)
}

impl Ctx<'_> {
    pub fn info(&mut self, text: impl Into<String>) {
        *self.message = Some(Message::info(text));
    }

    pub fn error(&mut self, text: impl Into<String>) {
        *self.message = Some(Message::error(text));
    }
}

/// Move a cursor up or down within `len` rows (any other action: down).
pub(crate) fn move_cursor(
    selected: usize,
    action: crate::tui::keymap::Action,
    len: usize,
) -> usize {
    match action {
        crate::tui::keymap::Action::Up => selected.saturating_sub(1),
        _ => (selected + 1).min(len.saturating_sub(1)),
    }
}

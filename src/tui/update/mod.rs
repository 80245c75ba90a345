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
mod mouse;
mod overlay;
mod panels;
mod picker;
mod plan_details;
mod results;
mod save;
mod step;
mod typing;
mod undo;

use std::time::Instant;

use crate::guide::Guide;
use crate::session::Opening;
use crate::tui::drawn::Drawn;
use crate::tui::effect::{Done, Effect};
use crate::tui::event::Event;
use crate::tui::state::{App, LOG_SIZE, Message, Overlay, Screen};

pub use save::{exit_note, rescue_on_crash};
pub use typing::parse_date;

pub fn update(app: &mut App, event: Event) -> Vec<Effect> {
    let before = revision(app);
    let shown = app.message.clone();
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
        Event::Drawn(drawn) => {
            app.drawn = *drawn;
            Vec::new()
        }
        Event::Mouse(mouse) => {
            app.pause.input();
            mouse::event(app, &mouse)
        }
        Event::Signal(signal) => save::signal(app, signal),
        Event::Done(done) => results::done(app, *done),
    };
    if let Screen::Editor(e) = &mut app.screen {
        if Some(e.revision) != before && !opened {
            e.refresh(&app.guide);
        }
        // The plan carries where the user is, for every copy made of it
        // (a save, "save as", a hand-in), so it reopens there (W17).
        let here = e.position(&app.guide);
        if e.plan.position != here {
            e.plan.position = here;
        }
    }
    log_message(app, shown);
    effects
}

/// Keep every new message in the log, so a long one can be read in full
/// (the status lines show two rows).
fn log_message(app: &mut App, shown: Option<Message>) {
    if let Some(m) = &app.message
        && shown.as_ref() != Some(m)
    {
        app.log.push(m.clone());
        if app.log.len() > LOG_SIZE {
            app.log.remove(0);
        }
    }
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
    /// What the last frame showed where (scroll limits, click targets).
    pub drawn: &'a Drawn,
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
        drawn,
        ..
    } = app;
    let ctx = Ctx {
        guide,
        drawn,
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

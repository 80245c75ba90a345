//! Saving: on the clock (autosave), on request, before the picker and on
//! quit or a signal; and what follows when a save reports back.

use std::path::PathBuf;
use std::time::Instant;

use jiff::Timestamp;

use crate::guide::Guide;
use crate::text::{Txt, fill};
use crate::tui::effect::{Effect, RescueJob, SaveJob, Then};
use crate::tui::keymap::say;
use crate::tui::state::{App, Editor, Message, SaveState, Screen};

/// The clock moved on: the advice catches up after a pause, and a change
/// that has waited long enough is saved.
pub fn tick(app: &mut App, now: Instant) -> Vec<Effect> {
    app.now = now;
    app.pause.tick(now);
    let Screen::Editor(e) = &mut app.screen else {
        return Vec::new();
    };
    if app.pause.over(now) {
        e.settle_advice(&app.guide);
    }
    let dirty = e.is_dirty();
    if e.autosave.due(now, dirty) {
        return vec![job(e, &app.guide, now, Then::Stay)];
    }
    Vec::new()
}

/// A save of the open plan as it is now, with where the user is in it.
pub fn job(e: &mut Editor, guide: &Guide, now: Instant, then: Then) -> Effect {
    let history = e.autosave.started(now);
    e.plan.position = e.position(guide);
    e.saved_position.clone_from(&e.plan.position);
    Effect::Save(SaveJob {
        path: e.path.clone(),
        plan: e.plan.clone(),
        revision: e.revision,
        history,
        then,
    })
}

/// Save the open plan if it has changes not on disk (or the user moved
/// since the last save: the plan reopens where they were), then do `then`.
pub fn request(app: &mut App, then: Then) -> Vec<Effect> {
    let now = app.now;
    if let Screen::Editor(e) = &mut app.screen
        && needs_save(e, &app.guide)
    {
        return vec![job(e, &app.guide, now, then)];
    }
    after(app, then)
}

/// Is there anything to write before the plan is left?
pub fn needs_save(e: &Editor, guide: &Guide) -> bool {
    e.is_dirty() || matches!(e.save, SaveState::Failed(_)) || e.position(guide) != e.saved_position
}

/// What follows a save that worked (or was not needed).
fn after(app: &mut App, then: Then) -> Vec<Effect> {
    match then {
        Then::Stay => Vec::new(),
        Then::Confirm => {
            if app.message.is_none() {
                app.message = Some(Message::info(Txt::MsgSaved.get()));
            }
            Vec::new()
        }
        Then::ShowPicker => {
            let select = app.editor().map(|e| e.path.clone());
            vec![Effect::Close, Effect::ListPlans { select }]
        }
        Then::Quit => {
            app.quit = true;
            Vec::new()
        }
    }
}

/// Ctrl-Q: save and stop. When the save fails the user is warned once; a
/// second Ctrl-Q stops anyway, after writing a recovery copy.
pub fn quit(app: &mut App) -> Vec<Effect> {
    request(app, Then::Quit)
}

/// The system asks the app to stop: save, or write a recovery copy when
/// that fails; there is no second chance to ask the user.
pub fn signal(app: &mut App, signal: i32) -> Vec<Effect> {
    app.signal = Some(signal);
    request(app, Then::Quit)
}

pub fn saved(
    app: &mut App,
    revision: u64,
    path: PathBuf,
    copy: bool,
    at: Timestamp,
    then: Then,
) -> Vec<Effect> {
    let Screen::Editor(e) = &mut app.screen else {
        return Vec::new();
    };
    e.saved_revision = e.saved_revision.max(revision);
    e.save = SaveState::Saved(at);
    e.plan.meta.updated = at;
    e.autosave.succeeded();
    if copy {
        // Someone else changed the file: theirs stays, ours went beside it.
        let shown = path.display().to_string();
        e.path = path;
        app.message = Some(Message::error(fill(Txt::MsgConflict, &[&shown])));
    }
    // Saves answer later now (issue 16): keys that came in meanwhile
    // changed the plan again, and those changes are saved too before the
    // picker shows or the app stops.
    if matches!(then, Then::ShowPicker | Then::Quit) {
        return request(app, then);
    }
    after(app, then)
}

pub fn failed(app: &mut App, why: String, then: Then) -> Vec<Effect> {
    let now = app.now;
    let signalled = app.signal.is_some();
    let Screen::Editor(e) = &mut app.screen else {
        return Vec::new();
    };
    let first = e.autosave.failed(now);
    e.save = SaveState::Failed(why.clone());
    if then == Then::Quit {
        if e.quit_warned || signalled {
            return vec![rescue(e, &why, false)];
        }
        e.quit_warned = true;
        app.message = Some(Message::error(say(Txt::MsgQuitSaveFailed, &[&why])));
        return Vec::new();
    }
    // Autosave tells once; the header keeps saying it. A save the user
    // asked for (Ctrl-S, a step change, Ctrl-O) always says why it failed.
    if first || then != Then::Stay {
        app.message = Some(Message::error(say(Txt::MsgSaveFailed, &[&why])));
    }
    Vec::new()
}

/// A recovery copy of the open plan.
pub fn rescue(e: &Editor, why: &str, crashed: bool) -> Effect {
    Effect::Rescue(RescueJob {
        path: e.path.clone(),
        plan: e.plan.clone(),
        why: why.to_string(),
        crashed,
    })
}

/// What a crash must rescue: the open plan, unless it is safely on disk.
#[must_use]
pub fn rescue_on_crash(app: &App) -> Option<Effect> {
    let e = app.editor()?;
    let safe = !e.is_dirty() && matches!(e.save, SaveState::Saved(_));
    (!safe).then(|| rescue(e, "", true))
}

/// What to print after the terminal is restored, once a recovery copy was
/// written (or could not be: then the whole plan, so nothing is lost).
#[must_use]
pub fn exit_note(app: &App, written: &Result<PathBuf, String>, why: &str, crashed: bool) -> String {
    match written {
        Ok(path) if crashed => fill(Txt::ExitCrashRecovered, &[&path.display()]),
        Ok(path) => fill(Txt::ExitRecovered, &[&why, &path.display()]),
        Err(e) => {
            let plan = app
                .editor()
                .map(|e| crate::plan::to_string(&e.plan))
                .unwrap_or_default();
            format!("{}\n\n{plan}", fill(Txt::ExitDump, &[e]))
        }
    }
}

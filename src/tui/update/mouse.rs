//! The mouse. A click acts on what the last frame drew under the pointer
//! (`App::drawn`): a tab, a key in the key bar or a dialog's button works
//! as its key; a step, a question or a choice is opened or chosen; a row of
//! a list is selected, and a click on the selected row opens it. The wheel
//! scrolls the pane under the pointer. Everything goes through the same
//! handlers as the keys, so a click can do nothing a key could not.

use ratatui::crossterm::event::{
    KeyCode, KeyEvent, KeyModifiers, MouseButton, MouseEvent, MouseEventKind,
};
use ratatui::layout::Position;

use crate::tui::drawn::{Hit, Pane, PaneView, scrolled_by};
use crate::tui::effect::Effect;
use crate::tui::keymap::{Action, binding_for};
use crate::tui::state::{App, Overlay, Screen, View};

use super::{input, parts, step};

/// Lines one turn of the wheel scrolls.
const WHEEL_LINES: i32 = 3;

pub fn event(app: &mut App, m: &MouseEvent) -> Vec<Effect> {
    if !app.mouse {
        return Vec::new();
    }
    let at = Position::new(m.column, m.row);
    let layer = app.overlays.len();
    match m.kind {
        MouseEventKind::Down(MouseButton::Left) => match app.drawn.hit(at, layer) {
            Some(hit) => {
                app.message = None;
                click(app, hit)
            }
            None => Vec::new(),
        },
        MouseEventKind::ScrollDown => wheel(app, at, layer, 1),
        MouseEventKind::ScrollUp => wheel(app, at, layer, -1),
        _ => Vec::new(),
    }
}

fn press(app: &mut App, code: KeyCode) -> Vec<Effect> {
    input::key(app, &KeyEvent::new(code, KeyModifiers::NONE))
}

/// The first key of `action` where the user is: what a click stands for.
fn press_action(app: &mut App, action: Action) -> Vec<Effect> {
    match binding_for(app.context(), action).and_then(|b| b.keys.first()) {
        Some(k) => input::key(app, &KeyEvent::new(k.code, k.mods)),
        None => Vec::new(),
    }
}

fn click(app: &mut App, hit: Hit) -> Vec<Effect> {
    match hit {
        Hit::Press(k) => input::key(app, &KeyEvent::new(k.code, k.mods)),
        Hit::Step(i) => to_step(app, i),
        Hit::Question(i) => question(app, i),
        Hit::Choice(i) => choice(app, i),
        Hit::Row(i) => row(app, i),
    }
}

fn to_step(app: &mut App, target: usize) -> Vec<Effect> {
    let (mut ctx, screen) = parts(app);
    let Screen::Editor(e) = screen else {
        return Vec::new();
    };
    if target == e.step {
        return Vec::new();
    }
    step::go_to_step(e, &mut ctx, target)
}

/// A click on a question: it gets the focus and opens, as with Enter. An
/// answer being typed elsewhere is closed first (unless it cannot be kept).
fn question(app: &mut App, index: usize) -> Vec<Effect> {
    let (mut ctx, screen) = parts(app);
    let Screen::Editor(e) = screen else {
        return Vec::new();
    };
    let focus = match &e.view {
        View::Form { .. } => e.focus,
        View::Record { focus, .. } => *focus,
        View::List { .. } => return Vec::new(),
    };
    if e.field_editor().is_some() {
        if focus == index {
            return Vec::new();
        }
        if let Err(why) = step::close_editor(e) {
            ctx.error(why);
            return Vec::new();
        }
    }
    match &mut e.view {
        View::Form { .. } => e.focus = index,
        View::Record { focus, .. } => *focus = index,
        View::List { .. } => {}
    }
    press_action(app, Action::Enter)
}

/// A click on an option of the open choice: choose it (one option) or
/// switch it on or off (several).
fn choice(app: &mut App, index: usize) -> Vec<Effect> {
    let multi = {
        let Screen::Editor(e) = &mut app.screen else {
            return Vec::new();
        };
        let edit = match &mut e.view {
            View::Form { edit } | View::Record { edit, .. } => edit,
            View::List { .. } => return Vec::new(),
        };
        let Some(fe) = edit.as_mut() else {
            return Vec::new();
        };
        let crate::tui::state::Input::Pick { cursor, multi, .. } = &mut fe.input else {
            return Vec::new();
        };
        *cursor = index;
        *multi
    };
    press_action(app, if multi { Action::Toggle } else { Action::Enter })
}

/// A click on a row selects it; a click on the selected row opens it.
fn row(app: &mut App, index: usize) -> Vec<Effect> {
    let was = select(app, index);
    if was == Some(index) {
        press_action(app, Action::Enter)
    } else {
        Vec::new()
    }
}

/// Select row `index` of the list on top; returns the row selected before.
fn select(app: &mut App, index: usize) -> Option<usize> {
    if let Some(top) = app.overlays.last_mut() {
        return match top {
            Overlay::Versions { selected, .. } | Overlay::Export { selected, .. } => {
                Some(std::mem::replace(selected, index))
            }
            // A click on a field of the details puts the caret there.
            Overlay::Details(form) => {
                form.focus = index;
                None
            }
            Overlay::Help { .. }
            | Overlay::Messages { .. }
            | Overlay::NewPlan(_)
            | Overlay::HandIn { .. }
            | Overlay::SaveAs(_)
            | Overlay::ConfirmDelete { .. }
            | Overlay::ConfirmRemove { .. }
            | Overlay::Recover(_) => None,
        };
    }
    match &mut app.screen {
        Screen::Picker(p) => Some(std::mem::replace(&mut p.selected, index)),
        Screen::Editor(e) => {
            if let Some(panel) = &mut e.panel {
                let was = panel.selected;
                if was != index {
                    panel.selected = index;
                    panel.scroll = 0;
                }
                return Some(was);
            }
            match &mut e.view {
                View::List { selected, .. } => Some(std::mem::replace(selected, index)),
                View::Form { .. } | View::Record { .. } => None,
            }
        }
    }
}

/// The wheel over a pane: text scrolls by a few lines; a list or the
/// questions move as with ↑ and ↓.
fn wheel(app: &mut App, at: Position, layer: usize, direction: i32) -> Vec<Effect> {
    let Some(view) = app.drawn.pane_at(at, layer) else {
        return Vec::new();
    };
    let delta = direction * WHEEL_LINES;
    match view.pane {
        Pane::Help | Pane::Messages => {
            if let Some(Overlay::Help { scroll } | Overlay::Messages { scroll }) =
                app.overlays.last_mut()
            {
                *scroll = scrolled_by(*scroll, delta, Some(view));
            }
            Vec::new()
        }
        Pane::Details => {
            scroll_details(app, delta, view);
            Vec::new()
        }
        Pane::Form { .. } | Pane::List => press(
            app,
            if direction > 0 {
                KeyCode::Down
            } else {
                KeyCode::Up
            },
        ),
    }
}

fn scroll_details(app: &mut App, delta: i32, view: PaneView) {
    if let Screen::Editor(e) = &mut app.screen
        && let Some(panel) = &mut e.panel
    {
        panel.scroll = scrolled_by(panel.scroll, delta, Some(view));
    }
}

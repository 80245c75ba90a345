//! The questions of a step, and answering one of them (also used for the
//! questions of one item).

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use crate::guide::{Guide, Kind};
use crate::plan::Slot;
use crate::tui::drawn::Pane;
use crate::tui::keymap::Action;
use crate::tui::state::{Editor, FieldEditor, FormScroll, Input, ListOf, View};

use super::Ctx;
use super::field::{self, Outcome};
use super::undo;

/// Move a focus index by `delta` within `len` entries.
pub fn step_focus(focus: usize, delta: isize, len: usize) -> usize {
    focus
        .saturating_add_signed(delta)
        .min(len.saturating_sub(1))
}

pub fn form_key(e: &mut Editor, ctx: &mut Ctx, action: Option<Action>, key: &KeyEvent) -> View {
    let len = e.visible(ctx.guide).len();
    let slot = e.focused_question(ctx.guide).map(|q| Slot::question(&q.id));
    if through_tall_block(e, ctx, slot, action, key) {
        return View::Form { edit: None };
    }
    match action {
        Some(Action::NextField | Action::Down) => e.focus = step_focus(e.focus, 1, len),
        Some(Action::PrevField | Action::Up) => e.focus = step_focus(e.focus, -1, len),
        Some(Action::Enter) => return open_question(e, ctx, None),
        None if starts_typing(key) => return open_question(e, ctx, Some(key)),
        _ => {}
    }
    View::Form { edit: None }
}

/// ↓ and ↑ on a question whose block is taller than the view scroll
/// through it before they move on, so its end can be read. True when the
/// key scrolled.
pub fn through_tall_block(
    e: &mut Editor,
    ctx: &Ctx,
    slot: Option<Slot>,
    action: Option<Action>,
    key: &KeyEvent,
) -> bool {
    let Some(slot) = slot else {
        return false;
    };
    let Some(view) = ctx.drawn.view(Pane::Form { focus_end: 0 }, 0) else {
        return false;
    };
    let Pane::Form { focus_end } = view.pane else {
        return false;
    };
    let offset = match &e.form_scroll.slot {
        Some(s) if *s == slot => e.form_scroll.offset,
        _ => 0,
    };
    let down = matches!(action, Some(Action::NextField)) && key.code == KeyCode::Down;
    let up = matches!(action, Some(Action::PrevField)) && key.code == KeyCode::Up;
    let step = view.page();
    let new = if down && view.first + view.area.height < focus_end {
        offset.saturating_add(step)
    } else if up && offset > 0 {
        offset.saturating_sub(step)
    } else {
        return false;
    };
    e.form_scroll = FormScroll {
        slot: Some(slot),
        offset: new,
    };
    true
}

/// A plain character (or a digit) typed where no editor is open starts
/// answering the focused question with it.
pub fn starts_typing(key: &KeyEvent) -> bool {
    matches!(key.code, KeyCode::Char(_))
        && !key
            .modifiers
            .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT)
}

/// Open the focused question: an editor, or the list view for lists.
/// `first_key` is a key typed before the editor was open.
pub fn open_question(e: &mut Editor, ctx: &mut Ctx, first_key: Option<&KeyEvent>) -> View {
    let guide = ctx.guide;
    let Some(q) = e.focused_question(guide) else {
        return View::Form { edit: None };
    };
    if ListOf::of(&q.kind).is_some() {
        if first_key.is_some() {
            return View::Form { edit: None };
        }
        return View::List {
            question: q.id.clone(),
            selected: 0,
        };
    }
    let fe = field::open(guide, &e.plan, q, Slot::question(&q.id));
    let fe = fe.and_then(|fe| feed_first_key(e, ctx, fe, first_key));
    View::Form { edit: fe }
}

/// Give a freshly opened editor the key that opened it. Returns `None`
/// when that key already completed the answer (a digit in a picker).
pub fn feed_first_key(
    e: &mut Editor,
    ctx: &mut Ctx,
    fe: FieldEditor,
    first_key: Option<&KeyEvent>,
) -> Option<FieldEditor> {
    let Some(key) = first_key else {
        return Some(fe);
    };
    if matches!(fe.input, Input::Pick { .. })
        && !matches!(key.code, KeyCode::Char(c) if c.is_ascii_digit())
    {
        // Letters do not pick anything; just open the choices.
        return Some(fe);
    }
    drive(e, ctx, fe, None, key).0
}

/// Where the editor goes after a key: stays open (`Some`), or closes and
/// moves focus by the returned delta.
pub fn drive(
    e: &mut Editor,
    ctx: &mut Ctx,
    mut fe: FieldEditor,
    action: Option<Action>,
    key: &KeyEvent,
) -> (Option<FieldEditor>, isize) {
    let Some(kind) = kind_of(ctx.guide, &fe.slot) else {
        return (None, 0);
    };
    let before = e.plan.get(&fe.slot).cloned();
    // Keys that write text (Enter as a new line too) may join the change
    // before them; every other key is a change of its own.
    let typing = fe.input.text_area().is_some() && matches!(action, None | Some(Action::NewLine));
    let (outcome, delta) = match action {
        Some(Action::Back) => (fe.finish(), 0),
        Some(Action::NextField) => (fe.finish(), 1),
        Some(Action::PrevField) => (fe.finish(), -1),
        Some(Action::Up) => {
            fe.move_cursor(-1);
            (Outcome::Stay { changed: false }, 0)
        }
        Some(Action::Down) => {
            fe.move_cursor(1);
            (Outcome::Stay { changed: false }, 0)
        }
        Some(Action::Enter | Action::Toggle) => (fe.choose(kind, &mut e.plan), 0),
        Some(Action::Clear) => (fe.clear(&mut e.plan), 0),
        _ => (fe.key(kind, &mut e.plan, key), 0),
    };
    let changed = matches!(
        outcome,
        Outcome::Stay { changed: true } | Outcome::Done { changed: true }
    );
    if changed {
        e.revision += 1;
        undo::answer_changed(e, ctx, &fe.slot, before, typing.then_some(key));
    }
    match outcome {
        Outcome::Stay { .. } => (Some(fe), 0),
        Outcome::Done { .. } => {
            e.history.seal();
            (None, delta)
        }
        Outcome::Refused(why) => {
            ctx.error(why);
            (Some(fe), 0)
        }
    }
}

fn kind_of<'g>(guide: &'g Guide, slot: &Slot) -> Option<&'g Kind> {
    match slot {
        Slot::Question(q) => guide.question(q).map(|r| &r.question.kind),
        Slot::Field {
            question, field, ..
        } => guide.field(question, field).map(|f| &f.kind),
    }
}

/// Pasted text goes into the open editor, or opens the focused question
/// (or item field) and goes there.
pub fn paste(e: &mut Editor, ctx: &mut Ctx, text: &str) {
    if e.panel.is_some() {
        return;
    }
    let view = std::mem::replace(&mut e.view, View::Form { edit: None });
    e.view = match view {
        View::Form { edit } => {
            let fe = match edit {
                Some(fe) => Some(fe),
                None => match open_question(e, ctx, None) {
                    View::Form { edit } => edit,
                    other => {
                        e.view = other;
                        return;
                    }
                },
            };
            View::Form {
                edit: fe.map(|fe| paste_into(e, ctx, fe, text)),
            }
        }
        View::Record {
            question,
            item,
            focus,
            edit,
        } => {
            let fe = edit.or_else(|| {
                let fields = e.visible_fields(ctx.guide, &question, &item);
                fields.get(focus).and_then(|f| {
                    field::open(ctx.guide, &e.plan, f, Slot::field(&question, &item, &f.id))
                })
            });
            View::Record {
                edit: fe.map(|fe| paste_into(e, ctx, fe, text)),
                question,
                item,
                focus,
            }
        }
        other @ View::List { .. } => other,
    };
}

fn paste_into(e: &mut Editor, ctx: &Ctx, mut fe: FieldEditor, text: &str) -> FieldEditor {
    let before = e.plan.get(&fe.slot).cloned();
    if let Outcome::Stay { changed: true } = fe.paste(&mut e.plan, text) {
        e.revision += 1;
        // A paste is one change of its own.
        undo::answer_changed(e, ctx, &fe.slot, before, None);
    }
    fe
}

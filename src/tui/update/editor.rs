//! Input on the plan editor: moving through questions, lists and items,
//! answering, and changing steps.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use crate::guide::{Guide, Kind};
use crate::plan::{Answer, Slot};
use crate::present::{capitalise, item_noun};
use crate::text::{Txt, fill};
use crate::tui::field::{self, Outcome};
use crate::tui::keymap::Action;
use crate::tui::state::{Editor, FieldEditor, Input, Message, View};

use super::Effect;

pub fn on_key(
    e: &mut Editor,
    guide: &Guide,
    action: Option<Action>,
    key: &KeyEvent,
    msg: &mut Option<Message>,
) -> Vec<Effect> {
    if let Some(input) = e.save_as.take() {
        return save_as_key(e, input, action, key);
    }
    if e.export.is_some() {
        return super::panels::export_key(e, action);
    }
    match action {
        Some(
            a @ (Action::ShowFindings
            | Action::ShowForms
            | Action::ShowRaad
            | Action::ShowOverview
            | Action::ShowExport),
        ) => {
            super::panels::open(e, guide, a, msg);
            return Vec::new();
        }
        // Finding the documents folder reads the user's settings: the
        // driver does that and opens the dialog.
        Some(Action::SaveAs) => return vec![Effect::AskSaveAs],
        Some(Action::Save) => return vec![Effect::Save],
        Some(Action::NextStep) => return go_to_step(e, guide, e.step + 1, msg),
        Some(Action::PrevStep) => match e.step.checked_sub(1) {
            Some(prev) => return go_to_step(e, guide, prev, msg),
            None => {
                *msg = Some(Message::info(Txt::MsgFirstStep.get()));
                return Vec::new();
            }
        },
        Some(Action::OpenPicker) => return vec![Effect::ShowPicker],
        _ => {}
    }
    if e.panel.is_some() {
        return super::panels::key(e, guide, action, msg);
    }
    // Take the view out so it can be changed while the plan is borrowed.
    let view = std::mem::replace(&mut e.view, View::Form { edit: None });
    e.view = match view {
        View::Form { edit: Some(fe) } => {
            let focus = e.focus;
            match drive(e, guide, fe, action, key, msg) {
                (Some(fe), _) => View::Form { edit: Some(fe) },
                (None, delta) => {
                    e.focus = step_focus(focus, delta, e.visible(guide).len());
                    View::Form { edit: None }
                }
            }
        }
        View::Form { edit: None } => form_key(e, guide, action, key, msg),
        View::List {
            question,
            selected,
            confirm_remove,
        } => list_key(e, guide, question, selected, confirm_remove, action, msg),
        View::Record {
            question,
            item,
            focus,
            edit,
        } => record_key(e, guide, question, item, focus, edit, action, key, msg),
    };
    Vec::new()
}

/// Move a focus index by `delta` within `len` entries.
fn step_focus(focus: usize, delta: isize, len: usize) -> usize {
    focus
        .saturating_add_signed(delta)
        .min(len.saturating_sub(1))
}

fn touch(e: &mut Editor) {
    e.revision += 1;
}

fn form_key(
    e: &mut Editor,
    guide: &Guide,
    action: Option<Action>,
    key: &KeyEvent,
    msg: &mut Option<Message>,
) -> View {
    let len = e.visible(guide).len();
    match action {
        Some(Action::NextField | Action::Down) => e.focus = step_focus(e.focus, 1, len),
        Some(Action::PrevField | Action::Up) => e.focus = step_focus(e.focus, -1, len),
        Some(Action::Enter) => return open_question(e, guide, None, msg),
        None if starts_typing(key) => return open_question(e, guide, Some(key), msg),
        _ => {}
    }
    View::Form { edit: None }
}

/// A plain character (or a digit) typed where no editor is open starts
/// answering the focused question with it.
fn starts_typing(key: &KeyEvent) -> bool {
    matches!(key.code, KeyCode::Char(_))
        && !key
            .modifiers
            .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT)
}

/// Open the focused question: an editor, or the list view for lists.
/// `first_key` is a key typed before the editor was open.
fn open_question(
    e: &mut Editor,
    guide: &Guide,
    first_key: Option<&KeyEvent>,
    msg: &mut Option<Message>,
) -> View {
    let Some(q) = e.focused_question(guide) else {
        return View::Form { edit: None };
    };
    match &q.kind {
        Kind::List { .. } | Kind::PerItem { .. } => {
            if first_key.is_some() {
                return View::Form { edit: None };
            }
            View::List {
                question: q.id.clone(),
                selected: 0,
                confirm_remove: false,
            }
        }
        _ => {
            let fe = field::open(guide, &e.plan, q, Slot::question(&q.id));
            let fe = fe.and_then(|fe| feed_first_key(e, guide, fe, first_key, msg));
            View::Form { edit: fe }
        }
    }
}

/// Give a freshly opened editor the key that opened it. Returns `None`
/// when that key already completed the answer (a digit in a picker).
fn feed_first_key(
    e: &mut Editor,
    guide: &Guide,
    fe: FieldEditor,
    first_key: Option<&KeyEvent>,
    msg: &mut Option<Message>,
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
    drive(e, guide, fe, None, key, msg).0
}

/// Where the editor goes after a key: stays open (`Some`), or closes and
/// moves focus by the returned delta.
fn drive(
    e: &mut Editor,
    guide: &Guide,
    mut fe: FieldEditor,
    action: Option<Action>,
    key: &KeyEvent,
    msg: &mut Option<Message>,
) -> (Option<FieldEditor>, isize) {
    let Some(kind) = kind_of(guide, &fe.slot) else {
        return (None, 0);
    };
    let (outcome, delta) = match action {
        Some(Action::Back) => (fe.finish(), 0),
        Some(Action::NextField) => (fe.finish(), 1),
        Some(Action::PrevField) => (fe.finish(), -1),
        Some(Action::Undo) => (fe.undo(&mut e.plan, false), 0),
        Some(Action::Redo) => (fe.undo(&mut e.plan, true), 0),
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
    match outcome {
        Outcome::Stay { changed } => {
            if changed {
                touch(e);
            }
            (Some(fe), 0)
        }
        Outcome::Done { changed } => {
            if changed {
                touch(e);
            }
            (None, delta)
        }
        Outcome::Refused(why) => {
            *msg = Some(Message::error(why));
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

fn list_key(
    e: &mut Editor,
    guide: &Guide,
    question: String,
    selected: usize,
    confirm_remove: bool,
    action: Option<Action>,
    msg: &mut Option<Message>,
) -> View {
    let is_list = matches!(
        guide.question(&question).map(|r| &r.question.kind),
        Some(Kind::List { .. })
    );
    let ids: Vec<String> = e
        .list_items(guide, &question)
        .iter()
        .map(|i| i.id.clone())
        .collect();
    let selected = selected.min(ids.len().saturating_sub(1));
    let current = ids.get(selected).cloned();
    let stay = |question: String, selected: usize| View::List {
        question,
        selected,
        confirm_remove: false,
    };
    if confirm_remove {
        if let (Some(Action::Yes), Some(id)) = (action, &current) {
            let noun = item_noun(guide, &question);
            e.plan.remove_item(&question, id);
            touch(e);
            *msg = Some(Message::info(fill(Txt::ItemRemoved, &[&capitalise(&noun)])));
            let left = ids.len().saturating_sub(1);
            return stay(question, selected.min(left.saturating_sub(1)));
        }
        return stay(question, selected);
    }
    match action {
        Some(Action::Up) => stay(question, selected.saturating_sub(1)),
        Some(Action::Down) => stay(question, step_focus(selected, 1, ids.len())),
        Some(Action::Enter) => match current {
            Some(item) => View::Record {
                question,
                item,
                focus: 0,
                edit: None,
            },
            None => stay(question, selected),
        },
        Some(Action::Add) if is_list => {
            let item = e.plan.add_item(&question);
            touch(e);
            // Start with the item's name, the field every list has.
            let slot_field = match guide.question(&question).map(|r| &r.question.kind) {
                Some(Kind::List { title_field, .. }) => title_field.clone(),
                _ => String::new(),
            };
            let fields = e.visible_fields(guide, &question, &item);
            let focus = fields.iter().position(|f| f.id == slot_field).unwrap_or(0);
            let edit = fields
                .get(focus)
                .and_then(|f| field::open(guide, &e.plan, f, Slot::field(&question, &item, &f.id)));
            View::Record {
                question,
                item,
                focus,
                edit,
            }
        }
        Some(Action::Remove) if is_list && current.is_some() => View::List {
            question,
            selected,
            confirm_remove: true,
        },
        Some(Action::MoveUp | Action::MoveDown) if is_list => {
            let delta = if action == Some(Action::MoveUp) {
                -1
            } else {
                1
            };
            let moved = current
                .and_then(|id| e.plan.move_item(&question, &id, delta))
                .unwrap_or(selected);
            if moved != selected {
                touch(e);
            }
            stay(question, moved)
        }
        Some(Action::Back) => View::Form { edit: None },
        Some(Action::NextField) => {
            e.focus = step_focus(e.focus, 1, e.visible(guide).len());
            View::Form { edit: None }
        }
        Some(Action::PrevField) => {
            e.focus = step_focus(e.focus, -1, e.visible(guide).len());
            View::Form { edit: None }
        }
        _ => stay(question, selected),
    }
}

#[allow(clippy::too_many_arguments)]
fn record_key(
    e: &mut Editor,
    guide: &Guide,
    question: String,
    item: String,
    focus: usize,
    edit: Option<FieldEditor>,
    action: Option<Action>,
    key: &KeyEvent,
    msg: &mut Option<Message>,
) -> View {
    let record = |focus: usize, edit: Option<FieldEditor>| View::Record {
        question: question.clone(),
        item: item.clone(),
        focus,
        edit,
    };
    if let Some(fe) = edit {
        return match drive(e, guide, fe, action, key, msg) {
            (Some(fe), _) => record(focus, Some(fe)),
            (None, delta) => {
                let len = e.visible_fields(guide, &question, &item).len();
                record(step_focus(focus, delta, len), None)
            }
        };
    }
    let fields = e.visible_fields(guide, &question, &item);
    let focus = focus.min(fields.len().saturating_sub(1));
    match action {
        Some(Action::NextField | Action::Down) => record(step_focus(focus, 1, fields.len()), None),
        Some(Action::PrevField | Action::Up) => record(step_focus(focus, -1, fields.len()), None),
        Some(Action::Enter) => {
            let fe = fields
                .get(focus)
                .and_then(|f| field::open(guide, &e.plan, f, Slot::field(&question, &item, &f.id)));
            record(focus, fe)
        }
        Some(Action::Back) => leave_record(e, guide, question.clone(), &item),
        None if starts_typing(key) => {
            let fe = fields
                .get(focus)
                .and_then(|f| field::open(guide, &e.plan, f, Slot::field(&question, &item, &f.id)));
            let fe = fe.and_then(|fe| feed_first_key(e, guide, fe, Some(key), msg));
            record(focus, fe)
        }
        _ => record(focus, None),
    }
}

/// Back from an item to its list. An item left completely empty (added
/// by accident) is dropped: it holds nothing to lose.
fn leave_record(e: &mut Editor, guide: &Guide, question: String, item: &str) -> View {
    drop_if_empty(e, guide, &question, item);
    let selected = e
        .list_items(guide, &question)
        .iter()
        .position(|i| i.id == item)
        .unwrap_or(0);
    View::List {
        question,
        selected,
        confirm_remove: false,
    }
}

fn drop_if_empty(e: &mut Editor, guide: &Guide, question: &str, item: &str) {
    let is_list = matches!(
        guide.question(question).map(|r| &r.question.kind),
        Some(Kind::List { .. })
    );
    let empty = e
        .plan
        .item(question, item)
        .is_some_and(|i| i.fields.values().all(Answer::is_empty));
    if is_list && empty {
        e.plan.remove_item(question, item);
        touch(e);
    }
}

/// Close whatever editor is open, unless its text cannot be kept.
fn leave_views(e: &mut Editor, guide: &Guide) -> Result<(), String> {
    let edit = match &e.view {
        View::Form { edit: Some(fe) } | View::Record { edit: Some(fe), .. } => Some(fe),
        _ => None,
    };
    if let Some(Outcome::Refused(why)) = edit.map(FieldEditor::finish) {
        return Err(why);
    }
    if let View::Record { question, item, .. } = &e.view {
        let (question, item) = (question.clone(), item.clone());
        drop_if_empty(e, guide, &question, &item);
    }
    e.view = View::Form { edit: None };
    Ok(())
}

/// Go to step `target`: closes editors and saves (a step change is a
/// natural moment to write the plan).
pub fn go_to_step(
    e: &mut Editor,
    guide: &Guide,
    target: usize,
    msg: &mut Option<Message>,
) -> Vec<Effect> {
    if target >= guide.steps.len() {
        *msg = Some(Message::info(Txt::MsgLastStep.get()));
        return Vec::new();
    }
    if let Err(why) = leave_views(e, guide) {
        *msg = Some(Message::error(why));
        return Vec::new();
    }
    e.step = target;
    e.focus = 0;
    e.panel = None;
    e.plan.step = guide.steps[target].id.clone();
    touch(e);
    vec![Effect::Save]
}

pub fn paste(e: &mut Editor, guide: &Guide, text: &str, msg: &mut Option<Message>) {
    if let Some(input) = e.save_as.as_mut() {
        input.insert_str(text.split(['\n', '\r']).collect::<Vec<_>>().join(""));
        return;
    }
    let view = std::mem::replace(&mut e.view, View::Form { edit: None });
    e.view = match view {
        View::Form { edit } => {
            let fe = match edit {
                Some(fe) => Some(fe),
                None => match open_question(e, guide, None, msg) {
                    View::Form { edit } => edit,
                    other => {
                        e.view = other;
                        return;
                    }
                },
            };
            View::Form {
                edit: fe.map(|fe| paste_into(e, fe, text)),
            }
        }
        View::Record {
            question,
            item,
            focus,
            edit,
        } => {
            let fe = edit.or_else(|| {
                let fields = e.visible_fields(guide, &question, &item);
                fields.get(focus).and_then(|f| {
                    field::open(guide, &e.plan, f, Slot::field(&question, &item, &f.id))
                })
            });
            View::Record {
                edit: fe.map(|fe| paste_into(e, fe, text)),
                question,
                item,
                focus,
            }
        }
        other => other,
    };
}

fn paste_into(e: &mut Editor, mut fe: FieldEditor, text: &str) -> FieldEditor {
    if let Outcome::Stay { changed: true } = fe.paste(&mut e.plan, text) {
        touch(e);
    }
    fe
}

/// Typing the path in the "save as" dialog.
fn save_as_key(
    e: &mut Editor,
    mut input: ratatui_textarea::TextArea<'static>,
    action: Option<Action>,
    key: &KeyEvent,
) -> Vec<Effect> {
    match action {
        Some(Action::Enter) => {
            let path = input.lines().join("").trim().to_string();
            if path.is_empty() {
                e.save_as = Some(input);
                return Vec::new();
            }
            return vec![Effect::SaveAs(path)];
        }
        Some(Action::Back) => return Vec::new(),
        _ => {
            if key.code != KeyCode::Enter {
                field::edit_line(&mut input, key);
            }
        }
    }
    e.save_as = Some(input);
    Vec::new()
}

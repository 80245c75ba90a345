//! Input on a list of items and on the questions of one item.

use ratatui::crossterm::event::KeyEvent;

use crate::plan::Slot;
use crate::plan::progress::open_fields;
use crate::tui::keymap::Action;
use crate::tui::state::{Editor, FieldEditor, ListOf, Overlay, View};

use super::Ctx;
use super::field;
use super::form::{drive, feed_first_key, starts_typing, step_focus, through_tall_block};
use super::step::drop_if_empty;
use super::undo::{self, ListChange};

pub fn list_key(
    e: &mut Editor,
    ctx: &mut Ctx,
    question: String,
    selected: usize,
    action: Option<Action>,
) -> View {
    let guide = ctx.guide;
    let own = match ListOf::question(guide, &question) {
        Some(ListOf::Own { title_field, .. }) => Some(title_field),
        Some(ListOf::PerItem { .. }) | None => None,
    };
    let ids: Vec<String> = e
        .list_items(guide, &question)
        .iter()
        .map(|i| i.id.clone())
        .collect();
    let selected = selected.min(ids.len().saturating_sub(1));
    let current = ids.get(selected).cloned();
    let stay = |question: String, selected: usize| View::List { question, selected };
    match (action, own) {
        (Some(Action::Up), _) => stay(question, selected.saturating_sub(1)),
        (Some(Action::Down), _) => stay(question, step_focus(selected, 1, ids.len())),
        // On the first answer the item still lacks, if any (W12).
        (Some(Action::Enter), _) => match current {
            Some(item) => {
                let focus = first_open(e, ctx, &question, &item);
                View::Record {
                    question,
                    item,
                    focus,
                    edit: None,
                }
            }
            None => stay(question, selected),
        },
        (Some(Action::Add), Some(title_field)) => {
            let before = undo::before_list_change(e, &question, false);
            let item = e.plan.add_item(&question);
            e.revision += 1;
            undo::list_changed(e, ctx, (&question, &item), before, &ListChange::Added);
            // Start with the item's name, the field every list has.
            let fields = e.visible_fields(guide, &question, &item);
            let focus = fields.iter().position(|f| f.id == title_field).unwrap_or(0);
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
        (Some(Action::Remove), Some(_)) => {
            if let Some(item) = current {
                ctx.overlays.push(Overlay::ConfirmRemove {
                    question: question.clone(),
                    item,
                });
            }
            stay(question, selected)
        }
        (Some(a @ (Action::MoveUp | Action::MoveDown)), Some(_)) => {
            let delta = if a == Action::MoveUp { -1 } else { 1 };
            let before = undo::before_list_change(e, &question, false);
            let moved = current
                .as_ref()
                .and_then(|id| e.plan.move_item(&question, id, delta))
                .unwrap_or(selected);
            if moved != selected {
                e.revision += 1;
                if let Some(id) = &current {
                    undo::list_changed(e, ctx, (&question, id), before, &ListChange::Moved);
                }
            }
            stay(question, moved)
        }
        (Some(Action::Back), _) => View::Form { edit: None },
        (Some(Action::NextField), _) => {
            e.focus = step_focus(e.focus, 1, e.visible(guide).len());
            View::Form { edit: None }
        }
        (Some(Action::PrevField), _) => {
            e.focus = step_focus(e.focus, -1, e.visible(guide).len());
            View::Form { edit: None }
        }
        _ => stay(question, selected),
    }
}

#[allow(clippy::too_many_arguments)]
pub fn record_key(
    e: &mut Editor,
    ctx: &mut Ctx,
    question: String,
    item: String,
    focus: usize,
    edit: Option<FieldEditor>,
    action: Option<Action>,
    key: &KeyEvent,
) -> View {
    let guide = ctx.guide;
    let record = |focus: usize, edit: Option<FieldEditor>| View::Record {
        question: question.clone(),
        item: item.clone(),
        focus,
        edit,
    };
    if let Some(fe) = edit {
        return match drive(e, ctx, fe, action, key) {
            (Some(fe), _) => record(focus, Some(fe)),
            (None, delta) => {
                let len = e.visible_fields(guide, &question, &item).len();
                record(step_focus(focus, delta, len), None)
            }
        };
    }
    let fields = e.visible_fields(guide, &question, &item);
    let focus = focus.min(fields.len().saturating_sub(1));
    let slot = fields
        .get(focus)
        .map(|f| Slot::field(&question, &item, &f.id));
    if through_tall_block(e, ctx, slot, action, key) {
        return record(focus, None);
    }
    let open = |e: &Editor| {
        fields
            .get(focus)
            .and_then(|f| field::open(guide, &e.plan, f, Slot::field(&question, &item, &f.id)))
    };
    match action {
        Some(Action::NextField | Action::Down) => record(step_focus(focus, 1, fields.len()), None),
        Some(Action::PrevField | Action::Up) => record(step_focus(focus, -1, fields.len()), None),
        Some(Action::Enter) => record(focus, open(e)),
        Some(Action::Back) => leave_record(e, ctx, question.clone(), &item),
        None if starts_typing(key) => {
            let fe = open(e).and_then(|fe| feed_first_key(e, ctx, fe, Some(key)));
            record(focus, fe)
        }
        _ => record(focus, None),
    }
}

/// Where in `item` the first required answer that is still open is, among
/// the fields shown; the first field when none is open.
fn first_open(e: &Editor, ctx: &Ctx, question: &str, item: &str) -> usize {
    let Some(q) = ctx.guide.question(question) else {
        return 0;
    };
    let record = e.plan.record(question, item);
    let open = open_fields(q.question.kind.fields(), record);
    e.visible_fields(ctx.guide, question, item)
        .iter()
        .position(|f| open.iter().any(|o| o.id == f.id))
        .unwrap_or(0)
}

/// Back from an item to its list. An item left completely empty (added
/// by accident) is dropped: it holds nothing to lose.
fn leave_record(e: &mut Editor, ctx: &Ctx, question: String, item: &str) -> View {
    drop_if_empty(e, ctx.guide, &question, item);
    let selected = e
        .list_items(ctx.guide, &question)
        .iter()
        .position(|i| i.id == item)
        .unwrap_or(0);
    View::List { question, selected }
}

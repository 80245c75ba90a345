//! Undo and redo (W18): recording each change to the answers where it is
//! made, and Ctrl-Z / Ctrl-Y putting values back and going to where the
//! change was, with a message that says what was undone.

use std::time::Duration;

use ratatui::crossterm::event::{KeyCode, KeyEvent};

use crate::guide::Guide;
use crate::plan::{Answer, Plan, Position, Slot};
use crate::present::item_noun;
use crate::text::{Txt, fill};
use crate::tui::effect::Effect;
use crate::tui::keymap::say;
use crate::tui::state::{Change, Editor, HISTORY_SIZE, Typing, Values, View};

use super::Ctx;
use super::field;
use super::step::{close_editor, go_to_step};

/// Typing after a pause this long starts a new change.
const PAUSE: Duration = Duration::from_secs(1);

/// Remember a change so Ctrl-Z can take it back; a new change means what
/// was undone can no longer be done again.
fn push(e: &mut Editor, change: Change) {
    e.history.undone.clear();
    e.history.done.push(change);
    if e.history.done.len() > HISTORY_SIZE {
        e.history.done.remove(0);
    }
}

/// Where `slot` is: undoing a change to it goes back there. (The view is
/// taken out of the editor while a key is handled, so it cannot say.)
fn position_of(slot: &Slot) -> Position {
    match slot {
        Slot::Question(q) => Position {
            question: q.clone(),
            item: None,
            field: None,
        },
        Slot::Field {
            question,
            item,
            field,
        } => Position {
            question: question.clone(),
            item: Some(item.clone()),
            field: Some(field.clone()),
        },
    }
}

/// How a key changed a text: `Some(deleting, ends a word)`, or `None` for
/// a key that is not typing (a choice, a paste).
fn typing_kind(key: Option<&KeyEvent>) -> Option<(bool, bool)> {
    match key?.code {
        KeyCode::Char(c) => Some((false, c.is_whitespace())),
        KeyCode::Enter => Some((false, true)),
        KeyCode::Backspace | KeyCode::Delete => Some((true, false)),
        _ => None,
    }
}

/// Record that the answer at `slot` went from `before` to what it is now.
/// Typing joins the change before it while it is the same field, the
/// same way (writing or deleting), within a second, and the same word.
pub fn answer_changed(
    e: &mut Editor,
    ctx: &Ctx,
    slot: &Slot,
    before: Option<Answer>,
    key: Option<&KeyEvent>,
) {
    let after = e.plan.get(slot).cloned();
    if after == before {
        return;
    }
    let now = ctx.now;
    let kind = typing_kind(key);
    if let (Some((deleting, ends_word)), Some(top)) = (kind, e.history.done.last_mut())
        && e.history.undone.is_empty()
        && let Some(t) = &mut top.typing
        && t.slot == *slot
        && t.deleting == deleting
        && now.saturating_duration_since(t.last) < PAUSE
        && !(t.word_done && !ends_word && !deleting)
    {
        top.after = Values::Slot(slot.clone(), after);
        t.last = now;
        t.word_done = ends_word;
        return;
    }
    let change = Change {
        // Undoing goes to the question, so its (long) label is not repeated.
        what: Txt::UndoAnswer.get().to_string(),
        step: e.step,
        at: Some(position_of(slot)),
        before: Values::Slot(slot.clone(), before),
        after: Values::Slot(slot.clone(), after),
        typing: kind.map(|(deleting, word_done)| Typing {
            slot: slot.clone(),
            last: now,
            deleting,
            word_done,
        }),
    };
    push(e, change);
}

/// The answers of `keys` as they are now.
fn values(plan: &Plan, keys: &[String]) -> Values {
    Values::Answers {
        answers: keys
            .iter()
            .map(|k| (k.clone(), plan.answer(k).cloned()))
            .collect(),
        next_item: plan.next_item,
    }
}

/// A list operation about to happen on `question`: what it touches,
/// before. `all` for a removal, which also clears references elsewhere.
pub struct Before {
    answers: std::collections::BTreeMap<String, Answer>,
    next_item: u64,
    keys: Option<Vec<String>>,
}

pub fn before_list_change(e: &Editor, question: &str, all: bool) -> Before {
    if all {
        Before {
            answers: e.plan.answers.clone(),
            next_item: e.plan.next_item,
            keys: None,
        }
    } else {
        let mut answers = std::collections::BTreeMap::new();
        if let Some(a) = e.plan.answer(question) {
            answers.insert(question.to_string(), a.clone());
        }
        Before {
            answers,
            next_item: e.plan.next_item,
            keys: Some(vec![question.to_string()]),
        }
    }
}

/// What a list operation was, for the message after undoing it.
pub enum ListChange<'a> {
    Added,
    Removed { title: &'a str },
    Moved,
}

/// Record a list operation on `question` that started from `before`;
/// `item` is the item it was about, selected again when it is undone.
pub fn list_changed(
    e: &mut Editor,
    ctx: &Ctx,
    (question, item): (&str, &str),
    before: Before,
    how: &ListChange,
) {
    let keys: Vec<String> = match before.keys {
        Some(keys) => keys,
        // Every answer that differs now: the list and what referred to it.
        None => {
            let mut keys: Vec<String> = before
                .answers
                .iter()
                .filter(|(k, a)| e.plan.answer(k) != Some(*a))
                .map(|(k, _)| k.clone())
                .collect();
            keys.extend(
                e.plan
                    .answers
                    .keys()
                    .filter(|k| !before.answers.contains_key(*k))
                    .cloned(),
            );
            keys
        }
    };
    let old = Values::Answers {
        answers: keys
            .iter()
            .map(|k| (k.clone(), before.answers.get(k).cloned()))
            .collect(),
        next_item: before.next_item,
    };
    let new = values(&e.plan, &keys);
    if old == new {
        return;
    }
    let noun = item_noun(ctx.guide, question);
    let what = match how {
        ListChange::Added => fill(Txt::UndoAdd, &[&noun]),
        ListChange::Removed { title } => fill(Txt::UndoRemove, &[&noun, title]),
        ListChange::Moved => fill(Txt::UndoMove, &[&noun]),
    };
    let change = Change {
        what,
        step: e.step,
        at: Some(Position {
            question: question.to_string(),
            item: Some(item.to_string()),
            field: None,
        }),
        before: old,
        after: new,
        typing: None,
    };
    push(e, change);
}

fn put(plan: &mut Plan, values: &Values) {
    match values {
        Values::Slot(slot, answer) => plan.set(slot, answer.clone()),
        Values::Answers { answers, next_item } => {
            for (key, answer) in answers {
                match answer {
                    Some(a) => {
                        plan.answers.insert(key.clone(), a.clone());
                    }
                    None => {
                        plan.answers.remove(key);
                    }
                }
            }
            // Never back below an id handed out: ids are not reused.
            plan.next_item = plan.next_item.max(*next_item);
        }
    }
}

/// Ctrl-Z (or Ctrl-Y with `redo`): put the values back, go to where the
/// change was made, and say what was undone.
pub fn undo(e: &mut Editor, ctx: &mut Ctx, redo: bool) -> Vec<Effect> {
    // A number or date that does not parse is not in the plan yet: the
    // first Ctrl-Z takes that typing back.
    let editing = e.field_editor().map(|fe| fe.slot.clone());
    if close_editor(e).is_err() {
        reset_open_editor(e);
        ctx.info(Txt::MsgUndoneTyping.get());
        return Vec::new();
    }
    let taken = if redo {
        e.history.undone.pop()
    } else {
        e.history.done.pop()
    };
    let Some(mut change) = taken else {
        ctx.info(if redo {
            Txt::MsgNothingToRedo.get()
        } else {
            Txt::MsgNothingToUndo.get()
        });
        return Vec::new();
    };
    change.typing = None;
    put(
        &mut e.plan,
        if redo { &change.after } else { &change.before },
    );
    e.revision += 1;
    let mut effects = Vec::new();
    if change.step != e.step {
        effects = go_to_step(e, ctx, change.step);
    }
    if e.step == change.step {
        e.panel = None;
        if let Some(at) = &change.at {
            e.place(ctx.guide, at);
        }
        // Undoing while typing in that very field: keep typing there.
        if let (Some(slot), Values::Slot(changed, _)) = (&editing, &change.before)
            && slot == changed
        {
            reopen(e, ctx.guide, slot);
        }
    }
    let txt = if redo { Txt::MsgRedone } else { Txt::MsgUndone };
    ctx.info(say(txt, &[&change.what]));
    if redo {
        e.history.done.push(change);
    } else {
        e.history.undone.push(change);
    }
    effects
}

/// Open the editor on `slot` again, in the view `place` chose.
fn reopen(e: &mut Editor, guide: &Guide, slot: &Slot) {
    let q = match slot {
        Slot::Question(q) => guide.question(q).map(|r| r.question),
        Slot::Field {
            question, field, ..
        } => guide.field(question, field),
    };
    let Some(q) = q else {
        return;
    };
    let fe = field::open(guide, &e.plan, q, slot.clone());
    match &mut e.view {
        View::Form { edit } | View::Record { edit, .. } => *edit = fe,
        View::List { .. } => {}
    }
}

/// Put the open number or date field back to what the plan holds.
fn reset_open_editor(e: &mut Editor) {
    let plan = &e.plan;
    let edit = match &mut e.view {
        View::Form { edit } | View::Record { edit, .. } => edit,
        View::List { .. } => return,
    };
    if let Some(fe) = edit.as_mut() {
        fe.reset_to(plan.get(&fe.slot));
    }
}

//! What can be undone: every change to the answers, as the values before
//! and after it (W18). Typing in one field is one change per word, or up
//! to a pause; adding, removing and moving an item and choosing an option
//! are each one change. Kept for the session of one open plan.

use std::time::Instant;

use crate::plan::{Answer, Position, Slot};

/// Changes kept; older ones are forgotten.
pub const HISTORY_SIZE: usize = 200;

/// Values of the plan, before or after a change.
#[derive(Debug, Clone, PartialEq)]
pub enum Values {
    /// One answer or field.
    Slot(Slot, Option<Answer>),
    /// Whole answers by question id (a list operation touches a list and
    /// whatever referred to its item), and the item counter, so an item
    /// put back keeps its id.
    Answers {
        answers: Vec<(String, Option<Answer>)>,
        next_item: u64,
    },
}

/// Typing that the next key may still join.
#[derive(Debug, Clone, PartialEq)]
pub struct Typing {
    pub slot: Slot,
    pub last: Instant,
    /// Deleting (Backspace, Del) rather than writing.
    pub deleting: bool,
    /// The last key typed ended a word (a space or a new line).
    pub word_done: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Change {
    /// What it was, for the message after undoing it.
    pub what: String,
    /// Where it was made: undoing goes back there.
    pub step: usize,
    pub at: Option<Position>,
    pub before: Values,
    pub after: Values,
    pub typing: Option<Typing>,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct History {
    pub done: Vec<Change>,
    pub undone: Vec<Change>,
}

impl History {
    /// Typing stops joining the last change: the field was closed, so the
    /// next typing there is a change of its own.
    pub fn seal(&mut self) {
        if let Some(top) = self.done.last_mut() {
            top.typing = None;
        }
    }

    /// An empty item added by accident was dropped: it leaves nothing to
    /// undo, so its changes go from the history too.
    pub fn forget_item(&mut self, question: &str, item: &str) {
        let about = |c: &Change| {
            let in_item = |v: &Values| match v {
                Values::Slot(
                    Slot::Field {
                        question: q,
                        item: i,
                        ..
                    },
                    _,
                ) => q == question && i == item,
                Values::Slot(Slot::Question(_), _) | Values::Answers { .. } => false,
            };
            in_item(&c.before)
                || c.at
                    .as_ref()
                    .is_some_and(|p| p.item.as_deref() == Some(item))
        };
        self.done.retain(|c| !about(c));
        self.undone.clear();
    }
}

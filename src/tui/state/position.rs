//! Where the user is in the open plan, as a `Position` the plan keeps, and
//! going back there: on reopening (W17) and after an undo.

use crate::guide::Guide;
use crate::plan::Position;

use super::editor::{Editor, ListOf, View};

impl Editor {
    /// Where the user is now: the focused question, and in a list the
    /// selected item, or in an item the focused field.
    #[must_use]
    pub fn position(&self, guide: &Guide) -> Option<Position> {
        match &self.view {
            View::Form { .. } => self.focused_question(guide).map(|q| Position {
                question: q.id.clone(),
                item: None,
                field: None,
            }),
            View::List { question, selected } => Some(Position {
                question: question.clone(),
                item: self
                    .list_items(guide, question)
                    .get(*selected)
                    .map(|i| i.id.clone()),
                field: None,
            }),
            View::Record {
                question,
                item,
                focus,
                ..
            } => Some(Position {
                question: question.clone(),
                item: Some(item.clone()),
                field: self
                    .visible_fields(guide, question, item)
                    .get(*focus)
                    .map(|f| f.id.clone()),
            }),
        }
    }

    /// Go to `at` in the current step, as far as it still exists: the
    /// question, then the item (its list, or its field when one is given).
    pub fn place(&mut self, guide: &Guide, at: &Position) {
        let Some(focus) = self.visible(guide).iter().position(|q| q.id == at.question) else {
            return;
        };
        self.focus = focus;
        self.view = View::Form { edit: None };
        if ListOf::question(guide, &at.question).is_none() {
            return;
        }
        let Some(item) = &at.item else {
            return;
        };
        let items = self.list_items(guide, &at.question);
        let Some(selected) = items.iter().position(|i| &i.id == item) else {
            self.view = View::List {
                question: at.question.clone(),
                selected: 0,
            };
            return;
        };
        self.view = match &at.field {
            Some(field) => View::Record {
                question: at.question.clone(),
                item: item.clone(),
                focus: self
                    .visible_fields(guide, &at.question, item)
                    .iter()
                    .position(|f| &f.id == field)
                    .unwrap_or(0),
                edit: None,
            },
            None => View::List {
                question: at.question.clone(),
                selected,
            },
        };
    }
}

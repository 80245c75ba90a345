//! Moving through the plan: the next and previous question (and field,
//! inside a list item), another step, another question of the step.

use crate::plan::Answer;
use crate::present::{item_noun, item_title, title_field};
use crate::text::{Txt, fill};

use super::effect::{Out, Then};
use super::interview::{Cursor, InList, Interview};

impl Interview {
    /// On to what comes next: the next field of an item, back to the list
    /// after its last field, or the next question (of the next step).
    pub fn forward(&mut self, out: &mut Out) {
        out.ask = true;
        if let Some(InList::Item { item, field }) = &self.at.list {
            let (item, next) = (item.clone(), field + 1);
            let count = self.question().map_or(0, |q| self.fields(q, &item).len());
            if next < count {
                self.at.list = Some(InList::Item { item, field: next });
            } else {
                self.leave_item(out);
            }
            return;
        }
        self.next_question(out);
    }

    /// Back to what came before: the previous field, the list, the previous
    /// question, or the last question of the step before.
    pub fn backward(&mut self, out: &mut Out) {
        out.ask = true;
        match &self.at.list {
            Some(InList::Item { item, field }) if *field > 0 => {
                self.at.list = Some(InList::Item {
                    item: item.clone(),
                    field: field - 1,
                });
                return;
            }
            Some(InList::Item { .. } | InList::ConfirmRemove { .. }) => {
                self.leave_item(out);
                return;
            }
            Some(InList::Menu) | None => {}
        }
        let count = self.visible().len();
        if self.at.question > 0 {
            self.at.question = (self.at.question - 1).min(count.saturating_sub(1));
            self.enter_question();
        } else if self.step > 0 {
            self.go_to_step(self.step - 1, out);
            self.at.question = self.visible().len().saturating_sub(1);
            self.enter_question();
        } else {
            out.txt(Txt::PlainFirstQuestion);
        }
    }

    fn next_question(&mut self, out: &mut Out) {
        let count = self.visible().len();
        if self.at.question + 1 < count {
            self.at.question += 1;
            self.enter_question();
        } else if self.step < self.last_step() {
            self.go_to_step(self.step + 1, out);
        } else {
            self.at = Cursor {
                question: count,
                list: None,
            };
        }
    }

    /// Go to the first question of step `target` and save (a step change
    /// is a natural moment to write the plan, as in the TUI).
    pub fn go_to_step(&mut self, target: usize, out: &mut Out) {
        let Some(id) = self.guide.steps.get(target).map(|s| s.id.clone()) else {
            return;
        };
        self.typing = None;
        if matches!(self.at.list, Some(InList::Item { .. })) {
            self.leave_item(out);
        }
        self.step = target;
        self.at = Cursor {
            question: 0,
            list: None,
        };
        self.enter_question();
        self.new_step = true;
        out.ask = true;
        self.plan.step = id;
        self.changed();
        self.request_save(Then::Confirm, out);
    }

    /// Go to question `number` (counted from 1) of this step.
    pub fn go_to_question(&mut self, number: usize, out: &mut Out) {
        let count = self.visible().len();
        out.ask = true;
        if number == 0 || number > count {
            out.refuse(fill(Txt::PlainBadQuestionNumber, &[&count]));
            return;
        }
        if matches!(self.at.list, Some(InList::Item { .. })) {
            self.leave_item(out);
        }
        self.at = Cursor {
            question: number - 1,
            list: None,
        };
        self.enter_question();
    }

    /// Open item `item` of the list under the cursor at its first field.
    pub fn open_item(&mut self, item: String) {
        self.at.list = Some(InList::Item { item, field: 0 });
    }

    /// Back from an item to its list's menu. An item of the list's own
    /// that was left completely empty (added by accident) is dropped: it
    /// holds nothing to lose.
    pub fn leave_item(&mut self, out: &mut Out) {
        let item = match &self.at.list {
            Some(InList::Item { item, .. } | InList::ConfirmRemove { item }) => item.clone(),
            Some(InList::Menu) | None => return,
        };
        self.at.list = Some(InList::Menu);
        out.ask = true;
        let Some(q) = self.question() else {
            return;
        };
        let question = q.id.clone();
        let noun = item_noun(&self.guide, &question);
        let own_list = self.plan.item(&question, &item).is_some();
        let empty = self
            .plan
            .item(&question, &item)
            .is_some_and(|i| i.fields.values().all(Answer::is_empty));
        if own_list && empty {
            self.plan.remove_item(&question, &item);
            self.changed();
            out.fill(Txt::PlainItemDropped, &[&noun]);
            return;
        }
        let list = match &q.kind {
            crate::guide::Kind::PerItem { list, .. } => list.clone(),
            _ => question.clone(),
        };
        let field = title_field(&self.guide, &list);
        if let Some(found) = self.plan.item(&list, &item) {
            let title = item_title(found, field);
            out.fill(Txt::PlainItemDone, &[&noun, &title]);
        }
    }
}

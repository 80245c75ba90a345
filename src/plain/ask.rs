//! Saying what is asked: the step when it begins, then the question (or
//! a list's menu, or "remove this item?"). The question comes before its
//! choices, numbers before labels, what is filled in now, and last what
//! to type: the line a screen reader ends on is the one to act on.

use crate::answer::pick_options;
use crate::guide::{Kind, Question};
use crate::plan::Slot;
use crate::plan::progress::item_complete;
use crate::present::{capitalise, item_noun, step_place};
use crate::text::{Txt, fill};

use super::interview::{InList, Interview};
use super::speak::{plain, sentence, spoken_answer, step_name};

impl Interview {
    /// What to say before the next line is read; the step's name and
    /// intro once, when the step begins.
    pub fn prompt(&mut self) -> Vec<String> {
        let mut lines = Vec::new();
        if self.new_step {
            self.new_step = false;
            lines.extend(self.step_header());
        }
        lines.extend(self.asking());
        lines
    }

    fn step_header(&self) -> Vec<String> {
        let Some(step) = self.current_step() else {
            return Vec::new();
        };
        let mut lines = vec![fill(
            Txt::PlainStep,
            &[
                &plain(&step_place(self.step, self.guide.steps.len())),
                &step_name(&step.title),
            ],
        )];
        if !step.intro.trim().is_empty() {
            lines.push(step.intro.trim().to_string());
        }
        lines
    }

    /// The question, menu or confirmation under the cursor.
    #[must_use]
    pub fn asking(&self) -> Vec<String> {
        let Some(q) = self.question() else {
            return vec![Txt::PlainAtTheEnd.get().to_string()];
        };
        let count = self.visible().len();
        let number = self.at.question + 1;
        match &self.at.list {
            None => {
                let head = question_line(number, count, q);
                self.ask_answer(head, q, &Slot::question(&q.id))
            }
            Some(InList::Menu) => self.menu(number, count, q),
            Some(InList::Item { item, field }) => {
                let fields = self.fields(q, item);
                let Some(f) = fields.get(*field).copied() else {
                    return Vec::new();
                };
                let noun = capitalise(&item_noun(&self.guide, &q.id));
                let (number, count, label) = (field + 1, fields.len(), f.label.trim());
                let head = match self.item_name(item) {
                    // A new item has no name yet: its first question asks it.
                    name if name.is_empty() => fill(
                        Txt::PlainItemQuestionUnnamed,
                        &[&noun, &number, &count, &label],
                    ),
                    name => fill(
                        Txt::PlainItemQuestion,
                        &[&noun, &name, &number, &count, &label],
                    ),
                };
                let head = optional_mark(head, f);
                self.ask_answer(head, f, &Slot::field(&q.id, item, &f.id))
            }
            Some(InList::ConfirmRemove { item }) => {
                let noun = item_noun(&self.guide, &q.id);
                vec![
                    fill(
                        Txt::ConfirmRemoveItem,
                        &[&capitalise(&noun), &self.item_label(item)],
                    ),
                    fill(Txt::ConfirmRemoveItemBody, &[&noun]),
                    Txt::PlainConfirmHint.get().to_string(),
                ]
            }
        }
    }

    /// A question or field: `head`, its choices, its answer now, what to type.
    fn ask_answer(&self, head: String, q: &Question, slot: &Slot) -> Vec<String> {
        let mut lines = vec![head];
        let options = pick_options(&self.guide, &self.plan, q);
        let current = self.plan.get(slot);
        let shown = spoken_answer(&self.guide, &self.plan, q, current);
        let hint = match &q.kind {
            Kind::ShortText => Txt::PlainHintShortText.get().to_string(),
            Kind::LongText => Txt::PlainHintLongText.get().to_string(),
            Kind::Choice(_) => {
                lines.extend(numbered(&options));
                Txt::PlainHintChoice.get().to_string()
            }
            Kind::Multi(_) | Kind::Refs { .. } if options.is_empty() => {
                let from = match &q.kind {
                    Kind::Refs { list, .. } => self
                        .guide
                        .question(list)
                        .map(|r| r.question.label.clone())
                        .unwrap_or_default(),
                    _ => String::new(),
                };
                fill(Txt::NoRefsYet, &[&from])
            }
            Kind::Multi(_) | Kind::Refs { .. } => {
                lines.extend(numbered(&options));
                Txt::PlainHintMulti.get().to_string()
            }
            Kind::Scale { low, high } => fill(Txt::PlainHintScale, &[low, high]),
            Kind::YesNo => Txt::PlainHintYesNo.get().to_string(),
            Kind::Number { min, max, unit } if unit.trim().is_empty() => {
                fill(Txt::HintNumber, &[min, max])
            }
            Kind::Number { min, max, unit } => fill(Txt::PlainHintNumberUnit, &[min, max, unit]),
            Kind::Date => Txt::PlainHintDate.get().to_string(),
            Kind::List { .. } | Kind::PerItem { .. } => String::new(),
        };
        match shown {
            Some(text) if text.contains('\n') => {
                lines.push(Txt::PlainNowFilledIn.get().to_string());
                lines.extend(text.lines().map(str::to_string));
            }
            Some(text) => lines.push(sentence(&fill(Txt::PlainNow, &[&text]))),
            None => lines.push(Txt::PlainNotYet.get().to_string()),
        }
        let example = q.example.trim();
        if !example.is_empty() && matches!(q.kind, Kind::ShortText | Kind::LongText) {
            lines.push(sentence(&fill(Txt::PlainExample, &[&example])));
        }
        let keep = if current.is_some() {
            Txt::PlainEmptyKeeps
        } else {
            Txt::PlainEmptySkips
        };
        lines.push(format!("{hint} {}", keep.get()));
        lines
    }

    /// A list question: its items, and what can be done with them.
    fn menu(&self, number: usize, count: usize, q: &Question) -> Vec<String> {
        let mut lines = vec![question_line(number, count, q)];
        let items = self.items(q);
        let noun = item_noun(&self.guide, &q.id);
        let per_item = matches!(q.kind, Kind::PerItem { .. });
        if let Kind::PerItem { list, .. } = &q.kind {
            let from = self
                .guide
                .question(list)
                .map(|r| r.question.label.clone())
                .unwrap_or_default();
            lines.push(sentence(&fill(Txt::PlainPerItemIntro, &[&noun, &from])));
        }
        if items.is_empty() {
            lines.push(Txt::PlainListEmpty.get().to_string());
        } else {
            lines.push(fill(Txt::PlainListCount, &[&items.len()]));
        }
        for (i, item) in items.iter().enumerate() {
            let name = self.item_label(&item.id);
            let line = if per_item {
                let done = item_complete(&self.plan, q, &item.id);
                let status = if done {
                    Txt::StatusComplete
                } else {
                    Txt::PlainNotAllAnswered
                };
                fill(
                    Txt::PlainListItemStatus,
                    &[&capitalise(&noun), &(i + 1), &name, &status.get()],
                )
            } else {
                sentence(&fill(
                    Txt::PlainListItem,
                    &[&capitalise(&noun), &(i + 1), &name],
                ))
            };
            lines.push(line);
        }
        lines.push(match (per_item, items.is_empty()) {
            (true, true) => Txt::PlainEmptyGoesOn.get().to_string(),
            (true, false) => fill(Txt::PlainHintPerItem, &[&noun]),
            (false, _) => fill(Txt::PlainHintList, &[&noun]),
        });
        lines
    }
}

/// "Vraag 2 van 9: …", with "niet verplicht" for optional questions.
fn question_line(number: usize, count: usize, q: &Question) -> String {
    optional_mark(
        fill(Txt::PlainQuestion, &[&number, &count, &q.label.trim()]),
        q,
    )
}

fn optional_mark(head: String, q: &Question) -> String {
    if q.optional {
        format!("{head} {}", Txt::PlainOptional.get())
    } else {
        head
    }
}

/// "1. Label" per option.
fn numbered(options: &[crate::answer::PickOption]) -> Vec<String> {
    options
        .iter()
        .enumerate()
        .map(|(i, o)| format!("{}. {}", i + 1, o.label))
        .collect()
}

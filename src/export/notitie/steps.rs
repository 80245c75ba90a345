//! The steps with their answers. An open question is left out and named
//! once under "Nog open" at the end, unless the reader asked for every
//! question (`--all`): then it stays in its place, marked as open.

use crate::guide::{Guide, Kind, Question, Step};
use crate::plan::progress;
use crate::plan::{Answer, Plan, Record};
use crate::present::{answer_text, capitalise, item_title, list_parts};
use crate::text::{Doc, Txt};

use super::super::model::{Block, Para, user_text};

pub(super) struct Steps {
    /// The "Het plan stap voor stap" part.
    pub blocks: Vec<Block>,
    /// The "Nog open" part, or nothing when no required question is open
    /// (or when they are shown in place).
    pub open: Vec<Block>,
}

pub(super) fn build(guide: &Guide, plan: &Plan, all: bool) -> Steps {
    let mut blocks = vec![Block::heading(1, Doc::StepsTitle.get())];
    let mut open_by_step = Vec::new();
    for step in &guide.steps {
        let mut out = StepOut {
            guide,
            plan,
            all,
            blocks: Vec::new(),
            open: Vec::new(),
        };
        out.step(step);
        blocks.push(Block::heading(2, step.title.clone()));
        if out.blocks.is_empty() {
            blocks.push(Block::Para(Para::aside(Doc::StepEmpty.get())));
        }
        blocks.append(&mut out.blocks);
        if !out.open.is_empty() {
            open_by_step.push(Block::Field {
                label: step.title.clone(),
                value: vec![Block::bullets(out.open.into_iter().map(Para::text))],
            });
        }
    }
    let open = if open_by_step.is_empty() {
        Vec::new()
    } else {
        let mut open = vec![
            Block::heading(1, Doc::OpenTitle.get()),
            Block::Para(Para::aside(Doc::OpenIntro.get())),
        ];
        open.append(&mut open_by_step);
        open
    };
    Steps { blocks, open }
}

struct StepOut<'a> {
    guide: &'a Guide,
    plan: &'a Plan,
    all: bool,
    blocks: Vec<Block>,
    /// Open required questions, as "where: question" lines.
    open: Vec<String>,
}

impl StepOut<'_> {
    fn step(&mut self, step: &Step) {
        for q in step
            .questions
            .iter()
            .filter(|q| progress::applies(self.plan, q))
        {
            match &q.kind {
                Kind::List {
                    item,
                    title_field,
                    fields,
                } => self.list(q, item, title_field, fields),
                Kind::PerItem { list, fields } => self.per_item(q, list, fields),
                Kind::ShortText
                | Kind::LongText
                | Kind::Choice(_)
                | Kind::Multi(_)
                | Kind::Scale { .. }
                | Kind::YesNo
                | Kind::Number { .. }
                | Kind::Date
                | Kind::Refs { .. } => {
                    if let Some(field) = self.field(q, self.plan.answer(&q.id), "") {
                        self.blocks.push(field);
                    }
                }
            }
        }
    }

    /// The field for question or field `q`, or `None` when it is open and
    /// open questions are not shown (then it is noted, when required, with
    /// `context` before it).
    fn field(&mut self, q: &Question, answer: Option<&Answer>, context: &str) -> Option<Block> {
        match answer_text(self.guide, self.plan, q, answer) {
            Some(text) => Some(Block::Field {
                label: q.label.clone(),
                value: user_text(&text),
            }),
            None if self.all => Some(Block::Field {
                label: q.label.clone(),
                value: vec![Block::Para(Para::aside(missing(q)))],
            }),
            None => {
                if !q.optional {
                    self.open.push(format!("{context}{}", q.label));
                }
                None
            }
        }
    }

    fn record(&mut self, fields: &[Question], record: Option<&Record>, skip: &str, context: &str) {
        for f in fields
            .iter()
            .filter(|f| f.id != skip)
            .filter(|f| progress::field_applies(record, f))
        {
            if let Some(field) = self.field(f, record.and_then(|r| r.get(&f.id)), context) {
                self.blocks.push(field);
            }
        }
    }

    fn list(&mut self, q: &Question, noun: &str, title_field: &str, fields: &[Question]) {
        let items = self.plan.items(&q.id);
        if items.is_empty() {
            if self.all {
                self.blocks.push(Block::heading(3, q.label.clone()));
                self.blocks.push(Block::Para(Para::aside(missing(q))));
            } else if !q.optional {
                self.open.push(q.label.clone());
            }
            return;
        }
        self.blocks.push(Block::heading(3, q.label.clone()));
        for (n, item) in items.iter().enumerate() {
            let name = item_title(item, title_field);
            self.blocks.push(Block::heading(
                4,
                Doc::ItemHeading.fill(&[&capitalise(noun), &(n + 1), &name]),
            ));
            let context = Doc::OpenContext.fill(&[&capitalise(noun), &name]);
            let skip = named_in_heading(&item.fields, title_field);
            self.record(fields, Some(&item.fields), skip, &context);
        }
    }

    fn per_item(&mut self, q: &Question, list: &str, fields: &[Question]) {
        let Some(parts) = list_parts(self.guide, list) else {
            return;
        };
        let items = self.plan.items(list);
        if items.is_empty() {
            // The list it asks about is empty; that list is already open.
            return;
        }
        self.blocks.push(Block::heading(3, q.label.clone()));
        for item in items {
            let name = item_title(item, parts.title_field);
            let heading = Doc::PerItemHeading.fill(&[&capitalise(parts.noun), &name]);
            self.blocks.push(Block::heading(4, heading));
            let context = Doc::OpenContext.fill(&[&capitalise(parts.noun), &name]);
            let record = self.plan.record(&q.id, &item.id);
            self.record(fields, record, "", &context);
        }
    }
}

fn missing(q: &Question) -> &'static str {
    if q.optional {
        Txt::NotAnsweredOptional.get()
    } else {
        Txt::NotAnswered.get()
    }
}

/// The title field, when the heading shows all of it: a name of one line.
/// A name of several lines, or none, stays a field of its own.
fn named_in_heading<'f>(record: &Record, title_field: &'f str) -> &'f str {
    record
        .get(title_field)
        .and_then(Answer::as_text)
        .filter(|t| t.trim().lines().count() == 1)
        .map_or("", |_| title_field)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_of_one_line_is_the_heading() {
        let mut record = Record::new();
        assert_eq!(named_in_heading(&record, "naam"), "");
        record.insert("naam".into(), Answer::Text("Afval".into()));
        assert_eq!(named_in_heading(&record, "naam"), "naam");
        record.insert("naam".into(), Answer::Text("Afval\nen grondstoffen".into()));
        assert_eq!(named_in_heading(&record, "naam"), "");
    }
}

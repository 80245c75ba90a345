//! The plan as a format-neutral document: which steps, questions, items and
//! values to show, in which order, already as text. Markdown and HTML render
//! this one structure, so they can never disagree on what a plan says.

use jiff::tz::TimeZone;

use crate::guide::{Guide, Kind, Question, Step};
use crate::plan::progress::{self, Progress, StepStatus};
use crate::plan::{Answer, Plan, Record};
use crate::present::{answer_text, capitalise, format_datetime, item_title, title_field};
use crate::text::{Doc, Txt, fill};

use super::Extras;

pub(crate) struct Document<'a> {
    pub title: String,
    /// Label and value, empty values left out.
    pub meta: Vec<(&'static str, String)>,
    pub total: Progress,
    /// "Stand van het plan: …" for the footer.
    pub footer: String,
    pub steps: Vec<StepDoc>,
    pub extras: &'a Extras,
}

pub(crate) struct StepDoc {
    pub index: usize,
    /// A fragment id for links within the document, from the guide's step id.
    pub anchor: String,
    pub title: String,
    pub intro: String,
    /// "3 van 5 vragen beantwoord · bezig".
    pub progress: String,
    pub blocks: Vec<Block>,
}

pub(crate) enum Block {
    Answer(Entry),
    /// A list, or a per-item question: one group of entries per item.
    Items {
        label: String,
        /// Shown instead of the items when there are none.
        empty: String,
        items: Vec<ItemDoc>,
    },
}

pub(crate) struct Entry {
    pub label: String,
    /// The answer as text (may hold several lines), or `None` when open.
    pub value: Option<String>,
    /// For an open answer: "(nog niet ingevuld)" or its optional variant.
    pub missing: &'static str,
}

pub(crate) struct ItemDoc {
    pub heading: String,
    pub entries: Vec<Entry>,
}

pub(crate) fn build<'a>(guide: &Guide, plan: &Plan, extras: &'a Extras) -> Document<'a> {
    let overview = progress::overview(plan, guide);
    let tz = &extras.tz;
    let mut meta = vec![
        (
            Doc::MetaGemeente.get(),
            plan.meta.gemeente.trim().to_string(),
        ),
        (Doc::MetaAuthor.get(), plan.meta.author.trim().to_string()),
        (Doc::MetaCreated.get(), when(plan.meta.created, tz)),
        (Doc::MetaUpdated.get(), when(plan.meta.updated, tz)),
        (Doc::MetaProgress.get(), total_line(overview.total)),
    ];
    meta.retain(|(_, v)| !v.is_empty());
    let steps = guide
        .steps
        .iter()
        .zip(&overview.steps)
        .enumerate()
        .map(|(index, (step, (progress, status)))| StepDoc {
            index,
            anchor: format!("stap-{}", step.id),
            title: step.title.clone(),
            intro: step.intro.clone(),
            progress: step_line(*progress, *status),
            blocks: blocks(guide, plan, step),
        })
        .collect();
    Document {
        title: plan.meta.title.trim().to_string(),
        meta,
        total: overview.total,
        footer: Doc::Footer.fill(&[&when(plan.meta.updated, tz)]),
        steps,
        extras,
    }
}

fn when(t: jiff::Timestamp, tz: &TimeZone) -> String {
    format_datetime(t, tz)
}

fn total_line(p: Progress) -> String {
    Doc::ProgressTotal.fill(&[&p.answered, &p.total, &p.percent()])
}

fn step_line(p: Progress, status: StepStatus) -> String {
    let status = match status {
        StepStatus::NotStarted => Txt::StatusNotStarted,
        StepStatus::InProgress => Txt::StatusInProgress,
        // "7 van 7 vragen beantwoord" already says it is complete.
        StepStatus::Complete => return Doc::StepProgressDone.fill(&[&p.answered, &p.total]),
    };
    Doc::StepProgress.fill(&[&p.answered, &p.total, &status.get()])
}

/// The questions of `step` that apply, in guide order.
fn blocks(guide: &Guide, plan: &Plan, step: &Step) -> Vec<Block> {
    step.questions
        .iter()
        .filter(|q| progress::applies(plan, q))
        .map(|q| match &q.kind {
            Kind::List {
                item,
                title_field,
                fields,
            } => list_block(guide, plan, q, item, title_field, fields),
            Kind::PerItem { list, fields } => per_item_block(guide, plan, q, list, fields),
            _ => Block::Answer(entry(guide, plan, q, plan.answer(&q.id))),
        })
        .collect()
}

fn entry(guide: &Guide, plan: &Plan, q: &Question, answer: Option<&Answer>) -> Entry {
    Entry {
        label: q.label.clone(),
        value: answer_text(guide, plan, q, answer),
        missing: if q.optional {
            Txt::NotAnsweredOptional.get()
        } else {
            Txt::NotAnswered.get()
        },
    }
}

/// The entries of one record: every field that applies to it, except
/// `skip` (the name that is already the item's heading).
fn record_entries(
    guide: &Guide,
    plan: &Plan,
    fields: &[Question],
    record: Option<&Record>,
    skip: Option<&str>,
) -> Vec<Entry> {
    fields
        .iter()
        .filter(|f| Some(f.id.as_str()) != skip)
        .filter(|f| progress::field_applies(record, f))
        .map(|f| entry(guide, plan, f, record.and_then(|r| r.get(&f.id))))
        .collect()
}

fn list_block(
    guide: &Guide,
    plan: &Plan,
    q: &Question,
    noun: &str,
    title_field: &str,
    fields: &[Question],
) -> Block {
    let items = plan
        .items(&q.id)
        .iter()
        .enumerate()
        .map(|(n, item)| ItemDoc {
            heading: Doc::ItemHeading.fill(&[
                &capitalise(noun),
                &(n + 1),
                &item_title(item, title_field),
            ]),
            entries: record_entries(
                guide,
                plan,
                fields,
                Some(&item.fields),
                named_in_heading(&item.fields, title_field),
            ),
        })
        .collect();
    Block::Items {
        label: q.label.clone(),
        empty: fill(Txt::NoItemsYet, &[&noun]),
        items,
    }
}

/// The title field, when the heading shows all of it: a name of one line.
/// A name of several lines, or none, stays an entry of its own.
fn named_in_heading<'f>(record: &Record, title_field: &'f str) -> Option<&'f str> {
    record
        .get(title_field)
        .and_then(Answer::as_text)
        .filter(|t| t.trim().lines().count() == 1)
        .map(|_| title_field)
}

fn per_item_block(
    guide: &Guide,
    plan: &Plan,
    q: &Question,
    list: &str,
    fields: &[Question],
) -> Block {
    let (noun, list_label) = match guide.question(list).map(|r| r.question) {
        Some(lq) => match &lq.kind {
            Kind::List { item, .. } => (item.as_str(), lq.label.as_str()),
            _ => ("", lq.label.as_str()),
        },
        None => ("", list),
    };
    let field = title_field(guide, list);
    let items = plan
        .items(list)
        .iter()
        .map(|item| ItemDoc {
            heading: Doc::PerItemHeading.fill(&[&capitalise(noun), &item_title(item, field)]),
            entries: record_entries(guide, plan, fields, plan.record(&q.id, &item.id), None),
        })
        .collect();
    Block::Items {
        label: q.label.clone(),
        empty: fill(Txt::PerItemNeedsList, &[&noun, &list_label]),
        items,
    }
}

/// Text as paragraphs of trimmed lines: blank lines separate paragraphs.
/// Both renderers use this, so Markdown and HTML break text the same way.
pub(crate) fn paragraphs(text: &str) -> Vec<Vec<String>> {
    let normalised = text.replace("\r\n", "\n").replace('\r', "\n");
    let mut paragraphs = Vec::new();
    let mut current = Vec::new();
    for line in normalised.lines().map(str::trim) {
        if !line.is_empty() {
            current.push(line.to_string());
        } else if !current.is_empty() {
            paragraphs.push(std::mem::take(&mut current));
        }
    }
    if !current.is_empty() {
        paragraphs.push(current);
    }
    paragraphs
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paragraphs_split_on_blank_lines() {
        assert_eq!(
            paragraphs("een\r\ntwee\n  \n\ndrie\rvier\n"),
            vec![vec!["een", "twee"], vec!["drie", "vier"]]
        );
        assert!(paragraphs(" \n ").is_empty());
    }
}

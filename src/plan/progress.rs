//! Which questions apply, which are answered, and how far each step is.

use crate::guide::{Condition, Guide, Kind, Question, Step};

use super::model::{Answer, Plan, Record};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StepStatus {
    NotStarted,
    InProgress,
    Complete,
}

/// Counted questions: answered out of those that apply and are required.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Progress {
    pub answered: usize,
    pub total: usize,
}

impl Progress {
    pub fn percent(self) -> u16 {
        if self.total == 0 {
            return 100;
        }
        // At most 100, so the cast cannot truncate.
        (self.answered * 100 / self.total) as u16
    }
}

/// Does `answer` have the shape `kind` expects? Answers of another shape
/// (e.g. after a trainer changed a question's kind) count as unanswered but
/// stay in the file.
pub fn fits(kind: &Kind, answer: &Answer) -> bool {
    matches!(
        (kind, answer),
        (Kind::ShortText | Kind::LongText, Answer::Text(_))
            | (Kind::Choice(_), Answer::Choice(_))
            | (Kind::Multi(_), Answer::Multi(_))
            | (Kind::Scale { .. }, Answer::Scale(_))
            | (Kind::YesNo, Answer::YesNo(_))
            | (Kind::Number { .. }, Answer::Number(_))
            | (Kind::Date, Answer::Date(_))
            | (Kind::Refs { .. }, Answer::Refs(_))
            | (Kind::List { .. }, Answer::List(_))
            | (Kind::PerItem { .. }, Answer::PerItem(_))
    )
}

fn holds(cond: &Condition, answer: Option<&Answer>) -> bool {
    answer.is_some_and(|a| {
        a.condition_values()
            .iter()
            .any(|v| cond.any_of.iter().any(|c| c == v))
    })
}

/// Does top-level question `q` apply, given its `show_if`?
pub fn applies(plan: &Plan, q: &Question) -> bool {
    q.show_if
        .as_ref()
        .is_none_or(|cond| holds(cond, plan.answer(&cond.question)))
}

/// Does field `f` apply within `record`, given its `show_if`?
pub fn field_applies(record: Option<&Record>, f: &Question) -> bool {
    f.show_if
        .as_ref()
        .is_none_or(|cond| record_matches(cond, record))
}

/// Does `record` meet `cond`, read as a condition on one of its fields?
pub fn record_matches(cond: &Condition, record: Option<&Record>) -> bool {
    holds(cond, record.and_then(|r| r.get(&cond.question)))
}

/// The value at a question or field, if it has the right shape and is not empty.
pub fn valid<'p>(q: &Question, answer: Option<&'p Answer>) -> Option<&'p Answer> {
    answer.filter(|a| fits(&q.kind, a) && !a.is_empty())
}

fn record_complete(fields: &[Question], record: Option<&Record>) -> bool {
    fields
        .iter()
        .filter(|f| !f.optional && field_applies(record, f))
        .all(|f| valid(f, record.and_then(|r| r.get(&f.id))).is_some())
}

/// Is question `q` fully answered? A list needs at least one item with
/// every required field; a per-item question needs every item of its list.
pub fn is_answered(plan: &Plan, q: &Question) -> bool {
    let answer = valid(q, plan.answer(&q.id));
    match &q.kind {
        Kind::List { fields, .. } => {
            let items = answer.map_or(&[][..], Answer::as_items);
            !items.is_empty()
                && items
                    .iter()
                    .all(|i| record_complete(fields, Some(&i.fields)))
        }
        Kind::PerItem { list, fields } => {
            let items = plan.items(list);
            !items.is_empty()
                && items
                    .iter()
                    .all(|i| record_complete(fields, plan.record(&q.id, &i.id)))
        }
        _ => answer.is_some(),
    }
}

/// Has the user put anything at all into `q`?
pub fn is_touched(plan: &Plan, q: &Question) -> bool {
    valid(q, plan.answer(&q.id)).is_some()
}

pub fn step_progress(plan: &Plan, step: &Step) -> Progress {
    let counted = step
        .questions
        .iter()
        .filter(|q| !q.optional && applies(plan, q));
    let mut progress = Progress::default();
    for q in counted {
        progress.total += 1;
        if is_answered(plan, q) {
            progress.answered += 1;
        }
    }
    progress
}

pub fn step_status(plan: &Plan, step: &Step) -> StepStatus {
    status_from(plan, step, step_progress(plan, step))
}

fn status_from(plan: &Plan, step: &Step, progress: Progress) -> StepStatus {
    let touched = step
        .questions
        .iter()
        .any(|q| applies(plan, q) && is_touched(plan, q));
    if progress.total > 0 && progress.answered == progress.total {
        StepStatus::Complete
    } else if touched {
        StepStatus::InProgress
    } else {
        StepStatus::NotStarted
    }
}

/// Progress over the whole guide.
pub fn overall(plan: &Plan, guide: &Guide) -> Progress {
    guide
        .steps
        .iter()
        .map(|s| step_progress(plan, s))
        .fold(Progress::default(), |acc, p| Progress {
            answered: acc.answered + p.answered,
            total: acc.total + p.total,
        })
}

/// Progress and status of every step, and of the whole plan, computed in
/// one pass (a big plan has thousands of fields to look at).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Overview {
    pub steps: Vec<(Progress, StepStatus)>,
    pub total: Progress,
}

pub fn overview(plan: &Plan, guide: &Guide) -> Overview {
    let steps: Vec<(Progress, StepStatus)> = guide
        .steps
        .iter()
        .map(|s| {
            let p = step_progress(plan, s);
            (p, status_from(plan, s, p))
        })
        .collect();
    let total = steps
        .iter()
        .fold(Progress::default(), |acc, (p, _)| Progress {
            answered: acc.answered + p.answered,
            total: acc.total + p.total,
        });
    Overview { steps, total }
}

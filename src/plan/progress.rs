//! Which questions apply, which are answered, and how far each step is.
//!
//! Progress counts the answers the guide declares required (W11): a
//! question is one answer; a list counts one for having an item at all
//! (when the list is required) and one for every required field of every
//! item; a per-item question one for every required field per item of its
//! list. Fields whose `show_if` does not hold are not required (W12). So
//! adding a task adds what it asks, and filling it in is counted.

use crate::guide::{Condition, Guide, Kind, Question, Step};

use super::model::{Answer, Plan, Record};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StepStatus {
    NotStarted,
    InProgress,
    Complete,
}

/// Counted answers: given out of those that apply and are required.
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
    // Exhaustive over the kinds, so a new kind must say which answer fits.
    match kind {
        Kind::ShortText | Kind::LongText => matches!(answer, Answer::Text(_)),
        Kind::Choice(_) => matches!(answer, Answer::Choice(_)),
        Kind::Multi(_) => matches!(answer, Answer::Multi(_)),
        Kind::Scale { .. } => matches!(answer, Answer::Scale(_)),
        Kind::YesNo => matches!(answer, Answer::YesNo(_)),
        Kind::Number { .. } => matches!(answer, Answer::Number(_)),
        Kind::Date => matches!(answer, Answer::Date(_)),
        Kind::Refs { .. } => matches!(answer, Answer::Refs(_)),
        Kind::List { .. } => matches!(answer, Answer::List(_)),
        Kind::PerItem { .. } => matches!(answer, Answer::PerItem(_)),
    }
}

fn holds(cond: &Condition, answer: Option<&Answer>) -> bool {
    answer.is_some_and(|a| {
        a.condition_values()
            .iter()
            .any(|v| cond.any_of.iter().any(|c| c == v))
    })
}

/// Does top-level question `q` apply, given its `show_if` and those of the
/// questions it depends on (a question about the toestemming for a regeling
/// is gone once the form is no regeling, whatever else was answered)?
pub fn applies(plan: &Plan, q: &Question) -> bool {
    conditions(q).all(|cond| holds(cond, plan.answer(&cond.question)))
}

/// Does field `f` apply within `record`, given its `show_if` and those of
/// the sibling fields it depends on?
pub fn field_applies(record: Option<&Record>, f: &Question) -> bool {
    conditions(f).all(|cond| record_matches(cond, record))
}

fn conditions(q: &Question) -> impl Iterator<Item = &Condition> {
    q.show_if.iter().chain(&q.inherited)
}

/// Does `record` meet `cond`, read as a condition on one of its fields?
pub fn record_matches(cond: &Condition, record: Option<&Record>) -> bool {
    holds(cond, record.and_then(|r| r.get(&cond.question)))
}

/// The value at a question or field, if it has the right shape and is not empty.
pub fn valid<'p>(q: &Question, answer: Option<&'p Answer>) -> Option<&'p Answer> {
    answer.filter(|a| fits(&q.kind, a) && !a.is_empty())
}

/// The fields of a record that are required (they apply and are not
/// optional) and not answered yet.
pub fn open_fields<'g>(fields: &'g [Question], record: Option<&Record>) -> Vec<&'g Question> {
    required_fields(fields, record)
        .filter(|f| valid(f, record.and_then(|r| r.get(&f.id))).is_none())
        .collect()
}

fn required_fields<'g>(
    fields: &'g [Question],
    record: Option<&Record>,
) -> impl Iterator<Item = &'g Question> {
    fields
        .iter()
        .filter(move |f| !f.optional && field_applies(record, f))
}

fn record_complete(fields: &[Question], record: Option<&Record>) -> bool {
    open_fields(fields, record).is_empty()
}

/// A required answer not given yet: a question, or a field of one item of
/// a list (or of a per-item question). Both `None`: the question itself
/// (a list without items counts as one such answer).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Open {
    pub question: String,
    pub item: Option<String>,
    pub field: Option<String>,
}

impl Open {
    fn question(q: &Question) -> Open {
        Open {
            question: q.id.clone(),
            item: None,
            field: None,
        }
    }
}

/// Counts required answers, and lists the open ones when asked to.
struct Tally<'a> {
    progress: Progress,
    open: Option<&'a mut Vec<Open>>,
}

impl Tally<'_> {
    fn add(&mut self, answered: bool, missing: impl FnOnce() -> Open) {
        self.progress.total += 1;
        if answered {
            self.progress.answered += 1;
        } else if let Some(list) = self.open.as_deref_mut() {
            list.push(missing());
        }
    }

    /// One answer per required field of `record`, the record of `item`.
    fn fields(&mut self, q: &Question, item: &str, fields: &[Question], record: Option<&Record>) {
        for f in required_fields(fields, record) {
            let answered = valid(f, record.and_then(|r| r.get(&f.id))).is_some();
            self.add(answered, || Open {
                question: q.id.clone(),
                item: Some(item.to_string()),
                field: Some(f.id.clone()),
            });
        }
    }
}

/// The required answers of `q` (which applies): how many there are, and
/// the open ones when `open` is given.
fn count(plan: &Plan, q: &Question, open: Option<&mut Vec<Open>>) -> Progress {
    let mut t = Tally {
        progress: Progress::default(),
        open,
    };
    match &q.kind {
        Kind::List { fields, .. } => {
            let items = valid(q, plan.answer(&q.id)).map_or(&[][..], Answer::as_items);
            if !q.optional {
                t.add(!items.is_empty(), || Open::question(q));
            }
            for item in items {
                t.fields(q, &item.id, fields, Some(&item.fields));
            }
        }
        Kind::PerItem { list, fields } => {
            let items = plan.items(list);
            // Nothing to answer it for yet: still open.
            if items.is_empty() && !q.optional {
                t.add(false, || Open::question(q));
            }
            for item in items {
                t.fields(q, &item.id, fields, plan.record(&q.id, &item.id));
            }
        }
        Kind::ShortText
        | Kind::LongText
        | Kind::Choice(_)
        | Kind::Multi(_)
        | Kind::Scale { .. }
        | Kind::YesNo
        | Kind::Number { .. }
        | Kind::Date
        | Kind::Refs { .. } => {
            if !q.optional {
                t.add(valid(q, plan.answer(&q.id)).is_some(), || Open::question(q));
            }
        }
    }
    t.progress
}

/// The required answers of step `step` that are still open, in the order
/// of the guide: which question, which item, which field (W12).
pub fn open_in(plan: &Plan, step: &Step) -> Vec<Open> {
    let mut open = Vec::new();
    for q in step.questions.iter().filter(|q| applies(plan, q)) {
        count(plan, q, Some(&mut open));
    }
    open
}

/// Is item `item` of list or per-item question `q` complete: every
/// required field that applies answered?
pub fn item_complete(plan: &Plan, q: &Question, item: &str) -> bool {
    record_complete(q.kind.fields(), plan.record(&q.id, item))
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
        Kind::ShortText
        | Kind::LongText
        | Kind::Choice(_)
        | Kind::Multi(_)
        | Kind::Scale { .. }
        | Kind::YesNo
        | Kind::Number { .. }
        | Kind::Date
        | Kind::Refs { .. } => answer.is_some(),
    }
}

/// Has the user put anything at all into `q`?
pub fn is_touched(plan: &Plan, q: &Question) -> bool {
    valid(q, plan.answer(&q.id)).is_some()
}

pub fn step_progress(plan: &Plan, step: &Step) -> Progress {
    step.questions
        .iter()
        .filter(|q| applies(plan, q))
        .map(|q| count(plan, q, None))
        .fold(Progress::default(), |acc, p| Progress {
            answered: acc.answered + p.answered,
            total: acc.total + p.total,
        })
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::guide::load_texts;
    use crate::plan::{Slot, YesNo};

    /// A guide where "c" shows for "b" = ja, and "b" for "a" = x; and a
    /// list whose field "g" shows for "f" = ja, "f" for "e" = x.
    fn guide() -> Guide {
        let step = r#"(
            id: "s", title: "S", short_title: "S", intro: "",
            questions: [
                (id: "a", label: "A", help: "h", kind: Choice([(id: "x", label: "X"), (id: "y", label: "Y")])),
                (id: "b", label: "B", help: "h", kind: YesNo, show_if: Some((question: "a", any_of: ["x"]))),
                (id: "c", label: "C", help: "h", kind: ShortText, show_if: Some((question: "b", any_of: ["ja"]))),
                (id: "l", label: "L", help: "h", kind: List(item: "i", title_field: "n", fields: [
                    (id: "n", label: "N", help: "h", kind: ShortText),
                    (id: "e", label: "E", help: "h", kind: Choice([(id: "x", label: "X"), (id: "y", label: "Y")])),
                    (id: "f", label: "F", help: "h", kind: YesNo, show_if: Some((question: "e", any_of: ["x"]))),
                    (id: "g", label: "G", help: "h", kind: ShortText, show_if: Some((question: "f", any_of: ["ja"]))),
                ])),
            ],
        )"#;
        load_texts(&[
            ("guide.ron", r#"(title: "T", steps: ["s.ron"])"#),
            ("s.ron", step),
        ])
        .expect("guide")
    }

    #[test]
    fn a_question_whose_controlling_question_is_hidden_is_hidden_too() {
        let g = guide();
        let c = g.question("c").expect("c").question;
        let mut plan = Plan::new("t", jiff::Timestamp::UNIX_EPOCH);
        plan.set(&Slot::question("a"), Some(Answer::Choice("x".into())));
        plan.set(&Slot::question("b"), Some(Answer::YesNo(YesNo::Ja)));
        assert!(applies(&plan, c));
        // "b" = ja stays in the file, but "b" itself no longer applies.
        plan.set(&Slot::question("a"), Some(Answer::Choice("y".into())));
        assert!(!applies(&plan, c));
    }

    #[test]
    fn a_field_whose_controlling_field_is_hidden_is_hidden_too() {
        let g = guide();
        let field = g.field("l", "g").expect("g");
        let mut record = Record::new();
        record.insert("e".into(), Answer::Choice("x".into()));
        record.insert("f".into(), Answer::YesNo(YesNo::Ja));
        assert!(field_applies(Some(&record), field));
        record.insert("e".into(), Answer::Choice("y".into()));
        assert!(!field_applies(Some(&record), field));
    }

    fn step(g: &Guide) -> &Step {
        &g.steps[0]
    }

    #[test]
    fn a_list_counts_every_required_field_of_every_item() {
        let g = guide();
        let mut plan = Plan::new("t", jiff::Timestamp::UNIX_EPOCH);
        plan.set(&Slot::question("a"), Some(Answer::Choice("y".into())));
        // a answered; b and c hidden; the list has no items: 1 open.
        assert_eq!(
            step_progress(&plan, step(&g)),
            Progress {
                answered: 1,
                total: 2
            }
        );
        let first = plan.add_item("l");
        // Now the list has an item (+1 given) with n and e required (f, g
        // hidden until e = x).
        assert_eq!(
            step_progress(&plan, step(&g)),
            Progress {
                answered: 2,
                total: 4
            }
        );
        let field = |id: &str| Slot::field("l", &first, id);
        plan.set(&field("n"), Some(Answer::Text("Taak".into())));
        plan.set(&field("e"), Some(Answer::Choice("x".into())));
        // e = x brings f in.
        assert_eq!(
            step_progress(&plan, step(&g)),
            Progress {
                answered: 4,
                total: 5
            }
        );
        // A second, empty item adds what it asks and never takes away (W11).
        plan.add_item("l");
        assert_eq!(
            step_progress(&plan, step(&g)),
            Progress {
                answered: 4,
                total: 7
            }
        );
        let open = open_in(&plan, step(&g));
        assert_eq!(
            open.first(),
            Some(&Open {
                question: "l".into(),
                item: Some(first.clone()),
                field: Some("f".into()),
            })
        );
        assert_eq!(open.len(), 3, "{open:?}");
    }

    #[test]
    fn a_per_item_question_counts_per_item_and_is_open_without_items() {
        let text = r#"(
            id: "s", title: "S", short_title: "S", intro: "",
            questions: [
                (id: "l", label: "L", help: "h", optional: true, kind: List(item: "i", title_field: "n", fields: [
                    (id: "n", label: "N", help: "h", kind: ShortText),
                ])),
                (id: "p", label: "P", help: "h", kind: PerItem(list: "l", fields: [
                    (id: "s", label: "S", help: "h", kind: Scale(low: "a", high: "b")),
                    (id: "t", label: "T", help: "h", kind: LongText, optional: true),
                ])),
            ],
        )"#;
        let g = load_texts(&[
            ("guide.ron", r#"(title: "T", steps: ["s.ron"])"#),
            ("s.ron", text),
        ])
        .expect("guide");
        let mut plan = Plan::new("t", jiff::Timestamp::UNIX_EPOCH);
        let open = open_in(&plan, step(&g));
        assert_eq!(open.len(), 1, "nothing to answer it for: {open:?}");
        let a = plan.add_item("l");
        plan.add_item("l");
        // Two names, two scores; the optional text counts for nothing.
        assert_eq!(
            step_progress(&plan, step(&g)),
            Progress {
                answered: 0,
                total: 4
            }
        );
        plan.set(&Slot::field("p", &a, "s"), Some(Answer::Scale(4)));
        assert_eq!(
            step_progress(&plan, step(&g)),
            Progress {
                answered: 1,
                total: 4
            }
        );
    }
}

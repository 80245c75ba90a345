//! Checks of a parsed plan against the guide, for `samenwerkwijzer
//! validate`: what a hand-edited or damaged file can get wrong that the
//! parser cannot see. Problems make a plan invalid; remarks are things the
//! app tolerates on purpose (an answer kept after the guide changed).

use std::collections::{BTreeMap, HashSet};

use crate::guide::{Guide, Kind, Question};
use crate::plan::progress::fits;
use crate::plan::{Answer, Plan, Record};
use crate::present::capitalise;
use crate::present::{item_title, list_parts, title_field};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Issue {
    pub severity: Severity,
    /// In plain Dutch, without a place; see [`Issue::locate`].
    pub message: String,
    /// Quoted strings to look for in the file, each after the previous
    /// one, to point at the place of the issue.
    anchors: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Severity {
    Problem,
    Remark,
}

impl Issue {
    fn problem(message: String, anchors: Vec<String>) -> Issue {
        Issue {
            severity: Severity::Problem,
            message,
            anchors,
        }
    }

    fn remark(message: String, anchors: Vec<String>) -> Issue {
        Issue {
            severity: Severity::Remark,
            message,
            anchors,
        }
    }

    /// The 1-based line and column of the issue in the plan's `text`.
    pub fn locate(&self, text: &str) -> Option<(usize, usize)> {
        let (last, before_last) = self.anchors.split_last()?;
        let mut offset = 0;
        for anchor in before_last {
            let (at, len) = find_quoted(text.get(offset..)?, anchor)?;
            offset += at + len;
        }
        offset += find_quoted(text.get(offset..)?, last)?.0;
        let before = &text[..offset];
        let line = before.matches('\n').count() + 1;
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        Some((line, before[line_start..].chars().count() + 1))
    }
}

fn quoted(s: &str) -> String {
    format!("\"{s}\"")
}

/// Where `anchor` (a quoted string) stands in `text`, and its length
/// there: as it is, or else written with RON's escapes, as a file may
/// hold an id with a newline, tab or quote in it.
fn find_quoted(text: &str, anchor: &str) -> Option<(usize, usize)> {
    if let Some(at) = text.find(anchor) {
        return Some((at, anchor.len()));
    }
    let inner = anchor.strip_prefix('"')?.strip_suffix('"')?;
    let mut escaped = String::from("\"");
    for c in inner.chars() {
        match c {
            '"' => escaped.push_str("\\\""),
            '\\' => escaped.push_str("\\\\"),
            '\n' => escaped.push_str("\\n"),
            '\r' => escaped.push_str("\\r"),
            '\t' => escaped.push_str("\\t"),
            c => escaped.push(c),
        }
    }
    escaped.push('"');
    text.find(&escaped).map(|at| (at, escaped.len()))
}

/// Every problem and remark of `plan` against `guide`, by question id
/// (the order of the saved file).
pub fn check(guide: &Guide, plan: &Plan) -> Vec<Issue> {
    // Item ids used twice, references to no item at all, and a lowered
    // item counter never get this far: loading refuses or repairs them
    // (`plan::from_bytes`). What is left is what only the guide can tell.
    let mut issues = Vec::new();
    let known: HashSet<&str> = guide.questions().map(|q| q.id.as_str()).collect();
    for (id, answer) in &plan.answers {
        let anchor = vec![quoted(id)];
        match guide.question(id) {
            Some(r) => answer_issues(guide, plan, r.question, answer, &anchor, "", &mut issues),
            None if !known.contains(id.as_str()) => issues.push(Issue::remark(
                format!(
                    "er staat een antwoord op \"{}\", een vraag die niet in de gids staat; \
                     het blijft bewaard maar wordt niet getoond",
                    id.escape_debug()
                ),
                anchor,
            )),
            None => {}
        }
    }
    issues
}

/// Item ids must be unique in the whole plan (references use them) and
/// below `next_item`, or a new item would get an id that is taken.
/// Issues of one answer; `anchor` points at it, `context` names the item
/// it belongs to ("Taak \"Afval\": "), or is empty.
fn answer_issues(
    guide: &Guide,
    plan: &Plan,
    q: &Question,
    answer: &Answer,
    anchor: &[String],
    context: &str,
    issues: &mut Vec<Issue>,
) {
    let label = &q.label;
    let at =
        |extra: Option<String>| -> Vec<String> { anchor.iter().cloned().chain(extra).collect() };
    if !fits(&q.kind, answer) {
        issues.push(Issue::remark(
            format!(
                "{context}het antwoord bij \"{label}\" past niet bij deze soort vraag; het \
                 blijft bewaard maar telt niet mee"
            ),
            at(None),
        ));
        return;
    }
    // By kind, so that a new kind of question fails to compile here; the
    // answer has the kind's shape (`fits` above).
    match &q.kind {
        Kind::Choice(_) | Kind::Multi(_) => {
            for value in answer.condition_values() {
                if q.kind.choice_label(value).is_none() {
                    issues.push(Issue::problem(
                        format!(
                            "{context}bij \"{label}\" staat keuze \"{value}\", maar die keuze \
                             bestaat niet in de gids"
                        ),
                        at(Some(quoted(value))),
                    ));
                }
            }
        }
        Kind::Scale { .. } => {
            if let Answer::Scale(n) = answer {
                range(context, label, (*n).into(), 1, 5, at(None), issues);
            }
        }
        Kind::Number { min, max, .. } => {
            if let Answer::Number(n) = answer {
                range(context, label, *n, *min, *max, at(None), issues);
            }
        }
        Kind::Refs { list, .. } => {
            let Answer::Refs(ids) = answer else { return };
            for id in ids.iter().filter(|id| plan.item(list, id).is_none()) {
                issues.push(Issue::problem(
                    format!(
                        "{context}bij \"{label}\" staat een verwijzing naar \"{}\", maar dat \
                         item bestaat niet (meer)",
                        id.escape_debug()
                    ),
                    at(Some(quoted(id))),
                ));
            }
        }
        Kind::List {
            fields,
            title_field,
            item,
        } => {
            let Answer::List(items) = answer else { return };
            for it in items {
                let name = item_title(it, title_field);
                let context = format!("{} \"{name}\": ", capitalise(item));
                let anchor = at(Some(format!("id: \"{}\"", it.id)));
                record_issues(guide, plan, fields, &it.fields, &anchor, &context, issues);
            }
        }
        Kind::PerItem { list, fields } => {
            if let Answer::PerItem(records) = answer {
                per_item_issues(guide, plan, q, list, fields, records, &at(None), issues);
            }
        }
        // Any text, yes/no or date of the right shape is valid.
        Kind::ShortText | Kind::LongText | Kind::YesNo | Kind::Date => {}
    }
}

fn range(
    context: &str,
    label: &str,
    n: i64,
    min: i64,
    max: i64,
    anchor: Vec<String>,
    issues: &mut Vec<Issue>,
) {
    if n < min || n > max {
        issues.push(Issue::problem(
            format!(
                "{context}bij \"{label}\" staat {n}; dat moet een getal van {min} tot en met \
                 {max} zijn"
            ),
            anchor,
        ));
    }
}

fn record_issues(
    guide: &Guide,
    plan: &Plan,
    fields: &[Question],
    record: &Record,
    anchor: &[String],
    context: &str,
    issues: &mut Vec<Issue>,
) {
    for (id, answer) in record {
        let mut at = anchor.to_vec();
        at.push(quoted(id));
        match fields.iter().find(|f| &f.id == id) {
            Some(f) => answer_issues(guide, plan, f, answer, &at, context, issues),
            None => issues.push(Issue::remark(
                format!(
                    "{context}er staat een antwoord op \"{}\", een vraag die niet in de gids \
                     staat; het blijft bewaard maar wordt niet getoond",
                    id.escape_debug()
                ),
                at,
            )),
        }
    }
}

#[allow(clippy::too_many_arguments)]
fn per_item_issues(
    guide: &Guide,
    plan: &Plan,
    q: &Question,
    list: &str,
    fields: &[Question],
    records: &BTreeMap<String, Record>,
    anchor: &[String],
    issues: &mut Vec<Issue>,
) {
    let field = title_field(guide, list);
    for (id, record) in records {
        let mut at = anchor.to_vec();
        at.push(quoted(id));
        let Some(item) = plan.item(list, id) else {
            issues.push(Issue::problem(
                format!(
                    "bij \"{}\" staan antwoorden voor \"{}\", maar dat item bestaat niet \
                     (meer)",
                    q.label,
                    id.escape_debug()
                ),
                at,
            ));
            continue;
        };
        let noun = list_parts(guide, list).map_or_else(String::new, |l| capitalise(l.noun));
        let context = format!("{noun} \"{}\": ", item_title(item, field));
        record_issues(guide, plan, fields, record, &at, &context, issues);
    }
}

#[cfg(test)]
mod tests;

//! Checks a parsed plan for what RON cannot catch: item ids used twice and
//! references to items that do not exist. Either would make the app attach
//! answers to the wrong task or partner, so such a file is not opened.

use std::collections::HashSet;

use super::model::{Answer, Plan};

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PlanProblem {
    /// Two list items share this id.
    DuplicateId(String),
    /// A reference (task link, per-partner answer) to an item that is not
    /// in any list.
    Dangling(String),
}

pub fn check(plan: &Plan) -> Result<(), PlanProblem> {
    let mut ids = HashSet::new();
    for answer in plan.answers.values() {
        for item in answer.as_items() {
            if !ids.insert(item.id.as_str()) {
                return Err(PlanProblem::DuplicateId(item.id.clone()));
            }
        }
    }
    for answer in plan.answers.values() {
        match answer {
            Answer::PerItem(map) => {
                if let Some(id) = map.keys().find(|k| !ids.contains(k.as_str())) {
                    return Err(PlanProblem::Dangling(id.clone()));
                }
            }
            Answer::List(items) => {
                let refs = items
                    .iter()
                    .flat_map(|i| i.fields.values())
                    .filter_map(|a| match a {
                        Answer::Refs(r) => Some(r),
                        _ => None,
                    })
                    .flatten();
                for r in refs {
                    if !ids.contains(r.as_str()) {
                        return Err(PlanProblem::Dangling(r.clone()));
                    }
                }
            }
            _ => {}
        }
    }
    Ok(())
}

/// Item numbers must stay ahead of every id in use, or a new item would
/// take an existing id. A hand-edited file may have lowered the counter.
pub fn repair_counter(plan: &mut Plan) {
    let highest = plan
        .answers
        .values()
        .flat_map(Answer::as_items)
        .filter_map(|i| i.id.strip_prefix('i').and_then(|n| n.parse::<u64>().ok()))
        .max()
        .unwrap_or(0);
    if plan.next_item <= highest {
        plan.next_item = highest + 1;
    }
}

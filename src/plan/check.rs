//! Checks a parsed plan for what RON cannot catch: item ids used twice,
//! references to items that do not exist, and an item counter so high that
//! it would run over. Any of these would make the app attach answers to
//! the wrong task or partner, so such a file is not opened, and a plan in
//! memory with one of them is not saved (it could not be reopened).

use std::collections::HashSet;

use super::model::{Answer, Plan};

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PlanProblem {
    /// Two list items share this id.
    DuplicateId(String),
    /// A reference (task link, per-partner answer) to an item that is not
    /// in any list.
    Dangling(String),
    /// `next_item` is above [`MAX_ITEM_NUMBER`]: counting on from there
    /// would run over and hand out ids that are in use.
    CounterTooHigh(u64),
    /// An item id with a number above [`MAX_ITEM_NUMBER`].
    IdTooHigh(String),
}

/// The highest item number a plan may use. Far more than anyone can add
/// by hand (a thousand a second for thirty thousand years), and far below
/// where a `u64` runs over.
pub const MAX_ITEM_NUMBER: u64 = 1_000_000_000_000_000;

/// The number in an item id such as `i42`.
fn item_number(id: &str) -> Option<u64> {
    id.strip_prefix('i').and_then(|n| n.parse::<u64>().ok())
}

pub fn check(plan: &Plan) -> Result<(), PlanProblem> {
    if plan.next_item > MAX_ITEM_NUMBER {
        return Err(PlanProblem::CounterTooHigh(plan.next_item));
    }
    let mut ids = HashSet::new();
    for answer in plan.answers.values() {
        for item in answer.as_items() {
            if !ids.insert(item.id.as_str()) {
                return Err(PlanProblem::DuplicateId(item.id.clone()));
            }
            if item_number(&item.id).is_some_and(|n| n >= MAX_ITEM_NUMBER) {
                return Err(PlanProblem::IdTooHigh(item.id.clone()));
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
/// Runs after [`check`], so no number is near the top of the range.
pub fn repair_counter(plan: &mut Plan) {
    let highest = plan
        .answers
        .values()
        .flat_map(Answer::as_items)
        .filter_map(|i| item_number(&i.id))
        .max()
        .unwrap_or(0);
    if plan.next_item <= highest {
        plan.next_item = highest.saturating_add(1);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::model::Item;

    fn plan_with(ids: &[&str], next_item: u64) -> Plan {
        let mut plan = Plan::new("t", jiff::Timestamp::UNIX_EPOCH);
        let items = ids
            .iter()
            .map(|id| Item {
                id: (*id).to_string(),
                fields: Default::default(),
            })
            .collect();
        plan.answers.insert("l".into(), Answer::List(items));
        plan.next_item = next_item;
        plan
    }

    #[test]
    fn counters_that_would_run_over_are_refused() {
        assert_eq!(check(&plan_with(&["i1"], 2)), Ok(()));
        assert_eq!(
            check(&plan_with(&["i1"], u64::MAX)),
            Err(PlanProblem::CounterTooHigh(u64::MAX))
        );
        assert_eq!(
            check(&plan_with(&["i18446744073709551615"], 2)),
            Err(PlanProblem::IdTooHigh("i18446744073709551615".into()))
        );
        assert_eq!(check(&plan_with(&["i1"], MAX_ITEM_NUMBER)), Ok(()));
        // Not one of our numbers: just a name, it cannot collide.
        assert_eq!(check(&plan_with(&["i99999999999999999999999"], 2)), Ok(()));
    }
}

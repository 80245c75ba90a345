//! Step 2 — partners zoeken.

use std::collections::HashMap;

use super::{Hit, Rule, when};
use crate::advice::Severity::{Hint, Warning};
use crate::advice::ids;
use crate::advice::read::{Partner, View, join_names};
use crate::plan::{Item, YesNo};

pub const RULES: &[Rule] = &[
    Rule {
        id: "partner_bij_zelf_taak",
        severity: Warning,
        question: ids::PARTNERS,
        variants: &[],
        check: partner_on_own_task,
    },
    Rule {
        id: "partner_weinig_inzet",
        severity: Hint,
        question: ids::PARTNERS,
        variants: &[],
        check: low_commitment,
    },
    Rule {
        id: "klein_beginnen",
        severity: Hint,
        question: ids::AMBITION,
        variants: &[],
        check: start_small,
    },
    Rule {
        id: "trekker_weinig_inzet",
        severity: Warning,
        question: ids::PARTNERS,
        variants: &[],
        check: weak_lead_for_centrum,
    },
];

/// "Many partners" for the start-small lesson.
const MANY_PARTNERS: usize = 4;

/// Commitment at or below this (of 5) is low.
const LOW_COMMITMENT: u8 = 2;

/// Per partner linked to one or more tasks the gemeente does itself
/// ("zelf"); happens when a task's approach changes after linking.
fn partner_on_own_task(v: &View) -> Vec<Hit> {
    // The gemeente's own tasks by id, so a big plan stays fast.
    let own_tasks: HashMap<&str, &Item> = v
        .items(ids::TASKS)
        .iter()
        .filter(|t| v.task_approach(t) == Some(ids::APPROACH_SELF))
        .map(|t| (t.id.as_str(), t))
        .collect();
    v.partners()
        .iter()
        .filter_map(|p| {
            let own: Vec<String> = p
                .tasks
                .iter()
                .filter_map(|id| own_tasks.get(id.as_str()))
                .map(|t| v.item_name(ids::TASKS, t))
                .collect();
            (!own.is_empty()).then(|| {
                Hit::on(p.id, vec![p.name.clone(), join_names(&own)]).at(ids::PARTNER_TASKS)
            })
        })
        .collect()
}

/// The lead of a centrumgemeente with low commitment: its own, stronger
/// rule below speaks for it.
fn is_weak_centrum_lead(v: &View, p: &Partner) -> bool {
    v.form() == Some(ids::FORM_CENTRUM)
        && p.lead == Some(YesNo::Ja)
        && p.commitment.is_some_and(|c| c <= LOW_COMMITMENT)
}

/// Per partner whose expected commitment is low (1 or 2 of 5): a
/// cooperation works only when partners really commit.
fn low_commitment(v: &View) -> Vec<Hit> {
    v.partners()
        .iter()
        .filter(|p| p.commitment.is_some_and(|c| c <= LOW_COMMITMENT))
        .filter(|p| !is_weak_centrum_lead(v, p))
        .map(|p| Hit::on(p.id, vec![p.name.clone()]).at(ids::PARTNER_COMMITMENT))
        .collect()
}

/// Fires when the ambition is high (4 or 5 of 5) and there are at least
/// [`MANY_PARTNERS`] partners: a lesson from practice is to start small.
fn start_small(v: &View) -> Vec<Hit> {
    let high = v.scale(ids::AMBITION).is_some_and(|s| s >= 4);
    when(high && v.partners().len() >= MANY_PARTNERS)
}

/// Per lead partner ("trekker": ja) with low commitment (1 or 2 of 5),
/// only while a centrumgemeente is the chosen form: that form leans on the
/// lead's commitment.
fn weak_lead_for_centrum(v: &View) -> Vec<Hit> {
    v.partners()
        .iter()
        .filter(|p| is_weak_centrum_lead(v, p))
        .map(|p| Hit::on(p.id, vec![p.name.clone()]).at(ids::PARTNER_COMMITMENT))
        .collect()
}

//! Step 1 — inventarisatie: de vorm volgt de inhoud.

use std::collections::HashSet;

use super::{Hit, Rule, when};
use crate::advice::Severity::{Hint, Warning};
use crate::advice::ids;
use crate::advice::read::View;
use crate::plan::{Item, YesNo};

pub const RULES: &[Rule] = &[
    Rule {
        id: "vorm_voor_inhoud",
        severity: Warning,
        question: ids::FORM_NAMED,
        variants: &[],
        check: form_before_content,
    },
    Rule {
        id: "taak_onbekend",
        severity: Hint,
        question: ids::TASKS,
        variants: &[],
        check: approach_unknown,
    },
    Rule {
        id: "lokaal_houden",
        severity: Hint,
        question: ids::TASKS,
        variants: &[],
        check: keep_local,
    },
    Rule {
        id: "geen_business_case",
        severity: Warning,
        question: ids::TASKS,
        variants: &[],
        check: no_business_case,
    },
    Rule {
        id: "samen_zonder_partner",
        severity: Warning,
        question: ids::TASKS,
        variants: &[],
        check: together_without_partner,
    },
    Rule {
        id: "wettelijk_verplicht",
        severity: Hint,
        question: ids::LEGALLY_REQUIRED,
        variants: &[],
        check: legally_required,
    },
];

/// "Samen" tasks: the ones the rules below look at.
fn tasks_together<'a, 'v>(v: &'v View<'a>) -> impl Iterator<Item = &'a Item> + 'v {
    v.items(ids::TASKS)
        .iter()
        .filter(move |t| v.task_approach(t) == Some(ids::APPROACH_TOGETHER))
}

/// A task whose approach is not chosen or still "onbekend".
fn is_undecided<'a>(v: &View<'a>, t: &'a Item) -> bool {
    v.task_approach(t)
        .is_none_or(|a| a == ids::APPROACH_UNKNOWN)
}

/// Fires when a form is named (step 1 says so, or a form is chosen in
/// step 3) while the inventory is open: no tasks yet, or a task whose
/// approach is not chosen or still "onbekend".
fn form_before_content(v: &View) -> Vec<Hit> {
    let named = v.is_yes(ids::FORM_NAMED) || v.form().is_some();
    let tasks = v.items(ids::TASKS);
    let open = tasks.is_empty() || tasks.iter().any(|t| is_undecided(v, t));
    when(named && open)
}

/// Per task whose approach is still "onbekend": the inventory is where
/// the raad's kaders start, so an open task is named rather than left to
/// the progress count. A task just added, without an approach yet, is not
/// nagged about while it is being filled in.
fn approach_unknown(v: &View) -> Vec<Hit> {
    v.items(ids::TASKS)
        .iter()
        .filter(|t| v.task_approach(t) == Some(ids::APPROACH_UNKNOWN))
        .filter(|t| {
            v.field_text(ids::TASKS, Some(&t.fields), ids::TASK_NAME)
                .is_some()
        })
        .map(|t| Hit::on(&t.id, vec![v.item_name(ids::TASKS, t)]).at(ids::TASK_APPROACH))
        .collect()
}

/// Per "samen" task the gemeente can do well alone (4 or 5 of 5): a lesson
/// from practice is to keep such a task local.
fn keep_local(v: &View) -> Vec<Hit> {
    tasks_together(v)
        .filter(|t| {
            v.field_scale(ids::TASKS, Some(&t.fields), ids::TASK_ALONE)
                .is_some_and(|s| s >= 4)
        })
        .map(|t| Hit::on(&t.id, vec![v.item_name(ids::TASKS, t)]).at(ids::TASK_ALONE))
        .collect()
}

/// Per "samen" task whose businesscase is "nee" or "weet ik niet".
fn no_business_case(v: &View) -> Vec<Hit> {
    tasks_together(v)
        .filter(|t| {
            matches!(
                v.field_yes_no(ids::TASKS, Some(&t.fields), ids::TASK_BUSINESS_CASE),
                Some(YesNo::Nee | YesNo::WeetNiet)
            )
        })
        .map(|t| Hit::on(&t.id, vec![v.item_name(ids::TASKS, t)]).at(ids::TASK_BUSINESS_CASE))
        .collect()
}

/// Per "samen" task that no partner works on. Quiet until step 2 has at
/// least one partner, so filling in step 1 first does not nag.
fn together_without_partner(v: &View) -> Vec<Hit> {
    let partners = v.partners();
    if partners.is_empty() {
        return Vec::new();
    }
    // A set, so a big plan (1,000 tasks, 200 partners) stays fast.
    let linked: HashSet<&str> = partners
        .iter()
        .flat_map(|p| p.tasks.iter().map(String::as_str))
        .collect();
    tasks_together(v)
        .filter(|t| !linked.contains(t.id.as_str()))
        .map(|t| Hit::on(&t.id, vec![v.item_name(ids::TASKS, t)]).at(ids::TASK_APPROACH))
        .collect()
}

/// Fires when the cooperation is legally required ("ja"): the form is then
/// largely fixed, and the raad's room lies in the agreements.
fn legally_required(v: &View) -> Vec<Hit> {
    when(v.is_yes(ids::LEGALLY_REQUIRED))
}

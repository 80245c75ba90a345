//! Step 0 — opgave en visie.

use super::{Hit, Rule, UNKNOWN, no_or_unknown};
use crate::advice::Severity::Hint;
use crate::advice::ids;
use crate::advice::read::View;

pub const RULES: &[Rule] = &[
    Rule {
        id: "geen_visie",
        severity: Hint,
        question: ids::VISIE,
        variants: &[UNKNOWN],
        check: no_vision,
    },
    Rule {
        id: "verkokering",
        severity: Hint,
        question: ids::VERKOKERING,
        variants: &[],
        check: silos,
    },
];

/// Fires on "nee" or "weet ik niet": without a visie op samenwerken the
/// raad is advised to set kaders first. Quiet while unanswered.
fn no_vision(v: &View) -> Vec<Hit> {
    no_or_unknown(v.yes_no(ids::VISIE))
        .map(|variant| Hit::default().worded(variant))
        .into_iter()
        .collect()
}

/// Fires when budgets or teams are split over policy fields ("ja").
fn silos(v: &View) -> Vec<Hit> {
    super::when(v.is_yes(ids::VERKOKERING))
}

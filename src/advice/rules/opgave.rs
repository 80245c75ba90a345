//! Step 0 — opgave en visie.

use super::{Hit, Rule, when};
use crate::advice::Severity::Hint;
use crate::advice::ids;
use crate::advice::read::View;

pub const RULES: &[Rule] = &[
    Rule {
        id: "geen_visie",
        severity: Hint,
        question: ids::VISIE,
        check: no_vision,
    },
    Rule {
        id: "verkokering",
        severity: Hint,
        question: ids::VERKOKERING,
        check: silos,
    },
];

/// Fires on "nee" or "weet ik niet": without a visie op samenwerken the
/// raad is advised to set kaders first. Quiet while unanswered.
fn no_vision(v: &View) -> Vec<Hit> {
    when(v.is_no_or_unknown(ids::VISIE))
}

/// Fires when budgets or teams are split over policy fields ("ja").
fn silos(v: &View) -> Vec<Hit> {
    when(v.is_yes(ids::VERKOKERING))
}

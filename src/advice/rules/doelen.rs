//! Step 3 — doelen afstemmen: alignment, form, the raad's say, exit.

use super::{Hit, Rule, when};
use crate::advice::Severity::{Hint, Warning};
use crate::advice::ids;
use crate::advice::read::{Family, View, join_names};

pub const RULES: &[Rule] = &[
    Rule {
        id: "partner_ander_doel",
        severity: Warning,
        question: ids::PER_PARTNER,
        check: partner_other_goal,
    },
    Rule {
        id: "partner_andere_aanpak",
        severity: Warning,
        question: ids::PER_PARTNER,
        check: partner_other_way,
    },
    Rule {
        id: "wgr_met_niet_overheid",
        severity: Warning,
        question: ids::FORM,
        check: wgr_with_non_government,
    },
    Rule {
        id: "privaat_zonder_motivering",
        severity: Warning,
        question: ids::PRIVATE_MOTIVATION,
        check: private_without_motivation,
    },
    Rule {
        id: "raad_achteraf",
        severity: Warning,
        question: ids::RAAD_MOMENT,
        check: raad_after_decision,
    },
    Rule {
        id: "raad_bij_besluit",
        severity: Hint,
        question: ids::RAAD_MOMENT,
        check: raad_at_decision,
    },
    Rule {
        id: "geen_toestemming",
        severity: Warning,
        question: ids::CONSENT,
        check: no_consent,
    },
    Rule {
        id: "geen_zienswijze_ontwerp",
        severity: Warning,
        question: ids::DRAFT_VIEW,
        check: no_draft_view,
    },
    Rule {
        id: "geen_wensen_bedenkingen",
        severity: Warning,
        question: ids::WISHES,
        check: no_wishes,
    },
    Rule {
        id: "uittreden_gr",
        severity: Warning,
        question: ids::EXIT,
        check: gr_without_exit,
    },
    Rule {
        id: "uittreden_bindend",
        severity: Warning,
        question: ids::EXIT,
        check: binding_without_exit,
    },
    Rule {
        id: "verbonden_partij",
        severity: Hint,
        question: ids::FINANCIAL_INTEREST,
        check: verbonden_partij,
    },
];

/// Per partner that scores `field` low (1 or 2 of 5) in step 3.
fn partners_scoring_low(v: &View, field: &str) -> Vec<Hit> {
    v.partners()
        .iter()
        .filter(|p| {
            let record = v.plan.record(ids::PER_PARTNER, p.id);
            v.field_scale(ids::PER_PARTNER, record, field)
                .is_some_and(|s| s <= 2)
        })
        .map(|p| Hit::on(p.id, vec![p.name.clone()]))
        .collect()
}

/// Per partner that wants something else (1 or 2 of 5 on "hetzelfde").
fn partner_other_goal(v: &View) -> Vec<Hit> {
    partners_scoring_low(v, ids::WANTS_SAME)
}

/// Per partner that wants another way (1 or 2 of 5 on "zelfde manier").
fn partner_other_way(v: &View) -> Vec<Hit> {
    partners_scoring_low(v, ids::SAME_WAY)
}

/// Fires when a Wgr form is chosen and at least one partner is of a
/// non-government kind; `{0}` names those partners.
fn wgr_with_non_government(v: &View) -> Vec<Hit> {
    if v.family() != Some(Family::Wgr) {
        return Vec::new();
    }
    let names: Vec<String> = v
        .partners()
        .iter()
        .filter(|p| p.is_non_government())
        .map(|p| p.name.clone())
        .collect();
    if names.is_empty() {
        return Vec::new();
    }
    vec![Hit::with(vec![join_names(&names)])]
}

/// Fires when a private-law form is chosen and the motivation why it is
/// "in het bijzonder aangewezen" is empty: the absence is the point.
fn private_without_motivation(v: &View) -> Vec<Hit> {
    when(v.family() == Some(Family::Private) && v.text(ids::PRIVATE_MOTIVATION).is_none())
}

/// Fires when the raad comes in only after the decision.
fn raad_after_decision(v: &View) -> Vec<Hit> {
    when(v.choice(ids::RAAD_MOMENT) == Some(ids::RAAD_AFTER))
}

/// Fires when the raad comes in only at the decision: little room left.
fn raad_at_decision(v: &View) -> Vec<Hit> {
    when(v.choice(ids::RAAD_MOMENT) == Some(ids::RAAD_AT_DECISION))
}

/// Wgr form, toestemming "nee" or "weet ik niet". (The question is asked
/// only for a Wgr form, so its answer alone decides.)
fn no_consent(v: &View) -> Vec<Hit> {
    when(v.is_no_or_unknown(ids::CONSENT))
}

/// Wgr form, 8-week zienswijze on the draft "nee" or "weet ik niet".
fn no_draft_view(v: &View) -> Vec<Hit> {
    when(v.is_no_or_unknown(ids::DRAFT_VIEW))
}

/// Private form, wensen en bedenkingen "nee" or "weet ik niet".
fn no_wishes(v: &View) -> Vec<Hit> {
    when(v.is_no_or_unknown(ids::WISHES))
}

/// Fires for a Wgr form unless exit terms are agreed ("ja"); unanswered
/// counts as not agreed, because Wgr art. 9 requires them.
fn gr_without_exit(v: &View) -> Vec<Hit> {
    when(v.family() == Some(Family::Wgr) && !v.is_yes(ids::EXIT))
}

/// Fires for binding cooperation in any other form (or none chosen yet)
/// unless exit terms are agreed; unanswered counts as not agreed.
fn binding_without_exit(v: &View) -> Vec<Hit> {
    let binding = v.choice(ids::NATURE) == Some(ids::NATURE_BINDING);
    when(binding && v.family() != Some(Family::Wgr) && !v.is_yes(ids::EXIT))
}

/// Fires when the gemeente has both a bestuurlijk and a financieel belang:
/// then it is a verbonden partij (BBV art. 1).
fn verbonden_partij(v: &View) -> Vec<Hit> {
    when(v.is_yes(ids::BOARD_INTEREST) && v.is_yes(ids::FINANCIAL_INTEREST))
}

//! Step 4 — monitoring: results in view, P&C moments, Wgr clauses.

use super::{Hit, Rule, when};
use crate::advice::Severity::{Hint, Warning};
use crate::advice::ids;
use crate::advice::read::{Family, View};

pub const RULES: &[Rule] = &[
    Rule {
        id: "geen_indicatoren",
        severity: Warning,
        question: ids::AGREEMENTS,
        check: no_indicators,
    },
    Rule {
        id: "geen_frequentie",
        severity: Hint,
        question: ids::AGREEMENTS,
        check: no_frequency,
    },
    Rule {
        id: "geen_zienswijze_begroting",
        severity: Warning,
        question: ids::PC_MOMENTS,
        check: no_budget_view,
    },
    Rule {
        id: "gr_zienswijze_besluiten",
        severity: Warning,
        question: ids::DECISION_VIEWS,
        check: gr_no_decision_views,
    },
    Rule {
        id: "gr_burgerparticipatie",
        severity: Warning,
        question: ids::CITIZEN_PARTICIPATION,
        check: gr_no_participation,
    },
    Rule {
        id: "gr_evaluatie",
        severity: Warning,
        question: ids::EVALUATION,
        check: gr_no_evaluation,
    },
    Rule {
        id: "geen_evaluatie",
        severity: Warning,
        question: ids::EVALUATION,
        check: no_evaluation,
    },
    Rule {
        id: "agenda_niet_afgestemd",
        severity: Warning,
        question: ids::CALENDARS_ALIGNED,
        check: calendars_not_aligned,
    },
    Rule {
        id: "geen_informatieprotocol",
        severity: Hint,
        question: ids::INVOLVEMENT,
        check: no_information_protocol,
    },
];

/// Fires when the user has answered another question of the monitoring
/// step but no afspraak names a result yet. Quiet on an untouched step.
fn no_indicators(v: &View) -> Vec<Hit> {
    let Some(step) = v.guide.question(ids::AGREEMENTS).map(|r| r.step) else {
        return Vec::new();
    };
    let started = v.guide.steps[step]
        .questions
        .iter()
        .any(|q| q.id != ids::AGREEMENTS && v.answer(&q.id).is_some());
    let has_result = v.items(ids::AGREEMENTS).iter().any(|a| {
        v.field_text(ids::AGREEMENTS, Some(&a.fields), ids::AGREEMENT_RESULT)
            .is_some()
    });
    when(started && !has_result)
}

/// Per afspraak that names a result and says to or by whom it is reported,
/// but not how often: the user has moved past the frequency question.
fn no_frequency(v: &View) -> Vec<Hit> {
    let list = ids::AGREEMENTS;
    v.items(list)
        .iter()
        .filter(|a| {
            let r = Some(&a.fields);
            v.field_text(list, r, ids::AGREEMENT_RESULT).is_some()
                && v.field_choice(list, r, ids::AGREEMENT_FREQUENCY).is_none()
                && (v.field_text(list, r, ids::AGREEMENT_TO_WHOM).is_some()
                    || v.field_text(list, r, ids::AGREEMENT_BY_WHOM).is_some())
        })
        .map(|a| Hit::on(&a.id, vec![v.item_name(list, a)]))
        .collect()
}

/// A Wgr form with its own begroting (BVO, openbaar lichaam), and the P&C
/// moments are chosen without the zienswijze on the ontwerpbegroting.
fn no_budget_view(v: &View) -> Vec<Hit> {
    let with_budget = v
        .form()
        .is_some_and(|f| ids::WGR_FORMS_WITH_BUDGET.contains(&f));
    let missing = v
        .multi(ids::PC_MOMENTS)
        .is_some_and(|m| !m.iter().any(|c| c == ids::PC_DRAFT_BUDGET));
    when(with_budget && missing)
}

/// Wgr form; the regeling does not (or not surely) list the bestuur
/// decisions open to a raad zienswijze. Required since 1 July 2024.
fn gr_no_decision_views(v: &View) -> Vec<Hit> {
    when(v.family() == Some(Family::Wgr) && v.is_no_or_unknown(ids::DECISION_VIEWS))
}

/// Wgr form; no (or unsure) burgerparticipatie clause. Required since
/// 1 July 2024.
fn gr_no_participation(v: &View) -> Vec<Hit> {
    when(v.family() == Some(Family::Wgr) && v.is_no_or_unknown(ids::CITIZEN_PARTICIPATION))
}

/// Wgr form; evaluation "nee" or "weet ik niet". Required since 1 July 2024.
fn gr_no_evaluation(v: &View) -> Vec<Hit> {
    when(v.family() == Some(Family::Wgr) && v.is_no_or_unknown(ids::EVALUATION))
}

/// Any other form (or none yet); evaluation "nee" or "weet ik niet".
fn no_evaluation(v: &View) -> Vec<Hit> {
    when(v.family() != Some(Family::Wgr) && v.is_no_or_unknown(ids::EVALUATION))
}

/// Deadlines not (or not surely) aligned with every raad's calendar.
fn calendars_not_aligned(v: &View) -> Vec<Hit> {
    when(v.is_no_or_unknown(ids::CALENDARS_ALIGNED))
}

/// The ways of staying involved are chosen, without an informatieprotocol.
fn no_information_protocol(v: &View) -> Vec<Hit> {
    when(
        v.multi(ids::INVOLVEMENT)
            .is_some_and(|m| !m.iter().any(|c| c == ids::INVOLVEMENT_PROTOCOL)),
    )
}

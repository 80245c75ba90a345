//! Step 4 — monitoring: results in view, P&C moments, Wgr clauses.

use super::{Hit, Rule, UNKNOWN, no_or_unknown_hit, when};
use crate::advice::Severity::{Hint, Warning};
use crate::advice::ids;
use crate::advice::read::{Family, View};

pub const RULES: &[Rule] = &[
    Rule {
        id: "geen_indicatoren",
        severity: Warning,
        question: ids::AGREEMENTS,
        variants: &[],
        check: no_indicators,
    },
    Rule {
        id: "geen_frequentie",
        severity: Hint,
        question: ids::AGREEMENTS,
        variants: &[],
        check: no_frequency,
    },
    Rule {
        id: "geen_zienswijze_begroting",
        severity: Warning,
        question: ids::PC_MOMENTS,
        variants: &[],
        check: no_budget_view,
    },
    Rule {
        id: "gr_zienswijze_besluiten",
        severity: Warning,
        question: ids::DECISION_VIEWS,
        variants: &[UNKNOWN],
        check: gr_no_decision_views,
    },
    Rule {
        id: "zienswijze_besluiten_onbeantwoord",
        severity: Hint,
        question: ids::DECISION_VIEWS,
        variants: &[],
        check: decision_views_open,
    },
    Rule {
        id: "zienswijze_besluiten_zonder_bestuur",
        severity: Hint,
        question: ids::DECISION_VIEWS,
        variants: &[],
        check: decision_views_without_board,
    },
    Rule {
        id: "gr_burgerparticipatie",
        severity: Warning,
        question: ids::CITIZEN_PARTICIPATION,
        variants: &[UNKNOWN],
        check: gr_no_participation,
    },
    Rule {
        id: "burgerparticipatie_onbeantwoord",
        severity: Hint,
        question: ids::CITIZEN_PARTICIPATION,
        variants: &[],
        check: participation_open,
    },
    Rule {
        id: "gr_evaluatie",
        severity: Warning,
        question: ids::EVALUATION,
        variants: &[UNKNOWN],
        check: gr_no_evaluation,
    },
    Rule {
        id: "evaluatie_onbeantwoord",
        severity: Hint,
        question: ids::EVALUATION,
        variants: &[],
        check: evaluation_open,
    },
    Rule {
        id: "geen_evaluatie",
        severity: Warning,
        question: ids::EVALUATION,
        variants: &[UNKNOWN],
        check: no_evaluation,
    },
    Rule {
        id: "agenda_niet_afgestemd",
        severity: Warning,
        question: ids::CALENDARS_ALIGNED,
        variants: &[UNKNOWN],
        check: calendars_not_aligned,
    },
    Rule {
        id: "geen_informatieprotocol",
        severity: Hint,
        question: ids::INVOLVEMENT,
        variants: &[],
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
        .map(|a| Hit::on(&a.id, vec![v.item_name(list, a)]).at(ids::AGREEMENT_FREQUENCY))
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

/// A Wgr form with an own bestuur (gemeenschappelijk orgaan, BVO,
/// openbaar lichaam).
fn with_board(v: &View) -> bool {
    v.form()
        .is_some_and(|f| ids::WGR_FORMS_WITH_BOARD.contains(&f))
}

/// A Wgr form with a bestuur; the regeling does not (or not surely) say
/// which bestuur decisions are open to a raad zienswijze. Required since
/// 1 July 2022; which decisions is the participants' choice.
fn gr_no_decision_views(v: &View) -> Vec<Hit> {
    no_or_unknown_hit(v, with_board(v), ids::DECISION_VIEWS)
}

fn decision_views_open(v: &View) -> Vec<Hit> {
    when(with_board(v) && v.is_open(ids::DECISION_VIEWS))
}

/// A regeling zonder meer or centrumgemeente has no bestuur of its own,
/// so there are no bestuur decisions to list: a hint to agree which
/// decisions the raad sees beforehand, unless that is done ("ja").
fn decision_views_without_board(v: &View) -> Vec<Hit> {
    let no_board = v.family() == Some(Family::Wgr) && !with_board(v);
    let settled = v.is_yes(ids::DECISION_VIEWS);
    let step_begun = v.is_open(ids::DECISION_VIEWS) || v.yes_no(ids::DECISION_VIEWS).is_some();
    when(no_board && !settled && step_begun)
}

/// Wgr form; no (or unsure) burgerparticipatie clause. Required since
/// 1 July 2022.
fn gr_no_participation(v: &View) -> Vec<Hit> {
    no_or_unknown_hit(
        v,
        v.family() == Some(Family::Wgr),
        ids::CITIZEN_PARTICIPATION,
    )
}

fn participation_open(v: &View) -> Vec<Hit> {
    when(v.family() == Some(Family::Wgr) && v.is_open(ids::CITIZEN_PARTICIPATION))
}

/// Wgr form; evaluation "nee" or "weet ik niet". Required since 1 July
/// 2022 (Wgr art. 11a).
fn gr_no_evaluation(v: &View) -> Vec<Hit> {
    no_or_unknown_hit(v, v.family() == Some(Family::Wgr), ids::EVALUATION)
}

fn evaluation_open(v: &View) -> Vec<Hit> {
    when(v.family() == Some(Family::Wgr) && v.is_open(ids::EVALUATION))
}

/// Any other form (or none yet); evaluation "nee" or "weet ik niet".
fn no_evaluation(v: &View) -> Vec<Hit> {
    no_or_unknown_hit(v, v.family() != Some(Family::Wgr), ids::EVALUATION)
}

/// Deadlines not (or not surely) aligned with every raad's calendar.
fn calendars_not_aligned(v: &View) -> Vec<Hit> {
    no_or_unknown_hit(v, true, ids::CALENDARS_ALIGNED)
}

/// The ways of staying involved are chosen, without an informatieprotocol.
fn no_information_protocol(v: &View) -> Vec<Hit> {
    when(
        v.multi(ids::INVOLVEMENT)
            .is_some_and(|m| !m.iter().any(|c| c == ids::INVOLVEMENT_PROTOCOL)),
    )
}

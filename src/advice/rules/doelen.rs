//! Step 3 — doelen afstemmen: alignment, form, the raad's say, exit.

use super::{Hit, Rule, UNKNOWN, no_or_unknown_hit, when, when_worded};
use crate::advice::Severity::{Hint, Warning};
use crate::advice::ids;
use crate::advice::read::{Family, PartnerClass, View, join_names};
use crate::plan::YesNo;

pub const RULES: &[Rule] = &[
    Rule {
        id: "partner_ander_doel",
        severity: Warning,
        question: ids::PER_PARTNER,
        variants: &[],
        check: partner_other_goal,
    },
    Rule {
        id: "partner_andere_aanpak",
        severity: Hint,
        question: ids::PER_PARTNER,
        variants: &[],
        check: partner_other_way,
    },
    Rule {
        id: "wgr_met_niet_overheid",
        severity: Warning,
        question: ids::FORM,
        variants: &[WITHOUT_GOVERNMENT],
        check: wgr_with_non_government,
    },
    Rule {
        id: "regeling_door_onbekend",
        severity: Hint,
        question: ids::MAKER,
        variants: &[UNKNOWN],
        check: maker_unknown,
    },
    Rule {
        id: "privaat_zonder_motivering",
        severity: Warning,
        question: ids::PRIVATE_MOTIVATION,
        variants: &[],
        check: private_without_motivation,
    },
    Rule {
        id: "raad_achteraf",
        severity: Warning,
        question: ids::RAAD_MOMENT,
        variants: &[BY_COLLEGE, BY_RAAD, PRIVATE],
        check: raad_after_decision,
    },
    Rule {
        id: "raad_bij_besluit",
        severity: Hint,
        question: ids::RAAD_MOMENT,
        variants: &[],
        check: raad_at_decision,
    },
    Rule {
        id: "geen_toestemming",
        severity: Warning,
        question: ids::CONSENT,
        variants: &[UNKNOWN],
        check: no_consent,
    },
    Rule {
        id: "toestemming_onbeantwoord",
        severity: Hint,
        question: ids::CONSENT,
        variants: &[],
        check: consent_open,
    },
    Rule {
        id: "geen_zienswijze_ontwerp",
        severity: Warning,
        question: ids::DRAFT_VIEW,
        variants: &[UNKNOWN],
        check: no_draft_view,
    },
    Rule {
        id: "zienswijze_ontwerp_onbeantwoord",
        severity: Hint,
        question: ids::DRAFT_VIEW,
        variants: &[],
        check: draft_view_open,
    },
    Rule {
        id: "geen_wensen_bedenkingen",
        severity: Warning,
        question: ids::WISHES,
        variants: &[UNKNOWN],
        check: no_wishes,
    },
    Rule {
        id: "wensen_bedenkingen_onbeantwoord",
        severity: Hint,
        question: ids::WISHES,
        variants: &[],
        check: wishes_open,
    },
    Rule {
        id: "vertegenwoordiging_onbeantwoord",
        severity: Hint,
        question: ids::REPRESENTATION,
        variants: &[],
        check: representation_open,
    },
    Rule {
        id: "uittreden_gr",
        severity: Warning,
        question: ids::EXIT,
        variants: &[UNKNOWN],
        check: gr_without_exit,
    },
    Rule {
        id: "uittreden_bindend",
        severity: Warning,
        question: ids::EXIT,
        variants: &[UNKNOWN],
        check: binding_without_exit,
    },
    Rule {
        id: "uittreden_onbeantwoord",
        severity: Hint,
        question: ids::EXIT,
        variants: &[WGR],
        check: exit_open,
    },
    Rule {
        id: "opheffing_gr",
        severity: Warning,
        question: ids::DISSOLUTION,
        variants: &[UNKNOWN],
        check: gr_without_dissolution,
    },
    Rule {
        id: "opheffing_onbeantwoord",
        severity: Hint,
        question: ids::DISSOLUTION,
        variants: &[],
        check: dissolution_open,
    },
    Rule {
        id: "verbonden_partij",
        severity: Hint,
        question: ids::FINANCIAL_INTEREST,
        variants: &[WITH_NOTA, WGR, WGR_WITH_NOTA],
        check: verbonden_partij,
    },
];

/// Text variants, by what they are worded for.
const WITHOUT_GOVERNMENT: &str = "zonder_overheid";
const BY_COLLEGE: &str = "college";
const BY_RAAD: &str = "raad";
const PRIVATE: &str = "privaat";
const WGR: &str = "wgr";
const WITH_NOTA: &str = "nota";
const WGR_WITH_NOTA: &str = "wgr_nota";

/// Per partner that scores `field` low (1 or 2 of 5) in step 3; the
/// finding sits at that field.
fn partners_scoring_low(v: &View, field: &'static str) -> Vec<Hit> {
    v.partners()
        .iter()
        .filter(|p| {
            let record = v.plan.record(ids::PER_PARTNER, p.id);
            v.field_scale(ids::PER_PARTNER, record, field)
                .is_some_and(|s| s <= 2)
        })
        .map(|p| Hit::on(p.id, vec![p.name.clone()]).at(field))
        .collect()
}

/// Per partner that wants something else (1 or 2 of 5 on "hetzelfde").
fn partner_other_goal(v: &View) -> Vec<Hit> {
    partners_scoring_low(v, ids::WANTS_SAME)
}

/// Per partner that wants another way (1 or 2 of 5 on "zelfde manier"):
/// a point to discuss early, not a gap.
fn partner_other_way(v: &View) -> Vec<Hit> {
    partners_scoring_low(v, ids::SAME_WAY)
}

/// Fires when a Wgr form is chosen and at least one partner of a
/// non-government kind works on a shared task; `{0}` names those
/// partners. No partner can be a participant of any Wgr form; worded more
/// strongly when no government partner works on a shared task, because
/// then no regeling is possible. Partners on no shared task (a platform
/// that is only kept informed) are left out, as in the form aid.
fn wgr_with_non_government(v: &View) -> Vec<Hit> {
    if v.family() != Some(Family::Wgr) {
        return Vec::new();
    }
    let partners: Vec<_> = v
        .partners()
        .iter()
        .filter(|p| p.joins_shared_task)
        .collect();
    let names: Vec<String> = partners
        .iter()
        .filter(|p| p.is_non_government())
        .map(|p| p.name.clone())
        .collect();
    if names.is_empty() {
        return Vec::new();
    }
    let any_government = partners
        .iter()
        .any(|p| p.class() == PartnerClass::Government);
    let variant = (!any_government).then_some(WITHOUT_GOVERNMENT);
    vec![Hit::with(vec![join_names(&names)]).worded(variant)]
}

/// A Wgr form, and it is not known who makes the regeling: open, or
/// "weet ik niet". That decides which of the raad's instruments apply.
fn maker_unknown(v: &View) -> Vec<Hit> {
    if v.family() != Some(Family::Wgr) {
        return Vec::new();
    }
    if v.maker() == Some(ids::MAKER_UNKNOWN) {
        return when_worded(true, Some(UNKNOWN));
    }
    when(v.is_open(ids::MAKER))
}

/// Fires when a private-law form is chosen and the motivation why it is
/// "in het bijzonder aangewezen" is empty: the absence is the point.
fn private_without_motivation(v: &View) -> Vec<Hit> {
    when(v.family() == Some(Family::Private) && v.text(ids::PRIVATE_MOTIVATION).is_none())
}

/// Fires when the raad comes in only after the decision; worded for what
/// the law still gives the raad with the chosen form.
fn raad_after_decision(v: &View) -> Vec<Hit> {
    let variant = match v.family() {
        Some(Family::Wgr) if v.maker_needs_consent() => Some(BY_COLLEGE),
        Some(Family::Wgr)
            if v.maker()
                .is_some_and(|m| ids::MAKERS_WITH_RAAD.contains(&m)) =>
        {
            Some(BY_RAAD)
        }
        Some(Family::Private) => Some(PRIVATE),
        _ => None,
    };
    when_worded(v.choice(ids::RAAD_MOMENT) == Some(ids::RAAD_AFTER), variant)
}

/// Fires when the raad comes in only at the decision: little room left.
fn raad_at_decision(v: &View) -> Vec<Hit> {
    when(v.choice(ids::RAAD_MOMENT) == Some(ids::RAAD_AT_DECISION))
}

/// Toestemming "nee" or "weet ik niet". The question is asked only for a
/// Wgr form that colleges or burgemeesters make, so its answer decides.
fn no_consent(v: &View) -> Vec<Hit> {
    no_or_unknown_hit(v, true, ids::CONSENT)
}

/// Toestemming not answered while it applies.
fn consent_open(v: &View) -> Vec<Hit> {
    when(v.is_open(ids::CONSENT))
}

/// 8-week zienswijze on the draft "nee" or "weet ik niet" (asked only
/// where colleges or burgemeesters make the regeling).
fn no_draft_view(v: &View) -> Vec<Hit> {
    no_or_unknown_hit(v, true, ids::DRAFT_VIEW)
}

fn draft_view_open(v: &View) -> Vec<Hit> {
    when(v.is_open(ids::DRAFT_VIEW))
}

/// Private form, wensen en bedenkingen "nee" or "weet ik niet".
fn no_wishes(v: &View) -> Vec<Hit> {
    no_or_unknown_hit(v, true, ids::WISHES)
}

fn wishes_open(v: &View) -> Vec<Hit> {
    when(v.is_open(ids::WISHES))
}

/// A form with a bestuur or AVA, and nobody named yet who represents the
/// gemeente there or how they account to the raad.
fn representation_open(v: &View) -> Vec<Hit> {
    when(v.is_open(ids::REPRESENTATION))
}

/// Wgr form, exit terms "nee" or "weet ik niet": Wgr art. 9 requires them.
fn gr_without_exit(v: &View) -> Vec<Hit> {
    no_or_unknown_hit(v, v.family() == Some(Family::Wgr), ids::EXIT)
}

/// Binding cooperation in any other form (or none chosen yet), exit terms
/// "nee" or "weet ik niet".
fn binding_without_exit(v: &View) -> Vec<Hit> {
    let binding = v.choice(ids::NATURE) == Some(ids::NATURE_BINDING);
    no_or_unknown_hit(v, binding && v.family() != Some(Family::Wgr), ids::EXIT)
}

/// Exit terms not answered, for a Wgr form (where the law requires them)
/// or a binding cooperation.
fn exit_open(v: &View) -> Vec<Hit> {
    let wgr = v.family() == Some(Family::Wgr);
    let binding = v.choice(ids::NATURE) == Some(ids::NATURE_BINDING);
    when_worded((wgr || binding) && v.is_open(ids::EXIT), wgr.then_some(WGR))
}

/// Wgr form, dissolution "nee" or "weet ik niet": Wgr art. 9 requires
/// provisions on opheffing (and, for an openbaar lichaam or BVO, on the
/// settlement of its vermogen).
fn gr_without_dissolution(v: &View) -> Vec<Hit> {
    no_or_unknown_hit(v, v.family() == Some(Family::Wgr), ids::DISSOLUTION)
}

fn dissolution_open(v: &View) -> Vec<Hit> {
    when(v.family() == Some(Family::Wgr) && v.is_open(ids::DISSOLUTION))
}

/// Fires for an openbaar lichaam or BVO (always a verbonden partij), or
/// when the gemeente has both a bestuurlijk and a financieel belang (BBV
/// art. 1). Worded to point at the nota verbonden partijen when step 0
/// says there is one.
fn verbonden_partij(v: &View) -> Vec<Hit> {
    let gr = v
        .form()
        .is_some_and(|f| ids::VERBONDEN_PARTIJ_FORMS.contains(&f));
    let both = v.is_yes(ids::BOARD_INTEREST) && v.is_yes(ids::FINANCIAL_INTEREST);
    let nota = v.yes_no(ids::NOTA) == Some(YesNo::Ja);
    let variant = match (gr, nota) {
        (true, true) => Some(WGR_WITH_NOTA),
        (true, false) => Some(WGR),
        (false, true) => Some(WITH_NOTA),
        (false, false) => None,
    };
    when_worded(gr || both, variant)
}

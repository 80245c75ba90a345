//! What the advice and the calendar expect of the guide, question by
//! question, and a check of a guide against it.
//!
//! The embedded guide meets every expectation (a test below). An adapted
//! guide may not: a trainer who removes a question, changes its kind or
//! drops a choice switches off whatever reads it. `samenwerkwijzer guide
//! check` reports that, naming the rules (by id) and features it affects,
//! so the change is deliberate rather than silent.

use crate::guide::{Guide, Question};
use crate::text::{Txt, fill};

use super::ids::*;

/// What the advice expects of one guide question or list field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Expect {
    pub question: &'static str,
    pub field: Option<&'static str>,
    /// The kind's name, as [`crate::guide::Kind::name`] gives it.
    pub kind: &'static str,
    /// Choice ids that must be offered (others may exist too).
    pub choices: &'static [&'static str],
    /// Rule ids, and the features `vormkeuze` (F4), `raad` (F5) and
    /// `agenda` (calendar export), that read this question.
    pub used_by: &'static [&'static str],
}

const fn q(
    question: &'static str,
    kind: &'static str,
    choices: &'static [&'static str],
    used_by: &'static [&'static str],
) -> Expect {
    Expect {
        question,
        field: None,
        kind,
        choices,
        used_by,
    }
}

const fn f(
    question: &'static str,
    field: &'static str,
    kind: &'static str,
    choices: &'static [&'static str],
    used_by: &'static [&'static str],
) -> Expect {
    Expect {
        question,
        field: Some(field),
        kind,
        choices,
        used_by,
    }
}

/// Features that are not rules, for [`Expect::used_by`].
pub const FORM_AID: &str = "vormkeuze";
pub const RAAD: &str = "raad";
pub const CALENDAR: &str = "agenda";

/// Rules and features that lean on who takes part in a Wgr form.
const BY_FORM: &[&str] = &[
    FORM_AID,
    RAAD,
    "wgr_met_niet_overheid",
    "privaat_zonder_motivering",
    "uittreden_gr",
    "verbonden_partij",
];

pub const EXPECTED: &[Expect] = &[
    q(VISIE, "YesNo", &[], &["geen_visie"]),
    q(NOTA, "YesNo", &[], &["verbonden_partij"]),
    q(KADERS, "LongText", &[], &[RAAD]),
    q(VERKOKERING, "YesNo", &[], &["verkokering"]),
    q(TASKS, "List", &[], &["lokaal_houden", "taak_onbekend"]),
    f(TASKS, TASK_NAME, "ShortText", &[], &["lokaal_houden"]),
    f(
        TASKS,
        TASK_APPROACH,
        "Choice",
        &[APPROACH_SELF, APPROACH_TOGETHER, APPROACH_UNKNOWN],
        &[
            FORM_AID,
            "vorm_voor_inhoud",
            "samen_zonder_partner",
            "taak_onbekend",
            "partner_bij_zelf_taak",
        ],
    ),
    f(TASKS, TASK_ALONE, "Scale", &[], &["lokaal_houden"]),
    f(
        TASKS,
        TASK_BUSINESS_CASE,
        "YesNo",
        &[],
        &["geen_business_case"],
    ),
    q(LEGALLY_REQUIRED, "YesNo", &[], &["wettelijk_verplicht"]),
    q(FORM_NAMED, "YesNo", &[], &["vorm_voor_inhoud"]),
    q(PARTNERS, "List", &[], &[FORM_AID, "wgr_met_niet_overheid"]),
    f(
        PARTNERS,
        PARTNER_KIND,
        "Choice",
        GOVERNMENT_KINDS,
        &[FORM_AID, "wgr_met_niet_overheid"],
    ),
    f(
        PARTNERS,
        PARTNER_KIND,
        "Choice",
        NON_GOVERNMENT_KINDS,
        &[FORM_AID, "wgr_met_niet_overheid"],
    ),
    f(
        PARTNERS,
        PARTNER_TASKS,
        "Refs",
        &[],
        &[FORM_AID, "samen_zonder_partner"],
    ),
    f(
        PARTNERS,
        PARTNER_COMMITMENT,
        "Scale",
        &[],
        &[FORM_AID, "partner_weinig_inzet", "trekker_weinig_inzet"],
    ),
    f(
        PARTNERS,
        PARTNER_LEAD,
        "YesNo",
        &[],
        &[FORM_AID, "trekker_weinig_inzet"],
    ),
    q(AMBITION, "Scale", &[], &["klein_beginnen"]),
    q(PER_PARTNER, "PerItem", &[], &["partner_ander_doel"]),
    f(
        PER_PARTNER,
        WANTS_SAME,
        "Scale",
        &[],
        &["partner_ander_doel"],
    ),
    f(
        PER_PARTNER,
        SAME_WAY,
        "Scale",
        &[],
        &["partner_andere_aanpak"],
    ),
    q(
        NATURE,
        "Choice",
        &[NATURE_LOOSE, NATURE_BINDING],
        &[FORM_AID, "uittreden_bindend"],
    ),
    q(OWN_ORGANISATION, "YesNo", &[], &[FORM_AID]),
    q(
        POWERS,
        "Choice",
        &[POWERS_NONE, POWERS_MANDATE, POWERS_DELEGATION],
        &[FORM_AID],
    ),
    q(RAAD_POWERS, "YesNo", &[], &[FORM_AID]),
    q(
        TASK_TYPE,
        "Choice",
        &[TASK_TYPE_EXECUTION, TASK_TYPE_POLICY],
        &[FORM_AID],
    ),
    q(FORM, "Choice", &[FORM_NONE], BY_FORM),
    q(FORM, "Choice", WGR_FORMS, BY_FORM),
    q(FORM, "Choice", PRIVATE_FORMS, BY_FORM),
    q(FORM, "Choice", &[CONTRACT_FORM], BY_FORM),
    q(
        MAKER,
        "Choice",
        &[
            MAKER_COLLEGE,
            MAKER_MAYOR,
            MAKER_RAAD,
            MAKER_MIXED,
            MAKER_UNKNOWN,
        ],
        &[RAAD, "regeling_door_onbekend", "raad_achteraf"],
    ),
    q(
        PRIVATE_MOTIVATION,
        "LongText",
        &[],
        &["privaat_zonder_motivering"],
    ),
    q(
        RAAD_MOMENT,
        "Choice",
        &[RAAD_AT_DECISION, RAAD_AFTER],
        &["raad_achteraf", "raad_bij_besluit"],
    ),
    q(
        CONSENT,
        "YesNo",
        &[],
        &[RAAD, "geen_toestemming", "toestemming_onbeantwoord"],
    ),
    q(
        DRAFT_VIEW,
        "YesNo",
        &[],
        &[
            RAAD,
            "geen_zienswijze_ontwerp",
            "zienswijze_ontwerp_onbeantwoord",
        ],
    ),
    q(WISHES, "YesNo", &[], &[RAAD, "geen_wensen_bedenkingen"]),
    q(
        REPRESENTATION,
        "LongText",
        &[],
        &["vertegenwoordiging_onbeantwoord"],
    ),
    q(
        EXIT,
        "YesNo",
        &[],
        &[
            "uittreden_gr",
            "uittreden_bindend",
            "uittreden_onbeantwoord",
        ],
    ),
    q(
        DISSOLUTION,
        "YesNo",
        &[],
        &["opheffing_gr", "opheffing_onbeantwoord"],
    ),
    q(BOARD_INTEREST, "YesNo", &[], &[RAAD, "verbonden_partij"]),
    q(
        FINANCIAL_INTEREST,
        "YesNo",
        &[],
        &[RAAD, "verbonden_partij"],
    ),
    q(
        AGREEMENTS,
        "List",
        &[],
        &[RAAD, CALENDAR, "geen_indicatoren"],
    ),
    f(
        AGREEMENTS,
        AGREEMENT_RESULT,
        "ShortText",
        &[],
        &[RAAD, "geen_indicatoren", "geen_frequentie"],
    ),
    f(
        AGREEMENTS,
        AGREEMENT_FREQUENCY,
        "Choice",
        &[
            FREQUENCY_QUARTER,
            FREQUENCY_HALF_YEAR,
            FREQUENCY_YEAR,
            FREQUENCY_OTHER,
        ],
        &[RAAD, CALENDAR, "geen_frequentie"],
    ),
    f(
        AGREEMENTS,
        AGREEMENT_TO_WHOM,
        "ShortText",
        &[],
        &[RAAD, "geen_frequentie"],
    ),
    f(
        AGREEMENTS,
        AGREEMENT_BY_WHOM,
        "ShortText",
        &[],
        &[RAAD, "geen_frequentie"],
    ),
    f(
        AGREEMENTS,
        AGREEMENT_FIRST_DATE,
        "Date",
        &[],
        &[RAAD, CALENDAR],
    ),
    q(
        PC_MOMENTS,
        "Multi",
        &[PC_KADERS, PC_DRAFT_BUDGET, PC_ANNUAL_ACCOUNTS, PC_INTERIM],
        &[RAAD, "geen_zienswijze_begroting"],
    ),
    q(
        DECISION_VIEWS,
        "YesNo",
        &[],
        &[
            RAAD,
            "gr_zienswijze_besluiten",
            "zienswijze_besluiten_onbeantwoord",
            "zienswijze_besluiten_zonder_bestuur",
        ],
    ),
    q(
        CITIZEN_PARTICIPATION,
        "YesNo",
        &[],
        &["gr_burgerparticipatie", "burgerparticipatie_onbeantwoord"],
    ),
    q(
        EVALUATION,
        "YesNo",
        &[],
        &[
            RAAD,
            "gr_evaluatie",
            "geen_evaluatie",
            "evaluatie_onbeantwoord",
        ],
    ),
    q(EVALUATION_INTERVAL, "Number", &[], &[RAAD, CALENDAR]),
    q(EVALUATION_DATE, "Date", &[], &[RAAD, CALENDAR]),
    q(CALENDARS_ALIGNED, "YesNo", &[], &["agenda_niet_afgestemd"]),
    q(
        INVOLVEMENT,
        "Multi",
        &[INVOLVEMENT_PROTOCOL],
        &["geen_informatieprotocol"],
    ),
];

/// Why a guide falls short of one expectation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Shortfall {
    Missing,
    /// The question has another kind (its name).
    Kind(&'static str),
    /// The question no longer offers this choice.
    Choice(&'static str),
}

/// One expectation the guide does not meet.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unmet {
    /// "opgave.visie", or "inventaris.taken.aanpak" for a field.
    pub name: String,
    pub shortfall: Shortfall,
    pub used_by: &'static [&'static str],
}

fn find<'g>(guide: &'g Guide, e: &Expect) -> Option<&'g Question> {
    match e.field {
        None => guide.question(e.question).map(|r| r.question),
        Some(field) => guide.field(e.question, field),
    }
}

/// Every expectation `guide` does not meet, in the order of [`EXPECTED`].
/// Empty for the embedded guide.
pub fn unmet(guide: &Guide) -> Vec<Unmet> {
    let mut out = Vec::new();
    for e in EXPECTED {
        let name = match e.field {
            None => e.question.to_string(),
            Some(f) => format!("{}.{f}", e.question),
        };
        let mut push = |shortfall| {
            out.push(Unmet {
                name: name.clone(),
                shortfall,
                used_by: e.used_by,
            })
        };
        let Some(q) = find(guide, e) else {
            push(Shortfall::Missing);
            continue;
        };
        if q.kind.name() != e.kind {
            push(Shortfall::Kind(q.kind.name()));
            continue;
        }
        for choice in e.choices {
            if q.kind.choice_label(choice).is_none() {
                push(Shortfall::Choice(choice));
            }
        }
    }
    out
}

impl Unmet {
    /// One line for `guide check`, in Dutch: what is missing and which
    /// advice falls away because of it.
    pub fn describe(&self) -> String {
        let what = match self.shortfall {
            Shortfall::Missing => fill(Txt::GuideUnmetMissing, &[&self.name]),
            Shortfall::Kind(kind) => fill(Txt::GuideUnmetKind, &[&self.name, &kind]),
            Shortfall::Choice(choice) => fill(Txt::GuideUnmetChoice, &[&self.name, &choice]),
        };
        let used: Vec<String> = self
            .used_by
            .iter()
            .map(|name| match *name {
                FORM_AID => Txt::GuideUsedByForms.get().to_string(),
                RAAD => Txt::GuideUsedByRaad.get().to_string(),
                CALENDAR => Txt::GuideUsedByCalendar.get().to_string(),
                rule => fill(Txt::GuideUsedByRule, &[&rule]),
            })
            .collect();
        fill(Txt::GuideUnmet, &[&what, &used.join(", ")])
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::advice::rule_ids;
    use crate::guide::load_embedded;

    fn guide() -> Guide {
        load_embedded().expect("embedded guide")
    }

    #[test]
    fn the_embedded_guide_meets_every_expectation() {
        assert_eq!(unmet(&guide()), Vec::new());
    }

    #[test]
    fn every_name_in_used_by_is_a_rule_or_a_feature() {
        let rules: Vec<&str> = rule_ids().collect();
        for e in EXPECTED {
            for name in e.used_by {
                assert!(
                    rules.contains(name) || [FORM_AID, RAAD, CALENDAR].contains(name),
                    "{}: {name} is no rule id",
                    e.question
                );
            }
        }
    }

    #[test]
    fn form_families_and_makers_match_the_guide_conditions() {
        // The guide shows the Wgr and private-law questions with `show_if`
        // lists; the rules must agree on which forms belong to which family.
        let guide = guide();
        let shown_for = |id: &str| -> Vec<String> {
            guide
                .question(id)
                .and_then(|r| r.question.show_if.clone())
                .map(|c| c.any_of)
                .unwrap_or_default()
        };
        assert_eq!(shown_for(MAKER), WGR_FORMS);
        assert_eq!(shown_for(CONSENT), MAKERS_NEEDING_CONSENT);
        assert_eq!(shown_for(DRAFT_VIEW), MAKERS_NEEDING_CONSENT);
        assert_eq!(shown_for(DECISION_VIEWS), WGR_FORMS);
        assert_eq!(shown_for(CITIZEN_PARTICIPATION), WGR_FORMS);
        assert_eq!(shown_for(PRIVATE_MOTIVATION), PRIVATE_FORMS);
        assert_eq!(shown_for(WISHES), PRIVATE_FORMS);
        assert_eq!(shown_for(REPRESENTATION), FORMS_WITH_REPRESENTATION);
        assert!(WGR_FORMS_WITH_BUDGET.iter().all(|f| WGR_FORMS.contains(f)));
        assert!(WGR_FORMS_WITH_BOARD.iter().all(|f| WGR_FORMS.contains(f)));
    }

    #[test]
    fn every_form_choice_belongs_to_exactly_one_family() {
        let guide = guide();
        let form = guide.question(FORM).expect("form question").question;
        for choice in form.kind.choices() {
            let id = choice.id.as_str();
            let families = [
                id == FORM_NONE,
                WGR_FORMS.contains(&id),
                PRIVATE_FORMS.contains(&id),
                id == CONTRACT_FORM,
            ];
            assert_eq!(
                families.iter().filter(|b| **b).count(),
                1,
                "form choice {id:?} must be in one family"
            );
        }
    }

    #[test]
    fn every_partner_kind_is_government_non_government_or_other() {
        let guide = guide();
        let kind = guide.field(PARTNERS, PARTNER_KIND).expect("partner kind");
        for choice in kind.kind.choices() {
            let id = choice.id.as_str();
            let classes = [
                GOVERNMENT_KINDS.contains(&id),
                NON_GOVERNMENT_KINDS.contains(&id),
                id == KIND_OTHER,
            ];
            assert_eq!(classes.iter().filter(|b| **b).count(), 1, "{id}");
        }
    }

    #[test]
    fn a_guide_without_a_question_or_a_choice_is_reported() {
        let mut g = guide();
        for step in &mut g.steps {
            step.questions.retain(|q| q.id != VISIE);
            for q in &mut step.questions {
                if let crate::guide::Kind::Choice(c) = &mut q.kind
                    && q.id == FORM
                {
                    c.retain(|c| c.id != "ol");
                }
            }
        }
        let g = Guide::new(g.title.clone(), g.intro.clone(), g.steps.clone());
        let found = unmet(&g);
        assert!(
            found
                .iter()
                .any(|u| u.name == VISIE && u.shortfall == Shortfall::Missing),
            "{found:?}"
        );
        assert!(
            found
                .iter()
                .any(|u| u.name == FORM && u.shortfall == Shortfall::Choice("ol")),
            "{found:?}"
        );
        let line = found
            .iter()
            .find(|u| u.name == VISIE)
            .map(Unmet::describe)
            .unwrap_or_default();
        assert!(
            line.contains("opgave.visie") && line.contains("geen_visie"),
            "{line}"
        );
    }
}

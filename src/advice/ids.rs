//! Every guide id the advice reads, in one place.
//!
//! The rules, the form aid and the raad's lens read answers by these ids. A
//! test below checks each of them against the embedded guide (existence,
//! kind and choices), so a guide edit that would silently switch a rule off
//! fails the build instead.

// Step 0 — opgave
pub const VISIE: &str = "opgave.visie";
pub const KADERS: &str = "opgave.kaders";
pub const VERKOKERING: &str = "opgave.verkokering";

// Step 1 — inventaris
pub const TASKS: &str = "inventaris.taken";
pub const TASK_APPROACH: &str = "aanpak";
pub const TASK_ALONE: &str = "alleen";
pub const TASK_BUSINESS_CASE: &str = "business_case";
pub const APPROACH_SELF: &str = "zelf";
pub const APPROACH_TOGETHER: &str = "samen";
pub const APPROACH_UNKNOWN: &str = "onbekend";
pub const LEGALLY_REQUIRED: &str = "inventaris.wettelijk";
pub const FORM_NAMED: &str = "inventaris.vorm_genoemd";

// Step 2 — partners
pub const PARTNERS: &str = "partners.lijst";
pub const PARTNER_KIND: &str = "soort";
pub const PARTNER_TASKS: &str = "taken";
pub const PARTNER_COMMITMENT: &str = "inzet";
pub const PARTNER_LEAD: &str = "trekker";
pub const KIND_GEMEENTE: &str = "gemeente";
/// Partner kinds that are government. Every other kind (woningcorporatie,
/// bedrijf, maatschappelijke organisatie, inwonersinitiatief, anders) counts
/// as non-government: those partners cannot join a Wgr regeling as such.
pub const GOVERNMENT_KINDS: &[&str] = &[KIND_GEMEENTE, "provincie", "waterschap"];
pub const AMBITION: &str = "partners.ambitie";

// Step 3 — doelen
pub const PER_PARTNER: &str = "doelen.per_partner";
pub const WANTS_SAME: &str = "hetzelfde";
pub const SAME_WAY: &str = "zelfde_manier";
pub const NATURE: &str = "doelen.aard";
pub const NATURE_LOOSE: &str = "vrijblijvend";
pub const NATURE_BINDING: &str = "bindend";
pub const OWN_ORGANISATION: &str = "doelen.eigen_organisatie";
pub const POWERS: &str = "doelen.bevoegdheden";
pub const POWERS_NONE: &str = "geen";
pub const POWERS_MANDATE: &str = "mandaat";
pub const POWERS_DELEGATION: &str = "delegatie";
pub const RAAD_POWERS: &str = "doelen.raadsbevoegdheden";
pub const TASK_TYPE: &str = "doelen.taaktype";
pub const TASK_TYPE_EXECUTION: &str = "uitvoering";
pub const TASK_TYPE_POLICY: &str = "beleid";
pub const FORM: &str = "doelen.vorm";
pub const FORM_NONE: &str = "nog_niet";
pub const FORM_CENTRUM: &str = "cg";
/// The five Wgr forms, as the guide's `show_if` conditions list them.
pub const WGR_FORMS: &[&str] = &["rzm", FORM_CENTRUM, "go", "bvo", "ol"];
/// Wgr forms with an own body and begroting, where the raad's 12-week
/// zienswijze on the ontwerpbegroting applies. domain.md gives no fact on
/// the begroting of a gemeenschappelijk orgaan, so it is left out.
pub const WGR_FORMS_WITH_BUDGET: &[&str] = &["bvo", "ol"];
/// The private-law legal persons of Gemeentewet art. 160.
pub const PRIVATE_FORMS: &[&str] = &["sti", "ver", "coop", "bv"];
pub const CONTRACT_FORM: &str = "conv";
pub const PRIVATE_MOTIVATION: &str = "doelen.privaat_motivering";
pub const RAAD_MOMENT: &str = "doelen.raad_moment";
pub const RAAD_AT_DECISION: &str = "bij_besluit";
pub const RAAD_AFTER: &str = "achteraf";
pub const CONSENT: &str = "doelen.toestemming";
pub const DRAFT_VIEW: &str = "doelen.zienswijze_ontwerp";
pub const WISHES: &str = "doelen.wensen_bedenkingen";
pub const EXIT: &str = "doelen.uittreding";
pub const BOARD_INTEREST: &str = "doelen.bestuurlijk_belang";
pub const FINANCIAL_INTEREST: &str = "doelen.financieel_belang";

// Step 4 — monitoring
pub const AGREEMENTS: &str = "monitoring.afspraken";
pub const AGREEMENT_RESULT: &str = "resultaat";
pub const AGREEMENT_FREQUENCY: &str = "frequentie";
pub const FREQUENCY_OTHER: &str = "anders";
pub const AGREEMENT_TO_WHOM: &str = "aan_wie";
pub const AGREEMENT_BY_WHOM: &str = "door_wie";
pub const AGREEMENT_FIRST_DATE: &str = "eerste_datum";
pub const PC_MOMENTS: &str = "monitoring.pc_momenten";
pub const PC_KADERS: &str = "kaders";
pub const PC_DRAFT_BUDGET: &str = "ontwerpbegroting";
pub const PC_ANNUAL_ACCOUNTS: &str = "jaarrekening";
pub const PC_INTERIM: &str = "tussenrapportage";
pub const DECISION_VIEWS: &str = "monitoring.zienswijze_besluiten";
pub const CITIZEN_PARTICIPATION: &str = "monitoring.burgerparticipatie";
pub const EVALUATION: &str = "monitoring.evaluatie";
pub const EVALUATION_INTERVAL: &str = "monitoring.evaluatie_interval";
pub const EVALUATION_DATE: &str = "monitoring.evaluatie_datum";
pub const CALENDARS_ALIGNED: &str = "monitoring.agenda_afgestemd";
pub const INVOLVEMENT: &str = "monitoring.betrokkenheid";
pub const INVOLVEMENT_PROTOCOL: &str = "informatieprotocol";

/// What the advice expects of one guide question or list field.
#[cfg(test)]
struct Expect {
    question: &'static str,
    field: Option<&'static str>,
    kind: &'static str,
    /// Choice ids that must be offered (others may exist too).
    choices: &'static [&'static str],
}

#[cfg(test)]
const fn q(question: &'static str, kind: &'static str, choices: &'static [&'static str]) -> Expect {
    Expect {
        question,
        field: None,
        kind,
        choices,
    }
}

#[cfg(test)]
const fn f(
    question: &'static str,
    field: &'static str,
    kind: &'static str,
    choices: &'static [&'static str],
) -> Expect {
    Expect {
        question,
        field: Some(field),
        kind,
        choices,
    }
}

#[cfg(test)]
const EXPECTED: &[Expect] = &[
    q(VISIE, "YesNo", &[]),
    q(KADERS, "LongText", &[]),
    q(VERKOKERING, "YesNo", &[]),
    q(TASKS, "List", &[]),
    f(
        TASKS,
        TASK_APPROACH,
        "Choice",
        &[APPROACH_SELF, APPROACH_TOGETHER, APPROACH_UNKNOWN],
    ),
    f(TASKS, TASK_ALONE, "Scale", &[]),
    f(TASKS, TASK_BUSINESS_CASE, "YesNo", &[]),
    q(LEGALLY_REQUIRED, "YesNo", &[]),
    q(FORM_NAMED, "YesNo", &[]),
    q(PARTNERS, "List", &[]),
    f(PARTNERS, PARTNER_KIND, "Choice", GOVERNMENT_KINDS),
    f(PARTNERS, PARTNER_TASKS, "Refs", &[]),
    f(PARTNERS, PARTNER_COMMITMENT, "Scale", &[]),
    f(PARTNERS, PARTNER_LEAD, "YesNo", &[]),
    q(AMBITION, "Scale", &[]),
    q(PER_PARTNER, "PerItem", &[]),
    f(PER_PARTNER, WANTS_SAME, "Scale", &[]),
    f(PER_PARTNER, SAME_WAY, "Scale", &[]),
    q(NATURE, "Choice", &[NATURE_LOOSE, NATURE_BINDING]),
    q(OWN_ORGANISATION, "YesNo", &[]),
    q(
        POWERS,
        "Choice",
        &[POWERS_NONE, POWERS_MANDATE, POWERS_DELEGATION],
    ),
    q(RAAD_POWERS, "YesNo", &[]),
    q(
        TASK_TYPE,
        "Choice",
        &[TASK_TYPE_EXECUTION, TASK_TYPE_POLICY],
    ),
    q(FORM, "Choice", &[FORM_NONE]),
    q(FORM, "Choice", WGR_FORMS),
    q(FORM, "Choice", PRIVATE_FORMS),
    q(FORM, "Choice", &[CONTRACT_FORM]),
    q(PRIVATE_MOTIVATION, "LongText", &[]),
    q(RAAD_MOMENT, "Choice", &[RAAD_AT_DECISION, RAAD_AFTER]),
    q(CONSENT, "YesNo", &[]),
    q(DRAFT_VIEW, "YesNo", &[]),
    q(WISHES, "YesNo", &[]),
    q(EXIT, "YesNo", &[]),
    q(BOARD_INTEREST, "YesNo", &[]),
    q(FINANCIAL_INTEREST, "YesNo", &[]),
    q(AGREEMENTS, "List", &[]),
    f(AGREEMENTS, AGREEMENT_RESULT, "ShortText", &[]),
    f(
        AGREEMENTS,
        AGREEMENT_FREQUENCY,
        "Choice",
        &[FREQUENCY_OTHER],
    ),
    f(AGREEMENTS, AGREEMENT_TO_WHOM, "ShortText", &[]),
    f(AGREEMENTS, AGREEMENT_BY_WHOM, "ShortText", &[]),
    f(AGREEMENTS, AGREEMENT_FIRST_DATE, "Date", &[]),
    q(
        PC_MOMENTS,
        "Multi",
        &[PC_KADERS, PC_DRAFT_BUDGET, PC_ANNUAL_ACCOUNTS, PC_INTERIM],
    ),
    q(DECISION_VIEWS, "YesNo", &[]),
    q(CITIZEN_PARTICIPATION, "YesNo", &[]),
    q(EVALUATION, "YesNo", &[]),
    q(EVALUATION_INTERVAL, "Number", &[]),
    q(EVALUATION_DATE, "Date", &[]),
    q(CALENDARS_ALIGNED, "YesNo", &[]),
    q(INVOLVEMENT, "Multi", &[INVOLVEMENT_PROTOCOL]),
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::guide::{Guide, Question, load_embedded};

    fn guide() -> Guide {
        load_embedded().expect("embedded guide")
    }

    fn find<'g>(guide: &'g Guide, e: &Expect) -> Option<&'g Question> {
        match e.field {
            None => guide.question(e.question).map(|r| r.question),
            Some(field) => guide.field(e.question, field),
        }
    }

    #[test]
    fn every_id_the_advice_reads_exists_with_the_expected_kind_and_choices() {
        let guide = guide();
        for e in EXPECTED {
            let name = format!(
                "{}{}",
                e.question,
                e.field.map_or(String::new(), |f| format!(".{f}"))
            );
            let q = find(&guide, e).unwrap_or_else(|| panic!("{name} is not in the guide"));
            assert_eq!(q.kind.name(), e.kind, "{name} changed kind");
            for choice in e.choices {
                assert!(
                    q.kind.choice_label(choice).is_some(),
                    "{name} no longer offers choice {choice:?}"
                );
            }
        }
    }

    #[test]
    fn form_families_match_the_guide_conditions() {
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
        assert_eq!(shown_for(CONSENT), WGR_FORMS);
        assert_eq!(shown_for(DRAFT_VIEW), WGR_FORMS);
        assert_eq!(shown_for(DECISION_VIEWS), WGR_FORMS);
        assert_eq!(shown_for(CITIZEN_PARTICIPATION), WGR_FORMS);
        assert_eq!(shown_for(PRIVATE_MOTIVATION), PRIVATE_FORMS);
        assert_eq!(shown_for(WISHES), PRIVATE_FORMS);
        assert!(WGR_FORMS_WITH_BUDGET.iter().all(|f| WGR_FORMS.contains(f)));
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
}

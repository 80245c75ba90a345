//! The forms file agrees with the guide and with the scoring code, and
//! every unverified point is phrased as something to check.

use std::collections::BTreeSet;

use super::data::{FormsFile, Prop, Tri, parse_forms};
use super::score::{Inputs, KEYS, contributions};
use crate::advice::ids;
use crate::advice::read::Family;
use crate::guide::load_embedded;
use crate::plan::YesNo;

fn file() -> FormsFile {
    parse_forms().unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn the_ten_forms_are_the_guides_choices_in_the_same_order() {
    let guide = load_embedded().expect("guide");
    let choices: Vec<String> = guide
        .question(ids::FORM)
        .expect("form question")
        .question
        .kind
        .choices()
        .iter()
        .map(|c| c.id.clone())
        .filter(|id| id != ids::FORM_NONE)
        .collect();
    let forms: Vec<String> = file().forms.iter().map(|f| f.id.clone()).collect();
    assert_eq!(forms, choices);
    assert_eq!(forms.len(), 10);
}

#[test]
fn families_and_scales_are_consistent() {
    for f in file().forms {
        let family = if ids::WGR_FORMS.contains(&f.id.as_str()) {
            Family::Wgr
        } else if ids::PRIVATE_FORMS.contains(&f.id.as_str()) {
            Family::Private
        } else {
            Family::Contract
        };
        assert_eq!(f.family, family, "{}", f.id);
        assert!(f.weight.value <= 5, "{}: weight runs 0-5", f.id);
        assert!(
            f.raad_grip.value.is_none_or(|g| (1..=4).contains(&g)),
            "{}: grip runs 1-4",
            f.id
        );
        assert!(!f.name.is_empty() && !f.summary.is_empty(), "{}", f.id);
        assert!(!f.raad_instruments.is_empty(), "{}: instruments", f.id);
        assert!(
            !f.considerations_for.is_empty() && !f.considerations_against.is_empty(),
            "{}: considerations both ways",
            f.id
        );
    }
}

#[test]
fn unverified_considerations_are_phrased_as_checks() {
    for f in file().forms {
        for r in f.considerations_for.iter().chain(&f.considerations_against) {
            assert_eq!(
                r.uncertain,
                r.text.starts_with("Ga na"),
                "{}: an uncertain point starts with \"Ga na\", a sure one does not: {:?}",
                f.id,
                r.text
            );
        }
    }
}

#[test]
fn the_unverified_facts_of_domain_md_are_flagged() {
    // domain.md marks these [U]; the app may not show them as certain.
    let flagged = |id: &str, prop: Prop| {
        file()
            .forms
            .iter()
            .find(|f| f.id == id)
            .is_some_and(|f| f.is_uncertain(prop))
    };
    assert!(flagged("go", Prop::LegalPerson));
    assert!(flagged("bvo", Prop::Powers));
    assert!(flagged("bvo", Prop::RaadPowers));
    assert!(flagged("bvo", Prop::Board));
    assert!(flagged("bvo", Prop::TypicalUse));
    assert!(flagged("ver", Prop::Board));
    // domain.md section 12 (C5): no Wgr form takes non-government
    // participants. Say so firmly for all five, hedged for none.
    for f in file().forms {
        assert!(!f.is_uncertain(Prop::NonGovPartners), "{}", f.id);
        let wgr = f.family == Family::Wgr;
        assert_eq!(
            f.non_gov_partners,
            if wgr { Tri::Nee } else { Tri::Ja },
            "{}: only governments join a Wgr form",
            f.id
        );
        assert!(
            f.non_gov.contains("overeenkomst") || !wgr,
            "{}: the real alternative beside a regeling",
            f.id
        );
    }
}

#[test]
fn reason_keys_in_code_and_in_the_file_agree() {
    let owned = file();
    let in_file: BTreeSet<&str> = owned.reasons.keys().map(String::as_str).collect();
    let in_code: BTreeSet<&str> = KEYS.iter().copied().collect();
    assert_eq!(in_code, in_file);
    for (key, t) in &owned.reasons {
        if let Some(check) = &t.check {
            assert!(
                check.starts_with("Ga na"),
                "{key}: a check starts with \"Ga na\""
            );
        }
    }
}

/// Every combination of the steering answers, for exhaustive checks.
fn every_input() -> Vec<Inputs> {
    let choice = |v: &[&str]| -> Vec<Option<String>> {
        std::iter::once(None)
            .chain(v.iter().map(|s| Some(s.to_string())))
            .collect()
    };
    let yes_no = [
        None,
        Some(YesNo::Ja),
        Some(YesNo::Nee),
        Some(YesNo::WeetNiet),
    ];
    let names = |n: &[&str]| n.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    // (government, non-government) partners that join a shared task.
    let partners = [
        (Vec::new(), Vec::new()),
        (Vec::new(), names(&["Woonstichting"])),
        (names(&["Gemeente Noorderveld"]), names(&["Woonstichting"])),
        (names(&["Gemeente Noorderveld"]), Vec::new()),
    ];
    let leads = [None, Some(1), Some(3), Some(5)];
    let mut all = Vec::new();
    for nature in choice(&[ids::NATURE_LOOSE, ids::NATURE_BINDING]) {
        for own_organisation in yes_no {
            for powers in choice(&[
                ids::POWERS_NONE,
                ids::POWERS_MANDATE,
                ids::POWERS_DELEGATION,
            ]) {
                for raad_powers in yes_no {
                    for task_type in choice(&[ids::TASK_TYPE_EXECUTION, ids::TASK_TYPE_POLICY]) {
                        for (government, non_government) in &partners {
                            for lead in leads {
                                all.push(Inputs {
                                    nature: nature.clone(),
                                    own_organisation,
                                    powers: powers.clone(),
                                    raad_powers,
                                    task_type: task_type.clone(),
                                    government: government.clone(),
                                    non_government: non_government.clone(),
                                    lead: lead.map(|c| ("Gemeente Noorderveld".to_string(), c)),
                                    ..Inputs::default()
                                });
                            }
                        }
                    }
                }
            }
        }
    }
    all
}

#[test]
fn every_reason_the_ranking_can_give_has_a_text_that_fits() {
    let file = file();
    let mut reached = BTreeSet::new();
    for inputs in every_input() {
        for form in &file.forms {
            for con in contributions(form, &inputs) {
                reached.insert(con.key);
                let text = file
                    .reasons
                    .get(con.key)
                    .unwrap_or_else(|| panic!("{} has no text", con.key));
                let unverified = con.rests_on.is_some_and(|p| form.is_uncertain(p));
                if unverified {
                    assert!(
                        text.check.is_some(),
                        "{} rests on an unverified property of {} and needs a check text",
                        con.key,
                        form.id
                    );
                }
                if con.depends {
                    assert!(
                        text.text.starts_with("Ga na"),
                        "{}: a 'depends' reason is a check",
                        con.key
                    );
                }
                let places = text.text.matches("{0}").count();
                assert_eq!(
                    places > 0,
                    !con.args.is_empty(),
                    "{}: places and values",
                    con.key
                );
                assert_ne!(con.weight, 0, "{}: a reason weighs", con.key);
            }
        }
    }
    // No form is "Soms" on this property today; its text is kept for a
    // trainer who changes that.
    let spare = BTreeSet::from(["eigen_organisatie_soms"]);
    let expected: BTreeSet<&str> = KEYS
        .iter()
        .copied()
        .filter(|k| !spare.contains(k))
        .collect();
    assert_eq!(reached, expected, "every reason is reachable");
}

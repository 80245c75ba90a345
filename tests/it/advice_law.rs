//! Content checks for the legal points of the December 2026 review
//! (C1-C13, `shared/reviews/2026-12-content.md`), one test each, over every
//! text a user reads: the guide, the advice texts and the form data. Each
//! fails if the wrong wording comes back. The behaviour behind the same
//! points is tested in the rule, form-aid and raad tests (named per test).

use crate::advice_support;

use advice_support::{Build, guide};
use samenwerkwijzer::export::Report;
use samenwerkwijzer::guide::EMBEDDED_FILES;

const RULES: &str = include_str!("../../assets/advice/rules.ron");
const FORMS: &str = include_str!("../../assets/advice/forms.ron");
const RAAD: &str = include_str!("../../assets/advice/raad.ron");
const EXAMPLE: &str = include_str!("../../assets/examples/voorbeeld.ron");

/// Every user-facing text file, with its name.
fn all_texts() -> Vec<(&'static str, &'static str)> {
    let mut all: Vec<(&str, &str)> = EMBEDDED_FILES.to_vec();
    all.extend([
        ("rules.ron", RULES),
        ("forms.ron", FORMS),
        ("raad.ron", RAAD),
        ("voorbeeld.ron", EXAMPLE),
    ]);
    all
}

fn nowhere(wrong: &str) {
    for (file, text) in all_texts() {
        assert!(!text.contains(wrong), "{file} says {wrong:?}");
    }
}

/// The help of guide question `id` (a top-level question).
fn help(id: &str) -> String {
    guide()
        .question(id)
        .map(|q| q.question.help.clone())
        .unwrap_or_else(|| panic!("{id} is in the guide"))
}

fn label(id: &str) -> String {
    guide()
        .question(id)
        .map(|q| q.question.label.clone())
        .unwrap_or_else(|| panic!("{id} is in the guide"))
}

#[test]
fn c1_a_stichting_has_no_full_members() {
    // Also: advice_forms (no "volwaardig" reason), advice_example.
    nowhere("volwaardig");
    assert!(FORMS.contains("Een stichting heeft geen leden"));
}

#[test]
fn c2_mandate_with_consent_delegation_with_a_statutory_basis() {
    // Also: advice_forms case (d), the property table test.
    nowhere("ook niet in mandaat");
    assert!(FORMS.contains("Algemene wet bestuursrecht, art. 10:4"));
    assert!(FORMS.contains("Algemene wet bestuursrecht, art. 10:15"));
}

#[test]
fn c3_toestemming_and_the_draft_where_colleges_make_the_regeling() {
    // Also: advice_raad, advice_rules_besluit, advice_rules_open.
    let g = guide();
    for id in ["doelen.toestemming", "doelen.zienswijze_ontwerp"] {
        let cond = g
            .question(id)
            .and_then(|q| q.question.show_if.clone())
            .expect("conditional");
        assert_eq!(cond.question, "doelen.regeling_door", "{id}");
        assert_eq!(cond.any_of, ["college", "burgemeester"], "{id}");
        for word in ["wijzigen", "toetreden", "uittreden"] {
            assert!(help(id).contains(word), "{id}: lid 5");
        }
    }
    assert!(RAAD.contains("Wgr art. 1 lid 2, 3 en 5"));
}

#[test]
fn c4_raad_powers_only_with_the_raad_taking_part() {
    // Also: advice_forms case (f).
    assert!(
        help("doelen.raadsbevoegdheden")
            .contains("alleen als de raad zelf aan de regeling deelneemt")
    );
    assert!(FORMS.contains("Maar alleen als de raad zelf aan de regeling deelneemt"));
}

#[test]
fn c5_no_wgr_form_takes_non_government_participants() {
    // Also: advice_rules_vorm, advice_forms, the forms unit tests.
    nowhere("doen daar niet zomaar aan mee");
    nowhere("Waarschijnlijk kunnen alleen overheden deelnemen");
    assert!(RULES.contains("kan geen deelnemer worden"));
    assert!(RULES.contains("Wgr), art. 1 en art. 31"));
    let g = guide();
    let kind = g.field("partners.lijst", "soort").expect("partner kind");
    assert!(kind.kind.choice_label("rijk_openbaar_lichaam").is_some());
}

#[test]
fn c6_public_law_first_is_a_point_against_and_reaches_paper() {
    // Also: advice_forms (every private form, every situation).
    let privaat = label("doelen.privaat_motivering");
    assert!(privaat.contains("in het bijzonder aangewezen"), "{privaat}");
    assert!(!privaat.contains("beter dan"), "{privaat}");
    let mut b = Build::new();
    b.choice("doelen.aard", "bindend");
    let report = Report::from_advice(&guide(), &b.plan);
    let sti = report
        .legal_forms
        .iter()
        .find(|f| f.form == "Stichting")
        .expect("stichting exported");
    let points = sti.points_against.join("\n");
    assert!(points.starts_with("Het publiekrecht gaat voor"), "{points}");
    assert!(
        points.contains("In het algemeen tegen: Een stichting heeft geen leden"),
        "{points}"
    );
}

#[test]
fn c7_article_169_for_votes_and_convenants() {
    // Section 12 asks to verify the lid before citing one; it could not be
    // verified here, so the article is cited without it.
    nowhere("als de raad daarom vraagt\"");
    nowhere("169 lid");
    let bv = FORMS.split("id: \"bv\"").nth(1).expect("bv");
    let conv = FORMS.split("id: \"conv\"").nth(1).expect("conv");
    for (name, part) in [("bv", bv), ("conv", conv)] {
        assert!(part.contains("ingrijpende gevolgen"), "{name}");
        assert!(part.contains("Gemeentewet art. 169"), "{name}");
    }
}

#[test]
fn c8_the_example_and_the_begroting_zienswijze() {
    // Also: advice_example, advice_raad (stichting).
    nowhere("De raad besluit over deelname");
    nowhere("Bij een GR heeft de raad twaalf weken");
    assert!(help("monitoring.pc_momenten").contains(
        "Bij een openbaar lichaam of bedrijfsvoeringsorganisatie heeft de raad twaalf weken"
    ));
}

#[test]
fn c9_exit_was_always_required_and_opheffing_is_asked() {
    // Also: advice_findings (uittreden_gr why), advice_rules_open.
    nowhere("Sinds 1 juli 2024");
    assert!(RULES.contains("Sinds 1 juli 2022"));
    assert!(help("doelen.uittreding").contains("Sinds 1 juli 2022"));
    assert!(label("doelen.opheffing").contains("opheffing"));
}

#[test]
fn c10_which_decisions_is_the_participants_choice() {
    // Also: advice_rules_open (no bestuur: a hint).
    assert!(help("monitoring.zienswijze_besluiten").contains("kiezen de deelnemers zelf"));
    assert!(
        guide()
            .question("monitoring.zienswijze_besluiten_welke")
            .is_some()
    );
}

#[test]
fn c11_both_halves_of_the_verbonden_partij() {
    // Also: advice_rules_vorm (verbonden_partij wording).
    nowhere("zetel of stem in het bestuur");
    nowhere("geld inbrengt");
    assert!(help("doelen.bestuurlijk_belang").contains("stemrecht"));
    assert!(
        help("doelen.financieel_belang")
            .contains("Een gewone betaling of subsidie is geen financieel belang")
    );
}

#[test]
fn c12_active_information_is_a_duty() {
    let g = guide();
    let q = g
        .question("monitoring.betrokkenheid")
        .expect("question")
        .question;
    assert!(q.help.contains("wettelijke plicht"), "{}", q.help);
    let label = q.kind.choice_label("actieve_informatie").expect("choice");
    assert!(label.starts_with("Afspraken over"), "{label}");
    assert!(FORMS.contains("De wettelijke plicht van het bestuur"));
}

#[test]
fn c13_smaller_points() {
    nowhere("bindt de partners weinig");
    assert!(FORMS.contains("bindt de partners vaak weinig"));
    // Art. 160 for wensen en bedenkingen without a lid (not verified).
    assert!(help("doelen.wensen_bedenkingen").contains("(Gemeentewet art. 160)"));
    assert!(help("doelen.wensen_bedenkingen").contains("BV of NV"));
    // Sources attributed to the Raadgever only where it says so.
    let geen_frequentie = RULES.split("\"geen_frequentie\"").nth(1).expect("rule");
    let source = geen_frequentie
        .lines()
        .find(|l| l.contains("source:"))
        .expect("source");
    assert!(source.contains("de resultaten in beeld houden"), "{source}");
}

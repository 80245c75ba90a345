//! The legal-form aid ranks the ten forms on contrasting situations.

use crate::advice_support;

use advice_support::{Build, guide, sc, yn};
use samenwerkwijzer::advice::forms::{FormAid, RankedForm, rank};
use samenwerkwijzer::plan::YesNo;

fn aid(b: &Build) -> FormAid {
    rank(&guide(), &b.plan)
}

fn order(aid: &FormAid) -> Vec<&str> {
    aid.forms.iter().map(|f| f.id.as_str()).collect()
}

fn form<'a>(aid: &'a FormAid, id: &str) -> &'a RankedForm {
    aid.forms
        .iter()
        .find(|f| f.id == id)
        .expect("form is ranked")
}

fn texts(reasons: &[samenwerkwijzer::advice::forms::Reason]) -> String {
    reasons
        .iter()
        .map(|r| r.text.as_str())
        .collect::<Vec<_>>()
        .join(" | ")
}

/// Step-3 answers: aard, eigen organisatie, bevoegdheden, raadsbevoegdheden,
/// taaktype.
fn step3(b: &mut Build, aard: &str, own: YesNo, powers: &str, raad: YesNo, task: &str) {
    b.choice("doelen.aard", aard)
        .set("doelen.eigen_organisatie", yn(own))
        .choice("doelen.bevoegdheden", powers)
        .set("doelen.raadsbevoegdheden", yn(raad))
        .choice("doelen.taaktype", task);
}

fn municipalities(b: &mut Build) {
    b.partner("Noorderveld", "gemeente", &[]);
    b.partner("Westerhaven", "gemeente", &[]);
}

#[test]
fn nothing_answered_leaves_all_forms_equal_and_says_so() {
    let aid = aid(&Build::new());
    assert_eq!(
        order(&aid),
        [
            "rzm", "cg", "go", "bvo", "ol", "sti", "ver", "coop", "bv", "conv"
        ]
    );
    for f in &aid.forms {
        assert_eq!(f.score, 0, "{}", f.id);
        assert!(
            f.reasons_for.is_empty() && f.reasons_against.is_empty(),
            "{}",
            f.id
        );
        assert!(!f.chosen);
        assert!(!f.raad_instruments.is_empty() && !f.properties.is_empty());
    }
    assert!(aid.basis.contains("nog niet beantwoord"), "{}", aid.basis);
    assert!(
        aid.disclaimer.contains("geen juridisch advies"),
        "{}",
        aid.disclaimer
    );
    assert!(
        aid.disclaimer.contains("Raad en college beslissen"),
        "{}",
        aid.disclaimer
    );
}

#[test]
fn with_a_woningcorporatie_and_a_company_the_private_forms_come_first() {
    let mut b = Build::new();
    b.partner("Gemeente Noorderveld", "gemeente", &[]);
    b.partner("Woonstichting De Linde", "woningcorporatie", &[]);
    b.partner("Warmtebedrijf Noord", "bedrijf", &[]);
    step3(
        &mut b,
        "bindend",
        YesNo::Ja,
        "geen",
        YesNo::Nee,
        "uitvoering",
    );
    let aid = aid(&b);
    assert_eq!(&order(&aid)[..4], ["sti", "ver", "coop", "bv"]);
    assert_eq!(order(&aid).last(), Some(&"rzm"));
    let cg = form(&aid, "cg");
    assert!(
        texts(&cg.reasons_against).contains("Woonstichting De Linde en Warmtebedrijf Noord"),
        "{}",
        texts(&cg.reasons_against)
    );
    // For the openbaar lichaam "only governments" is unverified: a check,
    // flagged, and weighing one point rather than three.
    let ol = form(&aid, "ol");
    let check = ol
        .reasons_against
        .iter()
        .find(|r| r.text.contains("Woonstichting"))
        .expect("ol has the partner reason");
    assert!(
        check.uncertain && check.text.starts_with("Ga na"),
        "{check:?}"
    );
    assert!(ol.score > form(&aid, "cg").score);
    assert!(aid.basis.contains("6 van de 6"), "{}", aid.basis);
}

#[test]
fn executing_with_a_committed_lead_gemeente_favours_the_centrumgemeente() {
    let mut b = Build::new();
    b.partner(
        "Gemeente Noorderveld",
        "gemeente",
        &[("trekker", yn(YesNo::Ja)), ("inzet", sc(5))],
    );
    b.partner("Gemeente Westerhaven", "gemeente", &[]);
    step3(
        &mut b,
        "bindend",
        YesNo::Nee,
        "mandaat",
        YesNo::Nee,
        "uitvoering",
    );
    let aid = aid(&b);
    assert_eq!(order(&aid)[0], "cg");
    let cg = form(&aid, "cg");
    assert!(texts(&cg.reasons_for).contains("Gemeente Noorderveld trekt de kar"));
    assert!(
        cg.reasons_against.is_empty(),
        "{}",
        texts(&cg.reasons_against)
    );
}

#[test]
fn a_weak_lead_pushes_the_centrumgemeente_down() {
    let mut b = Build::new();
    b.partner(
        "Gemeente Noorderveld",
        "gemeente",
        &[("trekker", yn(YesNo::Ja)), ("inzet", sc(1))],
    );
    b.partner("Gemeente Westerhaven", "gemeente", &[]);
    step3(
        &mut b,
        "bindend",
        YesNo::Nee,
        "mandaat",
        YesNo::Nee,
        "uitvoering",
    );
    let aid = aid(&b);
    assert_ne!(order(&aid)[0], "cg");
    let cg = form(&aid, "cg");
    assert!(
        texts(&cg.reasons_against).contains("zet zich weinig in"),
        "{}",
        texts(&cg.reasons_against)
    );
}

#[test]
fn policy_with_the_raads_own_powers_favours_the_openbaar_lichaam() {
    let mut b = Build::new();
    municipalities(&mut b);
    step3(
        &mut b,
        "bindend",
        YesNo::Ja,
        "delegatie",
        YesNo::Ja,
        "beleid",
    );
    let aid = aid(&b);
    assert_eq!(order(&aid)[0], "ol");
    assert_eq!(form(&aid, "ol").score, 11, "1 + 3 + 2 + 2 + 1 + 2");
    assert!(form(&aid, "ol").reasons_against.is_empty());
    // The BVO's limits rest on unverified facts: checks, not verdicts.
    let bvo = form(&aid, "bvo");
    assert!(!bvo.reasons_against.is_empty());
    assert!(
        bvo.reasons_against.iter().all(|r| r.uncertain),
        "{:?}",
        bvo.reasons_against
    );
    // Policy in a private form costs the raad grip.
    assert!(texts(&form(&aid, "sti").reasons_against).contains("minder instrumenten"));
}

#[test]
fn loose_policy_alignment_among_governments_favours_the_light_regeling() {
    let mut b = Build::new();
    b.partner("Gemeente Noorderveld", "gemeente", &[]);
    b.partner("Provincie", "provincie", &[]);
    step3(
        &mut b,
        "vrijblijvend",
        YesNo::Nee,
        "geen",
        YesNo::Nee,
        "beleid",
    );
    let aid = aid(&b);
    assert_eq!(&order(&aid)[..2], ["rzm", "conv"]);
    assert!(texts(&form(&aid, "ol").reasons_against).contains("zwaarder dan nodig"));
}

#[test]
fn loose_alignment_with_residents_favours_a_convenant() {
    let mut b = Build::new();
    b.partner("Gemeente Noorderveld", "gemeente", &[]);
    b.partner("Buurtwarmte Oost", "inwonersinitiatief", &[]);
    step3(
        &mut b,
        "vrijblijvend",
        YesNo::Nee,
        "geen",
        YesNo::Nee,
        "uitvoering",
    );
    let aid = aid(&b);
    assert_eq!(order(&aid)[0], "conv");
    assert!(texts(&form(&aid, "conv").reasons_for).contains("Buurtwarmte Oost"));
}

#[test]
fn a_binding_cooperation_counts_against_a_convenant() {
    let mut b = Build::new();
    b.choice("doelen.aard", "bindend");
    let aid = aid(&b);
    let conv = form(&aid, "conv");
    assert!(conv.score < 0);
    assert!(texts(&conv.reasons_against).contains("bindt de partners weinig"));
    assert!(aid.basis.contains("1 van de 6"), "{}", aid.basis);
}

#[test]
fn the_chosen_form_is_marked_and_unverified_properties_are_flagged() {
    let mut b = Build::new();
    b.form("go");
    let aid = aid(&b);
    let chosen: Vec<&str> = aid
        .forms
        .iter()
        .filter(|f| f.chosen)
        .map(|f| f.id.as_str())
        .collect();
    assert_eq!(chosen, ["go"]);
    let go = form(&aid, "go");
    let legal = go
        .properties
        .iter()
        .find(|p| p.label == "Rechtspersoon")
        .expect("property row");
    assert!(legal.uncertain, "domain.md marks this [U]");
    let ol = form(&aid, "ol");
    assert!(
        ol.properties
            .iter()
            .any(|p| p.uncertain && p.label.contains("geen overheid"))
    );
    assert!(
        ol.properties
            .iter()
            .any(|p| !p.uncertain && p.value == "Ja")
    );
    assert!(!aid.uncertain_label.is_empty());
}

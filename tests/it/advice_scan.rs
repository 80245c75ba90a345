//! The self-scan gives each step a traffic light with a one-line reason.

use crate::advice_support;

use advice_support::{Build, guide};
use samenwerkwijzer::advice::findings;
use samenwerkwijzer::advice::scan::{Light, StepScan, scan};

fn scanned(b: &Build) -> Vec<StepScan> {
    let guide = guide();
    let found = findings(&guide, &b.plan);
    scan(&guide, &b.plan, &found)
}

/// Every required question of step 0, with the raad's vision `visie`.
fn step0(b: &mut Build, visie: bool) {
    b.text("opgave.omschrijving", "Woningen moeten van het aardgas af.")
        .multi("opgave.domein", &["energietransitie"])
        .multi("opgave.perspectieven", &["tussen_gemeenten"])
        .choice("opgave.rol", "regisseren")
        .text("opgave.kaders", "Bijdrage onder € 150.000 per jaar.");
    if visie {
        b.yes("opgave.visie");
    } else {
        b.no("opgave.visie");
    }
    // G13: the nota verbonden partijen is its own question.
    b.yes("opgave.nota_verbonden_partijen");
}

#[test]
fn an_empty_plan_is_amber_everywhere_and_not_started() {
    let scans = scanned(&Build::new());
    assert_eq!(scans.len(), guide().steps.len());
    for s in scans {
        assert_eq!(s.light, Light::Amber);
        assert_eq!(s.reason, "Nog niet begonnen");
        assert_eq!((s.warnings, s.hints), (0, 0));
    }
}

#[test]
fn a_complete_step_without_findings_is_green() {
    let mut b = Build::new();
    step0(&mut b, true);
    let s = &scanned(&b)[0];
    assert_eq!(s.light, Light::Green);
    assert_eq!(s.reason, "Alles ingevuld");
}

#[test]
fn hints_leave_a_complete_step_green_and_are_counted() {
    let mut b = Build::new();
    step0(&mut b, false);
    b.yes("opgave.verkokering");
    let s = &scanned(&b)[0];
    assert_eq!(s.light, Light::Green);
    assert_eq!(s.reason, "Alles ingevuld · 2 tips");
    assert_eq!(s.hints, 2);
}

#[test]
fn an_incomplete_step_is_amber_with_what_is_open() {
    let mut b = Build::new();
    b.choice("opgave.rol", "regisseren").no("opgave.visie");
    let s = &scanned(&b)[0];
    assert_eq!(s.light, Light::Amber);
    assert_eq!(s.reason, "Nog 5 antwoorden open · 1 tip");
}

#[test]
fn a_warning_turns_its_own_step_red() {
    let mut b = Build::new();
    b.task("Warmtenet", "samen", &[]);
    b.form("ol")
        .choice("doelen.regeling_door", "college")
        .no("doelen.toestemming")
        .no("doelen.uittreding");
    let scans = scanned(&b);
    let lights: Vec<Light> = scans.iter().map(|s| s.light).collect();
    assert_eq!(
        lights,
        [
            Light::Amber,
            Light::Amber,
            Light::Amber,
            Light::Red,
            Light::Amber
        ]
    );
    assert_eq!(scans[3].warnings, 2, "toestemming and uittreden");
    assert!(
        scans[3].reason.starts_with("Let op: 2 punten · nog "),
        "{}",
        scans[3].reason
    );
}

#[test]
fn a_warning_about_a_step_not_yet_begun_still_shows() {
    let mut b = Build::new();
    b.yes("inventaris.vorm_genoemd");
    let s = &scanned(&b)[1];
    assert_eq!(s.light, Light::Red);
    assert!(s.reason.starts_with("Let op: 1 punt"), "{}", s.reason);
}

#[test]
fn open_legal_questions_keep_a_step_amber_with_tips_not_red() {
    // W27 and L10: a blank legal question is named, as a tip, while the
    // step counts it as open; a "nee" is what turns a step red.
    let mut b = Build::new();
    b.task("Warmtenet", "samen", &[]);
    b.form("ol").choice("doelen.regeling_door", "college");
    let s = &scanned(&b)[3];
    assert_eq!(s.light, Light::Amber, "{}", s.reason);
    assert!(s.hints >= 4, "{}", s.reason);
}

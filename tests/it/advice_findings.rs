//! What holds for all findings: every rule has a table, nothing fires on an
//! empty plan, the order is fixed, and odd plans or guides do no harm.

use crate::advice_support;

use std::collections::BTreeSet;

use advice_support::{AGREEMENTS, Build, guide, sc, txt};
use samenwerkwijzer::advice::{Severity, findings, rule_ids};
use samenwerkwijzer::plan::Answer;

/// The rule ids that have a `check("id", ...)` table in the rule tests.
fn tabled_rules() -> BTreeSet<String> {
    let sources = [
        include_str!("advice_rules_inventaris.rs"),
        include_str!("advice_rules_partners.rs"),
        include_str!("advice_rules_vorm.rs"),
        include_str!("advice_rules_besluit.rs"),
        include_str!("advice_rules_monitoring.rs"),
        include_str!("advice_rules_wgr.rs"),
        include_str!("advice_rules_open.rs"),
    ];
    sources
        .iter()
        .flat_map(|s| s.split("check(").skip(1))
        .filter_map(|after| after.split('"').nth(1).map(str::to_string))
        .collect()
}

#[test]
fn every_rule_has_a_table_showing_it_fire_and_stay_quiet() {
    let rules: BTreeSet<String> = rule_ids().map(str::to_string).collect();
    assert!(rules.len() >= 25, "the advice has its rules");
    assert_eq!(tabled_rules(), rules);
}

#[test]
fn an_empty_plan_has_no_findings() {
    assert_eq!(Build::new().findings(), Vec::new());
}

/// A plan on which many rules fire, across all steps.
fn busy_plan() -> Build {
    let mut b = Build::new();
    b.no("opgave.visie").yes("opgave.verkokering");
    b.yes("inventaris.vorm_genoemd").yes("inventaris.wettelijk");
    let t = b.task("Warmtenet", "samen", &[("alleen", sc(5))]);
    b.task("Warmteplan", "onbekend", &[]);
    let p = b.partner("Woonstichting", "woningcorporatie", &[]);
    b.link(&p, &[&t]).per_partner(&p, "hetzelfde", sc(1));
    b.form("ol")
        .choice("doelen.raad_moment", "achteraf")
        .no("doelen.toestemming");
    b.yes("doelen.bestuurlijk_belang")
        .yes("doelen.financieel_belang");
    b.multi("monitoring.pc_momenten", &["jaarrekening"])
        .no("monitoring.evaluatie");
    b.no("monitoring.agenda_afgestemd");
    b
}

#[test]
fn findings_are_ordered_by_step_then_question_then_rule() {
    let guide = guide();
    let found = busy_plan().findings();
    assert!(found.len() >= 12, "{found:#?}");
    let place = |q: &str| {
        let at = guide.question(q).expect("question");
        let index = guide.steps[at.step]
            .questions
            .iter()
            .position(|x| x.id == q);
        (at.step, index)
    };
    let keys: Vec<_> = found
        .iter()
        .map(|f| (place(&f.question), f.rule.clone()))
        .collect();
    let mut sorted = keys.clone();
    sorted.sort();
    assert_eq!(keys, sorted);
    let steps: BTreeSet<usize> = found.iter().map(|f| f.step).collect();
    assert_eq!(steps, BTreeSet::from([0, 1, 3, 4]), "{found:#?}");
    assert_eq!(found, busy_plan().findings(), "same plan, same findings");
}

#[test]
fn findings_follow_the_answers() {
    let mut b = Build::new();
    b.task("Warmtenet", "samen", &[]);
    b.form("ol");
    let rules = |b: &Build| -> Vec<String> { b.findings().into_iter().map(|f| f.rule).collect() };
    // W27: the open legal questions of a Wgr form are named, each at its
    // own question; an openbaar lichaam is a verbonden partij (W29).
    assert_eq!(
        rules(&b),
        [
            "regeling_door_onbekend",
            "vertegenwoordiging_onbeantwoord",
            "uittreden_onbeantwoord",
            "opheffing_onbeantwoord",
            "verbonden_partij"
        ]
    );
    b.choice("doelen.regeling_door", "college")
        .text(
            "doelen.vertegenwoordiging",
            "De wethouder, met een brief na elke vergadering.",
        )
        .yes("doelen.opheffing");
    assert_eq!(
        rules(&b),
        [
            "toestemming_onbeantwoord",
            "zienswijze_ontwerp_onbeantwoord",
            "uittreden_onbeantwoord",
            "verbonden_partij"
        ]
    );
    // A "nee" is worded as a "nee", not as "not sure" (W27).
    b.no("doelen.uittreding");
    let exit = b
        .findings()
        .into_iter()
        .find(|f| f.rule == "uittreden_gr")
        .expect("uittreden_gr");
    assert!(
        exit.message.starts_with("Volgens uw antwoord"),
        "{}",
        exit.message
    );
    b.unknown("doelen.uittreding");
    let exit = b
        .findings()
        .into_iter()
        .find(|f| f.rule == "uittreden_gr")
        .expect("uittreden_gr");
    assert!(
        exit.message.starts_with("Nog niet bekend"),
        "{}",
        exit.message
    );
    b.yes("doelen.uittreding")
        .yes("doelen.toestemming")
        .yes("doelen.zienswijze_ontwerp");
    assert_eq!(rules(&b), ["verbonden_partij"]);
    b.form("sti");
    // The representation answered for the regeling holds for the
    // stichting too; the stichting brings its own questions.
    assert_eq!(
        rules(&b),
        [
            "privaat_zonder_motivering",
            "wensen_bedenkingen_onbeantwoord"
        ]
    );
    b.text(
        "doelen.privaat_motivering",
        "Corporaties brengen geld in en zitten in het bestuur.",
    )
    .yes("doelen.wensen_bedenkingen");
    assert_eq!(rules(&b), Vec::<String>::new());
}

#[test]
fn answers_of_the_wrong_shape_are_ignored_not_a_crash() {
    let guide = guide();
    let mut b = Build::new();
    for q in guide.questions() {
        b.set(&q.id, Answer::Number(3));
    }
    assert_eq!(b.findings(), Vec::new());
    let mut b = Build::new();
    b.item(AGREEMENTS, "Woningen", &[("aan_wie", Answer::Scale(3))]);
    let t = b.task("Afval", "samen", &[("alleen", txt("veel"))]);
    let p = b.partner("P", "gemeente", &[("taken", txt("alles"))]);
    b.per_partner(&p, "hetzelfde", sc(0))
        .per_partner(&t, "hetzelfde", sc(1));
    assert!(
        b.findings()
            .iter()
            .all(|f| f.rule == "samen_zonder_partner"),
        "{:#?}",
        b.findings()
    );
}

#[test]
fn a_guide_without_a_question_silences_the_rules_that_need_it() {
    let mut adapted = guide();
    for step in &mut adapted.steps {
        step.questions.retain(|q| q.id != "doelen.uittreding");
    }
    let mut b = Build::new();
    b.task("Warmtenet", "samen", &[]);
    b.form("ol")
        .choice("doelen.aard", "bindend")
        .no("opgave.visie");
    let rules: Vec<String> = findings(&adapted, &b.plan)
        .into_iter()
        .map(|f| f.rule)
        .collect();
    assert_eq!(
        rules,
        [
            "geen_visie",
            "regeling_door_onbekend",
            "vertegenwoordiging_onbeantwoord",
            "opheffing_onbeantwoord"
        ],
        "no exit finding without the exit question"
    );
}

#[test]
fn legal_findings_name_their_article() {
    let mut b = Build::new();
    b.task("Warmtenet", "samen", &[]);
    b.form("sti")
        .choice("doelen.aard", "bindend")
        .no("doelen.uittreding");
    b.yes("doelen.bestuurlijk_belang")
        .yes("doelen.financieel_belang");
    let found = b.findings();
    let source = |rule: &str| {
        found
            .iter()
            .find(|f| f.rule == rule)
            .map(|f| f.source.clone())
            .unwrap_or_default()
    };
    assert_eq!(
        source("privaat_zonder_motivering"),
        "Gemeentewet art. 160 lid 2"
    );
    // Outside a Wgr form exit terms are wise, not required: no article.
    assert_eq!(
        source("uittreden_bindend"),
        "Lessen uit de praktijk van gemeentelijke samenwerking"
    );
    assert_eq!(
        source("verbonden_partij"),
        "Besluit begroting en verantwoording (BBV), art. 1 en art. 15"
    );
    let mut b = Build::new();
    b.task("Warmtenet", "samen", &[]);
    b.form("ol").no("doelen.uittreding");
    let exit = b
        .findings()
        .into_iter()
        .find(|f| f.rule == "uittreden_gr")
        .expect("uittreden_gr");
    assert_eq!(
        exit.source,
        "Wet gemeenschappelijke regelingen (Wgr), art. 9"
    );
    assert_eq!(exit.severity, Severity::Warning);
    // C9: the 2022 and 2024 dates, not "sinds 1 juli 2024".
    assert!(
        exit.why.contains("1 juli 2022") && exit.why.contains("1 juli 2024"),
        "{}",
        exit.why
    );
}

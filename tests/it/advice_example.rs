//! The example plan in assets/examples/ is a valid, complete plan that
//! shows a realistic mix of advice.

use crate::advice_support;

use advice_support::guide;
use samenwerkwijzer::advice::forms::rank;
use samenwerkwijzer::advice::raad::{MomentKind, raad_moments};
use samenwerkwijzer::advice::scan::{Light, scan};
use samenwerkwijzer::advice::{Severity, findings};
use samenwerkwijzer::guide::{Kind, Question};
use samenwerkwijzer::plan::progress::{fits, overall};
use samenwerkwijzer::plan::{Answer, Plan, from_str};

const VOORBEELD: &str = include_str!("../../assets/examples/voorbeeld.ron");

fn example() -> Plan {
    let loaded = from_str(VOORBEELD, &guide()).unwrap_or_else(|e| panic!("voorbeeld.ron: {e}"));
    assert_eq!(
        loaded.migrated_from, None,
        "the example is in the current format"
    );
    loaded.plan
}

/// Every choice id, reference and per-item key is one the guide knows.
fn check_answer(plan: &Plan, q: &Question, answer: &Answer, at: &str) {
    assert!(
        fits(&q.kind, answer),
        "{at}: answer does not fit {}",
        q.kind.name()
    );
    match (&q.kind, answer) {
        (Kind::Choice(_), Answer::Choice(c)) => {
            assert!(q.kind.choice_label(c).is_some(), "{at}: unknown choice {c}")
        }
        (Kind::Multi(_), Answer::Multi(cs)) => {
            for c in cs {
                assert!(q.kind.choice_label(c).is_some(), "{at}: unknown choice {c}");
            }
        }
        (Kind::Refs { list, .. }, Answer::Refs(ids)) => {
            for id in ids {
                assert!(plan.item(list, id).is_some(), "{at}: {id} is not in {list}");
            }
        }
        (Kind::List { fields, .. }, Answer::List(items)) => {
            for item in items {
                for (field, a) in &item.fields {
                    let f = fields.iter().find(|f| &f.id == field).expect("known field");
                    check_answer(plan, f, a, &format!("{at}.{}.{field}", item.id));
                }
            }
        }
        (Kind::PerItem { list, fields }, Answer::PerItem(records)) => {
            for (id, record) in records {
                assert!(plan.item(list, id).is_some(), "{at}: {id} is not in {list}");
                for (field, a) in record {
                    let f = fields.iter().find(|f| &f.id == field).expect("known field");
                    check_answer(plan, f, a, &format!("{at}.{id}.{field}"));
                }
            }
        }
        _ => {}
    }
}

#[test]
fn the_example_is_a_complete_plan_in_the_guides_terms() {
    let guide = guide();
    let plan = example();
    for (id, answer) in &plan.answers {
        let q = guide
            .question(id)
            .unwrap_or_else(|| panic!("{id} is not in the guide"));
        check_answer(&plan, q.question, answer, id);
    }
    let progress = overall(&plan, &guide);
    assert_eq!(
        progress.answered, progress.total,
        "every required question is answered"
    );
    assert_eq!(plan.items("inventaris.taken").len(), 6);
    assert_eq!(plan.items("partners.lijst").len(), 4);
}

#[test]
fn the_example_triggers_a_realistic_mix_of_advice() {
    let guide = guide();
    let plan = example();
    let found = findings(&guide, &plan);
    let rules: Vec<(&str, Severity)> = found
        .iter()
        .map(|f| (f.rule.as_str(), f.severity))
        .collect();
    assert_eq!(
        rules,
        [
            ("geen_business_case", Severity::Warning),
            ("lokaal_houden", Severity::Hint),
            ("partner_andere_aanpak", Severity::Hint),
            ("raad_bij_besluit", Severity::Hint),
            ("verbonden_partij", Severity::Hint),
        ]
    );
    let messages: Vec<&str> = found.iter().map(|f| f.message.as_str()).collect();
    assert!(
        messages[0].contains("Warmteopslag onderzoeken"),
        "{}",
        messages[0]
    );
    assert!(
        messages[1].contains("Energieloket voor inwoners"),
        "{}",
        messages[1]
    );
    assert!(
        messages[2].contains("Gemeente Westerhaven"),
        "{}",
        messages[2]
    );
    // W29: tied to the nota verbonden partijen step 0 says there is.
    assert!(
        found[4].action.contains("nota verbonden partijen"),
        "{}",
        found[4].action
    );

    let lights: Vec<Light> = scan(&guide, &plan, &found)
        .iter()
        .map(|s| s.light)
        .collect();
    assert_eq!(
        lights,
        // L10: a well-prepared plan is not mostly red. One real open
        // point (a task without a businesscase) and a few tips.
        [
            Light::Green,
            Light::Red,
            Light::Green,
            Light::Green,
            Light::Green
        ]
    );
}

#[test]
fn the_example_chose_a_stichting_which_the_aid_ranks_among_the_best_fits() {
    let aid = rank(&guide(), &example());
    let top: Vec<&str> = aid.forms.iter().take(4).map(|f| f.id.as_str()).collect();
    assert!(top.contains(&"sti"), "{top:?}");
    let chosen: Vec<&str> = aid
        .forms
        .iter()
        .filter(|f| f.chosen)
        .map(|f| f.id.as_str())
        .collect();
    assert_eq!(chosen, ["sti"]);
}

#[test]
fn the_example_shows_the_raads_moments() {
    let kinds: Vec<MomentKind> = raad_moments(&guide(), &example())
        .iter()
        .map(|m| m.kind)
        .collect();
    assert_eq!(
        kinds,
        [
            MomentKind::Kaders,
            MomentKind::WensenBedenkingen,
            MomentKind::VerbondenPartij,
            MomentKind::PcKaders,
            MomentKind::PcOntwerpbegroting,
            MomentKind::PcJaarrekening,
            MomentKind::Rapportage,
            MomentKind::Rapportage,
            MomentKind::Evaluatie,
        ]
    );
}

#[test]
fn the_example_is_legally_right() {
    // C1, C8: no "volwaardig" members in a stichting; the college decides
    // on deelname after the raad's wensen en bedenkingen, not the raad.
    let plan = example();
    let text = |id: &str| match plan.answer(id) {
        Some(Answer::Text(t)) => t.clone(),
        _ => String::new(),
    };
    assert!(!text("doelen.privaat_motivering").contains("volwaardig"));
    assert!(text("doelen.privaat_motivering").contains("in het bestuur"));
    assert!(!text("opgave.kaders").contains("De raad besluit over deelname"));
    assert!(text("opgave.kaders").contains("wensen en bedenkingen"));
    // Answers to questions that do not apply (motives of a task the
    // gemeente does itself) are not in a well-kept example.
    let guide = guide();
    for item in plan.items("inventaris.taken") {
        for field in item.fields.keys() {
            let f = guide.field("inventaris.taken", field).expect("field");
            assert!(
                samenwerkwijzer::plan::progress::field_applies(Some(&item.fields), f),
                "{}: {field} does not apply",
                item.id
            );
        }
    }
}

//! The divergence ranking on constructed rooms: identical answers score 0
//! and land under "everyone agrees"; an even split scores highest and
//! opens the agenda; a lone dissenter ranks below an even split.

use samenwerkwijzer::compare::{self, Gathered, HandedIn, Options, TopicId};
use samenwerkwijzer::plan::{Answer, Plan, YesNo};

use crate::compare_support::guide;

/// Six groups; group `g` answers as `answer(g)` says.
fn room(answer: impl Fn(usize, &mut Plan)) -> compare::Comparison {
    let plans = (0..6)
        .map(|g| {
            let t = jiff::Timestamp::from_second(1_000 + g as i64).expect("time");
            let mut plan = Plan::new(&format!("groep {g}"), t);
            answer(g, &mut plan);
            HandedIn {
                file: format!("{g}.ron"),
                plan,
            }
        })
        .collect();
    let gathered = Gathered {
        plans,
        ..Gathered::default()
    };
    compare::compare(&guide(), gathered, None, Options::default())
}

fn score(c: &compare::Comparison, question: &str) -> Option<f64> {
    c.topics
        .iter()
        .find(|t| t.id == TopicId::Question(question.into()))
        .and_then(|t| t.score)
}

fn agenda(c: &compare::Comparison) -> Vec<String> {
    c.order
        .agenda
        .iter()
        .map(|&t| match &c.topics[t].id {
            TopicId::Question(q) => q.clone(),
            TopicId::Field {
                question, field, ..
            } => format!("{question}/{field}"),
        })
        .collect()
}

#[test]
fn identical_answers_score_zero_and_agree() {
    let c = room(|_, p| {
        p.answers
            .insert("doelen.aard".into(), Answer::Choice("bindend".into()));
        p.answers
            .insert("partners.ambitie".into(), Answer::Scale(4));
        p.answers
            .insert("opgave.visie".into(), Answer::YesNo(YesNo::Ja));
    });
    for q in ["doelen.aard", "partners.ambitie", "opgave.visie"] {
        assert_eq!(score(&c, q), Some(0.0), "{q}");
    }
    assert!(c.order.agenda.is_empty(), "{:?}", agenda(&c));
    assert_eq!(c.order.agreed.len(), 3);
}

#[test]
fn an_even_split_opens_the_agenda() {
    let c = room(|g, p| {
        // Three and three on the nature of the cooperation: an even split.
        let aard = if g < 3 { "bindend" } else { "vrijblijvend" };
        p.answers
            .insert("doelen.aard".into(), Answer::Choice(aard.into()));
        // Five and one on the visie: one dissenter.
        let visie = if g == 0 { YesNo::Nee } else { YesNo::Ja };
        p.answers
            .insert("opgave.visie".into(), Answer::YesNo(visie));
        // Five at 3 and one at 4 on the ambition: close together.
        p.answers.insert(
            "partners.ambitie".into(),
            Answer::Scale(if g < 5 { 3 } else { 4 }),
        );
    });
    let even = score(&c, "doelen.aard").expect("scored");
    let lone = score(&c, "opgave.visie").expect("scored");
    let close = score(&c, "partners.ambitie").expect("scored");
    assert!((even - 1.0).abs() < 1e-9, "{even}");
    assert!(lone < even && close < lone, "{even} {lone} {close}");
    assert_eq!(
        agenda(&c),
        ["doelen.aard", "opgave.visie"],
        "the close scale stays off"
    );
}

#[test]
fn a_task_the_case_gives_everyone_is_compared_field_by_field() {
    let c = room(|g, p| {
        let mut item = samenwerkwijzer::plan::Item {
            id: "taak-inkoop".into(),
            fields: Default::default(),
        };
        item.fields
            .insert("naam".into(), Answer::Text("Inkoop".into()));
        let how = if g % 2 == 0 { "samen" } else { "zelf" };
        item.fields
            .insert("aanpak".into(), Answer::Choice(how.into()));
        p.answers
            .insert("inventaris.taken".into(), Answer::List(vec![item]));
    });
    assert_eq!(
        agenda(&c),
        ["inventaris.taken/aanpak"],
        "the 3–3 split on how to do the task is the topic"
    );
    let t = &c.topics[c.order.agenda[0]];
    assert_eq!(t.context.as_deref(), Some("Taak \"Inkoop\""));
    assert_eq!(
        score(&c, "inventaris.taken"),
        Some(0.0),
        "everyone has the task"
    );
}

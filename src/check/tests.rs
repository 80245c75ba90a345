//! Tests of the plan checks.
use super::*;
use crate::plan::{Item, YesNo};

fn guide() -> Guide {
    crate::guide::load_embedded().expect("guide")
}

fn item(id: &str, fields: &[(&str, Answer)]) -> Item {
    Item {
        id: id.into(),
        fields: fields
            .iter()
            .map(|(k, v)| (k.to_string(), v.clone()))
            .collect(),
    }
}

/// What `text` holds from 1-based `(line, col)` to the end of that line.
fn text_at(text: &str, (line, col): (usize, usize)) -> String {
    text.lines()
        .nth(line - 1)
        .expect("line")
        .chars()
        .skip(col - 1)
        .collect()
}

fn text(s: &str) -> Answer {
    Answer::Text(s.into())
}

/// A plan with one task and one partner that works on it.
fn plan() -> Plan {
    let mut p = Plan::new("t", jiff::Timestamp::UNIX_EPOCH);
    p.answers.insert(
        "inventaris.taken".into(),
        Answer::List(vec![item("i1", &[("naam", text("Afval"))])]),
    );
    p.answers.insert(
        "partners.lijst".into(),
        Answer::List(vec![item(
            "i2",
            &[
                ("naam", text("Gemeente X")),
                ("taken", Answer::Refs(vec!["i1".into()])),
            ],
        )]),
    );
    p.next_item = 3;
    p
}

fn messages(p: &Plan) -> Vec<(Severity, String)> {
    check(&guide(), p)
        .into_iter()
        .map(|i| (i.severity, i.message))
        .collect()
}

#[test]
fn a_consistent_plan_has_no_issues() {
    assert!(check(&guide(), &plan()).is_empty());
}

#[test]
fn references_to_missing_items_are_problems() {
    let mut p = plan();
    if let Some(Answer::List(items)) = p.answers.get_mut("partners.lijst") {
        items[0]
            .fields
            .insert("taken".into(), Answer::Refs(vec!["i1".into(), "i9".into()]));
    }
    let mut per = BTreeMap::new();
    per.insert("i8".to_string(), Record::new());
    p.answers
        .insert("doelen.per_partner".into(), Answer::PerItem(per));
    let found = messages(&p);
    assert_eq!(
        found,
        vec![
            (
                Severity::Problem,
                "bij \"Willen de partners hetzelfde als uw gemeente?\" staan antwoorden \
                 voor \"i8\", maar dat item bestaat niet (meer)"
                    .to_string()
            ),
            (
                Severity::Problem,
                "Partner \"Gemeente X\": bij \"Aan welke taken werkt deze partner mee?\" \
                 staat een verwijzing naar \"i9\", maar dat item bestaat niet (meer)"
                    .to_string()
            ),
        ]
    );
}

#[test]
fn unknown_choices_and_out_of_range_values_are_problems() {
    let mut p = plan();
    p.answers
        .insert("opgave.rol".into(), Answer::Choice("baas".into()));
    p.answers
        .insert("partners.ambitie".into(), Answer::Scale(9));
    p.answers
        .insert("monitoring.evaluatie_interval".into(), Answer::Number(0));
    let found = messages(&p);
    assert_eq!(found.len(), 3, "{found:?}");
    assert!(
        found[0]
            .1
            .contains("staat 0; dat moet een getal van 1 tot en met 10 zijn")
    );
    assert!(
        found[1]
            .1
            .contains("keuze \"baas\", maar die keuze bestaat niet")
    );
    assert!(
        found[2]
            .1
            .contains("staat 9; dat moet een getal van 1 tot en met 5 zijn")
    );
}

#[test]
fn kept_answers_the_guide_no_longer_asks_are_remarks() {
    let mut p = plan();
    p.answers.insert("oud.vraag".into(), text("x"));
    p.answers
        .insert("opgave.visie".into(), Answer::Text("ja".into()));
    p.answers
        .insert("opgave.verkokering".into(), Answer::YesNo(YesNo::Ja));
    let found = messages(&p);
    assert_eq!(found.len(), 2, "{found:?}");
    assert!(found.iter().all(|(s, _)| *s == Severity::Remark));
    assert!(found[0].1.contains("past niet bij deze soort vraag"));
    assert!(
        found[1]
            .1
            .contains("\"oud.vraag\", een vraag die niet in de gids staat")
    );
}

#[test]
fn issues_point_at_their_place_in_the_file() {
    let mut p = plan();
    p.answers
        .insert("opgave.rol".into(), Answer::Choice("baas".into()));
    let text = crate::plan::to_string(&p);
    let issues = check(&guide(), &p);
    assert_eq!(issues.len(), 1, "{issues:?}");
    let at = text_at(&text, issues[0].locate(&text).expect("found"));
    assert!(at.starts_with("\"baas\""), "{at}");
}

/// An id with a newline or a quote in it (a damaged file) is still found
/// in the file, and the message shows it escaped, not broken over lines.
#[test]
fn an_id_with_a_newline_is_found_and_shown_escaped() {
    let mut p = plan();
    p.answers.insert("oud\n\"vraag\"".into(), text("x"));
    let text = crate::plan::to_string(&p);
    let issues = check(&guide(), &p);
    assert_eq!(issues.len(), 1, "{issues:?}");
    assert!(
        issues[0].message.contains(r#""oud\n\"vraag\"""#),
        "{}",
        issues[0].message
    );
    let at = text_at(&text, issues[0].locate(&text).expect("found"));
    assert!(at.starts_with(r#""oud\n\"vraag\"""#), "{at}");
}

/// A real tab inside an id (typed into the file) is found as it stands.
#[test]
fn an_id_with_a_real_tab_is_found_as_it_stands() {
    let mut p = plan();
    p.answers.insert("oud\tvraag".into(), text("x"));
    let issues = check(&guide(), &p);
    let file = "(answers: {\n  \"oud\tvraag\": Text(\"x\"),\n})";
    assert_eq!(issues[0].locate(file), Some((2, 3)));
    assert!(
        issues[0].message.contains(r#""oud\tvraag""#),
        "{}",
        issues[0].message
    );
}

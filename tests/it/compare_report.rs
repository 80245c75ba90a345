//! The report on six plans with known differences, as Markdown and HTML
//! (golden files), and what the report must and must not say.

use crate::compare_support::{SECRETS, six};

use samenwerkwijzer::compare::{TopicId, report};

#[test]
fn markdown_report_of_six_plans() {
    insta::assert_snapshot!(report::markdown(&six(false)));
}

/// One tag per line, so the golden file can be read and diffed. Escaped
/// user text holds no "><", so only tags are split.
fn tag_lines(page: &str) -> String {
    page.replace("><", ">\n<")
}

#[test]
fn html_report_of_six_plans() {
    insta::assert_snapshot!(tag_lines(&report::html(&six(false))));
}

#[test]
fn html_is_self_contained_and_prints_on_a4() {
    let page = report::html(&six(false));
    for forbidden in ["http", "<script", "src=", "<link", "@import", "url(", "//"] {
        assert!(!page.contains(forbidden), "found {forbidden:?}");
    }
    assert!(page.starts_with("<!DOCTYPE html><html lang=\"nl\"><head><meta charset=\"utf-8\">"));
    assert!(page.contains("@page { size: A4;"));
    let print = &page[page.find("@media print").expect("print styles")..];
    assert!(
        print.contains(".part { break-before: page;"),
        "each part on a new page"
    );
    assert!(
        print.contains("ol.agenda > li.topic"),
        "an agenda topic is never split"
    );
}

/// The question ids (and item fields) of topics `at`.
fn ids(c: &samenwerkwijzer::compare::Comparison, at: &[usize]) -> Vec<String> {
    at.iter()
        .map(|&t| match &c.topics[t].id {
            TopicId::Question(q) => q.clone(),
            TopicId::Field {
                question,
                item,
                field,
            } => format!("{question}/{item}/{field}"),
        })
        .collect()
}

#[test]
fn the_agenda_opens_with_the_known_differences() {
    let c = six(false);
    let agenda = ids(&c, &c.order.agenda);
    // The even 3–3 split on a 1–5 scale and the 2–2–2 split on exit terms
    // are as far apart as answers go; the form (five forms among six
    // groups) comes next.
    assert_eq!(
        &agenda[..3],
        ["partners.ambitie", "doelen.uittreding", "doelen.vorm"],
        "{agenda:?}"
    );
    assert!(agenda.len() >= 5 && agenda.len() <= 10, "{agenda:?}");
    let agreed = ids(&c, &c.order.agreed);
    assert!(agreed.contains(&"opgave.visie".to_string()), "{agreed:?}");
    let planning = c.topics[c.order.agreed[1]].context.clone();
    assert!(
        agreed.contains(&"inventaris.taken/1/aanpak".to_string()),
        "every group does \"Ritten plannen\" together: {agreed:?} {planning:?}"
    );
}

#[test]
fn own_tasks_match_by_name_and_near_names_are_marked() {
    let md = report::markdown(&six(false));
    assert!(
        md.contains("- **toezicht op Vervoerders**: 2 van 6 groepen (A, C)"),
        "two spellings are one task:\n{md}"
    );
    assert!(
        md.contains("ook genoemd: \"Toezicht op vervoerders\" (C)"),
        "{md}"
    );
    assert!(md.contains("lijkt op: \"Klachten regelen\""), "{md}");
    assert!(
        md.contains(
            "Hoe wil de gemeente deze taak uitvoeren? 4 groepen: Samen met anderen · 2: Zelf doen"
        ),
        "the spread of a field per matched item:\n{md}"
    );
}

#[test]
fn the_advice_is_counted_across_groups() {
    let c = six(false);
    let md = report::markdown(&c);
    assert!(
        md.contains("- **5 van 6 groepen** (A, B, C, E, F), Let op: Er zijn nog geen resultaten of indicatoren afgesproken."),
        "{md}"
    );
    // The form each group chose, beside the aid's best fit, for all six.
    assert_eq!(c.forms.len(), 6);
    assert_eq!(
        c.forms.iter().filter(|f| f.chosen.is_none()).count(),
        1,
        "one group chose no form"
    );
    assert!(md.contains("| nog geen vorm gekozen |"), "{md}");
}

#[test]
fn names_titles_and_files_stay_out_without_names() {
    let c = six(false);
    let md = report::markdown(&c);
    let html = report::html(&c);
    for secret in SECRETS {
        assert!(!md.contains(secret), "{secret} in the Markdown report");
        assert!(!html.contains(secret), "{secret} in the HTML report");
    }
    // The test can fail: with --names they are all there.
    let named = six(true);
    let md = report::markdown(&named);
    let html = report::html(&named);
    for secret in SECRETS {
        assert!(md.contains(secret), "{secret} missing with --names");
        assert!(
            html.contains(secret),
            "{secret} missing with --names (html)"
        );
    }
}

#[test]
fn free_text_is_shown_with_its_group() {
    let md = report::markdown(&six(false));
    assert!(
        md.contains(":** Eén regionale inkoop van het leerlingenvervoer."),
        "{md}"
    );
    assert!(md.contains("- **Groep "), "{md}");
}

#[test]
fn the_case_debrief_points_are_checked_against_each_plan() {
    use samenwerkwijzer::compare::{self, CaseInfo, DebriefPoint, Gap, Options};
    use samenwerkwijzer::plan::Answer;
    let guide = crate::compare_support::guide();
    let gather = || compare::gather(&[crate::compare_support::six_dir()], &guide);
    // A rule the advice core fires in every plan (no id written here).
    let plain = compare::compare(&guide, gather(), None, Options::default());
    let everywhere = plain
        .findings
        .iter()
        .find(|f| f.groups.len() == 6)
        .expect("a finding all six have");
    let point =
        |id: &str, text: &str, questions: &[&str], rules: &[String], forms: &[&str]| DebriefPoint {
            id: id.into(),
            text: text.into(),
            questions: questions.iter().map(|q| q.to_string()).collect(),
            rules: rules.to_vec(),
            forms: forms.iter().map(|f| f.to_string()).collect(),
        };
    let case = CaseInfo {
        id: "leerlingenvervoer".into(),
        title: "Regio Vervoer".into(),
        debrief: vec![
            point(
                "vorm",
                "Een centrumgemeente past.",
                &["doelen.vorm"],
                &[],
                &["cg"],
            ),
            point(
                "overal",
                "Wat het advies overal meldt.",
                &[],
                std::slice::from_ref(&everywhere.rule),
                &[],
            ),
            point(
                "kaders",
                "De kaders van de raad.",
                &["opgave.kaders"],
                &[],
                &[],
            ),
            point(
                "wie",
                "Wie gaat de regeling aan?",
                &["doelen.regeling_door"],
                &["regeling_door_onbekend".to_string()],
                &[],
            ),
        ],
    };
    let c = compare::compare(&guide, gather(), Some(&case), Options::default());
    assert_eq!(c.debrief.len(), 4);
    let vorm = &c.debrief[0];
    assert_eq!(
        c.letters(&vorm.covered),
        "A, C",
        "the two that chose a centrumgemeente"
    );
    assert_eq!(vorm.forms, ["Centrumgemeente"]);
    assert!(
        vorm.open.iter().any(|(_, gaps)| gaps == &[Gap::Form(None)]),
        "the group without a form: {:?}",
        vorm.open
    );
    assert!(c.debrief[1].covered.is_empty(), "the rule fires everywhere");
    assert_eq!(c.debrief[2].open.len(), 6, "nobody wrote kaders");
    // A and C said who enters the regeling; B and F (a GR) did not, and
    // the advice's reminder about that question is not said twice.
    let wie = &c.debrief[3];
    assert_eq!(
        c.letters(&wie.covered),
        "A, C, D, E",
        "D and E chose no regeling: the question does not apply"
    );
    let label = "Wie gaat de regeling aan namens de gemeente?".to_string();
    for (_, gaps) in &wie.open {
        assert_eq!(gaps, &[Gap::Unanswered(label.clone())]);
    }
    assert_eq!(wie.open.len(), 2);
    let md = report::markdown(&c);
    assert!(
        md.starts_with("# Vergelijking van 6 plannen — Regio Vervoer\n"),
        "{md}"
    );
    assert!(
        md.contains("- **Een centrumgemeente past.** 2 van 6 groepen kwamen eraan toe (A, C). Passende vorm: Centrumgemeente."),
        "{md}"
    );
    assert!(
        md.contains("  - Groepen A, B, C, D, E, F: niet (helemaal) beantwoord: \"Welke kaders geeft de raad het college mee voor deze samenwerking?\""),
        "groups with the same gaps share a line:\n{md}"
    );
    assert!(report::html(&c).contains("Nabespreking van de casus"));

    // A plan without any answer on the form: the unanswered question says
    // it, "nog geen vorm gekozen" would say it twice.
    let mut gathered = gather();
    for handed in &mut gathered.plans {
        if handed.plan.answers.get("doelen.vorm") == Some(&Answer::Choice("nog_niet".into())) {
            handed.plan.answers.remove("doelen.vorm");
        }
    }
    let c = compare::compare(&guide, gathered, Some(&case), Options::default());
    let label = "Welke vorm van samenwerking wordt overwogen?".to_string();
    assert!(
        c.debrief[0]
            .open
            .iter()
            .any(|(_, gaps)| gaps == &[Gap::Unanswered(label.clone())]),
        "{:?}",
        c.debrief[0].open
    );
}

//! Every embedded guide file parses and the guide as a whole validates.

use samenwerkwijzer::guide::{EMBEDDED_FILES, Kind, load_embedded};

#[test]
fn embedded_guide_loads_and_validates() {
    let guide = match load_embedded() {
        Ok(g) => g,
        Err(e) => panic!("embedded guide is invalid: {e}"),
    };
    assert_eq!(guide.steps.len(), 5, "the walk has five steps (0-4)");
    for step in &guide.steps {
        assert!(!step.questions.is_empty(), "step {} has questions", step.id);
    }
}

#[test]
fn every_embedded_file_is_listed_in_the_index() {
    let index = EMBEDDED_FILES
        .iter()
        .find(|(n, _)| *n == "guide.ron")
        .map(|(_, t)| *t)
        .unwrap_or_default();
    for (name, _) in EMBEDDED_FILES.iter().filter(|(n, _)| *n != "guide.ron") {
        assert!(
            index.contains(name),
            "{name} is embedded but not in guide.ron"
        );
    }
}

#[test]
fn every_question_has_help_that_says_something() {
    let guide = load_embedded().expect("valid guide");
    for q in guide.questions() {
        assert!(
            q.help.chars().count() >= 40,
            "help of {} is too thin: {:?}",
            q.id,
            q.help
        );
        for f in q.kind.fields() {
            assert!(
                f.help.chars().count() >= 20,
                "help of {}.{} is too thin",
                q.id,
                f.id
            );
        }
        if let Kind::Choice(c) | Kind::Multi(c) = &q.kind {
            assert!(c.len() >= 2, "{} offers a real choice", q.id);
        }
    }
}

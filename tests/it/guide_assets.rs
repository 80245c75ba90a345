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

/// Every text of a question a user reads: label, help and example, of
/// questions and list fields.
fn question_texts() -> Vec<(String, String)> {
    let guide = load_embedded().expect("valid guide");
    let mut out = Vec::new();
    for q in guide.questions() {
        for f in std::iter::once(q).chain(q.kind.fields()) {
            for t in [&f.label, &f.help, &f.example] {
                out.push((f.id.clone(), t.clone()));
            }
        }
    }
    for s in &guide.steps {
        out.push((s.id.clone(), s.intro.clone()));
    }
    out.push(("guide".into(), guide.intro.clone()));
    out
}

#[test]
fn placeholders_are_neutral_and_fit_the_field() {
    // W8: an example shows in the empty field on one line, so it must be
    // short, and it may not assume a domain (no heat network for a
    // sociaal domein plan).
    let guide = load_embedded().expect("valid guide");
    for q in guide.questions() {
        for f in std::iter::once(q).chain(q.kind.fields()) {
            let n = f.example.chars().count();
            assert!(n <= 45, "{}: example of {n} characters", f.id);
            let lower = f.example.to_lowercase();
            for word in ["warmte", "gas", "woning", "energie"] {
                assert!(!lower.contains(word), "{}: {:?}", f.id, f.example);
            }
        }
    }
}

#[test]
fn sentences_stay_short() {
    // L2: B1 asks for short sentences.
    for (id, text) in question_texts() {
        for sentence in text.split_inclusive(['.', '?', '!']) {
            let words = sentence.split_whitespace().count();
            assert!(words <= 25, "{id}: {words} words: {sentence}");
        }
    }
}

#[test]
fn u_is_the_raadslid_and_the_raad_is_the_raad() {
    // L7: not "Als raad bepaalt u"; L5: "businesscase".
    for (id, text) in question_texts() {
        for wrong in ["Als raad ", "als raad ", "business case", "Business case"] {
            assert!(!text.contains(wrong), "{id}: {wrong:?} in {text:?}");
        }
    }
}

#[test]
fn why_together_only_for_tasks_done_together_or_still_open() {
    // W12, L3, W13: declared as conditions in the guide, not in code.
    let guide = load_embedded().expect("valid guide");
    for field in ["motieven", "alleen", "business_case"] {
        let f = guide.field("inventaris.taken", field).expect(field);
        let cond = f.show_if.as_ref().expect("conditional");
        assert_eq!(cond.question, "aanpak", "{field}");
        assert_eq!(cond.any_of, ["samen", "onbekend"], "{field}");
    }
    assert_eq!(
        guide
            .field("inventaris.taken", "motieven")
            .map(|f| f.label.as_str()),
        Some("Waarom samen?")
    );
    let other = guide
        .field("inventaris.taken", "motieven_anders")
        .expect("what else");
    assert_eq!(
        other
            .show_if
            .as_ref()
            .map(|c| (c.question.as_str(), c.any_of.clone())),
        Some(("motieven", vec!["anders".to_string()]))
    );
}

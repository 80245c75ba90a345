//! The rules a case meets before a workshop uses it: ids well-formed and
//! unique, every guide step, question, advice rule and form it names known,
//! and a starting plan that is a valid plan for the guide.

use std::collections::HashSet;

use jiff::Timestamp;

use crate::check::check;
use crate::guide::Guide;
use crate::plan::{Answer, Plan};

use super::schema::Case;
use crate::workshop::locate::Anchor;
use crate::workshop::problem::{CaseProblem, CaseRemark, Found};

/// The longest a step or agenda item may be planned for, in minutes.
pub const MAX_MINUTES: u16 = 240;
/// The length a situation should have, in words.
pub const SITUATION_WORDS: std::ops::RangeInclusive<usize> = 150..=300;

fn found(problem: CaseProblem, anchors: Vec<Anchor>) -> Found<CaseProblem> {
    Found { problem, anchors }
}

/// Ids of cases, debrief points and agenda items: `a-z`, `0-9`, `-`, `_`,
/// starting with a letter.
pub fn is_good_id(id: &str) -> bool {
    id.starts_with(|c: char| c.is_ascii_lowercase())
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_')
}

/// Item ids of the starting plan: like [`is_good_id`] (dots allowed too),
/// and never of the form `i<number>`, which the app gives its own items.
fn is_good_item_id(id: &str) -> bool {
    let app_style = id
        .strip_prefix('i')
        .is_some_and(|n| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()));
    !app_style && is_good_id(&id.replace('.', "-"))
}

/// Check `case` against `guide` and the advice; the first problem found, or
/// the remarks.
pub fn validate(case: &Case, guide: &Guide) -> Result<Vec<CaseRemark>, Found<CaseProblem>> {
    if !is_good_id(&case.id) {
        return Err(found(
            CaseProblem::BadId(case.id.clone()),
            vec![Anchor::Key("id")],
        ));
    }
    for (key, text) in [
        ("title", &case.title),
        ("summary", &case.summary),
        ("situation", &case.situation),
    ] {
        if text.trim().is_empty() {
            return Err(found(CaseProblem::EmptyText(key), vec![Anchor::Key(key)]));
        }
    }
    check_steps(case, guide)?;
    check_start(case, guide)?;
    check_debrief(case, guide)?;
    let mut remarks = Vec::new();
    let words = case.situation_words();
    if !SITUATION_WORDS.contains(&words) {
        remarks.push(CaseRemark::SituationWords(words));
    }
    for step in &guide.steps {
        if case.step(&step.id).is_none() {
            remarks.push(CaseRemark::StepWithoutMaterial(step.title.clone()));
        }
    }
    if case.debrief.is_empty() {
        remarks.push(CaseRemark::NoDebrief);
    }
    Ok(remarks)
}

fn check_steps(case: &Case, guide: &Guide) -> Result<(), Found<CaseProblem>> {
    if case.steps.is_empty() {
        return Err(found(CaseProblem::NoSteps, vec![Anchor::Key("steps")]));
    }
    let mut seen = HashSet::new();
    for s in &case.steps {
        let at = vec![Anchor::Key("steps"), Anchor::str(&s.step)];
        if !guide.steps.iter().any(|g| g.id == s.step) {
            return Err(found(CaseProblem::UnknownStep(s.step.clone()), at));
        }
        if !seen.insert(s.step.as_str()) {
            let mut twice = at;
            twice.push(Anchor::str(&s.step));
            return Err(found(CaseProblem::DuplicateStep(s.step.clone()), twice));
        }
        if let Some(minutes) = s.minutes
            && !(1..=MAX_MINUTES).contains(&minutes)
        {
            let mut at = at;
            at.push(Anchor::Key("minutes"));
            let step = s.step.clone();
            return Err(found(CaseProblem::Minutes { step, minutes }, at));
        }
        for (what, key, entries) in [
            ("facts", "facts", &s.facts),
            ("questions", "questions", &s.questions),
            ("trainer_notes", "trainer_notes", &s.trainer_notes),
        ] {
            if entries.iter().any(|e| e.trim().is_empty()) {
                let mut at = at.clone();
                at.extend([Anchor::Key(key), Anchor::str("")]);
                let step = s.step.clone();
                return Err(found(CaseProblem::EmptyEntry { step, what }, at));
            }
        }
    }
    Ok(())
}

/// The starting plan, as the plan every group gets.
pub fn start_plan(case: &Case, title: &str, now: Timestamp) -> Plan {
    let mut plan = Plan::new(title, now);
    plan.meta.gemeente = case.start.gemeente.clone();
    plan.answers = case.start.answers.clone();
    plan.case = Some(case.id.clone());
    plan
}

fn check_start(case: &Case, guide: &Guide) -> Result<(), Found<CaseProblem>> {
    let base = || vec![Anchor::Key("start"), Anchor::Key("answers")];
    let mut ids = HashSet::new();
    for (question, answer) in &case.start.answers {
        let mut at = base();
        at.push(Anchor::str(question));
        if guide.question(question).is_none() {
            return Err(found(CaseProblem::UnknownQuestion(question.clone()), at));
        }
        for item in answer.as_items() {
            let mut at = at.clone();
            at.push(Anchor::str(&item.id));
            if !is_good_item_id(&item.id) {
                return Err(found(CaseProblem::BadItemId(item.id.clone()), at));
            }
            if !ids.insert(item.id.clone()) {
                // Point at the second use, not the first.
                let mut at = base();
                at.extend([Anchor::str(&item.id), Anchor::str(&item.id)]);
                return Err(found(CaseProblem::DuplicateItemId(item.id.clone()), at));
            }
        }
    }
    let plan = start_plan(case, &case.title, Timestamp::UNIX_EPOCH);
    // References to items (a partner's tasks, answers per partner) must
    // resolve; the plan check names them in the same words as `validate`.
    for answer in plan.answers.values() {
        if let Answer::PerItem(map) = answer
            && let Some(id) = map.keys().find(|k| !ids.contains(*k))
        {
            let problem = CaseProblem::Answer(format!(
                "er staan antwoorden voor \"{id}\", maar dat item staat niet in het plan"
            ));
            let mut at = base();
            at.push(Anchor::str(id));
            return Err(found(problem, at));
        }
    }
    // Remarks too: in a case, an answer the app would not show is a mistake.
    if let Some(issue) = check(guide, &plan).into_iter().next() {
        let message = issue.message.clone();
        let mut at = base();
        at.push(Anchor::Issue(Box::new(issue)));
        return Err(found(CaseProblem::Answer(message), at));
    }
    Ok(())
}

fn check_debrief(case: &Case, guide: &Guide) -> Result<(), Found<CaseProblem>> {
    let rules: HashSet<&str> = crate::advice::rule_ids().collect();
    let forms: Vec<&str> = guide
        .question(crate::advice::ids::FORM)
        .map(|r| {
            r.question
                .kind
                .choices()
                .iter()
                .map(|c| c.id.as_str())
                .collect()
        })
        .unwrap_or_default();
    let mut seen = HashSet::new();
    for point in &case.debrief {
        let at = vec![Anchor::Key("debrief"), Anchor::str(&point.id)];
        let with = |anchor: &str| {
            let mut at = at.clone();
            at.push(Anchor::str(anchor));
            at
        };
        if !is_good_id(&point.id) {
            return Err(found(CaseProblem::BadId(point.id.clone()), at));
        }
        if !seen.insert(point.id.as_str()) {
            return Err(found(
                CaseProblem::DuplicateDebrief(point.id.clone()),
                with(&point.id),
            ));
        }
        if point.text.trim().is_empty() {
            return Err(found(CaseProblem::EmptyText("text"), at));
        }
        let id = || point.id.clone();
        if let Some(rule) = point.rules.iter().find(|r| !rules.contains(r.as_str())) {
            let problem = CaseProblem::UnknownRule {
                point: id(),
                rule: rule.clone(),
            };
            return Err(found(problem, with(rule)));
        }
        if let Some(q) = point.questions.iter().find(|q| guide.question(q).is_none()) {
            let problem = CaseProblem::UnknownDebriefQuestion {
                point: id(),
                question: q.clone(),
            };
            return Err(found(problem, with(q)));
        }
        if let Some(f) = point
            .forms
            .iter()
            .find(|f| !forms.contains(&f.as_str()) || f.as_str() == crate::advice::ids::FORM_NONE)
        {
            let problem = CaseProblem::UnknownForm {
                point: id(),
                form: f.clone(),
            };
            return Err(found(problem, with(f)));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids() {
        assert!(is_good_id("afval-regio_2"));
        for bad in ["", "Afval", "1a", "a b", "a.b", "-a", "ë"] {
            assert!(!is_good_id(bad), "{bad}");
        }
        assert!(is_good_item_id("taak.inkoop"));
        assert!(is_good_item_id("i-inkoop"));
        assert!(is_good_item_id("inkoop"));
        for bad in ["i1", "i42", "", "Taak", "taak inkoop"] {
            assert!(!is_good_item_id(bad), "{bad}");
        }
    }
}

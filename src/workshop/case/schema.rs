//! The case file: a situation for a workshop, in `assets/cases/*.ron` or a
//! trainer's own folder.
//!
//! Everything a case refers to is an id: guide steps (`opgave`), guide
//! questions (`doelen.vorm`), advice rules (`uittreden_gr`) and form choices
//! (`cg`). The loader checks each one against the guide and the advice, so a
//! case never silently points at nothing.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::plan::Answer;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Case {
    /// Stable id (`a-z`, `0-9`, `-`); plans started from the case record it
    /// in `plan.case`, so never reuse one for another case.
    pub id: String,
    pub title: String,
    /// One sentence for lists: what the case is about and what it asks.
    pub summary: String,
    /// The situation the groups start from, 150 to 300 words. Paragraphs
    /// are separated by an empty line.
    pub situation: String,
    /// What the case adds to each guide step, in the guide's order.
    pub steps: Vec<CaseStep>,
    /// What a plan started from the case already holds.
    #[serde(default)]
    pub start: StartPlan,
    /// What the debrief should bring up.
    #[serde(default)]
    pub debrief: Vec<DebriefPoint>,
}

/// The case's material for one guide step.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CaseStep {
    /// The guide step's id, e.g. `"inventaris"`.
    pub step: String,
    /// Suggested minutes for this step; without it the guide's, else 15.
    #[serde(default)]
    pub minutes: Option<u16>,
    /// Facts the groups may use in this step (one sentence or two each).
    #[serde(default)]
    pub facts: Vec<String>,
    /// Questions for the groups to discuss in this step.
    #[serde(default)]
    pub questions: Vec<String>,
    /// For the trainer only: what to listen for, typical pitfalls.
    #[serde(default)]
    pub trainer_notes: Vec<String>,
}

/// The pre-filled part of a plan started from the case, in the plan file's
/// own shape: answers by question id. List items carry ids chosen by the
/// case author (`taak-inkoop`), the same in every group's plan, so the
/// groups' plans can be compared item by item.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StartPlan {
    #[serde(default)]
    pub gemeente: String,
    #[serde(default)]
    pub answers: BTreeMap<String, Answer>,
}

/// A point the debrief should bring up.
///
/// How a point relates to a group's plan, for the comparison after the
/// workshop: `questions` are the answers where a group shows it dealt with
/// the point; `rules` are advice rules that fire while the point is still
/// open in a plan; `forms` are the legal forms (choices of `doelen.vorm`)
/// that fit the point.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DebriefPoint {
    /// Stable id within the case, e.g. `"toestemming"`.
    pub id: String,
    /// The point in one or two sentences, as the trainer would say it.
    pub text: String,
    #[serde(default)]
    pub questions: Vec<String>,
    #[serde(default)]
    pub rules: Vec<String>,
    #[serde(default)]
    pub forms: Vec<String>,
}

impl Case {
    /// The case's material for guide step `step`, if it has any.
    pub fn step(&self, step: &str) -> Option<&CaseStep> {
        self.steps.iter().find(|s| s.step == step)
    }

    /// Words in the situation, as a reader counts them.
    pub fn situation_words(&self) -> usize {
        self.situation.split_whitespace().count()
    }
}

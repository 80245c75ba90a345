//! What the screen shows for each agenda item, built once from the
//! workshop, the case and the guide.

use crate::guide::Guide;

use super::words::W;
use crate::workshop::folder::{AgendaItem, Folder, ItemKind};

/// One agenda item as the presenter shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Slide {
    pub id: String,
    /// What kind of moment this is: "Stap 2 — Partners zoeken" for a step,
    /// "Iedereen samen", "Pauze".
    pub label: String,
    pub title: String,
    pub kind: SlideKind,
    pub minutes: u16,
    pub sections: Vec<Section>,
    /// For the trainer only.
    pub notes: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SlideKind {
    Step,
    Case,
    Plenary,
    Break,
    Debrief,
}

/// A heading with lines under it: bullets, or paragraphs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Section {
    pub heading: String,
    pub lines: Vec<String>,
    pub bullets: bool,
}

fn section(heading: W, lines: Vec<String>, bullets: bool) -> Option<Section> {
    (!lines.is_empty()).then(|| Section {
        heading: heading.get().to_string(),
        lines,
        bullets,
    })
}

/// The slides of `folder`'s agenda, in order.
pub fn slides(folder: &Folder, guide: &Guide) -> Vec<Slide> {
    folder
        .workshop
        .agenda
        .iter()
        .map(|item| slide(folder, guide, item))
        .collect()
}

fn slide(folder: &Folder, guide: &Guide, item: &AgendaItem) -> Slide {
    let case = &folder.case.case;
    let points = || section(W::Points, item.points.clone(), true);
    let mut notes = Vec::new();
    let (label, title, kind, sections) = match &item.kind {
        ItemKind::Step(id) => {
            let step = guide.steps.iter().find(|s| &s.id == id);
            let material = case.step(id);
            let title = match (item.title.trim(), step) {
                ("", Some(s)) => s.title.clone(),
                ("", None) => id.clone(),
                (t, _) => t.to_string(),
            };
            if let Some(s) = step {
                notes.extend(s.trainer_notes.iter().cloned());
            }
            let list = |f: fn(&crate::workshop::case::CaseStep) -> &Vec<String>| {
                material.map(|m| f(m).clone()).unwrap_or_default()
            };
            notes.extend(list(|m| &m.trainer_notes));
            let intro = step.map(|s| vec![s.intro.clone()]).unwrap_or_default();
            let sections = [
                points(),
                section(W::DiscussQuestions, list(|m| &m.questions), true),
                section(W::CaseFacts, list(|m| &m.facts), true),
                section(W::AboutStep, intro, false),
            ];
            (
                W::GroupWork.get().to_string(),
                title,
                SlideKind::Step,
                sections,
            )
        }
        ItemKind::Case => {
            let paragraphs: Vec<String> = case
                .situation
                .split("\n\n")
                .map(|p| p.split_whitespace().collect::<Vec<_>>().join(" "))
                .filter(|p| !p.is_empty())
                .collect();
            let situation = (!paragraphs.is_empty()).then(|| Section {
                heading: case.title.clone(),
                lines: paragraphs,
                bullets: false,
            });
            let sections = [points(), situation, None, None];
            (
                W::Together.get().to_string(),
                item.title.clone(),
                SlideKind::Case,
                sections,
            )
        }
        ItemKind::Plenary => {
            let sections = [points(), None, None, None];
            (
                W::Together.get().to_string(),
                item.title.clone(),
                SlideKind::Plenary,
                sections,
            )
        }
        ItemKind::Break => {
            let sections = [points(), None, None, None];
            (
                W::Break.get().to_string(),
                item.title.clone(),
                SlideKind::Break,
                sections,
            )
        }
        ItemKind::Debrief => {
            let texts = case.debrief.iter().map(|p| p.text.clone()).collect();
            for point in &case.debrief {
                let labels: Vec<String> = point
                    .questions
                    .iter()
                    .filter_map(|q| {
                        guide
                            .question(q)
                            .map(|r| format!("\"{}\"", r.question.label))
                    })
                    .collect();
                if !labels.is_empty() {
                    // Quoted, so a label's own "?" never meets the sentence's ".".
                    let labels = crate::text::and_list(&labels);
                    notes.push(W::LookAt.fill(&[&point.text, &labels]));
                }
            }
            let sections = [points(), section(W::DebriefPoints, texts, true), None, None];
            (
                W::Together.get().to_string(),
                item.title.clone(),
                SlideKind::Debrief,
                sections,
            )
        }
    };
    notes.extend(item.trainer_notes.iter().cloned());
    Slide {
        id: item.id.clone(),
        label,
        title,
        kind,
        minutes: item.minutes,
        sections: sections.into_iter().flatten().collect(),
        notes,
    }
}

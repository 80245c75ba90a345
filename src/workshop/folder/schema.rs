//! `workshop.ron`: the session a trainer runs — title, date, trainer, the
//! case, and the agenda with minutes per item.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Workshop {
    pub title: String,
    /// The day of the session as dd-mm-jjjj, or empty.
    #[serde(default)]
    pub date: String,
    #[serde(default)]
    pub trainer: String,
    /// The id of the case in `casus.ron` beside this file.
    pub case: String,
    pub agenda: Vec<AgendaItem>,
}

/// One item of the agenda: a guide step the groups work on, or a moment
/// for the whole room.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AgendaItem {
    /// Stable id within the agenda; the presenter keeps its clock by it.
    pub id: String,
    pub kind: ItemKind,
    /// Shown as the item's heading; for a step, empty means the step's title.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub title: String,
    pub minutes: u16,
    /// Points shown on the screen, e.g. what the room does now.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub points: Vec<String>,
    /// For the trainer only, shown with `n`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub trainer_notes: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum ItemKind {
    /// The groups work on this guide step (its id).
    Step(String),
    /// The room reads the case together.
    Case,
    /// Everyone together: a welcome, an explanation, a closing.
    Plenary,
    Break,
    /// The groups' plans side by side, with the case's debrief points.
    Debrief,
}

impl Workshop {
    /// Planned minutes of the whole agenda.
    pub fn total_minutes(&self) -> u32 {
        self.agenda.iter().map(|i| u32::from(i.minutes)).sum()
    }
}

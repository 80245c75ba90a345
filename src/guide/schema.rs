//! Serde types of the guide files in `assets/guide/`.
//!
//! The guide is content, not code: a trainer edits these files to adapt the
//! questions and help texts, so the shapes here are kept small and readable
//! in RON.

use serde::{Deserialize, Serialize};

/// `guide.ron`: the guide's title and the order of its step files.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GuideIndex {
    pub title: String,
    /// One or two sentences shown when a new plan starts.
    #[serde(default)]
    pub intro: String,
    /// Step file names, relative to `guide.ron`, in the order of the walk.
    pub steps: Vec<String>,
}

/// One step of the walk, e.g. "Stap 1 — Inventarisatie".
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Step {
    pub id: String,
    pub title: String,
    /// A short name for the step list in the sidebar (at most ~14 characters).
    pub short_title: String,
    /// What this step is about, in one or two sentences.
    pub intro: String,
    pub questions: Vec<Question>,
    /// Suggested minutes for this step in a workshop; a case can set its
    /// own. Only the workshop tools read it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub minutes: Option<u16>,
    /// Notes for a trainer running this step in a workshop (what to listen
    /// for, typical pitfalls), shown in the presenter on request only.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub trainer_notes: Vec<String>,
}

/// A question of a step, or a field of a list item.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Question {
    /// Stable id; saved plans key their answers by it, so never reuse one
    /// for a question with another meaning.
    pub id: String,
    pub label: String,
    /// A few words for the answer's place in a summary line, e.g.
    /// "Hetzelfde doel: 4 van 5" for one partner (W16). Empty: no label.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub short_label: String,
    /// Why the question matters and what it asks of the raad.
    pub help: String,
    /// An example answer, shown greyed out in an empty text field.
    #[serde(default)]
    pub example: String,
    pub kind: Kind,
    /// The raad's roles this question touches.
    #[serde(default)]
    pub raad: Vec<RaadRole>,
    /// Optional questions do not count towards "complete".
    #[serde(default)]
    pub optional: bool,
    /// Only ask this question when another answer has one of some values.
    #[serde(default)]
    pub show_if: Option<Condition>,
    /// The `show_if` conditions of the questions this one depends on, and
    /// of theirs in turn; filled in by [`crate::guide::Guide::new`], never
    /// read from a file. A question whose controlling question is hidden is
    /// hidden too, so a stale answer there cannot bring it back.
    #[serde(skip)]
    pub inherited: Vec<Condition>,
}

/// What kind of answer a question takes.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub enum Kind {
    ShortText,
    LongText,
    Choice(Vec<Choice>),
    Multi(Vec<Choice>),
    Scale {
        low: String,
        high: String,
    },
    YesNo,
    Number {
        #[serde(default)]
        min: i64,
        #[serde(default = "default_max")]
        max: i64,
        #[serde(default)]
        unit: String,
    },
    Date,
    /// A list of records, e.g. the tasks of step 1. Only allowed as a
    /// question of a step, not inside another list.
    List {
        /// Singular noun for one item ("taak", "partner").
        item: String,
        /// The field whose answer names an item in lists and references.
        title_field: String,
        fields: Vec<Question>,
    },
    /// The same fields asked once for every item of an earlier list,
    /// e.g. step 3 asks per partner of step 2.
    PerItem {
        list: String,
        fields: Vec<Question>,
    },
    /// Pick items of an earlier list (only inside a list's fields), e.g. the
    /// tasks a partner joins, optionally only those matching a condition.
    Refs {
        list: String,
        #[serde(default)]
        only: Option<Condition>,
    },
}

fn default_max() -> i64 {
    1_000_000
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Choice {
    pub id: String,
    pub label: String,
}

/// "Answer `question` is one of `any_of`". For a `Refs` filter, `question`
/// names a field of the referenced list's items.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Condition {
    pub question: String,
    pub any_of: Vec<String>,
}

/// The three roles of the raad in the dualistic system.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum RaadRole {
    Kaderstellend,
    Controlerend,
    Volksvertegenwoordigend,
}

impl Kind {
    /// The fixed options of a choice-like kind (`Choice`, `Multi`).
    pub fn choices(&self) -> &[Choice] {
        match self {
            Kind::Choice(c) | Kind::Multi(c) => c,
            _ => &[],
        }
    }

    /// The label of the choice with id `choice`, if this kind offers it.
    pub fn choice_label(&self, choice: &str) -> Option<&str> {
        self.choices()
            .iter()
            .find(|c| c.id == choice)
            .map(|c| c.label.as_str())
    }

    /// The fields of a `List` or `PerItem` question.
    pub fn fields(&self) -> &[Question] {
        match self {
            Kind::List { fields, .. } | Kind::PerItem { fields, .. } => fields,
            _ => &[],
        }
    }

    /// A short English name for messages about the guide file itself.
    pub fn name(&self) -> &'static str {
        match self {
            Kind::ShortText => "ShortText",
            Kind::LongText => "LongText",
            Kind::Choice(_) => "Choice",
            Kind::Multi(_) => "Multi",
            Kind::Scale { .. } => "Scale",
            Kind::YesNo => "YesNo",
            Kind::Number { .. } => "Number",
            Kind::Date => "Date",
            Kind::List { .. } => "List",
            Kind::PerItem { .. } => "PerItem",
            Kind::Refs { .. } => "Refs",
        }
    }
}

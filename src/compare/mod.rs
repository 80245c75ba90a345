//! Comparing the plans of a room: after the group work a trainer holds a
//! pile of plans and twenty minutes for the debrief. This puts them side
//! by side, where the groups differ most first, offline and anonymous.
//!
//! - [`load`] gathers plans from folders and files (bounded, read-only);
//! - [`groups`] sets aside duplicates and other cases and names the rest
//!   "Groep A, B, …" in a stable order;
//! - [`topics`] and [`stats`] read every question as the groups answered
//!   it, with list items matched across groups ([`matching`], [`names`]);
//! - [`score`] gives each question a divergence score (documented there),
//!   [`agenda`] turns the scores into the order of the debrief;
//! - [`across`] runs the advice core on each plan and counts.
//!
//! All of that is pure but `load` (which only reads). The report writers
//! are in [`report`], the projector screen in [`view`].

pub mod across;
pub mod agenda;
pub mod groups;
pub mod load;
pub mod matching;
pub mod names;
mod read;
pub mod report;
pub mod score;
pub mod stats;
pub mod topics;
pub mod view;
pub mod words;

use crate::guide::Guide;
use crate::plan::Plan;

pub use across::{DebriefCheck, DebriefPoint, FindingAcross, FormRow, Gap};
pub use agenda::Order;
pub use load::{Gathered, HandedIn, SkipReason, Skipped, gather};
pub use stats::{ItemRow, Row, Stats};
pub use topics::{Topic, TopicId};

/// What only `--names` shows: whose plan it is.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Names {
    pub title: String,
    pub gemeente: String,
    pub author: String,
    pub fractie: String,
    pub file: String,
}

/// A group as the report shows it.
#[derive(Debug, Clone, PartialEq)]
pub struct GroupInfo {
    /// "A", "B", …
    pub letter: String,
    /// `None` unless names were asked for: what is not here cannot leak.
    pub names: Option<Names>,
}

impl GroupInfo {
    pub fn label(&self) -> String {
        format!("Groep {}", self.letter)
    }
}

/// The workshop case the plans were started from, as far as it is known:
/// a case id that no catalogue holds has no title and no debrief points.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CaseInfo {
    pub id: String,
    pub title: String,
    pub debrief: Vec<DebriefPoint>,
}

impl From<&crate::workshop::case::Case> for CaseInfo {
    fn from(case: &crate::workshop::case::Case) -> CaseInfo {
        CaseInfo {
            id: case.id.clone(),
            title: case.title.clone(),
            debrief: case.debrief.clone(),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Options {
    /// Show titles, authors, gemeente, fractie and file names.
    pub names: bool,
}

/// The whole comparison, ready for a writer.
#[derive(Debug, Clone, PartialEq)]
pub struct Comparison {
    pub groups: Vec<GroupInfo>,
    /// The case compared: its id, and its title when known.
    pub case: Option<CaseInfo>,
    /// The guide's step titles, by index.
    pub steps: Vec<String>,
    pub topics: Vec<Topic>,
    pub order: Order,
    pub findings: Vec<FindingAcross>,
    pub forms: Vec<FormRow>,
    pub debrief: Vec<DebriefCheck>,
    pub skipped: Vec<Skipped>,
    /// The folders held more entries than were looked at.
    pub entries_cut: bool,
    pub names: bool,
}

impl Comparison {
    /// "A, C, E": the letters of `groups` (indices).
    pub fn letters(&self, groups: &[usize]) -> String {
        groups
            .iter()
            .filter_map(|g| self.groups.get(*g))
            .map(|g| g.letter.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// Compare what `gathered` found. `case`: the workshop's case when it is
/// known (from a workshop folder); otherwise the case most plans name is
/// compared, without debrief points.
pub fn compare(
    guide: &Guide,
    gathered: Gathered,
    case: Option<&CaseInfo>,
    options: Options,
) -> Comparison {
    let selection = groups::select(gathered.plans, case.map(|c| c.id.as_str()));
    let mut skipped = gathered.skipped;
    skipped.extend(selection.skipped);
    let plans: Vec<&Plan> = selection.groups.iter().map(|g| &g.plan).collect();
    let (topics, _) = topics::build(guide, &plans);
    let order = agenda::order(&topics, plans.len());
    let advised = across::advise(guide, &plans);
    let points = case.map_or(&[][..], |c| c.debrief.as_slice());
    let debrief = across::debrief(guide, &plans, &advised, points);
    let case = match (case, selection.case) {
        (Some(c), _) => Some(c.clone()),
        (None, Some(id)) => Some(CaseInfo {
            id,
            ..CaseInfo::default()
        }),
        (None, None) => None,
    };
    let groups = selection
        .groups
        .iter()
        .map(|g| GroupInfo {
            letter: g.letter.clone(),
            names: options.names.then(|| Names {
                title: g.plan.meta.title.clone(),
                gemeente: g.plan.meta.gemeente.clone(),
                author: g.plan.meta.author.clone(),
                fractie: g.plan.meta.fractie.clone(),
                file: g.file.clone(),
            }),
        })
        .collect();
    Comparison {
        groups,
        case,
        steps: guide.steps.iter().map(|s| s.title.clone()).collect(),
        topics,
        order,
        findings: across::findings(&advised),
        forms: across::forms(&advised),
        debrief,
        skipped,
        entries_cut: gathered.entries_cut,
        names: options.names,
    }
}

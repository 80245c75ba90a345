//! A plan as a list of plans shows it: its title and progress, or why it
//! cannot be opened. Shared by the command line (`list`) and the picker,
//! so neither front-end needs the other.

use std::path::PathBuf;

use jiff::Timestamp;

use crate::guide::Guide;
use crate::plan::Progress;
use crate::plan::progress::overall;
use crate::store::Entry;
use crate::text::describe_load_error;

/// A plan as the picker and `list` show it.
#[derive(Debug, Clone, PartialEq)]
pub struct PlanSummary {
    pub path: PathBuf,
    pub title: String,
    pub updated: Option<Timestamp>,
    /// Progress, or why the plan cannot be opened.
    pub status: Result<Progress, String>,
}

/// The summary of one entry of the plans folder.
pub fn summary(entry: &Entry, guide: &Guide) -> PlanSummary {
    let updated = entry.updated();
    match &entry.plan {
        Ok(plan) => PlanSummary {
            path: entry.path.clone(),
            title: plan.meta.title.clone(),
            updated,
            status: Ok(overall(plan, guide)),
        },
        Err(e) => PlanSummary {
            path: entry.path.clone(),
            title: entry.name(),
            updated,
            status: Err(describe_load_error(e)),
        },
    }
}

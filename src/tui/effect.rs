//! The messages between `update` and the driver. `update` returns
//! [`Effect`]s (work that touches the disk or the user's folders); the
//! driver carries them out and answers each with a [`Done`], which goes
//! back into `update` as an event. The driver never changes the app state
//! itself.

use std::path::PathBuf;

use jiff::Timestamp;
use jiff::civil::Date;

use crate::export::Format;
pub use crate::listing::PlanSummary;
use crate::plan::{Meta, Plan, Progress};

#[derive(Debug, Clone, PartialEq)]
pub enum Effect {
    /// Write the open plan.
    Save(SaveJob),
    /// Read the plan at this path and show it.
    Open(PathBuf),
    /// Make a new plan with this title and show it.
    Create(String),
    /// Show a plan that was already read (at start, from the command line).
    OpenLoaded {
        path: PathBuf,
        plan: Plan,
        migrated_from: Option<u32>,
    },
    /// Let go of the open plan (its lock), before the picker shows.
    Close,
    /// List the plans, keeping `select` selected if it is among them.
    ListPlans {
        select: Option<PathBuf>,
    },
    /// Read the details of the plan at `path`, for the details dialog.
    ReadDetails(PathBuf),
    /// Write new details into the plan at `path` (from the picker).
    SaveDetails {
        path: PathBuf,
        details: PlanDetails,
    },
    Trash(PathBuf),
    ListVersions(PathBuf),
    RestoreVersion {
        plan: PathBuf,
        version: PathBuf,
    },
    /// Put a recovery copy back (by the recovery file's path) and open it.
    Recover(PathBuf),
    DiscardRecovery(PathBuf),
    /// Find the place to suggest in the "save as" dialog for this plan.
    SuggestSaveAs(PathBuf),
    /// Save the open plan at the path typed by the user, and go on there.
    SaveAs {
        typed: String,
        plan: Plan,
        revision: u64,
    },
    /// Find the folder exports go to, for the export dialog to name it.
    FindExportFolder,
    /// Find the folder to suggest for handing in a plan of `case`.
    SuggestHandIn {
        case: Option<String>,
        with_author: bool,
    },
    /// Hand a copy of the plan in to the folder typed by the user.
    HandIn {
        typed: String,
        plan: Plan,
        with_author: bool,
    },
    /// Export the plan (with its advice) to the documents folder; `path`
    /// is the plan's own file, for the exported file's name.
    Export {
        format: Format,
        plan: Plan,
        path: PathBuf,
    },
    /// The last resort: a recovery copy, offered back at the next start.
    Rescue(RescueJob),
}

/// Whose plan it is: what the details dialog changes and every export
/// shows at the top (W14).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PlanDetails {
    pub title: String,
    pub gemeente: String,
    pub author: String,
    pub fractie: String,
    /// The notitie's date; none: the date of the last change.
    pub date: Option<Date>,
}

impl PlanDetails {
    #[must_use]
    pub fn of(meta: &Meta) -> PlanDetails {
        PlanDetails {
            title: meta.title.clone(),
            gemeente: meta.gemeente.clone(),
            author: meta.author.clone(),
            fractie: meta.fractie.clone(),
            date: meta.date,
        }
    }

    /// Put these details into `meta`; true when anything changed.
    pub fn apply(&self, meta: &mut Meta) -> bool {
        let changed = PlanDetails::of(meta) != *self;
        meta.title.clone_from(&self.title);
        meta.gemeente.clone_from(&self.gemeente);
        meta.author.clone_from(&self.author);
        meta.fractie.clone_from(&self.fractie);
        meta.date = self.date;
        changed
    }
}

/// Writing the open plan.
#[derive(Debug, Clone, PartialEq)]
pub struct SaveJob {
    pub path: PathBuf,
    pub plan: Plan,
    /// The revision of the plan being written.
    pub revision: u64,
    /// Copy the file on disk into the plan's history first.
    pub history: bool,
    pub then: Then,
}

/// What the save was for, and so what follows once it is done.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Then {
    /// Autosave or a step change: nothing more.
    Stay,
    /// Ctrl-S: say that it was saved.
    Confirm,
    /// Then show the plan picker.
    ShowPicker,
    /// Then stop.
    Quit,
}

#[derive(Debug, Clone, PartialEq)]
pub struct RescueJob {
    pub path: PathBuf,
    pub plan: Plan,
    /// Why the normal save failed (empty after a crash or a signal).
    pub why: String,
    pub crashed: bool,
}

/// The outcome of an effect. Error texts are already in Dutch; the rest
/// is data that `update` puts into words.
#[derive(Debug, Clone, PartialEq)]
pub enum Done {
    Saved {
        revision: u64,
        /// Where it went: the plan's file, or a copy beside it when someone
        /// else had changed the file (`copy`).
        path: PathBuf,
        copy: bool,
        at: Timestamp,
        /// The history copy asked for could not be written (why).
        history_failed: Option<String>,
        then: Then,
    },
    SaveFailed {
        why: String,
        then: Then,
    },
    Opened {
        path: PathBuf,
        /// Boxed: a plan is large beside the other results.
        plan: Box<Plan>,
        how: Opened,
        /// The workshop case the plan was started from, when it is known.
        case: Option<Box<crate::export::CaseSheet>>,
    },
    /// Another window has the plan open.
    Busy,
    OpenFailed(String),
    CreateFailed(String),
    Plans {
        plans: Vec<PlanSummary>,
        /// A recovery copy waiting to be offered.
        recover: Option<RecoverOffer>,
        /// Why the plans folder could not be read.
        error: Option<String>,
        select: Option<PathBuf>,
    },
    /// The details of a plan in the picker, read to be changed.
    DetailsRead {
        path: PathBuf,
        result: Result<PlanDetails, String>,
    },
    DetailsSaved(Result<(), String>),
    Trashed(Result<PathBuf, String>),
    Versions {
        path: PathBuf,
        versions: Vec<VersionSummary>,
    },
    VersionsFailed(String),
    /// A version was put back (taken at the time given, if known).
    Restored(Result<Option<Timestamp>, String>),
    RecoverFailed(String),
    /// The recovery copy had gone; nothing to put back.
    RecoverGone,
    Discarded(Result<(), String>),
    SaveAsSuggested(String),
    /// The folder exports go to, as the user knows it (`~/Documenten`).
    ExportFolder(String),
    HandInSuggested {
        text: String,
        with_author: bool,
    },
    /// Where the copy went, or why not (in Dutch); the typed folder to
    /// offer again after a failure.
    HandedIn {
        result: Result<crate::workshop::participant::HandedIn, String>,
        typed: String,
        with_author: bool,
    },
    SavedAs {
        path: PathBuf,
        at: Timestamp,
        revision: u64,
    },
    SaveAsFailed {
        typed: String,
        failure: SaveAsFailure,
    },
    Exported {
        path: PathBuf,
        notes: Vec<String>,
    },
    ExportFailed(String),
    /// Nothing to export (an agenda without dates), and why; no file.
    NothingToExport(String),
    /// A recovery copy was written (where) or could not be (why).
    Rescued {
        written: Result<PathBuf, String>,
        why: String,
        crashed: bool,
    },
}

/// Why "save as" did not work.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SaveAsFailure {
    /// A file is there already; it is never overwritten.
    Exists(PathBuf),
    Failed(String),
}

/// How a plan came to be shown, for the message that goes with it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Opened {
    /// From its file; `Some(version)` when it was in an older format.
    File {
        migrated_from: Option<u32>,
    },
    Created,
    Recovered,
}

/// An earlier version of a plan as the versions dialog lists it.
#[derive(Debug, Clone, PartialEq)]
pub struct VersionSummary {
    pub path: PathBuf,
    pub taken: Timestamp,
    /// Progress of that version, or why it cannot be read.
    pub status: Result<Progress, String>,
}

/// A recovery copy, offered back after a crash or a failed save.
#[derive(Debug, Clone, PartialEq)]
pub struct RecoverOffer {
    /// The recovery file.
    pub path: PathBuf,
    /// Where the plan belongs.
    pub original: PathBuf,
    pub title: String,
    pub written: Timestamp,
}

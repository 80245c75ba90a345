//! What can be wrong with a trainer's files and folders, and what is worth
//! a remark: plain data, named by the ids involved. The Dutch words for
//! them are in `describe.rs`; where they are found, in `case`, `folder`
//! and `participant`. A leaf module, so every part can use it.

use std::io;
use std::path::PathBuf;

use super::locate::Anchor;

/// A broken rule of the case format.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CaseProblem {
    BadId(String),
    EmptyText(&'static str),
    NoSteps,
    UnknownStep(String),
    DuplicateStep(String),
    Minutes {
        step: String,
        minutes: u16,
    },
    EmptyEntry {
        step: String,
        what: &'static str,
    },
    UnknownQuestion(String),
    /// The plan check's own Dutch message about a starting answer.
    Answer(String),
    BadItemId(String),
    DuplicateItemId(String),
    DuplicateDebrief(String),
    UnknownRule {
        point: String,
        rule: String,
    },
    UnknownDebriefQuestion {
        point: String,
        question: String,
    },
    UnknownForm {
        point: String,
        form: String,
    },
}

/// Something worth fixing that does not stop the case from being used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CaseRemark {
    SituationWords(usize),
    /// The case has nothing for this guide step (its title).
    StepWithoutMaterial(String),
    NoDebrief,
}

/// A problem and the way to its place in the file.
#[derive(Debug, Clone, PartialEq)]
pub struct Found<P> {
    pub problem: P,
    pub anchors: Vec<Anchor>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WorkshopProblem {
    EmptyTitle,
    BadDate(String),
    /// `case` names another case than the one in `casus.ron`.
    CaseMismatch {
        named: String,
        found: String,
    },
    NoAgenda,
    BadItemId(String),
    DuplicateItem(String),
    /// A plenary moment, break or debrief needs a title.
    ItemWithoutTitle(String),
    UnknownStep {
        item: String,
        step: String,
    },
    Minutes {
        item: String,
        minutes: u16,
    },
    EmptyEntry {
        item: String,
        what: &'static str,
    },
}

/// What is wrong with a folder (rather than with a file in it).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FolderProblem {
    Missing,
    NotAFolder,
    Unreadable(String),
    /// `workshop new` never writes into a folder that holds files.
    NotEmpty,
    TooManyFiles(usize),
    NoCases,
    /// A workshop folder was given where a folder of cases was asked for.
    IsWorkshop,
    DuplicateCase {
        id: String,
        other: String,
    },
    UnknownCase {
        id: String,
        known: Vec<String>,
    },
    /// Writing a file of the new workshop failed (the system's message).
    Write(String),
}

#[derive(Debug)]
pub enum HandInError {
    /// The target folder does not exist or is not a folder.
    NoFolder(PathBuf),
    /// Writing failed (read-only stick, full disk, no permission).
    Write(PathBuf, io::Error),
    /// A thousand hand-ins with this title are already there.
    NoFreeName(PathBuf),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Remark {
    Case(CaseRemark),
    /// The workshop folder has no participant handout.
    NoHandout,
    /// The workshop folder has no folder for handed-in plans.
    NoHandInFolder,
    /// A guide step the case has material for is not on the agenda.
    StepNotOnAgenda(String),
}

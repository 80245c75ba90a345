//! Dialogs and help over a screen. They live in one stack on the app, so
//! which one gets the keys, what the key bar says and what is drawn on top
//! are all read from the same place.

use std::path::PathBuf;

use ratatui_textarea::TextArea;

use crate::export::Format;
use crate::tui::effect::{RecoverOffer, VersionSummary};
use crate::tui::keymap::Context;

use super::plan_details::DetailsForm;

/// What the export dialog offers, in its order: the one list of formats,
/// less those only the command line offers.
#[must_use]
pub fn export_formats() -> Vec<Format> {
    Format::all()
        .iter()
        .copied()
        .filter(|f| f.in_app())
        .collect()
}

/// A row of the export dialog: a format, or handing the plan in to the
/// trainer of a workshop (with or without the author's name).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportChoice {
    Format(Format),
    HandIn { with_author: bool },
}

/// The rows of the export dialog, in order: the formats, then handing in.
#[must_use]
pub fn export_choices() -> Vec<ExportChoice> {
    let mut choices: Vec<ExportChoice> = export_formats()
        .into_iter()
        .map(ExportChoice::Format)
        .collect();
    choices.extend([
        ExportChoice::HandIn { with_author: false },
        ExportChoice::HandIn { with_author: true },
    ]);
    choices
}

pub enum Overlay {
    /// The F1 help, with its scroll position.
    Help {
        scroll: u16,
    },
    /// The messages of this session, newest last, with the scroll position.
    Messages {
        scroll: u16,
    },
    /// A name for a new plan being typed.
    NewPlan(TextArea<'static>),
    /// The plan's details: title, gemeente, author, fractie, date.
    Details(Box<DetailsForm>),
    ConfirmDelete {
        path: PathBuf,
        title: String,
    },
    /// Earlier versions of a plan, to put one back.
    Versions {
        path: PathBuf,
        title: String,
        versions: Vec<VersionSummary>,
        selected: usize,
    },
    /// A recovery copy found at start.
    Recover(RecoverOffer),
    /// "Save as": a path being typed.
    SaveAs(TextArea<'static>),
    /// The export dialog, with the format under the cursor and the folder
    /// the file will go to, as the user knows it (`~/Documenten`).
    Export {
        selected: usize,
        folder: String,
    },
    /// The folder to hand the plan in to, being typed.
    HandIn {
        input: TextArea<'static>,
        with_author: bool,
    },
    /// "Remove this item?" for `item` of list `question`.
    ConfirmRemove {
        question: String,
        item: String,
    },
}

impl Overlay {
    pub fn context(&self) -> Context {
        match self {
            Overlay::Help { .. } => Context::Help,
            Overlay::Messages { .. } => Context::Messages,
            Overlay::NewPlan(_) | Overlay::SaveAs(_) | Overlay::HandIn { .. } => {
                Context::NameDialog
            }
            Overlay::Details(_) => Context::Details,
            Overlay::ConfirmDelete { .. } | Overlay::ConfirmRemove { .. } => Context::Confirm,
            Overlay::Versions { .. } => Context::Versions,
            Overlay::Recover(_) => Context::Recover,
            Overlay::Export { .. } => Context::Export,
        }
    }
}

//! Everything the screen shows, as plain data. No I/O, no terminal.

use std::path::PathBuf;
use std::sync::Arc;

use jiff::Timestamp;
use jiff::tz::TimeZone;
use ratatui_textarea::TextArea;

use crate::advice::scan::{StepScan, scan_from};
use crate::advice::{Finding, findings};
use crate::guide::{Guide, Kind, Question, Step};
use crate::plan::progress::{Overview, applies, field_applies, overview};
use crate::plan::{Plan, Progress, Slot};

use super::keymap::Context;

/// The whole application state.
pub struct App {
    pub guide: Arc<Guide>,
    pub screen: Screen,
    /// The help overlay, with its scroll position.
    pub help: Option<u16>,
    pub message: Option<Message>,
    /// Set when the app should stop (after the final save).
    pub quit: bool,
    /// Time zone for showing times; UTC in tests.
    pub tz: TimeZone,
    /// The plans folder, shown in the picker.
    pub plans_dir: String,
    /// Printed after the terminal is restored, e.g. where a recovery copy
    /// went when the plan could not be saved normally.
    pub exit_note: Option<String>,
}

pub enum Screen {
    Picker(Box<Picker>),
    Editor(Box<Editor>),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    pub text: String,
    pub is_error: bool,
}

impl Message {
    pub fn info(text: impl Into<String>) -> Message {
        Message {
            text: text.into(),
            is_error: false,
        }
    }

    pub fn error(text: impl Into<String>) -> Message {
        Message {
            text: text.into(),
            is_error: true,
        }
    }
}

/// A plan as the picker lists it (shared with the command line).
pub use crate::listing::PlanSummary;

pub struct Picker {
    pub plans: Vec<PlanSummary>,
    pub selected: usize,
    pub dialog: Option<PickerDialog>,
    /// A name typed in the new-plan dialog before Esc, offered again.
    pub draft: String,
}

pub enum PickerDialog {
    New(TextArea<'static>),
    Rename {
        path: PathBuf,
        input: TextArea<'static>,
    },
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

/// When the open plan was last written, or why it could not be.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SaveState {
    Saved(Timestamp),
    Failed(String),
}

pub struct Editor {
    pub path: PathBuf,
    pub plan: Plan,
    pub step: usize,
    /// Index into the step's questions that apply.
    pub focus: usize,
    pub view: View,
    /// Bumped on every change to the plan; autosave compares it with
    /// `saved_revision`.
    pub revision: u64,
    pub saved_revision: u64,
    pub save: SaveState,
    /// Progress per step and overall, refreshed by `update` when the plan
    /// changes (a big plan has thousands of fields; every frame needs it).
    pub overview: Overview,
    /// The "save as" dialog: a path being typed.
    pub save_as: Option<TextArea<'static>>,
    /// The advice on the plan. After a change `advice_stale` is set; the
    /// driver recomputes it once the user pauses (never while typing).
    pub findings: Vec<Finding>,
    pub scan: Vec<StepScan>,
    pub advice_stale: bool,
    /// A screen over the questions: findings, form aid, raad, overview.
    pub panel: Option<Panel>,
    /// The export dialog, with the format under the cursor.
    pub export: Option<usize>,
}

/// The screens beside the questions of a step.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Panel {
    /// All findings ("aandachtspunten"); Enter goes to the question.
    Findings { selected: usize },
    /// The legal-form aid; Tab moves between the list and the details.
    Forms {
        selected: usize,
        scroll: u16,
        in_details: bool,
    },
    /// What the plan asks of the raad.
    Raad { selected: usize },
    /// The self-scan of every step.
    Overview { selected: usize },
}

/// What the main panel shows.
pub enum View {
    /// The questions of the step; maybe one being answered.
    Form { edit: Option<FieldEditor> },
    /// The items of a list (or the items a per-item question asks about).
    List {
        question: String,
        selected: usize,
        confirm_remove: bool,
    },
    /// The questions of one item.
    Record {
        question: String,
        item: String,
        focus: usize,
        edit: Option<FieldEditor>,
    },
}

/// An answer being typed or chosen.
pub struct FieldEditor {
    pub slot: Slot,
    pub input: Input,
}

pub enum Input {
    Text {
        area: TextArea<'static>,
        multiline: bool,
    },
    Number {
        area: TextArea<'static>,
        min: i64,
        max: i64,
        invalid: bool,
    },
    Date {
        area: TextArea<'static>,
        invalid: bool,
    },
    Pick {
        options: Vec<PickOption>,
        cursor: usize,
        multi: bool,
    },
}

/// One option of a choice-like question, with the value it stands for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PickOption {
    pub id: String,
    pub label: String,
}

impl App {
    pub fn new(guide: Arc<Guide>, screen: Screen, tz: TimeZone, plans_dir: String) -> App {
        App {
            guide,
            screen,
            help: None,
            message: None,
            quit: false,
            tz,
            plans_dir,
            exit_note: None,
        }
    }

    /// Where the user is, for the keymap.
    pub fn context(&self) -> Context {
        if self.help.is_some() {
            return Context::Help;
        }
        match &self.screen {
            Screen::Picker(p) => match &p.dialog {
                None => Context::Picker,
                Some(PickerDialog::ConfirmDelete { .. }) => Context::Confirm,
                Some(PickerDialog::Versions { .. }) => Context::Versions,
                Some(PickerDialog::Recover(_)) => Context::Recover,
                Some(PickerDialog::New(_) | PickerDialog::Rename { .. }) => Context::NameDialog,
            },
            Screen::Editor(e) => e.context(&self.guide),
        }
    }
}

impl Picker {
    pub fn new(plans: Vec<PlanSummary>) -> Picker {
        Picker {
            plans,
            selected: 0,
            dialog: None,
            draft: String::new(),
        }
    }
}

impl Editor {
    pub fn new(path: PathBuf, plan: Plan, guide: &Guide) -> Editor {
        let step = guide
            .steps
            .iter()
            .position(|s| s.id == plan.step)
            .unwrap_or(0);
        let saved = plan.meta.updated;
        Editor {
            path,
            plan,
            step,
            focus: 0,
            view: View::Form { edit: None },
            revision: 0,
            saved_revision: 0,
            save: SaveState::Saved(saved),
            overview: Overview {
                steps: Vec::new(),
                total: Progress::default(),
            },
            save_as: None,
            findings: Vec::new(),
            scan: Vec::new(),
            advice_stale: false,
            panel: None,
            export: None,
        }
        .refreshed(guide)
    }

    fn refreshed(self, guide: &Guide) -> Editor {
        let mut e = self;
        e.refresh(guide);
        e.refresh_advice(guide);
        e
    }

    /// Recompute the progress after a change. The advice (all rules over
    /// the whole plan) is only marked out of date: the driver brings it up
    /// to date when the user pauses, so a keystroke stays fast on a plan
    /// with a thousand tasks.
    pub fn refresh(&mut self, guide: &Guide) {
        self.overview = overview(&self.plan, guide);
        self.advice_stale = true;
    }

    /// Bring the advice up to date if it is out of date and no text is
    /// being typed. True when it was recomputed.
    pub fn settle_advice(&mut self, guide: &Guide) -> bool {
        if self.advice_stale && !self.typing() {
            self.refresh_advice(guide);
            return true;
        }
        false
    }

    pub fn refresh_advice(&mut self, guide: &Guide) {
        self.findings = findings(guide, &self.plan);
        self.scan = scan_from(&self.overview, &self.findings);
        self.advice_stale = false;
    }

    /// Is a text, number or date field open?
    pub fn typing(&self) -> bool {
        matches!(
            &self.view,
            View::Form { edit: Some(fe) } | View::Record { edit: Some(fe), .. }
                if !matches!(fe.input, Input::Pick { .. })
        )
    }

    pub fn is_dirty(&self) -> bool {
        self.revision != self.saved_revision
    }

    pub fn context(&self, guide: &Guide) -> Context {
        if self.save_as.is_some() {
            return Context::NameDialog;
        }
        if self.export.is_some() {
            return Context::Export;
        }
        match self.panel {
            Some(Panel::Forms {
                in_details: true, ..
            }) => return Context::PanelDetails,
            Some(_) => return Context::Panel,
            None => {}
        }
        match &self.view {
            View::Form { edit: Some(e) } | View::Record { edit: Some(e), .. } => e.input.context(),
            View::Form { edit: None } => Context::Form,
            View::Record { edit: None, .. } => Context::Record,
            View::List {
                confirm_remove: true,
                ..
            } => Context::Confirm,
            View::List { question, .. } => match guide.question(question).map(|q| &q.question.kind)
            {
                Some(Kind::PerItem { .. }) => Context::PerItemList,
                _ => Context::List,
            },
        }
    }

    pub fn current_step<'g>(&self, guide: &'g Guide) -> Option<&'g Step> {
        guide.steps.get(self.step)
    }

    /// The questions of the current step that apply to this plan.
    pub fn visible<'g>(&self, guide: &'g Guide) -> Vec<&'g Question> {
        self.current_step(guide)
            .map(|s| {
                s.questions
                    .iter()
                    .filter(|q| applies(&self.plan, q))
                    .collect()
            })
            .unwrap_or_default()
    }

    /// The question that has focus in the form.
    pub fn focused_question<'g>(&self, guide: &'g Guide) -> Option<&'g Question> {
        let visible = self.visible(guide);
        visible
            .get(self.focus.min(visible.len().saturating_sub(1)))
            .copied()
    }

    /// The fields of `item` in list or per-item question `question` that apply.
    pub fn visible_fields<'g>(
        &self,
        guide: &'g Guide,
        question: &str,
        item: &str,
    ) -> Vec<&'g Question> {
        let record = self.plan.record(question, item);
        guide
            .question(question)
            .map(|q| {
                q.question
                    .kind
                    .fields()
                    .iter()
                    .filter(|f| field_applies(record, f))
                    .collect()
            })
            .unwrap_or_default()
    }

    /// The question or field whose help the help panel shows.
    pub fn help_subject<'g>(&self, guide: &'g Guide) -> Option<&'g Question> {
        match &self.view {
            View::Record {
                question,
                item,
                focus,
                ..
            } => {
                let fields = self.visible_fields(guide, question, item);
                fields
                    .get((*focus).min(fields.len().saturating_sub(1)))
                    .copied()
            }
            _ => self.focused_question(guide),
        }
    }

    /// The items a list view shows: the list's own items, or for a
    /// per-item question the items of the list it asks about.
    pub fn list_items<'p>(&'p self, guide: &Guide, question: &str) -> &'p [crate::plan::Item] {
        match guide.question(question).map(|q| &q.question.kind) {
            Some(Kind::PerItem { list, .. }) => self.plan.items(list),
            _ => self.plan.items(question),
        }
    }
}

impl Input {
    pub fn context(&self) -> Context {
        match self {
            Input::Pick { multi: true, .. } => Context::PickMany,
            Input::Pick { .. } => Context::PickOne,
            _ => Context::EditText,
        }
    }
}

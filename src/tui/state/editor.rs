//! The plan editor: the open plan, where the user is in it, and what is
//! derived from it (progress and advice).

use std::path::PathBuf;

use jiff::Timestamp;

pub use crate::advice::Advice;
use crate::export::CaseSheet;
use crate::guide::{Guide, Kind, Question, Step};
use crate::plan::progress::{Overview, applies, field_applies, overview};
use crate::plan::{Item, Plan, Position, Progress, Slot};
use crate::session::{Autosave, SavePolicy};
use crate::tui::keymap::Context;

use super::field::FieldEditor;
use super::panel::{Panel, PanelKind};
use super::undo::History;

/// How far the focused question is scrolled into, when its block is
/// taller than the view (↓ goes through it before the next question).
/// It counts only while `slot` has the focus.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FormScroll {
    pub slot: Option<Slot>,
    pub offset: u16,
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
    pub form_scroll: FormScroll,
    /// Bumped on every change to the plan; a save records the revision it
    /// wrote in `saved_revision`.
    pub revision: u64,
    pub saved_revision: u64,
    pub save: SaveState,
    /// Progress per step and overall, refreshed by `update` when the plan
    /// changes (a big plan has thousands of fields; every frame needs it).
    pub overview: Overview,
    /// The advice on the plan. After a change `advice_stale` is set; it is
    /// recomputed once the user pauses (never while typing).
    pub advice: Advice,
    pub advice_stale: bool,
    /// A screen over the questions: findings, form aid, raad, overview,
    /// the case.
    pub panel: Option<Panel>,
    /// The workshop case the plan was started from, as the case screen
    /// shows it (found by the driver when the plan opened).
    pub case: Option<Box<CaseSheet>>,
    /// When to save on its own.
    pub autosave: Autosave,
    /// What Ctrl-Z can take back, and Ctrl-Y do again.
    pub history: History,
    /// The position the last save wrote: leaving a plan saves it again
    /// when only the position changed, so it reopens where the user was.
    pub saved_position: Option<Position>,
    /// A save on quit failed once; a second quit request stops anyway,
    /// after writing a recovery copy.
    pub quit_warned: bool,
}

/// What the main panel shows.
pub enum View {
    /// The questions of the step; maybe one being answered.
    Form { edit: Option<FieldEditor> },
    /// The items of a list (or the items a per-item question asks about).
    List { question: String, selected: usize },
    /// The questions of one item.
    Record {
        question: String,
        item: String,
        focus: usize,
        edit: Option<FieldEditor>,
    },
}

/// The two kinds of question that open a list of items.
#[derive(Debug, Clone, Copy)]
pub enum ListOf<'g> {
    /// A list of its own (tasks, partners).
    Own {
        item: &'g str,
        title_field: &'g str,
        fields: &'g [Question],
    },
    /// The same fields for every item of an earlier list.
    PerItem {
        list: &'g str,
        fields: &'g [Question],
    },
}

impl<'g> ListOf<'g> {
    /// `Some` for the kinds that open a list view.
    #[must_use]
    pub fn of(kind: &'g Kind) -> Option<ListOf<'g>> {
        match kind {
            Kind::List {
                item,
                title_field,
                fields,
            } => Some(ListOf::Own {
                item,
                title_field,
                fields,
            }),
            Kind::PerItem { list, fields } => Some(ListOf::PerItem { list, fields }),
            Kind::ShortText
            | Kind::LongText
            | Kind::Choice(_)
            | Kind::Multi(_)
            | Kind::Scale { .. }
            | Kind::YesNo
            | Kind::Number { .. }
            | Kind::Date
            | Kind::Refs { .. } => None,
        }
    }

    /// The question `id` as a list, if it is one.
    #[must_use]
    pub fn question(guide: &'g Guide, id: &str) -> Option<ListOf<'g>> {
        guide
            .question(id)
            .and_then(|r| ListOf::of(&r.question.kind))
    }

    #[must_use]
    pub fn fields(self) -> &'g [Question] {
        match self {
            ListOf::Own { fields, .. } | ListOf::PerItem { fields, .. } => fields,
        }
    }
}

impl Editor {
    #[must_use]
    pub fn new(path: PathBuf, plan: Plan, guide: &Guide, policy: SavePolicy) -> Editor {
        let step = guide
            .steps
            .iter()
            .position(|s| s.id == plan.step)
            .unwrap_or(0);
        let saved = plan.meta.updated;
        let overview = overview(&plan, guide);
        // The advice (all rules over the plan) is not needed for the first
        // frame; it is out of date from the start, so the loop brings it
        // up to date right after that frame (`App::deadline`).
        let position = plan.position.clone();
        let mut editor = Editor {
            path,
            plan,
            step,
            focus: 0,
            view: View::Form { edit: None },
            form_scroll: FormScroll::default(),
            revision: 0,
            saved_revision: 0,
            save: SaveState::Saved(saved),
            overview,
            advice: Advice::pending(),
            advice_stale: true,
            panel: None,
            case: None,
            autosave: Autosave::new(policy),
            history: History::default(),
            saved_position: position.clone(),
            quit_warned: false,
        };
        // Back where the user was when the plan was last saved (W17).
        if let Some(at) = &position {
            editor.place(guide, at);
        }
        editor
    }

    /// Recompute the progress after a change. The advice (all rules over
    /// the whole plan) is only marked out of date: it is brought up to date
    /// when the user pauses, so a keystroke stays fast on a plan with a
    /// thousand tasks.
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
        self.advice = Advice::of(guide, &self.plan, &self.overview);
        self.advice_stale = false;
    }

    /// Is a text, number or date field open?
    pub fn typing(&self) -> bool {
        self.field_editor()
            .is_some_and(|fe| fe.input.text_area().is_some())
    }

    /// The answer being typed or chosen, if any.
    pub fn field_editor(&self) -> Option<&FieldEditor> {
        match &self.view {
            View::Form { edit } | View::Record { edit, .. } => edit.as_ref(),
            View::List { .. } => None,
        }
    }

    pub fn is_dirty(&self) -> bool {
        self.revision != self.saved_revision
    }

    /// Where the user is inside the editor (overlays come first; see
    /// [`super::App::context`]).
    pub fn context(&self, guide: &Guide) -> Context {
        match self.panel.map(|p| p.kind) {
            Some(PanelKind::Case) => return Context::CaseText,
            Some(
                PanelKind::Findings | PanelKind::Forms | PanelKind::Raad | PanelKind::Overview,
            ) => {
                return Context::Panel;
            }
            None => {}
        }
        match &self.view {
            View::Form { edit: Some(e) } | View::Record { edit: Some(e), .. } => e.input.context(),
            View::Form { edit: None } => Context::Form,
            View::Record { edit: None, .. } => Context::Record,
            View::List { question, .. } => match ListOf::question(guide, question) {
                Some(ListOf::PerItem { .. }) => Context::PerItemList,
                Some(ListOf::Own { .. }) | None => Context::List,
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
            View::Form { .. } | View::List { .. } => self.focused_question(guide),
        }
    }

    /// The items a list view shows: the list's own items, or for a
    /// per-item question the items of the list it asks about.
    pub fn list_items<'p>(&'p self, guide: &Guide, question: &str) -> &'p [Item] {
        match ListOf::question(guide, question) {
            Some(ListOf::PerItem { list, .. }) => self.plan.items(list),
            Some(ListOf::Own { .. }) | None => self.plan.items(question),
        }
    }

    /// Progress of the whole plan.
    pub fn total(&self) -> Progress {
        self.overview.total
    }
}

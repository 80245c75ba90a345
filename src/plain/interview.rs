//! The interview: the open plan, where the user is in it, and what is
//! derived from it. Plain data with queries; `turn.rs` changes it one
//! line at a time, `saving.rs` decides when it goes to disk.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Instant;

use crate::advice::{Advice, Finding};
use crate::guide::{Guide, Kind, Question, Step};
use crate::plan::progress::{Overview, applies, field_applies, overview};
use crate::plan::{Item, Plan, Slot};
use crate::session::{Autosave, SavePolicy};

/// Where the user is inside the current step.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cursor {
    /// Index into the questions of the step that apply; one past the last
    /// means "after the last question" (only on the last step).
    pub question: usize,
    /// Inside a list question: its menu, or the questions of one item.
    pub list: Option<InList>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum InList {
    /// The items, and what can be done with them.
    Menu,
    /// Field `field` (an index into the item's fields that apply) of `item`.
    Item { item: String, field: usize },
    /// "Remove this item?"
    ConfirmRemove { item: String },
}

/// The identity of a finding, to tell a new one from one said before.
pub type FindingKey = (String, Option<String>, Option<String>);

#[must_use]
pub fn key(f: &Finding) -> FindingKey {
    (f.rule.clone(), f.item.clone(), f.field.clone())
}

/// The findings by identity, with what they say.
#[must_use]
pub fn told(findings: &[Finding]) -> BTreeMap<FindingKey, String> {
    findings
        .iter()
        .map(|f| (key(f), f.message.trim().to_string()))
        .collect()
}

/// Why the interview stopped.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stopped {
    /// The user asked, or the input ended; the plan is on disk.
    Done,
    /// The system asked (a signal); the plan is on disk or in a recovery copy.
    Signal(i32),
    /// The plan could not be saved where it belongs; a recovery copy was
    /// written (or the plan printed).
    Rescued,
    /// A line of a script was refused; what came before it is saved.
    Refused,
}

pub struct Interview {
    pub guide: Arc<Guide>,
    pub path: PathBuf,
    pub plan: Plan,
    pub step: usize,
    pub at: Cursor,
    /// A long text is being typed: its lines so far (the plan holds them
    /// already, so nothing is lost if the input ends).
    pub typing: Option<Vec<String>>,
    /// Bumped on every change to the plan; a save records the revision
    /// it wrote.
    pub revision: u64,
    pub saved_revision: u64,
    /// Why the last save failed, while it does.
    pub save_failed: Option<String>,
    pub autosave: Autosave,
    pub overview: Overview,
    pub advice: Advice,
    /// The findings the user has been told about, with their message.
    pub told: BTreeMap<FindingKey, String>,
    /// The time of the last tick.
    pub now: Instant,
    /// The step's name and intro go before the next question.
    pub new_step: bool,
    /// A stop was asked for and its save failed once.
    pub stop_warned: bool,
    pub history_warned: bool,
    /// Stdin is a script, not a person: a refused line stops the run.
    pub scripted: bool,
    /// Lines read so far, to name a refused line of a script.
    pub lines_read: usize,
    /// The script line that was refused, if one was.
    pub refused_line: Option<usize>,
    pub stopped: Option<Stopped>,
    /// A signal asked for the stop in progress.
    pub signal: Option<i32>,
}

impl Interview {
    #[must_use]
    pub fn new(
        guide: Arc<Guide>,
        path: PathBuf,
        plan: Plan,
        policy: SavePolicy,
        now: Instant,
    ) -> Interview {
        let step = guide
            .steps
            .iter()
            .position(|s| s.id == plan.step)
            .unwrap_or(0);
        let overview = overview(&plan, &guide);
        let advice = Advice::of(&guide, &plan, &overview);
        let told = told(&advice.findings);
        let mut interview = Interview {
            guide,
            path,
            plan,
            step,
            at: Cursor {
                question: 0,
                list: None,
            },
            typing: None,
            revision: 0,
            saved_revision: 0,
            save_failed: None,
            autosave: Autosave::new(policy),
            overview,
            advice,
            told,
            now,
            new_step: true,
            stop_warned: false,
            history_warned: false,
            scripted: false,
            lines_read: 0,
            refused_line: None,
            stopped: None,
            signal: None,
        };
        interview.enter_question();
        interview
    }

    #[must_use]
    pub fn current_step(&self) -> Option<&Step> {
        self.guide.steps.get(self.step)
    }

    /// The last step's number (steps count from 0, as the guide names them).
    #[must_use]
    pub fn last_step(&self) -> usize {
        self.guide.steps.len().saturating_sub(1)
    }

    /// The questions of the current step that apply to the plan now.
    #[must_use]
    pub fn visible(&self) -> Vec<&Question> {
        visible_in(&self.plan, self.current_step())
    }

    /// The question under the cursor, if it is not past the end.
    #[must_use]
    pub fn question(&self) -> Option<&Question> {
        self.visible().get(self.at.question).copied()
    }

    /// The fields of `item` in list or per-item question `question` that apply.
    #[must_use]
    pub fn fields<'q>(&self, question: &'q Question, item: &str) -> Vec<&'q Question> {
        let record = self.plan.record(&question.id, item);
        question
            .kind
            .fields()
            .iter()
            .filter(|f| field_applies(record, f))
            .collect()
    }

    /// The items a list question's menu shows: its own, or for a per-item
    /// question those of the list it asks about.
    #[must_use]
    pub fn items(&self, question: &Question) -> &[Item] {
        match &question.kind {
            Kind::PerItem { list, .. } => self.plan.items(list),
            _ => self.plan.items(&question.id),
        }
    }

    /// The question or field being answered, with where its answer lives.
    #[must_use]
    pub fn answering(&self) -> Option<(&Question, Slot)> {
        let q = self.question()?;
        match &self.at.list {
            None => Some((q, Slot::question(&q.id))),
            Some(InList::Item { item, field }) => {
                let fields = self.fields(q, item);
                let f = fields.get(*field).copied()?;
                Some((f, Slot::field(&q.id, item, &f.id)))
            }
            Some(InList::Menu | InList::ConfirmRemove { .. }) => None,
        }
    }

    #[must_use]
    pub fn is_dirty(&self) -> bool {
        self.revision != self.saved_revision
    }

    /// The plan changed: progress and advice follow at once (one line of
    /// input is one change, and the advice takes about a millisecond even
    /// on a giant plan, so there is no pause to wait for as in the TUI).
    pub fn changed(&mut self) {
        self.revision += 1;
        self.overview = overview(&self.plan, &self.guide);
        self.advice = Advice::of(&self.guide, &self.plan, &self.overview);
    }

    /// The cursor arrived at a question: a list opens its menu.
    pub fn enter_question(&mut self) {
        self.at.list = self
            .question()
            .filter(|q| opens_a_list(&q.kind))
            .map(|_| InList::Menu);
    }
}

/// The questions of `step` that apply to `plan`.
#[must_use]
pub fn visible_in<'g>(plan: &Plan, step: Option<&'g Step>) -> Vec<&'g Question> {
    step.map(|s| s.questions.iter().filter(|q| applies(plan, q)).collect())
        .unwrap_or_default()
}

/// Lists and per-item questions are answered through a menu of items.
#[must_use]
pub fn opens_a_list(kind: &Kind) -> bool {
    match kind {
        Kind::List { .. } | Kind::PerItem { .. } => true,
        Kind::ShortText
        | Kind::LongText
        | Kind::Choice(_)
        | Kind::Multi(_)
        | Kind::Scale { .. }
        | Kind::YesNo
        | Kind::Number { .. }
        | Kind::Date
        | Kind::Refs { .. } => false,
    }
}

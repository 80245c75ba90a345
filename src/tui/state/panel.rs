//! The screens beside the questions of a step, one per tab.

use crate::tui::keymap::Action;

/// A screen beside the questions, with its cursor.
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
    /// The case of the workshop the plan was started from, scrolling.
    Case { scroll: u16 },
}

/// Which panel, without its cursor: the tabs and the keys that open them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PanelKind {
    Findings,
    Forms,
    Raad,
    Overview,
    Case,
}

impl PanelKind {
    /// In the order of the tab row.
    pub const ALL: [PanelKind; 5] = [
        PanelKind::Findings,
        PanelKind::Forms,
        PanelKind::Raad,
        PanelKind::Overview,
        PanelKind::Case,
    ];

    /// The key action that opens (and closes) this panel.
    #[must_use]
    pub fn action(self) -> Action {
        match self {
            PanelKind::Findings => Action::ShowFindings,
            PanelKind::Forms => Action::ShowForms,
            PanelKind::Raad => Action::ShowRaad,
            PanelKind::Overview => Action::ShowOverview,
            PanelKind::Case => Action::ShowCase,
        }
    }

    #[must_use]
    pub fn from_action(action: Action) -> Option<PanelKind> {
        PanelKind::ALL.into_iter().find(|k| k.action() == action)
    }

    /// The panel opened fresh; the overview starts on the current step.
    #[must_use]
    pub fn open(self, step: usize) -> Panel {
        match self {
            PanelKind::Findings => Panel::Findings { selected: 0 },
            PanelKind::Forms => Panel::Forms {
                selected: 0,
                scroll: 0,
                in_details: false,
            },
            PanelKind::Raad => Panel::Raad { selected: 0 },
            PanelKind::Overview => Panel::Overview { selected: step },
            PanelKind::Case => Panel::Case { scroll: 0 },
        }
    }
}

impl Panel {
    #[must_use]
    pub fn kind(self) -> PanelKind {
        match self {
            Panel::Findings { .. } => PanelKind::Findings,
            Panel::Forms { .. } => PanelKind::Forms,
            Panel::Raad { .. } => PanelKind::Raad,
            Panel::Overview { .. } => PanelKind::Overview,
            Panel::Case { .. } => PanelKind::Case,
        }
    }
}

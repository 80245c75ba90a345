//! The screens beside the questions, one per tab: each a list with the
//! details of the selected row beside or under it.

use crate::tui::keymap::Action;

/// Which screen beside the questions: the tabs and the keys that open them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PanelKind {
    /// All findings ("aandachtspunten"); Enter goes to the question.
    Findings,
    /// The legal-form aid; Enter goes to the question where a form is chosen.
    Forms,
    /// What the plan asks of the raad.
    Raad,
    /// The self-scan and what is still open, per step.
    Overview,
    /// The case of the workshop the plan was started from: text only,
    /// scrolling (no list).
    Case,
}

/// A screen beside the questions, with its cursor and how far its details
/// are scrolled (back to the top when another row is chosen).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Panel {
    pub kind: PanelKind,
    pub selected: usize,
    pub scroll: u16,
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
        let selected = match self {
            PanelKind::Overview => step,
            PanelKind::Findings | PanelKind::Forms | PanelKind::Raad | PanelKind::Case => 0,
        };
        Panel {
            kind: self,
            selected,
            scroll: 0,
        }
    }
}

impl Panel {
    #[must_use]
    pub fn kind(self) -> PanelKind {
        self.kind
    }
}

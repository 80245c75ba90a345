//! The plan picker: the plans in the plans folder.

use crate::tui::effect::PlanSummary;

pub struct Picker {
    pub plans: Vec<PlanSummary>,
    pub selected: usize,
    /// A name typed in the new-plan dialog before Esc, offered again.
    pub draft: String,
}

impl Picker {
    #[must_use]
    pub fn new(plans: Vec<PlanSummary>) -> Picker {
        Picker {
            plans,
            selected: 0,
            draft: String::new(),
        }
    }

    #[must_use]
    pub fn current(&self) -> Option<&PlanSummary> {
        self.plans.get(self.selected)
    }
}

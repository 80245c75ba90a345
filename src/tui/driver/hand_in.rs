//! Handing a plan in to the trainer of a workshop: the folder to suggest,
//! and the copy written (never over another group's file).

use crate::plan::Plan;
use crate::tui::effect::Done;
use crate::workshop::case::workshop_folder;
use crate::workshop::describe_hand_in_error;
use crate::workshop::participant::hand_in;

use super::Driver;

impl Driver {
    /// The workshop folder the group joined, if it is still there (a USB
    /// stick may have gone); otherwise nothing, to type.
    pub(super) fn suggest_hand_in(&self, case: Option<&str>, with_author: bool) -> Done {
        let text = case
            .and_then(|id| workshop_folder(self.library.data_dir(), id))
            .map(|dir| dir.display().to_string())
            .unwrap_or_default();
        Done::HandInSuggested { text, with_author }
    }

    pub(super) fn hand_in(&self, typed: &str, plan: &Plan, with_author: bool) -> Done {
        let folder = self.places.resolve_folder(typed);
        Done::HandedIn {
            result: hand_in(plan, &folder, with_author).map_err(|e| describe_hand_in_error(&e)),
            typed: typed.to_string(),
            with_author,
        }
    }
}

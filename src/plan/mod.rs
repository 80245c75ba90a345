//! The plan a user builds: answers keyed by question id, saved as RON.

mod access;
mod check;
mod format;
mod index;
mod migrate;
mod model;
pub mod progress;
mod unique;

pub use crate::ron_error::SyntaxKind;
pub use access::Slot;
pub use check::{MAX_ITEM_NUMBER, PlanProblem};
pub use format::{
    FormatError, Loaded, MAX_PLAN_BYTES, SaveProblem, from_bytes, from_str, to_saved_string,
    to_string,
};
pub use model::{Answer, FORMAT_VERSION, Item, Meta, Plan, Position, Record, YesNo};
pub use progress::{Progress, StepStatus};

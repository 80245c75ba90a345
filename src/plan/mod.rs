//! The plan a user builds: answers keyed by question id, saved as RON.

mod access;
mod format;
mod model;
pub mod progress;

pub use access::Slot;
pub use format::{FormatError, MAX_PLAN_BYTES, from_bytes, from_str, to_string};
pub use model::{Answer, FORMAT_VERSION, Item, Meta, Plan, Record, YesNo};
pub use progress::{Progress, StepStatus};

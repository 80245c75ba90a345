//! Workshop cases: a situation, material per guide step, a starting plan
//! and debrief points, as data.

mod kept;
mod load;
mod schema;
mod validate;

pub use crate::workshop::problem::{CaseProblem, CaseRemark, Found};
pub use kept::{case_for_plan, cases_dir, keep, remember_workshop, workshop_folder};
pub use load::{
    EMBEDDED_CASES, LoadedCase, MAX_CASE_BYTES, Source, catalogue, embedded, find, load_file,
    load_folder, parse_case,
};
pub use schema::{Case, CaseStep, DebriefPoint, StartPlan};
pub use validate::{MAX_MINUTES, SITUATION_WORDS, is_good_id, start_plan};

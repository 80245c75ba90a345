//! Reading plan files written by earlier versions of the format.

use std::collections::BTreeMap;

use serde::Deserialize;

use crate::guide::Guide;

use super::model::{Answer, FORMAT_VERSION, Meta, Plan, first_item_number};

/// Format 1: like format 2, but the step the user was on is an index.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PlanV1 {
    #[allow(dead_code)] // read to match the file; always 1
    version: u32,
    meta: Meta,
    #[serde(default)]
    answers: BTreeMap<String, Answer>,
    #[serde(default)]
    current_step: usize,
    #[serde(default = "first_item_number")]
    next_item: u64,
}

impl PlanV1 {
    /// The same plan in the current format; the step index becomes the id
    /// of that step in `guide` (the first step if the index is past the end).
    pub fn migrate(self, guide: &Guide) -> Plan {
        let step = guide
            .steps
            .get(self.current_step)
            .map(|s| s.id.clone())
            .unwrap_or_default();
        Plan {
            version: FORMAT_VERSION,
            meta: self.meta,
            answers: self.answers,
            step,
            next_item: self.next_item,
            case: None,
        }
    }
}

//! The advice rules: one small function per rule, grouped by the step whose
//! question the finding belongs to. Each rule's trigger is documented on its
//! function; the texts are in `assets/advice/rules.ron`.

mod doelen;
mod inventaris;
mod monitoring;
mod opgave;
mod partners;

use super::Severity;
use super::read::View;

/// A rule: when it fires, what it concerns, how serious it is.
pub struct Rule {
    /// Stable id; keys the texts in `rules.ron`.
    pub id: &'static str,
    pub severity: Severity,
    /// The top-level question the finding is shown at.
    pub question: &'static str,
    pub check: fn(&View) -> Vec<Hit>,
}

/// One firing of a rule: the list item it concerns, and the values for the
/// `{0}`, `{1}` places of its message.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Hit {
    pub item: Option<String>,
    pub args: Vec<String>,
}

impl Hit {
    pub fn on(item: &str, args: Vec<String>) -> Hit {
        Hit {
            item: Some(item.to_string()),
            args,
        }
    }

    pub fn with(args: Vec<String>) -> Hit {
        Hit { item: None, args }
    }
}

/// One plain hit when `fires`, none otherwise.
pub fn when(fires: bool) -> Vec<Hit> {
    if fires {
        vec![Hit::default()]
    } else {
        Vec::new()
    }
}

/// Every rule, step by step.
pub fn all() -> impl Iterator<Item = &'static Rule> {
    [
        opgave::RULES,
        inventaris::RULES,
        partners::RULES,
        doelen::RULES,
        monitoring::RULES,
    ]
    .into_iter()
    .flatten()
}

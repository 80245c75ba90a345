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
    /// The variants of the texts this rule can ask for (see [`Hit::variant`]);
    /// `rules.ron` has exactly these under the rule's `variants`.
    pub variants: &'static [&'static str],
    pub check: fn(&View) -> Vec<Hit>,
}

/// One firing of a rule: the list item it concerns, and the values for the
/// `{0}`, `{1}` places of its message.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Hit {
    pub item: Option<String>,
    /// The field of that item the finding is about, so it is shown under
    /// that field rather than under the item's first one.
    pub field: Option<&'static str>,
    /// Texts worded for this case, e.g. "weet ik niet" rather than "nee",
    /// or for the family of the chosen form; `None`: the rule's own texts.
    pub variant: Option<&'static str>,
    pub args: Vec<String>,
}

impl Hit {
    pub fn on(item: &str, args: Vec<String>) -> Hit {
        Hit {
            item: Some(item.to_string()),
            args,
            ..Hit::default()
        }
    }

    pub fn with(args: Vec<String>) -> Hit {
        Hit {
            args,
            ..Hit::default()
        }
    }

    /// The same hit, about `field` of its item.
    pub fn at(self, field: &'static str) -> Hit {
        Hit {
            field: Some(field),
            ..self
        }
    }

    /// The same hit, worded as `variant` (if any).
    pub fn worded(self, variant: Option<&'static str>) -> Hit {
        Hit { variant, ..self }
    }
}

/// One plain hit when `fires`, none otherwise.
pub fn when(fires: bool) -> Vec<Hit> {
    when_worded(fires, None)
}

/// One hit worded as `variant` when `fires`, none otherwise.
pub fn when_worded(fires: bool, variant: Option<&'static str>) -> Vec<Hit> {
    if fires {
        vec![Hit::default().worded(variant)]
    } else {
        Vec::new()
    }
}

/// The text variant for a "weet ik niet" answer where the rule's own texts
/// speak of a "nee".
pub const UNKNOWN: &str = "weet_niet";

/// The variant for a yes/no answer that is "nee" (`None`) or "weet ik
/// niet" ([`UNKNOWN`]); other answers do not fire these rules.
pub fn no_or_unknown(answer: Option<crate::plan::YesNo>) -> Option<Option<&'static str>> {
    match answer? {
        crate::plan::YesNo::Nee => Some(None),
        crate::plan::YesNo::WeetNiet => Some(Some(UNKNOWN)),
        crate::plan::YesNo::Ja => None,
    }
}

/// One hit worded for "nee" (the rule's own texts) or "weet ik niet"
/// ([`UNKNOWN`]) when `fires` and question `id` has one of those answers.
pub fn no_or_unknown_hit(v: &View, fires: bool, id: &str) -> Vec<Hit> {
    match no_or_unknown(v.yes_no(id)) {
        Some(variant) if fires => when_worded(true, variant),
        _ => Vec::new(),
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

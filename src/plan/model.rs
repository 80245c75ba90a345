//! The plan: what a user answered, keyed by question id.

use std::collections::BTreeMap;

use jiff::Timestamp;
use jiff::civil::Date;
use serde::{Deserialize, Serialize};

use super::index::{ItemIndex, Keyed};

/// The plan file format this build writes. Files with a higher number are
/// refused; lower numbers are migrated on load (see `migrate.rs`).
///
/// - 1: the step the user was on saved as an index (`current_step`).
/// - 2: saved as the step's id (`step`), so a guide with steps added or
///   reordered still reopens a plan on the right step.
/// - 3: `meta.fractie`, and `case` for plans started from a workshop case;
///   later in this format `meta.date` and `position` (both optional).
///   A format-2 file reads as format 3 (the new fields are optional); it is
///   rewritten as format 3 at its next save.
pub const FORMAT_VERSION: u32 = 3;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Plan {
    pub version: u32,
    pub meta: Meta,
    /// Answers by top-level question id. A map rather than fields, so that
    /// rewording or reordering the guide never breaks a saved plan.
    #[serde(default, deserialize_with = "super::unique::unique_keys")]
    pub answers: BTreeMap<String, Answer>,
    /// The id of the step the user was on, so a reopened plan continues
    /// there. Empty: the first step.
    #[serde(default)]
    pub step: String,
    /// The number the next list item gets in its id (`i1`, `i2`, ...); ids
    /// are never reused, so references to a removed item cannot come back
    /// to life pointing at a new one.
    #[serde(default = "first_item_number")]
    pub next_item: u64,
    /// The id of the workshop case this plan was started from, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub case: Option<String>,
    /// Where in the step the user was at the last save, so a reopened
    /// plan continues at that question (and item) (W17).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub position: Option<Position>,
    /// Where each list item is, so following a reference does not scan
    /// (a cache: not saved, not compared; see `index.rs`).
    #[serde(skip)]
    pub(super) index: ItemIndex,
}

/// A place in the step in `Plan::step`: a question, and for a list the
/// item (and the field of that item). Ids, like the answers, so a guide
/// with questions added or reordered still finds it; a place that no
/// longer exists is ignored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Position {
    pub question: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub item: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub field: Option<String>,
}

pub(super) fn first_item_number() -> u64 {
    1
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Meta {
    pub title: String,
    #[serde(default)]
    pub gemeente: String,
    #[serde(default)]
    pub author: String,
    /// The author's fractie (political group), shown on exports.
    #[serde(default)]
    pub fractie: String,
    /// The date the notitie carries, when the author sets one; otherwise
    /// exports show the date of the last change.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<Date>,
    pub created: Timestamp,
    pub updated: Timestamp,
}

/// One answer. The variant follows the question's kind in the guide.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Answer {
    Text(String),
    Choice(String),
    Multi(Vec<String>),
    Scale(u8),
    YesNo(YesNo),
    Number(i64),
    Date(Date),
    /// Ids of items of another list.
    Refs(Vec<String>),
    List(Vec<Item>),
    /// Fields per item of another list, by that item's id.
    PerItem(#[serde(deserialize_with = "super::unique::per_item")] BTreeMap<String, Record>),
}

/// The answers to a list's fields, by field id.
pub type Record = BTreeMap<String, Answer>;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Item {
    pub id: String,
    #[serde(default, deserialize_with = "super::unique::unique_keys")]
    pub fields: Record,
}

impl Keyed for Item {
    fn key(&self) -> &str {
        &self.id
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum YesNo {
    Ja,
    Nee,
    WeetNiet,
}

impl YesNo {
    pub const ALL: [YesNo; 3] = [YesNo::Ja, YesNo::Nee, YesNo::WeetNiet];

    /// The value a guide condition uses for this answer.
    pub fn id(self) -> &'static str {
        match self {
            YesNo::Ja => "ja",
            YesNo::Nee => "nee",
            YesNo::WeetNiet => "weet_niet",
        }
    }
}

impl Plan {
    pub fn new(title: &str, now: Timestamp) -> Plan {
        Plan {
            version: FORMAT_VERSION,
            meta: Meta {
                title: title.to_string(),
                gemeente: String::new(),
                author: String::new(),
                fractie: String::new(),
                date: None,
                created: now,
                updated: now,
            },
            answers: BTreeMap::new(),
            step: String::new(),
            next_item: 1,
            case: None,
            position: None,
            index: ItemIndex::default(),
        }
    }

    /// A fresh, never used item id. The counter never runs over: a loaded
    /// plan is at most `MAX_ITEM_NUMBER`, and should it ever reach the top
    /// the check before saving refuses the duplicate instead of writing it.
    pub fn new_item_id(&mut self) -> String {
        let id = format!("i{}", self.next_item);
        self.next_item = self.next_item.saturating_add(1);
        id
    }
}

impl Answer {
    /// True when the answer holds nothing a user typed or chose.
    pub fn is_empty(&self) -> bool {
        match self {
            Answer::Text(t) => t.trim().is_empty(),
            Answer::Choice(c) => c.is_empty(),
            Answer::Multi(v) | Answer::Refs(v) => v.is_empty(),
            Answer::List(items) => items.is_empty(),
            Answer::PerItem(map) => map.values().all(|r| r.values().all(Answer::is_empty)),
            Answer::Scale(_) | Answer::YesNo(_) | Answer::Number(_) | Answer::Date(_) => false,
        }
    }

    /// The values a guide condition compares with: choice ids, or the
    /// yes/no id.
    pub fn condition_values(&self) -> Vec<&str> {
        match self {
            Answer::Choice(c) => vec![c.as_str()],
            Answer::Multi(v) => v.iter().map(String::as_str).collect(),
            Answer::YesNo(yn) => vec![yn.id()],
            _ => Vec::new(),
        }
    }

    pub fn as_text(&self) -> Option<&str> {
        match self {
            Answer::Text(t) => Some(t),
            _ => None,
        }
    }

    pub fn as_choice(&self) -> Option<&str> {
        match self {
            Answer::Choice(c) => Some(c),
            _ => None,
        }
    }

    pub fn as_yes_no(&self) -> Option<YesNo> {
        match self {
            Answer::YesNo(v) => Some(*v),
            _ => None,
        }
    }

    pub fn as_scale(&self) -> Option<u8> {
        match self {
            Answer::Scale(v) => Some(*v),
            _ => None,
        }
    }

    pub fn as_items(&self) -> &[Item] {
        match self {
            Answer::List(items) => items,
            _ => &[],
        }
    }
}

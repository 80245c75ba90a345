//! The Dutch texts of the rules, from `assets/advice/rules.ron`.

use std::collections::BTreeMap;
use std::sync::LazyLock;

use serde::Deserialize;

use super::assets::{RULES_RON, parse};

/// What a finding says, per rule id. `message` may hold `{0}`, `{1}` for
/// the name of a task, partner or afspraak.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RuleText {
    pub message: String,
    pub why: String,
    pub source: String,
    pub action: String,
}

pub fn parse_rule_texts() -> Result<BTreeMap<String, RuleText>, String> {
    parse("rules.ron", RULES_RON)
}

static RULE_TEXTS: LazyLock<BTreeMap<String, RuleText>> =
    LazyLock::new(|| parse_rule_texts().unwrap_or_default());

/// The texts of rule `id`. A rule without texts (impossible in a tested
/// build) shows its id rather than nothing, so the gap is visible.
pub fn rule_text(id: &str) -> RuleText {
    RULE_TEXTS.get(id).cloned().unwrap_or_else(|| RuleText {
        message: id.to_string(),
        why: String::new(),
        source: String::new(),
        action: String::new(),
    })
}

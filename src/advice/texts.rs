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
    /// Texts for particular cases, by variant name; each replaces only the
    /// parts it gives.
    #[serde(default)]
    pub variants: BTreeMap<String, VariantText>,
}

/// The parts of a [`RuleText`] a variant words differently.
#[derive(Debug, Clone, PartialEq, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct VariantText {
    #[serde(default)]
    pub message: Option<String>,
    #[serde(default)]
    pub why: Option<String>,
    #[serde(default)]
    pub source: Option<String>,
    #[serde(default)]
    pub action: Option<String>,
}

pub fn parse_rule_texts() -> Result<BTreeMap<String, RuleText>, String> {
    parse("rules.ron", RULES_RON)
}

static RULE_TEXTS: LazyLock<BTreeMap<String, RuleText>> =
    LazyLock::new(|| parse_rule_texts().unwrap_or_default());

/// The texts of rule `id`, worded as `variant` where one is given. A rule
/// without texts (impossible in a tested build) shows its id rather than
/// nothing, so the gap is visible.
pub fn rule_text(id: &str, variant: Option<&str>) -> RuleText {
    let Some(text) = RULE_TEXTS.get(id) else {
        return RuleText {
            message: id.to_string(),
            why: String::new(),
            source: String::new(),
            action: String::new(),
            variants: BTreeMap::new(),
        };
    };
    let mut out = RuleText {
        variants: BTreeMap::new(),
        ..text.clone()
    };
    if let Some(v) = variant.and_then(|v| text.variants.get(v)) {
        let pick = |part: &Option<String>, base: &mut String| {
            if let Some(p) = part {
                base.clone_from(p);
            }
        };
        pick(&v.message, &mut out.message);
        pick(&v.why, &mut out.why);
        pick(&v.source, &mut out.source);
        pick(&v.action, &mut out.action);
    }
    out
}

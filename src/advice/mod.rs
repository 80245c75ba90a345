//! Advice on a plan: findings from rules, a legal-form aid, a self-scan per
//! step and the raad's decisions and moments.
//!
//! Pure core: everything here is a function of the guide and the plan, with
//! texts embedded from `assets/advice/`. Nothing reads files or draws.

mod assets;
pub mod expect;
pub mod forms;
pub mod ids;
pub mod raad;
mod read;
mod report;
mod rules;
pub mod scan;
mod texts;

use crate::guide::Guide;
use crate::plan::Plan;

pub use report::Advice;

use read::View;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Severity {
    /// Worth a look; not a gap.
    Hint,
    /// Something the law requires, or that costs the raad its grip, is
    /// missing or at odds with the plan.
    Warning,
}

/// One piece of advice about the plan.
#[derive(Debug, Clone, PartialEq)]
pub struct Finding {
    /// Stable rule id, e.g. `"uittreden_gr"`.
    pub rule: String,
    pub severity: Severity,
    /// Index into `guide.steps`.
    pub step: usize,
    /// The top-level question the finding belongs to.
    pub question: String,
    /// The list item (task, partner, afspraak) it concerns, if one.
    pub item: Option<String>,
    /// The field of that item it is about, if one: show it there.
    pub field: Option<String>,
    /// What is the matter, in one sentence.
    pub message: String,
    /// Why it matters.
    pub why: String,
    /// Where that comes from: a law article or named guidance.
    pub source: String,
    /// What the raad can do about it.
    pub action: String,
}

/// All findings for `plan`, ordered by step, then question order in the
/// guide, then rule id; findings of one rule keep the order of the list
/// items they concern. Rules whose question is missing from `guide` (an
/// adapted guide) stay quiet.
pub fn findings(guide: &Guide, plan: &Plan) -> Vec<Finding> {
    let view = View::new(guide, plan);
    let mut keyed = Vec::new();
    for rule in rules::all() {
        let Some((step, position)) = position(guide, rule.question) else {
            continue;
        };
        let hits = (rule.check)(&view);
        if hits.is_empty() {
            continue;
        }
        for hit in hits {
            debug_assert!(
                hit.variant.is_none_or(|v| rule.variants.contains(&v)),
                "{}: undeclared variant {:?}",
                rule.id,
                hit.variant
            );
            let text = texts::rule_text(rule.id, hit.variant);
            let args: Vec<&str> = hit.args.iter().map(String::as_str).collect();
            let finding = Finding {
                rule: rule.id.to_string(),
                severity: rule.severity,
                step,
                question: rule.question.to_string(),
                item: hit.item,
                field: hit.field.map(str::to_string),
                message: assets::fill(&text.message, &args),
                why: text.why.clone(),
                source: text.source.clone(),
                action: text.action.clone(),
            };
            keyed.push(((step, position, rule.id), finding));
        }
    }
    // A stable sort keeps a rule's findings in list order.
    keyed.sort_by_key(|(key, _)| *key);
    keyed.into_iter().map(|(_, f)| f).collect()
}

/// The ids of every rule, in step order; for screens that list or filter
/// findings by rule.
pub fn rule_ids() -> impl Iterator<Item = &'static str> {
    rules::all().map(|r| r.id)
}

/// Step index and place within the step of top-level question `id`.
fn position(guide: &Guide, id: &str) -> Option<(usize, usize)> {
    let at = guide.question(id)?;
    let index = guide.steps[at.step]
        .questions
        .iter()
        .position(|q| q.id == id)?;
    Some((at.step, index))
}

#[cfg(test)]
mod tests;

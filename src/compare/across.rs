//! The advice across groups: which findings how many groups have, the form
//! each group chose beside the form aid's best fit, and the case's debrief
//! points checked against each plan.
//!
//! Everything comes from the advice core (`crate::advice`) run on each
//! plan: no rule id, text or form is written here.

use crate::advice::{self, Finding, Severity, forms};
use crate::guide::Guide;
use crate::plan::Plan;
use crate::plan::progress::{applies, is_answered};

/// A debrief point of the case, in the case file's own shape: its
/// `questions` answered show a group dealt with it, its `rules` firing
/// mean it is still open, its `forms` are the choices of `doelen.vorm`
/// that fit it.
pub use crate::workshop::case::DebriefPoint;

/// A finding of the advice, and the groups whose plan has it.
#[derive(Debug, Clone, PartialEq)]
pub struct FindingAcross {
    pub rule: String,
    pub warning: bool,
    pub step: usize,
    /// Groups (indices) with at least one finding of this rule.
    pub groups: Vec<usize>,
    /// The distinct messages (they name items), with their groups; the
    /// most common first.
    pub messages: Vec<(String, Vec<usize>)>,
}

/// One group's form: the one it chose and the aid's best fit.
#[derive(Debug, Clone, PartialEq)]
pub struct FormRow {
    pub group: usize,
    /// The chosen form's name; `None`: no form chosen (yet).
    pub chosen: Option<String>,
    /// The forms that share the highest score; empty when the answers do
    /// not point anywhere yet.
    pub top: Vec<String>,
    /// The aid's own words on how much its order rests on.
    pub basis: String,
}

/// Why a debrief point is still open in one group's plan.
#[derive(Debug, Clone, PartialEq)]
pub enum Gap {
    /// A question it names is not answered (its label).
    Unanswered(String),
    /// A rule it names fires (the finding's message).
    Advice(String),
    /// The group chose a form that is not among the point's forms (its
    /// name), or none.
    Form(Option<String>),
}

#[derive(Debug, Clone, PartialEq)]
pub struct DebriefCheck {
    pub id: String,
    pub text: String,
    /// Groups whose plan shows the point dealt with.
    pub covered: Vec<usize>,
    /// The other groups, each with what is still open.
    pub open: Vec<(usize, Vec<Gap>)>,
    /// Names of the forms that fit the point.
    pub forms: Vec<String>,
}

/// The advice of every plan, read once.
pub struct Advised {
    pub findings: Vec<Vec<Finding>>,
    pub aids: Vec<forms::FormAid>,
}

pub fn advise(guide: &Guide, plans: &[&Plan]) -> Advised {
    Advised {
        findings: plans.iter().map(|p| advice::findings(guide, p)).collect(),
        aids: plans.iter().map(|p| forms::rank(guide, p)).collect(),
    }
}

/// Findings by rule, the rule most groups have first; warnings before
/// hints on a tie, then the order of the guide.
pub fn findings(advised: &Advised) -> Vec<FindingAcross> {
    let mut out: Vec<FindingAcross> = Vec::new();
    for (g, list) in advised.findings.iter().enumerate() {
        for f in list {
            let at = match out.iter().position(|x| x.rule == f.rule) {
                Some(at) => at,
                None => {
                    out.push(FindingAcross {
                        rule: f.rule.clone(),
                        warning: f.severity == Severity::Warning,
                        step: f.step,
                        groups: Vec::new(),
                        messages: Vec::new(),
                    });
                    out.len() - 1
                }
            };
            let entry = &mut out[at];
            if entry.groups.last() != Some(&g) {
                entry.groups.push(g);
            }
            match entry.messages.iter_mut().find(|(m, _)| *m == f.message) {
                Some((_, groups)) if groups.last() == Some(&g) => {}
                Some((_, groups)) => groups.push(g),
                None => entry.messages.push((f.message.clone(), vec![g])),
            }
        }
    }
    for f in &mut out {
        // Stable: equal counts keep the order the groups met them in.
        f.messages.sort_by_key(|m| std::cmp::Reverse(m.1.len()));
    }
    let order: Vec<&str> = advice::rule_ids().collect();
    let rank = |rule: &str| order.iter().position(|r| *r == rule).unwrap_or(usize::MAX);
    out.sort_by(|a, b| {
        b.groups
            .len()
            .cmp(&a.groups.len())
            .then(b.warning.cmp(&a.warning))
            .then(a.step.cmp(&b.step))
            .then(rank(&a.rule).cmp(&rank(&b.rule)))
    });
    out
}

pub fn forms(advised: &Advised) -> Vec<FormRow> {
    advised
        .aids
        .iter()
        .enumerate()
        .map(|(group, aid)| {
            let best = aid.forms.iter().map(|f| f.score).max().unwrap_or(0);
            let top = if best > 0 {
                aid.forms
                    .iter()
                    .filter(|f| f.score == best)
                    .map(|f| f.name.clone())
                    .collect()
            } else {
                Vec::new()
            };
            FormRow {
                group,
                chosen: aid.forms.iter().find(|f| f.chosen).map(|f| f.name.clone()),
                top,
                basis: aid.basis.clone(),
            }
        })
        .collect()
}

/// Check each debrief point against each plan: its questions answered, its
/// rules quiet, and a form among its forms (when it names forms).
pub fn debrief(
    guide: &Guide,
    plans: &[&Plan],
    advised: &Advised,
    points: &[DebriefPoint],
) -> Vec<DebriefCheck> {
    points
        .iter()
        .map(|point| {
            let mut covered = Vec::new();
            let mut open = Vec::new();
            for (g, plan) in plans.iter().enumerate() {
                let gaps = gaps(guide, plan, &advised.findings[g], &advised.aids[g], point);
                if gaps.is_empty() {
                    covered.push(g);
                } else {
                    open.push((g, gaps));
                }
            }
            let forms = advised
                .aids
                .first()
                .map(|aid| point.forms.iter().map(|id| form_name(aid, id)).collect())
                .unwrap_or_default();
            DebriefCheck {
                id: point.id.clone(),
                text: point.text.clone(),
                covered,
                open,
                forms,
            }
        })
        .collect()
}

fn gaps(
    guide: &Guide,
    plan: &Plan,
    findings: &[Finding],
    aid: &forms::FormAid,
    point: &DebriefPoint,
) -> Vec<Gap> {
    let mut gaps = Vec::new();
    let mut unanswered = Vec::new();
    for id in &point.questions {
        if let Some(q) = guide.question(id).map(|r| r.question)
            && applies(plan, q)
            && !is_answered(plan, q)
        {
            unanswered.push(q.id.as_str());
            gaps.push(Gap::Unanswered(q.label.clone()));
        }
    }
    for rule in &point.rules {
        // A reminder about a question already listed as unanswered says
        // the same thing twice; one about an item of it says more.
        if let Some(f) = findings.iter().find(|f| {
            &f.rule == rule && !(f.item.is_none() && unanswered.contains(&f.question.as_str()))
        }) {
            gaps.push(Gap::Advice(f.message.clone()));
        }
    }
    if !point.forms.is_empty() {
        let chosen = aid.forms.iter().find(|f| f.chosen);
        // No form yet, with the form question listed as unanswered: said.
        let said = chosen.is_none() && unanswered.contains(&advice::ids::FORM);
        if !said && !chosen.is_some_and(|f| point.forms.contains(&f.id)) {
            gaps.push(Gap::Form(chosen.map(|f| f.name.clone())));
        }
    }
    gaps
}

/// The name the form aid gives form `id`, or the id itself.
fn form_name(aid: &forms::FormAid, id: &str) -> String {
    aid.forms
        .iter()
        .find(|f| f.id == id)
        .map_or_else(|| id.to_string(), |f| f.name.clone())
}

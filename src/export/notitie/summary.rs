//! The summary on page 1: the opgave, what the gemeente does together and
//! with whom, the form under consideration with its main points for and
//! against, what the raad decides and when, and the most important
//! findings. Each part says so plainly when the plan does not tell yet.

use std::collections::HashMap;

use crate::advice::ids;
use crate::guide::Guide;
use crate::plan::{Answer, Item, Plan};
use crate::present::{answer_text, format_date, item_title, list_parts};
use crate::text::Doc;

use super::super::model::{Block, Para, Table, user_text};
use super::super::report::{Level, MomentStatus, Report};

/// The guide ids the summary reads besides those of the advice.
pub(crate) const OPGAVE: &str = "opgave.omschrijving";
pub(crate) const GOAL: &str = "doelen.doel";

/// How many findings the summary names at most, and how many hints it
/// adds when there are few warnings.
const MAX_FINDINGS: usize = 5;
const MIN_FINDINGS: usize = 3;
/// How many points for and against the form the summary names; the rest
/// are in the advice part.
const MAX_POINTS: usize = 3;

pub(super) fn build(guide: &Guide, plan: &Plan, report: &Report) -> Vec<Block> {
    let mut out = vec![Block::heading(1, Doc::SummaryTitle.get())];
    out.push(Block::heading(2, Doc::SummaryOpgave.get()));
    out.extend(opgave(guide, plan));
    out.push(Block::heading(2, Doc::SummaryTogether.get()));
    out.extend(together(guide, plan));
    if !report.legal_forms.is_empty() || plan.answer(ids::FORM).is_some() {
        out.push(Block::heading(2, Doc::SummaryForm.get()));
        out.extend(form(guide, plan, report));
    }
    if !report.raad_moments.is_empty() {
        out.push(Block::heading(2, Doc::SummaryRaad.get()));
        out.push(raad_table(report));
    }
    if !report.findings.is_empty() {
        out.push(Block::heading(2, Doc::SummaryFindings.get()));
        out.push(Block::bullets(important_findings(report)));
        out.push(Block::Para(Para::aside(Doc::SummaryFindingsMore.get())));
    }
    out
}

fn not_yet() -> Block {
    Block::Para(Para::aside(Doc::SummaryNotYet.get()))
}

fn text_answer(guide: &Guide, plan: &Plan, id: &str) -> Option<String> {
    let q = guide.question(id)?.question;
    answer_text(guide, plan, q, plan.answer(id))
}

fn opgave(guide: &Guide, plan: &Plan) -> Vec<Block> {
    let mut out = match text_answer(guide, plan, OPGAVE) {
        Some(text) => user_text(&text),
        None => vec![not_yet()],
    };
    if let Some(goal) = text_answer(guide, plan, GOAL) {
        out.push(Block::Field {
            label: Doc::SummaryGoal.get().to_string(),
            value: user_text(&goal),
        });
    }
    out
}

/// The tasks done together with the partners on each, the partners, and
/// the other tasks by approach.
fn together(guide: &Guide, plan: &Plan) -> Vec<Block> {
    let (Some(tasks), Some(partners)) = (
        list_parts(guide, ids::TASKS),
        list_parts(guide, ids::PARTNERS),
    ) else {
        return vec![not_yet()];
    };
    let approach_q = tasks.fields.iter().find(|f| f.id == ids::TASK_APPROACH);
    fn approach(task: &Item) -> Option<&str> {
        task.fields
            .get(ids::TASK_APPROACH)
            .and_then(Answer::as_choice)
    }
    let partner_items = plan.items(ids::PARTNERS);
    let partners_on = partners_by_task(partner_items);
    let mut out = Vec::new();
    let shared: Vec<&Item> = plan
        .items(ids::TASKS)
        .iter()
        .filter(|t| approach(t) == Some(ids::APPROACH_TOGETHER))
        .collect();
    if !shared.is_empty() {
        let rows = shared
            .iter()
            .map(|task| {
                let with: Vec<String> = partners_on
                    .get(task.id.as_str())
                    .into_iter()
                    .flatten()
                    .map(|p| item_title(p, partners.title_field))
                    .collect();
                let with = if with.is_empty() {
                    Doc::SummaryNoPartner.get().to_string()
                } else {
                    with.join(", ")
                };
                vec![item_title(task, tasks.title_field), with]
            })
            .collect();
        out.push(Block::Table(Table {
            head: vec![
                Doc::SummaryTaskColumn.get().to_string(),
                Doc::SummaryWithColumn.get().to_string(),
            ],
            rows,
        }));
    }
    if !partner_items.is_empty() {
        let kind_q = partners.fields.iter().find(|f| f.id == ids::PARTNER_KIND);
        let names: Vec<String> = partner_items
            .iter()
            .map(|p| {
                let name = item_title(p, partners.title_field);
                let kind = kind_q
                    .and_then(|q| answer_text(guide, plan, q, p.fields.get(ids::PARTNER_KIND)));
                let lead = matches!(
                    p.fields.get(ids::PARTNER_LEAD),
                    Some(Answer::YesNo(crate::plan::YesNo::Ja))
                );
                let mut notes: Vec<String> = kind.map(|k| k.to_lowercase()).into_iter().collect();
                if lead {
                    notes.push(Doc::SummaryLead.get().to_string());
                }
                if notes.is_empty() {
                    name
                } else {
                    format!("{name} ({})", notes.join(", "))
                }
            })
            .collect();
        out.push(Block::Para(Para::led(
            Doc::SummaryPartners.get(),
            format!(" {}.", names.join("; ")),
        )));
    }
    // The other tasks, by approach in the guide's order of choices.
    if let Some(q) = approach_q {
        for choice in q.kind.choices() {
            if choice.id == ids::APPROACH_TOGETHER {
                continue;
            }
            let names: Vec<String> = plan
                .items(ids::TASKS)
                .iter()
                .filter(|t| approach(t) == Some(choice.id.as_str()))
                .map(|t| item_title(t, tasks.title_field))
                .collect();
            if !names.is_empty() {
                out.push(Block::Para(Para::led(
                    format!("{}:", choice.label),
                    format!(" {}.", names.join("; ")),
                )));
            }
        }
    }
    if out.is_empty() {
        out.push(not_yet());
    }
    out
}

/// The partners that work on each task, by task id, in the partners'
/// order and each partner once: one pass over the links instead of a
/// search per task and partner (issue 16).
fn partners_by_task(partners: &[Item]) -> HashMap<&str, Vec<&Item>> {
    let mut on: HashMap<&str, Vec<&Item>> = HashMap::new();
    for partner in partners {
        let Some(Answer::Refs(refs)) = partner.fields.get(ids::PARTNER_TASKS) else {
            continue;
        };
        for task in refs {
            let with = on.entry(task.as_str()).or_default();
            if !with.last().is_some_and(|p| std::ptr::eq(*p, partner)) {
                with.push(partner);
            }
        }
    }
    on
}

/// The form the plan considers, with its points; or, when it names none,
/// which forms fit the answers best.
fn form(guide: &Guide, plan: &Plan, report: &Report) -> Vec<Block> {
    let mut out = Vec::new();
    match report.chosen_form() {
        Some(f) => {
            out.push(Block::Para(Para::led(
                f.form.clone(),
                format!(" — {}.", f.fit),
            )));
            let points = |label: Doc, points: &[String], none: Doc| {
                let mut value = vec![if points.is_empty() {
                    Block::Para(Para::aside(none.get()))
                } else {
                    Block::bullets(points.iter().take(MAX_POINTS).map(Para::text))
                }];
                if points.len() > MAX_POINTS {
                    let more = points.len() - MAX_POINTS;
                    value.push(Block::Para(Para::aside(Doc::MorePoints.fill(&[&more]))));
                }
                Block::Field {
                    label: label.get().to_string(),
                    value,
                }
            };
            out.push(points(Doc::ReasonFor, &f.points_for, Doc::NoPointsFor));
            out.push(points(
                Doc::ReasonAgainst,
                &f.points_against,
                Doc::NoPointsAgainst,
            ));
        }
        None => {
            let chose_none =
                plan.answer(ids::FORM).and_then(Answer::as_choice) == Some(ids::FORM_NONE);
            let named = text_answer(guide, plan, ids::FORM).filter(|_| !chose_none);
            out.push(Block::para(match named {
                Some(n) => Doc::SummaryFormNamed.fill(&[&n]),
                None => Doc::SummaryNoForm.get().to_string(),
            }));
            if let Some(best) = report.legal_forms.first() {
                let best: Vec<&str> = report
                    .legal_forms
                    .iter()
                    .filter(|f| f.fit == best.fit)
                    .map(|f| f.form.as_str())
                    .collect();
                out.push(Block::para(
                    Doc::SummaryBestFit.fill(&[&best.join(", "), &report.legal_forms[0].fit]),
                ));
            }
        }
    }
    // The full disclaimer is with the forms in the advice part.
    out.push(Block::Para(Para::aside(Doc::SummaryFormNote.get())));
    out
}

fn raad_table(report: &Report) -> Block {
    let rows = report
        .raad_moments
        .iter()
        .map(|m| {
            vec![
                m.title.clone(),
                m.date
                    .map_or_else(|| Doc::NoDate.get().to_string(), format_date),
                status(m.status).to_string(),
            ]
        })
        .collect();
    Block::Table(Table {
        head: vec![
            Doc::RaadColumnWhat.get().to_string(),
            Doc::RaadColumnDate.get().to_string(),
            Doc::RaadColumnStatus.get().to_string(),
        ],
        rows,
    })
}

pub(crate) fn status(s: MomentStatus) -> &'static str {
    match s {
        MomentStatus::Planned => Doc::MomentPlanned.get(),
        MomentStatus::Described => Doc::MomentDescribed.get(),
        MomentStatus::NotPlanned => Doc::MomentNotPlanned.get(),
        MomentStatus::Unknown => Doc::MomentUnknown.get(),
        MomentStatus::Applies => Doc::MomentApplies.get(),
    }
}

/// Warnings first, in step order; hints after them until there are at
/// least three; never more than five.
fn important_findings(report: &Report) -> Vec<Para> {
    let warnings = report.findings.iter().filter(|f| f.level == Level::Warning);
    let hints = report.findings.iter().filter(|f| f.level == Level::Hint);
    let mut chosen: Vec<_> = warnings.take(MAX_FINDINGS).collect();
    let room = MIN_FINDINGS.saturating_sub(chosen.len());
    chosen.extend(hints.take(room));
    chosen
        .into_iter()
        .map(|f| Para::led(format!("{}:", mark(f.level)), format!(" {}", f.title)))
        .collect()
}

pub(crate) fn mark(level: Level) -> &'static str {
    match level {
        Level::Warning => Doc::FindingWarning.get(),
        Level::Hint => Doc::FindingHint.get(),
    }
}

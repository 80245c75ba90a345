//! The participants' paper: the case and the worksheet together, made by
//! the export's worksheet (so an adapted guide prints an adapted sheet).

use jiff::Timestamp;

use crate::export::{self, CaseSheet, CaseSheetStep, SheetHeading};
use crate::guide::{Guide, Kind};
use crate::plan::Answer;
use crate::present::{answer_text, capitalise, item_title, record_summary};

use super::case::{Case, start_plan};

/// The case as the worksheet prints it: the situation, and per step the
/// facts, the discussion questions and what the starting plan fills in.
pub fn case_sheet(case: &Case, guide: &Guide) -> CaseSheet {
    let plan = start_plan(case, &case.title, Timestamp::UNIX_EPOCH);
    let steps = guide
        .steps
        .iter()
        .map(|step| {
            let material = case.step(&step.id);
            let mut given = Vec::new();
            for q in &step.questions {
                let answer = plan.answers.get(&q.id);
                match (&q.kind, answer) {
                    (
                        Kind::List {
                            item,
                            title_field,
                            fields,
                        },
                        Some(Answer::List(items)),
                    ) => {
                        for it in items {
                            let summary =
                                record_summary(guide, &plan, fields, Some(&it.fields), title_field);
                            let name = item_title(it, title_field);
                            let text = if summary.is_empty() {
                                name
                            } else {
                                format!("{name} ({summary})")
                            };
                            given.push((capitalise(item), text));
                        }
                    }
                    (Kind::List { .. } | Kind::PerItem { .. }, _) => {}
                    _ => {
                        if let Some(text) = answer_text(guide, &plan, q, answer) {
                            given.push((q.label.clone(), text));
                        }
                    }
                }
            }
            CaseSheetStep {
                step: step.id.clone(),
                facts: material.map(|m| m.facts.clone()).unwrap_or_default(),
                questions: material.map(|m| m.questions.clone()).unwrap_or_default(),
                given,
            }
        })
        .collect();
    CaseSheet {
        title: case.title.clone(),
        situation: case.situation.clone(),
        steps,
    }
}

/// The worksheet's heading for a case: the case's title, the gemeente the
/// groups play, and the case printed with the sheet.
pub fn sheet_heading(case: &Case, guide: &Guide) -> SheetHeading {
    SheetHeading {
        title: Some(case.title.clone()),
        gemeente: case.start.gemeente.clone(),
        rows: Vec::new(),
        case: Some(case_sheet(case, guide)),
    }
}

/// The handout as one printable HTML page.
pub fn handout_html(case: &Case, guide: &Guide) -> String {
    export::worksheet_html(guide, &sheet_heading(case, guide))
}

/// The same as Markdown, for trainers who edit it before printing.
pub fn handout_markdown(case: &Case, guide: &Guide) -> String {
    export::worksheet_markdown(guide, &sheet_heading(case, guide))
}

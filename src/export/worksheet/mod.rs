//! The blank guide as a worksheet for paper workshops: every question with
//! its help and room to write. Built from the guide data alone, so an
//! adapted guide (`--guide`) prints an adapted worksheet.

mod case;
mod html;
mod markdown;

use crate::guide::{Condition, Guide, Kind, Question, RaadRole};
use crate::plan::YesNo;
use crate::present::yes_no_label;
use crate::text::{Doc, Txt, fill};

use crate::present::{capitalise, list_parts};

pub use case::{CaseSheet, CaseSheetStep};
pub use html::render as render_html;
pub use markdown::render as render_markdown;

use super::model::TitleBlock;

/// What the caller fills in on a worksheet's title block: a trainer hands
/// out sheets with the gemeente filled in, a workshop with its case title.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SheetHeading {
    /// Instead of the guide's title, e.g. the title of a workshop case.
    pub title: Option<String>,
    /// Filled in on every sheet; empty leaves a line to write on.
    pub gemeente: String,
    /// More rows after the usual ones, e.g. ("Casus", "Warmte in de regio").
    pub rows: Vec<(String, String)>,
    /// A workshop case printed with the sheet: its situation up front, and
    /// per step its facts, given answers and questions to discuss.
    pub case: Option<CaseSheet>,
}

/// The worksheet's title block, like the notitie's: gemeente, fractie,
/// name and date, with lines to write on where the caller gave nothing.
pub(crate) fn title_block(guide: &Guide, heading: &SheetHeading) -> TitleBlock {
    let title = heading
        .title
        .as_deref()
        .map(str::trim)
        .filter(|t| !t.is_empty())
        .unwrap_or(guide.title.trim());
    let mut rows = vec![
        (
            Doc::WorksheetGemeente.get().to_string(),
            heading.gemeente.trim().to_string(),
        ),
        (Doc::MetaFractie.get().to_string(), String::new()),
        (Doc::WorksheetName.get().to_string(), String::new()),
        (Doc::WorksheetDate.get().to_string(), String::new()),
    ];
    rows.extend(heading.rows.iter().cloned());
    TitleBlock {
        kicker: Doc::WorksheetKicker.get().to_string(),
        title: title.to_string(),
        rows,
    }
}

/// How many blank items a list or per-item question gets on paper.
const BLANK_ITEMS: usize = 3;
/// Writing lines for a short and a long text answer.
const SHORT_LINES: usize = 1;
const LONG_LINES: usize = 4;

pub(crate) struct Sheet {
    pub intro: String,
    pub steps: Vec<SheetStep>,
}

pub(crate) struct SheetStep {
    /// The guide step's id.
    pub id: String,
    pub anchor: String,
    pub title: String,
    pub intro: String,
    pub questions: Vec<SheetQuestion>,
}

pub(crate) struct SheetQuestion {
    /// "Vraag 3" for a question of a step; empty for a field of an item.
    pub number: String,
    pub label: String,
    /// Empty when the help was already printed (a repeated list item).
    pub help: String,
    pub example: String,
    /// Small labels: "niet verplicht", "Rol van de raad: …".
    pub tags: Vec<String>,
    /// "Alleen invullen als …", when the question has a condition.
    pub condition: Option<String>,
    pub area: Area,
}

/// The room to answer in.
pub(crate) enum Area {
    Lines(usize),
    PickOne(Vec<String>),
    PickMany(Vec<String>),
    Scale {
        low: String,
        high: String,
    },
    /// A number or date: a short line with a hint ("Datum (dd-mm-jjjj)").
    Short {
        hint: String,
    },
    /// Names of items of another list.
    Refs {
        hint: String,
    },
    /// Blank items of a list, or one block per item of another list.
    Items {
        hint: String,
        items: Vec<SheetItem>,
    },
}

pub(crate) struct SheetItem {
    /// "Taak 1", or for a per-item question "Naam van de partner".
    pub heading: String,
    /// True when the heading is a prompt with a line to write the name on.
    pub name_line: bool,
    pub questions: Vec<SheetQuestion>,
}

pub(crate) fn build(guide: &Guide) -> Sheet {
    let steps = guide
        .steps
        .iter()
        .map(|step| SheetStep {
            id: step.id.clone(),
            anchor: format!("stap-{}", step.id),
            title: step.title.clone(),
            intro: step.intro.clone(),
            questions: step
                .questions
                .iter()
                .enumerate()
                .map(|(n, q)| {
                    let mut sq = question(guide, q, &step.questions, true);
                    sq.number = Doc::WorksheetQuestion.fill(&[&(n + 1)]);
                    sq
                })
                .collect(),
        })
        .collect();
    Sheet {
        intro: guide.intro.clone(),
        steps,
    }
}

/// `siblings` are the questions a condition can refer to: the step's
/// questions, or the other fields of the same list.
fn question(guide: &Guide, q: &Question, siblings: &[Question], with_help: bool) -> SheetQuestion {
    let mut tags = Vec::new();
    if q.optional {
        tags.push(Doc::WorksheetOptional.get().to_string());
    }
    if !q.raad.is_empty() {
        let roles: Vec<&str> = q.raad.iter().map(|r| role(*r)).collect();
        tags.push(fill(Txt::RaadRole, &[&roles.join(", ")]));
    }
    SheetQuestion {
        number: String::new(),
        label: q.label.clone(),
        help: if with_help {
            q.help.clone()
        } else {
            String::new()
        },
        example: if with_help && !q.example.trim().is_empty() {
            Doc::WorksheetExample.fill(&[&q.example.trim()])
        } else {
            String::new()
        },
        tags,
        condition: q.show_if.as_ref().map(|c| condition(guide, c, siblings)),
        area: area(guide, q),
    }
}

fn role(r: RaadRole) -> &'static str {
    match r {
        RaadRole::Kaderstellend => Txt::RoleKaderstellend.get(),
        RaadRole::Controlerend => Txt::RoleControlerend.get(),
        RaadRole::Volksvertegenwoordigend => Txt::RoleVolksvertegenwoordigend.get(),
    }
}

/// "Alleen invullen als het antwoord op "X" is: A of B."
fn condition(guide: &Guide, cond: &Condition, siblings: &[Question]) -> String {
    let target = siblings
        .iter()
        .find(|s| s.id == cond.question)
        .or_else(|| guide.question(&cond.question).map(|r| r.question));
    let label = target.map_or(cond.question.as_str(), |t| t.label.as_str());
    let values: Vec<String> = cond
        .any_of
        .iter()
        .map(|v| value_label(target.map(|t| &t.kind), v))
        // "BV of NV" is one answer: quoted, it cannot read as two (L9).
        .map(|l| {
            if l.contains(" of ") {
                format!("\"{l}\"")
            } else {
                l
            }
        })
        .collect();
    Doc::WorksheetShowIf.fill(&[&label, &crate::text::or_list(&values)])
}

fn value_label(kind: Option<&Kind>, value: &str) -> String {
    if let Some(label) = kind.and_then(|k| k.choice_label(value)) {
        return label.to_string();
    }
    YesNo::ALL
        .iter()
        .find(|yn| yn.id() == value)
        .map_or_else(|| value.to_string(), |yn| yes_no_label(*yn).to_string())
}

fn labels(choices: &[crate::guide::Choice]) -> Vec<String> {
    choices.iter().map(|c| c.label.clone()).collect()
}

fn area(guide: &Guide, q: &Question) -> Area {
    match &q.kind {
        Kind::ShortText => Area::Lines(SHORT_LINES),
        Kind::LongText => Area::Lines(LONG_LINES),
        Kind::Choice(c) => Area::PickOne(labels(c)),
        Kind::Multi(c) => Area::PickMany(labels(c)),
        Kind::YesNo => Area::PickOne(
            YesNo::ALL
                .iter()
                .map(|v| yes_no_label(*v).to_string())
                .collect(),
        ),
        Kind::Scale { low, high } => Area::Scale {
            low: low.clone(),
            high: high.clone(),
        },
        Kind::Number { min, max, unit } => {
            let range = Doc::WorksheetNumber.fill(&[min, max]);
            let hint = if unit.trim().is_empty() {
                range
            } else {
                format!("{range} ({})", unit.trim())
            };
            Area::Short { hint }
        }
        Kind::Date => Area::Short {
            hint: Doc::WorksheetDateHint.get().to_string(),
        },
        Kind::Refs { list, .. } => Area::Refs {
            hint: Doc::WorksheetRefs.fill(&[&list_label(guide, list)]),
        },
        Kind::List { item, fields, .. } => Area::Items {
            hint: Doc::WorksheetList.fill(&[item]),
            items: (1..=BLANK_ITEMS)
                .map(|n| SheetItem {
                    heading: Doc::WorksheetListItem.fill(&[&capitalise(item), &n]),
                    name_line: false,
                    questions: fields
                        .iter()
                        .map(|f| question(guide, f, fields, n == 1))
                        .collect(),
                })
                .collect(),
        },
        Kind::PerItem { list, fields } => {
            let noun = list_noun(guide, list);
            Area::Items {
                hint: Doc::WorksheetPerItem.fill(&[&noun, &list_label(guide, list)]),
                items: (1..=BLANK_ITEMS)
                    .map(|n| SheetItem {
                        heading: Doc::WorksheetPerItemName.fill(&[&noun]),
                        name_line: true,
                        questions: fields
                            .iter()
                            .map(|f| question(guide, f, fields, n == 1))
                            .collect(),
                    })
                    .collect(),
            }
        }
    }
}

fn list_label<'g>(guide: &'g Guide, list: &'g str) -> &'g str {
    guide
        .question(list)
        .map_or(list, |r| r.question.label.as_str())
}

fn list_noun<'g>(guide: &'g Guide, list: &str) -> &'g str {
    list_parts(guide, list).map_or("", |l| l.noun)
}

//! The worksheet as Markdown, for trainers who edit it before printing.

use crate::guide::Guide;
use crate::text::Doc;

use super::super::markdown::{Out, WRITE_LINE, block, inline, title_block};
use super::case::CaseSheetStep;
use super::{Area, SheetHeading, SheetItem, SheetQuestion, build};

const BOX: &str = "☐";

pub fn render(guide: &Guide, heading: &SheetHeading) -> String {
    let sheet = build(guide);
    let mut head = Out::default();
    title_block(&mut head, &super::title_block(guide, heading));
    let mut out = head.finish();
    out.push('\n');
    if !sheet.intro.trim().is_empty() {
        push(&mut out, &block(&sheet.intro));
    }
    if let Some(case) = &heading.case {
        push(
            &mut out,
            &format!("## {}: {}", Doc::CaseKicker.get(), inline(&case.title)),
        );
        push(&mut out, &block(&case.situation));
    }
    push(&mut out, &inline(Doc::WorksheetHowTo.get()));
    for step in &sheet.steps {
        push(&mut out, &format!("## {}", inline(&step.title)));
        push(&mut out, &format!("*{}*", inline(&step.intro)));
        if let Some(material) = heading.case.as_ref().and_then(|c| c.step(&step.id)) {
            case_step(&mut out, material);
        }
        for q in &step.questions {
            question(&mut out, q, "###");
        }
    }
    out.trim_end().to_string() + "\n"
}

/// The case's facts, given answers and discussion questions for a step.
fn case_step(out: &mut String, material: &CaseSheetStep) {
    let list = |items: Vec<String>| -> String {
        items
            .iter()
            .map(|i| format!("- {i}"))
            .collect::<Vec<_>>()
            .join("\n")
    };
    if !material.facts.is_empty() {
        push(out, &format!("**{}**", Doc::CaseFacts.get()));
        push(
            out,
            &list(material.facts.iter().map(|f| inline(f)).collect()),
        );
    }
    if !material.given.is_empty() {
        push(out, &format!("**{}**", Doc::CaseGiven.get()));
        let given = material
            .given
            .iter()
            .map(|(label, answer)| {
                // A question already ends in "?"; a noun ("Taak") gets a colon.
                let colon = if label.ends_with('?') { "" } else { ":" };
                format!("{}{colon} {}", inline(label), inline(answer))
            })
            .collect();
        push(out, &list(given));
    }
    if !material.questions.is_empty() {
        push(out, &format!("**{}**", Doc::CaseQuestions.get()));
        push(
            out,
            &list(material.questions.iter().map(|q| inline(q)).collect()),
        );
    }
}

/// Append a paragraph (or heading) and the blank line after it.
fn push(out: &mut String, paragraph: &str) {
    out.push_str(paragraph.trim_end());
    out.push_str("\n\n");
}

fn question(out: &mut String, q: &SheetQuestion, level: &str) {
    let number = if q.number.is_empty() {
        String::new()
    } else {
        format!("{}. ", inline(&q.number))
    };
    let heading = format!("{number}{}", inline(&q.label));
    if level.is_empty() {
        push(out, &format!("**{heading}**"));
    } else {
        push(out, &format!("{level} {heading}"));
    }
    if !q.tags.is_empty() {
        let tags: Vec<String> = q.tags.iter().map(|t| inline(t)).collect();
        push(out, &format!("*{}*", tags.join(" · ")));
    }
    if let Some(c) = &q.condition {
        push(out, &format!("*{}*", inline(c)));
    }
    if !q.help.is_empty() {
        push(out, &block(&q.help));
    }
    if !q.example.is_empty() {
        push(out, &format!("*{}*", inline(&q.example)));
    }
    area(out, &q.area);
}

fn area(out: &mut String, a: &Area) {
    match a {
        Area::Lines(n) => {
            for _ in 0..*n {
                push(out, WRITE_LINE);
            }
        }
        Area::PickOne(options) => boxes(out, Doc::WorksheetPickOne.get(), options),
        Area::PickMany(options) => boxes(out, Doc::WorksheetPickMany.get(), options),
        Area::Scale { low, high } => {
            push(out, &inline(&Doc::WorksheetScale.fill(&[low, high])));
            let row: Vec<String> = (1..=5).map(|n| format!("{BOX} {n}")).collect();
            push(out, &row.join("    "));
        }
        Area::Short { hint } => push(out, &format!("{}: {WRITE_LINE}", inline(hint))),
        Area::Refs { hint } => {
            push(out, &inline(hint));
            push(out, WRITE_LINE);
            push(out, WRITE_LINE);
        }
        Area::Items { hint, items } => {
            push(out, &format!("*{}*", inline(hint)));
            for item in items {
                sheet_item(out, item);
            }
        }
    }
}

fn boxes(out: &mut String, hint: &str, options: &[String]) {
    push(out, &inline(hint));
    let lines: Vec<String> = options
        .iter()
        .map(|o| format!("- {BOX} {}", inline(o)))
        .collect();
    push(out, &lines.join("\n"));
}

fn sheet_item(out: &mut String, item: &SheetItem) {
    if item.name_line {
        push(
            out,
            &format!("#### {}: {WRITE_LINE}", inline(&item.heading)),
        );
    } else {
        push(out, &format!("#### {}", inline(&item.heading)));
    }
    for q in &item.questions {
        question(out, q, "");
    }
}

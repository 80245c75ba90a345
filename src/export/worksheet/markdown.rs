//! The worksheet as Markdown, for trainers who edit it before printing.

use crate::guide::Guide;
use crate::text::Doc;

use super::super::markdown::{Out, WRITE_LINE, block, inline, title_block};
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
    push(&mut out, &inline(Doc::WorksheetHowTo.get()));
    for step in &sheet.steps {
        push(&mut out, &format!("## {}", inline(&step.title)));
        push(&mut out, &format!("*{}*", inline(&step.intro)));
        for q in &step.questions {
            question(&mut out, q, "###");
        }
    }
    out.trim_end().to_string() + "\n"
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

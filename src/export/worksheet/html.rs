//! The worksheet as printable HTML: boxes to tick and lines to write on.

use maud::{Markup, html};

use crate::guide::Guide;
use crate::text::Doc;

use super::super::html::{page, paragraphs};
use super::case::{CaseSheet, CaseSheetStep};
use super::{Area, SheetItem, SheetQuestion, build};

pub fn render(guide: &Guide) -> String {
    render_with_case(guide, None)
}

/// The worksheet, with a workshop case before it and in each step.
pub fn render_with_case(guide: &Guide, case: Option<&CaseSheet>) -> String {
    let sheet = build(guide);
    let body = html! {
        header.cover {
            p.kicker { (Doc::WorksheetKicker.get()) }
            h1 { (sheet.title) }
            @if !sheet.intro.trim().is_empty() { (paragraphs(&sheet.intro)) }
            @if let Some(case) = case {
                section.howto {
                    p.kicker { (Doc::CaseKicker.get()) }
                    h2 { (case.title) }
                    (paragraphs(&case.situation))
                }
            }
            p.howto { (Doc::WorksheetHowTo.get()) }
            div.fill {
                @for label in [Doc::WorksheetName, Doc::WorksheetGemeente, Doc::WorksheetDate] {
                    span { (label.get()) } span {}
                }
            }
            nav.contents aria-label=(Doc::Contents.get()) {
                h2 { (Doc::Contents.get()) }
                ol {
                    @for step in &sheet.steps {
                        li { a href=(format!("#{}", step.anchor)) { (step.title) } }
                    }
                }
            }
        }
        main {
            @for step in &sheet.steps {
                section.step id=(step.anchor) {
                    h2 { (step.title) }
                    p.intro { (step.intro) }
                    @if let Some(material) = case.and_then(|c| c.step(&step.id)) {
                        (case_step(material))
                    }
                    @for q in &step.questions { (question(q)) }
                }
            }
        }
    };
    let title = match case {
        Some(c) => format!("{}: {}", Doc::WorksheetKicker.get(), c.title),
        None => format!("{}: {}", Doc::WorksheetKicker.get(), sheet.title),
    };
    page(&title, body)
}

/// The case's facts, discussion questions and given answers for a step.
fn case_step(material: &CaseSheetStep) -> Markup {
    html! {
        // The existing worksheet styles: a dashed box with an item heading.
        div.ws-item {
            @if !material.facts.is_empty() {
                h4 { (Doc::CaseFacts.get()) }
                ul { @for fact in &material.facts { li { (fact) } } }
            }
            @if !material.given.is_empty() {
                h4 { (Doc::CaseGiven.get()) }
                dl { @for (label, answer) in &material.given {
                    div.field { dt { (label) } dd { (answer) } }
                } }
            }
            @if !material.questions.is_empty() {
                h4 { (Doc::CaseQuestions.get()) }
                ul { @for q in &material.questions { li { (q) } } }
            }
        }
    }
}

fn question(q: &SheetQuestion) -> Markup {
    let heading = html! {
        @if !q.number.is_empty() { span.number { (q.number) } }
        (q.label)
        @for tag in &q.tags { " " span.tag { (tag) } }
    };
    html! {
        div.ws-q {
            // A question of a step is h3; a field inside an item (h4) is h5.
            @if q.number.is_empty() { h5 { (heading) } } @else { h3 { (heading) } }
            @if let Some(c) = &q.condition { p.condition { (c) } }
            @if !q.help.is_empty() { p.help { (q.help) } }
            @if !q.example.is_empty() { p.example { (q.example) } }
            (area(&q.area))
        }
    }
}

fn area(a: &Area) -> Markup {
    html! {
        @match a {
            Area::Lines(n) => { @for _ in 0..*n { div.write {} } }
            Area::PickOne(options) => {
                p.muted { (Doc::WorksheetPickOne.get()) }
                (boxes(options))
            }
            Area::PickMany(options) => {
                p.muted { (Doc::WorksheetPickMany.get()) }
                (boxes(options))
            }
            Area::Scale { low, high } => {
                p.muted { (Doc::WorksheetScale.fill(&[low, high])) }
                div.scale { @for n in 1..=5 { span { span.box {} (n) } } }
            }
            Area::Short { hint } => {
                p.muted { (hint) }
                div.write style="max-width: 14rem" {}
            }
            Area::Refs { hint } => {
                p.muted { (hint) }
                div.write {}
                div.write {}
            }
            Area::Items { hint, items } => {
                p.muted { (hint) }
                @for item in items { (sheet_item(item)) }
            }
        }
    }
}

/// Long option lists go in two columns, to save paper.
fn boxes(options: &[String]) -> Markup {
    let class = if options.len() > 5 {
        "options many"
    } else {
        "options"
    };
    html! {
        ul class=(class) { @for o in options { li { span.box {} (o) } } }
    }
}

fn sheet_item(item: &SheetItem) -> Markup {
    html! {
        div.ws-item {
            @if item.name_line {
                div.fill { span { (item.heading) } span {} }
            } @else {
                h4 { (item.heading) }
            }
            @for q in &item.questions { (question(q)) }
        }
    }
}

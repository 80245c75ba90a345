//! The worksheet as printable HTML: boxes to tick and lines to write on.

use maud::{Markup, html};

use crate::guide::Guide;
use crate::text::Doc;

use super::super::html::{page, paragraphs, title_block};
use super::case::CaseSheetStep;
use super::{Area, SheetHeading, SheetItem, SheetQuestion, build};

pub fn render(guide: &Guide, heading: &SheetHeading) -> String {
    let sheet = build(guide);
    let title = super::title_block(guide, heading);
    let body = html! {
        (title_block(&title))
        div.cover {
            @if !sheet.intro.trim().is_empty() { (paragraphs(&sheet.intro)) }
            @if let Some(case) = &heading.case {
                section.howto {
                    p.kicker { (Doc::CaseKicker.get()) }
                    h2 { (case.title) }
                    (paragraphs(&case.situation))
                }
            }
            p.howto { (Doc::WorksheetHowTo.get()) }
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
                    @if let Some(material) = heading.case.as_ref().and_then(|c| c.step(&step.id)) {
                        (case_step(material))
                    }
                    @for q in &step.questions { (question(q)) }
                }
            }
        }
    };
    page(
        &format!("{} – {}", Doc::WorksheetKicker.get(), title.title),
        body,
    )
}

/// The case's facts, given answers and questions to discuss for a step,
/// in the existing worksheet styles (a dashed box with item headings).
fn case_step(material: &CaseSheetStep) -> Markup {
    html! {
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

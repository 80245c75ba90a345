//! The plan as one self-contained HTML file: inline CSS, no scripts, no
//! links outside the file. maud escapes every value put into the template,
//! so a title like `<script>` shows as text.

use maud::{DOCTYPE, Markup, PreEscaped, html};

use crate::present::format_date;
use crate::text::Doc;

use super::doc::{self, Block, Document, Entry, StepDoc};
use super::report::{Finding, Level, Report};

/// Screen, phone and A4 print styles for plans and worksheets alike.
const STYLE: &str = include_str!("style.css");

/// A complete HTML page around `body`.
pub(crate) fn page(title: &str, body: Markup) -> String {
    html! {
        (DOCTYPE)
        html lang="nl" {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                meta name="generator" content="Samenwerkwijzer";
                title { (title) }
                style { (PreEscaped(STYLE)) }
            }
            body { (body) }
        }
    }
    .into_string()
}

pub(crate) fn render(doc: &Document) -> String {
    let report = &doc.extras.report;
    let body = html! {
        header.cover {
            p.kicker { (Doc::PlanKicker.get()) }
            h1 { (doc.title) }
            dl.meta {
                @for (label, value) in &doc.meta {
                    div { dt { (label) } dd { (value) } }
                }
            }
            div.bar aria-hidden="true" {
                span style=(format!("width: {}%", doc.total.percent())) {}
            }
            (findings(Doc::GeneralFindings, report.findings_for(None)))
            nav.contents aria-label=(Doc::Contents.get()) {
                h2 { (Doc::Contents.get()) }
                ol {
                    @for step in &doc.steps {
                        li {
                            a href=(format!("#{}", step.anchor)) { (step.title) }
                            " "
                            span.muted { (step.progress) }
                        }
                    }
                }
            }
        }
        main {
            @for step in &doc.steps { (render_step(step, report)) }
            (legal_forms(report))
            (raad_moments(report))
        }
        footer { p { (doc.footer) } }
    };
    page(&doc.title, body)
}

fn render_step(step: &StepDoc, report: &Report) -> Markup {
    let scan: Vec<_> = report.scan_for(step.index).collect();
    html! {
        section.step id=(step.anchor) {
            h2 { (step.title) }
            p.intro { (step.intro) }
            p.status { (step.progress) }
            @for block in &step.blocks {
                @match block {
                    Block::Answer(entry) => {
                        div.qa {
                            h3 { (entry.label) }
                            (value(entry))
                        }
                    }
                    Block::Items { label, empty, items } => {
                        section.list {
                            h3 { (label) }
                            @if items.is_empty() { p.open { (empty) } }
                            @for item in items {
                                article.item {
                                    h4 { (item.heading) }
                                    dl {
                                        @for entry in &item.entries {
                                            div.field {
                                                dt { (entry.label) }
                                                dd { (value(entry)) }
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
            @if !scan.is_empty() {
                section.scan {
                    h3 { (Doc::SelfScan.get()) }
                    dl.meta {
                        @for s in scan { div { dt { (s.label) } dd { (s.outcome) } } }
                    }
                }
            }
            (findings(Doc::StepFindings, report.findings_for(Some(step.index))))
        }
    }
}

fn value(entry: &Entry) -> Markup {
    match &entry.value {
        Some(text) => html! { div.answer { (paragraphs(text)) } },
        None => html! { p.open { (entry.missing) } },
    }
}

/// Text with blank lines as paragraph breaks and single line breaks kept.
pub(crate) fn paragraphs(text: &str) -> Markup {
    html! {
        @for para in doc::paragraphs(text) {
            p {
                @for (i, line) in para.iter().enumerate() {
                    @if i > 0 { br; }
                    (line)
                }
            }
        }
    }
}

fn findings<'a>(title: Doc, found: impl Iterator<Item = &'a Finding>) -> Markup {
    let found: Vec<_> = found.collect();
    html! {
        @if !found.is_empty() {
            section.findings {
                h3 { (title.get()) }
                ul {
                    @for f in found {
                        @let (class, mark) = match f.level {
                            Level::Warning => ("warning", Doc::FindingWarning.get()),
                            Level::Hint => ("hint", Doc::FindingHint.get()),
                        };
                        li class=(class) {
                            strong { (mark) ": " } (f.title)
                            @if !f.text.trim().is_empty() { " " (f.text) }
                        }
                    }
                }
            }
        }
    }
}

fn legal_forms(report: &Report) -> Markup {
    html! {
        @if !report.legal_forms.is_empty() {
            section.step.extra {
                h2 { (Doc::LegalForms.get()) }
                @if !report.legal_forms_note.is_empty() {
                    p.intro { (report.legal_forms_note) }
                }
                @for form in &report.legal_forms {
                    article.item {
                        h4 { (form.form) ": " (form.fit) }
                        @if !form.points.is_empty() {
                            ul { @for point in &form.points { li { (point) } } }
                        }
                    }
                }
            }
        }
    }
}

fn raad_moments(report: &Report) -> Markup {
    html! {
        @if !report.raad_moments.is_empty() {
            section.step.extra {
                h2 { (Doc::RaadMoments.get()) }
                dl.meta {
                    @for m in &report.raad_moments {
                        div {
                            dt {
                                (m.when)
                                @if let Some(d) = m.date { " (" (format_date(d)) ")" }
                            }
                            dd { (m.what) }
                        }
                    }
                }
            }
        }
    }
}

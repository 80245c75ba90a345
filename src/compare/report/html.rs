//! The comparison as one self-contained HTML page: inline CSS, no
//! scripts, no links outside the file. Large type and plain bars for the
//! projector; A4 print styles with the agenda on its own pages. maud
//! escapes every value, so a plan's text can never become markup.

use maud::{Markup, html};

use crate::compare::words::{self, one_line};
use crate::compare::{Comparison, Topic};

use super::html_answers::stats;
use super::step_of;

const STYLE: &str = include_str!("style.css");

pub fn render(c: &Comparison) -> String {
    let title = super::title(c);
    let body = html! {
        header.cover {
            p.kicker { "Samenwerkwijzer · vergelijking van de groepen" }
            h1 { (title) }
            p { (super::groups_line(c)) }
            @if c.names { (names_table(c)) }
            @if !c.skipped.is_empty() {
                p.note {
                    (skipped_count(c.skipped.len())) " niet meegenomen; zie "
                    a href="#niet-meegenomen" { (super::SKIPPED) } "."
                }
            }
            nav.contents aria-label="Inhoud" {
                ol {
                    li { a href="#agenda" { (super::AGENDA) } }
                    li { a href="#eens" { (super::AGREED) } }
                    li { a href="#niemand" { (super::UNANSWERED) } }
                    li { a href="#advies" { (super::ADVICE) } }
                    @if !c.debrief.is_empty() {
                        li { a href="#nabespreking" { (super::DEBRIEF) } }
                    }
                    li { a href="#alle-vragen" { (super::ALL) } }
                    @if !c.skipped.is_empty() || c.entries_cut {
                        li { a href="#niet-meegenomen" { (super::SKIPPED) } }
                    }
                    li { a href="#berekening" { (super::METHOD) } }
                }
            }
        }
        main {
            (agenda(c))
            (agreed(c))
            (unanswered(c))
            (advice(c))
            (debrief(c))
            (all_questions(c))
            (skipped(c))
            section.part #berekening {
                h2 { (super::METHOD) }
                @for p in super::METHOD_TEXT { p { (p) } }
            }
        }
        footer { p { "Gemaakt met Samenwerkwijzer." } }
    };
    crate::export::html::page_styled(&title, STYLE, body)
}

fn skipped_count(n: usize) -> String {
    if n == 1 {
        "1 bestand is".to_string()
    } else {
        format!("{n} bestanden zijn")
    }
}

fn names_table(c: &Comparison) -> Markup {
    html! {
        table.names {
            thead { tr { th { "Groep" } th { "Titel" } th { "Gemeente" } th { "Auteur" } th { "Fractie" } th { "Bestand" } } }
            tbody {
                @for g in &c.groups {
                    @if let Some(n) = &g.names {
                        tr {
                            th { (g.label()) }
                            td { (one_line(&n.title)) }
                            td { (one_line(&n.gemeente)) }
                            td { (one_line(&n.author)) }
                            td { (one_line(&n.fractie)) }
                            td.file { (one_line(&n.file)) }
                        }
                    }
                }
            }
        }
    }
}

fn meta(c: &Comparison, topic: &Topic, with_step: bool) -> Markup {
    html! {
        p.meta {
            @if with_step { span { (step_of(c, topic)) } " · " }
            span { (words::answered(topic.answered, topic.asked)) }
            @if let Some(s) = topic.score {
                " · "
                span.score { (words::score(s)) ": " (words::score_meaning(s)) }
            }
        }
    }
}

fn agenda(c: &Comparison) -> Markup {
    html! {
        section.part.agenda #agenda {
            h2 { (super::AGENDA) }
            @if c.order.agenda.is_empty() {
                p { (super::AGENDA_EMPTY) }
            } @else {
                p.intro { (super::AGENDA_INTRO) }
                ol.agenda {
                    @for &t in &c.order.agenda {
                        @let topic = &c.topics[t];
                        li.topic {
                            @if let Some(ctx) = &topic.context { p.context { (one_line(ctx)) } }
                            h3 { (one_line(&topic.title)) }
                            (meta(c, topic, true))
                            (stats(c, &topic.stats))
                        }
                    }
                }
            }
        }
    }
}

fn agreed(c: &Comparison) -> Markup {
    html! {
        section.part #eens {
            h2 { (super::AGREED) }
            @if c.order.agreed.is_empty() {
                p { (super::AGREED_EMPTY) }
            } @else {
                p.intro { (super::AGREED_INTRO) }
                ul.agreed {
                    @for &t in &c.order.agreed {
                        @let topic = &c.topics[t];
                        @let title = words::topic_title(topic);
                        li {
                            strong { (title) } (words::after_title(&title)) " "
                            (words::agreed_value(&topic.stats))
                            " " span.muted { "(" (words::of_groups(topic.answered, topic.asked)) ")" }
                        }
                    }
                }
            }
        }
    }
}

fn unanswered(c: &Comparison) -> Markup {
    html! {
        section.part #niemand {
            h2 { (super::UNANSWERED) }
            @if c.order.unanswered.is_empty() {
                p { (super::UNANSWERED_EMPTY) }
            } @else {
                ul {
                    @for &t in &c.order.unanswered {
                        @let topic = &c.topics[t];
                        li {
                            (one_line(&topic.title)) " "
                            span.muted {
                                "(" (step_of(c, topic))
                                @if topic.optional { ", niet verplicht" }
                                ")"
                            }
                        }
                    }
                }
            }
        }
    }
}

fn advice(c: &Comparison) -> Markup {
    let total = c.groups.len();
    html! {
        section.part #advies {
            h2 { (super::ADVICE) }
            h3 { (super::FINDINGS) }
            @if c.findings.is_empty() {
                p { (super::FINDINGS_EMPTY) }
            } @else {
                p.intro { (super::FINDINGS_INTRO) }
                ul.findings {
                    @for f in &c.findings {
                        li class=(if f.warning { "warning" } else { "hint" }) {
                            p.count {
                                strong { (words::of_groups(f.groups.len(), total)) }
                                " (" (c.letters(&f.groups)) ") · "
                                (if f.warning { "Let op" } else { "Tip" })
                            }
                            @if let [(only, _)] = f.messages.as_slice() {
                                p { (one_line(only)) }
                            } @else {
                                ul {
                                    @for (m, groups) in &f.messages {
                                        li { (one_line(m)) " " span.muted { "(" (c.letters(groups)) ")" } }
                                    }
                                }
                            }
                        }
                    }
                }
            }
            h3 { (super::FORMS) }
            p.intro { (super::FORMS_INTRO) }
            table.forms {
                thead { tr { th { "Groep" } th { "Gekozen vorm" } th { "Past het best volgens de vormhulp" } } }
                tbody {
                    @for row in &c.forms {
                        tr {
                            th { (c.groups.get(row.group).map(|g| g.label()).unwrap_or_default()) }
                            td { (row.chosen.as_deref().map_or_else(|| "nog geen vorm gekozen".to_string(), one_line)) }
                            td {
                                @if row.top.is_empty() { span.muted { "nog geen voorkeur" } }
                                @else { (one_line(&row.top.join(", "))) }
                            }
                        }
                    }
                }
            }
        }
    }
}

/// The case's debrief points, each with the groups whose plan shows
/// they dealt with it and what is still open in the others.
fn debrief(c: &Comparison) -> Markup {
    let total = c.groups.len();
    html! {
        @if !c.debrief.is_empty() {
            section.part #nabespreking {
                h2 { (super::DEBRIEF) }
                p.intro { (super::DEBRIEF_INTRO) }
                ul.debrief {
                    @for d in &c.debrief {
                        li {
                            p { strong { (one_line(&d.text)) } }
                            p {
                                (words::came_to(d.covered.len(), total))
                                @if !d.covered.is_empty() { " (" (c.letters(&d.covered)) ")" }
                                "."
                                @if !d.forms.is_empty() { " Passende vorm: " (one_line(&d.forms.join(", "))) "." }
                            }
                            @if !d.open.is_empty() {
                                ul {
                                    @for (groups, gaps) in words::open_by_gaps(d) {
                                        li { (words::group_list(c, &groups)) ": " (gaps) }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

fn all_questions(c: &Comparison) -> Markup {
    let shown: Vec<&Topic> = c
        .topics
        .iter()
        .filter(|t| !t.is_field() && t.answered > 0)
        .collect();
    let mut steps: Vec<(usize, Vec<&Topic>)> = Vec::new();
    for t in shown {
        match steps.last_mut() {
            Some((s, list)) if *s == t.step => list.push(t),
            _ => steps.push((t.step, vec![t])),
        }
    }
    html! {
        section.part #alle-vragen {
            h2 { (super::ALL) }
            @for (step, topics) in &steps {
                section.step {
                    h3 { (c.steps.get(*step).map_or("", String::as_str)) }
                    @for topic in topics {
                        div.question {
                            h4 { (one_line(&topic.title)) }
                            (meta(c, topic, false))
                            @if !topic.stats.is_empty() { (stats(c, &topic.stats)) }
                        }
                    }
                }
            }
        }
    }
}

fn skipped(c: &Comparison) -> Markup {
    html! {
        @if !c.skipped.is_empty() || c.entries_cut {
            section.part #niet-meegenomen {
                h2 { (super::SKIPPED) }
                ul.skipped {
                    @for s in &c.skipped {
                        li { code { (one_line(&s.file)) } ": " (words::skip_reason(&s.reason, c.names)) }
                    }
                }
                @if c.entries_cut {
                    p { (super::ENTRIES_CUT) }
                }
            }
        }
    }
}

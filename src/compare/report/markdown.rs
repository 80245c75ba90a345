//! The comparison as Markdown (CommonMark, nothing that needs GitHub
//! extensions but one table), to read, mail or paste on.

use std::fmt::Write;

use crate::compare::words;
use crate::compare::{Comparison, Topic};

use super::md_answers::{code, inline, line, stats};
use super::step_of;

pub fn render(c: &Comparison) -> String {
    let mut out = String::new();
    let o = &mut out;
    line(o, &format!("# {}", inline(&super::title(c))));
    line(o, "");
    line(o, &inline(&super::groups_line(c)));
    if c.names {
        names_table(o, c);
    }
    if !c.skipped.is_empty() {
        line(o, "");
        let n = c.skipped.len();
        let files = if n == 1 {
            "1 bestand is".to_string()
        } else {
            format!("{n} bestanden zijn")
        };
        line(
            o,
            &format!(
                "{files} niet meegenomen; zie \"{}\" onderaan.",
                super::SKIPPED
            ),
        );
    }
    agenda(o, c);
    agreed(o, c);
    unanswered(o, c);
    advice(o, c);
    debrief(o, c);
    all_questions(o, c);
    skipped(o, c);
    heading(o, 2, super::METHOD);
    for p in super::METHOD_TEXT {
        line(o, &inline(p));
        line(o, "");
    }
    out
}

fn heading(out: &mut String, level: usize, text: &str) {
    if !out.ends_with("\n\n") {
        line(out, "");
    }
    line(out, &format!("{} {}", "#".repeat(level), inline(text)));
    line(out, "");
}

/// A heading whose text is already escaped.
fn heading_raw(out: &mut String, level: usize, text: &str) {
    if !out.ends_with("\n\n") {
        line(out, "");
    }
    line(out, &format!("{} {text}", "#".repeat(level)));
    line(out, "");
}

fn names_table(o: &mut String, c: &Comparison) {
    line(o, "");
    line(
        o,
        "| Groep | Titel | Gemeente | Auteur | Fractie | Bestand |",
    );
    line(o, "|---|---|---|---|---|---|");
    for g in &c.groups {
        if let Some(n) = &g.names {
            let cells = [&n.title, &n.gemeente, &n.author, &n.fractie, &n.file]
                .map(|t| inline(t).replace('|', "\\|"));
            line(o, &format!("| {} | {} |", g.label(), cells.join(" | ")));
        }
    }
}

fn agenda(o: &mut String, c: &Comparison) {
    heading(o, 2, super::AGENDA);
    if c.order.agenda.is_empty() {
        line(o, super::AGENDA_EMPTY);
        return;
    }
    line(o, super::AGENDA_INTRO);
    for (n, &t) in c.order.agenda.iter().enumerate() {
        let topic = &c.topics[t];
        // After "###" a number is not a list marker: no escape needed.
        let title = inline(&words::topic_title(topic));
        heading_raw(o, 3, &format!("{}. {title}", n + 1));
        line(o, &format!("*{}*", inline(&topic_meta(c, topic, true))));
        line(o, "");
        stats(o, c, &topic.stats);
    }
}

/// "Stap 3 — Doelen en vorm · 6 van 6 groepen gaven antwoord · verschil
/// 87 van 100: de groepen lopen sterk uiteen" (the step only `with_step`).
fn topic_meta(c: &Comparison, topic: &Topic, with_step: bool) -> String {
    let mut parts = Vec::new();
    if with_step {
        parts.push(step_of(c, topic).to_string());
    }
    parts.push(words::answered(topic.answered, topic.asked));
    if let Some(s) = topic.score {
        parts.push(format!("{}: {}", words::score(s), words::score_meaning(s)));
    }
    parts.join(" · ")
}

fn agreed(o: &mut String, c: &Comparison) {
    heading(o, 2, super::AGREED);
    if c.order.agreed.is_empty() {
        line(o, super::AGREED_EMPTY);
        return;
    }
    line(o, super::AGREED_INTRO);
    line(o, "");
    for &t in &c.order.agreed {
        let topic = &c.topics[t];
        let title = words::topic_title(topic);
        line(
            o,
            &format!(
                "- **{}**{} {} ({})",
                inline(&title),
                words::after_title(&title),
                inline(&words::agreed_value(&topic.stats)),
                inline(&words::of_groups(topic.answered, topic.asked))
            ),
        );
    }
}

fn unanswered(o: &mut String, c: &Comparison) {
    heading(o, 2, super::UNANSWERED);
    if c.order.unanswered.is_empty() {
        line(o, super::UNANSWERED_EMPTY);
        return;
    }
    for &t in &c.order.unanswered {
        let topic = &c.topics[t];
        let optional = if topic.optional {
            ", niet verplicht"
        } else {
            ""
        };
        line(
            o,
            &format!(
                "- {} ({}{optional})",
                inline(&topic.title),
                inline(step_of(c, topic))
            ),
        );
    }
}

fn advice(o: &mut String, c: &Comparison) {
    heading(o, 2, super::ADVICE);
    heading(o, 3, super::FINDINGS);
    if c.findings.is_empty() {
        line(o, super::FINDINGS_EMPTY);
    } else {
        line(o, super::FINDINGS_INTRO);
        line(o, "");
        let total = c.groups.len();
        for f in &c.findings {
            let sign = if f.warning { "Let op" } else { "Tip" };
            let head = format!(
                "- **{}** ({}), {sign}:",
                words::of_groups(f.groups.len(), total),
                c.letters(&f.groups)
            );
            match f.messages.as_slice() {
                [(only, _)] => line(o, &format!("{head} {}", inline(only))),
                many => {
                    line(o, &head);
                    for (m, groups) in many {
                        line(o, &format!("  - {} ({})", inline(m), c.letters(groups)));
                    }
                }
            }
        }
    }
    heading(o, 3, super::FORMS);
    line(o, super::FORMS_INTRO);
    line(o, "");
    line(
        o,
        "| Groep | Gekozen vorm | Past het best volgens de vormhulp |",
    );
    line(o, "|---|---|---|");
    for row in &c.forms {
        let chosen = row.chosen.as_deref().unwrap_or("nog geen vorm gekozen");
        let top = if row.top.is_empty() {
            "nog geen voorkeur".to_string()
        } else {
            row.top.join(", ")
        };
        let label = c
            .groups
            .get(row.group)
            .map(|g| g.label())
            .unwrap_or_default();
        line(
            o,
            &format!(
                "| {label} | {} | {} |",
                inline(chosen).replace('|', "\\|"),
                inline(&top).replace('|', "\\|")
            ),
        );
    }
}

/// The case's debrief points, each with the groups whose plan shows
/// they dealt with it and what is still open in the others.
fn debrief(o: &mut String, c: &Comparison) {
    if c.debrief.is_empty() {
        return;
    }
    heading(o, 2, super::DEBRIEF);
    line(o, super::DEBRIEF_INTRO);
    line(o, "");
    let total = c.groups.len();
    for d in &c.debrief {
        let mut text = format!(
            "- **{}** {}",
            inline(&d.text),
            words::came_to(d.covered.len(), total)
        );
        if !d.covered.is_empty() {
            let _ = write!(text, " ({})", c.letters(&d.covered));
        }
        text.push('.');
        if !d.forms.is_empty() {
            let _ = write!(text, " Passende vorm: {}.", inline(&d.forms.join(", ")));
        }
        line(o, &text);
        for (groups, gaps) in words::open_by_gaps(d) {
            let who = words::group_list(c, &groups);
            line(o, &format!("  - {who}: {}", inline(&gaps)));
        }
    }
}

fn all_questions(o: &mut String, c: &Comparison) {
    heading(o, 2, super::ALL);
    let mut step = usize::MAX;
    for topic in c.topics.iter().filter(|t| !t.is_field() && t.answered > 0) {
        if topic.step != step {
            step = topic.step;
            heading(o, 3, step_of(c, topic));
        }
        heading(o, 4, &topic.title);
        line(o, &format!("*{}*", inline(&topic_meta(c, topic, false))));
        if !topic.stats.is_empty() {
            line(o, "");
            stats(o, c, &topic.stats);
        }
    }
}

fn skipped(o: &mut String, c: &Comparison) {
    if c.skipped.is_empty() && !c.entries_cut {
        return;
    }
    heading(o, 2, super::SKIPPED);
    for s in &c.skipped {
        line(
            o,
            &format!(
                "- `{}`: {}",
                code(&s.file),
                inline(&words::skip_reason(&s.reason, c.names))
            ),
        );
    }
    if c.entries_cut {
        line(o, "");
        line(o, super::ENTRIES_CUT);
    }
}

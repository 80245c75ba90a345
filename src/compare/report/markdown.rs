//! The comparison as Markdown (CommonMark, nothing that needs GitHub
//! extensions but one table), to read, mail or paste on.

use std::fmt::Write;

use crate::compare::words::{self, clean, one_line};
use crate::compare::{Comparison, ItemRow, Row, Stats, Topic};

use super::{bar_steps, step_of};

/// Bars are at most this many blocks wide.
const BAR: usize = 20;

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
    all_questions(o, c);
    skipped(o, c);
    heading(o, 2, super::METHOD);
    for p in super::METHOD_TEXT {
        line(o, &inline(p));
        line(o, "");
    }
    out
}

fn line(out: &mut String, s: &str) {
    out.push_str(s);
    out.push('\n');
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
        line(
            o,
            &format!(
                "- **{}**: {} ({})",
                inline(&words::topic_title(topic)),
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
    if !c.debrief.is_empty() {
        heading(o, 3, super::DEBRIEF);
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
            for (g, gaps) in &d.open {
                let gaps: Vec<String> = gaps.iter().map(words::gap).collect();
                let label = c.groups.get(*g).map(|g| g.label()).unwrap_or_default();
                line(o, &format!("  - {label}: {}", inline(&gaps.join("; "))));
            }
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

/// The answers, in the shape of their kind.
fn stats(o: &mut String, c: &Comparison, stats: &Stats) {
    match stats {
        Stats::Choice(rows) | Stats::Multi(rows) => {
            let total: usize = answering(rows);
            let multi = matches!(stats, Stats::Multi(_));
            bars(
                o,
                c,
                rows,
                if multi {
                    total.max(max_count(rows))
                } else {
                    total
                },
            );
            let unchosen: Vec<&str> = rows
                .iter()
                .filter(|r| r.groups.is_empty())
                .map(|r| r.label.as_str())
                .collect();
            if !unchosen.is_empty() {
                line(o, "");
                line(
                    o,
                    &format!("Door niemand gekozen: {}.", inline(&unchosen.join(", "))),
                );
            }
        }
        Stats::Scale {
            low,
            high,
            rows,
            min,
            median_x2,
            max,
        } => {
            let total = answering(rows);
            let labelled: Vec<Row> = rows
                .iter()
                .enumerate()
                .map(|(i, r)| Row {
                    label: match i {
                        0 => format!("1 ({})", clean(low)),
                        4 => format!("5 ({})", clean(high)),
                        _ => r.label.clone(),
                    },
                    groups: r.groups.clone(),
                })
                .collect();
            bars(o, c, &labelled, total);
            line(o, "");
            line(
                o,
                &format!(
                    "Laagste {min} · mediaan {} · hoogste {max}.",
                    words::median(*median_x2)
                ),
            );
        }
        Stats::Range { values, .. } => {
            line(
                o,
                &format!(
                    "{}.",
                    inline(&crate::present::capitalise(&words::spread(stats)))
                ),
            );
            line(o, "");
            for (g, v) in values {
                line(o, &format!("- {}: {}", label(c, *g), inline(v)));
            }
        }
        Stats::Texts(texts) => texts_list(o, c, texts, ""),
        Stats::Items(items) => {
            for item in items {
                item_row(o, c, item);
            }
        }
    }
}

fn answering(rows: &[Row]) -> usize {
    let mut groups: Vec<usize> = rows.iter().flat_map(|r| r.groups.iter().copied()).collect();
    groups.sort_unstable();
    groups.dedup();
    groups.len()
}

fn max_count(rows: &[Row]) -> usize {
    rows.iter().map(|r| r.groups.len()).max().unwrap_or(0)
}

/// A bar per chosen option: "- Centrumgemeente: ██████ 3 (A, C, E)".
fn bars(o: &mut String, c: &Comparison, rows: &[Row], total: usize) {
    for r in rows.iter().filter(|r| !r.groups.is_empty()) {
        let bar = "█".repeat(bar_steps(r.groups.len(), total, BAR));
        line(
            o,
            &format!(
                "- {}: {bar} {} ({})",
                inline(&r.label),
                r.groups.len(),
                c.letters(&r.groups)
            ),
        );
    }
}

fn texts_list(o: &mut String, c: &Comparison, texts: &[(usize, String)], indent: &str) {
    for (g, t) in texts {
        let body = clean(t)
            .lines()
            .map(escape_line)
            .collect::<Vec<_>>()
            .join(&format!("\\\n{indent}  "));
        line(o, &format!("{indent}- **{}:** {body}", label(c, *g)));
    }
}

fn item_row(o: &mut String, c: &Comparison, item: &ItemRow) {
    let name = inline(crate::compare::topics::display_name(&item.name));
    let from = if item.from_case { ", uit de casus" } else { "" };
    line(
        o,
        &format!(
            "- **{name}**{from}: {} ({})",
            words::of_groups(item.groups.len(), c.groups.len()),
            c.letters(&item.groups)
        ),
    );
    for (other, groups) in &item.other_names {
        line(
            o,
            &format!(
                "  - ook genoemd: \"{}\" ({})",
                inline(other),
                c.letters(groups)
            ),
        );
    }
    if !item.alike.is_empty() {
        let alike: Vec<String> = item
            .alike
            .iter()
            .map(|a| format!("\"{}\"", inline(a)))
            .collect();
        line(o, &format!("  - lijkt op: {}", alike.join(", ")));
    }
    for (field, stats) in &item.fields {
        match stats {
            Stats::Texts(texts) => {
                line(o, &format!("  - {}", inline(field)));
                texts_list(o, c, texts, "    ");
            }
            _ => line(
                o,
                &format!("  - {}: {}", inline(field), inline(&words::spread(stats))),
            ),
        }
    }
}

fn label(c: &Comparison, g: usize) -> String {
    c.groups.get(g).map(|g| g.label()).unwrap_or_default()
}

/// Text for one line: line breaks become spaces, markup is escaped.
fn inline(text: &str) -> String {
    escape_line(&one_line(text))
}

/// A file name in backticks: a backtick in it would end the code span.
fn code(text: &str) -> String {
    one_line(text).replace('`', "'")
}

/// Escape one line so CommonMark shows it as typed: characters that are
/// markup anywhere get a backslash, and so do list and heading markers at
/// the start ("-", "+", "=", "1.").
fn escape_line(text: &str) -> String {
    let text = text.trim_start();
    let mut out = String::with_capacity(text.len() + 8);
    let digits = text.chars().take_while(char::is_ascii_digit).count();
    let ordered = digits > 0
        && digits <= 9
        && matches!(text[digits..].chars().next(), Some('.' | ')'))
        && text[digits..]
            .chars()
            .nth(1)
            .is_none_or(char::is_whitespace);
    for (i, ch) in text.char_indices() {
        let escape = match ch {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '~' | '#' | '$' | '&' => true,
            '-' | '+' | '=' => i == 0,
            '.' | ')' => ordered && i == digits,
            _ => false,
        };
        if escape {
            out.push('\\');
        }
        out.push(ch);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_in_user_text_is_escaped() {
        assert_eq!(escape_line("- a *b* <c>"), "\\- a \\*b\\* \\<c\\>");
        assert_eq!(escape_line("1. eerst"), "1\\. eerst");
        assert_eq!(escape_line("2.000 woningen"), "2.000 woningen");
        assert_eq!(inline("# kop\nregel"), "\\# kop regel");
    }
}

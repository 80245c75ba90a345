//! The answers to one question in Markdown: bars of block characters,
//! group letters, texts by group, matched items with their fields; and
//! escaping, so a plan's text never turns into markup.

use crate::compare::words::{self, clean, one_line};
use crate::compare::{Comparison, ItemRow, Row, Stats};

use super::{answering, bar_steps};

/// Bars are at most this many blocks wide.
const BAR: usize = 20;

pub(super) fn line(out: &mut String, s: &str) {
    out.push_str(s);
    out.push('\n');
}

/// The answers, in the shape of their kind.
pub(super) fn stats(o: &mut String, c: &Comparison, stats: &Stats) {
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
                &format!(
                    "  - {}{} {}",
                    inline(field),
                    words::after_title(field),
                    inline(&words::spread(stats))
                ),
            ),
        }
    }
}

pub(super) fn label(c: &Comparison, g: usize) -> String {
    c.groups.get(g).map(|g| g.label()).unwrap_or_default()
}

/// Text for one line: line breaks become spaces, markup is escaped.
pub(super) fn inline(text: &str) -> String {
    escape_line(&one_line(text))
}

/// A file name in backticks: a backtick in it would end the code span.
pub(super) fn code(text: &str) -> String {
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

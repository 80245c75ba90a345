//! The plan as Markdown (CommonMark, with nothing that needs GitHub
//! extensions), for the griffie and the fractie to read or paste on.

use std::fmt::Write;

use crate::text::Doc;

use super::doc::{Block, Document, Entry, StepDoc, paragraphs};
use super::report::{Finding, Level, Report};

pub(crate) fn render(doc: &Document) -> String {
    let mut out = String::new();
    let report = &doc.extras.report;
    line(&mut out, &format!("# {}", inline(&doc.title)));
    line(&mut out, "");
    for (label, value) in &doc.meta {
        line(&mut out, &format!("- **{label}:** {}", inline(value)));
    }
    findings(
        &mut out,
        "##",
        Doc::GeneralFindings,
        report.findings_for(None),
    );
    for step in &doc.steps {
        render_step(&mut out, step, report);
    }
    legal_forms(&mut out, report);
    raad_moments(&mut out, report);
    line(&mut out, "");
    line(&mut out, "---");
    line(&mut out, "");
    line(&mut out, &format!("*{}*", inline(&doc.footer)));
    out
}

fn line(out: &mut String, s: &str) {
    out.push_str(s);
    out.push('\n');
}

fn render_step(out: &mut String, step: &StepDoc, report: &Report) {
    line(out, "");
    line(out, &format!("## {}", inline(&step.title)));
    line(out, "");
    line(out, &format!("*{}*", inline(&step.intro)));
    line(out, "");
    line(out, &format!("*{}*", inline(&step.progress)));
    for block in &step.blocks {
        match block {
            Block::Answer(entry) => render_entry(out, entry, "###"),
            Block::Items {
                label,
                empty,
                items,
            } => {
                line(out, "");
                line(out, &format!("### {}", inline(label)));
                if items.is_empty() {
                    line(out, "");
                    line(out, &format!("*{}*", inline(empty)));
                }
                for item in items {
                    line(out, "");
                    line(out, &format!("#### {}", inline(&item.heading)));
                    for entry in &item.entries {
                        render_entry(out, entry, "");
                    }
                }
            }
        }
    }
    let scan: Vec<_> = report.scan_for(step.index).collect();
    if !scan.is_empty() {
        line(out, "");
        line(out, &format!("### {}", Doc::SelfScan.get()));
        line(out, "");
        for s in scan {
            line(
                out,
                &format!("- **{}:** {}", inline(&s.label), inline(&s.outcome)),
            );
        }
    }
    findings(
        out,
        "###",
        Doc::StepFindings,
        report.findings_for(Some(step.index)),
    );
}

/// A question and its answer; `heading` is the heading marker for a
/// question of a step, or empty for a field of an item (a bold label).
fn render_entry(out: &mut String, entry: &Entry, heading: &str) {
    line(out, "");
    if heading.is_empty() {
        line(out, &format!("**{}**", inline(&entry.label)));
    } else {
        line(out, &format!("{heading} {}", inline(&entry.label)));
    }
    line(out, "");
    match &entry.value {
        Some(value) => out.push_str(&block(value)),
        None => line(out, &format!("*{}*", inline(entry.missing))),
    }
}

fn findings<'a>(
    out: &mut String,
    level: &str,
    title: Doc,
    found: impl Iterator<Item = &'a Finding>,
) {
    let found: Vec<_> = found.collect();
    if found.is_empty() {
        return;
    }
    line(out, "");
    line(out, &format!("{level} {}", title.get()));
    line(out, "");
    for f in found {
        let mark = match f.level {
            Level::Warning => Doc::FindingWarning.get(),
            Level::Hint => Doc::FindingHint.get(),
        };
        let mut item = format!("- **{mark}:** {}", inline(&f.title));
        if !f.text.trim().is_empty() {
            let _ = write!(item, " {}", inline(&f.text));
        }
        line(out, &item);
    }
}

fn legal_forms(out: &mut String, report: &Report) {
    if report.legal_forms.is_empty() {
        return;
    }
    line(out, "");
    line(out, &format!("## {}", Doc::LegalForms.get()));
    if !report.legal_forms_note.is_empty() {
        line(out, "");
        line(out, &format!("*{}*", inline(&report.legal_forms_note)));
    }
    for form in &report.legal_forms {
        line(out, "");
        line(
            out,
            &format!("### {}: {}", inline(&form.form), inline(&form.fit)),
        );
        if !form.points.is_empty() {
            line(out, "");
        }
        for point in &form.points {
            line(out, &format!("- {}", inline(point)));
        }
    }
}

fn raad_moments(out: &mut String, report: &Report) {
    if report.raad_moments.is_empty() {
        return;
    }
    line(out, "");
    line(out, &format!("## {}", Doc::RaadMoments.get()));
    line(out, "");
    for m in &report.raad_moments {
        let date = m
            .date
            .map(|d| format!(" ({})", crate::present::format_date(d)))
            .unwrap_or_default();
        line(
            out,
            &format!("- **{}**{date}: {}", inline(&m.when), inline(&m.what)),
        );
    }
}

/// User or guide text for one line (a heading, a list item): line breaks
/// become spaces, and everything Markdown would read as markup is escaped.
pub(crate) fn inline(text: &str) -> String {
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    escape_line(&flat)
}

/// User text as paragraphs: blank lines separate paragraphs, single line
/// breaks stay line breaks (a backslash at the end of the line).
pub(crate) fn block(text: &str) -> String {
    paragraphs(text)
        .iter()
        .map(|p| {
            let lines: Vec<String> = p.iter().map(|l| escape_line(l)).collect();
            format!("{}\n", lines.join("\\\n"))
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Escape one line of text (no line breaks in it) so CommonMark shows it
/// as typed. Characters that are markup anywhere get a backslash; those
/// that are markup only at the start of a line (`-`, `+`, `=`, `1.`) get
/// one there.
pub(crate) fn escape_line(text: &str) -> String {
    let text = text.trim_start();
    let mut out = String::with_capacity(text.len() + 8);
    match text.chars().next() {
        Some(c @ ('-' | '+' | '=')) => {
            out.push('\\');
            out.push(c);
        }
        Some(_) => {}
        None => return out,
    }
    let rest = if out.is_empty() { text } else { &text[1..] };
    let digits = rest.chars().take_while(char::is_ascii_digit).count();
    // "1. " or "1)" ends a line or is followed by a space: a list item.
    // "2.000 woningen" is not.
    let marker_end = rest[digits..].chars().nth(1);
    let ordered_marker = out.is_empty()
        && digits > 0
        && digits <= 9
        && matches!(rest[digits..].chars().next(), Some('.' | ')'))
        && marker_end.is_none_or(char::is_whitespace);
    for (i, c) in rest.char_indices() {
        let escape = match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '~' | '#' | '$' => true,
            '&' => starts_reference(&rest[i..]),
            '.' | ')' => ordered_marker && i == digits,
            _ => false,
        };
        if escape {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// Does `s` (starting with `&`) begin an HTML entity or character
/// reference, like `&amp;` or `&#60;`, that Markdown would decode?
fn starts_reference(s: &str) -> bool {
    let body: String = s[1..]
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '#')
        .collect();
    !body.is_empty() && s[1 + body.len()..].starts_with(';')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup_characters_anywhere() {
        assert_eq!(escape_line("a *b* _c_"), r"a \*b\* \_c\_");
        assert_eq!(escape_line("[x](y) <b>"), r"\[x\](y) \<b\>");
        assert_eq!(
            escape_line("a | b ~~c~~ `d` #e $f$"),
            r"a \| b \~\~c\~\~ \`d\` \#e \$f\$"
        );
        assert_eq!(escape_line(r"C:\map"), r"C:\\map");
    }

    #[test]
    fn escapes_line_start_markers_only_at_the_start() {
        assert_eq!(escape_line("- punt"), r"\- punt");
        assert_eq!(escape_line("+ punt"), r"\+ punt");
        assert_eq!(escape_line("==="), r"\===");
        assert_eq!(escape_line("2027. Een jaar"), r"2027\. Een jaar");
        assert_eq!(escape_line("3) drie"), r"3\) drie");
        assert_eq!(escape_line("2.000 woningen"), "2.000 woningen");
        assert_eq!(escape_line("3)"), r"3\)");
        assert_eq!(
            escape_line("Zuid-Holland, 2.000 woningen"),
            "Zuid-Holland, 2.000 woningen"
        );
        assert_eq!(escape_line("    code?"), "code?", "no indented code blocks");
    }

    #[test]
    fn escapes_ampersands_only_before_references() {
        assert_eq!(escape_line("Wonen & Zorg"), "Wonen & Zorg");
        assert_eq!(escape_line("&amp; &#60;"), r"\&amp; \&\#60;");
    }

    #[test]
    fn blocks_keep_paragraphs_and_line_breaks() {
        assert_eq!(block("een\ntwee\r\n\r\ndrie\n"), "een\\\ntwee\n\ndrie\n");
        assert_eq!(block("- a\n- b"), "\\- a\\\n\\- b\n");
        assert_eq!(block("een\n   \ntwee\rdrie"), "een\n\ntwee\\\ndrie\n");
    }

    #[test]
    fn inline_text_is_one_line() {
        assert_eq!(inline("  een\n\ntwee  "), "een twee");
    }
}

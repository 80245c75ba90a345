//! The notitie as Markdown (CommonMark, with nothing that needs GitHub
//! extensions), for the griffie and the fractie to read or paste on. Tables
//! are written as lists, since plain CommonMark has no tables.

use super::model::{Block, Document, Para, Table, TitleBlock};

pub(crate) fn render(doc: &Document) -> String {
    let mut out = Out::default();
    title_block(&mut out, &doc.title);
    for block in &doc.body {
        out.block(block);
    }
    if !doc.footer.is_empty() {
        out.push("---");
        out.push(&format!("*{}*", inline(&doc.footer)));
    }
    out.finish()
}

/// The title block: the title as the one level-1 heading, then the rows.
/// An empty value is a line to write on.
pub(crate) fn title_block(out: &mut Out, t: &TitleBlock) {
    out.push(&format!("# {}", inline(&t.title)));
    if !t.kicker.is_empty() {
        out.push(&format!("*{}*", inline(&t.kicker)));
    }
    let rows: Vec<String> = t
        .rows
        .iter()
        .map(|(label, value)| {
            let value = if value.is_empty() {
                WRITE_LINE.to_string()
            } else {
                inline(value)
            };
            format!("- **{}:** {value}", inline(label))
        })
        .collect();
    if !rows.is_empty() {
        out.push(&rows.join("\n"));
    }
}

/// A line to write on. Dots rather than underscores: a row of `_` would be
/// read as a horizontal rule.
pub(crate) const WRITE_LINE: &str = "……………………………………………………………………………………";

/// Markdown text being written: paragraphs with one blank line between.
#[derive(Default)]
pub(crate) struct Out {
    text: String,
}

impl Out {
    /// Append a paragraph (or heading, or list) and the blank line after it.
    pub fn push(&mut self, paragraph: &str) {
        let paragraph = paragraph.trim_end();
        if paragraph.is_empty() {
            return;
        }
        self.text.push_str(paragraph);
        self.text.push_str("\n\n");
    }

    pub fn finish(self) -> String {
        self.text.trim_end().to_string() + "\n"
    }

    fn block(&mut self, block: &Block) {
        match block {
            Block::Heading { level, text } => {
                let marks = "#".repeat(usize::from(*level).clamp(1, 5) + 1);
                self.push(&format!("{marks} {}", inline(text)));
            }
            Block::Para(p) => self.push(&para(p)),
            Block::List { ordered, items } => self.push(&list(*ordered, items)),
            Block::Table(t) => self.push(&table(t)),
            Block::Field { label, value } => self.field(label, value),
            Block::Section { blocks, .. } => {
                for b in blocks {
                    self.block(b);
                }
            }
        }
    }

    /// "**Label** value" when the value is one paragraph; otherwise the
    /// label on its own line and the value below it.
    fn field(&mut self, label: &str, value: &[Block]) {
        let colon = if super::notitie::label_sep(label) == " " {
            ""
        } else {
            ":"
        };
        let lead = format!("**{}{colon}**", inline(label.trim_end()));
        match value {
            [Block::Para(p)] => self.push(&format!("{lead} {}", para(p))),
            _ => {
                self.push(&lead);
                for b in value {
                    self.block(b);
                }
            }
        }
    }
}

fn para(p: &Para) -> String {
    let text: String = p
        .spans
        .iter()
        .map(|s| {
            // Spans meet at spaces, which `inline` would trim away; and
            // emphasis marks must touch the text, so spaces go outside them.
            let (lead, rest) = split_space(&s.text, true);
            let (body, trail) = split_space(rest, false);
            let space = |s: &str| if s.is_empty() { "" } else { " " };
            let body = inline(body);
            if s.strong && !body.is_empty() {
                format!("{}**{body}**{}", space(lead), space(trail))
            } else {
                format!("{}{body}{}", space(lead), space(trail))
            }
        })
        .collect();
    if p.aside && !text.is_empty() {
        format!("*{text}*")
    } else {
        text
    }
}

/// Split the leading (or trailing) spaces off `s`.
fn split_space(s: &str, leading: bool) -> (&str, &str) {
    if leading {
        let body = s.trim_start();
        (&s[..s.len() - body.len()], body)
    } else {
        let body = s.trim_end();
        (body, &s[body.len()..])
    }
}

fn list(ordered: bool, items: &[Para]) -> String {
    items
        .iter()
        .enumerate()
        .map(|(n, item)| {
            if ordered {
                format!("{}. {}", n + 1, para(item))
            } else {
                format!("- {}", para(item))
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// A table as a list: the column names on the first line, then one item
/// per row, "**first cell** — the others".
fn table(t: &Table) -> String {
    let mut lines = Vec::new();
    if !t.head.is_empty() {
        let head: Vec<String> = t.head.iter().map(|h| inline(h)).collect();
        lines.push(format!("*{}*", head.join(" — ")));
        lines.push(String::new());
    }
    for row in &t.rows {
        let mut cells = row.iter().map(|c| inline(c)).filter(|c| !c.is_empty());
        let first = cells.next().unwrap_or_default();
        let rest: Vec<String> = cells.collect();
        lines.push(if rest.is_empty() {
            format!("- **{first}**")
        } else {
            format!("- **{first}** — {}", rest.join(" — "))
        });
    }
    lines.join("\n")
}

/// User or guide text for one line (a heading, a list item): line breaks
/// become spaces, and everything Markdown would read as markup is escaped.
pub(crate) fn inline(text: &str) -> String {
    // Most texts are one line with single spaces already: escape them as
    // they are, without splitting and joining (a third of the Markdown
    // export of a big plan went there; issue 16).
    if is_flat(text) {
        return escape_line(text);
    }
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    escape_line(&flat)
}

/// Is `text` what joining its words with single spaces gives?
fn is_flat(text: &str) -> bool {
    if text.is_ascii() {
        let b = text.as_bytes();
        return b.first() != Some(&b' ')
            && b.last() != Some(&b' ')
            && !b.windows(2).any(|w| w == b"  ")
            && !b.iter().any(|c| c.is_ascii_whitespace() && *c != b' ')
            && !b.contains(&0x0b);
    }
    let mut after_space = true;
    for c in text.chars() {
        if c == ' ' {
            if after_space {
                return false;
            }
            after_space = true;
        } else if c.is_whitespace() {
            return false;
        } else {
            after_space = false;
        }
    }
    !after_space || text.is_empty()
}

/// Text as paragraphs (a blank line between), each paragraph's lines
/// joined with spaces: for guide texts such as help and intros.
pub(crate) fn block(text: &str) -> String {
    super::model::user_text(text)
        .iter()
        .map(|b| match b {
            Block::List { ordered, items } => list(*ordered, items),
            Block::Para(p) => para(p),
            _ => String::new(),
        })
        .collect::<Vec<_>>()
        .join("\n\n")
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
    // Every character that may need a backslash is ASCII, so the text is
    // scanned as bytes and copied in runs between them.
    let mut copied = 0;
    for (i, b) in rest.bytes().enumerate() {
        let escape = match b {
            b'\\' | b'`' | b'*' | b'_' | b'[' | b']' | b'<' | b'>' | b'|' | b'~' | b'#' | b'$' => {
                true
            }
            b'&' => starts_reference(&rest[i..]),
            b'.' | b')' => ordered_marker && i == digits,
            _ => false,
        };
        if escape {
            out.push_str(&rest[copied..i]);
            out.push('\\');
            copied = i;
        }
    }
    out.push_str(&rest[copied..]);
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
    fn blocks_have_no_hard_breaks() {
        assert_eq!(block("een\ntwee\r\n\r\ndrie\n"), "een\n\ntwee\n\ndrie");
        assert_eq!(
            block("Kosten (2021):\n- a\n- b"),
            "Kosten (2021):\n\n- a\n- b"
        );
        assert!(!block("a\nb\nc").contains('\\'));
    }

    #[test]
    fn strong_spans_keep_their_spaces_outside() {
        let p = Para::led("Let op:", " iets");
        assert_eq!(para(&p), "**Let op:** iets");
    }

    #[test]
    fn inline_text_is_one_line() {
        assert_eq!(inline("  een\n\ntwee  "), "een twee");
        for text in [
            "",
            " ",
            "een",
            "een twee",
            " een",
            "een ",
            "een  twee",
            "een\ttwee",
            "een\u{a0}twee",
            "- een",
            " - een",
            "1. een",
            "een\u{b}twee",
            "een\u{c}",
            "ë  x",
        ] {
            let joined = text.split_whitespace().collect::<Vec<_>>().join(" ");
            assert_eq!(is_flat(text), joined == text, "{text:?}");
            assert_eq!(inline(text), escape_line(&joined), "{text:?}");
        }
    }
}

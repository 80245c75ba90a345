//! Big horizontal bars: an option, a bar as wide as its share, the number
//! of groups and their letters. The bar is a run of █, so it reads
//! without colour too (NO_COLOR, a faint projector).

use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use unicode_width::UnicodeWidthStr;

use crate::compare::words::one_line;
use crate::compare::{Comparison, Row};

/// How big a bar is drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Size {
    /// Rows per bar.
    pub rows: u16,
    /// An empty row after each bar.
    pub gap: bool,
}

/// The narrowest bar worth drawing; below it the letters make room.
const MIN_BAR: usize = 6;

/// Lines for `rows` of `total` answering groups at content width `width`.
/// Hidden (`revealed` false): the options only, no bars or numbers.
pub fn draw(
    c: &Comparison,
    rows: &[Row],
    total: usize,
    width: u16,
    size: Size,
    revealed: bool,
) -> Vec<Line<'static>> {
    let width = usize::from(width);
    let labels: Vec<String> = rows.iter().map(|r| one_line(&r.label)).collect();
    let longest = labels.iter().map(|l| l.width()).max().unwrap_or(0);
    // Labels wrap at two fifths of the width, but never inside a word
    // while half the width would hold it ("Bedrijfsvoeringsorganisatie").
    let longest_word = labels
        .iter()
        .flat_map(|l| l.split_whitespace())
        .map(|w| w.width())
        .max()
        .unwrap_or(0);
    let label_w = longest
        .min((width * 2 / 5).max(longest_word.min(width / 2)))
        .max(4);
    let count_w = rows
        .iter()
        .map(|r| r.groups.len().to_string().len())
        .max()
        .unwrap_or(1);
    // "A, B, C, D, E, F" where it fits, else "A–F": a list cut off with
    // "…" would hide which groups they are.
    let letters: Vec<String> = rows
        .iter()
        .map(|r| {
            let full = c.letters(&r.groups);
            if full.width() <= width / 4 {
                full
            } else {
                runs(c, &r.groups)
            }
        })
        .collect();
    let mut letters_w = letters
        .iter()
        .map(|l| l.width())
        .max()
        .unwrap_or(0)
        .min(width / 4);
    let fixed = label_w + 2 + count_w + 1;
    if width < fixed + 2 + letters_w + MIN_BAR {
        letters_w = 0;
    }
    let bar_w = width
        .saturating_sub(fixed + if letters_w > 0 { letters_w + 2 } else { 0 })
        .max(1);
    let mut out = Vec::new();
    for (i, r) in rows.iter().enumerate() {
        let label_lines: Vec<String> = textwrap::wrap(&labels[i], label_w)
            .into_iter()
            .map(|l| l.into_owned())
            .collect();
        let height = label_lines.len().max(usize::from(size.rows));
        let steps = crate::compare::report::bar_steps(r.groups.len(), total, bar_w);
        for k in 0..height {
            let label = label_lines.get(k).cloned().unwrap_or_default();
            let pad = label_w.saturating_sub(label.width());
            let mut spans = vec![Span::raw(format!("{label}{}  ", " ".repeat(pad)))];
            let bar_line = k < usize::from(size.rows);
            if revealed && bar_line {
                spans.push(Span::styled("█".repeat(steps), bar_style()));
                spans.push(Span::raw(" ".repeat(bar_w - steps)));
                if k == 0 {
                    let n = r.groups.len().to_string();
                    spans.push(Span::styled(
                        format!(" {}{n}", " ".repeat(count_w - n.len())),
                        Style::new().add_modifier(Modifier::BOLD),
                    ));
                    if letters_w > 0 {
                        spans.push(Span::styled(
                            format!("  {}", cut(&letters[i], letters_w)),
                            Style::new().fg(Color::DarkGray),
                        ));
                    }
                }
            } else if !revealed && k == 0 {
                spans.push(Span::styled("?", Style::new().fg(Color::DarkGray)));
            }
            out.push(Line::from(spans));
        }
        if size.gap {
            out.push(Line::default());
        }
    }
    out
}

fn bar_style() -> Style {
    Style::new().fg(Color::Cyan)
}

/// The letters of `groups` (indices, ascending) with runs of three or
/// more written as a range: "A–D, F".
fn runs(c: &Comparison, groups: &[usize]) -> String {
    let letter = |g: usize| c.groups.get(g).map_or("?", |x| x.letter.as_str());
    let mut parts = Vec::new();
    let mut i = 0;
    while i < groups.len() {
        let mut j = i;
        while j + 1 < groups.len() && groups[j + 1] == groups[j] + 1 {
            j += 1;
        }
        if j >= i + 2 {
            parts.push(format!("{}–{}", letter(groups[i]), letter(groups[j])));
            i = j + 1;
        } else {
            parts.push(letter(groups[i]).to_string());
            i += 1;
        }
    }
    parts.join(", ")
}

/// `text` cut to `width` columns, with "…" when it was longer.
fn cut(text: &str, width: usize) -> String {
    if text.width() <= width {
        return text.to_string();
    }
    let mut out = String::new();
    for ch in text.chars() {
        if out.width() + 2 > width {
            break;
        }
        out.push(ch);
    }
    out.push('…');
    out
}

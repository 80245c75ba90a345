//! Drawing helpers every screen and dialog shares: boxes, centring, text
//! wrapped or cut to a width, the status line, and the signs for states.
//! Views import these from here, never from each other, so the views form
//! a tree without cycles.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};
use unicode_width::UnicodeWidthStr;

use crate::advice::scan::Light;
use crate::guide::RaadRole;
use crate::plan::StepStatus;
use crate::text::Txt;
use crate::text::fill;
use crate::tui::drawn::{Drawn, Pane, PaneView};
use crate::tui::keymap::{Action, Context, binding_for, keys_label, say};
use crate::tui::state::Message;

use super::theme;

/// A bordered block with a title, used by panels and dialogs.
pub fn panel(title: &str) -> Block<'static> {
    Block::new()
        .borders(Borders::ALL)
        .border_style(theme::dim())
        .title(Span::styled(format!(" {title} "), theme::title()))
}

/// A rectangle of at most `width` x `height` centred in `area`.
pub fn centered(area: Rect, width: u16, height: u16) -> Rect {
    let width = width.min(area.width);
    let height = height.min(area.height);
    Rect {
        x: area.x + (area.width - width) / 2,
        y: area.y + (area.height - height) / 2,
        width,
        height,
    }
}

/// Rows a message may take above the key bar.
const MESSAGE_ROWS: usize = 2;

/// The message above the key bar, wrapped to `width`, on at most two
/// rows. A longer one ends with where to read all of it (the message log);
/// nothing is lost (W6). No message, no rows.
pub fn message_lines(message: Option<&Message>, width: u16) -> Vec<Line<'static>> {
    let Some(m) = message else {
        return Vec::new();
    };
    let (text, style) = if m.is_error {
        (format!("⚠ {}", m.text), theme::error())
    } else {
        (m.text.clone(), theme::ok())
    };
    let mut lines = wrap(&text, width);
    if lines.len() > MESSAGE_ROWS {
        let more = format!(" {}", say(Txt::MsgMore, &[]));
        let room = usize::from(width).saturating_sub(more.width());
        lines.truncate(MESSAGE_ROWS);
        if let Some(last) = lines.last_mut() {
            *last = format!("{}{more}", truncate(last, u16::try_from(room).unwrap_or(0)));
        }
    }
    lines.into_iter().map(|l| Line::styled(l, style)).collect()
}

/// The self-scan light as a sign, its name, and a colour.
pub fn light(l: Light) -> (&'static str, Txt, Style) {
    match l {
        Light::Green => ("✓", Txt::LightGreen, theme::ok()),
        Light::Amber => ("…", Txt::LightAmber, theme::warn()),
        Light::Red => ("!", Txt::LightRed, theme::error()),
    }
}

/// The mark before a step; shapes, not colours, carry the meaning.
pub fn status_mark(status: StepStatus) -> &'static str {
    match status {
        StepStatus::NotStarted => "○",
        StepStatus::InProgress => "◑",
        StepStatus::Complete => "●",
    }
}

pub fn role_name(role: RaadRole) -> &'static str {
    match role {
        RaadRole::Kaderstellend => Txt::RoleKaderstellend.get(),
        RaadRole::Controlerend => Txt::RoleControlerend.get(),
        RaadRole::Volksvertegenwoordigend => Txt::RoleVolksvertegenwoordigend.get(),
    }
}

/// Wrap `text` to `width` display columns. Words are broken at spaces
/// only, never at a hyphen: "01-03-2027" and "Wgr-regeling" stay whole
/// (W9). A word wider than the line is split where it must be.
pub fn wrap(text: &str, width: u16) -> Vec<String> {
    let width = usize::from(width.max(1));
    let options = textwrap::Options::new(width)
        .word_separator(textwrap::WordSeparator::AsciiSpace)
        .word_splitter(textwrap::WordSplitter::NoHyphenation);
    text.lines()
        .flat_map(|l| {
            let wrapped = textwrap::wrap(l, &options);
            if wrapped.is_empty() {
                vec![String::new()]
            } else {
                wrapped
                    .into_iter()
                    .map(std::borrow::Cow::into_owned)
                    .collect()
            }
        })
        .collect()
}

/// Cut `text` to `width` display columns, ending in "…" when cut.
pub fn truncate(text: &str, width: u16) -> String {
    use unicode_width::UnicodeWidthChar;
    let width = usize::from(width);
    let total: usize = text.chars().map(|c| c.width().unwrap_or(0)).sum();
    if total <= width {
        return text.to_string();
    }
    let mut out = String::new();
    let mut used = 0;
    for c in text.chars() {
        let w = c.width().unwrap_or(0);
        if used + w + 1 > width {
            break;
        }
        out.push(c);
        used += w;
    }
    out.push('…');
    out
}

/// Lines wrapped to `width` by words, each word keeping its style, so a
/// line like "Waarom: …" with a bold head wraps like plain text. Lines
/// that start with spaces keep them on every row (a hanging indent).
pub fn wrap_lines(lines: Vec<Line<'static>>, width: u16) -> Vec<Line<'static>> {
    let width = usize::from(width.max(1));
    let mut out = Vec::with_capacity(lines.len());
    for line in lines {
        if line.width() <= width {
            out.push(line);
            continue;
        }
        let base = line.style;
        // Words with their style; a word ends after its spaces.
        let mut words: Vec<(String, Style)> = Vec::new();
        for span in &line.spans {
            let style = base.patch(span.style);
            let mut word = String::new();
            for c in span.content.chars() {
                if c != ' ' && word.ends_with(' ') {
                    words.push((std::mem::take(&mut word), style));
                }
                word.push(c);
            }
            if !word.is_empty() {
                words.push((word, style));
            }
        }
        let indent: String = line
            .spans
            .iter()
            .flat_map(|s| s.content.chars())
            .take_while(|c| *c == ' ')
            .collect();
        let indent = if indent.width() * 2 < width {
            indent
        } else {
            String::new()
        };
        let mut row: Vec<Span<'static>> = Vec::new();
        let mut used = 0usize;
        let flush = |row: &mut Vec<Span<'static>>, out: &mut Vec<Line<'static>>| {
            if let Some(last) = row.last_mut() {
                let trimmed = last.content.trim_end().to_string();
                last.content = trimmed.into();
            }
            out.push(Line::from(std::mem::take(row)));
        };
        for (n, (word, style)) in words.into_iter().enumerate() {
            let w = word.trim_end().width();
            if used > 0 && used + w > width {
                flush(&mut row, &mut out);
                row.push(Span::raw(indent.clone()));
                used = indent.width();
            }
            if n > 0 && used == indent.width() && used > 0 && word.trim().is_empty() {
                continue;
            }
            if used + w > width {
                // A word wider than the line: split it where it must be.
                for part in wrap(&word, u16::try_from(width - used).unwrap_or(1)) {
                    if used > 0 && used + part.width() > width {
                        flush(&mut row, &mut out);
                        used = 0;
                    }
                    used += part.width();
                    row.push(Span::styled(part, style));
                }
                row.push(Span::styled(" ", style));
                used += 1;
                continue;
            }
            used += word.width();
            row.push(Span::styled(word, style));
        }
        if !row.is_empty() {
            flush(&mut row, &mut out);
        }
    }
    out
}

/// The key that scrolls a page on in `context`, as a pane's sign names it.
pub fn page_key(context: Context) -> String {
    binding_for(context, Action::PageDown)
        .and_then(|b| b.keys.last())
        .map(|k| keys_label(&[*k]))
        .unwrap_or_default()
}

/// The scrolling pane every screen and overlay shares: `lines` (already
/// wrapped to the width of `area`) from line `scroll`, but never past the
/// last screenful, so a pane never scrolls into emptiness. When the lines
/// do not all fit, the last row says so: where the reader is, that more
/// follows, and `keys` (the keys that scroll here, from the keymap). The
/// pane is recorded in `drawn` for the scroll keys and the mouse wheel.
pub fn scrolled(
    frame: &mut Frame,
    area: Rect,
    lines: Vec<Line<'static>>,
    scroll: u16,
    pane: Pane,
    keys: &str,
    drawn: &mut Drawn,
) {
    let total = u16::try_from(lines.len()).unwrap_or(u16::MAX);
    let fits = total <= area.height;
    let text = Rect {
        height: if fits {
            area.height
        } else {
            area.height.saturating_sub(1)
        },
        ..area
    };
    let first = scroll.min(total.saturating_sub(text.height));
    frame.render_widget(Paragraph::new(lines).scroll((first, 0)), text);
    drawn.pane(PaneView {
        pane,
        area: text,
        total,
        first,
    });
    if fits || text.height == 0 {
        return;
    }
    let last = first.saturating_add(text.height).min(total);
    let (from, to) = (first + 1, last);
    let where_ = if first == 0 {
        fill(Txt::ScrollMore, &[&from, &to, &total])
    } else if last >= total {
        fill(Txt::ScrollEnd, &[&from, &to, &total])
    } else {
        fill(Txt::ScrollMiddle, &[&from, &to, &total])
    };
    let line = if keys.is_empty() || last >= total {
        where_
    } else {
        format!("{where_} · {keys}")
    };
    let row = Rect {
        y: text.y + text.height,
        height: 1,
        ..area
    };
    frame.render_widget(
        Paragraph::new(Line::styled(truncate(&line, row.width), theme::hint())),
        row,
    );
}

/// Cut `text` to `width` display columns by leaving out its middle, so
/// both the start and the end show ("Een Energiehuis met … — Tafel 1"):
/// plan titles that share a start differ at the end. Cuts fall between
/// words where a word is left on each side.
pub fn shorten_middle(text: &str, width: u16) -> String {
    use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};
    let width = usize::from(width);
    if text.width() <= width {
        return text.to_string();
    }
    if width < 12 {
        return truncate(text, u16::try_from(width).unwrap_or(0));
    }
    let chars: Vec<char> = text.chars().collect();
    // Room for " …" in the middle; the end gets two fifths of the rest.
    let room = width - 2;
    let fits = |range: &mut dyn Iterator<Item = usize>, limit: usize| {
        let mut used = 0;
        let mut n = 0;
        for i in range {
            let w = chars[i].width().unwrap_or(0);
            if used + w > limit {
                break;
            }
            used += w;
            n += 1;
        }
        (n, used)
    };
    let (mut tail_n, tail_used) = fits(&mut (0..chars.len()).rev(), room * 2 / 5);
    let (mut head_n, _) = fits(&mut (0..chars.len()), room - tail_used);
    // Mid-word on the head side: back to the last space, if one is left.
    let mut mid_word = false;
    if chars.get(head_n).is_some_and(|c| *c != ' ') {
        match chars[..head_n].iter().rposition(|c| *c == ' ') {
            // Only when that keeps most of the start; else cut the word.
            Some(at) if at * 5 >= head_n * 3 => head_n = at,
            _ => mid_word = true,
        }
    }
    // Mid-word on the tail side: on to the next space, if one is left.
    let tail_start = chars.len() - tail_n;
    if tail_start > 0
        && chars[tail_start - 1] != ' '
        && let Some(at) = chars[tail_start..].iter().position(|c| *c == ' ')
        && at + 1 < tail_n
    {
        tail_n -= at + 1;
    }
    let head: String = chars[..head_n].iter().collect();
    let tail: String = chars[chars.len() - tail_n..].iter().collect();
    let gap = if mid_word { "…" } else { " …" };
    format!("{}{gap} {}", head.trim_end(), tail.trim_start())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shorten_middle_keeps_both_ends() {
        let title = "Een Energiehuis met inwoners en corporatie — Tafel 1";
        let short = shorten_middle(title, 30);
        assert!(short.starts_with("Een Energiehuis"), "{short}");
        assert!(short.ends_with("Tafel 1"), "{short}");
        assert!(
            unicode_width::UnicodeWidthStr::width(short.as_str()) <= 30,
            "{short}"
        );
        assert_eq!(shorten_middle("Kort", 30), "Kort");
        assert_eq!(shorten_middle(title, 25), "Een Energiehui… — Tafel 1");
    }

    #[test]
    fn truncate_counts_display_width() {
        assert_eq!(truncate("abcdef", 4), "abc…");
        assert_eq!(truncate("日本語です", 5), "日本…");
        assert_eq!(truncate("Zoë", 3), "Zoë");
    }

    fn shown(lines: usize, height: u16, scroll: u16) -> (PaneView, String) {
        let mut t = ratatui::Terminal::new(ratatui::backend::TestBackend::new(40, height))
            .expect("terminal");
        let lines: Vec<Line<'static>> = (0..lines).map(|n| Line::raw(n.to_string())).collect();
        let mut drawn = Drawn::default();
        t.draw(|f| {
            scrolled(
                f,
                f.area(),
                lines.clone(),
                scroll,
                Pane::Help,
                "PgDn",
                &mut drawn,
            );
        })
        .expect("draw");
        (drawn.panes[0].1, t.backend().to_string())
    }

    #[test]
    fn a_pane_never_scrolls_past_its_last_screenful_and_says_where_it_is() {
        // Five lines in four rows: three of text and the row that says so.
        let (view, screen) = shown(5, 4, 99);
        assert_eq!((view.first, view.area.height, view.total), (2, 3, 5));
        assert!(screen.contains("einde"), "{screen}");
        assert!(screen.contains('4'), "the last line is shown: {screen}");
        let (view, screen) = shown(5, 4, 0);
        assert_eq!(view.first, 0);
        assert!(
            screen.contains("↓ meer") && screen.contains("PgDn"),
            "{screen}"
        );
        let (view, screen) = shown(3, 4, 0);
        assert_eq!(view.area.height, 4, "all of it fits: no row for the sign");
        assert!(!screen.contains("meer"), "{screen}");
    }

    #[test]
    fn styled_lines_wrap_by_words_and_keep_their_styles() {
        let line = Line::from(vec![
            Span::styled("Waarom: ", theme::title()),
            Span::raw("een twee drie vier vijf zes"),
        ]);
        let rows = wrap_lines(vec![line], 14);
        let texts: Vec<String> = rows
            .iter()
            .map(|l| l.spans.iter().map(|s| s.content.as_ref()).collect())
            .collect();
        assert_eq!(texts, vec!["Waarom: een", "twee drie vier", "vijf zes"]);
        assert_eq!(rows[0].spans[0].style, theme::title());
        let indented = wrap_lines(vec![Line::raw("  • aa bb cc dd")], 8);
        let texts: Vec<String> = indented
            .iter()
            .map(|l| l.spans.iter().map(|s| s.content.as_ref()).collect())
            .collect();
        assert_eq!(texts, vec!["  • aa", "  bb cc", "  dd"]);
    }

    #[test]
    fn wrap_keeps_blank_lines() {
        assert_eq!(wrap("a b c\n\nd", 3), vec!["a b", "c", "", "d"]);
    }

    #[test]
    fn wrap_never_breaks_a_date_or_a_hyphenated_word() {
        let lines = wrap("Typ een datum als dd-mm-jjjj, bijvoorbeeld 01-03-2027.", 44);
        assert!(lines.iter().any(|l| l.contains("01-03-2027.")), "{lines:?}");
        assert!(lines.iter().all(|l| l.trim() != "."), "{lines:?}");
    }
}

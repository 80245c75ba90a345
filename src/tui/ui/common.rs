//! Drawing helpers every screen and dialog shares: boxes, centring, text
//! wrapped or cut to a width, the status line, and the signs for states.
//! Views import these from here, never from each other, so the views form
//! a tree without cycles.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};

use crate::advice::scan::Light;
use crate::guide::RaadRole;
use crate::plan::StepStatus;
use crate::text::Txt;
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

/// The line above the key bar: a message, or what to do here.
pub fn message_line(message: Option<&Message>, fallback: &str) -> Line<'static> {
    match message {
        Some(m) if m.is_error => Line::from(vec![
            Span::styled("⚠ ", theme::error()),
            Span::styled(m.text.clone(), theme::error()),
        ]),
        Some(m) => Line::styled(m.text.clone(), theme::ok()),
        None => Line::styled(fallback.to_string(), theme::hint()),
    }
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

/// Wrap `text` to `width` display columns.
pub fn wrap(text: &str, width: u16) -> Vec<String> {
    let width = usize::from(width.max(1));
    text.lines()
        .flat_map(|l| {
            let wrapped = textwrap::wrap(l, width);
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

/// Lines wrapped to `width`. A line of one style is wrapped by words; a
/// line of several styles (a key and what it does) is kept whole.
pub fn wrap_lines(lines: Vec<Line<'static>>, width: u16) -> Vec<Line<'static>> {
    let mut out = Vec::with_capacity(lines.len());
    for line in lines {
        if line.width() <= usize::from(width) || line.spans.len() != 1 {
            out.push(line);
            continue;
        }
        let style = line.style.patch(line.spans[0].style);
        for part in wrap(&line.spans[0].content, width) {
            out.push(Line::styled(part, style));
        }
    }
    out
}

/// The scrolling pane every screen and overlay shares: `lines` (already
/// wrapped to the width of `area`) from line `scroll`, but never past the
/// last screenful, so a pane never scrolls into emptiness. Returns the
/// first line shown and whether more follows below it.
pub fn scrolled(
    frame: &mut Frame,
    area: Rect,
    lines: Vec<Line<'static>>,
    scroll: u16,
) -> (u16, bool) {
    let total = u16::try_from(lines.len()).unwrap_or(u16::MAX);
    let first = scroll.min(total.saturating_sub(area.height));
    let more = first.saturating_add(area.height) < total;
    frame.render_widget(Paragraph::new(lines).scroll((first, 0)), area);
    (first, more)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn truncate_counts_display_width() {
        assert_eq!(truncate("abcdef", 4), "abc…");
        assert_eq!(truncate("日本語です", 5), "日本…");
        assert_eq!(truncate("Zoë", 3), "Zoë");
    }

    #[test]
    fn a_pane_never_scrolls_past_its_last_screenful() {
        let mut t =
            ratatui::Terminal::new(ratatui::backend::TestBackend::new(10, 3)).expect("terminal");
        let lines: Vec<Line<'static>> = (0..5).map(|n| Line::raw(n.to_string())).collect();
        let mut shown = (0, false);
        t.draw(|f| shown = scrolled(f, f.area(), lines.clone(), 99))
            .expect("draw");
        assert_eq!(shown, (2, false));
        t.draw(|f| shown = scrolled(f, f.area(), lines.clone(), 1))
            .expect("draw");
        assert_eq!(shown, (1, true));
    }

    #[test]
    fn wrap_keeps_blank_lines() {
        assert_eq!(wrap("a b c\n\nd", 3), vec!["a b", "c", "", "d"]);
    }
}

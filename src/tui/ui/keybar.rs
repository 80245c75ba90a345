//! The key bar: the keys that work here, always visible.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use unicode_width::UnicodeWidthStr;

use crate::tui::keymap::{Context, bindings};

use super::theme;

/// The (keys, label) pairs of the bar for `context`.
pub fn items(context: Context) -> Vec<(String, &'static str)> {
    bindings(context)
        .filter(|b| b.in_bar())
        .map(|b| (b.short_label(), b.label.get()))
        .collect()
}

/// Lay the items out in lines of at most `width` columns.
fn lines(context: Context, width: u16) -> Vec<Vec<(String, &'static str)>> {
    let mut out: Vec<Vec<_>> = vec![Vec::new()];
    let mut used = 0usize;
    for (key, label) in items(context) {
        let w = key.width() + label.width() + 5;
        if used + w > usize::from(width) && used > 0 {
            out.push(Vec::new());
            used = 0;
        }
        used += w;
        if let Some(line) = out.last_mut() {
            line.push((key, label));
        }
    }
    out
}

/// Rows the bar needs at this width (at most 3).
pub fn height(context: Context, width: u16) -> u16 {
    u16::try_from(lines(context, width).len().min(3)).unwrap_or(3)
}

pub fn render(context: Context, frame: &mut Frame, area: Rect) {
    let rendered: Vec<Line> = lines(context, area.width)
        .into_iter()
        .map(|items| {
            let mut spans = Vec::new();
            for (key, label) in items {
                spans.push(Span::styled(format!(" {key} "), theme::key()));
                spans.push(Span::raw(format!(" {label}  ")));
            }
            Line::from(spans)
        })
        .collect();
    frame.render_widget(Paragraph::new(rendered), area);
}

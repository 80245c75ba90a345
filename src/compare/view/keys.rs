//! The key bar: only the keys that do something on this page, now.

use ratatui::text::{Line, Span};
use unicode_width::UnicodeWidthStr;

use super::state::Projector;

/// (key, what it does) for the bar. `scrolls`: the page is longer than
/// the screen.
pub fn items(state: &Projector, scrolls: bool) -> Vec<(&'static str, &'static str)> {
    let mut out = Vec::new();
    if state.has_previous() {
        out.push(("←", "vorige"));
    }
    if state.has_next() {
        out.push(("→", "volgende"));
    }
    if state.page().hides() {
        let what = if state.is_revealed() {
            "antwoorden verbergen"
        } else {
            "antwoorden tonen"
        };
        out.push(("Spatie", what));
    }
    if scrolls {
        out.push(("↑↓", "scrollen"));
    }
    out.push(("q", "stoppen"));
    out
}

/// The items laid out in lines of at most `width` columns.
fn lines(
    items: &[(&'static str, &'static str)],
    width: u16,
) -> Vec<Vec<(&'static str, &'static str)>> {
    let mut out: Vec<Vec<_>> = vec![Vec::new()];
    let mut used = 0usize;
    for &(key, label) in items {
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

/// Rows the bar takes at `width`, counting the scroll key whether or not
/// it shows, so the page's height never depends on itself.
pub fn height(state: &Projector, width: u16) -> u16 {
    u16::try_from(lines(&items(state, true), width).len()).unwrap_or(1)
}

pub fn render(state: &Projector, scrolls: bool, width: u16) -> Vec<Line<'static>> {
    lines(&items(state, scrolls), width)
        .into_iter()
        .map(|items| {
            let mut spans = Vec::new();
            for (key, label) in items {
                spans.push(Span::styled(format!(" {key} "), super::text::key_style()));
                spans.push(Span::raw(format!(" {label}  ")));
            }
            Line::from(spans)
        })
        .collect()
}

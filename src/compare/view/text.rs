//! Styles and wrapped text for the projector's pages.

use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use unicode_width::UnicodeWidthStr;

use crate::compare::words;

pub fn key_style() -> Style {
    Style::new().add_modifier(Modifier::BOLD | Modifier::REVERSED)
}

pub fn bold() -> Style {
    Style::new().add_modifier(Modifier::BOLD)
}

pub fn dim() -> Style {
    Style::new().fg(Color::DarkGray)
}

/// `text` wrapped to `width`, in `style`, every line after `indent`.
pub fn wrapped(text: &str, width: u16, style: Style, indent: &str) -> Vec<Line<'static>> {
    hanging(text, width, style, indent, indent)
}

/// `text` wrapped to `width`: the first line after `first`, the others
/// after `rest` (a bullet or a number, then the text lined up under it).
pub fn hanging(
    text: &str,
    width: u16,
    style: Style,
    first: &str,
    rest: &str,
) -> Vec<Line<'static>> {
    let room = usize::from(width)
        .saturating_sub(first.width().max(rest.width()))
        .max(8);
    let mut out = Vec::new();
    for para in words::clean(text).split('\n') {
        for l in textwrap::wrap(para, room) {
            let lead = if out.is_empty() { first } else { rest };
            out.push(Line::from(vec![
                Span::raw(lead.to_string()),
                Span::styled(l.into_owned(), style),
            ]));
        }
    }
    out
}

/// A bullet point, wrapped with the text lined up after the bullet.
pub fn bullet(text: &str, width: u16, style: Style) -> Vec<Line<'static>> {
    hanging(text, width, style, "• ", "  ")
}

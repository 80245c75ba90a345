//! What each page of the projector says, as lines for a given width. Used
//! by the drawing and by `update` (to know how far a page scrolls), so
//! both always agree. The pages themselves are in [`super::topic`] and
//! [`super::pages`].

use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use unicode_width::UnicodeWidthStr;

use crate::compare::{Comparison, words};

use super::keys;
use super::state::{Page, Projector};

/// Columns left and right of the page: more on a big screen, so the text
/// sits in the middle of the wall.
pub fn margin(width: u16, height: u16) -> u16 {
    if width >= 160 && height >= 45 {
        8
    } else if width >= 120 && height >= 35 {
        4
    } else {
        1
    }
}

/// Columns for the page's text.
pub fn content_width(width: u16, height: u16) -> u16 {
    width.saturating_sub(2 * margin(width, height)).max(1)
}

/// Rows for the page's text: the screen less the header and the empty row
/// under it, the row for "↓ meer", and the key bar.
pub fn content_height(width: u16, height: u16, state: &Projector) -> u16 {
    height
        .saturating_sub(3)
        .saturating_sub(keys::height(state, width))
        .max(1)
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

/// The lines of the current page at content width `width`.
pub fn page_lines(c: &Comparison, state: &Projector, width: u16) -> Vec<Line<'static>> {
    let mut out = Vec::new();
    match state.page() {
        Page::Start => super::pages::start(c, width, &mut out),
        Page::Agenda(n) => {
            if let Some(topic) = c.order.agenda.get(n).and_then(|t| c.topics.get(*t)) {
                let room = content_height(state.width, state.height, state);
                super::topic::page(c, topic, width, room, state.is_revealed(), &mut out);
            }
        }
        Page::Agreed => super::pages::agreed(c, width, &mut out),
        Page::Unanswered => super::pages::unanswered(c, width, &mut out),
        Page::Findings => super::pages::findings(c, width, &mut out),
        Page::Forms => super::pages::forms(c, width, &mut out),
        Page::Debrief => super::pages::debrief(c, width, &mut out),
        Page::Skipped => super::pages::skipped(c, width, &mut out),
    }
    out
}

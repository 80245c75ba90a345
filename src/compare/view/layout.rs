//! What each page of the projector says, as lines for a given width. Used
//! by the drawing and by `update` (to know how far a page scrolls), so
//! both always agree. The pages themselves are in [`super::topic`] and
//! [`super::pages`].

use ratatui::text::Line;

use crate::compare::Comparison;

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

/// How far the current page can scroll at the current size.
pub fn max_scroll(state: &Projector, c: &Comparison) -> u16 {
    let view = content_height(state.width, state.height, state);
    let lines = page_lines(c, state, content_width(state.width, state.height)).len();
    u16::try_from(lines.saturating_sub(usize::from(view))).unwrap_or(u16::MAX)
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

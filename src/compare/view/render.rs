//! Drawing the projector: a header that says where the trainer is, the
//! page, and the key bar. Only reads the state.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use unicode_width::UnicodeWidthStr;

use crate::compare::Comparison;

use super::keys;
use super::layout::{self, content_height, content_width, max_scroll, page_lines};
use super::state::{Page, Projector};

/// Below this the page cannot be read; the screen says so.
pub const MIN_WIDTH: u16 = 40;
pub const MIN_HEIGHT: u16 = 10;

fn header_style() -> Style {
    Style::new()
        .add_modifier(Modifier::BOLD)
        .bg(Color::Blue)
        .fg(Color::White)
}

/// What the header calls the current page.
pub fn page_name(state: &Projector, c: &Comparison) -> String {
    match state.page() {
        Page::Start => "Vergelijking van de groepen".to_string(),
        Page::Agenda(n) => format!(
            "Gespreksagenda: punt {} van {}",
            n + 1,
            c.order.agenda.len()
        ),
        Page::Agreed => crate::compare::report::AGREED.to_string(),
        Page::Unanswered => crate::compare::report::UNANSWERED.to_string(),
        Page::Findings => crate::compare::report::FINDINGS.to_string(),
        Page::Forms => crate::compare::report::FORMS.to_string(),
        Page::Debrief => crate::compare::report::DEBRIEF.to_string(),
        Page::Skipped => crate::compare::report::SKIPPED.to_string(),
    }
}

/// Draw the projector, in the colours the trainer chose (`NO_COLOR`,
/// high contrast).
pub fn render(frame: &mut Frame, c: &Comparison, state: &Projector) {
    draw(frame, c, state);
    crate::palette::apply(frame.buffer_mut(), state.colours);
}

fn draw(frame: &mut Frame, c: &Comparison, state: &Projector) {
    let area = frame.area();
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        let text =
            format!("Maak het venster groter (minstens {MIN_WIDTH} bij {MIN_HEIGHT}). q: stoppen.");
        let lines: Vec<Line> = textwrap::wrap(&text, usize::from(area.width.max(1)))
            .into_iter()
            .map(|l| Line::from(l.into_owned()))
            .collect();
        frame.render_widget(Paragraph::new(lines), area);
        return;
    }
    let scrolls = max_scroll(state, c) > 0;
    let bar_rows = keys::height(state, area.width);
    let [header, _, body, bar] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Min(1),
        Constraint::Length(bar_rows),
    ])
    .areas(area);
    draw_header(frame, header, state, c);
    let margin = layout::margin(area.width, area.height);
    let body = Rect {
        x: body.x + margin,
        width: content_width(area.width, area.height),
        height: content_height(area.width, area.height, state).min(body.height),
        ..body
    };
    let lines = page_lines(c, state, body.width);
    let max = max_scroll(state, c);
    let scroll = state.scroll.min(max);
    frame.render_widget(Paragraph::new(lines).scroll((scroll, 0)), body);
    // The signs go on the rows kept free for them (the empty row under
    // the header, the row under the page), never over the page's text.
    if scroll < max {
        mark(frame, body, body.y + body.height, "↓ meer");
    }
    if scroll > 0 {
        mark(frame, body, body.y.saturating_sub(1), "↑ meer");
    }
    let lines = keys::render(state, scrolls, area.width);
    frame.render_widget(Paragraph::new(lines), bar);
}

fn draw_header(frame: &mut Frame, area: Rect, state: &Projector, c: &Comparison) {
    let left = format!(" {}", page_name(state, c));
    let right = format!("scherm {} van {} ", state.at + 1, state.pages.len());
    let room = usize::from(area.width);
    let gap = room.saturating_sub(left.width() + right.width());
    let text = if gap == 0 {
        left
    } else {
        format!("{left}{}{right}", " ".repeat(gap))
    };
    frame.render_widget(
        Paragraph::new(Line::from(Span::raw(text))).style(header_style()),
        area,
    );
}

/// A small "there is more" sign at the right end of row `y`.
fn mark(frame: &mut Frame, body: Rect, y: u16, text: &str) {
    let w = u16::try_from(text.width()).unwrap_or(6);
    if body.width <= w {
        return;
    }
    let at = Rect {
        x: body.x + body.width - w,
        y,
        width: w,
        height: 1,
    };
    frame.render_widget(
        Paragraph::new(text).style(Style::new().add_modifier(Modifier::REVERSED)),
        at,
    );
}

//! `render(app, frame)`: draws the state, changes nothing.

mod dialog;
mod editor;
mod form;
mod help;
mod keybar;
mod list;
mod panels;
mod picker;
mod sidebar;
mod tabs;
pub(crate) mod theme;
mod values;

use ratatui::Frame;
use ratatui::layout::{Alignment, Rect};
use ratatui::text::{Line, Span, Text};
use ratatui::widgets::{Paragraph, Wrap};

use crate::text::{Txt, fill};

use super::state::{App, Message, Screen};

/// Below this size the screens cannot show a question with its help.
pub const MIN_WIDTH: u16 = 60;
pub const MIN_HEIGHT: u16 = 16;

pub fn render(app: &App, frame: &mut Frame) {
    let area = frame.area();
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        too_small(frame, area);
        return;
    }
    match &app.screen {
        Screen::Picker(p) => picker::render(app, p, frame, area),
        Screen::Editor(e) => editor::render(app, e, frame, area),
    }
    if let Some(scroll) = app.help {
        help::render_overlay(app, scroll, frame, area);
    }
}

fn too_small(frame: &mut Frame, area: Rect) {
    let body = fill(
        Txt::TooSmallBody,
        &[&MIN_WIDTH, &MIN_HEIGHT, &area.width, &area.height],
    );
    let text = Text::from(vec![
        Line::styled(Txt::TooSmallTitle.get(), theme::title()),
        Line::raw(""),
        Line::raw(body),
    ]);
    let top = area.height.saturating_sub(4) / 2;
    let inner = Rect {
        y: area.y + top,
        height: area.height - top,
        ..area
    };
    frame.render_widget(
        Paragraph::new(text)
            .alignment(Alignment::Center)
            .wrap(Wrap { trim: true }),
        inner,
    );
}

/// The line above the key bar: a message, or what to do here.
fn message_line(message: Option<&Message>, fallback: &str) -> Line<'static> {
    match message {
        Some(m) if m.is_error => Line::from(vec![
            Span::styled("⚠ ", theme::error()),
            Span::styled(m.text.clone(), theme::error()),
        ]),
        Some(m) => Line::styled(m.text.clone(), theme::ok()),
        None => Line::styled(fallback.to_string(), theme::hint()),
    }
}

/// A rectangle of at most `width` x `height` centred in `area`.
fn centered(area: Rect, width: u16, height: u16) -> Rect {
    let width = width.min(area.width);
    let height = height.min(area.height);
    Rect {
        x: area.x + (area.width - width) / 2,
        y: area.y + (area.height - height) / 2,
        width,
        height,
    }
}

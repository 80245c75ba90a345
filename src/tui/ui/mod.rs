//! `render(app, frame)`: draws the state, changes nothing.

mod case;
mod common;
mod dialog;
mod editor;
mod form;
mod form_aid;
mod help;
mod keybar;
#[cfg(test)]
mod keys_named;
mod list;
mod overlay;
mod panels;
mod picker;
mod sidebar;
mod tabs;
pub(crate) mod theme;
mod values;

use ratatui::Frame;
use ratatui::layout::{Alignment, Rect};
use ratatui::text::{Line, Text};
use ratatui::widgets::{Paragraph, Wrap};

use crate::text::{Txt, fill};

use super::state::{App, Screen};

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
    for o in &app.overlays {
        overlay::render(app, o, frame, area);
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

//! `render(app, frame)`: draws the state, changes nothing.

mod case;
mod common;
mod details;
mod dialog;
mod editor;
mod form;
mod form_aid;
mod help;
mod help_keys;
mod keybar;
#[cfg(test)]
mod keys_named;
mod list;
mod messages;
mod overlay;
mod overview;
mod panels;
mod picker;
mod plan_details;
mod sidebar;
mod tabs;
pub(crate) mod theme;
mod values;

use ratatui::Frame;
use ratatui::layout::{Alignment, Rect};
use ratatui::text::{Line, Text};
use ratatui::widgets::{Paragraph, Wrap};

use crate::text::{Txt, fill};

use super::drawn::Drawn;
use super::state::{App, Screen};

/// Below this size the screens cannot show a question with its help.
pub const MIN_WIDTH: u16 = 60;
pub const MIN_HEIGHT: u16 = 16;

/// Draw the app; the answer says what was drawn where (for the scroll
/// keys and the mouse), and goes back to `update` as `Event::Drawn`.
pub fn render(app: &App, frame: &mut Frame) -> Drawn {
    let mut drawn = Drawn::default();
    let area = frame.area();
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        too_small(frame, area);
        return drawn;
    }
    match &app.screen {
        Screen::Picker(p) => picker::render(app, p, frame, area, &mut drawn),
        Screen::Editor(e) => editor::render(app, e, frame, area, &mut drawn),
    }
    for (i, o) in app.overlays.iter().enumerate() {
        drawn.layer = i + 1;
        overlay::render(app, o, frame, area, &mut drawn);
    }
    drawn
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

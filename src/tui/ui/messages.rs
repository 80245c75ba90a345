//! The message log: every message of this session, newest last, so a
//! long one that did not fit the status lines can be read in full (W6).

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::Clear;

use crate::text::Txt;
use crate::tui::drawn::{Drawn, Pane};
use crate::tui::keymap::{Context, say};
use crate::tui::state::App;

use super::common::{page_key, panel, scrolled, wrap};
use super::{keybar, theme};

pub fn render(app: &App, scroll: u16, frame: &mut Frame, area: Rect, drawn: &mut Drawn) {
    let bar = keybar::height(Context::Messages, area.width, &[]);
    let popup = Rect {
        height: area.height.saturating_sub(bar),
        ..area
    };
    frame.render_widget(Clear, popup);
    let block = panel(Txt::MessagesTitle.get()).title_bottom(Line::styled(
        format!(" {} ", say(Txt::MessagesClose, &[])),
        theme::hint(),
    ));
    let inner = block.inner(popup);
    frame.render_widget(block, popup);
    let text = Rect {
        x: inner.x + 1,
        width: inner.width.saturating_sub(2),
        ..inner
    };
    let mut lines: Vec<Line> = Vec::new();
    if app.log.is_empty() {
        lines.push(Line::styled(Txt::MessagesNone.get(), theme::hint()));
    }
    for m in &app.log {
        let (sign, style) = if m.is_error {
            ("⚠ ", theme::error())
        } else {
            ("• ", theme::ok())
        };
        for (n, part) in wrap(&m.text, text.width.saturating_sub(2))
            .into_iter()
            .enumerate()
        {
            let lead = if n == 0 { sign } else { "  " };
            lines.push(Line::styled(format!("{lead}{part}"), style));
        }
    }
    let keys = page_key(Context::Messages);
    scrolled(frame, text, lines, scroll, Pane::Messages, &keys, drawn);
}

//! Small centred dialogs: confirmations, messages, lists and a prompt.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::Line;
use ratatui::widgets::{Clear, Paragraph};
use ratatui_textarea::TextArea;

use crate::guide::Guide;
use crate::present::{capitalise, item_noun, item_title, title_field};
use crate::text::{Txt, fill};
use crate::tui::keymap::{Action, Context, binding_for};
use crate::tui::state::Editor;

use super::common::{centered, panel, wrap};
use super::theme;

/// A bordered box of at most `max_width` columns, centred in `area`, with
/// `lines` inside (already wrapped to fit). Returns the inner area.
fn boxed(
    title: &str,
    lines: Vec<Line<'static>>,
    max_width: u16,
    frame: &mut Frame,
    area: Rect,
) -> Rect {
    let width = area.width.saturating_sub(4).min(max_width);
    let height = u16::try_from(lines.len())
        .unwrap_or(u16::MAX)
        .saturating_add(3);
    let rect = centered(area, width, height);
    frame.render_widget(Clear, rect);
    let block = panel(title);
    let inner = block.inner(rect);
    frame.render_widget(block, rect);
    let text = Rect {
        x: inner.x + 1,
        width: inner.width.saturating_sub(2),
        ..inner
    };
    frame.render_widget(Paragraph::new(lines), text);
    text
}

/// `text` wrapped to fit a box of `max_width` columns, in `style`.
fn wrapped(text: &str, max_width: u16, area: Rect, style: Style) -> Vec<Line<'static>> {
    let width = area
        .width
        .saturating_sub(4)
        .min(max_width)
        .saturating_sub(4);
    wrap(text, width)
        .into_iter()
        .map(|l| Line::styled(l, style))
        .collect()
}

/// A yes/no question in a box.
pub fn confirm(title: &str, body: &str, frame: &mut Frame, area: Rect) {
    // The keys as the keymap has them, e.g. "Enter/j: ja   Esc/n: nee".
    let keys: Vec<String> = [Action::Yes, Action::No]
        .into_iter()
        .filter_map(|a| binding_for(Context::Confirm, a))
        .map(|b| format!("{}: {}", b.short_label(), b.label.get()))
        .collect();
    let keys = keys.join("   ");
    let mut lines = vec![Line::raw("")];
    lines.extend(wrapped(body, 64, area, Style::new()));
    lines.push(Line::raw(""));
    lines.extend(wrapped(&keys, 64, area, theme::hint()));
    boxed(title, lines, 64, frame, area);
}

pub fn confirm_remove(
    guide: &Guide,
    e: &Editor,
    question: &str,
    item: &str,
    frame: &mut Frame,
    area: Rect,
) {
    let Some(item) = e.list_items(guide, question).iter().find(|i| i.id == item) else {
        return;
    };
    let noun = item_noun(guide, question);
    let title = item_title(item, title_field(guide, question));
    confirm(
        &fill(Txt::ConfirmRemoveItem, &[&capitalise(&noun), &title]),
        &fill(Txt::ConfirmRemoveItemBody, &[&noun]),
        frame,
        area,
    );
}

/// A box with text only; the key bar says what to press.
pub fn message(title: &str, body: &str, frame: &mut Frame, area: Rect) {
    let mut lines = vec![Line::raw("")];
    lines.extend(wrapped(body, 70, area, Style::new()));
    boxed(title, lines, 70, frame, area);
}

/// A box with rows to choose from and a hint under them; `empty` is shown
/// when there are none. Rows flagged `true` are shown as problems.
pub fn choose_list(
    title: &str,
    empty: &str,
    hint: &str,
    rows: &[(String, bool)],
    selected: usize,
    frame: &mut Frame,
    area: Rect,
) {
    if rows.is_empty() {
        message(title, empty, frame, area);
        return;
    }
    let hint_lines = wrapped(hint, 64, area, theme::hint());
    let room = usize::from(area.height.saturating_sub(6))
        .saturating_sub(hint_lines.len() + 1)
        .max(1);
    let shown = rows.len().min(room);
    let first = selected.saturating_sub(shown - 1);
    let mut lines = vec![Line::raw("")];
    for (i, (text, bad)) in rows.iter().enumerate().skip(first).take(shown) {
        let marker = if i == selected { "› " } else { "  " };
        let style = match (i == selected, bad) {
            (true, _) => theme::focus(),
            (false, true) => theme::error(),
            (false, false) => Style::new(),
        };
        lines.push(Line::styled(format!("{marker}{text}"), style));
    }
    lines.push(Line::raw(""));
    lines.extend(hint_lines);
    boxed(title, lines, 64, frame, area);
}

/// A one-line text prompt in a box, with the terminal cursor on the caret.
pub fn prompt(title: &str, body: &str, input: &TextArea<'static>, frame: &mut Frame, area: Rect) {
    let mut lines = vec![Line::raw("")];
    lines.extend(wrapped(body, 70, area, Style::new()));
    let input_row = u16::try_from(lines.len() + 1).unwrap_or(u16::MAX);
    lines.extend([Line::raw(""), Line::raw("")]);
    let text = boxed(title, lines, 70, frame, area);
    let input_rect = Rect {
        y: text.y + input_row,
        height: 1,
        ..text
    }
    .intersection(text);
    if input_rect.height == 0 {
        return;
    }
    let mut field = input.clone();
    field.set_cursor_line_style(Style::new());
    field.set_style(theme::focus_label());
    frame.render_widget(&field, input_rect);
    let cursor = field.screen_cursor();
    let (_, left) = field.scroll_offset();
    let x = input_rect.x + u16::try_from(cursor.col).unwrap_or(0).saturating_sub(left);
    if x < input_rect.x + input_rect.width {
        frame.set_cursor_position((x, input_rect.y));
    }
}

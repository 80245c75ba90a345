//! Small centred dialogs: confirmations, messages, lists and a prompt.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::Line;
use ratatui::widgets::{Clear, Paragraph};
use ratatui_textarea::TextArea;
use unicode_width::UnicodeWidthStr;

use crate::guide::Guide;
use crate::present::{capitalise, item_noun, item_title, title_field};
use crate::text::{Txt, fill};
use crate::tui::drawn::{Drawn, Hit};
use crate::tui::keymap::{Action, Context, Key, binding_for, say};
use crate::tui::state::Editor;

use super::common::{centered, panel, wrap};
use super::theme;

/// A bordered box of at most `max_width` columns, centred in `area`, with
/// `lines` inside (already wrapped to fit). Returns the inner area. A title
/// too long for the border goes inside, wrapped, rather than being cut.
pub fn boxed(
    title: &str,
    mut lines: Vec<Line<'static>>,
    max_width: u16,
    frame: &mut Frame,
    area: Rect,
) -> Rect {
    let width = area.width.saturating_sub(4).min(max_width);
    let mut head_rows = 0;
    let title = if title.width() + 4 > usize::from(width) {
        let head: Vec<Line> = wrap(title, box_text_width(max_width, area))
            .into_iter()
            .map(|l| Line::styled(l, theme::title()))
            .collect();
        head_rows = u16::try_from(head.len()).unwrap_or(0);
        lines.splice(0..0, head);
        ""
    } else {
        title
    };
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
    // Rows counted by the caller start under a title moved inside.
    Rect {
        y: text.y.saturating_add(head_rows),
        height: text.height.saturating_sub(head_rows),
        ..text
    }
}

/// `text` wrapped to fit a box of `max_width` columns, in `style`.
fn wrapped(text: &str, max_width: u16, area: Rect, style: Style) -> Vec<Line<'static>> {
    wrap(text, box_text_width(max_width, area))
        .into_iter()
        .map(|l| Line::styled(l, style))
        .collect()
}

/// A yes/no question in a box, with the two answers as buttons.
pub fn confirm(title: &str, body: &str, frame: &mut Frame, area: Rect, drawn: &mut Drawn) {
    // The keys as the keymap has them, e.g. "[ Enter/j: ja ]  [ Esc/n: nee ]".
    let buttons: Vec<(String, Key)> = [Action::Yes, Action::No]
        .into_iter()
        .filter_map(|a| binding_for(Context::Confirm, a))
        .filter_map(|b| {
            let first = *b.keys.first()?;
            Some((format!("[ {}: {} ]", b.short_label(), b.label.get()), first))
        })
        .collect();
    let mut lines = vec![Line::raw("")];
    lines.extend(wrapped(body, 64, area, Style::new()));
    lines.push(Line::raw(""));
    let row = lines.len();
    let text: Vec<String> = buttons.iter().map(|(t, _)| t.clone()).collect();
    lines.push(Line::styled(text.join("  "), theme::hint()));
    let inner = boxed(title, lines, 64, frame, area);
    let y = inner.y + u16::try_from(row).unwrap_or(0);
    let mut x = inner.x;
    for (label, key) in buttons {
        let w = u16::try_from(label.width()).unwrap_or(0);
        let zone = Rect::new(x, y, w, 1).intersection(inner);
        drawn.zone(zone, Hit::Press(key));
        x = x.saturating_add(w + 2);
    }
}

pub fn confirm_remove(
    guide: &Guide,
    e: &Editor,
    question: &str,
    item: &str,
    frame: &mut Frame,
    area: Rect,
    drawn: &mut Drawn,
) {
    let Some(item) = e.list_items(guide, question).iter().find(|i| i.id == item) else {
        return;
    };
    let noun = item_noun(guide, question);
    let title = item_title(item, title_field(guide, question));
    confirm(
        &fill(Txt::ConfirmRemoveItem, &[&capitalise(&noun), &title]),
        &say(Txt::ConfirmRemoveItemBody, &[&noun]),
        frame,
        area,
        drawn,
    );
}

/// A box with text only; the key bar says what to press.
pub fn message(title: &str, body: &str, frame: &mut Frame, area: Rect) {
    let mut lines = vec![Line::raw("")];
    lines.extend(wrapped(body, 70, area, Style::new()));
    boxed(title, lines, 70, frame, area);
}

/// A list of rows to choose from in a dialog.
pub struct Choices<'a> {
    pub title: &'a str,
    /// Shown when there are no rows.
    pub empty: &'a str,
    pub hint: &'a str,
    /// Each row, and whether it is a problem (shown as one).
    pub rows: &'a [(String, bool)],
    pub selected: usize,
}

/// A box with rows to choose from and a hint under them; `empty` is shown
/// when there are none. Rows flagged `true` are shown as problems.
pub fn choose_list(list: &Choices, frame: &mut Frame, area: Rect, drawn: &mut Drawn) {
    let Choices {
        title,
        empty,
        hint,
        rows,
        selected,
    } = *list;
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
    // A row too long for the box wraps under itself (W7), never cut.
    let mut spans: Vec<(usize, usize, usize)> = Vec::new();
    let width = box_text_width(64, area);
    for (i, (text, bad)) in rows.iter().enumerate().skip(first).take(shown) {
        let marker = if i == selected { "› " } else { "  " };
        let style = match (i == selected, bad) {
            (true, _) => theme::focus(),
            (false, true) => theme::error(),
            (false, false) => Style::new(),
        };
        let start = lines.len();
        for (n, part) in wrap(text, width.saturating_sub(2)).into_iter().enumerate() {
            let lead = if n == 0 { marker } else { "  " };
            lines.push(Line::styled(format!("{lead}{part}"), style));
        }
        spans.push((i, start, lines.len()));
    }
    lines.push(Line::raw(""));
    lines.extend(hint_lines);
    let inner = boxed(title, lines, 64, frame, area);
    for (i, start, end) in spans {
        let y = inner.y + u16::try_from(start).unwrap_or(0);
        let h = u16::try_from(end - start).unwrap_or(1);
        drawn.zone(
            Rect {
                y,
                height: h,
                ..inner
            }
            .intersection(inner),
            Hit::Row(i),
        );
    }
}

/// The width of the text inside a box of at most `max_width` columns.
pub fn box_text_width(max_width: u16, area: Rect) -> u16 {
    area.width
        .saturating_sub(4)
        .min(max_width)
        .saturating_sub(4)
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

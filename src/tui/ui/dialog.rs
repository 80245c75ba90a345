//! Small centred dialogs: confirmations and a name prompt.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Clear, Paragraph, Wrap};
use ratatui_textarea::TextArea;

use crate::guide::{Guide, Kind};
use crate::present::{item_title, title_field};
use crate::text::{Txt, fill};
use crate::tui::state::Editor;

use super::editor::panel;
use super::{centered, theme};

/// A yes/no question in a box.
pub fn confirm(title: &str, body: &str, frame: &mut Frame, area: Rect) {
    let width = area.width.saturating_sub(4).min(64);
    let body_lines = super::values::wrap(body, width.saturating_sub(4));
    let height = u16::try_from(body_lines.len())
        .unwrap_or(8)
        .saturating_add(5);
    let rect = centered(area, width, height);
    frame.render_widget(Clear, rect);
    let block = panel(title);
    let inner = block.inner(rect);
    frame.render_widget(block, rect);
    let mut lines: Vec<Line> = vec![Line::raw("")];
    lines.extend(body_lines.into_iter().map(Line::raw));
    lines.push(Line::raw(""));
    lines.push(Line::styled(
        format!(
            "Enter/j: {}   Esc/n: {}",
            Txt::KeyYes.get(),
            Txt::KeyNo.get()
        ),
        theme::hint(),
    ));
    frame.render_widget(
        Paragraph::new(lines).wrap(Wrap { trim: false }),
        Rect {
            x: inner.x + 1,
            width: inner.width.saturating_sub(2),
            ..inner
        },
    );
}

pub fn confirm_remove(
    guide: &Guide,
    e: &Editor,
    question: &str,
    selected: usize,
    frame: &mut Frame,
    area: Rect,
) {
    let Some(item) = e.list_items(guide, question).get(selected) else {
        return;
    };
    let noun = match guide.question(question).map(|r| &r.question.kind) {
        Some(Kind::List { item, .. }) => item.clone(),
        _ => String::new(),
    };
    let title = item_title(item, title_field(guide, question));
    let mut noun_cap = noun.clone();
    if let Some(first) = noun_cap.get_mut(0..1) {
        first.make_ascii_uppercase();
    }
    confirm(
        &fill(Txt::ConfirmRemoveItem, &[&noun_cap, &title]),
        &fill(Txt::ConfirmRemoveItemBody, &[&noun]),
        frame,
        area,
    );
}

/// A one-line text prompt in a box.
pub fn prompt(title: &str, body: &str, input: &TextArea<'static>, frame: &mut Frame, area: Rect) {
    let width = area.width.saturating_sub(4).min(70);
    let body_lines = super::values::wrap(body, width.saturating_sub(4));
    let height = u16::try_from(body_lines.len())
        .unwrap_or(4)
        .saturating_add(6);
    let rect = centered(area, width, height);
    frame.render_widget(Clear, rect);
    let block = panel(title);
    let inner = block.inner(rect);
    frame.render_widget(block, rect);
    let text_rows = u16::try_from(body_lines.len()).unwrap_or(0);
    let lines: Vec<Line> = body_lines.into_iter().map(Line::raw).collect();
    let body_rect = Rect {
        x: inner.x + 1,
        y: inner.y + 1,
        width: inner.width.saturating_sub(2),
        height: text_rows,
    };
    frame.render_widget(Paragraph::new(lines), body_rect);
    let input_rect = Rect {
        x: inner.x + 1,
        y: body_rect.y + text_rows + 1,
        width: inner.width.saturating_sub(2),
        height: 1,
    }
    .intersection(inner);
    if input_rect.height == 0 {
        return;
    }
    let mut field = input.clone();
    field.set_cursor_line_style(ratatui::style::Style::new());
    field.set_style(theme::focus_label());
    frame.render_widget(&field, input_rect);
    let cursor = field.screen_cursor();
    let (_, left) = field.scroll_offset();
    let x = input_rect.x + u16::try_from(cursor.col).unwrap_or(0).saturating_sub(left);
    if x < input_rect.x + input_rect.width {
        frame.set_cursor_position((x, input_rect.y));
    }
}

/// A box with text only; the key bar says what to press.
pub fn message(title: &str, body: &str, frame: &mut Frame, area: Rect) {
    let width = area.width.saturating_sub(4).min(70);
    let body_lines = super::values::wrap(body, width.saturating_sub(4));
    let height = u16::try_from(body_lines.len())
        .unwrap_or(8)
        .saturating_add(4);
    let rect = centered(area, width, height);
    frame.render_widget(Clear, rect);
    let block = panel(title);
    let inner = block.inner(rect);
    frame.render_widget(block, rect);
    let lines: Vec<Line> = std::iter::once(Line::raw(""))
        .chain(body_lines.into_iter().map(Line::raw))
        .collect();
    frame.render_widget(
        Paragraph::new(lines),
        Rect {
            x: inner.x + 1,
            width: inner.width.saturating_sub(2),
            ..inner
        },
    );
}

/// A box with rows to choose from; `empty` is shown when there are none.
/// Rows flagged `true` are shown as problems.
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
    let width = area.width.saturating_sub(4).min(64);
    let hint_lines = super::values::wrap(hint, width.saturating_sub(4));
    let hint_rows = hint_lines.len() + 1;
    let visible = usize::from(area.height.saturating_sub(6))
        .saturating_sub(hint_rows)
        .max(1);
    let shown = rows.len().min(visible);
    let height = u16::try_from(shown + hint_rows)
        .unwrap_or(1)
        .saturating_add(4);
    let rect = centered(area, width, height);
    frame.render_widget(Clear, rect);
    let block = panel(title);
    let inner = block.inner(rect);
    frame.render_widget(block, rect);
    let first = selected.saturating_sub(shown.saturating_sub(1));
    let lines: Vec<Line> = std::iter::once(Line::raw(""))
        .chain(
            rows.iter()
                .enumerate()
                .skip(first)
                .take(shown)
                .map(|(i, (text, bad))| {
                    let marker = if i == selected { "› " } else { "  " };
                    let style = match (i == selected, bad) {
                        (true, _) => theme::focus(),
                        (false, true) => theme::error(),
                        (false, false) => ratatui::style::Style::new(),
                    };
                    Line::styled(format!("{marker}{text}"), style)
                }),
        )
        .chain(std::iter::once(Line::raw("")))
        .chain(
            hint_lines
                .into_iter()
                .map(|l| Line::styled(l, theme::hint())),
        )
        .collect();
    frame.render_widget(
        Paragraph::new(lines),
        Rect {
            x: inner.x + 1,
            width: inner.width.saturating_sub(2),
            ..inner
        },
    );
}

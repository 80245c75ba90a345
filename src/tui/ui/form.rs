//! A column of questions with their answers, one of them focused and maybe
//! being answered. Used for a step's questions and for one item's fields.

use ratatui::Frame;
use ratatui::layout::{Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{
    Block, Borders, Paragraph, Scrollbar, ScrollbarOrientation, ScrollbarState,
};

use crate::guide::{Guide, Kind, Question};
use crate::plan::{Plan, Slot};
use crate::text::{Txt, fill};
use crate::tui::state::{FieldEditor, Input, selected_ids};

use super::common::{truncate, wrap};
use super::theme;
use super::values::value_lines;

/// One question in the column.
pub struct Entry<'g> {
    pub question: &'g Question,
    pub slot: Slot,
    /// Advice shown under the answer: (is a warning, text).
    pub notes: Vec<(bool, String)>,
}

/// Lines of one advice note under a question.
const NOTE_ROWS: usize = 2;

/// Rows a question's block takes, and where its text editor sits in it.
struct QuestionBlock {
    lines: Vec<Line<'static>>,
    /// Row offset and height of a text editor inside the block.
    editor: Option<(u16, u16)>,
}

const INDENT: u16 = 4;

pub fn render(
    frame: &mut Frame,
    area: Rect,
    guide: &Guide,
    plan: &Plan,
    entries: &[Entry],
    focus: usize,
    edit: Option<&FieldEditor>,
) {
    if area.width <= INDENT + 2 || area.height == 0 {
        return;
    }
    let focus = focus.min(entries.len().saturating_sub(1));
    let text_width = area.width - 1; // room for the scrollbar
    let blocks: Vec<QuestionBlock> = entries
        .iter()
        .enumerate()
        .map(|(i, e)| {
            let editing = edit.filter(|_| i == focus);
            build(guide, plan, e, i, i == focus, editing, text_width)
        })
        .collect();
    // Scroll so that the focused block is in view, its top if it is too tall.
    let tops: Vec<u16> = blocks
        .iter()
        .scan(0u16, |y, b| {
            let top = *y;
            *y = y.saturating_add(height(b));
            Some(top)
        })
        .collect();
    let total: u16 = blocks.iter().map(height).fold(0, u16::saturating_add);
    let (focus_top, focus_bottom) = match (tops.get(focus), blocks.get(focus)) {
        (Some(top), Some(b)) => (*top, top.saturating_add(height(b))),
        _ => (0, 0),
    };
    let scroll = if focus_bottom - focus_top > area.height {
        focus_top
    } else {
        focus_bottom.saturating_sub(area.height)
    };
    for (block, top) in blocks.iter().zip(&tops) {
        draw_block(frame, area, block, *top, scroll, text_width);
    }
    if let Some(fe) = edit
        && let (Some(block), Some(top)) = (blocks.get(focus), tops.get(focus))
        && let Some((row, rows)) = block.editor
    {
        draw_editor(frame, area, fe, top + row, rows, scroll, text_width);
    }
    if total > area.height {
        let mut state =
            ScrollbarState::new(usize::from(total - area.height)).position(usize::from(scroll));
        frame.render_stateful_widget(
            Scrollbar::new(ScrollbarOrientation::VerticalRight),
            area,
            &mut state,
        );
    }
}

fn height(b: &QuestionBlock) -> u16 {
    u16::try_from(b.lines.len()).unwrap_or(u16::MAX)
}

fn build(
    guide: &Guide,
    plan: &Plan,
    entry: &Entry,
    index: usize,
    focused: bool,
    edit: Option<&FieldEditor>,
    width: u16,
) -> QuestionBlock {
    let q = entry.question;
    let number = format!("{}. ", index + 1);
    let label_width = width.saturating_sub(2 + number.chars().count() as u16);
    let mut lines = Vec::new();
    for (i, part) in wrap(&q.label, label_width).into_iter().enumerate() {
        let marker = if focused && i == 0 { "▶ " } else { "  " };
        let num = if i == 0 {
            number.clone()
        } else {
            " ".repeat(number.chars().count())
        };
        let style = if focused {
            theme::focus_label()
        } else {
            theme::title()
        };
        lines.push(Line::from(vec![
            Span::styled(marker, theme::focus_label()),
            Span::styled(format!("{num}{part}"), style),
        ]));
    }
    let indent = " ".repeat(usize::from(INDENT));
    let value_width = width.saturating_sub(INDENT);
    let mut editor = None;
    match edit.map(|fe| &fe.input) {
        Some(Input::Pick {
            options,
            cursor,
            multi,
        }) => {
            let chosen = selected_ids(plan.get(&entry.slot));
            for (i, option) in options.iter().enumerate() {
                let on = chosen.contains(&option.id);
                let mark = match (multi, on) {
                    (true, true) => "[x]",
                    (true, false) => "[ ]",
                    (false, true) => "(•)",
                    (false, false) => "( )",
                };
                let here = i == *cursor;
                let lead = format!("{} {mark} ", if here { "›" } else { " " });
                let lead_width = lead.chars().count();
                let style = if here {
                    theme::focus()
                } else {
                    theme::answer()
                };
                // A long label wraps under itself instead of being cut off.
                let label_width =
                    (value_width + 2).saturating_sub(u16::try_from(lead_width).unwrap_or(6));
                for (n, part) in wrap(&option.label, label_width).into_iter().enumerate() {
                    let text = if n == 0 {
                        format!("{lead}{part}")
                    } else {
                        format!("{}{part}", " ".repeat(lead_width))
                    };
                    lines.push(Line::from(vec![
                        Span::raw(" ".repeat(usize::from(INDENT - 2))),
                        Span::styled(text, style),
                    ]));
                }
            }
            if options.is_empty() {
                lines.push(Line::styled(
                    format!("{indent}{}", no_options_text(guide, q)),
                    theme::hint(),
                ));
            }
        }
        Some(input) => {
            let rows: u16 = match input {
                Input::Text {
                    multiline: true, ..
                } => 7,
                _ => 3,
            };
            editor = Some((u16::try_from(lines.len()).unwrap_or(0), rows));
            lines.extend((0..rows).map(|_| Line::raw("")));
            if let Input::Number { invalid: true, .. } | Input::Date { invalid: true, .. } = input {
                let why = edit.and_then(FieldEditor::problem);
                for l in wrap(&why.unwrap_or_default(), value_width) {
                    lines.push(Line::styled(format!("{indent}⚠ {l}"), theme::error()));
                }
            }
        }
        None => {
            for l in value_lines(guide, plan, q, &entry.slot, value_width) {
                let mut spans = vec![Span::raw(indent.clone())];
                spans.extend(l.spans);
                lines.push(Line::from(spans).style(l.style));
            }
        }
    }
    if let Some(fe) = edit {
        for l in wrap(&fe.hint(), value_width) {
            lines.push(Line::styled(format!("{indent}{l}"), theme::hint()));
        }
    }
    for (warning, text) in &entry.notes {
        let (label, style) = if *warning {
            (format!("⚠ {}: ", Txt::FindingWarning.get()), theme::error())
        } else {
            (
                format!("{}: ", Txt::FindingHint.get()),
                theme::focus_label(),
            )
        };
        let mut parts = wrap(&format!("{label}{text}"), value_width);
        if parts.len() > NOTE_ROWS {
            parts.truncate(NOTE_ROWS);
            if let Some(last) = parts.last_mut() {
                *last = truncate(&format!("{last} …"), value_width);
            }
        }
        for part in parts {
            lines.push(Line::styled(format!("{indent}{part}"), style));
        }
    }
    lines.push(Line::raw(""));
    QuestionBlock { lines, editor }
}

fn no_options_text(guide: &Guide, q: &Question) -> String {
    match &q.kind {
        Kind::Refs { list, .. } => {
            let label = guide
                .question(list)
                .map_or("", |r| r.question.label.as_str());
            fill(Txt::NoRefsYet, &[&label])
        }
        // Fixed options: there is always something to choose.
        Kind::Choice(_)
        | Kind::Multi(_)
        | Kind::Scale { .. }
        | Kind::YesNo
        | Kind::ShortText
        | Kind::LongText
        | Kind::Number { .. }
        | Kind::Date
        | Kind::List { .. }
        | Kind::PerItem { .. } => String::new(),
    }
}

fn draw_block(
    frame: &mut Frame,
    area: Rect,
    block: &QuestionBlock,
    top: u16,
    scroll: u16,
    width: u16,
) {
    for (i, line) in block.lines.iter().enumerate() {
        let y = top.saturating_add(u16::try_from(i).unwrap_or(u16::MAX));
        if y < scroll || y - scroll >= area.height {
            continue;
        }
        let rect = Rect {
            x: area.x,
            y: area.y + (y - scroll),
            width,
            height: 1,
        };
        frame.render_widget(Paragraph::new(line.clone()), rect);
    }
}

/// Draw the text editor at block row `row`, clipped to the visible area,
/// and put the terminal cursor on its caret (for input methods and
/// screen readers that follow the cursor).
fn draw_editor(
    frame: &mut Frame,
    area: Rect,
    fe: &FieldEditor,
    row: u16,
    rows: u16,
    scroll: u16,
    width: u16,
) {
    let Some(area_text) = fe.input.text_area() else {
        return;
    };
    if row < scroll {
        return;
    }
    let y = area.y + (row - scroll);
    let bottom = area.y + area.height;
    if y >= bottom {
        return;
    }
    let rect = Rect {
        x: area.x + INDENT - 1,
        y,
        width: width.saturating_sub(INDENT - 1),
        height: rows.min(bottom - y),
    };
    // The border is drawn here, not kept in the state: styling is the
    // view's business.
    let block = Block::new()
        .borders(Borders::ALL)
        .border_style(theme::border_active());
    let inner = block.inner(rect);
    frame.render_widget(block, rect);
    frame.render_widget(area_text, inner);
    let cursor = area_text.screen_cursor();
    let (top_row, left_col) = area_text.scroll_offset();
    let cx = inner.x
        + u16::try_from(cursor.col)
            .unwrap_or(0)
            .saturating_sub(left_col);
    let cy = inner.y
        + u16::try_from(cursor.row)
            .unwrap_or(0)
            .saturating_sub(top_row);
    if cx < rect.x + rect.width.saturating_sub(1) && cy < rect.y + rect.height.saturating_sub(1) {
        frame.set_cursor_position(Position::new(cx, cy));
    }
}

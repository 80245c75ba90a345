//! A column of questions with their answers, one of them focused and maybe
//! being answered. Used for a step's questions and for one item's fields.

use ratatui::Frame;
use ratatui::layout::{Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{
    Block, Borders, Paragraph, Scrollbar, ScrollbarOrientation, ScrollbarState,
};
use unicode_width::UnicodeWidthStr;

use crate::guide::{Guide, Kind, Question};
use crate::plan::{Plan, Slot};
use crate::text::{Txt, fill};
use crate::tui::drawn::{Drawn, Hit, Pane, PaneView};
use crate::tui::state::{FieldEditor, FormScroll, Input, selected_ids};

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

/// Lines of one advice note under a question that has no focus (the
/// focused one shows its notes in full, and F3 lists them all).
const NOTE_ROWS: usize = 2;

/// Rows a question's block takes, and where its text editor sits in it.
struct QuestionBlock {
    lines: Vec<Line<'static>>,
    /// What a click on each line means, when not the question itself
    /// (the options of an open choice).
    hits: Vec<Option<Hit>>,
    /// Row offset and height of a text editor inside the block.
    editor: Option<(u16, u16)>,
}

impl QuestionBlock {
    fn push(&mut self, line: Line<'static>, hit: Option<Hit>) {
        self.lines.push(line);
        self.hits.push(hit);
    }
}

/// The column of questions to draw.
pub struct Column<'a, 'g> {
    pub entries: &'a [Entry<'g>],
    pub focus: usize,
    pub edit: Option<&'a FieldEditor>,
    pub scroll: &'a FormScroll,
}

const INDENT: u16 = 4;

pub fn render(
    frame: &mut Frame,
    area: Rect,
    guide: &Guide,
    plan: &Plan,
    column: &Column,
    drawn: &mut Drawn,
) {
    if area.width <= INDENT + 2 || area.height == 0 {
        return;
    }
    let entries = column.entries;
    let focus = column.focus.min(entries.len().saturating_sub(1));
    let text_width = area.width - 1; // room for the scrollbar
    // A text editor gets the rows the column has, up to seven.
    let editor_room = area.height.saturating_sub(4).clamp(3, 7);
    let blocks: Vec<QuestionBlock> = entries
        .iter()
        .enumerate()
        .map(|(i, e)| {
            let editing = column.edit.filter(|_| i == focus);
            let here = Here {
                index: i,
                focused: i == focus,
                editor_rows: editor_room,
            };
            build(guide, plan, e, &here, editing, text_width)
        })
        .collect();
    // Scroll so that the focused block is in view; a block taller than the
    // view shows its top, and ↓ scrolls through it (`FormScroll`).
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
    let tall = focus_bottom - focus_top > area.height;
    // A tall block leaves the last row for the sign that it goes on.
    let view = Rect {
        height: if tall {
            area.height.saturating_sub(1)
        } else {
            area.height
        },
        ..area
    };
    let offset = match (&column.scroll.slot, entries.get(focus)) {
        (Some(slot), Some(entry)) if *slot == entry.slot => column.scroll.offset,
        _ => 0,
    };
    let scroll = if tall {
        focus_top
            .saturating_add(offset)
            .min(focus_bottom.saturating_sub(view.height))
    } else {
        focus_bottom.saturating_sub(view.height)
    };
    drawn.pane(PaneView {
        pane: Pane::Form {
            focus_end: focus_bottom,
        },
        area: view,
        total,
        first: scroll,
    });
    for (i, (block, top)) in blocks.iter().zip(&tops).enumerate() {
        let at = Placed {
            area: view,
            top: *top,
            scroll,
            width: text_width,
        };
        draw_block(frame, &at, block, i, drawn);
    }
    if let Some(fe) = column.edit
        && let (Some(block), Some(top)) = (blocks.get(focus), tops.get(focus))
        && let Some((row, rows)) = block.editor
    {
        let example = entries
            .get(focus)
            .map(|e| example_of(e.question, &fe.input))
            .unwrap_or_default();
        let box_at = Placed {
            area: view,
            top: top + row,
            scroll,
            width: text_width,
        };
        draw_editor(frame, &box_at, fe, rows, &example);
    }
    if tall && scroll + view.height < focus_bottom {
        let row = Rect {
            y: view.y + view.height,
            height: 1,
            ..view
        };
        let more = fill(Txt::FormMore, &[]);
        frame.render_widget(
            Paragraph::new(Line::styled(truncate(&more, row.width), theme::hint())),
            row,
        );
    }
    if total > view.height {
        let mut state =
            ScrollbarState::new(usize::from(total - view.height)).position(usize::from(scroll));
        frame.render_stateful_widget(
            Scrollbar::new(ScrollbarOrientation::VerticalRight),
            view,
            &mut state,
        );
    }
}

/// Where a block is in the column.
struct Here {
    index: usize,
    focused: bool,
    editor_rows: u16,
}

/// Where the column is drawn, and how far it is scrolled.
struct Placed {
    area: Rect,
    top: u16,
    scroll: u16,
    width: u16,
}

fn height(b: &QuestionBlock) -> u16 {
    u16::try_from(b.lines.len()).unwrap_or(u16::MAX)
}

fn build(
    guide: &Guide,
    plan: &Plan,
    entry: &Entry,
    here: &Here,
    edit: Option<&FieldEditor>,
    width: u16,
) -> QuestionBlock {
    let q = entry.question;
    let focused = here.focused;
    let number = format!("{}. ", here.index + 1);
    let label_width = width.saturating_sub(2 + number.chars().count() as u16);
    let mut block = QuestionBlock {
        lines: Vec::new(),
        hits: Vec::new(),
        editor: None,
    };
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
        block.push(
            Line::from(vec![
                Span::styled(marker, theme::focus_label()),
                Span::styled(format!("{num}{part}"), style),
            ]),
            None,
        );
    }
    let indent = " ".repeat(usize::from(INDENT));
    let value_width = width.saturating_sub(INDENT);
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
                    block.push(
                        Line::from(vec![
                            Span::raw(" ".repeat(usize::from(INDENT - 2))),
                            Span::styled(text, style),
                        ]),
                        Some(Hit::Choice(i)),
                    );
                }
            }
            if options.is_empty() {
                block.push(
                    Line::styled(
                        format!("{indent}{}", no_options_text(guide, q)),
                        theme::hint(),
                    ),
                    None,
                );
            }
        }
        Some(input) => {
            let rows: u16 = match input {
                Input::Text {
                    multiline: true, ..
                } => here.editor_rows,
                _ => 3,
            };
            block.editor = Some((u16::try_from(block.lines.len()).unwrap_or(0), rows));
            for _ in 0..rows {
                block.push(Line::raw(""), None);
            }
            if let Input::Number { invalid: true, .. } | Input::Date { invalid: true, .. } = input {
                let why = edit.and_then(FieldEditor::problem);
                for l in wrap(&why.unwrap_or_default(), value_width) {
                    block.push(Line::styled(format!("{indent}⚠ {l}"), theme::error()), None);
                }
            }
            // An example too long for a one-line field is shown whole
            // under it, never cut (W8); a long text's box shows it itself.
            let one_line = !matches!(
                input,
                Input::Text {
                    multiline: true,
                    ..
                }
            );
            let empty = input
                .text_area()
                .is_some_and(|a| a.lines().iter().all(|l| l.is_empty()));
            let example = example_of(q, input);
            if one_line && empty && example.width() + 2 > usize::from(value_width) {
                for l in wrap(&example, value_width) {
                    block.push(Line::styled(format!("{indent}{l}"), theme::hint()), None);
                }
            }
        }
        None => {
            for l in value_lines(guide, plan, q, &entry.slot, value_width, focused) {
                let mut spans = vec![Span::raw(indent.clone())];
                spans.extend(l.spans);
                block.push(Line::from(spans).style(l.style), None);
            }
        }
    }
    if let Some(fe) = edit {
        for l in wrap(&fe.hint(), value_width) {
            block.push(Line::styled(format!("{indent}{l}"), theme::hint()), None);
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
        if parts.len() > NOTE_ROWS && !focused {
            parts.truncate(NOTE_ROWS);
            if let Some(last) = parts.last_mut() {
                *last = truncate(&format!("{last} …"), value_width);
            }
        }
        for part in parts {
            block.push(Line::styled(format!("{indent}{part}"), style), None);
        }
    }
    block.push(Line::raw(""), None);
    block
}

/// The example a text field shows while empty ("dd-mm-jjjj" for a date).
/// A real example says so ("Bijvoorbeeld: …"), so it can never pass for
/// an answer, also where the palette cannot grey it out (high contrast).
pub fn example_of(q: &Question, input: &Input) -> String {
    match input {
        Input::Date { .. } => Txt::DatePlaceholder.get().to_string(),
        Input::Text { .. } | Input::Number { .. } | Input::Pick { .. } if q.example.is_empty() => {
            String::new()
        }
        Input::Text { .. } | Input::Number { .. } | Input::Pick { .. } => {
            fill(Txt::ExampleLine, &[&q.example])
        }
    }
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
    at: &Placed,
    block: &QuestionBlock,
    index: usize,
    drawn: &mut Drawn,
) {
    for (i, (line, hit)) in block.lines.iter().zip(&block.hits).enumerate() {
        let y = at.top.saturating_add(u16::try_from(i).unwrap_or(u16::MAX));
        if y < at.scroll || y - at.scroll >= at.area.height {
            continue;
        }
        let rect = Rect {
            x: at.area.x,
            y: at.area.y + (y - at.scroll),
            width: at.width,
            height: 1,
        };
        drawn.zone(rect, hit.unwrap_or(Hit::Question(index)));
        frame.render_widget(Paragraph::new(line.clone()), rect);
    }
}

/// Draw the text editor at block row `row`, clipped to the visible area,
/// and put the terminal cursor on its caret (for input methods and
/// screen readers that follow the cursor).
fn draw_editor(frame: &mut Frame, at: &Placed, fe: &FieldEditor, rows: u16, example: &str) {
    let (area, row, scroll, width) = (at.area, at.top, at.scroll, at.width);
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
    // The example, greyed out in the empty field, wrapped rather than cut
    // (W8); one that does not fit a one-line field is shown under it.
    if area_text.lines().iter().all(|l| l.is_empty()) && !example.is_empty() {
        let lines = wrap(example, inner.width.saturating_sub(1));
        if lines.len() <= usize::from(inner.height) {
            let shown: Vec<Line> = lines
                .into_iter()
                .map(|l| Line::styled(l, theme::hint()))
                .collect();
            let text = Rect {
                x: inner.x + 1,
                width: inner.width.saturating_sub(1),
                ..inner
            };
            frame.render_widget(Paragraph::new(shown), text);
        }
    }
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

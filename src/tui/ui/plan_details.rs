//! The details dialog: a labelled line per detail, the focused one with
//! the caret, and the two buttons.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::Line;
use unicode_width::UnicodeWidthStr;

use crate::text::Txt;
use crate::tui::drawn::{Drawn, Hit};
use crate::tui::keymap::{Action, Context, binding_for};
use crate::tui::state::{DetailField, DetailsForm};

use super::common::wrap;
use super::dialog::{box_text_width, boxed};
use super::theme;

const WIDTH: u16 = 70;

/// An input line: underlined, so it reads as a field without colour.
fn underline() -> Style {
    Style::new().add_modifier(Modifier::UNDERLINED)
}

pub fn render(form: &DetailsForm, frame: &mut Frame, area: Rect, drawn: &mut Drawn) {
    let width = box_text_width(WIDTH, area);
    let label_width = DetailField::ALL
        .iter()
        .map(|f| f.label().get().width())
        .max()
        .unwrap_or(0)
        + 2;
    let mut lines: Vec<Line> = vec![Line::raw("")];
    lines.extend(
        wrap(Txt::DetailsIntro.get(), width)
            .into_iter()
            .map(Line::raw),
    );
    lines.push(Line::raw(""));
    let first_field = lines.len();
    for (i, f) in DetailField::ALL.iter().enumerate() {
        let style = if i == form.focus {
            theme::focus_label()
        } else {
            theme::title()
        };
        let marker = if i == form.focus { "›" } else { " " };
        let label = format!("{marker}{:<w$}", f.label().get(), w = label_width - 1);
        lines.push(Line::styled(label, style));
    }
    lines.push(Line::raw(""));
    lines.extend(
        wrap(Txt::DetailsDateHint.get(), width)
            .into_iter()
            .map(|l| Line::styled(l, theme::hint())),
    );
    lines.push(Line::raw(""));
    let buttons_row = lines.len();
    let buttons: Vec<(String, ratatui::crossterm::event::KeyCode)> = [Action::Enter, Action::Back]
        .into_iter()
        .filter_map(|a| binding_for(Context::Details, a))
        .filter_map(|b| {
            let k = b.keys.first()?;
            Some((
                format!("[ {}: {} ]", b.short_label(), b.label.get()),
                k.code,
            ))
        })
        .collect();
    let text: Vec<String> = buttons.iter().map(|(t, _)| t.clone()).collect();
    lines.extend(
        wrap(&text.join("  "), width)
            .into_iter()
            .map(|l| Line::styled(l, theme::hint())),
    );
    let inner = boxed(Txt::DetailsTitle.get(), lines, WIDTH, frame, area);
    let label_w = u16::try_from(label_width).unwrap_or(20);
    for (i, input) in form.inputs.iter().enumerate() {
        let row = inner.y + u16::try_from(first_field + i).unwrap_or(0);
        if row >= inner.y + inner.height {
            break;
        }
        let field = Rect {
            x: inner.x + label_w,
            y: row,
            width: inner.width.saturating_sub(label_w),
            height: 1,
        };
        drawn.zone(
            Rect {
                x: inner.x,
                width: inner.width,
                ..field
            },
            Hit::Row(i),
        );
        let mut shown = input.clone();
        shown.set_cursor_line_style(Style::new());
        let style = if i == form.focus {
            theme::focus_label()
        } else {
            theme::answer()
        };
        shown.set_style(style.patch(underline()));
        if i != form.focus {
            shown.set_cursor_style(style.patch(underline()));
        }
        frame.render_widget(&shown, field);
        if i == form.focus {
            let cursor = shown.screen_cursor();
            let (_, left) = shown.scroll_offset();
            let x = field.x + u16::try_from(cursor.col).unwrap_or(0).saturating_sub(left);
            if x < field.x + field.width {
                frame.set_cursor_position((x, field.y));
            }
        }
    }
    let y = inner.y + u16::try_from(buttons_row).unwrap_or(0);
    if buttons.len() == 2 && text.join("  ").width() <= usize::from(width) {
        let mut x = inner.x;
        for (label, code) in &buttons {
            let w = u16::try_from(label.width()).unwrap_or(0);
            let key = crate::tui::keymap::Key {
                code: *code,
                mods: ratatui::crossterm::event::KeyModifiers::NONE,
            };
            drawn.zone(Rect::new(x, y, w, 1).intersection(inner), Hit::Press(key));
            x = x.saturating_add(w + 2);
        }
    }
}

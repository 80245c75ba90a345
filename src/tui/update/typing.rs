//! Typing in a text input: the keys that edit. Dates are read by the
//! core (`crate::answer::parse_date`), the same for every front-end.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::style::Style;
use ratatui_textarea::{CursorMove, TextArea, WrapMode};

/// A text input holding `text`, the cursor at its end. The view shows the
/// question's example while it is empty (wrapped, never cut: W8).
pub fn text_area(text: &str, multiline: bool) -> TextArea<'static> {
    let lines: Vec<String> = if multiline {
        text.lines().map(str::to_string).collect()
    } else {
        vec![text.replace('\n', " ")]
    };
    let mut area = TextArea::new(lines);
    // The view draws the border; the widget only holds the text.
    area.set_cursor_line_style(Style::new());
    if multiline {
        area.set_wrap_mode(WrapMode::WordOrGlyph);
    }
    area.move_cursor(CursorMove::Bottom);
    area.move_cursor(CursorMove::End);
    area
}

pub use crate::answer::parse_date;

/// Apply an editing key to a one-line text input outside the form.
pub fn edit_line(area: &mut TextArea<'static>, key: &KeyEvent) -> bool {
    edit_text(area, key, false)
}

/// Apply an editing key to a text area; true when the text changed.
/// Our own small key set instead of the widget's emacs defaults, so no
/// key does something surprising (Ctrl-V is not "page down" here).
pub fn edit_text(area: &mut TextArea<'static>, key: &KeyEvent, multiline: bool) -> bool {
    let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
    let alt = key.modifiers.contains(KeyModifiers::ALT);
    let mv = |area: &mut TextArea<'static>, m: CursorMove| {
        area.move_cursor(m);
        false
    };
    match key.code {
        KeyCode::Char(c) if !ctrl && !alt => {
            area.insert_char(c);
            true
        }
        KeyCode::Char('w') if ctrl => area.delete_word(),
        KeyCode::Char('a') if ctrl => mv(area, CursorMove::Head),
        KeyCode::Char('e') if ctrl => mv(area, CursorMove::End),
        KeyCode::Enter if multiline => {
            area.insert_newline();
            true
        }
        KeyCode::Backspace if ctrl || alt => area.delete_word(),
        KeyCode::Backspace => area.delete_char(),
        KeyCode::Delete if ctrl || alt => area.delete_next_word(),
        KeyCode::Delete => area.delete_next_char(),
        KeyCode::Left if ctrl || alt => mv(area, CursorMove::WordBack),
        KeyCode::Right if ctrl || alt => mv(area, CursorMove::WordForward),
        KeyCode::Left => mv(area, CursorMove::Back),
        KeyCode::Right => mv(area, CursorMove::Forward),
        KeyCode::Up => mv(area, CursorMove::Up),
        KeyCode::Down => mv(area, CursorMove::Down),
        KeyCode::Home if ctrl => mv(area, CursorMove::Top),
        KeyCode::End if ctrl => mv(area, CursorMove::Bottom),
        KeyCode::Home => mv(area, CursorMove::Head),
        KeyCode::End => mv(area, CursorMove::End),
        _ => false,
    }
}

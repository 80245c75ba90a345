//! The screen colours a front-end drew, made to follow the user's choice:
//! `NO_COLOR` or `--contrast hoog`. Used by the full-screen views that draw
//! with fixed colours (the workshop presenter and the compare projector);
//! the app's own screens pick their styles from `tui::ui::theme` instead.
//!
//! Applied to the finished frame, so no widget can forget it: with
//! `Colours::None` not one colour code reaches the terminal, and in high
//! contrast also no dim or italic text. Every signal these views give by
//! colour is also given in words, so nothing is lost.

use ratatui::buffer::Buffer;
use ratatui::style::{Color, Modifier};

use crate::session::Colours;

pub fn apply(buf: &mut Buffer, colours: Colours) {
    if colours == Colours::Normal {
        return;
    }
    for cell in &mut buf.content {
        cell.fg = Color::Reset;
        cell.bg = Color::Reset;
        cell.underline_color = Color::Reset;
        if colours == Colours::HighContrast {
            cell.modifier.remove(Modifier::DIM | Modifier::ITALIC);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::layout::Rect;
    use ratatui::style::Style;

    fn painted() -> Buffer {
        let mut buf = Buffer::empty(Rect::new(0, 0, 4, 1));
        buf.set_string(
            0,
            0,
            "abcd",
            Style::new()
                .fg(Color::Yellow)
                .bg(Color::Blue)
                .add_modifier(Modifier::DIM | Modifier::BOLD),
        );
        buf
    }

    #[test]
    fn normal_keeps_the_colours() {
        let mut buf = painted();
        apply(&mut buf, Colours::Normal);
        assert_eq!(buf.content[0].fg, Color::Yellow);
    }

    #[test]
    fn no_color_removes_every_colour_and_keeps_bold() {
        let mut buf = painted();
        apply(&mut buf, Colours::None);
        for cell in &buf.content {
            assert_eq!((cell.fg, cell.bg), (Color::Reset, Color::Reset));
            assert!(cell.modifier.contains(Modifier::BOLD | Modifier::DIM));
        }
    }

    #[test]
    fn high_contrast_also_drops_dim_text() {
        let mut buf = painted();
        apply(&mut buf, Colours::HighContrast);
        for cell in &buf.content {
            assert_eq!(cell.fg, Color::Reset);
            assert!(!cell.modifier.contains(Modifier::DIM));
            assert!(cell.modifier.contains(Modifier::BOLD));
        }
    }
}

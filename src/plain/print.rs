//! Writing lines: nothing but text and newlines. Control characters from
//! a plan or a guide are neutralised (R14), so no escape sequence ever
//! reaches the terminal; a reader that goes away (a closed pipe, a closed
//! window) is no error: the line mode stays quiet and goes on saving.
//!
//! On a terminal, long lines are broken between words at its width, so
//! neither magnified text nor a screen reader reading row by row meets a
//! word cut in two. A pipe or a file gets each sentence on one line.

use std::io::{self, IsTerminal, Write};

use crate::text::neutralise_controls;

pub struct Printer<W: Write> {
    out: W,
    closed: bool,
    /// How wide the terminal is now, when writing to one.
    width: Option<fn() -> Option<u16>>,
}

impl<W: Write> Printer<W> {
    pub fn new(out: W) -> Printer<W> {
        Printer {
            out,
            closed: false,
            width: None,
        }
    }

    /// Write each line, then flush (a screen reader reads what arrived).
    pub fn lines(&mut self, lines: &[String]) {
        if self.closed || lines.is_empty() {
            return;
        }
        let width = self
            .width
            .and_then(|w| w())
            .map(|w| usize::from(w).saturating_sub(1))
            .filter(|w| *w >= 20);
        let mut text = String::new();
        for line in lines {
            let line = neutralise_controls(line);
            match width {
                Some(w) if !line.is_empty() => {
                    for part in textwrap::wrap(&line, w) {
                        text.push_str(part.trim_end());
                        text.push('\n');
                    }
                }
                _ => {
                    text.push_str(&line);
                    text.push('\n');
                }
            }
        }
        let written = self
            .out
            .write_all(text.as_bytes())
            .and_then(|()| self.out.flush());
        if written.is_err() {
            self.closed = true;
        }
    }

    #[cfg(test)]
    pub fn into_inner(self) -> W {
        self.out
    }
}

impl Printer<io::Stdout> {
    pub fn stdout() -> Printer<io::Stdout> {
        let mut printer = Printer::new(io::stdout());
        if io::stdout().is_terminal() {
            printer.width = Some(terminal_width);
        }
        printer
    }
}

/// The terminal's width in columns (asked each time: the window may have
/// been resized); no escape sequence is sent for it.
fn terminal_width() -> Option<u16> {
    ratatui::crossterm::terminal::size().ok().map(|(w, _)| w)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_lines_break_between_words_on_a_terminal() {
        let mut p = Printer::new(Vec::new());
        p.width = Some(|| Some(30));
        p.lines(&[
            "Typ het nummer van een plan om het te openen.".to_string(),
            String::new(),
        ]);
        let out = String::from_utf8(p.into_inner()).expect("utf-8");
        assert_eq!(out, "Typ het nummer van een plan\nom het te openen.\n\n");
    }

    #[test]
    fn no_escape_sequence_gets_through() {
        let mut p = Printer::new(Vec::new());
        p.lines(&["Plan \u{1b}]0;titel\u{7} en \u{9b}2J".to_string()]);
        let out = p.into_inner();
        assert!(!out.contains(&0x1b), "{out:?}");
        assert!(!String::from_utf8_lossy(&out).contains('\u{9b}'));
    }
}

//! Writing lines: nothing but text and newlines. Control characters from
//! a plan or a guide are neutralised (R14), so no escape sequence ever
//! reaches the terminal; a reader that goes away (a closed pipe, a closed
//! window) is no error: the line mode stays quiet and goes on saving.

use std::io::{self, Write};

use crate::text::neutralise_controls;

pub struct Printer<W: Write> {
    out: W,
    closed: bool,
}

impl<W: Write> Printer<W> {
    pub fn new(out: W) -> Printer<W> {
        Printer { out, closed: false }
    }

    /// Write each line, then flush (a screen reader reads what arrived).
    pub fn lines(&mut self, lines: &[String]) {
        if self.closed || lines.is_empty() {
            return;
        }
        let mut text = String::new();
        for line in lines {
            text.push_str(&neutralise_controls(line));
            text.push('\n');
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
        Printer::new(io::stdout())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_escape_sequence_gets_through() {
        let mut p = Printer::new(Vec::new());
        p.lines(&["Plan \u{1b}]0;titel\u{7} en \u{9b}2J".to_string()]);
        let out = p.into_inner();
        assert!(!out.contains(&0x1b), "{out:?}");
        assert!(!String::from_utf8_lossy(&out).contains('\u{9b}'));
    }
}

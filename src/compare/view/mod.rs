//! The projector screen of `workshop compare`: one agenda topic per screen
//! with big bars, the answers hidden until the trainer shows them, then
//! the summary pages. A small front-end of its own: [`state`] (state and
//! `update`), [`render`] (drawing), and [`run`], the loop that connects
//! them to the terminal.

mod bars;
mod keys;
mod layout;
mod pages;
pub mod render;
pub mod state;
mod topic;

use std::io;

use ratatui::crossterm::event::{self, Event};

use crate::compare::Comparison;
use crate::tui::run::terminal::TerminalGuard;

pub use state::{Input, Page, Projector, update};

/// Show `c` until the trainer quits. The terminal is restored on every way
/// out (the guard, and its panic hook).
pub fn run(c: &Comparison) -> io::Result<()> {
    let mut guard = TerminalGuard::enter()?;
    let size = guard.terminal.size()?;
    let mut state = Projector::new(c, size.width, size.height);
    loop {
        guard
            .terminal
            .draw(|frame| render::render(frame, c, &state))?;
        let input = match event::read()? {
            Event::Key(key) => Input::from_key(key),
            Event::Resize(w, h) => Some(Input::Resize(w, h)),
            _ => None,
        };
        if let Some(input) = input {
            update(&mut state, c, input);
        }
        if state.quit {
            return Ok(());
        }
    }
}

//! The projector screen of `workshop compare`: one agenda topic per screen
//! with big bars, the answers hidden until the trainer shows them, then
//! the summary pages. A small front-end of its own: [`state`], [`update`]
//! (what keys do), [`render`] (drawing), and [`run`], the loop that
//! connects them to the terminal.

mod bars;
mod keys;
mod layout;
mod pages;
pub mod render;
pub mod state;
mod text;
mod topic;
pub mod update;

use crate::session::Colours;
use std::io;
use std::sync::mpsc;

use ratatui::crossterm::event::{self, Event};

use crate::compare::Comparison;
use crate::tui::run::terminal::TerminalGuard;

pub use layout::max_scroll;
pub use state::{Page, Projector};
pub use update::{Input, update};

/// What reaches the loop from its two helper threads.
enum Incoming {
    Terminal(Event),
    /// SIGTERM, SIGHUP (the window was closed), SIGINT or SIGQUIT.
    Signal(i32),
    /// The terminal cannot be read any more.
    Lost,
}

/// How the projector ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ended {
    /// The trainer quit.
    Quit,
    /// A signal stopped it (its number); the terminal was restored first.
    Signal(i32),
}

/// Show `c` until the trainer quits or a signal stops it. The terminal is
/// restored on every way out (the guard, and its panic hook). The loop
/// sleeps until a key or a signal arrives: an idle projector uses no CPU.
pub fn run(c: &Comparison, colours: Colours) -> io::Result<Ended> {
    let mut guard = TerminalGuard::enter()?;
    let size = guard.terminal.size()?;
    let mut state = Projector::new(c, size.width, size.height);
    state.colours = colours;
    let (tx, rx) = mpsc::channel();
    crate::signals::listen(tx.clone(), Incoming::Signal)?;
    std::thread::spawn(move || {
        loop {
            let incoming = match event::read() {
                Ok(ev) => Incoming::Terminal(ev),
                Err(_) => Incoming::Lost,
            };
            let lost = matches!(incoming, Incoming::Lost);
            if tx.send(incoming).is_err() || lost {
                return;
            }
        }
    });
    loop {
        guard
            .terminal
            .draw(|frame| render::render(frame, c, &state))?;
        let input = match rx.recv() {
            Ok(Incoming::Terminal(Event::Key(key))) => Input::from_key(key),
            Ok(Incoming::Terminal(Event::Resize(w, h))) => Some(Input::Resize(w, h)),
            Ok(Incoming::Terminal(_)) => None,
            Ok(Incoming::Signal(signal)) => return Ok(Ended::Signal(signal)),
            Ok(Incoming::Lost) | Err(_) => return Ok(Ended::Signal(crate::signals::SIGHUP)),
        };
        if let Some(input) = input {
            update(&mut state, c, input);
        }
        if state.quit {
            return Ok(Ended::Quit);
        }
    }
}

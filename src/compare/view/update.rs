//! What each key does to the projector. Pure: no terminal, no clock; the
//! size of the screen comes in as an input.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

use crate::compare::Comparison;

use super::layout::max_scroll;
use super::state::{Page, Projector};

/// What the trainer asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Input {
    Next,
    Previous,
    First,
    Last,
    /// Agenda topic `n` (1-based), from the number keys.
    Topic(usize),
    Reveal,
    Up,
    Down,
    Quit,
    Resize(u16, u16),
}

impl Input {
    /// The input a key press means, if any. Releases and repeats of other
    /// kinds are not presses (Windows sends both).
    pub fn from_key(key: KeyEvent) -> Option<Input> {
        if key.kind == KeyEventKind::Release {
            return None;
        }
        let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
        Some(match key.code {
            KeyCode::Char('c') if ctrl => Input::Quit,
            KeyCode::Right | KeyCode::PageDown | KeyCode::Enter => Input::Next,
            KeyCode::Char('l' | 'n') => Input::Next,
            KeyCode::Left | KeyCode::PageUp | KeyCode::Backspace => Input::Previous,
            KeyCode::Char('h' | 'p') => Input::Previous,
            KeyCode::Home => Input::First,
            KeyCode::End => Input::Last,
            KeyCode::Char(' ' | 't') => Input::Reveal,
            KeyCode::Up | KeyCode::Char('k') => Input::Up,
            KeyCode::Down | KeyCode::Char('j') => Input::Down,
            KeyCode::Char(d @ '1'..='9') => Input::Topic(d as usize - '0' as usize),
            KeyCode::Char('0') => Input::Topic(10),
            KeyCode::Esc | KeyCode::Char('q') => Input::Quit,
            _ => return None,
        })
    }
}

/// Apply `input`; the comparison is needed to know how far a page scrolls.
pub fn update(state: &mut Projector, c: &Comparison, input: Input) {
    match input {
        Input::Next => state.go(state.at + 1),
        Input::Previous => state.go(state.at.saturating_sub(1)),
        Input::First => state.go(0),
        Input::Last => state.go(state.pages.len().saturating_sub(1)),
        Input::Topic(n) => {
            if let Some(at) = state.pages.iter().position(|p| *p == Page::Agenda(n - 1)) {
                state.go(at);
            }
        }
        Input::Reveal => {
            if state.page().hides()
                && let Some(r) = state.revealed.get_mut(state.at)
            {
                *r = !*r;
                state.scroll = state.scroll.min(max_scroll(state, c));
            }
        }
        Input::Up => state.scroll = state.scroll.saturating_sub(1),
        Input::Down => {
            if state.scroll < max_scroll(state, c) {
                state.scroll += 1;
            }
        }
        Input::Quit => state.quit = true,
        Input::Resize(w, h) => {
            state.width = w;
            state.height = h;
            state.scroll = state.scroll.min(max_scroll(state, c));
        }
    }
}

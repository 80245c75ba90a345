//! Keys: what a key press means, and the key bar of the keys that work now
//! (the help screen lists all of them, see `words::HELP_LINES`).

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::clock::Status;
use super::state::{Presenter, View};
use super::update::{Action, available};
use super::words::W;

/// The action for a key press, if the key has one.
pub fn action_for(key: KeyEvent) -> Option<Action> {
    let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
    Some(match key.code {
        KeyCode::Char('c' | 'q') if ctrl => Action::Quit,
        _ if ctrl => return None,
        KeyCode::Char(' ') => Action::StartPause,
        // Presentation remotes send PageDown/PageUp (and B for black).
        KeyCode::Right | KeyCode::PageDown => Action::Next,
        KeyCode::Left | KeyCode::PageUp => Action::Previous,
        KeyCode::Char('+' | '=') => Action::AddMinute,
        KeyCode::Char('-' | '_' | '−') => Action::RemoveMinute,
        KeyCode::Char('n' | 'N') => Action::ToggleNotes,
        KeyCode::Char('o' | 'O') => Action::ToggleRunSheet,
        KeyCode::Char('p' | 'P' | 'b' | 'B') => Action::TogglePauseScreen,
        KeyCode::Up => Action::ScrollUp,
        KeyCode::Down => Action::ScrollDown,
        KeyCode::Char('?') | KeyCode::F(1) => Action::Help,
        KeyCode::Esc => Action::Back,
        KeyCode::Char('q' | 'Q') => Action::Quit,
        _ => return None,
    })
}

/// The key bar's entries that work now, most needed first: a key (or a
/// pair of keys) and what it does. Built from [`available`], so a key that
/// does nothing now is never named.
pub fn bar(p: &Presenter) -> Vec<(&'static str, &'static str)> {
    let can = |a| available(p, a);
    let mut entries = Vec::new();
    if can(Action::StartPause) {
        let what = match p.status() {
            Status::Ready => W::KeyStart,
            Status::Running => W::KeyPause,
            Status::Paused => W::KeyResume,
        };
        entries.push(("Spatie", what.get()));
    }
    match (can(Action::Previous), can(Action::Next)) {
        (true, true) => entries.push(("←/→", W::KeyPrevNext.get())),
        (false, true) => entries.push(("→", W::KeyNext.get())),
        (true, false) => entries.push(("←", W::KeyPrev.get())),
        (false, false) => {}
    }
    match (can(Action::AddMinute), can(Action::RemoveMinute)) {
        (true, true) => entries.push(("+/−", W::KeyPlusMinus.get())),
        (true, false) => entries.push(("+", W::KeyPlus.get())),
        (false, true) => entries.push(("−", W::KeyMinus.get())),
        (false, false) => {}
    }
    if can(Action::ToggleNotes) {
        let what = if p.notes {
            W::KeyHideNotes
        } else {
            W::KeyNotes
        };
        entries.push(("n", what.get()));
    }
    if p.view != View::Help {
        if can(Action::ToggleRunSheet) && p.view != View::RunSheet {
            entries.push(("o", W::KeyRunSheet.get()));
        }
        if can(Action::TogglePauseScreen) && p.view != View::PauseScreen {
            entries.push(("p", W::KeyPauseScreen.get()));
        }
    }
    if can(Action::ScrollDown) || can(Action::ScrollUp) {
        entries.push(("↑/↓", W::KeyScroll.get()));
    }
    if can(Action::Back) {
        entries.push(("Esc", W::KeyBack.get()));
    }
    if can(Action::Help) {
        entries.push(("?", W::KeyHelp.get()));
    }
    entries.push(("q", W::KeyQuit.get()));
    entries
}

//! Terminal events, reduced to what the app reacts to.

use ratatui::crossterm::event::{Event as TermEvent, KeyEvent};

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Event {
    Key(KeyEvent),
    /// Bracketed paste: the whole pasted text at once, so a multi-line
    /// paste never fires shortcuts or submits a field.
    Paste(String),
    Resize,
}

impl Event {
    /// Keep key presses only: Windows also reports releases, which would
    /// type every character twice.
    pub fn from_terminal(ev: TermEvent) -> Option<Event> {
        match ev {
            TermEvent::Key(_) => ev.as_key_press_event().map(Event::Key),
            TermEvent::Paste(text) => Some(Event::Paste(text)),
            TermEvent::Resize(..) => Some(Event::Resize),
            _ => None,
        }
    }
}

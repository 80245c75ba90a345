//! The projector's state and what each key does to it. Pure: no terminal,
//! no clock; the size of the screen comes in as an event.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

use crate::compare::Comparison;

use super::layout;

/// One screen of the walk through the debrief.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Page {
    /// Who is compared, what follows, which keys work.
    Start,
    /// The agenda topic at this place (0-based) of the gespreksagenda.
    Agenda(usize),
    Agreed,
    Unanswered,
    Findings,
    Forms,
    Debrief,
    Skipped,
}

impl Page {
    /// Does this page hide its answers until the trainer shows them?
    pub fn hides(self) -> bool {
        matches!(self, Page::Agenda(_))
    }
}

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

#[derive(Debug, Clone, PartialEq)]
pub struct Projector {
    pub pages: Vec<Page>,
    /// Index into `pages`.
    pub at: usize,
    /// Per page: are its answers shown?
    pub revealed: Vec<bool>,
    /// Lines scrolled down on the current page.
    pub scroll: u16,
    pub width: u16,
    pub height: u16,
    pub quit: bool,
}

impl Projector {
    /// The walk for `c`: the start, every agenda topic, then the summary
    /// pages that have something to say.
    pub fn new(c: &Comparison, width: u16, height: u16) -> Projector {
        let mut pages = vec![Page::Start];
        pages.extend((0..c.order.agenda.len()).map(Page::Agenda));
        pages.extend([Page::Agreed, Page::Unanswered, Page::Findings, Page::Forms]);
        if !c.debrief.is_empty() {
            pages.push(Page::Debrief);
        }
        if !c.skipped.is_empty() || c.entries_cut {
            pages.push(Page::Skipped);
        }
        let revealed = vec![false; pages.len()];
        Projector {
            pages,
            at: 0,
            revealed,
            scroll: 0,
            width,
            height,
            quit: false,
        }
    }

    pub fn page(&self) -> Page {
        self.pages.get(self.at).copied().unwrap_or(Page::Start)
    }

    pub fn is_revealed(&self) -> bool {
        self.revealed.get(self.at).copied().unwrap_or(false)
    }

    pub fn has_next(&self) -> bool {
        self.at + 1 < self.pages.len()
    }

    pub fn has_previous(&self) -> bool {
        self.at > 0
    }

    /// How far the current page can scroll at the current size.
    pub fn max_scroll(&self, c: &Comparison) -> u16 {
        let view = layout::content_height(self.width, self.height, self);
        let lines =
            layout::page_lines(c, self, layout::content_width(self.width, self.height)).len();
        u16::try_from(lines.saturating_sub(usize::from(view))).unwrap_or(u16::MAX)
    }

    fn go(&mut self, at: usize) {
        if at < self.pages.len() && at != self.at {
            self.at = at;
            self.scroll = 0;
        }
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
                state.scroll = state.scroll.min(state.max_scroll(c));
            }
        }
        Input::Up => state.scroll = state.scroll.saturating_sub(1),
        Input::Down => {
            if state.scroll < state.max_scroll(c) {
                state.scroll += 1;
            }
        }
        Input::Quit => state.quit = true,
        Input::Resize(w, h) => {
            state.width = w;
            state.height = h;
            state.scroll = state.scroll.min(state.max_scroll(c));
        }
    }
}

//! The projector's state: the pages of the walk, where the trainer is,
//! which answers are shown. Plain data; what keys do is in
//! [`super::update`].

use crate::compare::Comparison;
use crate::session::Colours;

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
    /// `NO_COLOR` or high contrast, as the command line chose.
    pub colours: Colours,
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
            colours: Colours::Normal,
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

    /// Go to page `at` (from its top); out of range stays.
    pub fn go(&mut self, at: usize) {
        if at < self.pages.len() && at != self.at {
            self.at = at;
            self.scroll = 0;
        }
    }
}

//! What happens on each event: `update(state, event, now)` changes the
//! state and returns what the driver must do (save the state, quit).

use jiff::Timestamp;

use super::clock::{MAX_MINUTES, MIN_MINUTES};
use super::layout::{max_help_scroll, max_scroll};
use super::saved;
use super::state::{Presenter, View};
use super::words::W;

/// What the trainer can do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Action {
    StartPause,
    Previous,
    Next,
    AddMinute,
    RemoveMinute,
    ToggleNotes,
    ToggleRunSheet,
    TogglePauseScreen,
    ScrollUp,
    ScrollDown,
    Help,
    Back,
    Quit,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Event {
    Action(Action),
    /// Time passes; the screen shows the new time.
    Tick,
    Resize(u16, u16),
    /// The result of an [`Effect::Save`]: `Err` holds the reason.
    Saved(Result<(), String>),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    /// Write this text to the state file, atomically.
    Save(String),
    Quit,
}

/// Does `action` do something now? The key bar names only such keys.
pub fn available(p: &Presenter, action: Action) -> bool {
    let help = p.view == View::Help;
    match action {
        Action::StartPause | Action::ToggleRunSheet | Action::TogglePauseScreen => !help,
        Action::Previous => !help && p.current > 0,
        Action::Next => !help && p.current + 1 < p.slides.len(),
        Action::AddMinute => !help && planned_minutes(p) < MAX_MINUTES,
        Action::RemoveMinute => !help && planned_minutes(p) > MIN_MINUTES,
        Action::ToggleNotes => p.view == View::Item,
        Action::ScrollUp => match p.view {
            View::Item => p.scroll > 0,
            View::Help => p.help_scroll > 0,
            View::RunSheet | View::PauseScreen => false,
        },
        Action::ScrollDown => match p.view {
            View::Item => p.scroll < max_scroll(p),
            View::Help => p.help_scroll < max_help_scroll(p),
            View::RunSheet | View::PauseScreen => false,
        },
        Action::Help => !help,
        Action::Back => p.view != View::Item,
        Action::Quit => true,
    }
}

fn planned_minutes(p: &Presenter) -> i64 {
    p.time(p.current).planned_secs / 60
}

pub fn update(p: &mut Presenter, event: Event, now: Timestamp) -> Vec<Effect> {
    p.now = now;
    match event {
        Event::Tick | Event::Saved(Ok(())) => Vec::new(),
        Event::Resize(w, h) => {
            p.size = (w, h);
            p.scroll = p.scroll.min(max_scroll(p));
            p.help_scroll = p.help_scroll.min(max_help_scroll(p));
            Vec::new()
        }
        Event::Saved(Err(why)) => {
            p.message = Some(W::SaveFailed.fill(&[&why]));
            Vec::new()
        }
        Event::Action(action) if available(p, action) => {
            p.message = None;
            act(p, action)
        }
        Event::Action(_) => Vec::new(),
    }
}

fn act(p: &mut Presenter, action: Action) -> Vec<Effect> {
    let save = |p: &Presenter| vec![Effect::Save(saved::to_text(p))];
    match action {
        Action::StartPause => {
            if p.is_running() {
                p.stop_clock();
            } else {
                p.running_since = Some(p.now);
            }
            save(p)
        }
        Action::Previous | Action::Next => {
            // A running clock moves on with the room to the new item.
            let was_running = p.is_running();
            p.stop_clock();
            p.current = if action == Action::Next {
                (p.current + 1).min(p.slides.len().saturating_sub(1))
            } else {
                p.current.saturating_sub(1)
            };
            p.scroll = 0;
            if was_running {
                p.running_since = Some(p.now);
            }
            save(p)
        }
        Action::AddMinute | Action::RemoveMinute => {
            let step = if action == Action::AddMinute { 1 } else { -1 };
            if let Some(clock) = p.clocks.get_mut(p.current) {
                clock.extra_minutes += step;
            }
            save(p)
        }
        Action::ToggleNotes => {
            p.notes = !p.notes;
            p.scroll = p.scroll.min(max_scroll(p));
            Vec::new()
        }
        Action::ToggleRunSheet => toggle(p, View::RunSheet),
        Action::TogglePauseScreen => toggle(p, View::PauseScreen),
        Action::Help => {
            p.view = View::Help;
            p.help_scroll = 0;
            Vec::new()
        }
        Action::Back => {
            p.view = View::Item;
            Vec::new()
        }
        Action::ScrollUp | Action::ScrollDown => {
            let offset = if p.view == View::Help {
                &mut p.help_scroll
            } else {
                &mut p.scroll
            };
            *offset = if action == Action::ScrollUp {
                offset.saturating_sub(1)
            } else {
                offset.saturating_add(1)
            };
            Vec::new()
        }
        Action::Quit => {
            let mut effects = save(p);
            effects.push(Effect::Quit);
            effects
        }
    }
}

fn toggle(p: &mut Presenter, view: View) -> Vec<Effect> {
    p.view = if p.view == view { View::Item } else { view };
    Vec::new()
}

//! The presenter for the projector: one agenda item at a time with its key
//! questions and case facts, a big countdown (amber at a fifth left, red
//! when the time is up, and words for both), trainer notes on request, a
//! run-sheet and a pause screen.
//!
//! A small front-end of its own: [`Presenter`] is the state,
//! [`update`]`(state, event, now)` changes it and returns effects, and
//! [`render`]`(&state, frame)` draws it. Time comes in with every event,
//! so tests drive the clock without sleeping. [`run`] is the driver.

pub mod clock;
mod keymap;
mod layout;
mod render;
mod run;
mod saved;
mod slide;
mod state;
mod terminal;
mod update;
mod words;

pub use clock::{ItemClock, Status, Tone};
pub use keymap::{action_for, bar};
pub use layout::MIN_SIZE;
pub use render::{clock_text, clock_words, render};
pub use run::{Launch, launch, open, run};
pub use saved::{NotResumed, apply, to_text};
pub use slide::{Section, Slide, SlideKind, slides};
pub use state::{ItemTime, Presenter, View};
pub use update::{Action, Effect, Event, available, update};

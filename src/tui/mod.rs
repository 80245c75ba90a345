//! The terminal front-end. State (`state`) is changed only by
//! `update(state, event) -> effects`; `ui::render(&state, frame)` draws it;
//! the `driver` carries out effects and answers with events; `run` ties
//! them to a real terminal. See ARCHITECTURE.md.

pub mod clock;
pub mod drawn;
pub mod driver;
pub mod effect;
pub mod event;
pub mod keymap;
pub mod run;
pub mod runtime;
pub mod state;
pub mod ui;
pub mod update;

pub use run::run;

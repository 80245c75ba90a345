//! The terminal shell: state, `update`, `render`, and the loop that ties
//! them to a real terminal.

pub mod driver;
pub mod event;
pub mod field;
pub mod keymap;
pub mod run;
pub mod state;
pub mod terminal;
pub mod ui;
pub mod update;

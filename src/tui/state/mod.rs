//! Everything the screen shows, as plain data with queries. No I/O, no
//! terminal, no input handling: `update` changes it, `ui` draws it.

mod app;
mod editor;
mod field;
mod overlay;
mod panel;
mod picker;
mod plan_details;
mod position;
mod undo;

pub use app::{App, LOG_SIZE, Message, Screen};
pub use editor::{Advice, Editor, FormScroll, ListOf, SaveState, View};
pub use field::{FieldEditor, Input, PickOption, selected_ids};
pub use overlay::{ExportChoice, Overlay, export_choices, export_formats};
pub use panel::{Panel, PanelKind};
pub use picker::Picker;
pub use plan_details::{DetailField, DetailsForm};
pub use undo::{Change, HISTORY_SIZE, History, Typing, Values};

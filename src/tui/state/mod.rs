//! Everything the screen shows, as plain data with queries. No I/O, no
//! terminal, no input handling: `update` changes it, `ui` draws it.

mod app;
mod editor;
mod field;
mod overlay;
mod panel;
mod picker;

pub use app::{App, Message, Screen};
pub use editor::{Advice, Editor, ListOf, SaveState, View};
pub use field::{FieldEditor, Input, PickOption, selected_ids};
pub use overlay::{ExportChoice, Overlay, export_choices, export_formats};
pub use panel::{Panel, PanelKind};
pub use picker::Picker;

//! An answer being typed or chosen, and what can be read from it.

use ratatui_textarea::TextArea;

use crate::plan::Slot;
use crate::text::{Txt, fill};
use crate::tui::keymap::{Context, say};

/// An answer being typed or chosen.
pub struct FieldEditor {
    pub slot: Slot,
    pub input: Input,
}

pub enum Input {
    Text {
        area: TextArea<'static>,
        multiline: bool,
    },
    Number {
        area: TextArea<'static>,
        min: i64,
        max: i64,
        invalid: bool,
    },
    Date {
        area: TextArea<'static>,
        invalid: bool,
    },
    Pick {
        options: Vec<PickOption>,
        cursor: usize,
        multi: bool,
    },
}

pub use crate::answer::{PickOption, selected_ids};

impl Input {
    pub fn context(&self) -> Context {
        match self {
            Input::Pick { multi: true, .. } => Context::PickMany,
            Input::Pick { multi: false, .. } => Context::PickOne,
            Input::Text {
                multiline: true, ..
            } => Context::EditText,
            Input::Text {
                multiline: false, ..
            }
            | Input::Number { .. }
            | Input::Date { .. } => Context::EditLine,
        }
    }

    /// The text being typed, for the inputs that have one.
    pub fn text_area(&self) -> Option<&TextArea<'static>> {
        match self {
            Input::Text { area, .. } | Input::Number { area, .. } | Input::Date { area, .. } => {
                Some(area)
            }
            Input::Pick { .. } => None,
        }
    }
}

impl FieldEditor {
    /// Why the typed text cannot be kept as it is (not a number in range,
    /// not a date), if so. The editor stays open until it can.
    pub fn problem(&self) -> Option<String> {
        match &self.input {
            Input::Number {
                invalid: true,
                min,
                max,
                ..
            } => Some(fill(Txt::BadNumber, &[min, max])),
            Input::Date { invalid: true, .. } => Some(Txt::BadDate.get().to_string()),
            Input::Number { .. } | Input::Date { .. } | Input::Text { .. } | Input::Pick { .. } => {
                None
            }
        }
    }

    /// The hint line shown under the editor.
    pub fn hint(&self) -> String {
        match &self.input {
            Input::Text {
                multiline: true, ..
            } => say(Txt::HintLongText, &[]),
            Input::Text {
                multiline: false, ..
            } => say(Txt::HintShortText, &[]),
            Input::Number { min, max, .. } => fill(Txt::HintNumber, &[min, max]),
            Input::Date { .. } => Txt::HintDate.get().to_string(),
            Input::Pick { multi: true, .. } => say(Txt::HintPickMany, &[]),
            Input::Pick { multi: false, .. } => say(Txt::HintPickOne, &[]),
        }
    }
}

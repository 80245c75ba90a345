//! The plan's details being edited: title, gemeente, author, fractie and
//! the notitie's date (W14). Every export shows them at the top.

use std::path::PathBuf;

use ratatui_textarea::TextArea;

use crate::text::Txt;

/// One line of the details dialog.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DetailField {
    Title,
    Gemeente,
    Author,
    Fractie,
    Date,
}

impl DetailField {
    /// In the order of the dialog.
    pub const ALL: [DetailField; 5] = [
        DetailField::Title,
        DetailField::Gemeente,
        DetailField::Author,
        DetailField::Fractie,
        DetailField::Date,
    ];

    #[must_use]
    pub fn label(self) -> Txt {
        match self {
            DetailField::Title => Txt::DetailTitle,
            DetailField::Gemeente => Txt::DetailGemeente,
            DetailField::Author => Txt::DetailAuthor,
            DetailField::Fractie => Txt::DetailFractie,
            DetailField::Date => Txt::DetailDate,
        }
    }
}

pub struct DetailsForm {
    /// The plan in the picker these belong to; `None`: the open plan.
    pub path: Option<PathBuf>,
    /// One input per field, in the order of [`DetailField::ALL`].
    pub inputs: Vec<TextArea<'static>>,
    pub focus: usize,
}

impl DetailsForm {
    /// The text typed for `field`.
    #[must_use]
    pub fn text(&self, field: DetailField) -> String {
        DetailField::ALL
            .iter()
            .position(|f| *f == field)
            .and_then(|i| self.inputs.get(i))
            .map(|a| a.lines().join(" ").trim().to_string())
            .unwrap_or_default()
    }

    #[must_use]
    pub fn focused(&self) -> DetailField {
        DetailField::ALL
            .get(self.focus)
            .copied()
            .unwrap_or(DetailField::Title)
    }
}

//! The details dialog: opening it (on the open plan, or on a plan in the
//! picker once its details are read), typing, and keeping what was typed.

use std::path::PathBuf;

use ratatui::crossterm::event::{KeyCode, KeyEvent};

use crate::present::format_date;
use crate::text::Txt;
use crate::tui::effect::{Effect, PlanDetails};
use crate::tui::keymap::Action;
use crate::tui::state::{App, DetailField, DetailsForm, Message, Overlay, Screen};

use super::picker::name_input;
use super::typing::{edit_line, parse_date};

/// The dialog filled with `details`; `path` when the plan is not the open one.
pub fn form(path: Option<PathBuf>, details: &PlanDetails) -> Box<DetailsForm> {
    let inputs = DetailField::ALL
        .iter()
        .map(|f| {
            name_input(&match f {
                DetailField::Title => details.title.clone(),
                DetailField::Gemeente => details.gemeente.clone(),
                DetailField::Author => details.author.clone(),
                DetailField::Fractie => details.fractie.clone(),
                DetailField::Date => details.date.map(format_date).unwrap_or_default(),
            })
        })
        .collect();
    Box::new(DetailsForm {
        path,
        inputs,
        focus: 0,
    })
}

/// The details as typed, or why they cannot be kept.
fn read(form: &DetailsForm) -> Result<PlanDetails, (DetailField, Txt)> {
    let title = form.text(DetailField::Title);
    if title.is_empty() {
        return Err((DetailField::Title, Txt::MsgTitleEmpty));
    }
    let date_text = form.text(DetailField::Date);
    let date = if date_text.is_empty() {
        None
    } else {
        Some(parse_date(&date_text).ok_or((DetailField::Date, Txt::BadDate))?)
    };
    Ok(PlanDetails {
        title,
        gemeente: form.text(DetailField::Gemeente),
        author: form.text(DetailField::Author),
        fractie: form.text(DetailField::Fractie),
        date,
    })
}

/// A key in the dialog. Enter keeps the details (when they can be kept),
/// Esc closes without changing anything.
pub fn key(
    app: &mut App,
    mut form: Box<DetailsForm>,
    action: Option<Action>,
    key: &KeyEvent,
) -> (Option<Overlay>, Vec<Effect>) {
    let last = DetailField::ALL.len() - 1;
    match action {
        Some(Action::NextField) => form.focus = (form.focus + 1).min(last),
        Some(Action::PrevField) => form.focus = form.focus.saturating_sub(1),
        Some(Action::Back) => return (None, Vec::new()),
        Some(Action::Enter) => match read(&form) {
            Ok(details) => return (None, keep(app, form.path.take(), details)),
            Err((field, why)) => {
                form.focus = DetailField::ALL
                    .iter()
                    .position(|f| *f == field)
                    .unwrap_or(0);
                app.message = Some(Message::error(why.get()));
            }
        },
        _ => {
            if key.code != KeyCode::Enter
                && let Some(input) = form.inputs.get_mut(form.focus)
            {
                edit_line(input, key);
            }
        }
    }
    (Some(Overlay::Details(form)), Vec::new())
}

/// Keep the details: in the open plan (saved like any change), or in the
/// file of a plan in the picker.
fn keep(app: &mut App, path: Option<PathBuf>, details: PlanDetails) -> Vec<Effect> {
    if let Some(path) = path {
        return vec![Effect::SaveDetails { path, details }];
    }
    if let Screen::Editor(e) = &mut app.screen
        && details.apply(&mut e.plan.meta)
    {
        e.revision += 1;
        app.message = Some(Message::info(Txt::MsgDetailsSaved.get()));
    }
    Vec::new()
}

/// Pasted text goes into the focused field, on one line.
pub fn paste(form: &mut DetailsForm, text: &str) {
    if let Some(input) = form.inputs.get_mut(form.focus) {
        input.insert_str(text.split('\n').collect::<Vec<_>>().join(" "));
    }
}

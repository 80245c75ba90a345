//! Input on the plan picker and its dialogs.

use ratatui::crossterm::event::{KeyCode, KeyEvent};
use ratatui_textarea::{CursorMove, TextArea};

use crate::text::Txt;
use crate::tui::keymap::Action;
use crate::tui::state::{Message, Picker, PickerDialog};

use super::Effect;

pub fn on_key(
    p: &mut Picker,
    action: Option<Action>,
    key: &KeyEvent,
    msg: &mut Option<Message>,
) -> Vec<Effect> {
    match p.dialog.take() {
        None => on_list_key(p, action, msg),
        Some(PickerDialog::ConfirmDelete { path, title }) => match action {
            Some(Action::Yes) => vec![Effect::Trash(path)],
            Some(Action::No) => Vec::new(),
            _ => {
                p.dialog = Some(PickerDialog::ConfirmDelete { path, title });
                Vec::new()
            }
        },
        Some(PickerDialog::Versions {
            path,
            title,
            versions,
            selected,
        }) => match action {
            Some(Action::Up | Action::Down) => {
                let selected = if action == Some(Action::Up) {
                    selected.saturating_sub(1)
                } else {
                    (selected + 1).min(versions.len().saturating_sub(1))
                };
                p.dialog = Some(PickerDialog::Versions {
                    path,
                    title,
                    versions,
                    selected,
                });
                Vec::new()
            }
            Some(Action::Enter) => match versions.get(selected) {
                Some(v) => vec![Effect::RestoreVersion {
                    plan: path,
                    version: v.path.clone(),
                }],
                None => Vec::new(),
            },
            Some(Action::Back) => Vec::new(),
            _ => {
                p.dialog = Some(PickerDialog::Versions {
                    path,
                    title,
                    versions,
                    selected,
                });
                Vec::new()
            }
        },
        Some(PickerDialog::Recover(offer)) => match action {
            Some(Action::Enter) => vec![Effect::Recover(offer.path)],
            Some(Action::Discard) => vec![Effect::DiscardRecovery(offer.path)],
            Some(Action::Back) => Vec::new(),
            _ => {
                p.dialog = Some(PickerDialog::Recover(offer));
                Vec::new()
            }
        },
        Some(PickerDialog::New(input)) => on_name_key(p, input, None, action, key, msg),
        Some(PickerDialog::Rename { path, input }) => {
            on_name_key(p, input, Some(path), action, key, msg)
        }
    }
}

fn on_list_key(p: &mut Picker, action: Option<Action>, msg: &mut Option<Message>) -> Vec<Effect> {
    let selected = p.plans.get(p.selected);
    match action {
        Some(Action::Up) => p.selected = p.selected.saturating_sub(1),
        Some(Action::Down) => p.selected = (p.selected + 1).min(p.plans.len().saturating_sub(1)),
        Some(Action::Enter) => {
            if let Some(s) = selected {
                match &s.status {
                    Ok(_) => return vec![Effect::Open(s.path.clone())],
                    Err(_) => *msg = Some(Message::error(Txt::MsgDamagedPlan.get())),
                }
            }
        }
        Some(Action::NewPlan) => p.dialog = Some(PickerDialog::New(name_input(&p.draft))),
        Some(Action::Rename) => {
            if let Some(s) = selected {
                p.dialog = Some(PickerDialog::Rename {
                    path: s.path.clone(),
                    input: name_input(&s.title),
                });
            }
        }
        Some(Action::ShowVersions) => {
            if let Some(s) = selected {
                return vec![Effect::ShowVersions(s.path.clone())];
            }
        }
        Some(Action::Delete) => {
            if let Some(s) = selected {
                p.dialog = Some(PickerDialog::ConfirmDelete {
                    path: s.path.clone(),
                    title: s.title.clone(),
                });
            }
        }
        _ => {}
    }
    Vec::new()
}

pub fn name_input(text: &str) -> TextArea<'static> {
    let mut area = TextArea::new(vec![text.to_string()]);
    area.move_cursor(CursorMove::End);
    area
}

fn on_name_key(
    p: &mut Picker,
    mut input: TextArea<'static>,
    rename: Option<std::path::PathBuf>,
    action: Option<Action>,
    key: &KeyEvent,
    msg: &mut Option<Message>,
) -> Vec<Effect> {
    let text = input.lines().join(" ");
    match action {
        Some(Action::Enter) => {
            let title = text.trim().to_string();
            if title.is_empty() {
                *msg = Some(Message::error(Txt::MsgTitleEmpty.get()));
            } else {
                return match rename {
                    Some(path) => vec![Effect::Rename(path, title)],
                    None => {
                        p.draft.clear();
                        vec![Effect::Create(title)]
                    }
                };
            }
        }
        Some(Action::Back) => {
            // Keep what was typed for the next time the dialog opens.
            if rename.is_none() {
                p.draft = text;
            }
            return Vec::new();
        }
        _ => {
            if key.code != KeyCode::Enter {
                crate::tui::field::edit_line(&mut input, key);
            }
        }
    }
    p.dialog = Some(match rename {
        Some(path) => PickerDialog::Rename { path, input },
        None => PickerDialog::New(input),
    });
    Vec::new()
}

pub fn paste(p: &mut Picker, text: &str) {
    if let Some(PickerDialog::New(input) | PickerDialog::Rename { input, .. }) = &mut p.dialog {
        input.insert_str(text.split(['\n', '\r']).collect::<Vec<_>>().join(" "));
    }
}

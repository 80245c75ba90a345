//! Input on the overlay on top: help, the name and path prompts,
//! confirmations, earlier versions, the recovery offer, the export dialog.
//! The overlay is taken off the stack while its key is handled and put
//! back unless the key closed it.

use ratatui::crossterm::event::{KeyCode, KeyEvent};
use ratatui_textarea::TextArea;

use crate::present::{capitalise, item_noun, item_title, title_field};
use crate::text::Txt;
use crate::tui::drawn::{Pane, PaneView, scrolled_by};
use crate::tui::effect::Effect;
use crate::tui::keymap::{Action, say};
use crate::tui::state::{App, ExportChoice, Message, Overlay, Screen, View, export_choices};

use super::typing::edit_line;
use super::undo::{self, ListChange};
use super::{move_cursor, parts, plan_details};

pub fn key(app: &mut App, action: Option<Action>, key: &KeyEvent) -> Vec<Effect> {
    let Some(top) = app.overlays.pop() else {
        return Vec::new();
    };
    let layer = app.overlays.len() + 1;
    let (keep, effects) = match top {
        Overlay::Help { scroll } => {
            match reading(scroll, action, app.drawn.view(Pane::Help, layer)) {
                Some(scroll) => (Some(Overlay::Help { scroll }), Vec::new()),
                None => (None, Vec::new()),
            }
        }
        Overlay::Messages { scroll } => {
            match reading(scroll, action, app.drawn.view(Pane::Messages, layer)) {
                Some(scroll) => (Some(Overlay::Messages { scroll }), Vec::new()),
                None => (None, Vec::new()),
            }
        }
        Overlay::NewPlan(input) => name_key(app, input, action, key),
        Overlay::Details(form) => plan_details::key(app, form, action, key),
        Overlay::SaveAs(input) => save_as_key(app, input, action, key),
        Overlay::HandIn { input, with_author } => hand_in_key(app, input, with_author, action, key),
        Overlay::ConfirmDelete { path, title } => match action {
            Some(Action::Yes) => (None, vec![Effect::Trash(path)]),
            Some(Action::No) => (None, Vec::new()),
            _ => (Some(Overlay::ConfirmDelete { path, title }), Vec::new()),
        },
        Overlay::ConfirmRemove { question, item } => match action {
            Some(Action::Yes) => {
                remove_item(app, &question, &item);
                (None, Vec::new())
            }
            Some(Action::No) => (None, Vec::new()),
            _ => (Some(Overlay::ConfirmRemove { question, item }), Vec::new()),
        },
        Overlay::Versions {
            path,
            title,
            versions,
            selected,
        } => match action {
            Some(a @ (Action::Up | Action::Down)) => {
                let selected = move_cursor(selected, a, versions.len());
                let keep = Overlay::Versions {
                    path,
                    title,
                    versions,
                    selected,
                };
                (Some(keep), Vec::new())
            }
            Some(Action::Enter) => match versions.get(selected) {
                Some(v) => {
                    let restore = Effect::RestoreVersion {
                        plan: path,
                        version: v.path.clone(),
                    };
                    (None, vec![restore])
                }
                None => (None, Vec::new()),
            },
            Some(Action::Back) => (None, Vec::new()),
            _ => {
                let keep = Overlay::Versions {
                    path,
                    title,
                    versions,
                    selected,
                };
                (Some(keep), Vec::new())
            }
        },
        Overlay::Recover(offer) => match action {
            Some(Action::Enter) => (None, vec![Effect::Recover(offer.path)]),
            Some(Action::Discard) => (None, vec![Effect::DiscardRecovery(offer.path)]),
            Some(Action::Back) => (None, Vec::new()),
            _ => (Some(Overlay::Recover(offer)), Vec::new()),
        },
        Overlay::Export { selected, folder } => match action {
            Some(a @ (Action::Up | Action::Down)) => {
                let selected = move_cursor(selected, a, export_choices().len());
                (Some(Overlay::Export { selected, folder }), Vec::new())
            }
            Some(Action::Enter) => {
                let export = match (export_choices().get(selected), app.editor()) {
                    (Some(ExportChoice::Format(format)), Some(e)) => vec![Effect::Export {
                        format: *format,
                        plan: e.plan.clone(),
                        path: e.path.clone(),
                    }],
                    (Some(ExportChoice::HandIn { with_author }), Some(e)) => {
                        vec![Effect::SuggestHandIn {
                            case: e.plan.case.clone(),
                            with_author: *with_author,
                        }]
                    }
                    _ => Vec::new(),
                };
                (None, export)
            }
            Some(Action::Back) => (None, Vec::new()),
            _ => (Some(Overlay::Export { selected, folder }), Vec::new()),
        },
    };
    app.overlays.extend(keep);
    effects
}

type Handled = (Option<Overlay>, Vec<Effect>);

/// A key in a text that scrolls (help, messages): the new position, or
/// `None` when the key closes it. `view` is the pane as last drawn, so
/// scrolling stops at the last line and comes straight back.
fn reading(scroll: u16, action: Option<Action>, view: Option<PaneView>) -> Option<u16> {
    let page = i32::from(view.map_or(10, |v| v.page()));
    Some(match action {
        Some(Action::Back) => return None,
        Some(Action::ScrollUp) => scrolled_by(scroll, -1, view),
        Some(Action::ScrollDown) => scrolled_by(scroll, 1, view),
        Some(Action::PageUp) => scrolled_by(scroll, -page, view),
        Some(Action::PageDown) => scrolled_by(scroll, page, view),
        Some(Action::Top) => 0,
        Some(Action::Bottom) => scrolled_by(u16::MAX, 0, view),
        _ => scroll,
    })
}

/// Typing the name of a new plan.
fn name_key(
    app: &mut App,
    mut input: TextArea<'static>,
    action: Option<Action>,
    key: &KeyEvent,
) -> Handled {
    let text = input.lines().join(" ");
    let draft = match &mut app.screen {
        Screen::Picker(p) => Some(&mut p.draft),
        Screen::Editor(_) => None,
    };
    match action {
        Some(Action::Enter) => {
            let title = text.trim().to_string();
            if title.is_empty() {
                app.message = Some(Message::error(Txt::MsgTitleEmpty.get()));
            } else {
                if let Some(d) = draft {
                    d.clear();
                }
                return (None, vec![Effect::Create(title)]);
            }
        }
        Some(Action::Back) => {
            // Keep what was typed for the next time the dialog opens.
            if let Some(d) = draft {
                *d = text;
            }
            return (None, Vec::new());
        }
        _ => {
            if key.code != KeyCode::Enter {
                edit_line(&mut input, key);
            }
        }
    }
    (Some(Overlay::NewPlan(input)), Vec::new())
}

/// Typing the path in the "save as" dialog.
fn save_as_key(
    app: &mut App,
    mut input: TextArea<'static>,
    action: Option<Action>,
    key: &KeyEvent,
) -> Handled {
    match action {
        Some(Action::Enter) => {
            let typed = input.lines().join("").trim().to_string();
            if let (false, Some(e)) = (typed.is_empty(), app.editor()) {
                let save_as = Effect::SaveAs {
                    typed,
                    plan: e.plan.clone(),
                    revision: e.revision,
                };
                return (None, vec![save_as]);
            }
        }
        Some(Action::Back) => return (None, Vec::new()),
        _ => {
            if key.code != KeyCode::Enter {
                edit_line(&mut input, key);
            }
        }
    }
    (Some(Overlay::SaveAs(input)), Vec::new())
}

/// Typing the folder to hand the plan in to.
fn hand_in_key(
    app: &mut App,
    mut input: TextArea<'static>,
    with_author: bool,
    action: Option<Action>,
    key: &KeyEvent,
) -> Handled {
    match action {
        Some(Action::Enter) => {
            let typed = input.lines().join("").trim().to_string();
            if let (false, Some(e)) = (typed.is_empty(), app.editor()) {
                let hand_in = Effect::HandIn {
                    typed,
                    plan: e.plan.clone(),
                    with_author,
                };
                return (None, vec![hand_in]);
            }
        }
        Some(Action::Back) => return (None, Vec::new()),
        _ => {
            if key.code != KeyCode::Enter {
                edit_line(&mut input, key);
            }
        }
    }
    (Some(Overlay::HandIn { input, with_author }), Vec::new())
}

/// Remove an item after "yes" in the confirmation.
fn remove_item(app: &mut App, question: &str, item: &str) {
    let (ctx, screen) = parts(app);
    let Screen::Editor(e) = screen else {
        return;
    };
    let guide = ctx.guide;
    let noun = item_noun(guide, question);
    let items = e.list_items(guide, question);
    let before = items.len();
    let title = items
        .iter()
        .find(|i| i.id == item)
        .map(|i| item_title(i, title_field(guide, question)))
        .unwrap_or_default();
    let undo_from = undo::before_list_change(e, question, true);
    e.plan.remove_item(question, item);
    e.revision += 1;
    let how = ListChange::Removed { title: &title };
    undo::list_changed(e, &ctx, (question, item), undo_from, &how);
    *ctx.message = Some(Message::info(say(Txt::ItemRemoved, &[&capitalise(&noun)])));
    if let View::List { selected, .. } = &mut e.view {
        let left = before.saturating_sub(1);
        *selected = (*selected).min(left.saturating_sub(1));
    }
}

/// Pasted text in the top overlay: only the text prompts take it.
pub fn paste(app: &mut App, text: &str) {
    match app.overlays.last_mut() {
        Some(Overlay::NewPlan(input)) => {
            input.insert_str(text.split('\n').collect::<Vec<_>>().join(" "));
        }
        Some(Overlay::Details(form)) => plan_details::paste(form, text),
        Some(Overlay::SaveAs(input) | Overlay::HandIn { input, .. }) => {
            input.insert_str(text.split('\n').collect::<Vec<_>>().join(""));
        }
        Some(
            Overlay::Help { .. }
            | Overlay::Messages { .. }
            | Overlay::ConfirmDelete { .. }
            | Overlay::ConfirmRemove { .. }
            | Overlay::Versions { .. }
            | Overlay::Recover(_)
            | Overlay::Export { .. },
        )
        | None => {}
    }
}

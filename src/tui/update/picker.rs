//! Input on the plan picker.

use ratatui_textarea::{CursorMove, TextArea};

use crate::text::Txt;
use crate::tui::effect::Effect;
use crate::tui::keymap::Action;
use crate::tui::state::{Overlay, Picker};

use super::Ctx;

pub fn key(p: &mut Picker, ctx: &mut Ctx, action: Option<Action>) -> Vec<Effect> {
    let selected = p.current();
    match action {
        Some(Action::Up) => p.selected = p.selected.saturating_sub(1),
        Some(Action::Down) => p.selected = (p.selected + 1).min(p.plans.len().saturating_sub(1)),
        Some(Action::Enter) => {
            if let Some(s) = selected {
                match &s.status {
                    Ok(_) => return vec![Effect::Open(s.path.clone())],
                    Err(_) => ctx.error(Txt::MsgDamagedPlan.get()),
                }
            }
        }
        Some(Action::NewPlan) => ctx.overlays.push(Overlay::NewPlan(name_input(&p.draft))),
        // The details are in the file: read them first.
        Some(Action::EditDetails) => {
            if let Some(s) = selected {
                match &s.status {
                    Ok(_) => return vec![Effect::ReadDetails(s.path.clone())],
                    Err(_) => ctx.error(Txt::MsgDamagedPlan.get()),
                }
            }
        }
        Some(Action::ShowVersions) => {
            if let Some(s) = selected {
                return vec![Effect::ListVersions(s.path.clone())];
            }
        }
        Some(Action::Delete) => {
            if let Some(s) = selected {
                ctx.overlays.push(Overlay::ConfirmDelete {
                    path: s.path.clone(),
                    title: s.title.clone(),
                });
            }
        }
        _ => {}
    }
    Vec::new()
}

/// A one-line text input holding `text`, the cursor at its end.
pub fn name_input(text: &str) -> TextArea<'static> {
    let mut area = TextArea::new(vec![text.to_string()]);
    area.move_cursor(CursorMove::End);
    area
}

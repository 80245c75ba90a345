//! Input on the plan editor: the keys that work on every view of it
//! (panels, steps, saving), then the view that is shown.

use ratatui::crossterm::event::KeyEvent;

use crate::text::Txt;
use crate::tui::effect::{Effect, PlanDetails, Then};
use crate::tui::keymap::Action;
use crate::tui::state::{Editor, Overlay, PanelKind, SaveState, View};

use super::Ctx;
use super::form::{drive, form_key, step_focus};
use super::{list, panels, step, undo};

pub fn key(e: &mut Editor, ctx: &mut Ctx, action: Option<Action>, key: &KeyEvent) -> Vec<Effect> {
    match action {
        // The dialog names the folder the file goes to; the driver knows
        // it, and the dialog opens with its answer.
        Some(Action::ShowExport) => {
            if let Err(why) = step::close_editor(e) {
                ctx.error(why);
                return Vec::new();
            }
            return vec![Effect::FindExportFolder];
        }
        Some(a) if PanelKind::from_action(a).is_some() => {
            if let Some(kind) = PanelKind::from_action(a) {
                panels::open(e, ctx, kind);
            }
            return Vec::new();
        }
        // Finding the documents folder reads the user's settings: the
        // driver does that, and the dialog opens with its answer.
        Some(Action::SaveAs) => return vec![Effect::SuggestSaveAs(e.path.clone())],
        Some(Action::Save) => return save(e, ctx),
        Some(Action::NextStep) => return step::go_to_step(e, ctx, e.step + 1),
        Some(Action::PrevStep) => match e.step.checked_sub(1) {
            Some(prev) => return step::go_to_step(e, ctx, prev),
            None => {
                ctx.info(Txt::MsgFirstStep.get());
                return Vec::new();
            }
        },
        Some(Action::OpenPicker) => return save_then(e, ctx, Then::ShowPicker),
        Some(Action::Undo) => return undo::undo(e, ctx, false),
        Some(Action::Redo) => return undo::undo(e, ctx, true),
        Some(Action::EditDetails) => {
            if let Err(why) = step::close_editor(e) {
                ctx.error(why);
            } else {
                let details = PlanDetails::of(&e.plan.meta);
                ctx.overlays
                    .push(Overlay::Details(super::plan_details::form(None, &details)));
            }
            return Vec::new();
        }
        _ => {}
    }
    if e.panel.is_some() {
        return panels::key(e, ctx, action);
    }
    // Take the view out so it can be changed while the plan is borrowed.
    let view = std::mem::replace(&mut e.view, View::Form { edit: None });
    e.view = match view {
        View::Form { edit: Some(fe) } => {
            let focus = e.focus;
            match drive(e, ctx, fe, action, key) {
                (Some(fe), _) => View::Form { edit: Some(fe) },
                (None, delta) => {
                    e.focus = step_focus(focus, delta, e.visible(ctx.guide).len());
                    View::Form { edit: None }
                }
            }
        }
        View::Form { edit: None } => form_key(e, ctx, action, key),
        View::List { question, selected } => list::list_key(e, ctx, question, selected, action),
        View::Record {
            question,
            item,
            focus,
            edit,
        } => list::record_key(e, ctx, question, item, focus, edit, action, key),
    };
    Vec::new()
}

/// Ctrl-S: save now, and say so.
fn save(e: &mut Editor, ctx: &mut Ctx) -> Vec<Effect> {
    save_then(e, ctx, Then::Confirm)
}

fn save_then(e: &mut Editor, ctx: &mut Ctx, then: Then) -> Vec<Effect> {
    let clean = match then {
        // Leaving: also when only the place changed, to reopen there.
        Then::ShowPicker | Then::Quit => !super::save::needs_save(e, ctx.guide),
        Then::Stay | Then::Confirm => !e.is_dirty() && matches!(e.save, SaveState::Saved(_)),
    };
    match (clean, then) {
        (true, Then::Confirm) => {
            ctx.info(Txt::MsgSaved.get());
            Vec::new()
        }
        (true, Then::ShowPicker) => vec![
            Effect::Close,
            Effect::ListPlans {
                select: Some(e.path.clone()),
            },
        ],
        _ => vec![super::save::job(e, ctx.guide, ctx.now, then)],
    }
}

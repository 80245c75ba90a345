//! Input on the screens beside the questions: findings, form aid, raad,
//! overview.

use crate::advice::forms::form_count;
use crate::tui::effect::Effect;
use crate::tui::keymap::Action;
use crate::tui::state::{Editor, Panel, PanelKind};

use super::Ctx;
use super::move_cursor as move_in;
use super::step::{Target, close_editor, go_to_step, jump};

/// Open a panel for one of the F-key actions. An open text editor is
/// closed first, unless its text cannot be kept. The same key again
/// closes it: F3 toggles the findings.
pub fn open(e: &mut Editor, ctx: &mut Ctx, kind: PanelKind) {
    if let Err(why) = close_editor(e) {
        ctx.error(why);
        return;
    }
    // A panel shows the advice as it is now, not as it was a moment ago.
    e.settle_advice(ctx.guide);
    let same = e.panel.is_some_and(|p| p.kind() == kind);
    e.panel = if same { None } else { Some(kind.open(e.step)) };
}

/// A key while a panel is open.
pub fn key(e: &mut Editor, ctx: &mut Ctx, action: Option<Action>) -> Vec<Effect> {
    let (Some(panel), Some(action)) = (e.panel, action) else {
        return Vec::new();
    };
    if action == Action::Back {
        e.panel = None;
        return Vec::new();
    }
    match panel {
        Panel::Findings { selected } => match action {
            Action::Up | Action::Down => {
                let selected = move_in(selected, action, e.advice.findings.len());
                e.panel = Some(Panel::Findings { selected });
            }
            Action::Enter => {
                if let Some(f) = e.advice.findings.get(selected).cloned() {
                    let at = Target {
                        item: f.item.as_deref(),
                        field: f.field.as_deref(),
                    };
                    return jump(e, ctx, f.step, &f.question, at);
                }
            }
            _ => {}
        },
        Panel::Forms {
            selected,
            scroll,
            in_details,
        } => {
            if action == Action::Enter {
                // From the comparison to the question where the form is chosen.
                let form = crate::advice::ids::FORM;
                if let Some(at) = ctx.guide.question(form) {
                    return jump(e, ctx, at.step, form, Target::default());
                }
            }
            e.panel = Some(match (action, in_details) {
                (Action::Up | Action::Down, false) => Panel::Forms {
                    selected: move_in(selected, action, form_count()),
                    scroll: 0,
                    in_details,
                },
                (Action::NextField | Action::PrevField, _) => Panel::Forms {
                    selected,
                    scroll,
                    in_details: !in_details,
                },
                (Action::ScrollUp, true) => Panel::Forms {
                    selected,
                    scroll: scroll.saturating_sub(1),
                    in_details,
                },
                (Action::ScrollDown, true) => Panel::Forms {
                    selected,
                    scroll: scroll.saturating_add(1),
                    in_details,
                },
                _ => panel,
            });
        }
        Panel::Raad { selected } => match action {
            Action::Up | Action::Down => {
                let selected = move_in(selected, action, e.advice.raad.len());
                e.panel = Some(Panel::Raad { selected });
            }
            Action::Enter => {
                if let Some(m) = e.advice.raad.get(selected) {
                    let (step, question) = (m.step, m.question.clone());
                    return jump(e, ctx, step, &question, Target::default());
                }
            }
            _ => {}
        },
        Panel::Case { scroll } => {
            let scroll = match action {
                Action::ScrollUp => scroll.saturating_sub(1),
                Action::ScrollDown => scroll.saturating_add(1),
                _ => scroll,
            };
            e.panel = Some(Panel::Case { scroll });
        }
        Panel::Overview { selected } => match action {
            Action::Up | Action::Down => {
                let selected = move_in(selected, action, ctx.guide.steps.len());
                e.panel = Some(Panel::Overview { selected });
            }
            Action::Enter => {
                e.panel = None;
                if selected != e.step {
                    return go_to_step(e, ctx, selected);
                }
            }
            _ => {}
        },
    }
    Vec::new()
}

//! Input on the screens beside the questions: findings, form aid, raad,
//! overview.

use crate::advice::forms::form_count;
use crate::plan::progress::open_in;
use crate::tui::drawn::{Pane, scrolled_by};
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

/// The number of rows in a panel's list.
fn rows(e: &Editor, ctx: &Ctx, kind: PanelKind) -> usize {
    match kind {
        PanelKind::Findings => e.advice.findings.len(),
        PanelKind::Forms => form_count(),
        PanelKind::Raad => e.advice.raad.len(),
        PanelKind::Overview => ctx.guide.steps.len(),
        PanelKind::Case => 0,
    }
}

/// A key while a panel is open: ↑/↓ choose a row (its details start at
/// the top), PgUp/PgDn and Home/End scroll the details, Enter goes to the
/// question the row is about.
pub fn key(e: &mut Editor, ctx: &mut Ctx, action: Option<Action>) -> Vec<Effect> {
    let (Some(mut panel), Some(action)) = (e.panel, action) else {
        return Vec::new();
    };
    let details = ctx.drawn.view(Pane::Details, 0);
    let page = i32::from(details.map_or(10, |v| v.page()));
    match action {
        Action::Back => {
            e.panel = None;
            return Vec::new();
        }
        Action::Up | Action::Down => {
            let moved = move_in(panel.selected, action, rows(e, ctx, panel.kind));
            if moved != panel.selected {
                panel.selected = moved;
                panel.scroll = 0;
            }
        }
        Action::PageDown => panel.scroll = scrolled_by(panel.scroll, page, details),
        Action::PageUp => panel.scroll = scrolled_by(panel.scroll, -page, details),
        Action::ScrollDown => panel.scroll = scrolled_by(panel.scroll, 1, details),
        Action::ScrollUp => panel.scroll = scrolled_by(panel.scroll, -1, details),
        Action::Top => panel.scroll = 0,
        Action::Bottom => panel.scroll = scrolled_by(u16::MAX, 0, details),
        Action::Enter => return go(e, ctx, panel),
        _ => {}
    }
    e.panel = Some(panel);
    Vec::new()
}

/// Enter on a panel's row: to the question (and item and field) it is
/// about; on a step of the overview, to that step.
pub fn go(e: &mut Editor, ctx: &mut Ctx, panel: Panel) -> Vec<Effect> {
    let selected = panel.selected;
    match panel.kind {
        PanelKind::Findings => {
            if let Some(f) = e.advice.findings.get(selected).cloned() {
                let at = Target {
                    item: f.item.as_deref(),
                    field: f.field.as_deref(),
                };
                return jump(e, ctx, f.step, &f.question, at);
            }
        }
        PanelKind::Forms => {
            // From the comparison to the question where the form is chosen.
            let form = crate::advice::ids::FORM;
            if let Some(at) = ctx.guide.question(form) {
                return jump(e, ctx, at.step, form, Target::default());
            }
        }
        PanelKind::Raad => {
            if let Some(m) = e.advice.raad.get(selected) {
                let (step, question) = (m.step, m.question.clone());
                return jump(e, ctx, step, &question, Target::default());
            }
        }
        // To the first answer of the step that is still open (W12), else
        // to the step.
        // The case is text only: nothing to go to.
        PanelKind::Case => {}
        PanelKind::Overview => {
            let first = ctx
                .guide
                .steps
                .get(selected)
                .and_then(|s| open_in(&e.plan, s).into_iter().next());
            if let Some(open) = first {
                let at = Target {
                    item: open.item.as_deref(),
                    field: open.field.as_deref(),
                };
                return jump(e, ctx, selected, &open.question, at);
            }
            e.panel = None;
            if selected != e.step {
                return go_to_step(e, ctx, selected);
            }
        }
    }
    Vec::new()
}

//! Input on the screens beside the questions (findings, form aid, raad,
//! overview) and in the export dialog.

use crate::advice::forms::form_count;
use crate::advice::raad::raad_moments;
use crate::export::Format;
use crate::guide::{Guide, Kind};
use crate::tui::field::Outcome;
use crate::tui::keymap::Action;
use crate::tui::state::{Editor, Message, Panel, View};

use super::Effect;
use super::editor::go_to_step;

/// What the export dialog offers, in its order: the one list of formats,
/// less those only the command line offers.
pub fn export_formats() -> Vec<Format> {
    Format::all()
        .iter()
        .copied()
        .filter(|f| f.in_app())
        .collect()
}

/// Open a panel (or the export dialog) for one of the F-key actions. An
/// open text editor is closed first, unless its text cannot be kept.
pub fn open(e: &mut Editor, guide: &Guide, action: Action, msg: &mut Option<Message>) {
    if let Err(why) = close_editor(e) {
        *msg = Some(Message::error(why));
        return;
    }
    // A panel shows the advice as it is now, not as it was a moment ago.
    e.settle_advice(guide);
    let panel = match action {
        Action::ShowFindings => Panel::Findings { selected: 0 },
        Action::ShowForms => Panel::Forms {
            selected: 0,
            scroll: 0,
            in_details: false,
        },
        Action::ShowRaad => Panel::Raad { selected: 0 },
        Action::ShowOverview => Panel::Overview { selected: e.step },
        Action::ShowExport => {
            e.export = Some(0);
            return;
        }
        _ => return,
    };
    // The same key again closes it: F3 toggles the findings.
    let same = e
        .panel
        .is_some_and(|p| std::mem::discriminant(&p) == std::mem::discriminant(&panel));
    e.panel = if same { None } else { Some(panel) };
}

/// Close the field editor of the form or an item, keeping the view.
fn close_editor(e: &mut Editor) -> Result<(), String> {
    let edit = match &mut e.view {
        View::Form { edit } | View::Record { edit, .. } => edit,
        View::List { .. } => return Ok(()),
    };
    if let Some(Outcome::Refused(why)) = edit.as_ref().map(|fe| fe.finish()) {
        return Err(why);
    }
    *edit = None;
    Ok(())
}

fn step(selected: usize, action: Action, len: usize) -> usize {
    match action {
        Action::Up => selected.saturating_sub(1),
        _ => (selected + 1).min(len.saturating_sub(1)),
    }
}

/// A key while a panel is open.
pub fn key(
    e: &mut Editor,
    guide: &Guide,
    action: Option<Action>,
    msg: &mut Option<Message>,
) -> Vec<Effect> {
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
                let selected = step(selected, action, e.findings.len());
                e.panel = Some(Panel::Findings { selected });
            }
            Action::Enter => {
                if let Some(f) = e.findings.get(selected).cloned() {
                    let at = Target {
                        item: f.item.as_deref(),
                        field: f.field.as_deref(),
                    };
                    return jump(e, guide, f.step, &f.question, at, msg);
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
                if let Some(at) = guide.question(form) {
                    return jump(e, guide, at.step, form, Target::default(), msg);
                }
            }
            let count = form_count();
            e.panel = Some(match (action, in_details) {
                (Action::Up | Action::Down, false) => Panel::Forms {
                    selected: step(selected, action, count),
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
        Panel::Raad { selected } => {
            let moments = raad_moments(guide, &e.plan);
            match action {
                Action::Up | Action::Down => {
                    let selected = step(selected, action, moments.len());
                    e.panel = Some(Panel::Raad { selected });
                }
                Action::Enter => {
                    if let Some(m) = moments.get(selected) {
                        let question = m.question.clone();
                        return jump(e, guide, m.step, &question, Target::default(), msg);
                    }
                }
                _ => {}
            }
        }
        Panel::Overview { selected } => match action {
            Action::Up | Action::Down => {
                let selected = step(selected, action, guide.steps.len());
                e.panel = Some(Panel::Overview { selected });
            }
            Action::Enter => {
                e.panel = None;
                if selected != e.step {
                    return go_to_step(e, guide, selected, msg);
                }
            }
            _ => {}
        },
    }
    Vec::new()
}

/// Go to a question (and the item it concerns) from a panel.
/// Where in a question a jump lands: a list item, and a field of it.
#[derive(Default)]
struct Target<'a> {
    item: Option<&'a str>,
    field: Option<&'a str>,
}

fn jump(
    e: &mut Editor,
    guide: &Guide,
    step: usize,
    question: &str,
    at: Target,
    msg: &mut Option<Message>,
) -> Vec<Effect> {
    let item = at.item;
    e.panel = None;
    let effects = if step == e.step {
        e.view = View::Form { edit: None };
        Vec::new()
    } else {
        go_to_step(e, guide, step, msg)
    };
    if e.step != step {
        return effects; // the step change was refused; its message says why
    }
    if let Some(i) = e.visible(guide).iter().position(|q| q.id == question) {
        e.focus = i;
    }
    let is_list = matches!(
        guide.question(question).map(|r| &r.question.kind),
        Some(Kind::List { .. } | Kind::PerItem { .. })
    );
    if let Some(item) = item
        && is_list
        && e.list_items(guide, question).iter().any(|i| i.id == item)
    {
        // On the field the finding is about (W26), else the first.
        let focus = at
            .field
            .and_then(|f| {
                e.visible_fields(guide, question, item)
                    .iter()
                    .position(|q| q.id == f)
            })
            .unwrap_or(0);
        e.view = View::Record {
            question: question.to_string(),
            item: item.to_string(),
            focus,
            edit: None,
        };
    }
    effects
}

/// A key in the export dialog.
pub fn export_key(e: &mut Editor, action: Option<Action>) -> Vec<Effect> {
    let Some(selected) = e.export else {
        return Vec::new();
    };
    match action {
        Some(a @ (Action::Up | Action::Down)) => {
            e.export = Some(step(selected, a, export_formats().len()));
        }
        Some(Action::Enter) => {
            e.export = None;
            if let Some(format) = export_formats().get(selected) {
                return vec![Effect::Export(*format)];
            }
        }
        Some(Action::Back) => e.export = None,
        _ => {}
    }
    Vec::new()
}

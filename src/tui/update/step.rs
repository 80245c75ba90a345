//! Moving through the plan: to another step, or straight to a question
//! (and the item it concerns) from a finding or a panel.

use crate::guide::Guide;
use crate::plan::Answer;
use crate::text::Txt;
use crate::tui::effect::{Effect, Then};
use crate::tui::state::{Editor, FieldEditor, ListOf, View};

use super::field::Outcome;
use super::{Ctx, save};

/// Close the field editor of the form or an item, keeping the view,
/// unless its text cannot be kept (then: why).
pub fn close_editor(e: &mut Editor) -> Result<(), String> {
    let edit = match &mut e.view {
        View::Form { edit } | View::Record { edit, .. } => edit,
        View::List { .. } => return Ok(()),
    };
    if let Some(Outcome::Refused(why)) = edit.as_ref().map(FieldEditor::finish) {
        return Err(why);
    }
    if edit.take().is_some() {
        e.history.seal();
    }
    Ok(())
}

/// An item left completely empty (added by accident) is dropped when the
/// user leaves it: it holds nothing to lose.
pub fn drop_if_empty(e: &mut Editor, guide: &Guide, question: &str, item: &str) {
    let own_list = matches!(ListOf::question(guide, question), Some(ListOf::Own { .. }));
    let empty = e
        .plan
        .item(question, item)
        .is_some_and(|i| i.fields.values().all(Answer::is_empty));
    if own_list && empty {
        e.plan.remove_item(question, item);
        e.revision += 1;
        e.history.forget_item(question, item);
    }
}

/// Close whatever editor is open and go back to the questions, unless the
/// open editor's text cannot be kept.
fn leave_views(e: &mut Editor, guide: &Guide) -> Result<(), String> {
    close_editor(e)?;
    if let View::Record { question, item, .. } = &e.view {
        let (question, item) = (question.clone(), item.clone());
        drop_if_empty(e, guide, &question, &item);
    }
    e.view = View::Form { edit: None };
    Ok(())
}

/// Go to step `target`: closes editors and saves (a step change is a
/// natural moment to write the plan).
pub fn go_to_step(e: &mut Editor, ctx: &mut Ctx, target: usize) -> Vec<Effect> {
    let Some(step) = ctx.guide.steps.get(target) else {
        ctx.info(Txt::MsgLastStep.get());
        return Vec::new();
    };
    if let Err(why) = leave_views(e, ctx.guide) {
        ctx.error(why);
        return Vec::new();
    }
    e.step = target;
    e.focus = 0;
    e.panel = None;
    e.plan.step.clone_from(&step.id);
    e.revision += 1;
    // As before: the user sees that the plan was saved.
    vec![save::job(e, ctx.guide, ctx.now, Then::Confirm)]
}

/// Where in a question a jump lands: a list item, and a field of it.
#[derive(Default)]
pub struct Target<'a> {
    pub item: Option<&'a str>,
    pub field: Option<&'a str>,
}

/// Go to a question (and the item and field it concerns) from a panel.
pub fn jump(e: &mut Editor, ctx: &mut Ctx, step: usize, question: &str, at: Target) -> Vec<Effect> {
    let item = at.item;
    e.panel = None;
    let effects = if step == e.step {
        e.view = View::Form { edit: None };
        Vec::new()
    } else {
        go_to_step(e, ctx, step)
    };
    if e.step != step {
        return effects; // the step change was refused; its message says why
    }
    if let Some(i) = e.visible(ctx.guide).iter().position(|q| q.id == question) {
        e.focus = i;
    }
    let is_list = ListOf::question(ctx.guide, question).is_some();
    if let Some(item) = item
        && is_list
        && e.list_items(ctx.guide, question)
            .iter()
            .any(|i| i.id == item)
    {
        // On the field the finding is about (W26), else the first.
        let focus = at
            .field
            .and_then(|f| {
                e.visible_fields(ctx.guide, question, item)
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

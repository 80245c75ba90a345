//! Changes told in plain Dutch, one line each, grouped by step.

use crate::guide::Guide;
use crate::present::capitalise;
use crate::text::Doc;

use super::{Change, Edit, MetaField, What};

/// The changes as text: a heading per step (or "Plan"), then one line per
/// change; "Geen verschillen." when there are none.
pub fn render(guide: &Guide, changes: &[Change]) -> String {
    if changes.is_empty() {
        return format!("{}\n", Doc::DiffNone.get());
    }
    let mut out = String::new();
    let mut group = None;
    for change in changes {
        let heading = Some(change.step);
        if group != heading {
            if group.is_some() {
                out.push('\n');
            }
            group = heading;
            out.push_str(&step_heading(guide, change));
            out.push('\n');
        }
        out.push_str("- ");
        out.push_str(&line(&change.what));
        out.push('\n');
    }
    out
}

fn step_heading(guide: &Guide, change: &Change) -> String {
    match change.step.and_then(|s| guide.steps.get(s)) {
        Some(step) => step.title.clone(),
        None if matches!(change.what, What::Meta { .. }) => Doc::DiffPlan.get().to_string(),
        None => Doc::DiffOther.get().to_string(),
    }
}

/// One change as a sentence without the full stop.
pub fn line(what: &What) -> String {
    match what {
        What::Meta { field, edit } => {
            let name = match field {
                MetaField::Title => Doc::DiffTitle,
                MetaField::Gemeente => Doc::DiffGemeente,
                MetaField::Author => Doc::DiffAuthor,
            };
            edit_line(name.get(), edit)
        }
        What::Answer { question, edit } => edit_line(&quote(question), edit),
        What::ItemAdded { noun, name } => {
            Doc::DiffItemAdded.fill(&[&capitalise(noun), &quote(name)])
        }
        What::ItemRemoved { noun, name } => {
            Doc::DiffItemRemoved.fill(&[&capitalise(noun), &quote(name)])
        }
        What::ItemChanged {
            noun,
            name,
            field,
            edit,
        } => Doc::DiffItemField.fill(&[
            &capitalise(noun),
            &quote(name),
            &edit_line(&quote(field), edit),
        ]),
        What::Reordered { question } => Doc::DiffReordered.fill(&[&quote(question)]),
    }
}

fn edit_line(subject: &str, edit: &Edit) -> String {
    match edit {
        Edit::Added(new) => Doc::DiffAdded.fill(&[&subject, &quote(new)]),
        Edit::Removed(old) => Doc::DiffRemoved.fill(&[&subject, &quote(old)]),
        Edit::Changed { old, new } => Doc::DiffChanged.fill(&[&subject, &quote(old), &quote(new)]),
    }
}

/// A value on one line, in quotes: line breaks become spaces.
fn quote(text: &str) -> String {
    format!(
        "\"{}\"",
        text.split_whitespace().collect::<Vec<_>>().join(" ")
    )
}

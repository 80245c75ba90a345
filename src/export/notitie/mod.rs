//! The plan as a notitie: a title block, a one-page summary, the steps
//! with their answers, the advice in full, what is still open, and the
//! sources. Built once as a [`Document`]; Markdown, HTML and Word render it.

mod advice;
mod steps;
mod summary;

use jiff::tz::TimeZone;

use crate::guide::Guide;
use crate::plan::Plan;
use crate::plan::progress;
use crate::present::{format_date_long, format_datetime};
use crate::text::Doc;

use super::Extras;
use super::model::{Block, Document, Part, TitleBlock};

pub(crate) fn build(guide: &Guide, plan: &Plan, extras: &Extras) -> Document {
    let tz = &extras.tz;
    let report = &extras.report;
    let steps = steps::build(guide, plan, extras.all_questions);
    let mut body = vec![Block::Section {
        part: Part::Summary,
        blocks: summary::build(guide, plan, report),
    }];
    body.push(Block::Section {
        part: Part::Steps,
        blocks: steps.blocks,
    });
    if !report.is_empty() {
        body.push(Block::Section {
            part: Part::Advice,
            blocks: advice::build(guide, report),
        });
    }
    if !steps.open.is_empty() {
        body.push(Block::Section {
            part: Part::Open,
            blocks: steps.open,
        });
    }
    let sources = advice::sources(guide, report);
    if !sources.is_empty() {
        body.push(Block::Section {
            part: Part::Sources,
            blocks: sources,
        });
    }
    Document {
        title: title_block(guide, plan, tz),
        body,
        footer: Doc::Footer.fill(&[&format_datetime(plan.meta.updated, tz)]),
    }
}

/// Title, gemeente, fractie, author, date and version; what the plan does
/// not say is left out.
fn title_block(guide: &Guide, plan: &Plan, tz: &TimeZone) -> TitleBlock {
    let meta = &plan.meta;
    let total = progress::overview(plan, guide).total;
    // The date the author gave the notitie, else that of the last change.
    let updated = meta
        .date
        .unwrap_or_else(|| meta.updated.to_zoned_datetime(tz.clone()).date());
    let version = Doc::VersionLine.fill(&[
        &format_datetime(meta.updated, tz),
        &total.answered,
        &total.total,
    ]);
    let rows: Vec<(String, String)> = [
        (Doc::MetaGemeente, meta.gemeente.trim().to_string()),
        (Doc::MetaFractie, meta.fractie.trim().to_string()),
        (Doc::MetaAuthor, meta.author.trim().to_string()),
        (Doc::MetaDate, format_date_long(updated)),
        (Doc::MetaVersion, version),
    ]
    .into_iter()
    .filter(|(_, v)| !v.is_empty())
    .map(|(label, v)| (label.get().to_string(), v))
    .collect();
    TitleBlock {
        kicker: Doc::PlanKicker.get().to_string(),
        title: meta.title.trim().to_string(),
        rows,
    }
}

/// "Label: value" joined the way a sentence would: a label that ends in a
/// question mark or colon needs no colon of its own.
pub(crate) fn label_sep(label: &str) -> &'static str {
    if label.trim_end().ends_with(['?', ':']) {
        " "
    } else {
        ": "
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn label_separators_follow_the_punctuation() {
        assert_eq!(label_sep("Wat is het doel?"), " ");
        assert_eq!(label_sep("Kies:"), " ");
        assert_eq!(label_sep("Doel"), ": ");
    }
}

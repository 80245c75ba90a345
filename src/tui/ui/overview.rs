//! F6, the overview: per step its self-scan light and why, and in the
//! details how far the step is and which answers are still open, by
//! question, item and field (W12); Enter goes to the first of them.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use crate::guide::{Guide, Step};
use crate::plan::progress::{Open, applies, open_in};
use crate::present::{capitalise, item_noun, item_title, title_field};
use crate::text::{Txt, fill};
use crate::tui::drawn::Drawn;
use crate::tui::keymap::say;
use crate::tui::state::{App, Editor, ListOf, Panel};

use super::common::truncate;
use super::details::{Split, list_with_details, scan_light};
use super::theme;

pub fn render(
    app: &App,
    e: &Editor,
    panel: Panel,
    frame: &mut Frame,
    area: Rect,
    drawn: &mut Drawn,
) {
    let rows: Vec<Line> = app
        .guide
        .steps
        .iter()
        .enumerate()
        .map(|(i, step)| {
            let (mark, name, style) = scan_light(e, i);
            let reason = e
                .advice
                .scan
                .get(i)
                .map(|s| s.reason.clone())
                .unwrap_or_default();
            Line::from(vec![
                Span::styled(format!("{mark} {:<7}", name.get()), style),
                Span::styled(format!("{i} {:<11} ", step.short_title), theme::title()),
                Span::raw(truncate(&reason, area.width.saturating_sub(26))),
            ])
        })
        .collect();
    let total = fill(
        Txt::AnsweredOf,
        &[&e.overview.total.answered, &e.overview.total.total],
    );
    let mut details = Vec::new();
    if let (Some(step), Some(scan)) = (
        app.guide.steps.get(panel.selected),
        e.advice.scan.get(panel.selected),
    ) {
        let (mark, name, style) = scan_light(e, panel.selected);
        details.push(Line::from(vec![
            Span::styled(step.title.clone(), theme::title()),
            Span::styled(format!(" — {mark} {}", name.get()), style),
        ]));
        details.push(Line::raw(scan.reason.clone()));
        details.push(Line::raw(""));
        let progress = e
            .overview
            .steps
            .get(panel.selected)
            .map(|(p, _)| *p)
            .unwrap_or_default();
        details.push(Line::raw(fill(
            Txt::StepProgress,
            &[&progress.answered, &progress.total],
        )));
        let open = open_in(&e.plan, step);
        if open.is_empty() {
            details.push(Line::styled(Txt::OverviewNoneOpen.get(), theme::ok()));
        } else {
            details.push(Line::styled(Txt::OverviewOpen.get(), theme::title()));
            for o in &open {
                details.push(Line::raw(format!(
                    "  • {}",
                    describe(&app.guide, e, step, o)
                )));
            }
            details.push(Line::styled(say(Txt::OverviewEnter, &[]), theme::hint()));
        }
        details.push(Line::raw(""));
    }
    details.push(Line::styled(
        format!("{}: {total}", Txt::Progress.get()),
        theme::title(),
    ));
    details.push(Line::styled(Txt::LegendLights.get(), theme::dim()));
    let split = Split {
        title: Txt::OverviewTitle.get(),
        rows,
        empty: "",
        details,
    };
    list_with_details(split, panel, frame, area, drawn);
}

/// An open answer in words: 'Vraag 4: Welke rol …' or 'Taak "Afval":
/// Waarom samen?'.
fn describe(guide: &Guide, e: &Editor, step: &Step, open: &Open) -> String {
    let Some(q) = guide.question(&open.question).map(|r| r.question) else {
        return open.question.clone();
    };
    let (Some(item), Some(field)) = (&open.item, &open.field) else {
        let number = step
            .questions
            .iter()
            .filter(|q| applies(&e.plan, q))
            .position(|x| x.id == q.id)
            .map_or(0, |i| i + 1);
        return fill(Txt::OpenQuestion, &[&number, &q.label]);
    };
    let title = e
        .list_items(guide, &open.question)
        .iter()
        .find(|i| &i.id == item)
        .map(|i| {
            let list = match ListOf::of(&q.kind) {
                Some(ListOf::PerItem { list, .. }) => list,
                Some(ListOf::Own { .. }) | None => open.question.as_str(),
            };
            item_title(i, title_field(guide, list))
        })
        .unwrap_or_default();
    let label = q
        .kind
        .fields()
        .iter()
        .find(|f| &f.id == field)
        .map_or(field.as_str(), |f| f.label.as_str());
    let noun = capitalise(&item_noun(guide, &open.question));
    fill(Txt::OpenField, &[&noun, &title, &label])
}

//! F6, the overview: per step its self-scan light and why, and in the
//! details how far the step is.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use crate::text::{Txt, fill};
use crate::tui::drawn::Drawn;
use crate::tui::state::{App, Editor, Panel};

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

//! The step list with a status mark per step, and overall progress.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use unicode_width::UnicodeWidthStr;

use crate::guide::Guide;
use crate::plan::StepStatus;
use crate::text::{Txt, fill};
use crate::tui::drawn::{Drawn, Hit};
use crate::tui::state::Editor;

use super::common::{light, panel, status_mark, truncate};
use super::theme;

pub fn render(guide: &Guide, e: &Editor, frame: &mut Frame, area: Rect, drawn: &mut Drawn) {
    let block = panel(Txt::Steps.get());
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let step_rows = u16::try_from(guide.steps.len()).unwrap_or(u16::MAX);
    // The legend explains the marks when there is room for it.
    let legend_rows = if inner.height >= step_rows + 4 + 7 {
        7
    } else {
        0
    };
    let [steps_area, legend_area, _, progress_area] = Layout::vertical([
        Constraint::Length(step_rows),
        Constraint::Length(legend_rows),
        Constraint::Min(0),
        Constraint::Length(4),
    ])
    .areas(inner);
    let marks = [
        (StepStatus::NotStarted, Txt::StatusNotStarted),
        (StepStatus::InProgress, Txt::StatusInProgress),
        (StepStatus::Complete, Txt::StatusComplete),
    ]
    .into_iter()
    .map(|(status, label)| {
        Line::styled(
            format!("  {} {}", status_mark(status), label.get()),
            theme::dim(),
        )
    });
    let lights = [
        (crate::advice::scan::Light::Green, Txt::LegendGreen),
        (crate::advice::scan::Light::Amber, Txt::LegendAmber),
        (crate::advice::scan::Light::Red, Txt::LegendRed),
    ]
    .into_iter()
    .map(|(l, label)| {
        let (mark, _, style) = light(l);
        Line::from(vec![
            Span::styled(format!("  {mark} "), style),
            Span::styled(label.get(), theme::dim()),
        ])
    });
    let legend: Vec<Line> = std::iter::once(Line::raw(""))
        .chain(marks)
        .chain(lights)
        .collect();
    frame.render_widget(Paragraph::new(legend), legend_area);
    let overview = &e.overview;
    let lines: Vec<Line> = guide
        .steps
        .iter()
        .zip(&overview.steps)
        .enumerate()
        .map(|(i, (step, (_, status)))| {
            let mark = status_mark(*status);
            let current = i == e.step;
            // The self-scan light at the end of the line, as a sign and a colour.
            let (light, _, light_style) = e
                .advice
                .scan
                .get(i)
                .map_or((" ", Txt::LightAmber, Style::new()), |s| light(s.light));
            let name_width = inner.width.saturating_sub(8);
            let name = truncate(&step.short_title, name_width);
            let pad = usize::from(name_width).saturating_sub(name.width());
            let marker = if current { "›" } else { " " };
            let text = format!("{marker} {mark} {i} {name}{}", " ".repeat(pad));
            let style = if current {
                theme::focus()
            } else {
                Style::new()
            };
            Line::from(vec![
                Span::styled(text, style),
                Span::styled(format!(" {light}"), light_style),
            ])
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), steps_area);
    for i in 0..guide.steps.len() {
        let y = steps_area.y + u16::try_from(i).unwrap_or(u16::MAX);
        if y < steps_area.y + steps_area.height {
            drawn.zone(
                Rect {
                    y,
                    height: 1,
                    ..steps_area
                },
                Hit::Step(i),
            );
        }
    }

    let progress = overview.total;
    let [label, gauge, count, here] =
        Layout::vertical([Constraint::Length(1); 4]).areas(progress_area);
    frame.render_widget(
        Paragraph::new(Line::styled(Txt::Progress.get(), theme::title())),
        label,
    );
    frame.render_widget(Paragraph::new(bar(progress.percent(), gauge.width)), gauge);
    let counted = fill(Txt::AnsweredOf, &[&progress.answered, &progress.total]);
    frame.render_widget(
        Paragraph::new(Line::styled(truncate(&counted, count.width), theme::dim())),
        count,
    );
    // How far the step on screen is; F6 says what is still open in it.
    if let Some((step, _)) = overview.steps.get(e.step) {
        let text = fill(Txt::StepProgress, &[&step.answered, &step.total]);
        frame.render_widget(
            Paragraph::new(Line::styled(truncate(&text, here.width), theme::dim())),
            here,
        );
    }
}

/// A progress bar with the percentage beside it, never on it (W10):
/// "███████░░░░░  43%". The filled part is a shape, not only a colour.
fn bar(percent: u16, width: u16) -> Line<'static> {
    let label = format!(" {percent:>3}%");
    let room = usize::from(width).saturating_sub(label.width());
    let filled = room * usize::from(percent.min(100)) / 100;
    Line::from(vec![
        Span::styled("█".repeat(filled), theme::ok()),
        Span::styled("░".repeat(room - filled), theme::dim()),
        Span::raw(label),
    ])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_percentage_stands_beside_the_bar() {
        let text: String = bar(43, 20)
            .spans
            .iter()
            .map(|s| s.content.as_ref())
            .collect();
        assert_eq!(text.width(), 20);
        assert!(text.ends_with("░  43%"), "{text}");
        let full: String = bar(100, 20)
            .spans
            .iter()
            .map(|s| s.content.as_ref())
            .collect();
        assert!(full.ends_with("█ 100%"), "{full}");
    }
}

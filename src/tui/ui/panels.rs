//! The screens beside the questions: findings, the legal-form aid, what the
//! plan asks of the raad, and the overview of all steps; and the export
//! dialog.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Wrap};

use crate::advice::raad::MomentStatus;
use crate::advice::{Finding, Severity};
use crate::text::{Txt, fill};
use crate::tui::state::{App, Editor, Panel};

use super::common::{light, role_name, truncate, wrap};
use super::{form_aid, theme};

pub fn render(app: &App, e: &Editor, panel: Panel, frame: &mut Frame, area: Rect) {
    let inner = Rect {
        x: area.x + 1,
        width: area.width.saturating_sub(1),
        ..area
    };
    match panel {
        Panel::Findings { selected } => findings(e, selected, frame, inner),
        Panel::Forms {
            selected,
            scroll,
            in_details,
        } => form_aid::render(e, selected, scroll, in_details, frame, inner),
        Panel::Raad { selected } => raad(e, selected, frame, inner),
        Panel::Overview { selected } => overview(app, e, selected, frame, inner),
        Panel::Case { scroll } => super::case::render(e, &app.guide, scroll, frame, inner),
    }
}

/// Title, a list with one row selected, and a details box under it.
fn list_with_details(
    title: &str,
    rows: Vec<Line<'static>>,
    selected: usize,
    empty: &str,
    details: Vec<Line<'static>>,
    frame: &mut Frame,
    area: Rect,
) {
    let details_rows = (area.height / 2).clamp(3, 10);
    let [title_area, list_area, details_area] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Min(1),
        Constraint::Length(details_rows),
    ])
    .areas(area);
    frame.render_widget(
        Paragraph::new(Line::styled(title.to_string(), theme::title())),
        title_area,
    );
    if rows.is_empty() {
        let lines: Vec<Line> = wrap(empty, list_area.width)
            .into_iter()
            .map(|l| Line::styled(l, theme::hint()))
            .collect();
        frame.render_widget(Paragraph::new(lines), list_area);
        return;
    }
    let visible = usize::from(list_area.height).max(1);
    let first = selected.saturating_sub(visible - 1);
    let lines: Vec<Line> = rows
        .into_iter()
        .enumerate()
        .skip(first)
        .take(visible)
        .map(|(i, line)| {
            let marker = if i == selected { "› " } else { "  " };
            let mut spans = vec![Span::raw(marker)];
            spans.extend(line.spans);
            let line = Line::from(spans);
            if i == selected {
                line.style(theme::focus())
            } else {
                line
            }
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), list_area);
    let block = Block::new()
        .borders(Borders::TOP)
        .border_style(theme::dim());
    let inner = block.inner(details_area);
    frame.render_widget(block, details_area);
    frame.render_widget(Paragraph::new(details).wrap(Wrap { trim: true }), inner);
}

fn severity_label(f: &Finding) -> (&'static str, Style) {
    match f.severity {
        Severity::Warning => (Txt::FindingWarning.get(), theme::error()),
        Severity::Hint => (Txt::FindingHint.get(), theme::focus_label()),
    }
}

fn findings(e: &Editor, selected: usize, frame: &mut Frame, area: Rect) {
    let rows: Vec<Line> = e
        .advice
        .findings
        .iter()
        .map(|f| {
            let (label, style) = severity_label(f);
            let step = fill(Txt::FindingStep, &[&f.step]);
            let used = step.chars().count() + label.chars().count() + 4;
            let room = area
                .width
                .saturating_sub(u16::try_from(used).unwrap_or(u16::MAX));
            Line::from(vec![
                Span::styled(step, theme::dim()),
                Span::styled(format!("{label}: "), style),
                Span::raw(truncate(&f.message, room)),
            ])
        })
        .collect();
    let details = e
        .advice
        .findings
        .get(selected)
        .map(|f| {
            let (label, style) = severity_label(f);
            let mut lines = vec![Line::from(vec![
                Span::styled(format!("{label}: "), style),
                Span::raw(f.message.clone()),
            ])];
            for (head, text) in [
                (Txt::FindingWhy, &f.why),
                (Txt::FindingSource, &f.source),
                (Txt::FindingAction, &f.action),
            ] {
                if !text.trim().is_empty() {
                    lines.push(Line::from(vec![
                        Span::styled(format!("{}: ", head.get()), theme::title()),
                        Span::raw(text.clone()),
                    ]));
                }
            }
            lines
        })
        .unwrap_or_default();
    list_with_details(
        Txt::FindingsTitle.get(),
        rows,
        selected,
        Txt::FindingsNone.get(),
        details,
        frame,
        area,
    );
}

fn raad(e: &Editor, selected: usize, frame: &mut Frame, area: Rect) {
    let moments = &e.advice.raad;
    let rows: Vec<Line> = moments
        .iter()
        .map(|m| {
            let (mark, status, style) = match m.status {
                MomentStatus::Planned => ("✓", Txt::RaadPlanned, theme::ok()),
                MomentStatus::Described => ("…", Txt::RaadDescribed, theme::warn()),
                MomentStatus::NotPlanned => ("✗", Txt::RaadNotPlanned, theme::error()),
                MomentStatus::Unknown => ("?", Txt::RaadUnknown, theme::dim()),
                MomentStatus::Applies => ("•", Txt::RaadApplies, theme::dim()),
            };
            Line::from(vec![
                Span::styled(format!("{mark} "), style),
                Span::raw(truncate(&m.title, area.width.saturating_sub(20))),
                Span::styled(format!(" — {}", status.get()), style),
            ])
        })
        .collect();
    let roles: Vec<String> = e
        .advice
        .roles
        .iter()
        .map(|r| format!("{} {}", role_name(r.role), r.questions.len()))
        .collect();
    let mut details: Vec<Line> = moments
        .get(selected)
        .map(|m| {
            vec![
                Line::styled(m.title.clone(), theme::title()),
                Line::raw(m.detail.clone()),
            ]
        })
        .unwrap_or_default();
    details.push(Line::styled(
        fill(Txt::RaadRoles, &[&roles.join(" · ")]),
        theme::dim(),
    ));
    details.push(Line::styled(Txt::RaadRolesExplained.get(), theme::dim()));
    list_with_details(
        Txt::RaadTitle.get(),
        rows,
        selected,
        "",
        details,
        frame,
        area,
    );
}

fn overview(app: &App, e: &Editor, selected: usize, frame: &mut Frame, area: Rect) {
    let rows: Vec<Line> = app
        .guide
        .steps
        .iter()
        .enumerate()
        .map(|(i, step)| {
            let (mark, name, style) = e
                .advice
                .scan
                .get(i)
                .map_or(("?", Txt::LightAmber, theme::dim()), |s| light(s.light));
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
    let details = vec![
        Line::styled(format!("{}: {total}", Txt::Progress.get()), theme::title()),
        Line::styled(Txt::LegendLights.get(), theme::dim()),
    ];
    list_with_details(
        Txt::OverviewTitle.get(),
        rows,
        selected,
        "",
        details,
        frame,
        area,
    );
}

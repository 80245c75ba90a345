//! The screens beside the questions: findings, the legal-form aid, what the
//! plan asks of the raad, and the overview of all steps. Each is a list
//! with the details of the selected row; the details scroll (PgUp/PgDn,
//! the wheel) and say when more follows, so no text is out of reach.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};

use crate::advice::raad::MomentStatus;
use crate::advice::{Finding, Severity};
use crate::text::{Txt, fill};
use crate::tui::drawn::Drawn;
use crate::tui::state::{App, Editor, Panel, PanelKind};

use super::common::{role_name, truncate};
use super::details::{Split, list_with_details};
use super::{form_aid, overview, theme};

pub fn render(
    app: &App,
    e: &Editor,
    panel: Panel,
    frame: &mut Frame,
    area: Rect,
    drawn: &mut Drawn,
) {
    let inner = Rect {
        x: area.x + 1,
        width: area.width.saturating_sub(1),
        ..area
    };
    match panel.kind {
        PanelKind::Findings => findings(e, panel, frame, inner, drawn),
        PanelKind::Forms => form_aid::render(e, panel, frame, inner, drawn),
        PanelKind::Raad => raad(e, panel, frame, inner, drawn),
        PanelKind::Overview => overview::render(app, e, panel, frame, inner, drawn),
        PanelKind::Case => super::case::render(e, &app.guide, panel.scroll, frame, inner, drawn),
    }
}

fn severity_label(f: &Finding) -> (&'static str, Style) {
    match f.severity {
        Severity::Warning => (Txt::FindingWarning.get(), theme::error()),
        Severity::Hint => (Txt::FindingHint.get(), theme::focus_label()),
    }
}

fn findings(e: &Editor, panel: Panel, frame: &mut Frame, area: Rect, drawn: &mut Drawn) {
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
        .get(panel.selected)
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
    let warnings = e
        .advice
        .findings
        .iter()
        .filter(|f| f.severity == Severity::Warning)
        .count();
    let hints = e.advice.findings.len() - warnings;
    let title = if e.advice.findings.is_empty() {
        Txt::FindingsTitle.get().to_string()
    } else {
        fill(Txt::FindingsCounted, &[&warnings, &hints])
    };
    let split = Split {
        title: &title,
        rows,
        empty: Txt::FindingsNone.get(),
        details,
    };
    list_with_details(split, panel, frame, area, drawn);
}

fn raad(e: &Editor, panel: Panel, frame: &mut Frame, area: Rect, drawn: &mut Drawn) {
    let moments = &e.advice.raad;
    let rows: Vec<Line> = moments
        .iter()
        .map(|m| {
            let (mark, status, style) = moment_status(m.status);
            let status = format!(" — {}", status.get());
            let room = area
                .width
                .saturating_sub(u16::try_from(status.chars().count() + 6).unwrap_or(20));
            Line::from(vec![
                Span::styled(format!("{mark} "), style),
                Span::raw(truncate(&m.title, room)),
                Span::styled(status, style),
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
        .get(panel.selected)
        .map(|m| {
            let (_, status, style) = moment_status(m.status);
            vec![
                Line::from(vec![
                    Span::styled(m.title.clone(), theme::title()),
                    Span::styled(format!(" — {}", status.get()), style),
                ]),
                Line::raw(m.detail.clone()),
                Line::raw(""),
            ]
        })
        .unwrap_or_default();
    details.push(Line::styled(
        fill(Txt::RaadRoles, &[&roles.join(" · ")]),
        theme::dim(),
    ));
    details.push(Line::styled(Txt::RaadRolesExplained.get(), theme::dim()));
    let split = Split {
        title: Txt::RaadTitle.get(),
        rows,
        empty: "",
        details,
    };
    list_with_details(split, panel, frame, area, drawn);
}

/// A raad moment's state as a sign, a word and a colour.
pub fn moment_status(status: MomentStatus) -> (&'static str, Txt, Style) {
    match status {
        MomentStatus::Planned => ("✓", Txt::RaadPlanned, theme::ok()),
        MomentStatus::Described => ("…", Txt::RaadDescribed, theme::warn()),
        MomentStatus::NotPlanned => ("✗", Txt::RaadNotPlanned, theme::error()),
        MomentStatus::Unknown => ("?", Txt::RaadUnknown, theme::dim()),
        MomentStatus::Applies => ("•", Txt::RaadApplies, theme::dim()),
    }
}

//! The screens beside the questions: findings, the legal-form aid, what the
//! plan asks of the raad, and the overview of all steps; and the export
//! dialog.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Wrap};

use crate::advice::forms::{FormAid, Reason, rank};
use crate::advice::raad::{MomentStatus, questions_by_role, raad_moments};
use crate::advice::scan::Light;
use crate::advice::{Finding, Severity};
use crate::export::Format;
use crate::text::{Txt, fill};
use crate::tui::state::{App, Editor, Panel};
use crate::tui::update::export_formats;

use super::help::role_name;
use super::values::{truncate, wrap};
use super::{dialog, theme};

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
        } => forms(app, e, selected, scroll, in_details, frame, inner),
        Panel::Raad { selected } => raad(app, e, selected, frame, inner),
        Panel::Overview { selected } => overview(app, e, selected, frame, inner),
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

fn reason_lines(
    head: Txt,
    sign: &str,
    reasons: &[Reason],
    doubt: &str,
    width: u16,
) -> Vec<Line<'static>> {
    if reasons.is_empty() {
        return Vec::new();
    }
    let mut lines = vec![Line::styled(head.get(), theme::title())];
    for r in reasons {
        let text = if r.uncertain {
            format!("{sign} {} ({doubt})", r.text)
        } else {
            format!("{sign} {}", r.text)
        };
        let style = if r.uncertain {
            theme::hint()
        } else {
            Style::new()
        };
        for (i, part) in wrap(&text, width.saturating_sub(2)).into_iter().enumerate() {
            let part = if i == 0 { part } else { format!("  {part}") };
            lines.push(Line::styled(part, style));
        }
    }
    lines.push(Line::raw(""));
    lines
}

#[allow(clippy::too_many_arguments)]
fn forms(
    app: &App,
    e: &Editor,
    selected: usize,
    scroll: u16,
    in_details: bool,
    frame: &mut Frame,
    area: Rect,
) {
    let aid: FormAid = rank(&app.guide, &e.plan);
    // The disclaimer, and what the order rests on: room for both at 80x24.
    let note = format!("{} {}", aid.disclaimer, aid.basis);
    let note_lines: Vec<Line> = wrap(&note, area.width)
        .into_iter()
        .take(6)
        .map(|l| Line::styled(l, theme::hint()))
        .collect();
    let note_rows = u16::try_from(note_lines.len()).unwrap_or(6);
    let [title_area, note_area, body] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(note_rows),
        Constraint::Min(1),
    ])
    .areas(area);
    frame.render_widget(
        Paragraph::new(Line::styled(Txt::FormsTitle.get(), theme::title())),
        title_area,
    );
    frame.render_widget(Paragraph::new(note_lines), note_area);
    let list_width = (body.width / 3).clamp(18, 30);
    let [list_area, details_area] =
        Layout::horizontal([Constraint::Length(list_width), Constraint::Min(1)]).areas(body);
    let rows: Vec<Line> = aid
        .forms
        .iter()
        .enumerate()
        .map(|(i, f)| {
            let marker = if i == selected { "›" } else { " " };
            let chosen = if f.chosen { " *" } else { "" };
            let score = format!("{:+}", f.score);
            let name_width = list_width
                .saturating_sub(u16::try_from(score.len() + chosen.len() + 3).unwrap_or(8));
            let name = truncate(&f.name, name_width);
            let pad = usize::from(name_width)
                .saturating_sub(unicode_width::UnicodeWidthStr::width(name.as_str()));
            let text = format!("{marker} {name}{}{chosen} {score}", " ".repeat(pad));
            let style = match (i == selected, in_details) {
                (true, false) => theme::focus(),
                (true, true) => theme::focus_label(),
                _ => Style::new(),
            };
            Line::styled(text, style)
        })
        .collect();
    frame.render_widget(Paragraph::new(rows), list_area);
    let Some(form) = aid.forms.get(selected) else {
        return;
    };
    let width = details_area.width.saturating_sub(2);
    let mut lines: Vec<Line> = Vec::new();
    let heading = if form.chosen {
        format!("{} ({})", form.name, Txt::FormsChosen.get())
    } else {
        form.name.clone()
    };
    lines.push(Line::styled(heading, theme::title()));
    lines.extend(wrap(&form.summary, width).into_iter().map(Line::raw));
    lines.push(Line::raw(""));
    if form.reasons_for.is_empty() && form.reasons_against.is_empty() {
        lines.push(Line::styled(Txt::FormsNothing.get(), theme::hint()));
        lines.push(Line::raw(""));
    }
    lines.extend(reason_lines(
        Txt::FormsFor,
        "+",
        &form.reasons_for,
        &aid.uncertain_label,
        width,
    ));
    lines.extend(reason_lines(
        Txt::FormsAgainst,
        "−",
        &form.reasons_against,
        &aid.uncertain_label,
        width,
    ));
    if !form.raad_instruments.is_empty() {
        lines.push(Line::styled(Txt::FormsInstruments.get(), theme::title()));
        for i in &form.raad_instruments {
            for (n, part) in wrap(&format!("• {i}"), width.saturating_sub(2))
                .into_iter()
                .enumerate()
            {
                lines.push(Line::raw(if n == 0 { part } else { format!("  {part}") }));
            }
        }
        lines.push(Line::raw(""));
    }
    // General points for and against apart, as the answers' are (C6).
    lines.extend(reason_lines(
        Txt::FormsGeneralFor,
        "+",
        &form.considerations_for,
        &aid.uncertain_label,
        width,
    ));
    lines.extend(reason_lines(
        Txt::FormsGeneralAgainst,
        "−",
        &form.considerations_against,
        &aid.uncertain_label,
        width,
    ));
    if !form.properties.is_empty() {
        lines.push(Line::styled(Txt::FormsProperties.get(), theme::title()));
        for p in &form.properties {
            let doubt = if p.uncertain {
                format!(" ({})", aid.uncertain_label)
            } else {
                String::new()
            };
            for part in wrap(&format!("{}: {}{doubt}", p.label, p.value), width) {
                lines.push(Line::styled(
                    part,
                    if p.uncertain {
                        theme::hint()
                    } else {
                        Style::new()
                    },
                ));
            }
        }
    }
    let border = if in_details {
        theme::border_active()
    } else {
        theme::dim()
    };
    let block = Block::new().borders(Borders::LEFT).border_style(border);
    let inner = block.inner(details_area);
    frame.render_widget(block, details_area);
    let max_scroll = u16::try_from(lines.len())
        .unwrap_or(u16::MAX)
        .saturating_sub(inner.height);
    frame.render_widget(
        Paragraph::new(lines).scroll((scroll.min(max_scroll), 0)),
        Rect {
            x: inner.x + 1,
            width: inner.width.saturating_sub(1),
            ..inner
        },
    );
}

fn raad(app: &App, e: &Editor, selected: usize, frame: &mut Frame, area: Rect) {
    let moments = raad_moments(&app.guide, &e.plan);
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
    let roles: Vec<String> = questions_by_role(&app.guide, &e.plan)
        .into_iter()
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

pub fn light(l: Light) -> (&'static str, Txt, Style) {
    match l {
        Light::Green => ("✓", Txt::LightGreen, theme::ok()),
        Light::Amber => ("…", Txt::LightAmber, theme::warn()),
        Light::Red => ("!", Txt::LightRed, theme::error()),
    }
}

fn overview(app: &App, e: &Editor, selected: usize, frame: &mut Frame, area: Rect) {
    let rows: Vec<Line> = app
        .guide
        .steps
        .iter()
        .enumerate()
        .map(|(i, step)| {
            let (mark, name, style) = e
                .scan
                .get(i)
                .map_or(("?", Txt::LightAmber, theme::dim()), |s| light(s.light));
            let reason = e.scan.get(i).map(|s| s.reason.clone()).unwrap_or_default();
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

pub fn export_dialog(selected: usize, frame: &mut Frame, area: Rect) {
    let rows: Vec<(String, bool)> = export_formats()
        .iter()
        .map(|f| {
            let label = match f {
                Format::Html => Txt::ExportHtml,
                Format::Docx => Txt::ExportDocx,
                Format::Markdown => Txt::ExportMarkdown,
                Format::Calendar => Txt::ExportCalendar,
                Format::Worksheet | Format::WorksheetMarkdown => Txt::ExportWorksheet,
            };
            (label.get().to_string(), false)
        })
        .collect();
    dialog::choose_list(
        Txt::ExportTitle.get(),
        "",
        Txt::ExportHint.get(),
        &rows,
        selected,
        frame,
        area,
    );
}

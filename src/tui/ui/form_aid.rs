//! The legal-form aid: the forms ranked for this plan, and for the one
//! under the cursor its reasons for and against, in a scrolling pane.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::Line;
use ratatui::widgets::{Block, Borders, Paragraph};

use crate::advice::forms::{FormAid, Reason};
use crate::text::Txt;
use crate::tui::drawn::{Drawn, Pane};
use crate::tui::state::{Editor, Panel};

use super::common::{scrolled, truncate, wrap};
use super::details::{list_rows, page_key};
use super::theme;

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

pub fn render(e: &Editor, panel: Panel, frame: &mut Frame, area: Rect, drawn: &mut Drawn) {
    let aid: &FormAid = &e.advice.forms;
    let selected = panel.selected;
    // The disclaimer stays in sight, in full; what the order rests on
    // closes every form's details (it scrolls with them).
    let note_lines: Vec<Line> = wrap(&aid.disclaimer, area.width)
        .into_iter()
        .map(|l| Line::styled(l, theme::hint()))
        .collect();
    let note_rows = u16::try_from(note_lines.len()).unwrap_or(3);
    let [title_area, note_area, body] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(note_rows),
        Constraint::Min(1),
    ])
    .areas(area);
    frame.render_widget(
        Paragraph::new(Line::styled(
            truncate(Txt::FormsTitle.get(), title_area.width),
            theme::title(),
        )),
        title_area,
    );
    frame.render_widget(Paragraph::new(note_lines), note_area);
    // A third of the width, up to what the longest name needs (at 120
    // columns "Bedrijfsvoeringsorganisatie" fits whole).
    let longest = aid
        .forms
        .iter()
        .map(|f| unicode_width::UnicodeWidthStr::width(f.name.as_str()) + 9)
        .max()
        .unwrap_or(30);
    let list_width = (body.width / 3).clamp(18, u16::try_from(longest).unwrap_or(30).max(18));
    let [list_area, details_area] =
        Layout::horizontal([Constraint::Length(list_width), Constraint::Min(1)]).areas(body);
    let rows: Vec<Line> = aid
        .forms
        .iter()
        .map(|f| {
            let chosen = if f.chosen { " *" } else { "" };
            let score = format!("{:+}", f.score);
            let name_width = list_width
                .saturating_sub(u16::try_from(score.len() + chosen.len() + 3).unwrap_or(8));
            let name = truncate(&f.name, name_width);
            let pad = usize::from(name_width)
                .saturating_sub(unicode_width::UnicodeWidthStr::width(name.as_str()));
            Line::raw(format!("{name}{}{chosen} {score}", " ".repeat(pad)))
        })
        .collect();
    list_rows(rows, selected, frame, list_area, drawn);
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
    lines.extend(
        wrap(&heading, width)
            .into_iter()
            .map(|l| Line::styled(l, theme::title())),
    );
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
        lines.push(Line::raw(""));
    }
    if !aid.basis.trim().is_empty() {
        lines.push(Line::styled(Txt::FormsBasis.get(), theme::title()));
        lines.extend(
            wrap(&aid.basis, width)
                .into_iter()
                .map(|l| Line::styled(l, theme::dim())),
        );
    }
    let block = Block::new()
        .borders(Borders::LEFT)
        .border_style(theme::dim());
    let inner = block.inner(details_area);
    frame.render_widget(block, details_area);
    let text = Rect {
        x: inner.x + 1,
        width: inner.width.saturating_sub(1),
        ..inner
    };
    scrolled(
        frame,
        text,
        lines,
        panel.scroll,
        Pane::Details,
        &page_key(),
        drawn,
    );
}

//! The plan picker: every plan with its last change and progress.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Cell, Paragraph, Row, Table, TableState, Wrap};

use crate::present::format_datetime;
use crate::text::{Txt, fill};
use crate::tui::keymap::say;
use crate::tui::state::{App, Picker};

use super::common::{message_line, panel, wrap};
use super::{keybar, theme};

pub fn render(app: &App, p: &Picker, frame: &mut Frame, area: Rect) {
    let detail_lines = selected_detail(app, p, area.width);
    let message_line = message_line(app.message.as_ref(), "");
    let message_rows = match message_line.width() {
        0 => 0,
        w if w > usize::from(area.width) => 2,
        _ => 1,
    };
    let [header, body, detail, message, keys] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Min(0),
        Constraint::Length(u16::try_from(detail_lines.len()).unwrap_or(3)),
        Constraint::Length(message_rows),
        Constraint::Length(keybar::height(app.context(), area.width)),
    ])
    .areas(area);
    let title = format!(" {} · {}", Txt::AppName.get(), Txt::PickerTitle.get());
    frame.render_widget(Paragraph::new(title).style(theme::header()), header);

    let block = panel(Txt::PickerTitle.get());
    let inner = block.inner(body);
    frame.render_widget(block, body);
    if p.plans.is_empty() {
        let lines: Vec<Line> = std::iter::once(Line::raw(""))
            .chain(
                wrap(&say(Txt::PickerEmpty, &[]), inner.width.saturating_sub(2))
                    .into_iter()
                    .map(|l| Line::styled(format!(" {l}"), theme::hint())),
            )
            .collect();
        frame.render_widget(Paragraph::new(lines), inner);
    } else {
        render_table(app, p, frame, inner);
    }

    frame.render_widget(Paragraph::new(detail_lines), detail);
    frame.render_widget(
        Paragraph::new(message_line).wrap(Wrap { trim: true }),
        message,
    );
    keybar::render(app.context(), frame, keys);
}

fn render_table(app: &App, p: &Picker, frame: &mut Frame, area: Rect) {
    let header = Row::new(vec![
        Cell::from(Txt::PickerColPlan.get()),
        Cell::from(Txt::PickerColUpdated.get()),
        Cell::from(Txt::PickerColProgress.get()),
    ])
    .style(theme::title());
    let rows: Vec<Row> = p
        .plans
        .iter()
        .map(|s| {
            let updated = s
                .updated
                .map(|t| format_datetime(t, &app.tz))
                .unwrap_or_default();
            let status = match &s.status {
                Ok(progress) => Span::raw(format!("{:>3}%", progress.percent())),
                Err(_) => Span::styled(format!("⚠ {}", Txt::PickerDamaged.get()), theme::error()),
            };
            Row::new(vec![
                Cell::from(s.title.clone()),
                Cell::from(updated),
                Cell::from(Line::from(status)),
            ])
        })
        .collect();
    let table = Table::new(
        rows,
        [
            Constraint::Min(20),
            Constraint::Length(17),
            Constraint::Length(14),
        ],
    )
    .header(header)
    .row_highlight_style(theme::focus())
    .highlight_symbol("› ");
    let mut state = TableState::default().with_selected(Some(p.selected));
    frame.render_stateful_widget(table, area, &mut state);
}

/// Under the table: where plans live, or what is wrong with the selected
/// one (at most three lines).
fn selected_detail(app: &App, p: &Picker, width: u16) -> Vec<Line<'static>> {
    let (text, style) = match p.current().map(|s| &s.status) {
        Some(Err(why)) => (format!("⚠ {why}"), theme::error()),
        _ => (fill(Txt::PickerWhere, &[&app.plans_dir]), theme::dim()),
    };
    wrap(&text, width)
        .into_iter()
        .take(3)
        .map(|l| Line::styled(l, style))
        .collect()
}
